"""Question banks: quizzes stored as YAML (or JSON) files under ``data/quizzes/``.

A bank is checked against ``data/quizzes/schema.json`` with :mod:`jsonschema`, then
against its article (every span inside the text, ``span_text`` equal to the text at
``span``), then by the model itself (a single-choice question has exactly one right
choice, ...). Every error is one line naming the file, the question id, the key, what was
expected and what was found.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._jsonschema import import_jsonschema
from .._resources import data_path
from ..article import LESSON_ARTICLE, Article, lesson_article
from ..errors import LessonkitError
from ._model import Choice, Item, Origin, Question, Quiz, Target, Word, sentence_words

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["BANK_VERSION", "bank_dict", "load_bank", "save_bank"]

BANK_VERSION = 1
LESSON_BANK = LESSON_ARTICLE.removesuffix(".txt") + ".yaml"
PathLike = str | os.PathLike[str]


@cache
def _schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_path("quizzes", "schema.json").read_text("utf-8"))
    return data


@cache
def _validator() -> Any:
    return import_jsonschema().Draft202012Validator(_schema())


# Bank texts already parsed and found valid, and what they hold: loading the same file again
# (a re-run cell, a second widget on the same bank) skips parsing and the schema check. The
# data is only read, never changed, so one copy serves every load.
_CHECKED: dict[str, Any] = {}
_CHECKED_MAX = 16


# ---------------------------------------------------------------------------
# Reading


def load_bank(path: PathLike | Traversable | None = None, article: Article | None = None) -> Quiz:
    """Load a question bank and check it against the schema and its article.

    Parameters
    ----------
    path
        A ``.yaml``, ``.yml`` or ``.json`` bank; by default the shipped bank for the
        lesson article.
    article
        The article the spans point into; by default the one the bank names (a file under
        ``data/articles/`` or a path relative to the bank).

    Returns
    -------
    Quiz
        With each question's ``context`` (and, for mark questions, ``words``) read from
        the article.

    Raises
    ------
    LessonkitError
        One line: the file, the question id, the key, what was expected, what was found.

    Examples
    --------
    >>> quiz = load_bank()
    >>> len(quiz) >= 25
    True
    >>> load_bank("no-such-bank.yaml")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: no-such-bank.yaml: no such file (expected a YAML question bank)
    """
    if path is None:
        node: Traversable | Path = data_path("quizzes", LESSON_BANK)
        name = f"data/quizzes/{LESSON_BANK}"
        folder: Path | None = None
    elif isinstance(path, (str, os.PathLike)):
        node = Path(path)
        name = os.fspath(path)
        folder = Path(path).resolve().parent
    else:
        node, name, folder = path, str(path), None
    if not node.is_file():
        raise LessonkitError(f"{name}: no such file (expected a YAML question bank)")
    try:
        raw = node.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LessonkitError(f"{name}: not UTF-8 text ({exc.reason})") from None
    data = _CHECKED.get(raw)
    if data is None:
        data = _parse(raw, name)
        _check(data, name)
        if len(_CHECKED) >= _CHECKED_MAX:
            _CHECKED.clear()
        _CHECKED[raw] = data
    return _build(data, name, article=article, folder=folder)


def _parse(raw: str, name: str) -> Any:
    import yaml

    if name.lower().endswith(".json"):
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise LessonkitError(
                f"{name}: line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"
            ) from None
    # libyaml's loader when PyYAML was built with it (ten times faster), else the pure one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LessonkitError(f"{name}: {where}not valid YAML ({problem})") from None


def bank_from_dict(
    data: Any,
    name: str = "<bank>",
    *,
    article: Article | None = None,
    folder: Path | None = None,
) -> Quiz:
    """Check parsed bank data (as :func:`load_bank` reads it) and build the :class:`Quiz`.

    Examples
    --------
    >>> bank_from_dict({"version": 1, "id": "x", "title": "X", "article": None, "questions": [
    ...     {"id": "q1", "type": "poll", "kind": "trust", "prompt": "Trust it?", "choices": [
    ...         {"id": "y", "text": "Yes", "correct": False, "feedback": "Why so?"},
    ...         {"id": "n", "text": "No", "correct": False, "feedback": "Why not?"}]}]}).title
    'X'
    >>> bank_from_dict({"version": 1, "id": "x", "title": "X", "article": None,
    ...                 "questions": [{"id": "q1", "type": "single", "kind": "x"}]}, "b.yaml")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: b.yaml: question 'q1': key 'prompt': expected a required key, found it missing (and 1 more problem)
    """
    _check(data, name)
    return _build(data, name, article=article, folder=folder)


def _check(data: Any, name: str) -> None:
    """Raise the one-line error for data that is not a mapping or breaks the schema."""
    if not isinstance(data, dict):
        found = "an empty file" if data is None else f"a {_json_type(data)}"
        raise LessonkitError(
            f"{name}: expected a mapping with 'questions' at the top, found {found}"
        )
    errors = sorted(_validator().iter_errors(data), key=lambda e: _sort_key(e.absolute_path))
    if errors:
        more = len(errors) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise LessonkitError(f"{name}: {_describe(errors[0], data)}{tail}")


def _build(data: Any, name: str, *, article: Article | None, folder: Path | None) -> Quiz:
    """The :class:`Quiz` of schema-valid bank data, checked against its article."""
    if article is None:
        article = _find_article(data["article"], name, folder)
    text = article.text if article is not None else None
    questions = []
    for q in data["questions"]:
        where = f"{name}: question {q['id']!r}"
        try:
            questions.append(_question(q, text, where))
        except LessonkitError as exc:
            message = str(exc)
            prefix = f"question {q['id']!r}: "
            raise LessonkitError(f"{where}: {message.removeprefix(prefix)}") from None
    try:
        return Quiz(data["id"], data["title"], data["article"], tuple(questions))
    except LessonkitError as exc:
        raise LessonkitError(f"{name}: {exc}") from None


def _find_article(ref: str | None, name: str, folder: Path | None) -> Article | None:
    if ref is None:
        return None
    if ref == LESSON_ARTICLE:
        return lesson_article()
    shipped = data_path("articles", ref)
    if shipped.is_file():
        return Article.from_bytes(shipped.read_bytes(), name=ref, kind="text")
    candidates = [Path(ref)] if Path(ref).is_absolute() else []
    if folder is not None and not Path(ref).is_absolute():
        candidates.append(folder / ref)
    for candidate in candidates:
        if candidate.is_file():
            return Article.from_path(candidate)
    raise LessonkitError(
        f"{name}: key 'article': expected a file under data/articles/ or next to the bank, "
        f"found {ref!r} (no such file)"
    )


def _question(q: Mapping[str, Any], text: str | None, where: str) -> Question:
    span = _tuple(q.get("span"))
    sentence_span = _tuple(q.get("sentence_span"))
    for key, value in (("span", span), ("sentence_span", sentence_span)):
        if value is not None and text is not None and value[1] > len(text):
            raise LessonkitError(
                f"{where}: key {key!r}: expected offsets inside the article "
                f"(0 to {len(text)}), found {list(value)}"
            )
    if span and sentence_span and not (sentence_span[0] <= span[0] <= span[1] <= sentence_span[1]):
        raise LessonkitError(
            f"{where}: key 'span': expected a span inside sentence_span {list(sentence_span)}, "
            f"found {list(span)}"
        )
    if "span_text" in q:
        if span is None:
            raise LessonkitError(f"{where}: key 'span_text': expected a 'span' too, found none")
        if text is not None and text[span[0] : span[1]] != q["span_text"]:
            raise LessonkitError(
                f"{where}: key 'span_text': expected the article's text at {list(span)} "
                f"({_short(text[span[0] : span[1]])!r}), found {_short(q['span_text'])!r}"
            )
    context = q.get("context", "")
    if sentence_span and text is not None:
        actual = text[sentence_span[0] : sentence_span[1]]
        if context and context != actual:
            raise LessonkitError(
                f"{where}: key 'context': expected the article's text at {list(sentence_span)} "
                f"({_short(actual)!r}), found {_short(context)!r}"
            )
        context = actual
    words: tuple[Word, ...] = ()
    if q["type"] == "mark":
        if not context or sentence_span is None:
            raise LessonkitError(
                f"{where}: key 'context': expected the sentence text (or an 'article'), found none"
            )
        if len(context) != sentence_span[1] - sentence_span[0]:
            raise LessonkitError(
                f"{where}: key 'context': expected {sentence_span[1] - sentence_span[0]} "
                f"characters (the length of sentence_span), found {len(context)}"
            )
        base = sentence_span[0]
        words = tuple(Word(w.text, w.start + base, w.end + base) for w in sentence_words(context))
        for s in q["answer_spans"]:
            if not sentence_span[0] <= s[0] <= s[1] <= sentence_span[1]:
                raise LessonkitError(
                    f"{where}: key 'answer_spans': expected spans inside sentence_span "
                    f"{list(sentence_span)}, found {list(s)}"
                )
    origin = q.get("origin")
    return Question(
        id=q["id"],
        type=q["type"],
        kind=q["kind"],
        prompt=q["prompt"],
        choices=tuple(
            Choice(c["id"], c["text"], c["correct"], c["feedback"]) for c in q.get("choices", ())
        ),
        span=span,
        sentence_span=sentence_span,
        context=context,
        answer=q.get("answer"),
        tolerance=q.get("tolerance", 0.0),
        unit=q.get("unit"),
        items=tuple(
            Item(i["id"], i["text"], i["answer"], i["feedback"], _tuple(i.get("span")))
            for i in q.get("items", ())
        ),
        targets=tuple(Target(t["id"], t["text"]) for t in q.get("targets", ())),
        words=words,
        answer_spans=tuple((s[0], s[1]) for s in q.get("answer_spans", ())),
        explanation=q.get("explanation", ""),
        origin=Origin(origin["generator"], origin.get("attribution"), origin.get("rule"))
        if origin
        else Origin(),
    )


def _tuple(value: Sequence[int] | None) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


# ---------------------------------------------------------------------------
# Schema errors, said in one line


_TYPE_WORDS = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
    "null": "null",
}


def _sort_key(path: Sequence[Any]) -> tuple[tuple[int, str], ...]:
    return tuple((0, f"{p:09d}") if isinstance(p, int) else (1, str(p)) for p in path)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return type(value).__name__


def _key_path(parts: Sequence[Any]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _describe(error: Any, data: Mapping[str, Any]) -> str:
    """Turn a jsonschema error into 'question 'q3': key 'choices[1].correct': expected ..., found ...'."""
    path = list(error.absolute_path)
    where = ""
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        question = data["questions"][path[1]]
        qid = question.get("id") if isinstance(question, dict) else None
        where = f"question {qid!r}: " if isinstance(qid, str) else f"question #{path[1] + 1}: "
        path = path[2:]
    validator, value, instance = error.validator, error.validator_value, error.instance
    if validator == "required":
        missing = [k for k in value if k not in instance]
        key = _key_path([*path, missing[0]] if missing else path)
        return f"{where}key {key!r}: expected a required key, found it missing"
    if validator == "additionalProperties":
        allowed = tuple(error.schema.get("properties", {}))
        extra = [k for k in instance if k not in allowed]
        key = _key_path([*path, extra[0]] if extra else path)
        return f"{where}key {key!r}: expected one of {allowed}, found an unknown key"
    key = _key_path(path) if path else "(top level)"
    found = _found(instance)
    if validator == "type":
        types = value if isinstance(value, list) else [value]
        expected = " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in types)
    elif validator == "enum":
        expected = f"one of {tuple(value)}"
    elif validator == "const":
        expected = f"{value!r}"
    elif validator == "minLength":
        expected = "a non-empty string"
    elif validator == "minItems":
        expected = f"at least {value} entr{'y' if value == 1 else 'ies'}"
        found = f"{len(instance)}"
    elif validator == "maxItems":
        expected = f"at most {value} entries"
        found = f"{len(instance)}"
    elif validator == "minimum":
        expected = f"a number >= {value}"
    elif validator == "pattern":
        expected = (
            "an http:// or https:// address"
            if value.startswith("^https?")
            else "letters, digits, '-', '_' or '.', starting with a letter or digit"
        )
    else:
        expected = error.message
    return f"{where}key {key!r}: expected {expected}, found {found}"


def _found(instance: object) -> str:
    if isinstance(instance, (dict, list)):
        return f"a {_json_type(instance)}"
    return repr(_short(instance)) if isinstance(instance, str) else repr(instance)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------
# Writing


def bank_dict(quiz: Quiz, article: Article | None = None) -> dict[str, Any]:
    """The bank form of ``quiz``: the data :func:`save_bank` writes, valid against the schema.

    With ``article``, each span also gets its ``span_text``.

    Examples
    --------
    >>> data = bank_dict(load_bank())
    >>> data["version"], data["questions"][0]["id"]
    (1, 'who-back')
    >>> bank_dict(None)
    Traceback (most recent call last):
    ...
    TypeError: 'quiz' must be a Quiz (got NoneType)
    """
    if not isinstance(quiz, Quiz):
        raise TypeError(f"'quiz' must be a Quiz (got {type(quiz).__name__})")
    questions = []
    for q in quiz.questions:
        entry: dict[str, Any] = {"id": q.id, "type": q.type, "kind": q.kind, "prompt": q.prompt}
        if q.span is not None:
            entry["span"] = list(q.span)
            if article is not None:
                entry["span_text"] = article.text[q.span[0] : q.span[1]]
        if q.sentence_span is not None:
            entry["sentence_span"] = list(q.sentence_span)
        if q.context:
            entry["context"] = q.context
        if q.choices:
            entry["choices"] = [c.to_dict() for c in q.choices]
        if q.type == "numeric":
            entry["answer"] = q.answer
            entry["tolerance"] = q.tolerance
            entry["unit"] = q.unit or ""
        if q.items:
            entry["items"] = [
                {k: v for k, v in i.to_dict().items() if v is not None} for i in q.items
            ]
            entry["targets"] = [t.to_dict() for t in q.targets]
        if q.answer_spans:
            entry["answer_spans"] = [list(s) for s in q.answer_spans]
        if q.explanation:
            entry["explanation"] = q.explanation
        if not q.origin.hand_written:
            entry["origin"] = q.origin.to_dict()
        questions.append(entry)
    return {
        "version": BANK_VERSION,
        "id": quiz.id,
        "title": quiz.title,
        "article": quiz.article,
        "questions": questions,
    }


def save_bank(quiz: Quiz, path: PathLike, article: Article | None = None) -> Path:
    """Write ``quiz`` as a YAML bank that :func:`load_bank` reads back.

    Parameters
    ----------
    quiz
        The quiz, hand-made or from :func:`~lessonkit.quiz.generate`.
    path
        Where to write (``.yaml``, ``.yml`` or ``.json``).
    article
        The article, to add ``span_text`` beside each span for a reader of the file.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = save_bank(load_bank(), pathlib.Path(folder) / "copy.yaml")
    ...     load_bank(path) == load_bank()
    True
    >>> save_bank("not a quiz", "out.yaml")
    Traceback (most recent call last):
    ...
    TypeError: 'quiz' must be a Quiz (got str)
    """
    import yaml

    if not isinstance(quiz, Quiz):
        raise TypeError(f"'quiz' must be a Quiz (got {type(quiz).__name__})")
    data = bank_dict(quiz, article)
    errors = sorted(_validator().iter_errors(data), key=lambda e: _sort_key(e.absolute_path))
    target = Path(path)
    if errors:
        raise LessonkitError(f"{target}: cannot save: {_describe(errors[0], data)}")
    if target.suffix.lower() == ".json":
        body = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        body = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    target.write_text(body, encoding="utf-8")
    return target
