"""The reviewed attribution list: changes, statuses, the saved file, and refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lessonkit.review as review_module
from lessonkit import Article, extract_attributions
from lessonkit.errors import InputError, LessonkitError
from lessonkit.review import (
    STATUSES,
    Review,
    article_sha256,
    load_or_start_review,
    load_review,
    review_path,
    save_review,
    start_review,
)

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "data" / "examples" / "invented-cycle-lane-vote.txt"
ATTRIBUTION_KEYS = {
    "speaker", "speaker_mention", "speaker_type", "cue", "cue_span",
    "kind", "content", "content_span", "rule", "loaded_cue", "confidence",
}  # fmt: skip
SHORT = (
    "The harbour will close for repairs, the port authority said on Monday.\n\n"
    "“We expect to reopen by June,” said Lena Berg, its director. "
    "Fishermen were worried. Jonas Falk, a trawler captain, thinks the work will take longer."
)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    shutil.copy(EXAMPLE, path)
    return path


def test_a_new_review_holds_what_the_engine_found(article_file: Path) -> None:
    article = Article.from_path(article_file)
    review = start_review(article, reviewer="  Ms Ruiz ")
    found = extract_attributions(article)
    assert len(review.items) == len(found) > 5
    assert review.reviewer == "Ms Ruiz"
    assert review.article == "story.txt"
    assert review.article_sha256 == article_sha256(article)
    assert {i.status for i in review.items} == {"unreviewed"}
    assert review.attributions() == []  # nothing is kept before it is checked


def test_each_change_gives_its_status(article_file: Path) -> None:
    article = Article.from_path(article_file)
    review = start_review(article)
    review = review.accept(0).drop(1).fix_speaker(2, "Someone Else").set_side(3, "independent")
    review = review.fix_kind(4, "mixed" if review.items[4].kind != "mixed" else "direct")
    statuses = [i.status for i in review.items[:5]]
    assert statuses == ["accepted", "dropped", "fixed", "accepted", "fixed"]
    assert review.items[2].speaker_mention is None  # the old mention named someone else
    assert review.items[3].side == "independent"
    # Putting the engine's speaker back makes it an accepted item again.
    engine_speaker = review.items[2].engine[0]  # type: ignore[index]
    assert review.fix_speaker(2, engine_speaker).items[2].status == "accepted"
    # A dropped item can be kept after all.
    assert review.accept(1).items[1].status == "accepted"
    counts = review.accept_rest().counts()
    assert counts["unreviewed"] == 0 and sum(counts.values()) == len(review.items)


def test_bad_changes_are_refused_with_the_allowed_values(article_file: Path) -> None:
    review = start_review(Article.from_path(article_file))
    with pytest.raises(LessonkitError, match=r"'kind' must be one of \('direct'"):
        review.fix_kind(0, "quote")
    with pytest.raises(LessonkitError, match=r"'side' must be one of \('ua_gov'"):
        review.set_side(0, "ukraine")
    with pytest.raises(LessonkitError, match="'index' must be between 0 and"):
        review.accept(len(review.items))
    with pytest.raises(LessonkitError, match="found by the engine: drop it instead"):
        review.remove_added(0)


def test_adding_a_missed_attribution() -> None:
    article = Article.from_text(SHORT, name="short.txt")
    review = start_review(article, attributions=[])
    words = "the work will take longer"
    start = SHORT.index(words)
    review = review.add(
        article, (start - 1, start + len(words) + 1), "Jonas Falk", side="eyewitness"
    )
    [item] = review.items
    assert item.content == words  # trimmed of the space and the full stop around it
    assert SHORT[item.content_span[0] : item.content_span[1]] == words
    assert item.status == "added" and item.kind == "indirect" and item.side == "eyewitness"
    assert item.speaker_mention is not None
    assert SHORT[item.speaker_mention[0] : item.speaker_mention[1]] == "Jonas Falk"
    assert item.speaker_type == "named_person"
    quote = "We expect to reopen by June,"
    q = SHORT.index(quote)
    review = review.add(article, (q - 1, q + len(quote) + 1), "Lena Berg")
    assert [i.kind for i in review.items] == ["direct", "indirect"]  # in text order; quoted
    assert review.remove_added(0).items == review.items[1:]
    with pytest.raises(LessonkitError, match="holds no words"):
        review.add(article, (q - 1, q), "Lena Berg")
    other = Article.from_text(SHORT + " More.", name="other.txt")
    with pytest.raises(LessonkitError, match="made for another text"):
        review.add(other, (0, 3), "X")


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(SHORT)), st.integers(0, len(SHORT)), st.text(max_size=12))
def test_adding_any_span_either_refuses_or_keeps_offsets_true(a: int, b: int, speaker: str) -> None:
    article = Article.from_text(SHORT, name="short.txt")
    review = start_review(article, attributions=[])
    try:
        review = review.add(article, (a, b), speaker)
    except LessonkitError:
        return
    [item] = review.items
    start, end = item.content_span
    assert 0 <= start < end <= len(SHORT) and SHORT[start:end] == item.content
    assert item.attribution().content == item.content


def test_saved_file_has_the_attribution_keys_and_reads_back(article_file: Path) -> None:
    article = Article.from_path(article_file)
    review = start_review(article, reviewer="Ms Ruiz").accept(0).drop(1).set_side(2, "eyewitness")
    target = save_review(review, review_path(article_file))
    assert target == article_file.with_name("story.txt.review.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data) == {
        "lessonkit_review", "article", "article_sha256", "reviewer", "reviewed_at",
        "sides", "attributions",
    }  # fmt: skip
    for item in data["attributions"]:
        assert set(item) == ATTRIBUTION_KEYS | {"status", "side", "engine"}
        assert item["status"] in STATUSES
    cli_keys = {k for a in extract_attributions(article) for k in a.to_dict()}
    assert cli_keys == ATTRIBUTION_KEYS
    again = load_review(target, article)
    assert again == review
    assert [p.name for p in article_file.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_kept_attributions_are_attributions_in_text_order(article_file: Path) -> None:
    article = Article.from_path(article_file)
    review = start_review(article).accept_rest().drop(0)
    missing = "People stop here"
    start = article.text.index(missing)
    review = review.add(article, (start, start + len(missing)), "a baker")
    kept = review.attributions()
    assert len(kept) == len(review.items) - 1
    assert [a.content_span for a in kept] == sorted(a.content_span for a in kept)
    for a in kept:
        assert article.text[a.content_span[0] : a.content_span[1]] == a.content
        assert a.confidence == "high"  # the teacher has vouched for it


def test_load_or_start_reloads_and_refuses_another_text(article_file: Path) -> None:
    article = Article.from_path(article_file)
    saved = save_review(start_review(article).drop(0), review_path(article_file))
    assert load_or_start_review(article).items[0].status == "dropped"
    article_file.write_text(article_file.read_text(encoding="utf-8") + "\nA new line.\n")
    edited = Article.from_path(article_file)
    with pytest.raises(InputError, match=r"is a review of another text than story\.txt"):
        load_or_start_review(edited)
    assert json.loads(saved.read_text(encoding="utf-8"))["attributions"][0]["status"] == "dropped"


def test_a_failed_save_leaves_the_old_review(
    article_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = Article.from_path(article_file)
    target = save_review(start_review(article).accept(0), review_path(article_file))
    before = target.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(review_module.os, "replace", broken_replace)
    with pytest.raises(InputError, match="cannot be saved"):
        save_review(start_review(article).drop(0), target)
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert [p.name for p in article_file.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_folder_that_cannot_be_written_is_said_in_words(article_file: Path) -> None:
    review = start_review(Article.from_path(article_file))
    with pytest.raises(InputError, match="put the article in a folder you can write to"):
        save_review(review, article_file / "inside-a-file.review.json")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not valid JSON"),
        ("[1, 2]", "is not a lessonkit review"),
        ('{"lessonkit_review": 99}', "is a review of version 99"),
        ('{"lessonkit_review": 1, "article": "a.txt"}', "'article_sha256' must be a str"),
    ],
)
def test_broken_review_files_are_one_line(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "a.txt.review.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as caught:
        load_review(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("status", "maybe", "'status' must be one of"),
        ("side", "ukraine", "'side' must be one of"),
        ("content_span", [5], "'content_span' must be two offsets"),
        ("kind", "quote", "'kind' must be one of"),
        ("status", "fixed", "'status' is 'fixed', but its speaker and kind say 'accepted'"),
    ],
)
def test_bad_items_name_the_attribution_and_key(
    article_file: Path, key: str, value: object, problem: str
) -> None:
    article = Article.from_path(article_file)
    path = save_review(start_review(article).accept(0), review_path(article_file))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["attributions"][0][key] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="attribution 1: " + problem.replace("(", r"\(")):
        load_review(path, article)


def test_content_that_no_longer_matches_is_refused(article_file: Path) -> None:
    article = Article.from_path(article_file)
    path = save_review(start_review(article), review_path(article_file))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["attributions"][2]["content"] = "words nobody said"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="attribution 3: 'content' does not match"):
        load_review(path, article)


def test_review_is_frozen(article_file: Path) -> None:
    review = start_review(Article.from_path(article_file))
    with pytest.raises(AttributeError):
        review.reviewer = "x"  # type: ignore[misc]
    assert isinstance(review.accept(0), Review) and review.items[0].status == "unreviewed"


def test_the_practice_article_is_copied_once(tmp_path: Path) -> None:
    from lessonkit.review import copy_example_article

    copy = copy_example_article(tmp_path / "mine")
    assert copy.read_bytes() == EXAMPLE.read_bytes()
    assert copy.read_text(encoding="utf-8").startswith("Harbourside council approves")
    copy.write_text("my edited copy", encoding="utf-8")
    assert copy_example_article(tmp_path / "mine").read_text(encoding="utf-8") == "my edited copy"


def test_a_teacher_adds_the_sides_of_their_own_story(article_file: Path) -> None:
    article = Article.from_path(article_file)
    review = start_review(article).add_side("city council").add_side("Cycling campaigners")
    assert list(review.side_labels())[:2] == ["own-city-council", "own-cycling-campaigners"]
    assert review.add_side(" CITY  Council ") == review  # offered already: nothing changes
    review = review.set_side(0, "own-city-council").set_side(1, "own-cycling-campaigners")
    target = save_review(review, review_path(article_file))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["sides"] == {
        "own-city-council": "city council",
        "own-cycling-campaigners": "Cycling campaigners",
    }
    again = load_review(target, article)
    assert again == review and again.items[0].side == "own-city-council"
    with pytest.raises(LessonkitError, match="a side needs a name"):
        review.add_side("   ")
    # A side that the file does not offer is refused, with the file named.
    data["sides"] = {}
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"story.txt.review.json.*'side' must be one of"):
        load_review(target, article)


def test_an_old_review_without_own_sides_still_opens(article_file: Path) -> None:
    article = Article.from_path(article_file)
    review = start_review(article).accept(0)
    target = save_review(review, review_path(article_file))
    data = json.loads(target.read_text(encoding="utf-8"))
    del data["sides"]
    target.write_text(json.dumps(data), encoding="utf-8")
    assert load_review(target, article) == review


def test_a_quiz_asks_about_the_sides_of_the_teachers_own_story(article_file: Path) -> None:
    from lessonkit.review import make_quiz

    article = Article.from_path(article_file)
    review = start_review(article).accept_rest()
    review = review.add_side("city council").add_side("cycling campaigners").add_side("shops")
    named = [i for i, item in enumerate(review.items) if item.speaker_type == "named_person"]
    review = review.set_side(named[0], "own-city-council")
    quiz = make_quiz(review, article)
    [question] = [q for q in quiz.questions if q.kind == "which-side"]
    speaker = review.items[named[0]].speaker
    assert speaker is not None and speaker in question.prompt
    # The story's own sides only: the war's sides would be nonsense choices here.
    assert sorted(c.text for c in question.choices) == [
        "City council", "Cycling campaigners", "Shops",
    ]  # fmt: skip
    assert [c.id for c in question.choices if c.correct] == ["own-city-council"]
    # With one side only there is nothing to choose between, so no question is asked.
    lonely = start_review(article).accept_rest().add_side("city council")
    lonely = lonely.set_side(named[0], "own-city-council")
    assert not [q for q in make_quiz(lonely, article).questions if q.kind == "which-side"]


def test_sides_set_in_the_review_reach_the_quiz(article_file: Path) -> None:
    from lessonkit.review import make_quiz, review_sources
    from lessonkit.sources import load_sources

    article = Article.from_path(article_file)
    review = start_review(article).accept_rest()
    okafor = next(i for i, item in enumerate(review.items) if item.speaker == "Grace Okafor")
    review = review.set_side(okafor, "eyewitness")
    extra = review_sources(review)[len(load_sources()) :]
    assert [(s.name, s.side, s.kind) for s in extra] == [("Grace Okafor", "eyewitness", "person")]
    quiz = make_quiz(review, article)
    [side_question] = [
        q for q in quiz.questions if "Grace Okafor" in q.prompt and q.kind == "which-side"
    ]
    assert [c.id for c in side_question.choices if c.correct] == ["eyewitness"]
    with pytest.raises(LessonkitError, match="made for another text"):
        make_quiz(review, Article.from_text("Something else.", name="other.txt"))
    with pytest.raises(LessonkitError, match="nothing in the review is accepted"):
        make_quiz(start_review(article), article)
