"""Below the review widget's cards: add an attribution the engine missed, make a quiz."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ._quizview_inputs import make_input
from ._reviewview_common import (
    _NO_SIDE,
    KIND_LABELS,
    _button_layout,
    _message_html,
    _shorten,
    _side_options,
)
from .article import Article
from .errors import LessonkitError
from .review import KINDS, make_quiz, quiz_path

if TYPE_CHECKING:
    from .reviewview import ReviewView


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
