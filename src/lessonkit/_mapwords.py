"""The words around the map: its alt text, its table, and the explorer's list of claims.

The list shows the claimed changes newest first, a page at a time, as escaped HTML. Nothing
here imports a drawing or widget library.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ._chartstyle import CONTROL_STYLES, format_day

__all__ = ["HOLDERS", "PER_PAGE", "ChangesPage", "changes_page", "map_alt", "map_table"]

HOLDERS = ("ukraine", "russia", "disputed", "none")

PER_PAGE = 5
_TO = {"ukraine": "Ukraine", "russia": "Russia"}
_LIST_STYLE = (
    "border:2px solid #767676;border-radius:4px;padding:0.3em 0.8em 0.3em 2em;margin:0.3em 0;"
    "font-size:15px;line-height:1.45"
)


@dataclass(frozen=True)
class ChangesPage:
    """One page of the list.

    Attributes
    ----------
    number
        The page shown, from 0 (the newest claims).
    pages
        How many pages there are (at least 1).
    count_html
        The line above the list: which claims of how many are shown.
    items_html
        The list itself (or a line saying there is nothing to list).
    """

    number: int
    pages: int
    count_html: str
    items_html: str


def changes_page(
    changes: Sequence[Any],
    places: Sequence[Any],
    until: dt.date,
    number: int = 0,
    per_page: int = PER_PAGE,
) -> ChangesPage:
    """Return page ``number`` of the claimed changes up to ``until``, newest first.

    A page number past either end is moved to the nearest page.

    Examples
    --------
    >>> changes_page([], [], dt.date(2022, 9, 10)).count_html.endswith(
    ...     "<b>Claimed changes up to 10 Sep 2022</b>: none in the data.</p>"
    ... )
    True
    """
    names = {p.id: p.name for p in places}
    shown = sorted((c for c in changes if c.date <= until), key=lambda c: c.date, reverse=True)
    when = f"{html.escape(format_day(until))} {until.year}"
    head = (
        f'<p class="lessonkit-changes-count" style="font-size:15px">'
        f"<b>Claimed changes up to {when}</b>: "
    )
    if not shown:
        return ChangesPage(0, 1, head + "none in the data.</p>", "")
    pages = (len(shown) + per_page - 1) // per_page
    number = min(max(number, 0), pages - 1)
    first = number * per_page
    page = shown[first : first + per_page]
    items = [
        f"<li><b>{html.escape(format_day(c.date))} {c.date.year}</b> — "
        f"{html.escape(names.get(c.place_id, c.place_id))} → "
        f"{html.escape(_TO.get(c.to, c.to))} ({html.escape(c.status)}). "
        f"{html.escape(c.claimant)}: {html.escape(c.statement)}</li>"
        for c in page
    ]
    count = (
        f"showing {first + 1}–{first + len(page)} of {len(shown)}, newest first "
        f"(page {number + 1} of {pages}; {len(changes)} claimed changes in the data in all)."
    )
    return ChangesPage(
        number,
        pages,
        head + count + "</p>",
        f'<ul class="lessonkit-changes" style="{_LIST_STYLE}">' + "".join(items) + "</ul>",
    )


def _names(items: Iterable[str]) -> str:
    names = list(items)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def map_alt(
    shown: Sequence[Any],
    control: dict[str, Any],
    until: dt.date,
    outside: Sequence[str],
    extent: tuple[float, float, float, float],
) -> str:
    """Say in words who was claimed to hold each place shown, and which places lie outside."""
    west, south, east, north = extent
    groups: dict[str, list[str]] = {h: [] for h in HOLDERS}
    for place in shown:
        state = control[place.id]
        note = ""
        if state.holder in ("ukraine", "russia"):
            note = " (confirmed)" if state.confirmed else " (claimed only)"
        groups[state.holder].append(place.name + note)
    parts = [
        f"Map of north-eastern Ukraine and the Russian border (about {west:g}–{east:g}°E, "
        f"{south:g}–{north:g}°N) showing who was claimed to hold {len(shown)} places "
        f"up to {format_day(until)} {until.year}, by the latest claim about each."
    ]
    words = {
        "ukraine": "Ukrainian control",
        "russia": "Russian control",
        "disputed": "disputed (claims disagree or are contested)",
        "none": "no claimed change in the data",
    }
    for holder in HOLDERS:
        if groups[holder]:
            parts.append(f"{words[holder].capitalize()}: {_names(groups[holder])}.")
    if outside:
        parts.append(f"Outside this view: {_names(outside)}.")
    return " ".join(parts)


def map_table(shown: Sequence[Any], control: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = [
        ("place", "held by (latest claim)", "confirmed", "claimed on", "by")
    ]
    for place in shown:
        state = control[place.id]
        rows.append(
            (
                place.name,
                CONTROL_STYLES[state.holder].label,
                "yes" if state.confirmed else "no",
                format_day(state.latest[0].date) if state.latest else "",
                "; ".join(dict.fromkeys(c.claimant for c in state.latest)),
            )
        )
    return tuple(rows)
