"""What the attribution tables compare: each finding as the words of its source, cue and content;
and the held-out passage sets, loaded and marked the same way for every pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from lessonkit.attribution import extract_attributions

__all__ = ["dice", "held_out", "said_by", "sources_and_contents"]


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


def dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    """How much two spans overlap (Dice), as ``benchmarks/attribution.py`` scores PolNeAR."""
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * overlap / ((a[1] - a[0]) + (b[1] - b[0]))


def held_out(name: str, misses: tuple[str, ...]) -> tuple[list[dict[str, Any]], list[Any]]:
    """The items of ``tests/data/<name>.yaml`` and their test parameters: each by its id, the
    ``misses`` (by id only: the set is not read to tune a rule) as strict xfails."""
    path = Path(__file__).parent / "data" / f"{name}.yaml"
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text("utf-8"))
    params = [
        pytest.param(
            item,
            id=item["id"],
            marks=[pytest.mark.xfail(strict=True, reason="held out")]
            if item["id"] in misses
            else [],
        )
        for item in items
    ]
    return items, params
