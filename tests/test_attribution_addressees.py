"""Whom a speaker told, warned or dismissed is not what they said.

- After "told", "informed", "assured" or "briefed" the first noun phrase is the person or
  body addressed. At the end of a sentence ("…, the harbour master told the council on
  Monday.") the words said are the clause before the speaker, not the addressee.
- "warned X about Y", "told X of Y", "dismissed the appeal", "rejected an application":
  an addressee or an act on a document with no clause after it reports no words.
- A statement that interrupts its first clause also covers a second clause joined by "and"
  ("The line would reopen by Wednesday, the statement said, and buses would run until
  then."): two contents, one speaker.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

TRAILING = [
    pytest.param(
        "Repairs to the sea wall will cost twice the estimate, the harbour master, Ilse Brandt, "
        "told the council on Monday.",
        "Ilse Brandt",
        "Repairs to the sea wall will cost twice the estimate",
        id="told-the-council-after-content",
    ),
    pytest.param(
        "The factory will close in March, the owner told staff.",
        "the owner",
        "The factory will close in March",
        id="told-staff",
    ),
    pytest.param(
        "No trains will run on Sunday, the operator informed passengers late on Friday.",
        "the operator",
        "No trains will run on Sunday",
        id="informed-passengers",
    ),
    pytest.param(
        "The school would stay open, the head teacher assured parents in a letter.",
        "the head teacher",
        "The school would stay open",
        id="assured-parents-in-a-letter",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), TRAILING)
def test_the_addressee_at_the_end_is_not_the_content(text: str, speaker: str, content: str) -> None:
    found = extract_attributions(text)
    got = [(a.speaker or "", a.content.strip(" ,.")) for a in found]
    assert any(speaker.lower() in s.lower() and c == content for s, c in got), got
    # and nothing reports the addressee as what was said
    assert all(not c.startswith(("the council", "staff", "passengers", "parents")) for _, c in got)


@pytest.mark.parametrize(
    ("text", "none"),
    [
        pytest.param(
            "Caretaker Dev Patel, 52, had warned the school about the leak in his report in "
            "January.",
            "the school about the leak",
            id="warned-x-about",
        ),
        pytest.param(
            "Judge Corinne Adeyemi dismissed the council’s appeal on Friday.",
            "the council’s appeal",
            id="dismissed-the-appeal",
        ),
        pytest.param(
            "The planning committee rejected an application for 40 flats on the site.",
            "an application",
            id="rejected-an-application",
        ),
        pytest.param(
            "Neighbours told police of a strong smell of gas.",
            "police of a strong smell",
            id="told-x-of",
        ),
    ],
)
def test_an_addressee_or_an_act_reports_no_words(text: str, none: str) -> None:
    found = extract_attributions(text)
    assert all(none not in a.content for a in found), [a.content for a in found]


@pytest.mark.parametrize(
    "text",
    [
        # the clause after the addressee is still what was said
        "The minister warned farmers that the drought would last into spring.",
        "Officials told reporters the border would reopen on Monday.",
    ],
)
def test_a_clause_after_the_addressee_is_still_reported(text: str) -> None:
    found = extract_attributions(text)
    assert found and found[0].content.startswith("the ")


def test_an_interrupting_statement_covers_the_clause_joined_to_it() -> None:
    text = (
        "The Ministry of Transport issued a statement late on Sunday. The rail line would "
        "reopen by Wednesday, the statement said, and buses would replace trains until then."
    )
    got = [(a.speaker, a.content.strip(" ,.")) for a in extract_attributions(text)]
    assert ("Ministry of Transport", "The rail line would reopen by Wednesday") in got
    assert ("Ministry of Transport", "buses would replace trains until then") in got


def test_a_clause_joined_after_a_plain_said_stays_the_reporters() -> None:
    text = "Prices rose again in May, the bank said, and that is no surprise."
    contents = [a.content.strip(" ,.") for a in extract_attributions(text)]
    assert "Prices rose again in May" in contents
    assert "that is no surprise" not in contents


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param("The appeal court ruled that the ban was lawful.", "The appeal court",
                     "the ban was lawful", id="ruled-that"),
        pytest.param("My boss texted me: “Do not come back.”", "My boss", "Do not come back.",
                     id="texted-me-colon-quote"),
    ],
)  # fmt: skip
def test_a_ruling_and_a_text_message_report_words(text: str, speaker: str, content: str) -> None:
    [a] = extract_attributions(text)
    assert (a.speaker, a.content) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The king ruled the country for 40 years.",
        "The judge ruled out a retrial.",
        "She texted her brother after the match.",
        "Read the text of the ruling.",
    ],
)
def test_ruling_and_texting_without_words_report_nothing(text: str) -> None:
    assert extract_attributions(text) == []
