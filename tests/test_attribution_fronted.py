"""The subject of a sentence that opens with more than one fronted phrase.

"On Thursday, after weeks of silence, Ms Lane spoke on the radio, saying, “…”": the
speaker of the participle cue is the subject after the opening phrases, however many
there are, not a word inside them.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the words reported, the speaker
FRONTED = [
    pytest.param(
        "On Thursday, after staying quiet all spring, Ms Lane spoke on the radio, saying, "
        "“I think this is what the town needs.”",
        "I think this is what the town needs.",
        "Lane",
        id="day-then-after-clause",
    ),
    pytest.param(
        "In March, despite the warnings, the council approved the scheme, saying it would "
        "create jobs.",
        "it would create jobs",
        "the council",
        id="month-then-despite",
    ),
    pytest.param(
        "On Friday night, when the vote was over, Tom Hale left the hall, adding: ‘We lost "
        "fairly.’",
        "We lost fairly.",
        "Tom Hale",
        id="time-then-when-clause-single-marks",
    ),
    pytest.param(
        "After the fire, during a visit to the site, the minister met families, promising "
        "that the flats would be rebuilt.",
        "the flats would be rebuilt",
        "the minister",
        id="after-then-during",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FRONTED)
def test_participle_cue_after_fronted_phrases(text: str, content: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if content in a.content]
    assert found, f"no attribution for {content!r}"
    assert found[0].speaker is not None and speaker.lower() in found[0].speaker.lower()


# Commas around an apposition to the subject: the subject is kept, not a word after them.
NOT_FRONTED = [
    pytest.param(
        "Ms Lane, the mayor, visited the site, saying the road would reopen.",
        "Lane",
        id="name-then-role",
    ),
    pytest.param(
        "The mayor, Ms Lane, visited the site on Monday, saying the road would reopen.",
        "Lane",
        id="role-then-name",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_FRONTED)
def test_a_subject_before_the_commas_is_kept(text: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if "road would reopen" in a.content]
    assert found and found[0].speaker == speaker
