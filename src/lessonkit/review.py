"""A teacher's review of the attributions found in an article, kept next to the article.

The engine's attributions are a first draft. A teacher accepts each one, fixes its speaker or
its kind, says which side the speaker speaks for, drops what is wrong and adds what was
missed. The result is a :class:`Review`, saved as ``<article file>.review.json`` beside the
article (``story.html`` → ``story.html.review.json``) and read back on the next run.

The file (version :data:`REVIEW_VERSION`)::

    {
      "lessonkit_review": 1,
      "article": "story.html",
      "article_sha256": "…",          # of the article text the offsets refer to
      "reviewer": "Ms Ruiz",
      "reviewed_at": "2026-12-01T21:40:12+00:00",
      "sides": {"own-city-council": "city council"},   # sides the teacher added
      "attributions": [
        {  …the keys of `lessonkit attributions --json`…,
           "status": "accepted",      # or fixed, added, dropped, unreviewed
           "side": "ua_gov",          # a key of lessonkit.sides.SIDES or of "sides", or null
           "engine": {"speaker": "…", "kind": "direct"}   # what the engine said; null if added
        }
      ]
    }

A review is only ever read against the article it was made for: a different text (another
file, or the same file edited) is refused with a message, since its offsets would point at
the wrong words. Saving writes a temporary file and renames it over the old one, so a crash
never leaves half a review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._files import write_atomically
from .errors import InputError, LessonkitError
from .sides import SIDES

if TYPE_CHECKING:
    from .article import Article
    from .attribution import Attribution
    from .quiz import Quiz
    from .sources import Source

__all__ = [
    "EXAMPLE_ARTICLE",
    "KINDS",
    "REVIEW_VERSION",
    "STATUSES",
    "Review",
    "ReviewItem",
    "article_sha256",
    "articles_folder",
    "copy_example_article",
    "load_or_start_review",
    "load_review",
    "make_quiz",
    "quiz_path",
    "review_path",
    "review_sources",
    "save_review",
    "start_review",
]

REVIEW_VERSION = 1
STATUSES = ("unreviewed", "accepted", "fixed", "added", "dropped")
KINDS = ("direct", "indirect", "mixed")
ADDED_RULE = "added-by-reviewer"
_KEPT = ("accepted", "fixed", "added")
_ITEM_KEYS = (
    "speaker", "speaker_mention", "speaker_type", "cue", "cue_span", "kind", "content",
    "content_span", "rule", "loaded_cue", "confidence",
)  # fmt: skip
EXAMPLE_ARTICLE = "invented-cycle-lane-vote.txt"
DEFAULT_ARTICLES_FOLDER = "my-articles"
_SPEAKER_TYPES = ("named_person", "named_org", "collective", "anonymous", "unknown")
_QUOTES = "\"“”„«»‘’'"


def article_sha256(article: Article) -> str:
    """The SHA-256 of the article's text (what every offset refers to), in hex."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def review_path(article_path: str | os.PathLike[str]) -> Path:
    """Where the review of the article at ``article_path`` is kept.

    Examples
    --------
    >>> review_path("articles/story.html").as_posix()
    'articles/story.html.review.json'
    """
    path = Path(article_path)
    return path.with_name(path.name + ".review.json")


def articles_folder() -> Path:
    """Where a teacher's own articles (and their reviews) go: ``LESSONKIT_ARTICLES``, else ``./my-articles``.

    Examples
    --------
    >>> import os
    >>> before = os.environ.get("LESSONKIT_ARTICLES")
    >>> os.environ["LESSONKIT_ARTICLES"] = "/srv/class/articles"
    >>> articles_folder().as_posix()
    '/srv/class/articles'
    >>> os.environ["LESSONKIT_ARTICLES"] = ""
    >>> articles_folder().name
    'my-articles'
    >>> os.environ["LESSONKIT_ARTICLES"] = before or ""
    """
    configured = os.environ.get("LESSONKIT_ARTICLES", "").strip()
    return Path(configured).expanduser() if configured else Path(DEFAULT_ARTICLES_FOLDER)


def copy_example_article(folder: str | os.PathLike[str] | None = None) -> Path:
    """Copy the invented practice article into ``folder`` (default :func:`articles_folder`).

    A copy already there is kept as it is (its review stays valid). Returns the copy's path.

    Raises
    ------
    InputError
        If the folder cannot be written.
    """
    from ._resources import data_path

    target = Path(folder) if folder is not None else articles_folder()
    copy = target / EXAMPLE_ARTICLE
    if copy.exists():
        return copy
    try:
        target.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(data_path("examples", EXAMPLE_ARTICLE).read_bytes())
    except OSError as exc:
        raise InputError(
            str(copy), f"cannot be written ({exc.strerror})", "choose a folder you can write to"
        ) from None
    return copy


