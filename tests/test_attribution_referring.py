"""Referring to someone: ``…, Ruiz told the rally, referring to the mayor``.

``refer to`` reports whom or what the source's words were about: after a cue, ``referring
to X`` is the same speaker's, with X as its content; ``referred to X as Y`` names X. Without
``to`` (``the referee``, ``a referral``) nothing is reported.
"""

from __future__ import annotations

import pytest
from _attributions import sources_and_contents

from lessonkit.attribution import extract_attributions

REFERRING = [
    # wire style
    pytest.param(
        "“We need steady hands,” Ruiz told the rally, referring to the mayor.",
        ("Ruiz", "the mayor"),
        id="told-referring-to",
    ),
    pytest.param(
        "Ruiz said the deal was “a bad one,” referring to the port contract.",
        ("Ruiz", "the port contract"),
        id="said-referring-to",
    ),
    # broadsheet style
    pytest.param(
        "The minister referred to the strike as a political stunt.",
        ("The minister", "the strike as a political stunt"),
        id="referred-to-as",
    ),
    # tabloid style
    pytest.param(
        "The star later referred to her former bandmates, calling them lazy.",
        ("The star", "her former bandmates"),
        id="tabloid-referred-to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFERRING)
def test_referring_to_reports_what_the_words_were_about(
    text: str, expected: tuple[str, str]
) -> None:
    got = sources_and_contents(text)
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The referee refers every complaint upstairs.",
        "Doctors referred the patient for a scan.",
    ],
)
def test_refer_without_to_reports_nothing(text: str) -> None:
    assert extract_attributions(text) == []
