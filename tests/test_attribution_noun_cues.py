"""Noun cues with their owner: ``the senator's claim that ...``, ``her calls for ...``.

A view or a demand can be reported by a noun as well as by a verb: the owner of the noun
(``Ruiz's``, ``his``, ``the union's``) holds it, and what follows is the content: a clause
after ``that`` (``the warning that strikes would follow``), an infinitive (``her promise
to rebuild the pier``) or the noun phrase after the noun's preposition (``criticism of
the budget``, ``support for the runway``). The phrase is read as the subject its sentence
opens with; inside a clause it is what that clause's verb reports. Without an owner in the
text (``the plan to close the library``), or without the complement such a noun takes
(``her claim to the land``, ``his view of the harbour``), nothing is reported.
"""

from __future__ import annotations

import pytest
from _attributions import said_by

from lessonkit.attribution import extract_attributions

NOUN_CUES = [
    # wire style
    pytest.param(
        "Okafor's opposition to the merger has not softened since March.",
        ("Okafor", "opposition to", "the merger"),
        id="name-opposition-to",
    ),
    pytest.param(
        "The union's warning that strikes would follow was ignored by the board.",
        ("The union", "warning", "strikes would follow"),
        id="org-warning-that",
    ),
    pytest.param(
        "The council's decision to close the library angered parents.",
        ("The council", "decision", "to close the library"),
        id="org-decision-to",
    ),
    pytest.param(
        "Senator Ana Ruiz spoke for an hour. Her calls for an inquiry into the contract "
        "went unanswered on Tuesday.",
        ("Her", "calls for", "an inquiry into the contract"),
        id="pronoun-calls-for",
    ),
    # broadsheet style
    pytest.param(
        "Mr. Hale's repeated criticism of the budget, which he called reckless, dominated "
        "the debate.",
        ("Mr. Hale", "criticism of", "the budget"),
        id="adjective-criticism-of",
    ),
    pytest.param(
        "Lena Brandt's accusation that the count in the northern wards was flawed drew a "
        "sharp reply.",
        ("Lena Brandt", "accusation", "the count in the northern wards was flawed"),
        id="name-accusation-that",
    ),
    pytest.param(
        "The governor's long support for the new runway is well known.",
        ("The governor", "support for", "the new runway"),
        id="support-for-before-verb",
    ),
    # tabloid style
    pytest.param(
        "The singer's furious attacks on the paparazzi went viral overnight.",
        ("The singer", "attacks on", "the paparazzi"),
        id="tabloid-attacks-on",
    ),
    pytest.param(
        "Mayor Jo Lee is back. Her promise to rebuild the pier, made in 2019, is now kept.",
        ("Her", "promise", "to rebuild the pier"),
        id="tabloid-promise-to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_CUES)
def test_a_noun_cue_reports_its_owners_view(text: str, expected: tuple[str, str, str]) -> None:
    owner, cue, content = expected
    got = said_by(text)
    assert (owner, cue, content) in got, got


def test_a_pronoun_owner_is_resolved_to_the_person() -> None:
    text = "Senator Ana Ruiz spoke first. Her calls for an inquiry were ignored."
    [a] = [a for a in extract_attributions(text) if a.cue == "calls for"]
    assert a.speaker is not None and "Ruiz" in a.speaker


@pytest.mark.parametrize(
    "text",
    [
        # No owner in the text: whose plan it is goes unsaid.
        "The plan to close the library angered parents.",
        "Calls for an inquiry grew louder over the weekend.",
        # The noun without the complement that would report a view.
        "Her support was decisive in the final round.",
        "The company's claim to the land was rejected in court.",
        "Her calls to the helpline went unanswered.",
        "His view of the harbour was blocked by the new flats.",
        # A time owns nothing: "last year's" is not a source.
        "Last year's plan to close the library was dropped.",
    ],
)
def test_a_noun_without_owner_or_complement_reports_nothing(text: str) -> None:
    assert extract_attributions(text) == []
