"""The class results chart: per question, the share right and the most chosen wrong answer.

Rendering only: the numbers come from :func:`lessonkit.quiz.read_results` (or
``summarize_answers``). matplotlib is imported when a chart is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._chartbase import _new_axes
from ._chartstyle import OKABE_ITO, STYLE
from .charts import Chart
from .quiz._results import ClassSummary, QuestionSummary

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["results_chart"]

_RIGHT = OKABE_ITO["blue"]
_WRONG = OKABE_ITO["vermillion"]
_LABEL_CHARS = 34


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _ties(question: QuestionSummary) -> str:
    """Say when other wrong answers were chosen as often as the one shown."""
    wrong = question.most_chosen_wrong
    if wrong is None:
        return ""
    others = sum(1 for c in question.choices if c.correct is False and c.count == wrong.count) - 1
    return f" (tied with {others} other{'s' if others > 1 else ''})" if others else ""


def _label(question: QuestionSummary, several_quizzes: bool) -> str:
    name = (
        f"{question.quiz_id}: {question.question_id}" if several_quizzes else question.question_id
    )
    return _short(name, 30)


def results_chart(
    summary: ClassSummary, *, quiz_id: str | None = None, ax: Axes | None = None
) -> Chart:
    """Draw, per question, the share of students right and the most chosen wrong answer.

    Two bars a question: solid blue with forward hatching for the share right, vermillion with
    back hatching for the share who chose the most chosen wrong answer, each labelled with its
    number (and the wrong answer's text), so the chart reads without colour. A poll is marked
    as having no right answer.

    Parameters
    ----------
    summary
        The class summary.
    quiz_id
        Draw only this quiz's questions.
    ax
        Axes to draw on; a new Figure is made when omitted.

    Returns
    -------
    Chart
        The Axes, its alt text and the table behind it.

    Examples
    --------
    >>> from lessonkit.quiz._results import ClassSummary
    >>> results_chart(ClassSummary(0, 0, ())).alt_text
    'Empty chart: no answers to show.'
    """
    import matplotlib.style as mplstyle
    from matplotlib.patches import Patch
    from matplotlib.ticker import PercentFormatter

    questions = [q for q in summary.questions if quiz_id is None or q.quiz_id == quiz_id]
    several = len({q.quiz_id for q in questions}) > 1
    table: list[tuple[str, ...]] = [
        ("question", "answered", "right", "most chosen wrong answer", "chosen by")
    ]
    with mplstyle.context(STYLE):
        ax = _new_axes(ax, (13, max(3.5, 1.15 * len(questions) + 2.2)))
        if not questions:
            ax.set_axis_off()
            ax.text(0.5, 0.5, "No answers yet", ha="center", va="center", fontsize=18)
            return Chart(ax, "Empty chart: no answers to show.", tuple(table))
        bar = 0.38
        for row, question in enumerate(questions):
            wrong = question.most_chosen_wrong
            table.append(
                (
                    _label(question, several),
                    str(question.answered),
                    "poll" if question.share_right is None else f"{question.share_right:.0%}",
                    "—" if wrong is None else wrong.text,
                    "—" if wrong is None else f"{wrong.share:.0%}",
                )
            )
            if question.share_right is None:
                ax.text(
                    0.01,
                    row,
                    "poll: no right answer",
                    va="center",
                    fontsize=14,
                    color="#333333",
                    style="italic",
                )
                continue
            right = question.share_right
            ax.barh(
                row - bar / 2,
                right,
                height=bar,
                color=_RIGHT,
                hatch="//",
                edgecolor="white",
                linewidth=0,
            )
            ax.text(
                right + 0.01,
                row - bar / 2,
                f"{right:.0%} right ({question.right} of {question.answered})",
                va="center",
                fontsize=13,
            )
            if wrong is None:
                ax.text(
                    0.01,
                    row + bar / 2,
                    "no wrong answer",
                    va="center",
                    fontsize=13,
                    color="#333333",
                    style="italic",
                )
                continue
            ax.barh(
                row + bar / 2,
                wrong.share,
                height=bar,
                color=_WRONG,
                hatch="\\\\",
                edgecolor="white",
                linewidth=0,
            )
            ax.text(
                wrong.share + 0.01,
                row + bar / 2,
                f"{wrong.share:.0%} chose “{_short(wrong.text)}”{_ties(question)}",
                va="center",
                fontsize=13,
            )
        ax.set_yticks(range(len(questions)), [_label(q, several) for q in questions])
        ax.set_ylim(len(questions) - 0.4, -0.6)
        ax.set_xlim(0, 1.45)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        ax.set_xlabel("share of the students who answered")
        ax.grid(axis="y", visible=False)
        title = (
            "How the class answered"
            f" ({summary.students} student{'s' if summary.students != 1 else ''})"
        )
        ax.set_title(title, loc="left")
        ax.legend(
            handles=[
                Patch(facecolor=_RIGHT, hatch="//", edgecolor="white", label="right"),
                Patch(
                    facecolor=_WRONG,
                    hatch="\\\\",
                    edgecolor="white",
                    label="most chosen wrong answer",
                ),
            ],
            loc="lower right",
            bbox_to_anchor=(1.0, 1.0),
            ncols=2,
            frameon=False,
        )
    return Chart(ax, _alt_text(questions, summary.students), tuple(table))


def _alt_text(questions: list[QuestionSummary], students: int) -> str:
    graded = [q for q in questions if q.share_right is not None]
    polls = len(questions) - len(graded)
    words = [
        f"Bar chart of {len(questions)} question{'s' if len(questions) != 1 else ''} answered "
        f"by {students} student{'s' if students != 1 else ''}: for each, the share who answered "
        "right and the share who chose the most chosen wrong answer."
    ]
    if graded:
        hardest = min(graded, key=lambda q: q.share_right or 0.0)
        easiest = max(graded, key=lambda q: q.share_right or 0.0)
        words.append(
            f"The share right runs from {hardest.share_right:.0%} ({hardest.question_id}) "
            f"to {easiest.share_right:.0%} ({easiest.question_id})."
        )
        traps = sorted(
            (q for q in graded if q.most_chosen_wrong is not None),
            key=lambda q: -q.most_chosen_wrong.share,  # type: ignore[union-attr]
        )[:3]
        if traps:
            listed = "; ".join(
                f"{q.question_id}: “{_short(q.most_chosen_wrong.text, 80)}” "  # type: ignore[union-attr]
                f"by {q.most_chosen_wrong.share:.0%}"  # type: ignore[union-attr]
                for q in traps
            )
            words.append(f"Most chosen wrong answers: {listed}.")
    if polls:
        words.append(f"{polls} poll{'s have' if polls != 1 else ' has'} no right answer.")
    return " ".join(words)
