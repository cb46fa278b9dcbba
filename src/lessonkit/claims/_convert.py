"""Check paired unit conversions such as "2,000 sq km (700 square miles)".

The rule
--------
A pair is two figures of the same quantity (area or distance) in different units, the
second written straight after the first in brackets, after "or", after a slash or after
a dash, or after a comma when the second carries "about", "roughly" or the like:
``50km (31 miles)``, ``31 miles (50 kilometers)``, ``2,000 sq km, or 772 sq mi``,
``40 acres, roughly 16 hectares``.
The first is the *stated* figure and the second the *conversion*, whichever unit system
each is in (wire copy puts the original first and the conversion in brackets).

The conversion holds when the true value of the stated figure, in the conversion's unit,
agrees with the conversion **to the precision the conversion is written in**: it lies
within half a unit of the conversion's last significant place.

- Decimals count: ``1.2`` is written to 0.1, so it covers 1.15 to 1.25.
- Trailing zeros of a whole number mean it was rounded to that power of ten: ``700``
  covers 650 to 750, ``2,300`` covers 2,250 to 2,350, ``50`` covers 45 to 55.
- Other whole numbers are written to the unit: ``2,317`` covers 2,316.5 to 2,317.5.
- The edges count as agreeing (either rounding of an exact half is accepted).

So for 6,000 sq km (2,316.6 sq mi), "2,317 sq mi" and "2,300 sq mi" hold and "2,400 sq mi"
does not; "2,000 sq km (700 sq mi)" does not (2,000 sq km is 772.2 sq mi, about 9% more
than 700) while "50km (31 miles)" does (31.07 mi). "1.2 miles (2 km)" holds because 1.2 mi
is 1.93 km, inside the 1.5 to 2.5 km that "2 km" covers.

Qualifiers
----------
A qualifier on the stated figure ("about 2,000 sq km", "more than 1,000 sq km") carries
over to the conversion, so the numbers are compared as written. A qualifier on the
conversion is read as follows:

- approximate ("about", "around", "some", "roughly", "nearly", "almost", "close to"):
  the same precision test (a round number already says "about").
- lower bound ("more than", "over", "at least"): the conversion is itself a bound, so
  it holds when the true value is at or above the number as written ("more than 1,000
  sq km (more than 380 sq mi)" holds; "(over 400 sq mi)" claims more than 1,000 sq km
  and does not).
- upper bound ("up to", "under", "less than", "as many as", "within"): holds when the
  true value is at or below the number as written.

A stated figure written as an adjective ("a 3-mile stretch (4.8 km)") may have one or
two words between it and the bracketed conversion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._numbers import BASE_FACTOR, QUALIFIER_BOUND, UNIT_LABEL, Figure, find_figures

if TYPE_CHECKING:
    from ..article import Article

__all__ = ["Conversion", "NumbersReport", "check_numbers"]

_EPSILON = 1e-9
_CONNECTOR = re.compile(
    r"[ \t\u00a0]*(?:[(\[][ \t\u00a0]*(?:or[ \t\u00a0]+)?|/[ \t\u00a0]*|,?[ \t\u00a0]*or[ \t\u00a0]+"
    r"|[ \t\u00a0]?[—–][ \t\u00a0]*|,[ \t\u00a0]*(?:that is|i\.e\.)[, \t\u00a0]*)\Z",
    re.IGNORECASE,
)

_AFTER_NOUN = re.compile(r"(?:[ \t\u00a0]+[A-Za-z]+){1,2}[ \t\u00a0]*[(\[][ \t\u00a0]*\Z")


@dataclass(frozen=True)
class Conversion:
    """A figure followed by its conversion into another unit, and whether it holds.

    Attributes
    ----------
    text, start, end
        The pair as written, from the stated figure to the end of the conversion
        (including a closing bracket).
    stated, converted
        The two figures.
    expected
        The stated figure's value in the conversion's unit.
    holds
        Whether the conversion agrees with ``expected`` to the precision it is written in.
    low, high
        The range of true values the conversion covers as written (half a unit of its
        last significant place either side). A bound qualifier on the conversion
        ("more than 380 sq mi") is checked against the number itself instead.
    """

    text: str
    start: int
    end: int
    stated: Figure
    converted: Figure
    expected: float
    holds: bool
    low: float
    high: float

    @property
    def span(self) -> tuple[int, int]:
        """The ``(start, end)`` offsets of :attr:`text`."""
        return (self.start, self.end)

    @property
    def error(self) -> float:
        """How far the conversion is from the true value, as a fraction of it (−0.09 = 9% low)."""
        if self.expected == 0:
            return 0.0
        return (self.converted.value - self.expected) / self.expected

    def verdict(self) -> str:
        """One line for a reader: what was stated, what it should be, and by how much."""
        expected = _format_number(self.expected, _display_decimals(self))
        c, s = self.converted, self.stated
        line = (
            f"{_format_number(c.value, c.decimals)} {UNIT_LABEL[c.unit]} stated; "
            f"{_format_number(s.value, s.decimals)} {UNIT_LABEL[s.unit]} is "
            f"{expected} {UNIT_LABEL[c.unit]}"
        )
        if self.holds:
            return line
        percent = round(abs(self.error) * 100)
        direction = "low" if self.error < 0 else "high"
        return f"{line}; {percent}% {direction}" if percent else f"{line}; outside its rounding"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ``text``, ``stated``, ``converted``, ``expected``, ``holds``."""
        return {
            "text": self.text,
            "stated": self.stated.to_dict(),
            "converted": self.converted.to_dict(),
            "expected": round(self.expected, _display_decimals(self) + 1),
            "holds": self.holds,
        }


