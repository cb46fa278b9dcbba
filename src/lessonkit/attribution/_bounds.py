"""Where a content ends: the reporter's own words after what a source said.

Reported speech often runs on into words that are the reporter's, not the source's: a
participle clause or a contrast after the reported clause (``, prompting cheers``,
``, even though ...``), and, after a verb of stance, a time, an occasion or a new clause
of the subject's after its noun phrase (``endorsed Ruiz last week and has campaigned ...``).
"""

from __future__ import annotations

import re

from ._speakers import QMASK

__all__ = ["SCENE_PARTICIPLE", "complement_end", "new_clause_end", "object_end", "reporters_tail"]

# Where the noun phrase object of a stance verb ends: a time, an occasion, a comma, or a
# new clause of the subject's ("endorsed Ruiz last week and has campaigned for her").
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_OBJECT_END = re.compile(
    r"\s+(?:last|this|next|earlier|later)\s+(?:week|weekend|month|year|spring|summer|fall|"
    r"autumn|winter|" + _DAYS + r")\b"
    r"|\s+(?:on\s+)?" + _DAYS + r"\b"
    r"|\s+in\s+(?:(?:early|mid|late)[\s-]+)?(?:" + _MONTHS + r"|\d{4})\b"
    r"|\s+(?:at|during)\s+(?:a|an|the|his|her|their|its|our|this|that|last|first|every|each)\s"
    r"|\s+(?:after|before|since|while|when|because|amid)\s|\s+at\s+length\b"
    r"|\s+(?:from|since)\s+the\s+start\b|,|;|\s[—–―-]\s"
    r"|\s+(?:and|but)\s+(?:(?:also|then|later|has|have|had|is|was|will|would|he|she|they|"
    r"we|it)\b|[a-z]+ed\b)"
)
# The reporter's tail after a reported clause (see reporters_tail).
_TAIL = re.compile(
    r",\s+(?:(?:[a-z]+ly\s+)?(?P<ing>[a-z]{3,}ing)\b|(?P<rel>who|which)\s|"
    r"(?:even\s+though|whereas|while|although|though)\s)"
)
# "Sales were great, he said, wiping his brow": a scene after the cue, not more content.
SCENE_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b(?<!according)")
# ", and" then a new subject: "..., and Ms. Brainard is ...", "..., and 32% call ...".
_AND_NEW_SUBJECT = re.compile(
    r",\s+and\s+(?:the|a|an|his|her|their|its|some|many|most|others|[A-Z][\w’'.-]*|he|she|"
    r"they|it|we|\d[\d,.%]*)\s"
)
# A quotation, then "and" and the reporter's next verb: 'the remarks were “wrong,” and
# invited him to visit' (the speaker invited; the quotation closed what was said).
_AND_VERB_AFTER_QUOTE = re.compile(
    r"(?<=\ue000),?\s+and\s+(?:then\s+|later\s+|also\s+)?[a-z]{2,}ed\s"
)
# ", and her car within a block": one more object, placed, not a clause with its own verb.
_AND_OBJECT = re.compile(
    r",\s+and\s+(?:his|her|their|its|our|my)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:within|in|at|on|near|"
    r"outside|inside|behind|beside|under|into|onto)\s"
)
# What follows a quoted complement and is the reporter's again.
_AFTER_COMPLEMENT = re.compile(
    r"\s*\(|\s+[—–―-]+\s|\s+and\s+(?:then\s+)?[a-z]+ed\b|\s+(?P<ing>[a-z]{3,}ing)\b"
    r"|\s+and\s+(?:he|she|they|it|his|her|their|its)\b"
    # "‘pure snobbery’ after pupils were sent home": when it was said, not what (a reason,
    # "because ...", may be the speaker's own)
    r"|,?\s+(?:after|before|when|while|amid|following)\s"
    # "“rigged” in a tweet Tuesday", "“a decent man” on Friday": where and when
    r"|\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its|this|that|last|[A-Z\d])"
    r"|\s+(?:[A-Z][a-z]+day|today|yesterday|last\s+(?:week|month|year|night))\b"
)
# What may stand between two quoted names of one complement ("and", "who was not").
_JOINED_NAMES = 4
# After a name whose quotation closed with a comma: a new clause or the reporter's aside.
_AFTER_CLOSED = re.compile(r"\s*(?:and|but|while|as|after|before|a|an|the|which|who|[a-z]+ing)\b")
_NOT_PARTICIPLES = frozenset(
    "including excluding during nothing something everything anything".split()
)


