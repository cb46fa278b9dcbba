"""Find the speaker's noun phrase next to a cue (the names it gives are read in ``_resolver``)."""

from __future__ import annotations

import bisect
import operator
import re

from ._fronted import after_opening_phrases
from ._interrupters import (
    demonstrative_after_quote,
    interrupter_start,
    subject_across,
    subject_before_participle,
)
from ._lexicon import (
    ANONYMITY,
    COLLECTIVE_NOUNS,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    MADE_ASIDE,
    MEDIA_WORDS,
    NP_STOP,
    OPENER_WORDS,
    ORG_WORDS,
    PEOPLE_PLURALS,
    PRONOUNS,
    ROLE_HEADS,
    SEEN_BY_ASIDE,
    SEEN_VERBS,
    SOURCE_HEADS,
    TIME_WORDS,
    TITLE_WORDS,
    pronoun_part,
)
from ._mentions import is_person_name
from ._search import LatestTexts

__all__ = [
    "QMASK",
    "antecedent",
    "np_after",
    "np_before",
    "plural_people",
    "tokens",
]

QMASK = "\ue000"
# A word is runs of letters and digits joined by runs of ’'-.&_, as long as it goes: the
# same tokens as "[^\W_](?:[\w’'\-.&]*[^\W_])?", without running past each word's end and
# backing off to its last letter (the two classes share no character, so no run gives back).
_TOKEN = re.compile(r"\d[\d,.]*\d|[^\W_]+(?:[’'\-.&_]+[^\W_]+)*|[,;:()—–―]|\ue000+")
_DETERMINERS = frozenset("the a an one another some several many most two three".split())
_PLACES = frozenset(
    "moscow kyiv kiev washington beijing london paris berlin brussels tehran jerusalem ankara "
    "tokyo seoul pyongyang delhi damascus minsk warsaw russia ukraine china iran israel "
    "turkey britain france germany us uk america eu nato un kremlin pentagon".split()
)
# Documents that speak for whoever issued them ("the statement reads").
_ISSUED = frozenset("statement release letter post tweet message communique communiqué".split())
_QUANTIFIERS = frozenset("most many some several few both all others".split())
_NP_PREPS = frozenset("at for from with in".split())
_SMALL = frozenset("of for the and in on at to a an".split())  # lower case in a title
_PLACE_PREPS = frozenset("at from in on of across near".split())
_POSSESSIVES = frozenset("his her their its our my your".split())
_ADVERBS = frozenset(
    "now still just only even also always never often later then here there however instead "
    "already again too both all each first recently once since yet ever soon".split()
)
_SENTENCE_ADVERBS = frozenset(
    "meanwhile however though too also moreover furthermore nonetheless nevertheless "
    "instead still then later earlier separately likewise similarly indeed".split()
)
_NOT_BEFORE_NP = frozenset("to".split()) | CUE_FORMS
# Words of a clause with its own subject and verb, never of a name in apposition.
_CLAUSE_WORDS = frozenset(
    "he she they we i it is are was were has have had will would could should can did does "
    "do not".split()
)
# Before a noun phrase that describes someone rather than names the speaker.
_COPULAS = frozenset("is was are were be been being became becomes remains remained".split())
_BAD_HEADS = frozenset(
    "evening morning afternoon night week month year day weekend other main own "
    "more less least much".split()
)
_APPOS_STOP = CUE_FORMS | frozenset(
    "is are was were has have had will would could can may might must shall should did does "
    "do not it its there this these those we i you".split()
)
# Words of a time phrase before a speaker: "Later that afternoon the prosecutor said".
_WHEN = frozenset("afternoon morning evening night day week month year".split())
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ern|ic|i)$")


# The tokens read from each start of a text, with where each read ended: the rules read back
# from the same sentence start again and again (from each cue, and from several places
# before one).
_READS: LatestTexts[dict[int, tuple[int, list[re.Match[str]]]]] = LatestTexts()


def tokens(m: str, start: int, end: int) -> list[re.Match[str]]:
    """Tokens of the masked text ``m[start:end]`` (words, punctuation, quote masks).

    Read from a start already read from, farther, they are those read before up to the
    first that runs past ``end``, then the rest read again (that token cut short at ``end``
    and what follows it): the same tokens as a fresh read.
    """
    seen = _READS.get(m, lambda _: {})
    got = seen.get(start)
    if got is None or got[0] < end:
        toks = list(_TOKEN.finditer(m, start, end))
        seen[start] = (end, toks)
        return toks[:]
    toks = got[1]
    k = bisect.bisect_right(toks, end, key=_END)
    out = toks[:k]
    if k < len(toks) and toks[k].start() < end:
        out.extend(_TOKEN.finditer(m, toks[k].start(), end))
    return out


_END = operator.methodcaller("end")


