"""Groups named by a plural noun for a kind of people, often with where they are.

"Farmers in the valley say ...", "Nurses at the hospital say ...": the phrase is a
collective source, even when the plural opens the sentence with a capital. The plural nouns
come from a word list, so that a surname such as "Sanders" stays a person; a body whose
name begins with such a noun ("Doctors for Clean Air") is an organisation.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "Farmers in the valley say the new water quotas will finish them within two seasons.",
            "Farmers in the valley",
            "the new water quotas will finish them within two seasons",
            id="farmers-in-the-valley-say",
        ),
        pytest.param(
            "Shopkeepers on the high street say trade has halved since the bridge closed.",
            "Shopkeepers on the high street",
            "trade has halved since the bridge closed",
            id="shopkeepers-on-say",
        ),
        pytest.param(
            "Nurses at the hospital say they have not been paid for overtime since March.",
            "Nurses at the hospital",
            "they have not been paid for overtime since March",
            id="nurses-at-say",
        ),
    ],
)
def test_a_plural_group_with_where_they_are(text: str, speaker: str, content: str) -> None:
    found = extract_attributions(text)
    assert [(a.speaker, a.speaker_type, a.content.strip(" .")) for a in found] == [
        (speaker, "collective", content)
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        pytest.param("Doctors for Clean Air said the plan would cost more.",
                     "Doctors for Clean Air", "named_org", id="doctors-for"),
        pytest.param("Tom Hale spoke first. Lawyers for Hale said he would appeal.",
                     "Lawyers for Hale", "collective", id="lawyers-for-a-named-person"),
        pytest.param("Gail Sanders spoke in Dover. Sanders said the plan would fail.",
                     "Gail Sanders", "named_person", id="surname-ending-in-s"),
        pytest.param("Residents of the estate said the lifts had been broken for weeks.",
                     "Residents of the estate", "collective", id="residents-of"),
    ],
)  # fmt: skip
def test_a_plural_opening_a_name_or_a_surname(text: str, speaker: str, kind: str) -> None:
    a = extract_attributions(text)[-1]
    assert (a.speaker, a.speaker_type) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Nurses at St Anselm’s Hospital voted on Tuesday to strike. They say wards have "
            "been short of staff since the autumn.",
            "Nurses at St Anselm’s Hospital",
            id="they-after-a-group-that-voted",
        ),
        pytest.param(
            "Residents of Tern Close have asked the council for years to fix the drains. The "
            "council’s engineer visited in May.\n\nThey say he never lifted a manhole cover.",
            "Residents of Tern Close",
            id="they-two-sentences-later",
        ),
        pytest.param(
            "Residents of the Brookfold estate say they have had no hot water for a fortnight.",
            "Residents of the Brookfold estate",
            id="residents-of-say",
        ),
    ],
)
def test_they_points_to_the_group_that_opened_a_sentence(text: str, speaker: str) -> None:
    a = extract_attributions(text)[-1]
    assert (a.speaker, a.speaker_type) == (speaker, "collective")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("“His plan is a trap,” Tom Hale and Ana Silva wrote.",
                     "Tom Hale and Ana Silva", id="two-names-after-a-quotation"),
        pytest.param("Tom Hale and Ana Silva said the port would close.",
                     "Tom Hale and Ana Silva", id="two-names-before-said"),
    ],
)  # fmt: skip
def test_two_people_named_together_speak_together(text: str, speaker: str) -> None:
    [a] = extract_attributions(text)
    assert (a.speaker, a.speaker_type) == (speaker, "named_person")


def test_questioned_after_a_quotation_names_its_speaker() -> None:
    [a] = extract_attributions("Ana Ruiz spoke first.\n\n“Why?” Tom Hale questioned.")
    assert (a.speaker, a.content) == ("Tom Hale", "Why?")
