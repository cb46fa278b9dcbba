"""The source after ``according to``: the whole phrase, whatever its head.

``according to`` names a source whatever follows it, so the phrase is read to the comma,
the dash or the end of the sentence: a person or a body (read first by the speaker rules)
and also a document or a count whose head is no word for a person (``one industry
index``, ``the charity's own tally``, ``a count by the wire service``). ``according to
plan`` and ``according to the script`` say how something went, not who said so.
"""

from __future__ import annotations

import re

from ._lexicon import COLLECTIVE_NOUNS, SOURCE_HEADS
from ._speakers import QMASK, np_after

__all__ = ["according_source"]

_WORD = re.compile(r"[\w’'&.-]+")
# What ends the phrase: punctuation, a clause, a verb.
_STOP_WORDS = frozenset(
    "that which who whom whose when while where because although though but and or if as "
    "is are was were has have had will would could should can may might must did does do "
    "said says told tells added adds wrote writes showed shows found finds".split()
)
_STOP_MARKS = ",;:()—–!?" + QMASK
# Heads of "according to plan", "according to the script": a manner, not a source.
_MANNER = frozenset(
    "plan plans script schedule form tradition custom design expectations expectation "
    "instructions protocol procedure type".split()
)
_MAX_WORDS = 12


def according_source(m: str, p: int, e: int) -> tuple[int, int] | None:
    """The source phrase just after ``according to`` (ending at ``p``), or None."""
    fwd = np_after(m, p, e, appositive=False)
    words: list[re.Match[str]] = []
    for hit in _WORD.finditer(m, p, min(e, p + 160)):
        gap = m[words[-1].end() if words else p : hit.start()]
        if any(c in _STOP_MARKS for c in gap) or (words and " - " in gap):
            break
        word = hit.group().rstrip(".")
        if not word or word.lower() in _STOP_WORDS or len(words) == _MAX_WORDS:
            break
        words.append(hit)
        if hit.group().endswith(".") and not _abbreviation(hit.group()):
            break  # the end of the sentence
    if not words:
        return fwd
    start, end = words[0].start(), words[-1].end()
    while end > start and m[end - 1] == ".":
        end -= 1
    head = m[words[-1].start() : end]
    if head.lower() in _MANNER:
        return None
    if len(words) == 1 and head.islower() and head not in SOURCE_HEADS | COLLECTIVE_NOUNS:
        return None  # "according to tradition"
    if fwd is None:
        return (start, end)
    rest = m[fwd[1] : end].split()
    if rest and rest[0].isalpha() and rest[0].islower() and not _PARTICIPLE.fullmatch(rest[0]):
        # "one industry": a phrase cut back to a word for a person; the head is "index".
        return (start, fwd[1] + m[fwd[1] : end].index(rest[0]) + len(rest[0]))
    return fwd


# A participle or a preposition after the phrase says who made it or when: "a poll
# conducted by", "figures released on": not more of its name.
_PARTICIPLE = re.compile(
    r"[a-z]+ed|[a-z]+ing|taken|done|made|written|seen|given|drawn|shown|held|run|put|out|"
    r"of|in|at|from|for|with|on|by|to|last|this|next"
)


def _abbreviation(word: str) -> bool:
    """``Mr.``, ``U.S.``, ``Dr.``: a dot that does not end the sentence."""
    return (len(word) <= 4 and word[:1].isupper()) or word.count(".") > 1
