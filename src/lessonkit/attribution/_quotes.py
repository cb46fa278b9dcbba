"""Find quotations (straight and typographic marks) and quote-aware sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import AFTER_QUOTE_INVERTIBLE, CUE_LEMMA

__all__ = ["Quote", "find_quotes", "split_sentences"]

_OPENERS = "“«„"
_CLOSERS = "”»"
# A mark, or two straight singles or backticks for a double: ``''|``|[“”"«»„‘’']`` written
# to open with one character class, so that the search jumps from mark to mark (quicker).
_MARKS = re.compile(r"[“”\"«»„‘’'`](?:(?<=')'?|(?<=`)`|(?<=[“”\"«»„‘’]))")
_DOUBLE_MARKS = re.compile(r"[“”\"«»„]")
_SINGLE_CLOSER = re.compile(r"[’'](?![A-Za-z0-9])")
# A closing single mark right after the quotation's own punctuation: ",’ she said".
_PUNCT_CLOSER = re.compile(r"[,.!?…]’(?![A-Za-z])")
_CLOSE_BEFORE = ",.!?…;:—–―-"
# A word that follows a closing mark but never a plural's apostrophe: "had ‘learned hard
# lessons’ from the riot" closes; "‘The lads’ changing room ...’" does not.
# A word with its last letter dropped, written with an apostrophe: "leakin’ on the band".
_DROPPED_G = re.compile(r"[a-z]in$")
_FUNCTION_AFTER = re.compile(
    r"\s+(?:from|to|and|or|but|in|on|at|by|for|with|after|before|as|when|while|because|over|"
    r"about|than|since|until)\b"
)
_CLOSE_AFTER = ",.;:!?)—–―\n"
_OPEN_CONTEXT = " \t\n([{—–―-/\u00a0"


@dataclass(frozen=True)
class Quote:
    """A stretch of quoted text inside one paragraph, marks included.

    ``group`` is shared by the pieces of one quotation that runs over several
    paragraphs (news convention: no closing mark at the end of a paragraph, an
    opening mark at the start of the next).
    """

    start: int
    end: int
    group: int
    flags: tuple[str, ...] = ()


def _nested_in_single(text: str, ch: str, j: int, pe: int) -> bool:
    """Is the double mark ending at ``j`` a quotation inside an open single-marked one?

    Only when its own closing mark comes before the single one's (``‘He yelled “Run!”
    and we ran,’``).
    """
    if ch in _CLOSERS:
        return _SINGLE_CLOSER.search(text, j, pe) is not None
    if ch not in _OPENERS and ch != '"':
        return False
    close = text.find("”" if ch != '"' else '"', j, pe)
    return close >= 0 and _SINGLE_CLOSER.search(text, close + 1, pe) is not None


def _next_opens(text: str, start: int, end: int) -> bool:
    """Does the paragraph ``text[start:end]`` open with a quotation mark?"""
    i = start
    while i < end and text[i] in " \t\u00a0":
        i += 1
    return i < end and text[i] in "“«„\"‘'"


def _next_opens_single(text: str, start: int, end: int) -> bool:
    """Does the paragraph ``text[start:end]`` open with a single opening mark?"""
    i = start
    while i < end and text[i] in " \t\u00a0":
        i += 1
    return i < end and text[i] == "‘"


def _is_straight_opener(text: str, i: int, j: int, seg_start: int) -> bool:
    before = text[i - 1] if i > seg_start else " "
    after = text[j] if j < len(text) else " "
    if before in _OPEN_CONTEXT:
        return not after.isspace()
    return False


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Return the quotation pieces of ``text``, paragraph by paragraph, in order.

    Never raises: a quote left open at a paragraph end that does not lead into a
    quoted paragraph is closed there and flagged ``"unbalanced-quote"``; a closing
    mark without an opener quotes from the paragraph (or last quote) start.
    """
    quotes: list[Quote] = []
    group = 0
    carry = False  # a quotation continues from the previous paragraph
    continuing = False  # the paragraph being read continues the quotation of the last one

    def piece(start: int, end: int, flags: tuple[str, ...]) -> None:
        """Keep a quotation piece, in the group of the quotation it continues, if it does."""
        nonlocal group
        quotes.append(Quote(start, end, group - 1 if continuing else group, flags))
        if not continuing:
            group += 1

    for n, (ps, pe) in enumerate(paragraphs):
        open_at = -1
        open_kind = ""
        seg_start = ps
        single_at = -1
        inner = False
        inner_double = False  # inside a double-marked quotation inside a single-marked one
        continuing = carry
        carry = False
        # A paragraph quoted in straight single marks only (some tabloids and wires): each
        # ' is an opening mark after a space or a bracket, else a closing mark or an
        # apostrophe, told apart as for ‘ and ’.
        straight = "'" in text[ps:pe] and (
            _DOUBLE_MARKS.search(text, ps, pe) is None or text[ps:pe].lstrip().startswith("'")
        )  # a paragraph opening with ' quotes in single marks, double ones inside
        for m in _MARKS.finditer(text, ps, pe):
            i, j = m.span()
            ch = m.group()
            if ch == "''":
                ch = '"'
            elif ch == "``":
                ch = "“"
            elif ch == "'":
                if not straight:
                    continue
                before = text[i - 1] if i > ps else " "
                after = text[j] if j < pe else " "
                opens = before in _OPEN_CONTEXT and not after.isspace() and not after.isdigit()
                ch = "‘" if opens else "’"
            if ch == "‘":
                if open_at < 0 and single_at < 0:
                    before = text[i - 1] if i > ps else " "
                    elided = i + 1 < pe and text[i + 1].isdigit()  # "in ‘08": a year, cut short
                    if (before in _OPEN_CONTEXT or before in '“"') and not elided:
                        single_at = i
                        if not (continuing and not text[ps:i].strip()):
                            continuing = False
                continue
            if ch == "’":
                if open_at < 0 and single_at >= 0:
                    after = text[i + 1] if i + 1 < pe else " "
                    before = text[i - 1] if i > ps else " "
                    if (
                        not after.isalpha()
                        and before not in _CLOSE_BEFORE
                        and after not in _CLOSE_AFTER
                        and _PUNCT_CLOSER.search(text, i + 1, pe)
                        and (
                            _FUNCTION_AFTER.match(text, i + 1, pe) is None
                            or _DROPPED_G.search(text, max(ps, i - 12), i) is not None
                        )
                    ):
                        continue  # "‘The lads’ changing room was flooded,’ he said": a plural
                    if after.isdigit():
                        continue  # "back in the ’80s": a year cut short, not a closing mark
                    if not after.isalpha():
                        piece(single_at, i + 1, ("multi-paragraph",) if continuing else ())
                        continuing = False
                        seg_start = i + 1
                        single_at = -1
                continue
            if single_at >= 0 and open_at < 0:
                if inner_double:
                    inner_double = False  # the closing mark of the quotation inside
                    continue
                if _nested_in_single(text, ch, j, pe):
                    # ‘He shouted “Run!” and we ran,’ she said: a quotation inside it
                    inner_double = ch not in _CLOSERS
                    continue
            if open_at < 0:
                if ch in _OPENERS or (ch == '"' and _is_straight_opener(text, i, j, ps)):
                    open_at, open_kind = i, ch
                    single_at = -1
                    if not (continuing and not text[ps:i].strip()):
                        continuing = False
                else:
                    # A closing mark with no opener: quote from the segment start.
                    s = seg_start
                    while s < i and text[s].isspace():
                        s += 1
                    if s < i:
                        quotes.append(Quote(s, j, group, ("unbalanced-quote",)))
                        group += 1
                    seg_start = j
                continue
            if inner:
                if ch == "”":
                    inner = False  # the end of a curly quotation inside a straight one
                continue
            after = text[j] if j < pe else " "
            closes = (
                ch in _CLOSERS
                or ch == '"'
                or (open_kind == "„" and ch == "“")
                or (ch == "“" and (after.isspace() or after in ",.;:!?"))  # a mistyped closer
            )
            if ch == "“" and open_kind == '"' and not closes and "”" in text[j:pe]:
                inner = True  # '"We called it “a trap” at once," she said': nested marks
                continue
            if ch in _OPENERS and not closes:
                # A second opener inside an open quote: close the first one here.
                e = i
                while e > open_at + 1 and text[e - 1].isspace():
                    e -= 1
                piece(open_at, e, ("unbalanced-quote",))
                continuing = False
                open_at, open_kind = i, ch
                continue
            if closes:
                piece(open_at, j, ("multi-paragraph",) if continuing else ())
                continuing = False
                open_at = -1
                seg_start = j
        if open_at < 0 and single_at >= 0:
            # A quotation in single marks left open at the paragraph's end continues when
            # the next paragraph opens with one (‘... Christmas.¶‘It’s now March ...’).
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is not None and _next_opens_single(text, nxt[0], nxt[1]):
                e = pe
                while e > single_at + 1 and text[e - 1].isspace():
                    e -= 1
                piece(single_at, e, ("multi-paragraph",))
                carry = True
        if open_at >= 0:
            e = pe
            while e > open_at + 1 and text[e - 1].isspace():
                e -= 1
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is not None and _next_opens(text, nxt[0], nxt[1]):
                piece(open_at, e, ("multi-paragraph",))
                carry = True
            else:
                unbalanced = ("unbalanced-quote", "multi-paragraph") if continuing else ()
                piece(open_at, e, unbalanced or ("unbalanced-quote",))
    return quotes


