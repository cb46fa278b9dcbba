"""A share of a group as the speaker: ``One in five said ...``, ``Nearly eight in 10 voters``.

Polls report what a share of those asked said: ``one in five``, ``two in three residents``,
``about four out of 10 Democrats``. The whole share is the speaker, not its last number.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # wire style
        ("One in five said the plan was fair.", "One in five"),
        ("Two in three residents said the buses ran late.", "Two in three residents"),
        # broadsheet style
        (
            "Nearly eight in 10 Labour voters said they had made up their minds.",
            "Nearly eight in 10 Labour voters",
        ),
        (
            "About four out of 10 Democrats said they backed the plan.",
            "About four out of 10 Democrats",
        ),
        # tabloid style
        ("Seven in 10 mums say they are fed up with the school run.", "Seven in 10 mums"),
    ],
)
def test_the_whole_share_is_the_speaker(text: str, speaker: str) -> None:
    [a] = extract_attributions(text)
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == speaker


def test_a_share_inside_the_content_is_not_the_speaker() -> None:
    text = "The mayor said one in five buses was late."
    [a] = extract_attributions(text)
    assert a.speaker == "The mayor"
    assert a.content == "one in five buses was late"
