"""What ground a claimed figure covers: the focus area, a wider or another area, or unstated.

The claims table writes each figure's scope in words (``scope_area``: "Kharkiv oblast", "all
fronts (south and east)", "not stated"). Which area is the *focus* is not fixed here: it is
the area most of the claims cover (:func:`focus_area`), or whatever a caller names, so the
same charts serve a table of claims about any region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["area_name", "focus_area", "scope_kind"]

_UNSTATED = ("not stated", "unstated", "unknown", "n/a")
# Words that make a scope cover more than one area ("all fronts", "Kharkiv and Donetsk").
_SEVERAL = frozenset({"all", "and", "total", "fronts", "both"})
_WORDS = re.compile(r"\w+")
# Words that say what kind of area a name is, not which one.
_KIND_WORDS = frozenset(
    "oblast oblasts region regions province district direction directions area areas city town"
    " village front".split()
)
_BRACKETS = re.compile(r"\([^)]*\)")


def _several(text: str) -> bool:
    """Whether a scope names more than one area, by whole words ("Marshall Islands" does not).

    >>> _several("Kharkiv and Donetsk oblasts"), _several("Marshall Islands"), _several("A + B")
    (True, False, True)
    """
    return "+" in text or not _SEVERAL.isdisjoint(_WORDS.findall(text.lower()))


def area_name(scope_area: str) -> str:
    """The one area a scope names, without its kind or a bracketed note; ``''`` if none.

    Examples
    --------
    >>> area_name("Kharkiv oblast (Balakliia area)")
    'Kharkiv'
    >>> area_name("all fronts (south and east)"), area_name("not stated")
    ('', '')
    """
    words = scope_area.strip().lower()
    if not words or words in _UNSTATED or _several(words):
        return ""
    kept = [w for w in _BRACKETS.sub(" ", scope_area).split() if w.lower() not in _KIND_WORDS]
    return " ".join(kept)


def focus_area(scopes: Iterable[object]) -> str:
    """The area most of the claims cover, as their ``scope_area`` names it; ``''`` if none.

    Parameters
    ----------
    scopes
        Claims (anything with a ``scope_area``) or the scope texts themselves.

    Examples
    --------
    >>> focus_area(["Kharkiv oblast", "Izium", "Kharkiv direction", "all fronts"])
    'Kharkiv'
    >>> focus_area(["not stated"])
    ''
    """
    counts: dict[str, int] = {}
    for item in scopes:
        text = item if isinstance(item, str) else str(getattr(item, "scope_area", ""))
        name = area_name(text)
        if name:
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else ""  # ties: first seen


def scope_kind(scope_area: str, focus: str) -> str:
    """Sort a claim's scope: ``'focus'``, ``'unstated'`` or ``'other'``.

    ``'focus'`` means the figure covers the focus area alone; ``'unstated'`` that the
    claimant did not say; ``'other'`` a wider area (several fronts) or another area.

    Parameters
    ----------
    scope_area
        The area a claim covers, as written in the claims table.
    focus
        The focus area's name, as the scopes write it (``'Kharkiv'`` for the lesson's
        claims; :func:`focus_area` finds it); ``''`` for none.

    Returns
    -------
    str
        One of ``'focus'``, ``'unstated'``, ``'other'``.

    Examples
    --------
    >>> scope_kind("Kharkiv oblast", "Kharkiv")
    'focus'
    >>> scope_kind("all fronts (south and east)", "Kharkiv")
    'other'
    >>> scope_kind("South Sudan", "South Sudan"), scope_kind("Kharkivshchyna", "Kharkiv")
    ('focus', 'other')
    >>> scope_kind("Kharkiv oblast", 2022)
    Traceback (most recent call last):
    ...
    TypeError: 'focus' must be a str, the focus area's name (got int): pass focus='Kharkiv', or '' for none
    """
    if not isinstance(focus, str):
        raise TypeError(
            f"'focus' must be a str, the focus area's name (got {type(focus).__name__}): "
            "pass focus='Kharkiv', or '' for none"
        )
    words = scope_area.strip().lower()
    if not words or words in _UNSTATED:
        return "unstated"
    name = focus.strip().lower()
    if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words) and not _several(words):
        return "focus"
    return "other"
