"""The lesson article's metadata and its gold attributions."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from lessonkit import lesson_article
from lessonkit._resources import data_path
from lessonkit.errors import LessonkitError
from lessonkit.lesson import (
    ATTRIBUTION_KINDS,
    SPEAKER_TYPES,
    GoldAttribution,
    lesson_metadata,
    load_gold,
)
from lessonkit.sources import load_sources

GOLD_FILE = "guardian-2022-09-10-kharkiv-counteroffensive.json"
META_FILE = "guardian-2022-09-10-kharkiv-counteroffensive.meta.json"
OPENING = '“‘"'
CLOSING = '”’"'
QUOTE_MARKS = '“”"'
TEXT = lesson_article().text


def raw_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_path("gold", GOLD_FILE).read_text(encoding="utf-8"))
    return data


RAW = raw_gold()
ATTRIBUTIONS = RAW["attributions"]
GOLD = load_gold()


def by_content(start: str) -> GoldAttribution:
    (found,) = [a for a in GOLD.attributions if a.content.startswith(start)]
    return found


# --- every stored span holds the stored string (read straight from the JSON) ---------


@pytest.mark.parametrize("item", ATTRIBUTIONS, ids=lambda a: a["id"])
def test_attribution_spans_hold_their_strings(item: dict[str, Any]) -> None:
    s, e = item["content_span"]
    assert TEXT[s:e] == item["content"]
    if item["cue"] is None:
        assert item["cue_span"] is None
    else:
        s, e = item["cue_span"]
        assert TEXT[s:e] == item["cue"]
    s, e = item["speaker_mention"]
    assert TEXT[s:e] == item["speaker_mention_text"]


@pytest.mark.parametrize(
    "item", RAW["reporter_voice"] + RAW["excluded"], ids=lambda r: r["text"][:30]
)
def test_passage_spans_hold_their_text(item: dict[str, Any]) -> None:
    s, e = item["span"]
    assert TEXT[s:e] == item["text"]


def test_article_key_names_the_shipped_article() -> None:
    assert data_path(*RAW["article"].split("/")).read_text(encoding="utf-8") == TEXT


def test_ids_are_unique_and_in_text_order() -> None:
    ids = [a["id"] for a in ATTRIBUTIONS]
    assert len(ids) == len(set(ids))
    starts = [a["content_span"][0] for a in ATTRIBUTIONS]
    assert starts == sorted(starts)


@pytest.mark.parametrize("item", ATTRIBUTIONS, ids=lambda a: a["id"])
def test_enums_are_valid(item: dict[str, Any]) -> None:
    assert item["speaker_type"] in SPEAKER_TYPES
    assert item["kind"] in ATTRIBUTION_KINDS
    assert isinstance(item["borderline"], bool)


def test_every_source_id_is_in_the_registry() -> None:
    ids = {s.id for s in load_sources()}
    for item in ATTRIBUTIONS:
        assert item["source_id"] in ids, item["id"]


# --- conventions ------------------------------------------------------------------


def test_only_the_multi_paragraph_quote_crosses_a_line() -> None:
    crossing = [a for a in GOLD.attributions if "\n" in a.content]
    assert [a.source_id for a in crossing] == ["kuzan"]
    assert "two paragraphs" in crossing[0].note
    for a in GOLD.attributions:
        for span in (a.speaker_mention, a.cue_span):
            if span is not None:
                assert "\n" not in TEXT[span[0] : span[1]], a.id
    for passage in (*GOLD.reporter_voice, *GOLD.excluded):
        assert "\n" not in passage.text


@pytest.mark.parametrize("a", GOLD.attributions, ids=lambda a: a.id)
def test_content_follows_the_stated_convention(a: GoldAttribution) -> None:
    s, e = a.content_span
    assert a.content == a.content.strip()
    if a.kind == "direct":
        # The marks sit just outside the span and are not part of it.
        assert TEXT[s - 1] in OPENING and TEXT[e] in CLOSING
        assert a.content[0] not in OPENING
    elif a.kind == "mixed":
        assert any(mark in a.content for mark in QUOTE_MARKS)
    else:
        assert not any(mark in a.content for mark in QUOTE_MARKS)
        assert not a.content.lower().startswith("that ")


@pytest.mark.parametrize("a", GOLD.attributions, ids=lambda a: a.id)
def test_cue_and_mention_sit_in_the_content_paragraph(a: GoldAttribution) -> None:
    article = lesson_article()
    last = article.paragraph_at(a.content_span[1] - 1)
    assert last is not None
    for span in (a.speaker_mention, a.cue_span):
        if span is not None:
            assert article.paragraph_at(span[0]) == last or a.cue is None


def test_cueless_quotes_continue_the_previous_speaker() -> None:
    attributions = GOLD.attributions
    cueless = [i for i, a in enumerate(attributions) if a.cue is None]
    assert cueless, "the article has continuation quotes with no cue of their own"
    for i in cueless:
        a, before = attributions[i], attributions[i - 1]
        assert a.source_id == before.source_id
        assert a.speaker_mention == before.speaker_mention
        assert a.speaker_mention is not None and a.speaker_mention[1] <= a.content_span[0]
        assert "no cue" in a.note.lower()


def test_pronoun_mentions_are_resolved_to_names() -> None:
    for a in GOLD.attributions:
        if a.speaker_mention_text in ("he", "she", "who", "they"):
            assert a.speaker not in ("he", "she", "who", "they")


def test_borderline_decisions_explain_themselves() -> None:
    borderline = [a for a in GOLD.attributions if a.borderline]
    assert borderline
    for a in borderline:
        assert len(a.note) > 40


def test_reporter_voice_does_not_overlap_any_attribution() -> None:
    for voice in GOLD.reporter_voice:
        vs, ve = voice.span
        for a in GOLD.attributions:
            for span in (a.content_span, a.cue_span, a.speaker_mention):
                if span is not None:
                    assert span[1] <= vs or span[0] >= ve, (voice.text[:30], a.id)


def test_reporter_voice_entries_are_whole_sentences() -> None:
    sentences = {(s.start, s.end) for s in lesson_article().sentences}
    for voice in GOLD.reporter_voice:
        assert voice.span in sentences, voice.text[:40]


def test_every_sentence_is_accounted_for() -> None:
    """Each sentence holds an attribution, is reporter's voice, or is excluded with a reason."""
    covered: list[tuple[int, int]] = [v.span for v in GOLD.reporter_voice]
    covered += [x.span for x in GOLD.excluded]
    for a in GOLD.attributions:
        covered.append(a.content_span)
        covered += [span for span in (a.cue_span, a.speaker_mention) if span is not None]
    for sentence in lesson_article().sentences:
        assert any(s < sentence.end and e > sentence.start for s, e in covered), TEXT[
            sentence.start : sentence.end
        ]


