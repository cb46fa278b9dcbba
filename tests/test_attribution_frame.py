"""A quotation that opens a sentence, then its speaker and a verb of any kind.

"“…,” an angry Hollande retaliated." / "“…?” the host pressed." / "“…,” Ruiz riffed on the
question.": the frame itself (a quotation closed by a comma, a question or an exclamation
mark, then a subject and a past-tense verb that end the sentence or lead to an adjunct)
says who spoke, whatever the verb; no list of verbs is needed.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the quoted words, the speaker
FRAMED = [
    pytest.param(
        "“The town will always be the town,” an angry Mr Okafor retaliated.",
        "The town will always be the town,",
        "Okafor",
        id="adjective-name-retaliated",
    ),
    pytest.param(
        "“Would you stay if the rent went up?” the host pressed.",
        "Would you stay if the rent went up?",
        "the host",
        id="question-pressed",
    ),
    pytest.param(
        "‘Not a chance!’ the chairman chortled, to laughter from the floor.",
        "Not a chance!",
        "the chairman",
        id="single-marks-exclamation-chortled",
    ),
    pytest.param(
        "“Let me help you out, the answer is no,” Ms Lane riffed on the question.",
        "Let me help you out, the answer is no,",
        "Lane",
        id="riffed-on",
    ),
    pytest.param(
        '"We were told nothing," she recalled later. "Nothing at all."',
        "We were told nothing,",
        "she",
        id="straight-marks-then-continuation",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), FRAMED)
def test_quote_frame_names_the_speaker(text: str, quote: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if quote in a.content]
    assert found, f"no attribution for {quote!r}"
    assert found[0].speaker is not None and speaker.lower() in found[0].speaker.lower()
    assert found[0].kind == "direct"


# Not the frame: a title (no comma, question or exclamation mark inside), a quotation in
# the middle of a sentence, a verb that goes on to an object.
NOT_FRAMED = [
    pytest.param("“Hamlet” opened at the Lyric on Friday.", id="title-no-comma"),
    pytest.param("The critics loved “Hamlet,” the director noted.", id="quote-mid-sentence"),
    pytest.param("“Jaws,” the film Spielberg directed, opened in 1975.", id="relative-clause"),
]


@pytest.mark.parametrize("text", NOT_FRAMED)
def test_no_frame_no_direct_quote(text: str) -> None:
    assert [a for a in extract_attributions(text) if a.rule == "quote-frame"] == []


# "this source", "that official": a demonstrative and a noun between a quotation and its
# cue are the speaker, as "the source" would be.
DEMONSTRATIVE = [
    pytest.param(
        "“The roads are closed,” this source told the Courier.",
        "The roads are closed,",
        "this source",
        id="this-source-told",
    ),
    pytest.param(
        "‘Nobody was warned,’ that official said.",
        "Nobody was warned,",
        "that official",
        id="that-official-single-marks",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), DEMONSTRATIVE)
def test_demonstrative_speaker_after_quote(text: str, quote: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if quote in a.content]
    assert found, f"no attribution for {quote!r}"
    assert found[0].speaker is not None and found[0].speaker.lower() == speaker


def test_that_clause_is_not_a_demonstrative_speaker() -> None:
    found = extract_attributions("Ms Lane said that officials told her the road was shut.")
    assert all(a.speaker != "that officials" for a in found)


# A clause that ends in a colon, then a quotation: the clause's subject speaks it, whatever
# the verb ("fired back:", "delivered a blunt message to the board:", "makes that clear:").
COLON_FRAMED = [
    pytest.param(
        "Hale fired back: “We were never asked.”",
        "We were never asked.",
        "Hale",
        id="fired-back",
    ),
    pytest.param(
        "Council leader Ana Ruiz, Lab., delivered a blunt message to the board: “Stop "
        "attacking the harbour staff.”",
        "Stop attacking the harbour staff.",
        "Ana Ruiz",
        id="a-name-with-a-party-then-a-message",
    ),
    pytest.param(
        "A note in the audit makes that plain: “These figures exclude the ferry.”",
        "These figures exclude the ferry.",
        "A note in the audit",
        id="a-document-makes-it-clear",
    ),
    pytest.param(
        "Hale said the levy was “a disgrace,” but he gave the mayor a compliment: “She listens.”",
        "She listens.",
        "he",
        id="the-clause-after-but",
    ),
    pytest.param(
        "The mayor's first three questioners ranged from wary to hostile: “Why now?”",
        "Why now?",
        "The mayor's first three questioners",
        id="a-plural-noun-before-the-verb",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention"), COLON_FRAMED)
def test_a_colon_frame_names_the_speaker(text: str, words: str, mention: str) -> None:
    found = [a for a in extract_attributions(text) if a.content == words]
    assert found, [a.content for a in extract_attributions(text)]
    a = found[0]
    assert a.speaker_mention is not None
    assert mention in text[a.speaker_mention[0] : a.speaker_mention[1]]


def test_a_list_after_a_colon_is_not_speech() -> None:
    text = "The kit included the following: “a torch, a map and a whistle.”"
    assert not any(a.rule == "colon-frame" for a in extract_attributions(text))
