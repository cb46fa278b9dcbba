"""Question banks: the shipped bank's coverage, its answer key against the gold, and errors."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from _feedback import names_the_answer

import lessonkit
from lessonkit.claims import check_numbers
from lessonkit.errors import LessonkitError
from lessonkit.lesson import GoldAttribution
from lessonkit.quiz import QUESTION_TYPES, Question, load_bank, save_bank
from lessonkit.sides import SIDES
from lessonkit.sources import find_sources, load_sources

ROOT = Path(__file__).parents[1]
BANK = ROOT / "data" / "quizzes" / "guardian-2022-09-10-kharkiv-counteroffensive.yaml"
SCHEMA = ROOT / "data" / "quizzes" / "schema.json"

QUIZ = load_bank()
RAW = yaml.load(BANK.read_text("utf-8"), Loader=yaml.CSafeLoader)
ARTICLE = lessonkit.lesson_article()
GOLD = lessonkit.load_gold()
REGISTRY = {s.id: s for s in load_sources()}
# The quoting forms and source types as the quiz names them, keyed by the gold's words.
FORM = {"direct": "direct", "indirect": "paraphrase", "mixed": "partial"}
NAMED = ("named_person", "named_org")


def right(q: Question) -> list[str]:
    return [c.id for c in q.choices if c.correct]


def gold_at(span: tuple[int, int] | None) -> GoldAttribution:
    """The gold attribution whose content is exactly ``span``."""
    found = [g for g in GOLD.attributions if g.content_span == span]
    assert len(found) == 1, f"no gold attribution has content span {span}"
    return found[0]


def gold_by_mention(span: tuple[int, int] | None) -> list[GoldAttribution]:
    found = [g for g in GOLD.attributions if g.speaker_mention == span]
    assert found, f"no gold attribution has speaker mention {span}"
    return found


def resolves_to(name: str) -> set[str]:
    return {s.id for s in find_sources(name)}


# ---------------------------------------------------------------------------
# Coverage


def test_bank_has_25_questions_covering_every_type() -> None:
    assert len(QUIZ) >= 25
    assert {q.type for q in QUIZ} == set(QUESTION_TYPES)
    assert {q.kind for q in QUIZ if q.type == "mark"} == {"mark-source", "mark-cue", "mark-content"}
    assert any(
        "How far do you trust this source, and why?" in q.prompt for q in QUIZ if q.type == "poll"
    )
    assert any(q.unit and q.tolerance > 0 for q in QUIZ if q.type == "numeric")
    categories = {t.id for q in QUIZ if q.type == "sort" for t in q.targets}
    assert categories >= {
        "direct",
        "paraphrase",
        "partial",
        "anonymous",
        "collective",
        "unattributed",
    }


def test_every_question_points_at_its_span_and_every_choice_says_why() -> None:
    for q in QUIZ:
        assert q.span is not None and q.sentence_span is not None, q.id
        assert q.context == ARTICLE.text[q.sentence_span[0] : q.sentence_span[1]]
        assert q.origin.hand_written
        for c in q.choices:
            assert len(c.feedback.split()) >= 3, (q.id, c.id)
        for item in q.items:
            assert item.span is not None and ARTICLE.span_text(item.span) == item.text
            assert item.feedback


@pytest.mark.parametrize(
    ("answer", "feedback", "named"),
    [
        ("Local officials", "The sentence says “local officials”.", True),
        ("The UK Ministry of Defence", "It is the UK ministry-of-defence’s.", True),
        ("Partial quote: a paraphrase with a few quoted words", "This is a partial quote.", True),
        ("That the claim is true: it is settled", "No: “it is settled”, says the verb.", True),
        ("A group, not named one by one", "No: the source is a group.", False),
        ("Local officials", "No: officials elsewhere say so.", False),
        ("Paraphrase: the reporter’s words, no quotation marks", "No: no quotation marks.", True),
        ("“admitted”. Suggests a concession", "No. Read “admitted” again.", True),
        ("An", "An official said so.", False),
    ],
)
def test_names_the_answer_ignores_case_quotes_and_short_words(
    answer: str, feedback: str, named: bool
) -> None:
    assert names_the_answer(answer, feedback) is named


def test_no_wrong_choices_feedback_names_a_right_choice() -> None:
    """A wrong try shows the picked choice's feedback, and the student may try again."""
    telling = [
        (q.id, c.id, answer)
        for q in QUIZ
        for answer in [c.text for c in q.choices if c.correct]
        for c in q.choices
        if not c.correct and names_the_answer(answer, c.feedback)
    ]
    assert telling == []


