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
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ._files import write_atomically
from ._quizview_inputs import make_input
from ._quizview_style import STYLE as _QUIZ_STYLE
from .article import Article
from .errors import LessonkitError
from .review import (
    KINDS,
    Review,
    ReviewItem,
    articles_folder,
    load_or_start_review,
    make_quiz,
    quiz_path,
    review_path,
    save_review,
)
from .sides import SIDES

__all__ = ["ReviewView", "review_widget"]

UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm")
KIND_LABELS = {
    "direct": "direct quote",
    "indirect": "paraphrase",
    "mixed": "paraphrase with quoted words",
}
STATUS_LABELS = {
    "unreviewed": "○ not checked yet",
    "accepted": "✓ accepted",
    "fixed": "✎ fixed",
    "added": "+ added by you",
    "dropped": "✗ dropped",
}
_NO_SIDE = "—"
_SHOWN = 320  # characters of an attribution's words shown before "…"

_STYLE = """<style>
.lessonkit-review { font-size: 17px; line-height: 1.5; max-width: 64rem; }
.lessonkit-review .widget-html-content, .lessonkit-review .widget-label,
.lessonkit-review select, .lessonkit-review input, .lessonkit-review .jupyter-button,
.lessonkit-review .widget-text input, .lessonkit-review .widget-dropdown select {
  font-size: 16px !important; height: auto; min-height: 32px; }
.lessonkit-review .widget-html-content { white-space: normal; }
.lessonkit-review .widget-label { min-width: 5.5em; width: auto; }
.lessonkit-review .jupyter-button { height: auto; min-height: 40px; padding: 4px 14px;
  width: auto; white-space: normal; border-radius: 6px; }
.lessonkit-review .jupyter-button:focus-visible, .lessonkit-review select:focus-visible,
.lessonkit-review input:focus-visible { outline: 3px solid #0072B2 !important;
  outline-offset: 2px; }
.lessonkit-review-item { border: 2px solid #767676; border-radius: 8px; padding: 6px 12px;
  margin: 8px 0; }
.lessonkit-review-item.lessonkit-dropped { border-style: dashed; opacity: 0.85; }
.lessonkit-review-item.lessonkit-kept { border-left: 8px solid #0072B2; }
.lessonkit-review .lessonkit-words-shown { margin: 0.2em 0; padding: 0.2em 0.6em;
  border-left: 4px solid #56B4E9; }
.lessonkit-review .lessonkit-found { font-size: 15px; margin: 0.1em 0 0.3em; }
.lessonkit-review .lessonkit-status { font-weight: 700; }
.lessonkit-review .lessonkit-low { font-weight: 700; text-decoration: underline; }
.lessonkit-review .lessonkit-error { border: 2px solid #D55E00; border-radius: 6px;
  padding: 6px 10px; margin: 6px 0; }
.lessonkit-review .lessonkit-info { border: 2px dotted #0072B2; border-radius: 6px;
  padding: 6px 10px; margin: 6px 0; }
.lessonkit-review h3 { font-size: 20px; margin: 0.8em 0 0.2em; }
.lessonkit-review .lessonkit-review-marker { max-width: none; font-size: 17px; }
</style>"""


def _button_layout() -> Any:
    return widgets.Layout(width="auto", align_self="flex-start")


def _escape(text: str) -> str:
    return html.escape(" ".join(str(text).split()))


def _message_html(text: str, *, error: bool = False) -> str:
    if not text:
        return ""
    if error:
        return f"<div class='lessonkit-error' role='alert'>⚠ {_escape(text)}</div>"
    return f"<div class='lessonkit-info' role='status'>{_escape(text)}</div>"


def _shorten(text: str, limit: int = _SHOWN) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"


def _side_options(review: Review | None) -> list[tuple[str, str]]:
    labels = review.side_labels() if review is not None else SIDES
    return [("not set", _NO_SIDE), *((label, key) for key, label in labels.items())]


def _label(text: str) -> Any:
    return widgets.HTML(f"<span class='widget-label'>{_escape(text)}</span>")


