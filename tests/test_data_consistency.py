"""The lesson's data files agree with one another."""

from __future__ import annotations

import pytest

from lessonkit import lesson_article
from lessonkit.claims import load_claims, load_place_changes, load_places
from lessonkit.sources import find_sources

ROWS = [*load_claims(), *load_place_changes()]


@pytest.mark.parametrize("row", ROWS, ids=[f"{type(r).__name__}:{r.claimant[:40]}" for r in ROWS])
def test_a_claimant_known_to_the_register_has_the_registers_side(row) -> None:
    matches = find_sources(row.claimant)
    if len(matches) == 1:
        assert row.side == matches[0].side, f"{row.claimant!r} vs register entry {matches[0].id!r}"


def test_every_change_of_hands_names_a_known_place() -> None:
    ids = {p.id for p in load_places()}
    assert {c.place_id for c in load_place_changes()} <= ids


def test_places_marked_in_article_appear_in_it() -> None:
    text = lesson_article().text
    for place in load_places():
        if place.in_article:
            assert any(s in text for s in place.spellings), place.name
