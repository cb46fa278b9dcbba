"""Words set off by commas between a speaker and its verb that are not the speaker.

"Tom Hale, 58, of Dover, said", "Ms Lane, during a meeting in Dover, Kent, said": an age,
a home town ("of/from PLACE", perhaps with a county or state after a comma) or an adjunct
that opens with a preposition. The speaker phrase ends where the interrupter starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "demonstrative_after_quote",
    "interrupter_start",
    "subject_across",
    "subject_before_participle",
]

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
    r"\ue000[\s,—–―-]*((?:[Tt]his|[Tt]hat)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s*$"
)


def demonstrative_after_quote(m: str, s: int, p: int) -> tuple[int, int] | None:
    """The span of "this source" / "that official" between a quotation and ``p``, or None."""
    lo = max(s, p - 50)
    if m.find("\ue000", lo, p) < 0:
        return None
    hit = _DEMONSTRATIVE.search(m, lo, p)
    return hit.span(1) if hit is not None else None


# What a phrase set off between a subject and its verb opens with: a relative clause ("who
# has endorsed Ruiz"), a description ("a teacher from Dover", "Dover's former
# governor"), a participle ("writing for the majority"), an age or a bracket.
_SET_OFF = re.compile(
    r"\s*(?:(?:who|whose|which|a|an|the|one|two|both|each|now|then|once|formerly|also|himself|"
    r"herself|themselves|itself|like|unlike|speaking|writing|when|while|after|before)\b|"
    # "Ruiz, asked about the plan, said", "Reyes, flanked by aides, said"
    r"[a-z]+ing\b|[a-z]{3,}ed\b|\d|\(|"
    r"[A-Z][\w.’'-]*)"
)
_DASHES = ("—", "–", "―", " - ", " -- ")
_MAX_SET_OFF = 45  # words
# After the cue, a name and the end of the clause: the speaker comes after the verb.
_INVERTED = re.compile(r"[a-z]+\s+(?:[A-Z][\w.’'-]*\s*){1,4}(?:[.,;!?]|$)")
_TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)

NounPhrase = Callable[[str, int, int], "tuple[int, int, str] | None"]


def subject_across(
    m: str, s: int, p: int, find: NounPhrase, opening: Callable[[str, int, int], bool]
) -> tuple[int, int, str] | None:
    """The subject before a phrase set off by commas or dashes that ends just before ``p``.

    "Rep. Ana Ruiz (D-Ore.), who has backed the plan since March, said", "Tom Hale — a
    teacher from Dover — says", "Judge Ana Ruiz, writing for the majority, said": the
    noun phrase that opens the clause, when what stands between it and the cue is one
    phrase set off from it (``find`` reads a noun phrase backwards, ``opening`` tells the
    opening phrases of a sentence). None when the cue's own speaker comes after it
    ("..., which grew, said Ana Ruiz.").
    """
    j = p
    while j > s and m[j - 1].isspace():
        j -= 1
    if j <= s:
        return None
    after = _INVERTED.match(m, p)
    if after is not None and not _TIME_WORD.match(m, m.find(" ", p) + 1):
        return None
    lo = max(s, p - 400)
    if m[j - 1] == ",":
        close = j - 1
        opens = [(i, i + 1) for i in range(lo, close) if m[i] == ","]
    elif m[j - 1] in "—–―" or m[max(s, j - 2) : j] in ("--", " -"):
        close = j - 1
        while close > s and m[close - 1] in "—–―-":
            close -= 1
        opens = []
        for dash in _DASHES:
            at = m.find(dash, lo, close)
            while 0 <= at < close:
                opens.append((at, at + len(dash)))
                at = m.find(dash, at + 1, close)
        opens.sort()
    else:
        return None
    for k, (op, op_end) in reversed(list(enumerate(opens))):  # the nearest phrase first
        set_off = m[op_end:close]
        if not set_off.strip() or len(set_off.split()) > _MAX_SET_OFF:
            continue
        if any(ch in set_off for ch in ";:!?"):
            continue
        if not _SET_OFF.match(m, op_end, close):
            continue
        # The subject: a noun phrase from the clause's start up to the opening mark.
        c = opens[k - 1][1] if k > 0 else lo
        got = find(m, c, op)
        if got is None or got[2] == "who":
            continue
        first = c
        while first < op and m[first].isspace():
            first += 1
        if got[0] == first and (not m[s:first].strip() or opening(m, s, first)):
            return (got[0], got[1], "plain")
    return None


# A participle phrase on the subject, up to the cue: "Protesters marching through the
# streets chanted", "A report released last year found".
_PARTICIPLE_WORD = re.compile(
    r"\s[a-z]{3,}ing\b|(?:report|survey|letter|memo|study|studies|filing|paper|poll)s?"
    r"(?P<ed>\s[a-z]{3,}ed)\b"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|did|does|do|said|says|"
    r"and|but|or)\b|[,;:\ue000]"
)


def subject_before_participle(
    m: str, s: int, p: int, find: NounPhrase, opening: Callable[[str, int, int], bool]
) -> tuple[int, int, str] | None:
    """The subject before a participle phrase that runs up to ``p`` (a cue), or None."""
    lo = max(s, p - 160)
    first = lo
    while first < p and m[first].isspace():
        first += 1
    part = _PARTICIPLE_WORD.search(m, first, p)
    if part is None or _FINITE.search(m, part.end(), p):
        return None
    at = part.start("ed") if part.group("ed") else part.start()
    got = find(m, first, at)
    if got is None or got[2] == "who" or got[0] != first:
        return None
    if m[s:first].strip() and not opening(m, s, first):
        return None
    return (got[0], got[1], "plain")
