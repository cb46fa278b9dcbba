"""Quizzes on attribution: the question model, question banks, generated questions.

No widget code lives here (the widgets are in :mod:`lessonkit.quizview`); everything is
plain data that a notebook, a script or the command line can use.

The model (frozen dataclasses; spans are ``(start, end)`` offsets into ``Article.text``)
------------------------------------------------------------------------------------------
``Choice(id, text, correct=False, feedback="")``
    An option of a single, multiple or poll question; ``feedback`` says why.
``Target(id, text)`` / ``Item(id, text, answer, feedback="", span=None)``
    Match-up: items are quotations, targets speakers. Sort: items are passages, targets
    categories. ``Item.answer`` is the right target id.
``Word(text, start, end)``; ``sentence_words(text, start=0, end=None) -> tuple[Word, ...]``
    The words of a mark-the-words sentence, with offsets.
``Origin(generator="hand-written", attribution=None, rule=None)``
    Which generator rule, attribution index and engine rule made a question.
``Question(id, type, kind, prompt, choices=(), span=None, sentence_span=None, context="",
answer=None, tolerance=0.0, unit=None, items=(), targets=(), words=(), answer_spans=(),
explanation="", origin=Origin())``
    ``type`` is one of :data:`QUESTION_TYPES` (single, multiple, numeric, match, sort,
    mark, poll). ``kind`` is one of :data:`GENERATED_KINDS` or a free word for
    hand-written questions. ``answer_span`` is the first of ``answer_spans``;
    ``right_words`` the word indices to mark; ``gradable`` is False for a poll.
    ``Question.check(answer) -> Result``; ``Question.to_dict()``.
``Answer(question_id, value)``
    ``value``: a choice id (single, poll); choice ids (multiple); a number or numeric
    string (numeric); ``{item id: target id}`` (match, sort); word indices (mark).
``Result(question_id, correct, score, feedback)``
    ``correct`` is True/False (None for a poll); ``score`` from 0 to 1 (None for a poll);
    ``feedback`` the lines to show.

Scoring: single and numeric 1 or 0 (numeric within ``tolerance``, absolute); multiple
(right picked − wrong picked) / right, at least 0; match and sort the share of items placed
right; mark the token-level F1 of marked words against the words in ``answer_spans``
(correct only when equal).

``Quiz(id, title, article, questions)``
    ``quiz.question(id)``; ``quiz.shuffled(seed) -> Quiz`` (questions, choices, match
    targets and sort items in a reproducible order; poll scales keep theirs);
    ``quiz.to_dict()``.
``QuizSession(quiz, mode="practice")``
    The one mutable object. ``mode`` is ``"practice"`` (result at once, tries again
    allowed, the latest counts) or ``"check"`` (one try, results at the end).
    ``answer(question_id, value) -> Result | None``; ``can_answer(id)``; ``finish()``;
    ``result(id)``; ``results()``; ``answers``; ``tries(id)``; ``score``; ``max_score``;
    ``progress`` (answered, total); ``finished``.

Question banks (YAML under ``data/quizzes/``, schema ``data/quizzes/schema.json``)
----------------------------------------------------------------------------------
``load_bank(path=None, article=None) -> Quiz``
    Read and check a bank (by default the lesson article's); errors name the file, the
    question id, the key, what was expected and what was found.
``save_bank(quiz, path, article=None) -> Path``
    Write a quiz (hand-made or generated) as a bank that ``load_bank`` reads back.
``bank_dict(quiz, article=None) -> dict``
    The data ``save_bank`` writes.

Generated questions
-------------------
``generate(article, attributions=None, *, seed=0, kinds=None, sources=None) -> Quiz``
    Questions on any article from the attribution engine's output (who-said, how-sourced,
    source-type, which-side, which-verb, reporter-voice, mark-source, mark-cue), each with
    its :class:`Origin`; low-confidence attributions are left out; the same seed gives
    the same quiz.

Answers kept, and a class's results (SQLite by default, or PostgreSQL)
-----------------------------------------------------------------------
``AnswerStore(path=None, *, read_only=False, session=None)``
    ``path`` defaults to ``default_results_path()``: ``LESSONKIT_RESULTS``, else
    ``./lessonkit-results.sqlite``; a ``postgresql://`` address uses PostgreSQL
    (``pip install 'lessonkit[postgres]'``). ``record(quiz_id, question_id, answer, correct,
    *, student=None, score=None) -> int`` keeps one answer at once; ``answers(quiz_id=None,
    *, since_id=0) -> list[StoredAnswer]``; ``tally(quiz_id, question_id=None, since_id=0)
    -> Tally`` counts answers per question and value (``Tally.merged`` adds a refresh read
    with ``since_id=tally.last_id``); ``close()``, or use it as a context manager.
``read_results(paths) -> ClassSummary``; ``summarize_answers(answers) -> ClassSummary``
    Files merged read-only into ``QuestionSummary`` rows (answered, share right, choices
    with the most chosen wrong answer first, ``DISCRIMINATION_INDEX``).
``pseudonym(name, *, salt=None) -> str``
    A stable stand-in name for showing a class's answers.
"""

from __future__ import annotations

from ._bank import bank_dict, load_bank, save_bank
from ._generate import generate
from ._model import (
    GENERATED_KINDS,
    QUESTION_TYPES,
    Answer,
    AnswerValue,
    Choice,
    Item,
    Origin,
    Question,
    Quiz,
    Result,
    Target,
    Word,
    sentence_words,
)
from ._results import (
    DISCRIMINATION_INDEX,
    ChoiceCount,
    ClassSummary,
    QuestionSummary,
    pseudonym,
    read_results,
    summarize_answers,
)
from ._session import MODES, QuizSession
from ._store import AnswerStore, StoredAnswer, Tally, default_results_path

__all__ = [
    "DISCRIMINATION_INDEX",
    "GENERATED_KINDS",
    "MODES",
    "QUESTION_TYPES",
    "Answer",
    "AnswerStore",
    "AnswerValue",
    "Choice",
    "ChoiceCount",
    "ClassSummary",
    "Item",
    "Origin",
    "Question",
    "QuestionSummary",
    "Quiz",
    "QuizSession",
    "Result",
    "StoredAnswer",
    "Tally",
    "Target",
    "Word",
    "bank_dict",
    "default_results_path",
    "generate",
    "load_bank",
    "pseudonym",
    "read_results",
    "save_bank",
    "sentence_words",
    "summarize_answers",
]
