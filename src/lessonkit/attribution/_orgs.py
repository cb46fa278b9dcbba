"""A name the text treats as a body is an organisation: "Quillfeather said it would ...".

A company or a band can carry a name with no word that shows what it is ("Quillfeather",
"Moth Parade"). The report shows it twice: the source speaks of itself as "it" or "its"
right after the cue ("said it would close its warehouse", "said that its bass player had
left"), and a later sentence opens with the body it is ("The company said ...", "The group
did not say ..."). Only with both signs, and only for a name the text never gives a gender,
is the source retyped as an organisation; "the company" then names it. Either sign alone is
too weak: people also say "it would take years", and a later "the company" may be another.
"""

from __future__ import annotations

import dataclasses
import re

from ._context import Ctx
from ._model import Attribution

__all__ = ["organisations_by_their_body"]

_AUX = frozenset(
    "would will had has have could can may might must should did does do not never also "
    "still already now".split()
)
# Verbs that "it" takes when it stands for no one, or for a situation: "it was", "it would
# take years", "it seemed".
_EMPTY_IT_VERBS = frozenset(
    "is was be been being were are take takes took taken seem seems seemed appear appears "
    "appeared remain remains remained look looks looked feel feels felt become becomes "
    "became mean means meant matter matters mattered depend depends depended happen happens "
    "happened make makes made cost costs get gets got go goes went come comes came".split()
)
_BODIES = (
    "company firm group band business chain retailer carrier airline club studio label "
    "brand charity startup drugmaker carmaker manufacturer developer publisher broadcaster "
    "insurer lender bank operator supplier"
)
_BODY_OPENS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he\s+(" + "|".join(_BODIES.split()) + r")\b"
)
_WORD = re.compile(r"[A-Za-z’']+")
_REACH = 1200  # characters after the source in which "The company" must open a sentence


def _speaks_of_itself(text: str, start: int) -> bool:
    """Does the reported clause at ``start`` open with the source as "it"/"its"?"""
    words = _WORD.findall(text, start, min(len(text), start + 60))
    if not words:
        return False
    first = words[0].lower()
    if first == "its":
        return len(words) > 1
    if first != "it":
        return False
    for word in words[1:]:
        low = word.lower()
        if low in _AUX or low.endswith("n't"):
            continue
        return low not in _EMPTY_IT_VERBS
    return False


def organisations_by_their_body(ctx: Ctx, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the names the text treats as bodies typed as organisations."""
    mentions = ctx.resolver.mentions
    bodies: dict[str, str] = {}  # name -> the body noun that opens a later sentence
    for a in found:
        if (
            a.speaker_type != "named_person"
            or not a.speaker
            or a.kind not in ("indirect", "mixed")
            or a.speaker_mention is None
            or not _speaks_of_itself(ctx.text, a.content_span[0])
        ):
            continue
        ent = mentions.kind_of(a.speaker) if mentions is not None else None
        if ent is not None and (ent.gender is not None or ent.roles):
            continue
        after = a.content_span[1]
        body = _BODY_OPENS.search(ctx.text, after, min(len(ctx.text), after + _REACH))
        if body is not None:
            bodies.setdefault(a.speaker, body.group(1).lower())
    if not bodies:
        return found
    named = {f"the {noun}": name for name, noun in bodies.items()}
    out = []
    for a in found:
        if a.speaker in bodies and a.speaker_type == "named_person":
            a = dataclasses.replace(a, speaker_type="named_org")
        elif (a.speaker or "").lower() in named:
            a = dataclasses.replace(
                a, speaker=named[(a.speaker or "").lower()], speaker_type="named_org"
            )
        out.append(a)
    return out
