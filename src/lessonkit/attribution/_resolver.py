"""Name and type a speaker phrase, and resolve pronouns, surnames and role nouns.

:class:`Resolver` turns the words a rule found as the speaker ("the port chief", "she",
"Farmers in the valley") into a :class:`Speaker`: a display name and a type (named person,
named organisation, collective, anonymous or unknown), through the mention pass and what it
has read before in the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._lexicon import (
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    MEDIA_WORDS,
    NAME_OPENERS,
    OPENER_WORDS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_HEADS,
    ROLE_SYNONYMS,
    TIME_WORDS,
    TITLE_WORDS,
    anonymity_search,
    strip_possessive,
)
from ._speakers import (
    _ADVERBS,
    _AGENTIVE,
    _DEMONYM,
    _DESCRIBED,
    _DETERMINERS,
    _FIRST_NAME_MONTHS,
    _ISSUED,
    _NAME_MONTHS,
    _NAME_PAIR,
    _NP_PREPS,
    _PERSONS,
    _PLACES,
    _QUANTIFIERS,
    _REDUCED_RELATIVE,
    _SMALL,
    _WHEN,
    WORD_PAIR,
    plural_people,
)

if TYPE_CHECKING:
    from ._mentions import Mentions

__all__ = ["Resolver", "Speaker"]

# "analysts at Harlow Ratings": what follows the preposition is where they work.
_AFFILIATION = re.compile(r"\s(?:at|for|from|with|in)\s")
_CAP_WORD = re.compile(r"[A-Z][\w’'\-.]*")
_WORD = re.compile(r"[^\W_][\w’'\-.&]*")


def _person_name(chunk: str) -> str | None:
    """A person's name at the end of ``chunk`` (titles stripped), or None."""
    chunk = _AFFILIATION.split(chunk, maxsplit=1)[0]
    if " of " in chunk:
        # "Gov. Ana Silva of New Mexico": the name comes before "of" and a place.
        head = chunk.split(" of ", 1)[0]
        words = head.lower().split()
        if words and words[-1] in ORG_WORDS:
            return None  # "the University of Chicago"
        if words and words[-1] in ROLE_HEADS and words[0] in ("the", "a", "an"):
            return None  # "The head of the Ashcarrow Orchestra": a body, its head unnamed
        before = _name_run(head)
        if before is not None and len(before.split()) >= 2:
            return before
    return _name_run(chunk)


def _name_run(chunk: str) -> str | None:
    """The run of capitalised words at the end of ``chunk`` if it names a person."""
    words = _WORD.findall(chunk)
    if not words:
        return None
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() and not w.endswith(("’s", "'s")):
            run.append(w)
        else:
            break
    run.reverse()
    titled = [k for k, w in enumerate(run) if w.lower().rstrip(".") in ROLE_HEADS]
    if titled and titled[-1] < len(run) - 1:
        # "Senate Majority Leader Chuck Schumer": the name is what follows the title.
        run = run[titled[-1] + 1 :]
    while run and (
        run[0].lower().rstrip(".") in TITLE_WORDS
        or run[0].lower() in _DETERMINERS
        or (len(run) > 1 and run[0].lower() in NAME_OPENERS)
        or (len(run) > 2 and run[0].isupper() and len(run[0]) <= 4)
    ):
        run.pop(0)
    if not run:
        return None
    low = {w.lower().rstrip(".") for w in run}
    times = low & TIME_WORDS
    if run[-1] in _NAME_MONTHS and times == {run[-1].lower()}:
        times = set()  # "Lena May", "Kim Jun": the name ends with a month word
    if len(run) > 1 and times == {run[0].lower()} and run[0].lower() in _FIRST_NAME_MONTHS:
        times = set()  # "Jan Novak": a first name, not January
    if low & ORG_WORDS or times or (len(run) == 1 and run[0].lower() in _PLACES):
        return None
    if len(run) == 1:
        w = run[0]
        if w.isupper() and len(w) > 1:
            return None
        if w.lower() in COLLECTIVE_NOUNS or (w.endswith("s") and _DEMONYM.search(w[:-1])):
            return None
    if len(run) > 4:
        return None
    return " ".join(run)


