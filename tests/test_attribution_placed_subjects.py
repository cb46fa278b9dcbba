"""A speaker phrase with a place or a group after its head: ``Most voters in the county said``.

A word for people (``voters``, ``residents``, ``officials``) may take a phrase after it
that says where they are or which group they belong to (``in the county``, ``at the
meeting``, ``from the north``); the whole phrase is the speaker, as ``people close to the
board`` is. A thing followed by a place (``the strike in the city``) is not a speaker.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

PLACED = [
    # wire style
    pytest.param(
        "Most voters in the county said the plan was fair.",
        "Most voters in the county",
        id="most-voters-in",
    ),
    pytest.param(
        "Several officials at the ministry said the talks had stalled.",
        "Several officials at the ministry",
        id="officials-at",
    ),
    # broadsheet style
    pytest.param(
        "Most delegates from the northern states said the rules were unfair.",
        "Most delegates from the northern states",
        id="delegates-from",
    ),
    pytest.param(
        "Many teachers in the district said the new timetable had come too late.",
        "Many teachers in the district",
        id="teachers-in",
    ),
    # tabloid style
    pytest.param(
        "Furious shoppers at the new store said the queues were a joke.",
        "Furious shoppers at the new store",
        id="tabloid-shoppers-at",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PLACED)
def test_a_place_after_a_word_for_people_is_part_of_the_speaker(text: str, speaker: str) -> None:
    [a] = extract_attributions(text)
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == speaker


def test_a_thing_in_a_place_is_not_a_speaker() -> None:
    text = "The long strike at the big steel plant in the north showed no sign of ending."
    assert extract_attributions(text) == []
