"""The lesson article's metadata and its hand-checked answer key (the gold attributions).

The gold lists every attribution in the article (who, through which cue, said what),
every sentence where the reporter speaks in their own voice, and the passages that are
neither, each with the reason. All spans are ``(start, end)`` offsets into
:attr:`lessonkit.Article.text` of the lesson article, checked on load.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ._resources import data_path
from .article import LESSON_ARTICLE, Article, lesson_article
from .errors import LessonkitError
from .sources import Source, _choice, _object, _read_json, _str, _str_list, _urls, load_sources

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "ATTRIBUTION_KINDS",
    "SPEAKER_TYPES",
    "ArticleMetadata",
    "ExcludedPassage",
    "Gold",
    "GoldAttribution",
    "ReporterVoice",
    "lesson_metadata",
    "load_gold",
]

SPEAKER_TYPES = ("named_person", "named_org", "collective", "anonymous", "unknown")
ATTRIBUTION_KINDS = ("direct", "indirect", "mixed")

_STEM = LESSON_ARTICLE.removesuffix(".txt")
_GOLD_FILE = f"gold/{_STEM}.json"
_META_FILE = f"articles/{_STEM}.meta.json"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

Span = tuple[int, int]
PathLike = str | os.PathLike[str]


# ---------------------------------------------------------------------------
# Metadata


@dataclass(frozen=True)
class ArticleMetadata:
    """Where the lesson article comes from and how it may be used.

    Attributes
    ----------
    file
        The article file, relative to ``data/``.
    outlet, date, weekday
        Who published it and when.
    byline
        The author, or None when the stored text has none.
    wire_credits
        Agencies credited in the article's last line.
    version, version_note
        Which of the stored versions this is, and how they differ.
    early_version_url, later_version_url
        Addresses of the two versions (the later one is a mirror copy).
    licence
        What the text's copyright allows the lesson to do with it.
    sources
        Addresses backing these facts.
    """

    file: str
    outlet: str
    date: datetime.date
    weekday: str
    byline: str | None
    wire_credits: tuple[str, ...]
    wire_credits_note: str
    version: str
    version_note: str
    early_version_url: str
    later_version_url: str
    later_version_url_note: str
    licence: str
    sources: tuple[str, ...]


_META_KEYS = (
    "file",
    "outlet",
    "date",
    "weekday",
    "byline",
    "wire_credits",
    "wire_credits_note",
    "version",
    "version_note",
    "early_version_url",
    "later_version_url",
    "later_version_url_note",
    "licence",
    "sources",
)


def lesson_metadata(path: PathLike | Traversable | None = None) -> ArticleMetadata:
    """Load the lesson article's metadata: outlet, date, wire credits, versions, licence.

    Parameters
    ----------
    path
        A metadata file; by default the shipped ``data/articles/<article>.meta.json``.

    Returns
    -------
    ArticleMetadata

    Raises
    ------
    LessonkitError
        If the file is missing or breaks the schema (the message names file and key).

    Examples
    --------
    >>> meta = lesson_metadata()
    >>> meta.outlet, meta.date.isoformat(), meta.weekday
    ('The Guardian', '2022-09-10', 'Saturday')
    >>> lesson_metadata("missing.meta.json")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: missing.meta.json: no such file (expected a JSON lesson file)
    """
    data, name = _read_json(path, _META_FILE)
    obj = _object(data, name, _META_KEYS)
    where = name
    raw_date = _str(obj, "date", where)
    try:
        date = datetime.date.fromisoformat(raw_date)
    except ValueError:
        raise LessonkitError(
            f"{where}: 'date' must be a date like '2022-09-10' (got {raw_date!r})"
        ) from None
    weekday = _str(obj, "weekday", where)
    if weekday != _WEEKDAYS[date.weekday()]:
        raise LessonkitError(
            f"{where}: 'weekday' must be the day of {raw_date}, "
            f"{_WEEKDAYS[date.weekday()]!r} (got {weekday!r})"
        )
    byline = obj["byline"]
    if byline is not None and (not isinstance(byline, str) or not byline.strip()):
        raise LessonkitError(f"{where}: 'byline' must be a string or null (got {byline!r})")
    file = _str(obj, "file", where)
    if not data_path(*file.split("/")).is_file():
        raise LessonkitError(f"{where}: 'file' must name a file under data/ (got {file!r})")
    early = _urls({"early_version_url": [obj["early_version_url"]]}, "early_version_url", where)
    later = _urls({"later_version_url": [obj["later_version_url"]]}, "later_version_url", where)
    return ArticleMetadata(
        file=file,
        outlet=_str(obj, "outlet", where),
        date=date,
        weekday=weekday,
        byline=byline,
        wire_credits=_str_list(obj, "wire_credits", where),
        wire_credits_note=_str(obj, "wire_credits_note", where, empty=True),
        version=_str(obj, "version", where),
        version_note=_str(obj, "version_note", where),
        early_version_url=early[0],
        later_version_url=later[0],
        later_version_url_note=_str(obj, "later_version_url_note", where, empty=True),
        licence=_str(obj, "licence", where),
        sources=_urls(obj, "sources", where),
    )


# ---------------------------------------------------------------------------
# The gold


@dataclass(frozen=True)
class GoldAttribution:
    """One attribution in the article, checked by hand.

    Attributes
    ----------
    id
        ``"a01"``, ``"a02"``, ... in the order of the content in the text.
    speaker
        The speaker's resolved name ("he" → "Volodymyr Zelenskiy").
    speaker_type
        One of :data:`SPEAKER_TYPES`.
    speaker_mention, speaker_mention_text
        Span and text of the mention at this cue, or None.
    cue, cue_span
        The reporting verb or phrase as printed, or None for a quote that carries on
        the previous speaker's words with no cue of its own.
    kind
        One of :data:`ATTRIBUTION_KINDS`.
    content, content_span
        What was said, and where.
    source_id
        The registry entry (:func:`lessonkit.sources.load_sources`).
    borderline
        True where a careful reader could decide the other way.
    note
        The reasoning behind the decision.
    sources
        Addresses backing facts stated in the note.
    """

    id: str
    speaker: str
    speaker_type: str
    speaker_mention: Span | None
    speaker_mention_text: str | None
    cue: str | None
    cue_span: Span | None
    kind: str
    content: str
    content_span: Span
    source_id: str
    borderline: bool
    note: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ReporterVoice:
    """A sentence in which the reporter speaks with no attribution at all."""

    text: str
    span: Span
    note: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExcludedPassage:
    """A passage read and left out of both lists, with the reason in ``note``."""

    text: str
    span: Span
    note: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gold:
    """The answer key for one article.

    Attributes
    ----------
    article
        The article file, relative to ``data/``.
    conventions
        How spans, cues and mentions were marked.
    attributions, reporter_voice, excluded
        The three lists, in text order.
    """

    article: str
    conventions: str
    attributions: tuple[GoldAttribution, ...]
    reporter_voice: tuple[ReporterVoice, ...]
    excluded: tuple[ExcludedPassage, ...]


_ATTRIBUTION_KEYS = (
    "id",
    "speaker",
    "speaker_type",
    "speaker_mention",
    "speaker_mention_text",
    "cue",
    "cue_span",
    "kind",
    "content",
    "content_span",
    "source_id",
    "borderline",
    "note",
)


def load_gold(
    path: PathLike | Traversable | None = None,
    *,
    article: Article | None = None,
    sources: Iterable[Source] | None = None,
) -> Gold:
    """Load and check the gold attributions of the lesson article.

    Every span is checked against the article text, every ``source_id`` against the
    source registry.

    Parameters
    ----------
    path
        A gold file; by default the shipped ``data/gold/<article>.json``.
    article
        The article the spans point into; by default the one the file names.
    sources
        The registry that ``source_id`` values must exist in; by default the shipped one.

    Returns
    -------
    Gold

    Raises
    ------
    LessonkitError
        If the file is missing or breaks the schema; the message names the file, the
        entry and key, what was expected and what was found.

    Examples
    --------
    >>> gold = load_gold()
    >>> first = gold.attributions[0]
    >>> first.cue, first.content
    ('confirmed', 'the liberation of the crucial rail hub of Kupiansk')
    >>> load_gold("missing-gold.json")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: missing-gold.json: no such file (expected a JSON lesson file)
    """
    if path is None and article is None and sources is None:
        return _default_gold()
    data, name = _read_json(path, _GOLD_FILE)
    return _parse_gold(data, name, article, sources)


@cache
def _default_gold() -> Gold:
    data, name = _read_json(None, _GOLD_FILE)
    return _parse_gold(data, name, None, None)


def _parse_gold(
    data: object, name: str, article: Article | None, sources: Iterable[Source] | None
) -> Gold:
    top = _object(
        data, name, ("article", "conventions", "attributions", "reporter_voice"), ("excluded",)
    )
    article_file = _str(top, "article", name)
    if article is None:
        article = _article_for(article_file, name)
    text = article.text
    source_ids = {s.id for s in (load_sources() if sources is None else sources)}

    attributions: list[GoldAttribution] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(_list(top, "attributions", name)):
        where = f"{name}: attributions[{index}]"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            where += f" (id {raw['id']!r})"
        obj = _object(raw, where, _ATTRIBUTION_KEYS, optional=("sources",))
        ident = _str(obj, "id", where)
        if ident in seen:
            raise LessonkitError(
                f"{where}: 'id' must be unique (got {ident!r}, "
                f"already used by attributions[{seen[ident]}])"
            )
        seen[ident] = index
        mention, mention_text = _optional_span(
            obj, "speaker_mention", "speaker_mention_text", where, text
        )
        cue_span, cue = _optional_span(obj, "cue_span", "cue", where, text)
        content = _str(obj, "content", where)
        source_id = _str(obj, "source_id", where)
        if source_id not in source_ids:
            raise LessonkitError(
                f"{where}: 'source_id' must be an id in the source registry (got {source_id!r})"
            )
        borderline = obj["borderline"]
        if not isinstance(borderline, bool):
            raise LessonkitError(
                f"{where}: 'borderline' must be true or false (got {borderline!r})"
            )
        attributions.append(
            GoldAttribution(
                id=ident,
                speaker=_str(obj, "speaker", where),
                speaker_type=_choice(obj, "speaker_type", where, SPEAKER_TYPES),
                speaker_mention=mention,
                speaker_mention_text=mention_text,
                cue=cue,
                cue_span=cue_span,
                kind=_choice(obj, "kind", where, ATTRIBUTION_KINDS),
                content=content,
                content_span=_span(obj, "content_span", where, text, content, "content"),
                source_id=source_id,
                borderline=borderline,
                note=_str(obj, "note", where, empty=True),
                sources=_urls(obj, "sources", where, empty=True) if "sources" in obj else (),
            )
        )

    voices: list[ReporterVoice] = []
    for index, raw in enumerate(_list(top, "reporter_voice", name)):
        where = f"{name}: reporter_voice[{index}]"
        obj = _object(raw, where, ("text", "span"), optional=("note", "sources"))
        passage = _str(obj, "text", where)
        voices.append(
            ReporterVoice(
                text=passage,
                span=_span(obj, "span", where, text, passage, "text"),
                note=_str(obj, "note", where, empty=True) if "note" in obj else "",
                sources=_urls(obj, "sources", where, empty=True) if "sources" in obj else (),
            )
        )

    excluded: list[ExcludedPassage] = []
    for index, raw in enumerate(_list(top, "excluded", name) if "excluded" in top else []):
        where = f"{name}: excluded[{index}]"
        obj = _object(raw, where, ("text", "span", "note"), optional=("sources",))
        passage = _str(obj, "text", where)
        excluded.append(
            ExcludedPassage(
                text=passage,
                span=_span(obj, "span", where, text, passage, "text"),
                note=_str(obj, "note", where),
                sources=_urls(obj, "sources", where, empty=True) if "sources" in obj else (),
            )
        )

    return Gold(
        article=article_file,
        conventions=_str(top, "conventions", name),
        attributions=tuple(attributions),
        reporter_voice=tuple(voices),
        excluded=tuple(excluded),
    )


def _article_for(article_file: str, name: str) -> Article:
    if article_file == f"articles/{LESSON_ARTICLE}":
        return lesson_article()
    node = data_path(*article_file.split("/"))
    if not node.is_file():
        raise LessonkitError(
            f"{name}: 'article' must name an article file under data/ (got {article_file!r})"
        )
    return Article.from_bytes(node.read_bytes(), name=article_file)


def _list(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = obj[key]
    if not isinstance(value, list):
        raise LessonkitError(f"{where}: {key!r} must be a list (got {type(value).__name__})")
    return value


def _span(
    obj: Mapping[str, Any], key: str, where: str, text: str, expected: str, expected_key: str
) -> Span:
    """Check ``obj[key]`` is a ``[start, end]`` span of ``text`` holding ``expected``."""
    value = obj[key]
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise LessonkitError(f"{where}: {key!r} must be [start, end] integers (got {value!r})")
    start, end = value
    if not 0 <= start < end <= len(text):
        raise LessonkitError(
            f"{where}: {key!r} must satisfy 0 <= start < end <= {len(text)} "
            f"(the article's length) (got {value!r})"
        )
    found = text[start:end]
    if found != expected:
        raise LessonkitError(
            f"{where}: {key!r} {value!r} must cover the {expected_key!r} text {expected!r} "
            f"(got {found!r})"
        )
    return (start, end)


def _optional_span(
    obj: Mapping[str, Any], span_key: str, text_key: str, where: str, text: str
) -> tuple[Span | None, str | None]:
    """Check a span and its text that must both be null or both be given."""
    span_value, text_value = obj[span_key], obj[text_key]
    if span_value is None and text_value is None:
        return None, None
    if span_value is None or text_value is None:
        raise LessonkitError(
            f"{where}: {span_key!r} and {text_key!r} must both be null or both be given "
            f"(got {span_value!r} and {text_value!r})"
        )
    passage = _str(obj, text_key, where)
    return _span(obj, span_key, where, text, passage, text_key), passage
