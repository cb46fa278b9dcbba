"""Numbers and places: the territorial-claims timeline, the places table, and a numbers checker.

The data tables (``data/claims/claims.csv``, ``data/places/places.csv`` and
``data/places/changes.csv``) carry a source address on every row and are validated on
load. :func:`check_numbers` finds areas, distances, counts, shares and durations in any
text and checks paired unit conversions such as "2,000 sq km (700 square miles)"; the
rules it follows are set out in ``lessonkit.claims._numbers`` (reading numbers) and
``lessonkit.claims._convert`` (when a conversion holds).
"""

from __future__ import annotations

from ._convert import Conversion, NumbersReport, check_numbers
from ._data import (
    Claim,
    Place,
    PlaceChange,
    find_place,
    load_claims,
    load_place_changes,
    load_places,
)
from ._numbers import Figure

__all__ = [
    "Claim",
    "Conversion",
    "Figure",
    "NumbersReport",
    "Place",
    "PlaceChange",
    "check_numbers",
    "find_place",
    "load_claims",
    "load_place_changes",
    "load_places",
]
