"""Extract the visible article text from an HTML page."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

__all__ = ["html_to_text"]

# Never visible, or not part of the article: menus, page chrome, forms, embedded media.
_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link",
        "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "nav", "footer", "aside", "form", "button", "select", "input", "textarea",
        "figure", "dialog",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
        "td", "th", "caption", "hr", "address", "details", "summary", "body",
    }
)  # fmt: skip
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def _hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    style = tag.get("style")
    return isinstance(style, str) and bool(_HIDDEN_STYLE.search(style))


def _root(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda t: len(t.get_text()))
    for name in ("main", "body"):
        found = soup.find(name)
        if isinstance(found, Tag):
            return found
    return soup


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Return the visible text of the article in ``markup``, and the page title.

    Paragraphs (block elements) are separated by a blank line; ``<br>`` becomes a
    newline inside a paragraph. The text of the page's ``<article>`` (the longest
    one, if several) is taken, else ``<main>``, else ``<body>``; menus, scripts,
    styles, forms, figures and hidden elements are left out.

    Parameters
    ----------
    markup
        The decoded HTML.

    Returns
    -------
    tuple
        ``(text, title)``; ``title`` is the first ``<h1>`` or the ``<title>``, or None.

    Examples
    --------
    >>> html_to_text("<p>One <b>two</b></p><script>x()</script><p>Three</p>")
    ('One two\\n\\nThree', None)
    """
    soup = BeautifulSoup(markup, "html.parser")
    title = None
    for name in ("h1", "title"):
        found = soup.find(name)
        if isinstance(found, Tag) and found.get_text(strip=True):
            title = " ".join(found.get_text().split())
            break
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            lines = (_SPACE.sub(" ", line).strip() for line in "".join(buffer).split("\n"))
            joined = "\n".join(line for line in lines if line)
            if joined:
                paragraphs.append(joined)
            buffer.clear()

    # An explicit stack, so deeply nested pages cannot exhaust the recursion limit.
    stack: list[tuple[object, bool]] = [(_root(soup), False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIP_STRINGS):
                buffer.append(str(node).replace("\n", " "))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name in _DROP or _hidden(node):
            continue
        if node.name == "br":
            buffer.append("\n")
            continue
        block = node.name in _BLOCK
        if block:
            flush()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    flush()
    return "\n\n".join(paragraphs), title
