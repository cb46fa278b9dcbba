"""A later role noun names the person the text first gave that role, in other words too.

"the port chief" after "Lars Ekdahl, the head of the port authority"; "the father" after
"one worried dad"; "the club boss" after "manager Phil Okoye". The later noun matches the
earlier description when its head means the same job or family tie (chief/head/boss,
father/dad) and any word before it (port, club) is in the earlier description too. A
different job ("the port's lawyer") or another place ("the airport chief") matches no one.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

SAME_PERSON = [
    pytest.param(
        '"We lost four days of shipping," said Lars Ekdahl, the head of the port authority.\n\n'
        "The port chief said the backlog would clear by the weekend.",
        "Lars Ekdahl",
        id="port-chief-is-the-head-of-the-port-authority",
    ),
    pytest.param(
        "“We will fight on,” said Rosa Delgado, the leader of the tenants’ association.\n\n"
        "The tenants’ head said rents had doubled in two years.",
        "Rosa Delgado",
        id="head-is-the-leader",
    ),
    pytest.param(
        "‘We gave it everything,’ said manager Phil Okoye.\n\n"
        "The boss said his players were exhausted.",
        "Phil Okoye",
        id="boss-is-the-manager",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SAME_PERSON)
def test_a_role_in_other_words_is_the_same_person(text: str, speaker: str) -> None:
    found = extract_attributions(text)
    assert [a.speaker for a in found] == [speaker, speaker]
    assert found[-1].speaker_type == "named_person"


def test_a_family_word_in_other_words_is_the_same_anonymous_source() -> None:
    text = (
        "One worried dad, who did not want to be named, said his son had been bullied for "
        "months. ‘The school just shrugs,’ the father said."
    )
    found = extract_attributions(text)
    assert [(a.speaker, a.speaker_type) for a in found] == [
        ("One worried dad", "anonymous"),
        ("One worried dad", "anonymous"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"We lost four days of shipping," said Lars Ekdahl, the head of the port '
            "authority.\n\nThe airport chief said flights were running normally.",
            id="another-place",
        ),
        pytest.param(
            '"We lost four days of shipping," said Lars Ekdahl, the head of the port '
            "authority.\n\nThe port's lawyer said the claim would fail.",
            id="another-job",
        ),
    ],
)
def test_another_role_is_someone_else(text: str) -> None:
    found = extract_attributions(text)
    assert found[-1].speaker != "Lars Ekdahl"
