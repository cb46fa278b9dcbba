"""Seeing something as something, knowing a fact: ``Voters see Ruiz as the safer choice``.

``see ... as`` reports how the source regards someone or something (as ``describe ... as``
does), and ``know`` with a clause after it reports what the source holds true (``Ruiz
knows the count will be close``). Seeing a thing and knowing a person report nothing.
"""

from __future__ import annotations

import pytest
from _attributions import said_by

from lessonkit.attribution import extract_attributions

VIEWS = [
    # wire style
    pytest.param(
        "Voters in the county see Ruiz as the safer choice.",
        ("Voters in the county", "see", "Ruiz as the safer choice"),
        id="see-as",
    ),
    pytest.param(
        "Ruiz knows the count will be close.",
        ("Ruiz", "knows", "the count will be close"),
        id="knows-clause",
    ),
    # broadsheet style
    pytest.param(
        "Economists saw the rate cut as a sign of panic at the central bank.",
        ("Economists", "saw", "the rate cut as a sign of panic at the central bank"),
        id="saw-as",
    ),
    pytest.param(
        "The minister knew that the figures would be revised.",
        ("The minister", "knew", "the figures would be revised"),
        id="knew-that",
    ),
    # tabloid style
    pytest.param(
        "Fans see the new manager as a disaster waiting to happen.",
        ("Fans", "see", "the new manager as a disaster waiting to happen"),
        id="tabloid-see-as",
    ),
    pytest.param(
        "The heartbroken star knows she will never sing again.",
        ("The heartbroken star", "knows", "she will never sing again"),
        id="tabloid-knows",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VIEWS)
def test_seeing_as_and_knowing_that_are_reported(text: str, expected: tuple[str, str, str]) -> None:
    got = said_by(text)
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Tourists saw the old harbour from the ferry.",
        "Everyone in the village knows the baker.",
        "We will see.",
        "The seen and the unseen.",
    ],
)
def test_seeing_a_thing_or_knowing_a_person_reports_nothing(text: str) -> None:
    assert extract_attributions(text) == []
