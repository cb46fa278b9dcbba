"""Noun cues with their owner: ``the union's warning that ...``, ``her calls for ...``.

A view, a promise or a demand is reported by a noun as often as by a verb. The owner of
the noun (``Ruiz's``, ``his``, ``the council's``) holds it; what the noun's complement
says is the content: a clause after ``that`` (``her claim that the count was flawed``),
an infinitive (``his promise to rebuild the pier``) or the noun phrase after the noun's
own preposition (``criticism of the budget``, ``support for the runway``).

Only a noun with an owner in the text is read (``the plan to close the library`` says
whose plan it is nowhere), only with the complement that makes it report something
(``her claim to the land`` and ``his view of the harbour`` report nothing), and only as
the subject its sentence opens with: inside a clause, the phrase is what the clause's verb
reports or acts on (``Ruiz defended her support for the runway``), and that verb's rule
reads it.
"""

from __future__ import annotations

import bisect
import re

from ._bounds import object_end
from ._context import Ctx, make, speaker_at
from ._cues import Cue, _trie
from ._lexicon import TIME_WORDS
from ._model import Attribution
from ._resolver import Speaker

__all__ = ["noun_cue_pass"]

# Nouns whose "that" clause is what their owner holds or said.
_THAT_NOUNS = frozenset(
    "claim claims assertion argument insistence suggestion warning warnings accusation "
    "accusations allegation allegations view belief promise pledge hope hopes fear fears "
    "assurance assurances contention prediction complaint admission concern "
    "message".split()
)
# Nouns whose infinitive is what their owner promised, planned or asked for.
_TO_NOUNS = frozenset(
    "promise promises pledge pledges vow plan plans decision refusal proposal call calls "
    "threat threats hope hopes push demand demands request bid offer".split()
)
# Nouns with the preposition that introduces what they are about.
_PREP_NOUNS: dict[str, tuple[str, ...]] = {
    "criticism": ("of",),
    "criticisms": ("of",),
    "attack": ("on", "against"),
    "attacks": ("on", "against"),
    "support": ("for", "of"),
    "opposition": ("to",),
    "endorsement": ("of",),
    "praise": ("for", "of"),
    "call": ("for",),
    "calls": ("for",),
    "demand": ("for",),
    "demands": ("for",),
    "condemnation": ("of",),
    "defense": ("of",),
    "defence": ("of",),
    "rejection": ("of",),
    "embrace": ("of",),
    "comments": ("on", "about"),
    "remarks": ("on", "about"),
    "views": ("on",),
    "position": ("on",),
    "stance": ("on",),
    "complaints": ("about",),
    "concerns": ("about",),
    "questions": ("about",),
}
_NOUNS = _THAT_NOUNS | _TO_NOUNS | frozenset(_PREP_NOUNS)
# The nouns, looked for among a sentence's first words; the owner before each and the
# complement after it are read from there.
_NOUN = re.compile(r"\b(?:" + _trie(sorted(_NOUNS)) + r")\b")  # letter by letter: fast
_OPENING = 90  # characters: an owner of up to six words, two modifiers, the noun
_AFTER_OWNER = 40  # characters from the possessive to the end of the noun
_OPEN_PUNCT = " \"“‘'"
_POSS_OPENERS = ("His ", "Her ", "Their ", "Its ")
_POSSESSIVE_ENDS = ("’s ", "'s ", "s’ ", "s' ")
_THAT = re.compile(r"\s+that\s+(?=[a-zA-Z])")
_TO = re.compile(
    r"\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|"
    r"them|us|me|it|be|date)\b)[a-z]+\b"
)
# What the owner's possessive may be: a pronoun, or a phrase ending in 's.
_POSS_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
_LAST_WORD = re.compile(r"([a-z][a-z-]*)\s+$")
_NOT_MODIFIERS = frozenset(
    "is are was were be been has have had will would could should can may might must did "
    "does do and or but of to for on in at by with that which who as not no own".split()
)
_OWNER_WORD = re.compile(r"[A-Z][\w.’'&-]*|[a-z][\w-]*")
_DETERMINERS = frozenset(("the", "The"))
_TIME_NOUNS = frozenset(
    "day days week weeks weekend month months year years decade century season night time "
    "today tonight yesterday tomorrow".split()
)
# Where the matrix clause takes over after a noun phrase or an infinitive content.
_MAIN_VERB = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|"
    r"does|do|went|goes|became|remains|remained|seems|seemed|helped|made|drew|won|"
    r"[a-z]{3,}ed)\b"
)
_SECOND_OWNER = re.compile(r"\s+(?:and|or)\s+(?:his|her|their|its)\s")
# A name, then a lower-case word: the name ends the phrase unless the word links more to it.
_NAME_THEN_WORD = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*\s+([a-z]+)\b")
_NP_LINKS = frozenset(
    "of for and or in on at to from with over about against as who which that".split()
)
_CLAUSE_STOP = re.compile(r"[,;:()]|\s[—–-]\s|\s--\s")
_BEFORE_PARTICIPLE = frozenset(
    "the a an his her their its our my of to for on in at by with and or is are was were "
    "be been has have had".split()
)


