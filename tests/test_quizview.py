"""The quiz widgets, driven in Python: choose, check, read the feedback, the score and the store."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from lessonkit import Article
from lessonkit.quiz import AnswerStore, Choice, Item, Question, Quiz, Target, load_bank
from lessonkit.quiz import sentence_words as words_of
from lessonkit.quiz._store import shown_id, why_id
from lessonkit.quizview import (
    MAX_CONTEXT,
    QuizView,
    pick_questions,
    sentence_html,
    show_paragraph_quiz,
    show_question,
    show_quiz,
    teacher_view,
)

HOSTILE = "<script>alert(1)</script> and <img src=x onerror=alert(1)>"
TEXT = (
    "The harbour will close for a week, the port director said on Monday. "
    f"“Nothing {HOSTILE} will sail,” said Ana Ruiz, a pilot. "
    "Fishers were told to stay ashore."
)
ARTICLE = Article.from_text(TEXT)


def span_of(part: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def sentence_of(part: str) -> tuple[int, int]:
    start = span_of(part)[0]
    found = ARTICLE.sentence_at(start)
    assert found is not None
    return found.start, found.end


SENTENCE = sentence_of("Nothing")


def single(qid: str = "who") -> Question:
    return Question(
        qid, "single", "who-said", "Who says nothing will sail?",
        (Choice("ruiz", "Ana Ruiz", True, "Her name follows 'said'."),
         Choice("director", "The port director", False, "He spoke in the sentence before."),
         Choice("nobody", "Nobody: the reporter", False, "The words are in quotation marks.")),
        span=span_of(f"Nothing {HOSTILE} will sail"), sentence_span=SENTENCE,
        context=TEXT[SENTENCE[0] : SENTENCE[1]],
    )  # fmt: skip


def multiple() -> Question:
    return Question(
        "named", "multiple", "source-type", "Which sources are named?",
        (Choice("ruiz", "Ana Ruiz", True, "Named in full."),
         Choice("director", "The port director", True, "Named by post."),
         Choice("fishers", "Fishers", False, "A group.")),
    )  # fmt: skip


def numeric() -> Question:
    return Question("days", "numeric", "numbers", "How many days will the harbour close?",
                    answer=7, tolerance=0.5, unit="days")  # fmt: skip


def match() -> Question:
    return Question(
        "match", "match", "match-speaker", "Match each quotation to its speaker.",
        items=(Item("i1", "Nothing will sail", "ruiz"),
               Item("i2", "The harbour will close", "director")),
        targets=(Target("ruiz", "Ana Ruiz"), Target("director", "The port director")),
    )  # fmt: skip


def sort() -> Question:
    return Question(
        "sort", "sort", "sort-sourcing", "Sort each passage by how it is sourced.",
        items=(Item("p1", "The harbour will close for a week", "indirect"),
               Item("p2", "Nothing will sail", "direct"),
               Item("p3", "Fishers were told to stay ashore", "unattributed")),
        targets=(Target("direct", "direct quote"), Target("indirect", "paraphrase"),
                 Target("unattributed", "unattributed")),
    )  # fmt: skip


def mark() -> Question:
    start, end = sentence_of("The harbour")
    return Question(
        "mark", "mark", "mark-source", "Mark the source.",
        sentence_span=(start, end), context=TEXT[start:end],
        words=words_of(TEXT, start, end), answer_spans=(span_of("the port director"),),
    )  # fmt: skip


def poll() -> Question:
    return Question(
        "trust", "poll", "trust", "How far do you trust this source?",
        (Choice("high", "Fully"), Choice("some", "Partly"), Choice("low", "Hardly")),
    )  # fmt: skip


def quiz_of(*questions: Question, qid: str = "harbour") -> Quiz:
    return Quiz(qid, "The harbour", None, questions)


@pytest.fixture
def store(tmp_path: Path) -> AnswerStore:
    return AnswerStore(tmp_path / "class.sqlite")


def choose(view: QuizView, *indices: int) -> None:
    for i in indices:
        view.panel.input.choices[i].value = True


# --- one question, practice mode ----------------------------------------------------------


def test_a_wrong_then_a_right_answer_say_so_in_words_and_are_both_saved(
    store: AnswerStore,
) -> None:
    view = show_question(single(), ARTICLE, store=store, quiz_id="harbour", seed=None)
    choose(view, 1)
    view.panel.check.click()
    assert "✗ Not quite" in view.panel.feedback.value
    assert "He spoke in the sentence before." in view.panel.feedback.value
    assert "Score: 0 of 1" in view.score.value
    assert "✗ Not this one" in view.panel.input.choices[1].description
    assert "lessonkit-wrong" in view.panel.input.choices[1]._dom_classes

    choose(view, 0)
    assert not view.panel.input.choices[1].value  # radio-like: one choice at a time
    view.panel.check.click()
    assert "✓ Right" in view.panel.feedback.value
    assert "Score: 1 of 1" in view.score.value
    saved = [(a.quiz_id, a.question_id, a.answer, a.correct) for a in store.answers()]
    assert saved == [("harbour", "who", "director", False), ("harbour", "who", "ruiz", True)]


def test_checking_with_nothing_chosen_asks_for_a_choice_and_saves_nothing(
    store: AnswerStore,
) -> None:
    view = show_question(single(), store=store, seed=None)
    view.panel.check.click()
    assert "Choose an answer first" in view.panel.feedback.value
    assert store.answers() == []
    assert "answered 0 of 1" in view.score.value


def test_changing_the_answer_after_feedback_asks_to_check_again(store: AnswerStore) -> None:
    view = show_question(single(), store=store, seed=None)
    choose(view, 1)
    view.panel.check.click()
    choose(view, 2)
    assert "check your answer again" in view.panel.feedback.value
    assert "Not this one" not in view.panel.input.choices[1].description


def test_every_choice_feedback_and_score_carry_the_stable_classes(store: AnswerStore) -> None:
    for question in (single(), multiple(), numeric(), match(), sort(), mark(), poll()):
        view = show_question(question, store=store, seed=None)
        assert "lessonkit-quiz" in view.widget._dom_classes
        assert view.panel.input.choices
        for choice in view.panel.input.choices:
            assert "lessonkit-choice" in choice._dom_classes
        assert "lessonkit-feedback" in view.panel.feedback._dom_classes
        assert "lessonkit-check" in view.panel.check._dom_classes
        assert "lessonkit-score" in view.score._dom_classes


def test_the_style_sheet_is_scoped_and_shows_focus_and_comes_once_per_view(
    store: AnswerStore,
) -> None:
    view = show_quiz(quiz_of(single("a"), single("b")), store=store, seed=None)
    sheets = [w for w in view.widget.children if "<style>" in str(getattr(w, "value", ""))]
    assert len(sheets) == 1
    css = sheets[0].value
    assert ":focus-visible" in css and "outline: 3px solid" in css
    rules = [line for line in css.splitlines() if "{" in line]
    assert all(line.startswith(".lessonkit-") for line in rules)
    assert "font-size: 18px" in css
    assert "#009E73" in css and "#D55E00" in css  # Okabe–Ito green and vermillion


def test_the_results_path_is_shown_small(store: AnswerStore) -> None:
    view = show_question(single(), store=store, seed=None)
    assert "lessonkit-store" in view.store_note.value
    assert store.path in view.store_note.value


# --- every type ---------------------------------------------------------------------------


def test_multiple_gives_partial_credit_and_names_each_choice(store: AnswerStore) -> None:
    view = show_question(multiple(), store=store, seed=None)
    choose(view, 0)
    view.panel.check.click()
    assert "✗ Not quite: partly right (50%)" in view.panel.feedback.value
    assert "Score: 0.5 of 1" in view.score.value
    assert view.panel.input.choices[0].description.endswith("✓ Right")
    choose(view, 1)
    view.panel.check.click()
    assert "✓ Right" in view.panel.feedback.value
    assert [a.answer for a in store.answers()] == [["ruiz"], ["ruiz", "director"]]


def test_numeric_shows_the_unit_accepts_the_tolerance_and_refuses_words(
    store: AnswerStore,
) -> None:
    view = show_question(numeric(), store=store, seed=None)
    assert "days" in view.panel.input.widget.children[0].children[1].value
    box = view.panel.input.choices[0]
    box.value = "seven"
    view.panel.check.click()
    assert "is not a number" in view.panel.feedback.value
    assert store.answers() == []
    box.value = "9"
    view.panel.check.click()
    assert "✗ Not quite" in view.panel.feedback.value
    box.value = "7.4"
    view.panel.check.click()
    assert "✓ Right" in view.panel.feedback.value
    assert [(a.answer, a.correct) for a in store.answers()] == [("9", False), ("7.4", True)]


@pytest.mark.parametrize("make", [match, sort])
def test_match_and_sort_need_every_dropdown_then_score_the_share_placed_right(
    make: object, store: AnswerStore
) -> None:
    question = make()  # type: ignore[operator]
    view = show_question(question, store=store, seed=None)
    dropdowns = view.panel.input.choices
    assert len(dropdowns) == len(question.items)
    assert dropdowns[0].options[0] == ("Choose…", "")
    dropdowns[0].value = question.items[0].answer
    view.panel.check.click()
    assert "first" in view.panel.feedback.value and store.answers() == []
    wrong = next(t.id for t in question.targets if t.id != question.items[1].answer)
    dropdowns[1].value = wrong
    for dropdown, item in zip(dropdowns[2:], question.items[2:], strict=True):
        dropdown.value = item.answer
    view.panel.check.click()
    n = len(question.items)
    assert f"{n - 1} of {n} placed right" in view.panel.feedback.value
    assert "✗ Not quite: partly right" in view.panel.feedback.value
    saved = store.answers()[0].answer
    assert saved[question.items[1].id] == wrong


def test_mark_the_words_shows_the_sentence_word_by_word_with_partial_credit(
    store: AnswerStore,
) -> None:
    question = mark()
    view = show_question(question, store=store, seed=None)
    buttons = view.panel.input.choices
    labels = [b.description for b in buttons]
    assert " ".join(labels) == question.context  # punctuation stays on its word
    assert all("lessonkit-word" in b._dom_classes for b in buttons)
    right = list(question.right_words)
    buttons[right[0]].value = True
    assert question.words[right[0]].text in view.panel.input.marked.value
    view.panel.check.click()
    assert "partly right" in view.panel.feedback.value
    assert "lessonkit-feedback-partial" in view.panel.feedback.value
    assert re.search(r"Score: 0\.\d{1,2} of 1 ·", view.score.value)  # two decimals at most
    for i in right[1:]:
        buttons[i].value = True
    view.panel.check.click()
    assert "✓ Right" in view.panel.feedback.value
    assert store.answers()[-1].answer == right
    assert store.answers()[0].score is not None and 0 < store.answers()[0].score < 1


def test_a_poll_has_no_right_answer_and_keeps_the_reason(store: AnswerStore) -> None:
    view = show_question(poll(), store=store, quiz_id="harbour", seed=None)
    choose(view, 2)
    view.panel.input.why.value = "She  was not there."
    view.panel.check.click()
    assert "✓ Thank you" in view.panel.feedback.value
    assert "Not quite" not in view.panel.feedback.value
    assert "Answered 1 of 1" in view.score.value
    saved = [(a.question_id, a.answer, a.correct) for a in store.answers()]
    assert saved == [("trust", "low", None), (why_id("trust"), "She was not there.", None)]


def test_every_question_of_the_shipped_bank_builds_and_checks(tmp_path: Path) -> None:
    quiz = load_bank()
    view = show_quiz(quiz, store=tmp_path / "bank.sqlite", seed=None)
    types = {p.question.type for p in view.panels()}
    assert types == {"single", "multiple", "numeric", "match", "sort", "mark", "poll"}
    for panel in view.panels():
        assert panel.input.choices
        assert panel.input.value() is None


# --- practice mode: a wrong try says what is wrong, never the answer ----------------------


def _shown(view: QuizView) -> str:
    """The feedback and the notes beside the inputs, as shown now."""
    panel = view.panel
    parts = [panel.feedback.value]
    parts += [note.value for note in getattr(panel.input, "_notes", [])]
    return "\n".join(parts)


def _labels(view: QuizView) -> str:
    return "\n".join(str(getattr(c, "description", "")) for c in view.panel.input.choices)


def _visible(button: object) -> bool:
    return button.layout.display != "none" and not button.disabled


def _wrong_try(view: QuizView, question: Question) -> None:
    """Give a wrong answer of ``question``'s type and check it."""
    inputs = view.panel.input.choices
    if question.type == "single":
        inputs[1].value = True  # "The port director"
    elif question.type == "multiple":
        inputs[0].value = inputs[2].value = True  # Ana Ruiz (right), Fishers (wrong)
    elif question.type == "numeric":
        inputs[0].value = "9"
    elif question.type in ("match", "sort"):
        ids = [t.id for t in question.targets]
        for dropdown, item in zip(inputs, question.items, strict=True):
            dropdown.value = ids[(ids.index(item.answer) + 1) % len(ids)]  # every one misplaced
        inputs[-1].value = question.items[-1].answer  # ... but the last
    elif question.type == "mark":
        texts = [w.text for w in question.words]
        inputs[texts.index("harbour")].value = True
        inputs[texts.index("director")].value = True
    view.panel.check.click()


