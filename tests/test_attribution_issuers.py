"""Who issued a document, and who only saw it.

Documents filed, written or compiled by someone are theirs ("court documents filed by
prosecutors"); an issuer's name with "and" in it is read whole ("the Securities and Exchange
Commission"). Figures or accounts merely seen or obtained by a newspaper have no named
issuer: the speaker is the document as the text describes it, of unknown type.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        pytest.param(
            "The two men moved 2.3 million euros through shell companies, according to court "
            "documents filed by prosecutors.",
            "prosecutors",
            "collective",
            id="documents-filed-by",
        ),
        pytest.param(
            "The hospital missed its waiting-time targets, according to a report compiled by "
            "the health watchdog.",
            "the health watchdog",
            "named_org",
            id="report-compiled-by",
        ),
        pytest.param(
            "The trust spent £2.1m on consultants last year, according to figures seen by this "
            "newspaper.",
            "figures seen by this newspaper",
            "unknown",
            id="figures-seen-by",
        ),
        pytest.param(
            "The club lost £40m last season, according to accounts obtained by the Courier.",
            "accounts obtained by the Courier",
            "unknown",
            id="accounts-obtained-by",
        ),
    ],
)
def test_who_made_a_document_and_who_only_saw_it(text: str, speaker: str, kind: str) -> None:
    [a] = extract_attributions(text)
    assert (a.speaker, a.speaker_type) == (speaker, kind)


def test_an_issuer_named_with_and_is_read_whole() -> None:
    text = (
        "The fund misled investors, according to a civil complaint filed by the federal "
        "Securities and Exchange Commission."
    )
    [a] = extract_attributions(text)
    assert (a.speaker, a.speaker_type) == ("Securities and Exchange Commission", "named_org")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        pytest.param(
            "The Coastal Water Board released its report on the spill on Monday.\n\n"
            "Old pipes caused the leak, the report said. It also found that staff had not "
            "been trained.",
            "Coastal Water Board",
            "named_org",
            id="the-report-of-the-board-then-it",
        ),
        pytest.param(
            "Most voters back the tram, according to a poll by Harwell Research published on "
            "Monday. The survey of 1,500 adults found that support was highest in the north.",
            "Harwell Research",
            "named_org",
            id="the-survey-after-a-poll-by",
        ),
        pytest.param(
            "The dam was last inspected in 2011, according to internal records seen by the "
            "Courier. The records show that a survey was cancelled.",
            "internal records seen by the Courier",
            "unknown",
            id="the-records-named-before",
        ),
    ],
)
def test_a_document_named_again_keeps_its_source(text: str, speaker: str, kind: str) -> None:
    found = extract_attributions(text)
    assert len(found) >= 2
    assert {(a.speaker, a.speaker_type) for a in found} == {(speaker, kind)}
