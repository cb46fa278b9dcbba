"""An infinitive content is not an adjunct: ``Ruiz vowed to cut council tax next week``.

After a verb that takes an infinitive (``wants``, ``vowed``, ``urged``), ``to`` and a verb
start the content, even when a time ends the sentence (``on Saturday``, ``next week``);
``to`` and a name or a noun phrase after a verb of speech stay an adjunct (``said to
reporters``, ``told to the BBC``).
"""

from __future__ import annotations

import pytest
from _attributions import sources_and_contents

from lessonkit.attribution import extract_attributions

INFINITIVES = [
    # wire style
    pytest.param(
        "Ruiz vowed to cut council tax on Saturday.",
        ("Ruiz", "to cut council tax on Saturday"),
        id="vowed-to-on-day",
    ),
    pytest.param(
        "The ministry wants to reopen the border crossing next week.",
        ("The ministry", "to reopen the border crossing next week"),
        id="wants-to-next-week",
    ),
    # broadsheet style
    pytest.param(
        "Ms. Okafor has pledged to publish the full accounts in March.",
        ("Ms. Okafor", "to publish the full accounts in March"),
        id="pledged-to-in-month",
    ),
    pytest.param(
        "The coalition plans to hold a vote on the budget this autumn.",
        ("The coalition", "to hold a vote on the budget this autumn"),
        id="plans-to-this-season",
    ),
    # tabloid style
    pytest.param(
        "Furious fans vowed to boycott the club's shop on Monday.",
        ("Furious fans", "to boycott the club's shop on Monday"),
        id="tabloid-vowed-to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVES)
def test_an_infinitive_is_the_content_whatever_time_follows(
    text: str, expected: tuple[str, str]
) -> None:
    got = sources_and_contents(text)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "to" and the audience or a place: an adjunct, as before.
        ("Ruiz said to reporters on Friday that the vote was lost.", "the vote was lost"),
        (
            "The mayor wrote to the council last week that the pier was unsafe.",
            "the pier was unsafe",
        ),
    ],
)
def test_to_before_an_audience_stays_an_adjunct(text: str, content: str) -> None:
    assert [a.content for a in extract_attributions(text)] == [content]
