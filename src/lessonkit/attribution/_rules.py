"""The attribution rules: read each sentence's cues, speakers and contents."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from ._cues import QUOTE_GAP, QUOTE_THEN_NAME, Cue, find_cues, prev_word
from ._lexicon import (
    INVERTIBLE,
    LOADED_LEMMAS,
    MEDIA_WORDS,
    TIME_WORDS,
    TO_LEMMAS,
)
from ._model import Attribution
from ._quotes import Quote, find_quotes, split_sentences
from ._speakers import QMASK, Resolver, Speaker, antecedent, np_after, np_before, tokens

__all__ = ["extract"]

_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
# Forms that are mostly nouns or mostly mean something else unless "that" or a quote follows.
# Forms that count only before an infinitive ("plans to", "seemed to").
_AUDIENCE = frozenset(
    "reporters journalists lawmakers parliament supporters crowd conference briefing "
    "interviewer newspaper paper broadcaster station agency network magazine viewers "
    "listeners committee congress audience students delegates colleagues "
    "us me him her them".split()
)
_PREPS = frozenset("on in at during via over through to with from late early".split())
_CONNECT = re.compile(r"(?:[\s,;:—–-]|\b(?:and|but|while|where|who|as|when|which|or|that)\b)*$")
_CLAUSE_END = re.compile(r",\s+but\b|;|\s[—–]\s|,?\s(?:before|after|while)\s+[a-z]+ing\b")
_AND_THAT = re.compile(r",?\s+and\s+that\s+")
_AS_LEMMAS = frozenset(
    "describe condemn denounce hail brand dismiss praise criticise criticize".split()
)
_SUBJECT = re.compile(
    r"\s*((?:He|She|They|We|I)\b|(?!(?:Yet|In|On|At|But|And|So|Then|After|Before|When|While|"
    r"As|Still|Meanwhile|However|Also|Later|Earlier|Now|Today|Yesterday|If|Although|Though|"
    r"Since|For|With|Without|During|Despite|Under|Over|By|From|To|It|This|That|There|Here|"
    r"Asked|Speaking|Writing)\b)(?:The\s+[a-z][\w’'-]*|(?:The\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*){0,5}))"
    r"(?=\s+[a-z])"
)
_SHORT_GAP = re.compile(r"[\s,]*(?:[\w’'.-]+\s+){0,14}[\w’'.-]*\s*,\s*(?=\ue000)")
_SECOND_APPOSITION = re.compile(r",\s+(?:a|an|the|who|which|whose)\s")
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_SUBORDINATORS = frozenset(
    "while although though whereas because if when after before since".split()
)
_CLAUSE_COMMA = re.compile(r",[”\"’]?(?=\s)|[”\"],(?=\s)")
# A reported clause right after the cue: "said his campaign was ...", "said that ...".
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:that\b|(?:he|she|they|it|we|his|her|their|its|there)\s+(?:[\w’'-]+\s+){0,5}"
    r"(?:is|was|were|are|had|has|have|will|would|could|should|can|did)\b)"
)
# What comes before a participle cue whose speaker is the sentence's subject.
_ISSUING = frozenset(", statement letter tweet post message video release email memo note".split())
_DOCS = _ISSUING - {","}
_JOINT_WORD = re.compile(r"\b(?:and|but|while|where|who|which|when|as|that|or)\b")
_NO_CONTENT = frozenset(
    "by with to for about on in at from of as and or but after before during since while "
    "when following amid".split()
)
_TRAIL = " \t\n,;:—–-"


@dataclass
class _Ctx:
    text: str
    m: str
    quotes: list[Quote]
    resolver: Resolver = field(default_factory=Resolver)
    group_speaker: dict[int, tuple[Speaker, Attribution]] = field(default_factory=dict)
    used_quotes: set[int] = field(default_factory=set)
    s0: int = 0  # where the sentence being read starts


def _mask(text: str, quotes: list[Quote]) -> str:
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos : q.start])
        parts.append(QMASK * (q.end - q.start))
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)


def _quote_ending_before(ctx: _Ctx, s: int, p: int) -> int | None:
    """Index of the quote that ends at ``p`` (give or take commas and spaces)."""
    gap = QUOTE_GAP.search(ctx.m, max(s, p - 6), p)
    q_end = gap.start() if gap else p
    if q_end <= s or ctx.m[q_end - 1] != QMASK:
        return None
    for i in range(len(ctx.quotes) - 1, -1, -1):
        q = ctx.quotes[i]
        if q.end == q_end:
            return i if q.start >= s else None
        if q.end < q_end:
            break
    return None


def _quote_starting_after(ctx: _Ctx, p: int, e: int) -> int | None:
    hit = re.compile(r"[\s,;:—–-]*").match(ctx.m, p, e)
    q_start = hit.end() if hit else p
    if q_start >= e or ctx.m[q_start] != QMASK:
        return None
    for i, q in enumerate(ctx.quotes):
        if q.start == q_start:
            return i
        if q.start > q_start:
            break
    return None


def _skip_adjuncts(ctx: _Ctx, cue: Cue, e: int) -> tuple[int, bool]:
    """Where the content starts after a cue; and whether ``that`` introduced it."""
    m = ctx.m
    toks = tokens(m, cue.we, min(e, cue.we + 200))
    k = 0
    if cue.lemma in ("tell", "inform", "assure") and toks:
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
        if w in TIME_WORDS or w in ("earlier", "later", "previously", "separately", "recently"):
            k += 1
            continue
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
                # "said last week in Tel Aviv, “...”": a place name.
                j = k + 1
                while j < len(toks) and j - k <= 4 and toks[j].group()[:1].isupper():
                    j += 1
                if j > k + 1 and j < len(toks) and toks[j].group() in (",", ":"):
                    found = j - 1
            if found < 0:
                break
            k = found + 1
            # "with the BBC", "on Channel 4"
            while k < len(toks) and toks[k].group()[:1].isupper():
                k += 1
            continue
        break
    start = toks[k].start() if k < len(toks) else e
    last = k - 1
    while last >= 0 and toks[last].group() == ",":
        last -= 1
    cue.shown_end = toks[last].end() if last >= 0 else cue.we
    had_that = False
    if k < len(toks) and toks[k].group().lower() == "that":
        had_that = True
        start = toks[k + 1].start() if k + 1 < len(toks) else e
    elif k < len(toks) and toks[k].group() in (":", ","):
        start = toks[k + 1].start() if k + 1 < len(toks) else e
    return start, had_that


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRAIL:
        a += 1
    while b > a and (text[b - 1] in _TRAIL or text[b - 1] in ".!?"):
        if text[b - 1] in ".!?" and b - 1 > a and text[b - 2] in ".!?":
            break
        b -= 1
    return a, b


def _kind(ctx: _Ctx, a: int, b: int) -> str:
    inside = ctx.m[a:b]
    if QMASK not in inside:
        return "indirect"
    if inside.strip(QMASK) == "":
        return "direct"
    return "mixed"


def _flags(ctx: _Ctx, a: int, b: int) -> tuple[str, ...]:
    flags: list[str] = []
    for q in ctx.quotes:
        if q.end <= a:
            continue
        if q.start >= b:
            break
        for f in q.flags:
            if f not in flags:
                flags.append(f)
    return tuple(flags)


def _make(
    ctx: _Ctx,
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
    if b - a < 2:
        return None
    cue_span = (cue.start, max(cue.we, cue.shown_end)) if cue else None
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
        flags=_flags(ctx, a, b) + extra_flags,
    )


def _speaker(ctx: _Ctx, span: tuple[int, int], e: int) -> Speaker:
    mention = ctx.text[span[0] : span[1]]
    context = ctx.text[span[1] : min(e, span[1] + 80)]
    speaker = ctx.resolver.resolve(mention, context)
    ctx.resolver.remember(speaker, mention)
    return speaker


def inner(text: str, q: Quote) -> tuple[int, int]:
    """The quoted words of ``q`` without its marks (when they are there)."""
    a, b = q.start, q.end
    if text.startswith(("''", "``"), a):
        a += 2
    elif a < b and text[a] in _OPEN_MARKS:
        a += 1
    if b - 2 >= a and text.startswith("''", b - 2):
        b -= 2
    elif b > a and text[b - 1] in _CLOSE_MARKS:
        b -= 1
    return a, b


_OPEN_MARKS = '“«„"‘'
_CLOSE_MARKS = '”»"’“'


def _quote_attr(
    ctx: _Ctx,
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
        made = _make(ctx, speaker, mention, cue, (a, q.end), rule, "mixed")
    else:
        made = _make(ctx, speaker, mention, cue, inner(ctx.text, q), rule, "direct")
    if made is not None:
        ctx.group_speaker.setdefault(q.group, (speaker, made))
    return made


def _sentence(ctx: _Ctx, s: int, e: int, prev: Attribution | None) -> list[Attribution]:
    m = ctx.m
    ctx.s0 = s
    out: list[Attribution] = []
    cues = find_cues(m, s, e)
    accs = list(_ACCORDING.finditer(m, s, e))
    for acc in accs:
        cues.append(Cue(acc.start(), acc.start(), acc.end(), "according to", "according to"))
    cues.sort(key=lambda c: c.ws)
    claimed = s  # text before this is used by an earlier attribution in the sentence
    last_speaker: tuple[Speaker, tuple[int, int] | None] | None = None
    for n, cue in enumerate(cues):
        if cue.ws < claimed:
            continue
        limit = e
        for later in cues[n + 1 :]:
            # A later cue ends this content only after a clause boundary ("and he urged",
            # ", where officials described"); otherwise it is reported inside this content.
            back = np_before(m, cue.we, later.start)
            cut = back[0] if back else later.start
            hit = _CONNECT.search(m, cue.we, cut)
            if hit is None or hit.start() <= cue.we + 1:
                continue
            before = m[cue.we : cut].rstrip(" ,—–-")
            if back is not None and before.endswith(QMASK):
                # ': “...,” the senator says' — the quotation is the next cue's.
                limit = cue.we + len(before.rstrip(QMASK))
                break
            joint = m[hit.start() : cut]
            if (
                back is None
                and not joint.strip()
                and m[hit.start() - 1 : hit.start()] == QMASK
                and ctx.text[hit.start() - 3 : hit.start()].rstrip("”\"’'").endswith(",")
            ):
                limit = hit.start()  # '... was "corrupt," noting that ...'
                break
            if back is None and joint.strip() in ("that", "which", "who"):
                continue  # "a voice that said ...": reported inside this content
            if any(ch in joint for ch in ",;:—–") or _JOINT_WORD.search(joint):
                limit = hit.start()
                break
        made: list[Attribution] = []
        if cue.lemma == "according to":
            fwd = np_after(m, cue.we, e, appositive=False)
            if fwd is None:
                continue
            sp = _speaker(ctx, fwd, e)
            qa = _quote_ending_before(ctx, claimed, cue.start)
            if qa is not None:
                got = _quote_attr(ctx, qa, sp, fwd, cue, "quote-according-to")
                if got:
                    out.append(got)
                last_speaker = (sp, fwd)
                claimed = max(claimed, fwd[1])
                continue
            lead = m[claimed : cue.start].strip(" ,")
            opening = len(lead) < 12 or lead.lower() in ("but", "and", "yet", "so")
            if opening:
                # Everything after "According to X," is X's, cues inside it included.
                made_one = _make(ctx, sp, fwd, cue, (fwd[1], e), "according-to")
            else:
                made_one = _make(ctx, sp, fwd, cue, (claimed, cue.start), "according-to")
            if made_one:
                made.append(made_one)
            last_speaker = (sp, fwd)
            claimed = e if opening and made_one else max(claimed, fwd[1])
            out.extend(made)
            continue
        qb = _quote_ending_before(ctx, claimed, cue.start)
        if qb is not None and cue.lemma in INVERTIBLE:
            fwd = np_after(m, cue.we, e)
            if fwd is not None:
                sp = _speaker(ctx, fwd, e)
                got = _quote_attr(ctx, qb, sp, fwd, cue, "quote-then-said-speaker", claimed)
                if got:
                    out.append(got)
                claimed = fwd[1]
                claimed = _continue_quotes(ctx, out, sp, fwd, cue, claimed, e)
                last_speaker = (sp, fwd)
                continue
        back = np_before(m, claimed, cue.start)
        if cue.form.endswith("ing") and prev_word(m, claimed, cue.start) in _DOCS:
            back = None  # "X issued a statement saying ...": the speaker is the subject
        if back is None and QUOTE_THEN_NAME.search(m, max(claimed, cue.start - 80), cue.start):
            back = np_before(m, claimed, cue.start, any_head=True)  # “...,” the two wrote
        if back is not None:
            span = (back[0], back[1])
            how = back[2]
            if how == "who":
                ante = antecedent(m, s, back[0])
                if ante is None:
                    continue
                ante_text = ctx.text[ante[0] : ante[1]]
                sp = ctx.resolver.resolve(ante_text, ctx.text[ante[1] : back[0]])
                ctx.resolver.remember(sp, ante_text)
            else:
                sp = _speaker(ctx, span, e)
            qb2 = _quote_ending_before(ctx, claimed, span[0])
            if qb2 is not None and _REPORTED_CLAUSE.match(m, cue.we, limit):
                qb2 = None  # 'chants of “Marco!,” the senator said his campaign was ...'
            if qb2 is not None:
                _skip_adjuncts(ctx, cue, e)
                got = _quote_attr(ctx, qb2, sp, span, cue, "quote-then-speaker-said", claimed)
                if got:
                    out.append(got)
                claimed = _continue_quotes(ctx, out, sp, span, cue, cue.we, e)
                last_speaker = (sp, span)
                continue
            last_speaker = (sp, span)
            lead_text = m[claimed : span[0]]
            if lead_text.strip(_TRAIL) and lead_text.rstrip().endswith(","):
                tail = m[cue.we : limit]
                if tail.lstrip().startswith(",") and len(tail.split()) >= 4 and QMASK not in tail:
                    # "The plan, she said, will fail": the cue interrupts the content.
                    got = _make(
                        ctx,
                        sp,
                        span,
                        cue,
                        (claimed, limit),
                        "speaker-said-interrupting",
                        extra_flags=("interrupted-by-cue",),
                    )
                    if got:
                        out.append(got)
                    claimed = limit
                    continue
            if _attr_after(ctx, out, sp, span, cue, e, limit, "who-said" if how == "who" else None):
                claimed = limit
                continue
            # Content before the speaker: "..., officials said."
            lead_end = span[0]
            rest = m[max(cue.we, cue.shown_end) : limit].strip(_TRAIL + ".!?")
            if (
                m[claimed:lead_end].strip(_TRAIL)
                and m[claimed:lead_end].rstrip().endswith(",")
                and len(rest.split()) <= 6
            ):
                got = _make(ctx, sp, span, cue, (claimed, lead_end), "content-then-speaker-said")
                if got:
                    out.append(got)
                claimed = cue.we
            continue
        # No speaker before the cue.
        prevw = prev_word(m, claimed, cue.start)
        if cue.lemma in INVERTIBLE and not m[claimed : cue.start].strip():
            # "Said Dorothy Poynter, who grew up with him, “We were all so proud.”"
            fwd = np_after(m, cue.we, e)
            qi = _quote_after_speaker(ctx, fwd[1], e) if fwd is not None else None
            if fwd is not None and qi is not None:
                sp = _speaker(ctx, fwd, e)
                got = _quote_attr(ctx, qi, sp, fwd, cue, "said-speaker-quote")
                if got:
                    out.append(got)
                claimed = _continue_quotes(ctx, out, sp, fwd, cue, ctx.quotes[qi].end, e)
                last_speaker = (sp, fwd)
                continue
        if cue.lemma in INVERTIBLE and prevw == ",":
            fwd = np_after(m, cue.we, e)
            rest = m[fwd[1] : e].strip(_TRAIL + ".!?") if fwd is not None else ""
            second_apposition = _SECOND_APPOSITION.match(m, fwd[1], e) if fwd else None
            if (
                fwd is not None
                and QMASK not in rest
                and (len(rest.split()) <= 3 or second_apposition is not None)
            ):
                sp = _speaker(ctx, fwd, e)
                lead_end = cue.start
                got = _make(ctx, sp, fwd, cue, (claimed, lead_end), "content-then-said-speaker")
                if got:
                    out.append(got)
                claimed = e
                continue
        if last_speaker is None and (
            (cue.form.endswith("ing") and prevw in _ISSUING) or prevw in ("and", "but")
        ):
            subject = _SUBJECT.match(m, s, cue.start)
            comma = m.find(",", s, cue.start)
            if subject is None and comma > 0:
                subject = _SUBJECT.match(m, comma + 1, cue.start)  # "In an interview, Trump ..."
            if subject is not None:
                sub_span = subject.span(1)
                last_speaker = (_speaker(ctx, sub_span, e), sub_span)
        if last_speaker is not None and (
            prevw in ("and", ",", "but", "then", "or") or cue.form.endswith("ing")
        ):
            sp, span2 = last_speaker
            rule = "participle-cue" if cue.form.endswith("ing") else "coordinated-cue"
            if _attr_after(ctx, out, sp, span2, cue, e, limit, rule):
                claimed = limit
            continue
    _asked_question(ctx, out, s, e)
    if not out:
        _headline_colon(ctx, out, s, e)
    if not out:
        _subject_verb_quote(ctx, out, s, e)
    _continuations(ctx, out, s, e, prev)
    return out


_SV_QUOTE = re.compile(
    r"\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4},\s+)?"  # an opening phrase: "On Monday, "
    r"((?:He|She|They|We)\b|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)"  # the subject
    r"\s+(?:also\s+|later\s+|then\s+|again\s+)?"
    r"([a-z]+(?:ed|s)|took|made|gave|put|set|spoke|wrote|sang|drew|threw|struck)\b"
)


def _subject_verb_quote(ctx: _Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``West landed a sharp dig at “my dear sister”``: a person, a verb, their quoted words."""
    inside = [i for i, q in enumerate(ctx.quotes) if q.start >= s and q.end <= e]
    if not inside or all(i in ctx.used_quotes for i in inside):
        return
    if not any(len(ctx.text[ctx.quotes[i].start : ctx.quotes[i].end].split()) >= 2 for i in inside):
        return
    hit = _SV_QUOTE.match(ctx.m, s, e)
    if hit is None or QMASK not in ctx.m[hit.end() : e]:
        return
    span = hit.span(1)
    sp = ctx.resolver.resolve(ctx.text[span[0] : span[1]])
    if sp.type != "named_person" and ctx.text[span[0] : span[1]] not in ("He", "She", "They"):
        return
    ctx.resolver.remember(sp, ctx.text[span[0] : span[1]])
    verb = hit.span(2)
    cue = Cue(verb[0], verb[0], verb[1], hit.group(2), hit.group(2))
    got = _make(ctx, sp, span, cue, (verb[1], e), "subject-verb-quote")
    if got:
        for i in inside:
            ctx.used_quotes.add(i)
        out.append(got)


