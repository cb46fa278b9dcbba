"""The review widget: check what the engine found in an article, fix it, and save it.

A lesson cell reads::

    review_widget("my-article.html", reviewer="Ms Ruiz")

The teacher opens an article (a path, or an upload of a ``.txt``, ``.md`` or ``.html`` file)
and sees every attribution the engine found. For each one: **Accept**, fix the speaker (a
text box), fix the kind (a dropdown), set the side the speaker speaks for (a dropdown of
:data:`lessonkit.sides.SIDES`), or **Drop**. An attribution the engine missed is added by
picking its sentence and selecting its words. Every change is saved at once to
``<article>.review.json`` beside the article (:mod:`lessonkit.review`), and the next run
opens the saved review.

A file that cannot be read, or a review made for another text, gets a message in the widget,
never a traceback. Everything shown from the article is escaped. Stable CSS classes:
``lessonkit-review`` (the widget), ``lessonkit-review-item`` (one attribution),
``lessonkit-accept``, ``lessonkit-drop``, ``lessonkit-speaker``, ``lessonkit-kind``,
``lessonkit-side``, ``lessonkit-add``, ``lessonkit-status``, ``lessonkit-message``,
``lessonkit-error``.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ._files import write_atomically
from ._quizview_style import STYLE as _QUIZ_STYLE
from ._quizview_style import escape_line as _escape
from ._reviewview_adder import _Adder, _QuizMaker
from ._reviewview_cards import _ItemCard
from ._reviewview_common import (
    _STYLE,
    STATUS_LABELS,
    _button_layout,
    _label,
    _message_html,
    _side_options,
)
from ._reviewview_common import KIND_LABELS as KIND_LABELS
from .article import Article
from .errors import LessonkitError
from .review import Review, articles_folder, load_or_start_review, review_path, save_review

__all__ = ["ReviewView", "review_widget"]

UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm")


class ReviewView:
    """The review widget (see the module docstring). Show it by leaving it last in a cell.

    Parameters
    ----------
    article_or_path
        An article file's path, an :class:`~lessonkit.Article`, or None to start with the
        path box and the upload button only.
    reviewer
        The name saved with the review.
    folder
        Where uploaded articles (and so their reviews) are written; by default
        :func:`lessonkit.review.articles_folder` (``LESSONKIT_ARTICLES``, else ``./my-articles``).
    review_file
        Where to keep the review, instead of beside the article. Needed for an
        :class:`~lessonkit.Article` that was not read from a file.

    Attributes
    ----------
    review
        The current :class:`~lessonkit.review.Review`, or None before an article is open.
    review_file
        Where the review is saved, or None.
    """

    def __init__(
        self,
        article_or_path: str | os.PathLike[str] | Article | None = None,
        *,
        reviewer: str = "",
        folder: str | os.PathLike[str] | None = None,
        review_file: str | os.PathLike[str] | None = None,
    ) -> None:
        self.folder = Path(folder) if folder is not None else articles_folder()
        self.article: Article | None = None
        self.review: Review | None = None
        self.review_file: Path | None = None
        self._review_file_asked = Path(review_file) if review_file is not None else None
        self.cards: list[_ItemCard] = []
        self.on_change: Callable[[Review], None] | None = None

        self.path_box = widgets.Text(
            description="Article",
            placeholder="path to a .txt, .md or .html file",
            layout=widgets.Layout(width="34rem"),
        )
        self.path_box.add_class("lessonkit-path")
        self.open_button = widgets.Button(description="Open", tooltip="open the article")
        self.open_button.add_class("lessonkit-open")
        self.open_button.on_click(lambda _: self.open(self.path_box.value.strip()))
        self.upload = widgets.FileUpload(
            accept=",".join(UPLOAD_SUFFIXES), multiple=False, description="Upload an article"
        )
        self.upload.add_class("lessonkit-upload")
        self.upload.observe(self._uploaded, names="value")
        self.reviewer = widgets.Text(
            value=reviewer,
            description="Reviewer",
            placeholder="your name (saved with the review)",
            continuous_update=False,
            layout=widgets.Layout(width="24rem"),
        )
        self.reviewer.observe(self._reviewer_changed, names="value")
        self.message = widgets.HTML()
        self.message.add_class("lessonkit-message")
        self.start_over = widgets.Button(
            description="Start a new review (keep the old file aside)",
            layout=widgets.Layout(display="none", width="auto", align_self="flex-start"),
        )
        self.start_over.on_click(self._start_over)
        self.summary = widgets.HTML()
        self.summary.add_class("lessonkit-summary")
        self.accept_rest = widgets.Button(
            description="✓ Accept all not checked yet",
            layout=widgets.Layout(display="none", width="auto", align_self="flex-start"),
        )
        self.accept_rest.add_class("lessonkit-accept-rest")
        self.accept_rest.on_click(lambda _: self._apply(lambda r: r.accept_rest()))
        self.new_side = widgets.Text(
            description="New side",
            placeholder="e.g. city council, residents' group",
            continuous_update=False,
            layout=widgets.Layout(width="28rem"),
        )
        self.new_side.add_class("lessonkit-new-side")
        self.add_side = widgets.Button(description="+ Add this side", layout=_button_layout())
        self.add_side.add_class("lessonkit-add-side")
        self.add_side.on_click(self._add_side_clicked)
        self.sides_box = widgets.VBox(
            [
                widgets.HTML(
                    "<p>The side lists offer the sides of the war in the lesson article. If "
                    "your article has other sides (a council, a company, a campaign), add "
                    "them here, then choose them for each speaker below.</p>"
                ),
                widgets.HBox(
                    [self.new_side, self.add_side], layout=widgets.Layout(flex_flow="row wrap")
                ),
            ],
            layout=widgets.Layout(display="none"),
        )
        self.sides_box.add_class("lessonkit-sides")
        self.items = widgets.VBox()
        self.adder = _Adder(self)
        self.quiz_maker = _QuizMaker(self)

        opener = widgets.VBox(
            [
                widgets.HTML("<h3>Open an article</h3>"),
                widgets.HBox([self.path_box, self.open_button]),
                widgets.HBox([_label("or"), self.upload]),
                self.reviewer,
            ]
        )
        self.widget = widgets.VBox(
            [
                widgets.HTML(_STYLE + _QUIZ_STYLE),
                opener,
                self.message,
                self.start_over,
                self.summary,
                self.accept_rest,
                self.sides_box,
                self.items,
                self.adder.widget,
                self.quiz_maker.widget,
            ]
        )
        self.widget.add_class("lessonkit-review")
        if article_or_path is not None:
            self.open(article_or_path)

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    # -- opening -------------------------------------------------------------------------

    def open(self, article_or_path: str | os.PathLike[str] | Article) -> bool:
        """Open an article and its saved review (or start one); False if it could not be."""
        self._say("")
        self.start_over.layout.display = "none"
        if isinstance(article_or_path, Article):
            article = article_or_path
            place = self._review_file_asked or review_path(article.name)
            if self._review_file_asked is None and article.name.startswith("<"):
                self._say(
                    "This article was not read from a file, so there is no place beside it "
                    "to save the review: pass review_file=… to review_widget.",
                    error=True,
                )
                return False
        else:
            if not str(article_or_path).strip():
                self._say("Type the path of an article file first, or upload one.", error=True)
                return False
            try:
                article = Article.from_path(article_or_path)
            except LessonkitError as exc:
                self._say(str(exc), error=True)
                return False
            place = self._review_file_asked or review_path(article_or_path)
            self.path_box.value = os.fspath(article_or_path)
        try:
            review = load_or_start_review(article, place, reviewer=self.reviewer.value)
        except LessonkitError as exc:
            self.article, self.review, self.review_file = article, None, Path(place)
            self._show_items()
            self._say(str(exc), error=True)
            if Path(place).exists():
                self.start_over.layout.display = ""
            return False
        self.article, self.review_file = article, Path(place)
        is_new = not Path(place).exists()
        self.review = review
        self._show_items()
        found = len(review.items)
        if is_new and not self._save():
            return True
        if is_new and found == 0:
            self._say(
                f"No attributions found in {Path(article.name).name}: it may not be a news "
                "report. You can still add attributions by hand below.",
            )
        elif is_new:
            self._say(f"Started a new review of {found} attribution(s); it is saved as you go.")
        else:
            self._say(
                f"Opened your saved review ({Path(place).name}, last changed "
                f"{_when(review.reviewed_at)})."
            )
        return True

    def _uploaded(self, change: dict[str, Any]) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[0]
        name = Path(str(upload.get("name", ""))).name
        if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
            self._say(
                f"{name or 'The file'} is not a .txt, .md or .html file: save the article "
                "in one of those forms and upload it again.",
                error=True,
            )
            return
        data = bytes(upload.get("content", b""))
        target = self.folder / name
        try:
            if target.exists() and target.read_bytes() != data:
                self._say(
                    f"A different file called {name} is already in {self.folder}: rename your "
                    f"file and upload it again, or type {target} in the path box to open the "
                    "one that is there.",
                    error=True,
                )
                return
            if not target.exists():
                Article.from_bytes(data, name=name, kind=_kind(name))  # refuse before writing
                self.folder.mkdir(parents=True, exist_ok=True)
                write_atomically(target, data)
        except LessonkitError as exc:
            self._say(str(exc), error=True)
            return
        except OSError as exc:
            self._say(
                f"{target}: cannot be saved ({exc.strerror}); choose a folder you can write to.",
                error=True,
            )
            return
        self.open(target)

    def _start_over(self, _: object) -> None:
        if self.article is None or self.review_file is None:
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.review_file.with_name(f"{self.review_file.name}.{stamp}.old")
        try:
            self.review_file.replace(aside)
        except OSError as exc:
            self._say(f"{self.review_file}: cannot be moved aside ({exc.strerror}).", error=True)
            return
        if self.open(self.article if self._is_unsaved_name() else self.path_box.value):
            self._say(f"Started a new review; the old one is kept as {aside.name}.")

    def _is_unsaved_name(self) -> bool:
        return not self.path_box.value.strip()

    # -- changing ------------------------------------------------------------------------

    def _apply(self, change: Callable[[Review], Review], *, rebuild: bool = False) -> None:
        if self.review is None:
            return
        try:
            review = change(self.review).signed(self.reviewer.value)
        except LessonkitError as exc:
            self._say(str(exc), error=True)
            return
        before = self.review
        self.review = review
        if rebuild or len(review.items) != len(before.items):
            self._show_items()
            if review.own_sides != before.own_sides:
                self.adder.side.options = _side_options(review)
        else:
            for card, old, new in zip(self.cards, before.items, review.items, strict=True):
                if old != new:
                    card.show(new)
            self._show_summary()
        if self._save():
            self._say("")
        if self.on_change is not None:
            self.on_change(review)

    def _add_side_clicked(self, _: object) -> None:
        review = self.review
        label = " ".join(self.new_side.value.split())
        if review is None:
            return
        if not label:
            self._say("Type the name of the side first, e.g. city council.", error=True)
            return
        try:
            review.add_side(label)  # a name it refuses gets its message, and nothing changes
        except LessonkitError as exc:
            self._say(str(exc), error=True)
            return
        before = review.own_sides
        self._apply(lambda r: r.add_side(label), rebuild=True)
        if self.review is not None and self.review.own_sides != before:
            self._say(f"Added the side “{label}”: choose it in the Side lists below.")
            self.new_side.value = ""
        elif self.review is not None:
            self._say(f"“{label}” is in the Side lists already.")

    def _reviewer_changed(self, change: dict[str, Any]) -> None:
        if self.review is not None and change["new"].strip() != self.review.reviewer:
            self._apply(lambda r: r)

    def _save(self) -> bool:
        if self.review is None or self.review_file is None:
            return False
        try:
            save_review(self.review, self.review_file)
        except LessonkitError as exc:
            self._say(f"Not saved: {exc}", error=True)
            return False
        self._show_summary()
        return True

    # -- showing -------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.value = _message_html(text, error=error)

    def _show_items(self) -> None:
        review = self.review
        if review is None:
            self.cards = []
            self.items.children = ()
            self.summary.value = ""
            self.accept_rest.layout.display = "none"
            self.sides_box.layout.display = "none"
            self.adder.hide()
            self.quiz_maker.widget.layout.display = "none"
            return
        self.cards = [_ItemCard(self, i, item) for i, item in enumerate(review.items)]
        self.items.children = tuple(card.widget for card in self.cards)
        self.accept_rest.layout.display = ""
        self.sides_box.layout.display = ""
        self.adder.side.options = _side_options(review)
        self._show_summary()
        if self.article is not None:
            self.adder.show(self.article)
        self.quiz_maker.widget.layout.display = ""

    def _show_summary(self) -> None:
        review = self.review
        if review is None:
            self.summary.value = ""
            return
        counts = review.counts()
        parts = [f"{counts[s]} {STATUS_LABELS[s][2:]}" for s in STATUS_LABELS if counts[s]]
        saved = (
            f"Saved to {html.escape(str(self.review_file))} at {_when(review.reviewed_at)}."
            if self.review_file is not None and self.review_file.exists()
            else "Not saved yet."
        )
        self.summary.value = (
            f"<h3>{_escape(review.article)}: {len(review.items)} attribution(s)</h3>"
            f"<div role='status'>{_escape(' · '.join(parts) or 'none yet')}. {saved}</div>"
        )
        self.accept_rest.disabled = counts["unreviewed"] == 0


def _kind(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return {".md": "markdown", ".html": "html", ".htm": "html"}.get(suffix, "text")


def _when(stamp: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%H:%M:%S on %d %b %Y")


def review_widget(
    article_or_path: str | os.PathLike[str] | Article | None = None,
    *,
    reviewer: str = "",
    folder: str | os.PathLike[str] | None = None,
    review_file: str | os.PathLike[str] | None = None,
) -> ReviewView:
    """Build the review widget (see :class:`ReviewView`); leave it last in a cell to show it.

    Examples
    --------
    >>> view = review_widget("no-such-article.txt")
    >>> view.review is None and "no such file" in view.message.value
    True
    """
    return ReviewView(article_or_path, reviewer=reviewer, folder=folder, review_file=review_file)
