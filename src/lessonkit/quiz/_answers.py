"""How a question's answer is put in words: the answer stated, and hints that keep it back."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._model import Question

__all__ = ["MARK_NOUN", "fmt_number", "how_far", "short", "stated"]


# What a mark question asks for, as a hint names it.
MARK_NOUN = {
    "mark-source": "the source",
    "mark-cue": "the reporting verb",
    "mark-content": "what was said",
}


def how_far(number: float, target: float) -> str:
    """Which way a wrong number is off, and roughly how far, without the right number."""
    way = "too high" if number > target else "too low"
    if not math.isfinite(target) or target <= 0:
        return way
    if number >= 2 * target:
        return f"far {way}: more than twice the answer"
    if number <= target / 2:
        return f"far {way}: half the answer or less"
    if abs(number - target) <= 0.1 * target:
        return f"{way}, but close: within 10% of the answer"
    return f"{way}: off by more than 10%"


def fmt_number(number: float) -> str:
    """A number as the feedback writes it: ``2,000``, ``0.5``."""
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,g}"


def short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _why(feedback: str) -> str:
    """A right choice's feedback without its leading "Right." (the answer is being stated)."""
    why = re.sub(r"^Right\s*[.:!,]\s*", "", feedback)
    return why[:1].upper() + why[1:]


def stated(question: Question) -> tuple[str, ...]:
    """The right answer of ``question`` in words, with why and its explanation."""
    lines: list[str] = []
    if question.type == "poll":
        lines.append("A poll has no right answer.")
    elif question.type in ("single", "multiple"):
        right = [c for c in question.choices if c.correct]
        head = "The answer" if len(right) == 1 else "The right answers"
        if len(right) == 1:
            lines.append(f"{head}: {right[0].text}. {_why(right[0].feedback)}".rstrip())
        else:
            lines.append(f"{head}:")
            lines += [f"✓ {c.text}: {_why(c.feedback)}".rstrip(": ") for c in right]
    elif question.type == "numeric":
        unit = f" {question.unit}" if question.unit else ""
        tolerance = f" (± {fmt_number(question.tolerance)})" if question.tolerance else ""
        target = float(question.answer) if question.answer is not None else math.nan
        lines.append(f"The answer: {fmt_number(target)}{unit}{tolerance}.")
    elif question.type in ("match", "sort"):
        targets = {t.id: t.text for t in question.targets}
        for number, item in enumerate(question.items, 1):
            why = f" {item.feedback}" if item.feedback else ""
            lines.append(f"{number}. “{short(item.text)}” → {targets[item.answer]}.{why}")
    elif question.type == "mark":
        answer_text = " … ".join(question.context_of(s) for s in question.answer_spans)
        lines.append(f"The answer: “{answer_text}”.")
    if question.explanation:
        lines.append(question.explanation)
    return tuple(lines)
