"""What the attribution tables compare: each finding as the words of its source, cue and content."""

from __future__ import annotations

from lessonkit.attribution import extract_attributions

__all__ = ["said_by", "sources_and_contents"]


def said_by(text: str) -> list[tuple[str, str | None, str]]:
    """``(speaker mention as written, cue, content)`` of each finding in ``text`` with a source."""
    return [
        (text[a.speaker_mention[0] : a.speaker_mention[1]], a.cue, a.content)
        for a in extract_attributions(text)
        if a.speaker_mention is not None
    ]


def sources_and_contents(text: str) -> list[tuple[str, str]]:
    """``(speaker mention as written, content)`` of each finding in ``text`` with a source."""
    return [(mention, content) for mention, _cue, content in said_by(text)]