# What each question's right answer looks like when it is stated.
ANSWER_WORDS = {
    "single": ["Ana Ruiz"],
    "multiple": ["The port director", "Missed"],
    "numeric": ["7 days", "the answer is", "± 0.5"],
    "match": ["→ Ana Ruiz", "→ The port director", "It is:"],
    "sort": ["→ paraphrase", "→ direct quote", "It is:"],
    "mark": ["the port director", "The answer is", "(missed)"],
}


@pytest.mark.parametrize("make", [single, multiple, numeric, match, sort, mark])
def test_a_wrong_try_in_practice_never_states_the_right_answer(
    make: object, store: AnswerStore
) -> None:
    question = make()  # type: ignore[operator]
    view = show_question(question, store=store, seed=None)
    _wrong_try(view, question)
    shown = _shown(view)
    assert "✗ Not quite" in shown
    for words in ANSWER_WORDS[question.type]:
        assert words not in shown, (question.type, words, shown)
    labels = _labels(view)
    for reveal in ("The right answer", "A right answer", "Also right", "(missed)"):
        assert reveal not in labels, (question.type, labels)


def test_a_wrong_single_choice_shows_that_choices_feedback_only(store: AnswerStore) -> None:
    view = show_question(single(), store=store, seed=None)
    _wrong_try(view, single())
    feedback = view.panel.feedback.value
    assert "He spoke in the sentence before." in feedback
    assert "Her name follows" not in feedback and "quotation marks" not in feedback