# --- the hard cases, as a specification -----------------------------------------------


@pytest.mark.parametrize(
    ("content_start", "source_id", "kind", "cue", "mention"),
    [
        ("the liberation of the crucial rail hub", "ukrainian-military", "indirect",
         "confirmed", "Ukrainian forces"),
        ("it was pulling back its forces", "russian-mod", "indirect", "admitted",
         "Russia’s defence ministry"),
        ("troops would be moved", "russian-officials", "indirect", "said", "Russian officials"),
        ("The Russian army these days", "zelenskiy", "direct", "said", "he"),
        ("several villages", "ganchev", "indirect", "said on state television",
         "Vitaly Ganchev"),
        ("his administration was trying", "ganchev", "mixed", "said", "Vitaly Ganchev"),
        ("Russian forces as “increasingly isolated”", "uk-mod", "mixed", "described",
         "the British officials"),
        ("the Ukrainian troops had entered", "izium-resident", "indirect", "told the Guardian",
         "A resident of Izium"),
        ("Before that, “Russian occupying forces", "izium-resident", "mixed", None,
         "A resident of Izium"),
        ("We saw Russian troops fleeing", "kuzan", "direct", "said", "Kuzan"),
        ("Kyiv’s forces had advanced 50km", "uk-mod", "indirect", "adding",
         "The UK’s Ministry of Defence"),
        ("With Ukrainian operations also continuing", "uk-mod", "direct", "reads",
         "the statement"),
        ("Retreat is part of the art of war", "kuzan", "direct", "said", "Kuzan"),
        ("This has shown", "kuzan", "direct", None, "Kuzan"),
        ("Moscow was pulling back forces", "konashenkov", "indirect", "said",
         "Russia’s defence ministry spokesperson, Igor Konashenkov"),
        ("they will regroup", "konashenkov", "indirect", "said",
         "Russia’s defence ministry spokesperson, Igor Konashenkov"),
        ("Russia is also sending 1,300", "ukrainian-military", "indirect", "According to",
         "the Ukrainian military"),
        ("Russian forces in Kherson", "western-intelligence", "indirect", "suggests",
         "western intelligence"),
        ("Moscow responded by firing rockets", "local-officials", "indirect", "according to",
         "local officials"),
        ("at least 10 people", "local-officials", "indirect", "said", "who"),
        ("revenge for Ukrainian success", "chief-of-staff", "indirect", "condemned",
         "Zelenskiy’s chief of staff"),
        ("the war was entering", "blinken", "indirect", "said",
         "the US secretary of state, Antony Blinken"),
        ("Ukraine’s western backers", "blinken", "indirect", "urged", "he"),
        ("Russian rocket fire hit", "ukrainian-officials", "indirect", "said",
         "Ukrainian officials"),
    ],
)  # fmt: skip
def test_hard_cases(
    content_start: str, source_id: str, kind: str, cue: str | None, mention: str
) -> None:
    a = by_content(content_start)
    assert (a.source_id, a.kind, a.cue, a.speaker_mention_text) == (
        source_id,
        kind,
        cue,
        mention,
    )


