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
