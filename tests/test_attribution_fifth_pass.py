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
- a poll or survey named inside a ``who`` or ``which`` clause describes the person; it
  reports no finding.

These sentences were written before the rules they check; what the engine does not read yet
is a strict xfail, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import pytest
from _attributions import sources_and_contents

from lessonkit.attribution import extract_attributions


def speakers_and_contents(text: str) -> list[tuple[str | None, str]]:
    """``(speaker, content)`` of each finding: the speaker as resolved (a ``who`` clause's
    person, a name without its apposition), as a quiz would show it."""
    return [(a.speaker, a.content) for a in extract_attributions(text)]


def _todo(reason: str) -> pytest.MarkDecorator:
    """Not read yet: a strict xfail, so a fix shows up as an unexpected pass."""
    return pytest.mark.xfail(strict=True, reason=reason)


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
        marks=_todo("a who clause with an adjunct before the quotation is misread"),
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
        marks=_todo("remembered is not read as a verb of telling"),
    ),
    pytest.param(
        "“We had no idea how bad it was,” recounted Ana Ruiz, a nurse at the clinic.",
        ("Ana Ruiz", "We had no idea how bad it was,"),
        id="recounted-name",
    ),
    # crowds
    pytest.param(
        "The crowd chanted back at him, “Send them home.”",
        ("The crowd", "Send them home."),
        id="crowd-chanted-back",
        marks=_todo("chanted back at him is not read as speech"),
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
    pytest.param(
        "Ruiz called the plan “premature” while adding on housing, “I have no doubt she means "
        "well.”",
        ("Ruiz", "I have no doubt she means well."),
        id="while-adding-quote",
        marks=_todo("a participle after while with a phrase before its quotation is not read"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_speaker_is_the_whole_phrase_that_speaks(text: str, expected: tuple[str, str]) -> None:
    got = speakers_and_contents(text)
    assert expected in got, got


NOTHING_SAID = [
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


@pytest.mark.parametrize("text", NOTHING_SAID)
def test_a_poll_inside_a_description_reports_nothing(text: str) -> None:
    assert sources_and_contents(text) == []
