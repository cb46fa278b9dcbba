"""Who a speaker is: the registry of sources quoted in the lesson article.

Each entry says who the source is, which side it speaks for, what it is in a position
to know, and where those facts come from. :func:`find_source` matches the many ways
a name is printed ("Zelensky", "Zelenskyy", "the president, Volodymyr Zelenskiy").
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._resources import data_path
from .errors import LessonkitError
from .sides import check_side

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["SOURCE_KINDS", "Source", "find_source", "find_sources", "load_sources"]

SOURCE_KINDS = ("person", "organisation", "collective", "anonymous")
_REGISTRY_FILE = "sources.json"
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_ENTRY_KEYS = (
    "id",
    "name",
    "kind",
    "role",
    "affiliation",
    "side",
    "variants",
    "can_know",
    "independence",
    "sources",
    "note",
)


@dataclass(frozen=True)
class Source:
    """One speaker or body in the registry.

    Attributes
    ----------
    id
        Short slug, e.g. ``"kuzan"``; the gold attributions refer to it.
    name
        The name as the lesson prints it.
    kind
        One of :data:`SOURCE_KINDS`.
    role, affiliation
        What the source was in September 2022 and whom it belongs to.
    side
        A slug from :data:`lessonkit.sides.SIDES`.
    variants
        Spellings and titled forms as printed in the article and other outlets.
    can_know
        What the source is in a position to know first-hand, and what not.
    independence
        How independent of the parties the source is.
    sources
        Addresses of the pages that back the entry's facts.
    note
        Anything else, including facts the fact sheet marks as unsourced or conflicting.
    """

    id: str
    name: str
    kind: str
    role: str
    affiliation: str
    side: str
    variants: tuple[str, ...]
    can_know: str
    independence: str
    sources: tuple[str, ...]
    note: str


# ---------------------------------------------------------------------------
# Reading and checking JSON lesson files (shared with lessonkit.lesson)


def _read_json(path: str | os.PathLike[str] | Traversable | None, default: str) -> tuple[Any, str]:
    """Return the parsed JSON and the name to use in messages."""
    if path is None:
        node: Traversable | Path = data_path(*default.split("/"))
        name = f"data/{default}"
    elif isinstance(path, (str, os.PathLike)):
        node = Path(path)
        name = os.fspath(path)
    else:
        node = path
        name = str(path)
    if not node.is_file():
        raise LessonkitError(f"{name}: no such file (expected a JSON lesson file)")
    try:
        raw = node.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LessonkitError(f"{name}: not UTF-8 text ({exc.reason})") from None
    try:
        return json.loads(raw), name
    except json.JSONDecodeError as exc:
        raise LessonkitError(
            f"{name}: line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _object(
    value: object, where: str, keys: Sequence[str], optional: Sequence[str] = ()
) -> Mapping[str, Any]:
    """Check that ``value`` is a JSON object with exactly ``keys`` (plus ``optional``)."""
    if not isinstance(value, dict):
        raise LessonkitError(f"{where}: expected an object (got {_type_name(value)})")
    for key in keys:
        if key not in value:
            raise LessonkitError(f"{where}: missing key {key!r}")
    allowed = set(keys) | set(optional)
    for key in value:
        if key not in allowed:
            raise LessonkitError(
                f"{where}: unknown key {key!r} (expected only {tuple(keys) + tuple(optional)})"
            )
    return value


def _str(obj: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise LessonkitError(f"{where}: {key!r} must be a string (got {_type_name(value)})")
    if not empty and not value.strip():
        raise LessonkitError(f"{where}: {key!r} must not be empty (got {value!r})")
    return value


def _choice(obj: Mapping[str, Any], key: str, where: str, choices: tuple[str, ...]) -> str:
    value = obj[key]
    if value not in choices:
        raise LessonkitError(f"{where}: {key!r} must be one of {choices} (got {value!r})")
    return str(value)


def _str_list(
    obj: Mapping[str, Any], key: str, where: str, *, empty: bool = False
) -> tuple[str, ...]:
    value = obj[key]
    if not isinstance(value, list):
        raise LessonkitError(f"{where}: {key!r} must be a list (got {_type_name(value)})")
    if not empty and not value:
        raise LessonkitError(f"{where}: {key!r} must not be empty (got [])")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise LessonkitError(f"{where}: {key}[{i}] must be a non-empty string (got {item!r})")
    return tuple(value)


def _urls(obj: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> tuple[str, ...]:
    urls = _str_list(obj, key, where, empty=empty)
    for i, url in enumerate(urls):
        if not _is_url(url):
            raise LessonkitError(
                f"{where}: {key}[{i}] must be an http:// or https:// address (got {url!r})"
            )
    return urls


def _is_url(value: str) -> bool:
    """Return True if ``value`` is a well-formed ``http://`` or ``https://`` address.

    Examples
    --------
    >>> _is_url("https://tass.com/world/1505811")
    True
    >>> _is_url("tass.com/world/1505811")
    False
    """
    if any(ch.isspace() for ch in value):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and "." in parts.netloc


# ---------------------------------------------------------------------------
# The registry


def load_sources(path: str | os.PathLike[str] | Traversable | None = None) -> tuple[Source, ...]:
    """Load and check the source registry.

    Parameters
    ----------
    path
        A registry file; by default the shipped ``data/sources.json``.

    Returns
    -------
    tuple of Source
        In file order.

    Raises
    ------
    LessonkitError
        If the file is missing, is not valid JSON, or an entry breaks the schema; the
        message names the file, the entry and key, what was expected and what was found.

    Examples
    --------
    >>> [s.name for s in load_sources() if s.id == "kuzan"]
    ['Serhiy Kuzan']
    >>> load_sources("no-such-registry.json")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: no-such-registry.json: no such file (expected a JSON lesson file)
    """
    if path is None:
        return _default_sources()
    return _parse_sources(*_read_json(path, _REGISTRY_FILE))


@cache
def _default_sources() -> tuple[Source, ...]:
    return _parse_sources(*_read_json(None, _REGISTRY_FILE))


def _parse_sources(data: object, name: str) -> tuple[Source, ...]:
    top = _object(data, name, ("entries",), optional=("conventions",))
    entries = top["entries"]
    if not isinstance(entries, list) or not entries:
        raise LessonkitError(f"{name}: 'entries' must be a non-empty list (got {entries!r:.40})")
    result: list[Source] = []
    seen_ids: dict[str, int] = {}
    seen_keys: dict[tuple[str, ...], str] = {}
    for index, raw in enumerate(entries):
        where = f"{name}: entries[{index}]"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            where += f" (id {raw['id']!r})"
        obj = _object(raw, where, _ENTRY_KEYS)
        source_id = _str(obj, "id", where)
        if not _ID.fullmatch(source_id):
            raise LessonkitError(
                f"{where}: 'id' must be a lower-case slug like 'uk-mod' (got {source_id!r})"
            )
        if source_id in seen_ids:
            raise LessonkitError(
                f"{where}: 'id' must be unique (got {source_id!r}, "
                f"already used by entries[{seen_ids[source_id]}])"
            )
        seen_ids[source_id] = index
        source = Source(
            id=source_id,
            name=_str(obj, "name", where),
            kind=_choice(obj, "kind", where, SOURCE_KINDS),
            role=_str(obj, "role", where),
            affiliation=_str(obj, "affiliation", where),
            side=check_side(obj["side"], where),
            variants=_str_list(obj, "variants", where),
            can_know=_str(obj, "can_know", where),
            independence=_str(obj, "independence", where),
            sources=_urls(obj, "sources", where),
            note=_str(obj, "note", where, empty=True),
        )
        for variant in (source.name, *source.variants):
            key = _tokens(variant)
            if not key:
                raise LessonkitError(f"{where}: variant {variant!r} has no letters to match on")
            other = seen_keys.get(key)
            if other is not None and other != source_id:
                raise LessonkitError(
                    f"{where}: variant {variant!r} must name one source only "
                    f"(got it for both {other!r} and {source_id!r})"
                )
            seen_keys[key] = source_id
        result.append(source)
    return tuple(result)


# ---------------------------------------------------------------------------
# Lookup

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_WORD = re.compile(r"\w+(?:'\w+)*")


def _tokens(name: str) -> tuple[str, ...]:
    """Normalise a name to lower-case word tokens, dropping a leading 'the'."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    words = tuple(_WORD.findall(text))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return words


