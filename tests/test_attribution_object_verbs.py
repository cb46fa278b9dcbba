"""Blaming, questioning, mentioning, describing: the object is what the source said.

``blamed``, ``questioned``, ``mentioned`` and ``described`` report a stance or a statement
about what they take as object, a person, a body or a thing (``Ruiz blamed the council``,
``the senator questioned the cost``), as ``criticised`` and ``praised`` do. As nouns
(``the blame``, ``questions remain``) or with no object, they report nothing.
"""

from __future__ import annotations

import pytest
from _attributions import said_by

from lessonkit.attribution import extract_attributions

OBJECT_VERBS = [
    # wire style
    pytest.param(
        "Ana Ruiz blamed the council for the delays.",
        ("Ana Ruiz", "blamed", "the council for the delays"),
        id="blamed-for",
    ),
    pytest.param(
        "The senator questioned the cost of the new runway on Tuesday.",
        ("The senator", "questioned", "the cost of the new runway"),
        id="questioned-object-then-day",
    ),
    # broadsheet style
    pytest.param(
        "In her speech, Ms. Okafor mentioned the closure of the steelworks.",
        ("Ms. Okafor", "mentioned", "the closure of the steelworks"),
        id="mentioned-object",
    ),
    pytest.param(
        "Mr. Hale described the flooding in the lower town.",
        ("Mr. Hale", "described", "the flooding in the lower town"),
        id="described-object",
    ),
    pytest.param(
        "Two ministers questioned whether the scheme could be paid for.",
        ("Two ministers", "questioned", "whether the scheme could be paid for"),
        id="questioned-whether",
    ),
    # tabloid style
    pytest.param(
        "The furious landlord blamed his tenants for the mess.",
        ("The furious landlord", "blamed", "his tenants for the mess"),
        id="tabloid-blamed",
    ),
    pytest.param(
        "The star never once mentioned her ex-husband.",
        ("The star", "never once mentioned", "her ex-husband"),
        id="tabloid-never-mentioned",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_VERBS)
def test_the_object_of_blame_or_question_is_the_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    speaker, cue, content = expected
    got = said_by(text)
    assert any(s == speaker and (c or "").endswith(cue) and t == content for s, c, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The blame lies with the council.",
        "Questions remain over the cost of the runway.",
        "Nobody else was mentioned.",
        "As described, the flat was small.",
    ],
)
def test_as_nouns_or_without_an_object_they_report_nothing(text: str) -> None:
    assert extract_attributions(text) == []