# "..., a charge that ...", "- an acknowledgment that ...": the reporter's summary of it.
_SUMMARY = re.compile(r"(?:,|(?<=\ue000)|\s[-–—])\s+(?:a|an)\s+(?:[a-z]+\s+){1,2}?(?:that|which)\b")


def reporters_tail(m: str, start: int, limit: int) -> int:
    """Where reported speech ends before the reporter's own tail on the sentence.

    A participle clause (``, prompting cheers``), a contrast (``, even though ...``) or a
    relative clause on the last noun that runs to the end (``, who fled on foot``) is the
    reporter's; a clause with a comma of its own after it is inside the content
    (``the scheme, which cost £5m, had failed``).
    """
    for hit in _TAIL.finditer(m, start, limit):
        if hit.start() - start < 8 or QMASK in m[hit.end() : limit]:
            continue
        if hit.group("rel") and "," in m[hit.end() : limit]:
            continue
        if hit.group("ing") and (
            hit.group("ing") in _NOT_PARTICIPLES or "," in m[hit.end() : limit]
        ):
            continue
        return hit.start()
    summary = _SUMMARY.search(m, start, limit) if " a" in m[start:limit] else None
    if summary is not None and summary.start() - start >= 8:
        return summary.start()
    return limit


def new_clause_end(m: str, start: int, limit: int) -> int:
    """Where a reported clause ends before ``, and`` and a clause with a subject of its own
    (``she would run, and Ms. Brainard is among the few ...``), unless quoted words follow."""
    for hit in _AND_NEW_SUBJECT.finditer(m, start, limit):
        if _AND_OBJECT.match(m, hit.start(), limit):
            continue  # "placed the defendant, Ray Kessler, and her car within a block"
        if hit.start() - start >= 8 and QMASK not in m[hit.end() : limit]:
            return hit.start()
    if QMASK in m[start:limit]:
        verb = _AND_VERB_AFTER_QUOTE.search(m, start, limit)
        if verb is not None and QMASK not in m[verb.end() : limit]:
            return verb.start()
    return limit


def complement_end(text: str, m: str, start: int, limit: int) -> int:
    """Where ``called X “Y”`` ends: after the quoted name it gives, before the reporter's
    next words (``“rapists” (although ...)``, ``“a hypocrite,” linking to ...``,
    ``“a disaster” and promised ...``, ``“reckless,” and her staff ...``). Names joined
    by a few words (``a “wrecking ball” and “landlord in chief,”``, ``a “bully” who was not
    “honorable”``) are one complement."""
    q = m.find(QMASK, start, limit)
    if q < 0:
        return limit
    while True:
        end = q
        while end < limit and m[end] == QMASK:
            end += 1
        nxt = m.find(QMASK, end, limit)
        if (
            nxt < 0
            or len(m[end:nxt].split()) > _JOINED_NAMES
            or any(c in m[end:nxt] for c in ";—–―")
        ):
            break
        q = nxt  # 'a “bully” who was not “honorable”': the next name is part of it
    closed = text[end - 3 : end].rstrip("”\"’'")[-1:] in (",", ".")
    if closed and _AFTER_CLOSED.match(m, end, limit):
        return end  # '“reckless,” and her staff ...': the quotation closed the clause
    after = _AFTER_COMPLEMENT.match(m, end, limit)
    if after is None:
        return limit
    if after.group("ing") and not closed:
        return limit  # "a “hero” fighting for ...": the participle is part of the name
    return end


def object_end(m: str, start: int, limit: int) -> int:
    """Where the noun phrase object of a stance verb ends (``endorsed Ruiz last week``)."""
    end = _OBJECT_END.search(m, start, limit)
    return end.start() if end is not None else limit
