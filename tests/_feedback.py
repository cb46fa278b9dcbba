"""Whether a wrong choice's feedback gives the right answer away (shared by the quiz tests)."""

from __future__ import annotations

import re


def _words(text: str) -> str:
    """``text`` casefolded, with quotation marks and punctuation turned into single spaces."""
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


def names_the_answer(answer: str, feedback: str) -> bool:
    """Whether ``feedback`` repeats ``answer``, its label or a clause of what follows it.

    The label ends at the first colon or full stop ("Partial quote: ...", "“admitted”. ...").
    Quotation marks, punctuation and case are ignored; a part shorter than 4 letters ("A",
    "An") is too common to count, and "The UK ministry" is also caught as "UK ministry".
    """
    label, *more = re.split(r"(?<=\S)[:.]\s", answer, maxsplit=1)
    rest = more[0] if more else ""
    parts = {answer, label, rest, *re.split(r"[,;]\s", rest)}
    parts |= {re.sub(r"(?i)^\s*(the|an?)\s+", "", p) for p in parts}
    said = _words(feedback)
    return any(len(w.strip()) >= 4 and w in said for w in map(_words, parts))