def _np_word(tok: str) -> bool:
    if len(tok) > 1 and tok.isupper():
        return True  # US, UK, NATO
    low = tok.lower()
    if low in NP_STOP:
        return False
    if low in TIME_WORDS and tok[:1].isupper():
        return False
    return tok[0].isalnum()


# Months that are also names; read as a name right before the cue ("Lena May said").
_NAME_MONTHS = frozenset(("May", "June", "April", "August", "Jun"))
_FIRST_NAME_MONTHS = frozenset(("jan", "may", "june", "april", "august"))


def _scan_back(toks: list[re.Match[str]], i: int, limit: int = 9) -> int:
    """Index of the first token of the noun phrase ending at ``toks[i]`` (or i + 1)."""
    j = i
    while j >= 0 and i - j < limit:
        w = toks[j].group()
        if (
            j == i
            and w in _NAME_MONTHS
            and (j == 0 or (toks[j - 1].group()[:1].isupper() and _np_word(toks[j - 1].group())))
        ):
            j -= 1  # "Lena May said", "May said" at the start: a name, not a month
            continue
        if _np_word(w):
            j -= 1
            continue
        # "people close to the talks", "an official with knowledge of the inquiry"
        if (
            w.lower() in _POSTMOD_PREPS
            and 1 < j < i
            and toks[j - 1].group().lower() in _POSTMOD_WORDS
            and _good_head(toks[j - 2].group())
        ):
            j -= 2
            continue
        # "analysts at Moody's", "a spokesman for the ministry", "officials in Kyiv"
        if (
            (w.lower() in _NP_PREPS or w.lower() == "on")
            and j > 0
            and j < i
            and toks[j - 1].group()[:1].isalpha()
            and (
                toks[j - 1].group().islower()
                or toks[j - 1].group().lower() in COLLECTIVE_NOUNS  # "Officials in Kyiv"
                or (j == 1 and plural_people(toks[0].group()))  # "Farmers in the valley"
            )
            and _good_head(toks[j - 1].group())
            and toks[j - 1].group().lower() not in TITLE_WORDS - ROLE_HEADS
        ):
            j -= 1
            continue
        break
    if j >= 0 and i - j < limit and toks[j].group().lower() in _POSSESSIVES and j < i:
        return j
    return j + 1


_JOB_HEADS = SOURCE_HEADS | TITLE_WORDS
# Words that describe a source by whom they are near or what they know.
_POSTMOD_PREPS = frozenset("to with of on in".split())
_POSTMOD_WORDS = frozenset("close familiar knowledge briefed involved".split())
# "sources close to the club", "a person briefed on the talks": unnamed on purpose.
_DESCRIBED = re.compile(
    r"^(?:an?|one|two|three|several|some)?\s*(?:[a-z]+\s+){0,2}(?:sources?|persons?|people|"
    r"officials?|insiders?|aides?)\s+(?:close\s+to|familiar\s+with|briefed\s+on|"
    r"with\s+knowledge\s+of|involved\s+in)\b",
    re.I,
)
_ADVERB_OPENERS = frozenset(
    "meanwhile however instead indeed nonetheless nevertheless moreover furthermore thus "
    "therefore hence still yet also later earlier then".split()
)


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)"
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|"
    r"June|July|August|September|October|November|December"
)
_TIME_BEFORE_CUE = re.compile(
    r"(?<=[\w)])\s+(?:(?:on\s+)?(?:(?:later|earlier|late|early)\s+)?"
    + _DAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    + r"|(?:last|this|earlier\s+this|later\s+that)\s+(?:week|weekend|month|year|morning|afternoon|evening)"
    # "at the time", "less than two weeks ago", "in 2012"
    + r"|(?:at\s+the\s+time|at\s+one\s+point|in\s+(?:19|20)\d\d)"
    + r"|(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|some\s+)?(?:a|an|one|two|three|four|five|six|"
    + r"several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago"
    + r"|(?:on|in)\s+(?:"
    + _MONTH
    + r")(?:\s+\d{1,2})?(?:,\s+\d{4})?)"
    + r"\s*$"
)

# The words a time phrase before a cue can end with (keep in step with _TIME_BEFORE_CUE).
_TIME_ENDS = frozenset(re.findall(r"[A-Za-z]+", _DAY + "|" + _MONTH)) | frozenset(
    "Sep morning afternoon evening night week weekend month year time point ago".split()
)


def time_before(m: str, lo: int, p: int) -> re.Match[str] | None:
    """``_TIME_BEFORE_CUE.search(m, lo, p)``, tried only where it can match.

    The phrase ends, before the spaces at ``p``, in one of ``_TIME_ENDS``, a digit or the
    full stop of "Sept."; anything else rules it out without a search from ``lo``.
    """
    j = p
    while j > lo and m[j - 1].isspace():
        j -= 1
    k = j
    while k > lo and m[k - 1].isalpha():
        k -= 1
    if m[k:j] in _TIME_ENDS or (j > lo and (m[j - 1].isdigit() or m[j - 1] == ".")):
        return _TIME_BEFORE_CUE.search(m, lo, p)
    return None


