"""The passes over a whole article, one after another, each reading the one before.

Quotation marks (``_quotes``), sentences, the mention pass (``_mentions``), then the rules
sentence by sentence (``_rules``), the layout rules (transcripts, colon lead-ins, sign-offs),
quotations carried over paragraphs, nested quotations, the organisations a text calls "it",
and each finding's confidence. Refusals to speak are read over the same passes.
"""

from __future__ import annotations

import dataclasses
import re

from ._context import LOW_FLAGS, Ctx, inner, mask, quote_attr, speaker_at
from ._extras import SUBJECT_VOICE, bare_cue, subject_voice
from ._layout import colon_lead_in, dash_signoff, transcript_label
from ._mentions import build_mentions
from ._model import Attribution, Refusal
from ._nested import nested_quotes
from ._nouncues import noun_cue_pass
from ._orgs import organisations_by_their_body
from ._quotes import Quote, find_quotes, split_sentences
from ._refusals import refusal_spans
from ._reportedly import reportedly_pass
from ._resolver import Speaker
from ._rules import read_sentence
from ._speakers import antecedent, np_before

__all__ = ["extract", "prepare", "refusals"]


def prepare(
    text: str, paragraphs: list[tuple[int, int]]
) -> tuple[Ctx, list[list[tuple[int, int]]]]:
    """The passes before the rules: quotation marks, sentences (by paragraph), mentions."""
    quotes = find_quotes(text, paragraphs)
    ctx = Ctx(text, mask(text, quotes), quotes)
    qi = 0
    by_paragraph: list[list[tuple[int, int]]] = []
    for ps, pe in paragraphs:
        q0 = qi
        while qi < len(quotes) and quotes[qi].start < pe:
            qi += 1
        by_paragraph.append(split_sentences(text, ps, pe, quotes[q0:qi]))
    ctx.resolver.mentions = build_mentions(text, ctx.m, [s for p in by_paragraph for s in p])
    return ctx, by_paragraph


def refusals(text: str, paragraphs: list[tuple[int, int]]) -> list[Refusal]:
    """The refusals to speak in ``text`` (``declined to comment``), in text order."""
    ctx, by_paragraph = prepare(text, paragraphs)
    out: list[Refusal] = []
    for s, e in (span for p in by_paragraph for span in p):
        for a, cue_end, b in refusal_spans(ctx.m, s, e):
            back = np_before(ctx.m, s, _cue_start(ctx.m, s, a))
            span = (back[0], back[1]) if back is not None and back[2] != "who" else None
            if back is not None and back[2] == "who":
                ante = antecedent(ctx.m, s, back[0])
                span = ante
            sp = speaker_at(ctx, span, e) if span is not None else Speaker(None, "unknown")
            topic = ctx.text[cue_end:b].strip() or None
            out.append(
                Refusal(sp.name, span, sp.type, ctx.text[a:cue_end], (a, cue_end), (a, b), topic)
            )
    return out


def _cue_start(m: str, s: int, a: int) -> int:
    """Where the speaker phrase ends before a refusal (past "has", "so far", "again")."""
    hit = _BEFORE_REFUSAL.search(m, s, a)
    return hit.start() if hit is not None else a


_BEFORE_REFUSAL = re.compile(
    r"(?:\s+(?:also|again|so\s+far|repeatedly|previously|has|have|had))*\s*$"
)


def extract(text: str, paragraphs: list[tuple[int, int]]) -> list[Attribution]:
    """All attributions in ``text`` (paragraph spans given), in text order."""
    # Passes, each reading the one before: quotation marks, sentences, mentions, then the
    # rules sentence by sentence, the layout rules, and nested quotations.
    ctx, by_paragraph = prepare(text, paragraphs)
    quotes = ctx.quotes
    found: list[Attribution] = []
    prev: Attribution | None = None
    for sentences in by_paragraph:
        for s, e in sentences:
            got = read_sentence(ctx, s, e, prev)
            found.extend(got)
            # A question put by an unnamed asker ("he said when asked about ...") and a
            # relative clause on a speaker ("who has accused ...") are not the voice a
            # following quotation carries on.
            said = [a for a in got if a.rule not in ("asked-question", "who-said")]
            prev = said[-1] if said else bare_cue(ctx, s, e) or subject_voice(ctx, s, e)
    found.extend(noun_cue_pass(ctx, by_paragraph, found))
    found.extend(reportedly_pass(ctx, by_paragraph, found))
    transcript_label(ctx, found, paragraphs)
    colon_lead_in(ctx, found, paragraphs)
    dash_signoff(ctx, found)
    # Earlier pieces of a quotation whose speaker only comes in a later paragraph.
    for i, q in enumerate(quotes):
        if i in ctx.used_quotes or q.group not in ctx.group_speaker:
            continue
        sp, first = ctx.group_speaker[q.group]
        got2 = quote_attr(ctx, i, sp, first.speaker_mention, None, "multi-paragraph-quote")
        if got2:
            found.append(got2)
    found.sort(key=lambda a: a.content_span)
    found = _merge_groups(text, quotes, found)
    inner = nested_quotes(ctx, found, read_sentence)
    if inner:
        found = sorted([*found, *inner], key=lambda a: a.content_span)
    found = organisations_by_their_body(ctx, found)
    return [_confidence(a) for a in found]


# Rules that guess a speaker when no reporting cue names one.
_FALLBACK_RULES = frozenset(("subject-verb-quote", "speaker-colon-headline", SUBJECT_VOICE))


def _confidence(a: Attribution) -> Attribution:
    """``a`` with confidence "low" where the engine guessed, and the reason in ``flags``."""
    extra: tuple[str, ...] = ()
    if a.rule in _FALLBACK_RULES:
        extra = ("speaker-fallback",)
    elif a.speaker is None:
        extra = ("no-speaker",)
    flags = tuple(dict.fromkeys((*a.flags, *extra)))
    low = any(f in LOW_FLAGS for f in flags)
    if flags == a.flags and (a.confidence == "low") == low:
        return a
    return dataclasses.replace(a, flags=flags, confidence="low" if low else "high")


def _merge_groups(text: str, quotes: list[Quote], found: list[Attribution]) -> list[Attribution]:
    """Join the pieces of a quotation that runs over paragraphs into one attribution."""
    pieces: dict[int, list[Quote]] = {}
    for q in quotes:
        pieces.setdefault(q.group, []).append(q)
    by_span = {a.content_span: i for i, a in enumerate(found) if a.kind == "direct"}
    drop: set[int] = set()
    replace: dict[int, Attribution] = {}
    for group in pieces.values():
        if len(group) < 2:
            continue
        idx = [by_span.get(inner(text, q)) for q in group]
        if any(i is None for i in idx):
            continue
        members = [found[i] for i in idx if i is not None]
        if len({a.speaker for a in members}) != 1:
            continue
        lead = next((a for a in members if a.cue is not None), members[0])
        a0 = members[0].content_span[0]
        b0 = members[-1].content_span[1]
        flags = tuple(dict.fromkeys(f for a in members for f in (*a.flags, "multi-paragraph")))
        merged = replace_fields(lead, text[a0:b0], (a0, b0), flags)
        first = idx[0]
        if first is None:
            continue
        replace[first] = merged
        drop.update(i for i in idx[1:] if i is not None)
    if not replace:
        return found
    return [replace.get(i, a) for i, a in enumerate(found) if i not in drop]


def replace_fields(
    a: Attribution, content: str, span: tuple[int, int], flags: tuple[str, ...]
) -> Attribution:
    """``a`` with a new content, span and flags."""
    return dataclasses.replace(a, content=content, content_span=span, flags=flags)
