"""Reading, checking and saving a review file (``<article file>.review.json``).

A review is only ever read against the article it was made for: a different text (another
file, or the same file edited) is refused with a message naming the file, the problem and the
fix. Saving writes a temporary file and renames it over the old one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._files import write_atomically
from ._review_model import (
    _ITEM_KEYS,
    _SPEAKER_TYPES,
    KINDS,
    REVIEW_VERSION,
    STATUSES,
    Review,
    ReviewItem,
    _item_fields,
    article_sha256,
)
from .errors import InputError
from .sides import SIDES

if TYPE_CHECKING:
    from .article import Article


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
