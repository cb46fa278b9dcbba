"""Find numeric figures in text (areas, distances, counts, shares, durations) and their units.

How numbers are read (the rules are deliberate; each is tested):

- Digits with comma thousands separators (``2,000``), a decimal point (``1.5``), or no
  separator (``2000``). A no-break, narrow no-break or thin space also separates
  thousands (``2 000``); an ordinary space does not, since "in 2 000 cases" is rare
  but "on 3 000" is ambiguous.
- English convention for ``.``: it is a decimal point. ``1.500.000`` (two or more groups
  of three after dots) can only be thousands and is read as 1,500,000; a single group
  (``2.000``) is read as 2.000, and the figure's ``note`` says the separator was
  ambiguous. A decimal comma (``2,5 km``) is not read at all rather than misread.
- Number words from one to ninety-nine, with ``hundred`` (``two hundred and fifty``),
  ``a dozen`` (12), and a scale word after digits or words: ``thousand``, ``million``,
  ``billion``, ``bn`` (``1.5 million``, ``two thousand``), and ``half a``/``half an``
  (0.5, written to the nearest quarter). ``dozens``, ``hundreds``,
  ``thousands`` alone are not figures. A bare ``m`` after a number is metres unless a
  count noun follows (``1.5m people`` is 1,500,000 people).
- A number becomes a figure only when a unit follows it, directly (``50km``), after a
  space, or after a hyphen (``50-km``, ``a 3-mile stretch``, ``12,000-square-kilometre``).
  Counted nouns (people, troops, settlements, other things) may follow after up to two
  other words (``1,300 Chechen fighters``). A bare year-like number (1800 to 2099 with no
  comma) never counts anything: ``in 2022 Russian troops`` and ``a 2014 House committee``
  are years, so write ``2,000 troops`` for a count.
- Lengths in feet (``ft``, ``foot``, ``feet``), yards (``yd``, ``yds``, ``yards``) and metres
  convert to kilometres like miles (1 ft = 0.3048 m and 1 yd = 0.9144 m exactly). ``foot``
  before a noun such as ``patrols`` or ``soldiers`` (``three foot patrols``) is the first
  half of a compound, not a length; square feet and square metres are not read at all.
- Money (a currency sign before the number), clock times, ages (``45-year-old``) and
  speeds (``50 km/h``, ``30 miles an hour``) are skipped.
- In a range (``20-30 km``, ``2 to 3 days``, ``between 10 and 15 miles``) both ends
  become figures with the unit written after the second.

Each figure records the qualifier written just before it (``about``, ``nearly``,
``more than``, ``up to``...) and the precision it is written to: half a unit of its last
significant place (``1.2`` → 0.05; ``31`` → 0.5; ``700`` → 50; ``2,000`` → 500;
``1.5 million`` → 50,000).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["BASE_FACTOR", "QUALIFIER_BOUND", "UNIT_LABEL", "Figure", "find_figures"]

#: Conversion factors to the base unit of each convertible quantity (km² or km).
BASE_FACTOR: dict[str, float] = {
    "km2": 1.0,
    "mi2": 2.589988110336,
    "ha": 0.01,
    "acre": 0.0040468564224,
    "km": 1.0,
    "mi": 1.609344,
    "m": 0.001,
    "ft": 0.0003048,
    "yd": 0.0009144,
}

UNIT_QUANTITY: dict[str, str] = {
    "km2": "area", "mi2": "area", "ha": "area", "acre": "area",
    "km": "distance", "mi": "distance", "m": "distance", "ft": "distance", "yd": "distance",
    "percent": "share",
    "people": "count", "troops": "count", "settlements": "count", "count": "count",
    "hours": "duration", "days": "duration", "weeks": "duration", "months": "duration",
    "years": "duration",
}  # fmt: skip

#: How each unit is written in readable output.
UNIT_LABEL: dict[str, str] = {
    "km2": "sq km", "mi2": "sq mi", "ha": "ha", "acre": "acres", "km": "km", "mi": "mi",
    "m": "m", "ft": "ft", "yd": "yd", "percent": "%", "people": "people", "troops": "troops",
    "settlements": "settlements", "count": "items", "hours": "hours", "days": "days",
    "weeks": "weeks", "months": "months", "years": "years",
}  # fmt: skip

# Qualifier phrase -> what it says about the true value relative to the written one.
#   "approx": near the number; "lower": at or above it; "upper": at or below it.
QUALIFIER_BOUND: dict[str, str] = {
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "~": "approx", "≈": "approx", "close to": "approx", "nearly": "approx",
    "almost": "approx", "just under": "approx", "just over": "approx",
    "more than": "lower", "over": "lower", "at least": "lower", "upwards of": "lower",
    "in excess of": "lower", "no fewer than": "lower", "no less than": "lower", ">": "lower",
    "≥": "lower",
    "up to": "upper", "as many as": "upper", "as much as": "upper", "fewer than": "upper",
    "less than": "upper", "under": "upper", "no more than": "upper", "at most": "upper",
    "within": "upper", "<": "upper", "≤": "upper",
}  # fmt: skip

_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[^\w]))("
    + "|".join(re.escape(q) for q in sorted(QUALIFIER_BOUND, key=len, reverse=True))
    + r")[ \t\u00a0]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A number with a unit found in a text: ``text == source[start:end]``.

    Attributes
    ----------
    text, start, end
        The number and its unit as written, and where (offsets into the text).
    value
        The number, in ``unit`` (``"1.5 million people"`` → 1500000.0).
    unit, quantity
        Normalised unit (``km2``, ``mi2``, ``ha``, ``acre``, ``km``, ``mi``, ``m``, ``ft``, ``yd``,
        ``percent``, ``people``, ``troops``, ``settlements``, ``count``, ``hours``, ``days``,
        ``weeks``, ``months``, ``years``) and what it measures (``area``, ``distance``,
        ``count``, ``share``, ``duration``).
    qualifier
        The qualifier written just before the number, lower-cased (``"about"``), or ``""``.
    half_unit
        Half a unit of the last significant place the number is written to.
    note
        Anything the reader should know about how the number was read, or ``""``.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    quantity: str
    qualifier: str = ""
    half_unit: float = 0.5
    note: str = ""

    @property
    def span(self) -> tuple[int, int]:
        """The ``(start, end)`` offsets of :attr:`text`."""
        return (self.start, self.end)

    @property
    def decimals(self) -> int:
        """How many decimal places the number is written to (0 for whole numbers)."""
        return max(0, -math.floor(math.log10(2 * self.half_unit) + 1e-9))

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ``text``, ``span``, ``value``, ``unit``, ``quantity``, ``qualifier``.

        ``qualifier`` is the word or phrase written before the number (``"about"``, ``"more
        than"``, ``"up to"``...), or ``None`` when there is none.
        """
        value: float | int = int(self.value) if self.value.is_integer() else self.value
        return {
            "text": self.text,
            "span": [self.start, self.end],
            "value": value,
            "unit": self.unit,
            "quantity": self.quantity,
            "qualifier": self.qualifier or None,
        }