def test_the_multi_paragraph_quote_takes_the_cue_after_its_close() -> None:
    a = by_content("Retreat is part")
    assert a.content.endswith("defences,")
    assert "\n“They were so confident" in a.content
    assert a.cue_span is not None and a.cue_span[0] > a.content_span[1]


def test_partial_quote_in_a_relative_clause_keeps_its_marks() -> None:
    a = by_content("Russian forces as")
    assert a.content.endswith("“increasingly isolated”")


def test_reporters_evaluation_is_reporter_voice() -> None:
    texts = [v.text for v in GOLD.reporter_voice]
    assert any(t.startswith("Retaking Izium is perhaps") for t in texts)
    assert any(t.startswith("Ukraine’s lightning counter-offensive") for t in texts)


def test_credit_line_is_excluded_with_a_reason() -> None:
    (credit,) = [x for x in GOLD.excluded if x.text.startswith("Agence France-Presse")]
    assert "credit" in credit.note.lower()


# --- metadata ---------------------------------------------------------------------


def test_metadata_describes_the_shipped_article() -> None:
    meta = lesson_metadata()
    assert meta.outlet == "The Guardian"
    assert meta.date == datetime.date(2022, 9, 10)
    assert meta.weekday == "Saturday" == meta.date.strftime("%A")
    assert data_path(*meta.file.split("/")).read_text(encoding="utf-8") == TEXT
    assert meta.early_version_url.startswith("https://")
    assert meta.later_version_url.startswith("https://")
    assert meta.early_version_url != meta.later_version_url
    assert meta.licence.strip()


def test_wire_credits_come_from_the_last_line() -> None:
    last_line = TEXT.rstrip("\n").rsplit("\n", 1)[-1]
    credits = lesson_metadata().wire_credits
    assert len(credits) == 3
    for agency in credits:
        assert agency in last_line


def test_shipped_text_is_the_later_version() -> None:
    meta = lesson_metadata()
    assert "Izium" in meta.version_note and "2,000 sq km" in meta.version_note
    assert "Izium" in TEXT and "Izyum" not in TEXT
    assert "2,000 sq km" in TEXT


# --- validation errors name the file, the key, expected and found ----------------------