_MEDIA = "|".join(sorted((re.escape(w) for w in MEDIA_WORDS), key=len, reverse=True))
# Each branch opens with a blank and then checks the word character before it
# ("\s(?<=\w\s)\s*" for "(?<=\w)\s+", the same matches): the character is looked up in the
# Unicode tables only before a blank, not at every place the search tries.
_CHANNEL_BEFORE_CUE = re.compile(
    r"\s(?<=\w\s)\s*(?:in|on|at|during|via)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?i:" + _MEDIA + r")"
    r"(?:\s+(?:with|to|on|in|at|for|of)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){1,4})?\s*$"
    # "A post on the council's Facebook page said"
    r"|\s(?<=\w\s)\s*on\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:page|account|feed|site)\s*$"
)


# A noun phrase with a relative clause that has no "who": "every official I spoke to",
# "the doctors we met", "one neighbour she asked".
_REDUCED_RELATIVE = re.compile(
    r"(?<![\w’'-])((?:[Ee]very|[Ee]ach|[Aa]ll|[Tt]he|[Oo]ne|[Ss]ome|[Mm]ost)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"([a-z][\w-]*)\s+(?:I|we|you|he|she|they)\s+(?:had\s+|have\s+)?"
    r"(?:spoke|spoken|talked|met|asked|interviewed|contacted|called|reached|visited|"
    r"consulted|surveyed|polled|approached|followed|know|knew|trust|meet|ask)"
    r"(?:\s+(?:to|with))?)\s*,?\s*$"
)
# The last word of each _REDUCED_RELATIVE match (keep in step with it): a quick check first.
_RELATIVE_ENDS = frozenset(
    "spoke spoken talked met asked interviewed contacted called reached visited consulted "
    "surveyed polled approached followed know knew trust meet ask to with".split()
)
# Nouns for one person, by what they are: "The man in the vest", "the woman at the table".
_PERSONS = ROLE_HEADS | frozenset(
    "man woman bloke guy lad lady girl boy person stranger resident neighbour neighbor "
    "passenger driver witness mother father dad mum mom shopkeeper owner worker nurse "
    "doctor teacher student customer insider source employee executive staffer member "
    "volunteer fan player friend pal".split()
)


# A share of a group as a speaker: "one in five", "Nearly eight in 10 Labour voters".
_NUMBER = r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)"
_RATIO_BEFORE = re.compile(
    r"(?:(?:[Nn]early|[Aa]lmost|[Aa]bout|[Rr]oughly|[Oo]nly|[Jj]ust|[Ss]ome|(?:[Mm]ore|[Ff]ewer)"
    r"\s+than)\s+)?"
    + _NUMBER
    + r"[\s-]+(?:in|out\s+of)[\s-]+"
    + _NUMBER.lower()
    + r"(?:\s+[A-Za-z][\w’'-]*){0,4}(?=\s*$)"
)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _ratio_before(m: str, s: int, p: int, near: str) -> tuple[int, int, str] | None:
    """A share of a group just before ``p`` ("one in five", "four out of 10 Democrats"),
    looked for only where a number stands before "in" or "out of" (plain searches first)."""
    at = max(near.rfind(" in "), near.rfind(" out of "), near.rfind("-in-"))
    if at < 0:
        return None
    before = near[:at].replace("-", " ").rsplit(None, 1)
    if not before or not (before[-1].isdigit() or before[-1].lower() in _NUMBER_WORDS):
        return None
    lo = p - len(near) + max(0, at - 40)
    ratio = _RATIO_BEFORE.search(m, max(s, lo), p)
    if ratio is None or (ratio.start() > s and m[ratio.start() - 1].isalnum()):
        return None
    return (ratio.start(), ratio.end(), "plain")


