"""Article: decoding, text extraction, paragraphs and sentences, offsets."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonkit import Article, InputError, lesson_article

QUOTE = "“We have cut the supply lines,” said Kuzan.\nKuzan said more."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (QUOTE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + QUOTE.encode("utf-8"), "utf-8-sig"),
        (QUOTE.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + QUOTE.encode("utf-16-be"), "utf-16"),
        (QUOTE.encode("utf-32"), "utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom"],
)
def test_decodes_unicode_encodings(data: bytes, encoding: str) -> None:
    article = Article.from_bytes(data, name="a.txt")
    assert article.text == QUOTE
    assert article.encoding == encoding
    assert article.warnings == ()


def test_legacy_windows_1252_is_the_stated_fallback() -> None:
    article = Article.from_bytes("“Café”, she said.".encode("cp1252"), name="old.txt")
    assert article.text == "“Café”, she said."
    assert article.encoding == "cp1252"
    assert "not valid UTF-8" in article.warnings[0]


def test_html_declared_charset_is_tried_before_the_fallback() -> None:
    page = '<html><head><meta charset="koi8-r"></head><body><p>Москва</p></body></html>'
    article = Article.from_bytes(page.encode("koi8-r"), name="p.html", kind="html")
    assert article.text == "Москва"
    assert article.encoding == "koi8-r"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "file is empty"),
        (b"   \n\n  ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"caf\x81\x8d\x90", "cannot be decoded"),
        (codecs.BOM_UTF8 + b"   ", "no text"),
    ],
)
def test_bad_bytes_raise_input_error_naming_the_file(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as info:
        Article.from_bytes(data, name="bad.txt")
    assert str(info.value).startswith("bad.txt: ")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_newlines_are_normalised_to_lf(newline: str) -> None:
    text = newline.join(["One.", "Two.", "", "Three."])
    article = Article.from_bytes(text.encode(), name="n.txt")
    assert article.text == "One.\nTwo.\n\nThree."


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
        ("One\nwrapped.\n\nTwo.\n  \nThree.", ["One\nwrapped.", "Two.", "Three."]),
        ("\n\n  Lead.  \n\n\n", ["Lead."]),
        ("Only one.", ["Only one."]),
    ],
    ids=["line-per-paragraph", "blank-line", "padding", "single"],
)
def test_paragraph_styles(text: str, paragraphs: list[str]) -> None:
    article = Article.from_text(text)
    assert [article.text[p.start : p.end] for p in article.paragraphs] == paragraphs
    assert [p.index for p in article.paragraphs] == list(range(len(paragraphs)))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Gen. Mark Milley spoke. It ended.", ["Gen. Mark Milley spoke.", "It ended."]),
        ("The U.S. Army said so. It was late.", ["The U.S. Army said so.", "It was late."]),
        ("On Sept. 9 the town fell.", ["On Sept. 9 the town fell."]),
        ("J. R. Smith spoke. Then he left.", ["J. R. Smith spoke.", "Then he left."]),
        ("Prices rose 2.5 per cent. Then fell.", ["Prices rose 2.5 per cent.", "Then fell."]),
        ("“Go home,” he said. “Now.”", ["“Go home,” he said.", "“Now.”"]),
        ("“Is it over?” she asked.", ["“Is it over?” she asked."]),
        ("“It is over.” She left.", ["“It is over.”", "She left."]),
        ('"Yes." He nodded.', ['"Yes."', "He nodded."]),
        ("Wait... 3 more hours.", ["Wait...", "3 more hours."]),
        ("no capital. after stop", ["no capital. after stop"]),
    ],
)
def test_sentence_splitting(text: str, sentences: list[str]) -> None:
    article = Article.from_text(text)
    assert [article.text[s.start : s.end] for s in article.sentences] == sentences


def test_sentences_keep_their_paragraph() -> None:
    article = Article.from_text("A one. A two.\nB one.")
    assert [s.paragraph for s in article.sentences] == [0, 0, 1]
    assert article.sentence_at(article.text.index("B one")) == article.sentences[2]
    assert article.sentence_at(article.text.index("\n")) is None
    assert article.paragraph_at(3) == article.paragraphs[0]
    assert article.paragraph_at(len(article.text)) is None


def test_html_keeps_only_visible_article_text() -> None:
    page = """<!doctype html><html><head><title>Site — story</title>
    <style>p{color:red}</style><script>alert("x")</script></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Town retaken</h1>
      <p>Troops <em>entered</em> the town,
         officials said.</p>
      <figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>
      <p hidden>secret</p><p style="display: none">also hidden</p>
      <p>“We are back,” said a resident.<br>She wept.</p>
      <aside>Related: other story</aside>
    </article>
    <footer>© Site</footer></body></html>"""
    article = Article.from_bytes(page.encode(), name="p.html", kind="html")
    assert article.text == (
        "Town retaken\n\nTroops entered the town, officials said.\n\n"
        "“We are back,” said a resident.\nShe wept."
    )
    assert article.title == "Town retaken"
    assert len(article.paragraphs) == 3


def test_html_without_article_uses_body_and_entities_are_decoded() -> None:
    page = "<body><div>Fish &amp; chips &lt;b&gt; &#8220;hot&#8221;</div></body>"
    article = Article.from_bytes(page.encode(), name="p.html", kind="html")
    assert article.text == "Fish & chips <b> “hot”"


def test_deeply_nested_html_does_not_exhaust_recursion() -> None:
    page = "<div>" * 5000 + "Deep text." + "</div>" * 5000
    assert Article.from_bytes(page.encode(), name="deep.html", kind="html").text == "Deep text."


def test_html_with_no_visible_text_is_refused() -> None:
    with pytest.raises(InputError, match="no visible article text"):
        Article.from_bytes(b"<html><script>x()</script></html>", name="e.html", kind="html")


def test_markdown_is_read_as_its_visible_text() -> None:
    md = "# Town retaken\n\nTroops *entered* the [town](https://example.org),\nofficials said.\n\n- one\n- two\n"
    article = Article.from_bytes(md.encode(), name="a.md", kind="markdown")
    assert article.text == "Town retaken\n\nTroops entered the town, officials said.\n\none\n\ntwo"
    assert article.title == "Town retaken"


def test_from_path_reads_by_suffix(tmp_path) -> None:
    (tmp_path / "a.html").write_text("<p>One &amp; two</p>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("<p>One &amp; two</p>", encoding="utf-8")
    assert Article.from_path(tmp_path / "a.html").text == "One & two"
    assert Article.from_path(tmp_path / "a.txt").text == "<p>One &amp; two</p>"


@pytest.mark.parametrize(
    ("setup", "problem"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.write_bytes(b"x" * (20 * 1024 * 1024 + 1)), "over the 20 MB limit"),
    ],
    ids=["missing", "directory", "too-big"],
)
def test_from_path_errors(tmp_path, setup, problem: str) -> None:
    path = tmp_path / "article.txt"
    setup(path)
    with pytest.raises(InputError, match=problem):
        Article.from_path(path)


def test_lesson_article_is_the_shipped_text_verbatim() -> None:
    article = lesson_article()
    assert article.text.startswith("Ukraine’s lightning counter-offensive")
    assert article.text.endswith("contributed to this report")
    assert len(article.paragraphs) == 30
    assert "\r" not in article.text


def test_articles_are_frozen() -> None:
    article = Article.from_text("A.")
    with pytest.raises(AttributeError):
        article.text = "B."  # type: ignore[misc]


TEXTISH = st.lists(
    st.sampled_from([*"aA .!?\n\r\t“”‘’\"'…()1,", "Mr.", "U.S.", "\n\n", "Said"]),
    max_size=120,
).map("".join)


@given(TEXTISH)
def test_segmentation_spans_are_ordered_stripped_and_inside_the_text(text: str) -> None:
    article = Article.from_text(text)
    previous_end = 0
    for s in article.sentences:
        para = article.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
        assert s.start >= previous_end
        chunk = article.text[s.start : s.end]
        assert chunk == chunk.strip() and chunk
        previous_end = s.end
    covered = "".join(article.text[s.start : s.end] for s in article.sentences)
    assert "".join(covered.split()) == "".join(article.text.split())


@given(st.binary(max_size=200))
def test_any_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    for kind in ("text", "markdown", "html"):
        try:
            article = Article.from_bytes(data, name="x", kind=kind)
        except InputError:
            continue
        assert article.text.strip()
