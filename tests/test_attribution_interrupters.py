"""Words between a speaker and the verb that are not the speaker.

"Tom Hale, 58, of Dover, said ...", "Ms Lane, during a visit to Leeds, Kent, said ...": an
age, a home town or an adjunct set off by commas sits between the speaker and the cue; the
speaker is the name before it, not a place inside it.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the speaker
INTERRUPTED = [
    pytest.param(
        "Tom Hale, 58, of Dover, said the road would reopen.",
        "Tom Hale",
        id="age-and-home-town",
    ),
    pytest.param(
        "Tom Hale, 58, of Dover, Del., said the road would reopen.",
        "Tom Hale",
        id="age-town-and-state",
    ),
    pytest.param(
        "Priya Nair, of Leicester, told the inquiry the road would reopen.",
        "Priya Nair",
        id="home-town-told",
    ),
    pytest.param(
        "Ms Lane, during a town hall meeting in Dover, Kent, said the road would reopen.",
        "Lane",
        id="adjunct-with-a-place-and-county",
    ),
    pytest.param(
        "The minister, at a rally in Cork on Sunday, said the road would reopen.",
        "The minister",
        id="adjunct-at-a-rally",
    ),
    pytest.param(
        "“The road will reopen,” Ana Ruiz, 41, from Salford, said.",
        "Ana Ruiz",
        id="after-a-quote-from-town",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INTERRUPTED)
def test_speaker_before_an_interrupter(text: str, speaker: str) -> None:
    found = [
        a
        for a in extract_attributions(text)
        if "road would reopen" in a.content or "road will reopen" in a.content
    ]
    assert found, "no attribution"
    assert found[0].speaker == speaker


# A role in apposition is still part of the speaker; a place named as the speaker stays.
KEPT = [
    pytest.param(
        "Ana Ruiz, the mayor of Dover, said the road would reopen.",
        "Ana Ruiz",
        id="role-apposition",
    ),
    pytest.param(
        "Officials in Dover said the road would reopen.",
        "Officials in Dover",
        id="officials-in-a-place",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_apposition_and_place_phrases_kept(text: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if "road would reopen" in a.content]
    assert found and found[0].speaker is not None
    assert (
        speaker.lower() in found[0].speaker.lower() or found[0].speaker.lower() in speaker.lower()
    )


# A longer phrase set off by commas or dashes: a relative clause, a description, a
# participle; and a time phrase with no commas ("at the time", "two weeks ago").
SET_OFF = [
    pytest.param(
        "Rep. Ana Ruiz (D-Ore.), who introduced a bill this month aimed at improving the "
        "harbour, said in a statement that the road would reopen.",
        "Ana Ruiz",
        id="bracket-then-long-relative-clause",
    ),
    pytest.param(
        "Tom Hale, a Dover builder who had sat on the council's roads board before leaving "
        "last month over a dispute about funding, said the road would reopen.",
        "Tom Hale",
        id="description-with-a-relative-clause",
    ),
    pytest.param(
        "Judge Mary Okafor, writing for the majority in the 2-1 ruling, said the road would "
        "reopen.",
        "Mary Okafor",
        id="participle-phrase",
    ),
    pytest.param(
        "Tom Hale — a teacher from Mount Pleasant — says the road would reopen.",
        "Tom Hale",
        id="dashes",
    ),
    pytest.param(
        "Speaking later on the harbour radio, Sen. Ana Ruiz (D-Ore.), who has backed the plan, "
        "said the road would reopen.",
        "Ana Ruiz",
        id="after-a-participle-opener",
    ),
    pytest.param(
        "Mayor Ana Ruiz (D) last week said the road would reopen.",
        "Ana Ruiz",
        id="bracket-then-last-week",
    ),
    pytest.param(
        "The roads department less than two weeks ago said the road would reopen.",
        "roads department",
        id="weeks-ago",
    ),
    pytest.param(
        "The crash closed the bridge. Ruiz at the time said the road would reopen.",
        "Ruiz",
        id="at-the-time",
    ),
    pytest.param(
        "A harbour board report released last year found that the road would reopen.",
        "harbour board",
        id="a-report-released-last-year",
    ),
    pytest.param(
        "Drivers queuing through the streets said the road would reopen.",
        "Drivers",
        id="a-participle-phrase-on-the-subject",
    ),
    pytest.param(
        "Tom Hale, a ferry captain, then went on local radio and began by saying the road would "
        "reopen.",
        "Tom Hale",
        id="apposition-then-and-began-by-saying",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SET_OFF)
def test_speaker_before_a_set_off_phrase(text: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if "road would reopen" in a.content]
    assert found, "no attribution"
    assert found[0].speaker is not None and speaker in found[0].speaker
    assert found[0].content.startswith("the road would reopen")


def test_a_clause_between_commas_is_not_an_apposition() -> None:
    """'However, she held her fire on Hale, calling ...': her clause, not a name."""
    text = "However, she held her fire on Hale, calling him a “decent man.”"
    [a] = extract_attributions(text)
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == "she"


def test_a_horizontal_bar_ends_a_speaker_phrase() -> None:
    """'... made public ― Ruiz boasted, “…”': the bar is a dash, not part of a name."""
    text = "Hale noted the levy ― as the papers made public ― Ruiz boasted, “It works.”"
    found = [a for a in extract_attributions(text) if a.content == "It works."]
    assert found and found[0].speaker == "Ruiz"
