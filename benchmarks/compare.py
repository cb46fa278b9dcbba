"""Benchmark of ``lessonkit.compare``: how fast two long articles are compared, and how well
sentences that report the same fact are aligned.

    .venv/bin/python benchmarks/compare.py            # print the figures
    .venv/bin/python benchmarks/compare.py --check    # also fail (exit 1) on a missed target
    .venv/bin/python benchmarks/compare.py --tune     # sweep the threshold on dev/ only

Alignment is scored against the gold ``alignment.yaml`` of every set in
``tests/data/compare/dev/`` (used to choose the threshold) and ``tests/data/compare/test/``
(held out: never used to choose anything). A predicted pair counts as right when both of its
sentences are the two sentences of a gold pair.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

import yaml

from lessonkit import Article, lesson_article
from lessonkit.compare import THRESHOLD, compare_articles

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "data" / "compare"
TARGET_SECONDS = 0.5
WORDS = 5_000


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).casefold()


def load_sets(
    split: str,
) -> list[tuple[str, list[Article], list[str], set[frozenset[tuple[str, str]]]]]:
    """Every set of a split: name, articles, file names and gold pairs of (file, sentence)."""
    found = []
    for folder in sorted((SETS / split).iterdir()) if (SETS / split).is_dir() else []:
        gold_file = folder / "alignment.yaml"
        if not gold_file.is_file():
            continue
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        names = list(gold["articles"])
        articles = [Article.from_path(folder / name) for name in names]
        pairs = {
            frozenset({(p["a"], _norm(p["a_sentence"])), (p["b"], _norm(p["b_sentence"]))})
            for p in gold.get("pairs") or []
        }
        found.append((folder.name, articles, names, pairs))
    return found


def _matches(predicted: tuple[str, str], gold: tuple[str, str]) -> bool:
    """Same file, and the same sentence (allowing for a sentence split differently)."""
    if predicted[0] != gold[0]:
        return False
    p, g = predicted[1], gold[1]
    return p == g or (min(len(p), len(g)) >= 20 and (p in g or g in p))


def score(split: str, threshold: float) -> tuple[float, float, int, int, int]:
    """Precision, recall, right, predicted and gold counts of the alignment on a split."""
    right = predicted_n = gold_n = 0
    for _name, articles, names, gold in load_sets(split):
        comparison = compare_articles(
            articles, threshold=threshold, attributions=[[]] * len(articles)
        )
        gold_n += len(gold)
        left = list(gold)
        for pair in comparison.aligned:
            predicted_n += 1
            ends = [(names[i], _norm(t)) for i, t in zip(pair.articles, pair.texts, strict=True)]
            for g in left:
                a, b = sorted(g)
                if (_matches(ends[0], a) and _matches(ends[1], b)) or (
                    _matches(ends[0], b) and _matches(ends[1], a)
                ):
                    right += 1
                    left.remove(g)
                    break
    precision = right / predicted_n if predicted_n else 0.0
    recall = right / gold_n if gold_n else 0.0
    return precision, recall, right, predicted_n, gold_n


def _long_article(seed: int) -> Article:
    """An article of about WORDS words built from the sentences of the shipped texts."""
    pool = []
    sources = [lesson_article(), *(a for _, arts, _, _ in load_sets("dev") for a in arts)]
    for comparison_text in sorted((ROOT / "data" / "comparison").glob("*.txt")):
        sources.append(Article.from_path(comparison_text))
    for art in sources:
        pool += [art.text[s.start : s.end] for s in art.sentences]
    rng = random.Random(seed)
    paragraphs, words = [], 0
    while words < WORDS:
        sentence = rng.choice(pool)
        # Vary the figures so that no two long articles are the same.
        sentence = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), sentence)
        paragraphs.append(sentence)
        words += len(sentence.split())
    return Article.from_text("\n\n".join(paragraphs), name=f"long-{seed}")


def time_two_long_articles(repeats: int = 5) -> tuple[float, float, int, int]:
    """Median seconds to compare two ~5,000-word articles, and to find whom each quotes."""
    first, second = _long_article(1), _long_article(2)
    times, quote_times = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        comparison = compare_articles([first, second])
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        comparison.quotes()
        quote_times.append(time.perf_counter() - start)
    return (
        statistics.median(times),
        statistics.median(quote_times),
        len(first.text.split()),
        len(second.text.split()),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--tune", action="store_true", help="sweep the threshold on dev/ only")
    args = parser.parse_args(argv)

    if args.tune:
        print("threshold  precision  recall   F1     (dev only)")
        for step in range(8, 46, 2):
            t = step / 100
            p, r, *_ = score("dev", t)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{t:9.2f}  {p:9.3f}  {r:6.3f}  {f1:5.3f}")
        return 0

    ok = True
    seconds, quote_seconds, w1, w2 = time_two_long_articles()
    mark = "ok" if seconds < TARGET_SECONDS else "MISSED"
    print(
        f"compare two articles of {w1:,} and {w2:,} words: {seconds:.3f} s "
        f"(median of 5; target < {TARGET_SECONDS} s) {mark}"
    )
    print(f"  then whom each quotes (attributions of both): {quote_seconds:.3f} s (no target)")
    ok &= seconds < TARGET_SECONDS
    for split in ("dev", "test"):
        sets = load_sets(split)
        if not sets:
            print(f"alignment on {split}/: no sets found in {SETS / split}")
            ok = False
            continue
        p, r, right, predicted, gold = score(split, THRESHOLD)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"alignment on {split}/ ({len(sets)} sets, threshold {THRESHOLD}): "
            f"precision {p:.3f} ({right}/{predicted}), recall {r:.3f} ({right}/{gold}), F1 {f1:.3f}"
        )
    if args.check and not ok:
        print("compare benchmark: a target was missed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
