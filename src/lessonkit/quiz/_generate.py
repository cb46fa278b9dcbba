"""Questions generated from any article, from the attribution engine's output.

Each generator reads the attributions (and, for a speaker the source registry knows by
full name, the registry) and writes questions whose right answer is what the engine found:

``who-said``        who said these words? Distractors are other speakers of the same
                    article, another side first; never a second right answer (the same
                    registry entry, a surname or a name inside the right speaker's name).
``how-sourced``     direct quote, paraphrase or partial quote (the engine's kind).
``source-type``     named person, named organisation, group or anonymous (once a speaker;
                    an unknown type is skipped, and so is a "person" the text names by
                    one word only, such as "Labour" or "Google", which may be a body).
``which-side``      which side a registry-known speaker speaks for (once a speaker).
``which-verb``      the loaded verb the reporter chose, and what it suggests.
``reporter-voice``  a sentence that makes a claim with no attribution anywhere in it.
``mark-source``     mark the words naming every source of a sentence.
``mark-cue``        mark every reporting verb or phrase of a sentence.

Attributions with ``confidence == "low"`` give no question, and a sentence that holds one
gives no mark-the-words or reporter-voice question either.
"""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .._quoted import quoted_parts
from ..article import Article
from ..errors import LessonkitError
from ..sides import SIDES
from ._model import GENERATED_KINDS, Choice, Origin, Question, Quiz, Word, sentence_words
from ._speakers import (
    PRONOUNS,
    Speaker,
    capital,
    conflict,
    name_tokens,
    registry_entry,
    same_speaker,
    side_rank,
)
from ._texts import (
    FORM_CHOICES,
    FORM_OF_KIND,
    FORM_WHY,
    FORM_WRONG,
    TYPE_CHOICES,
    TYPE_NOT,
    TYPE_SHORT,
    TYPE_WHY,
)
from ._title import article_title

if TYPE_CHECKING:
    from ..attribution import Attribution
    from ..compare._lexicon import CueVerb, Lexicons
    from ..sources import Source

__all__ = ["generate"]

Span = tuple[int, int]
_QUOTE_MARKS = '“”"«»„'
_OPENING_SINGLE = re.compile(r"(?:^|[\s(\[—–-])‘")
# Words that may report speech: a sentence with one is never taken as the reporter's voice.
_SPEECH_HINT = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according|reported|reports|reportedly|claim\w*|"
    r"stated?|states|announc\w+|added|adding|wrote|writes|confirm\w*|admit\w*|den(?:y|ied|ies)|"
    r"insist\w*|argu\w+|warn\w*|suggest\w*|believ\w+|spokes\w+|statement|asked|tweet\w*|"
    r"posted|quoted|described|called|accus\w+|alleg\w+|"
    # a refusal to speak ("declined to comment") is about a source, not the reporter's claim
    r"comment\w*|declin\w+|refus\w+|respond\w*)\b",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"contributed (?:to )?(?:this )?report|additional reporting|^reporting by|^editing by|"
    r"^(?:photo|image|picture)s?:",
    re.IGNORECASE,
)
_ORDER = {kind: i for i, kind in enumerate(GENERATED_KINDS)}


def _excerpt(text: str, limit: int = 90, *, strip_quotes: bool = True) -> str:
    text = " ".join(text.split()).strip(" ,;:" + (_QUOTE_MARKS if strip_quotes else ""))
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + " …"


