"""TF-IDF cosine similarity and an optimal one-to-one assignment, with NumPy alone.

Sentence alignment needs two small pieces of numerics: the cosine similarity of TF-IDF word
vectors and the best one-to-one pairing of the rows and columns of a matrix. scikit-learn and
SciPy have both, but loading them takes longer (about two seconds when a lesson starts) than
comparing four reports does. These are the same computations, written for the sizes a lesson
meets (a few hundred sentences):

* :func:`tfidf_rows` weighs terms as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` does
  (``1 + log(count)`` times the smoothed idf ``1 + log((1 + n) / (1 + df))``, each row scaled to
  length 1), over word uni- and bigrams with stop words left out before the bigrams are made;
* :func:`cosine` takes rows of several such parts, each weighted, and returns the matrix of
  cosine similarities;
* :func:`assign_max` is the shortest augmenting path algorithm (Crouse 2016) that SciPy's
  ``linear_sum_assignment`` uses, with the same way of breaking ties.

The tests check all three against scikit-learn and SciPy.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

__all__ = ["Row", "assign_max", "cosine", "tfidf_rows"]

Row = dict[str, float]
_TOKEN = re.compile(r"(?u)\b\w+\b")


def _terms(doc: str, stop_words: frozenset[str], bigrams: bool) -> list[str]:
    tokens = [t for t in _TOKEN.findall(doc.lower()) if t not in stop_words]
    if not bigrams:
        return tokens
    return tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def tfidf_rows(
    docs: Sequence[str], *, stop_words: frozenset[str] = frozenset(), bigrams: bool = False
) -> list[Row] | None:
    """Sublinear TF-IDF vectors of ``docs``, each of length 1 (or empty), as term → weight.

    Returns ``None`` when no document has a term left to count.

    Examples
    --------
    >>> rows = tfidf_rows(["red fox", "red hen"])
    >>> round(rows[0]["red"], 2), round(rows[0]["fox"], 3)
    (0.58, 0.815)
    >>> tfidf_rows(["the", ""], stop_words=frozenset({"the"})) is None
    True
    """
    counts = [Counter(_terms(d, stop_words, bigrams)) for d in docs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    if not df:
        return None
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + k)) + 1 for t, k in df.items()}
    rows = []
    for c in counts:
        row = {t: (math.log(k) + 1) * idf[t] for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in row.values()))
        rows.append({t: w / norm for t, w in row.items()} if norm else {})
    return rows


def cosine(first: Sequence[Sequence[Row]], second: Sequence[Sequence[Row]]) -> Any:
    """Cosine similarities (rows: ``first``) of vectors made of weighted parts.

    ``first[i]`` and ``second[j]`` are lists of parts, each a term → weight mapping already
    scaled as wanted; parts are kept apart (a term of part 0 never meets a term of part 1).

    Examples
    --------
    >>> m = cosine([[{"a": 1.0}], [{"b": 1.0}]], [[{"a": 0.6, "b": 0.8}]])
    >>> [round(float(x), 2) for x in m[:, 0]]
    [0.6, 0.8]
    """
    import numpy as np

    def flat(parts: Sequence[Row]) -> dict[tuple[int, str], float]:
        out = {(k, t): w for k, part in enumerate(parts) for t, w in part.items()}
        norm = math.sqrt(sum(w * w for w in out.values()))
        return {key: w / norm for key, w in out.items()} if norm else {}

    a = [flat(p) for p in first]
    b = [flat(p) for p in second]
    shared = sorted(set().union(*a) & set().union(*b)) if a and b else []
    index = {key: i for i, key in enumerate(shared)}
    left = np.zeros((len(a), len(shared)))
    right = np.zeros((len(b), len(shared)))
    for matrix, rows in ((left, a), (right, b)):
        for r, row in enumerate(rows):
            for key, w in row.items():
                column = index.get(key)
                if column is not None:
                    matrix[r, column] = w
    return left @ right.T


def assign_max(matrix: Any) -> tuple[list[int], list[int]]:
    """Rows and columns of the one-to-one pairing with the largest total, rows in order.

    Each row is paired with at most one column and each column with at most one row;
    ``min(rows, columns)`` pairs are made.

    Examples
    --------
    >>> assign_max([[1.0, 5.0], [4.0, 4.0]])
    ([0, 1], [1, 0])
    >>> assign_max([[1.0], [3.0], [2.0]])
    ([1], [0])
    """
    import numpy as np

    cost = -np.asarray(matrix, dtype=float)
    if cost.ndim != 2:
        raise ValueError(f"'matrix' must be two-dimensional (got {cost.ndim} dimensions)")
    if not np.isfinite(cost).all():
        raise ValueError("'matrix' must hold finite numbers only")
    transposed = cost.shape[0] > cost.shape[1]
    if transposed:
        cost = cost.T
    col4row = _shortest_augmenting_paths(cost)
    if transposed:
        pairs = sorted((c, r) for r, c in enumerate(col4row))
    else:
        pairs = list(enumerate(col4row))
    return [r for r, _ in pairs], [c for _, c in pairs]


def _shortest_augmenting_paths(cost: Any) -> list[int]:
    """The column of each row in a minimum-cost assignment (rows ≤ columns)."""
    import numpy as np

    nr, nc = cost.shape
    u = np.zeros(nr)
    v = np.zeros(nc)
    col4row = np.full(nr, -1)
    row4col = np.full(nc, -1)
    for current in range(nr):
        shortest = np.full(nc, np.inf)
        path = np.full(nc, -1)
        seen_rows = np.zeros(nr, dtype=bool)
        seen_cols = np.zeros(nc, dtype=bool)
        remaining = np.arange(nc - 1, -1, -1)  # SciPy's scan order, for the same tie-breaks
        lowest_so_far = 0.0
        i, sink = current, -1
        while sink == -1:
            seen_rows[i] = True
            reduced = lowest_so_far + cost[i, remaining] - u[i] - v[remaining]
            better = reduced < shortest[remaining]
            path[remaining[better]] = i
            shortest[remaining[better]] = reduced[better]
            costs = shortest[remaining]
            lowest = costs.min()
            ties = np.flatnonzero(costs == lowest)
            free = ties[row4col[remaining[ties]] == -1]
            k = int(free[-1] if free.size else ties[0])
            lowest_so_far = float(lowest)
            j = int(remaining[k])
            if row4col[j] == -1:
                sink = j
            else:
                i = int(row4col[j])
            seen_cols[j] = True
            remaining[k] = remaining[-1]
            remaining = remaining[:-1]
        u[current] += lowest_so_far
        rows = np.flatnonzero(seen_rows)
        rows = rows[rows != current]
        u[rows] += lowest_so_far - shortest[col4row[rows]]
        v[seen_cols] -= lowest_so_far - shortest[seen_cols]
        j = sink
        while True:
            i = int(path[j])
            row4col[j] = i
            col4row[i], j = j, int(col4row[i])
            if i == current:
                break
    return [int(c) for c in col4row]
