"""A clause joined to reported speech after the cue: "X, the statement said, and Y."

"The line would reopen by Wednesday, the statement said, and buses would replace trains
until then." The clause after ", and" is reported too when it is told in the same reported
tense as the words before the cue ("would", "had", "could"): a reporter's own remark joined
the same way ("Prices rose in May, the bank said, and that is no surprise.") is not.
"""

from __future__ import annotations

import re

from ._speakers import QMASK

__all__ = ["joined_clause"]

_JOINED = re.compile(r",\s+(?:and|but)\s+")
_REPORTED_TENSE = re.compile(r"\b(?:would|could|might|should|had|was\s+going\s+to)\b")


def joined_clause(m: str, lead: tuple[int, int], p: int, limit: int) -> tuple[int, int] | None:
    """The span of a reported clause joined by ", and" at ``p`` (after the cue), or None.

    ``lead`` is the reported speech before the cue; ``limit`` the end of the sentence.
    """
    hit = _JOINED.match(m, p, limit)
    if hit is None:
        return None
    end = limit
    while end > hit.end() and m[end - 1] in " \t\n.!?":
        end -= 1
    clause = m[hit.end() : end]
    if (
        QMASK in clause
        or len(clause.split()) < 3
        or _REPORTED_TENSE.search(clause) is None
        or _REPORTED_TENSE.search(m, lead[0], lead[1]) is None
    ):
        return None
    return hit.end(), end
