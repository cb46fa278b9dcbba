"""Rules that read the layout around a quotation rather than one sentence.

- ``dash-signoff``: a quotation signed with a dash and a name, as in vox pops and
  pull quotes: ``“We deserve better.” ― Ana Silva``, also in the paragraph below a
  quotation that stands alone (``- Ana Silva, Dunmore.``).
- ``colon-lead-in``: a paragraph that ends in a cue and a colon, with the quotation
  in the paragraph that follows: ``The minister told parliament:`` / ``“…”``.
- ``transcript-label``: a transcript line, quoted or not, that opens with a speaker's
  name in capitals and a colon: ``"WALLACE: Let’s start with …``.
"""

from __future__ import annotations

import itertools
import re

from ._context import Ctx, make, quote_attr, skip_adjuncts
from ._cues import Cue, find_cues
from ._lexicon import CUE_LEMMA
from ._model import Attribution
from ._resolver import Speaker
from ._speakers import np_before

__all__ = ["colon_lead_in", "dash_signoff", "transcript_label"]

_NAME_WORD = r"[A-Z][\w.’'-]*"
_SIGNOFF = re.compile(
    r"[ \t\u00a0]*[―—–][ \t\u00a0]*"
    rf"({_NAME_WORD}(?:[ \t\u00a0]+(?:{_NAME_WORD}|de|del|da|van|von|der|bin|al|y)){{0,5}})"
    r"(?=[ \t\u00a0]*(?:[.,;]|$|\n))"
)
# A quotation paragraph signed in the next paragraph, with a dash or a hyphen:
# "“We deserve better.”" / "- Ana Silva, Dunmore."
_SIGNOFF_BELOW = re.compile(
    r"[ \t\u00a0]*\n\s*(?:[―—–]|-{1,2})[ \t\u00a0]*"
    rf"({_NAME_WORD}(?:[ \t\u00a0]+(?:{_NAME_WORD}|de|del|da|van|von|der|bin|al|y)){{0,5}})"
    r"(?=[ \t\u00a0]*(?:[.,;]|$|\n))"
)
_LEAD_IN_END = re.compile(r":[ \t\u00a0]*$")
# "made the following comment:", "said the following:", "as follows:"
_FOLLOWING = re.compile(
    r"\bthe\s+following(?:\s+(?:comment|comments|statement|remarks?|words))?"
    r"[ \t\u00a0]*:[ \t\u00a0]*$"
)
_FOLLOWING_VERBS = frozenset(
    "made issued released gave posted offered said wrote tweeted added stated sent".split()
)
_LABEL = re.compile(r"[“\"‘«]?((?:[A-Z][A-Z.’'-]+)(?:[ \t][A-Z][A-Z.’'-]+){0,2}):[ \t]+(?=\S)")
_NOT_LABELS = frozenset("UPDATE NOTE EDITOR WATCH READ PHOTO VIDEO CORRECTION BREAKING Q A".split())
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_OPENS_WITH_QUOTE = re.compile(r"[ \t\u00a0]*[“\"‘«„]")


def dash_signoff(ctx: Ctx, found: list[Attribution]) -> None:
    """Attribute each unused quotation that is followed by a dash and a name."""
    for i, q in enumerate(ctx.quotes):
        if i in ctx.used_quotes:
            continue
        hit = _SIGNOFF.match(ctx.text, q.end)
        if hit is None and ctx.text[: q.start].rstrip(" \t\u00a0")[-1:] in ("\n", ""):
            hit = _SIGNOFF_BELOW.match(ctx.text, q.end)  # a paragraph that is the quotation
        if hit is None:
            continue
        span = hit.span(1)
        if ctx.text[span[1] - 1] == "." and len(ctx.text[span[0] : span[1]].split()[-1]) > 2:
            span = (span[0], span[1] - 1)  # a full stop, not an initial
        mention = ctx.text[span[0] : span[1]]
        speaker = ctx.resolver.resolve(mention)
        if speaker.type not in ("named_person", "named_org"):
            continue
        got = quote_attr(ctx, i, speaker, span, None, "dash-signoff")
        if got is not None:
            found.append(got)


