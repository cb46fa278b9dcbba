"""Generated questions: right on the lesson article (checked against the gold), and on any article."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from _feedback import names_the_answer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lessonkit
from lessonkit.attribution import Attribution
from lessonkit.errors import LessonkitError
from lessonkit.lesson import GoldAttribution
from lessonkit.quiz import GENERATED_KINDS, Question, Quiz, generate
from lessonkit.quiz._sample import sample_article
from lessonkit.sources import Source, find_sources

ARTICLE = lessonkit.lesson_article()
FOUND = lessonkit.extract_attributions(ARTICLE)
GOLD = lessonkit.load_gold()
QUIZ = generate(ARTICLE, FOUND)
FORM = {"direct": "direct", "indirect": "paraphrase", "mixed": "partial"}


def right(q: Question) -> list[str]:
    return [c.id for c in q.choices if c.correct]


def right_text(q: Question) -> str:
    (text,) = [c.text for c in q.choices if c.correct]
    return text


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_for(q: Question) -> GoldAttribution:
    """The gold attribution whose content overlaps the engine's content most."""
    assert q.origin.attribution is not None
    span = FOUND[q.origin.attribution].content_span
    best = max(GOLD.attributions, key=lambda g: overlap(g.content_span, span))
    assert overlap(best.content_span, span) > 0, f"{q.id}: no gold attribution at {span}"
    return best


def of_kind(quiz: Quiz, kind: str) -> list[Question]:
    return [q for q in quiz if q.kind == kind]


# ---------------------------------------------------------------------------
# The lesson article, checked against the gold


def test_every_kind_is_generated_on_the_lesson_article() -> None:
    kinds = {q.kind for q in QUIZ}
    assert kinds >= set(GENERATED_KINDS) - {"mark-content"}


def test_who_said_answers_agree_with_the_gold() -> None:
    questions = of_kind(QUIZ, "who-said")
    assert len(questions) >= len(GOLD.attributions) * 0.9
    for q in questions:
        gold = gold_for(q)
        assert gold.source_id in {s.id for s in find_sources(right_text(q))}, q.id
        for c in q.choices:
            if not c.correct:
                assert gold.source_id not in {s.id for s in find_sources(c.text)}, (q.id, c.text)


def test_how_sourced_answers_agree_with_the_gold() -> None:
    questions = of_kind(QUIZ, "how-sourced")
    assert len(questions) >= len(GOLD.attributions) * 0.8
    for q in questions:
        assert right(q) == [FORM[gold_for(q).kind]], q.id


def test_source_type_answers_agree_with_the_gold() -> None:
    questions = of_kind(QUIZ, "source-type")
    assert len(questions) >= 8
    for q in questions:
        assert right(q) == [gold_for(q).speaker_type], q.id


def test_no_source_type_question_for_a_lone_name_the_text_never_introduces() -> None:
    # "Labour" and "Google" are read as named people for want of evidence either way; a
    # question would teach that, so there is none. Ana Ruiz, named in full, gets hers.
    quiz = generate(
        "Labour has accused the government of losing control of the budget. "
        "Ana Ruiz, the mayor, said the plan was dead. Google said the outage was over."
    )
    asked = [q.prompt for q in of_kind(quiz, "source-type")]
    assert asked == ["What kind of source is “Ana Ruiz”?"]


def test_which_side_answers_follow_the_registry() -> None:
    sources = {s.id: s for s in lessonkit.load_sources()}
    for q in of_kind(QUIZ, "which-side"):
        assert right(q) == [sources[gold_for(q).source_id].side], q.id


def test_reporter_voice_comes_only_from_sentences_the_gold_leaves_unattributed() -> None:
    voice = {rv.span for rv in GOLD.reporter_voice}
    taken = [
        s
        for g in GOLD.attributions
        for s in (g.content_span, g.speaker_mention, g.cue_span)
        if s is not None
    ] + [x.span for x in GOLD.excluded]
    questions = of_kind(QUIZ, "reporter-voice")
    assert len(questions) >= 4
    for q in questions:
        assert q.span is not None
        assert not any(overlap(q.span, s) for s in taken), q.id
        assert q.span in voice, q.id
        assert right(q) == ["reporter"]


