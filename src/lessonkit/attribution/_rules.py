"""The attribution rules: read each sentence's cues, speakers and contents (``_passes`` runs
them over an article)."""

from __future__ import annotations

import re

from ._according import according_source
from ._addressees import (
    ACT_LEMMAS,
    ADDRESSEE_LEMMAS,
    act_on_request,
    addressee_only,
    addressee_then_colon,
    after_addressee_that,
)
from ._bounds import (
    SCENE_PARTICIPLE,
    complement_end,
    new_clause_end,
    object_end,
    reporters_tail,
)
from ._carried import mention_again
from ._context import (
    LOW_FLAGS,
    TRAIL,
    Ctx,
    adjuncts,
    make,
    quote_attr,
    quote_ending_before,
    quote_starting_after,
    skip_adjuncts,
    speaker_at,
)
from ._cues import QUOTE_THEN_NAME, Cue, find_cues, prev_word
from ._extras import (
    ASKED,
    ASKED_OPENER,
    BARE,
    SUBJECT_VOICE,
    asked_question,
    expected_to,
    headline_colon,
    poll_finding,
    subject_verb_quote,
)
from ._frame import colon_frame, quote_frame
from ._issued import ISSUING, issued_word
from ._joined import joined_clause
from ._lexicon import (
    AFTER_QUOTE_INVERTIBLE,
    CUE_LEMMA,
    INVERTIBLE,
    NAMING_LEMMAS,
    OBJECT_LEMMAS,
    PRONOUNS,
    STANCE_LEMMAS,
    TIME_WORDS,
    TO_LEMMAS,
)
from ._model import Attribution
from ._resolver import Speaker
from ._search import first_of
from ._speakers import QMASK, antecedent, np_after, np_before
from ._subjects import AFTER_CLAUSE, clause_subject
from ._whole import ends_sentence, outer_report, relayed_quote

__all__ = ["read_sentence"]