def test_the_bank_is_valid_against_the_schema_file() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(RAW, schema)


# ---------------------------------------------------------------------------
# The answer key, checked against the gold attributions


def by_kind(kind: str, qtype: str = "single") -> list[Question]:
    found = [q for q in QUIZ if q.kind == kind and q.type == qtype]
    assert found, f"the bank has no {qtype} {kind} question"
    return found


def test_who_said_answers_name_the_gold_speaker_and_no_distractor_does() -> None:
    for q in by_kind("who-said"):
        gold = gold_at(q.span)
        (answer,) = [c for c in q.choices if c.correct]
        assert gold.source_id in resolves_to(answer.text), q.id
        for c in q.choices:
            if not c.correct:
                assert gold.source_id not in resolves_to(c.text), (q.id, c.id)


def test_how_sourced_answers_follow_the_gold_kind() -> None:
    for q in by_kind("how-sourced"):
        assert right(q) == [FORM[gold_at(q.span).kind]], q.id


def test_source_type_answers_follow_the_gold_speaker_type() -> None:
    for q in by_kind("source-type"):
        types = {g.speaker_type for g in gold_by_mention(q.span)}
        assert right(q) == sorted(types), q.id
    for q in by_kind("source-type", "multiple"):
        for c in q.choices:
            types = {g.speaker_type for g in GOLD.attributions if g.source_id == c.id}
            assert types, (q.id, c.id)
            assert c.correct == all(t not in NAMED for t in types), (q.id, c.id)


def test_which_side_answers_follow_the_registry() -> None:
    for q in by_kind("which-side"):
        (gold, *_) = gold_by_mention(q.span)
        assert right(q) == [REGISTRY[gold.source_id].side]
        assert all(c.id in SIDES for c in q.choices)
    for q in by_kind("which-side", "multiple"):
        sides = {REGISTRY[c.id].side for c in q.choices if c.correct}
        assert len(sides) == 1, q.id
        assert all(REGISTRY[c.id].side not in sides for c in q.choices if not c.correct)


def test_which_verb_questions_point_at_a_gold_cue() -> None:
    cues = {g.cue_span for g in GOLD.attributions}
    for q in by_kind("which-verb"):
        assert q.span in cues, q.id
        assert len(right(q)) == 1


def test_reporter_voice_answers_are_sentences_the_gold_leaves_unattributed() -> None:
    voice = {rv.span for rv in GOLD.reporter_voice}
    voice_text = {rv.text for rv in GOLD.reporter_voice}
    contents = [g.content_span for g in GOLD.attributions]
    for q in by_kind("reporter-voice"):
        assert q.span in voice, q.id
        assert not any(s < q.span[1] and q.span[0] < e for s, e in contents)
        assert right(q) == ["reporter"]
    for q in by_kind("reporter-voice", "multiple"):
        for c in q.choices:
            if c.correct:
                assert c.text in voice_text, (q.id, c.id)
            else:
                start = ARTICLE.text.index(c.text)
                assert any(start <= s and e <= start + len(c.text) for s, e in contents)


def test_match_answers_follow_the_gold_speakers() -> None:
    for q in (q for q in QUIZ if q.type == "match"):
        for target in q.targets:
            assert target.id in resolves_to(target.text), (q.id, target.id)
        for item in q.items:
            assert item.answer == gold_at(item.span).source_id, (q.id, item.id)


