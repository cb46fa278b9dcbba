"""An age before a relative clause is not the speaker: ``Ana Ruiz, 34, who runs a bakery, said``.

News writing gives a person's age in commas after the name, and often a relative clause
after it; the speaker is the name, never the number.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # wire style
        ("Ana Ruiz, 34, who runs a bakery, said trade had halved.", "Ana Ruiz"),
        # broadsheet style
        (
            "Woodrow Bell, 58, who has farmed outside Dover for thirty years, says he knew "
            "little about the plan.",
            "Woodrow Bell",
        ),
        # tabloid style
        (
            "Gran Edna Price, 81, who was trapped upstairs for two hours, told how firemen "
            "saved her.",
            "Gran Edna Price",
        ),
    ],
)
def test_the_name_before_the_age_is_the_speaker(text: str, speaker: str) -> None:
    [a] = extract_attributions(text)
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == speaker


def test_a_count_before_a_relative_clause_is_left_alone() -> None:
    # Not an age after a name: the phrase before "who" is read as before.
    text = "The residents, who met on Friday, said the road was unsafe."
    [a] = extract_attributions(text)
    assert a.speaker == "The residents"
