"""``lessonkit quiz PATH``: the questions lessonkit writes on an article, for a teacher to check."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections import Counter
from typing import Any

from ._model import GENERATED_KINDS, Question, Quiz

__all__ = ["add_command", "format_quiz"]

_HELP = "write quiz questions on an article's attributions"
_DESCRIPTION = (
    "Write quiz questions on who said what in an article (.txt, .md or .html): who said it, "
    "how it is quoted, what kind of source it is, which side it speaks for, which verb the "
    "reporter chose, what the reporter says in their own voice, and mark-the-words questions. "
    "Each question names the attribution and the rule it came from, so you can check it."
)


def add_command(subparsers: Any) -> None:
    """Add ``quiz`` to the ``lessonkit`` command line."""
    parser = subparsers.add_parser("quiz", help=_HELP, description=_DESCRIPTION)
    parser.add_argument("path", metavar="PATH", help="the article file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a list")
    parser.add_argument(
        "--seed", type=int, default=0, metavar="N", help="choose distractors and order (default 0)"
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=GENERATED_KINDS,
        metavar="KIND",
        help=f"only questions of this kind (repeatable): {', '.join(GENERATED_KINDS)}",
    )
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> str:
    from ..cli import load_article, print_warnings
    from ._generate import generate

    article = load_article(args.path)
    quiz = generate(article, seed=args.seed, kinds=args.kind)
    print_warnings(article)
    if args.json:
        return json.dumps([q.to_dict() for q in quiz], ensure_ascii=False, indent=2)
    return format_quiz(quiz, article.text)


def format_quiz(quiz: Quiz, text: str, width: int = 100) -> str:
    """The quiz as a numbered list with the right answers marked, for a teacher to check.

    Examples
    --------
    >>> from lessonkit.quiz import generate
    >>> text = '“It will rain,” said Ana Ruiz. Ben Ode said it would not.'
    >>> print(format_quiz(generate(text, kinds=["mark-cue"]), text))
    1. [mark-cue] Mark the reporting verb or phrase in this sentence: the words that say someone spoke.
       sentence: “It will rain,” said Ana Ruiz.
       answer: “said”
       from: mark-cue/sentence, attribution #1, rule quote-then-said-speaker
    2. [mark-cue] Mark the reporting verb or phrase in this sentence: the words that say someone spoke.
       sentence: Ben Ode said it would not.
       answer: “said”
       from: mark-cue/sentence, attribution #2, rule reporting-verb-clause
    <BLANKLINE>
    2 question(s): 2 mark-cue
    >>> format_quiz("not a quiz", text)
    Traceback (most recent call last):
    ...
    TypeError: 'quiz' must be a Quiz (got str)
    """
    if not isinstance(quiz, Quiz):
        raise TypeError(f"'quiz' must be a Quiz (got {type(quiz).__name__})")
    blocks = [_block(n, q, text, width) for n, q in enumerate(quiz, 1)]
    counts = Counter(q.kind for q in quiz)
    summary = ", ".join(f"{counts[k]} {k}" for k in GENERATED_KINDS if counts[k])
    tail = f"{len(quiz)} question(s)" + (f": {summary}" if summary else "")
    if not quiz.questions:
        tail += " (no attribution was found that a question could be written on)"
    return "\n".join([*blocks, "", tail])


def _block(n: int, q: Question, text: str, width: int) -> str:
    indent = " " * (len(str(n)) + 2)
    lines = textwrap.wrap(
        f"{n}. [{q.kind}] {q.prompt}", width, subsequent_indent=indent, break_long_words=False
    )

    def add(label: str, body: str) -> None:
        lines.extend(
            textwrap.wrap(
                f"{label}{' '.join(body.split())}",
                width,
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_long_words=False,
            )
        )

    if q.sentence_span and q.type in ("mark", "single") and q.kind != "reporter-voice":
        add("sentence: ", text[q.sentence_span[0] : q.sentence_span[1]])
    for c in q.choices:
        add("✓ " if c.correct else "· ", c.text)
    if q.type == "mark":
        add("answer: ", ", ".join(f"“{text[s:e]}”" for s, e in q.answer_spans))
    add("from: ", str(q.origin))
    return "\n".join(lines)
