"""The word lists behind the framing views, read from ``data/lexicons/`` and checked on load.

Each file is JSON with an ``about`` text, a ``sources`` list citing where the list comes from,
and its entries. A broken file raises :class:`~lessonkit.errors.LessonkitError` naming the
file, the entry and key, what was expected and what was found.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._resources import data_path
from ..errors import LessonkitError
from ..sources import _choice, _object, _read_json, _str, _str_list

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "CUE_FRAMINGS",
    "EVENTS",
    "EVENT_FRAMINGS",
    "HEDGE_KINDS",
    "AssessmentLexicon",
    "CueVerb",
    "EventWord",
    "HedgeWord",
    "Lexicons",
    "Marker",
    "WordMatcher",
    "load_lexicons",
]

CUE_FRAMINGS = ("neutral", "loaded")
EVENTS = ("taking ground", "giving up ground")
EVENT_FRAMINGS = ("liberation", "neutral", "forceful", "euphemism", "orderly", "disorderly")
HEDGE_KINDS = ("hedge", "booster")
HEDGE_ORIGINS = ("hyland-2005", "added")

_FILES = {
    "cues": "cue-verbs.json",
    "events": "event-words.json",
    "hedges": "hedges-boosters.json",
    "assessment": "assessment.json",
}
_FORM = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)*")
_T = TypeVar("_T")


@dataclass(frozen=True)
class CueVerb:
    """A reporting verb: its forms, whether it is neutral or loaded, and what it suggests."""

    lemma: str
    forms: tuple[str, ...]
    framing: str
    note: str


@dataclass(frozen=True)
class EventWord:
    """A word for a change of control, which event it names and how it frames it."""

    word: str
    forms: tuple[str, ...]
    event: str
    framing: str
    note: str
    needs_context: bool = True


@dataclass(frozen=True)
class HedgeWord:
    """A hedge or a booster, where the word comes from, and what it does."""

    word: str
    forms: tuple[str, ...]
    kind: str
    origin: str
    note: str


@dataclass(frozen=True)
class Marker:
    """A word or phrase that marks a judgment, with the reason to show a reader."""

    word: str
    forms: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class AssessmentLexicon:
    """The signs of a judgment in the reporter's own voice."""

    evaluative: tuple[Marker, ...]
    significance: tuple[Marker, ...]
    opinion_participles: tuple[str, ...]
    superlatives: tuple[str, ...]
    sources: tuple[str, ...]


class WordMatcher(Generic[_T]):
    """Find the forms of a word list in a text as whole words, ignoring case.

    Examples
    --------
    >>> m = WordMatcher({"pulled back": 1, "fled": 2})
    >>> [(t.group(0), v) for t, v in m.finditer("They fled, then PULLED  back.")]
    [('fled', 2), ('PULLED  back', 1)]
    """

    def __init__(self, forms: Mapping[str, _T]) -> None:
        self._values = {_key(form): value for form, value in forms.items()}
        ordered = sorted(self._values, key=len, reverse=True)
        # An empty list matches nothing (an empty alternation would match everywhere).
        body = "|".join(r"\s+".join(re.escape(p) for p in form.split(" ")) for form in ordered)
        body = body or "(?!)"
        self._pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-])", re.IGNORECASE)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterable[tuple[re.Match[str], _T]]:
        """Yield ``(match, value)`` for every form in ``text[start:end]``."""
        stop = len(text) if end is None else end
        for match in self._pattern.finditer(text, start, stop):
            yield match, self._values[_key(match.group(0))]


def _key(form: str) -> str:
    return " ".join(form.replace("’", "'").casefold().split())