def test_a_wrong_multiple_choice_names_the_ticks_and_says_one_is_missing(
    store: AnswerStore,
) -> None:
    view = show_question(multiple(), store=store, seed=None)
    _wrong_try(view, multiple())
    feedback = view.panel.feedback.value
    assert "✓ Ana Ruiz: Named in full." in feedback
    assert "✗ Fishers: A group." in feedback
    assert "not ticked yet" in feedback  # one right answer is still to find, unnamed


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("9", "too high"),
        ("7.6", "too high, but close"),
        ("30", "far too high"),
        ("5", "too low"),
        ("1", "far too low"),
    ],
)
def test_a_wrong_number_says_which_way_and_how_far_off(
    given: str, says: str, store: AnswerStore
) -> None:
    view = show_question(numeric(), store=store, seed=None)
    view.panel.input.choices[0].value = given
    view.panel.check.click()
    feedback = view.panel.feedback.value
    assert says in feedback
    if "far" not in says:
        assert "far too" not in feedback
    assert "7 days" not in feedback


@pytest.mark.parametrize("make", [match, sort])
def test_a_wrong_match_or_sort_names_the_misplaced_items_not_where_they_go(
    make: object, store: AnswerStore
) -> None:
    question = make()  # type: ignore[operator]
    view = show_question(question, store=store, seed=None)
    _wrong_try(view, question)
    feedback = view.panel.feedback.value
    n = len(question.items)
    assert f"1 of {n} placed right" in feedback
    for number, item in enumerate(question.items[:-1], 1):
        assert f"{number}." in feedback and item.text[:12] in feedback
    notes = [note.value for note in view.panel.input._notes]
    assert all("Not quite" in note for note in notes[:-1]) and "Right" in notes[-1]


