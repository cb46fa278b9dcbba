"""Rules for whole sentences: headline colons, unnamed askers, a person's verb and quote."""

from __future__ import annotations

import bisect
import re

from ._bounds import reporters_tail
from ._context import Ctx, make, speaker_at
from ._cues import Cue, find_cues
from ._lexicon import CUE_LEMMA, INVERTIBLE
from ._model import Attribution
from ._refusals import refusal_spans
from ._resolver import Speaker
from ._speakers import QMASK, np_after, np_before

__all__ = [
    "ASKED",
    "ASKED_OPENER",
    "BARE",
    "SUBJECT_VOICE",
    "asked_question",
    "bare_cue",
    "expected_to",
    "headline_colon",
    "poll_finding",
    "subject_verb_quote",
    "subject_voice",
]

# Capitalised words that open a sentence without naming anyone ("On Monday", "Four hours").
_OPENERS = (
    r"(?:On|In|At|For|From|With|Without|Amid|After|Before|During|Since|Until|Over|Under|"
    r"By|To|As|But|And|Yet|So|Or|If|When|While|Though|Although|Then|Now|Still|Also|"
    r"This|That|These|Those|It|Its|There|Here|What|Why|How|Where|Which|Who|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Hours|Days|Weeks|Months|Years|"
    r"Minutes|Moments|Later|Earlier|Meanwhile|However|Instead|Indeed|Today|Yesterday|Amid|"
    r"Among|Outside|Inside|Following|Unlike|Its|His|Her|Their|Our|My|Your|Once|Until|Upon|"
    r"Within|Throughout|Despite|Both|Each|Every|Even|Only|Just|Perhaps|Thus|Therefore)\b"
)
_SV_QUOTE = re.compile(
    r"\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4},\s+)?"  # an opening phrase: "On Monday, "
    r"((?:He|She|They|We)\b|(?!" + _OPENERS + r")(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)"
    r"\s+(?:also\s+|later\s+|then\s+|again\s+|[a-z]+ly\s+)?"
    # the verb: not "was", which describes rather than quotes
    r"((?!was\b)[a-z]+(?:ed|s)|took|made|gave|put|set|spoke|wrote|sang|drew|threw|struck)\b"
)


_AUX = frozenset("is has".split())
_AUX_VERB = re.compile(r"\s+(?:been\s+)?[a-z]+(?:ing|ed)\b")
_CLAUSE_AFTER = re.compile(r",?\s+but\s|;|\s[—–―]\s|,\s+(?:which|who|as|while)\s")


