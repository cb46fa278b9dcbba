"""The words a report keeps inside quotation marks, shared by the quiz and the compare views."""

from __future__ import annotations

import re

__all__ = ["quoted_parts"]

_DOUBLE = re.compile(r"[“\"«„]([^”\"»“]+)[”\"»“]")
# A single-mark quotation opens after a space, a bracket or a dash and closes before a
# non-letter; a ’ followed by a letter inside it is an apostrophe ("the army’s line").
_SINGLE = re.compile(r"(?:^|[\s(\[—–-])‘((?:[^’]|’(?=\w))+)’(?!\w)")
_TRIM = " ,.;:"


def quoted_parts(text: str) -> list[str]:
    """Return the stretches of ``text`` inside quotation marks, in the order they appear.

    Double marks (“…”, "…", «…», „…“) and single marks (‘…’) both count; a single-marked
    quotation inside a double-marked one is part of it, not a second quotation. Leading and
    trailing spaces and punctuation are dropped.

    Examples
    --------
    >>> quoted_parts("She said the town was “under heavy fire,” and ‘the army’s line’ held.")
    ['under heavy fire', 'the army’s line']
    >>> quoted_parts("He called it “a ‘tactical’ move”.")
    ['a ‘tactical’ move']
    >>> quoted_parts("No quotation here, only the army’s line.")
    []
    """
    found: list[tuple[int, str]] = []
    doubles: list[tuple[int, int]] = []
    for m in _DOUBLE.finditer(text):
        doubles.append(m.span())
        found.append((m.start(), m.group(1)))
    for m in _SINGLE.finditer(text):
        if not any(start <= m.start(1) < end for start, end in doubles):
            found.append((m.start(1), m.group(1)))
    parts = (part.strip(_TRIM) for _, part in sorted(found))
    return [part for part in parts if part]