def test_mark_answers_point_at_gold_mentions_and_cues() -> None:
    for kind, field in (("mark-source", "speaker_mention"), ("mark-cue", "cue_span")):
        spans = [getattr(g, field) for g in GOLD.attributions if getattr(g, field)]
        for q in of_kind(QUIZ, kind):
            assert q.span == q.sentence_span
            for answer in q.answer_spans:
                assert any(overlap(answer, s) for s in spans), (q.id, answer)


def test_mark_source_leaves_an_apposition_out() -> None:
    (q,) = [q for q in of_kind(QUIZ, "mark-source") if "Ganchev" in q.context]
    marked = [ARTICLE.span_text(s) for s in q.answer_spans]
    assert "Vitaly Ganchev" in marked


# ---------------------------------------------------------------------------
# What every generated question promises


def check_shape(quiz: Quiz, article: lessonkit.Article) -> None:
    assert len({q.id for q in quiz}) == len(quiz)
    for q in quiz:
        assert q.kind in GENERATED_KINDS
        assert q.span is not None and q.sentence_span is not None
        assert 0 <= q.sentence_span[0] <= q.span[0] <= q.span[1] <= q.sentence_span[1]
        assert q.sentence_span[1] <= len(article.text)
        assert q.context == article.text[q.sentence_span[0] : q.sentence_span[1]]
        assert not q.origin.hand_written
        for c in q.choices:
            assert c.feedback
        if q.type == "single":
            assert len(q.choices) >= 2 and len(right(q)) == 1
            assert len({c.text for c in q.choices}) == len(q.choices), q.id
        if q.type == "mark":
            assert q.check(list(q.right_words)).correct


def test_the_lesson_quiz_keeps_its_promises() -> None:
    check_shape(QUIZ, ARTICLE)


def test_the_same_seed_gives_the_same_quiz() -> None:
    assert generate(ARTICLE, FOUND, seed=3) == generate(ARTICLE, FOUND, seed=3)
    orders = {
        tuple(c.id for q in generate(ARTICLE, FOUND, seed=s) for c in q.choices) for s in range(4)
    }
    assert len(orders) > 1


def test_origins_name_the_attribution_and_its_rule() -> None:
    for q in QUIZ:
        if q.origin.attribution is not None:
            assert q.origin.rule == FOUND[q.origin.attribution].rule
        assert q.origin.generator.split("/")[0] == q.kind


def test_low_confidence_attributions_give_no_question() -> None:
    low = {i for i, a in enumerate(FOUND) if "Kuzan" in (a.speaker or "")}
    marked = [
        dataclasses.replace(a, confidence="low") if i in low else a for i, a in enumerate(FOUND)
    ]
    quiz = generate(ARTICLE, marked)
    assert all(q.origin.attribution not in low for q in quiz if q.origin.attribution is not None)
    assert all("Kuzan" not in c.text for q in quiz for c in q.choices)
    low_spans = [FOUND[i].content_span for i in low]
    for q in quiz:
        if q.type == "mark" or q.kind == "reporter-voice":
            assert q.span is not None
            assert not any(overlap(q.span, s) for s in low_spans), q.id


