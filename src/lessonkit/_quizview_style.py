"""The quiz widgets' style sheet: large type, visible focus, Okabe–Ito colours.

Every rule is scoped to a lessonkit class, so the sheet changes nothing else in the page.
Colours are the Okabe–Ito palette (blue #0072B2, bluish green #009E73, vermillion #D55E00,
orange #E69F00, sky blue #56B4E9, yellow #F0E442); each state also has a shape (solid,
dashed or dotted border) and words, so nothing rests on colour alone. Text keeps the
theme's own colour, so the widgets read in JupyterLab's light and dark themes.
"""

from __future__ import annotations

from html import escape as _html_escape
from typing import Any

__all__ = ["STYLE", "button", "escape_line", "html", "shared", "toggle"]

_SCOPES = (".lessonkit-quiz", ".lessonkit-teacher")


def escape_line(text: object) -> str:
    """``text`` on one line (runs of spaces and line breaks as one space), escaped for HTML.

    >>> escape_line("<b>Kupiansk</b>\\n  retaken")
    '&lt;b&gt;Kupiansk&lt;/b&gt; retaken'
    """
    return _html_escape(" ".join(str(text).split()))


def _scoped(selectors: str) -> str:
    return ", ".join(f"{scope} {s.strip()}" for scope in _SCOPES for s in selectors.split(","))


