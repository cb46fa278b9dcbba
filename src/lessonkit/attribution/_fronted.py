"""The subject after the phrases a sentence opens with.

"On Thursday, after weeks of silence, Ms Lane spoke, saying ...": each comma-ended phrase
that opens with a preposition, a time word or a subordinating word is passed, and the
subject is looked for after the last of them.
"""

from __future__ import annotations

import re

__all__ = ["after_openers"]

# A phrase that cannot hold the sentence's subject: "On Thursday", "after the vote",
# "despite the warnings", "when the vote was over", "Late on Friday".
_OPENER = re.compile(
    r"\s*(?i:on|in|at|after|before|when|while|despite|during|following|since|although|though|"
    r"as|amid|late|early|later|earlier|last|this|by|with|without|for|from|under|over|once|"
    r"until|unlike|like|hours|days|weeks|months|years)\b"
)
_MAX_OPENERS = 3


def after_openers(m: str, s: int, comma: int, p: int) -> list[int]:
    """Where a subject may start after a run of opening phrases: the positions after the
    second and later commas before ``p``, while every phrase from ``s`` (the first one
    ending at ``comma``) is an opening one."""
    out: list[int] = []
    if not _OPENER.match(m, s, comma):
        return out
    start, at = comma + 1, m.find(",", comma + 1, p)
    while at > 0 and len(out) < _MAX_OPENERS and _OPENER.match(m, start, at):
        out.append(at + 1)
        start, at = at + 1, m.find(",", at + 1, p)
    return out


def after_opening_phrases(m: str, s: int, p: int) -> bool:
    """Is ``m[s:p]`` a run of opening phrases, each ended by a comma ("Later, ",
    "On Friday, after the storm, ")? What follows them starts the sentence's clause."""
    j = p
    while j > s and m[j - 1].isspace():
        j -= 1
    if j <= s or m[j - 1] != ",":
        return False  # checked without copying the text: this runs for every speaker phrase
    lead = m[s:j]
    parts = lead[:-1].split(",")
    return len(parts) <= _MAX_OPENERS and all(_OPENER.match(part) for part in parts)
