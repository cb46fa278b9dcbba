"""A quotation that opens a sentence, then a subject and a past-tense verb: its speaker.

"“…,” an angry Mr Okafor retaliated." / "“…?” the host pressed.": a quotation closed by a
comma, a question or an exclamation mark, at the start of a sentence, then a short subject
and a verb in ``-ed`` that ends the sentence or leads to an adjunct is the frame of
reported speech, whatever the verb. Run for the quotations no other rule has taken.
"""

from __future__ import annotations

import re

from ._context import Ctx, inner, quote_attr, speaker_at
from ._cues import Cue
from ._model import Attribution
from ._speakers import np_before

__all__ = ["colon_frame", "quote_frame"]

_FRAME = re.compile(
    r"[ \t]*((?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b|(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?"
    r"(?:[a-z][\w’'-]*\s+){0,2}(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*"
    r"|(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)"
    r"\s+([a-z]{3,}ed)(?=\s*(?:[.,;!?]|$)|\s+(?:on|of|about|to|at|in|as|when|while|after|"
    r"before|later|again|back)\b)"
)
_CLOSING = ",?!"
# "“Jaws,” the film Spielberg directed, opened in 1975": a relative clause, then the verb.
_VERB_AFTER = re.compile(r"\s*,\s*[a-z]+(?:ed|s)\b")


def quote_frame(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """Attribute the sentence's opening quotation by its frame, when no rule did."""
    inside = ctx.quotes_within(s, e)
    if not inside or inside[0] in ctx.used_quotes:
        return
    q = ctx.quotes[inside[0]]
    if ctx.m[s : q.start].strip():
        return  # the quotation must open the sentence
    a, b = inner(ctx.text, q)
    if b <= a or ctx.text[b - 1] not in _CLOSING:
        return  # "“Hamlet” opened ...": a title, not speech
    hit = _FRAME.match(ctx.m, q.end, e)
    if hit is None:
        return
    if _VERB_AFTER.match(ctx.m, hit.end(), e):
        return
    span = hit.span(1)
    verb = hit.span(2)
    cue = Cue(verb[0], verb[0], verb[1], hit.group(2), hit.group(2))
    got = quote_attr(ctx, inside[0], speaker_at(ctx, span, e), span, cue, "quote-frame")
    if got:
        out.append(got)


# The subject of the clause before a colon: a pronoun, or a noun phrase of up to eight
# words (names, a possessive, a determiner) right before its verb.
_VERB = (
    r"(?:(?:also|then|later|only|even|again|just|once|quickly|[a-z]+ly)\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|could|can|did|does|do|gave|made|took|told|"
    r"said|wrote|put|went|sent|got|brought|found|kept|left|ran|sang|spoke|began|[a-z]{3,}ed|"
    r"[a-z]{2,}[^s\W]s)\b"
)
_COLON_SUBJECT = re.compile(
    r"[ \t]*(?:(?:And|But|So|Yet|Then|Still|Now|Later|Instead)\s+)?"
    r"((?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+)?"
    r"(?:[\w.’'-]+\s+){0,6}?[\w.’'-]*[A-Za-z])\s+(?=" + _VERB + r")"
)
# Where the clause before the colon starts: the sentence start, or after ", but" / ", and".
_CLAUSE_JOINT = re.compile(r"(?:,|(?<=\ue000))\s+(?:but|and|so|yet|while)\s+|;\s+")
_OPENING = re.compile(r"[ \t]*(?:[A-Z][\w’'-]*\s+)?(?:[^,;:\ue000]{0,80}),\s+(?=\S)")


def colon_frame(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``Hale fired back: “…”``, ``A note in the audit makes that plain: “…”``: a
    clause ending in a colon, then a quotation that no rule has taken; its speaker is the
    clause's subject, whatever the verb."""
    colon = ctx.m.find(":", s, e)
    while colon >= 0:
        after = colon + 1
        while after < e and ctx.m[after] in " \t\u00a0":
            after += 1
        i = next((k for k in ctx.quotes_within(after, e) if ctx.quotes[k].start == after), None)
        if i is not None and i not in ctx.used_quotes:
            span = _subject(ctx.m, s, colon)
            if span is not None:
                got = quote_attr(ctx, i, speaker_at(ctx, span, e), span, None, "colon-frame")
                if got:
                    out.append(got)
        colon = ctx.m.find(":", colon + 1, e)


def _subject(m: str, s: int, colon: int) -> tuple[int, int] | None:
    """The subject of the clause that ends at ``colon``, or None."""
    start = s
    for joint in _CLAUSE_JOINT.finditer(m, s, colon):
        start = joint.end()
    for at in (start, *(h.end() for h in [_OPENING.match(m, start, colon)] if h)):
        verb = _first_verb(m, at, colon)
        if verb is None or _NOT_SPEECH.match(m, verb.start(1)):
            return None  # "The list included the following:": not speech
        # "Ana Ruiz, D-Ore., delivered a message:": the phrase before the verb.
        got = np_before(m, at, verb.start())
        if got is not None and got[2] != "who" and not m[at : got[0]].strip():
            return (got[0], got[1])
        subject = _COLON_SUBJECT.match(m, at, colon)
        if subject is not None and _NOUNISH.search(subject.group(1)) is None:
            return subject.span(1)
    return None


_FIRST_VERB = re.compile(r"\s(" + _VERB + r")")


def _first_verb(m: str, at: int, end: int) -> re.Match[str] | None:
    """The clause's first verb: an -s word followed by another verb is a plural noun
    ("The mayor's first questioners ranged")."""
    hit = _FIRST_VERB.search(m, at, end)
    while hit is not None and hit.group(1).endswith("s"):
        nxt = _FIRST_VERB.match(m, hit.end(), end)
        if nxt is None:
            break
        hit = nxt
    return hit


_NOT_SPEECH = re.compile(r"(?:include|contain|list|feature)(?:s|d|ed)?\b")


# Words a subject phrase cannot hold: a verb, a clause word, a quotation.
_NOUNISH = re.compile(
    r"\ue000|\b(?:is|was|are|were|has|had|have|that|which|who|when|if|because|to|said|says)\b"
)