# --------------------------------------------------------------------------- numbers

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUE = {w: i for i, w in enumerate(_ONES)} | {w: 10 * i for i, w in enumerate(_TENS) if w}
_SMALL = (
    rf"(?:(?:{'|'.join(_TENS[2:])})(?:[- ](?:{'|'.join(_ONES[1:10])}))?"
    rf"|{'|'.join(sorted(_ONES[1:], key=len, reverse=True))})"
)
_WORDS = rf"(?:a[ ]dozen|half[ ]an?|(?:{_SMALL}|a)(?:[ ]hundred(?:[ ](?:and[ ])?{_SMALL})?)?)"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+)"
    r"(?:\.\d+)?"
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}
_NUMBER_RE = re.compile(
    rf"(?:(?P<digits>(?<![\w.,:]){_DIGITS}(?![\d]|[.,]\d))|(?P<words>\b{_WORDS}\b))"
    rf"(?:[ \u00a0-]?(?P<scale>thousand|million|billion|bn)\b)?",
    re.IGNORECASE,
)
_MAX_DIGITS = 15


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: float
    half_unit: float
    note: str
    year_like: bool


def _read_digits(token: str) -> tuple[float, float, str] | None:
    note = ""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", token):
        token = token.replace(".", "")
    elif re.fullmatch(r"\d{1,3}\.\d{3}", token):
        note = "read '.' as a decimal point; in some countries it separates thousands"
    token = re.sub(r"[,\u00a0\u202f\u2009]", "", token)
    whole, _, fraction = token.partition(".")
    if len(whole.lstrip("0")) + len(fraction) > _MAX_DIGITS:
        return None
    value = float(token)
    if fraction:
        half = 0.5 * 10.0 ** -len(fraction)
    elif value == 0:
        half = 0.5
    else:
        half = 0.5 * 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return value, half, note


def _read_words(token: str) -> tuple[float, float] | None:
    words = token.lower().replace("-", " ").split()
    if words == ["a"]:
        return None
    if words == ["a", "dozen"]:
        return 12.0, 0.5
    if words[0] == "half":
        return 0.5, 0.25
    total = 0
    current = 0
    for word in words:
        if word == "and":
            continue
        if word == "hundred":
            current = max(current, 1) * 100
        elif word == "a":
            current = 1
        else:
            current += _WORD_VALUE[word]
    total += current
    digits = str(total)
    return float(total), 0.5 * 10.0 ** (len(digits) - len(digits.rstrip("0")))


