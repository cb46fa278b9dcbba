"""The name a reader is shown for a speaker: without the sentence's opening word run into it
("Then Tom Reyes") or a possessive ending ("Novak's"), whether the speaker is named where
they speak or a pronoun points back to them."""

from __future__ import annotations

import pytest

from lessonkit import extract_attributions

# (passage, the speaker of the passage's last attribution)
CASES = [
    (
        "Mara Olsen met voters at the market. Then Tom Reyes arrived. He said the race was close.",
        "Tom Reyes",
    ),
    (
        "Ana Ruiz's campaign said on Monday that it would appeal. "
        "She added that the count had been fair.",
        "Ana Ruiz",
    ),
    (
        "Although Hugo Penrose's team lost the final, he said the season was a success.",
        "Hugo Penrose",
    ),
    ("Meanwhile Lena Marsh told reporters the bridge would reopen in May.", "Lena Marsh"),
    ("Even Carla Diaz conceded that the count was slow.", "Carla Diaz"),
    ("Now Idris Bello says the ferry will run all winter.", "Idris Bello"),
    # Words that are names as well as words stay in the name.
    ("Will Hart said the fund was empty.", "Will Hart"),
    ("Grace Obi, a nurse, said the ward was full.", "Grace Obi"),
]


@pytest.mark.parametrize(("passage", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_a_speaker_is_shown_without_an_opening_word_or_possessive(
    passage: str, speaker: str
) -> None:
    found = extract_attributions(passage)
    assert found, "no attribution found"
    assert found[-1].speaker == speaker
