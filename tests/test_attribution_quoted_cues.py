"""Verbs that report speech only in some places, read as cues when quoted words follow.

"promise", "blame", "demand" are as often nouns or acts as reports; with a subject right
before them and quoted words in their clause they report what the subject said.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the speaker's words, the start of the content
QUOTED = [
    pytest.param(
        "He promises the harbour board will help “up-skill” dockers.",
        "He",
        "the harbour board will help",
        id="promises-a-clause",
    ),
    pytest.param(
        "At the council meeting on Tuesday night, Ruiz blamed the “fog of paperwork” for the "
        "delays.",
        "Ruiz",
        "the “fog of paperwork”",
        id="blamed-past-an-opening-phrase",
    ),
    pytest.param(
        "Okafor demanded an inquiry into the “missing millions” at the port.",
        "Okafor",
        "an inquiry into the “missing millions”",
        id="demanded-a-noun-phrase",
    ),
]


@pytest.mark.parametrize(("text", "mention", "start"), QUOTED)
def test_a_weak_cue_before_quoted_words(text: str, mention: str, start: str) -> None:
    found = [a for a in extract_attributions(text) if a.content.startswith(start)]
    assert found, [a.content for a in extract_attributions(text)]
    a = found[0]
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == mention


# Nouns of the same words, and quoted words past a comma, stay out.
NOT_CUES = [
    pytest.param(
        "Hale shrugged off Ruiz’ comments on Tuesday, telling reporters, “It changes nothing.”",
        "comments",
        id="a-plural-noun-after-a-possessive",
    ),
    pytest.param(
        "In somber remarks, Hale praised the crews as “the best of us.”",
        "remarks",
        id="a-plural-noun-after-an-adjective",
    ),
]


@pytest.mark.parametrize(("text", "word"), NOT_CUES)
def test_nouns_are_not_cues(text: str, word: str) -> None:
    assert not any(a.cue == word for a in extract_attributions(text))


# A participle right after a name, then (past a time or a place) a quotation.
NAMED_PARTICIPLES = [
    pytest.param(
        "The advert uses footage of Ana Ruiz asking, “Why aren’t we further ahead?”",
        "Why aren’t we further ahead?",
        "Ana Ruiz",
        id="footage-of-a-name-asking",
    ),
    pytest.param(
        "The spot ends with Tom Hale saying at the debate last week, “That makes me careful.”",
        "That makes me careful.",
        "Tom Hale",
        id="a-name-saying-past-an-occasion",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention"), NAMED_PARTICIPLES)
def test_a_name_then_a_participle_of_speech(text: str, words: str, mention: str) -> None:
    found = [a for a in extract_attributions(text) if a.content.strip("“”") == words]
    assert found, [a.content for a in extract_attributions(text)]
    a = found[0]
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == mention
