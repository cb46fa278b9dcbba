"""Whom a speaker addressed, and acts on documents: objects of a cue that report no words.

"told the council on Monday", "informed passengers late on Friday", "warned the school
about the leak", "told police of a smell of gas": after a verb that takes the addressee as
its object, a noun phrase followed only by when, where or what about is the audience, not
what was said. "dismissed the council's appeal", "rejected an application for 40 flats":
a ruling on a request is an act, not speech. In both cases a clause after the object
("warned farmers that the drought would last", "told reporters the border would reopen")
or a naming ("dismissed the claims as nonsense") is still what was said.
"""

from __future__ import annotations

import re

from ._lexicon import pronoun_part
from ._speakers import QMASK

__all__ = [
    "ACT_LEMMAS",
    "ADDRESSEE_LEMMAS",
    "act_on_request",
    "addressee_only",
    "addressee_then_colon",
    "after_addressee_that",
]

ADDRESSEE_LEMMAS = frozenset("tell inform assure reassure brief notify warn remind".split())
ACT_LEMMAS = frozenset("dismiss reject".split())

# Words that show a clause (a verb or its sign) after the object: then words are reported.
_CLAUSE_WORDS = frozenset(
    "that whether if would will could should might must can may shall had has have was were "
    "is are be been being did does do not as to against".split()
)
# A subject pronoun after the first word opens a clause: "told voters| she’s with them".
_SUBJECTS = ("he", "she", "they", "we", "i", "you", "it")
# What is told rather than whom: "told a different story", "tells the truth".
_TOLD_THINGS = frozenset(
    "story stories tale tales truth lie lies joke jokes anecdote version account".split()
)
# What may follow the addressee without being said: a time, a place, a channel, a topic.
_AFTER_ADDRESSEE = frozenset(
    "on in at during late early last this by via through over about of after before "
    "yesterday today tonight".split()
)
# Requests and proposals a body rules on.
_REQUESTS = frozenset(
    "appeal appeals application applications bid bids motion motions request requests "
    "petition petitions lawsuit lawsuits suit case cases challenge challenges offer offers "
    "proposal proposals plan plans bill bills amendment amendments objection objections".split()
)
_WORD = re.compile(r"[^\W_][\w’'-]*")


def _words(m: str, start: int, limit: int) -> list[str] | None:
    """The words from ``start`` to ``limit``, or None if a quotation is among them."""
    stretch = m[start:limit]
    if QMASK in stretch:
        return None
    return [w.lower() for w in _WORD.findall(stretch)]


def addressee_only(m: str, start: int, limit: int) -> bool:
    """Is ``m[start:limit]`` (after "told") only an addressee and when, where or about?

    The addressee may already have been passed over ("told the BBC| on Monday").
    """
    words = _words(m, start, limit)
    if not words or len(words) > 10 or any(w in _CLAUSE_WORDS for w in words):
        return False
    if words[0] in ("how", "what", "why", "where", "when", "who"):
        return False  # "told how firemen saved her": the question word opens what was told
    if any(w.startswith(_SUBJECTS) and pronoun_part(w) in _SUBJECTS for w in words):
        return False  # "told voters| she’s with them": a clause after the addressee
    if any(w in _TOLD_THINGS for w in words):
        return False
    # the addressee: a few words up to the first preposition or time word
    k = 0
    while k < len(words) and words[k] not in _AFTER_ADDRESSEE:
        k += 1
    return k <= 4


def act_on_request(m: str, start: int, limit: int) -> bool:
    """Is ``m[start:limit]`` (after "dismissed") a request ruled on, with no clause?"""
    words = _words(m, start, limit)
    if not words or len(words) > 10 or any(w in _CLAUSE_WORDS for w in words):
        return False
    head = next((k for k, w in enumerate(words) if w in _AFTER_ADDRESSEE or w == "for"), len(words))
    return 0 < head <= 4 and words[head - 1] in _REQUESTS


_ADDRESSEE_THAT = re.compile(r"(?:[^\W_][\w’'-]*\s+){1,4}?that\s+")


def after_addressee_that(m: str, start: int, limit: int) -> int | None:
    """Where the words start in "warned| farmers that |the drought ...", or None."""
    hit = _ADDRESSEE_THAT.match(m, start, limit)
    if hit is None:
        return None
    words = [w.lower() for w in _WORD.findall(m, start, hit.end())][:-1]
    if any(w in _CLAUSE_WORDS or w in _AFTER_ADDRESSEE for w in words):
        return None
    return hit.end()


_BEFORE_COLON = re.compile(r"([^:\ue000.;!?]{1,80}):\s*\ue000")


def addressee_then_colon(m: str, start: int, limit: int) -> bool:
    """Is ``m[start:limit]`` an addressee, then a colon and a quotation ("told fans at the
    Academy: ‘...’")? The quotation is then what was said, read as a colon frame."""
    hit = _BEFORE_COLON.match(m, start, limit)
    if hit is None:
        return False
    words = [w.lower() for w in _WORD.findall(hit.group(1))]
    return 0 < len(words) <= 8 and not any(w in _CLAUSE_WORDS for w in words)