def test_a_wrong_mark_says_which_marked_words_are_not_the_source(store: AnswerStore) -> None:
    question = mark()
    view = show_question(question, store=store, seed=None)
    _wrong_try(view, question)
    feedback = view.panel.feedback.value
    assert "not the source" in feedback and "“harbour”" in feedback
    assert "“director”" not in feedback.split("not the source")[1]  # a right word is not blamed
    texts = [w.text for w in question.words]
    buttons = view.panel.input.choices
    assert "✗" in buttons[texts.index("harbour")].description
    assert "✓" in buttons[texts.index("director")].description
    assert not any("missed" in b.description for b in buttons)


def test_a_wrong_try_offers_try_again_and_show_answer_by_keyboard(store: AnswerStore) -> None:
    view = show_question(numeric(), store=store, seed=None)
    panel = view.panel
    assert not _visible(panel.retry) and not _visible(panel.reveal)  # nothing to undo yet
    _wrong_try(view, numeric())
    assert "Try again" in panel.feedback.value
    for button, label, css in (
        (panel.retry, "Try again", "lessonkit-retry"),
        (panel.reveal, "Show answer", "lessonkit-show-answer"),
    ):
        assert _visible(button) and button.description == label and button.tooltip
        assert css in button._dom_classes
        assert isinstance(
            button, type(panel.check)
        )  # a real button: Tab reaches it, Enter presses it
    assert panel.retry in panel.actions.children and panel.reveal in panel.actions.children


def test_try_again_clears_the_answer_and_a_right_try_then_shows_the_answer(
    store: AnswerStore,
) -> None:
    question = match()
    view = show_question(question, store=store, seed=None)
    _wrong_try(view, question)
    view.panel.retry.click()
    assert all(d.value == "" for d in view.panel.input.choices)
    assert all(note.value == "" for note in view.panel.input._notes)
    assert "Not quite" not in view.panel.feedback.value
    assert not _visible(view.panel.retry)
    for dropdown, item in zip(view.panel.input.choices, question.items, strict=True):
        dropdown.value = item.answer
    view.panel.check.click()
    feedback = view.panel.feedback.value
    assert "✓ Right" in feedback and "2 of 2 placed right" in feedback
    assert not _visible(view.panel.reveal) and not _visible(view.panel.retry)
    assert "Score: 1 of 1" in view.score.value
    assert [a.correct for a in store.answers()] == [False, True]


@pytest.mark.parametrize(
    ("make", "answer"),
    [
        (single, "Ana Ruiz"),
        (multiple, "The port director"),
        (numeric, "7 days"),
        (match, "Ana Ruiz"),
        (sort, "paraphrase"),
        (mark, "the port director"),
    ],
)
def test_show_answer_states_it_and_closes_the_question_without_scoring_it(
    make: object, answer: str, store: AnswerStore
) -> None:
    question = make()  # type: ignore[operator]
    view = show_question(question, store=store, seed=None)
    _wrong_try(view, question)
    score = view.score.value
    view.panel.reveal.click()
    assert answer in view.panel.feedback.value
    assert "The answer" in view.panel.feedback.value
    assert view.panel.check.disabled and not _visible(view.panel.retry)
    assert all(c.disabled for c in view.panel.input.choices)
    assert view.score.value == score  # seeing the answer gives no point
    kept = [(a.question_id, a.answer, a.correct) for a in store.answers()]
    assert kept[1:] == [(shown_id(question.id), True, None)]  # kept apart from the answers