def test_kinds_selects_question_kinds() -> None:
    quiz = generate(ARTICLE, FOUND, kinds=["mark-cue"])
    assert quiz.questions and {q.kind for q in quiz} == {"mark-cue"}


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"seed": "1"}, TypeError, "'seed' must be an int"),
        ({"kinds": ["who"]}, LessonkitError, "'kinds' must be among"),
    ],
)
def test_bad_arguments_are_refused(kwargs: dict[str, object], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        generate(ARTICLE, FOUND, **kwargs)  # type: ignore[arg-type]


def test_attributions_from_another_text_are_refused() -> None:
    with pytest.raises(LessonkitError, match="outside the article"):
        generate(lessonkit.Article.from_text("Short text."), FOUND)


# ---------------------------------------------------------------------------
# Invented articles (our own sentences), in several house styles

COUNCIL = """Riverside council will close the Elm Street library in March, officials confirmed on Tuesday.
"We simply cannot keep every branch open on this budget," said Dana Whitfield, the council's finance chief.
Whitfield said the savings would pay for longer opening hours at the central library.
Local campaigner Omar Haddad claimed the decision had been taken in secret. "Nobody asked the people who use this library every day," he told reporters outside the town hall.
The library opened in 1962 and lends about 40,000 books a year.
A volunteer at the library, who asked not to be named, said the group would seek a judicial review.
According to the regional schools board, three primary schools rely on the branch for reading classes.
The closure is the latest in a long series of cuts to public services in the borough.
"""

HOSPITAL = """The health trust has admitted that waiting times at St Anne’s hospital rose sharply over the winter.
In a statement, the trust said it had “learned hard lessons” and would hire forty more nurses.
Professor Leila Osei, who chairs the patients’ council, said the promise came too late. “We warned them in October,” she said.
One senior nurse, speaking on condition of anonymity, said staff had been working double shifts for weeks.
Union officials said they would ballot members on strike action next month.
The hospital serves a population of more than 300,000 people across three valleys.
"""

# Words of each attribution -> who the generated question must name, and how it is quoted.
EXPECTED = {
    COUNCIL: [
        ("We simply cannot keep every branch open", "Dana Whitfield", "direct"),
        ("the savings would pay for longer opening hours", "Dana Whitfield", "paraphrase"),
        ("the decision had been taken in secret", "Omar Haddad", "paraphrase"),
        ("Nobody asked the people who use this library", "Omar Haddad", "direct"),
        ("the group would seek a judicial review", "A volunteer at the library", "paraphrase"),
    ],
    HOSPITAL: [
        ("waiting times at St Anne’s hospital rose sharply", "The health trust", "paraphrase"),
        ("learned hard lessons", "The health trust", "partial"),
        ("the promise came too late", "Leila Osei", "paraphrase"),
        ("We warned them in October", "Leila Osei", "direct"),
        ("staff had been working double shifts", "One senior nurse", "paraphrase"),
    ],
}
VOICE = {
    COUNCIL: ["The library opened in 1962", "The closure is the latest"],
    HOSPITAL: ["The hospital serves a population"],
}


@pytest.mark.parametrize("text", [COUNCIL, HOSPITAL], ids=["council", "hospital"])
def test_invented_articles_get_right_questions(text: str) -> None:
    article = lessonkit.Article.from_text(text)
    quiz = generate(article, seed=5)
    check_shape(quiz, article)
    who = of_kind(quiz, "who-said")
    how = of_kind(quiz, "how-sourced")
    for words, speaker, form in EXPECTED[text]:
        (q,) = [q for q in who if words in article.span_text(q.span or (0, 0))]
        assert right_text(q) == speaker
        (h,) = [h for h in how if words in article.span_text(h.span or (0, 0))]
        assert right(h) == [form]
    voiced = [article.span_text(q.span or (0, 0)) for q in of_kind(quiz, "reporter-voice")]
    assert len(voiced) == len(VOICE[text])
    for start in VOICE[text]:
        assert any(v.startswith(start) for v in voiced), (start, voiced)


def test_an_invented_loaded_verb_gets_its_question() -> None:
    quiz = generate(COUNCIL)
    (q,) = of_kind(quiz, "which-verb")[-1:]
    assert "“claimed”" in right_text(q)
    said = q.choice("said")
    assert not said.correct and "neutral" in said.feedback
    assert "claimed" not in said.feedback  # a wrong try may be followed by another


def test_reporter_voice_never_comes_from_an_attributed_sentence() -> None:
    for text in (COUNCIL, HOSPITAL):
        article = lessonkit.Article.from_text(text)
        found = lessonkit.extract_attributions(article)
        for q in of_kind(generate(article, found), "reporter-voice"):
            assert q.span is not None
            for a in found:
                for s in (a.content_span, a.speaker_mention, a.cue_span):
                    assert s is None or not overlap(q.span, s), q.id


@pytest.mark.parametrize(
    "refusal",
    [
        "The contractor that built the flood wall declined to comment on the report.",
        "The company that owns the site did not respond to a request for comment.",
        "The minister in charge of the scheme refused to discuss the findings.",
    ],
)
def test_a_refusal_to_speak_is_not_asked_as_the_reporters_voice(refusal: str) -> None:
    # "declined to comment" is about a source; asking "who says this?" of it, with "the
    # reporter" as the answer, would muddle the refusal the lessons teach.
    text = (
        "Floods reached the town square on Sunday and closed three schools for the week. "
        f"{refusal} Repairs are expected to take at least a month to finish."
    )
    asked = [text[q.span[0] : q.span[1]] for q in of_kind(generate(text), "reporter-voice")]
    assert refusal not in asked
    assert (
        "Floods reached the town square on Sunday and closed three schools for the week." in asked
    )


# ---------------------------------------------------------------------------
# Distractors: another side first, never a second right answer

PEOPLE = """Mayor Ines Carvalho said the tram line would open in June.
Carvalho added that fares would stay at two euros.
Opposition leader Piotr Nowak said the line was two years late.
The transport union said drivers had not been trained.
Nowak said the city had wasted money on consultants.
"""


def attribution(text: str, speaker: str, content: str, kind: str = "indirect") -> Attribution:
    start = text.index(content)
    at = text.rfind(speaker, 0, start)
    return Attribution(
        speaker=speaker,
        speaker_mention=(at, at + len(speaker)) if at >= 0 else None,
        speaker_type="named_person" if speaker[0].isupper() and " " in speaker else "named_org",
        cue="said",
        cue_span=None,
        kind=kind,
        content=content,
        content_span=(start, start + len(content)),
        rule="hand-made",
        loaded_cue=False,
    )


def test_a_surname_is_never_a_second_right_answer() -> None:
    found = [
        attribution(PEOPLE, "Ines Carvalho", "the tram line would open in June"),
        attribution(PEOPLE, "Carvalho", "fares would stay at two euros"),
        attribution(PEOPLE, "Piotr Nowak", "the line was two years late"),
        attribution(PEOPLE, "The transport union", "drivers had not been trained"),
        attribution(PEOPLE, "Nowak", "the city had wasted money on consultants"),
    ]
    quiz = generate(PEOPLE, found)
    for q in of_kind(quiz, "who-said"):
        texts = [c.text for c in q.choices]
        surnames = [t.split()[-1] for t in texts if " " in t]
        assert len(set(surnames)) == len(surnames), texts
        assert "Carvalho" not in texts and "Nowak" not in texts, texts
    second = quiz.question("who-said-002")
    assert right_text(second) == "Ines Carvalho"


def source(sid: str, name: str, side: str, *variants: str) -> Source:
    return Source(sid, name, "person", "An invented official.", "none", side,
                  (name, *variants), "", "", (), "")  # fmt: skip


REGISTRY = (
    source("moreau", "Claire Moreau", "western_gov", "the minister, Claire Moreau"),
    source("lind", "Erik Lind", "western_gov"),
    source("sato", "Ken Sato", "independent"),
    source("adeyemi", "Bola Adeyemi", "ua_gov"),
    source("varga", "Anna Varga", "ru_gov"),
)
SIDED = """Claire Moreau said the talks would resume on Monday.
Erik Lind said the delegation had already left.
Ken Sato said neither side had moved.
Bola Adeyemi said the ceasefire was holding.
Anna Varga said the proposal was unacceptable.
The minister, Claire Moreau, said a deal was close.
"""


def test_distractors_come_from_another_side_first_and_registry_aliases_are_one_speaker() -> None:
    names = ["Claire Moreau", "Erik Lind", "Ken Sato", "Bola Adeyemi", "Anna Varga"]
    contents = [line.split(" said ", 1)[1].rstrip(".") for line in SIDED.splitlines()]
    found = [attribution(SIDED, n, c) for n, c in zip(names, contents, strict=False)]
    found.append(attribution(SIDED, "The minister, Claire Moreau", contents[5]))
    quiz = generate(SIDED, found, sources=REGISTRY)
    sides = {s.name: s.side for s in REGISTRY}
    for q in of_kind(quiz, "who-said"):
        answer = right_text(q)
        wrong = [c.text for c in q.choices if not c.correct]
        key = next(n for n in names if n in answer)
        assert not any("Moreau" in w for w in wrong) or key != "Claire Moreau"
        other_side = [n for n in names if sides[n] != sides[key]]
        if key in ("Claire Moreau", "Erik Lind"):
            # three speakers of other sides are there, so no one of the same side is offered
            assert sorted(wrong) == sorted(other_side), (answer, wrong)
    side_questions = {q.prompt: right(q) for q in of_kind(quiz, "which-side")}
    assert side_questions["Which side does “Claire Moreau” speak for?"] == ["western_gov"]
    assert len(side_questions) == 5


def test_speakers_unknown_to_the_registry_get_no_side_question() -> None:
    assert of_kind(generate(COUNCIL), "which-side") == []


def test_pronoun_speakers_give_no_who_said_question() -> None:
    text = "She said the vote was rigged. Tom Ede said it was fair.\n"
    found = [
        attribution(text, "She", "the vote was rigged"),
        attribution(text, "Tom Ede", "it was fair"),
    ]
    quiz = generate(text, found)
    assert [q.origin.attribution for q in of_kind(quiz, "who-said")] == []  # one speaker only
    assert not any(re.search(r"\bShe\b", c.text) for q in quiz for c in q.choices)


def test_the_long_invented_article_for_timing_gets_every_kind() -> None:
    from lessonkit.quiz._sample import sample_article

    article = sample_article(1200)
    quiz = generate(article)
    check_shape(quiz, article)
    assert {q.kind for q in quiz} >= {"who-said", "how-sourced", "which-verb", "reporter-voice"}


def test_a_generated_quiz_saves_as_a_bank_and_loads_back(tmp_path: Path) -> None:
    from lessonkit.quiz import load_bank, save_bank

    path = save_bank(QUIZ, tmp_path / "generated.yaml", article=ARTICLE)
    assert load_bank(path) == QUIZ
    story = tmp_path / "story.txt"
    story.write_text(HOSPITAL, "utf-8")
    own = generate(lessonkit.Article.from_path(story))
    assert load_bank(save_bank(own, tmp_path / "own.yaml")) == own


PIECES = [
    "said", "told reporters", "according to", "admitted", "claimed", "Ana Ruiz", "the mayor",
    "officials", "he", "she", "“", "”", '"', "‘", "’", ",", ".", "\n", "that", "the bridge",
    "will", "reopen", "in May", "A resident", "who asked not to be named", ":", "<b>", "&",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60), st.integers(0, 5))
