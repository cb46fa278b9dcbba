"""The comparison texts of lesson 04: short reports written for class from cited facts.

Each ``data/comparison/<stem>.txt`` has a ``<stem>.meta.json`` that labels it as written for
class, not a published article, and gives for every sentence the fact-sheet lines it rests
on, with each line's source address.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

from .._resources import data_path
from ..article import Article
from ..errors import LessonkitError
from ..sources import _object, _read_json, _str, _urls

__all__ = ["LABEL", "ComparisonText", "FactRef", "SourcedSentence", "comparison_texts"]

LABEL = "Written for class from cited facts, not a published article."
_ORDER = (
    "wire-2022-09-10",
    "russian-state-framing-2022-09-10",
    "ukrainian-framing-2022-09-10",
)
_KEYS = ("file", "label", "title", "date", "style", "framing_note", "fact_sheet", "sentences")


@dataclass(frozen=True)
class FactRef:
    """A line of the fact sheet and the address of the page it cites."""

    line: int
    source: str


@dataclass(frozen=True)
class SourcedSentence:
    """A sentence of a comparison text and the facts it rests on."""

    text: str
    facts: tuple[FactRef, ...]


@dataclass(frozen=True)
class ComparisonText:
    """A comparison text with its label, style and sources."""

    article: Article
    stem: str
    title: str
    label: str
    date: datetime.date
    style: str
    framing_note: str
    sentences: tuple[SourcedSentence, ...]


@cache
def comparison_texts() -> tuple[ComparisonText, ...]:
    """Load the shipped comparison texts: wire, Russian state-media framing, Ukrainian framing.

    Returns
    -------
    tuple of ComparisonText

    Raises
    ------
    LessonkitError
        If a metadata file breaks the schema, or a sentence of a text has no entry.

    Examples
    --------
    >>> [t.style for t in comparison_texts()][0]
    'wire'
    >>> comparison_texts()[0].label
    'Written for class from cited facts, not a published article.'
    """
    return tuple(_load(stem) for stem in _ORDER)


def _load(stem: str) -> ComparisonText:
    data, _ = _read_json(data_path("comparison", f"{stem}.meta.json"), "comparison")
    name = f"data/comparison/{stem}.meta.json"
    top = _object(data, name, _KEYS)
    if _str(top, "file", name) != f"comparison/{stem}.txt":
        raise LessonkitError(
            f"{name}: 'file' must be 'comparison/{stem}.txt' (got {top['file']!r})"
        )
    label = _str(top, "label", name)
    if label != LABEL:
        raise LessonkitError(f"{name}: 'label' must be {LABEL!r} (got {label!r})")
    try:
        date = datetime.date.fromisoformat(_str(top, "date", name))
    except ValueError:
        raise LessonkitError(f"{name}: 'date' must be YYYY-MM-DD (got {top['date']!r})") from None
    raw = top["sentences"]
    if not isinstance(raw, list) or not raw:
        raise LessonkitError(f"{name}: 'sentences' must be a non-empty list (got {raw!r:.40})")
    sentences = []
    for i, item in enumerate(raw):
        where = f"{name}: sentences[{i}]"
        obj = _object(item, where, ("text", "facts"))
        facts = obj["facts"]
        if not isinstance(facts, list) or not facts:
            raise LessonkitError(f"{where}: 'facts' must be a non-empty list (got {facts!r:.40})")
        refs = []
        for k, fact in enumerate(facts):
            fwhere = f"{where}: facts[{k}]"
            fobj = _object(fact, fwhere, ("line", "source"))
            line = fobj["line"]
            if isinstance(line, bool) or not isinstance(line, int) or line < 1:
                raise LessonkitError(f"{fwhere}: 'line' must be a positive integer (got {line!r})")
            (url,) = _urls({"source": [fobj["source"]]}, "source", fwhere)
            refs.append(FactRef(line, url))
        sentences.append(SourcedSentence(_str(obj, "text", where), tuple(refs)))
    node = data_path("comparison", f"{stem}.txt")
    article = Article.from_bytes(node.read_bytes(), name=f"comparison/{stem}.txt")
    listed = {s.text for s in sentences}
    for s in article.sentences:
        passage = article.text[s.start : s.end]
        if passage not in listed:
            raise LessonkitError(
                f"{name}: 'sentences' must list every sentence of the text with its facts "
                f"(got none for {passage!r})"
            )
    return ComparisonText(
        article=article,
        stem=stem,
        title=_str(top, "title", name),
        label=label,
        date=date,
        style=_str(top, "style", name),
        framing_note=_str(top, "framing_note", name),
        sentences=tuple(sentences),
    )
