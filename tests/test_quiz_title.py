"""A generated quiz's title: a headline line is taken, a byline, dateline or date line is not."""

from __future__ import annotations

import pytest

from lessonkit import Article
from lessonkit.quiz._title import article_title

_STORY = (
    "“The bridge will reopen in May,” said Ana Ruiz, the city engineer.\n\n"
    "Council leader Tom Hale said the repairs had cost too much."
)


@pytest.mark.parametrize(
    "first",
    [
        "By Jane Smith",
        "BY JANE SMITH AND TOM HALE",
        "From our correspondent in Lviv",
        "KYIV, Ukraine —",
        "Harbourside - ",
        "Saturday 10 September 2022",
        "September 10, 2022",
        "Updated 10:42 GMT",
    ],
)
def test_a_byline_dateline_or_date_is_not_a_title(first: str) -> None:
    article = Article.from_text(f"{first}\n\n{_STORY}", name="harbour-news.txt")
    assert article_title(article) == "Harbour news"


@pytest.mark.parametrize(
    "first",
    [
        "Will the ferry run this winter?",
        "Bridge to reopen in May after repairs",
        "Byelection called after mayor quits",  # starts like 'by', but is a word of its own
        "May Day march draws thousands",  # a month's name in a headline
    ],
)
def test_a_headline_line_is_the_title(first: str) -> None:
    article = Article.from_text(f"{first}\n\n{_STORY}", name="harbour-news.txt")
    assert article_title(article) == first
