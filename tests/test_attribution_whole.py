"""A source that reports a whole sentence with reported speech of its own inside it.

"Ruiz welcomed the ruling, saying ..., the Gazette reported.": the paper reports all of the
sentence before its cue, Ruiz's words included; Ruiz's own attributions are kept inside it.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the outer speaker, the start of the outer content
WHOLE = [
    pytest.param(
        "Ruiz welcomed the ruling, saying the council had been “doing the right thing,” "
        "the Gazette reported.",
        "the Gazette",
        "Ruiz welcomed the ruling",
        id="participle-inside-then-paper-reported",
    ),
    pytest.param(
        "In one letter, Hale complained about the “endless delays” at the port, the "
        "Times reported.",
        "Times",
        "In one letter, Hale complained",
        id="opening-phrase-then-reported",
    ),
    pytest.param(
        "The ruling signals “the end of an era” for the port, said Ana Silva, a harbour historian.",
        "Ana Silva",
        "The ruling signals",
        id="inverted-said-speaker",
    ),
    pytest.param(
        "After a reporter asked about the closure, the workers became “agitated,” according "
        "to a union official.",
        "a union official",
        "After a reporter asked",
        id="according-to-at-the-end",
    ),
    pytest.param(
        "Hale attacked the council on his weekly radio show, “Harbour Hour,” the Gazette "
        "first reported.",
        "the Gazette",
        "Hale attacked the council",
        id="a-quoted-title-before-the-cue",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), WHOLE)
def test_a_trailing_cue_reports_the_whole_sentence(text: str, speaker: str, start: str) -> None:
    found = extract_attributions(text)
    outer = [a for a in found if a.content.startswith(start)]
    assert outer, [a.content for a in found]
    assert outer[0].speaker is not None and outer[0].speaker in speaker
    inner = [a for a in found if a is not outer[0]]
    assert inner, "the reported speech inside is kept"


# The trailing cue is not the reporter of the whole sentence.
APART = [
    pytest.param(
        "Ruiz said the plan would fail, and the bridge will close, officials said.",
        id="a-clause-of-its-own-before-the-cue",
    ),
    pytest.param(
        "Hale said the council will stress its “guiding principles,” he said.",
        id="the-same-voice-named-again",
    ),
    pytest.param(
        "Asked about the vote, the mayor was “confident,” Ruiz said.",
        id="a-question-put-to-the-speaker",
    ),
    pytest.param(
        "Ms Lane thanked the crew, the weather said nothing.",
        id="the-cue-has-an-object",
    ),
]


@pytest.mark.parametrize("text", APART)
def test_no_outer_attribution(text: str) -> None:
    found = extract_attributions(text)
    assert not any(a.content_span[0] == 0 for a in found), [a.content for a in found]
