"""Clauses that open a sentence before its subject: a question put to the speaker
(``Asked whether ..., Reid said ...``) and a participle of speech (``Noting that ...,
Ruiz ...``)."""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# (text, expected (rule, speaker, content) in text order)
OPENERS = [
    # The question is put by someone the text does not name; the answer is the speaker's.
    pytest.param(
        "Asked whether she would stand again, Ruiz said she had not decided.",
        [
            ("asked-question", None, "whether she would stand again"),
            ("reporting-verb-clause", "Ruiz", "she had not decided"),
        ],
        id="asked-whether-opens-the-sentence",
    ),
    pytest.param(
        "Asked about the strike, the transport minister said talks would resume.",
        [
            ("asked-question", None, "about the strike"),
            ("reporting-verb-clause", "the transport minister", "talks would resume"),
        ],
        id="asked-about-opens-the-sentence",
    ),
    pytest.param(
        "When asked why the ferry was late, the captain blamed the fog.",
        # The question is nobody's content but the asker's; the captain's is what he blamed.
        [
            ("asked-question", None, "why the ferry was late"),
            ("reporting-verb-clause", "the captain", "the fog"),
        ],
        id="when-asked-is-not-the-main-speakers-content",
    ),
    pytest.param(
        "When asked if the plant would close, Mr Odell said it would not.",
        [
            ("asked-question", None, "if the plant would close"),
            ("reporting-verb-clause", "Odell", "it would not"),
        ],
        id="when-asked-then-said",
    ),
    pytest.param(
        "When asked whether he would resign, the harbour master said no.",
        [("asked-question", None, "whether he would resign")],
        id="when-asked-then-a-one-word-answer",
    ),
    # A participle of speech before the subject: the subject is its speaker.
    pytest.param(
        "Noting that the river had risen a metre, the engineer closed the road.",
        [("participle-cue", "the engineer", "the river had risen a metre")],
        id="noting-that-opens-the-sentence",
    ),
    pytest.param(
        "Warning that fares would rise, Ana Ruiz urged riders to buy passes early.",
        [
            ("participle-cue", "Ana Ruiz", "fares would rise"),
            ("reporting-verb-clause", "Ana Ruiz", "riders to buy passes early"),
        ],
        id="warning-that-then-a-cue-of-the-main-clause",
    ),
    pytest.param(
        "Arguing that the tax was unfair, the union called a strike for Monday.",
        [("participle-cue", "the union", "the tax was unfair")],
        id="arguing-that-an-organisation-subject",
    ),
    # Not speech: a participle that is not a cue, or one with no subject after it.
    pytest.param(
        "Crossing the river at dawn, the soldiers reached the village by noon.",
        [],
        id="a-participle-of-movement-reports-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENERS)
def test_clauses_before_the_subject(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [(a.rule, a.speaker, a.content) for a in extract_attributions(text)]
    assert got == expected
