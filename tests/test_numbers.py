"""The numbers checker: reading figures and units, and checking paired conversions."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lessonkit import Article, lesson_article
from lessonkit.claims import Conversion, Figure, NumbersReport, check_numbers

SENTENCES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "numbers_sentences.yaml").read_text(encoding="utf-8")
)
AREA_DISTANCE = {"km2", "mi2", "ha", "acre", "km", "mi", "m", "ft", "yd"}


def _same(value: float, expected: float) -> bool:
    return math.isclose(value, expected, rel_tol=1e-9, abs_tol=1e-9)


# --------------------------------------------------------------------------- the test set


def test_the_test_set_is_big_and_varied() -> None:
    assert len(SENTENCES) >= 40
    assert len({s["id"] for s in SENTENCES}) == len(SENTENCES)
    assert sum(len(s["conversions"]) for s in SENTENCES) >= 20
    assert any(not c["holds"] for s in SENTENCES for c in s["conversions"])


def test_recall_of_area_and_distance_figures() -> None:
    expected = found = 0
    for sentence in SENTENCES:
        figures = check_numbers(sentence["text"]).figures
        for want in sentence["figures"]:
            expected += 1
            found += any(f.unit == want["unit"] and _same(f.value, want["value"]) for f in figures)
    assert found / expected >= 0.9, f"{found}/{expected}"


def test_few_spurious_area_and_distance_figures() -> None:
    reported = wrong = 0
    for sentence in SENTENCES:
        wants = sentence["figures"]
        for f in check_numbers(sentence["text"]).figures:
            if f.unit in AREA_DISTANCE:
                reported += 1
                wrong += not any(f.unit == w["unit"] and _same(f.value, w["value"]) for w in wants)
    assert wrong / reported <= 0.05, f"{wrong}/{reported}"


@pytest.mark.parametrize("sentence", SENTENCES, ids=[s["id"] for s in SENTENCES])
def test_every_conversion_verdict(sentence: dict[str, Any]) -> None:
    conversions = check_numbers(sentence["text"]).conversions
    got = [(c.stated.text, c.converted.text, c.holds) for c in conversions]
    want = [(c["stated"], c["converted"], c["holds"]) for c in sentence["conversions"]]
    assert got == want


# --------------------------------------------------------------------------- the lesson article


def test_the_article_700_square_miles_is_flagged_and_31_miles_accepted() -> None:
    article = lesson_article()
    report = check_numbers(article)
    by_converted = {c.converted.text: c for c in report.conversions}
    square_miles = by_converted["700 square miles"]
    assert square_miles.stated.text == "2,000 sq km"
    assert not square_miles.holds
    assert square_miles.expected == pytest.approx(772.2, abs=0.05)
    assert round(square_miles.error * 100) == -9
    miles = by_converted["31 miles"]
    assert miles.holds
    assert miles.stated.value == 50 and miles.stated.unit == "km"
    for figure in report.figures:
        assert article.text[figure.start : figure.end] == figure.text


def test_the_article_table_explains_the_failing_conversion() -> None:
    table = check_numbers(lesson_article()).format_table()
    assert "700 sq mi stated; 2,000 sq km is 772 sq mi; 9% low" in table
    assert "31 mi stated; 50 km is 31.1 mi" in table
    assert "1,300 Chechen fighters" in table


def test_json_shape_is_exactly_the_documented_one() -> None:
    data = check_numbers("They took 2,000 sq km (700 square miles) and 3 villages.").to_dict()
    assert set(data) == {"figures", "conversions"}
    for figure in data["figures"]:
        assert set(figure) == {"text", "span", "value", "unit", "quantity", "qualifier"}
    (conversion,) = data["conversions"]
    assert set(conversion) == {"text", "stated", "converted", "expected", "holds"}
    assert conversion["text"] == "2,000 sq km (700 square miles)"
    assert conversion["stated"] == {
        "text": "2,000 sq km", "span": [10, 21], "value": 2000, "unit": "km2", "quantity": "area",
        "qualifier": None,
    }  # fmt: skip
    assert conversion["expected"] == pytest.approx(772.2, abs=0.05)
    assert conversion["holds"] is False
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("They advanced about 50 km.", "about"),
        ("They took more than 1,000 sq km.", "more than"),
        ("Waves of up to 20 feet hit the coast.", "up to"),
        ("They advanced 50 km.", None),
    ],
)
def test_json_gives_every_figure_its_qualifier_or_null(text: str, qualifier: str | None) -> None:
    (figure,) = check_numbers(text).to_dict()["figures"]
    assert figure["qualifier"] == qualifier


def test_cli_numbers_json_carries_the_qualifiers(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Troops advanced about 50 km (31 miles) and took more than 30 villages.\n"
        "The barrier stands 8ft (3m) high.\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "lessonkit", "numbers", str(story), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [(f["text"], f["qualifier"]) for f in report["figures"]] == [
        ("50 km", "about"), ("31 miles", None), ("30 villages", "more than"), ("8ft", None),
        ("3m", None),
    ]  # fmt: skip
    feet = report["conversions"][-1]
    assert (feet["stated"]["unit"], feet["converted"]["unit"], feet["holds"]) == ("ft", "m", False)
    assert feet["expected"] == pytest.approx(2.44, abs=0.005)


def test_spans_point_into_article_text_after_newline_normalisation() -> None:
    article = Article.from_text("First line.\r\nThey advanced 50km (31 miles).")
    (figure, _) = check_numbers(article).figures
    assert article.text[figure.start : figure.end] == "50km"


def test_report_without_figures() -> None:
    report = check_numbers("Nothing to count here.")
    assert report == NumbersReport((), ())
    assert "(none)" in report.format_table()


def test_wrong_input_type() -> None:
    with pytest.raises(TypeError, match="'text_or_article' must be a str or an Article"):
        check_numbers(b"50 km")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- reading figures


@pytest.mark.parametrize(
    ("text", "value", "unit", "quantity"),
    [
        # areas, every spelling
        ("2,000 sq km", 2000, "km2", "area"),
        ("2,000 sq. km", 2000, "km2", "area"),
        ("2,000 km²", 2000, "km2", "area"),
        ("2,000 km2", 2000, "km2", "area"),
        ("2,000 square kilometres", 2000, "km2", "area"),
        ("2,000 square kilometers", 2000, "km2", "area"),
        ("a 2,000-square-kilometre zone", 2000, "km2", "area"),
        ("700 sq mi", 700, "mi2", "area"),
        ("700 square miles", 700, "mi2", "area"),
        ("700 sq miles", 700, "mi2", "area"),
        ("500 hectares", 500, "ha", "area"),
        ("500 ha", 500, "ha", "area"),
        ("1 acre", 1, "acre", "area"),
        ("2,500 acres", 2500, "acre", "area"),
        # distances
        ("50km", 50, "km", "distance"),
        ("50 km", 50, "km", "distance"),
        ("a 50-km advance", 50, "km", "distance"),
        ("50 kilometres", 50, "km", "distance"),
        ("50 kilometers", 50, "km", "distance"),
        ("31 miles", 31, "mi", "distance"),
        ("a 3-mile stretch", 3, "mi", "distance"),
        ("400 metres", 400, "m", "distance"),
        ("400 meters", 400, "m", "distance"),
        ("400m", 400, "m", "distance"),
        ("11.5 feet", 11.5, "ft", "distance"),
        ("100 ft", 100, "ft", "distance"),
        ("8ft", 8, "ft", "distance"),
        ("a 12-foot wall", 12, "ft", "distance"),
        ("six foot tall", 6, "ft", "distance"),
        ("40 yards", 40, "yd", "distance"),
        ("a 500-yard lane", 500, "yd", "distance"),
        ("66 yds", 66, "yd", "distance"),
        ("1 yd", 1, "yd", "distance"),
        ("two foot soldiers", 2, "troops", "count"),  # soldiers counted, not a length
        # shares
        ("80%", 80, "percent", "share"),
        ("80 per cent", 80, "percent", "share"),
        ("80 percent", 80, "percent", "share"),
        # counts
        ("1.5 million people", 1_500_000, "people", "count"),
        ("1.5m people", 1_500_000, "people", "count"),
        ("1,300 Chechen fighters", 1300, "troops", "count"),
        ("2,000 soldiers", 2000, "troops", "count"),
        ("10,000 troops", 10000, "troops", "count"),
        ("three children", 3, "people", "count"),
        ("150,000 civilians", 150000, "people", "count"),
        ("388 settlements", 388, "settlements", "count"),
        ("more than 30 villages", 30, "settlements", "count"),
        ("a dozen villages", 12, "settlements", "count"),
        ("two towns", 2, "settlements", "count"),
        ("100 armoured vehicles", 100, "count", "count"),
        ("one hundred and fifty troops", 150, "troops", "count"),
        ("a million people", 1_000_000, "people", "count"),
        # durations
        ("72 hours", 72, "hours", "duration"),
        ("48h", 48, "hours", "duration"),
        ("five days", 5, "days", "duration"),
        ("two weeks", 2, "weeks", "duration"),
        ("the seven-month war", 7, "months", "duration"),
        ("eight years", 8, "years", "duration"),
        # number forms
        ("twenty-five miles", 25, "mi", "distance"),
        ("1.500.000 people", 1_500_000, "people", "count"),
        ("12\u202f000 km", 12000, "km", "distance"),
        ("half a mile", 0.5, "mi", "distance"),
    ],
)
def test_reads_value_and_unit(text: str, value: float, unit: str, quantity: str) -> None:
    (figure,) = check_numbers(text).figures
    assert (figure.value, figure.unit, figure.quantity) == (value, unit, quantity)
    assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    "text",
    [
        "It cost £2.5m to repair.",  # money
        "a 45-year-old man",  # an age
        "at 18:00 on Saturday",  # a clock time
        "In 2022 Russian troops arrived.",  # a year before a noun phrase
        "on 1 April",  # a date
        "the 92nd brigade",  # an ordinal
        "Su-25 jets flew over.",  # a designation
        "2,5 km",  # a decimal comma is refused, not misread
        "thousands of troops",  # no number
        "dozens of villages",  # no number
        "one of the towns",  # a number word without a unit after it
        "a 2014 House committee",  # a year, not 2,014 houses
        "2000 troops",  # year-like numbers never count (write 2,000)
        "a 6-word slogan about missiles",  # a compound adjective
        "four battalion-sized units",  # the first half of a compound
        "more than 100 town halls",  # a compound noun
        "at 50 km/h",  # a speed
        "driving at 30 miles an hour",  # a speed
        "the Kharkiv region",
        "three foot patrols",  # a compound noun, not a length
        "a 2,000-square-foot hall",  # square feet are not read at all
        "on their feet",
        "at 30 feet per hour",  # a speed
    ],
)
def test_not_a_figure(text: str) -> None:
    assert check_numbers(text).figures == ()


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about 2,000 sq km", "about"),
        ("some 700 sq mi", "some"),
        ("nearly 400 square miles", "nearly"),
        ("more than 1,000 sq km", "more than"),
        ("over 3,000 sq km", "over"),
        ("at least 10 people", "at least"),
        ("up to 50 km", "up to"),
        ("as many as 80% of homes", "as many as"),
        ("within 72 hours", "within"),
        ("2,000 sq km", ""),
    ],
)
def test_reads_the_qualifier(text: str, qualifier: str) -> None:
    (figure,) = check_numbers(text).figures
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "half_unit"),
    [
        ("31 miles", 0.5),
        ("2,317 sq mi", 0.5),
        ("50 km", 5),
        ("700 sq mi", 50),
        ("2,300 sq mi", 50),
        ("2,000 sq km", 500),
        ("1.2 miles", 0.05),
        ("0.75 miles", 0.005),
        ("50.0 km", 0.05),
        ("1.5 million people", 50_000),
        ("thirty miles", 5),
    ],
)
def test_precision_is_half_the_last_written_place(text: str, half_unit: float) -> None:
    (figure,) = check_numbers(text).figures
    assert figure.half_unit == pytest.approx(half_unit)


def test_single_dot_group_is_read_as_decimal_and_noted() -> None:
    (figure,) = check_numbers("2.000 km").figures
    assert figure.value == 2
    assert "decimal point" in figure.note


def test_ranges_give_both_ends_the_unit() -> None:
    figures = check_numbers("20-30 km, 2 to 3 days and between 10 and 15 miles").figures
    assert [(f.text, f.unit) for f in figures] == [
        ("20", "km"), ("30 km", "km"), ("2", "days"), ("3 days", "days"),
        ("10", "mi"), ("15 miles", "mi"),
    ]  # fmt: skip


# --------------------------------------------------------------------------- conversions


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        # the examples of the rule: 6,000 sq km is 2,316.6 sq mi
        ("6,000 sq km (2,317 sq mi)", True),
        ("6,000 sq km (2,300 sq mi)", True),
        ("6,000 sq km (2,400 sq mi)", False),
        ("1.2 miles (2 km)", True),
        ("2,000 sq km (700 square miles)", False),
        ("50km (31 miles)", True),
        # the same rule whichever unit system is the conversion
        ("2,317 sq mi (6,000 sq km)", True),
        ("31 miles (50km)", True),
        ("772 sq mi (2,000 sq km)", True),
        # AFP's and Reuters' roundings of 1,000 sq km (386.1 sq mi)
        ("1,000 sq km (390 sq mi)", True),
        ("1,000 sq km (nearly 400 sq mi)", True),
        ("1,000 sq km (380 sq mi)", False),
        # bounds
        ("more than 1,000 sq km (more than 386 sq mi)", True),
        ("more than 1,000 sq km (more than 390 sq mi)", False),
        ("up to 50 km (up to 32 miles)", True),
        ("up to 50 km (up to 31 miles)", False),
        # small and mixed units
        ("800 metres (half a mile)", True),
        ("10 sq km (1,000 hectares)", True),
        ("1 sq mi (640 acres)", True),
        ("1 sq mi (650 acres)", False),
        # feet and yards, by the same rule: 3.5 m is 11.48 ft, 100 ft is 30.48 m
        ("3.5 metres (11.5 feet)", True),
        ("3.5 metres (12 feet)", False),
        ("100 ft (30 m)", True),
        ("100 ft (31 m)", False),
        ("100 ft (30.5 m)", True),
        ("100 ft (30.4 m)", False),
        ("1 mile (1,760 yards)", True),
        ("500 yards (457 metres)", True),
        ("500 yards (480 metres)", False),
        ("1 km (1,094 yards)", True),
        ("3,000 feet (about 900 metres)", True),
        ("3,000 feet (1 km)", True),
        ("3,000 feet (1.0 km)", False),
    ],
)
def test_conversion_rule(text: str, holds: bool) -> None:
    (conversion,) = check_numbers(text).conversions
    assert conversion.holds is holds
    # the pair runs from the stated number to the closing bracket; a leading qualifier
    # belongs to the stated figure, not to the pair's text
    assert text.endswith(conversion.text)
    assert conversion.text.endswith(")")


def test_the_lengths_set_scores_in_full() -> None:
    """The feet, yards and metres sentences (written before their rules): every one right."""
    lengths = [s for s in SENTENCES if s["id"].startswith("lengths-")]
    assert len(lengths) >= 20
    assert sum(not c["holds"] for s in lengths for c in s["conversions"]) >= 5
    wrong = []
    for sentence in lengths:
        report = check_numbers(sentence["text"])
        got = [(c.stated.text, c.converted.text, c.holds) for c in report.conversions]
        want = [(c["stated"], c["converted"], c["holds"]) for c in sentence["conversions"]]
        found = {(f.unit, f.value) for f in report.figures if f.unit in AREA_DISTANCE}
        listed = {(w["unit"], float(w["value"])) for w in sentence["figures"]}
        if got != want or found != listed:
            wrong.append(sentence["id"])
    assert wrong == []


def test_feet_verdict_wording() -> None:
    (bad,) = check_numbers("25 metres (65 feet)").conversions
    assert bad.verdict() == "65 ft stated; 25 m is 82.0 ft; 21% low"
    (good,) = check_numbers("100 ft (30 m)").conversions
    assert good.verdict() == "30 m stated; 100 ft is 30.5 m"


def test_conversion_verdict_wording() -> None:
    (bad,) = check_numbers("6,000 sq km (2,400 sq mi)").conversions
    assert bad.verdict() == "2,400 sq mi stated; 6,000 sq km is 2,317 sq mi; 4% high"
    (good,) = check_numbers("1.2 miles (2 km)").conversions
    assert good.verdict() == "2 km stated; 1.2 mi is 1.9 km"


@pytest.mark.parametrize(
    "text",
    [
        "50 km (50 km)",  # same unit
        "50 km (3 days)",  # different quantities
        "50 km and 31 miles",  # no conversion marker
        "50 km, 31 miles",  # a bare comma without "about"
        "3 villages (2 towns)",  # counts are not converted
    ],
)
def test_not_a_conversion(text: str) -> None:
    assert check_numbers(text).conversions == ()


# --------------------------------------------------------------------------- any text

NEWSY = st.sampled_from(
    ["2,000", "1.5", "0", "50", " ", "km", "sq km", " miles", "(", ")", "/", " or ", "about ",
     "more than ", "-", "–", "hectares", " acres", "%", " per cent", " people", "a dozen",
     "twenty", "-five", " hundred", "million", "m", "£", ":", ".", ",", "\n", "²"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(NEWSY, max_size=40).map("".join)))
def test_never_raises_and_spans_hold(text: str) -> None:
    report = check_numbers(text)
    for figure in report.figures:
        assert isinstance(figure, Figure)
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
        assert math.isfinite(figure.value)
    for conversion in report.conversions:
        assert isinstance(conversion, Conversion)
        assert text[conversion.start : conversion.end] == conversion.text
        conversion.verdict()
    json.dumps(report.to_dict(), allow_nan=False)
    report.format_table()
