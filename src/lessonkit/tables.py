"""Tables for notebooks: rows in, an escaped HTML table out, readable on a projector.

A notebook cell stays one line::

    table(found, columns=["speaker", "cue", "kind", "content"])

The result shows as HTML in JupyterLab (``_repr_html_``) and as aligned text anywhere else
(``str()``). Every cell is escaped, so article text never runs as markup. Words are never
broken inside: a long cell wraps at spaces, and a table wider than the page scrolls sideways.
"""

from __future__ import annotations

import dataclasses
import html
import numbers
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Table", "table"]

_TABLE_STYLE = (
    "border-collapse:collapse;font-size:15px;line-height:1.4;margin:0.5em 0;"
    "font-family:inherit;color:inherit;background:transparent"
)
_CELL_STYLE = (
    "border-bottom:1px solid #9a9a9a;padding:4px 10px;vertical-align:top;"
    "overflow-wrap:normal;word-break:normal;hyphens:manual;text-align:left"
)
_HEAD_STYLE = _CELL_STYLE + ";border-bottom:2px solid currentColor;font-weight:bold"
_NUMBER_STYLE = _CELL_STYLE.replace("text-align:left", "text-align:right") + (
    ";white-space:nowrap;font-variant-numeric:tabular-nums"
)
# A cell of at most this many characters never wraps: names, cues, dates and figures stay whole.
_NOWRAP_UP_TO = 28
_TEXT_WIDTH = 60


