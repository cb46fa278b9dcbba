"""Tests for lessonkit.tables: escaped HTML tables with headers and no broken words."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

import lessonkit
from lessonkit.tables import table


@dataclass(frozen=True)
class Row:
    speaker: str
    cue: str
    count: int


def test_rows_of_sequences_need_columns_and_keep_their_order() -> None:
    t = table([("a", 1), ("b", 22)], columns=["name", "n"])
    assert t.columns == ("name", "n")
    assert t.rows == (("a", "1"), ("b", "22"))
    assert t.numeric == (False, True)
    with pytest.raises(ValueError, match="'columns' must name the columns"):
        table([("a", 1)])


def test_dataclass_and_mapping_rows_pick_fields_and_name_headers() -> None:
    rows = [Row("Serhiy Kuzan", "said on state television", 8)]
    t = table(rows, columns=["speaker", "count"])
    assert t.columns == ("speaker", "count")
    assert t.rows == (("Serhiy Kuzan", "8"),)
    assert table([{"side_name": "x"}]).columns == ("side name",)
    with pytest.raises(ValueError, match="row 1 has no field 'nope'"):
        table(rows, columns=["nope"])


def test_every_cell_and_header_is_escaped() -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    markup = table([(hostile,)], columns=[hostile], caption=hostile)._repr_html_()
    assert "<script" not in markup and "<img" not in markup
    assert markup.count("&lt;script&gt;") == 3


def test_html_has_column_headers_and_never_breaks_words() -> None:
    markup = table([("said on state television", 3)], columns=["cue", "n"])._repr_html_()
    assert re.findall(r'<th scope="col"[^>]*>([^<]*)</th>', markup) == ["cue", "n"]
    assert "word-break:normal" in markup and "overflow-wrap:normal" in markup
    assert "break-all" not in markup and "anywhere" not in markup
    # short cells (names, cues, figures) stay on one line
    cue_cell = re.search(r"<td([^>]*)>said on state television</td>", markup)
    assert cue_cell is not None and "white-space:nowrap" in cue_cell.group(1)
    long_cell = table([("word " * 20,)], columns=["content"])._repr_html_()
    assert "nowrap" not in re.search(r"<td([^>]*)>", long_cell).group(1)  # type: ignore[union-attr]


def test_text_form_wraps_long_cells_at_spaces_only() -> None:
    long_words = "extraordinarily " * 8
    text = str(table([(long_words.strip(), 1)], columns=["content", "n"]))
    for line in text.splitlines()[2:]:
        assert all(word in ("extraordinarily", "1") for word in line.split())


def test_values_are_formatted_for_reading() -> None:
    t = table([(2000.0, 1234567, None, True, ("a", "b"), 0.25)], columns=list("abcdef"))
    assert t.rows == (("2,000", "1,234,567", "—", "yes", "a, b", "0.25"),)


def test_table_is_exported_lazily() -> None:
    assert lessonkit.table is table
