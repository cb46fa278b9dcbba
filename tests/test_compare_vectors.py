"""The NumPy TF-IDF, cosine and assignment of sentence alignment agree with scikit-learn and SciPy.

scikit-learn and SciPy are test tools here: the lesson code no longer loads them, so these
tests hold the hand-written numerics to the libraries' results.
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment
from scipy.sparse import hstack
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from lessonkit import Article, lesson_article
from lessonkit.compare import comparison_texts, similarity_matrix
from lessonkit.compare._align import _WORD_WEIGHT, _skeleton, _words, sentence_spans
from lessonkit.compare._stopwords import STOP_WORDS
from lessonkit.compare._vectors import assign_max

SETS = Path(__file__).parent / "data" / "compare"


def _library_similarity(first: list[str], second: list[str]) -> np.ndarray:
    """The similarity as computed with scikit-learn (what ``similarity_matrix`` replaces)."""
    docs = [_words(t) for t in (*first, *second)]
    words = TfidfVectorizer(
        ngram_range=(1, 2), stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
    )
    skeletons = TfidfVectorizer(sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
    parts = []
    for vectoriser, texts, weight in (
        (words, docs, _WORD_WEIGHT),
        (skeletons, [_skeleton(d) for d in docs], 1 - _WORD_WEIGHT),
    ):
        try:
            parts.append(vectoriser.fit_transform(texts) * math.sqrt(weight))
        except ValueError:
            continue
    if not parts:
        return np.zeros((len(first), len(second)))
    matrix = hstack(parts).tocsr()
    return np.asarray(cosine_similarity(matrix[: len(first)], matrix[len(first) :]))


def _articles() -> list[Article]:
    found = [lesson_article(), *(t.article for t in comparison_texts())]
    for path in sorted(SETS.glob("*/*/*.txt")):
        found.append(Article.from_path(path))
    return found


def _sentences(article: Article) -> list[str]:
    return [article.text[s:e] for s, e in sentence_spans(article)]


def test_the_stop_words_are_scikit_learns() -> None:
    assert frozenset(ENGLISH_STOP_WORDS) == STOP_WORDS


def test_similarity_matches_scikit_learn_on_every_shipped_and_test_article() -> None:
    articles = _articles()
    assert len(articles) >= 8
    for first, second in itertools.pairwise(articles):
        a, b = _sentences(first), _sentences(second)
        np.testing.assert_allclose(similarity_matrix(a, b), _library_similarity(a, b), atol=1e-12)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (["the and of"], ["it was"]),  # only stop words: the skeletons count alone
        (["a b"], ["c d"]),  # nothing of five letters: no skeletons
        ([""], ["Izium fell."]),
        (["Izyum fell on Saturday."], ["Izium fell on Saturday.", "Rain in Lviv."]),
    ],
)
def test_similarity_matches_scikit_learn_at_the_edges(first: list[str], second: list[str]) -> None:
    np.testing.assert_allclose(
        similarity_matrix(first, second), _library_similarity(first, second), atol=1e-12
    )


_CELLS = st.sampled_from([0.0, 0.0, 0.1, 0.25, 0.5, 1.0]) | st.floats(0, 1)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 9).flatmap(
        lambda rows: st.integers(1, 9).flatmap(
            lambda cols: st.lists(
                st.lists(_CELLS, min_size=cols, max_size=cols), min_size=rows, max_size=rows
            )
        )
    )
)
def test_assignment_is_scipys_including_how_ties_are_broken(matrix: list[list[float]]) -> None:
    m = np.array(matrix)
    rows, cols = linear_sum_assignment(m, maximize=True)
    assert assign_max(m) == (rows.tolist(), cols.tolist())


def test_assignment_on_real_similarities_is_scipys() -> None:
    articles = _articles()
    for first, second in zip(articles, articles[2:], strict=False):
        m = similarity_matrix(_sentences(first), _sentences(second))
        rows, cols = linear_sum_assignment(m, maximize=True)
        assert assign_max(m) == (rows.tolist(), cols.tolist())


@pytest.mark.parametrize("bad", [[1.0, 2.0], [[1.0, float("nan")]]])
def test_assignment_refuses_what_it_cannot_pair(bad: object) -> None:
    with pytest.raises(ValueError, match="'matrix' must"):
        assign_max(bad)


def test_comparing_reports_loads_neither_scikit_learn_nor_scipy() -> None:
    code = (
        "import sys\n"
        "from lessonkit import lesson_article\n"
        "from lessonkit.compare import compare_articles, comparison_texts\n"
        "compare_articles([lesson_article(), *(t.article for t in comparison_texts())])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
