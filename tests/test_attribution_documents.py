"""Documents and figures that show or find something: ``A poll released on Sunday shows ...``.

A poll, survey, study, report or set of figures "shows", "finds", "suggests" or "indicates"
what its authors state, with or without "that", also when the document's noun phrase is
longer than one word ("the latest figures from the port authority show ..."). Where the
text names who issued the document ("released by the chamber"), the issuer is the speaker.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

DOCUMENTS = [
    pytest.param(
        "Polls there show Ruiz trailing by four points.",
        ("Polls", "Ruiz trailing by four points"),
        id="polls-there-show",
    ),
    pytest.param(
        "A survey released on Sunday by the chamber of commerce shows shop rents falling.",
        ("the chamber of commerce", "shop rents falling"),
        id="survey-released-by-shows-its-issuer",
    ),
    pytest.param(
        "The latest figures from the port authority show cargo volumes rose by a fifth.",
        ("The latest figures", "cargo volumes rose by a fifth"),
        id="figures-from-show",
    ),
    pytest.param(
        "A study of 2,000 households found most families had cut their heating.",
        ("A study", "most families had cut their heating"),
        id="study-of-found",
    ),
    pytest.param(
        "Council records suggest the bridge was last inspected in 2009.",
        ("Council records", "the bridge was last inspected in 2009"),
        id="records-suggest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_a_document_shows_what_it_states(text: str, expected: tuple[str, str]) -> None:
    found = extract_attributions(text)
    assert found, f"nothing found in {text!r}"
    speaker, content = expected
    a = found[0]
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]].startswith(speaker)
    assert a.content == content


@pytest.mark.parametrize(
    "text",
    [
        # A person who shows or finds something does not state it.
        "The guide showed the visitors the old harbour wall.",
        "Rescuers found two climbers near the summit on Tuesday.",
        # "show" as a noun: a television programme.
        "The cookery show returns to the channel in May.",
    ],
)
def test_showing_and_finding_by_people_is_not_speech(text: str) -> None:
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        # "..., according to X" after a reported statement: X reports the statement.
        (
            "Most voters say they want a new bridge, according to a poll released on Friday.",
            ("a poll", "Most voters say they want a new bridge"),
            ("Most voters", "they want a new bridge"),
        ),
        (
            "The mayor said the port would reopen in May, according to the council minutes.",
            ("the council", "The mayor said the port would reopen in May"),
            ("The mayor", "the port would reopen in May"),
        ),
    ],
)
def test_according_to_after_a_report_is_the_outer_source(
    text: str, outer: tuple[str, str], inner: tuple[str, str]
) -> None:
    found = extract_attributions(text)
    got = [
        (text[a.speaker_mention[0] : a.speaker_mention[1]], a.content)
        for a in found
        if a.speaker_mention is not None
    ]
    # The outer source's phrase starts with the given words; the inner one is exact.
    assert any(m.startswith(outer[0]) and c == outer[1] for m, c in got), got
    assert inner in got


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # A finding stated "in" a poll or survey is the poll's.
        (
            "Ruiz leads Odell by six points in the latest Harbour Gazette poll.",
            "the latest Harbour Gazette poll",
            "Ruiz leads Odell by six points",
        ),
        (
            "In a survey of 500 shopkeepers, most said rents had doubled since 2019.",
            "a survey of 500 shopkeepers",
            "most said rents had doubled since 2019",
        ),
        (
            "Turnout fell to 41 percent in the same survey, a record low.",
            "the same survey",
            "Turnout fell to 41 percent",
        ),
    ],
)
def test_a_finding_in_a_poll_is_the_polls(text: str, source: str, content: str) -> None:
    found = extract_attributions(text)
    got = [
        (text[a.speaker_mention[0] : a.speaker_mention[1]], a.content)
        for a in found
        if a.speaker_mention is not None
    ]
    assert (source, content) in got, got


def test_a_poll_named_in_reported_speech_is_not_a_second_source() -> None:
    text = "The mayor said the figures in the poll were out of date."
    assert [a.speaker for a in extract_attributions(text)] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The lane will cost £3m, according to a report prepared for the hearing by the "
            "county's roads department.",
            "the county's roads department",
        ),
        (
            "Exports fell by a tenth, according to figures published last week by the "
            "statistics office.",
            "the statistics office",
        ),
        (
            "The pier needs new piles, according to a survey carried out for the trust by "
            "Hollis Marine.",
            "Hollis Marine",
        ),
    ],
)
def test_a_document_prepared_for_someone_by_an_issuer_is_the_issuers(
    text: str, speaker: str
) -> None:
    # A few words may stand between the document's verb and "by" ("prepared for the hearing
    # by"); "for" is a preposition, never the head of the speaker phrase.
    [a] = extract_attributions(text)
    assert a.speaker == speaker
    assert a.speaker_mention is not None
    assert " for" not in text[a.speaker_mention[0] : a.speaker_mention[1]]


def test_an_outer_source_of_reported_speech_reports_it_without_quotation_marks() -> None:
    text = (
        "Aides have told colleagues the mayor will not run again, according to two people "
        "briefed on the matter."
    )
    outer = [a for a in extract_attributions(text) if a.cue == "according to"]
    assert [(a.speaker, a.kind) for a in outer] == [
        ("two people briefed on the matter", "indirect")
    ]
