"""A quotation carried on from the speaker before: where its sentence names them again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._context import Ctx
    from ._model import Attribution

__all__ = ["mention_again"]

_AGAIN = re.compile(r"\b(?:[Hh]e|[Ss]he|him|[A-Z][\w’'-]+)\b")


def mention_again(ctx: Ctx, prev: Attribution, s: int, q: int) -> tuple[int, int] | None:
    """Where the sentence before quotation ``q`` names the speaker carried on from ``prev``
    again ("The danger she sees is “...”", "Ruiz is blunter: “...”"), or None."""
    if prev.speaker_type != "named_person" or not prev.speaker:
        return None
    surname = prev.speaker.split()[-1]
    for hit in _AGAIN.finditer(ctx.m, s, q):
        word = hit.group()
        if word[:1].isupper() and word not in (surname, "He", "She"):
            continue
        if word == surname:
            return hit.span()
        pronoun = "she" if word.lower() == "she" else "he"
        if ctx.resolver.resolve(pronoun, "", hit.start()).name == prev.speaker:
            return hit.span()
    return None
