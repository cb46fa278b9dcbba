"""The source registry: schema, lookups by printed name, and refusals."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonkit._resources import data_path
from lessonkit.errors import LessonkitError
from lessonkit.lesson import load_gold
from lessonkit.sides import SIDES
from lessonkit.sources import SOURCE_KINDS, Source, find_source, find_sources, load_sources

REQUIRED_KEYS = {
    "id",
    "name",
    "kind",
    "role",
    "affiliation",
    "side",
    "variants",
    "can_know",
    "independence",
    "sources",
    "note",
}
URL = re.compile(r"https?://[^\s/]+\.[^\s/]+(/\S*)?")


def raw_registry() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_path("sources.json").read_text(encoding="utf-8"))
    return data


RAW_ENTRIES = raw_registry()["entries"]
VARIANTS = [(e["id"], v) for e in RAW_ENTRIES for v in [e["name"], *e["variants"]]]


# --- the shipped registry -------------------------------------------------------------


@pytest.mark.parametrize("entry", RAW_ENTRIES, ids=lambda e: e["id"])
def test_entry_has_every_key_a_valid_side_and_kind(entry: dict[str, Any]) -> None:
    assert set(entry) == REQUIRED_KEYS
    assert entry["side"] in SIDES
    assert entry["kind"] in SOURCE_KINDS
    for key in ("name", "role", "affiliation", "can_know", "independence"):
        assert entry[key].strip(), key
    assert entry["variants"]


@pytest.mark.parametrize("entry", RAW_ENTRIES, ids=lambda e: e["id"])
def test_entry_cites_at_least_one_well_formed_address(entry: dict[str, Any]) -> None:
    assert entry["sources"]
    for url in entry["sources"]:
        assert URL.fullmatch(url), url


def test_ids_are_unique() -> None:
    ids = [e["id"] for e in RAW_ENTRIES]
    assert len(ids) == len(set(ids))


def test_loader_returns_frozen_entries_in_file_order() -> None:
    sources = load_sources()
    assert [s.id for s in sources] == [e["id"] for e in RAW_ENTRIES]
    with pytest.raises(AttributeError):
        sources[0].name = "someone else"  # type: ignore[misc]


def test_every_gold_speaker_is_in_the_registry() -> None:
    ids = {s.id for s in load_sources()}
    assert {a.source_id for a in load_gold().attributions} <= ids


@pytest.mark.parametrize(
    "source_id",
    ["zaluzhnyi", "maliar", "hromov", "syrskyi", "syniehubov", "peskov", "berezovets", "isw"],
)
def test_people_from_the_fact_sheet_beyond_the_article_are_listed(source_id: str) -> None:
    assert source_id in {s.id for s in load_sources()}


def test_chief_of_staff_is_recorded_by_role_only() -> None:
    (entry,) = [s for s in load_sources() if s.id == "chief-of-staff"]
    assert "chief of staff" in entry.name
    assert "not in the fact sheet" in entry.note


@pytest.mark.parametrize(
    ("source_id", "field", "words"),
    [
        ("kuzan", "independence", ("Not neutral", "unconfirmed")),
        ("uscc", "independence", ("not a neutral",)),
        ("popova", "role", ("conflicting",)),
        ("konashenkov", "note", ("conflicts", "lieutenant general", "major general")),
        ("chief-of-staff", "note", ("name is not in the fact sheet",)),
    ],
)
def test_uncertain_facts_are_flagged_as_such(
    source_id: str, field: str, words: tuple[str, ...]
) -> None:
    (entry,) = [s for s in load_sources() if s.id == source_id]
    for word in words:
        assert word in getattr(entry, field)


# --- lookups -----------------------------------------------------------------------


@pytest.mark.parametrize(("source_id", "variant"), VARIANTS)
def test_every_variant_finds_its_entry(source_id: str, variant: str) -> None:
    found = find_source(variant)
    assert found is not None
    assert found.id == source_id


@pytest.mark.parametrize(
    ("name", "source_id"),
    [
        ("Zelensky", "zelenskiy"),
        ("Zelenskyy", "zelenskiy"),
        ("the president, Volodymyr Zelenskiy", "zelenskiy"),
        ("ZELENSKIY", "zelenskiy"),
        ("  Volodymyr   Zelenskyy ", "zelenskiy"),
        ("Зеленський", "zelenskiy"),
        ("Kuzan", "kuzan"),
        ("said Kuzan", "kuzan"),
        ("Mr Kuzan, a military expert", "kuzan"),
        ("Russia's defence ministry", "russian-mod"),  # straight apostrophe
        ("Russia’s defence ministry spokesperson, Igor Konashenkov", "konashenkov"),
        ("Zelenskiy’s chief of staff", "chief-of-staff"),
        ("Zelenskiy's chief of staff", "chief-of-staff"),
        ("The UK’s Ministry of Defence", "uk-mod"),
        ("the British officials", "uk-mod"),
        ("Ukrainian officials said", "ukrainian-officials"),
        ("According to the Ukrainian military", "ukrainian-military"),
        ("A resident of Izium", "izium-resident"),
        ("Institute for the Study of War", "isw"),
    ],
)
def test_printed_names_resolve(name: str, source_id: str) -> None:
    found = find_source(name)
    assert found is not None
    assert found.id == source_id


@pytest.mark.parametrize(
    "name", ["he", "who", "the statement", "officials", "defence ministry", "", "   ", "—"]
)
def test_pronouns_and_generic_words_find_nothing(name: str) -> None:
    assert find_source(name) is None
    assert find_sources(name) == ()


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("Kuzan and Ganchev", ("kuzan", "ganchev")),
        ("Blinken, Zelenskiy", ("blinken", "zelenskiy")),
        ("Russian officials and Ukrainian officials", ("russian-officials", "ukrainian-officials")),
    ],
)
def test_ambiguous_names_are_refused_with_the_candidates(name: str, ids: tuple[str, ...]) -> None:
    assert tuple(s.id for s in find_sources(name)) == ids
    with pytest.raises(LessonkitError) as info:
        find_source(name)
    message = str(info.value)
    assert "more than one source" in message
    for source_id in ids:
        assert repr(source_id) in message


def test_a_longer_match_wins_over_the_names_inside_it() -> None:
    # "Russia’s defence ministry" and "Konashenkov" both sit inside this variant.
    found = find_sources("Russia’s defence ministry spokesperson, Igor Konashenkov, said")
    assert [s.id for s in found] == ["konashenkov"]


def test_gold_mentions_resolve_to_the_gold_source() -> None:
    unresolvable = {"he", "who", "the statement"}
    for a in load_gold().attributions:
        assert a.speaker_mention_text is not None
        found = find_source(a.speaker_mention_text)
        if a.speaker_mention_text in unresolvable:
            assert found is None, a.id
        else:
            assert found is not None and found.id == a.source_id, a.id


def test_lookup_needs_a_string() -> None:
    with pytest.raises(TypeError, match="'name' must be a str"):
        find_source(42)  # type: ignore[arg-type]


def test_lookup_in_a_given_registry() -> None:
    only = [s for s in load_sources() if s.id == "blinken"]
    found = find_source("Blinken", only)
    assert found is not None and found.id == "blinken"
    assert find_source("Kuzan", only) is None


def test_a_given_registry_tuple_is_looked_up_like_a_list() -> None:
    # A tuple registry's index is built once and reused; a second, different tuple must
    # not be answered from the first one's index.
    blinken = tuple(s for s in load_sources() if s.id == "blinken")
    kuzan = tuple(s for s in load_sources() if s.id == "kuzan")
    for _ in range(2):
        assert [s.id for s in find_sources("Blinken", blinken)] == ["blinken"]
        assert find_sources("Blinken", kuzan) == ()
        assert [s.id for s in find_sources("Kuzan", list(kuzan))] == ["kuzan"]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_lookup_never_fails_on_arbitrary_text(name: str) -> None:
    found = find_sources(name)
    registry = load_sources()
    assert all(isinstance(s, Source) and s in registry for s in found)
    if len(found) > 1:
        with pytest.raises(LessonkitError):
            find_source(name)
    else:
        assert find_source(name) == (found[0] if found else None)


# --- validation errors name the file, the entry, the key, expected and found -------------


def write_broken(tmp_path: Path, change: Any) -> Path:
    data = copy.deepcopy(raw_registry())
    change(data)
    path = tmp_path / "sources.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def set_key(index: int, key: str, value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["entries"][index][key] = value

    return change


def drop_key(index: int, key: str) -> Any:
    def change(data: dict[str, Any]) -> None:
        del data["entries"][index][key]

    return change


def share_variant(data: dict[str, Any]) -> None:
    data["entries"][1]["variants"].append("Zelensky")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (set_key(0, "side", "ukraine"), ["entries[0]", "'side' must be one of", "(got 'ukraine')"]),
        (set_key(2, "kind", "people"), ["entries[2]", "'kind' must be one of", "(got 'people')"]),
        (set_key(3, "sources", []), ["entries[3]", "'sources' must not be empty"]),
        (set_key(3, "sources", ["uscc.org.ua"]), ["entries[3]", "sources[0]", "'uscc.org.ua'"]),
        (set_key(4, "id", "Kuzan Centre"), ["entries[4]", "'id' must be", "'Kuzan Centre'"]),
        (set_key(5, "id", "zelenskiy"), ["entries[5]", "'id' must be unique", "entries[0]"]),
        (set_key(6, "variants", "Popova"), ["entries[6]", "'variants' must be a list", "str"]),
        (set_key(7, "role", ""), ["entries[7]", "'role' must not be empty"]),
        (drop_key(8, "can_know"), ["entries[8]", "missing key 'can_know'"]),
        (set_key(9, "rank", "general"), ["entries[9]", "unknown key 'rank'"]),
        (share_variant, ["entries[1]", "'Zelensky'", "'zelenskiy'", "'ganchev'"]),
    ],
)
def test_broken_registry_errors_name_file_entry_and_key(
    tmp_path: Path, change: Any, expected: list[str]
) -> None:
    path = write_broken(tmp_path, change)
    with pytest.raises(LessonkitError) as info:
        load_sources(path)
    message = str(info.value)
    assert message.startswith(str(path))
    for part in expected:
        assert part in message


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "sources.json"
    path.write_text('{"entries": [\n  {"id": "x",}\n]}', encoding="utf-8")
    with pytest.raises(LessonkitError, match=r"sources\.json: line 2 column \d+: not valid JSON"):
        load_sources(path)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LessonkitError, match="no such file"):
        load_sources(tmp_path / "nowhere.json")
