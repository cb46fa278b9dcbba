"""Charts of the claims: what is drawn, how sides and scopes are told apart, the alt text."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import matplotlib
import pytest
from _chartlayout import label_problems, text_problems
from hypothesis import given
from hypothesis import strategies as st

from lessonkit import charts
from lessonkit._chartstyle import SIDE_STYLES, qualifier_mark
from lessonkit.charts import (
    Chart,
    claims_timeline,
    focus_area,
    same_day,
    scope_kind,
    short_name,
)
from lessonkit.claims import Claim, load_claims
from lessonkit.errors import LessonkitError

SEP = dt.date(2022, 9, 1)


def day(n: int) -> dt.date:
    return SEP.replace(day=n)


def claim(
    n: int,
    claimant: str,
    figure: float | None,
    *,
    side: str = "ua_gov",
    qualifier: str = "",
    scope: str = "Kharkiv oblast",
    quantity: str = "area",
    unit: str = "km2",
    in_article: bool = False,
    precision: str = "day",
) -> Claim:
    return Claim(
        id=f"t{n}{claimant[:3]}{figure}",
        date=day(n),
        claimant=claimant,
        role="",
        side=side,
        claim="",
        figure=figure,
        qualifier=qualifier,
        unit=unit,
        quantity=quantity,
        scope_area=scope,
        window_start=None,
        window_end=None,
        in_article=in_article,
        source_url="https://example.org/source",
        date_precision=precision,
    )


CLAIMS = (
    claim(7, "Institute for the Study of War (ISW)", 400, side="independent", qualifier="about"),
    claim(8, "Oleksii Hromov", 700, scope="Kharkiv and South Buh directions"),
    claim(8, "Volodymyr Zelenskiy", 1000, qualifier="more than", scope="all fronts (south and east)"),
    claim(8, "Valerii Zaluzhnyi", 1000, qualifier="more than", scope="not stated"),
    claim(9, "Institute for the Study of War (ISW)", 2500, side="independent"),
    claim(10, "Volodymyr Zelenskiy", 2000, qualifier="about", in_article=True,
          scope="all fronts (south and east)"),
    claim(8, "Oleksii Hromov", 50, quantity="distance", unit="km", qualifier="up to"),
    claim(9, "Ruslan Lavrov", None, quantity="qualitative", side="ru_gov"),
    claim(1, "Month-only source", 90, side="western_gov", precision="month"),
)  # fmt: skip


def point_markers(ax: Any) -> list[Any]:
    """The one-point Line2D artists: the markers of individual claims."""
    return [ln for ln in ax.get_lines() if len(ln.get_xdata()) == 1 and ln.get_marker() != "None"]


def arrows(ax: Any) -> list[Any]:
    return [t for t in ax.texts if getattr(t, "arrow_patch", None) is not None]


# ----------------------------------------------------------------------------- small helpers


@pytest.mark.parametrize(
    ("scope", "kind"),
    [
        ("Kharkiv oblast", "focus"),
        ("Kharkiv direction", "focus"),
        ("Kharkiv oblast (Balakliia area)", "focus"),
        ("all fronts (south and east)", "other"),
        ("Kharkiv and South Buh directions", "other"),
        ("Kherson oblast", "other"),
        ("not stated", "unstated"),
        ("", "unstated"),
    ],
)
def test_scope_kind_reads_the_scope_column(scope: str, kind: str) -> None:
    assert scope_kind(scope, "Kharkiv") == kind


@pytest.mark.parametrize(
    ("scope", "focus", "kind"),
    [
        ("Kherson oblast", "Kherson", "focus"),
        ("Kharkiv oblast", "Kherson", "other"),
        ("Kherson and Zaporizhzhia oblasts", "Kherson", "other"),
        ("Kharkiv oblast", "", "other"),
        # Whole words only: a name that contains 'all' or 'south' is still one area.
        ("Marshall Islands", "Marshall Islands", "focus"),
        ("South Sudan", "South Sudan", "focus"),
        ("Southern Kherson", "Kherson", "focus"),
        ("Kharkivshchyna", "Kharkiv", "other"),
    ],
)
def test_scope_kind_follows_the_focus_it_is_given(scope: str, focus: str, kind: str) -> None:
    assert scope_kind(scope, focus) == kind


def test_the_focus_area_is_the_one_most_claims_cover() -> None:
    assert focus_area(load_claims()) == "Kharkiv"  # the lesson's table, read from the data
    other = [claim(9, "A", 10, scope="Kherson oblast"), claim(9, "B", 20, scope="Kherson region")]
    assert focus_area([*other, claim(9, "C", 30, scope="Izium")]) == "Kherson"
    assert focus_area([claim(9, "A", 10, scope="all fronts")]) == ""


def test_timeline_fills_the_focus_it_is_given() -> None:
    """The same figures, told the focus is Kherson: Kherson's are filled, Kharkiv's hollow."""
    claims = [
        claim(8, "A", 100, scope="Kherson oblast"),
        claim(9, "B", 200, scope="Kharkiv oblast"),
        claim(9, "C", 300, scope="Kharkiv oblast"),
    ]
    chart = claims_timeline(claims, focus="Kherson")
    assert "1 cover the Kherson region alone, 2 a wider or another area" in chart.alt_text
    legend = [t.get_text() for lg in chart.figure.legends for t in lg.get_texts()]
    assert "filled: Kherson region only" in legend
    default = claims_timeline(claims)  # most of these claims cover Kharkiv
    assert "2 cover the Kharkiv region alone, 1 a wider or another area" in default.alt_text


@pytest.mark.parametrize(
    ("qualifier", "mark"),
    [
        ("more than", ">"),
        ("over", ">"),
        ("at least", "≥"),
        ("up to", "≤"),
        ("about", "≈"),
        ("exact", ""),
        ("", ""),
    ],
)
def test_qualifier_marks(qualifier: str, mark: str) -> None:
    assert qualifier_mark(qualifier) == mark


@pytest.mark.parametrize(
    ("claimant", "short"),
    [
        ("Institute for the Study of War (ISW)", "ISW"),
        ("Volodymyr Zelenskiy, as reported in the Kyiv Independent's text", "Volodymyr Zelenskiy"),
        ("UK Ministry of Defence (Defence Intelligence)", "UK Ministry of Defence"),
        ("General Staff of the Armed Forces of Ukraine", "General Staff"),
        ("Hanna Maliar", "Hanna Maliar"),
    ],
)
def test_short_names_for_labels(claimant: str, short: str) -> None:
    assert short_name(claimant) == short


def test_no_two_sides_differ_by_colour_alone() -> None:
    styles = list(SIDE_STYLES.items())
    for i, (a, sa) in enumerate(styles):
        for b, sb in styles[i + 1 :]:
            assert sa.marker != sb.marker, (a, b)
            assert sa.hatch != sb.hatch, (a, b)


def test_chart_modules_do_not_import_matplotlib_until_drawing() -> None:
    code = (
        "import sys, lessonkit.charts, lessonkit.mapview\n"
        "print(','.join(m for m in ('matplotlib', 'ipywidgets', 'IPython') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


# ----------------------------------------------------------------------------- the timeline


def test_timeline_draws_one_marker_per_dated_figure_of_the_quantity() -> None:
    chart = claims_timeline(CLAIMS)
    plotted = [c for c in CLAIMS if c.quantity == "area" and c.date_precision == "day"]
    assert len(point_markers(chart.ax)) == len(plotted)
    assert len(chart.table) == 1 + len(plotted)
    assert all("Month-only" not in " ".join(row) for row in chart.table)


def test_timeline_of_another_quantity() -> None:
    chart = claims_timeline(CLAIMS, quantity="distance")
    assert len(point_markers(chart.ax)) == 1
    assert chart.ax.get_title(loc="left") == "Claimed distance (km), by claimant and date"


def labelled_markers(ax: Any) -> dict[str, list[Any]]:
    """Each figure label's text, mapped to the markers drawn where its arrow-less point is."""
    found: dict[str, list[Any]] = {}
    for label in ax.texts:
        if not hasattr(label, "xyann") or not label.get_text():
            continue
        for line in point_markers(ax):
            if (float(line.get_xdata()[0]), float(line.get_ydata()[0])) == tuple(label.xy):
                found.setdefault(label.get_text(), []).append(line)
    return found


