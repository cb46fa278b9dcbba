"""The resolution pass shared by every rule: from a speaker's words to who is speaking.

One step, whatever rule found the mention:

- the words are named and typed by the :class:`~._speakers.Resolver` (pronouns, surnames,
  role nouns and ``the ministry`` through the mention pass);
- a role with a name in apposition gives the name (``the mayor, Jan Novak``);
- a document or figures give their issuer: ``figures published by the ministry``,
  ``the commission's report``, and ``the ruling reads`` when the text said who issued it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._lexicon import CUE_FORMS, DOCUMENT_NOUNS, ROLE_HEADS, SEEN_VERBS
from ._resolver import Speaker
from ._speakers import np_after

if TYPE_CHECKING:
    from ._context import Ctx

__all__ = ["resolve_speaker"]

_DOCS = DOCUMENT_NOUNS | frozenset(
    "ruling judgment judgement verdict decision order guidance guidelines rules review audit "
    "inquiry numbers statistics estimates count tally".split()
)
# "figures published by the ministry", "data from the statistics office", "The figures,
# released by the statistics office on Wednesday,"
_ISSUED_BY = re.compile(
    r",?\s+(?:(?:first\s+|newly\s+|recently\s+)?(?:published|released|issued|compiled|produced|"
    r"prepared|gathered|collected|put\s+out|carried\s+out|conducted|drawn\s+up|filed|"
    r"submitted|written|drafted|presented|lodged|signed|sent)"
    r"\s+(?:[\w’'-]+\s+){0,4}?by|from|by)\s+"
)
# "A statement on the band’s website", "a post on the council's Facebook page": the
# owner of the page put it there.
_POSTED_ON = re.compile(
    r"\s+on\s+((?:the\s+)?[^,;:\ue000]{1,50}?)[’']s?\s+(?:own\s+|official\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:website|web\s+site|site|page|account|feed|channel|blog)\b"
)
# "figures seen by this newspaper", "emails obtained by the Courier": whoever only saw the
# document did not issue it, and the text does not say who did.
_SEEN_BY = re.compile(
    r"\s+" + SEEN_VERBS + r"\s+(?:[\w’'-]+\s+){0,3}?by\s+"
    r"([^\W\d][^,.;:!?()\n\ue000]{0,60}?)(?=\s*(?:[,.;:!?)]|$))"
)
# The rest of a name with "and" in it: "Securities| and Exchange Commission".
_AND_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*")


def _capitalised_end(m: str, p: int) -> bool:
    """Does the word ending at ``p`` start with a capital?"""
    k = p
    while k > 0 and (m[k - 1].isalnum() or m[k - 1] in "’'-"):
        k -= 1
    return m[k : k + 1].isupper()


_POSSESSOR = re.compile(r"^(.+?)[’']s?\s+(?:[\w-]+\s+){0,2}([\w-]+)$")
_WORD = re.compile(r"[\w’'-]+")
_COURT_DOCS = frozenset("ruling judgment judgement verdict decision order".split())
_DOC_FROM = re.compile(r"\b([\w’'-]+)\s+(?:from|by)\s+(?=[A-Z]|the\s)")
_NAME_AFTER = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)(?=\s*(?:[,.;:!?)]|$))")


def resolve_speaker(ctx: Ctx, span: tuple[int, int], e: int) -> Speaker:
    """Who speaks through the words at ``span`` (the sentence ends at ``e``)."""
    mention = ctx.text[span[0] : span[1]]
    context = ctx.text[span[1] : min(e, span[1] + 80)]
    resolver = ctx.resolver
    speaker = resolver.resolve(mention, context, span[0])
    words = _WORD.findall(mention.lower())
    head = words[-1] if words else ""
    if "of" in words[1:] and words[words.index("of", 1) - 1] in _DOCS:
        head = words[words.index("of", 1) - 1]  # "The survey of 1,200 adults"
    if head in ROLE_HEADS and speaker.type != "named_person":
        # "according to the regional governor, Ivan Petrov": the name in apposition.
        named = _NAME_AFTER.match(ctx.m, span[1], e)
        if named is not None:
            got = resolver.resolve(named.group(1), "", named.start(1))
            if got.type == "named_person":
                speaker = got
    # Most mentions ("she", "Ana Ruiz") hold neither word: no search through them then.
    inner = _DOC_FROM.search(mention) if "from" in mention or "by" in mention else None
    if inner is not None and inner.group(1).lower() in _DOCS:
        # "A letter from the union": the document speaks for whoever it is from.
        head = inner.group(1).lower()
        e = span[1]  # the issuer is named inside the mention: "from the port authority"
        span, mention = (span[0], span[0] + inner.end(1)), mention[: inner.end(1)]
    if head in _DOCS and speaker.type != "named_person":
        issued = _issuer(ctx, span, e, mention, head)
        if inner is not None and issued is not None and issued.type == "unknown":
            issued = None  # "Figures from the open day": an occasion, not who issued them
        if issued is None:
            issued = _seen_by(ctx, span, e)
        if issued is None and words[:1] in (["the"], ["these"], ["those"], ["this"]):
            issued = _document_before(resolver.documents, head, span[0])
        if issued is not None:
            speaker = issued
        resolver.documents[head] = (span[0], speaker)
    resolver.remember(speaker, mention)
    unnamed = speaker.type in ("unknown", "anonymous") and words[:1] in (["the"], ["a"], ["an"])
    if resolver.mentions is not None and unnamed and not head.endswith("s"):
        resolver.mentions.unnamed_at = span[0]
    return speaker


_NEAR = 600  # characters: how far back "the survey" may point to a poll named before


def _document_before(
    documents: dict[str, tuple[int, Speaker]], head: str, at: int
) -> Speaker | None:
    """The source of the document "the <head>" at ``at`` points back to, if any.

    The latest document of that name ("the documents" after "internal documents seen by
    this newspaper"); else the latest of any name shortly before ("the survey" after "a poll
    by Tessaly Research").
    """
    if head in documents:
        return documents[head][1]
    near = [(where, sp) for where, sp in documents.values() if at - where <= _NEAR]
    return max(near, key=lambda pair: pair[0])[1] if near else None


def _seen_by(ctx: Ctx, span: tuple[int, int], e: int) -> Speaker | None:
    """The document with who saw it (``figures seen by this newspaper``), issuer unknown."""
    seen = _SEEN_BY.match(ctx.m, span[1], e)
    if seen is None:
        return None
    end = seen.end()
    for word in _WORD.finditer(ctx.m, seen.start(1), end):
        if word.group() in CUE_FORMS:
            end = len(ctx.m[: word.start()].rstrip())  # "Documents seen by the Gazette| show"
            break
    return Speaker(ctx.text[span[0] : end], "unknown")


def _issuer(ctx: Ctx, span: tuple[int, int], e: int, mention: str, head: str) -> Speaker | None:
    posted = _POSTED_ON.match(ctx.m, span[1], e)
    if posted is not None:
        page = ctx.resolver.resolve(ctx.text[posted.start(1) : posted.end(1)], "", posted.start(1))
        if page.type != "unknown":
            return page  # "A statement on the band’s website": the band's
    by = _ISSUED_BY.match(ctx.m, span[1], e)
    if by is not None:
        np = np_after(ctx.m, by.end(), e, appositive=False)
        if np is not None:
            more = _AND_NAME.match(ctx.m, np[1], e)
            if more is not None and _capitalised_end(ctx.m, np[1]):
                np = (np[0], more.end())  # "the Securities and Exchange Commission"
            text = ctx.text[np[0] : np[1]]
            if _WORD.findall(text.lower())[-1:] != [head]:
                got = ctx.resolver.resolve(text, "", np[0])
                named = _NAME_AFTER.match(ctx.m, np[1], e) if got.type == "unknown" else None
                if named is not None:
                    # "An email from the club's chairman, Tom Hale,": the name in apposition
                    person = ctx.resolver.resolve(named.group(1), "", named.start(1))
                    got = person if person.type == "named_person" else got
                return got
    owner = _POSSESSOR.match(mention)
    if owner is not None and owner.group(2).lower() == head:
        return ctx.resolver.resolve(owner.group(1), "", span[0])
    first = mention.split()[0].lower() if mention.split() else ""
    mentions = ctx.resolver.mentions
    if first in ("the", "this", "its", "that") and mentions is not None:
        ent = mentions.issuer(head, span[0])
        if ent is None and head in _COURT_DOCS:
            ent = mentions.by_role("judge", span[0])  # "the ruling reads": the judge's
        if ent is not None:
            return Speaker(ent.name, ent.type)
    return None
