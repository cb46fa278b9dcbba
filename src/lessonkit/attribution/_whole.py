"""A source that reports a whole sentence with reported speech of its own inside it.

"Ruiz welcomed the news, saying Hale was “doing the right thing,” the Gazette reported." /
"Hale slammed the club for promoting “…,” the Courier first reported." / "The
vote signals “the beginning of the end” for the port board, said Ana Silva.": the
trailing cue's content is the sentence before it, not only the words after the last
attribution found inside it. The inner attributions are kept (Ruiz's words, as the Gazette
reports them); the outer one is added before them.
"""

from __future__ import annotations

import re

from ._context import TRAIL, Ctx, adjuncts, make, skip_adjuncts
from ._cues import Cue
from ._model import Attribution
from ._resolver import Speaker

__all__ = ["ends_sentence", "outer_report", "relayed_quote", "whole_sentence"]

_PARENTHESIS = re.compile(r"\([^()]{0,40}\)")
_PRONOUNS = frozenset("he she they we i".split())
# A clause of its own between the last attribution and the cue.
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|or|so|yet|while|whereas)\s|;|\s[—–―]\s|\s-\s")


def whole_sentence(
    ctx: Ctx, out: list[Attribution], s: int, end: int, speaker: Speaker, mention: str
) -> tuple[int, int] | None:
    """The span from the sentence start ``s`` to ``end`` (the comma before a trailing cue
    whose speaker is named by ``mention``) when the attributions already found in the
    sentence lie inside it and no clause of its own stands between the last of them and
    ``end``; else None. Not when the sentence opens with the speaker of one of them and the
    trailing cue names them again ("Hale said that ..., he said": one voice)."""
    first = s
    while first < end and ctx.m[first].isspace():
        first += 1
    again = speaker.name is not None and mention.lower() not in _PRONOUNS
    for a in out:
        opens = a.speaker_mention is not None and a.speaker_mention[0] == first
        if opens and (not again or a.speaker == speaker.name):
            return None  # "Hale said that ..., he said": one voice, named twice
    if not out or not ctx.text[s:end].rstrip().rstrip("”\"’'").endswith(","):
        return None
    if any(a.content_span[0] < s or a.content_span[1] > end for a in out):
        return None
    if any(a.rule == "asked-question" for a in out):
        return None  # "Asked about it, ..., Ruiz said": the question is put to the speaker
    last = max(a.content_span[1] for a in out)
    if _NEW_CLAUSE.search(ctx.m, last, end):
        return None  # "Ruiz said X, and the bridge will close, officials said": a clause apart
    return (s, end)


def outer_report(
    ctx: Ctx,
    out: list[Attribution],
    s: int,
    end: int,
    e: int,
    speaker: Speaker,
    mention: tuple[int, int],
    cue: Cue,
    rule: str,
) -> bool:
    """Add the attribution of the sentence ``[s, e)`` up to ``end`` (where the trailing
    cue's content ends) before the ones inside it (see :func:`whole_sentence`); whether it
    was added."""
    whole = whole_sentence(ctx, out, s, end, speaker, ctx.text[mention[0] : mention[1]])
    if whole is None:
        return False
    skip_adjuncts(ctx, cue, e)  # the cue as shown: "said on Friday"
    got = make(ctx, speaker, mention, cue, whole, rule)
    if got is None:
        return False
    at = next((i for i, a in enumerate(out) if a.content_span[0] >= got.content_span[0]), len(out))
    out.insert(at, got)
    return True


_LIGHT = frozenset("first also too then again later earlier previously".split())


def ends_sentence(ctx: Ctx, cue: Cue, e: int) -> bool:
    """Does the cue end its sentence, give or take a time, a place or a channel ("said
    Friday in a statement", "first reported")? Not "the weather said nothing"."""
    start = adjuncts(ctx, cue, e)[0]
    rest = ctx.m[start:e].strip(TRAIL + ".!?").split()
    return all(w.lower() in _LIGHT or w.endswith("ly") for w in rest)


_REPORTED_RULES = frozenset(("reporting-verb-clause", "reporting-verb-that"))


def relayed_quote(ctx: Ctx, out: list[Attribution], cue: Cue) -> tuple[int, int] | None:
    """The span of '“…,” X said' right before ``, according to`` (or None)."""
    if not out:
        return None
    a = out[-1]
    if a.rule in _REPORTED_RULES and a.speaker_mention is not None:
        # "Most voters say they want X, according to a poll": the poll reports it all.
        if ctx.m[a.content_span[1] : cue.start].strip(" ,"):
            return None
        return (min(a.speaker_mention[0], a.content_span[0]), a.content_span[1])
    if (
        a.rule not in ("quote-then-speaker-said", "quote-then-said-speaker")
        or a.cue_span is None
        or a.speaker_mention is None
    ):
        return None
    end = max(a.cue_span[1], a.speaker_mention[1])
    between = _PARENTHESIS.sub("", ctx.m[end : cue.start])  # "told Sen. Ruiz (D-Ore.),"
    if between.strip(" ,") or a.content_span[0] > end:
        return None
    start = a.content_span[0]
    if start > 0 and ctx.text[start - 1] in '“"«':
        start -= 1
    return (start, end)
