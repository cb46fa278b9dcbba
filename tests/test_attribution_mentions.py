"""The mention pass and the shared resolution step: who a pronoun, role or document is."""

from __future__ import annotations

import pytest

from lessonkit.attribution import Attribution, extract_attributions


def _by_content(found: list[Attribution], content: str) -> Attribution:
    for a in found:
        if content in a.content:
            return a
    raise AssertionError(f"no attribution holding {content!r}; got {[a.content for a in found]!r}")


# text, words inside the content, expected speaker, expected speaker type
RESOLVED = [
    pytest.param(
        "“We lost the harvest,” said Maria Costa. The president, Ana Ruiz, visited a hospital "
        "on Monday. Speaking to staff, she said: “We will rebuild this ward.”",
        "rebuild this ward",
        "Ana Ruiz",
        "named_person",
        id="pronoun-goes-to-the-latest-person-not-the-latest-speaker",
    ),
    pytest.param(
        "“We lost everything,” said Maria Costa. Tom Reyes, 58, a farmer, lost his house. "
        "“The water came at night,” he said.",
        "water came at night",
        "Tom Reyes",
        "named_person",
        id="age-and-job-apposition-introduces-a-person",
    ),
    pytest.param(
        "Ana Ruiz, 81, was tricked out of her savings by a man posing as a gas engineer. "
        "“He said the boiler would explode,” she said. Police believe he has struck before. "
        "“We are asking anyone he called to come forward,” he told reporters.",
        "boiler would explode",
        "Ana Ruiz",
        "named_person",
        id="she-stays-with-the-named-woman",
    ),
    pytest.param(
        "A woman in her 30s was seen leaving the shop. She told reporters she had found the "
        "door open.",
        "found the door open",
        "A woman in her 30s",
        "anonymous",
        id="she-goes-to-an-unnamed-woman-when-no-named-woman-fits",
    ),
    pytest.param(
        "Ana Ruiz met a man whose mother had died. “It broke my heart,” she said.",
        "broke my heart",
        "Ana Ruiz",
        "named_person",
        id="a-named-person-comes-before-an-unnamed-one",
    ),
    pytest.param(
        "Mr Novak met Ana Ruiz on Monday. “It went well,” she said.",
        "It went well",
        "Ana Ruiz",
        "named_person",
        id="mr-makes-the-other-person-the-she",
    ),
    pytest.param(
        "Ana Ruiz and her husband met Jan Novak at the station. “We were late,” she said.",
        "We were late",
        "Ana Ruiz",
        "named_person",
        id="her-husband-gives-the-gender",
    ),
    pytest.param(
        "Jan Novak greeted Ana Ruiz. “Welcome,” said Novak. Later, Ruiz lost her bag. "
        "“It had my passport in it,” she said.",
        "my passport",
        "Ana Ruiz",
        "named_person",
        id="her-in-her-own-clause-gives-the-gender",
    ),
    pytest.param(
        "“The road stays shut,” said the mayor, Jan Novak.",
        "road stays shut",
        "Jan Novak",
        "named_person",
        id="role-then-name-apposition-gives-the-name",
    ),
    pytest.param(
        "The bridge will close for a month, according to the regional governor, Ivan Petrov.",
        "bridge will close",
        "Ivan Petrov",
        "named_person",
        id="according-to-role-then-name",
    ),
    pytest.param(
        "The mayor, Jan Novak, opened the bridge. Later the mayor said the tolls would stay.",
        "tolls would stay",
        "Jan Novak",
        "named_person",
        id="role-noun-resolves-to-the-named-holder",
    ),
    pytest.param(
        "“We have asked for more buses,” Ruiz said. Ana Ruiz chairs the transport board.",
        "more buses",
        "Ana Ruiz",
        "named_person",
        id="a-surname-before-the-full-name-still-gets-it",
    ),
    pytest.param(
        "Ana Ruiz chairs the transport board. “We have asked for more buses,” Ruiz said.",
        "more buses",
        "Ana Ruiz",
        "named_person",
        id="surname-resolves-to-the-full-name",
    ),
    pytest.param(
        "The engineering firm Hollis & Crane said the tower was safe.",
        "tower was safe",
        "Hollis & Crane",
        "named_org",
        id="a-firm-with-an-ampersand-is-an-organisation",
    ),
    pytest.param(
        "The charity Safe Harbour said the shelter was full.",
        "shelter was full",
        "Safe Harbour",
        "named_org",
        id="body-noun-before-a-name-makes-it-an-organisation",
    ),
    pytest.param(
        "The health ministry said cases were falling. By Friday the ministry said it was ready.",
        "it was ready",
        "The health ministry",
        "named_org",
        id="the-ministry-resolves-to-the-ministry-introduced",
    ),
    pytest.param(
        "A council official who asked not to be named said the budget was gone. "
        "“We have nothing left,” the official said.",
        "nothing left",
        "A council official",
        "anonymous",
        id="an-anonymous-source-keeps-its-type-when-quoted-again",
    ),
    pytest.param(
        "Deaths rose by a third, according to figures published by the ministry.",
        "Deaths rose",
        "the ministry",
        "named_org",
        id="figures-published-by-give-the-issuer",
    ),
    pytest.param(
        "Wages fell again last year, according to data from the Office for Pay Statistics.",
        "Wages fell",
        "Office for Pay Statistics",
        "named_org",
        id="data-from-gives-the-issuer",
    ),
    pytest.param(
        "The High Court judge, Maria Lind, handed down a ruling on Friday. "
        "The ruling says the permit was unlawful.",
        "permit was unlawful",
        "Maria Lind",
        "named_person",
        id="the-ruling-says-goes-to-the-judge-who-issued-it",
    ),
    pytest.param(
        "The ethics commission published a report on Tuesday. “Rules were broken,” the report "
        "says.",
        "Rules were broken",
        "The ethics commission",
        "named_org",
        id="the-report-says-goes-to-the-commission-that-published-it",
    ),
    pytest.param(
        "The water board released its findings on Monday. Two pumps had failed, the report says.",
        "Two pumps had failed",
        "The water board",
        "named_org",
        id="the-report-goes-to-the-body-that-released-findings",
    ),
    pytest.param(
        "Tom Reyes said the gates had failed. He said the pumps were old.\n\n"
        "The clean-up is led by Ana Ruiz, a volunteer. She was up all night.\n\n"
        "“We have never seen water like it,” he said.",
        "never seen water",
        "Tom Reyes",
        "named_person",
        id="she-opening-a-sentence-gives-the-one-person-before-it-her-gender",
    ),
    pytest.param(
        "The coroner, Maria Lind, opened the inquest on Monday.\n\n"
        "Later that afternoon the coroner said the cause was not yet known.",
        "cause was not yet known",
        "Maria Lind",
        "named_person",
        id="a-time-phrase-before-a-role-noun",
    ),
    pytest.param(
        "Judge Maria Lind ruled against the landlord on Friday. “The flat was never safe,” "
        "the ruling reads.",
        "never safe",
        "Maria Lind",
        "named_person",
        id="the-ruling-goes-to-the-judge-named-before",
    ),
    pytest.param(
        "An aide to the minister, speaking on condition of anonymity, said the vote was lost. "
        "The ministerial aide said talks would go on.",
        "talks would go on",
        "An aide to the minister",
        "anonymous",
        id="an-anonymous-source-keeps-the-words-that-introduced-it",
    ),
    pytest.param(
        "Police said two men had been questioned.",
        "two men had been questioned",
        "Police",
        "collective",
        id="police-are-a-group-not-an-organisation-name",
    ),
    pytest.param(
        "Marden Tools PLC said on Monday it would close its depot.",
        "close its depot",
        "Marden Tools PLC",
        "named_org",
        id="a-company-ending-makes-an-organisation",
    ),
    pytest.param(
        "The commission’s report says the rules were broken.",
        "rules were broken",
        "The commission",
        "named_org",
        id="possessive-issuer-of-a-report",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "speaker_type"), RESOLVED)
