"""The quiz model: checking answers, partial credit, shuffling, practice and check sessions."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lessonkit.errors import LessonkitError
from lessonkit.quiz import (
    Answer,
    Choice,
    Item,
    Origin,
    Question,
    Quiz,
    QuizSession,
    Target,
    sentence_words,
)

SENTENCE = "Marta Olsen, the harbour master, warned on Tuesday that the pier was unsafe."


def single(qid: str = "s1") -> Question:
    return Question(
        qid,
        "single",
        "who-said",
        "Who warned that the pier was unsafe?",
        (
            Choice("olsen", "Marta Olsen", True, "She is named before 'warned'."),
            Choice("port", "The port authority", False, "It is not mentioned here."),
            Choice("reporter", "The reporter", False, "The warning is credited to Olsen."),
        ),
        span=(0, 11),
        sentence_span=(0, len(SENTENCE)),
        context=SENTENCE,
    )


def mark() -> Question:
    return Question(
        "m1",
        "mark",
        "mark-source",
        "Mark the source.",
        span=(0, 31),
        sentence_span=(0, len(SENTENCE)),
        context=SENTENCE,
        words=sentence_words(SENTENCE),
        answer_spans=((0, 31),),
    )


def test_words_keep_offsets_and_skip_punctuation() -> None:
    words = sentence_words(SENTENCE)
    assert [w.text for w in words[:5]] == ["Marta", "Olsen", "the", "harbour", "master"]
    assert all(SENTENCE[w.start : w.end] == w.text for w in words)
    assert sentence_words("Prices rose 2,000% in the U.S. by mid-May.")[2].text == "2,000"


def test_single_choice_gives_the_choice_feedback() -> None:
    q = single()
    right, wrong = q.check("olsen"), q.check(Answer("s1", "port"))
    assert (right.correct, right.score) == (True, 1.0)
    assert (wrong.correct, wrong.score) == (False, 0.0)
    assert wrong.feedback == ("It is not mentioned here.",)


@pytest.mark.parametrize(
    ("value", "score", "correct"),
    [
        (["a", "b"], 1.0, True),
        (["a"], 0.5, False),
        (["a", "c"], 0.0, False),
        (["a", "b", "c"], 0.5, False),
        ([], 0.0, False),
    ],
)
def test_multiple_gives_partial_credit(value: list[str], score: float, correct: bool) -> None:
    q = Question(
        "mu",
        "multiple",
        "sourcing",
        "Which are named sources?",
        (Choice("a", "A", True, "named"), Choice("b", "B", True, "named"), Choice("c", "C")),
    )
    result = q.check(value)
    assert (result.score, result.correct) == (score, correct)


def test_multiple_names_the_missed_choice() -> None:
    q = Question("mu", "multiple", "x", "?", (Choice("a", "A", True), Choice("b", "Bee", True)))
    assert any("Missed: Bee" in line for line in q.check(["a"]).feedback)


@pytest.mark.parametrize(
    ("value", "correct"),
    [(2000, True), ("2,000", True), ("1950 sq km", True), (1949, False), ("about", None)],
)
def test_numeric_within_tolerance(value: object, correct: bool | None) -> None:
    q = Question("n1", "numeric", "numbers", "How much?", answer=2000, tolerance=50, unit="sq km")
    if correct is None:
        with pytest.raises(LessonkitError, match="must be a number"):
            q.check(value)  # type: ignore[arg-type]
    else:
        assert q.check(value).correct is correct  # type: ignore[arg-type]


def test_match_scores_the_share_placed_right() -> None:
    q = Question(
        "x",
        "match",
        "speakers",
        "Match",
        items=(Item("i1", "We won", "ana"), Item("i2", "We lost", "ben"), Item("i3", "Tie", "ana")),
        targets=(Target("ana", "Ana"), Target("ben", "Ben")),
    )
    result = q.check({"i1": "ana", "i2": "ana"})
    assert result.score == pytest.approx(1 / 3, abs=1e-3)
    assert result.correct is False
    assert q.check({"i1": "ana", "i2": "ben", "i3": "ana"}).correct is True
    with pytest.raises(LessonkitError, match="target must be one of"):
        q.check({"i1": "zed"})


def test_mark_scores_token_f1() -> None:
    q = mark()
    assert q.right_words == (0, 1, 2, 3, 4)
    exact = q.check([0, 1, 2, 3, 4])
    assert (exact.correct, exact.score) == (True, 1.0)
    partial = q.check([0, 1])
    assert partial.correct is False
    assert partial.score == pytest.approx(2 * 2 / (2 + 5), abs=1e-3)
    assert "Marta Olsen, the harbour master" in partial.feedback[0]
    too_much = q.check(list(range(7)))
    assert too_much.score == pytest.approx(2 * 5 / (7 + 5), abs=1e-3)
    assert q.check([]).score == 0.0
    with pytest.raises(LessonkitError, match="word index"):
        q.check([99])


def test_poll_has_no_right_answer() -> None:
    q = Question(
        "p",
        "poll",
        "trust",
        "Trust?",
        (Choice("hi", "A lot", feedback="Why?"), Choice("lo", "Little")),
    )
    result = q.check("hi")
    assert (result.correct, result.score, result.feedback) == (None, None, ("Why?",))
    assert not q.gradable


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": "essay"}, "'type' must be one of"),
        ({"type": "single", "choices": (Choice("a", "A"), Choice("b", "B"))}, "exactly 1 correct"),
        ({"type": "poll", "choices": (Choice("a", "A", True), Choice("b", "B"))}, "none correct"),
        ({"type": "numeric"}, "needs a number 'answer'"),
        (
            {"type": "mark", "words": sentence_words("a b"), "answer_spans": ((9, 12),)},
            "covers none",
        ),
        ({"type": "single", "choices": (Choice("a", "A", True), Choice("a", "B"))}, "unique"),
    ],
)
def test_bad_questions_are_refused(kwargs: dict[str, object], message: str) -> None:
    base: dict[str, object] = {"id": "bad", "kind": "x", "prompt": "?"}
    with pytest.raises(LessonkitError, match=message) as info:
        Question(**(base | kwargs))  # type: ignore[arg-type]
    assert "question 'bad'" in str(info.value)


def test_to_dict_carries_answer_span_and_origin() -> None:
    data = mark().to_dict()
    assert data["answer_span"] == [0, 31]
    assert data["origin"] == {"generator": "hand-written", "attribution": None, "rule": None}
    assert (
        str(Origin("who-said", 3, "said-after-quote"))
        == "who-said, attribution #4, rule said-after-quote"
    )


def quiz() -> Quiz:
    qs = tuple(single(f"s{i}") for i in range(8))
    return Quiz("harbour", "Harbour", None, (*qs, mark()))


def test_shuffled_is_reproducible_and_keeps_content() -> None:
    a, b, c = quiz().shuffled(7), quiz().shuffled(7), quiz().shuffled(8)
    assert a == b
    assert [q.id for q in a] != [q.id for q in c] or [[ch.id for ch in q.choices] for q in a] != [
        [ch.id for ch in q.choices] for q in c
    ]
    assert sorted(q.id for q in a) == sorted(q.id for q in quiz())
    for q in a:
        assert {ch.id for ch in q.choices} == {ch.id for ch in quiz().question(q.id).choices}
    orders = {tuple(ch.id for ch in quiz().shuffled(s).question("s0").choices) for s in range(20)}
    assert len(orders) > 1


def test_practice_session_allows_another_try() -> None:
    s = QuizSession(quiz(), mode="practice")
    first = s.answer("s0", "port")
    assert first is not None and first.correct is False
    again = s.answer("s0", "olsen")
    assert again is not None and again.correct is True
    assert s.tries("s0") == 2
    assert s.score == 1.0
    assert s.progress == (1, 9)
    assert not s.finished


def test_check_session_shows_results_at_the_end() -> None:
    s = QuizSession(quiz(), mode="check")
    assert s.answer("s0", "port") is None
    assert s.results() == {} and s.result("s0") is None
    with pytest.raises(LessonkitError, match="one try"):
        s.answer("s0", "olsen")
    assert not s.can_answer("s0") and s.can_answer("s1")
    s.answer("m1", [0, 1, 2, 3, 4])
    s.finish()
    assert s.finished
    assert s.results()["s0"].correct is False
    assert s.score == 1.0 and s.max_score == 9
    with pytest.raises(LessonkitError, match="finished"):
        s.answer("s1", "olsen")


def test_session_refuses_unknown_questions_and_modes() -> None:
    with pytest.raises(LessonkitError, match="'mode' must be one of"):
        QuizSession(quiz(), mode="exam")
    with pytest.raises(LessonkitError, match="no question 'zz'"):
        QuizSession(quiz()).answer("zz", "a")


def test_model_imports_no_widgets() -> None:
    code = "import sys, lessonkit.quiz; print(sorted(m for m in ('ipywidgets', 'IPython', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------------------
# Hints for another try, and the answer stated


def _numeric() -> Question:
    return Question("n1", "numeric", "numbers", "How many?", answer=772, unit="sq mi")


def _match() -> Question:
    return Question(
        "x1", "match", "match-speaker", "Who said each?",
        items=(Item("i1", "The pier is unsafe", "olsen", "Named before 'warned'."),
               Item("i2", "Repairs start soon", "port")),
        targets=(Target("olsen", "Marta Olsen"), Target("port", "The port authority")),
    )  # fmt: skip


def test_hints_say_what_is_wrong_without_the_answer() -> None:
    assert single().check("port").hints == ("It is not mentioned here.",)
    high = _numeric().check("2000").hints
    assert len(high) == 1 and "far too high" in high[0] and "772" not in high[0]
    swapped = _match().check({"i1": "port", "i2": "olsen"}).hints
    assert swapped[0] == "0 of 2 placed right."
    assert "1. “The pier is unsafe”: not The port authority." in swapped
    assert not any("Marta Olsen" in line.split(":")[0] for line in swapped[1:])
    marked = mark().check([0, 5]).hints  # "Marta" (right) and "warned" (not the source)
    joined = " ".join(marked)
    assert "“warned”" in joined and "not the source" in joined
    assert "the harbour master" not in joined


def test_a_right_answer_needs_no_hint() -> None:
    assert single().check("olsen").hints == ()
    assert _numeric().check(772).hints == ()


def test_answer_lines_state_the_answer_and_the_explanation() -> None:
    import dataclasses

    q = dataclasses.replace(single(), explanation="Read the sentence again.")
    assert q.answer_lines() == (
        "The answer: Marta Olsen. She is named before 'warned'.",
        "Read the sentence again.",
    )
    assert _numeric().answer_lines() == ("The answer: 772 sq mi.",)
    assert _match().answer_lines() == (
        "1. “The pier is unsafe” → Marta Olsen. Named before 'warned'.",
        "2. “Repairs start soon” → The port authority.",
    )
    assert mark().answer_lines() == ("The answer: “Marta Olsen, the harbour master”.",)


def test_a_question_shown_cannot_be_answered_again_in_the_session() -> None:
    session = QuizSession(Quiz("demo", "Demo", None, (single(),)))
    session.answer("s1", "port")
    session.reveal("s1")
    assert session.revealed("s1") and not session.can_answer("s1")
    with pytest.raises(LessonkitError, match="answer was shown"):
        session.answer("s1", "olsen")
    assert session.score == 0.0


def test_answer_lines_leave_out_a_right_choices_leading_right() -> None:
    import dataclasses

    q = dataclasses.replace(
        single(),
        choices=(
            Choice("olsen", "Marta Olsen", True, "Right: she is named before 'warned'."),
            Choice("port", "The port authority", False, "It is not mentioned here."),
        ),
    )
    assert q.answer_lines() == ("The answer: Marta Olsen. She is named before 'warned'.",)