def test_a_shown_answer_is_kept_for_the_teacher_under_the_students_name(
    store: AnswerStore,
) -> None:
    quiz = quiz_of(single())
    view = show_question(single(), store=store, quiz_id=quiz.id, student="Ana", seed=None)
    _wrong_try(view, single())
    view.panel.reveal.click()
    shown = [a for a in store.answers() if a.question_id == shown_id("who")]
    assert [(a.quiz_id, a.student) for a in shown] == [(quiz.id, "Ana")]
    teacher = teacher_view(quiz, store=store, refresh=0)
    assert "1 answer" in teacher.detail.value
    assert "Show answer pressed 1 time" in teacher.detail.value
    assert teacher.tally.total == 1  # the shown answer is not counted as an answer


def test_show_answer_marks_the_right_choice_in_the_input(store: AnswerStore) -> None:
    view = show_question(single(), store=store, seed=None)
    _wrong_try(view, single())
    view.panel.reveal.click()
    assert "✓ The right answer" in view.panel.input.choices[0].description
    assert "✗ Not this one" in view.panel.input.choices[1].description


def test_a_right_try_shows_the_answer_and_why(store: AnswerStore) -> None:
    view = show_question(mark(), store=store, seed=None)
    for i in mark().right_words:
        view.panel.input.choices[i].value = True
    view.panel.check.click()
    feedback = view.panel.feedback.value
    assert "✓ Right" in feedback and "the port director" in feedback
    assert not _visible(view.panel.reveal)


def test_check_mode_has_no_try_again_and_shows_the_answers_at_the_end(
    store: AnswerStore,
) -> None:
    view = show_quiz(quiz_of(numeric()), store=store, mode="check", seed=None)
    view.panel.input.choices[0].value = "9"
    view.panel.check.click()
    assert not _visible(view.panel.retry) and not _visible(view.panel.reveal)
    assert "7 days" in view.panel.feedback.value  # one question: handing it in ends the quiz


def test_a_poll_has_no_show_answer(store: AnswerStore) -> None:
    view = show_question(poll(), store=store, seed=None)
    choose(view, 0)
    view.panel.check.click()
    assert not _visible(view.panel.retry) and not _visible(view.panel.reveal)


def _focus_log(monkeypatch: pytest.MonkeyPatch, view: QuizView) -> list[object]:
    """Record which widget of ``view`` is sent the front end's focus message."""
    log: list[object] = []
    panel = view.panel
    watched = (*panel.input.choices, panel.feedback, panel.focus_note, panel.check)
    for widget in (*watched, view.next, view.previous):

        def send(content: object, buffers: object = None, widget: object = widget) -> None:
            if content == {"do": "focus"}:
                log.append(widget)

        monkeypatch.setattr(widget, "send", send)
    return log


