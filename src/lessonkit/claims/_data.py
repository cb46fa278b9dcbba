"""Load and validate the territorial-claims and places tables in ``data/``.

``data/claims/claims.csv`` holds one row per figure: a fact-sheet line such as
"3,800 sq km, more than 300 settlements and about 150,000 people" becomes three rows.
``date`` is the day the claim was made; ``window_start``/``window_end`` the period the
figure covers ("since 1 September" → 2022-09-01 to the claim's date), empty when the
source gives none. ``scope_area`` says what ground the figure covers ("all fronts (south
and east)", "Kharkiv oblast", "not stated"), because totals for different scopes must not
be compared as if they were one series. Qualitative claims have no figure.
``in_article`` marks the claims the lesson article reports.

``data/places/changes.csv`` records who said a place changed hands, and when: ``to`` is
the side said to hold it afterwards; ``date`` is the day the change is said to have
happened (``YYYY-MM`` when only the month is known). ``status`` is

- ``confirmed``: acknowledged by the side that lost the place, officially confirmed after
  earlier claims, or backed by independent evidence such as geolocated footage;
- ``claimed``: asserted by one party or outlet, with nothing more in the fact sheet;
- ``disputed``: contradicted by another source in the fact sheet.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from .._resources import data_path
from ..errors import LessonkitError
from ..sides import check_side

__all__ = [
    "CLAIM_COLUMNS",
    "KINDS",
    "QUALIFIERS",
    "STATUSES",
    "UNIT_QUANTITY",
    "Claim",
    "Place",
    "PlaceChange",
    "find_place",
    "load_claims",
    "load_place_changes",
    "load_places",
]

#: Every claims.csv unit and the quantity it measures.
UNIT_QUANTITY: Mapping[str, str] = {
    "km2": "area",
    "mi2": "area",
    "km": "distance",
    "mi": "distance",
    "settlements": "count",
    "villages": "count",
    "towns": "count",
    "cities": "count",
    "districts": "count",
    "people": "count",
    "troops": "count",
    "vehicles": "count",
    "percent": "share",
    "ratio": "share",
    "hours": "duration",
    "days": "duration",
}
QUANTITIES = ("area", "distance", "count", "share", "duration", "qualitative")
QUALIFIERS = ("", "about", "more than", "at least", "up to", "exact")
KINDS = ("city", "settlement", "region", "river", "country")
STATUSES = ("claimed", "confirmed", "disputed")
HOLDERS = ("ukraine", "russia")

CLAIM_COLUMNS = (
    "id", "date", "claimant", "role", "side", "claim", "figure", "qualifier", "unit",
    "quantity", "scope_area", "window_start", "window_end", "in_article", "source_url",
)  # fmt: skip
PLACE_COLUMNS = (
    "id", "name", "kind", "lat", "lon", "precision_note", "spellings", "in_article", "source_url",
)  # fmt: skip
CHANGE_COLUMNS = (
    "place_id", "date", "to", "claimant", "side", "statement", "status", "source_url",
)  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """One dated claim about territory, distance, numbers or control, with its source.

    ``figure`` is ``None`` for qualitative claims (``quantity == "qualitative"``).
    ``date_precision`` is ``"day"`` or ``"month"`` (a date given only as ``YYYY-MM``
    is stored as the first of that month).
    """

    id: str
    date: dt.date
    claimant: str
    role: str
    side: str
    claim: str
    figure: float | None
    qualifier: str
    unit: str
    quantity: str
    scope_area: str
    window_start: dt.date | None
    window_end: dt.date | None
    in_article: bool
    source_url: str
    date_precision: str = "day"


@dataclass(frozen=True)
class Place:
    """A place named in the lesson, with its reference point and spellings.

    ``lat``/``lon`` are ``None`` where no single point makes sense or the fact sheet
    gives none (Donbas, the countries); ``precision_note`` says how far to trust them.
    """

    id: str
    name: str
    kind: str
    lat: float | None
    lon: float | None
    precision_note: str
    spellings: tuple[str, ...]
    in_article: bool
    source_url: str


@dataclass(frozen=True)
class PlaceChange:
    """A dated claim that a place changed hands (or stayed held), and who made it.

    ``to`` is the side said to hold the place afterwards: ``"ukraine"`` or ``"russia"``.
    ``date`` is the day the change is said to have happened; ``date_precision`` is
    ``"month"`` when the source gives only the month.
    """

    place_id: str
    date: dt.date
    to: str
    claimant: str
    side: str
    statement: str
    status: str
    source_url: str
    date_precision: str = "day"


# --------------------------------------------------------------------------- reading

_T = TypeVar("_T")


class _Row:
    """One CSV row with the file and line it came from, for error messages."""

    def __init__(self, where: str, line: int, values: dict[str, str]) -> None:
        self.where = where
        self.line = line
        self.values = values

    def fail(self, column: str, expected: str, found: str) -> LessonkitError:
        return LessonkitError(
            f"{self.where} line {self.line}, column {column!r}: expected {expected} (got {found!r})"
        )

    def text(self, column: str, required: bool = True) -> str:
        value = self.values[column].strip()
        if required and not value:
            raise self.fail(column, "a non-empty value", value)
        return value

    def choice(self, column: str, allowed: tuple[str, ...]) -> str:
        value = self.values[column].strip()
        if value not in allowed:
            raise self.fail(column, f"one of {allowed}", value)
        return value

    def date(self, column: str, required: bool = True) -> tuple[dt.date | None, str]:
        value = self.values[column].strip()
        if not value and not required:
            return None, "day"
        try:
            if len(value) == 7:
                return dt.date.fromisoformat(value + "-01"), "month"
            if len(value) == 10:
                return dt.date.fromisoformat(value), "day"
        except ValueError:
            pass
        raise self.fail(column, "a date written YYYY-MM-DD (or YYYY-MM)", value)

    def number(self, column: str, low: float | None = None, high: float | None = None) -> float:
        value = self.values[column].strip()
        try:
            number = float(value)
        except ValueError:
            raise self.fail(column, "a number written with digits and '.'", value) from None
        if (
            number != number
            or (low is not None and number < low)
            or (high is not None and number > high)
        ):
            raise self.fail(column, f"a number from {low} to {high}", value)
        return number

    def boolean(self, column: str) -> bool:
        return self.choice(column, ("true", "false")) == "true"

    def url(self, column: str) -> str:
        value = self.values[column].strip()
        if not value.startswith(("http://", "https://")) or " " in value or len(value) < 12:
            raise self.fail(column, "an http(s):// source address", value)
        return value

    def side(self, column: str) -> str:
        return check_side(self.values[column].strip(), f"{self.where} line {self.line}")


def _rows(source: str, where: str, columns: tuple[str, ...]) -> Iterator[_Row]:
    reader = csv.DictReader(io.StringIO(source, newline=""))
    header = tuple(reader.fieldnames or ())
    if header != columns:
        raise LessonkitError(f"{where} line 1: expected the header {columns} (got {header})")
    for values in reader:
        line = reader.line_num
        if None in values or any(v is None for v in values.values()):
            raise LessonkitError(
                f"{where} line {line}: expected {len(columns)} fields "
                f"(got {len([v for v in values.values() if v is not None])})"
            )
        yield _Row(where, line, values)


def _read(default: tuple[str, ...], path: str | os.PathLike[str] | None) -> tuple[str, str]:
    if path is None:
        return data_path(*default).read_text(encoding="utf-8"), "data/" + "/".join(default)
    p = Path(path)
    return p.read_text(encoding="utf-8"), str(path)


def _check_unique(items: list[_T], key: Callable[[_T], str], where: str, what: str) -> None:
    seen: set[str] = set()
    for item in items:
        k = key(item)
        if k in seen:
            raise LessonkitError(f"{where}: expected each {what} once (got {k!r} twice)")
        seen.add(k)


# --------------------------------------------------------------------------- claims


def _claim(row: _Row) -> Claim:
    date, precision = row.date("date")
    quantity = row.choice("quantity", QUANTITIES)
    unit = row.text("unit", required=False)
    if unit and unit not in UNIT_QUANTITY:
        raise row.fail("unit", f"one of {tuple(UNIT_QUANTITY)} or empty", unit)
    figure_text = row.text("figure", required=False)
    figure: float | None = None
    if quantity == "qualitative":
        if figure_text:
            raise row.fail("figure", "no figure for a qualitative claim", figure_text)
    else:
        if not figure_text:
            raise row.fail("figure", f"a number for a {quantity} claim", figure_text)
        figure = row.number("figure", low=0)
        if not unit:
            raise row.fail("unit", f"a unit for a {quantity} claim", unit)
        if UNIT_QUANTITY[unit] != quantity:
            raise row.fail(
                "unit", f"a unit measuring {quantity} (a {UNIT_QUANTITY[unit]} unit)", unit
            )
    qualifier = row.choice("qualifier", QUALIFIERS)
    if qualifier and figure is None:
        raise row.fail("qualifier", "no qualifier without a figure", qualifier)
    start, _ = row.date("window_start", required=False)
    end, _ = row.date("window_end", required=False)
    if start and end and start > end:
        raise row.fail("window_end", f"a date on or after window_start {start}", str(end))
    return Claim(
        id=row.text("id"),
        date=date or dt.date.min,
        claimant=row.text("claimant"),
        role=row.text("role"),
        side=row.side("side"),
        claim=row.text("claim"),
        figure=figure,
        qualifier=qualifier,
        unit=unit,
        quantity=quantity,
        scope_area=row.text("scope_area"),
        window_start=start,
        window_end=end,
        in_article=row.boolean("in_article"),
        source_url=row.url("source_url"),
        date_precision=precision,
    )


def load_claims(path: str | os.PathLike[str] | None = None) -> tuple[Claim, ...]:
    """Load and validate the territorial-claims table.

    Parameters
    ----------
    path
        A claims CSV to read instead of the packaged ``data/claims/claims.csv``.

    Returns
    -------
    tuple of Claim
        In file order (by date).

    Raises
    ------
    LessonkitError
        Naming the file, line, column, what was expected and what was found.

    Examples
    --------
    >>> claims = load_claims()
    >>> next(c.figure for c in claims if c.in_article and c.unit == "km2")
    2000.0
    >>> load_claims("no/such/file.csv")
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: 'no/such/file.csv'
    """
    if path is None:
        return _default_claims()
    return _load_claims(path)


@cache
def _default_claims() -> tuple[Claim, ...]:
    return _load_claims(None)


def _load_claims(path: str | os.PathLike[str] | None) -> tuple[Claim, ...]:
    source, where = _read(("claims", "claims.csv"), path)
    claims = [_claim(row) for row in _rows(source, where, CLAIM_COLUMNS)]
    _check_unique(claims, lambda c: c.id, where, "id")
    return tuple(claims)


# --------------------------------------------------------------------------- places


def _coordinate(row: _Row, column: str, limit: float) -> float | None:
    if not row.values[column].strip():
        return None
    return row.number(column, low=-limit, high=limit)


def _place(row: _Row) -> Place:
    name = row.text("name")
    spellings = tuple(s.strip() for s in row.text("spellings").split("|"))
    if any(not s for s in spellings):
        raise row.fail("spellings", "names separated by single '|'", row.values["spellings"])
    if name not in spellings:
        raise row.fail("spellings", f"a list that includes the name {name!r}", "|".join(spellings))
    lat = _coordinate(row, "lat", 90)
    lon = _coordinate(row, "lon", 180)
    if (lat is None) != (lon is None):
        raise row.fail("lon" if lon is None else "lat", "both lat and lon, or neither", "")
    place_id = row.text("id")
    if not place_id.replace("_", "").isalnum() or place_id.lower() != place_id:
        raise row.fail("id", "a lower-case slug (letters, digits, '_')", place_id)
    return Place(
        id=place_id,
        name=name,
        kind=row.choice("kind", KINDS),
        lat=lat,
        lon=lon,
        precision_note=row.text("precision_note"),
        spellings=spellings,
        in_article=row.boolean("in_article"),
        source_url=row.url("source_url"),
    )


def load_places(path: str | os.PathLike[str] | None = None) -> tuple[Place, ...]:
    """Load and validate the places table.

    Parameters
    ----------
    path
        A places CSV to read instead of the packaged ``data/places/places.csv``.

    Returns
    -------
    tuple of Place

    Raises
    ------
    LessonkitError
        Naming the file, line, column, what was expected and what was found; also
        when two places share a spelling, so that :func:`find_place` is never ambiguous.

    Examples
    --------
    >>> [p.name for p in load_places() if p.kind == "river"]
    ['Oskil']
    >>> load_places("no/such/file.csv")
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: 'no/such/file.csv'
    """
    if path is None:
        return _default_places()
    return _load_places(path)


@cache
def _default_places() -> tuple[Place, ...]:
    return _load_places(None)


def _load_places(path: str | os.PathLike[str] | None) -> tuple[Place, ...]:
    source, where = _read(("places", "places.csv"), path)
    places = [_place(row) for row in _rows(source, where, PLACE_COLUMNS)]
    _check_unique(places, lambda p: p.id, where, "id")
    _check_unique(
        [s for p in places for s in {_fold(s) for s in p.spellings}], lambda s: s, where, "spelling"
    )
    return tuple(places)


def _fold(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = folded.replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    folded = folded.replace("‐", "-").replace("–", "-")
    return " ".join(folded.split())


@cache
def _spelling_index() -> dict[str, Place]:
    return {_fold(s): p for p in load_places() for s in p.spellings}


def find_place(name: str) -> Place | None:
    """Return the place with this spelling (any case, any listed spelling), or ``None``.

    Parameters
    ----------
    name
        A place name as written in an article: ``"Izyum"``, ``"KUPYANSK"``, ``"Ізюм"``.

    Returns
    -------
    Place or None

    Examples
    --------
    >>> find_place("Izyum").name
    'Izium'
    >>> find_place("Atlantis") is None
    True
    >>> find_place(None)
    Traceback (most recent call last):
    ...
    TypeError: 'name' must be a str (got NoneType)
    """
    if not isinstance(name, str):
        raise TypeError(f"'name' must be a str (got {type(name).__name__})")
    return _spelling_index().get(_fold(name))


# --------------------------------------------------------------------------- changes


def _change(row: _Row, place_ids: set[str]) -> PlaceChange:
    place_id = row.text("place_id")
    if place_id not in place_ids:
        raise row.fail("place_id", "an id from data/places/places.csv", place_id)
    date, precision = row.date("date")
    return PlaceChange(
        place_id=place_id,
        date=date or dt.date.min,
        to=row.choice("to", HOLDERS),
        claimant=row.text("claimant"),
        side=row.side("side"),
        statement=row.text("statement"),
        status=row.choice("status", STATUSES),
        source_url=row.url("source_url"),
        date_precision=precision,
    )


def load_place_changes(path: str | os.PathLike[str] | None = None) -> tuple[PlaceChange, ...]:
    """Load and validate the dated change-of-hands claims.

    Parameters
    ----------
    path
        A changes CSV to read instead of the packaged ``data/places/changes.csv``.
        Its ``place_id`` values are checked against the packaged places table.

    Returns
    -------
    tuple of PlaceChange
        In file order (grouped by place, then by date).

    Raises
    ------
    LessonkitError
        Naming the file, line, column, what was expected and what was found.

    Examples
    --------
    >>> [c.date.isoformat() for c in load_place_changes() if c.place_id == "lyman"][-1]
    '2022-10-02'
    >>> load_place_changes("no/such/file.csv")
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: 'no/such/file.csv'
    """
    if path is None:
        return _default_changes()
    return _load_changes(path)


@cache
def _default_changes() -> tuple[PlaceChange, ...]:
    return _load_changes(None)


def _load_changes(path: str | os.PathLike[str] | None) -> tuple[PlaceChange, ...]:
    source, where = _read(("places", "changes.csv"), path)
    ids = {p.id for p in load_places()}
    return tuple(_change(row, ids) for row in _rows(source, where, CHANGE_COLUMNS))
