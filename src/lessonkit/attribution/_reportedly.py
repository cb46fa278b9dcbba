"""``reportedly`` and ``is said to``: a claim the text attributes to unnamed reports.

``The striker reportedly asked to leave`` and ``the minister is said to have resigned``
report what someone said without saying who: the clause that holds the word is the
content, and there is no speaker. The clause runs from the start of the sentence (or a
``;``, or ``, but``) to its end (or the next such break); an opening ``Reportedly,`` is
left out of it.
"""

from __future__ import annotations

import re

from ._context import Ctx, make
from ._cues import Cue
from ._model import Attribution
from ._speakers import QMASK, Speaker

__all__ = ["reportedly"]

_WORD = re.compile(
    r"\b(?:[Rr]eportedly|(?:is|are|was|were)\s+(?:(?:widely|also|still)\s+)?"
    r"(?:said|reported|rumou?red)\s+to\s+(?=[a-z]))"
)
# Breaks between clauses: a semicolon, a dash, ", but", ", while", ", although".
_BREAK = re.compile(r";|\s[—–]\s|\s--\s|,\s+(?:but|while|although|though|whereas)\s")
_OPENING = re.compile(r"\s*[Rr]eportedly,\s*")
_LEAD = re.compile(r"\s*(?:(?:And|But|So|Yet)\b,?\s*)?")


def reportedly(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """Add the clause that ``reportedly`` or ``is said to`` marks in ``[s, e)``."""
    m = ctx.m
    if m.find("eportedly", s, e) < 0 and m.find(" to ", s, e) < 0:
        return  # plain searches first: most sentences have neither
    hit = _WORD.search(m, s, e)
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
