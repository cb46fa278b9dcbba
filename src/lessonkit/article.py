"""Load a news article from text or a file, keeping character offsets."""

from __future__ import annotations

import bisect
import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from ._decode import MAX_BYTES, decode_bytes
from ._segment import split_paragraphs, split_sentences
from .errors import InputError

__all__ = ["Article", "Paragraph", "Sentence", "lesson_article"]

LESSON_ARTICLE = "guardian-2022-09-10-kharkiv-counteroffensive.txt"
_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
             ".html": "html", ".htm": "html", ".xhtml": "html"}  # fmt: skip


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``text[start:end]``, the ``index``-th of the article."""

    start: int
    end: int
    index: int


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``text[start:end]``, inside paragraph number ``paragraph``."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Article:
    """A news article's text, split into paragraphs and sentences.

    Offsets everywhere in lessonkit are Python string indices into :attr:`text`,
    which is the decoded file with CRLF and CR turned into LF (for HTML and Markdown,
    the extracted visible text, which ``lessonkit text PATH`` prints).

    Examples
    --------
    >>> a = Article.from_text("“We won,” she said.\\r\\nThe end.")
    >>> a.text
    '“We won,” she said.\\nThe end.'
    >>> [a.text[s.start:s.end] for s in a.sentences]
    ['“We won,” she said.', 'The end.']
    >>> Article.from_text(42)
    Traceback (most recent call last):
    ...
    TypeError: 'text' must be a str (got int)
    """

    text: str
    name: str = "<text>"
    encoding: str | None = None
    title: str | None = None
    warnings: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = field(init=False, repr=False)
    sentences: tuple[Sentence, ...] = field(init=False, repr=False)
    _sentence_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _paragraph_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"'text' must be a str (got {type(self.text).__name__})")
        paragraphs = tuple(
            Paragraph(s, e, i) for i, (s, e) in enumerate(split_paragraphs(self.text))
        )
        sentences = tuple(
            Sentence(s, e, p.index)
            for p in paragraphs
            for s, e in split_sentences(self.text, p.start, p.end)
        )
        object.__setattr__(self, "paragraphs", paragraphs)
        object.__setattr__(self, "sentences", sentences)
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in sentences))
        object.__setattr__(self, "_paragraph_starts", tuple(p.start for p in paragraphs))

    @classmethod
    def from_text(cls, text: str, name: str = "<text>") -> Article:
        """Make an article from a string, turning CRLF and CR into LF."""
        if not isinstance(text, str):
            raise TypeError(f"'text' must be a str (got {type(text).__name__})")
        return cls(_normalise_newlines(text), name=name)

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "<bytes>", kind: str = "text") -> Article:
        """Make an article from a file's bytes.

        Parameters
        ----------
        data
            The bytes.
        name
            The file name, for messages.
        kind
            ``"text"``, ``"markdown"`` or ``"html"``.
        """
        if kind not in ("text", "markdown", "html"):
            raise ValueError(f"'kind' must be one of ('text', 'markdown', 'html') (got {kind!r})")
        raw, encoding, warnings = decode_bytes(data, name, html=kind == "html")
        raw = _normalise_newlines(raw)
        title = None
        if kind == "markdown":
            from markdown_it import MarkdownIt

            from ._html import html_to_text

            raw, title = html_to_text(MarkdownIt("commonmark").render(raw))
        elif kind == "html":
            from ._html import html_to_text

            raw, title = html_to_text(raw)
        if not raw.strip():
            raise InputError(
                name, "has no visible article text", "pass the page that holds the article"
            )
        return cls(raw, name=name, encoding=encoding, title=title, warnings=warnings)

    @classmethod
    def from_path(cls, path: str | os.PathLike[str]) -> Article:
        """Load an article from a ``.txt``, ``.md`` or ``.html`` file.

        Raises
        ------
        InputError
            With a one-line message naming the file, the problem and the fix.
        """
        name = os.fspath(path)
        p = Path(path)
        if not p.exists():
            raise InputError(name, "no such file", "check the path")
        if p.is_dir():
            raise InputError(name, "is a folder, not a file", "name one article file inside it")
        kind = _SUFFIXES.get(p.suffix.lower(), "text")
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise InputError(
                    name,
                    f"file is {size / 1048576:.1f} MB, over the 20 MB limit",
                    "split it or pass only the article's text",
                )
            data = p.read_bytes()
        except PermissionError:
            raise InputError(
                name, "cannot be read (permission denied)", "check its permissions"
            ) from None
        except OSError as exc:
            raise InputError(name, f"cannot be read ({exc.strerror})", "check the path") from None
        return cls.from_bytes(data, name=name, kind=kind)

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence containing ``offset``, or None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """Return the paragraph containing ``offset``, or None between paragraphs."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def span_text(self, span: tuple[int, int]) -> str:
        """Return ``text[start:end]`` for a ``(start, end)`` span."""
        return self.text[span[0] : span[1]]


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def lesson_article() -> Article:
    """Return the lesson's article: The Guardian, 10 September 2022, on the Kharkiv counter-offensive.

    Examples
    --------
    >>> lesson_article().text.startswith("Ukraine’s lightning counter-offensive")
    True
    >>> lesson_article().title
    'The Guardian, Saturday 10 September 2022'
    """
    from ._resources import data_path

    resource = data_path("articles", LESSON_ARTICLE)
    article = Article.from_bytes(resource.read_bytes(), name=LESSON_ARTICLE, kind="text")
    return dataclasses.replace(article, title=_lesson_title())


def _lesson_title() -> str:
    """The shipped text has no headline: the outlet and the day, from its metadata file."""
    from .lesson import lesson_metadata  # checks the file; imported late (it imports this module)

    meta = lesson_metadata()
    return f"{meta.outlet}, {meta.weekday} {meta.date.day} {meta.date:%B %Y}"
