"""Shared look of the lesson charts: palette, per-side symbols, projector-sized fonts.

Nothing here imports matplotlib; the chart modules pass :data:`STYLE` to
``matplotlib.style.context`` (not pyplot's: a chart neither imports pyplot nor picks a backend)
so no global setting changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

LineStyle = Literal["-", "--", "-.", ":"] | tuple[float, tuple[float, ...]]

__all__ = [
    "CONTROL_STYLES",
    "OKABE_ITO",
    "SIDE_STYLES",
    "SIGN_MARKERS",
    "SIGN_WORDS",
    "STYLE",
    "ControlStyle",
    "SideStyle",
    "format_day",
    "format_number",
    "is_floor",
    "qualifier_mark",
    "qualifier_words",
    "side_style",
]

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision
# deficiencies. https://jfly.uni-koeln.de/color/
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


@dataclass(frozen=True)
class SideStyle:
    """How one side is drawn: never by colour alone.

    Parameters
    ----------
    colour
        An Okabe-Ito colour.
    marker
        A matplotlib marker code.
    linestyle
        A matplotlib line style.
    hatch
        A matplotlib hatch pattern for bars.
    """

    colour: str
    marker: str
    linestyle: LineStyle
    hatch: str


SIDE_STYLES: dict[str, SideStyle] = {
    "ua_gov": SideStyle(OKABE_ITO["blue"], "o", "-", "//"),
    "ru_gov": SideStyle(OKABE_ITO["vermillion"], "^", "--", "\\\\"),
    "ru_installed": SideStyle(OKABE_ITO["reddish_purple"], "v", "-.", "xx"),
    "ru_state_media": SideStyle(OKABE_ITO["vermillion"], "<", ":", ".."),
    "pro_russian": SideStyle(OKABE_ITO["reddish_purple"], ">", ":", "++"),
    "western_gov": SideStyle(OKABE_ITO["bluish_green"], "s", (0, (5, 1)), "--"),
    "independent": SideStyle(OKABE_ITO["orange"], "D", (0, (3, 1, 1, 1)), "||"),
    "eyewitness": SideStyle(OKABE_ITO["sky_blue"], "P", (0, (1, 1)), "oo"),
    "unattributed": SideStyle("#666666", "X", (0, (2, 2)), ""),
}


def side_style(side: str) -> SideStyle:
    """Return the drawing style of a side slug (grey crosses for an unknown slug)."""
    return SIDE_STYLES.get(side, SIDE_STYLES["unattributed"])


@dataclass(frozen=True)
class ControlStyle:
    """How a place's claimed control is drawn on the map."""

    label: str
    colour: str
    marker: str


CONTROL_STYLES: dict[str, ControlStyle] = {
    "ukraine": ControlStyle("Ukrainian control", OKABE_ITO["blue"], "s"),
    "russia": ControlStyle("Russian control", OKABE_ITO["vermillion"], "^"),
    "disputed": ControlStyle("disputed: claims disagree", OKABE_ITO["orange"], "*"),
    "none": ControlStyle("no claimed change", "#555555", "o"),
}

# Sizes for a projector at the back of a classroom; everything else stays matplotlib's default.
STYLE: dict[str, object] = {
    "text.parse_math": False,  # article text such as "$5bn-$6bn" is drawn as written
    "font.size": 15,
    "axes.titlesize": 18,
    "axes.labelsize": 16,
    "xtick.labelsize": 14,
    "ytick.labelsize": 14,
    "legend.fontsize": 13,
    "legend.title_fontsize": 13,
    "lines.linewidth": 2.5,
    "lines.markersize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "hatch.linewidth": 1.5,
    "figure.dpi": 100,
}

#: What each sign before a figure means, as the chart legends say it.
SIGN_WORDS: dict[str, str] = {
    "≈": "about",
    ">": "more than: a floor, the truth may be higher",
    "≥": "at least: a floor, the truth may be higher",
    "≤": "up to: a ceiling",
    "<": "less than: a ceiling",
}
SIGN_MARKERS: dict[str, str] = {
    "≈": r"$\approx$",
    ">": r"$>$",
    "≥": r"$\geq$",
    "≤": r"$\leq$",
    "<": r"$<$",
}


_SIGNS = (
    ("at least", "≥"),
    ("no less than", "≥"),
    ("more than", ">"),
    ("over", ">"),
    ("above", ">"),
    ("upwards of", ">"),
    ("up to", "≤"),
    ("at most", "≤"),
    ("less than", "<"),
    ("fewer than", "<"),
    ("under", "<"),
    ("about", "≈"),
    ("around", "≈"),
    ("approximately", "≈"),
    ("roughly", "≈"),
    ("nearly", "≈"),
    ("almost", "≈"),
    ("some", "≈"),
)


def qualifier_mark(qualifier: str) -> str:
    """Return a compact sign for a qualifier: ``">"``, ``"≥"``, ``"<"``, ``"≤"``, ``"≈"`` or ``""``.

    Parameters
    ----------
    qualifier
        The words a claimant put before the figure, e.g. ``"more than"``; ``"exact"`` and
        an empty string give no sign.

    Examples
    --------
    >>> qualifier_mark("more than")
    '>'
    >>> qualifier_mark("exact")
    ''
    """
    words = qualifier.strip().lower()
    for phrase, sign in _SIGNS:
        if words.startswith(phrase):
            return sign
    return ""


def qualifier_words(qualifier: str) -> str:
    """Return the qualifier as printed before a figure (``'exact'`` prints as nothing).

    Examples
    --------
    >>> qualifier_words("more than")
    'more than'
    >>> qualifier_words("exact")
    ''
    """
    words = qualifier.strip()
    return "" if words.lower() in ("exact", "exactly") else words


def is_floor(qualifier: str) -> bool:
    """Tell whether the figure is a floor ("more than", "at least"): the truth may be higher.

    Examples
    --------
    >>> is_floor("at least")
    True
    >>> is_floor("about")
    False
    """
    return qualifier_mark(qualifier) in (">", "≥")


def format_number(value: float) -> str:
    """Format a figure the way a newspaper would: ``2000.0`` -> ``'2,000'``.

    Examples
    --------
    >>> format_number(2000.0)
    '2,000'
    >>> format_number(12.5)
    '12.5'
    """
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def format_day(day: dt.date) -> str:
    """Format a date as ``'8 Sep'`` (the lesson spans one month of one year).

    Examples
    --------
    >>> format_day(dt.date(2022, 9, 8))
    '8 Sep'
    """
    return f"{day.day} {day:%b}"
