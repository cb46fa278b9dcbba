"""A quotation carried on from the speaker before, in a sentence that names them again.

``“We will reopen the yard,” Ruiz said. ... The danger she sees is “a second winter of
closures.”`` The second quotation has no cue of its own, so it stays Ruiz's; but its
sentence refers to her again ("she"), and that is the mention a reader sees next to the
words, so ``speaker_mention`` points there. A pronoun or surname that is someone else's
does not take the quotation.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

CARRIED = [
    pytest.param(
        "“We will reopen the yard,” Ana Ruiz said on Monday.\n\n"
        "The danger she sees is “a second winter of closures.”",
        "a second winter of closures.",
        ("Ana Ruiz", "she"),
        id="pronoun-in-the-carrying-sentence",
    ),
    pytest.param(
        "“The yard will reopen,” said Ana Ruiz, the port director.\n\n"
        "For Ruiz the bill is “a scandal twice over.”",
        "a scandal twice over.",
        ("Ana Ruiz", "Ruiz"),
        id="surname-in-the-carrying-sentence",
    ),
    pytest.param(
        "“Nothing is settled,” Tom Odell said.\n\nWhat worries him most is “the silence from the ministry.”",
        "the silence from the ministry.",
        ("Tom Odell", "him"),
        id="object-pronoun-in-the-carrying-sentence",
    ),
]


@pytest.mark.parametrize(("text", "content", "expected"), CARRIED)
def test_a_carried_quote_points_at_the_nearest_mention(
    text: str, content: str, expected: tuple[str, str]
) -> None:
    [a] = [a for a in extract_attributions(text) if a.content == content]
    speaker, mention = expected
    assert a.speaker == speaker
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == mention
    # The mention is in the quotation's own paragraph.
    assert "\n" not in text[a.speaker_mention[0] : a.content_span[0]]


def test_a_short_quoted_term_in_the_reporters_sentence_is_not_carried() -> None:
    text = "“We will reopen the yard,” Ana Ruiz said.\n\nHer plan is known as “Yard One.”"
    assert [a.content for a in extract_attributions(text)] == ["We will reopen the yard,"]


def test_a_pronoun_for_someone_else_does_not_take_the_quote() -> None:
    text = (
        "“We will reopen the yard,” Ana Ruiz said.\n\n"
        "Tom Odell, the mayor, said he doubted it. “Not before spring.”"
    )
    [a] = [a for a in extract_attributions(text) if a.content == "Not before spring."]
    assert a.speaker == "Tom Odell"