def test_speaker_resolves_through_the_mentions(
    text: str, content: str, speaker: str, speaker_type: str
) -> None:
    a = _by_content(extract_attributions(text), content)
    assert (a.speaker, a.speaker_type) == (speaker, speaker_type)


def test_a_first_name_never_gives_a_gender() -> None:
    # Nothing in the text says who is "she": both people stay possible, so it is a guess.
    text = "Maria Lind met Ana Ruiz on Monday. “It went well,” she said."
    a = _by_content(extract_attributions(text), "It went well")
    assert a.confidence == "low"
    assert "pronoun-ambiguous" in a.flags


def test_a_pronoun_with_one_person_before_it_is_not_a_guess() -> None:
    text = "Ana Ruiz visited the ward on Monday. “It went well,” she said."
    a = _by_content(extract_attributions(text), "It went well")
    assert (a.speaker, a.confidence) == ("Ana Ruiz", "high")


@pytest.mark.parametrize(
    ("text", "mention", "speaker_type"),
    [
        # A source described by who they are close to or what they know: the whole phrase.
        (
            "The deal is off, people familiar with the talks said.",
            "people familiar with the talks",
            "anonymous",
        ),
        (
            "A person close to the board said the chairman would resign.",
            "A person close to the board",
            "anonymous",
        ),
        (
            "An official with knowledge of the inquiry said it would report in May.",
            "An official with knowledge of the inquiry",
            "anonymous",
        ),
        (
            "Sources close to the club said the manager had not been told.",
            "Sources close to the club",
            "anonymous",
        ),
    ],
)
def test_a_source_described_by_whom_they_know(text: str, mention: str, speaker_type: str) -> None:
    [a] = extract_attributions(text)
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == mention
    assert a.speaker_type == speaker_type


@pytest.mark.parametrize(
    "text",
    [
        # The text gives Clinton as a woman ("Mrs", "she"); "he" cannot be her.
        "Mrs Clinton said taxes would rise. Her rival waited for his turn on the stage. "
        "Later, he said the plan was weak.",
        "Ana Ruiz said taxes would rise. “It is a start,” she said. Voters were unsure. "
        "Later, he said the plan was weak.",
    ],
)
def test_a_pronoun_never_goes_to_someone_the_text_gives_the_other_gender(text: str) -> None:
    a = _by_content(extract_attributions(text), "the plan was weak")
    assert a.speaker not in ("Clinton", "Ana Ruiz")
    assert a.confidence == "low"


def test_a_pronoun_given_to_an_unnamed_person_is_a_guess() -> None:
    # The police officer's "he" points, by the text alone, to the man it introduced; it is
    # reported with low confidence, so no quiz question is written from it.
    text = (
        "Ana Ruiz, 81, was tricked out of her savings by a man posing as a gas engineer. "
        "“We are asking anyone he called to come forward,” he told reporters."
    )
    a = _by_content(extract_attributions(text), "anyone he called")
    assert (a.speaker, a.speaker_type, a.confidence) == (
        "a man posing as a gas engineer",
        "anonymous",
        "low",
    )
    assert "pronoun-ambiguous" in a.flags
