"""Hopes, fears and promises: ``The mayor hopes the bridge will open in May``.

``hope``, ``fear`` and ``worry`` report a stance when a clause with its own verb follows
(``residents fear the plant could close``), and ``hope`` and ``promise`` when an
infinitive follows (``Ruiz hopes to win the county``, ``the club promised to refund
fans``). Followed by a plain noun phrase (``fear the worst``), a pronoun (``hope so``) or
nothing, they report nothing, and neither do their nouns and adjectives (``in hope``, ``the
promised bridge``).
"""

from __future__ import annotations

import pytest
from _attributions import said_by

from lessonkit.attribution import extract_attributions

HOPES = [
    # wire style
    pytest.param(
        "The mayor hopes the new bridge will open in May.",
        ("The mayor", "hopes", "the new bridge will open in May"),
        id="hopes-clause",
    ),
    pytest.param(
        "Ana Ruiz hopes to win the county by a wide margin.",
        ("Ana Ruiz", "hopes", "to win the county by a wide margin"),
        id="hopes-to",
    ),
    pytest.param(
        "Residents fear the plant could close before Christmas.",
        ("Residents", "fear", "the plant could close before Christmas"),
        id="fear-clause",
    ),
    # broadsheet style
    pytest.param(
        "The chancellor hoped the measures would calm the markets, officials said later.",
        ("The chancellor", "hoped", "the measures would calm the markets"),
        id="hoped-clause-then-officials",
    ),
    pytest.param(
        "Mr. Odell promised to publish the contracts before the election.",
        ("Mr. Odell", "promised", "to publish the contracts before the election"),
        id="promised-to",
    ),
    pytest.param(
        "Economists worry the slowdown will last into next year.",
        ("Economists", "worry", "the slowdown will last into next year"),
        id="worry-clause",
    ),
    # tabloid style
    pytest.param(
        "Heartbroken fans fear their hero will never play again.",
        ("Heartbroken fans", "fear", "their hero will never play again"),
        id="tabloid-fear",
    ),
    pytest.param(
        "The club promised to refund every ticket.",
        ("The club", "promised", "to refund every ticket"),
        id="tabloid-promised-to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOPES)
def test_a_hope_a_fear_or_a_promise_is_reported(text: str, expected: tuple[str, str, str]) -> None:
    got = said_by(text)
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Residents fear the worst.",
        "They hope so.",
        "Ruiz lives in hope of a recount.",
        "The promised bridge never came.",
        "The club hopes for a better season.",
        "She promised herself a long holiday.",
    ],
)
def test_without_a_clause_or_an_infinitive_nothing_is_reported(text: str) -> None:
    assert extract_attributions(text) == []
