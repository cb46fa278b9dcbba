"""The nested-quotation pass: a quotation inside a quotation, with the speaker it reports.

In “One of the paramedics told me, ‘Keep talking to him,’ so I talked,” she said. the outer
quotation is hers; the inner one is the paramedic's, as she reports it. The inner stretch is
read with the same sentence rules as the article, with its own quotation marks (single
marks inside double ones, double inside single, straight ones too); ``I`` and ``me`` there
are the outer speaker. A person the speaker does not name (``my supervisor``, ``the nurse``)
is an anonymous source.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ._context import Ctx, inner, mask
from ._model import Attribution
from ._quotes import find_quotes, split_sentences

__all__ = ["nested_quotes"]

_INNER_MARK = re.compile(r"[‘’'“”\"]")
_OPEN_BEFORE = " \t\n([{—–―-,:;"
_ADDRESSEE = re.compile(r"\s*(?:(?:me|us|him|her|them|you)\s*,?\s*)?")
_FIRST_PERSON = frozenset("i me we us".split())

SentenceRule = Callable[[Ctx, int, int, "Attribution | None"], list[Attribution]]


def _curly_singles(text: str, a: int, b: int) -> str:
    """``text`` with straight single marks in ``[a, b)`` read as typographic ones.

    An opening mark follows a space or an opening punctuation mark and precedes a letter;
    every other ``'`` (an apostrophe, a closing mark) becomes ``’``. The length is kept, so
    offsets still index the article text.
    """
    chunk = text[a:b]
    if "'" not in chunk:
        return text
    out = []
    pos = 0
    at = chunk.find("'")
    while at >= 0:  # from mark to mark, not character by character
        before = chunk[at - 1] if at > 0 else " "
        after = chunk[at + 1] if at + 1 < len(chunk) else " "
        out.append(chunk[pos:at])
        out.append("‘" if before in _OPEN_BEFORE and not after.isspace() else "’")
        pos = at + 1
        at = chunk.find("'", pos)
    out.append(chunk[pos:])
    return text[:a] + "".join(out) + text[b:]


def nested_quotes(
    ctx: Ctx, found: list[Attribution], read_sentence: SentenceRule
) -> list[Attribution]:
    """Attributions for the quotations inside the direct quotations in ``found``."""
    extra: list[Attribution] = []
    for outer in found:
        if outer.kind != "direct":
            continue
        a, b = outer.content_span
        if _INNER_MARK.search(ctx.text, a, b) is None:
            continue
        # The outer quotation alone, at its own offsets: blanks stand for the rest.
        view = _curly_singles(" " * a + ctx.text[a:b] + " " * (len(ctx.text) - b), a, b)
        inner_quotes = find_quotes(view, [(a, b)])
        if not inner_quotes:
            continue
        sub = Ctx(view, mask(view, inner_quotes), inner_quotes, resolver=ctx.resolver)
        for s, e in split_sentences(view, a, b, inner_quotes):
            for got in read_sentence(sub, s, e, None):
                if got.kind == "mixed":
                    # 'told me, ‘Keep talking,’ so I did': the quotation the cue leads to,
                    # not the words of the outer speaker after it.
                    lead = next((q for q in inner_quotes if q.start >= got.content_span[0]), None)
                    before = view[got.content_span[0] : lead.start] if lead else ""
                    if lead is None or not _ADDRESSEE.fullmatch(before):
                        continue
                    span = inner(view, lead)
                    got = dataclasses.replace(got, content_span=span, kind="direct")
                elif got.kind != "direct":
                    continue
                extra.append(_as_reported(ctx, outer, got))
    return extra


def _as_reported(ctx: Ctx, outer: Attribution, got: Attribution) -> Attribution:
    """``got`` (read inside ``outer``) as the outer speaker reports it."""
    speaker, kind = got.speaker, got.speaker_type
    mention = (
        ctx.text[got.speaker_mention[0] : got.speaker_mention[1]].lower()
        if got.speaker_mention
        else ""
    )
    if mention in _FIRST_PERSON:
        speaker, kind = outer.speaker, outer.speaker_type
    elif kind == "unknown" and mention not in ("he", "she", "they", "it", "you"):
        kind = "anonymous"  # someone the speaker does not name: "my supervisor", "the nurse"
    a, b = got.content_span
    cue = ctx.text[got.cue_span[0] : got.cue_span[1]] if got.cue_span else None
    return dataclasses.replace(
        got,
        speaker=speaker,
        speaker_type=kind,
        content=ctx.text[a:b],
        cue=cue,
        rule="nested-quote",
        flags=tuple(dict.fromkeys((*got.flags, "nested"))),
    )