@dataclass(frozen=True)
class Table:
    """A table ready to show: column headers, rows of display strings, an optional caption.

    Attributes
    ----------
    columns
        The column headers, as shown.
    rows
        One tuple of strings per row, as many as there are columns.
    numeric
        For each column, True when every filled cell holds a number (shown right-aligned).
    caption
        A line above the table saying what it shows, or None.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]
    caption: str | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def _repr_html_(self) -> str:
        head = "".join(
            f'<th scope="col" style="{_NUMBER_STYLE if num else _HEAD_STYLE}">'
            f"{html.escape(name)}</th>"
            for name, num in zip(self.columns, self.numeric, strict=True)
        )
        body = []
        for row in self.rows:
            cells = []
            for value, num in zip(row, self.numeric, strict=True):
                style = _NUMBER_STYLE if num else _CELL_STYLE
                if not num and len(value) <= _NOWRAP_UP_TO:
                    style += ";white-space:nowrap"
                cells.append(f'<td style="{style}">{html.escape(value)}</td>')
            body.append("<tr>" + "".join(cells) + "</tr>")
        caption = (
            f'<caption style="caption-side:top;text-align:left;font-weight:bold;'
            f'padding:0 0 4px 0">{html.escape(self.caption)}</caption>'
            if self.caption
            else ""
        )
        return (
            '<div class="lessonkit-table-wrap" style="overflow-x:auto;max-width:100%">'
            f'<table class="lessonkit-table" style="{_TABLE_STYLE}">{caption}'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        )

    def __str__(self) -> str:
        widths = []
        for k, name in enumerate(self.columns):
            longest = max((len(row[k]) for row in self.rows), default=0)
            widths.append(max(len(name), min(longest, _TEXT_WIDTH)))
        text = columns_text(self.columns, self.rows, widths, self.numeric)
        return f"{self.caption}\n{text}" if self.caption else text


def columns_text(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int],
    numeric: Sequence[bool] | None = None,
) -> str:
    """Lay rows out as plain-text columns of the given widths, wrapping cells at spaces.

    A word longer than its column is never split; numeric columns are right-aligned. Row 0
    is the header.

    Examples
    --------
    >>> rows = [["Lower Brookfield", "1,200"]]
    >>> print(columns_text(["town", "people"], rows, [8, 6], [False, True]))
    town      people
    --------  ------
    Lower      1,200
    Brookfield
    >>> columns_text(["town"], [["Ely", "2"]], [8])
    Traceback (most recent call last):
    ...
    ValueError: row 1 has 2 cells for 1 column(s); give one cell per column
    """
    aligned = [False] * len(widths) if numeric is None else numeric
    lines = []
    for n, row in enumerate((header, *rows)):
        if len(row) != len(widths):
            raise ValueError(
                f"row {n} has {len(row)} cells for {len(widths)} column(s); "
                "give one cell per column"
            )
        cells = [
            textwrap.wrap(value, width, break_long_words=False) or [""]
            for value, width in zip(row, widths, strict=True)
        ]
        for k in range(max(len(c) for c in cells)):
            parts = []
            for c, width, num in zip(cells, widths, aligned, strict=True):
                part = c[k] if k < len(c) else ""
                parts.append(part.rjust(width) if num else part.ljust(width))
            lines.append("  ".join(parts).rstrip())
        if row is header:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _format(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        number = float(value)
        return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}".rstrip("0")
    if isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return " ".join(str(value).split())


def _as_mapping(row: Any) -> Mapping[str, Any] | None:
    if isinstance(row, Mapping):
        return row
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}
    return None


def _header(name: str) -> str:
    return name.replace("_", " ")


def table(
    rows: Iterable[Any],
    columns: Sequence[str] | None = None,
    *,
    caption: str | None = None,
) -> Table:
    """Build a :class:`Table` from rows of sequences, mappings or dataclasses.

    Parameters
    ----------
    rows
        Each row is a sequence of values (then ``columns`` names them), or a mapping or a
        dataclass instance (then ``columns`` picks and orders its keys or fields; by default
        all of them, in order). Underscores in a picked key show as spaces in its header.
    columns
        The column names. Required for rows that are plain sequences.
    caption
        A line shown above the table.

    Returns
    -------
    Table
        Shows as escaped HTML in a notebook and as aligned text with ``print``.

    Raises
    ------
    ValueError
        If a row has the wrong number of values, or names no such field.

    Examples
    --------
    >>> t = table([("Kupiansk", 27_000), ("Izium", 45_000)], columns=["town", "people"])
    >>> print(t)
    town      people
    --------  ------
    Kupiansk  27,000
    Izium     45,000
    >>> "<b>" in table([["<b>bold</b>"]], columns=["text"])._repr_html_()
    False
    >>> table([(1, 2)], columns=["only one"])
    Traceback (most recent call last):
    ...
    ValueError: row 1 has 2 values but there are 1 columns (['only one'])
    """
    materialised = list(rows)
    mapped = [_as_mapping(row) for row in materialised]
    if materialised and all(m is not None for m in mapped):
        keys = list(columns) if columns is not None else list(mapped[0] or {})
        values = []
        for i, m in enumerate(filter(None, mapped), 1):
            missing = [k for k in keys if k not in m]
            if missing:
                raise ValueError(
                    f"row {i} has no field {missing[0]!r} (it has {sorted(m)!r}); "
                    "pick columns that every row has"
                )
            values.append([m[k] for k in keys])
        headers = [_header(k) for k in keys]
    else:
        if columns is None:
            raise ValueError("'columns' must name the columns when rows are plain sequences")
        headers = list(columns)
        values = []
        for i, row in enumerate(materialised, 1):
            if isinstance(row, (str, bytes)) or not isinstance(row, Sequence):
                row = [row] if len(headers) == 1 else row
            cells = list(row)
            if len(cells) != len(headers):
                raise ValueError(
                    f"row {i} has {len(cells)} values but there are {len(headers)} columns "
                    f"({headers!r})"
                )
            values.append(cells)
    numeric = tuple(
        bool(values)
        and all(
            isinstance(r[k], numbers.Real) and not isinstance(r[k], bool)
            for r in values
            if r[k] is not None
        )
        and any(r[k] is not None for r in values)
        for k in range(len(headers))
    )
    return Table(
        columns=tuple(headers),
        rows=tuple(tuple(_format(v) for v in r) for r in values),
        numeric=numeric,
        caption=caption,
    )
