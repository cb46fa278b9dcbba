"""The highlighted article: marks in the right places, and nothing in the article runs as markup."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonkit import Article
from lessonkit.highlight import highlight_html


@dataclass(frozen=True)
class Found:
    """Stands in for an Attribution: the fields highlight_html reads."""

    content_span: tuple[int, int]
    kind: str
    speaker_mention: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    loaded_cue: bool
    speaker: str | None
    cue: str | None
    rule: str


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> & “quoted” said <b>Bob</b>.'


def test_article_markup_is_escaped_not_run() -> None:
    article = Article.from_text(HOSTILE)
    speaker = HOSTILE.index("<b>Bob</b>")
    found = Found(
        (0, 29), "direct", (speaker, speaker + 10), None, False, "<i>Bob</i>", None, "r<x>"
    )
    page = highlight_html(article, [found])
    assert set(parse(page).tags) <= {"style", "div", "p", "span", "br"}
    assert "&lt;script&gt;" in page and "<script" not in page
    assert "&lt;i&gt;Bob&lt;/i&gt;" in page


def test_marks_carry_their_roles_and_overlaps_nest() -> None:
    text = "“We won,” said Kuzan, “and we will win again.”"
    article = Article.from_text(text)
    direct = Found((1, 7), "direct", (15, 20), (10, 14), False, "Kuzan", "said", "quote")
    loaded = Found((23, 45), "direct", (15, 20), (10, 14), True, "Kuzan", "said", "quote")
    page = highlight_html(article, [direct, loaded], legend=False)
    by_text = {
        t: cls.split()
        for cls, t in re.findall(r'<span class="([^"]+)" title="[^"]*">([^<]*)</span>', page)
    }
    assert by_text["We won"] == ["lk-content-direct"]
    assert by_text["and we will win again."] == ["lk-content-direct"]
    assert by_text["Kuzan"] == ["lk-speaker"]
    assert by_text["said"] == ["lk-cue", "lk-cue-loaded"]
    assert "“We won,” " not in by_text  # the marks themselves stay outside the content


def test_legend_names_every_mark_in_words() -> None:
    page = highlight_html(Article.from_text("Nothing here."), [])
    for label in ("direct quote", "paraphrase", "speaker", "reporting verb", "loaded"):
        assert label in page


@pytest.mark.parametrize("span", [(-5, 3), (2, 999), (4, 4)])
def test_out_of_range_spans_are_clipped_not_fatal(span: tuple[int, int]) -> None:
    page = highlight_html(
        Article.from_text("Short text."), [Found(span, "mixed", None, None, False, None, None, "r")]
    )
    assert "Short text." in "".join(parse(page).text)


@given(st.text(alphabet=st.sampled_from(list("<>&\"'ab \n/=")), min_size=1, max_size=80))
def test_visible_text_round_trips_for_any_text(text: str) -> None:
    if not text.strip():
        return
    article = Article.from_text(text)
    page = highlight_html(article, [], legend=False)
    assert set(parse(page).tags) <= {"style", "div", "p", "span", "br"}
    shown = "".join(parse(page).text[1:])  # after the style sheet
    expected = "".join(article.text[p.start : p.end] for p in article.paragraphs).replace("\n", "")
    assert shown == expected


def test_a_pronoun_or_title_speaker_shows_who_it_means_escaped() -> None:
    text = "Ana <Ruiz> arrived. “We stay,” she said. “Fine,” said Ruiz."
    article = Article.from_text(text)
    she = text.index("she")
    ruiz = text.rindex("Ruiz")
    found = [
        Found((text.index("We"), text.index("We") + 7), "direct", (she, she + 3), None, False,
              "Ana <Ruiz>", "said", "r"),
        Found((text.index("Fine"), text.index("Fine") + 4), "direct", (ruiz, ruiz + 4), None,
              False, "Ana <Ruiz>", "said", "r"),
    ]  # fmt: skip
    page = highlight_html(article, found, legend=False)
    hints = re.findall(r'<span class="lk-speaker-hint">([^<]*)</span>', page)
    assert hints == ["(= Ana &lt;Ruiz&gt;)"]  # only for "she"; "Ruiz" names itself
    assert page.index('class="lk-speaker-hint"') > page.index(">she<")