def _numbers(text: str) -> list[_Number]:
    found: list[_Number] = []
    for m in _NUMBER_RE.finditer(text):
        start, end = m.span()
        note = ""
        if m.group("digits") is not None:
            if start > 0 and text[start - 1] in "£$€¥₴₽#":
                continue
            if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
                continue  # a model or designation such as Su-25
            if start > 1 and text[start - 1] == "/" and text[start - 2].isdigit():
                continue  # a fraction or a date such as 24/7 or 9/11
            if re.match(r"0\d", m.group("digits")):
                continue  # "000" of "2 000", or a code with leading zeros
            read = _read_digits(m.group("digits"))
            if read is None:
                continue
            value, half, note = read
            token = m.group("digits")
            year_like = bool(re.fullmatch(r"1[89]\d\d|20\d\d", token))
        else:
            words = _read_words(m.group("words"))
            if words is None:
                if not m.group("scale"):
                    continue
                words = (1.0, 0.5)
            value, half = words
            year_like = False
        if m.group("scale"):
            factor = _SCALE[m.group("scale").lower()]
            value *= factor
            half *= factor
        found.append(_Number(start, end, value, half, note, year_like))
    return found


# --------------------------------------------------------------------------- units

_GAP = r"[ \u00a0\u202f\u2009]?-?[ \u00a0]?"
_KM = r"(?:km|kms|kilomet(?:re|er)s?)"
_MI = r"(?:mi|miles?)"
_NOT_SPEED = r"(?![ ]?/[ ]?h(?:r|our)?\b|[ ](?:per|an|a)[ ]hour\b)"  # 50 km/h is a speed
_PEOPLE = (
    r"people|persons?|civilians?|residents?|inhabitants?|children|child|kids|adults|men|women"
    r"|refugees?|evacuees?|prisoners?|hostages?|casualties|victims?|families|households"
)
_TROOPS = (
    r"troops|soldiers?|fighters?|servicemen|service ?members|personnel|mercenaries|mercenary"
    r"|conscripts?|reservists?|marines|paratroopers|recruits|militants|combatants"
)
_SETTLEMENTS = r"settlements?|villages?|towns?|cities|city|hamlets?|localities|locality"
_THINGS = (
    r"tanks?|armou?red vehicles|vehicles?|guns|howitzers?|artillery pieces|rockets?|missiles?"
    r"|drones?|aircraft|planes?|jets?|helicopters?|homes?|houses?|buildings?|bridges?"
    r"|battalions?|brigades?"
)
# "foot" before a space and one of these nouns is the first half of a compound ("three foot
# patrols", "foot soldiers"), not a length; "a 12-foot wall" and "six foot tall" stay lengths.
_NOT_FOOT_COMPOUND = (
    r"(?![ \u00a0](?:patrols?|soldiers?|troops|traffic|passengers?|bridges?|paths?|"
    r"pedestrians?|crossings?|journeys?|marches|march|units?|columns?|messengers?)\b)"
)
_UNIT_RE = re.compile(
    rf"""{_GAP}(?:
      (?P<km2>(?:sq\.?|square)[ \-\u00a0]?{_KM}\b|{_KM}(?:²|2\b|\^2|[ ]squared\b))
    | (?P<mi2>(?:sq\.?|square)[ \-\u00a0]?(?:{_MI}|mls?)\b|{_MI}(?:²|2\b|[ ]squared\b))
    | (?P<ha>(?:hectares?|ha)\b)
    | (?P<acre>acres?\b)
    | (?P<km>{_KM}\b{_NOT_SPEED})
    | (?P<mi>(?:miles?|mi)\b{_NOT_SPEED})
    | (?P<percent>%|per[ \-]?cent\b|pct\b)
    | (?P<hours>(?:hours?|hrs?|h)\b)
    | (?P<days>days?\b)
    | (?P<weeks>weeks?\b)
    | (?P<months>months?\b)
    | (?P<years>(?:years?|yrs?)\b(?![ \-]old\b))
    | (?P<m>(?:metres?|meters?|(?-i:m))\b)
    | (?P<ft>(?:feet|ft|foot{_NOT_FOOT_COMPOUND})\b{_NOT_SPEED})
    | (?P<yd>(?:yards?|yds?)\b{_NOT_SPEED})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A counted noun ends the figure unless it is the first half of a compound
# ("battalion-sized", "town hall", "city council").
_NOUN_END = (
    r"\b(?!-|[ ](?:halls?|councils?|councillors?|commissioners?|officials?|centres?|centers?)\b)"
)
_COUNT_RE = re.compile(
    rf"""[ \u00a0-](?P<between>(?:[A-Za-z][\w’'\-]*[ ]){{0,2}})(?:
      (?P<people>(?:{_PEOPLE}){_NOUN_END})
    | (?P<troops>(?:{_TROOPS}){_NOUN_END})
    | (?P<settlements>(?:{_SETTLEMENTS}){_NOUN_END})
    | (?P<count>(?:{_THINGS}){_NOUN_END})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_BETWEEN = frozenset(
    """of the a an in on at to from and or but by for with per than as into over under were
    was are is had have has be been that which who whose its their his her our this these
    those after before since until during about around across against nearly almost more
    than up least some all other such it they we he she there here when where while if
    not no only each every any both km miles mi percent per cent hours days weeks months
    years january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday""".split()
)
_UNIT_GROUPS = ("km2", "mi2", "ha", "acre", "km", "mi", "percent", "hours", "days", "weeks",
                "months", "years", "m", "ft", "yd")  # fmt: skip
_COUNT_GROUPS = ("people", "troops", "settlements", "count")


def _unit_after(text: str, number: _Number) -> tuple[str, int, float] | None:
    """Return (unit, end of the unit, multiplier) for the unit written after a number."""
    count = _COUNT_RE.match(text, number.end)
    if count is not None:
        between = count.group("between").split()
        hyphened = text[number.end] == "-"  # "a 6-word slogan" counts words, not slogans
        if not number.year_like and not (between and (hyphened or _blocked(between))):
            for group in _COUNT_GROUPS:
                if count.group(group) is not None:
                    return group, count.end(group), 1.0
    unit = _UNIT_RE.match(text, number.end)
    if unit is None:
        return None
    for group in _UNIT_GROUPS:
        if unit.group(group) is not None:
            if group == "m":
                # "1.5m people": a million, not metres
                after = _COUNT_RE.match(text, unit.end(group))
                if after is not None and not after.group("between"):
                    for count_group in _COUNT_GROUPS:
                        if after.group(count_group) is not None:
                            return count_group, after.end(count_group), 1e6
            return group, unit.end(group), 1.0
    return None  # pragma: no cover - one group always matches


def _blocked(between: list[str]) -> bool:
    return any(w.lower().strip("’'") in _NOT_BETWEEN or w.isdigit() for w in between)


def _qualifier(text: str, start: int) -> str:
    m = _QUALIFIER_RE.search(text, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


_RANGE_GAP = re.compile(r"[ \u00a0]*(?:-|–|—|to|and)[ \u00a0]*\Z", re.IGNORECASE)


def find_figures(text: str) -> list[Figure]:
    """Return every figure with a recognised unit in ``text``, in order of position.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    list of Figure

    Examples
    --------
    >>> [(f.text, f.value, f.unit) for f in find_figures("about 2,000 sq km (700 square miles)")]
    [('2,000 sq km', 2000.0, 'km2'), ('700 square miles', 700.0, 'mi2')]
    >>> find_figures(None)
    Traceback (most recent call last):
    ...
    TypeError: 'text' must be a str (got NoneType)
    """
    if not isinstance(text, str):
        raise TypeError(f"'text' must be a str (got {type(text).__name__})")
    numbers = _numbers(text)
    figures: dict[int, Figure] = {}
    for i, number in enumerate(numbers):
        found = _unit_after(text, number)
        if found is None:
            continue
        unit, end, multiplier = found
        figures[i] = _figure(text, number, unit, end, multiplier)
    # ranges: "20-30 km", "2 to 3 days", "between 10 and 15 miles"
    for i in range(len(numbers) - 1, 0, -1):
        first, second = numbers[i - 1], numbers[i]
        if i in figures and i - 1 not in figures:
            gap = text[first.end : second.start]
            if _RANGE_GAP.match(gap) and (
                gap.strip().lower() != "and"
                or text[max(0, first.start - 8) : first.start].lower().endswith("between ")
            ):
                unit = figures[i].unit
                figures[i - 1] = _figure(text, first, unit, first.end, 1.0)
    return [figures[i] for i in sorted(figures)]


def _figure(text: str, number: _Number, unit: str, end: int, multiplier: float) -> Figure:
    return Figure(
        text=text[number.start : end],
        start=number.start,
        end=end,
        value=number.value * multiplier,
        unit=unit,
        quantity=UNIT_QUANTITY[unit],
        qualifier=_qualifier(text, number.start),
        half_unit=number.half_unit * multiplier,
        note=number.note,
    )