def test_timeline_writes_every_figure_beside_its_own_marker() -> None:
    chart = claims_timeline(CLAIMS)
    found = labelled_markers(chart.ax)
    assert sorted(found) == ["2,500", "700", ">1,000", "≈2,000", "≈400"]
    assert len(found[">1,000"]) == 2  # Zelenskiy's and Zaluzhnyi's, each on its own row
    assert sum(len(v) for v in found.values()) == len(point_markers(chart.ax))


def test_timeline_gives_each_claimant_a_named_row_grouped_by_side() -> None:
    chart = claims_timeline(CLAIMS)
    names = [t.get_text() for t in chart.ax.get_yticklabels()]
    assert names == ["Oleksii Hromov", "Valerii Zaluzhnyi", "Volodymyr Zelenskiy", "ISW"]
    headings = [t.get_text().strip() for t in chart.ax.texts if t.get_fontweight() == "bold"]
    assert "Ukrainian government or military" in headings
    assert "Independent analyst" in headings
    rows = {}
    for label in (t for t in chart.ax.texts if hasattr(t, "xyann") and t.get_text()):
        rows.setdefault(label.get_text(), set()).add(label.xy[1])
    isw_rows = rows["≈400"] | rows["2,500"]
    assert len(isw_rows) == 1  # one claimant, one row


