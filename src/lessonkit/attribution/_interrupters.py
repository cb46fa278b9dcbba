"""Words set off by commas between a speaker and its verb that are not the speaker.

"Tom Hale, 58, of Dover, said", "Ms Lane, during a meeting in Dover, Kent, said": an age,
a home town ("of/from PLACE", perhaps with a county or state after a comma) or an adjunct
that opens with a preposition. The speaker phrase ends where the interrupter starts.
"""

from __future__ import annotations

import re

__all__ = ["demonstrative_after_quote", "interrupter_start"]

_PLACE = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_INTERRUPTER = re.compile(
    r",\s*(?:\d{1,3},\s*)?(?:(?:of|from)\s+"
    + _PLACE
    + r"|(?:during|at|in|on)\s+[^,;:\ue000]{3,60}?)"
    r"(?:,\s*" + _PLACE + r")?,\s*$"
)
_WINDOW = 120


def interrupter_start(m: str, s: int, p: int) -> int | None:
    """Where an interrupter that ends just before ``p`` (a cue) starts, or None."""
    if m[max(s, p - 3) : p].rstrip()[-1:] != ",":
        return None  # only a phrase closed by a comma can be one
    hit = _INTERRUPTER.search(m, max(s, p - _WINDOW), p)
    if hit is None or hit.start() <= s:
        return None
    return hit.start()


# "“…,” this source told the Post": a demonstrative and a noun right after the quotation.
_DEMONSTRATIVE = re.compile(
    r"\ue000[\s,—–-]*((?:[Tt]his|[Tt]hat)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s*$"
)


def demonstrative_after_quote(m: str, s: int, p: int) -> tuple[int, int] | None:
    """The span of "this source" / "that official" between a quotation and ``p``, or None."""
    lo = max(s, p - 50)
    if m.find("\ue000", lo, p) < 0:
        return None
    hit = _DEMONSTRATIVE.search(m, lo, p)
    return hit.span(1) if hit is not None else None