# "the 42-year-old", "the 58-year-old grandfather": a person described by age alone.
_AGED = re.compile(r"the\s+\d{1,3}-year-old(?:\s+[a-z][\w-]*){0,3}")
_RELATIVES = frozenset("which who whom whose that where when".split())
_CHUNK_BREAK = re.compile(r",(?!\d{3}\b)|[(—–―]")  # not the comma in "1,200"
_PARTY_TAG = re.compile(r"[DRI](?:-[A-Z][\w.]*)?\)?")


@dataclass
class Speaker:
    """A resolved speaker: display name, type, and why it is a guess (if it is)."""

    name: str | None
    type: str
    flags: tuple[str, ...] = ()


@dataclass
class Resolver:
    """Remembers earlier speakers so pronouns and surnames resolve to full names."""

    last_person: str | None = None
    last_group: Speaker | None = None
    last_org: Speaker | None = None
    last_any: Speaker | None = None
    surnames: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    # the latest source behind each document noun: "the documents" after "according to
    # internal documents seen by this newspaper"
    documents: dict[str, tuple[int, Speaker]] = field(default_factory=dict)
    # unnamed sources by their noun: "An insider at the studios" for a later "the insider"
    unnamed: dict[str, Speaker] = field(default_factory=dict)
    mentions: Mentions | None = None

    def resolve(self, mention: str, context: str = "", at: int = -1) -> Speaker:
        """Name and type the speaker whose mention text is ``mention`` (found at ``at``)."""
        text = mention.strip()
        low = text.lower()
        if "year-old" in low and self.mentions is not None and at >= 0:
            aged = _AGED.fullmatch(low)
            ent = self.mentions.person_before(at, "")[0] if aged else None
            if ent is not None:
                # "The 42-year-old actress fumed": the person just named, as "she" would be;
                # an age alone does not say who, so it is always a guess
                return Speaker(ent.name, ent.type, ("description-guess",))
        if low in PRONOUNS:
            if low in ("he", "she") and self.mentions is not None and at >= 0:
                ent, guess = self.mentions.person_before(at, low)
                if ent is not None:
                    if not guess:
                        self.mentions.learn_gender(ent, low)
                    flags = ("pronoun-ambiguous",) if guess else ()
                    return Speaker(ent.name, ent.type, flags)
            if low in ("he", "she") and self.last_person:
                # Never someone the text itself gives the other gender ("Mrs Ruiz", "she").
                ent = self.mentions.kind_of(self.last_person) if self.mentions else None
                if ent is not None and ent.gender not in (None, "m" if low == "he" else "f"):
                    return Speaker(text, "unknown", ("pronoun-fallback",))
                return Speaker(self.last_person, "named_person", ("pronoun-fallback",))
            if low == "they" and self.mentions is not None and at >= 0:
                opened = self.mentions.group_before(at)
                if opened is not None and self.mentions.text:
                    # "Nurses at the hospital voted to strike. They say ...": the group
                    return Speaker(self.mentions.text[opened[0] : opened[1]], "collective")
            if low == "they" and self.last_group is not None:
                return self.last_group
            if low == "it" and self.last_org is not None:
                return self.last_org
            return Speaker(text, "unknown")
        chunks = [c.strip() for c in _CHUNK_BREAK.split(text) if c.strip()]
        lead = chunks[0] if chunks else text
        lead_tokens = _WORD.findall(lead)  # read once: for its words and whether it is titled
        words = [w.lower() for w in lead_tokens]
        first = words[0] if words else ""
        if anonymity_search(text) or anonymity_search(context) or _DESCRIBED.search(text):
            return Speaker(lead, "anonymous")
        if _NAME_PAIR.fullmatch(text) is not None:
            return Speaker(text, "named_person")  # "Tom Hale and Ana Silva wrote": both
        joined = " and " in text
        if joined and WORD_PAIR.fullmatch(text) is not None:
            return self._pair(text)
        if joined and _JOINED_TITLE.fullmatch(text) is not None:
            # "the Centre for Water Safety and Rescue": a body's name, joined by "and"
            return Speaker(_strip_article(text), "named_org")
        reduced = _REDUCED_RELATIVE.fullmatch(text)
        if reduced is not None:
            noun = reduced.group(2)
            group = first in ("every", "each", "all", "most", "some") or plural_people(noun)
            kind = "collective" if group else "anonymous" if first == "one" else "unknown"
            return Speaker(text, kind)  # "every official I met", "one guard they asked"
        if self.mentions is not None:
            org = self.mentions.org_in(text)
            if org is not None:
                return Speaker(org.name, "named_org")  # "the engineering firm Hollis & Crane"
        titled = all(w[:1].isupper() for w in lead_tokens if w.lower() not in _SMALL)
        if titled and len(words) > 2 and words[1] in ("for", "against", "without"):
            served = lead.split(None, 2)[2]
            mentions = self.mentions
            known = mentions.kind_of(served) if mentions is not None else None
            person = (
                mentions is not None
                and known is not None
                and known.type == "named_person"
                and bool(known.gender or known.roles or mentions.text.count(served) > 1)
            )
            if not person:
                # "Doctors for Clean Air", "Parents Without Partners"; not "Lawyers for
                # Hale" after the text named Tom Hale: a person named on their own elsewhere
                return Speaker(lead, "named_org")
        if len(words) == 1 and (first in DOCUMENT_NOUNS or first[:-1] in DOCUMENT_NOUNS):
            return Speaker(lead, "unknown")  # "Documents show ...": issued by no one named
        for chunk in chunks:
            if _PARTY_TAG.fullmatch(chunk):
                continue  # "(D-Calif.)": a party and a state, not a name
            if chunk.split(None, 1)[0].lower() in _RELATIVES:
                continue  # "The figures, which cover the months to June": June says nothing
            name = _person_name(chunk)
            if name is not None:
                known = self.mentions.kind_of(name) if self.mentions is not None else None
                if known is None and name not in self.surnames and plural_people(name):
                    return Speaker(lead, "collective")  # "Farmers in the valley say"
                if known is not None and known.type != "named_person":
                    return Speaker(known.name, known.type)
                parts = name.split()
                if len(parts) == 1 and parts[0] in self.surnames:
                    name = self.surnames[parts[0]]
                elif known is not None:
                    name = known.name
                return Speaker(name, "named_person")
        head = words[-1] if words else ""
        prep = next((k for k, w in enumerate(words) if w in _NP_PREPS or w == "on"), 0)
        if prep > 0 and plural_people(words[prep - 1]):
            return Speaker(lead, "collective")  # "officials in Kyiv", "analysts at a bank"
        if "of" in words and words.index("of") > 0:
            head_before_of = words[words.index("of") - 1]
        else:
            head_before_of = head
        lead_words = list(words)
        while lead_words and (
            lead_words[0] in OPENER_WORDS
            or lead_words[0] in _ADVERBS
            or lead_words[0] in _WHEN
            or (lead_words[0] in ("that", "this") and lead_words[1:2] and lead_words[1] in _WHEN)
        ):
            lead_words.pop(0)  # "Later that afternoon the prosecutor said"
        definite = bool(lead_words) and lead_words[0] in ("the", "this", "that", "its", "their")
        if definite and self.mentions is not None and at >= 0:
            # "the mayor" after "the mayor, Jan Novak"; "the ministry" after "the Ministry
            # of Health"; "the official" after "an official who asked not to be named".
            k = lead_words.index(head_before_of) if head_before_of in lead_words else 1
            modifiers = tuple(lead_words[1:k])
            ent = self.mentions.by_role(head_before_of, at, modifiers)
            if ent is None:
                ent = self.mentions.org_with(head_before_of, at)
            if ent is not None:
                name = ent.name
                return Speaker(name, ent.type)
        if head_before_of in ROLE_HEADS and first not in ("a", "an", "one", "another"):
            if head_before_of in self.roles:
                return Speaker(self.roles[head_before_of], "named_person")
            return Speaker(lead, "unknown")
        if words in (["police"], ["the", "police"]):
            return Speaker(lead, "collective")  # "Police said": the officers, as a group
        if set(words) & ORG_WORDS or strip_possessive(head) in _PLACES:
            if first in ("a", "an"):
                return Speaker(lead, "anonymous")
            return Speaker(_strip_article(chunks[0] if chunks else text), "named_org")
        if first in ("a", "an", "one", "another") and head_before_of not in DOCUMENT_NOUNS:
            return Speaker(lead, "anonymous")
        if first == "the" and len(words) == 2:
            # "the insider said" after "An insider at the studio"; "the friend added" after
            # "A pal of the star said"
            for noun in (head, *sorted(ROLE_SYNONYMS.get(head, ()))):
                if noun in self.unnamed:
                    return self.unnamed[noun]
        if (
            head in COLLECTIVE_NOUNS
            or head_before_of in COLLECTIVE_NOUNS
            or lead.lower() in _QUANTIFIERS
        ):
            return Speaker(lead, "collective")
        if head in _ISSUED and first in ("the", "this", "that", "its") and self.last_any:
            return self.last_any  # "the statement reads": the body that issued it
        if first in ("the", "this") and head in self.roles:
            return Speaker(self.roles[head], "named_person")
        if text[:1].isupper() and first not in ("the", "this", "that"):
            caps = _CAP_WORD.findall(text)
            if caps and len(caps) == len(words):
                if text.endswith("s") and _DEMONYM.search(text[:-1]):
                    return Speaker(lead, "collective")
                return Speaker(lead, "named_org")
        if head.endswith("s") and not head.endswith("ss") and head[:-1] not in DOCUMENT_NOUNS:
            return Speaker(lead, "collective")  # "Internal emails show": no one in particular
        return Speaker(lead, "unknown")

    def _pair(self, text: str) -> Speaker:
        """ "Olsen and Reyes" after the text named both, else a firm ("Pardew and Lowe")."""
        first, second = (w.strip() for w in text.split(" and ", 1))
        if plural_people(first.lower()) and plural_people(second.lower()):
            return Speaker(text, "collective")  # "Nurses and Doctors"
        people = [self.surnames.get(w) or self._known_person(w) for w in (first, second)]
        if any(people):
            # "Olsen and Reyes" after the text named them (one of them is enough)
            names = [p or w for p, w in zip(people, (first, second), strict=True)]
            return Speaker(f"{names[0]} and {names[1]}", "named_person")
        if first.endswith("s") and second.endswith("s"):
            return Speaker(text, "collective")  # "Wardens and Rangers"
        return Speaker(text, "named_org")

    def _known_person(self, surname: str) -> str | None:
        ent = self.mentions.kind_of(surname) if self.mentions is not None else None
        return ent.name if ent is not None and ent.type == "named_person" else None

    def remember(self, speaker: Speaker, mention: str) -> None:
        """Note a speaker so later pronouns and surnames can point back to it."""
        if speaker.name is None:
            return
        self.last_any = speaker
        if speaker.type == "named_person" and " and " in speaker.name:
            return  # two people: neither "he" nor a surname points to the pair
        if speaker.type == "named_person":
            self.last_person = speaker.name
            parts = speaker.name.split()
            if len(parts) > 1:
                self.surnames[parts[-1]] = speaker.name
            for w in _WORD.findall(mention):
                lw = w.lower()
                if lw in TITLE_WORDS and w not in speaker.name:
                    self.roles.setdefault(lw, speaker.name)
        elif speaker.type == "named_org":
            self.last_org = speaker
            self.last_group = speaker
        elif speaker.type == "collective":
            self.last_group = speaker
        elif speaker.type == "anonymous":
            words = _WORD.findall(mention.lower())
            if words[:1] in (["a"], ["an"], ["one"], ["another"]):
                cut = next((k for k, w in enumerate(words) if w in _NP_PREPS), len(words))
                of = words.index("of", 1, cut) if "of" in words[1:cut] else cut
                # "A pal of the star" is a pal; "a group of researchers", researchers
                for noun in dict.fromkeys((words[of - 1], words[cut - 1]) if cut > 1 else ()):
                    if noun in _PERSONS or (
                        _AGENTIVE.search(noun) and noun not in DOCUMENT_NOUNS | MEDIA_WORDS
                    ):
                        self.unnamed[noun] = speaker  # "An insider at the studios"
                        break


# A body's name of three capitalised words or more with "and" in it (people named in pairs
# are read before): "the Harbour and Canal Commission", "Centre for Water Safety and
# Rescue".
_JOINED_TITLE = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:,?\s+(?:(?:of|for|the)\s+)*[A-Z][\w’'-]*)+,?\s+and\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"|(?:[Tt]he\s+)?[A-Z][\w’'-]*\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+"
)


def _strip_article(text: str) -> str:
    for article in ("The ", "the "):
        if text.startswith(article) and text[len(article) : len(article) + 1].isupper():
            return text[len(article) :]
    return text
