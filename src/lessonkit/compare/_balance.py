"""Source balance: who is quoted and how much, grouped by the side each speaks for.

A speaker the source registry knows (:func:`lessonkit.sources.find_sources` gives exactly one
entry) is counted under that entry and its side; any other speaker is counted under the name
as printed, with the side unknown. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._quoted import quoted_parts
from ..sides import SIDES
from ..sources import Source, find_sources
from ._framing import ReporterSentence, _prepare, reporter_sentences

if TYPE_CHECKING:
    from ..article import Article
    from ..attribution import Attribution

__all__ = [
    "SHARE_KINDS",
    "UNKNOWN_SIDE",
    "SideBalance",
    "SourceBalance",
    "SourcingShare",
    "SpeakerBalance",
    "quoted_words",
    "source_balance",
]

UNKNOWN_SIDE = "unknown"
SHARE_KINDS = ("named", "collective", "anonymous", "unclear", "unattributed")
_SHARE_OF_TYPE = {
    "named_person": "named",
    "named_org": "named",
    "collective": "collective",
    "anonymous": "anonymous",
    "unknown": "unclear",
}
_TYPE_OF_KIND = {
    "person": "named_person",
    "organisation": "named_org",
    "collective": "collective",
    "anonymous": "anonymous",
}
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def side_label(side: str) -> str:
    """The words for a side slug: ``'ua_gov'`` → ``'Ukrainian government or military'``."""
    return SIDES.get(side, "side unknown")


@dataclass(frozen=True)
class SpeakerBalance:
    """How much one speaker is heard.

    Attributes
    ----------
    speaker
        The registry name, or the name as printed when the registry does not know it.
    source_id
        The registry id, or None.
    side, side_label
        The side slug (``"unknown"`` for a speaker the registry does not know) and its words.
    speaker_type
        ``"named_person"``, ``"named_org"``, ``"collective"``, ``"anonymous"`` or ``"unknown"``.
    attributions
        How many statements are attributed to the speaker.
    quoted_words
        Words of direct quotation: whole direct quotes, and the quoted words inside
        reported speech.
    direct, indirect, mixed
        The attributions by kind.
    names
        The names as printed for this speaker.
    """

    speaker: str
    source_id: str | None
    side: str
    side_label: str
    speaker_type: str
    attributions: int
    quoted_words: int
    direct: int
    indirect: int
    mixed: int
    names: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``lessonkit sources --json``."""
        return {
            "speaker": self.speaker,
            "side": self.side,
            "speaker_type": self.speaker_type,
            "attributions": self.attributions,
            "quoted_words": self.quoted_words,
        }


@dataclass(frozen=True)
class SideBalance:
    """The speakers of one side taken together."""

    side: str
    side_label: str
    speakers: int
    attributions: int
    quoted_words: int


@dataclass(frozen=True)
class SourcingShare:
    """How much of the report rests on one kind of sourcing.

    Every attribution counts once (by its speaker type), and so does every sentence in the
    reporter's own voice (``"unattributed"``); ``share`` is the fraction of that total.
    """

    kind: str
    count: int
    share: float


@dataclass(frozen=True)
class SourceBalance:
    """Who gets a voice in a report, in whose words, and what stays unattributed.

    Attributes
    ----------
    speakers
        Most attributions first (then most quoted words, then name).
    sides
        The sides, most attributions first.
    shares
        Named, collective, anonymous, unclear and unattributed sourcing.
    unattributed
        The sentences in the reporter's own voice.
    """

    speakers: tuple[SpeakerBalance, ...]
    sides: tuple[SideBalance, ...]
    shares: tuple[SourcingShare, ...]
    unattributed: tuple[ReporterSentence, ...]

    def speaker(self, name_or_id: str) -> SpeakerBalance | None:
        """Return the speaker with this registry id or name, or None."""
        for s in self.speakers:
            if name_or_id in (s.source_id, s.speaker):
                return s
        return None


def quoted_words(attribution: Attribution) -> int:
    """Count the words of direct quotation in an attribution.

    Examples
    --------
    >>> from lessonkit import extract_attributions
    >>> [a] = extract_attributions("She said the town was “under heavy fire” all night.")
    >>> quoted_words(a)
    3
    """
    if attribution.kind == "direct":
        return len(_WORD.findall(attribution.content))
    return sum(len(_WORD.findall(part)) for part in quoted_parts(attribution.content))