def _owner(ctx: Ctx, s: int, p: int) -> tuple[tuple[int, int], str | None] | None:
    """The owner's words before ``p`` (where the noun and its modifiers start): the span
    and, for a possessive pronoun, the pronoun it stands for."""
    m = ctx.m
    j = p
    while j > s and m[j - 1] == " ":
        j -= 1
    k = j
    while k > s and (m[k - 1].isalnum() or m[k - 1] in "’'.&-"):
        k -= 1
    word = m[k:j]
    if word.lower() in _POSS_PRONOUN:
        return (k, j), _POSS_PRONOUN[word.lower()]
    if not word.endswith(("’s", "'s", "s’", "s'")):
        return None
    base = word[:-2] if word.endswith(("’s", "'s")) else word[:-1]
    end = k + len(base)
    if not base or base.lower() in TIME_WORDS:
        return None
    start = k
    if base[0].isupper():
        # "Mr. Hale's", "the Harlow administration's": capitalised words, then "the".
        words = list(_OWNER_WORD.finditer(m, max(s, k - 60), k))
        for w in reversed(words):
            if m[w.end() : start].strip() or not w.group()[0].isupper():
                break
            if w.group() in ("The", "In", "On", "At", "For", "But", "And", "As", "With"):
                if w.group() == "The":
                    start = w.start()
                break
            start = w.start()
        lead = m[max(s, start - 4) : start]
        if lead.endswith("the "):
            start -= 4
        return (start, end), None
    if base.lower() in _TIME_NOUNS:
        return None  # "last year's pledge to ..." is nobody's
    # "the union's", "the state party's": up to two words back to "the".
    words = list(_OWNER_WORD.finditer(m, max(s, k - 40), k))
    for w in reversed(words[-3:]):
        if m[w.end() : start].strip():
            break
        start = w.start()
        if w.group() in _DETERMINERS:
            return (start, end), None
    return None


def _np_end(m: str, start: int, e: int) -> int:
    """Where a noun phrase or an infinitive content ends before the reporter's words: a
    time or a comma (see :func:`._bounds.object_end`), a second owner's noun (``and his
    promise ...``), the verb after it, or a plain word after a name (``Curiel stand``)."""
    end = object_end(m, start, e)
    second = _SECOND_OWNER.search(m, start, end)
    if second is not None:
        end = second.start()
    name = _NAME_THEN_WORD.match(m, start, end)
    if name is not None and name.group(1) not in _NP_LINKS:
        return name.end(0) - len(name.group(1)) - 1
    verbs = _verbs(m, start, end)
    return verbs[0] if verbs and verbs[0] > start else end


def _verbs(m: str, start: int, end: int) -> list[int]:
    """Where the verbs in ``m[start:end]`` start (a participle after "the" or "was" is not
    one: "the proposed merger", "was flawed")."""
    found = []
    for hit in _MAIN_VERB.finditer(m, start, end):
        before = m[max(start, hit.start() - 20) : hit.start()].split()
        if hit.group().strip().endswith("ed") and (
            not before or before[-1].lower() in _BEFORE_PARTICIPLE or before[-1].endswith("ly")
        ):
            continue
        found.append(hit.start())
    return found


def _clause_end(m: str, start: int, e: int) -> int:
    """Where a ``that`` clause ends: at a comma or a dash, or before the sentence's own verb,
    the one after the clause's verb (``the warning that strikes would follow was ...``)."""
    stop = _CLAUSE_STOP.search(m, start, e)
    end = stop.start() if stop is not None else e
    verbs = _verbs(m, start, end)
    if len(verbs) >= 2:
        end = verbs[1]
    return end


def _find_all(m: str, words: tuple[str, ...], lo: int, hi: int) -> list[int]:
    """Where each of ``words`` is in ``m[lo:hi]``, in order (plain searches: fast)."""
    found = []
    for word in words:
        at = m.find(word, lo, hi)
        while at >= 0:
            found.append(at)
            at = m.find(word, at + 1, hi)
    found.sort()
    return found