def test_timeline_stacks_several_figures_of_one_day_largest_on_top() -> None:
    same_day_figures = (
        claim(13, "Volodymyr Zelenskiy", 8000, qualifier="about"),
        claim(13, "Volodymyr Zelenskiy", 4000, qualifier="more than"),
        claim(12, "Volodymyr Zelenskiy", 6000, qualifier="more than"),
    )
    chart = claims_timeline(same_day_figures)
    found = labelled_markers(chart.ax)
    (big,), (small,) = found["≈8,000"], found[">4,000"]
    assert big.get_xdata()[0] == small.get_xdata()[0]
    assert big.get_ydata()[0] < small.get_ydata()[0]  # the y axis runs downwards


def test_timeline_shows_scope_by_marker_fill() -> None:
    found = labelled_markers(claims_timeline(CLAIMS).ax)
    (kharkiv,), (wider,) = found["≈400"], found["700"]
    assert matplotlib.colors.same_color(kharkiv.get_markerfacecolor(), kharkiv.get_color())
    assert matplotlib.colors.same_color(wider.get_markerfacecolor(), "white")
    fills = {line.get_fillstyle() for line in found[">1,000"]}
    assert fills == {"full", "bottom"}  # all fronts (hollow) and not stated (half-filled)


def test_timeline_marks_floors_and_explains_the_signs() -> None:
    chart = claims_timeline(CLAIMS)
    floors = [t for t in chart.ax.texts if t.get_text().startswith(">")]
    assert len(floors) == sum(c.quantity == "area" and c.qualifier == "more than" for c in CLAIMS)
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert "more than: a floor, the truth may be higher" in legend
    assert "about" in legend


def test_timeline_boxes_the_figure_the_article_quotes() -> None:
    chart = claims_timeline(CLAIMS)
    (quoted,) = [t for t in chart.ax.texts if t.get_bbox_patch() and t.get_fontweight() == "bold"
                 and hasattr(t, "xyann")]  # fmt: skip
    assert quoted.get_text() == "≈2,000"
    assert "boxed: in the article" in [t.get_text() for t in chart.figure.legends[0].get_texts()]


