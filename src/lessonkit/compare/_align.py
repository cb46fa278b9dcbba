"""Report against report: align the sentences of two or more articles that report the same fact.

Sentences are compared by TF-IDF cosine similarity over word uni- and bigrams and over the
words' consonant skeletons, so "Izyum" and "Izium" still meet. Every number becomes one token
(``0``), so "2,000 sq km" and "2,500 sq km" count as the same kind of statement and the figures
can then be compared. For each pair of articles the pairs of sentences are chosen by an optimal
one-to-one assignment (the algorithm of SciPy's ``linear_sum_assignment``): within a pair of
articles no sentence is aligned twice. Pairs below :data:`THRESHOLD` are dropped. Both steps are
computed with NumPy alone (:mod:`lessonkit.compare._vectors`, checked against scikit-learn and
SciPy by the tests), so a lesson does not wait for those libraries to load.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._framing import _CREDIT, _LETTER

if TYPE_CHECKING:
    from ..article import Article
    from ..attribution import Attribution
    from ..claims import Figure

__all__ = [
    "THRESHOLD",
    "Aligned",
    "ArticleQuotes",
    "Comparison",
    "FigureDifference",
    "OnlyIn",
    "Quote",
    "compare_articles",
    "sentence_spans",
    "similarity_matrix",
]

# Tuned on the development set (tests/data/compare/dev/); see benchmarks/compare.py.
THRESHOLD = 0.12
# Share of the similarity carried by words and word pairs (the rest by consonant skeletons).
_WORD_WEIGHT = 0.7

_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_VOWELS = re.compile(r"(?<=.)[aeiouy]")
_SUFFIX = re.compile(r"(?:'s|’s|ing|ed|es|s)$")
_TO_KM = {"km": 1.0, "mi": 1.609344, "m": 0.001}
_TO_KM2 = {"km2": 1.0, "mi2": 2.589988110336, "ha": 0.01, "acre": 0.004046856}

Span = tuple[int, int]


@dataclass(frozen=True)
class FigureDifference:
    """Two figures for the same kind of quantity in an aligned pair, and whether they differ."""

    first: Figure
    second: Figure
    differs: bool

    def describe(self) -> str:
        """Say it in a few words: ``'2,000 sq km' against '2,500 sq km': differ``."""
        verdict = "differ" if self.differs else "agree"
        return f"'{self.first.text}' against '{self.second.text}': {verdict}"


@dataclass(frozen=True)
class Aligned:
    """A sentence of one article and the sentence of another that reports the same fact.

    Attributes
    ----------
    articles
        The two article indexes, lower first.
    texts, spans
        The two sentences and their spans, each into its own article's text.
    similarity
        Cosine similarity of the two sentences, 0 to 1.
    figures
        Figures of the same kind of quantity in the two sentences, paired.
    """

    articles: tuple[int, int]
    texts: tuple[str, str]
    spans: tuple[Span, Span]
    similarity: float
    figures: tuple[FigureDifference, ...] = ()

    @property
    def figures_differ(self) -> bool:
        """True when the two sentences give different figures for the same kind of quantity."""
        return any(f.differs for f in self.figures)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``lessonkit compare --json``."""
        return {
            "articles": list(self.articles),
            "texts": list(self.texts),
            "spans": [list(self.spans[0]), list(self.spans[1])],
            "similarity": round(self.similarity, 4),
        }