_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_RELATIVE_AFTER = re.compile(r",?\s+(?:who|whose)\s[^,;:\ue000]{0,150},")
# Forms that are mostly nouns or mostly mean something else unless "that" or a quote follows.
# Forms that count only before an infinitive ("plans to", "seemed to").
_CONNECT = re.compile(
    r"(?:[\s,;:—–―-]|\b(?:and|but|while|where|who|as|when|which|or|that|although|though|even|"
    r"whereas)\b)*$"
)
# Every match opens with a comma, a semicolon or a blank: the class first turns the other
# places away in one step, before the branches are tried there.
_CLAUSE_END = re.compile(
    r"(?=[,;\s])(?:,\s+but\b|;|\s[—–―]\s|,?\s(?:before|after|while)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b"
    # "- although ...", "- said at a rally": a hyphen for a dash before the reporter's words
    r"|\s-\s(?=(?:although|though|but|while|whereas|said|says|adding|saying)\b))"
)
_TITLE_BEFORE = re.compile(r"(?:\w[’']s|\b(?:on|in))\s*[“\"]?$")
_PRONOUN_SCENE = re.compile(r",?\s+(?:as|while|when)\s+(?:he|she|they|we|I)\s+[a-z]+")
# "said that A, and that B": a comma sets a second statement apart; without it ("said that
# A and that B") the two clauses are one statement, as readers and annotators take them.
_AND_THAT = re.compile(r",\s+and\s+that\s+")
_AS_LEMMAS = frozenset(
    "describe condemn denounce hail brand dismiss praise criticise criticize characterize "
    "characterise portray herald".split()
)
_SHORT_GAP = re.compile(
    r"[\s,]*(?:[\w’'.-]+\s+){0,14}[\w’'.-]*\s*,\s*(?=\ue000)"
    # '“A,” Ruiz said, and still “B.”': the same speaker's words, joined by "and"
    r"|[^\ue000.;:!?]{0,80}?,\s+(?:and|but)\s+(?:(?:also|still|then|later|added|that)\s+){0,2}"
    r"(?=\ue000)"
)
_SECOND_APPOSITION = re.compile(r",\s+(?:a|an|the|who|which|whose)\s")
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_SUBORDINATORS = frozenset(
    "while although though whereas because if when after before since".split()
)
_CLAUSE_COMMA = re.compile(r",[”\"’]?(?=\s)|[”\"],(?=\s)")
# A reported clause right after the cue: "said his campaign was ...", "said that ...".
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:that\b|(?:he|she|they|it|we|his|her|their|its|there)\s+(?:[\w’'-]+\s+){0,5}"
    r"(?:is|was|were|are|had|has|have|will|would|could|should|can|did)\b)"
)
_DOCS = ISSUING - {","}

_MAIN_PRONOUN = re.compile(r",\s+(he|she|they|we|I)\s+[a-z]")
_SCENE_AFTER = re.compile(r",?\s+(?:as|when|while|before|after|because|since|amid)\b")
_NEW_CLAUSE = re.compile(r",\s+(?:as|while|after|before|when|because|since|but|and)\s")
_LEADING_PREPS = frozenset("after before while by in".split())
_BUT_AFTER_QUOTE = re.compile(r"(?<=\ue000)\s+but\s")
_ADJUNCT_COMMA = re.compile(
    r"\s+(?:(?:back\s+)?(?:at|on|in|during|to|from|via|with|before|after|late|early|last|this)"
    r"\s+[^,;:\ue000]{1,60}?|back|[A-Z][a-z]+day|today|yesterday)\s*,"
)
_AFTER_CLOSED_QUOTE = re.compile(
    r"\s*,|\s+(?:and|but|as|while|before|after|toward|towards|at|to|in|on|during|until|from)\b"
)
_SUBORDINATE_JOINTS = frozenset("when because if since".split())
# "According to a statement from the Harwell police, ...": the rest of the source phrase,
# whose issuer the speaker's reading finds; what was said starts after its comma.
_SOURCE_TAIL = re.compile(
    r"\s+(?:from|by|of|for|in|at|on|with|published|released|issued|seen|obtained)\b"
    r"[^,;:\ue000]{0,80},"
)
# "Earlier this week,", "On Friday,": when, not what was said.
_TIME_LEAD = re.compile(
    r"(?i:(?:earlier|later|late|early|last|this|next|on|in|by|at|over|since)\s+)*(?i:the\s+)?"
    r"(?i:week|weekend|month|year|morning|afternoon|evening|night|"
    + "|".join(sorted(TIME_WORDS, key=len, reverse=True))
    + r")(?:\s+\d{1,2})?(?i:\s+(?:morning|afternoon|evening|night))?"
)
# "slammed the rules as ‘pure snobbery’": a stance verb's object named by a quotation.
_AS_QUOTED = re.compile(r"\sas\s+(?:[a-z]+\s+){0,3}\ue000")
# "..., before adding", "after saying", "while insisting": a participle of the same subject,
# timed against the main clause; it reports words of its own.
_TIMED_PARTICIPLE = re.compile(r",?\s+(?:before|after|while)\s+(?:[a-z]+ly\s+)?$")
# Before a place with its state or country ("in Penwick, Ohio,"): not a speaker.
_PLACE_PREPS = frozenset("in at from near of to outside across".split())
_JOINT_WORD = re.compile(
    r"\b(?:and|but|while|where|who|which|when|as|that|or|although|though|whereas)\b"
)
_NO_CONTENT = frozenset(
    "by with to for about on in at from of as and or but after before during since while "
    "when following amid".split()
)


def read_sentence(ctx: Ctx, s: int, e: int, prev: Attribution | None) -> list[Attribution]:
    m = ctx.m
    ctx.s0 = s
    out: list[Attribution] = []
    cues = find_cues(m, s, e)
    # The pattern only where its words are: a scan of every position costs more.
    accs = list(_ACCORDING.finditer(m, s, e)) if m.find("ccording to", s, e) >= 0 else []
    for acc in accs:
        cues.append(Cue(acc.start(), acc.start(), acc.end(), "according to", "according to"))
    cues.sort(key=lambda c: c.ws)
    questions = _questions_put(ctx.text, m, s, e) if m.find("sked", s, e) >= 0 else []
    claimed = s  # text before this is used by an earlier attribution in the sentence
    last_speaker: tuple[Speaker, tuple[int, int] | None] | None = None
    # A "who" speaker's span and its antecedent: "Ruiz, who has told staff ..., said".
    relative_of: tuple[tuple[int, int], tuple[int, int]] | None = None
    for n, cue in enumerate(cues):
        if cue.ws < claimed:
            continue
        if cue.form == "asked" and _put_to_speaker(m, s, cue):
            continue  # "McCain said, asked about the delay": a question put to the speaker
        if any(a <= cue.ws < b for a, b in questions):
            continue  # "Asked if she would apologise, she said ...": a verb of the question
        limit = e
        # Where this cue's content begins, past "on Friday", "in a statement", "that".
        body = adjuncts(ctx, cue, e)[0] if n + 1 < len(cues) else e
        for later in cues[n + 1 :]:
            timed = (
                _TIMED_PARTICIPLE.search(m, cue.we, later.ws)
                if later.form.endswith("ing")
                else None
            )
            if timed is not None:
                limit = timed.start()  # "criticised the budget before adding that ...": two
                break
            # A later cue ends this content only after a clause boundary ("and he urged",
            # ", where officials described"); otherwise it is reported inside this content.
            back = np_before(m, cue.we, later.start)
            cut = back[0] if back else later.start
            hit = _CONNECT.search(m, cue.we, cut)
            if hit is None or hit.start() <= cue.we + 1 or hit.end() < body:
                continue
            if hit.end() == body and (back is None or m[cut - 2 : cut] != ", "):
                continue  # only a speaker set off by a comma starts a content of its own
            before = m[cue.we : cut].rstrip(" ,—–―-")
            if back is not None and back[2] != "who" and before.endswith(QMASK):
                # ': “...,” the senator says' — the quotation is the next cue's (but in
                # 'says he is “a unifier” who wants ...' the relative clause is reported).
                limit = cue.we + len(before.rstrip(QMASK))
                break
            joint = m[hit.start() : cut]
            if (
                back is None
                and not joint.strip()
                and m[hit.start() - 1 : hit.start()] == QMASK
                and ctx.text[hit.start() - 3 : hit.start()].rstrip("”\"’'").endswith(",")
            ):
                limit = hit.start()  # '... was "corrupt," noting that ...'
                break
            if back is None and joint.strip() in ("that", "which", "who"):
                continue  # "a voice that said ...": reported inside this content
            if back is not None and joint.strip() in _SUBORDINATE_JOINTS:
                continue  # 'said Ruiz was “right” when she said ...': reported inside it
            if any(ch in joint for ch in ",;:—–―") or _JOINT_WORD.search(joint):
                limit = hit.start()
                break
        made: list[Attribution] = []
        if cue.lemma == "according to":
            fwd = according_source(m, cue.we, e)
            if fwd is None:
                continue
            sp = speaker_at(ctx, fwd, e)
            relayed = relayed_quote(ctx, out, cue)
            if relayed is not None:
                # '“…,” Walker said, according to an AP account': the account reports that
                # Walker said the words (a second, outer attribution).
                quoted = QMASK in m[relayed[0] : relayed[1]]
                kind = "mixed" if quoted else "indirect"  # "Aides have told ..., according to"
                got = make(ctx, sp, fwd, cue, relayed, "according-to", kind=kind)
                if got:
                    out.insert(len(out) - 1, got)  # the quote's speaker stays the last voice
                claimed = max(claimed, fwd[1])
                continue
            qa = quote_ending_before(ctx, claimed, cue.start)
            if qa is not None:
                got = quote_attr(ctx, qa, sp, fwd, cue, "quote-according-to")
                if got:
                    out.append(got)
                last_speaker = (sp, fwd)
                claimed = max(claimed, fwd[1])
                continue
            lead = m[claimed : cue.start].strip(" ,")
            opening = not out and (len(lead) < 12 or lead.lower() in ("but", "and", "yet", "so"))
            if opening:
                # Everything after "According to X," is X's, cues inside it included; a
                # relative clause on X ("who spoke on condition of anonymity,") is not.
                rel = _RELATIVE_AFTER.match(m, fwd[1], e) or _SOURCE_TAIL.match(m, fwd[1], e)
                made_one = make(
                    ctx, sp, fwd, cue, (rel.end() if rel else fwd[1], e), "according-to"
                )
            else:
                after = m[fwd[1] : e]
                if (
                    QMASK not in after
                    and len(after.split()) <= 8
                    and outer_report(ctx, out, s, cue.start, e, sp, fwd, cue, "according-to")
                ):
                    claimed = max(claimed, fwd[1])  # "Ruiz said X, according to the Gazette"
                    continue
                made_one = make(ctx, sp, fwd, cue, (claimed, cue.start), "according-to")
            if made_one:
                made.append(made_one)
            last_speaker = (sp, fwd)
            claimed = e if opening and made_one else max(claimed, fwd[1])
            out.extend(made)
            continue
        qb = quote_ending_before(ctx, claimed, cue.start)
        if qb is not None and cue.lemma in AFTER_QUOTE_INVERTIBLE:
            fwd = np_after(m, cue.we, e)
            if fwd is not None:
                sp = speaker_at(ctx, fwd, e)
                got = quote_attr(ctx, qb, sp, fwd, cue, "quote-then-said-speaker", claimed)
                if got:
                    out.append(got)
                claimed = fwd[1]
                claimed = _continue_quotes(ctx, out, sp, fwd, cue, claimed, e)
                last_speaker = (sp, fwd)
                continue
        back = np_before(m, claimed, cue.start)
        if cue.form.endswith("ing") and issued_word(m, claimed, cue.start) in _DOCS:
            back = None  # "X issued a statement saying ...": the speaker is the subject
        if back is not None and cue.form.endswith("ing"):
            of = m.rfind(" of ", back[0], back[1])
            if of > back[0] and m[of + 4 : of + 5].isupper() and m[of - 1].islower():
                back = (of + 4, back[1], back[2])  # "footage of Ana Ruiz saying": Ana Ruiz
        if (
            back is not None
            and back[2] == "appositive"
            and cue.form.endswith("ing")
            and prev_word(m, claimed, back[0]) in _PLACE_PREPS
        ):
            back = None  # "Ruiz spoke about a death in Penwick, Ohio, arguing": Ruiz argued
        if back is None and QUOTE_THEN_NAME.search(m, max(claimed, cue.start - 80), cue.start):
            back = np_before(m, claimed, cue.start, any_head=True)  # “...,” the two wrote
        if back is not None:
            span = (back[0], back[1])
            how = back[2]
            relative_of = None
            if how == "who":
                ante = antecedent(m, s, back[0])
                if ante is None:
                    continue
                relative_of = (span, ante)
                ante_text = ctx.text[ante[0] : ante[1]]
                sp = ctx.resolver.resolve(ante_text, ctx.text[ante[1] : back[0]])
                ctx.resolver.remember(sp, ante_text)
                if cue.lemma in STANCE_LEMMAS:
                    continue  # "Ana, who backed the plan, ...": a description, not a report
            else:
                sp = speaker_at(ctx, span, e)
            qb2 = quote_ending_before(ctx, claimed, span[0])
            if qb2 is not None and _REPORTED_CLAUSE.match(m, cue.we, limit):
                qb2 = None  # 'chants of “Marco!,” the senator said his campaign was ...'
            if (
                qb2 is not None
                and _TITLE_BEFORE.search(
                    ctx.text, max(s, ctx.quotes[qb2].start - 30), ctx.quotes[qb2].start
                )
                and len(m[cue.we : limit].split()) >= 3
            ):
                qb2 = None  # 'On City Radio’s “Morning Show,” Ruiz said the port ...': a title
            if (
                qb2 is not None
                and out
                and not m[out[-1].content_span[1] : ctx.quotes[qb2].start].strip(" ,")
                and ends_sentence(ctx, cue, e)
                and outer_report(
                    ctx, out, s, span[0], e, sp, span, cue, "content-then-speaker-said"
                )
            ):
                # 'Hale slammed the play, “Low Tide,” the Courier reported': the quoted
                # words are inside what X is reported to have said; the report is all of it.
                claimed = cue.we
                last_speaker = (sp, span)
                continue
            if qb2 is not None:
                skip_adjuncts(ctx, cue, e)
                got = quote_attr(ctx, qb2, sp, span, cue, "quote-then-speaker-said", claimed)
                if got:
                    out.append(got)
                claimed = _continue_quotes(ctx, out, sp, span, cue, cue.we, e)
                last_speaker = (sp, span)
                continue
            last_speaker = (sp, span)
            lead_text = m[claimed : span[0]]
            if (
                lead_text.strip(TRAIL)
                and lead_text.rstrip().endswith(",")
                and SCENE_PARTICIPLE.match(m, max(cue.we, cue.shown_end), limit)
            ):
                # "Sales were great, he said, wiping his brow": the words before the cue.
                got = make(ctx, sp, span, cue, (claimed, span[0]), "content-then-speaker-said")
                if got:
                    out.append(got)
                claimed = cue.we
                continue
            if lead_text.strip(TRAIL) and lead_text.rstrip().endswith(","):
                # "she said at a town hall on Monday, ...": past a phrase of time or place.
                shown_end = adjuncts(ctx, cue, e)[2]
                adjunct = _ADJUNCT_COMMA.match(m, cue.we, limit)
                at = next(
                    (
                        p
                        for p in (cue.we, shown_end, adjunct.end() - 1 if adjunct else -1)
                        if p >= cue.we and m[p:limit].lstrip().startswith(",")
                    ),
                    cue.we,
                )
                tail = m[at:limit]
                if (
                    tail.lstrip().startswith(",")
                    and len(tail.split()) >= 2
                    and (QMASK not in tail or QMASK in lead_text)
                    and not _NEW_CLAUSE.match(m, at, limit)
                ):
                    # "The plan, she said, will fail": the cue interrupts the content; and
                    # '“If not for that” war, she said on Monday, “we would be Syria”'.
                    got = make(
                        ctx,
                        sp,
                        span,
                        cue,
                        (claimed, reporters_tail(m, at + 2, limit)),
                        "speaker-said-interrupting",
                        extra_flags=("interrupted-by-cue",),
                    )
                    if got:
                        out.append(got)
                    claimed = limit
                    continue
            if _attr_after(ctx, out, sp, span, cue, e, limit, "who-said" if how == "who" else None):
                claimed = limit
                continue
            # Content before the speaker: "..., officials said."
            lead_end = span[0]
            rest = m[max(cue.we, cue.shown_end) : limit].strip(TRAIL + ".!?")
            if _NEW_CLAUSE.match(m, max(cue.we, cue.shown_end), limit):
                rest = ""  # "..., officials said, as Russia announced ...": a clause of its own
            if (
                m[claimed:lead_end].strip(TRAIL)
                and m[claimed:lead_end].rstrip().endswith(",")
                and len(rest.split()) <= 6
                and not ASKED.search(m, claimed, lead_end)
                and not ASKED_OPENER.match(m, claimed, lead_end)
                and not _TIME_LEAD.fullmatch(m[claimed:lead_end].strip(TRAIL))
            ):
                claimed_at = claimed
                got = make(ctx, sp, span, cue, (claimed, lead_end), "content-then-speaker-said")
                if got:
                    out.append(got)
                claimed = cue.we
                more = joined_clause(m, (claimed_at, lead_end), max(cue.we, cue.shown_end), limit)
                if got and more is not None:
                    # "..., the statement said, and buses would replace trains until then."
                    second = make(ctx, sp, span, cue, more, "content-then-speaker-said")
                    if second:
                        out.append(second)
                        claimed = limit
            elif (
                ends_sentence(ctx, cue, e)
                and not ASKED_OPENER.match(m, s, lead_end)
                and outer_report(
                    ctx, out, s, lead_end, e, sp, span, cue, "content-then-speaker-said"
                )
            ):
                claimed = cue.we  # "Ruiz welcomed it, saying ..., the Gazette reported."
            continue
        # No speaker before the cue.
        prevw = (
            issued_word(m, claimed, cue.start)
            if cue.form.endswith("ing")
            else prev_word(m, claimed, cue.start)
        )
        if cue.lemma in INVERTIBLE and not m[claimed : cue.start].strip():
            # "Said Ana Silva, who taught him, “We knew he would go far.”"
            fwd = np_after(m, cue.we, e)
            qi = _quote_afterspeaker_at(ctx, fwd[1], e) if fwd is not None else None
            if fwd and qi is not None and any(fwd[1] <= c.ws < ctx.quotes[qi].start for c in cues):
                qi = None  # "Asked a question ..., Ms Lane said, “…”": the later cue's quote
            if fwd is not None and qi is not None:
                sp = speaker_at(ctx, fwd, e)
                got = quote_attr(ctx, qi, sp, fwd, cue, "said-speaker-quote")
                if got:
                    out.append(got)
                claimed = _continue_quotes(ctx, out, sp, fwd, cue, ctx.quotes[qi].end, e)
                last_speaker = (sp, fwd)
                continue
        if cue.lemma in INVERTIBLE and prevw == "," and not cue.form.endswith("ing"):
            # "..., said Ana Ruiz." is inverted; "..., saying he was ready" is not.
            fwd = np_after(m, cue.we, e)
            rest = m[fwd[1] : e].strip(TRAIL + ".!?") if fwd is not None else ""
            second_apposition = _SECOND_APPOSITION.match(m, fwd[1], e) if fwd else None
            if fwd is not None and rest and m[fwd[0] : fwd[1]].lower() in PRONOUNS:
                fwd = None  # "..., said she would not": the pronoun starts what was said
            if (
                fwd is not None
                and QMASK not in rest
                and (len(rest.split()) <= 3 or second_apposition is not None)
            ):
                sp = speaker_at(ctx, fwd, e)
                lead_end = cue.start
                if not m[claimed:lead_end].strip(TRAIL) and outer_report(
                    ctx, out, s, lead_end, e, sp, fwd, cue, "content-then-said-speaker"
                ):
                    claimed = e  # "The vote signals “the end” for the EU, said Ana Ruiz."
                    continue
                got = make(ctx, sp, fwd, cue, (claimed, lead_end), "content-then-said-speaker")
                if got:
                    out.append(got)
                claimed = e
                continue
        if (
            last_speaker is None
            and cue.form.endswith("ing")
            and (prevw in _LEADING_PREPS or not m[s : cue.start].strip())
            and not m[s : cue.start].strip(" ,").lower().removesuffix(prevw).strip()
        ):
            # "After saying her foot was “fine,” she left": the subject follows the clause.
            end_of_clause = _CLAUSE_COMMA.search(ctx.text, cue.we, e)
            subject = AFTER_CLAUSE.match(m, end_of_clause.end(), e) if end_of_clause else None
            if end_of_clause is not None and subject is not None:
                sub_span = subject.span(1)
                sp = speaker_at(ctx, sub_span, e)
                start = skip_adjuncts(ctx, cue, e)[0]
                got = make(ctx, sp, sub_span, cue, (start, end_of_clause.end()), "participle-cue")
                if got:
                    out.append(got)
                    claimed = end_of_clause.end()
                continue
        if last_speaker is None and (
            (cue.form.endswith("ing") and prevw in ISSUING | {"by"}) or prevw in ("and", "but")
        ):
            subject = clause_subject(m, s, cue.start, prevw)
            if subject is not None:
                sub_span = subject.span(1)
                last_speaker = (speaker_at(ctx, sub_span, e), sub_span)
        if last_speaker is not None and (
            prevw in ("and", ",", "but", "then", "or") or cue.form.endswith("ing")
        ):
            sp, span2 = last_speaker
            if prevw == "," and relative_of is not None and relative_of[0] == span2:
                span2 = relative_of[1]  # the main clause after the relative one
            elif span2 is not None and cue.form.endswith("ing"):
                # "Although he thanked them, he sounded a rare note, saying ...": the
                # subject of the main clause, not of the clause before it.
                hits = list(_MAIN_PRONOUN.finditer(m, span2[1], cue.start))
                first_word = m[span2[0] : span2[1]].lower()
                if hits and first_word in PRONOUNS and hits[-1].group(1).lower() == first_word:
                    span2 = hits[-1].span(1)
            rule = "participle-cue" if cue.form.endswith("ing") else "coordinated-cue"
            if _attr_after(ctx, out, sp, span2, cue, e, limit, rule):
                claimed = limit
            continue
    asked_question(ctx, out, s, e)
    poll_finding(ctx, out, s, e)
    if not out:
        expected_to(ctx, out, s, e)
    if not out:
        headline_colon(ctx, out, s, e)
    if not out:
        subject_verb_quote(ctx, out, s, e)
    if not out:
        quote_frame(ctx, out, s, e)
    if ":" in m[s:e]:
        colon_frame(ctx, out, s, e)
    _continuations(ctx, out, s, e, prev)
    return out


def _questions_put(text: str, m: str, s: int, e: int) -> list[tuple[int, int]]:
    """Where the questions put to a speaker run in ``m[s:e]``: from after ``Asked`` (or
    ``when asked``) to the comma that closes the question, also one inside a closing
    quotation mark (``on "Morning Desk," Ruiz said``)."""
    hits = [*ASKED.finditer(m, s, e)]
    opener = ASKED_OPENER.match(m, s, e)
    if opener is not None:
        hits.insert(0, opener)
    spans = []
    for hit in hits:
        comma = text.find(",", hit.end(), e)
        spans.append((hit.end(), comma if comma > 0 else e))
    return spans


def _put_to_speaker(m: str, s: int, cue: Cue) -> bool:
    """Is this ``asked`` a question put to someone (``when asked about``, ``, asked if``)?"""
    hit = ASKED.search(m, max(s, cue.ws - 12), min(len(m), cue.we + 12))
    return hit is not None and hit.start() < cue.ws < hit.end()


def _attr_after(
    ctx: Ctx,
    out: list[Attribution],
    sp: Speaker,
    span: tuple[int, int] | None,
    cue: Cue,
    e: int,
    limit: int,
    rule: str | None,
) -> bool:
    """Content after the cue (a quote after a colon, or reported speech)."""
    start, had_that = skip_adjuncts(ctx, cue, e)
    if start >= limit:
        return False
    if not had_that and (
        (cue.lemma in ADDRESSEE_LEMMAS and addressee_only(ctx.m, start, limit))
        or (cue.lemma in ACT_LEMMAS and act_on_request(ctx.m, start, limit))
    ):
        return False  # "told the council on Monday", "dismissed the appeal": no words
    if not had_that and cue.lemma in ADDRESSEE_LEMMAS and addressee_then_colon(ctx.m, start, limit):
        return False  # "told fans at the Academy: ‘...’": the colon frame's quotation
    if not had_that and cue.lemma in ADDRESSEE_LEMMAS:
        after = after_addressee_that(ctx.m, start, limit)
        if after is not None:
            start, had_that = after, True  # "warned farmers that the drought ..."
    qa = quote_starting_after(ctx, cue.we, limit)
    if qa is None and not had_that:
        qa2 = quote_starting_after(ctx, start, limit)
        if qa2 is not None and ctx.quotes[qa2].start == start:
            qa = qa2
    if qa is None and not had_that:
        # "declared in the spin room, “...”": a phrase of place or time, then the quotation
        adjunct = _ADJUNCT_COMMA.match(ctx.m, cue.we, limit)
        if adjunct is not None:
            qa = quote_starting_after(ctx, adjunct.end(), limit)
    if qa is not None and not had_that:
        q = ctx.quotes[qa]
        rest = ctx.m[q.end : limit].strip(TRAIL + ".!?")
        if not rest:
            colon = ":" in ctx.m[cue.we : q.start]
            got = quote_attr(
                ctx,
                qa,
                sp,
                span,
                cue,
                rule or ("speaker-said-colon-quote" if colon else "speaker-said-quote"),
            )
            if got:
                out.append(got)
            _continue_quotes(ctx, out, sp, span, cue, q.end, e)
            return True
    opener = _FIRST_WORD.match(ctx.m, ctx.s0)
    if (
        opener is not None
        and opener.group(1).lower() in _SUBORDINATORS
        and "," not in ctx.m[ctx.s0 : cue.start]
    ):
        # "While those surveyed said X, Trump is ...": X ends with the clause.
        end_of_clause = _CLAUSE_COMMA.search(ctx.text, start, limit)
        if end_of_clause is not None:
            limit = end_of_clause.end()
    cut = _clause_end(ctx.m, start, limit)
    if cut is not None and QMASK not in ctx.m[cut.end() : limit]:
        limit = cut.start()
    # The pattern only where its word is: a scan of every position costs more.
    buts = (
        _BUT_AFTER_QUOTE.finditer(ctx.m, start, limit)
        if ctx.m.find("but", start, limit) >= 0
        else ()
    )
    for but in buts:
        if ctx.text[but.start() - 2 : but.start()].rstrip("”\"’'").endswith(","):
            limit = but.start()  # 'are "non-entities in the Senate," but he gave ...'
            break
    limit = reporters_tail(ctx.m, start, limit)
    if cue.lemma not in OBJECT_LEMMAS:
        limit = new_clause_end(ctx.m, start, limit)
    if not had_that and (
        cue.lemma in NAMING_LEMMAS
        or (cue.lemma in OBJECT_LEMMAS and _AS_QUOTED.search(ctx.m, start, limit))
    ):
        # "called the plan “a disaster”", "slammed the rules as ‘pure snobbery’": what it is
        # called ends with the quoted words
        limit = complement_end(ctx.text, ctx.m, start, limit)
    last_q = ctx.m.rfind(QMASK, start, limit)
    if last_q > start:
        # 'says she is “ready” as she walks to the podium': the scene after the quote
        scene = _PRONOUN_SCENE.match(ctx.m, last_q + 1, limit)
        if scene is not None:
            limit = last_q + 1
    lead_q = quote_starting_after(ctx, start, limit)
    if lead_q is not None and ctx.quotes[lead_q].start == start:
        # 'chanted “Lock her up!” as they had before': the quote, not the scene after it.
        q_end = ctx.quotes[lead_q].end
        after_q = _SCENE_AFTER.match(ctx.m, q_end, limit)
        if after_q is None and ctx.text[q_end - 2 : q_end].rstrip("”\"’'")[-1:] in (".", "?", "!"):
            # 'chanted “What contract?” and kept going': the quotation closed, the scene goes on
            after_q = _AFTER_CLOSED_QUOTE.match(ctx.m, q_end, limit)
            if after_q is not None and QMASK not in ctx.m[after_q.end() : limit]:
                got = quote_attr(ctx, lead_q, sp, span, cue, rule or "speaker-said-quote")
                if got:
                    out.append(got)
                return got is not None
        if after_q is not None and QMASK not in ctx.m[after_q.end() : limit]:
            limit = q_end
    object_content = cue.lemma in OBJECT_LEMMAS and not had_that
    if object_content and QMASK not in ctx.m[start:limit]:
        # "endorsed Ruiz last week and has campaigned ...": the noun phrase only.
        limit = object_end(ctx.m, start, limit)
    words = ctx.m[start:limit].split()
    if words and words[0] == "as" and cue.lemma in _AS_LEMMAS:
        start = ctx.m.index("as", start) + 3
        words = words[1:]
    first_word = words[0].lower() if words else ""
    if (
        (first_word == "to" and cue.lemma in TO_LEMMAS)
        or (first_word in ("for", "on") and cue.lemma == "call")
        or (first_word == "about" and cue.lemma in ("talk", "ask", "complain", "warn", "think"))
    ):
        pass
    elif (
        words
        and not had_that
        and first_word in _NO_CONTENT
        and not (first_word == "about" and words[1:2] and words[1][:1].isdigit())
    ):
        return False  # but "said about 150 workers would ...": about is "roughly" there
    if (
        len(words) < 2
        and QMASK not in ctx.m[start:limit]
        and not (
            object_content and words and words[0].strip(".").lower() not in _NO_CONTENT | TIME_WORDS
        )
    ):
        return False
    name = rule or ("reporting-verb-that" if had_that else "reporting-verb-clause")
    pieces = [(start, limit)]
    if had_that or QMASK not in ctx.m[start:limit]:
        for hit in _AND_THAT.finditer(ctx.m, start, limit):
            pieces[-1] = (pieces[-1][0], hit.start())
            pieces.append((hit.end(), limit))
    got = None
    for a, b in pieces[:-1]:
        first = make(ctx, sp, span, cue, (a, b), name)
        if first:
            out.append(first)
    got = make(ctx, sp, span, cue, pieces[-1], name)
    if got:
        ctx.used_quotes.update(ctx.quotes_within(*got.content_span))
        out.append(got)
        return True
    return False


_CLAUSE_END_HINTS = (",", ";", "—", "–", "―", " - ", "before", "after", "while")


def _clause_end(m: str, start: int, limit: int) -> re.Match[str] | None:
    """``_CLAUSE_END.search(m, start, limit)``, begun where a match can first start.

    Each match holds a comma, a semicolon, a dash or before/after/while, at most two
    characters in; with none of them in the stretch there is no match, else the search
    starts two characters before the first (one over every character is slower).
    """
    first = first_of(m, _CLAUSE_END_HINTS, start, limit)
    if first < 0:
        return None
    return _CLAUSE_END.search(m, max(start, first - 2), limit)


def _quote_afterspeaker_at(ctx: Ctx, p: int, e: int) -> int | None:
    """The quote after a speaker and their description (``, who grew up here, “...”``)."""
    stretch = ctx.m[p:e]
    at = stretch.find(QMASK)
    if at < 0 or not stretch[:at].rstrip().endswith((",", ":")) or len(stretch[:at].split()) > 20:
        return None
    return quote_starting_after(ctx, p + at, e)


def _continue_quotes(
    ctx: Ctx,
    out: list[Attribution],
    sp: Speaker,
    span: tuple[int, int] | None,
    cue: Cue | None,
    p: int,
    e: int,
) -> int:
    """Quotes right after an attributed one in the same sentence (“A,” he said, “B.”)."""
    if cue is not None:
        p = max(p, cue.shown_end)
    p0 = p
    gap = _SHORT_GAP.match(ctx.m, p, e)
    if gap is not None and gap.end() < e and ctx.m[gap.end()] == QMASK:
        p = gap.end()
    while True:
        qi = quote_starting_after(ctx, p, e)
        if qi is None or qi in ctx.used_quotes:
            return p
        q_start = ctx.quotes[qi].start
        own = [c for c in find_cues(ctx.m, p0, q_start) if c.ws >= p0] if p0 < q_start else []
        if own:
            # '“A,” he said, adding later, “B.”': the second quote has a cue of its own.
            c = own[-1]
            rule = "participle-cue" if c.form.endswith("ing") else "coordinated-cue"
            got = quote_attr(ctx, qi, sp, span, c, rule)
            if got:
                out.append(got)
            p = p0 = ctx.quotes[qi].end
            continue
        got = quote_attr(ctx, qi, sp, span, cue, "continuation-quote")
        if got:
            out.append(got)
        p = p0 = ctx.quotes[qi].end


def _continuations(
    ctx: Ctx, out: list[Attribution], s: int, e: int, prev: Attribution | None
) -> None:
    """Quotes in a sentence with no cue of their own: carried on from the speaker before."""
    if out:
        return
    for i in ctx.quotes_from(s):
        q = ctx.quotes[i]
        if q.end <= s or i in ctx.used_quotes:
            continue
        if q.start >= e:
            break
        if q.group in ctx.group_speaker:
            sp, first = ctx.group_speaker[q.group]
            got = quote_attr(ctx, i, sp, first.speaker_mention, None, "multi-paragraph-quote")
            if got:
                out.append(got)
            continue
        if prev is None:
            continue
        local = mention_again(ctx, prev, s, q.start)
        long_quote = q.end - q.start >= 0.6 * (e - s)
        if not long_quote and (local is None or len(ctx.text[q.start : q.end].split()) < 4):
            continue  # a short quotation in a sentence of the reporter's: a title or a term
        # a guess stays a guess: the quotation carried on has the speaker's doubt too
        sp = Speaker(
            prev.speaker, prev.speaker_type, tuple(f for f in prev.flags if f in LOW_FLAGS)
        )
        if prev.rule == SUBJECT_VOICE:
            if ctx.m[s : q.start].strip() or ctx.m[q.end : e].strip(" .!?\n"):
                continue  # only a sentence that is the quotation alone
            # "Ruiz, a nurse, was on shift when the call came. “...”": her words, a guess
            got = quote_attr(ctx, i, sp, prev.speaker_mention, None, SUBJECT_VOICE)
        elif prev.rule == BARE and prev.cue_span is not None:
            # "Ana Silva agreed." then the quotation: the cue of the sentence before.
            a, b = prev.cue_span
            form = (prev.cue or "").split()[-1].lower() if prev.cue else ""
            cue = Cue(a, a, b, CUE_LEMMA.get(form, ""), form)
            got = quote_attr(ctx, i, sp, prev.speaker_mention, cue, "cue-then-quote")
        else:
            mention = local or prev.speaker_mention
            got = quote_attr(ctx, i, sp, mention, None, "continuation-quote")
        if got:
            out.append(got)
