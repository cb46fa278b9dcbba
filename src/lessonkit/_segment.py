"""Split article text into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re

__all__ = ["split_paragraphs", "split_sentences"]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NON_SPACE = re.compile(r"\S")

# Words that end with a full stop without ending a sentence. Lower-cased, without the stop.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cpl adm cmdr brig pres supt insp
    st ave blvd rd mt ft jr sr rev hon fr sra mme messrs
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol fig figs pp ed eds est approx dept univ assn bros corp inc ltd co plc
    vs etc al cf ca
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# A candidate end: one or more of . ! ? (or an ellipsis), then closing quotes or brackets.
_END = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_START = re.compile(r"\s+([\"'“‘«(\[]*)(\S)")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each paragraph of ``text``.

    When the text has blank lines, they separate paragraphs and single newlines are
    line wraps inside a paragraph. When it has none, each non-empty line is a paragraph
    (the one-line-per-paragraph style of many news exports).

    Examples
    --------
    >>> split_paragraphs("One.\\nTwo.")
    [(0, 4), (5, 9)]
    >>> split_paragraphs("One\\nwrapped.\\n\\nTwo.")
    [(0, 12), (14, 18)]
    """
    if _BLANK_LINE.search(text):
        pieces = _spans_between(text, _BLANK_LINE)
    else:
        pieces = _spans_between(text, re.compile(r"\n"))
    return [span for span in (_strip(text, s, e) for s, e in pieces) if span[0] < span[1]]


def _spans_between(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in separator.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each sentence in ``text[start:end]``.

    A sentence ends at ``.``, ``!``, ``?`` or an ellipsis, with any closing quotation
    marks or brackets, when the next word starts with a capital letter, a digit or an
    opening quotation mark, and the stop does not belong to an abbreviation
    ("Gen.", "Sept.", "U.S.") or an initial ("J. K. Rowling").

    Examples
    --------
    >>> text = "Gen. Smith spoke. “We won,” he said. Prices rose 2.5 per cent."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Gen. Smith spoke.', '“We won,” he said.', 'Prices rose 2.5 per cent.']
    """
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        following = _NEXT_START.match(text, stop, end)
        if following is None:
            continue
        first = following.group(2)
        opened_quote = bool(following.group(1))
        if not (first.isupper() or first.isdigit() or opened_quote):
            continue
        if match.group().startswith(".") and len(match.group().rstrip("\"'”’»)]")) == 1:
            word = _WORD_BEFORE.search(text, max(sentence_start, match.start() - 20), match.end())
            if word and not _ends_sentence(word.group(1)):
                continue
        spans.append(_strip(text, sentence_start, stop))
        sentence_start = stop
    tail = _strip(text, sentence_start, end)
    if tail[0] < tail[1]:
        spans.append(tail)
    return [s for s in spans if s[0] < s[1]]


def _ends_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` can end a sentence."""
    if "." in word:
        # "U.S." / "a.m." / "J.K.": dotted abbreviations end a sentence only rarely;
        # treat them as ending one when they are long lower-case runs ("etc.")
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    return word.lower() not in _ABBREVIATIONS