def write_broken(tmp_path: Path, data: Any, name: str) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def gold_with(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(RAW)
    change(data)
    return data


def at(section: str, index: int, key: str, value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        data[section][index][key] = value

    return change


def without(section: str, index: int, key: str) -> Any:
    def change(data: dict[str, Any]) -> None:
        del data[section][index][key]

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (at("attributions", 0, "kind", "quote"),
         ["attributions[0] (id 'a01')", "'kind' must be one of", "(got 'quote')"]),
        (at("attributions", 1, "speaker_type", "person"),
         ["attributions[1]", "'speaker_type' must be one of", "(got 'person')"]),
        (at("attributions", 2, "content_span", [0, 10]),
         ["attributions[2]", "'content_span' [0, 10] must cover", "(got 'Ukraine’s ')"]),
        (at("attributions", 3, "cue_span", [10, 5]),
         ["attributions[3]", "'cue_span'", "0 <= start < end", "(got [10, 5])"]),
        (at("attributions", 4, "source_id", "nobody"),
         ["attributions[4]", "'source_id'", "(got 'nobody')"]),
        (at("attributions", 5, "id", "a01"),
         ["attributions[5]", "'id' must be unique", "attributions[0]"]),
        (at("attributions", 6, "borderline", "no"),
         ["attributions[6]", "'borderline' must be true or false", "(got 'no')"]),
        (at("attributions", 7, "speaker_mention_text", None),
         ["attributions[7]", "'speaker_mention' and 'speaker_mention_text'"]),
        (at("attributions", 8, "content_span", "1655-1696"),
         ["attributions[8]", "'content_span' must be [start, end]"]),
        (without("attributions", 9, "cue"), ["attributions[9]", "missing key 'cue'"]),
        (at("attributions", 10, "quote", True), ["attributions[10]", "unknown key 'quote'"]),
        (at("reporter_voice", 0, "span", [1, 229]), ["reporter_voice[0]", "'span' [1, 229]"]),
        (at("excluded", 0, "note", ""), ["excluded[0]", "'note' must not be empty"]),
    ],
)  # fmt: skip
def test_broken_gold_errors_name_file_entry_and_key(
    tmp_path: Path, change: Any, expected: list[str]
) -> None:
    path = write_broken(tmp_path, gold_with(change), "gold.json")
    with pytest.raises(LessonkitError) as info:
        load_gold(path)
    message = str(info.value)
    assert message.startswith(str(path))
    for part in expected:
        assert part in message


def test_gold_file_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text('{\n "article": "x",\n "attributions": [,]\n}', encoding="utf-8")
    with pytest.raises(LessonkitError, match=r"gold\.json: line 3 column \d+: not valid JSON"):
        load_gold(path)


def test_gold_naming_a_missing_article_is_refused(tmp_path: Path) -> None:
    path = write_broken(
        tmp_path, gold_with(lambda d: d.update(article="articles/nope.txt")), "g.json"
    )
    with pytest.raises(LessonkitError, match=r"'article' must name an article file.*nope\.txt"):
        load_gold(path)


def test_an_intact_copy_loads_like_the_shipped_file(tmp_path: Path) -> None:
    path = write_broken(tmp_path, RAW, "gold.json")
    assert load_gold(path) == GOLD


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("weekday", "Sunday", "'weekday' must be the day of 2022-09-10, 'Saturday' (got 'Sunday')"),
        ("date", "10/09/2022", "'date' must be a date like '2022-09-10' (got '10/09/2022')"),
        ("wire_credits", [], "'wire_credits' must not be empty"),
        ("early_version_url", "theguardian.com", "early_version_url[0] must be an http"),
        ("file", "articles/missing.txt", "'file' must name a file under data/"),
        ("byline", 7, "'byline' must be a string or null (got 7)"),
    ],
)
def test_broken_metadata_errors_name_file_and_key(
    tmp_path: Path, key: str, value: Any, expected: str
) -> None:
    data = json.loads(data_path("articles", META_FILE).read_text(encoding="utf-8"))
    data[key] = value
    path = write_broken(tmp_path, data, "meta.json")
    with pytest.raises(LessonkitError) as info:
        lesson_metadata(path)
    assert str(info.value).startswith(str(path))
    assert expected in str(info.value)