def test_any_text_gives_well_formed_questions(pieces: list[str], seed: int) -> None:
    article = lessonkit.Article.from_text(" ".join(pieces))
    quiz = generate(article, seed=seed)
    check_shape(quiz, article)
    assert quiz == generate(article, seed=seed)


def test_a_pronoun_source_brings_the_sentence_that_names_it() -> None:
    article = lessonkit.Article.from_text(COUNCIL)
    (q,) = [q for q in of_kind(generate(article), "who-said") if "Nobody asked" in q.context]
    assert "Omar Haddad" in q.context
    (r,) = [q for q in of_kind(generate(article), "who-said") if "savings" in q.context]
    assert r.context.startswith("Whitfield said")  # the name is there: no sentence before


def test_a_cue_with_no_word_to_mark_gives_no_mark_question() -> None:
    quiz = generate("Sanders: We will win the vote.\n\nThe vote is on Monday.")
    for q in quiz.questions:
        if q.type == "mark":
            marked = {i for i, w in enumerate(q.words) for a, b in q.answer_spans
                      if w.start < b and a < w.end}  # fmt: skip
            assert marked, q.id


# ---------------------------------------------------------------------------
# A wrong choice's feedback explains, but never names the right answer


SAMPLE = generate(sample_article(400))  # more loaded verbs and quoting forms than the lesson