_RULES = (
    # Type large enough for a projector.
    ("", "font-size: 18px; line-height: 1.5; max-width: 62rem;"),
    (
        ".widget-html-content, .widget-label, .widget-label-basic span, .widget-readout,"
        " select, input, textarea, .jupyter-button",
        "font-size: 18px; line-height: 1.5;",
    ),
    (".widget-html-content", "white-space: normal;"),
    (".lessonkit-title", "font-size: 24px; margin: 0.2em 0;"),
    (".lessonkit-prompt", "font-size: 20px; font-weight: 600; margin: 0.6em 0 0.3em;"),
    (".lessonkit-hint", "font-size: 16px; margin: 0.2em 0; opacity: 0.9;"),
    (
        ".lessonkit-sentence",
        "margin: 0.2em 0 0.6em; padding: 0.4em 0.8em; border-left: 4px solid #56B4E9;"
        " font-size: 19px;",
    ),
    (
        "mark.lessonkit-asked",
        "background: #F0E442; color: #000; border-bottom: 3px solid #000; padding: 0 2px;",
    ),
    # Buttons: generous, wrapped text, never cut off.
    (
        ".jupyter-button",
        "height: auto; min-height: 44px; padding: 6px 16px; white-space: normal;"
        " box-sizing: border-box; border-radius: 6px;",
    ),
    (".lessonkit-check, .lessonkit-finish, .lessonkit-nav", "width: auto; align-self: flex-start;"),
    (".lessonkit-check, .lessonkit-finish", "font-weight: 600; margin: 8px 0;"),
    # Practice mode after a wrong try: "Try again" and "Show answer" beside the check button.
    (".lessonkit-actions", "gap: 12px; flex-wrap: wrap; align-items: center;"),
    (".lessonkit-retry, .lessonkit-show-answer", "width: auto; margin: 8px 0;"),
    (".lessonkit-try-again", "font-size: 16px; margin: 0.3em 0 0; font-style: italic;"),
    (
        ".lessonkit-choice.widget-toggle-button",
        "width: 100%; text-align: left; margin: 3px 0; border: 2px solid #767676;"
        " background: var(--jp-layout-color0, #fff); color: var(--jp-content-font-color0, #111);",
    ),
    (
        ".lessonkit-choice.widget-toggle-button.mod-active",
        "border: 3px solid #0072B2; box-shadow: inset 8px 0 0 #0072B2; font-weight: 700;"
        " background: rgba(0, 114, 178, 0.12);",
    ),
    (".lessonkit-right", "border-style: solid !important; border-color: #009E73 !important;"),
    (".lessonkit-wrong", "border-style: dashed !important; border-color: #D55E00 !important;"),
    (".lessonkit-missed", "border-style: dotted !important; border-color: #E69F00 !important;"),
    # Mark the words: each word a button, chosen words boxed, bold and underlined.
    (".lessonkit-words", "gap: 4px; margin: 4px 0;"),
    (
        ".lessonkit-word.widget-toggle-button",
        "width: auto; min-height: 40px; margin: 0; padding: 2px 8px; box-shadow: none;"
        " border: 2px dashed #9a9a9a; font-weight: 400;",
    ),
    (
        ".lessonkit-word.widget-toggle-button.mod-active",
        "border: 3px solid #0072B2; box-shadow: none; font-weight: 700;"
        " text-decoration: underline; text-decoration-thickness: 3px;"
        " background: rgba(86, 180, 233, 0.3);",
    ),
    # Checkboxes, text boxes and dropdowns.
    (".lessonkit-choice.widget-checkbox", "height: auto; margin: 4px 0; width: 100%;"),
    # A list as wide as its longest option, so no speaker or category is cut off.
    (
        ".lessonkit-choice.widget-dropdown > select",
        "flex: 0 1 auto; width: auto; max-width: 34em; padding-right: 2em;",
    ),
    (
        ".lessonkit-choice.widget-checkbox .widget-label-basic",
        "display: flex; align-items: flex-start; gap: 10px; height: auto;",
    ),
    (
        ".lessonkit-choice.widget-checkbox .widget-label-basic span",
        "white-space: normal; overflow: visible; text-overflow: clip;",
    ),
    (
        '.lessonkit-choice input[type="checkbox"]',
        "width: 24px; height: 24px; margin: 4px 0 0; flex: none;",
    ),
    (".lessonkit-choice.widget-checkbox > .widget-label", "display: none;"),
    (
        ".lessonkit-choice select, .lessonkit-choice input[type='text'], .lessonkit-why textarea",
        "height: auto; min-height: 40px; padding: 4px 8px;",
    ),
    (".lessonkit-choice.widget-dropdown, .lessonkit-choice.widget-text", "height: auto;"),
    (".lessonkit-why textarea, .lessonkit-paragraph textarea", "font-family: inherit;"),
    (".widget-label", "white-space: normal; overflow: visible; height: auto;"),
    (".lessonkit-item", "margin: 0.5em 0 0.1em;"),
    (".lessonkit-item-number", "font-weight: 700;"),
    (".lessonkit-unit", "margin-left: 8px; font-weight: 600;"),
    (".lessonkit-item-note", "margin-left: 12px;"),
    # Focus is always visible: a thick outline in the theme's text colour.
    (
        "button:focus-visible, select:focus-visible, input:focus-visible,"
        " textarea:focus-visible, .jupyter-button:focus-visible",
        "outline: 3px solid var(--jp-content-font-color0, #000) !important;"
        " outline-offset: 3px !important;",
    ),
    # Feedback: words and a symbol first, the colour and border shape only add to them.
    (
        ".lessonkit-feedback-box",
        "margin: 6px 0; padding: 6px 12px; border-left-width: 8px; border-left-style: solid;",
    ),
    (".lessonkit-feedback-box ul", "margin: 0.2em 0; padding-left: 1.2em;"),
    (".lessonkit-verdict", "font-weight: 700; font-size: 20px; margin: 0.1em 0;"),
    (
        ".lessonkit-feedback-right",
        "border-left-color: #009E73; background: rgba(0, 158, 115, 0.12);",
    ),
    (
        ".lessonkit-feedback-wrong",
        "border-left-color: #D55E00; border-left-style: dashed;"
        " background: rgba(213, 94, 0, 0.10);",
    ),
    (
        ".lessonkit-feedback-partial",
        "border-left-color: #E69F00; border-left-style: dotted;"
        " background: rgba(230, 159, 0, 0.12);",
    ),
    (
        ".lessonkit-feedback-info",
        "border-left-color: #56B4E9; background: rgba(86, 180, 233, 0.12);",
    ),
    (".lessonkit-status", "align-items: center; gap: 16px; flex-wrap: wrap;"),
    (".lessonkit-navigation", "gap: 12px; margin: 8px 0;"),
    (".lessonkit-score-text", "font-weight: 700;"),
    (".lessonkit-store, .lessonkit-store code", "font-size: 13px; opacity: 0.85;"),
    (
        ".lessonkit-error",
        "border: 3px dashed #D55E00; padding: 6px 12px; margin: 6px 0; font-weight: 600;",
    ),
    (
        ".lessonkit-summary-box",
        "border: 2px solid #0072B2; padding: 6px 12px; margin: 8px 0;",
    ),
    # The teacher's view.
    (".lessonkit-tally", "margin: 4px 0 12px;"),
    (".lessonkit-tally-row", "display: flex; align-items: center; gap: 10px; margin: 2px 0;"),
    (".lessonkit-tally-label", "flex: 0 0 40%; overflow-wrap: anywhere;"),
    (
        ".lessonkit-tally-track",
        "flex: 1 1 auto; height: 22px; border: 1px solid #767676; position: relative;",
    ),
    (".lessonkit-tally-bar", "height: 100%; background: #56B4E9;"),
    (
        ".lessonkit-tally-bar.lessonkit-tally-right",
        "background: repeating-linear-gradient(45deg, #009E73 0 6px, #5cc9a7 6px 12px);",
    ),
    (
        ".lessonkit-tally-count",
        "flex: 0 0 7em; text-align: right; font-variant-numeric: tabular-nums;",
    ),
    (".lessonkit-teacher-question", "border-top: 1px solid #9a9a9a; padding-top: 6px;"),
    (".lessonkit-why-list", "font-size: 16px; margin: 0.2em 0 0.6em;"),
)