def quiz_path(article_path: str | os.PathLike[str]) -> Path:
    """Where the quiz made from a review of the article at ``article_path`` is saved.

    Examples
    --------
    >>> quiz_path("articles/story.html").as_posix()
    'articles/story.html.quiz.yaml'
    """
    path = Path(article_path)
    return path.with_name(path.name + ".quiz.yaml")


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
    from .attribution._speakers import Resolver

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


# -- starting, loading and saving -------------------------------------------------------


def start_review(
    article: Article, attributions: Iterable[Attribution] | None = None, reviewer: str = ""
) -> Review:
    """A new review of ``article``: every attribution the engine finds, not reviewed yet."""
    if attributions is None:
        from .attribution import extract_attributions

        attributions = extract_attributions(article)
    return Review(
        article=Path(article.name).name,
        article_sha256=article_sha256(article),
        reviewer=reviewer.strip(),
        reviewed_at=_now(),
        items=tuple(ReviewItem.from_attribution(a) for a in attributions),
    )


def load_review(path: str | os.PathLike[str], article: Article | None = None) -> Review:
    """Read a saved review; with ``article``, refuse one made for another text.

    Raises
    ------
    InputError
        With one line naming the file, the problem and the fix: no such file, not JSON, not
        a review, a key missing or of the wrong kind, or made for another article.

    Examples
    --------
    >>> load_review("no-such.review.json")
    Traceback (most recent call last):
    ...
    lessonkit.errors.InputError: no-such.review.json: no such file; check the path
    """
    name = os.fspath(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(name, "no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(
            name, "is a folder, not a review file", "name the .review.json file"
        ) from None
    except UnicodeDecodeError:
        raise InputError(name, "is not a text file", "name a .review.json file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})", "check the path") from None
    except ValueError as exc:
        raise InputError(
            name, f"is not valid JSON ({exc})", "move it away to start the review again"
        ) from None
    review = _review_from(data, name)
    if article is not None:
        _check_same_article(review, article, name)
    return review


def _check_same_article(review: Review, article: Article, name: str) -> None:
    if review.article_sha256 != article_sha256(article):
        raise InputError(
            name,
            f"is a review of another text than {Path(article.name).name} (the article was "
            "changed, or this review belongs to another file)",
            "move the review away to start a new one, or open the article it was made for",
        )
    for number, item in enumerate(review.items, 1):
        start, end = item.content_span
        if end > len(article.text) or article.text[start:end] != item.content:
            raise InputError(
                name,
                f"attribution {number}: 'content' does not match the article text at "
                f"{list(item.content_span)}",
                "move the review away to start a new one",
            )


def _review_from(data: Any, name: str) -> Review:
    fix = "move it away to start the review again"
    if not isinstance(data, dict) or "lessonkit_review" not in data:
        raise InputError(name, "is not a lessonkit review", "name a .review.json file")
    version = data["lessonkit_review"]
    if version != REVIEW_VERSION:
        raise InputError(
            name,
            f"is a review of version {version!r}, and this lessonkit reads version "
            f"{REVIEW_VERSION}",
            "upgrade lessonkit (pip install -U lessonkit)",
        )
    for key, kind in (
        ("article", str),
        ("article_sha256", str),
        ("reviewer", str),
        ("reviewed_at", str),
        ("attributions", list),
    ):
        if not isinstance(data.get(key), kind):
            raise InputError(
                name,
                f"'{key}' must be a {kind.__name__} (got {type(data.get(key)).__name__})",
                fix,
            )
    own_sides = _check_own_sides(data.get("sides", {}), name)
    allowed = (*(key for key, _ in own_sides), *SIDES)
    items = tuple(
        _check_item(item, f"attribution {n}", name, allowed)
        for n, item in enumerate(data["attributions"], 1)
    )
    return Review(
        article=data["article"],
        article_sha256=data["article_sha256"],
        reviewer=data["reviewer"],
        reviewed_at=data["reviewed_at"],
        items=items,
        own_sides=own_sides,
    )


def _check_own_sides(data: Any, name: str) -> tuple[tuple[str, str], ...]:
    fix = "correct it or move the review away to start again"
    if not isinstance(data, dict):
        raise InputError(name, f"'sides' must be an object (got {type(data).__name__})", fix)
    for key, label in data.items():
        if not (key.startswith("own-") and isinstance(label, str) and label.strip()):
            raise InputError(
                name,
                f"'sides' must map keys starting 'own-' to names (got {key!r}: {label!r})",
                fix,
            )
    return tuple(data.items())


def _check_item(data: Any, where: str, name: str, sides: Sequence[str]) -> ReviewItem:
    fix = "correct it or move the review away to start again"

    def fail(problem: str) -> InputError:
        return InputError(name, f"{where}: {problem}", fix)

    if not isinstance(data, dict):
        raise fail(f"must be an object (got {type(data).__name__})")
    missing = [key for key in (*_ITEM_KEYS, "status", "side") if key not in data]
    if missing:
        raise fail(f"lacks {', '.join(repr(k) for k in missing)}")
    for key in ("speaker", "cue"):
        if data[key] is not None and not isinstance(data[key], str):
            raise fail(f"'{key}' must be a string or null (got {data[key]!r})")
    for key, allowed in (
        ("kind", KINDS),
        ("speaker_type", _SPEAKER_TYPES),
        ("confidence", ("high", "low")),
        ("status", STATUSES),
    ):
        if data[key] not in allowed:
            raise fail(f"'{key}' must be one of {allowed} (got {data[key]!r})")
    if data["side"] is not None and data["side"] not in sides:
        raise fail(f"'side' must be one of {tuple(sides)} or null (got {data['side']!r})")
    for key in ("speaker_mention", "cue_span", "content_span"):
        value = data[key]
        if value is None and key != "content_span":
            continue
        if not (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 0 <= value[0] <= value[1]
        ):
            raise fail(f"'{key}' must be two offsets [start, end] (got {value!r})")
    if not isinstance(data["content"], str) or not isinstance(data["rule"], str):
        raise fail("'content' and 'rule' must be strings")
    engine = data.get("engine")
    if engine is not None and not (
        isinstance(engine, dict) and engine.get("kind") in KINDS and "speaker" in engine
    ):
        raise fail(f"'engine' must be null or {{'speaker': ..., 'kind': ...}} (got {engine!r})")
    status = data["status"]
    item = ReviewItem(
        **_item_fields(data),
        side=data["side"],
        engine=(engine["speaker"], engine["kind"]) if engine is not None else None,
        reviewed=status != "unreviewed",
        dropped=status == "dropped",
    )
    if item.status != status:
        raise fail(
            f"'status' is {status!r}, but its speaker and kind say {item.status!r}",
        )
    return item


def load_or_start_review(
    article: Article, path: str | os.PathLike[str] | None = None, reviewer: str = ""
) -> Review:
    """The saved review of ``article`` at ``path`` if there is one, else a new one.

    ``path`` defaults to :func:`review_path` of the article's file name.
    """
    target = Path(path) if path is not None else review_path(article.name)
    if target.exists():
        return load_review(target, article)
    return start_review(article, reviewer=reviewer)


def save_review(review: Review, path: str | os.PathLike[str]) -> Path:
    """Write ``review`` to ``path`` atomically (a temporary file, then a rename); return it.

    Raises
    ------
    InputError
        If the folder cannot be written.
    """
    target = Path(path)
    text = json.dumps(review.to_dict(), ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(target, text)
    except OSError as exc:
        raise InputError(
            str(target),
            f"the review cannot be saved ({exc.strerror})",
            "put the article in a folder you can write to",
        ) from None
    return target


# -- a quiz from the review ---------------------------------------------------------------

_SOURCE_KIND = {"named_person": "person", "named_org": "organisation"}


def review_sources(review: Review) -> tuple[Source, ...]:
    """The shipped source registry, plus each named speaker the teacher gave a side to.

    A speaker the registry already knows keeps its registry entry.
    """
    from .sources import Source, find_sources, load_sources

    shipped = load_sources()
    labels = review.side_labels()
    extra: list[Source] = []
    seen: set[str] = set()
    for item in review.items:
        name, side = item.speaker, item.side
        if not item.kept or not name or side is None or item.speaker_type not in _SOURCE_KIND:
            continue
        if name.casefold() in seen or find_sources(name, shipped):
            continue
        seen.add(name.casefold())
        extra.append(
            Source(
                id=f"review-{len(extra) + 1}",
                name=name,
                kind=_SOURCE_KIND[item.speaker_type],
                role=f"Speaks for the {labels[side]} side, as the teacher's review says.",
                affiliation="",
                side=side,
                variants=(),
                can_know="",
                independence="",
                sources=(),
                note="From the teacher's review of this article.",
            )
        )
    return (*shipped, *extra)


def make_quiz(review: Review, article: Article, *, seed: int = 0) -> Quiz:
    """Questions on ``article`` from the reviewed attributions (kept ones only).

    Raises
    ------
    LessonkitError
        If ``review`` was made for another text, or nothing is kept yet.
    """
    from .quiz import generate

    review._check_article(article)
    kept = review.attributions()
    if not kept:
        raise LessonkitError(
            "nothing in the review is accepted, fixed or added yet: check some attributions first"
        )
    sources = review_sources(review)
    return generate(
        article, attributions=kept, seed=seed, sources=sources, sides=_quiz_sides(review)
    )


def _quiz_sides(review: Review) -> dict[str, str] | None:
    """The sides a which-side question chooses between: None (the war's) unless the teacher
    added sides of their own, then all of those and the war's sides this story's speakers have.
    """
    if not review.own_sides:
        return None
    from .sources import find_sources

    used = {i.side for i in review.items if i.kept and i.side is not None}
    for item in review.items:
        if item.kept and item.speaker:
            known = find_sources(item.speaker)
            if len(known) == 1:
                used.add(known[0].side)
    own = dict(review.own_sides)
    return {key: label for key, label in review.side_labels().items() if key in own or key in used}
