"""A quotation followed by its speaker and a verb that reports speech only in that place.

Verbs such as "wondered", "demanded" or "worried" are cues only in some positions ("she
wondered whether ..." is one, "the wondered-at view" is not); right after a quotation and
a short speaker, with nothing after the verb but the end of the sentence, a comma or an
adjunct, they say who spoke the quotation.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the quoted words, the speaker
AFTER_QUOTE = [
    pytest.param(
        "“Will the ferry run on Sunday?” an elderly passenger wondered.",
        "Will the ferry run on Sunday?",
        "an elderly passenger",
        id="wondered-end-of-sentence",
    ),
    pytest.param(
        "“Sit down,” she demanded, as the chair kept talking.",
        "Sit down,",
        "she",
        id="demanded-then-clause",
    ),
    pytest.param(
        "‘What happens to the pension?’ the widow worried in a letter to the council.",
        "What happens to the pension?",
        "the widow",
        id="worried-single-marks-adjunct",
    ),
    pytest.param(
        "“Who signed the order? Nobody will tell us,” Ms Okafor wondered aloud.",
        "Who signed the order? Nobody will tell us,",
        "Okafor",
        id="wondered-aloud",
    ),
    pytest.param(
        '"Give us the keys back," the tenants demanded on Monday.',
        "Give us the keys back,",
        "the tenants",
        id="demanded-straight-marks-day",
    ),
    pytest.param(
        "“Nobody checked the valves,” Hugo Brandt, the plant's former manager, wondered.",
        "Nobody checked the valves,",
        "Hugo Brandt",
        id="wondered-after-apposition",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), AFTER_QUOTE)
def test_weak_verb_after_quote_names_the_speaker(text: str, quote: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if quote in a.content]
    assert found, f"no attribution for {quote!r}"
    assert found[0].speaker is not None and speaker.lower() in found[0].speaker.lower()


# The same verbs where no quotation is reported.
NOT_SPEECH = [
    pytest.param(
        "“Hamlet” opened at the Lyric, and the critics wondered at its length.",
        id="title-then-wondered-at",
    ),
    pytest.param(
        "The mayor read “The Snow Queen” to pupils who demanded more.",
        id="title-then-relative-clause",
    ),
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_weak_verb_after_a_title_reports_no_quote(text: str) -> None:
    quoted = [a for a in extract_attributions(text) if a.kind == "direct"]
    assert quoted == []


# Verbs of speech that come before their speaker right after a quotation ("…,” agrees X),
# though not in a headline or before a name elsewhere.
INVERTED = [
    pytest.param(
        "“Our ideas differ,” agrees Tom Hale, 40, a baker.",
        "Our ideas differ,",
        "Tom Hale",
        id="agrees-present",
    ),
    pytest.param(
        "“It is time to act,” exhorted the chairwoman.",
        "It is time to act,",
        "the chairwoman",
        id="exhorted",
    ),
    pytest.param(
        "‘Prices will rise,’ observed one trader in the market.",
        "Prices will rise,",
        "one trader",
        id="observed-single-marks",
    ),
    pytest.param(
        '"That was the easy part," remarked Ms Okafor.',
        "That was the easy part,",
        "Okafor",
        id="remarked-straight-marks",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), INVERTED)
def test_inverted_verb_after_quote(text: str, quote: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if quote in a.content]
    assert found, f"no attribution for {quote!r}"
    assert found[0].speaker is not None and speaker.lower() in found[0].speaker.lower()


def test_headline_noun_is_still_no_cue() -> None:
    text = "Demand For Oil Falls In Winter\n\nThe price of oil fell on Monday."
    assert extract_attributions(text) == []


# A first name that is also a word after an inverted cue; "states" right after a quotation.
INVERTED_NAMES = [
    pytest.param(
        "“It is a costly scheme,” said Will Marsh, a professor of nursing.",
        "It is a costly scheme,",
        "Will Marsh",
        id="said-will-doyle",
    ),
    pytest.param(
        "“Only one candidate has a plan,” a voice-over in the ad states.",
        "Only one candidate has a plan,",
        "a voice-over in the ad",
        id="the-ad-states",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INVERTED_NAMES)
def test_inverted_names_and_states(text: str, words: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if a.content == words]
    assert found and found[0].speaker == speaker


def test_a_quotation_interrupted_by_a_cue_and_an_adjunct() -> None:
    """'“If not for that” war, Ruiz said at a town hall on Monday, “we would ...”': one
    statement, interrupted by its cue."""
    text = (
        "“If not for that” vote by the council, Ruiz said at a town hall on Monday, “we "
        "would have lost the ferry.”"
    )
    [a] = extract_attributions(text)
    assert a.rule == "speaker-said-interrupting"
    assert a.speaker == "Ruiz"
    assert a.content_span == (0, len(text))
