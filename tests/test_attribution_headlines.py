"""Headlines in title case: ``Harbour Chief Says Ferries Will Run By May``.

Many sites capitalise every word of a headline, so the reporting verb is capitalised too.
In a title-case line a capitalised verb of speech ("Says", "Slams", "Endorses") is a cue
like its lower-case form; in ordinary prose a capitalised word mid-sentence is a name.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

HEADLINES = [
    pytest.param(
        "Harbour Chief Says Ferries Will Run Again By May",
        ("Harbour Chief", "Ferries Will Run Again By May"),
        id="says",
    ),
    pytest.param(
        "Mayor Ana Ruiz Slams Rail Operator Over Winter Delays\n\nThe mayor spoke on Monday.",
        ("Ana Ruiz", "Rail Operator Over Winter Delays"),
        id="slams-then-a-paragraph",
    ),
    pytest.param(
        "Farmers’ Union Endorses Clara Vance For Regional Council",
        ("Farmers’ Union", "Clara Vance For Regional Council"),
        id="endorses-an-organisation",
    ),
    pytest.param(
        "Teachers Warn Strike Will Close Schools",
        ("Teachers", "Strike Will Close Schools"),
        id="warn-plural",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_title_case_headline_has_its_cue(text: str, expected: tuple[str, str]) -> None:
    found = extract_attributions(text)
    assert found, f"nothing found in {text!r}"
    speaker, content = expected
    assert (found[0].speaker, found[0].content) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # Prose: a capitalised word mid-sentence is a name or a title, not a verb.
        "The band Reports From The Coast played in the square on Friday.",
        "She works for Allied Claims, a firm in the port.",
        # A title-case line with no verb of speech.
        "Storm Closes Coast Road For Third Day",
    ],
)
def test_no_headline_cue_without_a_title_case_verb_of_speech(text: str) -> None:
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # Verbs of raised or sharp speech after a quotation, as tabloids use them.
        ("“Get off my land,” the farmer barked.", "the farmer", "Get off my land,"),
        ("“Not on my watch,” Ruiz thundered.", "Ruiz", "Not on my watch,"),
        ("“You should be ashamed,” one mother hissed.", "one mother", "You should be ashamed,"),
        # "as X puts it": the words are X's.
        (
            "As the harbour master puts it, “The tide waits for nobody.”",
            "the harbour master",
            "The tide waits for nobody.",
        ),
    ],
)
def test_verbs_of_sharp_speech(text: str, speaker: str, content: str) -> None:
    found = [(a.speaker, a.content) for a in extract_attributions(text)]
    assert (speaker, content) in found, found