def category(span: tuple[int, int] | None) -> str:
    if span in {rv.span for rv in GOLD.reporter_voice}:
        return "unattributed"
    gold = gold_at(span)
    if gold.speaker_type in ("anonymous", "collective"):
        return gold.speaker_type
    return FORM[gold.kind]


def test_sort_answers_follow_the_gold() -> None:
    for q in (q for q in QUIZ if q.type == "sort"):
        for item in q.items:
            assert item.answer == category(item.span), (q.id, item.id)


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("mark-source", "speaker_mention"),
        ("mark-cue", "cue_span"),
        ("mark-content", "content_span"),
    ],
)
def test_mark_answers_are_every_gold_span_in_the_sentence(kind: str, field: str) -> None:
    for q in by_kind(kind, "mark"):
        assert q.sentence_span is not None
        start, end = q.sentence_span
        inside = {
            getattr(g, field)
            for g in GOLD.attributions
            if start <= g.content_span[0] < end and getattr(g, field) is not None
        }
        inside = {s for s in inside if start <= s[0] and s[1] <= end}
        assert set(q.answer_spans) == inside, q.id
        assert q.span == q.sentence_span  # the view highlights the sentence, not the answer


def test_numeric_answers_are_figures_in_the_span_or_their_conversion() -> None:
    report = check_numbers(ARTICLE)
    for q in (q for q in QUIZ if q.type == "numeric"):
        assert q.span is not None and q.answer is not None
        figures = [f.value for f in report.figures if q.span[0] <= f.start and f.end <= q.span[1]]
        conversions = [
            c.expected for c in report.conversions if q.span[0] <= c.start and c.end <= q.span[1]
        ]
        assert any(abs(v - q.answer) <= q.tolerance for v in figures) or any(
            abs(v - q.answer) <= q.tolerance for v in conversions
        ), q.id


def test_polls_point_at_a_gold_source() -> None:
    mentions = {g.speaker_mention for g in GOLD.attributions}
    for q in (q for q in QUIZ if q.type == "poll"):
        assert q.span in mentions, q.id
        assert not any(c.correct for c in q.choices)


# ---------------------------------------------------------------------------
# Saving and loading


def test_save_then_load_gives_the_same_quiz(tmp_path: Path) -> None:
    for suffix in (".yaml", ".json"):
        path = save_bank(QUIZ, tmp_path / f"copy{suffix}", article=ARTICLE)
        assert load_bank(path) == QUIZ


def test_a_bank_without_an_article_uses_its_contexts(tmp_path: Path) -> None:
    path = save_bank(QUIZ, tmp_path / "standalone.yaml")
    data = yaml.safe_load(path.read_text("utf-8"))
    data["article"] = None
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    loaded = load_bank(path)
    assert loaded.question("mark-ganchev").right_words == QUIZ.question("mark-ganchev").right_words


# ---------------------------------------------------------------------------
# Bad banks: one line naming the file, the question, the key, expected and found

Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        node = data
        for p in path[:-1]:
            node = node[p]
        node[path[-1]] = value

    return change


def _drop(path: list[Any]) -> Mutation:
    def change(data: dict[str, Any]) -> None:
        node = data
        for p in path[:-1]:
            node = node[p]
        del node[path[-1]]

    return change


