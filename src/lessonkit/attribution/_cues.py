"""Find reporting cues (said, told, according to ...) in a sentence's masked text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ._lexicon import (
    AFTER_QUOTE_INVERTIBLE,
    ANONYMITY,
    AUXILIARIES,
    CUE_LEMMA,
    INVERTIBLE,
    ISSUED_DOCS,
    MADE_ASIDE,
    OBJECT_LEMMAS,
    SEEN_BY_ASIDE,
    STANCE_LEMMAS,
)
from ._refusals import refusal_spans
from ._search import LatestTexts, Needles, words_between
from ._speakers import QMASK

__all__ = ["ISSUED_THEN", "QUOTE_GAP", "QUOTE_THEN_NAME", "Cue", "find_cues", "prev_word"]


def _trie(words: list[str]) -> str:
    """A regular expression for exactly ``words``, branching letter by letter (fast)."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


# A verb of speech capitalised in a title-case headline: "Ruiz Says ...", "Teachers Warn ...".
_HEADLINE_FORMS = frozenset(
    form
    for form, lemma in CUE_LEMMA.items()
    if form in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
    or (form == lemma and lemma in INVERTIBLE and lemma not in ("post", "report", "state"))
)
# The words that can be cues: a whole lower-case cue form, or a capitalised verb that may
# open a sentence before the speaker ("Said Ana Silva, ...") or stand in a headline, all
# found in one pass over the text.
_OPENERS = sorted(
    {f.capitalize() for f in _HEADLINE_FORMS}
    | set(
        "Said Says Added Asked Wrote Explained Recalled Declared Tweeted Responded Stated "
        "Continued "
        # A participle of speech opening a sentence before its subject: "Noting that ..., Ruiz".
        "Noting Warning Arguing Insisting Saying Suggesting Claiming Stressing Admitting "
        "Acknowledging Explaining Complaining Conceding Citing Accusing Asserting Emphasizing "
        "Emphasising Predicting Declaring Denying Promising Vowing Urging Lamenting".split()
    )
)
# "\b" holds at the end of each word too, before a space or a mark: the class of first
# letters turns those places (and words starting with a digit) away in one step, where the
# two tries would each go through their branches first. The class is checked before "\b",
# which looks up two characters in the Unicode tables (slowest for the spaces and marks the
# class turns away at once). The same matches, quicker.
_FIRST_LETTERS = "".join(sorted({w[0] for w in (*CUE_LEMMA, *_OPENERS)}))
_WORD = re.compile(
    r"(?=[" + _FIRST_LETTERS + r"])\b"
    r"(?:" + _trie(sorted(CUE_LEMMA)) + "|" + _trie(_OPENERS) + r")\b"
)
_LONG_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")
_PREV_WORD = re.compile(r"([\w’']+|[,;:\ue000])\s*$")
_BLOCKERS = frozenset(
    "the a an his her their its our my your this these those whose no any".split()
)
_PASSIVE = frozenset("was were is are be been being get got gets getting".split())
_ING_OK = frozenset(
    "and while before after by in when was were is are been be also repeatedly even then "
    "without statement letter tweet post message video release email memo note kept keep "
    "keeps".split()
)
_WEAK = frozenset(
    "show find know see read signal indicate order question fear hope doubt wonder worry "
    "expect answer counter charge post state estimate dispute praise blame repeat "
    "promise demand reply joke call continue mention describe feel consider understand "
    "learn discover realize realise recognize recognise comment surmise muse opine marvel "
    "grumble gush interject scoff snap sigh shout yell chant exclaim scream whisper mutter "
    "reason characterize characterise portray herald echo maintain fume rage sob weep beam "
    "rant storm plead gasp seethe bark thunder hiss bellow growl laugh chuckle giggle grin "
    "smile cry wail shriek squeal rule text email remember reminisce sing jeer".split()
)
# What may follow a verb that reports the quotation just before it and its speaker: the end
# of the sentence, a comma, or an adjunct ("“…?” she wondered aloud / in a letter").
_REPORT_END = re.compile(
    r"\s*(?:[,.!?;:]|$)|\s+(?:aloud|again|later|then|in|on|to|during|after|before|as|when|"
    r"while|from|outside|inside|into|over)\b"
)
# Verbs that report a view only with "as": "described the deal as “a trap”", "see Ruiz as
# the safer choice".
_AS_VERBS = frozenset("describe characterize characterise portray herald see".split())
_WEAK_TO = frozenset("plan seem appear aim decline refuse intend pledge".split())
_SEEM = frozenset(("seem", "appear"))
# Verbs that mean an act, not speech, before an infinitive that is not a speech verb.
_ACT_TO = frozenset("agree decline refuse".split())
# Verbs that read as acts on a thing when a plain noun phrase follows them (no clause, no
# quotation): "rejected an application", "claimed her third title", "reported the abuse to".
_OBJECT_NOUN_LEMMAS = frozenset("reject claim report dismiss".split())
_NOUN_OBJECT = re.compile(
    r"\s+(?:a|an|the|his|her|their|its|our|my|\d[\w,.]*)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:application|applications|bid|bids|offer|offers|appeal|appeals|proposal|proposals|"
    r"request|requests|plan|plans|title|titles|victory|win|seat|prize|medal|crown|record|"
    r"trophy|lead|abuse|theft|incident|crash|attack|profit|profits|loss|losses|sales|"
    r"revenue|earnings|case|cases)\b(?![^\ue000.;]*\bthat\b)(?![^.;]*\ue000)"
)
# "to" after a verb, perhaps past a day or an adverb: "pledged Saturday to".
_TO_AFTER = re.compile(r"(?:\s+(?:[A-Z][a-z]+day|today|yesterday|again|publicly|also))?\s+to\b")
_ADDED_AMOUNT = re.compile(
    r"\s+(?:(?:around|about|nearly|almost|roughly|some|over|another|more\s+than)\s+)?[\d$£€]"
)
_MODALS = frozenset("will would may might must should could can shall".split())
_TO_VERB = re.compile(r"\s+to\s+([a-z]+)")
_ALWAYS_NOUN_FORMS = frozenset("state states post posts report".split())
# The cue word once for both endings.
_ANON_CUE = re.compile(
    r"\w+\s+(?:(?:not\s+)?(?:to\s+)?(?:be\s+|remain\s+)?(?:named|identified|anonymous)|"
    r"(?:for\s+)?anonymity)"
)
_NOUN_THEN_VERB = re.compile(r"\s+(?:is|was|were|are|has|had|have|will|would)\b")
# Verbs whose bare and -s forms are as often nouns ("Novak’s remarks", "attacks on ...").
_NOUNISH = frozenset(
    "attack support remark tweet note pledge plan claim promise demand estimate forecast "
    "praise blame charge".split()
)
_SUBJECT_PRONOUNS = frozenset("he she they we i you it".split())
_SUBJECT_WORDS = AUXILIARIES | _SUBJECT_PRONOUNS | {"who", "that"}
_NOUN_THEN_PREP = re.compile(r"\s+(?:of|for|among|from|in|on|against|over|at|during)\b")
QUOTE_THEN_NAME = re.compile(r"\ue000[,\s—–―-]*(?:[\w.’'-]+\s+){0,6}$")
_CALLED_X_A = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}(?:a|an|the)\s")
_DESCRIBED_AS = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}as\s")
_DOC_VERBS = frozenset("show find suggest indicate reveal".split())
_DOC_SUBJECTS = frozenset(
    "poll polls survey surveys data study studies report reports figures records research "
    "evidence numbers results analysis statistics documents emails filings review reviews "
    "footage video videos photos images polling tally count returns estimates projections "
    "audit investigation testimony transcript transcripts census map chart models "
    "simulation tests".split()
)
# The start of a noun phrase object: "praised Ruiz", "praised the crews", "praised her".
OBJECT_START = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*|the|a|an|his|her|their|its|our|my|him|them|it|us|this|these|"
    r"those)\b(?![’'])"
)
QUOTE_GAP = re.compile(r"[\s,;:—–―-]*$")
# Each _PHRASAL match holds one of these (keep them in step): the pattern is tried only then.
_PHRASAL_HINTS = Needles((" back", "went on", "goes on", "put it", "puts it"))
_PHRASAL = re.compile(
    r"\b((?:went|goes)\s+on(?:\s+to\s+say)?)(?=\s*[,.:!?\ue000]|\s+that\b)|"
    r"\b((?:shot|fired|hit)\s+back)\b|"
    r"\b((?:put|puts)\s+it)(?=[,:]\s*\ue000)"
)
# What may stand between a weak cue and its "that", colon or quote: "stated a day earlier,".
_WEAK_GAP = (
    r"(?:\s+(?:a|an|one|two|three|several)\s+(?:day|days|week|weeks|month|months|year|years)"
    r"\s+(?:earlier|later|ago)|\s+(?:earlier|later|again|publicly|repeatedly)"
    # "chanted back at him", "shouted at them", "sang in unison": to whom, and how
    r"|(?:\s+back)?\s+at\s+(?:him|her|them|us|me|you|the\s+[a-z]+|[A-Z][a-z]+)|\s+back"
    r"|\s+in\s+unison)?"
)
_WEAK_THAT = re.compile(_WEAK_GAP + r"\s*(?:,\s*)?(?:that\b|:)")
_WEAK_QUOTE = re.compile(_WEAK_GAP + r"\s*(?:,\s*)?\ue000")
# "hopes the bridge will open", "knows the count will be close": a clause with its own verb
# after a few words (its subject); "hopes to win", "promised to refund": an infinitive.
_HOPE_CLAUSE = frozenset("hope fear worry know".split())
_HOPE_TO = frozenset("hope promise".split())
_CLAUSE_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|that|these|those|he|she|they|it|we|i|you|there|"
    r"[A-Z][\w.’'-]*)\b(?:\s+[\w’'-]+){0,4}?\s+(?:is|was|were|are|had|has|have|will|would|"
    r"could|should|can|did|does|may|might|must|won[’']t)\b"
)
# "questioned whether the scheme could be paid for", "wondered why": an indirect question.
_WH_LEMMAS = frozenset("question wonder doubt".split())
_WH_AFTER = re.compile(r"\s+(?:whether|why|how|if)\b")
_INFINITIVE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|us|me|"
    r"it)\b)[a-z]+\b"
)
# "..., with Senator Ruiz warning that ...": a named subject of a participle after "with".
# "a statement on Friday saying", "a letter to parents this week warning": the document, then
# when or where it came out.
ISSUED_THEN = re.compile(
    r"\b(" + "|".join(ISSUED_DOCS) + r")\s+"
    r"(?:(?:late|early|earlier|later)\s+)?(?:on|in|at|to|via|through|from|with|after|before|"
    r"this|last|yesterday|today|overnight)\b"
    r"[\w’' ]{0,30}$"
)
# "kept asking", "began shouting": the verb that starts or carries on the speaking is part of
# the cue, not of its speaker.
_ASPECT = frozenset("kept keep keeps began begin begins started start starts continued".split())
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:[A-Z][\w.’'-]*\s+){1,4}$")
# "footage of Ana Ruiz saying, “…”": a name, the participle, then (past a time or a
# place) the quotation it introduces.
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s+$")
_QUOTE_SOON = re.compile(
    r"(?:\s+(?:during|at|in|on|to|after|before|last|this|the|a|an|[A-Z][\w’'-]*|[a-z]+day|"
    r"week|month|year|debate|night|morning|evening|interview|rally|speech)){0,8}\s*[,:]?\s*\ue000"
)
# "he’s claiming", "they're saying": a pronoun with a contracted form of "be".
_PRONOUN_BE = re.compile(r"(?:he|she|it|they|we|i|you|who)[’'](?:s|re|m)")


# Weak cues that are verbs of speech when a subject stands before them and quoted words
# follow in their clause: "He promises the state will help “up-skill” workers".
_SPOKEN = _WEAK - frozenset(
    "show find know see read signal indicate order feel consider understand learn discover "
    "realize realise recognize recognise continue post state call describe expect hope fear "
    "doubt wonder worry comment rant storm".split()
)
_CLAUSE_STOP = re.compile(r"[.,;!?]|\s[—–―]\s|\s-\s")


def _quote_in_clause(m: str, we: int, e: int) -> bool:
    """Are there quoted words in the clause after a cue, before any comma?"""
    end = min(e, we + 100)
    stop = _CLAUSE_STOP.search(m, we, end)
    return m.find(QMASK, we, stop.start() if stop is not None else end) >= 0


_SUBJECT_PRONOUNS = frozenset("he she they we i it who which that".split())


def _subject_before(m: str, s: int, ws: int, form: str) -> bool:
    """Does the word before the cue ``form`` at ``ws`` end its subject? A pronoun or a name
    before any verb form; before an -s form, which may be a plural noun ("somber comments",
    "Maher’s rant"), nothing else."""
    got = _prev_token(m, max(s, ws - 40), ws)
    if got is None:
        return False
    prev = m[got[0] : got[1]]
    if prev.lower() in _SUBJECT_PRONOUNS:
        return True
    name = prev[:1].isupper() and not prev.endswith(("’", "'", "’s", "'s"))
    if name or form.endswith("s"):
        return name
    return prev[:1].isalpha() and prev not in _BLOCKERS and prev not in _NOT_SUBJECT_ENDS


_NOT_SUBJECT_ENDS = frozenset(
    "to and or but of in on at for with by from as than not is was are were be been has have "
    "had will would could should can may might must did does do".split()
)


@dataclass
class Cue:
    """A reporting cue: where its words are and which verb it is."""

    start: int  # including auxiliaries
    ws: int
    we: int
    lemma: str
    form: str
    shown_end: int = -1  # end of the cue as shown: with a channel or addressee phrase


def prev_word(m: str, s: int, p: int) -> str:
    """The word (or comma, colon, quote mask) just before ``p``, lower-cased."""
    got = _prev_token(m, max(s, p - 40), p)
    return m[got[0] : got[1]].lower() if got else ""


def _prev_token(m: str, lo: int, p: int) -> tuple[int, int] | None:
    """Where ``_PREV_WORD.search(m, lo, p)`` finds its word, read backwards from ``p``."""
    j = p
    while j > lo and m[j - 1].isspace():
        j -= 1
    if j == lo:
        return None
    if m[j - 1] in ",;:\ue000":
        return j - 1, j
    k = j
    while k > lo and (m[k - 1].isalnum() or m[k - 1] in "_’'"):
        k -= 1
    return (k, j) if k < j else None


_CANDIDATES: LatestTexts[list[tuple[int, int, str]]] = LatestTexts()


def _candidates(m: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of every possible cue word in ``m``, found once per text."""
    return _CANDIDATES.get(m, _find_candidates)


def _find_candidates(m: str) -> list[tuple[int, int, str]]:
    # Only between the first and the last character that is not a blank: a quotation read
    # inside an article (the nested pass) stands alone in an article-length line of blanks.
    lo, hi = words_between(m)
    return [(hit.start(), hit.end(), hit.group()) for hit in _WORD.finditer(m, lo, hi)]


def find_cues(m: str, s: int, e: int) -> list[Cue]:
    """The cues in the masked sentence ``m[s:e]`` (quotations masked out), in order."""
    cues: list[Cue] = []
    # The refusals are read only once a word may be a cue (two sentences in five have none).
    refused: list[tuple[int, int, int]] | None = None
    words = _candidates(m)
    for k in range(bisect.bisect_left(words, (s,)), len(words)):
        ws, we, form = words[k]  # by index: no copy of the rest of the text's words
        if we > e:
            break
        opener = form[0].isupper()
        if opener:
            if m[s:ws].strip():
                # Only at the start of a sentence ("Said Ana Silva, ..."), or in a headline.
                if form.lower() not in _HEADLINE_FORMS or not _title_case(m, s, e):
                    continue
                opener = False
            form = form.lower()
        lemma = CUE_LEMMA.get(form)
        if lemma is None:
            continue
        if refused is None:
            refused = refusal_spans(m, s, e)
        if refused and any(a <= ws < b for a, _, b in refused):
            continue  # "declined to comment", "would not say whether ...": nothing was said
        if ws > 0 and m[ws - 1] in "-’'</":
            continue  # "well-said", "</tweet>": part of a word or of a markup tag
        if form in _ALWAYS_NOUN_FORMS and not (
            # '“…,” the ad states.': right after a quotation and its speaker, a verb
            QUOTE_THEN_NAME.search(m, max(s, ws - 80), ws) and _REPORT_END.match(m, we, e)
        ):
            continue
        prev = prev_word(m, s, ws)
        if prev in _BLOCKERS:
            continue
        if prev == "to" and form == lemma:
            continue
        if prev in _PASSIVE and not form.endswith("ing"):
            continue
        if (
            form.endswith("ing")
            and form != lemma
            and not opener
            and prev not in _ING_OK
            and prev not in (",", QMASK)
            and not _PRONOUN_BE.fullmatch(prev)
            and not _WITH_SUBJECT.search(m, max(s, ws - 60), ws)
            and not (prev[:1].isalpha() and ISSUED_THEN.search(m, max(s, ws - 50), ws))
            and not (_NAME_BEFORE.search(m, max(s, ws - 40), ws) and _QUOTE_SOON.match(m, we, e))
        ):
            continue
        after = m[we : min(e, we + 40)]
        if ANONYMITY.match(m, max(s, ws - 12), min(e, we + 40)) or _ANON_CUE.match(m, ws, e):
            continue
        if lemma in _ACT_TO:
            verb = _TO_VERB.match(after)
            if verb is not None and CUE_LEMMA.get(verb.group(1)) is None:
                continue  # "agreed to buy the chain", "declined to attend": an act, not speech
        if lemma in _OBJECT_NOUN_LEMMAS and _NOUN_OBJECT.match(after):
            continue  # "rejected an application to build", "claimed her third title"
        if lemma in _WEAK_TO and not (
            _TO_AFTER.match(after) or (lemma == "pledge" and _WEAK_THAT.match(after))
        ):
            continue
        if lemma in _SEEM:
            # "appeared to suggest" reports a stance; "appeared to be tired" does not.
            verb = _TO_VERB.match(after)
            if verb is None or CUE_LEMMA.get(verb.group(1).lower()) in (None, *_SEEM):
                continue
        if lemma in _WEAK and not opener:
            # "Stated Ruiz: ..." opens with the verb, which is a cue whatever follows it.
            before_q = QUOTE_THEN_NAME.search(m, max(s, ws - 80), ws) is not None
            if not (
                _WEAK_THAT.match(after)
                or (_WEAK_QUOTE.match(after) and lemma not in _DOC_VERBS)
                or (before_q and lemma in AFTER_QUOTE_INVERTIBLE)
                or (before_q and lemma not in _DOC_VERBS and _REPORT_END.match(after))
                or (lemma in ("call", "describe") and _calls_quote(m, we, e))
                or (lemma == "call" and re.match(r"\s+(?:for|on)\b", after))
                or (lemma == "call" and _CALLED_X_A.match(m, we, e))
                or (lemma in _AS_VERBS and _DESCRIBED_AS.match(m, we, e))
                or (lemma in _DOC_VERBS and _document_subject(m, s, ws))
                or (not m[we:e].strip(" .!?\n") and "," in m[max(s, ws - 60) : ws])
                or (lemma in OBJECT_LEMMAS and OBJECT_START.match(after) is not None)
                or (
                    lemma in _SPOKEN
                    and _quote_in_clause(m, we, e)
                    and _subject_before(m, s, ws, form)
                )
                or (lemma in _HOPE_CLAUSE and _CLAUSE_AFTER.match(m, we, e) is not None)
                or (lemma in _HOPE_TO and _INFINITIVE.match(after) is not None)
                or (lemma in _WH_LEMMAS and _WH_AFTER.match(after) is not None)
            ):
                continue
        # "the 99-county pledge was ...": a noun, not a verb; after a pronoun, a verb whose
        # reported clause starts with its own verb ("which he believes will ...").
        if (
            form in (lemma, lemma + "s", lemma + "es")
            and _NOUN_THEN_VERB.match(after)
            and prev not in _SUBJECT_PRONOUNS
        ):
            continue
        if (
            lemma in _NOUNISH
            and form in (lemma, lemma + "s")
            and (
                (prev.endswith(("’s", "'s")) and not re.match(r"\s+that\b", after))
                or prev[-1:].isdigit()  # "the 9/11 attacks", "a May 2 tweet"
                or _NOUN_THEN_PREP.match(after)
                or (
                    # "Despite the media attacks, Carson said": a plain word, then a comma
                    after.startswith(",")
                    and prev.isalpha()
                    and prev.islower()
                    and prev not in _SUBJECT_WORDS
                    and not prev.endswith("ly")
                )
            )
        ):
            continue  # "Novak’s remarks", "support among women": nouns ("Ana’s claim that": a cue)
        if cues and m[cues[-1].we : ws].strip() == "":
            # "news reports said": the first word is a noun here.
            cues.pop()
        start = ws
        while True:
            hit2 = _prev_token(m, max(s, start - 20), start)
            if hit2 is None:
                break
            word = m[hit2[0] : hit2[1]]
            if word in ("May", "Will"):
                break  # "Lena May said", "Will said": a name, not an auxiliary
            aux = word.lower()
            if _PRONOUN_BE.fullmatch(aux):
                # "He’s claiming": the contracted "be" is part of the cue, the pronoun is not.
                start = hit2[0] + len(re.split("[’']", aux)[0])
                break
            if (
                aux not in AUXILIARIES
                and not aux.endswith(("n’t", "n't"))
                and not (form.endswith("ing") and aux in _ASPECT)
            ):
                break
            if word[:1].isupper() and any(c.isalnum() for c in m[s : hit2[0]]):
                break  # "the group Taxpayers First called": a capital inside a sentence names
            start = hit2[0]
        if lemma == "add" and _ADDED_AMOUNT.match(after):
            continue  # "the economy added 200,000 jobs": an amount, not words
        if lemma in STANCE_LEMMAS and _MODALS & set(m[start:ws].lower().split()):
            continue  # "voters will decide", "she may want to": a guess, not a stance held
        particle = None
        if lemma == "call":
            particle = re.match(r"\s+(?:for|on)\b", after)
        elif lemma == "point":
            particle = re.match(r"\s+(?:out|to)\b", after)
            if particle is None:
                continue
        elif lemma == "talk":
            particle = re.match(r"\s+(?:about|of|on)\b", after)
            if particle is None or (form in ("talk", "talks") and prev in ("", ",")):
                continue  # "spoke to reporters"; "Talks about the merger": a noun
        elif lemma == "refer":
            particle = re.match(r"\s+to\b", after)
            if particle is None:
                continue
        we2 = we + particle.end() if particle else we
        cues.append(Cue(start, ws, we2, lemma, form))
    for hit in _PHRASAL.finditer(m, s, e) if _PHRASAL_HINTS.first(m, s, e) >= 0 else ():
        # "he went on", "she went on to say", "Bennett shot back", "as Ruiz put it, “…”":
        # verbs of two words.
        group = next(g for g in (1, 2, 3) if hit.group(g))
        lemma = ("continue", "reply", "say")[group - 1]
        ws, we = hit.span(group)
        cues.append(Cue(ws, ws, we, lemma, hit.group(group)))
        cues.sort(key=lambda c: c.ws)
    return cues


_BACK_WORD = re.compile(r"[\w’'.,;:\ue000-]+")
_SUBJECT_BREAKS = frozenset("that which who whom and but when while because if".split())


def _document_subject(m: str, s: int, ws: int) -> bool:
    """Is the subject before ``ws`` a document or figures ("A poll released on Sunday by X",
    "The latest figures from the port")? Read back over at most 12 words of one phrase, past
    who passed it on (", seen by the Gazette,")."""
    if m[ws - 2 : ws] == ", ":
        aside = SEEN_BY_ASIDE.search(m, max(s, ws - 90), ws) or MADE_ASIDE.search(
            m, max(s, ws - 120), ws
        )
        if aside is not None:
            ws = aside.start()
    words = _BACK_WORD.findall(m, max(s, ws - 120), ws)
    for word in reversed(words[-12:]):
        if word[-1] in ",;:\ue000" or word.lower() in _SUBJECT_BREAKS:
            return False
        if word.lower() in _DOC_SUBJECTS:
            return True
    return False


def _title_case(m: str, s: int, e: int) -> bool:
    """Is ``m[s:e]`` a headline in title case (nearly every long word capitalised)?"""
    words = _LONG_WORD.findall(m, s, e)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_TITLE_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|[A-Z])\.")


def _calls_quote(m: str, we: int, e: int) -> bool:
    stretch = m[we : min(e, we + 160)]
    before = _TITLE_DOT.sub("", stretch.split(QMASK)[0])  # "called Mr. Ruiz’s plan “a trap”"
    return QMASK in stretch and "." not in before