class _ItemCard:
    """The controls of one attribution."""

    def __init__(self, view: ReviewView, index: int, item: ReviewItem) -> None:
        self.view = view
        self.index = index
        self._quiet = False
        self.heading = widgets.HTML()
        self.words = widgets.HTML()
        self.found = widgets.HTML()
        self.accept = widgets.Button(description="✓ Accept", tooltip="keep this attribution")
        self.accept.add_class("lessonkit-accept")
        self.drop = widgets.Button(description="✗ Drop", tooltip="leave this attribution out")
        self.drop.add_class("lessonkit-drop")
        self.speaker = widgets.Text(
            description="Speaker",
            placeholder="who said it",
            continuous_update=False,
            layout=widgets.Layout(width="24rem"),
        )
        self.speaker.add_class("lessonkit-speaker")
        self.kind = widgets.Dropdown(
            description="Kind",
            options=[(KIND_LABELS[k], k) for k in KINDS],
            layout=widgets.Layout(width="22rem"),
        )
        self.kind.add_class("lessonkit-kind")
        self.side = widgets.Dropdown(
            description="Side",
            options=_side_options(view.review),
            layout=widgets.Layout(width="24rem"),
        )
        self.side.add_class("lessonkit-side")
        self.accept.on_click(lambda _: self.view._apply(lambda r: r.accept(self.index)))
        self.drop.on_click(self._drop_clicked)
        self.speaker.observe(self._speaker_changed, names="value")
        self.kind.observe(self._kind_changed, names="value")
        self.side.observe(self._side_changed, names="value")
        buttons = widgets.HBox([self.accept, self.drop])
        fields = widgets.HBox(
            [self.speaker, self.kind, self.side], layout=widgets.Layout(flex_flow="row wrap")
        )
        self.widget = widgets.VBox([self.heading, self.words, self.found, fields, buttons])
        self.widget.add_class("lessonkit-review-item")
        self.show(item)

    def show(self, item: ReviewItem) -> None:
        """Show ``item``'s state without saving anything."""
        self._quiet = True
        try:
            total = len(self.view.review.items) if self.view.review else 0
            low = (
                " · <span class='lessonkit-low'>the engine was unsure: check this one</span>"
                if item.confidence == "low" and item.status == "unreviewed"
                else ""
            )
            self.heading.value = (
                f"<div><b>{self.index + 1} of {total}</b> · "
                f"<span class='lessonkit-status'>{_escape(STATUS_LABELS[item.status])}</span>"
                f"{low}</div>"
            )
            self.words.value = (
                f"<div class='lessonkit-words-shown'>“{_escape(_shorten(item.content))}”</div>"
            )
            self.found.value = f"<div class='lessonkit-found'>{_found_html(item)}</div>"
            self.speaker.value = item.speaker or ""
            self.kind.value = item.kind
            self.side.value = item.side or _NO_SIDE
            added = item.engine is None
            self.drop.description = (
                "✗ Remove" if added else ("↺ Keep it after all" if item.dropped else "✗ Drop")
            )
            # Never disabled: a disabled button would drop the keyboard focus to the page top.
            self.accept.description = "✓ Accepted" if item.status == "accepted" else "✓ Accept"
            for name in ("lessonkit-dropped", "lessonkit-kept"):
                self.widget.remove_class(name)
            if item.dropped:
                self.widget.add_class("lessonkit-dropped")
            elif item.kept:
                self.widget.add_class("lessonkit-kept")
        finally:
            self._quiet = False

    def _drop_clicked(self, _: object) -> None:
        review = self.view.review
        if review is None:
            return
        item = review.items[self.index]
        if item.engine is None:
            self.view._apply(lambda r: r.remove_added(self.index), rebuild=True)
        elif item.dropped:
            self.view._apply(lambda r: r.accept(self.index))
        else:
            self.view._apply(lambda r: r.drop(self.index))

    def _speaker_changed(self, change: dict[str, Any]) -> None:
        if not self._quiet:
            self.view._apply(lambda r: r.fix_speaker(self.index, change["new"]))

    def _kind_changed(self, change: dict[str, Any]) -> None:
        if not self._quiet:
            self.view._apply(lambda r: r.fix_kind(self.index, change["new"]))

    def _side_changed(self, change: dict[str, Any]) -> None:
        if not self._quiet:
            side = None if change["new"] == _NO_SIDE else change["new"]
            self.view._apply(lambda r: r.set_side(self.index, side))


