"""What to call an article in a generated quiz's title."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..article import Article
    from ..attribution import Attribution

__all__ = ["article_title"]

_TITLE_WORDS = 20  # a headline is short
_SENTENCE_END = re.compile(r"[.!…:;,][”’\"')\]]*$")  # a question may be a headline
_DATELINE_END = re.compile(r"[-–—]\s*$")  # "KYIV, Ukraine —"
_BYLINE = re.compile(r"(?:by|from|words by|reporting by)\s", re.IGNORECASE)
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december jan feb mar apr jun jul aug sep sept"
    " oct nov dec the of st nd rd th updated published gmt bst utc am pm".split()
)
_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


def article_title(article: Article, found: Sequence[Attribution] = ()) -> str | None:
    """What to call ``article`` in a quiz title: its title, a title line, or its file name.

    In that order: the title the article exposes (an HTML page's first ``<h1>`` or its
    ``<title>``, a Markdown file's first heading); else a plain-text file's title line (a
    first paragraph of one short line that is not a sentence and credits no one: none of
    ``found`` starts in it); else the file name made readable ("my-article_2.txt" → "My
    article 2", "guardian-2022-09-10-kharkiv.txt" → "Guardian 2022-09-10 kharkiv"). None for
    a text with neither title nor name.

    Examples
    --------
    >>> from lessonkit import Article
    >>> article_title(Article.from_text("Bridge to reopen\\n\\nIt will, she said.", "a_b-c.txt"))
    'Bridge to reopen'
    >>> article_title(Article.from_text("It will reopen, she said.", "my-article_2.txt"))
    'My article 2'
    """
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    line = _title_line(article, found)
    if line:
        return line
    return _readable_name(article.name)


def _title_line(article: Article, found: Sequence[Attribution]) -> str | None:
    if len(article.paragraphs) < 2:
        return None
    first = article.paragraphs[0]
    text = article.text[first.start : first.end].strip()
    if not text or "\n" in text or len(text.split()) > _TITLE_WORDS:
        return None
    if _SENTENCE_END.search(text) or not any(c.isalpha() for c in text):
        return None
    if _DATELINE_END.search(text) or _BYLINE.match(text) or _is_date(text):
        return None  # a byline, a dateline or a date line, not a headline
    for a in found:
        spans = [a.content_span] + ([a.cue_span] if a.cue_span else [])
        if any(s[0] < first.end and s[1] > first.start for s in spans):
            return None  # "“We will not back down,” the mayor said": a statement, not a title
    return " ".join(text.split())


def _is_date(text: str) -> bool:
    """Whether a line is only a date or a time ("Saturday 10 September 2022", "10:42 GMT")."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return all(w in _DATE_WORDS for w in words) and any(c.isdigit() for c in text)


def _readable_name(name: str) -> str | None:
    base = re.split(r"[\\/]", name)[-1]
    if not base or base.startswith("<"):
        return None
    for suffix in _SUFFIXES:
        if base.casefold().endswith(suffix):
            base = base[: -len(suffix)]
            break
    words = " ".join(re.findall(r"\d{4}-\d\d-\d\d|[^-_.\s]+", base))  # a date stays whole
    return words[:1].upper() + words[1:] if words else None