@dataclass(frozen=True)
class _Index:
    exact: dict[tuple[str, ...], Source]
    keys: tuple[tuple[tuple[str, ...], Source], ...]


def _build_index(sources: Iterable[Source]) -> _Index:
    exact: dict[tuple[str, ...], Source] = {}
    for source in sources:
        for variant in (source.name, *source.variants):
            key = _tokens(variant)
            if key:
                exact.setdefault(key, source)
    return _Index(exact, tuple(exact.items()))


@cache
def _default_index() -> _Index:
    return _build_index(_default_sources())


@lru_cache(maxsize=16)
def _registry_index(sources: tuple[Source, ...]) -> _Index:
    """The index of a registry given as a tuple (as ``load_sources`` returns it), built once."""
    return _build_index(sources)


def _index(sources: Iterable[Source] | None) -> _Index:
    if sources is None:
        return _default_index()
    if isinstance(sources, tuple):
        return _registry_index(sources)
    return _build_index(sources)


def find_sources(name: str, sources: Iterable[Source] | None = None) -> tuple[Source, ...]:
    """Return every registry entry that ``name`` could refer to.

    An exact match of a name or variant (ignoring case, apostrophe style, punctuation,
    spacing and a leading "the") gives that one entry. Otherwise every variant that
    appears as whole words inside ``name`` counts, except one that lies inside a longer
    match ("Kuzan" inside "Serhiy Kuzan"); the entries of what is left are returned.

    Parameters
    ----------
    name
        A name as printed, e.g. ``"foreign ministry spokesperson Oleg Nikolenko"``.
    sources
        The registry to search; by default the shipped one.

    Returns
    -------
    tuple of Source
        Empty if nothing matches; more than one entry if ``name`` is ambiguous.

    Examples
    --------
    >>> [s.id for s in find_sources("Mr Kuzan and Vitaly Ganchev")]
    ['kuzan', 'ganchev']
    >>> find_sources(None)
    Traceback (most recent call last):
    ...
    TypeError: 'name' must be a str (got NoneType)
    """
    if not isinstance(name, str):
        raise TypeError(f"'name' must be a str (got {type(name).__name__})")
    index = _index(sources)
    query = _tokens(name)
    if not query:
        return ()
    hit = index.exact.get(query)
    if hit is not None:
        return (hit,)
    spans: list[tuple[int, int, Source]] = []
    for key, source in index.keys:
        size = len(key)
        for start in range(len(query) - size + 1):
            if query[start : start + size] == key:
                spans.append((start, start + size, source))
    kept = [
        (s, e, src)
        for s, e, src in spans
        if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _ in spans)
    ]
    kept.sort(key=lambda item: (item[0], -item[1]))
    found: list[Source] = []
    for _, _, source in kept:
        if source not in found:
            found.append(source)
    return tuple(found)


def find_source(name: str, sources: Iterable[Source] | None = None) -> Source | None:
    """Return the registry entry for a speaker's name as printed, or None.

    Matching is as in :func:`find_sources`. A name that could be more than one source
    is refused rather than guessed.

    Parameters
    ----------
    name
        A name as printed: "Zelensky", "the president, Volodymyr Zelenskiy", "Kuzan".
    sources
        The registry to search; by default the shipped one.

    Returns
    -------
    Source or None
        None when nothing in the registry matches (a pronoun, a generic "officials").

    Raises
    ------
    LessonkitError
        When ``name`` matches more than one entry; the message lists them.

    Examples
    --------
    >>> find_source("the president, Volodymyr Zelenskiy").id
    'zelenskiy'
    >>> find_source("Zelenskyy").name
    'Volodymyr Zelenskiy'
    >>> find_source("a passer-by") is None
    True
    >>> find_source("Kuzan and Ganchev")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'Kuzan and Ganchev' could be more than one source: 'kuzan', 'ganchev'; name one
    """
    found = find_sources(name, sources)
    if len(found) > 1:
        listed = ", ".join(repr(s.id) for s in found)
        raise LessonkitError(f"{name!r} could be more than one source: {listed}; name one")
    return found[0] if found else None
