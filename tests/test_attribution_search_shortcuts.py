"""The quicker searches of the attribution passes find what the plain searches find.

Each shortcut (a pattern spelled so that its search jumps, a pattern tried only where its
matches can start, a search kept to the words of a quotation read inside an article) must
give the same matches as the plain search it stands for, whatever the text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lessonkit.attribution._cues import _OPENERS, _WORD, _trie
from lessonkit.attribution._lexicon import CUE_LEMMA
from lessonkit.attribution._mentions import (
    _CAPITALISED,
    _GROUP_OPENS,
    _NAME_RE,
    _NAME_START,
    _hits,
)
from lessonkit.attribution._nested import _OPEN_BEFORE, _curly_singles
from lessonkit.attribution._quotes import _BOUNDARY
from lessonkit.attribution._search import Needles, first_of, words_between

# Pieces of text that the patterns care about, so that random texts hit them often.
_PIECES = [
    " ", "  ", "\u00a0", ". ", "! ", "?” ", "…) ", ", ", "'", "’", "‘", "-", "\n",
    "said", "Said", "says", "told", "went on", "shot back", "not", "declined",
    "Ana", "Ruiz", "Jan", "Novak", "de", "van", "McKay", "O’Neill", "Mr.", "U.S.",
    "the", "The", "9", "x", "zone", " de ", " van\u00a0", "Ana de Ruiz", "Jan Novak-Ruiz",
    "Nurses", "Farmers", " at the ", " voted", " said", " have",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

_PLAIN_WORD = re.compile(r"\b(?:" + _trie(sorted(CUE_LEMMA)) + "|" + _trie(_OPENERS) + r")\b")
_PLAIN_BOUNDARY = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+[“\"‘'`(\[A-Z0-9])")


def _spans(hits: object) -> list[tuple[int, int]]:
    return [hit.span() for hit in hits]  # type: ignore[attr-defined]


@settings(max_examples=300)
@given(texts)
def test_the_cue_word_search_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert _spans(_WORD.finditer(text)) == _spans(_PLAIN_WORD.finditer(text))


@settings(max_examples=300)
@given(texts)
def test_the_sentence_end_search_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert _spans(_BOUNDARY.finditer(text)) == _spans(_PLAIN_BOUNDARY.finditer(text))


@settings(max_examples=300)
@given(texts)
@example("Said Ana de Ruiz. Jan  van\u00a0Dijk and O’Neill McKay, U.S. Rep. Tom Hale-Jones")
def test_names_are_found_where_they_can_start_as_by_a_scan(text: str) -> None:
    starts = [at.start() for at in _NAME_START.finditer(text)]
    assert _spans(_hits(_NAME_RE, text, starts)) == _spans(_NAME_RE.finditer(text))


@settings(max_examples=300)
@given(texts)
@example("Nurses at the Hale clinic voted")
@example("Farmersx said")
def test_a_group_opening_a_sentence_starts_with_its_whole_first_word(text: str) -> None:
    # The mention pass reads the first word alone before it tries the pattern.
    for s in range(len(text)):
        group = _GROUP_OPENS.match(text, s)
        if group is not None:
            first = _CAPITALISED.match(text, s)
            assert first is not None and first.group() == group.group(1)


@settings(max_examples=300)
@given(texts, st.integers(0, 30), st.integers(0, 30))
def test_needles_in_a_quotation_read_alone_are_found_as_in_the_whole_line(
    words: str, before: int, after: int
) -> None:
    # A quotation read inside an article stands in a line of blanks, at its own offsets.
    line = " " * before + words + " " * after
    needles = (" back", "went on", "not", "n’t")
    for start in range(0, len(line) + 1, 3):
        for end in range(start, len(line) + 1, 4):
            assert Needles(needles).first(line, start, end) == first_of(line, needles, start, end)
    lo, hi = words_between(line)
    assert line[:lo].strip(" ") == "" and line[hi:].strip(" ") == ""
    assert lo == len(line) or (line[lo] != " " and line[hi - 1] != " ")


def _curly_one_by_one(text: str, a: int, b: int) -> str:
    """Straight single marks in ``[a, b)`` read as typographic ones, character by character."""
    chunk = text[a:b]
    out = []
    for i, ch in enumerate(chunk):
        if ch != "'":
            out.append(ch)
            continue
        before = chunk[i - 1] if i > 0 else " "
        after = chunk[i + 1] if i + 1 < len(chunk) else " "
        out.append("‘" if before in _OPEN_BEFORE and not after.isspace() else "’")
    return text[:a] + "".join(out) + text[b:]


@settings(max_examples=300)
@given(texts, st.data())
def test_single_marks_read_from_mark_to_mark_as_one_by_one(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert _curly_singles(text, a, b) == _curly_one_by_one(text, a, b)
