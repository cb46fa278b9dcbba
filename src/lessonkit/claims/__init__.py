"""Numbers and places: the territorial-claims timeline, the places table, and a numbers checker.

The data tables (``data/claims/claims.csv``, ``data/places/places.csv`` and
``data/places/changes.csv``) carry a source address on every row and are validated on
load.
"""

from __future__ import annotations

from ._data import (
    Claim,
    Place,
    PlaceChange,
    find_place,
    load_claims,
    load_place_changes,
    load_places,
)

__all__ = [
    "Claim",
    "Place",
    "PlaceChange",
    "find_place",
    "load_claims",
    "load_place_changes",
    "load_places",
]
