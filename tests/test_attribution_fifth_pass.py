"""Fifth pass: speakers named by a longer phrase, and words that are not speech.

- a speaker with a possessive (``the mayor's closest aide``) is the whole phrase, not the
  possessor, whichever rule reads it;
- a ``who`` clause that reports speech (``..., backed by Tom Reyes, who declared in the spin
  room, “...”``) gives the words to the person it hangs on;
- a quotation followed by a less common verb of telling (``remembered``, ``recounted``) and
  the speaker is theirs;
- crowds chant and shout words;
- a participle of speech after ``before``, ``after`` or ``while`` (``..., before adding that
  ...``) reports the main clause's subject;
- a document with how it was made set off by commas (``The figures, released by the
  statistics office on Wednesday, show ...``) speaks through its verb, for its issuer;
- a phrase set off by commas or dashes that opens with a participle or "when", "after"
  (``Ruiz, asked about the plan, said ...``) stands between the speaker and the cue, and a
  verb inside a question put to the speaker (``Asked if she would apologise, she said ...``)
  is the question's, not a cue;
- a source described with "on" (``An expert on Baltic shipping said``) is the whole phrase,
  and a sign, placard or banner can carry words;
- after "According to a statement from the Harwell police," what was said starts after the
  whole source phrase;
- "MP" and "councillor" are titles (``Local MP Sarah Ferris`` is Sarah Ferris);
- a capitalised noun for who someone is (``Neighbour Derek Platt``) is not shown as part of
  their name, and "the friend" can point back to "a pal of the star";
- a quotation alone in its sentence, with no speaker of its own, after a sentence that opens
  with a person the text names, is theirs, as a low-confidence guess;
- a person described by age alone (``The 42-year-old actress fumed``) is the person just
  named, always as a guess (low confidence);
- a pronoun with a contracted verb (``They’ve said``, ``He'd told``) is the pronoun;
- a stance verb's object named "as" a quotation (``praised the budget as “a bold step”``)
  ends with the quotation, as a naming verb's does, before a clause or a phrase of where and
  when it was said;
- a poll or survey named inside a ``who`` or ``which`` clause describes the person; it
  reports no finding;
- kin in apposition (``Her husband, Mark,``) names a person and a gender; a street, a
  newspaper, a club or a channel is no person; a name inside a ``which`` clause is not the
  speaker; plurals such as "Charities" are groups; a capital before the cue ends a name
  (``Taxpayers First``); a quotation carried on from a guessed speaker is a guess too.

The first rows were committed before any rule, the ones not read yet as strict xfails; each
later row was written before its rule, and most were seen to fail on the engine as it then
was (the others guard what already worked). A held-out set of the first
classes, ``tests/data/attribution_fifth_pass_test.yaml``, was written blind by someone who
did not see the engine; it is only scored, never read to tune a rule.
"""

from __future__ import annotations

from typing import Any

import pytest
from _attributions import dice, held_out, sources_and_contents

from lessonkit.attribution import extract_attributions


def speakers_and_contents(text: str) -> list[tuple[str | None, str]]:
    """``(speaker, content)`` of each finding: the speaker as resolved (a ``who`` clause's
    person, a name without its apposition), as a quiz would show it."""
    return [(a.speaker, a.content) for a in extract_attributions(text)]


