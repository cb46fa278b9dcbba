"""Footage, reviews and polling that show something: ``Footage from the scene shows ...``.

Besides polls, studies and figures, the record a story cites may be footage, photos, a
video, a review, an audit, an investigation, estimates or polling: what it shows or finds
is stated by it, or by who made it (``a review by the council``: the council's). People who
show or find a thing state nothing.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

RECORDS = [
    # wire style
    pytest.param(
        "Video footage showed the bridge's central span in the river.",
        ("Video footage", "the bridge's central span in the river"),
        id="footage-showed",
    ),
    pytest.param(
        "Exit polling shows Ruiz won two thirds of voters under 30.",
        ("Exit polling", "Ruiz won two thirds of voters under 30"),
        id="exit-polling-shows",
    ),
    # broadsheet style
    pytest.param(
        "The latest audit found the fees had been charged twice.",
        ("The latest audit", "the fees had been charged twice"),
        id="audit-found",
    ),
    pytest.param(
        "A review by the council shows most of the money went on consultants.",
        ("the council", "most of the money went on consultants"),
        id="review-by-shows",
    ),
    # tabloid style
    pytest.param(
        "Shocking photos show the star's mansion under a foot of water.",
        ("Shocking photos", "the star's mansion under a foot of water"),
        id="tabloid-photos-show",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECORDS)
def test_a_record_shows_what_it_states(text: str, expected: tuple[str, str]) -> None:
    speaker, content = expected
    found = [a for a in extract_attributions(text) if a.speaker_mention is not None]
    assert found, f"nothing found in {text!r}"
    a = found[0]
    assert a.speaker_mention is not None
    mention = text[a.speaker_mention[0] : a.speaker_mention[1]]
    assert speaker.startswith(mention) or mention.startswith(speaker), mention
    assert a.content == content


@pytest.mark.parametrize(
    "text",
    [
        "The children showed their paintings to the mayor.",
        "The film crew found a quiet spot by the harbour.",
    ],
)
def test_people_who_show_or_find_a_thing_state_nothing(text: str) -> None:
    assert extract_attributions(text) == []
