"""Quotations in single marks, the house style of many British papers and some wires.

- A quotation in ‘…’ that runs over paragraphs is one quotation, as with double marks: no
  closing mark at the end of a paragraph, an opening ‘ at the start of the next.
- A paragraph quoted in straight single marks only ('...') is read the same way: a ' after
  a space or a bracket opens, a ' after the words closes, and one between letters (We'll)
  is an apostrophe. Beside double marks a straight ' is an apostrophe or an inner quote.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions


def test_a_single_marked_quotation_over_two_paragraphs_is_one() -> None:
    text = (
        "Pensioner Rita Vale, 78, said: ‘The lift broke in June. Nobody came.\n\n"
        "‘I’ve been carrying my shopping up nine floors ever since.’\n"
    )
    [a] = extract_attributions(text)
    assert a.speaker == "Rita Vale" or a.speaker.endswith("Rita Vale")
    assert a.content.startswith("The lift broke in June.")
    assert a.content.endswith("ever since.")


def test_an_unclosed_single_mark_before_an_unquoted_paragraph_is_no_quotation() -> None:
    text = "Locals call it ‘the Steps. Nobody knows why.\n\nThe council said it would look.\n"
    found = extract_attributions(text)
    assert all("Nobody knows why" not in a.content for a in found)


def test_straight_single_marks_with_apostrophes() -> None:
    text = "'We'll be back next season,' said manager Phil Okoye. 'The lads gave everything.'\n"
    got = [(a.speaker, a.content) for a in extract_attributions(text)]
    assert got == [
        ("Phil Okoye", "We'll be back next season,"),
        ("Phil Okoye", "The lads gave everything."),
    ]


def test_a_straight_apostrophe_in_a_plain_sentence_opens_nothing() -> None:
    text = "The players' union said the season was too long.\n"
    [a] = extract_attributions(text)
    assert a.kind == "indirect"
    assert a.content == "the season was too long"


def test_dropped_letters_and_cut_years_are_no_closing_marks() -> None:
    text = (
        "‘We were singin’ our hearts out back in the ’90s and the roof started leakin’ on the "
        "band,’ laughed choir leader Moira Quayle, 61.\n"
    )
    [a] = extract_attributions(text)
    assert a.speaker == "Moira Quayle" and a.cue == "laughed"
    assert a.content.startswith("We were singin’") and a.content.endswith("on the band,")


def test_a_paragraph_opening_with_a_straight_single_mark_has_double_marks_inside() -> None:
    text = "'He rang and said \"Your account has been hacked\" and I believed him,' she said.\n"
    found = extract_attributions(text)
    outer = [a for a in found if "nested" not in a.flags]
    inner = [a for a in found if "nested" in a.flags]
    assert [a.content for a in outer] == [
        'He rang and said "Your account has been hacked" and I believed him,'
    ]
    assert [a.content for a in inner] == ["Your account has been hacked"]


def test_told_an_audience_then_a_colon_is_the_quotation() -> None:
    text = "Singer Stevie Crane told fans at the Harlow Academy: ‘This is our last gig here.’\n"
    [a] = extract_attributions(text)
    assert (a.kind, a.content) == ("direct", "This is our last gig here.")


@pytest.mark.parametrize(
    "text",
    [
        "The crowd laughed at the joke.",
        "She smiled and waved at the cameras.",
        "The baby cried all night.",
    ],
)
def test_laughing_and_crying_without_a_quotation_say_nothing(text: str) -> None:
    assert extract_attributions(text) == []


def test_a_closing_mark_before_from_is_no_plurals_apostrophe() -> None:
    text = (
        "The chief constable, Anand Kess, said the force had ‘learned hard lessons’ from the "
        "riot. ‘Officers were sent in without a plan,’ he said.\n"
    )
    got = [(a.kind, a.content) for a in extract_attributions(text)]
    assert got == [
        ("mixed", "the force had ‘learned hard lessons’ from the riot"),
        ("direct", "Officers were sent in without a plan,"),
    ]
