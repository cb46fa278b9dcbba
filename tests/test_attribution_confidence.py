"""Confidence: "low" where the engine guesses, with the reason in ``flags``."""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, words in the content, expected confidence, the flag that explains a low one
CONFIDENCE = [
    pytest.param("“The dam will hold,” said Ana Ruiz.", "dam will hold", "high", None, id="named"),
    pytest.param(
        "Ana Ruiz spoke to the crowd. “The dam will hold,” she said.",
        "dam will hold",
        "high",
        None,
        id="pronoun-with-one-person",
    ),
    pytest.param(
        "Ana Ruiz met Maria Lind at the dam. “It will hold,” she said.",
        "It will hold",
        "low",
        "pronoun-ambiguous",
        id="pronoun-with-two-people-of-unknown-gender",
    ),
    pytest.param(
        "“It will hold,” she said.",
        "It will hold",
        "high",
        None,
        id="pronoun-with-nobody-before-stays-a-pronoun",
    ),
    pytest.param(
        "Ana Ruiz toured the site. Engineers worked through the night.\n\n"
        "“It will hold,” the engineer said. Later a crowd gathered. “We are safe,” he said.",
        "We are safe",
        "low",
        "pronoun-ambiguous",
        id="pronoun-after-an-unnamed-speaker-is-a-guess",
    ),
    pytest.param(
        "Ana Ruiz took a swipe at “the paper dam” on Monday.",
        "the paper dam",
        "low",
        "speaker-fallback",
        id="speaker-from-a-verb-and-a-quote-only",
    ),
    pytest.param(
        "Ana Ruiz said: “The dam will hold.\n\nThe crowd cheered.",
        "dam will hold",
        "low",
        "unbalanced-quote",
        id="recovered-unbalanced-quote",
    ),
]


@pytest.mark.parametrize(("text", "content", "confidence", "flag"), CONFIDENCE)
def test_confidence_says_where_the_engine_guesses(
    text: str, content: str, confidence: str, flag: str | None
) -> None:
    [a] = [a for a in extract_attributions(text) if content in a.content]
    assert a.confidence == confidence
    if flag is not None:
        assert flag in a.flags
    assert a.to_dict()["confidence"] == confidence
