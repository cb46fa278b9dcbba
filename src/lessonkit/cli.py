"""The ``lessonkit`` command line: look at any article's text, attributions and numbers."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Sequence

from .article import Article
from .errors import InputError, LessonkitError

__all__ = ["main"]


def _cmd_text(article: Article, args: argparse.Namespace) -> str:
    return article.text


def _cmd_attributions(article: Article, args: argparse.Namespace) -> str:
    from .attribution import extract_attributions

    found = extract_attributions(article)
    if args.json:
        return json.dumps([a.to_dict() for a in found], ensure_ascii=False, indent=2)
    rows = [
        (
            str(i),
            a.speaker or "—",
            a.speaker_type,
            (a.cue or "—") + (" (loaded)" if a.loaded_cue else ""),
            a.kind,
            a.content,
            a.rule,
        )
        for i, a in enumerate(found, 1)
    ]
    header = ("#", "speaker", "type", "cue", "kind", "content", "rule")
    table = _table(header, rows, widths=(3, 24, 12, 18, 8, 48, 26))
    return f"{table}\n{len(found)} attribution(s) in {article.name}"


def _cmd_numbers(article: Article, args: argparse.Namespace) -> str:
    from .claims import check_numbers

    report = check_numbers(article)
    if args.json:
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    return report.format_table()


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> str:
    """Lay ``rows`` out in columns of the given widths, wrapping long cells."""
    lines = []
    for row in (header, *rows):
        cells = [
            textwrap.wrap(" ".join(cell.split()), w) or [""]
            for cell, w in zip(row, widths, strict=True)
        ]
        for k in range(max(len(c) for c in cells)):
            parts = [
                (c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths, strict=True)
            ]
            lines.append("  ".join(parts).rstrip())
        if row is header:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


_COMMANDS: dict[str, tuple[str, Callable[[Article, argparse.Namespace], str], bool]] = {
    "text": ("print the article text that offsets refer to", _cmd_text, False),
    "attributions": ("list who is said to have said what", _cmd_attributions, True),
    "numbers": ("list figures and check unit conversions", _cmd_numbers, True),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lessonkit",
        description="Read a news article (.txt, .md or .html) the way the lessons do.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, _, has_json) in _COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text.capitalize() + ".")
        cmd.add_argument("path", metavar="PATH", help="the article file")
        if has_json:
            cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 2 bad input or usage).

    Examples
    --------
    >>> main(["text", "no-such-file.txt"])
    2
    """
    args = _parser().parse_args(argv)
    _, run, _ = _COMMANDS[args.command]
    try:
        article = Article.from_path(args.path)
        output = run(article, args)
    except InputError as exc:
        print(f"lessonkit: {exc}", file=sys.stderr)
        return 2
    except LessonkitError as exc:
        print(f"lessonkit: {args.path}: {exc}", file=sys.stderr)
        return 2
    for warning in article.warnings:
        print(f"lessonkit: {article.name}: {warning}", file=sys.stderr)
    _write(output)
    return 0


def _write(output: str) -> None:
    try:
        sys.stdout.write(output + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; that is not an error.
        sys.stderr.close()


def run() -> None:
    """Entry point of the ``lessonkit`` console script."""
    raise SystemExit(main())
