"""Views of :mod:`lessonkit.compare`: charts of who gets a voice, tables of framing choices,
and reports set side by side.

matplotlib is imported only when a chart is drawn. Charts return a
:class:`lessonkit.charts.Chart` (the Axes, an alt text and the numbers behind it); tables are
:func:`lessonkit.table` tables; the side-by-side view is escaped HTML.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._chartbase import _new_axes
from ._chartstyle import STYLE, side_style
from .charts import Chart
from .tables import Table, table

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from .compare import Comparison, Framing, SourceBalance

__all__ = [
    "SideBySide",
    "balance_chart",
    "balance_table",
    "cue_table",
    "event_word_table",
    "figures_table",
    "hedge_table",
    "quotes_table",
    "reporter_voice_table",
    "side_by_side",
    "sides_table",
    "sourcing_chart",
]

_SHARE_LABELS = {
    "named": "named source",
    "collective": "collective source",
    "anonymous": "anonymous source",
    "unclear": "source unclear",
    "unattributed": "unattributed (reporter's voice)",
}
_SHARE_HATCH = {
    "named": "",
    "collective": "//",
    "anonymous": "xx",
    "unclear": "..",
    "unattributed": "\\\\",
}


def _quoted(n: int) -> str:
    return f"{n} quoted word" + ("" if n == 1 else "s")


def balance_chart(balance: SourceBalance, ax: Axes | None = None, *, top: int = 20) -> Chart:
    """Bars of attributions per speaker, coloured and hatched by side, with quoted words.

    Parameters
    ----------
    balance
        From :func:`lessonkit.compare.source_balance`.
    ax
        Axes to draw on; by default a new Figure.
    top
        Show at most this many speakers (the rest are summed in the alt text).

    Returns
    -------
    Chart
    """
    import matplotlib.style as mplstyle
    from matplotlib.patches import Patch

    speakers = balance.speakers[:top]
    with mplstyle.context(STYLE):
        ax = _new_axes(ax, (12.5, 1.6 + 0.55 * max(len(speakers), 1)))
        labels = [s.speaker for s in speakers]
        y = list(range(len(speakers)))[::-1]
        for pos, s in zip(y, speakers, strict=True):
            style = side_style(s.side)
            ax.barh(pos, s.attributions, color=style.colour, hatch=style.hatch, edgecolor="black")
            words = _quoted(s.quoted_words)
            ax.annotate(
                f" {s.attributions} · {words}",
                (s.attributions, pos),
                va="center",
                fontsize=12,
            )
        ax.set_yticks(y, labels)
        ax.set_xlabel("attributions (statements credited to the speaker)")
        most = max((s.attributions for s in speakers), default=1)
        ax.set_xlim(0, most * 1.6 + 1)
        ax.grid(axis="y", visible=False)
        ax.set_title("Who gets a voice, by side")
        sides = list(dict.fromkeys(s.side for s in speakers))
        handles = [
            Patch(
                facecolor=side_style(side).colour,
                hatch=side_style(side).hatch,
                edgecolor="black",
                label=next(s.side_label for s in speakers if s.side == side),
            )
            for side in sides
        ]
        ax.legend(handles=handles, loc="lower right", title="side")
    rest = balance.speakers[top:]
    alt = (
        f"Horizontal bar chart of {len(speakers)} speakers by number of attributions. "
        + "; ".join(
            f"{s.speaker} ({s.side_label}): {s.attributions}, {_quoted(s.quoted_words)}"
            for s in speakers
        )
        + "."
        + (
            f" {len(rest)} more speakers with {sum(s.attributions for s in rest)} attributions are not drawn."
            if rest
            else ""
        )
    )
    rows = (
        ("speaker", "side", "attributions", "quoted words"),
        *tuple(
            (s.speaker, s.side_label, str(s.attributions), str(s.quoted_words))
            for s in balance.speakers
        ),
    )
    return Chart(ax, alt, rows)


def sourcing_chart(balance: SourceBalance, ax: Axes | None = None) -> Chart:
    """Bars of the share of named, collective, anonymous and unattributed sourcing."""
    import matplotlib.style as mplstyle

    with mplstyle.context(STYLE):
        ax = _new_axes(ax, (11, 1.6 + 0.6 * len(balance.shares)))
        y = list(range(len(balance.shares)))[::-1]
        for pos, share in zip(y, balance.shares, strict=True):
            ax.barh(
                pos,
                share.share * 100,
                color="#BBBBBB" if share.kind == "unattributed" else "#0072B2",
                hatch=_SHARE_HATCH.get(share.kind, ""),
                edgecolor="black",
            )
            ax.annotate(
                f" {share.share:.0%} ({share.count})", (share.share * 100, pos), va="center"
            )
        ax.set_yticks(y, [_SHARE_LABELS.get(s.kind, s.kind) for s in balance.shares])
        ax.set_xlim(0, 100)
        ax.set_xlabel("share of statements (%)")
        ax.grid(axis="y", visible=False)
        ax.set_title("How the report is sourced")
    total = sum(s.count for s in balance.shares)
    alt = (
        f"Horizontal bar chart of how {total} statements are sourced (every attribution and "
        "every sentence in the reporter's own voice counts once): "
        + "; ".join(
            f"{_SHARE_LABELS.get(s.kind, s.kind)} {s.share:.0%} ({s.count})" for s in balance.shares
        )
        + "."
    )
    rows = (
        ("sourcing", "statements", "share"),
        *(
            (_SHARE_LABELS.get(s.kind, s.kind), str(s.count), f"{s.share:.0%}")
            for s in balance.shares
        ),
    )
    return Chart(ax, alt, rows)


def balance_table(balance: SourceBalance) -> Table:
    """Speakers, most attributions first: side, type, attributions and quoted words."""
    return table(
        [
            (
                s.speaker,
                s.side_label,
                s.speaker_type.replace("_", " "),
                s.attributions,
                s.quoted_words,
            )
            for s in balance.speakers
        ],
        columns=["speaker", "side", "type", "attributions", "quoted words"],
        caption="Who is quoted and how much",
    )


def sides_table(balance: SourceBalance) -> Table:
    """The sides, most attributions first."""
    return table(
        [(s.side_label, s.speakers, s.attributions, s.quoted_words) for s in balance.sides],
        columns=["side", "speakers", "attributions", "quoted words"],
        caption="Which side gets the floor",
    )


def cue_table(framing: Framing, *, loaded_only: bool = False) -> Table:
    """The reporting verbs: neutral or loaded, with what each suggests."""
    cues = framing.loaded_cues if loaded_only else framing.cues
    return table(
        [(c.speaker or "—", c.cue, c.framing, c.note) for c in cues],
        columns=["speaker", "cue", "framing", "what it suggests"],
        caption="Loaded reporting verbs" if loaded_only else "Reporting verbs",
    )


def event_word_table(framing: Framing) -> Table:
    """Words for ground changing hands, and whose words they are."""
    return table(
        [(w.text, w.event, w.category, w.voice, w.note) for w in framing.event_words],
        columns=["word", "event", "framing", "whose words", "what it suggests"],
        caption="Words for the same events",
    )


def hedge_table(framing: Framing) -> Table:
    """Hedges and boosters, and whose words they are."""
    return table(
        [(w.text, w.category, w.voice, w.note) for w in framing.hedges],
        columns=["word", "kind", "whose words", "what it does"],
        caption="Hedges and boosters",
    )


def reporter_voice_table(framing: Framing) -> Table:
    """The sentences with no attribution: assessment or scene-setting, and why."""
    return table(
        [(s.kind, s.text, s.why()) for s in framing.reporter_sentences],
        columns=["kind", "sentence", "why"],
        caption="The reporter's own voice (no attribution)",
    )


def quotes_table(comparison: Comparison, names: Sequence[str]) -> Table:
    """Whom each article quotes, with which verbs."""
    rows = []
    for group in comparison.quotes():
        for q in group.quotes:
            rows.append(
                (
                    names[group.article],
                    q.speaker,
                    q.attributions,
                    ", ".join(q.cues) or "—",
                    q.loaded,
                )
            )
    return table(
        rows,
        columns=["article", "speaker", "attributions", "verbs", "loaded verbs"],
        caption="Whom each report quotes",
    )


def figures_table(comparison: Comparison, names: Sequence[str]) -> Table:
    """Figures given by aligned sentences for the same kind of quantity, and whether they differ."""
    rows = []
    for pair in comparison.aligned:
        for f in pair.figures:
            rows.append(
                (
                    f"{names[pair.articles[0]]}: {f.first.text}",
                    f"{names[pair.articles[1]]}: {f.second.text}",
                    f.first.quantity,
                    "DIFFER" if f.differs else "agree",
                )
            )
    return table(
        rows,
        columns=["first", "second", "quantity", "figures"],
        caption="The same quantity, two reports",
    )


@dataclass(frozen=True)
class SideBySide:
    """Two reports side by side: escaped HTML in a notebook, plain text with ``print``."""

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.text


_CELL = "border-bottom:1px solid #9a9a9a;padding:6px 10px;vertical-align:top;text-align:left"
_NOTE = _CELL + ";overflow-wrap:normal;word-break:normal"
_DIFFER = ";border:3px solid #D55E00"


def side_by_side(
    comparison: Comparison, names: Sequence[str], first: int = 0, second: int = 1
) -> SideBySide:
    """Lay out the aligned sentences of two articles next to each other, then what each omits.

    Differing figures are marked with "≠ figures differ" and a bold border; sentences
    reported by only one of the two are marked "only in ...". Every text is escaped.

    Examples
    --------
    >>> from lessonkit import Article
    >>> from lessonkit.compare import compare_articles
    >>> a = Article.from_text("Officials said 2,000 sq km were retaken. <b>Rain</b> fell.")
    >>> b = Article.from_text("Officials said 2,500 sq km were retaken.")
    >>> view = side_by_side(compare_articles([a, b]), ["A", "B"])
    >>> "≠ figures differ" in view.html, "<b>Rain" in view.html
    (True, False)
    """
    if first == second or not all(0 <= k < len(comparison.articles) for k in (first, second)):
        raise ValueError(
            f"'first' and 'second' must be two different article indexes from 0 to "
            f"{len(comparison.articles) - 1} (got {first} and {second})"
        )
    lo, hi = sorted((first, second))
    pairs = [a for a in comparison.aligned if a.articles == (lo, hi)]
    esc = html.escape
    left_name, right_name = esc(names[first]), esc(names[second])
    rows = []
    text_lines = [f"{names[first]}  |  {names[second]}  |  note"]
    for pair in pairs:
        texts = pair.texts if first == lo else pair.texts[::-1]
        differs = [f for f in pair.figures if f.differs]
        note = f"similarity {pair.similarity:.2f}"
        style = _CELL
        if differs:
            given = "; ".join(
                f"{esc(f.first.text)} against {esc(f.second.text)}"
                if first == lo
                else f"{esc(f.second.text)} against {esc(f.first.text)}"
                for f in differs
            )
            note = f"<b>≠ figures differ:</b> {given}<br>{note}"
            style += _DIFFER
        rows.append(
            f'<tr><td style="{style}">{esc(texts[0])}</td><td style="{style}">{esc(texts[1])}</td>'
            f'<td style="{_NOTE}">{note}</td></tr>'
        )
        text_lines.append(f"{texts[0]}  |  {texts[1]}  |  {'figures differ' if differs else ''}")
    for side, name in ((first, names[first]), (second, names[second])):
        other = hi if side == lo else lo
        aligned_here = {a.spans[0 if side == lo else 1] for a in pairs}
        for s_start, s_end in _sentence_spans(comparison, side):
            if (s_start, s_end) in aligned_here:
                continue
            passage = comparison.articles[side].text[s_start:s_end]
            cells = [esc(passage), '<span style="color:#666">—</span>']
            if side == second:
                cells.reverse()
            rows.append(
                f'<tr><td style="{_CELL}">{cells[0]}</td><td style="{_CELL}">{cells[1]}</td>'
                f'<td style="{_NOTE}"><b>only in {esc(name)}</b><br>(not in {esc(names[other])})</td></tr>'
            )
            text_lines.append(f"only in {name}: {passage}")
    body = "".join(rows)
    markup = (
        '<div style="overflow-x:auto;max-width:100%"><table style="border-collapse:collapse;'
        "width:100%;table-layout:fixed;font-size:15px;line-height:1.4;color:inherit;"
        'background:transparent"><colgroup><col style="width:40%"><col style="width:40%">'
        '<col style="width:20%"></colgroup>'
        f'<caption style="caption-side:top;text-align:left;font-weight:bold;padding-bottom:4px">'
        f"{left_name} and {right_name}: the same facts side by side, then what only one reports"
        "</caption>"
        f'<thead><tr><th scope="col" style="{_CELL}">{left_name}</th>'
        f'<th scope="col" style="{_CELL}">{right_name}</th>'
        f'<th scope="col" style="{_NOTE}">note</th></tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )
    return SideBySide(markup, "\n".join(text_lines))


def _sentence_spans(comparison: Comparison, index: int) -> list[tuple[int, int]]:
    from .compare._align import sentence_spans

    return sentence_spans(comparison.articles[index])
