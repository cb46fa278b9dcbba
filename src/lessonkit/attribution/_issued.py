"""Who put out a statement, a letter or a post that a participle reports.

``The harbour board released a statement on Friday saying ...``: the speaker is the subject
of the verb that issued the document, however the document is placed (``a letter to
parents this week warning``, ``a message on its website saying``), and a name in commas
after a role belongs to it (``The union's leader, Ana Ruiz, released a statement``).
"""

from __future__ import annotations

import re

from ._cues import ISSUED_THEN, prev_word
from ._lexicon import ISSUED_DOCS

__all__ = ["ISSUER_SUBJECT", "ISSUING", "NOT_SUBJECT", "issued_word"]

# What comes before a participle cue whose speaker is the sentence's subject.
ISSUING = frozenset((",", *ISSUED_DOCS))

# Words that open a sentence without being its subject.
_OPENERS = (
    "Yet In On At But And So Then After Before When While As Still Meanwhile However Also "
    "Later Earlier Now Today Yesterday If Although Though Since For With Without During "
    "Despite Under Over By From To It There Here Asked Speaking Writing Amid Among Outside "
    "Inside Across Around Following Unlike Like Shortly Once Until Upon Within Throughout "
    "Along Through Against About Both Each Every Even Only Just Perhaps Instead Thus Therefore"
).split()
# ... and words that open a noun phrase, which an issuer may start with ("His office").
_DETERMINERS = "This That Its His Her Their Our My Your".split()
NOT_SUBJECT = r"(?!(?:" + "|".join([*_OPENERS, *_DETERMINERS]) + r")\b)"
_NOT_ISSUER = r"(?!(?:" + "|".join([*_OPENERS, "Soon", "Hours", "Days", "Minutes"]) + r")\b)"

# The subject of "put out a statement", "has released its own letter": all before the verb.
ISSUER_SUBJECT = re.compile(
    r"\s*(?:(?:[Ll]ate|[Ee]arly|[Ll]ater|[Ee]arlier)\s+)?(?:(?:[Oo]n|[Ll]ast|[Tt]his)\s+[A-Za-z]+\s+)?"
    r"(?!(?:late|early|later|earlier|on|in|at|after|before|by|last|this|hours|days)\b)"
    + _NOT_ISSUER
    # the subject, with a name or role in commas ("The union's leader, Ana Ruiz,")
    + r"((?:[Tt]he\s+)?[\w.’'&-]+(?:\s+[\w.’'&-]+){0,5}?(?:,\s+[^,;:\ue000]{1,60}?)?)"
    r"(?:\s+[-–—]\s+[^–—\ue000]{1,150}?\s+[-–—])?"  # " - including ... -": an aside
    r",?\s+(?:(?:has|have|had|also|later|then|quickly|swiftly)\s+)?"
    r"(?!(?:in|on|at|the|a|an|of|for|to|with|by|from)\b)[a-z]+(?:\s+(?:out|up|off))?\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:" + "|".join(ISSUED_DOCS) + r")\b"
)


def issued_word(m: str, lo: int, p: int) -> str:
    """The word before ``p``, or the document a phrase after it ends at ``p``.

    ``a statement on Friday| saying``, ``a letter to parents this week| warning``.
    """
    word = prev_word(m, lo, p)
    if word in ISSUING:
        return word
    issued = ISSUED_THEN.search(m, max(lo, p - 50), p)
    return issued.group(1) if issued is not None else word