STYLE = (
    "<style>\n"
    + "\n".join(
        f"{', '.join(_SCOPES) if not sel else _scoped(sel)} {{ {body} }}" for sel, body in _RULES
    )
    + "\n</style>"
)


# Each ipywidgets widget brings its own Layout and style widget, and every widget is a message
# to the browser (and a model there). The quiz's leaf widgets never change their layout or
# style, so widgets that look alike share one Layout and one style: about half as many
# widgets to build and send when a quiz is shown.
_SHARED: dict[tuple[Any, ...], Any] = {}


def shared(kind: str, **props: str) -> Any:
    """One ``Layout`` (``kind="layout"``) or style widget with ``props``, for read-only use.

    A shared widget that was closed (``Widget.close_all()``) is made again.
    """
    import ipywidgets as widgets
    from ipywidgets.widgets.widget_bool import CheckboxStyle, ToggleButtonStyle
    from ipywidgets.widgets.widget_string import HTMLStyle

    key = (kind, *sorted(props.items()))
    found = _SHARED.get(key)
    if found is None or getattr(found, "comm", None) is None:
        makers = {
            "layout": widgets.Layout,
            "html": HTMLStyle,
            "button": widgets.ButtonStyle,
            "toggle": ToggleButtonStyle,
            "checkbox": CheckboxStyle,
        }
        found = _SHARED[key] = makers[kind](**props)
    return found


def html(value: str = "") -> Any:
    """An ``HTML`` widget whose layout and style are shared (never change them)."""
    import ipywidgets as widgets

    return widgets.HTML(value, layout=shared("layout"), style=shared("html"))


def button(*, width: str | None = None, **kwargs: Any) -> Any:
    """A ``Button`` with a shared style and layout (never change them)."""
    import ipywidgets as widgets

    layout = shared("layout", width=width) if width else shared("layout")
    return widgets.Button(layout=layout, style=shared("button"), **kwargs)


def toggle(*, width: str | None = None, **kwargs: Any) -> Any:
    """A ``ToggleButton`` with a shared style and layout (never change them)."""
    import ipywidgets as widgets

    layout = shared("layout", width=width) if width else shared("layout")
    return widgets.ToggleButton(layout=layout, style=shared("toggle"), **kwargs)
