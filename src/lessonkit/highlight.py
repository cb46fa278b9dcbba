"""Render an article as HTML with its attributions highlighted — every piece of text escaped."""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Article
    from .attribution import Attribution

__all__ = ["LEGEND", "highlight_html", "show"]

# Never colour alone: each role has its own underline style and a text label in the legend.
_STYLE = """
.lk-article { font: 1.15rem/1.6 system-ui, sans-serif; max-width: 48rem; }
.lk-article p { margin: 0 0 0.8em; }
.lk-content-direct { background: #fde9c4; border-bottom: 3px solid #e69f00; }
.lk-content-indirect { background: #d7ecf7; border-bottom: 3px dashed #0072b2; }
.lk-content-mixed { background: #e3f2e9; border-bottom: 3px dotted #009e73; }
.lk-speaker { font-weight: 700; outline: 2px solid #cc79a7; }
.lk-cue { font-style: italic; text-decoration: underline wavy #d55e00; }
.lk-cue-loaded { font-style: italic; text-decoration: underline double #d55e00; }
.lk-speaker-hint { font-size: 0.85em; font-weight: 400; color: #5c3566; margin-left: 0.15em; }
.lk-legend span { margin-right: 1.2em; padding: 0 0.2em; }
"""

LEGEND: tuple[tuple[str, str], ...] = (
    ("lk-content-direct", "direct quote (solid underline)"),
    ("lk-content-indirect", "paraphrase (dashed underline)"),
    ("lk-content-mixed", "paraphrase with quoted words (dotted underline)"),
    ("lk-speaker", "speaker (bold, boxed)"),
    ("lk-speaker-hint", "(= who a pronoun or title means)"),
    ("lk-cue", "reporting verb (wavy underline)"),
    ("lk-cue-loaded", "loaded reporting verb (double underline)"),
)


def _roles(attribution: Attribution) -> Iterable[tuple[tuple[int, int], str]]:
    yield attribution.content_span, f"lk-content-{attribution.kind}"
    if attribution.speaker_mention is not None:
        yield attribution.speaker_mention, "lk-speaker"
    if attribution.cue_span is not None:
        yield attribution.cue_span, "lk-cue-loaded" if attribution.loaded_cue else "lk-cue"


def _tooltip(attribution: Attribution) -> str:
    who = attribution.speaker or "unknown speaker"
    return (
        f"{who} — {attribution.kind}, cue: {attribution.cue or 'none'} (rule: {attribution.rule})"
    )


def _hints(text: str, attributions: Sequence[Attribution]) -> dict[int, str]:
    """Where a speaker is named only as "he", "who" or "the minister": the name to show after."""
    hints: dict[int, str] = {}
    for a in attributions:
        if a.speaker_mention is None or not a.speaker:
            continue
        start, end = a.speaker_mention
        mention = " ".join(text[start:end].split()).lower()
        if mention and mention not in a.speaker.lower():
            hints.setdefault(end, a.speaker)
    return hints


def highlight_html(
    article: Article, attributions: Sequence[Attribution], *, legend: bool = True
) -> str:
    """Return the article as escaped HTML, with speakers, cues and contents marked.

    Spans may overlap or nest; each stretch of text gets the classes of every span that
    covers it. The article text and every label are escaped, so nothing in the article
    can run as markup.

    Parameters
    ----------
    article
        The article.
    attributions
        What :func:`lessonkit.extract_attributions` (or a gold list) found in it.
    legend
        Whether to start with a legend that names each mark in words.

    Examples
    --------
    >>> from lessonkit import Article
    >>> page = highlight_html(Article.from_text("<b>Hi</b>"), [], legend=False)
    >>> "&lt;b&gt;Hi&lt;/b&gt;" in page and "<b>" not in page
    True
    """
    text = article.text
    marks: list[tuple[int, int, str, str]] = []
    for a in attributions:
        tip = _tooltip(a)
        for (start, end), cls in _roles(a):
            start, end = max(0, start), min(len(text), end)
            if start < end:
                marks.append((start, end, cls, tip))
    hints = _hints(text, attributions)
    parts = [f"<style>{_STYLE}</style>", '<div class="lk-article">']
    if legend:
        items = "".join(f'<span class="{cls}">{html.escape(label)}</span>' for cls, label in LEGEND)
        parts.append(f'<p class="lk-legend" aria-label="legend">{items}</p>')
    for paragraph in article.paragraphs:
        parts.append("<p>")
        parts.append(_render_range(text, paragraph.start, paragraph.end, marks, hints))
        parts.append("</p>")
    parts.append("</div>")
    return "".join(parts)


def _render_range(
    text: str,
    start: int,
    end: int,
    marks: list[tuple[int, int, str, str]],
    hints: dict[int, str] | None = None,
) -> str:
    inside = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end} | {max(start, min(end, x)) for m in inside for x in m[:2]})
    out = []
    for left, right in itertools.pairwise(cuts):
        chunk = html.escape(text[left:right]).replace("\n", "<br>")
        covering = [m for m in inside if m[0] <= left and m[1] >= right]
        if not covering:
            out.append(chunk)
            continue
        classes = " ".join(sorted({m[2] for m in covering}))
        tip = html.escape(covering[-1][3], quote=True)
        out.append(f'<span class="{classes}" title="{tip}">{chunk}</span>')
        if (
            hints
            and right in hints
            and any(m[2] == "lk-speaker" and m[1] == right for m in covering)
        ):
            name = html.escape(hints.pop(right))
            out.append(f'<span class="lk-speaker-hint">(= {name})</span>')
    return "".join(out)


def show(article: Article, attributions: Sequence[Attribution] | None = None) -> Any:
    """Display the highlighted article in a notebook (returns an ``IPython.display.HTML``)."""
    from IPython.display import HTML

    if attributions is None:
        from .attribution import extract_attributions

        attributions = extract_attributions(article)
    return HTML(highlight_html(article, attributions))
