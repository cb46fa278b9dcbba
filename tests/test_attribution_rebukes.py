"""Verbs of rebuke and scorn: ``Ruiz lambasted the council``, ``critics derided the plan``.

``bemoan``, ``ridicule``, ``assail``, ``lambaste``, ``rebuke``, ``chastise``, ``deride``,
``disparage``, ``belittle``, ``scold``, ``berate``, ``castigate``, ``excoriate`` and
``fault`` report a stance on what they take as object, as ``criticise`` does. As nouns or
adjectives (``a sharp rebuke``, ``much-derided``) they report nothing.
"""

from __future__ import annotations

import pytest
from _attributions import said_by

from lessonkit.attribution import extract_attributions

REBUKES = [
    # wire style
    pytest.param(
        "Ruiz lambasted the council on Tuesday.",
        ("Ruiz", "lambasted", "the council"),
        id="lambasted-day",
    ),
    pytest.param(
        "The governor bemoaned the state of the roads.",
        ("The governor", "bemoaned", "the state of the roads"),
        id="bemoaned",
    ),
    # broadsheet style
    pytest.param(
        "Critics derided the plan as a gimmick.",
        ("Critics", "derided", "the plan as a gimmick"),
        id="derided-as",
    ),
    pytest.param(
        "The inspectors faulted the ministry for the delays.",
        ("The inspectors", "faulted", "the ministry for the delays"),
        id="faulted-for",
    ),
    # tabloid style
    pytest.param(
        "The furious chef berated his kitchen staff.",
        ("The furious chef", "berated", "his kitchen staff"),
        id="tabloid-berated",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REBUKES)
def test_a_rebuke_reports_a_stance_on_its_object(text: str, expected: tuple[str, str, str]) -> None:
    got = said_by(text)
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The vote was a sharp rebuke to the government.",
        "The much-derided bridge finally opened.",
    ],
)
def test_as_nouns_or_adjectives_they_report_nothing(text: str) -> None:
    assert extract_attributions(text) == []
