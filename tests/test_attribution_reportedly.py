"""``reportedly`` and ``is said to``: a claim the text attributes to unnamed reports.

``The striker reportedly asked to leave`` and ``the minister is said to have resigned``
report what someone said without naming them: the clause that holds the word is the
content, with no speaker. A clause of its own after ``, but`` or ``;`` is the reporter's.
``Said to`` with an addressee (``said to reporters``) is a cue of the usual kind.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

REPORTEDLY = [
    # wire style
    pytest.param(
        "The striker reportedly asked to leave the club in January.",
        "The striker reportedly asked to leave the club in January",
        id="reportedly-mid",
    ),
    pytest.param(
        "Reportedly, the two leaders met in secret last spring.",
        "the two leaders met in secret last spring",
        id="reportedly-opening",
    ),
    # broadsheet style
    pytest.param(
        "The minister is said to have offered her resignation twice, but the premier refused.",
        "The minister is said to have offered her resignation twice",
        id="is-said-to-but",
    ),
    pytest.param(
        "Both bidders have reportedly looked at the shipyard; neither would comment.",
        "Both bidders have reportedly looked at the shipyard",
        id="reportedly-semicolon",
    ),
    # tabloid style
    pytest.param(
        "The love-rat star was reportedly spotted leaving a nightclub at 4am.",
        "The love-rat star was reportedly spotted leaving a nightclub at 4am",
        id="tabloid-reportedly",
    ),
]


@pytest.mark.parametrize(("text", "content"), REPORTEDLY)
def test_reportedly_reports_its_clause_with_no_speaker(text: str, content: str) -> None:
    found = [(a.speaker, a.content) for a in extract_attributions(text)]
    assert (None, content) in found, found


def test_said_to_an_addressee_is_a_plain_cue() -> None:
    text = "Ruiz said to reporters that the vote was lost."
    [a] = extract_attributions(text)
    assert a.speaker == "Ruiz" and a.content == "the vote was lost"


@pytest.mark.parametrize(
    "text",
    [
        "Reports of the merger were denied.",
        "The report was published on Monday.",
    ],
)
def test_a_report_as_a_noun_is_not_reportedly(text: str) -> None:
    assert extract_attributions(text) == []