def _display_decimals(conversion: Conversion) -> int:
    decimals = conversion.converted.decimals
    return decimals if abs(conversion.expected) >= 100 else decimals + 1


def _format_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class NumbersReport:
    """The figures found in a text and the unit conversions among them."""

    figures: tuple[Figure, ...]
    conversions: tuple[Conversion, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form used by ``lessonkit numbers --json``."""
        return {
            "figures": [f.to_dict() for f in self.figures],
            "conversions": [c.to_dict() for c in self.conversions],
        }

    def format_table(self) -> str:
        """Return a plain-text table of the figures, then each conversion with its verdict."""
        lines = [f"Figures ({len(self.figures)})"]
        header = ("#", "figure", "value", "unit", "quantity", "qualifier")
        rows = [
            (
                str(i),
                _clip(f.text, 34),
                _format_number(f.value, f.decimals),
                f.unit,
                f.quantity,
                f.qualifier or "—",
            )
            for i, f in enumerate(self.figures, 1)
        ]
        lines += _columns(header, rows) if rows else ["  (none)"]
        lines += ["", f"Conversions ({len(self.conversions)})"]
        if not self.conversions:
            lines.append("  (none)")
        for i, c in enumerate(self.conversions, 1):
            mark = "holds" if c.holds else "DOES NOT HOLD"
            lines.append(f"  {i}. {_clip(c.text, 60)}")
            lines.append(f"     {mark}: {c.verdict()}")
        return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _columns(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    numeric = {0, 2}
    out = []
    for row in [header, *rows]:
        cells = [
            cell.rjust(w) if i in numeric else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append(("  " + "  ".join(cells)).rstrip())
    return out


def _convertible(stated: Figure, converted: Figure) -> bool:
    return (
        stated.quantity == converted.quantity
        and stated.unit != converted.unit
        and stated.unit in BASE_FACTOR
        and converted.unit in BASE_FACTOR
    )


def _connected(text: str, stated: Figure, converted: Figure) -> bool:
    """Whether the text between two figures makes the second a conversion of the first."""
    gap = text[stated.end : converted.start]
    if converted.qualifier:
        cut = gap.lower().rstrip(" \t\u00a0")
        if not cut.endswith(converted.qualifier):
            return False
        gap = gap[: len(cut) - len(converted.qualifier)]
    if _CONNECTOR.match(gap):
        return True
    # "40 acres, roughly 16 hectares": a comma, then an approximate conversion
    if QUALIFIER_BOUND.get(converted.qualifier) == "approx" and re.fullmatch(r",[ \t\u00a0]*", gap):
        return True
    # "a 3-mile (4.8 km) stretch" is caught above; "a 3-mile stretch (4.8 km)" here
    return "-" in stated.text and bool(_AFTER_NOUN.match(gap))


def _compare(text: str, stated: Figure, converted: Figure, opened: bool) -> Conversion:
    expected = stated.value * BASE_FACTOR[stated.unit] / BASE_FACTOR[converted.unit]
    low = converted.value - converted.half_unit
    high = converted.value + converted.half_unit
    slack = _EPSILON * max(1.0, abs(expected))
    bound = QUALIFIER_BOUND.get(converted.qualifier, "approx")
    if bound == "lower":
        holds = expected >= converted.value - slack
    elif bound == "upper":
        holds = expected <= converted.value + slack
    else:
        holds = low - slack <= expected <= high + slack
    end = converted.end
    if opened and text[end : end + 1] in (")", "]") and end < len(text):
        end += 1
    return Conversion(
        text=text[stated.start : end],
        start=stated.start,
        end=end,
        stated=stated,
        converted=converted,
        expected=expected,
        holds=holds,
        low=low,
        high=high,
    )


def find_conversions(text: str, figures: list[Figure]) -> list[Conversion]:
    """Return the conversion pairs among ``figures`` (in order of position) in ``text``."""
    pairs: list[Conversion] = []
    i = 0
    while i < len(figures) - 1:
        a, b = figures[i], figures[i + 1]
        if not (_convertible(a, b) and _connected(text, a, b)):
            i += 1
            continue
        opened = "(" in text[a.end : b.start] or "[" in text[a.end : b.start]
        # "20-30 km (12-19 miles)": pair the two ranges end to end
        if (
            i >= 1
            and i + 2 < len(figures)
            and _is_range(text, figures[i - 1], a)
            and _is_range(text, b, figures[i + 2])
        ):
            pairs.append(_compare(text, figures[i - 1], b, opened=False))
            pairs.append(_compare(text, a, figures[i + 2], opened=opened))
            i += 3
            continue
        pairs.append(_compare(text, a, b, opened=opened))
        i += 2
    return pairs


def _is_range(text: str, first: Figure, second: Figure) -> bool:
    return first.unit == second.unit and bool(
        re.fullmatch(r"[ \u00a0]*(?:-|–|—|to)[ \u00a0]*", text[first.end : second.start])
    )


def check_numbers(text_or_article: str | Article) -> NumbersReport:
    """Find the figures in a text and check the unit conversions among them.

    Parameters
    ----------
    text_or_article
        An :class:`~lessonkit.Article` (spans are offsets into ``article.text``) or a
        string (spans are offsets into that string).

    Returns
    -------
    NumbersReport

    Examples
    --------
    >>> report = check_numbers("He said 2,000 sq km (700 square miles) were freed.")
    >>> [(c.converted.text, c.holds) for c in report.conversions]
    [('700 square miles', False)]
    >>> report.conversions[0].verdict()
    '700 sq mi stated; 2,000 sq km is 772 sq mi; 9% low'
    >>> check_numbers("They advanced 50km (31 miles).").conversions[0].holds
    True
    >>> check_numbers(42)
    Traceback (most recent call last):
    ...
    TypeError: 'text_or_article' must be a str or an Article (got int)
    """
    text = _text_of(text_or_article)
    figures = find_figures(text)
    return NumbersReport(tuple(figures), tuple(find_conversions(text, figures)))


def _text_of(value: object) -> str:
    if isinstance(value, str):
        return value
    from ..article import Article

    if isinstance(value, Article):
        return value.text
    raise TypeError(f"'text_or_article' must be a str or an Article (got {type(value).__name__})")
