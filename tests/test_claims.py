"""The claims, places and change-of-hands tables: content, validation and look-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessonkit import lesson_article
from lessonkit.claims import (
    Claim,
    Place,
    find_place,
    load_claims,
    load_place_changes,
    load_places,
)
from lessonkit.claims._data import CLAIM_COLUMNS, PLACE_COLUMNS, UNIT_QUANTITY
from lessonkit.errors import LessonkitError
from lessonkit.sides import SIDES

# --------------------------------------------------------------------------- claims.csv


def test_every_claim_has_a_web_source() -> None:
    claims = load_claims()
    assert claims
    for claim in claims:
        assert claim.source_url.startswith(("https://", "http://")), claim.id


def test_claim_vocabularies() -> None:
    for claim in load_claims():
        assert claim.side in SIDES
        if claim.figure is None:
            assert claim.quantity == "qualitative", claim.id
        else:
            assert UNIT_QUANTITY[claim.unit] == claim.quantity, claim.id
        if claim.window_start and claim.window_end:
            assert claim.window_start <= claim.window_end


def _find(**fields: object) -> list[Claim]:
    return [c for c in load_claims() if all(getattr(c, k) == v for k, v in fields.items())]


@pytest.mark.parametrize(
    ("fields", "claimant_part"),
    [
        # the headline figure of the article, a "2,000 kilometres" spoken without "square"
        ({"date": dt.date(2022, 9, 10), "figure": 2000.0, "unit": "km2", "in_article": True},
         "Zelenskiy"),
        ({"date": dt.date(2022, 9, 10), "figure": 50.0, "unit": "km", "in_article": True},
         "UK Ministry of Defence"),
        ({"figure": 1300.0, "unit": "troops", "in_article": True}, "General Staff"),
        ({"figure": 10.0, "unit": "people", "qualifier": "at least"}, "local officials"),
        ({"figure": 80.0, "unit": "percent", "in_article": True}, "Guardian"),
        # a multi-figure fact-sheet row split into one row per figure (Maliar, 13 Sept)
        ({"date": dt.date(2022, 9, 13), "figure": 3800.0, "unit": "km2"}, "Maliar"),
        ({"date": dt.date(2022, 9, 13), "figure": 300.0, "unit": "settlements",
          "qualifier": "more than"}, "Maliar"),
        ({"date": dt.date(2022, 9, 13), "figure": 150000.0, "unit": "people"}, "Maliar"),
        ({"date": dt.date(2022, 9, 8), "figure": 700.0, "unit": "km2",
          "scope_area": "Kharkiv and South Buh directions"}, "Hromov"),
    ],
)  # fmt: skip
def test_claims_from_the_fact_sheet_and_article(
    fields: dict[str, object], claimant_part: str
) -> None:
    found = _find(**fields)
    assert [c for c in found if claimant_part in c.claimant], fields


def test_izium_fall_on_1_april_is_an_article_claim_with_its_window() -> None:
    (claim,) = [c for c in load_claims() if c.in_article and c.window_start == dt.date(2022, 4, 1)]
    assert claim.scope_area == "Izium"
    assert claim.figure is None


def test_windows_of_the_since_1_september_totals() -> None:
    totals = _find(claimant="Volodymyr Zelenskiy", unit="km2", window_start=dt.date(2022, 9, 1))
    assert sorted(c.figure or 0 for c in totals) == [1000.0, 2000.0, 6000.0]
    assert all(c.scope_area == "all fronts (south and east)" for c in totals)


def _write(tmp_path: Path, header: tuple[str, ...], row: dict[str, str]) -> Path:
    path = tmp_path / "table.csv"
    values = [row.get(column, "") for column in header]
    path.write_text(",".join(header) + "\n" + ",".join(values) + "\n", encoding="utf-8")
    return path


GOOD_CLAIM = {
    "id": "c1", "date": "2022-09-10", "claimant": "Someone", "role": "officer",
    "side": "ua_gov", "claim": "a claim", "figure": "50", "qualifier": "up to", "unit": "km",
    "quantity": "distance", "scope_area": "Kharkiv oblast", "in_article": "false",
    "source_url": "https://example.org/a",
}  # fmt: skip


def test_a_good_claims_file_loads(tmp_path: Path) -> None:
    (claim,) = load_claims(_write(tmp_path, CLAIM_COLUMNS, GOOD_CLAIM))
    assert claim.figure == 50.0
    assert claim.window_start is None


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("date", "10 Sep 2022", "column 'date': expected a date written YYYY-MM-DD"),
        ("side", "ukraine", "'side' must be one of"),
        ("figure", "2k", "column 'figure': expected a number"),
        ("unit", "furlongs", "column 'unit': expected one of"),
        ("quantity", "weight", "column 'quantity': expected one of"),
        ("unit", "km2", "column 'unit': expected a unit measuring distance"),
        ("source_url", "", "column 'source_url': expected an http(s):// source address"),
        ("source_url", "unsourced", "expected an http(s):// source address (got 'unsourced')"),
        ("in_article", "yes", "column 'in_article': expected one of ('true', 'false')"),
        ("window_start", "2022-13-01", "column 'window_start'"),
        ("qualifier", "roughly", "column 'qualifier'"),
    ],
)
def test_bad_claims_name_file_line_column(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    path = _write(tmp_path, CLAIM_COLUMNS, {**GOOD_CLAIM, column: value})
    with pytest.raises(LessonkitError) as error:
        load_claims(path)
    assert str(path) in str(error.value)
    assert "line 2" in str(error.value)
    assert message in str(error.value)


def test_bad_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("id,date\nc1,2022-09-10\n", encoding="utf-8")
    with pytest.raises(LessonkitError, match="line 1: expected the header"):
        load_claims(path)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, CLAIM_COLUMNS, GOOD_CLAIM)
    path.write_text(path.read_text() + path.read_text().splitlines()[1] + "\n")
    with pytest.raises(LessonkitError, match="expected each id once"):
        load_claims(path)


# --------------------------------------------------------------------------- places


REQUIRED_PLACES = [
    "Kupiansk", "Izium", "Balakliia", "Kharkiv", "Kherson", "Donetsk Oblast", "Donbas", "Kyiv",
    "Oskil", "Shevchenkove", "Lyman", "Vovchansk", "Velykyi Burluk", "Kharkiv Oblast",
]  # fmt: skip


@pytest.mark.parametrize("name", REQUIRED_PLACES)
def test_required_places_are_listed(name: str) -> None:
    place = find_place(name)
    assert place is not None
    assert place.name == name


@pytest.mark.parametrize(
    ("spelling", "place_id"),
    [
        ("Izyum", "izium"),
        ("izyum", "izium"),
        ("IZJOEM", "izium"),
        ("Ізюм", "izium"),
        ("Kupyansk", "kupiansk"),
        ("Куп’янськ", "kupiansk"),  # typographic apostrophe
        ("Balakleya", "balakliia"),
        ("Kharkov", "kharkiv"),
        ("Kharkiv region", "kharkiv_oblast"),
        ("Donetsk region", "donetsk_oblast"),
        ("Donbass", "donbas"),
        ("Oskol", "oskil"),
        ("Volchansk", "vovchansk"),
        ("Velikiy  Burluk", "velykyi_burluk"),  # doubled space
    ],
)
def test_find_place_by_any_spelling(spelling: str, place_id: str) -> None:
    place = find_place(spelling)
    assert place is not None
    assert place.id == place_id


def test_find_place_unknown_and_wrong_type() -> None:
    assert find_place("Atlantis") is None
    with pytest.raises(TypeError, match="'name' must be a str"):
        find_place(3)  # type: ignore[arg-type]


def test_places_have_sources_and_plausible_points() -> None:
    for place in load_places():
        assert place.source_url.startswith(("https://", "http://"))
        if place.lat is not None and place.lon is not None:
            # every point in the table lies in Ukraine's bounding box
            assert 44 < place.lat < 53 and 22 < place.lon < 41, place.id
    assert find_place("Donbas").lat is None  # type: ignore[union-attr]


def test_places_marked_in_article_are_named_in_it() -> None:
    text = lesson_article().text
    for place in load_places():
        if place.in_article:
            assert any(s in text for s in place.spellings), place.id


def test_every_place_the_article_names_is_listed() -> None:
    text = lesson_article().text
    names = ["Kupiansk", "Izium", "Balakliia", "Kharkiv", "Donbas", "Kyiv", "Kherson region",
             "Donetsk region", "Kyiv region", "Kharkiv region"]  # fmt: skip
    for name in names:
        assert name in text
        place = find_place(name)
        assert place is not None and place.in_article, name


GOOD_PLACE = {
    "id": "x", "name": "X", "kind": "city", "lat": "49.5", "lon": "36.5",
    "precision_note": "n", "spellings": "X|Ex", "in_article": "false",
    "source_url": "https://example.org/x",
}  # fmt: skip


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("kind", "sea", "column 'kind'"),
        ("lat", "91", "column 'lat': expected a number from -90 to 90"),
        ("lon", "", "both lat and lon"),
        ("spellings", "Ex|Why", "a list that includes the name 'X'"),
        ("source_url", "www.example.org", "column 'source_url'"),
    ],
)
def test_bad_places_are_refused(tmp_path: Path, column: str, value: str, message: str) -> None:
    path = _write(tmp_path, PLACE_COLUMNS, {**GOOD_PLACE, column: value})
    with pytest.raises(LessonkitError, match="line 2") as error:
        load_places(path)
    assert message in str(error.value)


def test_a_shared_spelling_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, PLACE_COLUMNS, GOOD_PLACE)
    other = ",".join(
        {**GOOD_PLACE, "id": "y", "name": "Y", "spellings": "Y|ex"}[c] for c in PLACE_COLUMNS
    )
    path.write_text(path.read_text() + other + "\n")
    with pytest.raises(LessonkitError, match="expected each spelling once"):
        load_places(path)


# --------------------------------------------------------------------------- changes


def test_changes_point_at_places_and_have_sources() -> None:
    ids = {p.id for p in load_places()}
    changes = load_place_changes()
    assert changes
    for change in changes:
        assert change.place_id in ids
        assert change.to in ("ukraine", "russia")
        assert change.side in SIDES
        assert change.source_url.startswith(("https://", "http://"))


@pytest.mark.parametrize(
    ("place_id", "date", "to", "side"),
    [
        ("izium", dt.date(2022, 4, 1), "russia", "ua_gov"),
        ("izium", dt.date(2022, 9, 14), "ukraine", "ua_gov"),
        ("balakliia", dt.date(2022, 9, 8), "ukraine", "ua_gov"),
        ("kupiansk", dt.date(2022, 2, 27), "russia", "ua_gov"),
        ("vovchansk", dt.date(2022, 9, 10), "ukraine", "ru_installed"),
        ("lyman", dt.date(2022, 10, 1), "ukraine", "ru_gov"),
    ],
)
def test_dated_changes_from_the_fact_sheet(
    place_id: str, date: dt.date, to: str, side: str
) -> None:
    assert any(
        c.place_id == place_id and c.date == date and c.to == to and c.side == side
        for c in load_place_changes()
    )


def test_month_only_dates_keep_their_precision() -> None:
    (change,) = [c for c in load_place_changes() if c.place_id == "kherson" and c.to == "russia"]
    assert change.date_precision == "month"
    assert change.date == dt.date(2022, 3, 1)


def test_change_with_unknown_place_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "changes.csv"
    path.write_text(
        "place_id,date,to,claimant,side,statement,status,source_url\n"
        "atlantis,2022-09-10,ukraine,Someone,ua_gov,sank,claimed,https://example.org/a\n",
        encoding="utf-8",
    )
    with pytest.raises(LessonkitError, match=r"line 2, column 'place_id'.*\(got 'atlantis'\)"):
        load_place_changes(path)


# --------------------------------------------------------------------------- data and checker


def test_the_checker_finds_every_area_and_distance_the_article_claims() -> None:
    from lessonkit.claims import check_numbers

    figures = check_numbers(lesson_article()).figures
    claimed = [c for c in load_claims() if c.in_article and c.quantity in ("area", "distance")]
    assert claimed
    for claim in claimed:
        assert any(f.value == claim.figure and f.unit == claim.unit for f in figures), claim.id


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_find_place_never_raises_on_text(name: str) -> None:
    place = find_place(name)
    assert place is None or isinstance(place, Place)