@dataclass(frozen=True)
class OnlyIn:
    """A sentence of one article that no other article reports."""

    article: int
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``lessonkit compare --json``."""
        return {"article": self.article, "text": self.text, "span": list(self.span)}


@dataclass(frozen=True)
class Quote:
    """Whom an article quotes, with which verbs, how often."""

    speaker: str
    side: str
    cues: tuple[str, ...]
    attributions: int
    loaded: int


@dataclass(frozen=True)
class ArticleQuotes:
    """The speakers of one article, most attributions first."""

    article: int
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Comparison:
    """Two or more reports set against each other.

    Attributes
    ----------
    articles
        The articles, in the order given.
    aligned
        Pairs of sentences that report the same fact, by article pair then text order.
    only_in
        Sentences that no other article reports.
    figures
        Every figure of every article, as ``(article index, Figure)``.
    threshold
        The similarity below which sentences were not aligned.
    """

    articles: tuple[Article, ...]
    aligned: tuple[Aligned, ...]
    only_in: tuple[OnlyIn, ...]
    figures: tuple[tuple[int, Figure], ...]
    threshold: float
    attributions: tuple[tuple[Attribution, ...], ...] | None = field(
        default=None, repr=False, compare=False
    )

    def quotes(self) -> tuple[ArticleQuotes, ...]:
        """Whom each article quotes, with which verbs (attributions are found if not given)."""
        found = self.attributions
        if found is None:
            found = tuple(tuple(_attributions(a)) for a in self.articles)
            object.__setattr__(self, "attributions", found)
        return tuple(_quotes(i, attrs) for i, attrs in enumerate(found))

    def to_dict(self, names: Sequence[str] | None = None) -> dict[str, Any]:
        """The JSON form of ``lessonkit compare --json`` (``names``: the paths, in order)."""
        return {
            "articles": list(names) if names is not None else [a.name for a in self.articles],
            "aligned": [a.to_dict() for a in self.aligned],
            "only_in": [o.to_dict() for o in self.only_in],
            "numbers": [{"article": i, **_figure_dict(f)} for i, f in self.figures],
        }


def _figure_dict(figure: Figure) -> dict[str, Any]:
    d = figure.to_dict()
    return {k: d[k] for k in ("text", "value", "unit", "quantity", "span")}


def sentence_spans(article: Article) -> list[Span]:
    """The sentences worth aligning: every sentence with letters, less wire credit lines."""
    text = article.text
    return [
        (s.start, s.end)
        for s in article.sentences
        if _LETTER.search(text, s.start, s.end) and not _CREDIT.search(text, s.start, s.end)
    ]


def _words(text: str) -> str:
    """Lower-case, numbers as one token, light suffix stripping: the text the vectoriser reads.

    Examples
    --------
    >>> _words("Ukraine's forces retook 2,000 sq km")
    'ukraine forc retook 0 sq km'
    """
    text = _NUMBER.sub(" 0 ", text.casefold())
    out = []
    for token in _TOKEN.findall(text):
        if len(token) > 4:
            token = _SUFFIX.sub("", token)
        out.append(token.replace("’", "'"))
    return " ".join(out)


def compare_articles(
    articles: Sequence[Article],
    *,
    threshold: float | None = None,
    attributions: Sequence[Sequence[Attribution]] | None = None,
) -> Comparison:
    """Align the sentences that report the same fact in two or more articles.

    Parameters
    ----------
    articles
        Two or more :class:`~lessonkit.Article` s.
    threshold
        Lowest cosine similarity that counts as the same fact; by default :data:`THRESHOLD`.
    attributions
        Each article's attributions, if already found; otherwise
        :meth:`Comparison.quotes` finds them when first asked.

    Returns
    -------
    Comparison

    Raises
    ------
    ValueError
        If fewer than two articles are given or ``threshold`` is not between 0 and 1.

    Examples
    --------
    >>> from lessonkit import Article
    >>> a = Article.from_text("Kyiv said it retook 2,000 sq km. It rained in Lviv.")
    >>> b = Article.from_text("Officials in Kyiv said troops retook 2,500 sq km of land.")
    >>> c = compare_articles([a, b])
    >>> [(x.texts, x.figures_differ) for x in c.aligned]
    [(('Kyiv said it retook 2,000 sq km.', 'Officials in Kyiv said troops retook 2,500 sq km of land.'), True)]
    >>> [o.text for o in c.only_in]
    ['It rained in Lviv.']
    >>> compare_articles([a])
    Traceback (most recent call last):
    ...
    ValueError: 'articles' must hold at least two articles (got 1)
    """
    from ..article import Article

    arts = tuple(articles)
    if len(arts) < 2:
        raise ValueError(f"'articles' must hold at least two articles (got {len(arts)})")
    for i, art in enumerate(arts):
        if not isinstance(art, Article):
            raise TypeError(f"'articles[{i}]' must be an Article (got {type(art).__name__})")
    limit = THRESHOLD if threshold is None else threshold
    if isinstance(limit, bool) or not isinstance(limit, (int, float)) or not 0 <= limit <= 1:
        raise ValueError(f"'threshold' must be a number from 0 to 1 (got {threshold!r})")

    from ..claims import check_numbers

    spans = [sentence_spans(a) for a in arts]
    figures = [check_numbers(a).figures for a in arts]
    aligned = _align(arts, spans, figures, float(limit))
    paired = {(i, s) for x in aligned for i, s in zip(x.articles, x.spans, strict=True)}
    only = tuple(
        OnlyIn(i, arts[i].text[s:e], (s, e))
        for i, article_spans in enumerate(spans)
        for s, e in article_spans
        if (i, (s, e)) not in paired
    )
    return Comparison(
        articles=arts,
        aligned=aligned,
        only_in=only,
        figures=tuple((i, f) for i, fs in enumerate(figures) for f in fs),
        threshold=float(limit),
        attributions=None if attributions is None else tuple(tuple(a) for a in attributions),
    )


def similarity_matrix(first: Sequence[str], second: Sequence[str]) -> Any:
    """Cosine similarities between two lists of sentences (rows: ``first``).

    The TF-IDF vocabulary and weights are fitted on both lists together.

    Examples
    --------
    >>> m = similarity_matrix(["Izyum fell on Saturday."], ["Izium fell on Saturday.", "Rain."])
    >>> bool(m[0, 0] > 0.5), float(m[0, 1])
    (True, 0.0)
    """
    from ._stopwords import STOP_WORDS
    from ._vectors import cosine, tfidf_rows

    docs = [_words(t) for t in (*first, *second)]
    parts = []
    for rows, weight in (
        (tfidf_rows(docs, stop_words=STOP_WORDS, bigrams=True), _WORD_WEIGHT),
        (tfidf_rows([_skeleton(d) for d in docs]), 1 - _WORD_WEIGHT),
    ):
        if rows is not None:  # None: no word left to count (only stop words, or nothing)
            scale = math.sqrt(weight)
            parts.append([{t: w * scale for t, w in row.items()} for row in rows])
    n = len(first)
    vectors = [[part[d] for part in parts] for d in range(len(docs))]
    return cosine(vectors[:n], vectors[n:])


def _skeleton(doc: str) -> str:
    """Each word of five letters or more without its vowels after the first letter.

    Spellings of one name in different transliterations share a skeleton.

    Examples
    --------
    >>> _skeleton("izyum izium kupyansk kupiansk zelenskyy zelensky war")
    'izm izm kpnsk kpnsk zlnsk zlnsk'
    """
    return " ".join(_VOWELS.sub("", t) for t in doc.split() if len(t) >= 5)


def _align(
    arts: Sequence[Article],
    spans: Sequence[Sequence[Span]],
    figures: Sequence[Sequence[Figure]],
    limit: float,
) -> tuple[Aligned, ...]:
    from ._vectors import assign_max

    result: list[Aligned] = []
    for i in range(len(arts)):
        for j in range(i + 1, len(arts)):
            if not spans[i] or not spans[j]:
                continue
            first = [arts[i].text[s:e] for s, e in spans[i]]
            second = [arts[j].text[s:e] for s, e in spans[j]]
            sims = similarity_matrix(first, second)
            rows, cols = assign_max(sims)
            pairs = []
            for r, c in zip(rows, cols, strict=True):
                score = float(sims[r, c])
                if score >= limit and score > 0:
                    a_span, b_span = spans[i][r], spans[j][c]
                    pairs.append(
                        Aligned(
                            articles=(i, j),
                            texts=(first[r], second[c]),
                            spans=(a_span, b_span),
                            similarity=min(1.0, score),
                            figures=_pair_figures(
                                _inside(figures[i], a_span), _inside(figures[j], b_span)
                            ),
                        )
                    )
            pairs.sort(key=lambda x: x.spans[0])
            result += pairs
    return tuple(result)


def _inside(figures: Sequence[Figure], span: Span) -> list[Figure]:
    return [f for f in figures if span[0] <= f.start and f.end <= span[1]]


def _pair_figures(
    first: Sequence[Figure], second: Sequence[Figure]
) -> tuple[FigureDifference, ...]:
    """Pair each figure with the first unused one of the same quantity in the other sentence."""
    used: set[int] = set()
    pairs = []
    for f in first:
        for k, g in enumerate(second):
            if k in used or not _comparable(f, g):
                continue
            used.add(k)
            pairs.append(FigureDifference(f, g, _differs(f, g)))
            break
    return tuple(pairs)


def _comparable(f: Figure, g: Figure) -> bool:
    if f.quantity != g.quantity:
        return False
    if f.quantity == "area":
        return f.unit in _TO_KM2 and g.unit in _TO_KM2
    if f.quantity == "distance":
        return f.unit in _TO_KM and g.unit in _TO_KM
    return f.unit == g.unit


def _differs(f: Figure, g: Figure) -> bool:
    """True when the two figures cannot be the same amount given how they are rounded."""
    scale = _TO_KM2 if f.quantity == "area" else _TO_KM if f.quantity == "distance" else {}
    a = f.value * scale.get(f.unit, 1.0)
    b = g.value * scale.get(g.unit, 1.0)
    slack = max(f.half_unit * scale.get(f.unit, 1.0), g.half_unit * scale.get(g.unit, 1.0))
    if f.unit == g.unit:
        slack = 0.0
    return abs(a - b) > slack + 1e-9


def _attributions(article: Article) -> list[Attribution]:
    from ._framing import found_in

    return list(found_in(article))


def _quotes(index: int, found: Sequence[Attribution]) -> ArticleQuotes:
    from ..sources import find_sources

    groups: dict[str, dict[str, Any]] = {}
    for a in found:
        printed = " ".join((a.speaker or "unnamed source").split())
        matches = find_sources(printed) if a.speaker else ()
        source = matches[0] if len(matches) == 1 else None
        name = source.name if source else printed
        g = groups.setdefault(
            name, {"side": source.side if source else "unknown", "cues": [], "n": 0, "loaded": 0}
        )
        g["n"] += 1
        g["loaded"] += int(a.loaded_cue)
        if a.cue and a.cue not in g["cues"]:
            g["cues"].append(a.cue)
    quotes = [
        Quote(name, g["side"], tuple(g["cues"]), g["n"], g["loaded"]) for name, g in groups.items()
    ]
    quotes.sort(key=lambda q: (-q.attributions, q.speaker.casefold()))
    return ArticleQuotes(index, tuple(quotes))
