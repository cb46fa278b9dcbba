"""Whatever follows ``according to`` is the source: ``according to one global index``.

``according to`` names a source whatever the phrase after it is: a person or a body, and
also a document or a count whose head is no word for a person (``one global index``, ``the
foundation's tally``, ``a count by the wire service``), up to the comma or the end of the
sentence.
"""

from __future__ import annotations

import pytest
from _attributions import sources_and_contents

from lessonkit.attribution import extract_attributions

ACCORDING = [
    # wire style
    pytest.param(
        "The port handled 4 million containers last year, according to one industry index.",
        ("one industry index", "The port handled 4 million containers last year"),
        id="one-index",
    ),
    pytest.param(
        "Ruiz now has at least 412 delegates, according to a count by the wire service.",
        ("a count by the wire service", "Ruiz now has at least 412 delegates"),
        id="count-by",
    ),
    # broadsheet style
    pytest.param(
        "The charity fed 31,000 children, according to the charity's own tally.",
        ("the charity's own tally", "The charity fed 31,000 children"),
        id="possessive-tally",
    ),
    pytest.param(
        "According to the official timetable, the ferry leaves at noon.",
        ("the official timetable", "the ferry leaves at noon"),
        id="opening-timetable",
    ),
    # tabloid style
    pytest.param(
        "The pop star splashed out £2m on the mansion, according to land registry filings.",
        ("land registry filings", "The pop star splashed out £2m on the mansion"),
        id="tabloid-filings",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING)
def test_the_phrase_after_according_to_is_the_source(text: str, expected: tuple[str, str]) -> None:
    got = sources_and_contents(text)
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        # "according to" with no phrase after it, or a plan followed: nobody is a source.
        "The match went according to plan.",
        "Everything went according to the script, for once.",
    ],
)
def test_according_to_plan_names_no_source(text: str) -> None:
    assert extract_attributions(text) == []
