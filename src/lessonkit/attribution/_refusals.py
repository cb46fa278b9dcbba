"""Refused and withheld speech: ``declined to comment``, ``would not say whether …``.

These are not attributions (nothing was said), but a lesson can still show them: that a
company declined to comment is worth teaching, as *no* content. The cue pass leaves their
verbs out; :func:`refusals_in` finds them for :func:`lessonkit.attribution.find_refusals`.
"""

from __future__ import annotations

import re

from ._search import Needles

__all__ = ["REFUSAL", "refusal_spans"]

_SPEECH = (
    r"(?:comment|say|discuss|elaborate|answer|confirm|deny|specify|reveal|disclose|"
    r"explain|speculate|identify|name|give\s+(?:details|a\s+reason|reasons|a\s+figure|figures)|"
    r"be\s+(?:interviewed|named|drawn)|go\s+into\s+detail)"
)
_NOT = r"(?:not|n[’']t)"
REFUSAL = re.compile(
    r"\b(?:"
    r"(?:did|does|has|have|had)\s*"
    + _NOT
    + r"\s+(?:immediately\s+)?(?:respond(?:ed)?|replied|reply)"
    r"\s+to\s+(?:\w+\s+){0,3}?(?:requests?|messages?|calls?|emails?|questions?|inquiries)"
    r"(?:\s+(?:for|seeking)\s+comment)?|"
    r"(?:could|can)\s*" + _NOT + r"\s+be\s+reached(?:\s+for\s+comment)?|"
    r"(?:did|has|have|had)\s*" + _NOT + r"\s+(?:immediately\s+)?returne?d?\s+(?:\w+\s+){0,3}?"
    r"(?:calls?|messages?|emails?|requests?)(?:\s+(?:for|seeking)\s+comment)?|"
    r"(?:declined|refused|declines|refuses|declining|refusing)\s+(?:again\s+)?to\s+"
    r"(?:publicly\s+|immediately\s+|directly\s+)?" + _SPEECH + r"|"
    r"(?:would|will|could|can|did|does|do|has|have|had|wo|ca)\s*" + _NOT + r"\s+"
    r"(?:immediately\s+|publicly\s+|directly\s+)?" + _SPEECH + r")\b"
)
# What the refusal is about: "on the leaked memo", "whether fuel taxes would rise".
_TOPIC = re.compile(
    r"\s+((?:on(?!\s+(?:[A-Z][a-z]+day|the\s+(?:phone|record|day|night)|\d))|about|whether|if|"
    r"how|what|who|why|when|where|which)\b[^.;:!?\ue000]*?)"
    r"(?=\s*(?:[.;:!?]|,\s+(?:but|and|saying|adding)\b|\s+but\s|$))"
)


# Every refusal holds one of these words ("declined", "refused", "did not", "won’t").
_REFUSAL_HINTS = Needles(("declin", "refus", "not", "n’t", "n't"))


def refusal_spans(m: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """``(start, cue end, end)`` of each refusal in the masked sentence ``m[s:e]``."""
    out: list[tuple[int, int, int]] = []
    # The search starts at the auxiliary before the first hint ("did not", "cannot"), not
    # at the start of the sentence.
    lo = _REFUSAL_HINTS.first(m, s, e)
    if lo < 0:
        return out
    while lo > s and m[lo - 1].isspace():
        lo -= 1
    while lo > s and m[lo - 1].isalpha():
        lo -= 1
    for hit in REFUSAL.finditer(m, lo, e):
        topic = _TOPIC.match(m, hit.end(), e)
        end = topic.end(1) if topic is not None else hit.end()
        out.append((hit.start(), hit.end(), end))
    return out
