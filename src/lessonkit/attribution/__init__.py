"""Find who said what in a news article: attributions of direct and reported speech.

Pure Python and regular expressions: no language models are loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import Attribution
from ._rules import extract

if TYPE_CHECKING:
    from ..article import Article

__all__ = ["Attribution", "extract_attributions"]


def extract_attributions(text_or_article: str | Article) -> list[Attribution]:
    """Find the attributions (who said what) in an article.

    Parameters
    ----------
    text_or_article
        An :class:`~lessonkit.Article`, or the article's text as a string (then
        ``Article.from_text`` is used, so offsets index its normalised text).

    Returns
    -------
    list of Attribution
        In text order. Never raises on real text: stray or unbalanced quotation marks
        are recovered from and flagged in ``Attribution.flags``.

    Examples
    --------
    >>> [a] = extract_attributions("“We will rebuild,” the mayor said.")
    >>> a.speaker, a.cue, a.kind, a.content
    ('the mayor', 'said', 'direct', 'We will rebuild,')
    >>> extract_attributions(42)
    Traceback (most recent call last):
    ...
    TypeError: 'text_or_article' must be a str or an Article (got int)
    """
    from ..article import Article

    if isinstance(text_or_article, str):
        article = Article.from_text(text_or_article)
    elif isinstance(text_or_article, Article):
        article = text_or_article
    else:
        raise TypeError(
            f"'text_or_article' must be a str or an Article (got {type(text_or_article).__name__})"
        )
    spans = [(p.start, p.end) for p in article.paragraphs]
    return extract(article.text, spans)
