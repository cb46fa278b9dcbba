"""The data of a teacher's review: :class:`ReviewItem` (one attribution as the teacher left it)
and :class:`Review` (all of them, with the sides the teacher added), and how each change is made.

Reading and checking a saved review is in :mod:`lessonkit._review_file`; the public names are
all importable from :mod:`lessonkit.review`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import LessonkitError
from .sides import SIDES

if TYPE_CHECKING:
    from .article import Article
    from .attribution import Attribution

REVIEW_VERSION = 1
STATUSES = ("unreviewed", "accepted", "fixed", "added", "dropped")
KINDS = ("direct", "indirect", "mixed")
ADDED_RULE = "added-by-reviewer"
_KEPT = ("accepted", "fixed", "added")
_ITEM_KEYS = (
    "speaker", "speaker_mention", "speaker_type", "cue", "cue_span", "kind", "content",
    "content_span", "rule", "loaded_cue", "confidence",
)  # fmt: skip
_SPEAKER_TYPES = ("named_person", "named_org", "collective", "anonymous", "unknown")
_QUOTES = "\"“”„«»‘’'"


def article_sha256(article: Article) -> str:
    """The SHA-256 of the article's text (what every offset refers to), in hex."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ReviewItem:
    """One attribution as the teacher left it.

    Attributes
    ----------
    speaker, speaker_mention, speaker_type, cue, cue_span, kind, content, content_span, rule, loaded_cue, confidence
        As in :class:`~lessonkit.attribution.Attribution` (spans are offsets into the text).
    status
        ``"unreviewed"``, ``"accepted"``, ``"fixed"``, ``"added"`` or ``"dropped"``.
    side
        Which side the speaker speaks for (a key of :data:`lessonkit.sides.SIDES`), or None.
    engine
        What the engine said (``speaker`` and ``kind``), or None for an added attribution.
    dropped
        True when the teacher dropped it (its status is then ``"dropped"``).
    """

    speaker: str | None
    speaker_mention: tuple[int, int] | None
    speaker_type: str
    cue: str | None
    cue_span: tuple[int, int] | None
    kind: str
    content: str
    content_span: tuple[int, int]
    rule: str
    loaded_cue: bool
    confidence: str
    side: str | None = None
    engine: tuple[str | None, str] | None = None
    reviewed: bool = False
    dropped: bool = False

    @property
    def status(self) -> str:
        """Where the review of this item stands (see :data:`STATUSES`)."""
        if self.dropped:
            return "dropped"
        if self.engine is None:
            return "added"
        if (self.speaker, self.kind) != self.engine:
            return "fixed"
        return "accepted" if self.reviewed else "unreviewed"

    @property
    def kept(self) -> bool:
        """True for an attribution the teacher accepted, fixed or added."""
        return self.status in _KEPT

    @classmethod
    def from_attribution(cls, attribution: Attribution) -> ReviewItem:
        """An unreviewed item holding what the engine found."""
        fields = attribution.to_dict()
        return cls(
            **_item_fields(fields),
            engine=(attribution.speaker, attribution.kind),
        )

    def to_dict(self) -> dict[str, Any]:
        """The item as saved: the keys of ``lessonkit attributions --json``, plus review keys."""
        saved = dataclasses.replace(self.attribution(), confidence=self.confidence)
        return {
            **saved.to_dict(),
            "status": self.status,
            "side": self.side,
            "engine": (
                {"speaker": self.engine[0], "kind": self.engine[1]} if self.engine else None
            ),
        }

    def attribution(self) -> Attribution:
        """This item as an :class:`~lessonkit.attribution.Attribution` (for a quiz)."""
        from .attribution import Attribution

        return Attribution(
            speaker=self.speaker,
            speaker_mention=self.speaker_mention,
            speaker_type=self.speaker_type,
            cue=self.cue,
            cue_span=self.cue_span,
            kind=self.kind,
            content=self.content,
            content_span=self.content_span,
            rule=self.rule,
            loaded_cue=self.loaded_cue,
            confidence="high" if self.kept else self.confidence,
        )


def _item_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    def span(value: Any) -> tuple[int, int] | None:
        return (int(value[0]), int(value[1])) if value else None

    content_span = span(data["content_span"]) or (0, 0)
    return {
        "speaker": data["speaker"],
        "speaker_mention": span(data["speaker_mention"]),
        "speaker_type": data["speaker_type"],
        "cue": data["cue"],
        "cue_span": span(data["cue_span"]),
        "kind": data["kind"],
        "content": data["content"],
        "content_span": content_span,
        "rule": data["rule"],
        "loaded_cue": bool(data["loaded_cue"]),
        "confidence": data["confidence"],
    }


