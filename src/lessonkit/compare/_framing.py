"""Framing: the verbs that introduce speakers, the words for the same event, hedges and
boosters, and the sentences the reporter states in their own voice.

Every finding carries a span into ``Article.text`` and the note from its lexicon, so a view
can show a student the word and why it matters. The reporter's own sentences are split into
assessments (a judgment or a contested fact, with the reasons found) and scene-setting
(none found); the signs are general ones read from ``data/lexicons/assessment.json``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ._lexicon import CueVerb, EventWord, HedgeWord, Lexicons, WordMatcher, load_lexicons

if TYPE_CHECKING:
    from ..article import Article
    from ..attribution import Attribution
    from ..claims import Figure

__all__ = [
    "VOICES",
    "CueUse",
    "Framing",
    "Reason",
    "ReporterSentence",
    "WordUse",
    "framing",
    "reporter_sentences",
]

Span = tuple[int, int]
VOICES = ("reporter", "quoted", "reported")
REASON_KINDS = (
    "hedge",
    "booster",
    "evaluative",
    "significance",
    "superlative",
    "comparative",
    "opinion without a holder",
    "figure without a source",
)

# Credit lines of wire copy and bylines: not sentences of the report.
_CREDIT = re.compile(
    r"\b(?:contributed\s+(?:to\s+)?(?:this\s+)?report(?:ing)?|additional\s+reporting\s+by"
    r"|reporting\s+by|editing\s+by|writing\s+by)\b",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_NOT_RANKED = frozenset(
    "of in to the a an and or part recent recently likely often people".split()
)  # 'most of', 'most recent' rank nothing
_MOST = re.compile(r"\b(most|least)\s+([a-z][a-z-]+)", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"\b(?:(?:more|less)\s+([a-z][a-z-]+)|([a-z]{3,}er))\s+than\b(?!\s*\d)", re.IGNORECASE
)
_NOT_COMPARATIVE = frozenset("rather other later earlier longer older more less fewer".split())
_QUOTE_PAIR = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")


@dataclass(frozen=True)
class CueUse:
    """A reporting verb at one attribution: whether it is neutral or loaded, and why.

    Attributes
    ----------
    cue, span
        The cue as printed and where it is.
    lemma
        The lexicon entry it matched (``"admit"``), or None when the verb is not listed.
    framing
        ``"neutral"``, ``"loaded"`` or ``"unlisted"``.
    note
        What the verb suggests to a reader.
    speaker
        Who the attribution names as the speaker, as the engine resolved it.
    """

    cue: str
    span: Span
    lemma: str | None
    framing: str
    note: str
    speaker: str | None

    @property
    def loaded(self) -> bool:
        """True when the verb colours how the words are heard."""
        return self.framing == "loaded"


@dataclass(frozen=True)
class WordUse:
    """A word from a lexicon found in the text.

    Attributes
    ----------
    text, span
        The word as printed and where it is.
    word
        The lexicon entry (``"withdraw"`` for "withdrew").
    category
        For event words the framing (``"euphemism"``, ``"disorderly"``, ...); for hedges
        ``"hedge"`` or ``"booster"``.
    note
        What the word suggests.
    voice
        ``"reporter"`` (the report's own words), ``"quoted"`` (inside a quotation) or
        ``"reported"`` (inside reported speech).
    event
        For event words, ``"taking ground"`` or ``"giving up ground"``; else ``""``.
    """

    text: str
    span: Span
    word: str
    category: str
    note: str
    voice: str
    event: str = ""


@dataclass(frozen=True)
class Reason:
    """One sign that a sentence states a judgment: its kind, the words and a note."""

    kind: str
    text: str
    span: Span
    note: str

    def describe(self) -> str:
        """Say the reason in a few words: ``hedge 'perhaps': ...``."""
        return f"{self.kind} '{self.text}': {self.note}"


@dataclass(frozen=True)
class ReporterSentence:
    """A sentence with no attribution: the reporter speaks in their own voice.

    Attributes
    ----------
    text, span
        The sentence and where it is.
    reasons
        The signs of a judgment or a contested fact found in it; empty for scene-setting.
    """

    text: str
    span: Span
    reasons: tuple[Reason, ...]

    @property
    def assessment(self) -> bool:
        """True when the sentence states a judgment or a contested fact."""
        return bool(self.reasons)

    @property
    def kind(self) -> str:
        """``"assessment"`` or ``"scene-setting"``."""
        return "assessment" if self.reasons else "scene-setting"

    def why(self) -> str:
        """The reasons, one phrase each, or what scene-setting means."""
        if not self.reasons:
            return "no sign of a judgment found: reads as scene-setting"
        return "; ".join(f"{r.kind} '{r.text}'" for r in self.reasons)


@dataclass(frozen=True)
class Framing:
    """What a report's word choices suggest.

    Attributes
    ----------
    cues
        Every attribution's reporting verb, in text order.
    event_words
        Words for ground changing hands.
    hedges
        Hedges and boosters.
    reporter_sentences
        Sentences with no attribution, each an assessment or scene-setting.
    """

    cues: tuple[CueUse, ...]
    event_words: tuple[WordUse, ...]
    hedges: tuple[WordUse, ...]
    reporter_sentences: tuple[ReporterSentence, ...]

    @property
    def loaded_cues(self) -> tuple[CueUse, ...]:
        """The cues whose verb is loaded."""
        return tuple(c for c in self.cues if c.loaded)

    @property
    def assessments(self) -> tuple[ReporterSentence, ...]:
        """The reporter's own sentences that state a judgment or a contested fact."""
        return tuple(s for s in self.reporter_sentences if s.assessment)


def framing(
    article: Article,
    attributions: Sequence[Attribution] | None = None,
    *,
    lexicons: Lexicons | None = None,
) -> Framing:
    """Find the framing choices in an article: cues, event words, hedges, own-voice sentences.

    Parameters
    ----------
    article
        Any :class:`~lessonkit.Article`.
    attributions
        Its attributions; by default found with :func:`lessonkit.extract_attributions`.
    lexicons
        The word lists; by default the shipped ``data/lexicons/``.

    Returns
    -------
    Framing

    Examples
    --------
    >>> from lessonkit import Article
    >>> f = framing(Article.from_text("The army admitted it had withdrawn. It was perhaps a rout."))
    >>> [(c.cue, c.framing) for c in f.cues]
    [('admitted', 'loaded')]
    >>> [(w.text, w.category) for w in f.event_words]
    [('withdrawn', 'orderly'), ('rout', 'disorderly')]
    >>> [s.why() for s in f.assessments]
    ["hedge 'perhaps'"]
    >>> framing("plain text")
    Traceback (most recent call last):
    ...
    TypeError: 'article' must be an Article (got str)
    """
    article, found = _prepare(article, attributions)
    lex = lexicons or load_lexicons()
    voices = _Voices(article.text, found)
    cues = tuple(_cue_use(a, lex) for a in found if a.cue is not None and a.cue_span is not None)
    events = tuple(
        use
        for use, entry in _word_uses(article.text, lex.event_matcher, voices)
        if not entry.needs_context or _about_ground(article, use.span, lex)
    )
    hedges = tuple(use for use, _ in _word_uses(article.text, lex.hedge_matcher, voices))
    return Framing(
        cues=cues,
        event_words=events,
        hedges=hedges,
        reporter_sentences=reporter_sentences(article, found, lexicons=lex),
    )


def _prepare(
    article: object, attributions: Sequence[Attribution] | None
) -> tuple[Article, tuple[Attribution, ...]]:
    from ..article import Article

    if not isinstance(article, Article):
        raise TypeError(f"'article' must be an Article (got {type(article).__name__})")
    found = found_in(article) if attributions is None else attributions
    return article, tuple(found)


@functools.lru_cache(maxsize=16)
def found_in(article: Article) -> tuple[Attribution, ...]:
    """The attributions of ``article``, found once however many views ask for them.

    A lesson asks for the same article's attributions for its balance, its framing and the
    comparison of reports; the engine runs once per article (equal articles share it). The
    attributions are frozen, so one copy serves every caller.
    """
    from ..attribution import extract_attributions

    return tuple(extract_attributions(article))


def _cue_use(a: Attribution, lex: Lexicons) -> CueUse:
    assert a.cue is not None and a.cue_span is not None  # checked by the caller
    verb: CueVerb | None = lex.cue_verb(a.cue)
    if verb is not None:
        return CueUse(a.cue, a.cue_span, verb.lemma, verb.framing, verb.note, a.speaker)
    if a.loaded_cue:
        note = "Marked as a loaded verb by the attribution rules; not in the cue lexicon."
        return CueUse(a.cue, a.cue_span, None, "loaded", note, a.speaker)
    note = "Not in the cue lexicon: read the verb and decide what it suggests."
    return CueUse(a.cue, a.cue_span, None, "unlisted", note, a.speaker)


class _Voices:
    """Tell whose words a position in the text is: the reporter's, a quotation, reported."""

    def __init__(self, text: str, attributions: Iterable[Attribution]) -> None:
        self.quoted: list[Span] = []
        self.reported: list[Span] = []
        for a in attributions:
            start, end = a.content_span
            if a.kind == "direct":
                self.quoted.append((start, end))
                continue
            self.reported.append((start, end))
            for m in _QUOTE_PAIR.finditer(text, start, end):
                self.quoted.append((m.start(), m.end()))

    def of(self, start: int, end: int) -> str:
        if any(s <= start and end <= e for s, e in self.quoted):
            return "quoted"
        if any(s <= start and end <= e for s, e in self.reported):
            return "reported"
        return "reporter"


def _about_ground(article: Article, span: Span, lex: Lexicons) -> bool:
    """True if the paragraph around ``span`` has a word of the event context (troops, town, ...).

    The word itself does not count ("took control", "counter-offensive"), so "residents fled
    the fire" or "talks collapsed" are not read as ground changing hands.
    """
    if not lex.event_context:
        return True
    for p in article.paragraphs:
        if p.start <= span[0] < p.end:
            return any(
                m.end() <= span[0] or m.start() >= span[1]
                for m, _ in lex.event_context_matcher.finditer(article.text, p.start, p.end)
            )
    return True


_Entry = TypeVar("_Entry", EventWord, HedgeWord)


def _word_uses(
    text: str, matcher: WordMatcher[_Entry], voices: _Voices
) -> Iterable[tuple[WordUse, _Entry]]:
    """Each use of a listed word, with the lexicon entry it comes from."""
    for match, entry in matcher.finditer(text):
        span = (match.start(), match.end())
        if isinstance(entry, EventWord):
            category, event = entry.framing, entry.event
        else:
            category, event = entry.kind, ""
        use = WordUse(
            match.group(0), span, entry.word, category, entry.note, voices.of(*span), event
        )
        yield use, entry


# ---------------------------------------------------------------------------
# The reporter's own voice


def reporter_sentences(
    article: Article,
    attributions: Sequence[Attribution] | None = None,
    *,
    lexicons: Lexicons | None = None,
) -> tuple[ReporterSentence, ...]:
    """Return the sentences no attribution touches, each with the signs of a judgment in it.

    A sentence is attributed when an attribution's content, cue or speaker lies in it.
    Credit lines ("... contributed to this report") are left out. A sentence is an
    assessment when it holds a hedge or booster, an evaluative word, a claim about
    significance or consequence, a superlative or comparative, an opinion with no holder
    ("is regarded as") or a figure with no source; otherwise it reads as scene-setting.

    Examples
    --------
    >>> from lessonkit import Article
    >>> art = Article.from_text("The town lies on a river. Its fall was a crucial blow, she said.")
    >>> [(s.text, s.kind) for s in reporter_sentences(art)]
    [('The town lies on a river.', 'scene-setting')]
    """
    article, found = _prepare(article, attributions)
    lex = lexicons or load_lexicons()
    from ..claims import check_numbers

    text = article.text
    taken: list[Span] = []
    for a in found:
        taken.append(a.content_span)
        for span in (a.cue_span, a.speaker_mention):
            if span is not None:
                taken.append(span)
    figures = check_numbers(article).figures
    result = []
    for sentence in article.sentences:
        start, end = sentence.start, sentence.end
        passage = text[start:end]
        if not _LETTER.search(passage) or _CREDIT.search(passage):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        reasons = _reasons(text, start, end, lex, figures)
        result.append(ReporterSentence(passage, (start, end), reasons))
    return tuple(result)


def _reasons(
    text: str, start: int, end: int, lex: Lexicons, figures: Sequence[Figure]
) -> tuple[Reason, ...]:
    found: list[Reason] = []
    for match, hedge in lex.hedge_matcher.finditer(text, start, end):
        found.append(Reason(hedge.kind, match.group(0), match.span(), hedge.note))
    for kind, matcher in (
        ("evaluative", lex.evaluative_matcher),
        ("significance", lex.significance_matcher),
    ):
        for match, marker in matcher.finditer(text, start, end):
            found.append(Reason(kind, match.group(0), match.span(), marker.note))
    found += _ranking(text, start, end, lex)
    found += _opinion_passives(text, start, end, lex)
    for figure in figures:
        if start <= figure.start and figure.end <= end and figure.quantity != "duration":
            note = "A figure stated with no source for it in the sentence."
            found.append(Reason("figure without a source", figure.text, figure.span, note))
    found.sort(key=lambda r: r.span)
    kept: list[Reason] = []
    for reason in found:  # one reason per stretch of text: the first kind found wins
        if not any(r.span[0] <= reason.span[0] and reason.span[1] <= r.span[1] for r in kept):
            kept.append(reason)
    return tuple(kept)


def _ranking(text: str, start: int, end: int, lex: Lexicons) -> list[Reason]:
    found = []
    for match in _MOST.finditer(text, start, end):
        if match.group(2).lower() not in _NOT_RANKED:
            note = "Ranks the event above or below all others: a judgment."
            found.append(Reason("superlative", match.group(0), match.span(), note))
    plain = [w for w in lex.assessment.superlatives if w not in ("most", "least")]
    if plain:
        pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, plain))})\b", re.IGNORECASE)
        for match in pattern.finditer(text, start, end):
            note = "Ranks the event above or below all others: a judgment."
            found.append(Reason("superlative", match.group(0), match.span(), note))
    for match in _COMPARATIVE.finditer(text, start, end):
        word = (match.group(1) or match.group(2) or "").lower()
        if word and word not in _NOT_COMPARATIVE:
            note = "Compares the event with another: the comparison is the reporter's."
            found.append(Reason("comparative", match.group(0), match.span(), note))
    return found


def _opinion_passives(text: str, start: int, end: int, lex: Lexicons) -> list[Reason]:
    participles = "|".join(
        r"\s+".join(map(re.escape, p.split())) for p in lex.assessment.opinion_participles
    )
    pattern = re.compile(
        rf"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:{participles})\s+(?:as|to)\b",
        re.IGNORECASE,
    )
    note = "An opinion stated in the passive with no one holding it: whose view is it?"
    return [
        Reason("opinion without a holder", m.group(0), m.span(), note)
        for m in pattern.finditer(text, start, end)
    ]
