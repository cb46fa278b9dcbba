"""Shared state and helpers for the attribution rules: quotes, adjuncts, making results."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ._cues import QUOTE_GAP, Cue, find_cues
from ._lexicon import CUE_FORMS, LOADED_LEMMAS, MEDIA_WORDS, TIME_WORDS, TO_LEMMAS
from ._model import Attribution
from ._quotes import Quote
from ._resolve import resolve_speaker
from ._resolver import Resolver, Speaker
from ._search import LatestTexts
from ._speakers import QMASK, tokens

__all__ = [
    "LOW_FLAGS",
    "TRAIL",
    "Ctx",
    "adjuncts",
    "inner",
    "make",
    "mask",
    "quote_attr",
    "quote_ending_before",
    "quote_starting_after",
    "skip_adjuncts",
    "speaker_at",
]

_AUDIENCE = frozenset(
    "reporters journalists lawmakers parliament supporters crowd conference briefing "
    "interviewer newspaper paper broadcaster station agency network magazine viewers "
    "listeners committee congress audience students delegates colleagues "
    "us me him her them jury court judge tribunal inquiry hearing panel".split()
)
_PREPS = frozenset("on in at during via over through to with from late early for".split())
TRAIL = " \t\n,;:—–―-"
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_ADVERBS = frozenset(
    "earlier later previously separately recently again publicly privately repeatedly".split()
)
_THAT_LEMMAS = frozenset("say write tell state add note claim argue warn insist explain".split())
_PHRASE_STOP = frozenset(
    ", ; : ( ) — – is are was were be been has have had will would could should can may "
    "might must did does do he she they we i it who which".split()
)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][\w.'’ -]{1,30})?\s+(?:\([A-Za-z .-]{1,20}\)\s+)?[—–―-]+\s+"
)
# Flags that say the engine guessed: such attributions get confidence "low".
LOW_FLAGS = frozenset(
    (
        "unbalanced-quote",
        "pronoun-ambiguous",
        "description-guess",
        "pronoun-fallback",
        "speaker-fallback",
        "no-speaker",
    )
)
_TELL_THAT = frozenset("tell inform assure remind warn convince persuade".split())
# What ends the addressee of "told" before its "that": a clause, a quotation, a pause.
_NOT_ADDRESSEE = _PHRASE_STOP | CUE_FORMS | {"that", "if", "whether"}
# Words after "to" that start a phrase, not an infinitive: "wrote to the council".
_NOT_INFINITIVES = frozenset(
    "the a an his her their its our my your this that these those him them us me it whom "
    "all both each every some any no".split()
)
_COUNTS = frozenset("a an one two three four five six several few".split())
_SPANS = frozenset("day days week weeks month months year years hour hours".split())


@dataclass
class Ctx:
    """What the rules share while reading one article (text, masked text, speakers)."""

    text: str
    m: str
    quotes: list[Quote]
    resolver: Resolver = field(default_factory=Resolver)
    group_speaker: dict[int, tuple[Speaker, Attribution]] = field(default_factory=dict)
    used_quotes: set[int] = field(default_factory=set)
    s0: int = 0  # where the sentence being read starts
    starts: list[int] = field(default_factory=list)  # each quote's start, in order

    def __post_init__(self) -> None:
        self.starts = [q.start for q in self.quotes]

    def quotes_from(self, p: int) -> range:
        """Indexes of the quotes that end after ``p``, in order (quotes never nest)."""
        k = bisect.bisect_right(self.starts, p) - 1
        return range(max(k, 0), len(self.quotes))

    def quotes_within(self, s: int, e: int) -> list[int]:
        """Indexes of the quotes wholly inside ``[s, e)``."""
        a = bisect.bisect_left(self.starts, s)
        b = bisect.bisect_left(self.starts, e)
        return [i for i in range(a, b) if self.quotes[i].end <= e]


def mask(text: str, quotes: list[Quote]) -> str:
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos : q.start])
        parts.append(QMASK * (q.end - q.start))
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)


def quote_ending_before(ctx: Ctx, s: int, p: int) -> int | None:
    """Index of the quote that ends at ``p`` (give or take commas and spaces)."""
    gap = QUOTE_GAP.search(ctx.m, max(s, p - 6), p)
    q_end = gap.start() if gap else p
    if q_end <= s or ctx.m[q_end - 1] != QMASK:
        return None
    for i in reversed(range(0, bisect.bisect_right(ctx.starts, q_end))):
        q = ctx.quotes[i]
        if q.end == q_end:
            return i if q.start >= s else None
        if q.end < q_end:
            break
    return None


_GAP_BEFORE_QUOTE = re.compile(r"[\s,;:—–―-]*")


def quote_starting_after(ctx: Ctx, p: int, e: int) -> int | None:
    hit = _GAP_BEFORE_QUOTE.match(ctx.m, p, e)
    q_start = hit.end() if hit else p
    if q_start >= e or ctx.m[q_start] != QMASK:
        return None
    k = bisect.bisect_left(ctx.starts, q_start)
    if k < len(ctx.starts) and ctx.starts[k] == q_start:
        return k
    return None


def skip_adjuncts(ctx: Ctx, cue: Cue, e: int) -> tuple[int, bool]:
    """Where the content starts after a cue; and whether ``that`` introduced it.

    Sets ``cue.shown_end``, where the cue as shown ends ("said on Friday"); see
    :func:`adjuncts` to read that without changing the cue.
    """
    start, had_that, cue.shown_end = adjuncts(ctx, cue, e)
    return start, had_that


# What adjuncts found after each cue of a text, by the cue's end, lemma and the sentence's
# end (all it reads): the rules ask again for the same cue, from the cue loop, the content
# after it and the checks on how the sentence ends.
_AFTER_CUE: LatestTexts[dict[tuple[int, str, int], tuple[int, bool, int]]] = LatestTexts()


def adjuncts(ctx: Ctx, cue: Cue, e: int) -> tuple[int, bool, int]:
    """``(start, had_that, shown_end)`` of :func:`skip_adjuncts`, leaving ``cue`` as it is."""
    seen = _AFTER_CUE.get(ctx.m, lambda _: {})
    key = (cue.we, cue.lemma, e)
    got = seen.get(key)
    if got is None:
        got = seen[key] = _read_adjuncts(ctx.m, cue, e)
    return got


def _read_adjuncts(m: str, cue: Cue, e: int) -> tuple[int, bool, int]:
    """The tokens after the cue read for :func:`adjuncts` (only ``cue.we`` and ``cue.lemma``)."""
    toks = tokens(m, cue.we, min(e, cue.we + 200))
    k = 0
    if cue.lemma in _TELL_THAT and toks:
        # "told a packed hall in Leeds that ...": whoever was told,
        # however described, then "that".
        j = 0
        while j < len(toks) and j < 15 and toks[j].group().lower() not in _NOT_ADDRESSEE:
            j += 1
        if 0 < j < len(toks) and toks[j].group().lower() == "that":
            k = j
    if k == 0 and cue.lemma in ("tell", "inform", "assure", "text", "email") and toks:
        j = 0
        while j < len(toks) and j < 7:
            w = toks[j].group()
            lw = w.lower()
            media = lw in MEDIA_WORDS and j > 0  # "told BBC Radio 4's Today programme"
            if (
                lw in ("the", "a", "an")
                or w[:1].isupper()
                or w[:1].isdigit()
                or lw in _AUDIENCE
                or media
                or w.endswith(("’s", "'s"))
            ):
                j += 1
                if lw in _AUDIENCE or media or (w[:1].isupper() and lw not in ("the", "a", "an")):
                    k = j
                continue
            break
    # Prepositional adjuncts: on Saturday, in a statement, on state television ...
    while k < len(toks):
        w = toks[k].group().lower()
        if w == ",":
            k += 1
            continue
        span_words = toks[k + 1].group().lower() if k + 1 < len(toks) else ""
        if (
            (w in _COUNTS or w.isdigit())
            and span_words in _SPANS
            and k + 2 < len(toks)
            and toks[k + 2].group().lower() in ("earlier", "later", "ago", "before")
        ):
            k += 3  # "stated a day earlier, “...”"
            continue
        if w in ("of", "about") and cue.lemma in ("say", "write", "state", "tell", "add"):
            # "said of Ruiz: “...”", "stated of the scandal that ...", "said about the
            # protest, “...”": what it is about.
            j = k + 1
            while j < len(toks) and j - k <= 6 and toks[j].group() not in (",", ":", "that"):
                if QMASK in toks[j].group() or toks[j].group().lower() in CUE_FORMS:
                    break
                j += 1
            if (
                j > k + 1
                and j < len(toks)
                and toks[j].group() in (",", ":", "that")
                # "said about the protest, “...”": about what, only before the words
                and (w == "of" or (j + 1 < len(toks) and QMASK in toks[j + 1].group()))
            ):
                k = j
                continue
            break
        if w in TIME_WORDS or w in _ADVERBS:
            k += 1
            # "said Wednesday night that ...": the part of the day belongs to the time.
            if k < len(toks) and toks[k].group().lower() in _DAY_PARTS:
                k += 1
            continue
        if w == "to" and cue.lemma in TO_LEMMAS and k + 1 < len(toks):
            verb = toks[k + 1].group()
            if verb.isalpha() and verb.islower() and verb not in _NOT_INFINITIVES:
                break  # "vowed to cut taxes next week": the content, not an adjunct
        if w in _PREPS or w in ("last", "this", "next"):
            j = k + 1
            found = -1
            while j < len(toks) and j - k <= 6:
                lw = toks[j].group().lower()
                if (
                    lw in MEDIA_WORDS
                    or lw in TIME_WORDS
                    or lw in _AUDIENCE
                    or lw
                    in (
                        "week",
                        "month",
                        "year",
                        "weeks",
                        "months",
                        "years",
                        "decades",
                        "morning",
                        "evening",
                        "afternoon",
                        "night",
                        "day",
                    )
                ):
                    found = j
                if lw in (",", "that", ":") or QMASK in lw:
                    break
                j += 1
            if found < 0 and w in ("in", "at", "on") and k + 1 < len(toks):
                # "said last week in Santa Fe, “...”": a place name; "said on ABC’s “This
                # Week” that ...": a programme's quoted title.
                j = k + 1
                titled = False
                while (
                    j < len(toks)
                    and j - k <= 4
                    and (toks[j].group()[:1].isupper() or (QMASK in toks[j].group() and j > k + 1))
                ):
                    titled = titled or QMASK in toks[j].group()
                    j += 1
                ends = (",", ":", "that") if titled else (",", ":")
                if j > k + 1 and j < len(toks) and toks[j].group() in ends:
                    found = j - 1
            if found < 0 and cue.lemma in _THAT_LEMMAS:
                # "wrote in the auction listing for the gun that ...": a phrase, then "that".
                j = k + 1
                while j < len(toks) and j - k <= 15:
                    lw = toks[j].group().lower()
                    place = (  # "in Buffalo, New York, that ...": commas around a place
                        lw == ","
                        and j + 1 < len(toks)
                        and toks[j - 1].group()[:1].isupper()
                        and (
                            toks[j + 1].group().lower() == "that"
                            or (
                                toks[j + 1].group()[:1].isupper()
                                and toks[j + 1].group().lower() not in _PHRASE_STOP
                            )
                        )
                    )
                    if not place and (
                        lw == "that" or lw in _PHRASE_STOP or QMASK in lw or lw in CUE_FORMS
                    ):
                        break
                    j += 1
                if j < len(toks) and j > k + 1 and toks[j].group().lower() == "that":
                    k = j
                    break
            if found < 0:
                break
            k = found + 1
            # "with the BBC", "on Channel 4"
            while k < len(toks) and toks[k].group()[:1].isupper():
                k += 1
            # "in an interview with Reuters", "in a letter to the committee"
            if (
                k + 1 < len(toks)
                and toks[k].group() in ("with", "to", "on")
                and (toks[k + 1].group()[:1].isupper() or toks[k + 1].group() == "the")
                and toks[found].group().lower() in MEDIA_WORDS
            ):
                k += 1
                if toks[k].group() == "the":
                    k += 1
                while k < len(toks) and (
                    toks[k].group()[:1].isupper() or toks[k].group().lower() in _AUDIENCE
                ):
                    k += 1
            continue
        break
    start = toks[k].start() if k < len(toks) else e
    last = k - 1
    while last >= 0 and toks[last].group() == ",":
        last -= 1
    shown_end = toks[last].end() if last >= 0 else cue.we
    had_that = False
    if k < len(toks) and toks[k].group().lower() == "that":
        had_that = True
        start = toks[k + 1].start() if k + 1 < len(toks) else e
    elif k < len(toks) and toks[k].group() in (":", ","):
        start = toks[k + 1].start() if k + 1 < len(toks) else e
    return start, had_that, shown_end


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in TRAIL:
        a += 1
    while b > a and (text[b - 1] in TRAIL or text[b - 1] in ".!?"):
        if text[b - 1] in ".!?" and b - 1 > a and text[b - 2] in ".!?":
            break
        b -= 1
    return a, b


def _kind(ctx: Ctx, a: int, b: int) -> str:
    inside = ctx.m[a:b]
    if QMASK not in inside:
        return "indirect"
    if inside.strip(QMASK) == "":
        return "direct"
    return "mixed"


def _flags(ctx: Ctx, a: int, b: int) -> tuple[str, ...]:
    flags: list[str] = []
    for i in ctx.quotes_from(a):
        q = ctx.quotes[i]
        if q.end <= a:
            continue
        if q.start >= b:
            break
        for f in q.flags:
            if f not in flags:
                flags.append(f)
    return tuple(flags)


def make(
    ctx: Ctx,
    speaker: Speaker,
    mention: tuple[int, int] | None,
    cue: Cue | None,
    content: tuple[int, int],
    rule: str,
    kind: str | None = None,
    extra_flags: tuple[str, ...] = (),
) -> Attribution | None:
    a, b = content
    if kind != "direct":
        a, b = _trim(ctx.text, a, b)
        dateline = _DATELINE.match(ctx.text, a, b)
        if dateline is not None:
            a = dateline.end()  # "KYIV, Ukraine (AP) — ": where the story was filed
    if b - a < 2:
        return None
    cue_span = (cue.start, max(cue.we, cue.shown_end)) if cue else None
    flags = tuple(dict.fromkeys(_flags(ctx, a, b) + extra_flags + speaker.flags))
    return Attribution(
        speaker=speaker.name,
        speaker_mention=mention,
        speaker_type=speaker.type,
        cue=ctx.text[cue_span[0] : cue_span[1]] if cue_span else None,
        cue_span=cue_span,
        kind=kind or _kind(ctx, a, b),
        content=ctx.text[a:b],
        content_span=(a, b),
        rule=rule,
        loaded_cue=bool(cue and cue.lemma in LOADED_LEMMAS),
        flags=flags,
        confidence="low" if any(f in LOW_FLAGS for f in flags) else "high",
    )


def speaker_at(ctx: Ctx, span: tuple[int, int], e: int) -> Speaker:
    """The speaker named at ``span``: see :func:`._resolve.resolve_speaker`."""
    return resolve_speaker(ctx, span, e)


def inner(text: str, q: Quote) -> tuple[int, int]:
    """The quoted words of ``q`` without its marks (when they are there)."""
    a, b = q.start, q.end
    straight_single = text[a : a + 1] == "'" and not text.startswith("''", a)
    if text.startswith(("''", "``"), a):
        a += 2
    elif a < b and (text[a] in _OPEN_MARKS or straight_single):
        a += 1
    if b - 2 >= a and text.startswith("''", b - 2):
        b -= 2
    elif b > a and (text[b - 1] in _CLOSE_MARKS or (straight_single and text[b - 1] == "'")):
        b -= 1
    return a, b


_OPEN_MARKS = '“«„"‘'
_CLOSE_MARKS = '”»"’“'


def quote_attr(
    ctx: Ctx,
    qi: int,
    speaker: Speaker,
    mention: tuple[int, int] | None,
    cue: Cue | None,
    rule: str,
    lead_from: int | None = None,
) -> Attribution | None:
    q = ctx.quotes[qi]
    ctx.used_quotes.add(qi)
    lead = ctx.m[lead_from : q.start] if lead_from is not None else ""
    lead_words = lead.split()
    if (
        lead_words
        and lead.rstrip()[-1] not in ":.!?;,"
        and len(lead_words) <= 15
        and lead_from is not None
        and not find_cues(ctx.m, lead_from, q.start)
    ):
        # The reporter's words run into the quote: "The party, he said, “allows us ...,”".
        a = lead_from + len(lead) - len(lead.lstrip()) if lead_from is not None else q.start
        made = make(ctx, speaker, mention, cue, (a, q.end), rule, "mixed")
    else:
        made = make(ctx, speaker, mention, cue, inner(ctx.text, q), rule, "direct")
    if made is not None:
        ctx.group_speaker.setdefault(q.group, (speaker, made))
    return made
