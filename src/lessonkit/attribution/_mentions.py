"""The mention pass: the people and organisations an article introduces, before any rule.

Read once over the whole (quote-masked) text, sentence by sentence, it records

- people: a name with evidence that it names a person (a title, ``Mr``/``Ms``, an age or a
  role in apposition, a verb right after it), their role nouns (``the mayor, Jan Novak``;
  ``Tom Reyes, 58, a farmer``), their surname, and their gender *as the text gives it*
  (``Mr``/``Mrs``/``Ms``, ``his``/``her`` in their own clause, ``his wife``), never from a
  first name;
- organisations: names after a body noun (``the engineering firm Hollis & Crane``), names
  joined by ``&``, and names ending in a body word (``Harlow Bank``);
- anonymous sources: ``a council official who asked not to be named``, so that ``the
  official`` later keeps its type.

The rules then resolve pronouns, surnames, role nouns and ``the ministry`` through it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ._lexicon import (
    ANONYMITY,
    ANONYMITY_WORDS,
    CUE_LEMMA,
    DOCUMENT_NOUNS,
    NAME_OPENERS,
    ORG_WORDS,
    PEOPLE_PLURALS,
    ROLE_HEADS,
    ROLE_SYNONYMS,
    SOURCE_HEADS,
    TIME_WORDS,
    TITLE_WORDS,
    strip_possessive,
)

__all__ = ["Entity", "Mentions", "build_mentions", "is_person_name"]

_NAME = (
    r"[A-Z][\w’'.-]*[a-z][\w’'-]*(?:[ \u00a0]+(?:(?:de|del|da|van|von|der|bin|al|le|la)[ \u00a0]+)?"
    r"[A-Z][\w’'-]*[a-z][\w’'-]*){1,3}"
)
# The name's capital first, then the check on the character before it: the same matches as
# that check before the capital, but the search can jump from capital to capital (quicker).
_NAME_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])" + _NAME.removeprefix("[A-Z]") + r"(?![\w’'-])")
# Where a _NAME_RE match can start (keep in step with it): a capital opening a word whose
# run of name characters ends in blanks, then a capital or a particle ("de", "van"). Found
# in one pass, each character read once; _NAME_RE tried at every capital backs off letter
# by letter through each word that no second word follows.
_NAME_START = re.compile(
    r"[A-Z](?<![\w’'-][A-Z])(?=[\w’'.-]*[ \u00a0]+(?:[A-Z]|(?:de|del|da|van|von|der|bin|al|le|la)"
    r"[ \u00a0]))"
)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w’'-]*[a-z][\w’'-]*)")
# Right before a name: "the mayor, " / "The regional governor, "
_ROLE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z]+),\s+$"
)
# Right after a name: ", 58, a farmer," / ", the president," / ", mayor of Brno,"
_ROLE_AFTER = re.compile(
    r",\s+(?:(\d{1,3}),\s+)?(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}?([a-z]+)"
    r"(?=\s*,|\s+(?:of|at|for|in|from|with)\s)"
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian")
# "the engineering firm Hollis & Crane", "the charity Safe Harbour"
_BODY_THEN_NAME = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(firm|company|charity|group|agency|bank|union|"
    r"consultancy|insurer|operator|airline|carrier|broadcaster|newspaper|publisher|retailer|"
    r"developer|contractor|manufacturer|supplier|lender|network|organisation|organization|"
    r"association|party|campaign|council|ministry|club|team|studio|school|hospital|drugmaker|"
    r"carmaker|chain|supermarket|brewer|startup|band|label|utility|miner)\s+"
    r"([A-Z][\w’'-]*(?:\s+(?:&\s+|and\s+|of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
)
# "the ethics commission", "the health ministry": a body named by common nouns
_COMMON_BODY = re.compile(
    r"\b([Tt]he)\s+((?:[a-z][\w-]*\s+){0,2}?)(ministry|commission|council|court|committee|"
    r"agency|department|board|inquiry|regulator|watchdog|government|police|army|tribunal|"
    r"panel|authority|office|union|company|firm)\b"
)
_AMPERSAND = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+&\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
)
# A plural noun for people opening a sentence, with where they are: "Residents of Marram
# Close", "Nurses at St Brennoc's Hospital", "Shopkeepers on the high street".
_GROUP_OPENS = re.compile(
    r"([A-Z][a-z]+)(?:\s+(?:at|in|on|of|from|across|near)\s+[^,.;:!?\ue000\n]{1,50}?)?"
    r"(?=\s+(?:have|has|had|are|were|will|would|say|said|voted|say|told|fear|want|"
    r"claim|warn|complain|accuse|argue|believe|insist|plan|hope|[a-z]+ed)\b)"
)
_CAPITALISED = re.compile(r"[A-Z][a-z]+")  # the first word of a _GROUP_OPENS match
# Where a description after a name ends, and its words
_DESCRIPTION_END = re.compile(r"[,;:.!?()—–\n]")
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")
# One capitalised word with an age after it: "Shona, 41," (a longer name is read before)
_AGE = re.compile(r",\s+\d{1,3},")
_LONE_NAME = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]*[a-z])$")
# "the Ministry of Health", "the Health Ministry", "Harlow Bank"
_ORG_HEADS = tuple(
    "Ministry Department Commission Council Agency Office Bank Court Committee Party "
    "Institute Authority Service Union Board Bureau Tribunal Trust Foundation Association "
    "Federation Corporation University College Hospital Society Alliance Coalition".split()
)
# Each word's capital first, then the word boundary before it (as _NAME_RE does): the search
# jumps from capital to capital, quicker than a search for each word, and the same matches.
_ORG_HEAD = re.compile(r"(?:" + "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in _ORG_HEADS) + r")\b")
_ORG_OF = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}"
)
# "a"/"an"/"one" read from its first letter (then the word boundary before it), so that the
# search jumps between those letters: the same matches as ``\b(?:[Aa]n?|[Oo]ne)``, quicker.
_ANON_NP = re.compile(
    r"[AaOo](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne)\s+((?:[a-z][\w-]*\s+){0,3}?([a-z]+))"
    r"(?=\s*,|\s+(?:who|speaking|familiar|close\s+to|briefed\s+on|with\s+knowledge))"
)
# Where an _ANON_NP match can start (keep in step with it): "a", "an" or "one" at a word's start.
_ANON_START = re.compile(r"[AaOo](?<!\w.)")
# "a source close to the club", "an aide briefed on the talks": unnamed by description.
_DESCRIBED_AFTER = re.compile(r"\s+(?:close\s+to|briefed\s+on|with\s+knowledge\s+of)\b")
# A word each _DESCRIBED_AFTER match holds (keep in step with it): see _anon_candidates.
_DESCRIBED_WORDS = ("close", "briefed", "knowledge")
_ISSUED_DOC = re.compile(
    r"\b(issued|published|released|handed\s+down|delivered|produced|compiled|sent|filed|"
    r"posted|wrote|drew\s+up|put\s+out)\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r"|"
    r"ruling|judgment|judgement|verdict|decision|order|guidance|guidelines|rules|review|"
    r"audit|inquiry|findings|results|conclusions)\b"
)
# The first word of each verb _ISSUED_DOC opens with.
_ISSUED_FIRST = tuple(
    "issued published released handed delivered produced compiled sent filed posted wrote drew "
    "put".split()
)


def _starts(m: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` occurs in ``m`` (also inside longer words), in order."""
    out: list[int] = []
    for word in words:
        at = m.find(word)
        while at >= 0:
            out.append(at)
            at = m.find(word, at + 1)
    out.sort()
    return out