FIRST = RAW["questions"][0]["id"]
BAD: dict[str, tuple[Mutation, list[str]]] = {
    "boolean": (
        _set(["questions", 0, "choices", 1, "correct"], "yes"),
        [
            f"question {FIRST!r}",
            "key 'choices[1].correct'",
            "expected true or false",
            "found 'yes'",
        ],
    ),
    "missing": (
        _drop(["questions", 0, "prompt"]),
        [f"question {FIRST!r}", "key 'prompt'", "expected a required key", "found it missing"],
    ),
    "unknown-key": (
        _set(["questions", 0, "promt"], "typo"),
        [f"question {FIRST!r}", "key 'promt'", "expected one of", "found an unknown key"],
    ),
    "type": (
        _set(["questions", 0, "type"], "essay"),
        [f"question {FIRST!r}", "key 'type'", "expected one of ('single'", "found 'essay'"],
    ),
    "no-feedback": (
        _set(["questions", 0, "choices", 0, "feedback"], ""),
        [f"question {FIRST!r}", "key 'choices[0].feedback'", "expected a non-empty string"],
    ),
    "span-text": (
        _set(["questions", 0, "span_text"], "words that are not there"),
        [f"question {FIRST!r}", "key 'span_text'", "expected the article's text", "found 'words"],
    ),
    "span-range": (
        _set(["questions", 0, "span"], [1, 999999]),
        [f"question {FIRST!r}", "key 'span'", "expected offsets inside the article", "999999"],
    ),
    "two-right": (
        _set(["questions", 0, "choices", 1, "correct"], True),
        [f"question {FIRST!r}", "exactly 1 correct", "got 4 choices, 2 correct"],
    ),
    "duplicate-id": (
        _set(["questions", 1, "id"], FIRST),
        ["'questions' ids must be unique", f"got {FIRST!r} twice"],
    ),
    "version": (
        _set(["version"], 2),
        ["key 'version'", "expected 1", "found 2"],
    ),
    "no-id": (
        _drop(["questions", 2, "id"]),
        ["question #3", "key 'id'", "found it missing"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_bank_errors_say_where_what_and_found(tmp_path: Path, case: str) -> None:
    change, parts = BAD[case]
    data = copy.deepcopy(RAW)
    change(data)
    path = tmp_path / f"{case}.yaml"
    path.write_text(yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True), "utf-8")
    with pytest.raises(LessonkitError) as info:
        load_bank(path, article=ARTICLE)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    for part in parts:
        assert part in message, message


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "expected a mapping with 'questions' at the top, found an empty file"),
        ("- 1\n- 2\n", "found a list"),
        ("questions: [\n", "not valid YAML"),
        (b"\xff\xfe\x00", "not UTF-8 text"),
    ],
)
def test_unreadable_banks_get_one_line(tmp_path: Path, content: str | bytes, problem: str) -> None:
    path = tmp_path / "bank.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    with pytest.raises(LessonkitError, match="^" + str(path).replace("\\", "\\\\") + ": ") as info:
        load_bank(path)
    assert problem in str(info.value)


def test_an_article_that_cannot_be_found_is_named(tmp_path: Path) -> None:
    data = copy.deepcopy(RAW)
    data["article"] = "gone.txt"
    path = tmp_path / "bank.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    with pytest.raises(LessonkitError, match=r"key 'article'.*found 'gone\.txt'"):
        load_bank(path)


# ---------------------------------------------------------------------------
# Loading the same bank again


def test_a_bank_loaded_again_is_parsed_and_checked_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lessonkit.quiz import _bank

    data = copy.deepcopy(RAW)
    data["title"] = "A bank no other test writes"
    path = tmp_path / "again.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    checks: list[str] = []
    real_check = _bank._check
    monkeypatch.setattr(
        _bank, "_check", lambda data, name: checks.append(name) or real_check(data, name)
    )
    first = load_bank(path)
    second = load_bank(path)
    assert first == second
    assert first.title == "A bank no other test writes"
    assert checks == [str(path)]


def test_a_bank_changed_on_disk_is_checked_again(tmp_path: Path) -> None:
    path = save_bank(QUIZ, tmp_path / "edited.yaml", article=ARTICLE)
    assert load_bank(path) == QUIZ
    data = copy.deepcopy(RAW)
    data["title"] = "Edited title"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    assert load_bank(path).title == "Edited title"
    data["questions"][0]["prompt"] = 7
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    for _ in range(2):  # an error is raised on every load, never remembered as valid
        with pytest.raises(LessonkitError, match="key 'prompt'"):
            load_bank(path)
