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

__all__ = ["quote_frame"]

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
