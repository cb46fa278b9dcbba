"""What kind of source a speaker is, read from the text itself.

- An organisation named by a body word (``the chamber of commerce``, ``the water board``) or
  by a company name that ends in a trade (``Veltrax Appliances``, ``Norland Logistics``) is a
  named organisation, not a person.
- People described by what they know or were told (``two people briefed on the matter``,
  ``a source familiar with the plans``) are anonymous sources, and the description is part
  of the speaker.
- A single given name with an age (``Shona, 41,``) is a person, so a later ``she`` resolves
  to her.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

TYPES = [
    pytest.param(
        "Unemployment in the valley is the worst in a decade, according to the chamber of "
        "commerce.",
        "the chamber of commerce",
        "named_org",
        id="chamber-of-commerce",
    ),
    pytest.param(
        "The water board said supplies would be rationed from Monday.",
        "water board",
        "named_org",
        id="water-board",
    ),
    pytest.param(
        "Veltrax Appliances said it had stopped selling the heater.",
        "Veltrax Appliances",
        "named_org",
        id="company-ending-appliances",
    ),
    pytest.param(
        "Norland Logistics said the strike had cost it three days of deliveries.",
        "Norland Logistics",
        "named_org",
        id="company-ending-logistics",
    ),
    pytest.param(
        "Brightwater Technologies told investors that profits would halve.",
        "Brightwater Technologies",
        "named_org",
        id="company-ending-technologies",
    ),
    pytest.param(
        "The mayor will stand down, according to two people briefed on the matter.",
        "two people briefed on the matter",
        "anonymous",
        id="people-briefed-on",
    ),
    pytest.param(
        "The deal could be signed next week, a source familiar with the talks said.",
        "a source familiar with the talks",
        "anonymous",
        id="source-familiar-with",
    ),
    pytest.param(
        "The club will sell its striker, according to three people close to the board.",
        "three people close to the board",
        "anonymous",
        id="people-close-to",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "kind"), TYPES)
def test_the_source_type_comes_from_the_text(text: str, speaker: str, kind: str) -> None:
    found = extract_attributions(text)
    assert found, f"nothing found in {text!r}"
    a = found[0]
    assert speaker.lower() in (a.speaker or "").lower()
    assert a.speaker_type == kind


PEOPLE = [
    pytest.param(
        "Karl Osei said it was the worst flood he had seen.",
        "Karl Osei",
        id="person-said-it-was",
    ),
    pytest.param(
        "Marta Lind said it would take years to rebuild the pier.",
        "Marta Lind",
        id="person-said-it-would-take",
    ),
    pytest.param(
        "Shona, 41, waited nine months for the operation. “I just cried,” she said.",
        "Shona",
        id="given-name-with-age",
    ),
    pytest.param(
        "Grandad Arthur, 88, was pulled from the water by a neighbour. “I thought that was it,” "
        "he said.",
        "Arthur",
        id="given-name-after-a-family-word",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PEOPLE)
def test_people_stay_people(text: str, speaker: str) -> None:
    found = extract_attributions(text)
    assert found, f"nothing found in {text!r}"
    a = found[-1]
    assert a.speaker is not None and speaker in a.speaker
    assert a.speaker_type == "named_person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Quillfeather said on Monday it would close its warehouse in Ostrevane. The company "
            "said all 240 staff would be offered jobs elsewhere.",
            "Quillfeather",
            id="said-it-then-the-company",
        ),
        pytest.param(
            "Moth Parade said that its drummer had left the band. The group said a new drummer "
            "would join in May.",
            "Moth Parade",
            id="said-its-then-the-group",
        ),
    ],
)
def test_a_name_spoken_of_as_it_and_then_as_a_body_is_an_organisation(
    text: str, speaker: str
) -> None:
    found = extract_attributions(text)
    assert [(a.speaker, a.speaker_type) for a in found] == [(speaker, "named_org")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # "it" for a situation, then a company that is someone else's
        "Marta Lind said it would take years to rebuild the pier. The company said it would help.",
        # a person who says "its" of a thing, with no body named after
        "Karl Osei said its walls were cracked.",
    ],
)
def test_people_who_say_it_stay_people(text: str) -> None:
    first = extract_attributions(text)[0]
    assert first.speaker_type == "named_person"


def test_an_unnamed_source_named_again_by_its_noun_is_the_same_source() -> None:
    text = (
        "An insider at the Palace Lane studios said the star had been axed. ‘She found out "
        "from the script,’ the insider said."
    )
    found = extract_attributions(text)
    assert [(a.speaker, a.speaker_type) for a in found] == [
        ("An insider at the Palace Lane studios", "anonymous")
    ] * 2
