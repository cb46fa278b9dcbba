"""The ``lessonkit sources`` and ``lessonkit compare`` commands."""

from __future__ import annotations

import argparse
import json
from typing import Any

__all__ = ["add_command", "compare_json", "sources_json"]


def add_command(sub: Any) -> None:
    """Add ``sources PATH`` and ``compare A B [C ...]`` to the ``lessonkit`` command line."""
    help_text = "show who is quoted, by side, with loaded verbs, hedges and unattributed sentences"
    cmd = sub.add_parser("sources", help=help_text, description=help_text.capitalize() + ".")
    cmd.add_argument("path", metavar="PATH", help="the article file")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of tables")
    cmd.set_defaults(run=_run_sources)

    help_text = "align the sentences two or more articles report in common, and their figures"
    cmd = sub.add_parser("compare", help=help_text, description=help_text.capitalize() + ".")
    cmd.add_argument("first", metavar="A", help="the first article file")
    cmd.add_argument("second", metavar="B", help="the second article file")
    cmd.add_argument("more", metavar="C", nargs="*", default=[], help="more article files")
    cmd.add_argument("--json", action="store_true", help="print JSON instead of tables")
    cmd.set_defaults(run=_run_compare)


def sources_json(article: Any) -> dict[str, Any]:
    """The JSON object of ``lessonkit sources --json`` for an article."""
    from ..attribution import extract_attributions
    from ._balance import source_balance
    from ._framing import framing

    found = extract_attributions(article)
    balance = source_balance(article, found)
    frame = framing(article, found)
    return {
        "speakers": [s.to_dict() for s in balance.speakers],
        "loaded_cues": [
            {"cue": c.cue, "speaker": c.speaker, "span": list(c.span)} for c in frame.loaded_cues
        ],
        "hedges": [{"text": h.text, "span": list(h.span)} for h in frame.hedges],
        "unattributed": [{"text": s.text, "span": list(s.span)} for s in frame.reporter_sentences],
    }


def _run_sources(args: argparse.Namespace) -> str:
    from ..attribution import extract_attributions
    from ..cli import load_article, print_warnings, text_table
    from ._balance import source_balance
    from ._framing import framing

    article = load_article(args.path)
    if args.json:
        output = json.dumps(sources_json(article), ensure_ascii=False, indent=2)
        print_warnings(article)
        return output
    found = extract_attributions(article)
    balance = source_balance(article, found)
    frame = framing(article, found)
    parts = [f"Speakers in {article.name} ({len(balance.speakers)}), most attributions first"]
    rows: list[tuple[str, ...]] = [
        (s.speaker, s.side_label, s.speaker_type, str(s.attributions), str(s.quoted_words))
        for s in balance.speakers
    ]
    header = ("speaker", "side", "type", "attributions", "quoted words")
    parts.append(text_table(header, rows, widths=(32, 28, 12, 12, 12)) if rows else "  (none)")
    shares = ", ".join(f"{s.kind} {s.count} ({s.share:.0%})" for s in balance.shares)
    parts += ["", f"Sourcing: {shares}", "", f"Loaded cues ({len(frame.loaded_cues)})"]
    rows = [(c.cue, c.speaker or "—", c.note) for c in frame.loaded_cues]
    parts.append(
        text_table(("cue", "speaker", "what it suggests"), rows, widths=(18, 28, 60))
        if rows
        else "  (none)"
    )
    parts += ["", f"Hedges and boosters ({len(frame.hedges)})"]
    rows = [(h.text, h.category, h.voice, h.note) for h in frame.hedges]
    parts.append(
        text_table(("word", "kind", "whose words", "what it does"), rows, widths=(14, 8, 11, 60))
        if rows
        else "  (none)"
    )
    own = frame.reporter_sentences
    parts += ["", f"Unattributed: the reporter's own voice ({len(own)})"]
    rows = [(s.kind, s.text, s.why()) for s in own]
    parts.append(
        text_table(("kind", "sentence", "why"), rows, widths=(13, 60, 40)) if rows else "  (none)"
    )
    print_warnings(article)
    return "\n".join(parts)


def compare_json(comparison: Any, names: list[str]) -> dict[str, Any]:
    """The JSON object of ``lessonkit compare --json``."""
    return comparison.to_dict(names)  # type: ignore[no-any-return]


def _run_compare(args: argparse.Namespace) -> str:
    from ..cli import load_article, print_warnings, text_table
    from ._align import compare_articles

    paths = [args.first, args.second, *args.more]
    articles = [load_article(p) for p in paths]
    comparison = compare_articles(articles)
    for article in articles:
        print_warnings(article)
    if args.json:
        return json.dumps(compare_json(comparison, paths), ensure_ascii=False, indent=2)
    parts = ["Articles: " + "; ".join(f"[{i}] {p}" for i, p in enumerate(paths))]
    parts += ["", f"Reported by both ({len(comparison.aligned)})"]
    rows: list[tuple[str, ...]] = [
        (
            f"{a.articles[0]}–{a.articles[1]}",
            a.texts[0],
            a.texts[1],
            f"{a.similarity:.2f}",
            "; ".join(f.describe() for f in a.figures if f.differs) or "—",
        )
        for a in comparison.aligned
    ]
    header = ("pair", "first", "second", "similarity", "figures that differ")
    parts.append(text_table(header, rows, widths=(5, 44, 44, 10, 24)) if rows else "  (none)")
    parts += ["", f"Reported by one article only ({len(comparison.only_in)})"]
    rows = [(str(o.article), o.text) for o in comparison.only_in]
    parts.append(text_table(("article", "sentence"), rows, widths=(7, 100)) if rows else "  (none)")
    parts += ["", f"Figures ({len(comparison.figures)})"]
    rows = [(str(i), f.text, f.quantity, f.unit) for i, f in comparison.figures]
    parts.append(
        text_table(("article", "figure", "quantity", "unit"), rows, widths=(7, 30, 10, 10))
        if rows
        else "  (none)"
    )
    return "\n".join(parts)