@pytest.mark.parametrize(
    "kind", ["who-said", "which-side", "source-type", "which-verb", "how-sourced"]
)
def test_a_wrong_choices_feedback_never_names_the_right_answer(kind: str) -> None:
    questions = of_kind(QUIZ, kind) + of_kind(SAMPLE, kind)
    assert questions
    for q in questions:
        answer = right_text(q)
        (why,) = [c.feedback.removeprefix("Right.").strip() for c in q.choices if c.correct]
        for c in q.choices:
            if not c.correct:
                assert not names_the_answer(answer, c.feedback), (q.id, c.feedback)
                assert why not in c.feedback, (q.id, c.feedback)  # nor why it is right
                assert c.feedback.startswith(("No", "Not")), (q.id, c.feedback)


# ---------------------------------------------------------------------------
# The quiz's title: the article's own title, else a readable form of its file name

_STORY = (
    "“The bridge will reopen in May,” said Ana Ruiz, the city engineer.\n\n"
    "Council leader Tom Hale said the repairs had cost too much."
)


@pytest.mark.parametrize(
    ("name", "content", "title"),
    [
        ("story.html", f"<html><head><title>Page</title></head><body><h1>Bridge to reopen"
                       f"</h1><p>{_STORY}</p></body></html>", "Bridge to reopen"),
        ("story.html", f"<html><head><title>Bridge row</title></head><body><p>{_STORY}</p>"
                       "</body></html>", "Bridge row"),
        ("story.md", f"# Bridge repairs cost too much, says council\n\n{_STORY}",
         "Bridge repairs cost too much, says council"),
        ("story.txt", f"Bridge to reopen in May after repairs\n\n{_STORY}",
         "Bridge to reopen in May after repairs"),
        ("my-article_2.txt", _STORY, "My article 2"),
        ("bridge  story--final.txt", _STORY, "Bridge story final"),
        ("times-2024-03-05-bridge_vote.txt", _STORY, "Times 2024-03-05 bridge vote"),
    ],
)  # fmt: skip
def test_a_generated_quiz_is_titled_with_the_articles_title_or_a_readable_name(
    tmp_path: Path, name: str, content: str, title: str
) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    quiz = generate(lessonkit.Article.from_path(path))
    assert quiz.title == f"Who said it? Questions on “{title}”"
    assert str(tmp_path) not in quiz.title and ".txt" not in quiz.title


@pytest.mark.parametrize(
    "first",
    [
        "Ukraine’s forces advanced on Saturday, officials said.",  # a sentence, not a title
        "“We will not back down,” the mayor said",  # an attribution, however short
        " ".join(["word"] * 30),  # too long for a headline
    ],
)
def test_a_first_paragraph_that_is_not_a_title_line_is_not_taken_for_one(
    tmp_path: Path, first: str
) -> None:
    path = tmp_path / "harbour-news.txt"
    path.write_text(f"{first}\n\n{_STORY}", "utf-8")
    assert generate(lessonkit.Article.from_path(path)).title == (
        "Who said it? Questions on “Harbour news”"
    )


def test_a_text_with_no_name_or_title_is_this_article() -> None:
    assert generate(_STORY).title == "Who said it? Questions on this article"