# A capitalised word ending in a letter, not a possessive ("Clarion's", "Harbour News’").
_NAME_PART = r"[A-Z][a-z’'-]*[a-z](?:-[A-Z][a-z’']*[a-z])?(?<![’']s)(?![\w’'-])"
_FULL_NAME = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{1,2}}"
# People named in full, listed with commas and "and", right before the cue: "Tom Hale and Ana
# Silva", "Mara Olsen, Tim Reyes and Ann Kerr".
_NAME_PAIR = re.compile(rf"{_FULL_NAME}(?:,\s+{_FULL_NAME})*,?\s+and\s+{_FULL_NAME}(?=\s*$)")
_FULL_NAME_RE = re.compile(_FULL_NAME)
# Before the last two words of a longer name: "Water |Safety and Rescue", "Academies of
# Arts, |Crafts and Design", "the |Marren and Tollby ..." stays a pair.
_NAME_TAIL = re.compile(r"(?:[A-Z][\w’'-]*|\b(?:of|for|and),?)\s+$|,\s+$")
_BODY_WORDS = ORG_WORDS | frozenset(
    "center centers centre centres academy academies institutes organization organisation".split()
)
_PREP_BEFORE = re.compile(r"\b(?:in|at|from|across|of|to|near|between|for|with)\s+$")
# The capitalised words of a name, with "of", "for", "and" and commas between them, up to the
# last two: "Centre for Water |Safety and Rescue".
_LONG_NAME = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:,?\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'-]*)*,?\s+$"
)
# Two capitalised words joined by "and": two surnames the text gave before, or a firm's name.
WORD_PAIR = re.compile(rf"(?<![\w’'-]){_NAME_PART}\s+and\s+{_NAME_PART}(?=\s*$)")
# More people after the first, after an inverted cue: "wrote Mara Olsen| and Tim Reyes".
_MORE_NAMES = re.compile(rf"(?:,\s+{_FULL_NAME})*,?\s+and\s+{_FULL_NAME}(?![\w’'-])")


def np_before(m: str, s: int, p: int, any_head: bool = False) -> tuple[int, int, str] | None:
    """The speaker phrase that ends just before ``p`` (a cue), or None.

    With ``any_head`` (the phrase sits between a quotation and its cue) the last word
    need not look like a source noun. Where no phrase ends there, the subject before a
    phrase set off by commas or dashes (``Ana Ruiz (D-Ore.), who backed the plan in
    March, said``; see :func:`._interrupters.subject_across`).

    Returns ``(start, end, how)`` where ``how`` is ``"plain"``, ``"appositive"`` or
    ``"who"`` (a relative clause: ``officials, who said``).
    """
    if m[p - 2 : p] == ", " and not any_head:
        aside = SEEN_BY_ASIDE.search(m, max(s, p - 90), p) or MADE_ASIDE.search(
            m, max(s, p - 120), p
        )
        document = _document_phrase(m, s, aside.start()) if aside is not None else None
        if document is not None:
            # "A memo from the director, obtained by the Herald, warns"; "The figures,
            # released by the statistics office on Wednesday, show": the document, whose
            # issuer the speaker's reading finds after it
            return document
    got = _np_before(m, s, p, any_head)
    if got is None and not any_head:
        got = subject_across(m, s, p, _np_before, _opening)
    if got is None and not any_head:
        got = subject_before_participle(m, s, p, _np_before, _opening)
    if got is not None and m[got[0] : got[0] + 1].isdigit():
        dated = _DATE_BEFORE.search(m, max(s, got[0] - 16), got[0])
        if dated is not None and _ON_DATE.search(m, max(s, got[0] - 16), got[0]):
            day = _DAY_NUMBER.match(m, got[0], got[1])  # "On March 3 the union said"
            got = (day.end(), *got[1:]) if day is not None and day.end() < got[1] else got
        elif dated is not None:
            got = (dated.start(), *got[1:])  # "A March 3 letter", not "3 letter"
        else:
            year = _YEAR_THEN_THE.match(m, got[0], got[1])
            got = (year.end(), *got[1:]) if year is not None else got  # "On May 3, 2021 the"
    if got is not None and got[0] - s > 12 and " by " in m[max(s, got[0] - 12) : got[0]]:
        # "obtained by the Herald", "seen by this newspaper": who passed the document on
        seen = _SEEN_BY_END.search(m, max(s, got[0] - 48), got[0])
        if seen is not None:
            return _document_phrase(m, s, seen.start()) or got
    if got is not None and " " not in m[got[0] : got[1]]:
        pronoun = pronoun_part(m[got[0] : got[1]])  # "They’ve said": they
        got = (got[0], got[0] + len(pronoun), got[2])
    return got


# "A letter from the union obtained by the Herald warns": who obtained, saw or reviewed a
# document only passes it on; the document is what speaks.
_SEEN_BY_END = re.compile(
    r"\s+" + SEEN_VERBS + r"\s+(?:[\w’'-]+\s+){0,2}?by\s+"
    r"(?:(?:this|the|a|an|our)\s+)?$"
)
# "A March 3 letter", "the Feb. 1 memo": the month and its article belong to the document.
_DATE_BEFORE = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+)?(?:Jan|Feb|March|April|May|June|July|Aug|"
    r"Sept?|Oct|Nov|Dec)[a-z]*\.?\s+$"
)
_ON_DATE = re.compile(r"\b(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil)\s+[A-Z][a-z]+\.?\s+$")
_YEAR_THEN_THE = re.compile(r"(?:19|20)\d\d,?\s+(?=[Tt]he\s)")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4},?\s+)?")
_DOC_TAIL = frozenset("from by between of to for sent signed written".split())


