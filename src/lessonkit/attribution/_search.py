"""Finding words in a text quickly: plain searches before patterns, and what was worked out
for a text kept while the rules ask about it again and again.

The rules read an article sentence by sentence and, in the nested pass, a quotation standing
alone in an article-length line of blanks. Whatever they work out for a whole text is kept for
the latest two texts, by identity (:class:`LatestTexts`): the article and such a quotation.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["LatestTexts", "Needles", "first_of", "words_between"]

T = TypeVar("T")


class LatestTexts(Generic[T]):
    """What ``make`` gave for each of the latest two texts, kept by the text's identity.

    >>> lengths = LatestTexts[int]()
    >>> text = "an article"
    >>> lengths.get(text, len), lengths.get(text, lambda _: -1)
    (10, 10)
    """

    def __init__(self) -> None:
        self._kept: list[tuple[str, T]] = []

    def get(self, text: str, make: Callable[[str], T]) -> T:
        """What ``make(text)`` gave, worked out once for ``text``."""
        for seen, value in self._kept:
            if seen is text:
                return value
        value = make(text)
        self._kept[:] = [(text, value), *self._kept[:1]]
        return value


def first_of(text: str, needles: tuple[str, ...], start: int, end: int) -> int:
    """Where the first of ``needles`` occurs in ``text[start:end]``, or -1 if none does.

    A few plain searches are cheaper than a pattern tried at every position, so rules look
    for the words a pattern needs before trying it.

    >>> first_of("they did not say", ("refus", "not"), 0, 16)
    9
    >>> first_of("they said", ("refus", "not"), 0, 9)
    -1
    """
    first = -1
    for needle in needles:
        # Once one is found, each later needle is looked for only where it would start
        # before it.
        limit = end if first < 0 else min(end, first + len(needle) - 1)
        at = text.find(needle, start, limit)
        if at >= 0:
            first = at
    return first


class Needles:
    """:func:`first_of` for ``needles``, answered from where they occur in the whole text.

    Rules that ask of each sentence in turn whether it holds one of a few words search the
    text once (once for the article, once for a quotation read inside it), then answer each
    sentence by a bisection: the same answers as ``first_of``, without a search per sentence.
    """

    def __init__(self, needles: tuple[str, ...]) -> None:
        self.needles = needles
        self._found: LatestTexts[list[tuple[int, int]]] = LatestTexts()

    def first(self, text: str, start: int, end: int) -> int:
        """``first_of(text, needles, start, end)``."""
        found = self._found.get(text, self._search)
        k = bisect.bisect_left(found, (start,))
        while k < len(found) and found[k][0] < end:
            if found[k][1] <= end:
                return found[k][0]
            k += 1
        return -1

    def _search(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every occurrence of each needle in ``text``, in order."""
        found = []
        # Each needle (never blanks only) is looked for around the words alone.
        lo, hi = words_between(text)
        for needle in self.needles:
            end = min(len(text), hi + len(needle))
            at = text.find(needle, max(0, lo - len(needle)), end)
            while at >= 0:
                found.append((at, at + len(needle)))
                at = text.find(needle, at + 1, end)
        found.sort()
        return found


_margins: LatestTexts[tuple[int, int]] = LatestTexts()


def words_between(text: str) -> tuple[int, int]:
    """Where the first character of ``text`` that is not a blank is, and where the last ends.

    A quotation read inside an article (the nested pass) stands alone in an article-length
    line of blanks, at its own offsets: the searches over a whole text look between these
    two places only.

    >>> words_between("   a quotation  ")
    (3, 14)
    """
    return _margins.get(text, _margins_of)


def _margins_of(text: str) -> tuple[int, int]:
    lo = len(text) - len(text.lstrip(" ")) if text[:1] == " " else 0
    hi = len(text.rstrip(" ")) if text[-1:] == " " else len(text)
    return lo, hi
