"""Refused speech and false cues: no content was said, so there is no attribution."""

from __future__ import annotations

import pytest

from lessonkit.attribution import Refusal, extract_attributions, find_refusals

# text, the refusing words, who refused, what it was about
REFUSALS = [
    pytest.param(
        "Corran Steel shares fell on Friday. The company declined to comment.",
        "declined to comment",
        "The company",
        None,
        id="declined-to-comment",
    ),
    pytest.param(
        "The treasurer would not say whether the grant would be renewed.",
        "would not say",
        "The treasurer",
        "whether the grant would be renewed",
        id="would-not-say-whether",
    ),
    pytest.param(
        "Asked about the audit, Ana Ruiz refused to discuss the figures, but said the books were open.",
        "refused to discuss",
        "Ana Ruiz",
        None,
        id="refused-to-discuss-then-real-speech",
    ),
    pytest.param(
        "The hospital trust did not respond to requests for comment.",
        "did not respond to requests for comment",
        "The hospital trust",
        None,
        id="did-not-respond-to-requests",
    ),
    pytest.param(
        "Tom Reyes could not be reached for comment on Sunday.",
        "could not be reached for comment",
        "Tom Reyes",
        None,
        id="could-not-be-reached",
    ),
    pytest.param(
        "Officials wouldn’t confirm how many people had been moved.",
        "wouldn’t confirm",
        "Officials",
        "how many people had been moved",
        id="contracted-negation",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "topic"), REFUSALS)
def test_refusals_are_found_and_are_no_attribution(
    text: str, cue: str, speaker: str, topic: str | None
) -> None:
    [r] = find_refusals(text)
    assert isinstance(r, Refusal)
    assert (r.cue, r.speaker, r.topic) == (cue, speaker, topic)
    assert text[r.cue_span[0] : r.cue_span[1]] == cue
    assert r.span[0] == r.cue_span[0] and r.span[1] >= r.cue_span[1]
    for a in extract_attributions(text):
        assert not (a.content_span[0] < r.span[1] and r.span[0] < a.content_span[1])


def test_real_speech_after_a_refusal_is_kept() -> None:
    text = "Asked about the audit, Ana Ruiz refused to discuss the figures, but said the books were open."
    [a] = extract_attributions(text)
    assert (a.speaker, a.content) == ("Ana Ruiz", "the books were open")


# Sentences where a reporting verb is used for an act, not for speech.
FALSE_CUES = [
    pytest.param(
        "The bakery chain has agreed to buy three mills in the north.", id="agreed-to-buy"
    ),
    pytest.param("The board refused to sign the new lease.", id="refused-to-sign"),
    pytest.param("Ana Ruiz declined to attend the hearing.", id="declined-to-attend"),
    pytest.param(
        "The council rejected an application to open a quarry.", id="rejected-an-application"
    ),
    pytest.param("Ruiz claimed her second title in Lyon on Sunday.", id="claimed-a-title"),
    pytest.param("The firm reported a loss of £4m for the year.", id="reported-a-loss"),
    pytest.param("The caretaker reported the theft to police on Monday.", id="reported-the-theft"),
]


@pytest.mark.parametrize("text", FALSE_CUES)
def test_acts_are_not_speech(text: str) -> None:
    assert extract_attributions(text) == []


# The same verbs still report speech when a clause or a quotation follows.
STILL_CUES = [
    pytest.param("The council agreed that the quarry would be too loud.", id="agreed-that"),
    pytest.param("Ruiz claimed the title had been “stolen” from her.", id="claimed-a-clause"),
    pytest.param("The firm reported that sales had doubled.", id="reported-that"),
]


@pytest.mark.parametrize("text", STILL_CUES)
def test_the_same_verbs_still_report_speech(text: str) -> None:
    assert len(extract_attributions(text)) == 1