def noun_cue_pass(
    ctx: Ctx, by_paragraph: list[list[tuple[int, int]]], found: list[Attribution]
) -> list[Attribution]:
    """``the union's warning that ...`` and ``her calls for ...`` in the article's sentences.

    One pass after the sentence rules: the possessives are found once in the whole text,
    and only the sentences that open with one are read.
    """
    m = ctx.m
    spots = _find_all(m, _POSSESSIVE_ENDS + _POSS_OPENERS, 0, len(m))
    if not spots:
        return []
    bounds = [b for sentences in by_paragraph for b in sentences]
    firsts = [b[0] for b in bounds]
    chosen: dict[int, None] = {}
    for spot in spots:
        i = bisect.bisect_right(firsts, spot) - 1
        if i < 0 or i in chosen or spot >= min(bounds[i][1], firsts[i] + _OPENING):
            continue
        if spot != firsts[i] and m.startswith(_POSS_OPENERS, spot):
            continue  # "His", "Their" ... inside a sentence: the owner must open it
        if _NOUN.search(m, spot, min(bounds[i][1], spot + _AFTER_OWNER)) is not None:
            chosen[i] = None  # a noun cue a few words after the possessive
    got: list[Attribution] = []
    for i in chosen:
        s, e = bounds[i]
        out = [a for a in found if a.cue_span is not None and s <= a.cue_span[0] < e]
        before = len(out)
        _noun_cues(ctx, out, s, e)
        got.extend(out[before:])
    return got


def _noun_cues(ctx: Ctx, out: list[Attribution], s: int, e: int) -> None:
    """Add ``the union's warning that ...`` and ``her calls for ...`` in ``[s, e)``."""
    m = ctx.m
    stop = min(e, s + _OPENING)
    head = m[s:stop]
    opener = head.startswith(_POSS_OPENERS)
    starts = [s] if opener else []
    for ending in _POSSESSIVE_ENDS:
        at = head.find(ending)
        if at >= 0:
            starts.append(s + at)
    # The noun comes a few words after the possessive: look only there.
    hits = {
        hit.span(): hit for p in starts for hit in _NOUN.finditer(m, p, min(e, p + _AFTER_OWNER))
    }
    for _, hit in sorted(hits.items()):
        noun = hit.group()
        ns, ne = hit.span()
        # Up to two modifiers between the owner and the noun: "his repeated calls".
        p = ns
        owner = _owner(ctx, s, p)
        for _ in range(2):
            if owner is not None:
                break
            word = _LAST_WORD.search(m, max(s, p - 30), p)
            if word is None or word.group(1) in _NOT_MODIFIERS:
                break
            p = word.start(1)
            owner = _owner(ctx, s, p)
        if owner is None:
            continue
        span, pronoun = owner
        content: tuple[int, int] | None = None
        cue_end = ne
        that = _THAT.match(m, ne, e) if noun in _THAT_NOUNS else None
        to = _TO.match(m, ne, e) if noun in _TO_NOUNS and that is None else None
        if m[s : span[0]].strip(_OPEN_PUNCT):
            # Inside a clause, the phrase is what the clause's verb reports or acts on
            # ("Ruiz defended her support for ..."): that verb's reading, not the noun's.
            continue
        if that is not None:
            content = (that.end(), _clause_end(m, that.end(), e))
        elif to is not None:
            a = to.start() + len(to.group()) - len(to.group().lstrip())
            content = (a, _np_end(m, to.end(), e))
        else:
            prep = re.match(r"\s+(" + "|".join(_PREP_NOUNS.get(noun, ("\0",))) + r")\s+", m[ne:e])
            if prep is None:
                continue
            cue_end = ne + prep.end(1)
            a = ne + prep.end()
            content = (a, _np_end(m, a, e))
        if content[1] - content[0] < 2:
            continue
        if any(
            x.cue_span is not None and x.cue_span[0] < cue_end and ns < x.cue_span[1] for x in out
        ):
            continue  # read already as a verb ("Ana's claim that ...")
        if pronoun is not None:
            sp = ctx.resolver.resolve(pronoun, "", span[0])
            if sp.name == pronoun:
                sp = Speaker(ctx.text[span[0] : span[1]], sp.type, sp.flags)
        else:
            sp = speaker_at(ctx, span, e)
        cue = Cue(ns, ns, cue_end, noun, noun)
        got = make(ctx, sp, span, cue, content, "noun-cue")
        if got is not None:
            out.append(got)