def _document_phrase(m: str, s: int, p: int) -> tuple[int, int, str] | None:
    """The document a phrase ending at ``p`` names: ``A March 3 letter| from the union``.

    The span ends at the document's noun, so that "from the union" or "by the auditors"
    after it still names the issuer.
    """
    toks = tokens(m, max(s, p - 90), p)
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k].group().lower()
        if not (word in DOCUMENT_NOUNS or (word.endswith("s") and word[:-1] in DOCUMENT_NOUNS)):
            continue
        if k + 1 < len(toks) and toks[k + 1].group() not in _DOC_TAIL:
            return None  # "the union's letter writers": not a document that speaks
        found = _np_before(m, s, toks[k].end(), any_head=True)
        if found is None:
            return None
        dated = _DATE_BEFORE.search(m, max(s, found[0] - 16), found[0])
        return (dated.start() if dated else found[0], toks[k].end(), "plain")
    return None


# "Speaking later on the harbour radio, ": a participle phrase that opens the sentence.
_PARTICIPLE_OPENER = re.compile(r"\s*[A-Z][a-z]+ing\b[^,;:\ue000]*,\s*$")


def _opening(m: str, s: int, c: int) -> bool:
    """Is ``m[s:c]`` a run of opening phrases (``On Friday, ``, ``Speaking to the Gazette, ``)?"""
    return after_opening_phrases(m, s, c) or _PARTICIPLE_OPENER.fullmatch(m, s, c) is not None


