"""The subject of a clause whose cue has no speaker right before it.

``Ana Ruiz visited the school and said ...``, ``The mayor, Jan Novak, toured the site and
warned ...``, ``Hours later, she issued a statement saying ...``, ``When the judge returned
he began by saying, “…”``: the speaker is the subject of the sentence's main verb, found
past openers, connectives and appositions.
"""

from __future__ import annotations

import re

from ._cues import prev_word
from ._fronted import after_openers
from ._issued import ISSUER_SUBJECT, ISSUING, NOT_SUBJECT
from ._lexicon import CUE_FORMS, ROLE_HEADS, SOURCE_HEADS

__all__ = ["AFTER_CLAUSE", "clause_subject"]

DOCS = ISSUING - {","}
# A sentence's subject: a pronoun, "The" and a noun, or a capitalised name.
_SUBJECT = re.compile(
    r"\s*((?:He|She|They|We|I)\b|"
    + NOT_SUBJECT
    + r"(?:The\s+[a-z][\w’'-]*|(?:The\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*){0,5}))"
    r"(?=(?:\s+\([A-Z][\w.-]{0,12}\))?\s+[a-z])"  # "Ana Ruiz (D-N.Y.) reacted"
)
# "the mayor's closest aide", "Ruiz’s spokeswoman": the possessor and the person it owns,
# up to a noun for people, a group or a body.
_POSSESSIVE_SUBJECT = re.compile(
    r"\s*((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[\w.-]+(?:’s|'s)(?:\s+[a-z][\w-]*){0,2}?\s+"
    r"(?:" + "|".join(sorted(ROLE_HEADS | SOURCE_HEADS, key=len, reverse=True)) + r"))"
    r"(?=\s+[a-z])"
)
_PRONOUN_VERB_BY = re.compile(r"\b([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:[a-z]+\s+){1,2}by\s+$")
_LEAD_CONNECTIVE = re.compile(r"\s*(?:And|But|So|Yet)(?:\s+then)?\b|\s*Then\b")
_OPENING_PHRASE = re.compile(r"\s+[a-z]+,")
_NEAR_PRONOUN = re.compile(
    r"(?<![\w’'])((?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I))\s+[a-z][\w’'-]*\b[^,;:\ue000]*\s(?:and|but)\s+"
    r"(?:\w+ly\s+|also\s+|then\s+|later\s+)?$"
)

# Words after which a pronoun starts reported speech, not a clause of its own.
_BEFORE_CLAUSE = frozenset(CUE_FORMS | {"that"})
_APPOSED_SUBJECT = re.compile(
    r"\s*((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*),\s+(?:a|an|the|his|her|their|its|[A-Z])"
    r"[^,;:\ue000]{0,80},\s+(?:(?:[a-z]+ly|then|also|later|again|still|now)\s+)?"
    r"(?:[a-z]+(?:ed|s)|went|said|told|gave|took|made|spoke|began|came|got|held|left|wrote)\b"
)

# "The council’s drainage engineer, Hugo Penrose, inspected ... and wrote": the role, then
# the name in commas, then the verb.
_ROLE_NAME_SUBJECT = re.compile(
    r"\s*((?:[Tt]he|[Aa]n?|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w’'-]*,\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s+(?:(?:[a-z]+ly|then|also|later|again|still|"
    r"now)\s+)?(?:[a-z]+(?:ed|s)|went|said|told|gave|took|made|spoke|began|came|got|held|left|"
    r"wrote)\b"
)
# The subject after an opening clause or connective ("And then Ruiz went ...").
AFTER_CLAUSE = re.compile(
    r"\s*((?:he|she|they|we|I)\b|the\s+[a-z][\w’'-]*|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})(?=\s+[a-z])"
)


def clause_subject(m: str, s: int, cue_start: int, prevw: str) -> re.Match[str] | None:
    """The subject (group 1) of the sentence ``m[s:]`` whose cue at ``cue_start`` follows
    ``prevw`` ("and", "but", a document, "by"), or None."""
    near = None
    if prevw in ("and", "but"):
        # "... when he brought up the bombing and later said": the nearer subject.
        near = _NEAR_PRONOUN.search(m, max(s, cue_start - 120), cue_start)
        if near is not None and prev_word(m, s, near.start(1)) in _BEFORE_CLAUSE:
            near = None
    issuer = prevw in DOCS and not near
    comma = m.find(",", s, cue_start)
    subject = near
    if issuer:
        # "Hours after the vote, the council issued a statement": past the openers first.
        for at in [s, *([comma + 1, *after_openers(m, s, comma, cue_start)] if comma > 0 else [])]:
            subject = subject or ISSUER_SUBJECT.match(m, at, cue_start)
    subject = subject or _POSSESSIVE_SUBJECT.match(m, s, cue_start)
    subject = subject or _ROLE_NAME_SUBJECT.match(m, s, cue_start)
    subject = subject or _SUBJECT.match(m, s, cue_start)
    if subject is not None and _OPENING_PHRASE.match(m, subject.end(1), cue_start):
        subject = None  # "Hours later, she issued a statement saying ..."
    if subject is None:
        # "And then Ruiz went on the attack, saying ...": past the connective.
        connective = _LEAD_CONNECTIVE.match(m, s, cue_start)
        if connective is not None:
            subject = AFTER_CLAUSE.match(m, connective.end(), cue_start)
    # "Ana Ruiz, the council's leader, objected and said ...": past the apposition.
    subject = subject or _APPOSED_SUBJECT.match(m, s, cue_start)
    # "In an interview, Ruiz ...", "On Friday, after the vote, she ...": past the openers.
    for at in [comma + 1, *after_openers(m, s, comma, cue_start)] if comma > 0 else ():
        subject = subject or _POSSESSIVE_SUBJECT.match(m, at, cue_start)
        subject = subject or _SUBJECT.match(m, at, cue_start)
        subject = subject or AFTER_CLAUSE.match(m, at, cue_start)
    if subject is None and prevw == "by":
        # "When the judge returned he began by saying": the pronoun before the verb.
        subject = _PRONOUN_VERB_BY.search(m, max(s, cue_start - 40), cue_start)
    return subject
