"""Who speaks through a statement, a leaked document, a reply to a question, a byline.

Four mechanisms, each with a table of invented passages written before its rule:

* ``X released a statement (on Friday, on its website, to parents) saying ...``: the one who
  released it speaks, also past a time or place after the document and past a name in commas;
* ``A March 3 letter from the union, obtained by the Herald, warns ...``: the document speaks
  for whoever it is from (or whose page it is on: ``a post on the council's Facebook page``);
  the outlet that obtained, saw or reviewed it only passes it on;
* ``“…?” Name told a radio station in an interview aired on Monday when asked ...``: after a
  quotation ending in ``?`` or ``!``, a named teller with a long scene is the same sentence;
* ``“…,” and invited him ...``: a quotation, then ``and`` and the reporter's next verb, closes
  what was said;
* ``“…,” wrote Mara Olsen and Tim Reyes``, ``Mara Olsen, Tim Reyes and Ann Kerr wrote``:
  writers named together speak together.

``tests/data/attribution_fourth_pass_test.yaml`` holds 28 more passages of these classes,
written blind by someone who did not see the rules; it is held out (only scored, here and
by ``benchmarks/attribution.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from _attributions import dice, held_out, said_by

from lessonkit.attribution import extract_attributions

# text, the speaker mention (as written), the first words of the content
STATEMENTS = [
    pytest.param(
        "The hospital put out a statement on Tuesday saying the surgeon’s licence had been "
        "suspended.",
        "The hospital",
        "the surgeon’s licence",
        id="statement-on-a-day",
    ),
    pytest.param(
        "The harbour board released a statement on Friday saying the minister’s remarks “are "
        "based on rumour, not on the figures,” and invited him to visit the docks.",
        "The harbour board",
        "the minister’s remarks “are based on rumour, not on the figures,”",
        id="statement-possessive-partial-quote",
    ),
    pytest.param(
        "The school sent a letter to parents this week warning that the heating had failed.",
        "The school",
        "the heating had failed",
        id="letter-to-addressees-this-week",
    ),
    pytest.param(
        "The club posted a message on its website saying the match would go ahead.",
        "The club",
        "the match would go ahead",
        id="message-on-its-website",
    ),
    pytest.param(
        "Late on Friday the harbour board put out a statement saying the minister was wrong.",
        "the harbour board",
        "the minister was wrong",
        id="time-before-the-subject",
    ),
    pytest.param(
        "The union's leader, Ana Ruiz, released a statement saying the talks had failed.",
        "The union's leader, Ana Ruiz",
        "the talks had failed",
        id="subject-with-a-name-in-commas",
    ),
    pytest.param(
        'The family issued a statement through their lawyer saying the verdict was "a relief, '
        'but not the end".',
        "The family",
        "the verdict was",
        id="statement-through-a-lawyer",
    ),
    pytest.param(
        "Hours after the vote, the council issued a statement welcoming the decision.",
        "the council",
        "the decision",
        id="issuer-after-an-opening-phrase",
    ),
    pytest.param(
        "Greyfield Rovers issued a statement saying the striker's injury was \"not as serious "
        'as first feared".',
        "Greyfield Rovers",
        "the striker's injury",
        id="issued-a-statement-saying",
    ),
]


@pytest.mark.parametrize(("text", "mention", "content"), STATEMENTS)
def test_whoever_released_a_statement_speaks(text: str, mention: str, content: str) -> None:
    found = said_by(text)
    assert [(m, c[: len(content)]) for m, _cue, c in found] == [(mention, content)], found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("On March 3 the union said talks had failed.", "the union"),
        ("On March 3, 2021 the union said talks had failed.", "the union"),
        ("A March 3 letter from the union warns that talks have failed.", "A March 3 letter"),
    ],
)
def test_a_date_before_the_speaker_is_not_part_of_it(text: str, mention: str) -> None:
    assert [m[: len(mention)] for m, _cue, _c in said_by(text)] == [mention]


def test_a_quotation_then_the_reporters_next_verb_closes_what_was_said() -> None:
    text = "The board said the remarks were “wrong,” and invited him to visit the docks."
    assert [c for _m, _cue, c in said_by(text)] == ["the remarks were “wrong,”"]


# text, the speaker mention, the speaker's name and type
DOCUMENTS = [
    pytest.param(
        "A March 3 letter from the fishermen’s union obtained by the Herald warns that “any "
        "further talks will go through our lawyers.”",
        "A March 3 letter",
        ("the fishermen’s union", "named_org"),
        id="dated-letter-from-obtained-by",
    ),
    pytest.param(
        "Documents obtained by the Gazette show the council knew of the leak in 2019.",
        "Documents",
        ("Documents obtained by the Gazette", "unknown"),
        id="documents-obtained-by",
    ),
    pytest.param(
        "A report by the auditors seen by the Gazette says the budget was overspent.",
        "A report",
        ("the auditors", "collective"),
        id="report-by-seen-by",
    ),
    pytest.param(
        "Emails between the two firms reviewed by Reuters show the deal was agreed in May.",
        "Emails",
        ("Emails", "unknown"),
        id="emails-between-reviewed-by",
    ),
    pytest.param(
        "An email from the club's chairman, Tom Hale, seen by the Gazette, says the stadium "
        "will be sold.",
        "An email",
        ("Tom Hale", "named_person"),
        id="email-from-a-role-and-name-seen-by-in-commas",
    ),
    pytest.param(
        "A leaked report by the auditors, reviewed by Reuters, found the charity had "
        "overspent by £2m.",
        "A leaked report",
        ("the auditors", "collective"),
        id="report-by-reviewed-by-in-commas-found",
    ),
    pytest.param(
        "A letter signed by 40 doctors and seen by this newspaper warns that wards are unsafe.",
        "A letter",
        ("40 doctors", "collective"),
        id="letter-signed-by-and-seen-by-this-newspaper",
    ),
    pytest.param(
        "Internal emails obtained by the Courier show that managers knew about the leak.",
        "Internal emails",
        ("Internal emails", "unknown"),
        id="documents-are-no-group-of-people",
    ),
    pytest.param(
        "A post on the council's Facebook page said the bins would be collected on Friday.",
        "A post",
        ("the council", "named_org"),
        id="post-on-the-owners-page",
    ),
    pytest.param(
        "The football club Greyfield Rovers sacked its manager on Monday. A statement on the "
        "club's website said the search for a successor had begun.",
        "A statement",
        ("Greyfield Rovers", "named_org"),
        id="statement-on-the-website-of-a-body-named-before",
    ),
    pytest.param(
        "A letter from the fishermen’s union warns that “any further talks will go through our "
        "lawyers.”",
        "A letter from the fishermen’s union",
        ("the fishermen’s union", "named_org"),
        id="letter-from",
    ),
]


@pytest.mark.parametrize(("text", "mention", "speaker"), DOCUMENTS)
def test_a_document_speaks_not_the_outlet_that_saw_it(
    text: str, mention: str, speaker: tuple[str, str]
) -> None:
    found = extract_attributions(text)
    assert len(found) == 1, found
    a = found[0]
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == mention
    assert (a.speaker, a.speaker_type) == speaker


# text, the speaker's name, the quoted words
TOLD_WHEN_ASKED = [
    pytest.param(
        "The mayor said she would not attend the summit.\n\n“It looks like we will not get "
        "along, who knows?” Petra Lind told a local radio station in an interview aired on "
        "Monday when asked about the mayor.",
        "Petra Lind",
        "It looks like we will not get along, who knows?",
        id="question-then-long-scene",
    ),
    pytest.param(
        "Coach Dan Ferris said the team had trained well.\n\n“We were lucky today!” Ana Soto "
        "told reporters outside the ground after the match on Saturday when asked about the "
        "late penalty.",
        "Ana Soto",
        "We were lucky today!",
        id="exclamation-then-long-scene",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quoted"), TOLD_WHEN_ASKED)
def test_a_named_teller_after_a_question_keeps_the_quotation(
    text: str, speaker: str, quoted: str
) -> None:
    found = [(a.speaker, a.content) for a in extract_attributions(text)]
    assert (speaker, quoted) in found, found


def test_a_pronoun_after_a_quotation_starts_a_new_sentence() -> None:
    text = (
        "“Will it open?” asked Ana Ruiz. “It will,” the mayor said. “Why not?” "
        "He said the council had approved the plan and the builders would start in May."
    )
    found = [(a.speaker_mention is not None, a.content) for a in extract_attributions(text)]
    assert (True, "the council had approved the plan and the builders would start in May") in found


# text, the speaker mention, the quoted or reported words
BYLINES = [
    pytest.param(
        "“The manager has lost the dressing room,” wrote Mara Olsen and Tim Reyes of the Clarion.",
        "Mara Olsen and Tim Reyes",
        "The manager has lost the dressing room,",
        id="inverted-cue-then-two-names",
    ),
    pytest.param(
        "The Clarion's Mara Olsen and Tim Reyes reported that the manager had lost the "
        "dressing room.",
        "Mara Olsen and Tim Reyes",
        "the manager had lost the dressing room",
        id="the-outlets-two-writers",
    ),
    pytest.param(
        "“The jury never looked at him,” Mara Olsen, Tim Reyes and Ann Kerr wrote in the Clarion.",
        "Mara Olsen, Tim Reyes and Ann Kerr",
        "The jury never looked at him,",
        id="three-writers-after-a-quotation",
    ),
    pytest.param(
        "Mara Olsen and Tim Reyes covered the trial for the Clarion. “The jury never looked at "
        "him,” Olsen and Reyes wrote.",
        "Olsen and Reyes",
        "The jury never looked at him,",
        id="two-surnames-after-the-text-named-both",
    ),
]


@pytest.mark.parametrize(("text", "mention", "content"), BYLINES)
def test_writers_named_together_speak_together(text: str, mention: str, content: str) -> None:
    assert [(m, c) for m, _cue, c in said_by(text)] == [(mention, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Mara Olsen and Tim Reyes covered the trial. Olsen and Reyes wrote that the jury "
            "never looked at him.",
            ("Mara Olsen and Tim Reyes", "named_person"),
            id="surnames-the-text-gave",
        ),
        pytest.param(
            "“We will publish the book in May,” Pardew and Lowe said in a statement.",
            ("Pardew and Lowe", "named_org"),
            id="two-words-no-one-was-named-by-a-firm",
        ),
        pytest.param(
            "“Nobody asked us,” Farmers and Fishers said.",
            ("Farmers and Fishers", "collective"),
            id="two-plurals-a-group",
        ),
        pytest.param(
            "Voters in Marren and Tollby said the economy mattered most.",
            ("Voters in Marren and Tollby", "collective"),
            id="places-after-a-preposition-are-no-pair",
            marks=pytest.mark.xfail(
                strict=True, reason="the speaker phrase stops at 'in': 'Voters in' is lost"
            ),
        ),
        pytest.param(
            "Both Nurses and Doctors said the ward needed more staff.",
            ("Nurses and Doctors", "collective"),
            id="two-parties-are-a-group",
        ),
        pytest.param(
            "Ana Ruiz met Tom Hale and Mara Olsen. Both Hale and Olsen said the talks had failed.",
            ("Tom Hale and Mara Olsen", "named_person"),
            id="both-x-and-y",
        ),
        pytest.param(
            "The Centre for Water Safety and Rescue said the risk was low.",
            ("Centre for Water Safety and Rescue", "named_org"),
            id="the-end-of-a-longer-name-is-no-pair",
        ),
    ],
)
def test_two_words_joined_by_and(text: str, speaker: tuple[str, str]) -> None:
    found = extract_attributions(text)
    assert [(a.speaker, a.speaker_type) for a in found] == [speaker]


def test_a_pair_leaves_each_surname_to_its_own_person() -> None:
    text = (
        "Ana Ruiz and Tom Hale met on Monday. Ruiz and Hale said the talks had gone well. "
        "Hale said the deal would be signed in May."
    )
    assert [a.speaker for a in extract_attributions(text)] == [
        "Ana Ruiz and Tom Hale",
        "Tom Hale",
    ]


# Held-out items the engine does not get right yet (by id only: the set is not read to tune).
HELD_OUT_MISSES = ("ss-06", "doc-02", "doc-07")
HELD_OUT, HELD_OUT_PARAMS = held_out("attribution_fourth_pass_test", HELD_OUT_MISSES)


def judge(item: dict[str, Any]) -> list[str]:
    """What the engine gets wrong on one held-out item.

    Each expected content must be found (overlapping the engine's content by a Dice score
    of 0.5, as ``benchmarks/attribution.py`` scores PolNeAR) with a speaker mention that
    holds the expected source's words or sits inside them.
    """
    text = item["text"]
    found = extract_attributions(text)
    problems = []
    for want in item["expect"]:
        at = text.index(want["content"])
        span = (at, at + len(want["content"]))
        mentions = [
            text[a.speaker_mention[0] : a.speaker_mention[1]] if a.speaker_mention else ""
            for a in found
            if dice(a.content_span, span) >= 0.5
        ]
        if not mentions:
            problems.append(f"content not found: {want['content']!r}")
        elif not any(m and (want["source"] in m or m in want["source"]) for m in mentions):
            problems.append(f"source {want['source']!r}, found {mentions!r}")
    return problems


@pytest.mark.parametrize("item", HELD_OUT_PARAMS)
def test_fourth_pass_held_out_item(item: dict[str, Any]) -> None:
    problems = judge(item)
    assert not problems, "; ".join(problems)
