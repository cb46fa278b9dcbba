"""The subject of a sentence that opens with more than one fronted phrase.

"On Thursday, after weeks of silence, Ms Lane spoke on the radio, saying, “…”": the
speaker of the participle cue is the subject after the opening phrases, however many
there are, not a word inside them.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the words reported, the speaker
FRONTED = [
    pytest.param(
        "On Thursday, after staying quiet all spring, Ms Lane spoke on the radio, saying, "
        "“I think this is what the town needs.”",
        "I think this is what the town needs.",
        "Lane",
        id="day-then-after-clause",
    ),
    pytest.param(
        "In March, despite the warnings, the council approved the scheme, saying it would "
        "create jobs.",
        "it would create jobs",
        "the council",
        id="month-then-despite",
    ),
    pytest.param(
        "On Friday night, when the vote was over, Tom Hale left the hall, adding: ‘We lost "
        "fairly.’",
        "We lost fairly.",
        "Tom Hale",
        id="time-then-when-clause-single-marks",
    ),
    pytest.param(
        "After the fire, during a visit to the site, the minister met families, promising "
        "that the flats would be rebuilt.",
        "the flats would be rebuilt",
        "the minister",
        id="after-then-during",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FRONTED)
def test_participle_cue_after_fronted_phrases(text: str, content: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if content in a.content]
    assert found, f"no attribution for {content!r}"
    assert found[0].speaker is not None and speaker.lower() in found[0].speaker.lower()


# Commas around an apposition to the subject: the subject is kept, not a word after them.
NOT_FRONTED = [
    pytest.param(
        "Ms Lane, the mayor, visited the site, saying the road would reopen.",
        "Lane",
        id="name-then-role",
    ),
    pytest.param(
        "The mayor, Ms Lane, visited the site on Monday, saying the road would reopen.",
        "Lane",
        id="role-then-name",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_FRONTED)
def test_a_subject_before_the_commas_is_kept(text: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if "road would reopen" in a.content]
    assert found and found[0].speaker == speaker


# A fronted participle that is itself a cue word ("Asked ...", "Told ..."): the speaker is
# the subject whose own cue comes before the quotation, not the object of the participle.
FRONTED_CUE_WORD = [
    pytest.param(
        "Asked a direct question about it at the meeting, Ms Lane said, “I do take "
        "responsibility.”",
        "I do take responsibility.",
        "Lane",
        id="asked-a-question-then-subject-said",
    ),
    pytest.param(
        "Asked about the delay by reporters, the police chief said, ‘We got it wrong.’",
        "We got it wrong.",
        "the police chief",
        id="asked-by-reporters-single-marks",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), FRONTED_CUE_WORD)
def test_fronted_cue_word_is_not_an_inversion(text: str, quote: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if quote in a.content]
    assert found, f"no attribution for {quote!r}"
    assert found[0].speaker is not None and speaker.lower() in found[0].speaker.lower()


def test_an_inverted_opener_keeps_its_speaker() -> None:
    text = "Said Ana Silva, who taught him for years, “We knew he would go far.”"
    found = [a for a in extract_attributions(text) if "go far" in a.content]
    assert found and found[0].speaker == "Ana Silva"


# After the opening phrases, "the" + any noun is the subject, as it is at the start of a
# sentence ("The constable said ..."), whether or not the noun is a known word for a source.
SUBJECT_AFTER_OPENERS = [
    pytest.param(
        "Later, the constable said the force had got it wrong.",
        "the force had got it wrong",
        "the constable",
        id="later-the-constable",
    ),
    pytest.param(
        "After the delay, the midwife said, “We sail at dawn.”",
        "We sail at dawn.",
        "the midwife",
        id="after-the-delay-the-midwife-quote",
    ),
    pytest.param(
        "On Friday, after the storm, the vicar told the Courier that half the hives were lost.",
        "half the hives were lost",
        "the vicar",
        id="two-openers-the-vicar-told",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SUBJECT_AFTER_OPENERS)
def test_any_noun_subject_after_openers(text: str, content: str, speaker: str) -> None:
    found = [a for a in extract_attributions(text) if content in a.content]
    assert found, f"no attribution for {content!r}"
    assert found[0].speaker is not None and found[0].speaker.lower() == speaker


def test_a_noun_after_a_clause_is_not_taken_for_a_subject() -> None:
    # The comma closes a clause with its own subject, not an opening phrase.
    text = "Ms Lane thanked the crew, the weather said nothing."
    assert not any(a.speaker == "the weather" for a in extract_attributions(text))
