"""Source balance and framing, checked against the lesson article's gold attributions."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lessonkit
from lessonkit import Article, LessonkitError, lesson_article, load_gold
from lessonkit.attribution import Attribution
from lessonkit.compare import (
    framing,
    load_lexicons,
    quoted_words,
    reporter_sentences,
    source_balance,
)
from lessonkit.sources import load_sources

LEXICONS = Path(__file__).parents[1] / "data" / "lexicons"


def _gold_attributions() -> list[Attribution]:
    """The gold attributions as Attribution objects, so the balance can be checked on them."""
    out = []
    for g in load_gold().attributions:
        out.append(
            Attribution(
                speaker=g.speaker,
                speaker_mention=g.speaker_mention,
                speaker_type=g.speaker_type,
                cue=g.cue,
                cue_span=g.cue_span,
                kind=g.kind,
                content=g.content,
                content_span=g.content_span,
                rule="gold",
                loaded_cue=False,
            )
        )
    return out


def _gold_counts() -> tuple[Counter[str], Counter[str]]:
    counts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for g, a in zip(load_gold().attributions, _gold_attributions(), strict=True):
        counts[g.source_id] += 1
        words[g.source_id] += quoted_words(a)
    return counts, words


def test_balance_of_the_lesson_article_agrees_with_the_gold() -> None:
    counts, words = _gold_counts()
    balance = source_balance(lesson_article())
    found = {s.source_id: s for s in balance.speakers}
    assert None not in found, [s.speaker for s in balance.speakers if s.source_id is None]
    assert {k: v.attributions for k, v in found.items()} == dict(counts)
    assert {k: v.quoted_words for k, v in found.items()} == dict(words)


def test_balance_from_gold_attributions_groups_by_registry_source_and_side() -> None:
    counts, _ = _gold_counts()
    sides = {s.id: s.side for s in load_sources()}
    balance = source_balance(lesson_article(), _gold_attributions())
    assert {s.source_id: s.attributions for s in balance.speakers} == dict(counts)
    for s in balance.speakers:
        assert s.side == sides[s.source_id]
    ordered = [s.attributions for s in balance.speakers]
    assert ordered == sorted(ordered, reverse=True)
    by_side: defaultdict[str, int] = defaultdict(int)
    for source_id, n in counts.items():
        by_side[sides[source_id]] += n
    assert {s.side: s.attributions for s in balance.sides} == dict(by_side)


def test_shares_count_every_attribution_and_every_own_voice_sentence_once() -> None:
    gold = load_gold()
    balance = source_balance(lesson_article(), _gold_attributions())
    shares = {s.kind: s.count for s in balance.shares}
    types = Counter(g.speaker_type for g in gold.attributions)
    assert shares["named"] == types["named_person"] + types["named_org"]
    assert shares["collective"] == types["collective"]
    assert shares["anonymous"] == types["anonymous"]
    assert shares["unattributed"] == len(balance.unattributed)
    assert sum(s.share for s in balance.shares) == pytest.approx(1.0)


def test_a_speaker_the_registry_does_not_know_has_side_unknown_never_a_guess() -> None:
    art = Article.from_text("“The bridge is gone,” said Marta Kowalczyk, a baker in the town.")
    [speaker] = source_balance(art).speakers
    assert speaker.source_id is None
    assert speaker.side == "unknown"
    assert speaker.side_label == "side unknown"
    assert speaker.quoted_words == 4


def test_quoted_words_count_whole_quotes_and_quoted_words_inside_reported_speech() -> None:
    gold = {g.id: a for g, a in zip(load_gold().attributions, _gold_attributions(), strict=True)}
    assert quoted_words(gold["a08"]) == 2  # described ... as “increasingly isolated”
    assert quoted_words(gold["a02"]) == 0  # admitted that ... (no quotation)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("The mayor said the plan was ‘a council’s folly’ and would fail.", "a council’s folly"),
        ("The mayor said the plan was “a ‘grand’ folly” and would fail.", "a ‘grand’ folly"),
        ('The mayor said the plan was "a folly" and would fail.', "a folly"),
    ],
)
def test_quoted_words_inside_reported_speech_in_any_quotation_marks(
    sentence: str, quoted: str
) -> None:
    (a,) = [a for a in lessonkit.extract_attributions(sentence) if a.kind != "direct"]
    assert quoted_words(a) == len(quoted.split())


def test_every_loaded_cue_is_found_admitted_for_russias_defence_ministry_among_them() -> None:
    frame = framing(lesson_article())
    lex = load_lexicons()
    loaded = {(c.cue, c.span) for c in frame.loaded_cues}
    for g in load_gold().attributions:
        if g.cue is None:
            continue
        verb = lex.cue_verb(g.cue)
        if verb is not None and verb.framing == "loaded":
            assert (g.cue, g.cue_span) in loaded, g.cue
    admitted = [c for c in frame.loaded_cues if c.cue == "admitted"]
    assert len(admitted) == 1
    assert admitted[0].speaker is not None
    from lessonkit import find_source

    assert find_source(admitted[0].speaker).id == "russian-mod"
    assert "owned up" in admitted[0].note


def test_neutral_cues_are_not_loaded() -> None:
    frame = framing(lesson_article())
    assert {c.cue for c in frame.cues if c.cue.startswith("said")} <= {
        c.cue for c in frame.cues if c.framing == "neutral"
    }


def test_reporter_voice_lists_the_gold_own_voice_sentences_and_no_attributed_sentence() -> None:
    gold = load_gold()
    own = reporter_sentences(lesson_article())
    spans = [s.span for s in own]
    for voice in gold.reporter_voice:
        assert any(s <= voice.span[0] and voice.span[1] <= e for s, e in spans), voice.text
    for a in gold.attributions:
        for s, e in spans:
            assert not (s < a.content_span[1] and a.content_span[0] < e), (a.id, a.content)


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        ("Retaking Izium is perhaps", "hedge"),
        ("The capture of Kupiansk potentially leaves", "hedge"),
        ("Ukraine’s lightning counter-offensive", "evaluative"),
        ("Izium has for centuries been regarded", "opinion without a holder"),
    ],
)
def test_the_reporters_assessments_are_listed_with_their_reason(start: str, kind: str) -> None:
    frame = framing(lesson_article())
    [sentence] = [s for s in frame.reporter_sentences if s.text.startswith(start)]
    assert sentence.assessment
    assert kind in {r.kind for r in sentence.reasons}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The river runs through the old town centre.", "scene-setting"),
        ("The bridge was built in 1904 by a local firm.", "scene-setting"),
        ("The fall of the port is arguably the most important moment of the war.", "assessment"),
        ("The talks have been widely seen as a turning point.", "assessment"),
        ("Prices rose faster than wages last year.", "assessment"),
        ("The deal apparently collapsed overnight.", "assessment"),
        ("Nearly 40% of the homes were destroyed.", "assessment"),
    ],
)
def test_assessment_or_scene_setting_in_invented_sentences(text: str, kind: str) -> None:
    [sentence] = reporter_sentences(Article.from_text(text))
    assert sentence.kind == kind, sentence.why()


def test_a_wire_credit_line_is_not_a_sentence_of_the_report() -> None:
    art = Article.from_text("The road is closed.\n\nReuters and AFP contributed to this report")
    assert [s.text for s in reporter_sentences(art)] == ["The road is closed."]


def test_event_words_name_the_event_and_whose_words_they_are() -> None:
    art = Article.from_text(
        "Troops withdrew from the city. “They fled,” she said. Officials said they had regrouped."
    )
    words = {(w.text, w.category, w.voice, w.event) for w in framing(art).event_words}
    assert words == {
        ("withdrew", "orderly", "reporter", "giving up ground"),
        ("fled", "disorderly", "quoted", "giving up ground"),
        ("regrouped", "euphemism", "reported", "giving up ground"),
    }


def test_event_words_count_only_in_a_paragraph_about_ground_changing_hands() -> None:
    lex = load_lexicons()
    ambiguous = [e for e in lex.events if e.needs_context]
    specific = [e for e in lex.events if not e.needs_context]
    assert ambiguous and specific
    for entry in ambiguous:
        form = entry.forms[0]
        off_topic = Article.from_text(f"Shoppers said the sale {form} the mood on Monday.")
        assert [w.word for w in framing(off_topic, lexicons=lex).event_words] == [], form
        context = lex.event_context[0]
        on_topic = Article.from_text(
            f"Shoppers said the sale {form} the mood on Monday, near the {context}."
        )
        assert entry.word in [w.word for w in framing(on_topic, lexicons=lex).event_words], form
    for entry in specific:
        art = Article.from_text(f"Shoppers said the sale {entry.forms[0]} the mood on Monday.")
        assert [w.word for w in framing(art, lexicons=lex).event_words] == [entry.word]


def test_hedge_lexicon_cites_where_its_words_come_from() -> None:
    lex = load_lexicons()
    hedge_sources = dict(lex.sources)["hedges"]
    assert any("Hyland" in s and "2005" in s and "Metadiscourse" in s for s in hedge_sources)
    origins = {h.origin for h in lex.hedges}
    assert origins == {"hyland-2005", "added"}
    words = {f for h in lex.hedges for f in h.forms}
    assert {"perhaps", "apparently", "potentially", "reportedly", "suggests", "clearly"} <= words
    events = {f for e in lex.events for f in e.forms}
    for word in (
        "liberated",
        "retook",
        "captured",
        "seized",
        "regrouped",
        "pulled back",
        "withdrew",
        "fled",
    ):
        assert word in events
    assert all(e.note for e in lex.events) and all(c.note for c in lex.cues)


def _copy_lexicons(tmp_path: Path) -> Path:
    for f in LEXICONS.glob("*.json"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("file", "change", "message"),
    [
        (
            "cue-verbs.json",
            lambda d: d["entries"][0].update(framing="biased"),
            "entries[0] (lemma 'say'): 'framing' must be one of ('neutral', 'loaded') (got 'biased')",
        ),
        (
            "event-words.json",
            lambda d: d["entries"][1].pop("note"),
            "entries[1] (word 'free'): missing key 'note'",
        ),
        (
            "event-words.json",
            lambda d: d["entries"][1].update(needs_context="no"),
            "entries[1] (word 'free'): 'needs_context' must be true or false (got 'no')",
        ),
        (
            "event-words.json",
            lambda d: d.update(context=["front  line"]),
            "context[0] must be a word or words",
        ),
        (
            "hedges-boosters.json",
            lambda d: d["entries"][0].update(forms=["per  haps"]),
            "entries[0] (word 'perhaps'): forms[0] must be letters",
        ),
        ("hedges-boosters.json", lambda d: d.update(sources=[]), "'sources' must not be empty"),
        (
            "assessment.json",
            lambda d: d["evaluative"][0].update(extra=1),
            "evaluative[0] (word 'extraordinary'): unknown key 'extra'",
        ),
        (
            "cue-verbs.json",
            lambda d: d["entries"][1].update(forms=["said"]),
            "form 'said' must belong to one entry only",
        ),
    ],
)
def test_a_broken_lexicon_names_the_file_the_key_what_was_expected_and_found(
    tmp_path: Path, file: str, change: object, message: str
) -> None:
    folder = _copy_lexicons(tmp_path)
    data = json.loads((folder / file).read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    (folder / file).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LessonkitError) as info:
        load_lexicons(folder)
    assert str(folder / file) in str(info.value)
    assert message in str(info.value)


def test_a_lexicon_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    folder = _copy_lexicons(tmp_path)
    (folder / "event-words.json").write_text('{\n "about": "x",\n oops\n}', encoding="utf-8")
    with pytest.raises(LessonkitError, match=r"event-words.json: line 3 column 2: not valid JSON"):
        load_lexicons(folder)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab “”\".,'\nSaid perhaps fled 12%")), max_size=120))
def test_any_text_gives_spans_inside_the_text(text: str) -> None:
    art = Article.from_text(text)
    frame = framing(art)
    balance = source_balance(art)
    for cue in frame.cues:
        assert art.text[cue.span[0] : cue.span[1]] == cue.cue
    for item in (*frame.event_words, *frame.hedges, *frame.reporter_sentences):
        s, e = item.span
        assert 0 <= s < e <= len(art.text)
        assert art.text[s:e] == item.text
    assert all(s.attributions > 0 for s in balance.speakers)


def test_the_engine_runs_once_per_article_for_balance_framing_and_comparison(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import lessonkit.attribution
    from lessonkit.compare import compare_articles, framing, source_balance
    from lessonkit.compare._framing import found_in

    real = lessonkit.attribution.extract_attributions
    calls: list[str] = []

    def counting(article: Article) -> list[Attribution]:
        calls.append(article.name)
        return real(article)

    monkeypatch.setattr(lessonkit.attribution, "extract_attributions", counting)
    found_in.cache_clear()
    first = Article.from_text("The mayor said the bridge would reopen in May.", "a.txt")
    second = Article.from_text("Officials said the bridge would reopen in June.", "b.txt")
    framing(first)
    framing(first)
    source_balance(first)
    compare_articles([first, second]).quotes()
    assert sorted(calls) == ["a.txt", "b.txt"]
    found_in.cache_clear()
