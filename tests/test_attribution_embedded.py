"""Reported speech with more reported speech, or a long addressee, inside it.

"Ruiz told an invited crowd at the club that she wants ...": whoever was told, however
described, comes before "that"; "Hale said Ruiz was “right” when she said ...": the
clause with its own cue is part of what Hale said; "Ana Ruiz, the council's leader,
objected and said ...": the subject is the name before the apposition; "Ruiz spoke about
a death in Penwick, Ohio, arguing ...": the place is not the one arguing.
"""

from __future__ import annotations

import pytest

from lessonkit.attribution import extract_attributions

# text, the speaker mention, the content
EMBEDDED = [
    pytest.param(
        "Ruiz told an invited crowd at the Harbour Club that she wants a port “run for the town.”",
        "Ruiz",
        "she wants a port “run for the town.”",
        id="told-a-described-addressee-that",
    ),
    pytest.param(
        "The mayor also told BBC Radio correspondent Tom Hale that she believes the port "
        "“will recover.”",
        "The mayor",
        "she believes the port “will recover.”",
        id="told-a-titled-addressee-that-a-second-cue",
    ),
    pytest.param(
        "Hale said Ruiz was “absolutely right” when she said on Friday that the port “will "
        "recover.”",
        "Hale",
        "Ruiz was “absolutely right” when she said on Friday that the port “will recover.”",
        id="a-when-clause-with-its-own-cue",
    ),
    pytest.param(
        "Ana Ruiz, the council's leader, objected to the levy and said she thought the port "
        "was “a very big factor” in the slump.",
        "Ana Ruiz",
        "she thought the port was “a very big factor” in the slump",
        id="coordinated-cue-after-an-apposition",
    ),
    pytest.param(
        "Ruiz spoke on Tuesday about the flooding in Penwick, Ohio, arguing that the "
        "levees were “never fit for purpose.”",
        "Ruiz",
        "the levees were “never fit for purpose.”",
        id="participle-after-a-place-and-its-state",
    ),
]


@pytest.mark.parametrize(("text", "mention", "content"), EMBEDDED)
def test_the_outer_speaker_and_content(text: str, mention: str, content: str) -> None:
    found = [a for a in extract_attributions(text) if a.content == content]
    assert found, [a.content for a in extract_attributions(text)]
    a = found[0]
    assert a.speaker_mention is not None
    assert text[a.speaker_mention[0] : a.speaker_mention[1]] == mention


def test_a_concessive_clause_with_its_own_cue_is_apart() -> None:
    """'Ruiz said X, although she tweeted that Y': two attributions, each with its words."""
    text = (
        "Ruiz said on Friday that she would meet the board, although she tweeted that she "
        "“rejects its latest offer.”"
    )
    contents = [a.content for a in extract_attributions(text)]
    assert "she would meet the board" in contents
    assert "she “rejects its latest offer.”" in contents