def test_timeline_marks_the_article_day() -> None:
    chart = claims_timeline(CLAIMS, article_date=day(10))
    verticals = [
        ln for ln in chart.ax.get_lines()
        if len(set(ln.get_xdata())) == 1 and len(ln.get_xdata()) == 2
    ]  # fmt: skip
    assert [float(ln.get_xdata()[0]) for ln in verticals] == [float(day(10).toordinal())]
    assert any("article" in t.get_text() and "10 Sep" in t.get_text() for t in chart.ax.texts)


def test_timeline_gives_each_side_its_own_marker_and_line_style() -> None:
    chart = claims_timeline(CLAIMS)
    legend = chart.figure.legends[0]
    entries = {
        t.get_text(): h for t, h in zip(legend.get_texts(), legend.legend_handles, strict=True)
    }
    ua, isw = entries["Ukrainian government or military"], entries["independent analyst"]
    assert ua.get_marker() != isw.get_marker()
    assert ua.get_linestyle() != isw.get_linestyle()


def test_timeline_alt_text_names_the_series_range_and_scope_problem() -> None:
    alt = claims_timeline(CLAIMS).alt_text
    for name in ("ISW", "Oleksii Hromov", "Volodymyr Zelenskiy", "Valerii Zaluzhnyi"):
        assert name in alt
    assert "about 400 sq km" in alt and "2,500 sq km" in alt
    assert "7 Sep" in alt and "10 Sep" in alt
    assert "not all comparable" in alt
    assert "The article quotes Volodymyr Zelenskiy's about 2,000 sq km" in alt


def test_timeline_draws_on_a_given_axes() -> None:
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    assert claims_timeline(CLAIMS, ax=ax).ax is ax


def test_charts_leave_global_settings_alone() -> None:
    before = dict(matplotlib.rcParams)
    claims_timeline(CLAIMS)
    same_day(CLAIMS, day(8))
    assert dict(matplotlib.rcParams) == before


def test_timeline_rejects_an_unknown_quantity() -> None:
    with pytest.raises(LessonkitError, match=r"'quantity' must be one of .* \(got 'speed'\)"):
        claims_timeline(CLAIMS, quantity="speed")


# ----------------------------------------------------------------------------- same day


def test_same_day_draws_one_bar_per_figure_of_that_day() -> None:
    chart = same_day(CLAIMS, day(8))
    bars = chart.ax.patches
    assert sorted(b.get_width() for b in bars) == [700, 1000, 1000]
    labels = [t.get_text() for t in chart.ax.get_yticklabels()]
    assert labels == ["Oleksii Hromov", "Valerii Zaluzhnyi", "Volodymyr Zelenskiy"]


def test_same_day_labels_carry_unit_and_scope() -> None:
    texts = [t.get_text() for t in same_day(CLAIMS, day(8)).ax.texts]
    assert "700 sq km, Kharkiv and South Buh directions" in texts
    assert "more than 1,000 sq km, all fronts (south and east)" in texts
    assert "more than 1,000 sq km, area not stated" in texts


def test_same_day_hatches_by_side_and_arrows_floors() -> None:
    mixed = (
        claim(8, "A", 700),
        claim(8, "B", 900, side="independent", qualifier="at least"),
    )
    chart = same_day(mixed, day(8))
    hatches = {b.get_hatch() for b in chart.ax.patches}
    assert hatches == {SIDE_STYLES["ua_gov"].hatch, SIDE_STYLES["independent"].hatch}
    assert len(arrows(chart.ax)) == 1


