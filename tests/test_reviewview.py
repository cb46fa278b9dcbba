"""The review widget, driven in Python: every click saves, the next run reloads, bad files say so."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from lessonkit import Article
from lessonkit.review import load_review, review_path
from lessonkit.reviewview import ReviewView, review_widget

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "data" / "examples" / "invented-cycle-lane-vote.txt"


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "story.txt"
    path.parent.mkdir()
    shutil.copy(EXAMPLE, path)
    return path


def saved(path: Path) -> dict[str, Any]:
    return dict(json.loads(review_path(path).read_text(encoding="utf-8")))


def upload(view: ReviewView, name: str, content: bytes) -> None:
    view.upload.value = (
        {
            "name": name,
            "type": "text/plain",
            "size": len(content),
            "content": memoryview(content),
            "last_modified": dt.datetime.now(dt.timezone.utc),
        },
    )


def test_opening_starts_a_saved_review(article_file: Path) -> None:
    view = review_widget(article_file, reviewer="Ms Ruiz")
    assert view.review is not None and len(view.cards) == len(view.review.items) > 5
    assert "Started a new review" in view.message.value
    data = saved(article_file)
    assert data["reviewer"] == "Ms Ruiz" and data["article"] == "story.txt"
    assert {a["status"] for a in data["attributions"]} == {"unreviewed"}
    assert "not checked yet" in view.summary.value


def test_every_control_saves_at_once(article_file: Path) -> None:
    view = review_widget(article_file, reviewer="Ms Ruiz")
    view.cards[0].drop.click()
    assert saved(article_file)["attributions"][0]["status"] == "dropped"
    view.cards[1].accept.click()
    assert saved(article_file)["attributions"][1]["status"] == "accepted"
    assert view.cards[1].accept.description == "✓ Accepted"
    assert "accepted" in view.cards[1].heading.value
    view.cards[2].speaker.value = "Someone Else"
    item = saved(article_file)["attributions"][2]
    assert (item["speaker"], item["status"]) == ("Someone Else", "fixed")
    view.cards[3].kind.value = "mixed" if view.cards[3].kind.value != "mixed" else "direct"
    assert saved(article_file)["attributions"][3]["status"] == "fixed"
    view.cards[4].side.value = "eyewitness"
    item = saved(article_file)["attributions"][4]
    assert (item["side"], item["status"]) == ("eyewitness", "accepted")
    view.cards[0].drop.click()  # "Keep it after all"
    assert saved(article_file)["attributions"][0]["status"] == "accepted"
    view.reviewer.value = "Mr Okafor"
    assert saved(article_file)["reviewer"] == "Mr Okafor"
    view.accept_rest.click()
    assert {a["status"] for a in saved(article_file)["attributions"]} <= {"accepted", "fixed"}
    assert view.accept_rest.disabled


def test_a_side_of_the_teachers_own_story_is_offered_everywhere(article_file: Path) -> None:
    view = review_widget(article_file, reviewer="Ms Ruiz")
    view.add_side.click()
    assert "Type the name of the side first" in view.message.value
    view.new_side.value = "city council"
    view.add_side.click()
    assert "Added the side" in view.message.value and view.new_side.value == ""
    assert saved(article_file)["sides"] == {"own-city-council": "city council"}
    for side in [card.side for card in view.cards] + [view.adder.side]:
        assert ("city council", "own-city-council") in side.options
    view.cards[2].side.value = "own-city-council"
    assert saved(article_file)["attributions"][2]["side"] == "own-city-council"
    view.new_side.value = "City  Council"
    view.add_side.click()
    assert "in the Side lists already" in view.message.value
    view.new_side.value = "x" * 70
    view.add_side.click()
    assert "at most 60 characters" in view.message.value and "already" not in view.message.value
    again = review_widget(article_file)
    assert again.cards[2].side.value == "own-city-council"
    assert ("city council", "own-city-council") in again.adder.side.options


def test_the_next_run_shows_the_saved_review(article_file: Path) -> None:
    first = review_widget(article_file)
    first.cards[0].drop.click()
    first.cards[2].speaker.value = "Someone Else"
    first.cards[2].side.value = "independent"
    again = review_widget(article_file)
    assert "Opened your saved review" in again.message.value
    assert again.review == load_review(review_path(article_file))
    assert "dropped" in again.cards[0].heading.value
    assert again.cards[0].drop.description.startswith("↺")
    assert again.cards[2].speaker.value == "Someone Else"
    assert again.cards[2].side.value == "independent"


def test_adding_a_missed_one_by_selecting_its_words(article_file: Path) -> None:
    view = review_widget(article_file)
    before = len(view.cards)
    labels = [label for label, _ in view.adder.sentence.options]
    view.adder.sentence.value = next(i for i, lab in enumerate(labels) if "rejected" in lab)
    words = view.adder.marker.choices
    assert [w.description for w in words] == ["Natarajan", "rejected", "that."]
    view.adder.add.click()
    assert "Select the words" in view.adder.message.value  # nothing selected yet
    words[0].value = True
    words[1].value = True
    view.adder.speaker.value = "Priya Natarajan"
    view.adder.side.value = "independent"
    view.adder.add.click()
    assert len(view.cards) == before + 1
    added = [a for a in saved(article_file)["attributions"] if a["status"] == "added"]
    assert [(a["content"], a["speaker"], a["side"]) for a in added] == [
        ("Natarajan rejected", "Priya Natarajan", "independent")
    ]
    assert "Added" in view.adder.message.value
    # The same words again are refused; the added one can be taken back.
    view.adder.sentence.value = view.adder.sentence.value
    index = next(i for i, c in enumerate(view.cards) if "You added" in c.found.value)
    view.cards[index].drop.click()
    assert len(view.cards) == before
    assert not [a for a in saved(article_file)["attributions"] if a["status"] == "added"]


def test_the_path_box_and_bad_paths(tmp_path: Path, article_file: Path) -> None:
    view = review_widget(folder=tmp_path)
    assert view.review is None and view.cards == []
    view.open_button.click()
    assert "Type the path" in view.message.value
    for bad, problem in [
        (tmp_path / "nope.txt", "no such file"),
        (tmp_path, "is a folder"),
    ]:
        view.path_box.value = str(bad)
        view.open_button.click()
        assert "lessonkit-error" in view.message.value and problem in view.message.value
        assert "Traceback" not in view.message.value
    view.path_box.value = str(article_file)
    view.open_button.click()
    assert view.review is not None and "Started a new review" in view.message.value


def test_uploads_are_saved_in_the_folder_and_reviewed(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    view = review_widget(folder=folder)
    upload(view, "harbour.md", EXAMPLE.read_bytes())
    assert view.review is not None and len(view.review.items) > 5
    assert (folder / "harbour.md").read_bytes() == EXAMPLE.read_bytes()
    assert review_path(folder / "harbour.md").exists()
    view.cards[0].drop.click()
    # The same upload again opens the saved review.
    again = review_widget(folder=folder)
    upload(again, "harbour.md", EXAMPLE.read_bytes())
    assert again.review is not None and again.review.items[0].status == "dropped"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n", "is not a .txt, .md or .html file"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        ("empty.txt", b"", "file is empty"),
        ("page.html", b"<script>alert(1)</script>", "has no visible article text"),
    ],
)
def test_broken_uploads_get_a_message(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    view = review_widget(folder=tmp_path)
    upload(view, name, content)
    assert view.review is None
    assert "lessonkit-error" in view.message.value and problem in view.message.value
    assert not (tmp_path / name).exists()


def test_an_unrelated_text_says_nothing_was_found(tmp_path: Path) -> None:
    recipe = tmp_path / "recipe.txt"
    recipe.write_text(
        "Pancakes\n\nMix the flour and the milk. Add two eggs. Fry in a hot pan.\n",
        encoding="utf-8",
    )
    view = review_widget(recipe)
    assert view.review is not None and view.review.items == ()
    assert "No attributions found in recipe.txt" in view.message.value


def test_an_upload_never_replaces_a_different_file(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Someone else's file.", encoding="utf-8")
    view = review_widget(folder=tmp_path)
    upload(view, "story.txt", EXAMPLE.read_bytes())
    assert "A different file called story.txt" in view.message.value
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "Someone else's file."


def test_a_review_of_an_edited_article_is_set_aside_on_request(article_file: Path) -> None:
    first = review_widget(article_file)
    first.cards[0].drop.click()
    article_file.write_text(article_file.read_text(encoding="utf-8") + "\nOne more line.\n")
    view = review_widget(article_file)
    assert view.review is None
    assert "is a review of another text" in view.message.value
    assert view.start_over.layout.display == ""
    view.start_over.click()
    assert view.review is not None and view.review.items[0].status == "unreviewed"
    [old] = article_file.parent.glob("story.txt.review.json.*.old")
    assert json.loads(old.read_text(encoding="utf-8"))["attributions"][0]["status"] == "dropped"
    assert "the old one is kept as" in view.message.value


def test_article_text_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "markup.txt"
    path.write_text(
        "<b>Bold</b> claims.\n\n“<img src=x onerror=alert(1)> is here,” said Ana <i>Ruiz</i>.\n",
        encoding="utf-8",
    )
    view = review_widget(path)
    shown = "".join(c.heading.value + c.words.value + c.found.value for c in view.cards)
    shown += view.summary.value + view.message.value
    assert "<img" not in shown and "<i>Ruiz" not in shown and "<b>Bold" not in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown
    view.adder.marker.choices[0].value = True  # "Bold" in the first sentence
    view.adder.speaker.value = "Ana <i>Ruiz</i>"
    view.adder.add.click()
    assert "said by Ana &lt;i&gt;Ruiz&lt;/i&gt;" in view.adder.message.value
    assert "<i>Ruiz" not in "".join(c.found.value + c.heading.value for c in view.cards)


def test_an_article_object_needs_a_review_file(tmp_path: Path) -> None:
    article = Article.from_text("“We won,” the mayor said.")
    view = review_widget(article)
    assert view.review is None and "review_file" in view.message.value
    target = tmp_path / "mayor.review.json"
    view = review_widget(article, review_file=target)
    assert view.review is not None and target.exists()


def test_a_quiz_is_made_from_the_kept_attributions_and_saved(article_file: Path) -> None:
    from lessonkit.quiz import load_bank

    view = review_widget(article_file)
    view.quiz_maker.make.click()
    assert "nothing in the review is accepted" in view.quiz_maker.message.value
    assert not (article_file.parent / "story.txt.quiz.yaml").exists()
    welcomed = next(i for i, c in enumerate(view.cards) if "the decision" in c.words.value)
    view.cards[welcomed].drop.click()  # "welcomed the decision": no words of the club's own
    view.accept_rest.click()
    named = next(i for i, c in enumerate(view.cards) if c.speaker.value == "Grace Okafor")
    view.cards[named].side.value = "independent"
    view.quiz_maker.make.click()
    bank = article_file.parent / "story.txt.quiz.yaml"
    assert bank.exists() and "Saved" in view.quiz_maker.message.value
    assert view.article is not None
    quiz = load_bank(bank, view.article)
    assert quiz.questions and len(quiz.questions) == len(view.quiz_maker.quiz.questions)
    dropped = view.review.items[welcomed].content_span  # type: ignore[union-attr]
    assert all(q.span != dropped for q in quiz.questions)
    sides = [q for q in quiz.questions if q.kind == "which-side"]
    assert any("Grace Okafor" in q.prompt for q in sides)
    assert view.quiz_maker.preview.children  # the quiz to try
    assert "lessonkit-quiz" in view.quiz_maker.preview.children[0]._dom_classes
