"""Generated questions on invented articles nobody tuned to (``tests/data/unseen_articles/``).

Where the engine found an attribution as the gold has it, the generated question must give
the gold's answer and offer no second right answer; a reporter-voice question must never
come from a sentence the gold attributes.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

import lessonkit
from lessonkit.attribution import Attribution
from lessonkit.quiz import Question, Quiz, generate

FOLDER = Path(__file__).parent / "data" / "unseen_articles"
GOLDS = sorted(FOLDER.glob("*.gold.yaml"))
FORM = {"direct": "direct", "indirect": "paraphrase", "mixed": "partial"}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def words(name: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", name).translate(APOSTROPHES).casefold()
    out = [w.removesuffix("'s") for w in text.replace(",", " ").split()]
    while len(out) > 1 and out[0] in ("the", "a", "an"):
        out = out[1:]
    return tuple(out)


def names_the_speaker(name: str, gold: dict[str, Any]) -> bool:
    """Whether ``name`` names the gold speaker: the name, an accepted other name, the
    surname of a person, or (for a group or an unnamed source) part of the words that
    introduce it."""
    given = words(name)
    for accepted in (gold["speaker"], *gold.get("speaker_alts", ())):
        target = words(accepted)
        if given == target:
            return True
        if gold["speaker_type"] == "named_person" and len(given) == 1 and given == target[-1:]:
            return True
        if gold["speaker_type"] in ("collective", "anonymous") and set(given) <= set(target):
            return True
    return False


def load(gold_path: Path) -> tuple[lessonkit.Article, list[Attribution], Quiz, list[Any]]:
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    article = lessonkit.Article.from_path(FOLDER / gold["article"])
    found = lessonkit.extract_attributions(article)
    spans = []
    for g in gold["attributions"]:
        start = article.text.find(g["content"])
        assert start >= 0, g["content"]
        spans.append((g, (start, start + len(g["content"]))))
    return article, found, generate(article, found, seed=1), [gold, spans]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_found(q: Question, found: list[Attribution], spans: list[Any]) -> dict[str, Any] | None:
    """The gold attribution the engine found for ``q``: most of its content covered."""
    assert q.origin.attribution is not None
    content = found[q.origin.attribution].content_span
    g, span = max(spans, key=lambda item: overlap(item[1], content))
    covered = overlap(span, content)
    return g if covered and covered >= 0.5 * (span[1] - span[0]) else None


def test_the_unseen_articles_are_there() -> None:
    assert len(GOLDS) >= 4


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.name.split(".")[0] for p in GOLDS])
def test_generated_answers_agree_with_the_gold_where_the_engine_found_it(
    gold_path: Path,
) -> None:
    _, found, quiz, (_, spans) = load(gold_path)
    checked = 0
    for q in quiz:
        if q.kind not in ("who-said", "how-sourced", "source-type"):
            continue
        g = gold_found(q, found, spans)
        if g is None:
            continue
        a = found[q.origin.attribution or 0]
        engine_right = names_the_speaker(a.speaker or "", g)
        (answer,) = [c for c in q.choices if c.correct]
        if q.kind == "who-said" and engine_right:
            checked += 1
            assert names_the_speaker(answer.text, g), (q.id, answer.text, g["speaker"])
            for c in q.choices:
                if not c.correct:
                    assert not names_the_speaker(c.text, g), (q.id, c.text, g["speaker"])
        if q.kind == "how-sourced" and a.kind == g["kind"]:
            checked += 1
            assert answer.id == FORM[g["kind"]], (q.id, answer.id, g["kind"])
        if q.kind == "source-type" and engine_right and a.speaker_type == g["speaker_type"]:
            checked += 1
            assert answer.id == g["speaker_type"], (q.id, answer.id, g["speaker_type"])
    assert checked >= 10


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.name.split(".")[0] for p in GOLDS])
def test_reporter_voice_never_comes_from_a_sentence_the_gold_attributes(gold_path: Path) -> None:
    _, _, quiz, (_, spans) = load(gold_path)
    voiced = [q for q in quiz if q.kind == "reporter-voice"]
    assert voiced
    for q in voiced:
        assert q.span is not None
        for g, span in spans:
            assert not overlap(q.span, span), (q.id, g["content"])
