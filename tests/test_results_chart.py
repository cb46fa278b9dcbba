"""The class results chart: share right and the most chosen wrong answer, per question."""

from __future__ import annotations

from matplotlib.patches import Rectangle

from lessonkit._chartstyle import OKABE_ITO
from lessonkit.quiz._results import ClassSummary, summarize_answers
from lessonkit.quiz._store import StoredAnswer
from lessonkit.resultschart import results_chart


def _summary() -> ClassSummary:
    rows = [
        # (student, question, answer, correct)
        *[(s, "q1", "a", True) for s in "ABCDEFGH"],
        ("I", "q1", "b", False),
        ("J", "q1", "c", False),
        *[(s, "q2", "the Kremlin's spokesman", False) for s in "ABCDEF"],
        *[(s, "q2", "a named official", True) for s in "GHIJ"],
        *[(s, "trust", "somewhat", None) for s in "ABCDE"],
    ]
    answers = [
        StoredAnswer(i, "kharkiv", q, a, c, None, f"2026-03-02T09:{i:02d}:00+00:00", s, s, f"u{i}")
        for i, (s, q, a, c) in enumerate(rows)
    ]
    return summarize_answers(answers)


def _bars(chart_ax: object) -> list[Rectangle]:
    return [p for p in chart_ax.patches if isinstance(p, Rectangle)]  # type: ignore[attr-defined]


def test_each_question_gets_a_right_bar_and_a_wrong_bar_with_words() -> None:
    chart = results_chart(_summary())
    bars = _bars(chart.ax)
    assert sorted(round(b.get_width(), 2) for b in bars) == [0.1, 0.4, 0.6, 0.8]
    # Colour is never alone: each bar kind has its own hatching and a text label.
    assert {(b.get_hatch(), b.get_facecolor()[:3]) for b in bars} == {
        ("//", tuple(int(OKABE_ITO["blue"][i : i + 2], 16) / 255 for i in (1, 3, 5))),
        ("\\\\", tuple(int(OKABE_ITO["vermillion"][i : i + 2], 16) / 255 for i in (1, 3, 5))),
    }
    texts = [t.get_text() for t in chart.ax.texts]
    assert "80% right (8 of 10)" in texts
    assert "60% chose “the Kremlin's spokesman”" in texts
    assert "10% chose “b” (tied with 1 other)" in texts
    assert "poll: no right answer" in texts
    assert [t.get_text() for t in chart.ax.get_yticklabels()] == ["q1", "q2", "trust"]


def test_the_alt_text_names_the_hardest_question_and_its_trap() -> None:
    chart = results_chart(_summary())
    assert chart.alt_text.startswith("Bar chart of 3 questions answered by 10 students")
    assert "runs from 40% (q2) to 80% (q1)" in chart.alt_text
    assert "q2: “the Kremlin's spokesman” by 60%" in chart.alt_text
    assert "1 poll has no right answer" in chart.alt_text
    assert chart.table[0] == ("question", "answered", "right", "most chosen wrong answer",
                              "chosen by")  # fmt: skip
    assert chart.table[2] == ("q2", "10", "40%", "the Kremlin's spokesman", "60%")
    html = chart._repr_html_()
    assert 'alt="Bar chart of 3 questions' in html and "&#x27;" in html


def test_one_quiz_of_several_and_an_empty_class() -> None:
    summary = _summary()
    assert results_chart(summary, quiz_id="kharkiv").alt_text == results_chart(summary).alt_text
    empty = results_chart(summary, quiz_id="another")
    assert empty.alt_text == "Empty chart: no answers to show."
    assert empty.png().startswith(b"\x89PNG")