class _Builder:
    def __init__(
        self,
        article: Article,
        found: Sequence[Attribution],
        seed: int,
        sources: Sequence[Source] | None = None,
        sides: Mapping[str, str] | None = None,
    ) -> None:
        self.article = article
        self.sources = sources
        self.sides: Mapping[str, str] = SIDES if sides is None else sides
        self.text = article.text
        self.found = found
        self.seed = seed
        self.usable = [i for i, a in enumerate(found) if a.confidence != "low"]
        self.speakers: list[Speaker] = []
        self._words: dict[int, tuple[Word, ...]] = {}
        self._starts = [x.start for x in article.sentences]
        self.speaker_of: dict[int, Speaker] = {}
        self._index_speakers()

    # -- helpers ----------------------------------------------------------------------

    def rng(self, qid: str) -> random.Random:
        return random.Random(f"{self.seed}:{qid}")

    def sentence_span(self, *spans: Span | None) -> Span:
        starts, ends = [], []
        for span in spans:
            if span is None:
                continue
            first = self.article.sentence_at(span[0])
            last = self.article.sentence_at(max(span[0], span[1] - 1))
            starts.append(first.start if first else span[0])
            ends.append(last.end if last else span[1])
        return (min(starts), max(ends))

    def question(self, sentence_span: Span, **fields: object) -> Question:
        context = self.text[sentence_span[0] : sentence_span[1]]
        return Question(sentence_span=sentence_span, context=context, **fields)  # type: ignore[arg-type]

    def mention(self, a: Attribution) -> Span | None:
        """Where the source is named, up to the name: an apposition after it is left out.

        "Ana Ruiz, the city engineer, said" gives "Ana Ruiz"; "the city engineer, Ana
        Ruiz, said" keeps the title before the name.
        """
        m = a.speaker_mention
        if m is None:
            return None
        printed = self.text[m[0] : m[1]]
        name = (a.speaker or "").strip()
        if name and len(printed) > len(name):
            k = printed.find(name)
            if k >= 0 and printed[k + len(name) :].lstrip().startswith(","):
                return (m[0], m[0] + k + len(name))
        return m

    def mention_text(self, a: Attribution) -> str | None:
        m = self.mention(a)
        return None if m is None else self.text[m[0] : m[1]]

    def _index_speakers(self) -> None:
        self._known: dict[str, tuple[tuple[Source, ...], Source | None]] = {}
        for i in self.usable:
            a = self.found[i]
            name = (a.speaker or "").strip()
            tokens = name_tokens(name)
            if not tokens or set(tokens) <= PRONOUNS:
                continue
            if name not in self._known:
                self._known[name] = registry_entry(name, self.sources)
            registry, trusted = self._known[name]
            ids = {s.id for s in registry}
            match = next(
                (s for s in self.speakers if same_speaker(s, tokens, ids, a.speaker_type)), None
            )
            if match is None:
                match = Speaker(len(self.speakers), [name], tokens, a.speaker_type, registry)
                self.speakers.append(match)
            elif name not in match.names:
                match.names.append(name)
            if trusted is not None and match.trusted is None:
                match.trusted = trusted
            if not match.registry and registry:
                match.registry = registry
            match.attributions.append(i)
            self.speaker_of[i] = match
        for speaker in self.speakers:
            speaker.settle()
        self._speaker_keys = {s.tokens for s in self.speakers}
        self._speaker_sizes = sorted({len(s.tokens) for s in self.speakers})

    # -- who said it? -----------------------------------------------------------------

    def who_said(self, i: int) -> Question | None:
        a, right = self.found[i], self.speaker_of.get(i)
        if right is None:
            return None
        qid = f"who-said-{i + 1:03d}"
        rng = self.rng(qid)
        mention = self.mention_text(a) or ""
        inside = set(name_tokens(mention))
        others = [
            s
            for s in self.speakers
            if not conflict(right, s) and not (inside and set(s.tokens) <= inside)
        ]
        if not others:
            return None
        rng.shuffle(others)
        others.sort(key=lambda s: side_rank(right.side, s.side))
        wrong: list[Speaker] = []
        for s in others:
            if len(wrong) < 3 and not any(conflict(s, w) for w in wrong):
                wrong.append(s)
        shown = capital((a.speaker or "").strip())
        if set(name_tokens(shown)) < set(right.tokens):
            shown = right.name  # a surname alone: give the full name
        choices = [Choice(f"speaker-{right.index + 1}", shown, True, self._who_right(a, right))]
        for s in wrong:
            choices.append(
                Choice(
                    f"speaker-{s.index + 1}",
                    s.name,
                    False,
                    f"No: {s.name} is a source elsewhere in this report, but not of these "
                    "words. Look for who is named with the verb of saying, or earlier if the "
                    "words carry on a quotation.",
                )
            )
        if len(wrong) < 3:
            cue = f" (“{a.cue}”)" if a.cue else ""
            choices.append(
                Choice(
                    "reporter",
                    "Nobody: it is the reporter’s own voice",
                    False,
                    f"No: the report credits these words to a source{cue}.",
                )
            )
        rng.shuffle(choices)
        return self.question(
            id=qid,
            type="single",
            kind="who-said",
            prompt=(
                f"According to the report, who said this: “{_excerpt(a.content)}”?"
                if a.kind == "direct"
                else f"According to the report, whose words are reported here: {self.printed(a)}?"
            ),
            choices=tuple(choices),
            span=a.content_span,
            sentence_span=self.context_span(i),
            origin=Origin("who-said", i, a.rule),
        )

    def context_span(self, i: int) -> Span:
        """The sentences to show with an attribution's words: its content, cue and mention,
        and the sentence before when the mention does not name the speaker ("he said", "the
        statement reads", a quotation with no cue), so a reader can see who is meant."""
        a = self.found[i]
        start, end = self.sentence_span(a.content_span, a.cue_span, self._near_mention(a))
        mention = self.mention_text(a)
        speaker = self.speaker_of.get(i)
        names = bool(mention and speaker and set(name_tokens(mention)) & (speaker.words - PRONOUNS))
        if not names:
            k = bisect.bisect_right(self._starts, start) - 1
            if k > 0:
                start = self.article.sentences[k - 1].start
        return (start, end)

    def _near_mention(self, a: Attribution) -> Span | None:
        """The speaker mention, if it is in the same paragraph as the content."""
        m = a.speaker_mention
        if m is None:
            return None
        here = self.article.paragraph_at(a.content_span[0])
        there = self.article.paragraph_at(m[0])
        return m if here is not None and there is not None and here == there else None

    def _who_right(self, a: Attribution, right: Speaker) -> str:
        mention = self.mention_text(a)
        if mention and set(name_tokens(mention)) <= PRONOUNS:
            return f"Right: “{mention}” here stands for {right.name}, named earlier."
        if a.cue is None:
            return f"Right: the words carry on a quotation of {right.name}, with no new cue."
        named = f"“{mention}”" if mention else right.name
        return f"Right: the report names {named} as the source, with the cue “{a.cue}”."

    # -- how is it quoted? ------------------------------------------------------------

    def how_sourced(self, i: int) -> Question | None:
        a = self.found[i]
        form = FORM_OF_KIND[a.kind]
        quoted = quoted_parts(a.content)
        if form == "paraphrase" and (quoted or any(q in a.content for q in _QUOTE_MARKS)):
            return None  # the engine calls it reported speech, yet it holds quotation marks
        if form == "partial" and not quoted:
            return None
        if form == "direct" and a.cue is None and self._framed(a):
            return None  # a cue-less quotation inside the reporter's sentence: mixed or direct?
        shown = ", ".join(f"“{q}”" for q in quoted[:2])
        why = FORM_WHY[form].format(quoted=shown)
        choices = tuple(
            Choice(
                f,
                text,
                f == form,
                f"Right. {why}" if f == form else FORM_WRONG[f, form].format(quoted=shown),
            )
            for f, text in FORM_CHOICES.items()
        )
        speaker = self.speaker_of.get(i)
        whose = f"what {speaker.name} said" if speaker else "these words"
        return self.question(
            id=f"how-sourced-{i + 1:03d}",
            type="single",
            kind="how-sourced",
            prompt=f"How does the report give {whose}: {self.printed(a)}?",
            choices=choices,
            span=a.content_span,
            sentence_span=self.context_span(i),
            origin=Origin("how-sourced", i, a.rule),
        )

    def printed(self, a: Attribution) -> str:
        """The words asked about as printed, with the quotation marks around a direct quote."""
        start, end = a.content_span
        words = self.text[start:end]
        if a.kind == "direct":
            opening = self.text[start - 1] if start > 0 else ""
            closing = self.text[end] if end < len(self.text) else ""
            words = words.rstrip(" ,;:")  # the comma before "he said" is not part of the point
            if opening in _QUOTE_MARKS + "‘'" and closing in _QUOTE_MARKS + "’'":
                return f"{opening}{_excerpt(words, strip_quotes=False)}{closing}"
        return _excerpt(words, strip_quotes=False)

    def _framed(self, a: Attribution) -> bool:
        """Whether the reporter's own words stand before the quotation in its sentence."""
        sentence = self.article.sentence_at(a.content_span[0])
        if sentence is None:
            return False
        before = self.text[sentence.start : a.content_span[0]]
        return bool(re.search(r"\w", before))

    # -- what kind of source, which side ----------------------------------------------

    def source_type(self, speaker: Speaker) -> Question | None:
        types = {self.found[i].speaker_type for i in speaker.attributions}
        if len(types) != 1 or speaker.type not in TYPE_CHOICES:
            return None
        if speaker.type == "named_person" and len(speaker.tokens) < 2 and not speaker.trusted:
            # "Google said", "Labour has accused": a lone name the text never gives a first
            # name may be a body as well as a person; no question rather than a wrong answer
            return None
        i = self._named_at(speaker)
        if i is None:
            return None
        a = self.found[i]
        mention = self.mention_text(a) or speaker.name
        why = TYPE_WHY[speaker.type].format(name=f"“{capital(mention)}”")
        choices = tuple(
            Choice(
                t,
                text,
                t == speaker.type,
                f"Right. {why}" if t == speaker.type else f"Not {TYPE_SHORT[t]}. {TYPE_NOT[t]}",
            )
            for t, text in TYPE_CHOICES.items()
        )
        return self.question(
            id=f"source-type-{i + 1:03d}",
            type="single",
            kind="source-type",
            prompt=f"What kind of source is “{mention}”?",
            choices=choices,
            span=self.mention(a),
            sentence_span=self.sentence_span(a.speaker_mention),
            origin=Origin("source-type", i, a.rule),
        )

    def _named_at(self, speaker: Speaker) -> int | None:
        """The first attribution of ``speaker`` whose mention is a name, not a pronoun."""
        for i in speaker.attributions:
            mention = self.mention_text(self.found[i])
            if mention and not set(name_tokens(mention)) <= PRONOUNS:
                return i
        return None

    def which_side(self, speaker: Speaker) -> Question | None:
        source = speaker.trusted
        i = self._named_at(speaker)
        sides = self.sides
        if source is None or i is None or source.side not in sides:
            return None
        a = self.found[i]
        qid = f"which-side-{i + 1:03d}"
        rng = self.rng(qid)
        pool = [s for s in sides if s not in (source.side, "unattributed")]
        if not pool:
            return None  # nothing to choose between
        others = rng.sample(pool, min(3, len(pool)))
        role = _first_sentence(source.role)
        stance = _first_sentence(source.independence)
        choices = [
            Choice(source.side, capital(sides[source.side]), True, f"Right. {role} {stance}")
        ]
        for side in others:
            choices.append(
                Choice(
                    side,
                    capital(sides[side]),
                    False,
                    f"No: {source.name} does not speak for the {sides[side]} side. Think about "
                    "whom they work for or answer to.",
                )
            )
        rng.shuffle(choices)
        return self.question(
            id=qid,
            type="single",
            kind="which-side",
            prompt=f"Which side does “{capital(self.mention_text(a) or speaker.name)}” speak for?",
            choices=tuple(choices),
            span=self.mention(a),
            sentence_span=self.sentence_span(a.speaker_mention),
            explanation=f"From lessonkit’s source registry: {source.name}, {role[:1].lower()}{role[1:]}",
            origin=Origin("which-side", i, a.rule),
        )

    # -- which verb? ------------------------------------------------------------------

    def which_verb(self, i: int) -> Question | None:
        a = self.found[i]
        if a.cue is None or a.cue_span is None:
            return None
        # The verbs and notes are the compare lesson's word list, so both lessons agree.
        from ..compare._lexicon import load_lexicons

        lex = load_lexicons()
        loaded = _loaded_verb(a.cue, lex)
        if loaded is None:
            return None
        entry, verb = loaded
        qid = f"which-verb-{i + 1:03d}"
        rng = self.rng(qid)
        printed = verb.casefold()
        tense = entry.forms.index(printed) if printed in entry.forms else 0
        others = [c for c in lex.cues if c.framing == "loaded" and c.lemma != entry.lemma]
        said = lex.cue_verb("said")
        said_note = said.note if said is not None else "The plain verb of news reporting."
        choices = [
            Choice(
                "cue",
                f"“{verb}”. {entry.note}",
                True,
                f"Right. The reporter wrote “{verb}”. {entry.note}",
            ),
            Choice(
                "said",
                f"“said”. {said_note}",
                False,
                "No. The plain “said” would be neutral, and it is not the verb that brings in "
                "these words: find that verb in the sentence and ask what it adds.",
            ),
        ]
        for other in rng.sample(sorted(others, key=lambda c: c.lemma), 2):
            form = other.forms[tense] if tense < len(other.forms) else other.forms[0]
            choices.append(
                Choice(
                    other.lemma,
                    f"“{form}”. {other.note}",
                    False,
                    f"No. That describes “{form}”, which is not the verb that brings in these "
                    "words: find that verb in the sentence and compare the two.",
                )
            )
        rng.shuffle(choices)
        return self.question(
            id=qid,
            type="single",
            kind="which-verb",
            prompt="Which verb did the reporter choose to bring in these words, and what does it suggest?",
            choices=tuple(choices),
            span=a.cue_span,
            sentence_span=self.sentence_span(a.cue_span, a.content_span),
            origin=Origin("which-verb", i, a.rule),
        )

    # -- sentences: the reporter's voice, mark the words ------------------------------

    def sentence_questions(self, wanted: set[str]) -> list[Question]:
        out: list[Question] = []
        sentences = self.article.sentences
        starts = [x.start for x in sentences]
        by_sentence: dict[int, list[int]] = {}
        for i, a in enumerate(self.found):
            for start, end in _spans(a):
                first = max(bisect.bisect_right(starts, start) - 1, 0)
                last = max(bisect.bisect_left(starts, end) - 1, first)
                for k in range(first, last + 1):
                    if sentences[k].start < end and start < sentences[k].end:
                        found = by_sentence.setdefault(k, [])
                        if i not in found:
                            found.append(i)
        for k, sentence in enumerate(sentences):
            s, e = sentence.start, sentence.end
            touching = sorted(by_sentence.get(k, ()))
            if not touching:
                q = self.reporter_voice(k, s, e) if "reporter-voice" in wanted else None
                if q is not None:
                    out.append(q)
                continue
            if any(self.found[i].confidence == "low" for i in touching):
                continue
            for kind in ("mark-source", "mark-cue"):
                q = self.mark(kind, k, s, e, touching) if kind in wanted else None
                if q is not None:
                    out.append(q)
        return out

    def mark(self, kind: str, k: int, s: int, e: int, touching: list[int]) -> Question | None:
        answers: list[Span] = []
        for i in touching:
            a = self.found[i]
            span = self.mention(a) if kind == "mark-source" else a.cue_span
            if span is None or not (s <= span[0] and span[1] <= e):
                return None  # part of the answer lies outside the sentence
            if span not in answers:
                answers.append(span)
        if k not in self._words:
            self._words[k] = sentence_words(self.text, s, e)
        words = self._words[k]
        if len(words) < 3 or not answers:
            return None
        if not all(any(w.start < b and a < w.end for w in words) for a, b in answers):
            return None  # a cue with no word to mark (a headline's colon, a dash)
        many = len(answers) > 1
        if kind == "mark-source":
            prompt = (
                "Mark every source in this sentence: the words that name who is speaking."
                if many
                else "Mark the source in this sentence: the words that name who is speaking."
            )
            parts = []
            for span in answers:
                i = next(j for j in touching if self.mention(self.found[j]) == span)
                named = self.text[span[0] : span[1]]
                speaker = self.speaker_of.get(i)
                who = ""
                if speaker and set(name_tokens(named)) <= PRONOUNS:
                    who = f" ({speaker.name})"
                parts.append(f"“{named}”{who}")
            explanation = "The source: " + ", ".join(parts) + "."
        else:
            prompt = (
                "Mark every reporting verb or phrase in this sentence: the words that say someone spoke."
                if many
                else "Mark the reporting verb or phrase in this sentence: the words that say someone spoke."
            )
            explanation = (
                "Verbs of saying (“said”, “told”) and phrases such as “according to” hand a "
                "claim to a source."
            )
        first = touching[0]
        return self.question(
            id=f"{kind}-s{k + 1:03d}",
            type="mark",
            kind=kind,
            prompt=prompt,
            span=(s, e),
            sentence_span=(s, e),
            words=words,
            answer_spans=tuple(answers),
            explanation=explanation,
            origin=Origin(f"{kind}/sentence", first, self.found[first].rule),
        )

    def reporter_voice(self, k: int, s: int, e: int) -> Question | None:
        sentence = self.text[s:e]
        paragraph = self.article.paragraph_at(s)
        block = self.text[paragraph.start : paragraph.end] if paragraph else sentence
        if (
            len(sentence_words(sentence)) < 6
            or not sentence.rstrip().endswith((".", "!"))
            or any(q in block for q in _QUOTE_MARKS)
            or _OPENING_SINGLE.search(block)
            or _SPEECH_HINT.search(sentence)
            or _CREDIT_LINE.search(sentence.strip())
            or self._names_a_speaker(sentence)
        ):
            return None
        qid = f"reporter-voice-s{k + 1:03d}"
        rng = self.rng(qid)
        speakers = list(self.speakers)
        rng.shuffle(speakers)
        choices = [
            Choice(
                "reporter",
                "Nobody named: the reporter says it in their own voice",
                True,
                "Right: no source and no verb of saying are attached to this sentence, so the "
                "claim is the reporter’s own.",
            )
        ]
        for speaker in speakers[:3]:
            choices.append(
                Choice(
                    f"speaker-{speaker.index + 1}",
                    speaker.name,
                    False,
                    f"No: {speaker.name} is quoted elsewhere, but nothing in this sentence "
                    "credits it to them.",
                )
            )
        if len(choices) < 3:
            choices.append(
                Choice(
                    "unnamed",
                    "A source the sentence does not name",
                    False,
                    "No: a report that relies on a source says so (“officials said”, "
                    "“according to”); this sentence does not.",
                )
            )
        rng.shuffle(choices)
        return self.question(
            id=qid,
            type="single",
            kind="reporter-voice",
            prompt=f"Who says this? “{_excerpt(sentence, 120)}”",
            choices=tuple(choices),
            span=(s, e),
            sentence_span=(s, e),
            origin=Origin("reporter-voice/no-attribution", None, None),
        )

    def _names_a_speaker(self, sentence: str) -> bool:
        words = name_tokens(sentence)
        return any(
            words[j : j + n] in self._speaker_keys
            for n in self._speaker_sizes
            for j in range(len(words) - n + 1)
        )


