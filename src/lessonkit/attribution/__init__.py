"""Find who said what in a news article: attributions of direct and reported speech.

Pure Python and regular expressions: no language models are loaded. Every
:class:`Attribution` names the rule that found it, so a reader can be shown why
(the passes that run them are described in ``_passes``):

``quote-then-said-speaker``      “…,” said Serhiy Kuzan.
``quote-then-speaker-said``      “…,” he said. / “…,” the minister told reporters.
``quote-frame``                  “…,” an angry Mr Okafor retaliated. (any verb in -ed)
``speaker-said-colon-quote``     The governor said: “…”
``speaker-said-quote``           The governor said “…”
``said-speaker-quote``           Said Ana Silva, a nurse, “…”
``continuation-quote``           a further quotation by the same speaker (“A,” she said. “B.”)
``multi-paragraph-quote``        a quotation carried over paragraphs with no cue of its own
``cue-then-quote``               Ana Silva agreed. “…” (a cue sentence, then the words)
``reporting-verb-that``          X said that … / X told the BBC that …
``reporting-verb-clause``        X said … / X urged … / X described Y as “…”
``content-then-speaker-said``    …, officials said.
``content-then-said-speaker``    …, said the minister.
``speaker-said-interrupting``    The plan, she said, will fail.
``according-to``                 According to X, … / …, according to X.
``quote-according-to``           “…,” according to X.
``who-said``                     …, according to officials, who said …
``coordinated-cue``              X said … and warned …
``participle-cue``               …, adding that …
``asked-question``               When asked whether …, (the asker is not named)
``expected-to``                  The ferry is expected to resume … (no source named)
``reportedly``                   The striker reportedly asked to leave … (no source named)
``noun-cue``                     The union's warning that … / Her calls for … (the noun's owner)
``in-poll``                      Ruiz leads by six points in the latest poll.
``speaker-colon-headline``       Ana Ruiz: We will win
``colon-frame``                  Hale fired back: “…” (a clause ending in a colon, any verb)
``colon-lead-in``                a paragraph ending in a colon, then the quotation it leads to
``transcript-label``             RUIZ: … (a capitalised name labelling a transcript paragraph)
``dash-signoff``                 “…” — Ana Ruiz (a quotation signed after a dash)
``subject-verb-quote``           Ruiz took a swipe at “my old rival” (a person, a verb, their words)
``nested-quote``                 a quotation inside a quotation, as its speaker reports it

Loaded cues (admitted, claimed, insisted, conceded, boasted, ...) set ``loaded_cue``.
Problems recovered from (an unbalanced quotation mark, a quotation over paragraphs, a
cue interrupting its content) are listed in ``Attribution.flags``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import Attribution, Refusal
from ._passes import extract, refusals

if TYPE_CHECKING:
    from ..article import Article

__all__ = ["Attribution", "Refusal", "extract_attributions", "find_refusals"]


def _article(text_or_article: str | Article) -> Article:
    from ..article import Article

    if isinstance(text_or_article, str):
        return Article.from_text(text_or_article)
    if isinstance(text_or_article, Article):
        return text_or_article
    raise TypeError(
        f"'text_or_article' must be a str or an Article (got {type(text_or_article).__name__})"
    )


def _paragraphs(text_or_article: str | Article) -> tuple[str, list[tuple[int, int]]]:
    """The text and its paragraph spans, as :class:`~lessonkit.Article` has them.

    A string is read by the two steps of ``Article.from_text`` that the rules use (its
    newlines, then its paragraphs), not split into sentences too: the rules split their
    own, around the quotation marks, and the Article's sentences took about a tenth of
    the time of an extraction.
    """
    if isinstance(text_or_article, str):
        from .._segment import split_paragraphs
        from ..article import _normalise_newlines

        text = _normalise_newlines(text_or_article)
        return text, split_paragraphs(text)
    article = _article(text_or_article)
    return article.text, [(p.start, p.end) for p in article.paragraphs]


def find_refusals(text_or_article: str | Article) -> list[Refusal]:
    """Find where a source declined to speak (``declined to comment``, ``would not say``).

    These are not attributions, so :func:`extract_attributions` leaves them out; a lesson
    can still show them, as statements with *no* content.

    Parameters
    ----------
    text_or_article
        An :class:`~lessonkit.Article`, or the article's text as a string.

    Returns
    -------
    list of Refusal
        In text order.

    Examples
    --------
    >>> [r] = find_refusals("Shares fell 9%. The company declined to comment.")
    >>> r.speaker, r.cue, r.topic
    ('The company', 'declined to comment', None)
    >>> [r] = find_refusals("The minister would not say whether taxes would rise.")
    >>> r.cue, r.topic
    ('would not say', 'whether taxes would rise')
    >>> find_refusals(3.5)
    Traceback (most recent call last):
    ...
    TypeError: 'text_or_article' must be a str or an Article (got float)
    """
    return refusals(*_paragraphs(text_or_article))


def extract_attributions(text_or_article: str | Article) -> list[Attribution]:
    """Find the attributions (who said what) in an article.

    Parameters
    ----------
    text_or_article
        An :class:`~lessonkit.Article`, or the article's text as a string (then read as
        ``Article.from_text`` reads it, so offsets index its normalised text).

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
    return extract(*_paragraphs(text_or_article))
