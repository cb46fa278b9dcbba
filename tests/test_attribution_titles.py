"""Names after an age or a long title, and street names that are no one.

- "Hector Mora, 58, a dairy farmer from Pell County, said": the speaker is the name before
  the age, not the age.
- "Transit Director Oksana Reyes said ... She said ...": a title of several words ends at its
  role noun; the name after it is a person a later "she" can point to.
- "Halden Avenue" is a street, never a person, even when a verb follows it.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Hector Mora, 58, a dairy farmer from Pell County, said the drought had cost him "
            "half his feed.",
            "Hector Mora",
            id="name-age-role-from-place",
        ),
        pytest.param(
            "Her neighbour Dougie Marr, 70, a retired postman, said the stop had no bench.",
            "Dougie Marr",
            id="family-word-name-age-role",
        ),
        pytest.param(
            "Ana Pell, 41, the club's treasurer, said the accounts were in order.",
            "Ana Pell",
            id="name-age-the-role",
        ),
    ],
)
def test_the_name_before_an_age_and_a_role_speaks(text: str, speaker: str) -> None:
    [a] = extract_attributions(text)
    assert (a.speaker, a.speaker_type) == (speaker, "named_person")


def test_a_long_title_ends_at_its_role_and_the_pronoun_finds_the_name() -> None:
    text = (
        "Transit Director Oksana Reyes said the lanes on Halden Avenue would open in May. "
        "She said the city had paid for them."
    )
    assert [a.speaker for a in extract_attributions(text)] == ["Oksana Reyes", "Oksana Reyes"]


def test_a_street_is_no_one() -> None:
    text = (
        "Police Chief Dana Voss said traffic on Mill Road would be diverted. "
        "She said the works would last a week."
    )
    assert [a.speaker for a in extract_attributions(text)] == ["Dana Voss", "Dana Voss"]


def test_the_head_of_a_body_then_a_name_is_the_name() -> None:
    text = (
        "The head of the Ashcarrow Orchestra, Lisette Marr, described the cuts as “the slow "
        "strangling of an institution”."
    )
    [a] = extract_attributions(text)
    assert (a.speaker, a.speaker_type) == ("Lisette Marr", "named_person")


def test_said_about_a_number_is_roughly_that_number() -> None:
    text = "A union official, Wes Hall, said about 150 workers would lose their jobs by June."
    [a] = extract_attributions(text)
    assert a.content == "about 150 workers would lose their jobs by June"
