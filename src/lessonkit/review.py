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

The model (:class:`Review`, :class:`ReviewItem`) is in :mod:`lessonkit._review_model`, reading
and checking the file in :mod:`lessonkit._review_file`; every name is importable from here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ._review_file import load_review, save_review
from ._review_model import ADDED_RULE as ADDED_RULE
from ._review_model import (
    KINDS,
    REVIEW_VERSION,
    STATUSES,
    Review,
    ReviewItem,
    _now,
    article_sha256,
)
from .errors import InputError, LessonkitError

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
EXAMPLE_ARTICLE = "invented-cycle-lane-vote.txt"
DEFAULT_ARTICLES_FOLDER = "my-articles"


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