def _found_html(item: ReviewItem) -> str:
    if item.engine is None:
        return "You added this one."
    speaker, kind = item.engine
    parts = [f"The engine found: <b>{_escape(speaker or 'no speaker named')}</b>"]
    if item.cue:
        parts.append(f"cue <i>{_escape(item.cue)}</i>" + (" (loaded)" if item.loaded_cue else ""))
    parts.append(_escape(KIND_LABELS[kind]))
    parts.append(f"rule {_escape(item.rule)}")
    return " · ".join(parts)


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


class _Adder:
    """Add an attribution the engine missed: pick a sentence, select its words, name the speaker."""

    def __init__(self, view: ReviewView) -> None:
        self.view = view
        self.article: Article | None = None
        self.sentence = widgets.Dropdown(
            description="Sentence", options=[], layout=widgets.Layout(width="44rem")
        )
        self.sentence.add_class("lessonkit-sentence-pick")
        self.sentence.observe(self._sentence_changed, names="value")
        self.marker_box = widgets.VBox()
        self.marker_box.add_class("lessonkit-quiz")
        self.marker_box.add_class("lessonkit-review-marker")
        self.marker: Any = None
        self.speaker = widgets.Text(
            description="Speaker", placeholder="who said it", layout=widgets.Layout(width="24rem")
        )
        self.kind = widgets.Dropdown(
            description="Kind",
            options=[("guess from the quotation marks", ""), *((KIND_LABELS[k], k) for k in KINDS)],
            layout=widgets.Layout(width="24rem"),
        )
        self.side = widgets.Dropdown(
            description="Side",
            options=_side_options(view.review),
            layout=widgets.Layout(width="24rem"),
        )
        self.add = widgets.Button(description="+ Add this attribution", layout=_button_layout())
        self.add.add_class("lessonkit-add")
        self.add.on_click(self._add_clicked)
        self.message = widgets.HTML()
        self.widget = widgets.VBox(
            [
                widgets.HTML("<h3>Add one the engine missed</h3>"),
                widgets.HTML(
                    "<p>Pick the sentence, select the words that were said (from the first "
                    "word to the last), name the speaker, then add it.</p>"
                ),
                self.sentence,
                self.marker_box,
                widgets.HBox(
                    [self.speaker, self.kind, self.side],
                    layout=widgets.Layout(flex_flow="row wrap"),
                ),
                self.add,
                self.message,
            ],
            layout=widgets.Layout(display="none"),
        )
        self.widget.add_class("lessonkit-adder")

    def hide(self) -> None:
        self.widget.layout.display = "none"

    def show(self, article: Article) -> None:
        if article is not self.article:
            self.article = article
            options = [
                (f"{n}. {_shorten(article.text[s.start : s.end], 70)}", n - 1)
                for n, s in enumerate(article.sentences, 1)
            ]
            self.sentence.options = options
            self.sentence.value = 0 if options else None
            self._sentence_changed({"new": self.sentence.value})
        self.widget.layout.display = "" if article.sentences else "none"

    def _sentence_changed(self, change: dict[str, Any]) -> None:
        from .quiz import Question, sentence_words

        article = self.article
        index = change["new"]
        if article is None or index is None:
            self.marker = None
            self.marker_box.children = ()
            return
        s = article.sentences[index]
        words = sentence_words(article.text, s.start, s.end)
        if not words:
            self.marker = None
            self.marker_box.children = (widgets.HTML("<p>This sentence has no words.</p>"),)
            return
        question = Question(
            id="add",
            type="mark",
            kind="review",
            prompt="Select the words that were said",
            words=words,
            answer_spans=((s.start, s.end),),
            sentence_span=(s.start, s.end),
            context=article.text[s.start : s.end],
        )
        self.marker = make_input(question)
        self.marker.words = words
        self.marker_box.children = (self.marker.widget,)

    def picked_span(self) -> tuple[int, int] | None:
        """From the first selected word to the last, as offsets; None if none is selected."""
        if self.marker is None:
            return None
        picked = self.marker.value()
        if not picked:
            return None
        words = self.marker.words
        return (words[min(picked)].start, words[max(picked)].end)

    def _add_clicked(self, _: object) -> None:
        article = self.article
        span = self.picked_span()
        if article is None or span is None:
            self.message.value = _message_html("Select the words that were said first.", error=True)
            return
        speaker = self.speaker.value.strip() or None
        kind = self.kind.value or None
        side = None if self.side.value == _NO_SIDE else self.side.value
        review = self.view.review
        if review is not None and any(i.content_span == span for i in review.items):
            self.message.value = _message_html(
                "Those words are already in the list above.", error=True
            )
            return
        self.view._apply(lambda r: r.add(article, span, speaker, kind, side), rebuild=True)
        self.message.value = _message_html(
            f"Added “{_shorten(article.text[span[0] : span[1]], 80)}”"
            + (f", said by {speaker}." if speaker else ", with no speaker named.")
        )
        self.speaker.value = ""
        self._sentence_changed({"new": self.sentence.value})