def _spans(a: Attribution) -> list[Span]:
    return [s for s in (a.content_span, a.speaker_mention, a.cue_span) if s is not None]


def _loaded_verb(cue: str, lex: Lexicons) -> tuple[CueVerb, str] | None:
    """The first loaded verb in ``cue`` as (its lexicon entry, the word as printed), or None."""
    for match, entry in lex.cue_matcher.finditer(cue):
        if entry.framing == "loaded":
            return entry, match.group(0)
    return None


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = re.match(r"(.+?[.!?])(?:\s|$)", text)
    return m.group(1) if m else text


def _slug(name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return base or "article"


def generate(
    article: Article | str,
    attributions: Sequence[Attribution] | None = None,
    *,
    seed: int = 0,
    kinds: Iterable[str] | None = None,
    sources: Iterable[Source] | None = None,
    sides: Mapping[str, str] | None = None,
) -> Quiz:
    """Write quiz questions on any article, from what the attribution engine found.

    Parameters
    ----------
    article
        The article (or its text).
    attributions
        The attributions to ask about; by default
        :func:`~lessonkit.extract_attributions` of ``article``. Those with
        ``confidence == "low"`` are left out.
    seed
        Chooses the distractors and the choice order; the same seed gives the same quiz.
    kinds
        Only these question kinds (see :data:`~lessonkit.quiz.GENERATED_KINDS`); all by
        default.
    sources
        The source registry that says who a speaker is and which side they speak for; by
        default the shipped one (:func:`~lessonkit.load_sources`). A speaker counts as
        known only when named in full, as one registry entry's name or variant.
    sides
        The sides a which-side question chooses between, key → label (the keys the
        sources' ``side`` uses); by default :data:`lessonkit.sides.SIDES`, the war's sides.
        A review of a teacher's own article passes the sides of that story.

    Returns
    -------
    Quiz
        Questions in article order. Each records its :class:`Origin`: the generator rule,
        the index of the attribution it came from and the engine rule that found it.

    Examples
    --------
    >>> text = ('“The bridge will reopen in May,” said Ana Ruiz, the city engineer. '
    ...         'Council leader Tom Hale said the repairs had cost too much.')
    >>> quiz = generate(text)
    >>> q = quiz.question("who-said-001")
    >>> [c.text for c in q.choices if c.correct]
    ['Ana Ruiz']
    >>> generate(text, kinds=["who-knows"])
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'kinds' must be among ('who-said', 'how-sourced', 'source-type', 'which-side', 'which-verb', 'reporter-voice', 'mark-source', 'mark-cue', 'mark-content') (got 'who-knows')
    """
    if isinstance(article, str):
        article = Article.from_text(article)
    if not isinstance(article, Article):
        raise TypeError(f"'article' must be an Article or a str (got {type(article).__name__})")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise TypeError(f"'seed' must be an int (got {type(seed).__name__})")
    wanted = set(GENERATED_KINDS if kinds is None else kinds)
    for kind in wanted:
        if kind not in GENERATED_KINDS:
            raise LessonkitError(f"'kinds' must be among {GENERATED_KINDS} (got {kind!r})")
    if attributions is None:
        from ..attribution import extract_attributions

        attributions = extract_attributions(article)
    found = list(attributions)
    for a in found:
        end = a.content_span[1]
        if end > len(article.text):
            raise LessonkitError(
                f"attribution span {list(a.content_span)} is outside the article "
                f"({len(article.text)} characters): were these attributions found in another text?"
            )
    registry = None if sources is None else tuple(sources)
    builder = _Builder(article, found, seed, registry, sides)
    questions: list[Question] = []
    for i in builder.usable:
        for kind, make in (
            ("who-said", builder.who_said),
            ("how-sourced", builder.how_sourced),
            ("which-verb", builder.which_verb),
        ):
            if kind in wanted:
                q = make(i)
                if q is not None:
                    questions.append(q)
    for speaker in builder.speakers:
        for kind, per_speaker in (
            ("source-type", builder.source_type),
            ("which-side", builder.which_side),
        ):
            if kind in wanted:
                q = per_speaker(speaker)
                if q is not None:
                    questions.append(q)
    if wanted & {"reporter-voice", "mark-source", "mark-cue"}:
        questions += builder.sentence_questions(wanted)
    questions.sort(key=lambda q: (q.span[0] if q.span else 0, _ORDER[q.kind], q.id))
    name = article.name if article.name != "<text>" else None
    title = article_title(article, found)
    return Quiz(
        id=f"generated-{_slug(name or 'text')}-seed{seed}",
        title=f"Who said it? Questions on “{title}”"
        if title
        else "Who said it? Questions on this article",
        article=name,
        questions=tuple(questions),
    )
