"""Who the speakers of an article are, for generated questions.

Attributions name their speakers in many ways ("Ana Ruiz", "Ruiz", "the mayor, Ana Ruiz",
"he"). This module groups them into speakers, looks them up in the source registry, and
says when one name could be taken for another, so that a wrong choice is never a second
right answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..sources import Source

__all__ = [
    "PRONOUNS",
    "Speaker",
    "capital",
    "conflict",
    "name_tokens",
    "registry_entry",
    "same_speaker",
    "side_rank",
]

PRONOUNS = frozenset("he she they it we i you him her them his hers their who which".split())
_LEADING = frozenset("the a an".split())
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_WORD = re.compile(r"[\w']+")


def name_tokens(name: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    words = [w.removesuffix("'s").strip("'") for w in _WORD.findall(text)]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return tuple(words)


def capital(name: str) -> str:
    return name[:1].upper() + name[1:]


@dataclass
class Speaker:
    """One source of the article, as the attributions name it."""

    index: int
    names: list[str]
    tokens: tuple[str, ...]
    type: str
    registry: tuple[Source, ...] = ()
    trusted: Source | None = None
    attributions: list[int] = field(default_factory=list)

    name: str = ""
    ids: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    def settle(self) -> None:
        """Fix the display name once every mention is known: the fullest one."""
        best = max(self.names, key=lambda n: (len(name_tokens(n)), len(n)))
        self.name = self.trusted.name if self.trusted else capital(best)
        self.ids = frozenset(s.id for s in self.registry)
        self.words = frozenset(self.tokens)

    @property
    def side(self) -> str | None:
        return self.trusted.side if self.trusted else None


def registry_entry(
    name: str, sources: Sequence[Source] | None
) -> tuple[tuple[Source, ...], Source | None]:
    """Registry entries ``name`` could be, and the one it surely is (full name, one match)."""
    from ..sources import find_sources

    found = find_sources(name, sources)
    tokens = name_tokens(name)
    if len(found) != 1 or len(tokens) < 2 or found[0].kind not in ("person", "organisation"):
        return found, None
    source = found[0]
    exact = any(name_tokens(v) == tokens for v in (source.name, *source.variants))
    return found, source if exact else None


def same_speaker(a: Speaker, tokens: tuple[str, ...], ids: set[str], kind: str) -> bool:
    if tokens == a.tokens:
        return True
    known = {r.id for r in a.registry}
    if ids and known and ids == known and len(ids) == 1:
        return True
    short, long_ = sorted((tokens, a.tokens), key=len)
    if not short or len(short) == len(long_) or short[-1] != long_[-1]:
        return False
    if "named_person" in (kind, a.type):
        return len(short) == 1  # a surname alone: "Ruiz" is "Ana Ruiz"
    # "the trust" is "the health trust": the same head noun, fewer words, one organisation
    return kind == a.type == "named_org" and set(short) < set(long_)


def conflict(a: Speaker, b: Speaker) -> bool:
    """Could ``b`` be taken for ``a`` (so it must not be a wrong choice for ``a``)?"""
    if a is b or (a.ids & b.ids):
        return True
    sa, sb = a.words, b.words
    if sa <= sb or sb <= sa:
        return True
    both_people = a.type == b.type == "named_person"
    return both_people and a.tokens[-1:] == b.tokens[-1:]


def side_rank(right: str | None, other: str | None) -> int:
    if right is not None and other is not None and right != other:
        return 0
    return 1 if other is None or right is None else 2
