"""The "your own paragraph" round: a text box, and questions generated on what is pasted."""

from __future__ import annotations

import dataclasses
from typing import Any

import ipywidgets as widgets

from ._quizview_feedback import info_html
from ._quizview_style import STYLE
from ._quizview_style import button as button_widget
from ._quizview_style import html as html_widget
from .quizview import QuizView, error_html, pick_questions

__all__ = ["ParagraphRound"]


class ParagraphRound:
    """A text box for a paragraph of the student's own, and questions generated on it.

    Made by :func:`show_paragraph_quiz`.

    Attributes
    ----------
    text
        The text area the student pastes into.
    make
        The button that writes the questions.
    quiz
        The :class:`QuizView` of the latest questions, or None.
    message
        What went wrong, or how many questions were written.
    widget
        The whole view (class ``lessonkit-quiz``).
    """

    def __init__(
        self,
        text: str,
        *,
        store: Any = None,
        mode: str = "practice",
        seed: int = 0,
        limit: int = 6,
        quiz_id: str = "own-paragraph",
        student: str | None = None,
    ) -> None:
        self._options = {"store": store, "mode": mode, "student": student}
        self.seed, self.limit, self.quiz_id = seed, limit, quiz_id
        self.quiz: QuizView | None = None
        self.text = widgets.Textarea(
            value=text,
            placeholder="Paste a paragraph from a news report here.",
            description="Your paragraph",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="100%", height="8em"),
        )
        self.text.add_class("lessonkit-paragraph")
        self.make = button_widget(
            description="Make questions on my paragraph", icon="magic",
            width="auto",
        )  # fmt: skip
        self.make.add_class("lessonkit-check")
        self.make.add_class("lessonkit-make")
        self.make.on_click(lambda _: self.build())
        self.message = html_widget("")
        self.message.add_class("lessonkit-feedback")
        self.body = widgets.VBox()
        self.widget = widgets.VBox(
            [html_widget(STYLE), self.text, self.make, self.message, self.body]
        )
        self.widget.add_class("lessonkit-quiz")
        self.widget.add_class("lessonkit-paragraph-round")
        if text.strip():
            self.build()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def build(self) -> None:
        """Write questions on the text in the box and show them."""
        from .article import Article
        from .quiz import generate

        text = str(self.text.value)
        if not text.strip():
            self.message.value = info_html("Paste a paragraph into the box first.")
            return
        try:
            generated = generate(Article.from_text(text), seed=self.seed)
        except Exception as exc:  # said in the widget, never a traceback
            self.message.value = error_html(f"No questions could be written: {exc}")
            return
        if not generated.questions:
            self.message.value = info_html(
                "No questions could be written: lessonkit found nothing to ask about in this text. "
                "Try a paragraph with a quotation or a verb such as ‘said’."
            )
            self.body.children = ()
            return
        quiz = dataclasses.replace(
            pick_questions(generated, self.limit), id=self.quiz_id, title="Your own paragraph"
        )
        if self.quiz is not None:
            self.quiz.close()
        self.quiz = QuizView(quiz, **self._options)
        self.message.value = info_html(
            f"{len(quiz.questions)} question{'s' if len(quiz.questions) != 1 else ''} "
            "written on your paragraph. Check them: is the speaker right?"
        )
        self.body.children = (self.quiz.widget,)
