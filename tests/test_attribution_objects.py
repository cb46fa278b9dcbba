"""Verbs of stance with a noun phrase for their content: ``endorsed Ruiz``, ``praised the plan``.

A source who backs, praises, criticises or thanks someone states a position on that person
or thing: the content is the noun phrase, however short ("supported her", "opposed it"),
and it ends where the reporter's own words begin: a time ("last week", "on Monday", "in
May"), a place or occasion ("at a rally", "during the debate"), a comma, or a new clause of
the subject's ("and has campaigned ...", "but he ...").
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

OBJECTS = [
    # A short object is a content of its own.
    pytest.param("Most farmers supported Ruiz.", "Ruiz", id="one-name"),
    pytest.param("The senator opposed it, as she had in May.", "it", id="a-pronoun"),
    pytest.param("Two unions endorsed her on Friday.", "her", id="pronoun-then-day"),
    pytest.param("The mayor thanked volunteers at a rally in the square.", "volunteers", id="at-a"),
    # The object ends before a time phrase.
    pytest.param("The governor endorsed Clara Vance last week.", "Clara Vance", id="last-week"),
    pytest.param(
        "The council backed the new tram line in March.", "the new tram line", id="in-month"
    ),
    pytest.param(
        "The minister defended the budget on Tuesday on a radio phone-in.",
        "the budget",
        id="on-a-weekday",
    ),
    pytest.param(
        "Ana Ruiz criticised the ferry operator during a debate in the town hall.",
        "the ferry operator",
        id="during-a",
    ),
    # The object ends before a new clause of the subject's.
    pytest.param(
        "The union endorsed Ortiz last week and has campaigned for him since.",
        "Ortiz",
        id="and-has",
    ),
    pytest.param(
        "Residents praised the rescue crews, who worked through the night.",
        "the rescue crews",
        id="comma-who",
    ),
    # A longer noun phrase with its own "of" or "for" stays whole.
    pytest.param(
        "The board praised the work of the harbour pilots.",
        "the work of the harbour pilots",
        id="of-phrase-stays",
    ),
    pytest.param(
        "Teachers welcomed the plan for smaller classes.",
        "the plan for smaller classes",
        id="for-phrase-stays",
    ),
]


@pytest.mark.parametrize(("text", "content"), OBJECTS)
def test_the_object_of_a_stance_verb_is_the_content(text: str, content: str) -> None:
    found = extract_attributions(text)
    assert [a.content for a in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # Not a stance on anyone: the object is not a person, body or plan named by the source.
        "Thousands attended the rally in the square.",
        "The storm battered the coast on Monday.",
        # A bare noun: "support" and "attacks" here are nouns, not verbs.
        # (With an owner, "Her support for the plan ...", it is a noun cue: see
        # test_attribution_noun_cues.py.)
        "Support for the plan was never in doubt.",
    ],
)
def test_no_object_content_without_a_stance_verb(text: str) -> None:
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # Talking about a topic: the topic is what the source spoke of.
        ("Ruiz talked about the flood defences at length.", "talked about", "the flood defences"),
        ("The minister talks about rising rents at every meeting.", "talks about", "rising rents"),
        (
            "Odell has talked of his regret over the closure.",
            "has talked of",
            "his regret over the closure",
        ),
    ],
)
def test_talking_about_a_topic(text: str, cue: str, content: str) -> None:
    [a] = extract_attributions(text)
    assert (a.cue, a.content) == (cue, content)


@pytest.mark.parametrize(
    "text",
    [
        # Talking to someone, or talks as a noun, report no topic.
        "The minister talked to reporters outside the hall.",
        "Talks about the merger resumed on Monday.",
    ],
)
def test_talking_without_a_topic_reports_nothing(text: str) -> None:
    assert extract_attributions(text) == []
