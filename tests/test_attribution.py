"""Tests for lessonkit.attribution: single behaviours, properties, and the lesson article."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessonkit import Article, lesson_article
from lessonkit._resources import data_path
from lessonkit.attribution import Attribution, extract_attributions


def _find(attributions: list[Attribution], content: str) -> Attribution:
    for a in attributions:
        if a.content == content:
            return a
    got = [a.content for a in attributions]
    raise AssertionError(f"no attribution with content {content!r}; got {got!r}")


def test_participle_cue_points_at_the_main_clause_subject() -> None:
    text = "Although she thanked the crew, she struck a sour note, saying the run was “too slow.”"
    a = _find(extract_attributions(text), "the run was “too slow.”")
    assert a.rule == "participle-cue"
    assert a.speaker_mention is not None
    assert a.speaker_mention[0] == text.index("she struck")


def test_possessive_claim_that_is_still_a_cue() -> None:
    text = "Ana Ruiz’s claim that the bridge was unsafe was checked by engineers."
    [a] = extract_attributions(text)
    assert a.cue == "claim"
    assert a.content.startswith("the bridge was unsafe")


def test_main_clause_after_relative_clause_points_at_the_antecedent() -> None:
    text = "Ruiz, who has told aides she will run, said in a statement: “The race is open.”"
    a = _find(extract_attributions(text), "The race is open.")
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == "Ruiz"


@pytest.mark.parametrize(
    ("text", "loaded"),
    [
        ("The minister admitted that the figures were wrong.", True),
        ("The minister conceded that the figures were wrong.", True),
        ("The minister insisted that the figures were right.", True),
        ("The minister boasted that the figures were the best ever.", True),
        ("The minister said that the figures were wrong.", False),
        ("The minister explained that the figures were late.", False),
    ],
)
def test_loaded_cues_are_flagged(text: str, loaded: bool) -> None:
    [a] = extract_attributions(text)
    assert a.loaded_cue is loaded


def _lexicon_entries() -> list[dict[str, object]]:
    import json

    from lessonkit._resources import data_path

    raw = data_path("lexicons", "cue-verbs.json").read_text(encoding="utf-8")
    return list(json.loads(raw)["entries"])


@pytest.mark.parametrize(
    "entry",
    [
        e
        for e in _lexicon_entries()
        if e["lemma"] in ("note", "confirm", "assert", "maintain", "say")
    ],
    ids=lambda e: str(e["lemma"]),
)
def test_loaded_cue_follows_the_lessons_cue_verb_list(entry: dict[str, object]) -> None:
    # The framing lessons' word list (data/lexicons/cue-verbs.json) decides what is loaded.
    forms = entry["forms"]
    assert isinstance(forms, list)
    [a] = extract_attributions(f"The minister {forms[2]} that the figures were wrong.")
    assert a.loaded_cue is (entry["framing"] == "loaded")


@pytest.mark.parametrize(
    "text",
    [
        "The river rose two metres overnight.",
        "Thousands of people left the city before the bridge was destroyed.",
        "The storm destroyed “almost everything” in its path.",
        "Rescue teams worked through the night; by morning the road was open again.",
        "Her report on the floods won a prize last year.",
    ],
)
def test_reporters_voice_gives_nothing(text: str) -> None:
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Prices rose sharply,” the minister said.", "Prices rose sharply,"),
        ("The mayor said: “We will rebuild the bridge.", "We will rebuild the bridge."),
    ],
    ids=["closing-mark-without-opener", "opening-mark-never-closed"],
)
def test_unbalanced_quotes_recover_with_a_flag(text: str, content: str) -> None:
    a = _find(extract_attributions(text), content)
    assert "unbalanced-quote" in a.flags
    assert a.kind == "direct"


def test_stray_marks_never_raise() -> None:
    text = '”“ ‘ ’ " said " “ said, said: ” ” ”\n\n“ ‘\n“'
    for a in extract_attributions(text):
        assert text[a.content_span[0] : a.content_span[1]] == a.content


def test_accepts_article_and_str_alike() -> None:
    text = "Officials said the road would reopen.\r\nIt did not."
    from_str = extract_attributions(text)
    from_article = extract_attributions(Article.from_text(text))
    assert from_str == from_article
    assert from_str[0].content == "the road would reopen"


def test_rejects_other_types() -> None:
    with pytest.raises(TypeError, match="'text_or_article' must be a str or an Article"):
        extract_attributions(b"Officials said so.")  # type: ignore[arg-type]


def test_to_dict_has_exactly_the_public_keys_and_is_json() -> None:
    [a] = extract_attributions("“It is over,” said Lena Fischer.")
    d = a.to_dict()
    assert list(d) == [
        "speaker", "speaker_mention", "speaker_type", "cue", "cue_span", "kind", "content",
        "content_span", "rule", "loaded_cue", "confidence",
    ]  # fmt: skip
    assert json.loads(json.dumps(d)) == d
    assert d["content_span"] == list(a.content_span)
    assert isinstance(d["speaker_mention"], list)
    assert d["confidence"] == "high"


def test_confidence_must_be_high_or_low() -> None:
    [a] = extract_attributions("“It is over,” said Lena Fischer.")
    with pytest.raises(ValueError, match="'confidence' must be one of"):
        dataclasses.replace(a, confidence="maybe")


def test_attribution_refuses_unknown_kind() -> None:
    with pytest.raises(ValueError, match="'kind' must be one of"):
        Attribution(None, None, "unknown", None, None, "quote", "x", (0, 1), "r", False)


# Text made of words, quotation marks of every kind, punctuation and newlines.
_PIECES = st.sampled_from(
    [
        "said", "says", "told", "according to", "added", "he", "she", "they", "who",
        "Officials", "Ana Silva", "the minister", "that", "The", "as", "and", ",", ".", ":",
        ";", "“", "”", "‘", "’", '"', "'", "''", "\n", "\n\n", " ", "—", "(", ")", "x", "?",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_never_raises_and_spans_hold(text: str) -> None:
    article = Article.from_text(text)
    t = article.text
    for a in extract_attributions(article):
        s, e = a.content_span
        assert 0 <= s < e <= len(t)
        assert t[s:e] == a.content
        if a.cue_span is not None:
            assert t[a.cue_span[0] : a.cue_span[1]] == a.cue
        else:
            assert a.cue is None
        if a.speaker_mention is not None:
            ms, me = a.speaker_mention
            assert 0 <= ms < me <= len(t)
        assert a.kind in ("direct", "indirect", "mixed")


def _gold() -> dict[str, object]:
    path = data_path("gold", "guardian-2022-09-10-kharkiv-counteroffensive.json")
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * overlap / ((a[1] - a[0]) + (b[1] - b[0]))


def _same_speaker(found: Attribution, gold: dict[str, object]) -> bool:
    mention = gold["speaker_mention"]
    got = found.speaker_mention
    if (
        isinstance(mention, list)
        and got is not None
        and min(mention[1], got[1]) > max(mention[0], got[0])
    ):
        return True
    name = str(gold["speaker"]).lower()
    return bool(found.speaker) and str(found.speaker).lower() in name


def test_lesson_article_gold_attributions_found_with_their_speakers() -> None:
    gold = _gold()
    found = extract_attributions(lesson_article())
    missing = []
    golds = gold["attributions"]
    assert isinstance(golds, list)
    for g in golds:
        span = (g["content_span"][0], g["content_span"][1])
        hits = [a for a in found if _dice(a.content_span, span) >= 0.5]
        if not any(_same_speaker(a, g) for a in hits):
            missing.append(g["id"])
    assert missing == []


def test_lesson_article_reporters_voice_gives_nothing() -> None:
    gold = _gold()
    found = extract_attributions(lesson_article())
    voice = gold["reporter_voice"]
    assert isinstance(voice, list)
    for passage in voice:
        s, e = passage["span"]
        inside = [a.content for a in found if a.content_span[0] < e and a.content_span[1] > s]
        assert inside == [], passage["text"]