@pytest.mark.parametrize(
    ("scopes", "phrase"),
    [
        (("Kharkiv oblast", "all fronts (south and east)"), "do not all cover the same area"),
        (("Kharkiv oblast", "Kharkiv oblast"), "gap is a real disagreement"),
    ],
)
def test_same_day_alt_text_explains_the_gap(scopes: tuple[str, str], phrase: str) -> None:
    pair = (claim(8, "A", 700, scope=scopes[0]), claim(8, "B", 1400, scope=scopes[1]))
    alt = same_day(pair, day(8)).alt_text
    assert phrase in alt
    assert "2.0 times" in alt


def test_same_day_wants_a_date() -> None:
    with pytest.raises(TypeError, match=r"'day' must be a datetime\.date"):
        same_day(CLAIMS, "2022-09-08")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- display


def test_chart_html_escapes_the_alt_text() -> None:
    sneaky = (claim(8, "<script>alert(1)</script>", 700),)
    chart = same_day(sneaky, day(8))
    shown = chart._repr_html_()
    assert "<script>" not in shown
    assert "&lt;script&gt;" in shown
    assert shown.count("data:image/png;base64,") == 1


def test_table_text_lines_up() -> None:
    lines = same_day(CLAIMS, day(8)).table_text().splitlines()
    assert lines[0].split()[:2] == ["date", "claimant"]
    assert set(lines[1]) <= {"-", " "}
    assert len(lines) == 2 + 3


def test_chart_is_frozen() -> None:
    chart = same_day(CLAIMS, day(8))
    with pytest.raises(AttributeError):
        chart.alt_text = "changed"  # type: ignore[misc]
    assert isinstance(chart, Chart)


# ----------------------------------------------------------------------------- nothing collides

SHIPPED = load_claims()
QUANTITIES = sorted({c.quantity for c in SHIPPED if c.figure is not None})
DAYS = sorted({c.date for c in SHIPPED if c.figure is not None and c.date_precision == "day"})
CROWDED = (
    *(claim(n, name, 10_000 + 1_111 * n + k, qualifier=("more than", "about", "at least")[n % 3],
          side=side, scope=("Kharkiv oblast", "not stated", "all fronts")[(n + k) % 3])
    for k, (name, side) in enumerate(
        [("Institute for the Study of War (ISW)", "independent"),
         ("General Staff of the Armed Forces of Ukraine", "ua_gov"),
         ("A claimant with a rather long name, of some ministry", "ua_gov"),
         ("UK Ministry of Defence (Defence Intelligence)", "western_gov")]
    )
    for n in range(3, 17)),
    claim(9, "General Staff", 12_000),
    claim(9, "General Staff", 13_000, qualifier="up to"),
)  # fmt: skip


@pytest.mark.parametrize("quantity", QUANTITIES)
def test_shipped_timelines_have_no_overlapping_or_cut_text(quantity: str) -> None:
    chart = claims_timeline(SHIPPED, quantity=quantity)
    assert text_problems(chart.figure) == []
    assert label_problems(chart.ax) == []


@pytest.mark.parametrize("claims", [CLAIMS, CROWDED], ids=["small", "crowded"])
def test_timelines_have_no_overlapping_or_cut_text(claims: tuple[Claim, ...]) -> None:
    chart = claims_timeline(claims)
    assert text_problems(chart.figure) == []
    assert label_problems(chart.ax) == []


def test_every_figure_of_the_shipped_timeline_is_labelled_and_names_are_whole() -> None:
    chart = claims_timeline(SHIPPED)
    plotted = [c for c in SHIPPED if c.quantity == "area" and c.figure is not None]
    found = labelled_markers(chart.ax)
    assert sum(len(v) for v in found.values()) == len(plotted) == len(point_markers(chart.ax))
    names = [t.get_text() for t in chart.ax.get_yticklabels()]
    assert all("…" not in n for n in names)
    assert "UK Ministry of Defence" in names and "Volodymyr Zelenskiy" in names


@pytest.mark.parametrize("when", DAYS, ids=[str(d) for d in DAYS])
def test_same_day_charts_have_no_overlapping_or_cut_text(when: dt.date) -> None:
    for quantity in QUANTITIES:
        if any(c.date == when and c.quantity == quantity for c in SHIPPED if c.figure):
            chart = same_day(SHIPPED, when, quantity=quantity)
            assert text_problems(chart.figure) == [], (quantity, when)