@dataclass(frozen=True)
class Review:
    """A reviewed list of attributions for one article.

    Every change returns a new :class:`Review` (the object itself never changes), stamped
    with the reviewer and the time.

    Attributes
    ----------
    article
        The article's file name, for people reading the file.
    article_sha256
        The SHA-256 of the article text (see :func:`article_sha256`).
    reviewer
        Who reviewed it (free text; may be empty).
    reviewed_at
        When it last changed: UTC, ISO 8601.
    items
        The attributions, in text order.
    own_sides
        The sides the teacher added for this article (``(key, label)`` pairs, keys starting
        ``own-``), offered beside :data:`lessonkit.sides.SIDES`: a story about a council vote
        has other sides than a war.
    """

    article: str
    article_sha256: str
    reviewer: str
    reviewed_at: str
    items: tuple[ReviewItem, ...]
    own_sides: tuple[tuple[str, str], ...] = ()

    # -- what a teacher does ---------------------------------------------------------

    def accept(self, index: int) -> Review:
        """Keep item ``index`` as it is (an item that was dropped comes back)."""
        return self._change(index, reviewed=True, dropped=False)

    def accept_rest(self) -> Review:
        """Accept every item not reviewed yet."""
        items = tuple(
            dataclasses.replace(i, reviewed=True) if i.status == "unreviewed" else i
            for i in self.items
        )
        return self._with(items)

    def drop(self, index: int) -> Review:
        """Leave item ``index`` out (it stays in the file, marked ``dropped``)."""
        return self._change(index, reviewed=True, dropped=True)

    def fix_speaker(self, index: int, speaker: str | None) -> Review:
        """Give item ``index`` another speaker (``None`` or blank: no speaker is named)."""
        name = " ".join(speaker.split()) if speaker else None
        item = self._item(index)
        if name == item.speaker:
            return self._change(index, reviewed=True)
        return self._change(
            index,
            speaker=name,
            speaker_type=_speaker_type(name),
            speaker_mention=None,
            reviewed=True,
        )

    def fix_kind(self, index: int, kind: str) -> Review:
        """Say whether item ``index`` is a ``direct`` quote, ``indirect`` speech or ``mixed``."""
        _check_choice(kind, KINDS, "kind")
        return self._change(index, kind=kind, reviewed=True)

    def set_side(self, index: int, side: str | None) -> Review:
        """Say which side the speaker of item ``index`` speaks for (None: not set)."""
        if side is not None:
            _check_choice(side, tuple(self.side_labels()), "side")
        return self._change(index, side=side, reviewed=True)

    def add_side(self, label: str) -> Review:
        """Offer one more side for this article, e.g. ``"city council"``.

        A label already offered (ignoring case and spacing) changes nothing.

        Examples
        --------
        >>> review = Review("a.txt", "0" * 64, "", "", ())
        >>> review = review.add_side("  City   council ").add_side("city council")
        >>> review.own_sides
        (('own-city-council', 'City council'),)
        >>> review.add_side("")
        Traceback (most recent call last):
        ...
        lessonkit.errors.LessonkitError: a side needs a name, e.g. 'city council'
        """
        name = " ".join(str(label).split())
        if not name:
            raise LessonkitError("a side needs a name, e.g. 'city council'")
        if len(name) > _SIDE_LABEL_MAX:
            raise LessonkitError(
                f"a side's name must be at most {_SIDE_LABEL_MAX} characters (got {len(name)})"
            )
        labels = self.side_labels()
        if name.casefold() in {v.casefold() for v in labels.values()}:
            return self
        stem = "own-" + ("-".join(re.findall(r"\w+", name.casefold())) or "side")
        key, n = stem, 1
        while key in labels:
            n += 1
            key = f"{stem}-{n}"
        return dataclasses.replace(
            self, own_sides=(*self.own_sides, (key, name)), reviewed_at=_now()
        )

    def side_labels(self) -> dict[str, str]:
        """Every side an item can be given, key → label: the article's own sides first."""
        return {**dict(self.own_sides), **SIDES}

    def add(
        self,
        article: Article,
        span: tuple[int, int],
        speaker: str | None,
        kind: str | None = None,
        side: str | None = None,
    ) -> Review:
        """Add an attribution the engine missed: the words at ``span`` and who said them.

        ``kind`` defaults to ``"direct"`` when the words are in quotation marks, else
        ``"indirect"``. The speaker's mention is the nearest place in the same paragraph
        where the name is written, if any.
        """
        self._check_article(article)
        start, end = _trimmed(article.text, span)
        name = " ".join(speaker.split()) if speaker else None
        if kind is None:
            kind = "direct" if _quoted(article.text, start, end) else "indirect"
        _check_choice(kind, KINDS, "kind")
        if side is not None:
            _check_choice(side, tuple(self.side_labels()), "side")
        item = ReviewItem(
            speaker=name,
            speaker_mention=_mention(article, name, start) if name else None,
            speaker_type=_speaker_type(name),
            cue=None,
            cue_span=None,
            kind=kind,
            content=article.text[start:end],
            content_span=(start, end),
            rule=ADDED_RULE,
            loaded_cue=False,
            confidence="high",
            side=side,
            engine=None,
            reviewed=True,
        )
        items = sorted((*self.items, item), key=lambda i: i.content_span)
        return self._with(tuple(items))

    def remove_added(self, index: int) -> Review:
        """Take back an attribution the teacher added (engine items are dropped instead)."""
        if self._item(index).engine is not None:
            raise LessonkitError(f"item {index} was found by the engine: drop it instead")
        return self._with(self.items[:index] + self.items[index + 1 :])

    def signed(self, reviewer: str) -> Review:
        """The same review, with ``reviewer`` as the name on it."""
        return dataclasses.replace(self, reviewer=reviewer.strip(), reviewed_at=_now())

    # -- what a lesson reads ---------------------------------------------------------

    def attributions(self) -> list[Attribution]:
        """The accepted, fixed and added attributions, in text order (for a quiz)."""
        return [item.attribution() for item in self.items if item.kept]

    def sides(self) -> dict[tuple[int, int], str]:
        """The side set for each kept attribution, by its content span."""
        return {i.content_span: i.side for i in self.items if i.kept and i.side is not None}

    def counts(self) -> dict[str, int]:
        """How many items have each status."""
        counts = dict.fromkeys(STATUSES, 0)
        for item in self.items:
            counts[item.status] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The review as saved."""
        return {
            "lessonkit_review": REVIEW_VERSION,
            "article": self.article,
            "article_sha256": self.article_sha256,
            "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at,
            "sides": dict(self.own_sides),
            "attributions": [item.to_dict() for item in self.items],
        }

    # -- helpers ---------------------------------------------------------------------

    def _item(self, index: int) -> ReviewItem:
        if not isinstance(index, int) or not 0 <= index < len(self.items):
            raise LessonkitError(
                f"'index' must be between 0 and {len(self.items) - 1} (got {index!r})"
            )
        return self.items[index]

    def _change(self, index: int, **changes: Any) -> Review:
        item = dataclasses.replace(self._item(index), **changes)
        return self._with((*self.items[:index], item, *self.items[index + 1 :]))

    def _with(self, items: tuple[ReviewItem, ...]) -> Review:
        return dataclasses.replace(self, items=items, reviewed_at=_now())

    def _check_article(self, article: Article) -> None:
        if article_sha256(article) != self.article_sha256:
            raise LessonkitError(
                f"this review was made for another text than {article.name}: "
                "open the article it was made for"
            )


_SIDE_LABEL_MAX = 60


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _check_choice(value: object, allowed: Sequence[str], name: str) -> None:
    if value not in allowed:
        raise LessonkitError(f"'{name}' must be one of {tuple(allowed)} (got {value!r})")


def _speaker_type(name: str | None) -> str:
    """The engine's reading of a speaker's name: a person, an organisation, a group, ..."""
    if not name:
        return "unknown"
    from .attribution._resolver import Resolver

    kind = Resolver().resolve(name).type
    return kind if kind in _SPEAKER_TYPES else "unknown"


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without spaces and quotation marks at its ends, or a comma or full stop at its end."""
    start, end = int(span[0]), int(span[1])
    if not 0 <= start < end <= len(text):
        raise LessonkitError(
            f"'span' must be inside the text, 0 <= start < end <= {len(text)} (got {span!r})"
        )
    while start < end and (text[start].isspace() or text[start] in _QUOTES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTES + ",;:."):
        end -= 1
    if start == end:
        raise LessonkitError(f"'span' {list(span)} holds no words")
    return start, end


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start]
    after = text[end : end + 3]
    return any(q in before for q in _QUOTES) and any(q in after for q in _QUOTES)


def _mention(article: Article, name: str, at: int) -> tuple[int, int] | None:
    paragraph = article.paragraph_at(at)
    lo, hi = (paragraph.start, paragraph.end) if paragraph else (0, len(article.text))
    found = []
    start = article.text.find(name, lo, hi)
    while start != -1:
        found.append((abs(start - at), start))
        start = article.text.find(name, start + 1, hi)
    if not found:
        return None
    start = min(found)[1]
    return (start, start + len(name))