FOUND = [
    # possessive speakers
    pytest.param(
        "In response, the mayor's closest aide rallied supporters, saying: “We have to be ready.”",
        ("the mayor's closest aide", "We have to be ready."),
        id="possessive-saying-colon",
    ),
    pytest.param(
        "Ruiz's spokeswoman wrote in an email that the talks had stalled.",
        ("Ruiz's spokeswoman", "the talks had stalled"),
        id="possessive-wrote",
    ),
    pytest.param(
        "The union’s general secretary, Tom Reyes, rallied members on Friday, saying the offer "
        "was an insult.",
        ("Tom Reyes", "the offer was an insult"),
        id="possessive-role-apposition-saying",
    ),
    # who clauses that report speech
    pytest.param(
        "The senator won an endorsement from Tom Reyes, who declared in the spin room, “It is "
        "time to unite.”",
        ("Tom Reyes", "It is time to unite."),
        id="who-declared-adjunct-quote",
    ),
    pytest.param(
        "The plan was drafted by Ana Ruiz, who told the committee on Tuesday that it would pay "
        "for itself.",
        ("Ana Ruiz", "it would pay for itself"),
        id="who-told-that",
    ),
    # less common verbs of telling after a quotation
    pytest.param(
        "“Many people told her not to do it,” remembered Tom Reyes, her former spokesman.",
        ("Tom Reyes", "Many people told her not to do it,"),
        id="remembered-name",
    ),
    pytest.param(
        "“We had no idea how bad it was,” recounted Ana Ruiz, a nurse at the clinic.",
        ("Ana Ruiz", "We had no idea how bad it was,"),
        id="recounted-name",
    ),
    # crowds
    pytest.param(
        "Protesters chanted back at the mayor, “Not in our name.”",
        ("Protesters", "Not in our name."),
        id="crowd-chanted-back",
    ),
    pytest.param(
        "Outside the court, protesters shouted “Shame on you” as the car left.",
        ("protesters", "“Shame on you”"),
        id="protesters-shouted",
    ),
    # participles after a subordinator
    pytest.param(
        "Ruiz criticised the budget before adding that the deficit was shrinking.",
        ("Ruiz", "the deficit was shrinking"),
        id="before-adding-that",
    ),
    pytest.param(
        "Reyes praised the firefighters after saying the fire had been contained.",
        ("Reyes", "the fire had been contained"),
        id="after-saying",
    ),
    # a document with how it was made set off by commas, then its verb
    pytest.param(
        "The figures, released by the Harwell Statistics Office on Wednesday, show inflation "
        "fell to 4%.",
        ("Harwell Statistics Office", "inflation fell to 4%"),
        id="figures-released-by-aside",
    ),
    pytest.param(
        "The poll, conducted last week, shows Ruiz ahead by six points.",
        ("The poll", "Ruiz ahead by six points"),
        id="poll-conducted-aside",
    ),
    # a phrase set off by commas or dashes between the speaker and the cue
    pytest.param(
        "Ruiz, asked about the plan, said it was dead.",
        ("Ruiz", "it was dead"),
        id="asked-about-set-off",
    ),
    pytest.param(
        "Reyes, flanked by aides, told reporters the talks had failed.",
        ("Reyes", "the talks had failed"),
        id="flanked-by-set-off",
    ),
    pytest.param(
        "Ruiz — after a long pause — said she had no regrets.",
        ("Ruiz", "she had no regrets"),
        id="after-between-dashes",
    ),
    # a verb inside the question put to the speaker is the question's
    pytest.param(
        "Ana Ruiz left early. Asked if she would apologise, she said she would not.",
        ("Ana Ruiz", "she would not"),
        id="asked-if-she-would-apologise",
    ),
    # a source described with "on" (an expert on, a source on) and signs that read words
    pytest.param(
        "An expert on Baltic shipping said the route would close by winter.",
        ("An expert on Baltic shipping", "the route would close by winter"),
        id="expert-on",
    ),
    pytest.param(
        "“Enough is enough,” read the sign.",
        ("the sign", "Enough is enough,"),
        id="read-the-sign",
    ),
    # what follows "According to X from Y," starts after the source phrase
    pytest.param(
        "According to a statement from the Harwell police, two men were arrested.",
        ("Harwell police", "two men were arrested"),
        id="according-to-a-statement-from",
    ),
    # a British title before a name is a role, not part of the name
    pytest.param(
        "Local MP Sarah Ferris described the scenes as “heartbreaking”.",
        ("Sarah Ferris", "the scenes as “heartbreaking”"),
        id="local-mp-title",
    ),
    # tabloid ways of naming: a noun before the name, a pal who is then "the friend"
    pytest.param(
        "Neighbour Derek Platt, 58, insisted he had done nothing wrong.",
        ("Derek Platt", "he had done nothing wrong"),
        id="neighbour-before-a-name",
    ),
    pytest.param(
        "A pal of the star said she was upset. “This has broken her,” the friend added.",
        ("A pal of the star", "This has broken her,"),
        id="pal-then-the-friend",
    ),
    # a capitalised word before the cue inside a sentence is part of a name, not "first"
    pytest.param(
        "The conservative group Taxpayers First called the bill “a budget buster”.",
        ("Taxpayers First", "the bill “a budget buster”"),
        id="name-ending-in-first",
    ),
    # a name inside a "which" clause on the subject is not the speaker
    pytest.param(
        "The figures, which cover the three months to June, show that 175,000 people were waiting.",
        ("The figures", "175,000 people were waiting"),
        id="which-clause-ending-in-a-month",
    ),
    # kin in apposition names a person and gives a gender for a later pronoun
    pytest.param(
        "Ana Ruiz lost her home in the fire. Her husband, Mark, told reporters the family had "
        "lost everything. He said they were staying with friends.",
        ("Mark", "they were staying with friends"),
        id="her-husband-mark-then-he",
    ),
    pytest.param(
        "Tom Reyes said the campaign would go on. His wife, Jane, said she was proud of him. "
        "“We are not finished,” she said.",
        ("Jane", "We are not finished,"),
        id="his-wife-jane-then-she",
    ),
    # a pronoun with a contracted verb is the pronoun
    pytest.param(
        "Tom Reyes left the hall early. He'd told reporters the talks were over.",
        ("Tom Reyes", "the talks were over"),
        id="pronoun-had-contracted",
    ),
    pytest.param(
        "The two envoys met again on Monday. They’ve said little since.",
        ("They", "little since"),
        id="pronoun-have-contracted",
    ),
    # a stance verb's object named "as" a quotation ends with it, before the scene
    pytest.param(
        "Ruiz praised the budget as “a bold step” before the vote on Friday.",
        ("Ruiz", "the budget as “a bold step”"),
        id="praised-as-quote-before",
    ),
    pytest.param(
        "Ruiz called the levy “a tax on jobs” in a post on Tuesday.",
        ("Ruiz", "the levy “a tax on jobs”"),
        id="called-quote-in-a-post",
    ),
    pytest.param(
        "Ruiz defended her deputy as “a decent man” Tuesday, hours after he was charged.",
        ("Ruiz", "her deputy as “a decent man”"),
        id="defended-as-quote-day",
    ),
    pytest.param(
        "Ruiz called the plan “premature” while adding on housing, “I have no doubt she means "
        "well.”",
        ("Ruiz", "I have no doubt she means well."),
        id="while-adding-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_speaker_is_the_whole_phrase_that_speaks(text: str, expected: tuple[str, str]) -> None:
    got = speakers_and_contents(text)
    assert expected in got, got


NOTHING_SAID = [
    pytest.param(
        "Earlier this week, senior members of the Harwell council, along with two mayors, "
        "wrote to the minister.",
        id="time-lead-before-a-speaker",
    ),
    pytest.param(
        "Reyes, who has climbed in the polls, spoke in Leeds on Monday.",
        id="who-polls",
    ),
    pytest.param(
        "Ana Ruiz, who trails in the latest survey, toured the docks on Friday.",
        id="who-survey",
    ),
    pytest.param(
        "The bill, which stalled in the polls, was withdrawn in March.",
        id="which-polls",
    ),
]


@pytest.mark.parametrize(
    "where",
    [
        "lived on Mill Lane",
        "lived on Orchard Drive",
        "worked for the Penwick Echo",
        "written for the Dale Mirror",
    ],
)
def test_a_street_or_a_newspaper_is_no_second_person_for_she(where: str) -> None:
    # With a street or a paper read as a second person of unknown gender, "she" would be a
    # guess (low confidence), and the quiz would leave the quotation out.
    text = (
        f"Mary Collins, 67, who has {where} for 30 years, said she woke early. "
        "“Everything is gone,” she said."
    )
    [_, quote] = extract_attributions(text)
    assert (quote.speaker, quote.confidence) == ("Mary Collins", "high")


@pytest.mark.parametrize("group", ["Charities", "Campaigners", "Residents", "Economists"])
def test_a_plural_noun_for_people_opening_a_sentence_is_a_group(group: str) -> None:
    [a] = extract_attributions(f"{group} have warned that the delays are leaving people stuck.")
    assert (a.speaker, a.speaker_type) == (group, "collective")


def test_a_quotation_alone_after_a_sentence_about_a_person_is_theirs_as_a_guess() -> None:
    text = (
        "Ana Ruiz, a nurse, was on shift when the call came. “I didn't believe it at first.”\n\n"
        "The fire service said crews took two hours to bring the blaze under control."
    )
    [quote] = [a for a in extract_attributions(text) if a.kind == "direct"]
    assert (quote.speaker, quote.content, quote.confidence) == (
        "Ana Ruiz",
        "I didn't believe it at first.",
        "low",
    )
    assert "speaker-fallback" in quote.flags


@pytest.mark.parametrize(
    "text",
    [
        # the quotation shares its sentence with the reporter's words: no guess
        "Ana Ruiz was on shift that night. Her remark that “nobody came” drew anger.",
        # the sentence before is about no named person
        "The call came at midnight. “I didn't believe it at first.”",
    ],
)
def test_no_guess_where_the_quotation_is_not_alone_or_no_person_comes_before(text: str) -> None:
    assert [a for a in extract_attributions(text) if a.rule == "quote-after-subject"] == []


def test_a_football_club_or_a_sports_channel_is_no_person_for_he() -> None:
    text = (
        "Harwell United manager Sean Doyle insists he still has the board's backing. "
        "Former United captain Gary Pike, now a pundit for Sky Sports, said the players had "
        "stopped listening. “You can see it in the way they press,” he said. “Or don’t press.”"
    )
    quotes = [a for a in extract_attributions(text) if a.kind == "direct"]
    assert [(a.speaker, a.confidence) for a in quotes] == [("Gary Pike", "high")] * 2


def test_a_quotation_carried_on_from_a_guess_is_a_guess_too() -> None:
    # Two people of unknown gender in the sentence before: "he" is a guess, and so is the
    # quotation that carries on from it.
    text = "Sam Okoro met Alex Brandt on Monday. “It went well,” he said. “We will meet again.”"
    quotes = [a for a in extract_attributions(text) if a.kind == "direct"]
    assert [a.confidence for a in quotes] == ["low", "low"]


def test_a_person_described_by_age_is_the_one_just_named_as_a_guess() -> None:
    text = (
        "TV favourite Jenna Marsh has hit back at her neighbour. The 42-year-old actress "
        "fumed: ‘It’s like living next to a prison.’"
    )
    [quote] = [a for a in extract_attributions(text) if a.kind == "direct"]
    assert (quote.speaker, quote.confidence) == ("Jenna Marsh", "low")
    assert "description-guess" in quote.flags


@pytest.mark.parametrize("text", NOTHING_SAID)
def test_a_description_or_a_time_is_not_what_was_said(text: str) -> None:
    assert sources_and_contents(text) == []


# Held-out items the engine does not get right yet (by id only: the set is not read to tune).
HELD_OUT_MISSES = ("rc-06", "sp-03", "sp-06", "ns-04", "ns-06")
HELD_OUT, HELD_OUT_PARAMS = held_out("attribution_fifth_pass_test", HELD_OUT_MISSES)


def _names(want: str, got: str | None) -> bool:
    got = (got or "").lower()
    return bool(got) and (want.lower() in got or got in want.lower())


def judge(item: dict[str, Any]) -> list[str]:
    """What the engine gets wrong on one held-out item.

    Each expected content must be found (overlapping the engine's content by a Dice score
    of 0.5, as ``benchmarks/attribution.py`` scores PolNeAR) with a speaker that holds the
    expected source's words or sits inside them, as written (the mention) or as resolved (a
    ``who`` clause's person); an item that expects nothing must get nothing.
    """
    text = item["text"]
    found = extract_attributions(text)
    if not item["expect"]:
        return [f"read as speech: {a.content!r}" for a in found]
    problems = []
    for want in item["expect"]:
        at = text.index(want["content"])
        span = (at, at + len(want["content"]))
        near = [a for a in found if dice(a.content_span, span) >= 0.5]
        if not near:
            problems.append(f"content not found: {want['content']!r}")
            continue
        mentions = [
            text[a.speaker_mention[0] : a.speaker_mention[1]] if a.speaker_mention else ""
            for a in near
        ]
        if not any(
            _names(want["source"], m) or _names(want["source"], a.speaker)
            for m, a in zip(mentions, near, strict=True)
        ):
            problems.append(f"source {want['source']!r}, found {mentions!r}")
    return problems


@pytest.mark.parametrize("item", HELD_OUT_PARAMS)
def test_fifth_pass_held_out_item(item: dict[str, Any]) -> None:
    problems = judge(item)
    assert not problems, "; ".join(problems)