def _hits(pattern: re.Pattern[str], m: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(m)`` for a pattern whose matches can only begin at ``starts``.

    Trying the pattern only there is much quicker than a scan of every position, and
    gives the same matches: the leftmost match at or after the end of the last one.
    """
    end = 0
    for at in starts:
        if at >= end:
            hit = pattern.match(m, at)
            if hit is not None:
                yield hit
                end = hit.end()


_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|now|still|had|has|have|was|is|will|would)\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|lost|won|met|went|came|left|took|gave|made|spoke|told|said|wrote|"
    r"ran|began|saw|got|put|set|sat|stood|held|kept|led|felt|fell|grew|knew|thought|brought|"
    r"bought|built|sent|spent|paid|found|heard|broke|chose|drove|flew|rode|rose|shook|sold|"
    r"taught|threw|woke|wore|is|was|has|had)\b"
)
_OPENING_PRONOUN = re.compile(r"\s*(He|She)\s+[a-z]")
# "h" first, then the boundary before it: the search jumps from "h" to "h" (quicker than
# ``\b(his|himself|herself|her...)`` tried at every position; the same matches).
_POSSESSIVE = re.compile(
    r"(h(?<!\wh)(?:is|imself|erself|er(?=\s+(?!(?:for|to|and|that|in|on|at|with|about|from|as|by)"
    r"\b)[a-z])))\b"
)
_SPOUSE = re.compile(r"\s+(?:and|with)\s+(his|her)\s+(?:wife|husband|son|daughter|family)\b")
_GENDER_OF = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "his": "m",
    "himself": "m",
    "her": "f",
    "herself": "f",
    "he": "m",
    "she": "f",
}
_NOT_FIRST = frozenset(
    "the a an this that these those he she it they we i but and or so yet if when while "
    "after before since as in on at for from with by to of".split()
)
_PREP_BEFORE = re.compile(r"\b(?:at|for|from|with|in|of|by|to)\s+(?:the\s+)?$")
_PLACE_PREPS = frozenset("in at from to near across into outside inside via of".split())
# The last word of many newspapers' titles (more are in ORG_WORDS, which holds only words
# that are never verbs or common nouns on their own).
_PAPER_ENDS = frozenset("echo mirror express observer standard record argus sentinel".split())
# The last word of a street's name, never of a person's: "Halden Avenue".
_STREET_WORDS = frozenset("avenue street road boulevard terrace crescent square".split())
# Endings of street names that are also surnames ("Ms Lane"): a street only after a word.
_STREET_ENDS = frozenset("lane drive mews grove gardens parade".split())
_PLACE_WORDS = frozenset(
    "new north south east west united saint st san santa los las el port fort mount lake "
    "city county state street road avenue square river island islands republic kingdom".split()
)


@dataclass
class Entity:
    """A person, an organisation or an anonymous source the text introduces."""

    name: str
    type: str  # "named_person", "named_org" or "anonymous"
    gender: str | None = None  # "m" / "f", only when the text says so
    roles: set[str] = field(default_factory=set)
    # the words of the text's descriptions of them: "head of the port authority"
    described: set[str] = field(default_factory=set)


_PREDICATIVE = frozenset(
    "as is was are were be been being become became becomes like whether than not if for".split()
)
_FEMALE_NOUNS = frozenset(
    "woman girl mother wife daughter grandmother lady mum mom sister aunt niece".split()
)
# Kin in apposition ("Her husband, Mark,"): a person, and the gender the noun gives.
_KIN_GENDER = {
    kin: "f" if kin in _FEMALE_NOUNS else "m"
    for kin in (
        "husband wife father mother son daughter brother sister grandfather grandmother "
        "uncle aunt nephew niece"
    ).split()
}
# The kin word first (a search that opens with "\b" tries every place in the text), then
# whose kin: his, her, their or the.
_KIN_NAME = re.compile(r"(" + "|".join(_KIN_GENDER) + r"),\s+([A-Z][a-z]+)(?=,)")
_KIN_OF = re.compile(r"(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+$")
_GENDERED_UNNAMED = re.compile(
    # "a"/"an"/"one" read from its first letter, as _ANON_NP does: a quicker search
    r"([AaOo](?<![\w’'].)(?:(?<=[Aa])n?|(?<=[Oo])ne)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(man|woman|boy|girl|father|mother|husband|wife|son|daughter|grandfather|grandmother|"
    r"gentleman|lady|dad|mum|mom)"
    # "in his 40s", "posing as a bank worker"
    r"(?:\s+in\s+(?:his|her)\s+(?:early\s+|mid-?|late\s+)?(?:\d0s|[a-z]+ties)|"
    r"\s+[a-z]+ing\s+as\s+an?\s+[a-z]+(?:\s+[a-z]+)?(?=[,.;:!?]))?)(?![\w’'])"
)


@dataclass
class Mentions:
    """Where each entity is mentioned, for resolving pronouns, surnames and role nouns."""

    entities: list[Entity] = field(default_factory=list)
    text: str = ""  # the article's text, for the words of a mention
    # (start, end, entity index, subject) in text order
    spots: list[tuple[int, int, int, bool]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    by_name: dict[str, int] = field(default_factory=dict)
    by_surname: dict[str, int] = field(default_factory=dict)
    # (where, document noun, entity index): "the commission published a report"
    docs: list[tuple[int, str, int]] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)  # with names of two words or more
    unnamed_at: int = -1  # where the latest speaker without a name ("the engineer") was
    unnamed_people: bool = False  # whether the text introduces "a man", "one woman", ...
    # groups that open a sentence: (start, end) of "Nurses at St Brennoc's Hospital"
    groups: list[tuple[int, int]] = field(default_factory=list)

    def group_before(self, at: int, sentences: int = 4) -> tuple[int, int] | None:
        """The latest group opening one of the ``sentences`` sentences up to ``at``."""
        k = bisect.bisect_right(self.sentences, (at, 1 << 62)) - 1
        near = self.sentences[max(0, k - sentences)][0] if self.sentences else 0
        i = bisect.bisect_left(self.groups, (at,)) - 1
        if i >= 0 and self.groups[i][0] >= near:
            return self.groups[i]
        return None

    def issuer(self, noun: str, at: int) -> Entity | None:
        """Who issued the document ``the report`` at ``at`` refers to.

        The latest document of that name before ``at``; else the latest of any name in the
        three sentences before (``published its findings ... the report says``).
        """
        for where, doc, idx in reversed(self.docs):
            if where < at and doc == noun:
                return self.entities[idx]
        k = bisect.bisect_right(self.sentences, (at, 1 << 62)) - 1
        near = self.sentences[max(0, k - 3)][0] if self.sentences else 0
        for where, _, idx in reversed(self.docs):
            if near <= where < at:
                return self.entities[idx]
        return None

    def entity(self, name: str, type_: str, shown: str = "") -> int:
        """The entity the text calls ``name``, new if it is the first such; ``shown`` is the
        name a reader is shown for it when that differs ("Tom Reyes" for "Then Tom Reyes")."""
        key = name.lower()
        if key in self.by_name:
            return self.by_name[key]
        parts = name.split()
        if type_ == "named_person" and len(parts) == 1 and name in self.by_surname:
            return self.by_surname[name]
        self.entities.append(Entity(shown or name, type_))
        idx = len(self.entities) - 1
        if type_ == "named_org" and ("&" in name or len(name.split()) > 1):
            self.orgs.append(self.entities[idx])
        self.by_name[key] = idx
        if type_ == "named_person" and len(parts) > 1:
            self.by_surname.setdefault(parts[-1], idx)
        return idx

    def add(self, start: int, end: int, idx: int, subject: bool) -> None:
        bisect.insort(self.spots, (start, end, idx, subject))

    def kind_of(self, name: str) -> Entity | None:
        """The entity named ``name`` (a full name or a known surname), if any."""
        idx = self.by_name.get(name.lower())
        if idx is None:
            idx = self.by_surname.get(name)
        return self.entities[idx] if idx is not None else None

    def org_in(self, mention: str) -> Entity | None:
        """An organisation whose name the speaker ``mention`` holds (``the firm Hollis & Crane``)."""
        if not self.orgs:
            return None
        head = re.split(r"[,(—–―]", mention, maxsplit=1)[0].rstrip()
        for ent in self.orgs:
            if (
                ent.type == "named_org"
                and head.endswith(ent.name)
                and ("&" in ent.name or len(ent.name.split()) > 1)
                and not _PREP_BEFORE.search(head[: len(head) - len(ent.name)])
            ):
                return ent
        return None

    def person_before(self, at: int, pronoun: str) -> tuple[Entity | None, bool]:
        """The person ``he``/``she`` at ``at`` points back to, and whether that is a guess.

        A person the text names comes first; only where none fits, someone it introduced by
        what they are (``a man posing as a bank worker``), and that is always a guess: an
        unnamed spokesperson's "he" would point there too.
        """
        ent, guess = self._person_before(at, pronoun, unnamed=False)
        if ent is None and self.unnamed_people and _GENDER_OF.get(pronoun.lower()) is not None:
            ent, _ = self._person_before(at, pronoun, unnamed=True)
            guess = ent is not None
        return ent, guess

    def _person_before(self, at: int, pronoun: str, unnamed: bool) -> tuple[Entity | None, bool]:
        """:meth:`person_before` among named people, or (``unnamed``) also unnamed ones.

        The sentence nearest before the pronoun (its own first) that mentions a person of a
        compatible gender gives the antecedent: its first such person (the subject). It is
        a guess when that sentence mentions two compatible people of unknown gender.
        """
        want = _GENDER_OF.get(pronoun.lower())
        k = bisect.bisect_right(self.sentences, (at, 1 << 62)) - 1
        end = bisect.bisect_left(self.spots, (at,))
        limit = max(0, k - 6)
        i = end - 1
        while k >= limit:
            s0 = self.sentences[k][0] if k >= 0 else 0
            picked: list[int] = []
            while i >= 0 and self.spots[i][0] >= s0:
                idx = self.spots[i][2]
                ent = self.entities[idx]
                if (
                    ent.type == "named_person" and (ent.gender in (None, want) or want is None)
                ) or (unnamed and ent.type == "anonymous" and ent.gender == want):
                    if idx in picked:
                        picked.remove(idx)
                    picked.append(idx)
                i -= 1
            if picked:
                first = self.entities[picked[-1]]  # the earliest in the sentence
                others = [self.entities[p] for p in picked[:-1] if self.entities[p].gender is None]
                guess = first.gender is None and bool(others)
                # An unnamed speaker quoted since ("the engineer said") may be the one meant.
                guess = guess or (first.gender is None and self.unnamed_at > s0)
                return first, guess
            k -= 1
        return None, False

    def by_role(self, noun: str, at: int, modifiers: tuple[str, ...] = ()) -> Entity | None:
        """The latest person before ``at`` the text has given the role ``noun``.

        A role in other words counts too ("the port chief" for "the head of the port
        authority"), when every word before the noun (``modifiers``: "port") is in how the
        text described that person.
        """
        end = bisect.bisect_left(self.spots, (at,))
        same = ROLE_SYNONYMS.get(noun, frozenset())
        for i in range(end - 1, max(-1, end - 300), -1):
            ent = self.entities[self.spots[i][2]]
            if noun in ent.roles:
                return ent
        for i in range(end - 1, max(-1, end - 300), -1):
            ent = self.entities[self.spots[i][2]]
            if same & ent.roles and all(w in ent.described for w in modifiers):
                return ent
        return None

    def org_with(self, head: str, at: int) -> Entity | None:
        """The latest organisation before ``at`` whose name holds ``head`` (``ministry``)."""
        end = bisect.bisect_left(self.spots, (at,))
        for i in range(end - 1, max(-1, end - 300), -1):
            ent = self.entities[self.spots[i][2]]
            if ent.type == "named_org" and head in ent.name.lower().split():
                return ent
            if ent.type in ("named_org", "anonymous") and head in ent.roles:
                return ent
        return None

    def learn_gender(self, ent: Entity, pronoun: str) -> None:
        """Note the gender a resolved ``he``/``she`` shows for ``ent``."""
        g = _GENDER_OF.get(pronoun.lower())
        if g and ent.gender is None:
            ent.gender = g


def is_person_name(name: str) -> bool:
    """Can ``name`` (capitalised words) be a person's name: not a place, a body or a title?"""
    words = name.split()
    low = [w.lower().rstrip(".") for w in words]
    if low[0] in _NOT_FIRST or low[0] in _PLACE_WORDS or low[-1] in _STREET_WORDS:
        return False
    if len(low) > 1 and (low[-1] in _PAPER_ENDS or low[-1] in _STREET_ENDS):
        return False  # "the Penwick Echo", "Mill Lane": a newspaper, a street
    times = set(low) & TIME_WORDS
    if len(low) > 1 and times == {low[0]} and low[0] in ("jan", "may", "june", "april"):
        times = set()  # "Jan Novak", "May Ruiz": a first name
    if set(low) & ORG_WORDS or times:
        return False
    if any(w in TITLE_WORDS for w in low):
        return False
    return not any(w.isupper() and len(w) > 1 for w in words)


def _shown_name(name: str) -> str:
    """``name`` as a reader is shown it: without a sentence's opening word run into it ("Then
    Tom Reyes", "Although Novak's"), a capitalised noun for who the person is ("Neighbour
    Derek Platt") or a possessive ending ("Ana Ruiz's").

    Only the name shown changes: the text's mentions are linked by the name as written, so
    which person a pronoun or a surname points to stays the same.

    >>> _shown_name("Although Hugo Penrose's")
    'Hugo Penrose'
    >>> _shown_name("Will Hart")
    'Will Hart'
    >>> _shown_name("Neighbour Derek Platt")
    'Derek Platt'
    """
    words = name.split()
    while len(words) > 1 and words[0].lower() in NAME_OPENERS:
        words.pop(0)
    while len(words) > 2 and words[0].lower() in SOURCE_HEADS and words[1][:1].isupper():
        words.pop(0)  # "Neighbour Derek Platt": a noun for who he is, capitalised
    words[-1] = strip_possessive(words[-1]) or words[-1]
    return " ".join(words)


def _strip_title(name: str) -> tuple[str, list[str]]:
    """``Mayor Jan Novak`` -> (``Jan Novak``, [``mayor``]); the name keeps its own spacing.

    A title with words of its own before the role ("Transit Director Oksana Reyes",
    "Senate Majority Leader Ana Ruiz") ends at the role: the name is what follows it.
    """
    roles = []
    words = name.split()
    titled = [k for k, w in enumerate(words[:-2]) if w.lower().rstrip(".") in ROLE_HEADS]
    if not titled and (len(words) < 2 or words[0].lower().rstrip(".") not in TITLE_WORDS):
        return name, []  # mostly no title at all: known without the pattern below
    if titled and words[titled[-1]][:1].isupper():
        k = titled[-1]
        roles.append(words[k].lower().rstrip("."))
        for _ in range(k + 1):
            first = _FIRST_WORD.match(name)
            if first is None:
                break
            name = name[first.end() :]
    while True:
        first = _FIRST_WORD.match(name)
        if first is None or first.group(1).lower().rstrip(".") not in TITLE_WORDS:
            break
        roles.append(first.group(1).lower().rstrip("."))
        name = name[first.end() :]
    return name, [r for r in roles if r in ROLE_HEADS]


_FIRST_WORD = re.compile(r"(\S+)\s+(?=\S)")


def build_mentions(text: str, m: str, sentences: list[tuple[int, int]]) -> Mentions:
    """Read the people and organisations of ``text`` (``m`` is it with quotations masked)."""
    mt = Mentions(sentences=sentences, text=text)
    starts = [s for s, _ in sentences]
    taken: list[tuple[int, int]] = []

    def sentence_start(p: int) -> int:
        k = bisect.bisect_right(starts, p) - 1
        return starts[k] if k >= 0 else 0

    def free(a: int, b: int) -> bool:
        k = bisect.bisect_left(taken, (a,))
        return not ((k < len(taken) and taken[k][0] < b) or (k > 0 and taken[k - 1][1] > a))

    def take(a: int, b: int) -> None:
        bisect.insort(taken, (a, b))

    # Organisations first, so that their names are not read as people.
    the = _starts(m, ("the", "The"))
    for hit in _hits(_BODY_THEN_NAME, m, the):
        a, b = hit.span(2)
        idx = mt.entity(m[a:b], "named_org")
        mt.entities[idx].roles.add(hit.group(1))
        mt.add(a, b, idx, a == sentence_start(a))
        take(hit.start(), b)
    if "&" in m:
        for hit in _AMPERSAND.finditer(m):
            if free(*hit.span()):
                idx = mt.entity(hit.group(), "named_org")
                mt.add(hit.start(), hit.end(), idx, hit.start() == sentence_start(hit.start()))
                take(*hit.span())
    for hit in _ORG_HEAD.finditer(m):
        a = _capitalised_run_before(m, hit.start())
        tail = _ORG_OF.match(m, hit.end())
        b = tail.end() if tail is not None else hit.end()
        if free(a, b):
            idx = mt.entity(m[a:b], "named_org")
            mt.add(a, b, idx, a == sentence_start(a))
            take(a, b)
    for hit in _hits(_COMMON_BODY, m, the):
        if free(*hit.span()) and hit.group(2):  # "the ethics commission", not "the ministry"
            idx = mt.entity(hit.group(), "named_org")
            mt.entities[idx].roles.add(hit.group(3))
            mt.add(hit.start(), hit.end(), idx, hit.start() == sentence_start(hit.start()))
    spots: list[tuple[int, int, str]] = []
    for hit in _hits(_HONORIFIC, m, _starts(m, ("Mr", "Ms", "Miss", "Dr"))):
        spots.append((hit.start(2), hit.end(2), hit.group(1)))
    for hit in _hits(_NAME_RE, m, [at.start() for at in _NAME_START.finditer(m)]):
        spots.append((hit.start(), hit.end(), ""))
    spots.sort()
    for a, b, honorific in spots:
        if not free(a, b):
            continue
        s = sentence_start(a)
        if honorific:
            _honorific(mt, m, a, b, honorific, s)
            take(a, b)
            continue
        if m.startswith(("’s", "'s"), b):
            continue
        raw = m[a:b]
        opener = _FIRST_WORD.match(raw)
        if opener is not None and opener.group(1).lower() in CUE_LEMMA:
            a += opener.end()  # "Continued Ruiz:", "Said Ana Silva": the verb is no name
            raw = m[a:b]
        name, roles = _strip_title(raw)
        if not is_person_name(name):
            continue
        a2 = a + raw.index(name)
        before = m[max(s, a - 14) : a].split()
        prev = before[-1].lower().rstrip(".") if before else ""
        # "the mayor, Jan Novak"; "Tom Reyes, 58, a farmer,"
        role_before = _ROLE_BEFORE.search(m, max(s, a - 60), a) if m[a - 2 : a] == ", " else None
        role_after = _ROLE_AFTER.match(m, b) if m.startswith(",", b) else None
        new_roles = set(roles)
        described: set[str] = set()
        if prev in ROLE_HEADS:
            new_roles.add(prev)
        kin = _KIN_GENDER.get(role_before.group(1)) if role_before is not None else None
        if role_before is not None and (_is_role(role_before.group(1)) or kin):
            new_roles.add(role_before.group(1))
        if role_after is not None and _is_role(role_after.group(2)):
            new_roles.add(role_after.group(2))
            stop = _DESCRIPTION_END.search(m, role_after.end(), role_after.end() + 80)
            told = m[role_after.start() : stop.start() if stop else role_after.end()]
            described.update(w.lower() for w in _WORDS.findall(told))
        evidence = (
            new_roles
            or prev in TITLE_WORDS
            or role_after is not None
            or (len(name.split()) > 1 and prev not in _PLACE_PREPS)
            or name.lower() in mt.by_name
            or _VERB_AFTER.match(m, b) is not None
        )
        if not evidence:
            continue
        idx = mt.entity(name, "named_person", _shown_name(name))
        mt.entities[idx].roles.update(new_roles)
        mt.entities[idx].described.update(described)
        honour = _GENDER_OF.get(raw.split()[0].lower().rstrip(".")) if raw != name else None
        if honour and raw.split()[0][:1].isupper() and mt.entities[idx].gender is None:
            mt.entities[idx].gender = honour  # "Mr Novak", "Ms Ana Ruiz"
        if kin and mt.entities[idx].gender is None:
            mt.entities[idx].gender = kin  # "Her husband, Mark,"
        subject = a == s or not m[s:a].strip(" ,\n") or "," in m[s:a]
        mt.add(a2, a2 + len(name), idx, subject)
        take(a, b)
    # A given name alone with an age: "Shona, 41, waited nine months".
    for age in _AGE.finditer(m):
        lone = _LONE_NAME.search(m, max(0, age.start() - 30), age.start())
        if lone is not None:
            a, b = lone.span(1)
            word = lone.group(1).lower()
            if (
                free(a, b)
                and word not in _NOT_FIRST
                and word not in _PLACE_WORDS
                and word not in ORG_WORDS
                and word not in TIME_WORDS
                and word not in TITLE_WORDS
            ):
                idx = mt.entity(lone.group(1), "named_person")
                mt.add(a, b, idx, a == sentence_start(a))
                take(a, b)
    # A given name alone after kin: "Her husband, Mark, told reporters ...".
    if any(f"{kin}, " in m for kin in _KIN_GENDER):  # a search of the text only then
        for hit in _KIN_NAME.finditer(m):
            a, b = hit.span(2)
            kin_at = hit.start()
            if not _KIN_OF.search(m, max(0, kin_at - 8), kin_at):
                continue
            if free(a, b) and hit.group(2).lower() not in _NOT_FIRST:
                idx = mt.entity(hit.group(2), "named_person")
                mt.entities[idx].roles.add(hit.group(1))
                if mt.entities[idx].gender is None:
                    mt.entities[idx].gender = _KIN_GENDER[hit.group(1)]
                mt.add(a, b, idx, False)
                take(a, b)
    # Known surnames alone: "Reyes lost his house."
    if mt.by_surname:
        for surname, idx2 in mt.by_surname.items():
            at = m.find(surname)
            while at >= 0:
                end = at + len(surname)
                bounded = (at == 0 or not _wordish(m[at - 1])) and (
                    end >= len(m) or not _wordish(m[end])
                )
                if bounded and free(at, end) and not m.startswith(("’s", "'s"), end):
                    mt.add(at, end, idx2, at == sentence_start(at))
                at = m.find(surname, end)
    # Documents and who issued them: "the commission published a report".
    for hit in _hits(_ISSUED_DOC, m, _starts(m, _ISSUED_FIRST)):
        s = sentence_start(hit.start())
        lo = bisect.bisect_left(mt.spots, (s,))
        hi = bisect.bisect_left(mt.spots, (hit.start(),))
        if hi > lo:
            mt.docs.append((hit.start(2), hit.group(2).lower(), mt.spots[hi - 1][2]))
    # Anonymous sources: "a council official who asked not to be named".
    low = m.lower()  # for the words both searches below look for first
    for hit in _anon_candidates(m, low):
        after = m[hit.end() : hit.end() + 80]
        if ANONYMITY.search(after) is None and _DESCRIBED_AFTER.match(after) is None:
            continue
        idx = mt.entity(hit.group(0), "anonymous")
        nouns = {w for w in hit.group(1).split() if w in ROLE_HEADS or w.endswith(_AGENT_ENDINGS)}
        mt.entities[idx].roles.update({hit.group(2), *nouns})  # "an official at the embassy"
        mt.entities[idx].described.update(hit.group(1).split())
        mt.add(hit.start(), hit.end(), idx, False)
    # Groups that open a sentence: "Nurses at St Brennoc's Hospital voted ...", for "they".
    for s, _e in sentences:
        # The pattern's first word is the sentence's whole first word, with a blank after
        # it: only a word for people is worth the pattern.
        first = _CAPITALISED.match(m, s)
        if first is None or first.group().lower() not in PEOPLE_PLURALS:
            continue
        group = _GROUP_OPENS.match(m, s)
        if group is not None:
            mt.groups.append(group.span(0))
    # People the text names only by what they are: "a man posing as a bank worker".
    for hit in _gendered_unnamed(m, low):
        before = m[max(0, hit.start() - 12) : hit.start()].split()[-1:]
        if before and before[0].lower() in _PREDICATIVE:
            continue  # "as a father", "she was a woman who": what someone is, not someone new
        if free(*hit.span(1)):
            idx = mt.entity(text[hit.start(1) : hit.end(1)], "anonymous")
            mt.entities[idx].gender = "f" if hit.group(2).lower() in _FEMALE_NOUNS else "m"
            mt.unnamed_people = True
            mt.add(hit.start(1), hit.end(1), idx, hit.start(1) == sentence_start(hit.start(1)))
    # Only a sentence with a person's name in it can give that person a gender: the
    # sentences (by index) where a person's name starts, read off the names themselves.
    named = {
        bisect.bisect_right(starts, a) - 1
        for a, _b, idx, _ in mt.spots
        if mt.entities[idx].type == "named_person"
    }
    previous: tuple[int, int] | None = None
    for k, (s, e) in enumerate(sentences):
        if k in named:
            _genders(mt, m, s, e)
        if previous is not None:
            _pronoun_opens(mt, m, previous, s, e)
        previous = (s, e)
    return mt


_GENDERED_NOUNS = (
    "man woman boy girl father mother husband wife son daughter grandfather grandmother "
    "gentleman lady dad mum mom"
).split()


def _gendered_unnamed(m: str, low: str) -> list[re.Match[str]]:
    """The matches of ``_GENDERED_UNNAMED.finditer(m)``, searched only near its nouns.

    A match holds one of ``_GENDERED_NOUNS`` at most three words after its "a", after a
    space and before no letter, digit or apostrophe; each stretch of 40 characters before
    such a noun is searched, not the whole text (nor before the "man" of "many" or "woman").
    ``low`` is ``m.lower()``.
    """
    starts: set[int] = set()
    for noun in _GENDERED_NOUNS:
        at = low.find(noun)
        while at >= 0:
            end = at + len(noun)
            after = low[end : end + 1]
            if low[at - 1 : at].isspace() and not after.isalnum() and after not in ("_", "’", "'"):
                starts.add(max(0, at - 40))
            at = low.find(noun, end)
    found: dict[int, re.Match[str]] = {}
    for q in sorted(starts):
        hit = _GENDERED_UNNAMED.search(m, q, min(len(m), q + 160))
        while hit is not None and hit.start() <= q + 40:
            found.setdefault(hit.start(), hit)
            hit = _GENDERED_UNNAMED.search(m, hit.end(), min(len(m), q + 160))
    return [found[k] for k in sorted(found)]


def _anon_candidates(m: str, low: str) -> list[re.Match[str]]:
    """The matches of ``_ANON_NP.finditer(m)`` that a word of anonymity may follow.

    Only a match ending at most 80 characters before one of ``ANONYMITY_WORDS`` or
    ``_DESCRIBED_WORDS`` can pass the check after it, so only the stretches before those
    words are searched, each from a character no match can hold: the same matches, in
    order, less most of those the check would drop. ``low`` is ``m.lower()``.
    """
    if "ı" in m or "İ" in m:  # they match "i" in ANONYMITY; "İ" also changes length
        return list(_ANON_NP.finditer(m))
    found: dict[int, re.Match[str]] = {}
    for word in (*ANONYMITY_WORDS, *_DESCRIBED_WORDS):
        at = low.find(word)
        while at >= 0:
            q = max(0, at + len(word) - 80)
            while q > 0 and (m[q - 1].isalnum() or m[q - 1] in "_-" or m[q - 1].isspace()):
                q -= 1
            # ``_ANON_NP.finditer(m, q)`` up to the word, tried only where a match can
            # start: the search past the word for one more match would scan on and on.
            pos = q
            for first in _ANON_START.finditer(m, q, at + 1):
                hit = _ANON_NP.match(m, first.start()) if first.start() >= pos else None
                if hit is not None:
                    found.setdefault(hit.start(), hit)
                    pos = hit.end()
            at = low.find(word, at + 1)
    return [found[k] for k in sorted(found)]


def _pronoun_opens(mt: Mentions, m: str, previous: tuple[int, int], s: int, e: int) -> None:
    """``Nadia Ferreira led the march. She was not arrested.``: the text's own "she".

    A sentence that opens with he/she right after a sentence naming one person only gives
    that person the gender (never a first name: the pronoun the text uses).
    """
    opener = _OPENING_PRONOUN.match(m, s, e)
    if opener is None:
        return
    lo = bisect.bisect_left(mt.spots, (previous[0],))
    hi = bisect.bisect_left(mt.spots, (previous[1],))
    people = {sp[2] for sp in mt.spots[lo:hi] if mt.entities[sp[2]].type == "named_person"}
    if len(people) == 1:
        mt.learn_gender(mt.entities[people.pop()], opener.group(1))


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "’'-_"


def _capitalised_run_before(m: str, p: int) -> int:
    """Where the run of up to three capitalised words ending right before ``p`` starts.

    An "and" between two capitalised words belongs to the run ("the Securities and Exchange
    Commission") when one plain word stands before it, after a lower-case word: not an
    acronym ("FBI and Justice Department") nor the end of a name ("Tom Reyes and").
    """
    a = p
    for _ in range(3):
        j = a - 1
        while j >= 0 and m[j] == " ":
            j -= 1
        k = j
        while k >= 0 and (m[k].isalnum() or m[k] in "’'-"):
            k -= 1
        word = m[k + 1 : j + 1]
        if word == "and" and a < p and m[k - 1 : k].isalnum():
            before = _capitalised_run_before(m, k + 1)
            first = m[before:k]
            ahead = m[max(0, before - 20) : before].split()
            if (
                before < k
                and " " not in first
                and not first.isupper()
                and (not ahead or ahead[-1] == "The" or ahead[-1].islower())
            ):
                return before
            break
        if not word or not word[0].isupper() or word == "The" or j == a - 1:
            break
        a = k + 1
    return a


def _is_role(word: str | None) -> bool:
    return bool(word) and (word in ROLE_HEADS or str(word).endswith(_AGENT_ENDINGS))


def _honorific(mt: Mentions, m: str, a: int, b: int, honorific: str, s: int) -> None:
    """``Mr Novak``, ``Ms Ruiz``: a person, and the gender the honorific gives."""
    surname = m[a:b]
    idx = mt.by_surname.get(surname)
    if idx is None:
        idx = mt.entity(surname, "named_person")
        mt.by_surname.setdefault(surname, idx)
    g = _GENDER_OF.get(honorific.lower().rstrip("."))
    if g and mt.entities[idx].gender is None:
        mt.entities[idx].gender = g
    mt.add(a, b, idx, a - len(honorific) - 2 <= s)


def _genders(mt: Mentions, m: str, s: int, e: int) -> None:
    """``Tom Reyes ... lost his house``, ``Ruiz and her husband``: gender from the text."""
    lo = bisect.bisect_left(mt.spots, (s,))
    hi = bisect.bisect_left(mt.spots, (e,))
    here = mt.spots[lo:hi]
    people = [sp for sp in here if mt.entities[sp[2]].type == "named_person"]
    for n, (_a, b, idx, _) in enumerate(people):
        ent = mt.entities[idx]
        if ent.gender is not None:
            continue
        spouse = _SPOUSE.match(m, b, e)
        if spouse is not None:
            ent.gender = _GENDER_OF[spouse.group(1)]
            continue
        if len(people) != 1:
            continue  # "his"/"her" below names the gender only of a sentence's one person
        nxt = people[n + 1][0] if n + 1 < len(people) else e
        clause_end = min([nxt, *[x for x in (m.find(";", b, e), m.find(":", b, e)) if x >= 0]])
        pos = _POSSESSIVE.search(m, b, clause_end)
        if pos is not None and len(people) == 1:
            ent.gender = _GENDER_OF[pos.group(1)]
