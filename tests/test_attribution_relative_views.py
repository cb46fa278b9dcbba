"""A view inside a relative clause: ``the law, which he believes will make the roads safer``.

After a pronoun, ``believes``, ``thinks`` or ``says`` is a verb even when the next word is
a verb of the reported clause (``which she thinks is needed``): the clause's subject is the
noun the relative clause hangs on. After a noun (``the 99-county pledge was``) such a word
is still read as a noun.
"""

from __future__ import annotations

import pytest
from _attributions import said_by

from lessonkit.attribution import extract_attributions

RELATIVE_VIEWS = [
    # wire style
    pytest.param(
        "Ruiz voted for the law, which he believes will make the roads safer.",
        ("he", "believes", "will make the roads safer"),
        id="which-he-believes-will",
    ),
    pytest.param(
        "The board backed a merger that it thinks could save 200 jobs.",
        ("it", "thinks", "could save 200 jobs"),
        id="that-it-thinks-could",
    ),
    # broadsheet style
    pytest.param(
        "She spoke of the discipline she argues is needed to mend the city's finances.",
        ("she", "argues", "is needed to mend the city's finances"),
        id="she-argues-is",
    ),
    # tabloid style
    pytest.param(
        "Fans are furious about the move, which they insist will ruin the club.",
        ("they", "insist", "will ruin the club"),
        id="tabloid-they-insist-will",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_VIEWS)
def test_a_view_in_a_relative_clause_is_read(text: str, expected: tuple[str, str, str]) -> None:
    got = said_by(text)
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The 99-county pledge was a gamble.",
        "Her support was decisive in the final round.",
    ],
)
def test_a_noun_before_a_verb_is_still_a_noun(text: str) -> None:
    assert extract_attributions(text) == []