def source_balance(
    article: Article,
    attributions: Sequence[Attribution] | None = None,
    *,
    sources: Iterable[Source] | None = None,
) -> SourceBalance:
    """Count who is quoted and how much, by speaker and by side.

    Parameters
    ----------
    article
        Any :class:`~lessonkit.Article`.
    attributions
        Its attributions; by default found with :func:`lessonkit.extract_attributions`.
    sources
        The registry to look speakers up in; by default the shipped one.

    Returns
    -------
    SourceBalance

    Examples
    --------
    >>> from lessonkit import Article
    >>> art = Article.from_text("“We hold the line,” said Zelensky. A farmer said it was quiet.")
    >>> [(s.speaker, s.side, s.quoted_words) for s in source_balance(art).speakers]
    [('Volodymyr Zelenskiy', 'ua_gov', 4), ('A farmer', 'unknown', 0)]
    >>> source_balance("text")
    Traceback (most recent call last):
    ...
    TypeError: 'article' must be an Article (got str)
    """
    article, found = _prepare(article, attributions)
    registry = tuple(sources) if sources is not None else None
    groups: dict[str, dict[str, Any]] = {}
    share_counts = dict.fromkeys(SHARE_KINDS, 0)
    for a in found:
        printed = " ".join((a.speaker or "unnamed source").split())
        matches = find_sources(printed, registry) if a.speaker else ()
        source = matches[0] if len(matches) == 1 else None
        key = f"id:{source.id}" if source else "name:" + _name_key(printed)
        group = groups.setdefault(
            key,
            {
                "speaker": source.name if source else printed,
                "source": source,
                "types": [],
                "attributions": 0,
                "quoted": 0,
                "kinds": dict.fromkeys(("direct", "indirect", "mixed"), 0),
                "names": [],
                "order": len(groups),
            },
        )
        speaker_type = a.speaker_type
        if speaker_type == "unknown" and source is not None:
            speaker_type = _TYPE_OF_KIND.get(source.kind, "unknown")
        group["types"].append(speaker_type)
        group["attributions"] += 1
        group["quoted"] += quoted_words(a)
        group["kinds"][a.kind] += 1
        if printed not in group["names"]:
            group["names"].append(printed)
        share_counts[_SHARE_OF_TYPE[speaker_type]] += 1

    speakers = []
    for group in groups.values():
        source = group["source"]
        side = source.side if source else UNKNOWN_SIDE
        speakers.append(
            SpeakerBalance(
                speaker=group["speaker"],
                source_id=source.id if source else None,
                side=side,
                side_label=side_label(side),
                speaker_type=_main_type(group["types"]),
                attributions=group["attributions"],
                quoted_words=group["quoted"],
                direct=group["kinds"]["direct"],
                indirect=group["kinds"]["indirect"],
                mixed=group["kinds"]["mixed"],
                names=tuple(group["names"]),
            )
        )
    speakers.sort(key=lambda s: (-s.attributions, -s.quoted_words, s.speaker.casefold()))

    sides: dict[str, list[SpeakerBalance]] = {}
    for s in speakers:
        sides.setdefault(s.side, []).append(s)
    side_rows = sorted(
        (
            SideBalance(
                side=side,
                side_label=side_label(side),
                speakers=len(members),
                attributions=sum(m.attributions for m in members),
                quoted_words=sum(m.quoted_words for m in members),
            )
            for side, members in sides.items()
        ),
        key=lambda s: (-s.attributions, -s.quoted_words, s.side),
    )

    own = reporter_sentences(article, found)
    share_counts["unattributed"] = len(own)
    total = sum(share_counts.values())
    shares = tuple(
        SourcingShare(kind, count, count / total if total else 0.0)
        for kind, count in share_counts.items()
        if kind != "unclear" or count
    )
    return SourceBalance(tuple(speakers), tuple(side_rows), shares, own)


def _name_key(name: str) -> str:
    words = name.casefold().replace("’", "'").split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _main_type(types: Sequence[str]) -> str:
    """The most common known speaker type (the first seen on a tie), else ``"unknown"``."""
    known = [t for t in types if t != "unknown"]
    if not known:
        return "unknown"
    return max(dict.fromkeys(known), key=known.count)