# One mark, then any more ("[.!?…]+" spelled out): a pattern that opens with a plain class
# lets the search jump from mark to mark instead of trying each character. The same matches.
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[”\"’')\]]*(?=\s+[“\"‘'`(\[A-Z0-9])")
# A name and a dialogue verb after a quotation ending in "?" or "!": the same sentence.
_DIALOGUE_FORMS = sorted(
    f
    for f, lemma in CUE_LEMMA.items()
    if lemma in AFTER_QUOTE_INVERTIBLE and f != lemma and f.endswith(("s", "d", "ote"))
)
_CUE_AFTER_QUOTE = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,5}(?:told|" + "|".join(_DIALOGUE_FORMS) + r")\b"
    r"(?:,?\s+(?!that\b)[\w’'-]+){0,10}\s*[.!?]"
)
# After “…?” or “…!”, a named teller may be followed by a longer scene ("told a radio station
# in an interview aired on Monday when asked about ..."); a pronoun would start a new sentence.
_CUE_AFTER_ASKED = re.compile(
    r"\s+(?!(?:He|She|It|They|We|I|The|This|That)\b)(?:[A-Z][\w.’'-]*\s+){1,5}(?:told|"
    + "|".join(_DIALOGUE_FORMS)
    + r")\b(?:,?\s+(?!that\b)[\w’'-]+){0,30}\s*[.!?]"
)
_CLOCK = frozenset("a.m p.m etc".split())
_STARTER = re.compile(r"\s+(?:He|She|They|It|We|I|The|But|And|In|On|At|This|That)\s")
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col capt sgt prof vs etc inc co corp no fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m mt ft ave "
    "rev hon adm maj cmdr supt det insp".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_sentences(text: str, start: int, end: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences, never inside a quotation."""
    spans: list[tuple[int, int]] = []
    s = start
    qi = 0
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        while qi < len(quotes) and quotes[qi].end <= cut:
            qi += 1
        if qi < len(quotes) and quotes[qi].start < cut < quotes[qi].end:
            continue
        if text[cut - 1] in "”\"'" and (
            _CUE_AFTER_QUOTE.match(text, cut, end)
            or (text[cut - 2] in "?!" and _CUE_AFTER_ASKED.match(text, cut, end))
        ):
            continue  # “... !” Senator Ana Ruiz said.
        if text[m.start()] == ".":
            w = _WORD_BEFORE.search(text, max(s, m.start() - 12), m.start())
            if w is not None:
                word = w.group(1).lower()
                abbreviation = (
                    # "No. 4", but "she said no. But ...": a number follows the abbreviation.
                    (
                        word in _ABBREV
                        and (word != "no" or text[cut : cut + 3].lstrip()[:1].isdigit())
                    )
                    or (len(word) == 1 and w.group(1).isupper())
                    # "G.K. Holloway", but not "in Penwick, S.C. “It seems ..."
                    or (
                        _INITIALS.fullmatch(w.group(1)) is not None
                        and text[cut : cut + 3].lstrip()[:1].isalpha()
                    )
                )
                if abbreviation and not (word in _CLOCK and _STARTER.match(text, cut, end)):
                    continue
        if cut > s:
            spans.append((s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans
