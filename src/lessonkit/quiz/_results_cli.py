"""``lessonkit results FILE...``: students' answer files merged into a class summary."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import InputError, LessonkitError

__all__ = ["add_command"]

_HELP = "merge students' answer files into a class summary per question"
_DESCRIPTION = (
    "Merge students' answer files (lessonkit-results.sqlite, or a folder of them) into a "
    "class summary: per question, how many answered, the share right, how often each answer "
    "was chosen (the most chosen wrong answer first) and the question's discrimination (the "
    "corrected item-total correlation). Files are opened read-only and never changed; a file "
    "that cannot be read is named on stderr and skipped. The same answer handed in twice "
    "counts once."
)


def add_command(subparsers: Any) -> None:
    """Add ``results`` to the ``lessonkit`` command line."""
    parser = subparsers.add_parser("results", help=_HELP, description=_DESCRIPTION)
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a results file, a folder of them, or a postgresql:// address",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of a table")
    output.add_argument("--csv", action="store_true", help="print CSV for a spreadsheet")
    parser.add_argument(
        "--chart",
        metavar="PNG",
        help="also draw the class chart into this PNG file (and print its alt text)",
    )
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> str:
    from ._results import read_results

    summary = read_results(args.files)
    for skipped in summary.skipped:
        print(f"lessonkit: skipped {skipped.error}", file=sys.stderr)
    if not summary.files:
        raise LessonkitError(
            f"none of the {len(summary.skipped)} file(s) given holds readable answers; give the "
            "results files the students' lessons wrote (lessonkit-results.sqlite)"
        )
    notes = []
    if args.chart:
        from ..resultschart import results_chart

        chart = results_chart(summary)
        try:
            chart.figure.savefig(args.chart, dpi=100)
        except OSError as exc:
            raise InputError(
                args.chart,
                f"cannot write the chart ({exc.strerror})",
                "give a path in a folder you can write to",
            ) from None
        notes.append(f"chart: {args.chart}\nalt text: {chart.alt_text}")
    if args.json:
        text = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
    elif args.csv:
        text = summary.csv_text()
    else:
        text = "\n\n".join([summary.table_text(), *notes])
        notes = []
    for note in notes:  # with --json or --csv, stdout stays machine-readable
        print(note, file=sys.stderr)
    return text
