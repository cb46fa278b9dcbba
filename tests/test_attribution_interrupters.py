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