_HEADLINE = re.compile(r"([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}):[ \t]+(?=\S)")
_NOT_HEADLINE = frozenset(
    "on in at for from with about after before why how what when where who which this that "
    "the a an and but or".split()
)
_LABELS = frozenset(
    "update updates note photo photos video watch read listen correction editor related "
    "source sources update live breaking exclusive analysis opinion comment review "
    "q a faq warning disclaimer caption credit image images map chart graphic".split()
)


_ASKED = re.compile(
    r"\b(?:[Ww]hen|[Ii]f|[Aa]fter|[Oo]nce|[Ww]hile|was|were|being|been)\s+asked\s+"
    r"(?=(?:about|whether|if|why|how|what|who|when|where)\b)"
)


def _asked_question(ctx: _Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``When asked whether ...,``: a question put by someone the text does not name."""
    for hit in _ASKED.finditer(ctx.m, s, e):
        a = hit.end()
        if any(x.content_span[0] <= a < x.content_span[1] for x in out):
            continue
        comma = ctx.m.find(",", a, e)
        b = comma if comma > 0 else e
        cue = Cue(hit.end() - 6, hit.end() - 6, hit.end() - 1, "ask", "asked")
        sp = Speaker(None, "unknown")
        got = _make(ctx, sp, None, cue, (a, b), "asked-question")
        if got:
            out.append(got)


def _headline_colon(ctx: _Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``Sanders: We will win`` — a name, a colon, then the words (headline style)."""
    hit = _HEADLINE.match(ctx.m, s, e)
    if hit is None:
        return
    words = hit.group(1).split()
    if {w.lower().rstrip(".") for w in words} & _LABELS or words[0].lower() in _NOT_HEADLINE:
        return
    span = hit.span(1)
    sp = ctx.resolver.resolve(ctx.text[span[0] : span[1]])
    if sp.type not in ("named_person", "named_org"):
        return
    ctx.resolver.remember(sp, ctx.text[span[0] : span[1]])
    cue = Cue(span[1], span[1], span[1] + 1, "colon", ":")
    got = _make(ctx, sp, span, cue, (hit.end(), e), "speaker-colon-headline")
    if got:
        for i, q in enumerate(ctx.quotes):
            if q.start >= got.content_span[0] and q.end <= got.content_span[1]:
                ctx.used_quotes.add(i)
        out.append(got)


def _attr_after(
    ctx: _Ctx,
    out: list[Attribution],
    sp: Speaker,
    span: tuple[int, int] | None,
    cue: Cue,
    e: int,
    limit: int,
    rule: str | None,
) -> bool:
    """Content after the cue (a quote after a colon, or reported speech)."""
    start, had_that = _skip_adjuncts(ctx, cue, e)
    if start >= limit:
        return False
    qa = _quote_starting_after(ctx, cue.we, limit)
    if qa is None and not had_that:
        qa2 = _quote_starting_after(ctx, start, limit)
        if qa2 is not None and ctx.quotes[qa2].start == start:
            qa = qa2
    if qa is not None and not had_that:
        q = ctx.quotes[qa]
        rest = ctx.m[q.end : limit].strip(_TRAIL + ".!?")
        if not rest:
            colon = ":" in ctx.m[cue.we : q.start]
            got = _quote_attr(
                ctx,
                qa,
                sp,
                span,
                cue,
                rule or ("speaker-said-colon-quote" if colon else "speaker-said-quote"),
            )
            if got:
                out.append(got)
            _continue_quotes(ctx, out, sp, span, cue, q.end, e)
            return True
    opener = _FIRST_WORD.match(ctx.m, ctx.s0)
    if (
        opener is not None
        and opener.group(1).lower() in _SUBORDINATORS
        and "," not in ctx.m[ctx.s0 : cue.start]
    ):
        # "While those surveyed said X, Trump is ...": X ends with the clause.
        end_of_clause = _CLAUSE_COMMA.search(ctx.text, start, limit)
        if end_of_clause is not None:
            limit = end_of_clause.end()
    cut = _CLAUSE_END.search(ctx.m, start, limit)
    if cut is not None and QMASK not in ctx.m[cut.end() : limit]:
        limit = cut.start()
    words = ctx.m[start:limit].split()
    if words and words[0] == "as" and cue.lemma in _AS_LEMMAS:
        start = ctx.m.index("as", start) + 3
        words = words[1:]
    first_word = words[0].lower() if words else ""
    if (
        (first_word == "to" and cue.lemma in TO_LEMMAS)
        or (first_word in ("for", "on") and cue.lemma == "call")
        or (first_word == "about" and cue.lemma in ("talk", "ask", "complain", "warn", "think"))
    ):
        pass
    elif words and not had_that and first_word in _NO_CONTENT:
        return False
    if len(words) < 2 and QMASK not in ctx.m[start:limit]:
        return False
    name = rule or ("reporting-verb-that" if had_that else "reporting-verb-clause")
    pieces = [(start, limit)]
    if had_that:
        for hit in _AND_THAT.finditer(ctx.m, start, limit):
            pieces[-1] = (pieces[-1][0], hit.start())
            pieces.append((hit.end(), limit))
    got = None
    for a, b in pieces[:-1]:
        first = _make(ctx, sp, span, cue, (a, b), name)
        if first:
            out.append(first)
    got = _make(ctx, sp, span, cue, pieces[-1], name)
    if got:
        for i, q in enumerate(ctx.quotes):
            if q.start >= got.content_span[0] and q.end <= got.content_span[1]:
                ctx.used_quotes.add(i)
        out.append(got)
        return True
    return False


def _quote_after_speaker(ctx: _Ctx, p: int, e: int) -> int | None:
    """The quote after a speaker and their description (``, who grew up here, “...”``)."""
    stretch = ctx.m[p:e]
    at = stretch.find(QMASK)
    if at < 0 or not stretch[:at].rstrip().endswith((",", ":")) or len(stretch[:at].split()) > 20:
        return None
    return _quote_starting_after(ctx, p + at, e)


def _continue_quotes(
    ctx: _Ctx,
    out: list[Attribution],
    sp: Speaker,
    span: tuple[int, int] | None,
    cue: Cue | None,
    p: int,
    e: int,
) -> int:
    """Quotes right after an attributed one in the same sentence (“A,” he said, “B.”)."""
    if cue is not None:
        p = max(p, cue.shown_end)
    gap = _SHORT_GAP.match(ctx.m, p, e)
    if gap is not None and gap.end() < e and ctx.m[gap.end()] == QMASK:
        p = gap.end()
    while True:
        qi = _quote_starting_after(ctx, p, e)
        if qi is None or qi in ctx.used_quotes:
            return p
        got = _quote_attr(ctx, qi, sp, span, cue, "continuation-quote")
        if got:
            out.append(got)
        p = ctx.quotes[qi].end


def _continuations(
    ctx: _Ctx, out: list[Attribution], s: int, e: int, prev: Attribution | None
) -> None:
    """Quotes in a sentence with no cue of their own: carried on from the speaker before."""
    if out:
        return
    for i, q in enumerate(ctx.quotes):
        if q.end <= s or i in ctx.used_quotes:
            continue
        if q.start >= e:
            break
        if q.group in ctx.group_speaker:
            sp, first = ctx.group_speaker[q.group]
            got = _quote_attr(ctx, i, sp, first.speaker_mention, None, "multi-paragraph-quote")
            if got:
                out.append(got)
            continue
        if prev is None:
            continue
        if q.end - q.start < 0.6 * (e - s):
            continue
        sp = Speaker(prev.speaker, prev.speaker_type)
        got = _quote_attr(ctx, i, sp, prev.speaker_mention, None, "continuation-quote")
        if got:
            out.append(got)


def extract(text: str, paragraphs: list[tuple[int, int]]) -> list[Attribution]:
    """All attributions in ``text`` (paragraph spans given), in text order."""
    quotes = find_quotes(text, paragraphs)
    ctx = _Ctx(text, _mask(text, quotes), quotes)
    found: list[Attribution] = []
    qi = 0
    prev: Attribution | None = None
    for ps, pe in paragraphs:
        q0 = qi
        while qi < len(quotes) and quotes[qi].start < pe:
            qi += 1
        sentences = split_sentences(text, ps, pe, quotes[q0:qi])
        for s, e in sentences:
            got = _sentence(ctx, s, e, prev)
            found.extend(got)
            prev = got[-1] if got else None
    # Earlier pieces of a quotation whose speaker only comes in a later paragraph.
    for i, q in enumerate(quotes):
        if i in ctx.used_quotes or q.group not in ctx.group_speaker:
            continue
        sp, first = ctx.group_speaker[q.group]
        got2 = _quote_attr(ctx, i, sp, first.speaker_mention, None, "multi-paragraph-quote")
        if got2:
            found.append(got2)
    found.sort(key=lambda a: a.content_span)
    return _merge_groups(text, quotes, found)


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
