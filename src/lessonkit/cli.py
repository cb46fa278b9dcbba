"""The ``lessonkit`` command line: look at any article's text, attributions and numbers.

Commands that read one article are defined here. Commands with other arguments live next to
the concept they serve and are listed in :data:`_PLUGINS` by command name: each such module defines
``add_command(subparsers)``, which adds its parser and sets ``run`` (a function taking the
parsed arguments and returning the text to print) with ``parser.set_defaults(run=...)``.
Bad input raises :class:`~lessonkit.errors.InputError` or
:class:`~lessonkit.errors.LessonkitError`; :func:`main` turns it into one line on stderr and
exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence

from .article import Article
from .errors import InputError, LessonkitError

__all__ = ["load_article", "main", "print_warnings"]

# Modules that add a command of their own (see the module docstring).
# Commands defined in other modules (see the module docstring): command name -> module. Only
# the module of the command being run is imported, so every command starts quickly.
_PLUGINS: dict[str, str] = {
    "lessons": "lessonkit.lessons",
    "student-version": "lessonkit.student",
    "present": "lessonkit.present",
    "results": "lessonkit.quiz._results_cli",
    "quiz": "lessonkit.quiz._cli",
    "sources": "lessonkit.compare._cli",
    "compare": "lessonkit.compare._cli",
}


def load_article(path: str) -> Article:
    """Read an article for a command; bad input raises :class:`InputError`.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp(), "tram.txt")
    >>> _ = path.write_text("The mayor said the tram would open in June.\\n", encoding="utf-8")
    >>> load_article(str(path)).text
    'The mayor said the tram would open in June.\\n'
    >>> load_article("no-such-article.txt")
    Traceback (most recent call last):
    ...
    lessonkit.errors.InputError: no-such-article.txt: no such file; check the path
    """
    return Article.from_path(path)


def print_warnings(article: Article) -> None:
    """Tell the user on stderr what was guessed while reading ``article``."""
    for warning in article.warnings:
        print(f"lessonkit: {article.name}: {warning}", file=sys.stderr)


def _cmd_text(article: Article, args: argparse.Namespace) -> str:
    if args.json:
        return json.dumps(
            {
                "text": article.text,
                "paragraphs": [[p.start, p.end] for p in article.paragraphs],
                "sentences": [[s.start, s.end] for s in article.sentences],
            },
            ensure_ascii=False,
            indent=2,
        )
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
    table = text_table(header, rows, widths=(3, 24, 12, 18, 8, 48, 26))
    return f"{table}\n{len(found)} attribution(s) in {article.name}"


def _cmd_numbers(article: Article, args: argparse.Namespace) -> str:
    from .claims import check_numbers

    report = check_numbers(article)
    if args.json:
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    return report.format_table()


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> str:
    """Lay ``rows`` out in columns of the given widths, wrapping long cells at spaces."""
    from .tables import columns_text

    def tidy(row: Sequence[str]) -> list[str]:
        return [" ".join(cell.split()) for cell in row]

    return columns_text(tidy(header), [tidy(row) for row in rows], widths)


_ArticleCommand = Callable[[Article, argparse.Namespace], str]
_COMMANDS: dict[str, tuple[str, _ArticleCommand]] = {
    "text": ("print the article text that offsets refer to", _cmd_text),
    "attributions": ("list who is said to have said what", _cmd_attributions),
    "numbers": ("list figures and check unit conversions", _cmd_numbers),
}


def _article_runner(command: _ArticleCommand) -> Callable[[argparse.Namespace], str]:
    def run(args: argparse.Namespace) -> str:
        article = load_article(args.path)
        output = command(article, args)
        print_warnings(article)
        return output

    return run


def _plugins_for(argv: Sequence[str]) -> list[str]:
    """The plugin modules needed to parse ``argv``: the command's own, or all for help."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    if command in _COMMANDS:
        return []
    if command in _PLUGINS:
        return [_PLUGINS[command]]
    return list(dict.fromkeys(_PLUGINS.values()))


def _parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lessonkit",
        description="Read a news article (.txt, .md or .html) the way the lessons do.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, command) in _COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text.capitalize() + ".")
        cmd.add_argument("path", metavar="PATH", help="the article file")
        cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
        cmd.set_defaults(run=_article_runner(command))
    for module in _plugins_for(argv):
        importlib.import_module(module).add_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 2 bad input or usage).

    Examples
    --------
    >>> main(["text", "no-such-file.txt"])
    2
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser(arguments).parse_args(arguments)
    try:
        output = args.run(args)
    except InputError as exc:
        print(f"lessonkit: {exc}", file=sys.stderr)
        return 2
    except LessonkitError as exc:
        where = getattr(args, "path", None)
        prefix = f"{where}: " if isinstance(where, str) and where not in str(exc) else ""
        print(f"lessonkit: {prefix}{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lessonkit: interrupted", file=sys.stderr)
        return 130
    if output:
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
