"""The review widget's item cards: one attribution each, to accept, drop or fix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ._quizview_style import escape_line as _escape
from ._reviewview_common import (
    _NO_SIDE,
    KIND_LABELS,
    STATUS_LABELS,
    _shorten,
    _side_options,
)
from .review import KINDS, ReviewItem

if TYPE_CHECKING:
    from .reviewview import ReviewView


class _ItemCard:
    """The controls of one attribution."""

    def __init__(self, view: ReviewView, index: int, item: ReviewItem) -> None:
        self.view = view
        self.index = index
        self._quiet = False
        self.heading = widgets.HTML()
        self.words = widgets.HTML()
        self.found = widgets.HTML()
        self.accept = widgets.Button(description="✓ Accept", tooltip="keep this attribution")
        self.accept.add_class("lessonkit-accept")
        self.drop = widgets.Button(description="✗ Drop", tooltip="leave this attribution out")
        self.drop.add_class("lessonkit-drop")
        self.speaker = widgets.Text(
            description="Speaker",
            placeholder="who said it",
            continuous_update=False,
            layout=widgets.Layout(width="24rem"),
        )
        self.speaker.add_class("lessonkit-speaker")
        self.kind = widgets.Dropdown(
            description="Kind",
            options=[(KIND_LABELS[k], k) for k in KINDS],
            layout=widgets.Layout(width="22rem"),
        )
        self.kind.add_class("lessonkit-kind")
        self.side = widgets.Dropdown(
            description="Side",
            options=_side_options(view.review),
            layout=widgets.Layout(width="24rem"),
        )
        self.side.add_class("lessonkit-side")
        self.accept.on_click(lambda _: self.view._apply(lambda r: r.accept(self.index)))
        self.drop.on_click(self._drop_clicked)
        self.speaker.observe(self._speaker_changed, names="value")
        self.kind.observe(self._kind_changed, names="value")
        self.side.observe(self._side_changed, names="value")
        buttons = widgets.HBox([self.accept, self.drop])
        fields = widgets.HBox(
            [self.speaker, self.kind, self.side], layout=widgets.Layout(flex_flow="row wrap")
        )
        self.widget = widgets.VBox([self.heading, self.words, self.found, fields, buttons])
        self.widget.add_class("lessonkit-review-item")
        self.show(item)

    def show(self, item: ReviewItem) -> None:
        """Show ``item``'s state without saving anything."""
        self._quiet = True
        try:
            total = len(self.view.review.items) if self.view.review else 0
            low = (
                " · <span class='lessonkit-low'>the engine was unsure: check this one</span>"
                if item.confidence == "low" and item.status == "unreviewed"
                else ""
            )
            self.heading.value = (
                f"<div><b>{self.index + 1} of {total}</b> · "
                f"<span class='lessonkit-status'>{_escape(STATUS_LABELS[item.status])}</span>"
                f"{low}</div>"
            )
            self.words.value = (
                f"<div class='lessonkit-words-shown'>“{_escape(_shorten(item.content))}”</div>"
            )
            self.found.value = f"<div class='lessonkit-found'>{_found_html(item)}</div>"
            self.speaker.value = item.speaker or ""
            self.kind.value = item.kind
            self.side.value = item.side or _NO_SIDE
            added = item.engine is None
            self.drop.description = (
                "✗ Remove" if added else ("↺ Keep it after all" if item.dropped else "✗ Drop")
            )
            # Never disabled: a disabled button would drop the keyboard focus to the page top.
            self.accept.description = "✓ Accepted" if item.status == "accepted" else "✓ Accept"
            for name in ("lessonkit-dropped", "lessonkit-kept"):
                self.widget.remove_class(name)
            if item.dropped:
                self.widget.add_class("lessonkit-dropped")
            elif item.kept:
                self.widget.add_class("lessonkit-kept")
        finally:
            self._quiet = False

    def _drop_clicked(self, _: object) -> None:
        review = self.view.review
        if review is None:
            return
        item = review.items[self.index]
        if item.engine is None:
            self.view._apply(lambda r: r.remove_added(self.index), rebuild=True)
        elif item.dropped:
            self.view._apply(lambda r: r.accept(self.index))
        else:
            self.view._apply(lambda r: r.drop(self.index))

    def _speaker_changed(self, change: dict[str, Any]) -> None:
        if not self._quiet:
            self.view._apply(lambda r: r.fix_speaker(self.index, change["new"]))

    def _kind_changed(self, change: dict[str, Any]) -> None:
        if not self._quiet:
            self.view._apply(lambda r: r.fix_kind(self.index, change["new"]))

    def _side_changed(self, change: dict[str, Any]) -> None:
        if not self._quiet:
            side = None if change["new"] == _NO_SIDE else change["new"]
            self.view._apply(lambda r: r.set_side(self.index, side))


def _found_html(item: ReviewItem) -> str:
    if item.engine is None:
        return "You added this one."
    speaker, kind = item.engine
    parts = [f"The engine found: <b>{_escape(speaker or 'no speaker named')}</b>"]
    if item.cue:
        parts.append(f"cue <i>{_escape(item.cue)}</i>" + (" (loaded)" if item.loaded_cue else ""))
    parts.append(_escape(KIND_LABELS[kind]))
    parts.append(f"rule {_escape(item.rule)}")
    return " · ".join(parts)
