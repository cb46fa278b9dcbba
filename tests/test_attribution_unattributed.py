"""Expectations without a source: ``The ferry is expected to resume on Monday.``

"Is expected to" reports what someone expects without saying who. A lesson on sourcing
can show it as an attribution with no speaker (``speaker`` None, type ``unknown``, low
confidence), so a student sees that the claim has no named source.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

EXPECTED = [
    pytest.param(
        "The ferry is expected to resume sailings on Monday.",
        "The ferry is expected to resume sailings on Monday",
        id="is-expected-to",
    ),
    pytest.param(
        "But the new bridge was not expected to open before spring.",
        "the new bridge was not expected to open before spring",
        id="leading-but-and-not",
    ),
    pytest.param(
        "The festival is expected to bring £2m into the town, prompting hotels to add rooms.",
        "The festival is expected to bring £2m into the town",
        id="ends-before-the-reporters-tail",
    ),
]


@pytest.mark.parametrize(("text", "content"), EXPECTED)
def test_an_expectation_without_a_source(text: str, content: str) -> None:
    [a] = extract_attributions(text)
    assert (a.speaker, a.speaker_type, a.content, a.confidence) == (
        None,
        "unknown",
        content,
        "low",
    )
    assert a.cue is not None and "expected" in a.cue


@pytest.mark.parametrize(
    "text",
    [
        # Someone named expects it: the ordinary cue rules give the source.
        "Ana Ruiz expected the ferry to resume on Monday.",
        # Not an expectation of an event: "as expected", "than expected".
        "Turnout was higher than expected.",
        "The vote passed, as expected.",
    ],
)
def test_a_named_or_idiomatic_expectation_is_not_unattributed(text: str) -> None:
    assert all(a.speaker is not None for a in extract_attributions(text))