def _np_before(m: str, s: int, p: int, any_head: bool = False) -> tuple[int, int, str] | None:
    """:func:`np_before` without the subject across a set-off phrase."""
    when = time_before(m, max(s, p - 50), p)
    if when is not None and when.start() > s:
        # "Officials on Friday said", "Ruiz later Thursday told": the time is not the speaker.
        return _np_before(m, s, when.start(), any_head)
    near = m[max(s, p - 90) : p]
    where = (
        _CHANNEL_BEFORE_CUE.search(m, max(s, p - 90), p)
        if " in " in near
        or " on " in near
        or " at " in near
        or " during " in near
        or " via " in near
        else None
    )
    if where is not None and where.start() > s:
        # "Ruiz in a statement said", "Ruiz at a rally in Dover said": the channel or the
        # occasion is not the speaker.
        return _np_before(m, s, where.start(), any_head)
    end_word = m[max(s, p - 14) : p].split()[-1:]
    reduced = (
        _REDUCED_RELATIVE.search(m, max(s, p - 80), p)
        if end_word and end_word[0].rstrip(",") in _RELATIVE_ENDS
        else None
    )
    if reduced is not None and _good_head(reduced.group(2)):
        # "Every official I spoke to said", "the doctors we met say": the whole phrase
        return (reduced.start(1), reduced.end(1), "plain")
    ratio = _ratio_before(m, s, p, near)
    if ratio is not None:
        return ratio  # "Nearly one in five voters said"
    demo = demonstrative_after_quote(m, s, p)
    if demo is not None:
        return (demo[0], demo[1], "plain")
    cut = interrupter_start(m, s, p)
    if cut is not None:
        # "Tom Hale, 58, of Dover, said": the speaker ends where the interrupter starts.
        got = _np_before(m, s, cut, any_head)
        if got is not None:
            return got
    joined = " and " in m[max(s, p - 120) : p]
    pair = _NAME_PAIR.search(m, max(s, p - 120), p) if joined else None
    if pair is None and joined:
        pair = WORD_PAIR.search(m, max(s, p - 40), p)  # "Olsen and Reyes", "Pardew and Lowe"
        if pair is not None and _PREP_BEFORE.search(m, max(s, pair.start() - 12), pair.start()):
            pair = None  # "Voters in Marren and Tollby said": where the speakers are
        if pair is not None and _NAME_TAIL.search(m, max(s, pair.start() - 30), pair.start()):
            # "the Centre for Water Safety and Rescue": the end of a body's longer name
            whole = _LONG_NAME.search(m, max(s, pair.start() - 80), pair.start())
            if (
                whole is not None
                and (whole.start() == s or not m[whole.start() - 1].isalnum())
                and _BODY_WORDS & set(m[whole.start() : pair.end()].lower().split())
            ):
                return (whole.start(), pair.end(), "plain")
            before = m[max(s, pair.start() - 20) : pair.start()].split()[-1:]
            word = before[0].lower().rstrip(".") if before else ""
            if not (
                word in OPENER_WORDS
                or word in ("both", "but", "and", "yet", "so")
                or word in TITLE_WORDS
                or word.rstrip("s") in TITLE_WORDS
            ):
                pair = None  # "Marren, Tollby and Ashcombe"; "Both Hale and Olsen" stays
    if pair is not None and (pair.start() == s or not m[pair.start() - 1].isalnum()):
        return (pair.start(), pair.end(), "plain")  # "the Clarion's Mara Olsen and Tim Reyes"
    toks = tokens(m, max(s, p - 400), p)
    if not toks:
        return None
    i = len(toks) - 1
    while (i > 0 and toks[i].group() in _ADVERBS) or (
        toks[i].group().endswith("ly") and toks[i].group().islower() and i > 0
    ):
        i -= 1
    if i < len(toks) - 1:
        return _np_before(m, s, toks[i].end(), any_head)
    if toks[i].group() == ")":
        # "Gov. Tom Hale (R) said": look past a parenthesis.
        k = i - 1
        while k >= 0 and toks[k].group() != "(" and i - k < 8:
            k -= 1
        if k > 0 and toks[k].group() == "(":
            got = _np_before(m, s, toks[k].start())
            if got is not None and got[2] == "plain":
                return (got[0], toks[i].end(), "plain")
        return None
    last = toks[i].group()
    if last.lower() == "who":
        return (toks[i].start(), toks[i].end(), "who")
    if last == "," and i > 0 and toks[i - 1].group() == ")":
        return _np_before(m, s, toks[i].start())  # "Tom Hale (R-Ohio), said"
    if (
        last == ","
        and i > 1
        and toks[i - 2].group() == ","
        and (
            toks[i - 1].group().lower() in _SENTENCE_ADVERBS
            or (toks[i - 1].group().islower() and toks[i - 1].group().endswith(("ed", "ly")))
        )
    ):
        return _np_before(m, s, toks[i - 2].start())  # "Officials in Kyiv, meanwhile, warned"
    if last == ",":
        # An appositive: NAME, TITLE, said / TITLE, NAME, said
        j = i - 1
        relative = False
        while j >= 0 and toks[j].group() not in ",;:()—–―":
            if toks[j].group().lower() in ("who", "whose"):
                relative = True
            j -= 1
        if (
            not relative
            and any(
                toks[x].group() in CUE_FORMS
                # "a creative writing professor": a word that names a job, not a verb
                and not (x + 1 < i and toks[x + 1].group().lower() in _JOB_HEADS)
                for x in range(max(j, 0), i)
            )
            and not ANONYMITY.search(m, toks[max(j, 0)].start(), toks[i].start())
        ):
            return None  # ", speaking on condition of anonymity to discuss ...," is allowed
        if j < 0 or toks[j].group() != "," or i - j > 22 or i - j < 2:
            return None
        if not relative and any(toks[x].group().lower() in _CLAUSE_WORDS for x in range(j, i)):
            return None  # "However, he held his fire on Odell, calling": a clause, not a name
        if (
            relative
            and j > 1
            and toks[j - 1].group().lower() in _SENTENCE_ADVERBS
            and toks[j - 2].group() == ","
        ):
            j -= 2  # "Ana Ruiz, meanwhile, who runs the clinic, said": skip the adverb
        if relative and j > 1 and toks[j - 1].group().isdigit() and toks[j - 2].group() == ",":
            j -= 2  # "Ana Ruiz, 34, who runs a bakery, said": the age is not the speaker
        if j > 0 and toks[j - 1].group() == ")" and not relative:
            # "Rep. Ana Ruiz (R-Ohio), a panel member, said": the name before the brackets.
            got = _np_before(m, s, toks[j].start())
            if got is None or got[2] != "plain":
                return None
            return (got[0], toks[i - 1].end(), "appositive")
        if (
            j > 2
            and toks[j - 1].group().isdigit()
            and len(toks[j - 1].group()) <= 3
            and toks[j - 2].group() == ","
        ):
            j -= 2  # "Hector Mora, 58, a dairy farmer, said": the name before the age
        first = _scan_back(toks, j - 1)
        name_after = toks[i - 1].group()[:1].isupper()  # "... slate, Tom Reyes, said"
        if first > j - 1 or not (_good_head(toks[j - 1].group()) or name_after):
            return None
        if first > 0 and toks[first - 1].group().lower() in _NOT_BEFORE_NP:
            return None  # "tried to reassure the crowd, and took ..., saying": no speaker
        if first > 0 and toks[first - 1].group().lower() in _COPULAS:
            return None  # "Swanson, who is a pastor in Elizabeth, Colorado, slammed": Swanson
        if relative:
            return (toks[first].start(), toks[j - 1].end(), "relative")
        return (toks[first].start(), toks[i - 1].end(), "appositive")
    if last.lower() in PRONOUNS:
        return (toks[i].start(), toks[i].end(), "plain")  # "I said", "he said"
    first = _scan_back(toks, i)
    if first > i:
        return None
    # Trim leading words such as a stray determiner-less verb: keep it simple.
    while first <= i and toks[first].group().lower() in ("of", "for"):
        first += 1
    if first > i:
        return None
    head = toks[i].group()
    low = head.lower()
    if i == len(toks) - 1 and head[:1].isupper() and head.endswith(("’s", "'s")):
        return (toks[first].start(), toks[i].end(), "plain")  # a name like Moody's
    if low in PRONOUNS or low in ("who", "which"):
        return (toks[i].start(), toks[i].end(), "plain")
    if first == i and low in _QUANTIFIERS:
        return (toks[i].start(), toks[i].end(), "plain")  # "most said", "many say"
    at_start = toks[first].start() == s or after_opening_phrases(m, s, toks[first].start())
    if toks[first].group().lower() in OPENER_WORDS:
        # "Amid calls for ...", "Meanwhile officials said", "Then Noah said"; after a
        # sentence adverb the phrase is still the sentence's subject.
        at_start = at_start and toks[first].group().lower() in _ADVERB_OPENERS
        first += 1
        if first > i:
            return None
    subject = at_start and i - first < 4 and low not in _BAD_HEADS
    of_head = any(
        toks[k].group() == "of"
        and toks[k - 1].group().islower()
        and _good_head(toks[k - 1].group())
        for k in range(first + 1, i)
    )  # "the 34-year-old mother of three replied"
    described = any(
        toks[k].group().lower() in _POSTMOD_WORDS and _good_head(toks[k - 1].group())
        for k in range(first + 1, i)
    )  # "people close to the board said"
    located = any(
        toks[k].group().lower() in _PLACE_PREPS
        and (
            plural_people(toks[k - 1].group())
            or (at_start and toks[k - 1].group().lower() in _PERSONS)
        )
        for k in range(first + 1, min(i, first + 3))
    )  # "Shopkeepers on the high street say", "The man in the hi-vis vest shouted"
    if (
        not any_head
        and not _good_head(head)
        and not of_head
        and not described
        and not located
        and not (subject and low not in _ADVERBS and head.isalpha())
        and not _placed(toks, first, i)  # "most voters in the county said"
    ):
        # "a White House official who spoke anonymously said": the NP before "who".
        for k in range(i, max(-1, i - 15), -1):
            w = toks[k].group()
            if w in ",;:()—–―" or QMASK in w:
                break
            if w.lower() == "who" and k > 0:
                got = _np_before(m, s, toks[k].start())
                if got is not None and got[2] == "plain":
                    return got
                break
        return None
    return (toks[first].start(), toks[i].end(), "plain")


