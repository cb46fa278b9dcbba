"""``reportedly`` and ``is said to``: a claim the text attributes to unnamed reports.

``The striker reportedly asked to leave`` and ``the minister is said to have resigned``
report what someone said without saying who: the clause that holds the word is the
content, and there is no speaker. The clause runs from the start of the sentence (or a
``;``, or ``, but``) to its end (or the next such break); an opening ``Reportedly,`` is
left out of it.
"""

from __future__ import annotations

import bisect
import re

from ._context import Ctx, make
from ._cues import Cue
from ._model import Attribution
from ._nouncues import _find_all
from ._resolver import Speaker
from ._speakers import QMASK

__all__ = ["reportedly_pass"]

_WORD = re.compile(
    r"\b(?:[Rr]eportedly|(?:is|are|was|were)\s+(?:(?:widely|also|still)\s+)?"
    r"(?:said|reported|rumou?red)\s+to\s+(?=[a-z]))"
)
# Breaks between clauses: a semicolon, a dash, ", but", ", while", ", although".
_SPOTS = ("eportedly", " said to ", " reported to ", " rumored to ", " rumoured to ")
_BREAK = re.compile(r";|\s[—–]\s|\s--\s|,\s+(?:but|while|although|though|whereas)\s")
_OPENING = re.compile(r"\s*[Rr]eportedly,\s*")
_LEAD = re.compile(r"\s*(?:(?:And|But|So|Yet)\b,?\s*)?")


def reportedly_pass(
    ctx: Ctx, by_paragraph: list[list[tuple[int, int]]], found: list[Attribution]
) -> list[Attribution]:
    """The clauses that ``reportedly`` or ``is said to`` mark in the article's sentences.

    One pass after the sentence rules: the words are found once in the whole text, and
    only the sentences that hold one are read.
    """
    m = ctx.m
    spots = _find_all(m, _SPOTS, 0, len(m))
    got: list[Attribution] = []
    if not spots:
        return got
    for sentences in by_paragraph:
        for s, e in sentences:
            k = bisect.bisect_left(spots, s)
            if k < len(spots) and spots[k] < e:
                out = [a for a in found if s <= a.content_span[0] < e]
                before = len(out)
                _reportedly(ctx, out, s, e, spots[k])
                got.extend(out[before:])
    return got


def _reportedly(ctx: Ctx, out: list[Attribution], s: int, e: int, spot: int) -> None:
    """Add the clause that ``reportedly`` or ``is said to`` marks in ``[s, e)``."""
    m = ctx.m
    hit = _WORD.search(m, max(s, spot - 12), e)
    if hit is None:
        return
    if any(a.content_span[0] <= hit.start() < a.content_span[1] for a in out):
        return  # inside what someone is reported to have said already
    a, b = s, e
    for brk in _BREAK.finditer(m, s, e):
        if brk.end() <= hit.start():
            a = brk.end()
        elif brk.start() >= hit.end():
            b = brk.start()
            break
    opening = _OPENING.match(m, a, b)
    if opening is not None:
        a = opening.end()
    else:
        lead = _LEAD.match(m, a, b)
        a = lead.end() if lead is not None else a
    if QMASK in m[a:b]:
        return  # a quotation inside: the quotation rules read it
    word = hit.group().strip()
    cue = Cue(hit.start(), hit.start(), hit.start() + len(word), "report", word)
    got = make(ctx, Speaker(None, "unknown"), None, cue, (a, b), "reportedly")
    if got:
        out.append(got)
