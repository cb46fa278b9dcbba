"""People named by what they are, where they were or whom the speaker met.

- A person noun with a place or a garment after it opens the sentence as its speaker:
  "The bloke in the hi-vis vest shouted ...", "The woman at the next table said ...".
- A relative clause without "who" belongs to the phrase: "Every official I spoke to said",
  "The doctors we met say"; every/each/all or a plural make it a collective source, "one"
  an anonymous one.
- Other things with a place after them are no speaker: "The rain in the hills said nothing."
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        pytest.param("The bloke in the hi-vis vest shouted “Run!” and we ran.",
                     "The bloke in the hi-vis vest", "unknown", id="bloke-in-the-vest"),
        pytest.param("The woman at the next table said the soup was cold.",
                     "The woman at the next table", "unknown", id="woman-at-the-table"),
        pytest.param("Every official I spoke to said the form was lost.",
                     "Every official I spoke to", "collective", id="every-official-i-spoke-to"),
        pytest.param("The doctors we met say the ward is full every night.",
                     "The doctors we met", "collective", id="the-doctors-we-met"),
        pytest.param("One guard they asked said the gate had been locked.",
                     "One guard they asked", "anonymous", id="one-guard-they-asked"),
    ],
)  # fmt: skip
def test_a_described_person_speaks(text: str, speaker: str, kind: str) -> None:
    found = extract_attributions(text)
    assert found, text
    assert (found[0].speaker, found[0].speaker_type) == (speaker, kind)


def test_a_thing_in_a_place_is_no_speaker() -> None:
    assert extract_attributions("The rain in the hills said nothing of the drought.") == []


def test_an_inner_quotation_goes_to_the_person_the_speaker_describes() -> None:
    text = "‘The bloke in the hi-vis vest shouted “Run!” and we didn’t look back,’ she said."
    inner = [a for a in extract_attributions(text) if "nested" in a.flags]
    assert [(a.speaker, a.content) for a in inner] == [("The bloke in the hi-vis vest", "Run!")]