def _placed(toks: list[re.Match[str]], first: int, i: int) -> bool:
    """Does a word for people stand before a preposition in ``toks[first:i]`` ("voters in
    the county")? Then the phrase names them, wherever they are."""
    return any(
        toks[k].group() in _NP_PREPS
        and toks[k - 1].group().islower()
        and _good_head(toks[k - 1].group())
        for k in range(first + 1, i)
    )


def _good_head(head: str) -> bool:
    """Can ``head`` (the last word of a noun phrase) name a source?"""
    if head.endswith(("’s", "'s")):
        return False
    low = head.lower()
    if low in _DETERMINERS or low in _BAD_HEADS:
        return False
    if head[:1].isupper() or head[:1].isdigit():
        return True
    if low in _NOT_AGENTS:
        return False
    return (
        low in SOURCE_HEADS
        or low in COLLECTIVE_NOUNS
        or low in ORG_WORDS
        or low in TITLE_WORDS
        or low in DOCUMENT_NOUNS
        or low == "percent"
        or _AGENTIVE.search(low) is not None
    )


# Endings of nouns for people, bodies and documents (speaker, activist, coastguard, ...).
_AGENTIVE = re.compile(r"(?:er|or|ist|ian|ant|ent|man|men|ee|ess|guard|ion|ce|ry|cy)s?$")
_NOT_AGENTS = frozenset(
    "ever never however together rather further either neither whether other another over "
    "under after later earlier longer former sooner whatever whenever wherever per order "
    "since once twice hence thence ago instead indeed meantime anyway very many every "
    "moment comment for nor or".split()
)


def plural_people(word: str) -> bool:
    """Is ``word`` (one word, maybe capitalised) a plural noun for a kind of people?

    Read from a word list, not from the ending: "Farmers" and "Nurses" are groups, but
    "Withers" and "Peters" are names.
    """
    return word.lower() in PEOPLE_PLURALS


def antecedent(m: str, s: int, who: int) -> tuple[int, int] | None:
    """The noun phrase a relative ``who`` at ``who`` points back to (``officials, who``)."""
    toks = tokens(m, max(s, who - 400), who)
    if toks and toks[-1].group() == ",":
        got = np_before(m, s, toks[-1].start())
        if got is not None and got[2] != "who":
            return _person_at_end(m, got[0], got[1])
    if toks:
        got = np_before(m, s, toks[-1].end())
        if got is not None and got[2] != "who":
            return _person_at_end(m, got[0], got[1])
    return None


