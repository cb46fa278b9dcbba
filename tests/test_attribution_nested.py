"""Nested quotations: a quotation inside a quotation is attributed to the speaker reported."""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the inner quotation, its speaker, its speaker type, the outer speaker
NESTED = [
    pytest.param(
        "“The driver turned round and said, ‘Everybody off,’ so we walked,” said Ana Ruiz.",
        "Everybody off,",
        "The driver",
        "anonymous",
        "Ana Ruiz",
        id="single-marks-inside-curly-double-marks",
    ),
    pytest.param(
        "\"My landlord told me, 'You have a week,' and then he changed the locks,\" "
        "said Tom Reyes.",
        "You have a week,",
        "My landlord",
        "anonymous",
        "Tom Reyes",
        id="straight-single-inside-straight-double-with-an-addressee",
    ),
    pytest.param(
        "Jo Baines, 33, was at the bar. ‘A steward yelled “Get out now!” and we ran,’ she said.",
        "Get out now!",
        "A steward",
        "anonymous",
        "Jo Baines",
        id="curly-double-inside-tabloid-single-marks",
    ),
    pytest.param(
        "“I told them, ‘We are not leaving,’ and we stayed,” said Ana Ruiz.",
        "We are not leaving,",
        "Ana Ruiz",
        "named_person",
        "Ana Ruiz",
        id="i-inside-the-quotation-is-the-outer-speaker",
    ),
]


@pytest.mark.parametrize(("text", "inner", "speaker", "speaker_type", "outer"), NESTED)
def test_inner_quotation_has_the_reported_speaker(
    text: str, inner: str, speaker: str, speaker_type: str, outer: str
) -> None:
    found = extract_attributions(text)
    [got] = [a for a in found if a.content == inner]
    assert (got.speaker, got.speaker_type, got.kind) == (speaker, speaker_type, "direct")
    assert got.rule == "nested-quote"
    assert text[got.content_span[0] : got.content_span[1]] == inner
    outers = [a for a in found if a.content != inner and inner in a.content]
    assert [a.speaker for a in outers] == [outer]


def test_an_apostrophe_inside_a_quotation_is_no_nested_quote() -> None:
    found = extract_attributions("“We don’t know, and we won’t guess,” said Ana Ruiz.")
    assert [a.rule for a in found] == ["quote-then-said-speaker"]
