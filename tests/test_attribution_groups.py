"""Groups named by a plural noun for a kind of people, often with where they are.

"Farmers in the valley say ...", "Nurses at the hospital say ...": the phrase is a
collective source, even when the plural opens the sentence with a capital. The plural nouns
come from a word list, so that a surname such as "Sanders" stays a person; a body whose
name begins with such a noun ("Parents for Safer Streets") is an organisation.
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
        pytest.param("Parents for Safer Streets said the plan would cost more.",
                     "Parents for Safer Streets", "named_org", id="parents-for"),
        pytest.param("Gail Sanders spoke in Dover. Sanders said the plan would fail.",
                     "Gail Sanders", "named_person", id="surname-ending-in-s"),
        pytest.param("Residents of the estate said the lifts had been broken for weeks.",
                     "Residents of the estate", "collective", id="residents-of"),
    ],
)  # fmt: skip
def test_a_plural_opening_a_name_or_a_surname(text: str, speaker: str, kind: str) -> None:
    a = extract_attributions(text)[-1]
    assert (a.speaker, a.speaker_type) == (speaker, kind)