def _person_at_end(m: str, a: int, b: int) -> tuple[int, int]:
    """``m[a:b]``, or the person's name it ends with after a verb or a preposition.

    The phrase read back from a ``who`` may run over the clause before it ("Ruiz won an
    endorsement from Tom Reyes, who ..."): the name is who the clause is about. A name after
    a role ("party leader Tom Reyes") or in a description with "of" ("the head of ..."), or
    one that is no person's ("the Harwell Council"), keeps the whole phrase.
    """
    hit = _NAME_AT_END.search(m, a, b)
    if hit is None or hit.start() == a:
        return (a, b)
    words = m[a : hit.start()].split()
    if (
        not words[-1].isalpha()
        or not words[-1].islower()
        or words[-1] in TITLE_WORDS
        or words[-1] in _NAME_LEADERS
        or "of" in words
        or not is_person_name(hit.group())
    ):
        return (a, b)
    return hit.span()


# A run of two to four capitalised words at the end of a phrase: a person's name, perhaps.
_NAME_AT_END = re.compile(r"(?<=\s)(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*$")
# Words after which a name is part of the phrase, or a place or a body rather than a person:
# "the wife of Tom Reyes", "the president of the Centre for Civic Life", "the opposition in
# North Vale" are read whole.
_NAME_LEADERS = frozenset("the a an of and or for in at on to near inside outside".split())


def np_after(m: str, p: int, e: int, appositive: bool = True) -> tuple[int, int] | None:
    """The speaker phrase that starts just after ``p`` (an inverted cue), or None."""
    toks = tokens(m, p, min(e, p + 400))
    n = 0
    while (
        n < len(toks)
        and n < 9
        and (
            _np_word(toks[n].group()) or _first_name(toks, n)  # "said Will Marsh"
        )
    ):
        n += 1
    if n == 0:
        return None
    if toks[0].group().lower() in PRONOUNS:
        return (toks[0].start(), toks[0].end())
    for i in range(1, n):
        # "a report prepared for the hearing by ...": a participle after a document starts
        # what is said of it (who made it, for whom), not more of the speaker's name.
        if toks[i - 1].group().lower() in DOCUMENT_NOUNS and _PARTICIPLE.fullmatch(
            toks[i].group().lower()
        ):
            n = i
            break
    full = n
    while n > 0 and not _good_head(toks[n - 1].group()):
        n -= 1
    if n == 0:
        return None
    described = _DESCRIBED_TAIL.match(m, toks[n - 1].end(), min(e, p + 400))
    if described is not None and toks[n - 1].group().lower() in _DESCRIBABLE:
        # "two people briefed on the matter": what they know is part of who they are
        return (toks[0].start(), described.end())
    if n < full:
        return (toks[0].start(), toks[n - 1].end())
    end = toks[n - 1].end()
    more = (
        _MORE_NAMES.match(m, end, e) if _NAME_PAIR.match(m, toks[0].start(), end) is None else None
    )
    if more is not None and _FULL_NAME_RE.fullmatch(m, toks[0].start(), end):
        return (toks[0].start(), more.end())  # "wrote Mara Olsen and Tim Reyes of the Clarion"
    # An appositive after a comma: ", adviser to the head of the council"
    if appositive and n < len(toks) and toks[n].group() == ",":
        k = n + 1
        if (
            k < len(toks)
            and toks[k].group().lower() not in CUE_FORMS
            and toks[k].group()[:1].isalnum()
            and toks[k].group().lower() not in ("who", "which", "adding", "saying")
        ):
            j = k
            while j < len(toks) and j - k < 20 and toks[j].group() not in ",;:()—–―":
                if QMASK in toks[j].group() or toks[j].group().lower() in _APPOS_STOP:
                    break
                j += 1
            if j > k and (j >= len(toks) or toks[j].group() in ",;:()—–―"):
                end = toks[j - 1].end()
    return (toks[0].start(), end)


# What unnamed people know or were told, after the noun that names them: "people briefed
# on the matter", "a source familiar with the plans", "officials close to the talks".
_DESCRIBED_TAIL = re.compile(
    r"\s+(?:close\s+to|familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    r"involved\s+in|privy\s+to)\s+[^\W\d][^,.;:!?()\ue000\n]{0,60}?(?=\s*(?:[,.;:!?)]|$))"
)
_DESCRIBABLE = frozenset(
    "source sources person people official officials insider insiders aide aides diplomat "
    "diplomats executive executives figure figures member members".split()
)


def _first_name(toks: list[re.Match[str]], n: int) -> bool:
    """Is ``toks[n]`` a first name that is also a word ("Will Marsh", "Hope Lane")?"""
    w = toks[n].group()
    return (
        w[:1].isupper()
        and w[1:].islower()
        and n + 1 < len(toks)
        and toks[n + 1].group()[:1].isupper()
        and toks[n + 1].group().lower() not in NP_STOP
    )


_PARTICIPLE = re.compile(r"[a-z]{3,}ed|carried|drawn|done|made|written|seen|taken|given|sent")