def colon_lead_in(ctx: Ctx, found: list[Attribution], paragraphs: list[tuple[int, int]]) -> None:
    """Attribute a quotation paragraph to the cue and colon that end the paragraph before."""
    starts = {q.start: i for i, q in enumerate(ctx.quotes)}
    for (ps, pe), (ns, _ne) in itertools.pairwise(paragraphs):
        if not _LEAD_IN_END.search(ctx.m, ps, pe):
            continue
        opener = _OPENS_WITH_QUOTE.match(ctx.text, ns)
        if opener is None:
            continue
        qi = starts.get(opener.end() - 1)
        if qi is None or qi in ctx.used_quotes:
            continue
        # The lead-in is the last sentence of the paragraph.
        stop = ctx.m.rfind(". ", ps, pe)
        s = stop + 2 if stop >= 0 else ps
        cues = find_cues(ctx.m, s, pe)
        following = _FOLLOWING.search(ctx.m, s, pe)
        if not cues and following is None:
            # Before a colon and a quotation paragraph, a verb that is often not a cue is
            # one: "Ruiz called them on it:", "Potts echoed:".
            cues = _loose_cues(ctx.m, s, pe)
        if not cues and following is None:
            continue
        if following is not None:
            # "Ruiz made the following comment:": the phrase is the cue.
            verb = ctx.m.rfind(" ", s, following.start() - 1) + 1
            if ctx.m[verb : following.start()].strip().lower() not in _FOLLOWING_VERBS:
                continue  # "The list included the following:" is not speech
            cue = Cue(verb, verb, following.end() - 1, "say", ctx.m[verb : following.end() - 1])
            cues = [cue]
        cue = cues[-1]
        if ctx.m[cue.we : pe].count(" ") > 6:
            continue  # the colon belongs to a list or a long phrase, not the cue
        back = np_before(ctx.m, s, cue.start)
        if back is None and cue.form.endswith("ing") and len(cues) > 1:
            # "The paper confirmed the account, reporting:": the subject of the main verb.
            back = np_before(ctx.m, s, cues[-2].start)
        if back is None:
            continue
        span = (back[0], back[1])
        mention = ctx.text[span[0] : span[1]]
        speaker = ctx.resolver.resolve(mention)
        ctx.resolver.remember(speaker, mention)
        skip_adjuncts(ctx, cue, pe)  # the cue as shown: "told the meeting"
        got = quote_attr(ctx, qi, speaker, span, cue, "colon-lead-in")
        if got is not None:
            found.append(got)


def _loose_cues(m: str, s: int, e: int) -> list[Cue]:
    """The last reporting verb in ``m[s:e]``, whatever follows it, as a one-cue list."""
    for hit in reversed(list(_LOWER_WORD.finditer(m, s, e))):
        lemma = CUE_LEMMA.get(hit.group())
        if lemma is not None and hit.group() != lemma:
            return [Cue(hit.start(), hit.start(), hit.end(), lemma, hit.group())]
    return []


def transcript_label(ctx: Ctx, found: list[Attribution], paragraphs: list[tuple[int, int]]) -> None:
    """Attribute a transcript paragraph to the capitalised name that labels it."""
    taken = [a.content_span for a in found]
    for ps, pe in paragraphs:
        hit = _LABEL.match(ctx.text, ps, pe)
        if hit is None or hit.group(1).rstrip(".") in _NOT_LABELS:
            continue
        a, b = hit.end(), pe
        if any(x < b and y > a for x, y in taken):
            continue
        span = hit.span(1)
        mention = ctx.text[span[0] : span[1]]
        # A transcript's capitalised label names a person speaking, word for word.
        speaker = Speaker(mention, "named_person")
        cue = Cue(span[1], span[1], span[1] + 1, "colon", ":")
        got = make(ctx, speaker, span, cue, (a, b), "transcript-label", "direct")
        if got is not None:
            for i, q in enumerate(ctx.quotes):
                if q.start < b and q.end > a:
                    ctx.used_quotes.add(i)
            found.append(got)
