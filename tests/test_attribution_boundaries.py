"""Where reported speech ends: at the end of the reported clause, not of the sentence.

A reporter often hangs their own words on the end of a reported clause: a participle clause
(", leading to ..."), a contrast (", even though ..."), a relative clause on the last noun
(", who ...") or a sentence adverbial of time. Those are the reporter's, so the content
stops before them; a comma inside the reported clause itself ("the plan, which cost $5m,
had failed") does not end it.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

BOUNDARIES = [
    # A participle clause after the reported clause is the reporter's.
    pytest.param(
        "The mayor said the bridge would reopen in May, prompting cheers from the crowd.",
        "the bridge would reopen in May",
        id="participle-clause-after-said",
    ),
    pytest.param(
        "The union endorsed Clara Vance, giving her campaign its first big backer.",
        "Clara Vance",
        id="participle-clause-after-an-object",
    ),
    pytest.param(
        "Doctors warned that the clinic was short of staff, forcing some patients to travel.",
        "the clinic was short of staff",
        id="participle-clause-after-that",
    ),
    # A contrast or a concession is a clause of its own.
    pytest.param(
        "The ministry said the water was safe to drink, even though several wells had failed.",
        "the water was safe to drink",
        id="even-though",
    ),
    pytest.param(
        "Farmers said the harvest was the worst in a decade, while traders reported steady prices.",
        "the harvest was the worst in a decade",
        id="comma-while-a-new-subject",
    ),
    pytest.param(
        "The coach said his players were tired, whereas the captain blamed the pitch.",
        "his players were tired",
        id="whereas",
    ),
    # A relative clause on the last noun, running to the end, describes it for the reader.
    pytest.param(
        "Police said they were still looking for the driver, who fled on foot.",
        "they were still looking for the driver",
        id="final-relative-clause-on-the-last-noun",
    ),
    pytest.param(
        "The council supported the plan by Ortiz Builders, which won the tender last year.",
        "the plan by Ortiz Builders",
        id="final-which-clause-after-an-object",
    ),
    # A comma inside the reported clause keeps it whole.
    pytest.param(
        "The minister said the scheme, which cost £5m, had failed.",
        "the scheme, which cost £5m, had failed",
        id="relative-clause-inside-the-content-stays",
    ),
    pytest.param(
        "She said the report, published on Monday, was wrong about the dates.",
        "the report, published on Monday, was wrong about the dates",
        id="participle-inside-the-content-stays",
    ),
    # The cue after the words, then a scene: the words before the cue only.
    pytest.param(
        "Sales were good all summer, the stallholder said, wiping flour off her hands.",
        "Sales were good all summer",
        id="scene-participle-after-the-cue",
    ),
    pytest.param(
        "The plan, she said, will fail, prompting groans from the back of the hall.",
        "The plan, she said, will fail",
        id="interrupting-cue-then-the-reporters-tail",
    ),
    # ", and" with a subject of its own starts the reporter's next clause.
    pytest.param(
        "She said she would stand for mayor, and Mr Odell is among those who may join her.",
        "she would stand for mayor",
        id="comma-and-a-new-subject",
    ),
    pytest.param(
        "He said the water was rising and the road was closed.",
        "the water was rising and the road was closed",
        id="and-without-a-comma-stays-inside",
    ),
    # "no." ends a sentence unless a number follows it.
    pytest.param(
        "Asked if he had been bullied, the candidate said no. But he said teasing was common.",
        "teasing was common",
        id="no-full-stop-ends-the-sentence",
    ),
    pytest.param(
        "The ferry will dock at No. 4 berth from Monday, the harbour master said.",
        "The ferry will dock at No. 4 berth from Monday",
        id="no-before-a-number-is-an-abbreviation",
    ),
    # "called X “Y”": the content ends with the quoted name it gives.
    pytest.param(
        "Ruiz called the ferry timetable “a shambles,” pointing to a week of cancellations.",
        "the ferry timetable “a shambles,”",
        id="called-then-a-participle",
    ),
    pytest.param(
        "Ruiz called the levy “a tax on the poor” and promised to scrap it.",
        "the levy “a tax on the poor”",
        id="called-then-and-a-verb",
    ),
    pytest.param(
        "Ruiz called the owners “absent landlords” (although she praised one of them).",
        "the owners “absent landlords”",
        id="called-then-a-parenthesis",
    ),
    pytest.param(
        "Ruiz called Odell a “petty tyrant” who acted “like a king.”",
        "Odell a “petty tyrant” who acted “like a king.”",
        id="called-then-a-relative-clause-stays",
    ),
    pytest.param(
        "Ruiz called Odell a “petty tyrant” and “a bully,” and then left the hall.",
        "Odell a “petty tyrant” and “a bully,”",
        id="called-two-names-joined-by-and",
    ),
    pytest.param(
        "Ruiz has called the levy “unfair,” and her party has tried to scrap it.",
        "the levy “unfair,”",
        id="called-then-a-comma-and-a-new-clause",
    ),
    pytest.param(
        "Ruiz called the deal a “stitch-up” and she walked out of the talks.",
        "the deal a “stitch-up”",
        id="called-then-and-a-pronoun",
    ),
    pytest.param(
        "Commentators call this the “expectations game” — setting the bar low on purpose.",
        "this the “expectations game”",
        id="called-then-a-dash",
    ),
    pytest.param(
        "Dockers marching through the port chanted “What contract?” and kept going until dawn.",
        "What contract?",
        id="a-closed-quotation-then-the-scene",
    ),
    pytest.param(
        "Hale said the levy would cost families “a little more,” an admission that the "
        "council seized on at once.",
        "the levy would cost families “a little more,”",
        id="the-reporters-summary-after-a-comma",
    ),
    pytest.param(
        "Hale likened the levy to “a tax on breathing” - a charge that stung the council.",
        "the levy to “a tax on breathing”",
        id="the-reporters-summary-after-a-dash",
    ),
    pytest.param(
        "The mayor has repeatedly wondered whether the auditors will be “fair” to the port, "
        "playing what aides call a familiar game.",
        "whether the auditors will be “fair” to the port",
        id="wondered-whether",
    ),
    pytest.param(
        "When Hale noted that the ferry had not run in years ― as the timetable shows ― Ruiz "
        "shrugged.",
        "the ferry had not run in years",
        id="a-horizontal-bar-is-a-dash",
    ),
    pytest.param(
        "The engineer said the tunnel was sound, and that repairs would take a week.",
        "the tunnel was sound",
        id="and-that-starts-a-second-content",
    ),
    pytest.param(
        "The ferry firm said that the delay was brief and that no one had been hurt.",
        "the delay was brief and that no one had been hurt",
        id="and-that-without-a-comma-is-one-content",
    ),
    pytest.param(
        "Officials said the vote was “free and fair” and that turnout had been high.",
        "the vote was “free and fair” and that turnout had been high",
        id="and-that-after-a-quoted-phrase-is-one-content",
    ),
]


@pytest.mark.parametrize(("text", "content"), BOUNDARIES)
def test_reported_speech_ends_with_its_clause(text: str, content: str) -> None:
    found = [a for a in extract_attributions(text) if a.rule != "asked-question"]
    assert found, f"nothing found in {text!r}"
    assert found[0].content == content


# Where reported speech starts: past how long or how often the source has said it.
STARTS = [
    pytest.param(
        "The ferry company has said for years that the route loses money.",
        ("The ferry company", "the route loses money"),
        id="for-years-that",
    ),
    pytest.param(
        "Residents have complained for months that the water tastes of iron.",
        ("Residents", "the water tastes of iron"),
        id="for-months-that",
    ),
    pytest.param(
        "The union has long argued that the yard needs a new crane.",
        ("The union", "the yard needs a new crane"),
        id="has-long-argued",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STARTS)
def test_reported_speech_starts_after_a_duration(text: str, expected: tuple[str, str]) -> None:
    [a] = extract_attributions(text)
    assert (a.speaker, a.content) == expected