@dataclass(frozen=True)
class Lexicons:
    """All four word lists, with matchers ready to run over a text."""

    cues: tuple[CueVerb, ...]
    events: tuple[EventWord, ...]
    hedges: tuple[HedgeWord, ...]
    assessment: AssessmentLexicon
    sources: tuple[tuple[str, tuple[str, ...]], ...]
    event_context: tuple[str, ...] = ()
    cue_matcher: WordMatcher[CueVerb] = field(init=False, repr=False, compare=False)
    event_matcher: WordMatcher[EventWord] = field(init=False, repr=False, compare=False)
    hedge_matcher: WordMatcher[HedgeWord] = field(init=False, repr=False, compare=False)
    evaluative_matcher: WordMatcher[Marker] = field(init=False, repr=False, compare=False)
    significance_matcher: WordMatcher[Marker] = field(init=False, repr=False, compare=False)
    event_context_matcher: WordMatcher[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        a = self.assessment
        for name, entries in (
            ("cue_matcher", self.cues),
            ("event_matcher", self.events),
            ("hedge_matcher", self.hedges),
            ("evaluative_matcher", a.evaluative),
            ("significance_matcher", a.significance),
        ):
            forms = {f: v for v in entries for f in v.forms}
            object.__setattr__(self, name, WordMatcher(forms))
        context = WordMatcher({w: w for w in self.event_context})
        object.__setattr__(self, "event_context_matcher", context)

    def cue_verb(self, cue: str) -> CueVerb | None:
        """Return the entry whose form appears in a cue as printed ('has said', 'told the BBC')."""
        for _match, verb in self.cue_matcher.finditer(cue):
            return verb
        return None


def load_lexicons(folder: str | os.PathLike[str] | None = None) -> Lexicons:
    """Load and check the framing word lists.

    Parameters
    ----------
    folder
        A folder holding ``cue-verbs.json``, ``event-words.json``, ``hedges-boosters.json``
        and ``assessment.json``; by default the shipped ``data/lexicons/``.

    Returns
    -------
    Lexicons

    Raises
    ------
    LessonkitError
        If a file is missing, is not JSON, or an entry breaks the schema.

    Examples
    --------
    >>> lex = load_lexicons()
    >>> lex.cue_verb("admitted").framing
    'loaded'
    >>> load_lexicons("no-such-folder")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: no-such-folder/cue-verbs.json: no such file (expected a JSON lesson file)
    """
    if folder is None:
        return _default_lexicons()
    root = Path(folder)
    return _parse_all({key: (root / name, os.fspath(root / name)) for key, name in _FILES.items()})


@cache
def _default_lexicons() -> Lexicons:
    return _parse_all(
        {
            key: (data_path("lexicons", name), f"data/lexicons/{name}")
            for key, name in _FILES.items()
        }
    )


def _parse_all(paths: Mapping[str, tuple[Path | Traversable, str]]) -> Lexicons:
    loaded: dict[str, tuple[Any, str]] = {}
    for key, (path, shown) in paths.items():
        data, _ = _read_json(path, f"lexicons/{_FILES[key]}")
        loaded[key] = (data, shown)
    cues_data, cues_name = loaded["cues"]
    top = _head(cues_data, cues_name, "entries")
    cues = tuple(
        CueVerb(
            lemma=_str(obj, "lemma", where),
            forms=_forms(obj, where),
            framing=_choice(obj, "framing", where, CUE_FRAMINGS),
            note=_str(obj, "note", where),
        )
        for obj, where in _entries(top, cues_name, ("lemma", "forms", "framing", "note"), "lemma")
    )
    events_data, events_name = loaded["events"]
    top_e = _head(events_data, events_name, "entries", "context")
    event_context = _word_list(top_e, "context", events_name)
    events = tuple(
        EventWord(
            word=_str(obj, "word", where),
            forms=_forms(obj, where),
            event=_choice(obj, "event", where, EVENTS),
            framing=_choice(obj, "framing", where, EVENT_FRAMINGS),
            note=_str(obj, "note", where),
            needs_context=_flag(obj, "needs_context", where),
        )
        for obj, where in _entries(
            top_e,
            events_name,
            ("word", "forms", "event", "framing", "note"),
            "word",
            optional=("needs_context",),
        )
    )
    hedges_data, hedges_name = loaded["hedges"]
    top_h = _head(hedges_data, hedges_name, "entries")
    hedges = tuple(
        HedgeWord(
            word=_str(obj, "word", where),
            forms=_forms(obj, where),
            kind=_choice(obj, "kind", where, HEDGE_KINDS),
            origin=_choice(obj, "origin", where, HEDGE_ORIGINS),
            note=_str(obj, "note", where),
        )
        for obj, where in _entries(
            top_h, hedges_name, ("word", "forms", "kind", "origin", "note"), "word"
        )
    )
    a_data, a_name = loaded["assessment"]
    top_a = _object(
        a_data,
        a_name,
        ("about", "sources", "evaluative", "significance", "opinion_participles", "superlatives"),
    )
    _str(top_a, "about", a_name)
    assessment = AssessmentLexicon(
        evaluative=_markers(top_a, "evaluative", a_name),
        significance=_markers(top_a, "significance", a_name),
        opinion_participles=_word_list(top_a, "opinion_participles", a_name),
        superlatives=_word_list(top_a, "superlatives", a_name),
        sources=_str_list(top_a, "sources", a_name),
    )
    for name, items in (
        (cues_name, [(c.lemma, c.forms) for c in cues]),
        (events_name, [(e.word, e.forms) for e in events]),
        (hedges_name, [(h.word, h.forms) for h in hedges]),
        (a_name, [(m.word, m.forms) for m in assessment.evaluative + assessment.significance]),
    ):
        _unique_forms(name, items)
    return Lexicons(
        cues=cues,
        events=events,
        hedges=hedges,
        assessment=assessment,
        event_context=event_context,
        sources=(
            ("cues", _str_list(top, "sources", cues_name)),
            ("events", _str_list(top_e, "sources", events_name)),
            ("hedges", _str_list(top_h, "sources", hedges_name)),
            ("assessment", assessment.sources),
        ),
    )


def _head(data: object, name: str, *keys: str) -> Mapping[str, Any]:
    top = _object(data, name, ("about", "sources", *keys))
    _str(top, "about", name)
    _str_list(top, "sources", name)
    return top


def _entries(
    top: Mapping[str, Any],
    name: str,
    keys: Sequence[str],
    label: str,
    *,
    optional: Sequence[str] = (),
) -> Iterable[tuple[Mapping[str, Any], str]]:
    entries = top["entries"]
    if not isinstance(entries, list) or not entries:
        raise LessonkitError(f"{name}: 'entries' must be a non-empty list (got {entries!r:.40})")
    for index, raw in enumerate(entries):
        where = f"{name}: entries[{index}]"
        if isinstance(raw, dict) and isinstance(raw.get(label), str):
            where += f" ({label} {raw[label]!r})"
        yield _object(raw, where, keys, optional), where


def _flag(obj: Mapping[str, Any], key: str, where: str) -> bool:
    value = obj.get(key, True)
    if not isinstance(value, bool):
        raise LessonkitError(f"{where}: {key!r} must be true or false (got {value!r})")
    return value


def _forms(obj: Mapping[str, Any], where: str) -> tuple[str, ...]:
    forms = _str_list(obj, "forms", where)
    for i, form in enumerate(forms):
        if not _FORM.fullmatch(form):
            raise LessonkitError(
                f"{where}: forms[{i}] must be letters, hyphens or apostrophes in words "
                f"separated by single spaces (got {form!r})"
            )
    return forms


def _markers(top: Mapping[str, Any], key: str, name: str) -> tuple[Marker, ...]:
    value = top[key]
    if not isinstance(value, list) or not value:
        raise LessonkitError(f"{name}: {key!r} must be a non-empty list (got {value!r:.40})")
    result = []
    for index, raw in enumerate(value):
        where = f"{name}: {key}[{index}]"
        if isinstance(raw, dict) and isinstance(raw.get("word"), str):
            where += f" (word {raw['word']!r})"
        obj = _object(raw, where, ("word", "forms", "note"))
        result.append(
            Marker(_str(obj, "word", where), _forms(obj, where), _str(obj, "note", where))
        )
    return tuple(result)


def _word_list(top: Mapping[str, Any], key: str, name: str) -> tuple[str, ...]:
    words = _str_list(top, key, name)
    for i, word in enumerate(words):
        if not _FORM.fullmatch(word):
            raise LessonkitError(
                f"{name}: {key}[{i}] must be a word or words separated by single spaces "
                f"(got {word!r})"
            )
    return words


def _unique_forms(name: str, items: Iterable[tuple[str, tuple[str, ...]]]) -> None:
    seen: dict[str, str] = {}
    for word, forms in items:
        for form in forms:
            key = _key(form)
            other = seen.get(key)
            if other is not None and other != word:
                raise LessonkitError(
                    f"{name}: form {form!r} must belong to one entry only "
                    f"(got it under both {other!r} and {word!r})"
                )
            seen[key] = word