def subject_verb_quote(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``Ruiz took a swipe at “my old rival”``: a person, a verb, their quoted words."""
    inside = ctx.quotes_within(s, e)
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
    aux = _AUX_VERB.match(ctx.m, verb[1], e) if hit.group(2) in _AUX else None
    if aux is not None:
        verb = (verb[0], aux.end())  # "is promising “jobs”": the verb is past the auxiliary
    cue = Cue(verb[0], verb[0], verb[1], hit.group(2), ctx.m[verb[0] : verb[1]])
    end = e
    last_q = ctx.m.rfind(QMASK, verb[1], e)
    cut = _CLAUSE_AFTER.search(ctx.m, last_q + 1, e) if last_q >= 0 else None
    if cut is not None:
        end = cut.start()  # 'promising “jobs, jobs, jobs,” but he has also ...': a new clause
    got = make(ctx, sp, span, cue, (verb[1], end), "subject-verb-quote")
    if got:
        for i in inside:
            ctx.used_quotes.add(i)
        out.append(got)


_HEADLINE = re.compile(r"([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}):[ \t]+(?=\S)")
_FROM_LEAD = re.compile(r"\s*(?:More\s+from|From)\s+(?=[A-Z])")
_DASH_LEAD = re.compile(r"\s[-–—]\s*(?:More\s+from\s+|From\s+)?(?=[A-Z])")
_NOT_HEADLINE = frozenset(
    "on in at for from with about after before why how what when where who which this that "
    "the a an and but or".split()
)
_LABELS = frozenset(
    "update updates note photo photos video watch read listen correction editor related "
    "source sources update live breaking exclusive analysis opinion comment review "
    "q a faq warning disclaimer caption credit image images map chart graphic".split()
)


ASKED = re.compile(
    r"(?:\b(?:[Ww]hen|[Ii]f|[Aa]fter|[Oo]nce|[Ww]hile|was|were|being|been)|,)\s+asked\s+"
    r"(?=(?:about|whether|if|why|how|what|who|when|where)\b)"
)


# "Asked whether ..., Reid said": the question opens the sentence.
ASKED_OPENER = re.compile(r"\s*Asked\s+(?=(?:about|whether|if|why|how|what|who|when|where)\b)")


def asked_question(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``When asked whether ...,``: a question put by someone the text does not name."""
    if "sked" not in ctx.m[s:e]:
        return
    opener = ASKED_OPENER.match(ctx.m, s, e)
    # "Asked whether ..., she declined to say": the question is what the refusal is about.
    hits = [opener] if opener is not None and not refusal_spans(ctx.m, s, e) else []
    for hit in [*hits, *ASKED.finditer(ctx.m, s, e)]:
        a = hit.end()
        if any(x.content_span[0] <= a < x.content_span[1] for x in out):
            continue
        comma = ctx.m.find(",", a, e)
        b = comma if comma > 0 else e
        cue = Cue(hit.end() - 6, hit.end() - 6, hit.end() - 1, "ask", "asked")
        sp = Speaker(None, "unknown")
        got = make(ctx, sp, None, cue, (a, b), "asked-question")
        if got:
            out.append(got)


def headline_colon(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``Ruiz: We will win`` — a name, a colon, then the words (headline style)."""
    hit = _HEADLINE.match(ctx.m, s, e)
    if hit is None:
        # "POLLS WERE EARLY - Ana Ruiz: “…”", "More from Ruiz: “…”": a quotation only.
        if ctx.m.find(QMASK, s, e) < 0:
            return  # no quotation: nothing to look for the lead of
        lead = _FROM_LEAD.match(ctx.m, s, e) or _DASH_LEAD.search(ctx.m, s, e)
        hit = _HEADLINE.match(ctx.m, lead.end(), e) if lead is not None else None
        if hit is None or not ctx.m.startswith(QMASK, hit.end()):
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
    got = make(ctx, sp, span, cue, (hit.end(), e), "speaker-colon-headline")
    if got:
        ctx.used_quotes.update(ctx.quotes_within(*got.content_span))
        out.append(got)


_LAST_WORD = re.compile(r"([a-z]+)\s*[.:]?\s*$")
BARE = "bare-cue"  # a placeholder, never returned: "X agreed." before a quotation
_OPENER_CUE = re.compile(r"(?:Said|Says|Wrote|[A-Z][a-z]+ed)\b")
_END_COLON = re.compile(r"\s*:\s*")
_BARE_CUE = re.compile(r"\s*(?:also\s+|then\s+)?([a-z]+)\s*[.:]?\s*$")


def bare_cue(ctx: Ctx, s: int, e: int) -> Attribution | None:
    """A sentence that is only a speaker and a cue (``Ana Silva agreed.``), as a voice."""
    if e - s > 120 or QMASK in ctx.m[s:e] or len(ctx.m[s:e].split()) > 12:
        return None
    opener = _OPENER_CUE.match(ctx.m, _skip_space(ctx.m, s), e)
    if opener is not None:
        # "Stated Ruiz:" before a quotation: the verb first, then the speaker.
        cues = find_cues(ctx.m, s, e)
        if len(cues) != 1 or cues[0].lemma not in INVERTIBLE:
            return None
        cue = cues[0]
        fwd = np_after(ctx.m, cue.we, e)
        if fwd is None or not _END_COLON.fullmatch(ctx.m, fwd[1], e):
            return None
        span = fwd
    else:
        last = _last_word(ctx.m, s, e)
        if last is None or last.group(1) not in CUE_LEMMA:
            return None
        cues = find_cues(ctx.m, s, e)
        if len(cues) != 1 or not _BARE_CUE.fullmatch(ctx.m, cues[0].ws, e):
            return None
        cue = cues[0]
        back = np_before(ctx.m, s, cue.start)
        if back is None or back[2] == "who" or back[0] != _skip_space(ctx.m, s):
            return None
        span = (back[0], back[1])
    sp = speaker_at(ctx, span, e)
    return Attribution(
        speaker=sp.name,
        speaker_mention=span,
        speaker_type=sp.type,
        cue=ctx.text[cue.start : cue.we],
        cue_span=(cue.start, cue.we),
        kind="indirect",
        content=ctx.text[cue.start : cue.we],
        content_span=(cue.start, cue.we),
        rule=BARE,
        loaded_cue=False,
    )


SUBJECT_VOICE = "quote-after-subject"  # a guess: the person the sentence before was about


def subject_voice(ctx: Ctx, s: int, e: int) -> Attribution | None:
    """A sentence that opens with a person the text names, holds no quotation and has nothing
    read as said in it (``Ruiz, a nurse, was on shift when the call came.``), as the voice of
    a quotation that follows alone with no speaker of its own; always a guess."""
    mentions = ctx.resolver.mentions
    if mentions is None:
        return None
    start = _skip_space(ctx.m, s)
    k = bisect.bisect_left(mentions.spots, (start,))
    if k >= len(mentions.spots) or mentions.spots[k][0] != start or ctx.m.find(QMASK, s, e) >= 0:
        return None
    a, b, idx, _ = mentions.spots[k]
    ent = mentions.entities[idx]
    if ent.type != "named_person":
        return None
    return Attribution(
        speaker=ent.name,
        speaker_mention=(a, b),
        speaker_type=ent.type,
        cue=None,
        cue_span=None,
        kind="indirect",
        content=ctx.text[a:b],
        content_span=(a, b),
        rule=SUBJECT_VOICE,
        loaded_cue=False,
    )


def _last_word(m: str, s: int, e: int) -> re.Match[str] | None:
    """``_LAST_WORD.search(m, s, e)``, found from the end of the sentence.

    Its matches all start in the run of letters before the closing spaces and mark, so
    the leftmost is where that run starts; a search from ``s`` instead tries, and backs off
    from, every letter of the sentence (about 20x slower).
    """
    t = e
    while t > s and m[t - 1].isspace():
        t -= 1
    if t > s and m[t - 1] in ".:":
        t -= 1
    while t > s and m[t - 1].isspace():
        t -= 1
    k = t
    while k > s and "a" <= m[k - 1] <= "z":
        k -= 1
    return _LAST_WORD.match(m, k, e) if k < t else None


def _skip_space(m: str, p: int) -> int:
    while p < len(m) and m[p].isspace():
        p += 1
    return p


_EXPECTED = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:(?:also|not|widely|still|now|generally)\s+){0,2}"
    r"(expected)\s+to\s+[a-z]"
)
_LEAD = re.compile(r"\s*(?:(?:And|But|So|Yet|Still|Now)\b,?\s*)?")


def expected_to(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``The ferry is expected to resume on Monday``: an expectation with no source named."""
    if "expected" not in ctx.m[s:e]:
        return
    hit = _EXPECTED.search(ctx.m, s, e)
    if hit is None or QMASK in ctx.m[s:e]:
        return
    if any(a.content_span[0] <= hit.start() < a.content_span[1] for a in out):
        return
    start = _LEAD.match(ctx.m, s, e)
    a = start.end() if start is not None else s
    b = reporters_tail(ctx.m, a, e)
    cue = Cue(hit.start(), hit.start(1), hit.end(1), "expect", "expected")
    got = make(ctx, Speaker(None, "unknown"), None, cue, (a, b), "expected-to")
    if got:
        out.append(got)


# "in the latest Gazette poll", "In a survey of 500 shopkeepers,": a finding's source.
_IN_POLL = re.compile(
    r"\b[Ii]n\s+((?:the|a|an|this|that|its|their|[A-Z][\w’'.&/-]*)\s+(?:[\w’'.&/-]+\s+){0,6}?"
    r"(?:poll|polls|survey|surveys|polling\s+average|average\s+of\s+(?:[\w-]+\s+){0,3}polls)"
    r"(?:\s+(?:of|by|for|from|conducted|released|taken|published)\s+[^,.;:\ue000]{1,60}?)?)"
    r"(?=\s*[,.;]|\s*$)"
)

# A "who" or "which" clause still open where the poll is named.
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;:]*$")


def poll_finding(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """``Ruiz leads by six points in the latest poll``: what a poll or survey found."""
    if "oll" not in ctx.m[s:e] and "urvey" not in ctx.m[s:e]:
        return
    for hit in _IN_POLL.finditer(ctx.m, s, e):
        if _OPEN_RELATIVE.search(ctx.m, s, hit.start()):
            continue  # "Ruiz, who has climbed in the polls, ...": it describes her
        span = hit.span(1)
        opening = not ctx.m[s : hit.start()].strip(' "“')
        if opening:
            comma = ctx.m.find(",", span[1], e)
            if comma != span[1] and ctx.m[span[1] : comma].strip():
                continue
            content = (comma + 1, e)
        elif not out and ctx.m[s : hit.start()].strip():
            content = (s, hit.start())
        else:
            continue
        sp = speaker_at(ctx, span, e)
        cue = Cue(
            hit.start(), hit.start(), hit.start() + 2, "in", ctx.text[hit.start() : hit.start() + 2]
        )
        got = make(ctx, sp, span, cue, content, "in-poll")
        if got:
            out.append(got)
        return