@pytest.mark.parametrize("make", [single, multiple, numeric, match, sort, mark])
def test_try_again_puts_the_keyboard_focus_on_the_first_choice(
    make: object, store: AnswerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = make()  # type: ignore[operator]
    view = show_question(question, store=store, seed=None)
    _wrong_try(view, question)
    log = _focus_log(monkeypatch, view)
    view.panel.retry.click()  # the pressed button hides itself: the focus must go somewhere
    assert log == [view.panel.input.choices[0]]


def test_show_answer_puts_the_keyboard_focus_on_next_or_on_the_feedback(
    store: AnswerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = show_quiz(quiz_of(single("a"), single("b")), store=store, seed=None)
    _wrong_try(view, single())
    log = _focus_log(monkeypatch, view)
    view.panel.reveal.click()
    assert log == [view.next]
    view.next.click()  # the last question: no next one, so the feedback with the answer
    _wrong_try(view, single())
    log = _focus_log(monkeypatch, view)
    view.panel.reveal.click()
    note = view.panel.focus_note
    assert log == [note]
    assert note.tabbable is False  # focusable, yet not a stop of Tab
    assert note.layout.display != "none" and "answer is shown" in note.value
    area = view.panel.feedback_area
    assert area.children == (note, view.panel.feedback) and area in view.panel.widget.children

    one = show_question(single(), store=store, seed=None)
    _wrong_try(one, single())
    log = _focus_log(monkeypatch, one)
    assert one.panel.focus_note.layout.display == "none"  # not there before it is needed
    one.panel.reveal.click()
    assert log == [one.panel.focus_note]


def test_after_finish_in_practice_mode_a_question_takes_no_more_tries(
    store: AnswerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = show_quiz(quiz_of(single("a"), single("b")), store=store, seed=None)
    _wrong_try(view, single())
    panel = view.panel
    view.finish.click()
    assert not _visible(panel.retry) and not _visible(panel.reveal)
    assert panel.check.disabled and all(c.disabled for c in panel.input.choices)
    final = panel.feedback.value
    assert "✗ Not quite" in final
    assert "✓ The right answer" in panel.input.choices[0].description
    # Even pressed (a click already on its way), neither button reopens the question.
    log = _focus_log(monkeypatch, view)
    panel.retry.click()
    assert panel.input.choices[1].value and panel.feedback.value == final
    panel.reveal.click()
    assert not view.session.revealed(panel.question.id) and panel.feedback.value == final
    assert log == []
    # A question first opened after Finish shows the end state, in practice words.
    view.next.click()
    second = view.panel
    assert "Not answered" in second.feedback.value
    assert second.check.disabled and all(c.disabled for c in second.input.choices)
    assert not _visible(second.retry) and not _visible(second.reveal)
    choose(view, 0)
    second.check.click()
    assert "The quiz is finished." in second.feedback.value
    assert "check mode" not in second.feedback.value
    assert len(store.answers()) == 1


def test_a_question_handed_in_in_check_mode_says_so_when_checked_again(
    store: AnswerStore,
) -> None:
    view = show_quiz(quiz_of(single("a"), single("b")), store=store, mode="check", seed=None)
    choose(view, 1)
    view.panel.check.click()
    view.panel.check.click()
    assert "handed in this question already (one try in check mode)" in view.panel.feedback.value
    assert len(store.answers()) == 1


# --- a whole quiz -------------------------------------------------------------------------


def test_next_previous_progress_and_score(store: AnswerStore) -> None:
    view = show_quiz(quiz_of(single("a"), multiple(), poll()), store=store, seed=None)
    assert "Question 1 of 3" in view.position.value
    assert view.previous.disabled and not view.next.disabled
    choose(view, 0)
    view.panel.check.click()
    assert view.progress.value == 1 and view.progress.max == 3
    view.next.click()
    assert view.panel.question.id == "named" and "Question 2 of 3" in view.position.value
    view.next.click()
    assert view.next.disabled
    view.previous.click()
    view.previous.click()
    assert view.panel.input.choices[0].value  # the answer given is still there
    assert "Score: 1 of 2 · answered 1 of 3" in view.score.value


def test_check_mode_takes_one_try_and_shows_results_at_the_end(store: AnswerStore) -> None:
    view = show_quiz(quiz_of(single("a"), single("b")), store=store, mode="check", seed=None)
    choose(view, 1)
    view.panel.check.click()
    assert "Not quite" not in view.panel.feedback.value
    assert "handed in" in view.panel.feedback.value
    assert view.panel.check.disabled and view.panel.input.choices[0].disabled
    assert "shown at the end" in view.score.value
    assert store.answers()[0].correct is False  # the store knows, the student not yet
    view.next.click()
    choose(view, 0)
    view.panel.check.click()  # the last question: the quiz ends
    assert "✓ Right" in view.panel.feedback.value
    assert "Score: 1 of 2" in view.score.value
    view.previous.click()
    assert "✗ Not quite" in view.panel.feedback.value
    assert "✓ The right answer" in view.panel.input.choices[0].description
    assert "Your results" in view.summary.value


def test_finish_early_in_check_mode_marks_the_rest_not_answered(store: AnswerStore) -> None:
    view = show_quiz(quiz_of(single("a"), single("b")), store=store, mode="check", seed=None)
    view.finish.click()
    assert "Not answered" in view.panel.feedback.value
    assert "Not answered: 2 (question 1, 2)" in view.summary.value
    assert view.finish.disabled and view.panel.check.disabled


# --- escaping -----------------------------------------------------------------------------


def test_article_text_is_escaped_in_the_sentence() -> None:
    page = sentence_html(single(), ARTICLE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script" not in page and "<img" not in page
    assert "<mark class='lessonkit-asked'>" in page


def test_markup_in_prompts_choices_and_items_never_becomes_markup(store: AnswerStore) -> None:
    hostile = Question(
        "h", "single", "x", f"Who wrote {HOSTILE}?",
        (Choice("a", f"Ana {HOSTILE}", True, f"Because {HOSTILE}"), Choice("b", "Ben")),
    )  # fmt: skip
    view = show_question(hostile, store=store, seed=None)
    prompt = view.panel.widget.children[0].value
    assert "&lt;script&gt;" in prompt and "<script" not in prompt and "<img" not in prompt
    # Button labels are plain text: ipywidgets sets them as text, never as markup.
    assert HOSTILE in view.panel.input.choices[0].description
    assert not view.panel.input.choices[0].description_allow_html
    choose(view, 0)
    view.panel.check.click()
    assert "&lt;img src=x onerror=alert(1)&gt;" in view.panel.feedback.value
    assert "<img" not in view.panel.feedback.value
    items = Question(
        "m", "match", "x", "Match.",
        items=(Item("i1", HOSTILE, "t1"), Item("i2", "two", "t2")),
        targets=(Target("t1", "One"), Target("t2", "Two")),
    )  # fmt: skip
    view = show_question(items, store=store, seed=None)
    text = view.panel.input.widget.children[1].children[0].value
    assert "&lt;script&gt;" in text and "<script" not in text


def test_a_question_for_another_article_text_shows_its_own_copy_and_says_so() -> None:
    other = Article.from_text("X" * len(TEXT))
    page = sentence_html(single(), other)
    assert "another version of the article" in page
    assert "Nothing" in page


def test_a_question_about_the_whole_article_shows_no_passage() -> None:
    long_text = "word " * (MAX_CONTEXT // 4)
    question = Question(
        "w", "single", "x", "?", (Choice("a", "A", True), Choice("b", "B")),
        span=(0, 4), sentence_span=(0, len(long_text)), context=long_text,
    )  # fmt: skip
    assert sentence_html(question) == ""


# --- the store: errors in the widget, never a traceback -----------------------------------


def test_a_store_that_cannot_be_opened_is_said_in_the_widget(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("not a database", encoding="utf-8")
    view = show_question(single(), store=foreign, seed=None)
    assert view.store is None
    assert "lessonkit-error" in view.store_note.value
    assert "not being saved" in view.store_note.value
    choose(view, 0)
    view.panel.check.click()  # the quiz still works
    assert "✓ Right" in view.panel.feedback.value
    assert foreign.read_text(encoding="utf-8") == "not a database"


def test_an_answer_that_cannot_be_saved_is_said_in_the_widget(store: AnswerStore) -> None:
    view = show_question(single(), store=store, seed=None)
    store.close()
    choose(view, 0)
    view.panel.check.click()
    assert "✓ Right" in view.panel.feedback.value
    assert "could not be saved" in view.message.value
    assert "lessonkit-error" in view.message.value


def test_the_default_store_is_the_results_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "default.sqlite"
    monkeypatch.setenv("LESSONKIT_RESULTS", str(path))
    view = show_question(single(), seed=None)
    choose(view, 0)
    view.panel.check.click()
    assert str(path) in view.store_note.value
    assert [a.answer for a in AnswerStore(path).answers()] == ["ruiz"]


def test_bad_arguments_are_refused_with_a_message() -> None:
    with pytest.raises(TypeError, match="'quiz' must be a Quiz"):
        show_quiz("quiz.yaml")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'question' must be a Question"):
        show_question(quiz_of(single()))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'mode' must be one of"):
        show_quiz(quiz_of(single()), mode="exam")
    with pytest.raises(ValueError, match="'refresh' must be"):
        teacher_view(quiz_of(single()), refresh=-1)


# --- the teacher's view -------------------------------------------------------------------


def test_the_tally_counts_each_choice_and_reveals_the_right_one_on_demand(
    store: AnswerStore,
) -> None:
    quiz = quiz_of(single())
    for student, answer in (("Ana Ruiz", "ruiz"), ("Ben Ode", "director"), ("Cy Lee", "ruiz")):
        store.record(quiz.id, "who", answer, answer == "ruiz", student=student)
    view = teacher_view(quiz, store=store, refresh=0)
    assert "3 answers" in view.detail.value
    assert "2 (67%)" in view.detail.value and "1 (33%)" in view.detail.value
    assert "right answer" not in view.detail.value
    view.reveal.value = True
    assert "✓ right answer" in view.detail.value
    assert "2 fully right (67%)" in view.detail.value
    assert "Ana" not in view.students.value and "Ruiz" not in view.students.value
    assert "3 students" in view.status.value


def test_the_tally_reads_only_new_answers_and_adds_them(store: AnswerStore) -> None:
    quiz = quiz_of(single())
    store.record(quiz.id, "who", "ruiz", True, student="Ana")
    view = teacher_view(quiz, store=store, refresh=0)
    first = view.tally.last_id
    store.record(quiz.id, "who", "nobody", False, student="Ben")
    store.record("another-quiz", "who", "nobody", False, student="Cy")
    view.refresh_now.click()
    assert view.tally.last_id > first
    assert view.tally.answered("who") == 2
    assert "2 answers" in view.detail.value


def test_the_poll_spread_and_reasons_stay_hidden_until_revealed(store: AnswerStore) -> None:
    quiz = quiz_of(poll())
    student = show_question(poll(), store=store, quiz_id=quiz.id, student="Ana", seed=None)
    choose(student, 0)
    student.panel.input.why.value = "She saw it happen."
    student.panel.check.click()
    view = teacher_view(quiz, store=store, refresh=0)
    assert "hidden until you reveal" in view.detail.value
    assert "She saw it happen" not in view.detail.value
    view.reveal.value = True
    assert "1 (100%)" in view.detail.value
    assert "She saw it happen." in view.detail.value


def test_the_teacher_view_steps_through_questions(store: AnswerStore) -> None:
    view = teacher_view(quiz_of(single(), numeric(), mark()), store=store, refresh=0)
    assert "Question 1." in view.question.value and view.previous.disabled
    view.next.click()
    assert "How many days" in view.question.value
    view.picker.value = 2
    assert "Mark the source" in view.question.value and view.next.disabled


def test_the_live_tally_refreshes_in_the_background_pauses_and_stops_when_closed(
    store: AnswerStore,
) -> None:
    quiz = quiz_of(single())
    view = teacher_view(quiz, store=store, refresh=0.05)
    try:
        assert view.running
        store.record(quiz.id, "who", "ruiz", True, student="Ana")
        deadline = time.monotonic() + 10
        while view.tally.total < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert view.tally.total == 1 and "1 answer" in view.detail.value
        view.pause.value = True
        assert "updates paused" in view.status.value
        time.sleep(0.2)  # let a read that had already started finish
        store.record(quiz.id, "who", "director", False, student="Ben")
        time.sleep(0.3)
        assert view.tally.total == 1
        view.pause.value = False
        deadline = time.monotonic() + 10
        while view.tally.total < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert view.tally.total == 2
    finally:
        view.close()
    assert not view.running


def test_a_teacher_view_on_a_store_that_cannot_be_opened_says_so(tmp_path: Path) -> None:
    view = teacher_view(quiz_of(single()), store=tmp_path, refresh=1)
    assert not view.running
    assert "cannot be read" in view.message.value and "lessonkit-error" in view.message.value


# --- the "your own paragraph" round and picking questions ---------------------------------

PARAGRAPH = (
    "“The ferry will run again on Friday,” said Ana Ruiz, the harbour master. "
    "Councillor Tom Hale said the delay had cost the town dearly."
)


def test_a_pasted_paragraph_gets_questions_and_its_answers_are_saved(store: AnswerStore) -> None:
    round_ = show_paragraph_quiz(store=store, limit=4)
    round_.make.click()
    assert "Paste a paragraph" in round_.message.value and round_.quiz is None
    round_.text.value = PARAGRAPH
    round_.make.click()
    assert round_.quiz is not None
    assert "4 questions written" in round_.message.value
    view = round_.quiz
    assert view.quiz.id == "own-paragraph" and len(view.quiz.questions) == 4
    assert len({q.kind for q in view.quiz.questions}) == 4  # one of each kind first
    who = next(i for i, q in enumerate(view.quiz.questions) if q.kind == "who-said")
    view.go(who)
    right = next(i for i, c in enumerate(view.panel.question.choices) if c.correct)
    choose(view, right)
    view.panel.check.click()
    assert "✓ Right" in view.panel.feedback.value
    assert [(a.quiz_id, a.correct) for a in store.answers()] == [("own-paragraph", True)]


def test_a_paragraph_with_nothing_to_ask_about_says_so_in_the_widget(store: AnswerStore) -> None:
    round_ = show_paragraph_quiz("Thanks for reading.", store=store)
    assert round_.quiz is None
    assert "found nothing to ask about" in round_.message.value


def test_picking_questions_takes_each_kind_in_turn_and_keeps_the_order() -> None:
    quiz = quiz_of(single("a"), single("b"), numeric(), mark(), multiple())
    picked = pick_questions(quiz, 3)
    assert [q.id for q in picked.questions] == ["a", "days", "mark"]
    assert picked.id == quiz.id
    assert len(pick_questions(quiz, 99).questions) == 5
    assert len(show_quiz(quiz, store=False, limit=2).quiz.questions) == 2


def test_choices_are_shown_in_a_seeded_mixed_order_so_the_right_one_moves() -> None:
    questions = tuple(single(f"q{i}") for i in range(8))  # the right choice is first in each
    view = show_quiz(quiz_of(*questions), store=False)
    firsts = [q.choices[0].correct for q in view.quiz.questions]
    assert not all(firsts)
    again = show_quiz(quiz_of(*questions), store=False)
    assert [c.id for q in again.quiz.questions for c in q.choices] == [
        c.id for q in view.quiz.questions for c in q.choices
    ]
    assert [q.id for q in view.quiz.questions] == [f"q{i}" for i in range(8)]
    as_written = show_quiz(quiz_of(*questions), store=False, seed=None)
    assert all(q.choices[0].correct for q in as_written.quiz.questions)


def test_leaf_widgets_share_their_layout_and_style_and_a_closed_one_is_made_again(
    store: AnswerStore,
) -> None:
    import ipywidgets

    view = show_question(single(), store=store, seed=None)
    first, second = view.panel.input.choices[:2]
    assert first.layout is second.layout and first.style is second.style
    assert view.panel.feedback.layout is view.score.layout
    assert view.panel.retry.layout is not view.panel.reveal.layout  # these two change
    ipywidgets.Widget.close_all()
    again = show_question(single(), store=store, seed=None)
    layout = again.panel.input.choices[0].layout
    assert layout is not first.layout and layout.comm is not None