def test_same_day_with_long_names_and_scopes_fits() -> None:
    long = (
        claim(8, "A claimant with a rather long name, of some ministry", 90, qualifier="at least",
              scope="every front line from the northern border to the southern coast"),
        claim(8, "Institute for the Study of War (ISW)", 12_345, side="independent"),
    )  # fmt: skip
    assert text_problems(same_day(long, day(8)).figure) == []


def test_the_overlap_check_finds_overlaps_and_cut_text() -> None:
    """The checks above can fail: two texts on one spot, and one past the edge, are found."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    ax = figure.add_subplot()
    ax.text(0.5, 0.5, "one label")
    ax.text(0.5, 0.5, "another")
    ax.text(1.3, 0.5, "off the edge")
    problems = text_problems(figure)
    assert "'one label' overlaps 'another'" in problems
    assert any("'off the edge' leaves the figure" in p for p in problems)
    ax.set(xlim=(0, 1.5), ylim=(0, 1))
    ax.plot([0.2], [0.2], marker="o", markersize=12)
    ax.plot([0.3], [0.2], marker="o", markersize=12)
    ax.annotate("0.2 point", (0.2, 0.2), xytext=(14, 0), textcoords="offset points")
    assert any("'0.2 point'" in p for p in label_problems(ax))


# ----------------------------------------------------------------------------- lesson data


def test_the_lessons_same_day_example_from_the_shipped_claims() -> None:
    chart = same_day(load_claims(), dt.date(2022, 9, 8))
    figures = {row[3] for row in chart.table[1:]}
    assert "700 sq km" in figures
    assert "more than 1,000 sq km" in figures


def test_the_lessons_timeline_from_the_shipped_claims() -> None:
    shipped = load_claims()
    chart = claims_timeline(shipped)
    quoted = [c for c in shipped if c.in_article and c.quantity == "area" and c.figure]
    assert quoted, "the article quotes at least one area figure"
    assert "The article quotes" in chart.alt_text


def _pixels(png: bytes) -> Any:
    import io

    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


@pytest.mark.parametrize("make", ["timeline", "same_day"])
def test_a_chart_is_painted_as_savefig_paints_it(make: str) -> None:
    import io

    claims = load_claims()
    chart = claims_timeline(claims) if make == "timeline" else same_day(claims, day(8))
    ours = _pixels(chart.png())
    saved = io.BytesIO()
    chart.figure.savefig(saved, format="png", dpi=100)
    assert ours.shape == _pixels(saved.getvalue()).shape
    assert (ours == _pixels(saved.getvalue())).all()


def test_a_chart_changed_after_it_was_drawn_is_laid_out_again() -> None:
    chart = claims_timeline(load_claims())
    chart.png()
    top = chart.ax.get_position().y1
    chart.ax.set_title("A teacher's own title\nover two lines\nand a third")
    chart.png()
    assert chart.ax.get_position().y1 < top  # the Axes moved down to make room


def test_module_lists_its_api() -> None:
    assert set(charts.__all__) >= {"Chart", "claims_timeline", "same_day"}


# ----------------------------------------------------------------------------- any text


@given(st.text())
def test_scope_kind_takes_any_text(scope: str) -> None:
    assert scope_kind(scope, "Kharkiv") in ("focus", "other", "unstated")


@given(st.text())
def test_short_name_takes_any_text(claimant: str) -> None:
    short = short_name(claimant)
    assert "," not in short
    assert "…" not in short or "…" in claimant  # names are shortened at a comma, never cut


@given(st.text())
def test_qualifier_mark_takes_any_text(qualifier: str) -> None:
    assert qualifier_mark(qualifier) in ("", ">", "≥", "<", "≤", "≈")
