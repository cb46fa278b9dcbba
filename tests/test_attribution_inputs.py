"""A text given as a string is read exactly as the Article made from it.

``extract_attributions`` and ``find_refusals`` read a string's newlines and paragraphs
themselves (they need no Article sentences); these texts, in the layouts teachers paste,
must give the same results, offsets included, as ``Article.from_text`` of the same string.
"""

from __future__ import annotations

import pytest

from lessonkit import Article, extract_attributions
from lessonkit._resources import data_path
from lessonkit.attribution import find_refusals

_LAYOUTS = {
    "blank lines": (
        "“The bridge will open in May,” the mayor, Jan Novak, said on Monday.\n\n"
        "Engineers said the deck was finished.\n"
        "The contractor declined to comment.\n\n"
        "According to the council, the cost rose by a third."
    ),
    "one line per paragraph": (
        "Residents said the water had risen overnight.\n"
        "“We lost everything,” said Maria Lenz, 64, a baker.\n"
        "The agency would not say whether more rain was expected."
    ),
    "windows newlines": (
        "The minister said taxes would not rise.\r\n\r\n"
        "“It is a promise,” she told reporters.\r\n\r\n"
        "Her office did not respond to requests for comment."
    ),
    "old mac newlines": (
        "Police said two men were arrested.\r\r“They ran,” a witness said.\rNo one else was hurt."
    ),
    "leading and trailing blanks": (
        "\n\n  The union said the strike would go ahead.  \n\n\n"
        "“We have no choice,” its leader, Tom Reyes, said.\n\n"
    ),
}


@pytest.mark.parametrize("text", list(_LAYOUTS.values()), ids=list(_LAYOUTS))
def test_string_and_article_give_the_same_attributions(text: str) -> None:
    from_str = extract_attributions(text)
    article = Article.from_text(text)
    assert from_str == extract_attributions(article)
    assert from_str  # each layout has attributions to compare
    for a in from_str:
        assert article.text[a.content_span[0] : a.content_span[1]] == a.content


@pytest.mark.parametrize("text", list(_LAYOUTS.values()), ids=list(_LAYOUTS))
def test_string_and_article_give_the_same_refusals(text: str) -> None:
    assert find_refusals(text) == find_refusals(Article.from_text(text))


def test_shipped_article_string_and_article_agree() -> None:
    path = data_path("articles", "guardian-2022-09-10-kharkiv-counteroffensive.txt")
    text = path.read_text(encoding="utf-8")
    assert extract_attributions(text) == extract_attributions(Article.from_text(text))
    assert find_refusals(text) == find_refusals(Article.from_text(text))