class _QuizMaker:
    """Make a quiz from the review, save it as a bank beside the article, and try it."""

    def __init__(self, view: ReviewView) -> None:
        self.view = view
        self.quiz: Any = None
        self.bank: Path | None = None
        self.make = widgets.Button(
            description="Make a quiz from the review", layout=_button_layout()
        )
        self.make.add_class("lessonkit-make-quiz")
        self.make.on_click(self._make_clicked)
        self.message = widgets.HTML()
        self.preview = widgets.VBox()
        self.widget = widgets.VBox(
            [
                widgets.HTML("<h3>Make a quiz</h3>"),
                widgets.HTML(
                    "<p>The quiz asks about the attributions you accepted, fixed or added "
                    "(not the dropped ones, nor those not checked yet). It is saved beside "
                    "the article, for your students to open; you can try it below.</p>"
                ),
                self.make,
                self.message,
                self.preview,
            ],
            layout=widgets.Layout(display="none"),
        )
        self.widget.add_class("lessonkit-quiz-maker")

    def _make_clicked(self, _: object) -> None:
        from .quiz import save_bank
        from .quizview import show_quiz

        view = self.view
        if view.review is None or view.article is None or view.review_file is None:
            return
        self.preview.children = ()
        try:
            quiz = make_quiz(view.review, view.article)
            if not quiz.questions:
                raise LessonkitError(
                    "no questions could be written on what is kept: accept or add more "
                    "attributions with a named speaker"
                )
            target = quiz_path(view.review_file.name.removesuffix(".review.json"))
            bank = save_bank(quiz, view.review_file.parent / target.name, article=view.article)
        except LessonkitError as exc:
            self.message.value = _message_html(str(exc), error=True)
            return
        except OSError as exc:
            self.message.value = _message_html(
                f"The quiz cannot be saved ({exc.strerror}): put the article in a folder you "
                "can write to.",
                error=True,
            )
            return
        self.quiz, self.bank = quiz, bank
        self.message.value = _message_html(
            f"Saved {len(quiz.questions)} question(s) to {bank}. Give it to your students with "
            "the article (lesson 05 shows how they open it). Try it here: your answers go to a "
            "practice file, not to the class's results."
        )
        practice = Path(tempfile.gettempdir()) / "lessonkit-review-practice.sqlite"
        self.preview.children = (show_quiz(quiz, view.article, store=practice).widget,)


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
