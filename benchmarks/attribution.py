"""Benchmark the attribution engine against hand-checked gold and PolNeAR.

Usage::

    python benchmarks/attribution.py [--polnear PATH] [--split dev] [--check]

Reports, for (a) the shipped article's gold file and (b) a PolNeAR split:

* content P/R/F1: a predicted content matches a gold content when
  ``2 * overlap / (len_gold + len_pred) >= 0.5``; pairs are matched one to one,
  greedily by score (the best-scoring pair first, then the next among the unmatched);
* end-to-end P/R/F1: the content matched AND the speaker is right. The speaker is
  right when the predicted ``speaker_mention`` overlaps the gold source span; where the
  gold has no source span, when the prediction has none either (PolNeAR) or when the
  speaker names agree (shipped gold);
* the same two figures for gold contents that contain, or sit right inside, a double
  quotation mark (``"`` “ ” « »; the shipped gold leaves the marks out of direct
  quotes), with precision over predicted contents that do;
* quote-marked speaker-correct recall: the share of quote-marked gold contents found
  with the right speaker (the end-to-end recall on that subset);
* throughput: ``extract_attributions`` over the whole split's text (strings in, so
  reading each text into paragraphs as ``Article.from_text`` does is included), best of
  several repeats, in MB of UTF-8 per second of wall time, and of CPU time
  (``time.process_time``, steadier on a shared machine; the target is checked on wall).

PolNeAR is scored twice: with our pieces as extracted (for reference), and in PolNeAR's
conventions: continuation quotes joined to the quote before them (one discontinuous
content for ``“A,” she said. “B.”``; see ``join_for_polnear``), and refusals to speak
(``declined to comment``), which lessonkit reports apart through ``find_refusals``, scored
as the attributions PolNeAR makes of them (``refusals_for_polnear``). The PolNeAR targets
are checked on these figures.

``--check`` exits 1 when a target is missed: shipped end-to-end F1 >= 1.0, PolNeAR dev
end-to-end F1 >= 0.68, quote-marked speaker-correct recall >= 0.86, throughput >= 0.7 MB/s.
The first three are the goals, which the engine now meets (0.688 and 0.861 on dev). The
throughput figure is a floor against regressions only: the engine does 1.1-1.5 MB/s, as fast
as the shared machine is at the time; the goal is 1.5 MB/s.
PolNeAR rule for articles with several annotators: the first annotation file in sorted
order (see ``_polnear.py``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _polnear import load_split

from lessonkit import Article, Attribution, extract_attributions
from lessonkit._resources import data_path
from lessonkit.attribution import find_refusals

SHIPPED = "guardian-2022-09-10-kharkiv-counteroffensive"
QUOTE_MARKS = '"“”«»'
TARGETS = {
    "shipped end-to-end F1": 1.0,
    "PolNeAR end-to-end F1": 0.68,
    "quote-marked speaker-correct recall": 0.86,
    # A floor against further regressions, not the goal: 1.1-1.5 MB/s here (wall, best of 5),
    # as fast as the shared machine is at the time, and about a third less when another job
    # shares the two cores. The goal is above 1.5 MB/s.
    "throughput MB/s": 0.7,
}


@dataclass(frozen=True)
class Item:
    """A content span with its speaker evidence (gold or predicted)."""

    content: tuple[int, int]
    mention: tuple[int, int] | None
    speaker: str | None
    quoted: bool


@dataclass
class Score:
    """Counts for one comparison."""

    pred: int = 0
    gold: int = 0
    content_hits: int = 0
    e2e_hits: int = 0

    def add(self, other: Score) -> None:
        self.pred += other.pred
        self.gold += other.gold
        self.content_hits += other.content_hits
        self.e2e_hits += other.e2e_hits

    @staticmethod
    def prf(hits: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = hits / pred if pred else 0.0
        r = hits / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    total = (a[1] - a[0]) + (b[1] - b[0])
    return 2 * overlap / total if total else 0.0


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


def _norm(name: str | None) -> str:
    return " ".join((name or "").replace("’", "'").lower().split())


def speaker_right(pred: Item, gold: Item) -> bool:
    if gold.mention is not None and overlaps(pred.mention, gold.mention):
        return True
    if gold.mention is None and gold.speaker is None:
        return pred.mention is None
    g, p = _norm(gold.speaker), _norm(pred.speaker)
    return bool(g and p and (g == p or g in p or p in g))


def match(preds: Sequence[Item], golds: Sequence[Item]) -> list[tuple[int, int]]:
    """Greedy-by-score one-to-one matching of contents with Dice >= 0.5."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            d = dice(p.content, g.content)
            if d >= 0.5:
                pairs.append((d, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def score(
    preds: Sequence[Item], golds: Sequence[Item], keep: Callable[[Item], bool] = lambda _: True
) -> Score:
    pairs = match(preds, golds)
    s = Score(pred=sum(1 for p in preds if keep(p)), gold=sum(1 for g in golds if keep(g)))
    for i, j in pairs:
        if not keep(golds[j]):
            continue
        s.content_hits += 1
        if speaker_right(preds[i], golds[j]):
            s.e2e_hits += 1
    return s


def score_subset_precision(preds: Sequence[Item], golds: Sequence[Item]) -> tuple[int, int, int]:
    """Quote-marked predictions that match any gold (content, e2e) and their count."""
    pairs = match(preds, golds)
    content = e2e = 0
    for i, j in pairs:
        if preds[i].quoted:
            content += 1
            e2e += speaker_right(preds[i], golds[j])
    return sum(p.quoted for p in preds), content, e2e


def join_for_polnear(text: str, attrs: list[Attribution]) -> list[Attribution]:
    """Map our output to PolNeAR's convention for interrupted and continued quotes.

    PolNeAR annotates ``“A,” she said, “B.”`` and ``“A,” she said. “B.”`` as ONE content
    with a discontinuous span (whose hull we score). We report such pieces separately, so
    for PolNeAR only, a continuation quote (rule ``continuation-quote``) is joined to the
    direct quote just before it when both are in one paragraph and have the same speaker.
    What lies between the two pieces stands apart from the joining and is kept as it is: a
    quotation nested inside the first piece, and an attribution in the words around the cue
    (``“A,” she said, noting that X. “B.”``, ``“A,” he said, asked about Y. “B.”``), which
    PolNeAR also annotates as one of its own inside the discontinuous content. An account
    that relays the first piece (``“A,” she said, according to the Gazette. “B.”``, lessonkit's
    ``according-to`` attribution of ``“A,” she said``) is extended over the continuation
    too: PolNeAR gives the whole discontinuous quotation to the account.
    """
    out: list[Attribution] = []
    for a in attrs:
        # The direct quote before, past what lies between it and this piece.
        prev = next(
            (
                p
                for p in reversed(out)
                if p.rule != "nested-quote" and (p.kind != "indirect" or a.kind != "direct")
            ),
            None,
        )
        if (
            prev is not None
            and a.kind == "direct"
            and prev.kind in ("direct", "mixed")
            and a.speaker == prev.speaker
            and a.rule in ("continuation-quote", "multi-paragraph-quote")
            and "\n" not in text[prev.content_span[1] : a.content_span[0]]
        ):
            span = (prev.content_span[0], a.content_span[1])
            at = max(i for i, p in enumerate(out) if p is prev)
            out[at] = dataclasses.replace(prev, content=text[span[0] : span[1]], content_span=span)
            for k, r in enumerate(out):
                # '“A,” Ruiz said, according to the Gazette. “B.”': the account relays B too.
                if (
                    r.rule == "according-to"
                    and r.content_span[0] <= span[0] < r.content_span[1] <= a.content_span[0]
                ):
                    whole = (r.content_span[0], span[1])
                    out[k] = dataclasses.replace(
                        r, content=text[whole[0] : whole[1]], content_span=whole
                    )
            continue
        out.append(a)
    return out


def refusals_for_polnear(article: Article, attrs: list[Attribution]) -> list[Item]:
    """PolNeAR annotates a refusal (``declined to comment``, ``would not say whether X``) as
    an attribution whose content is the refusal; lessonkit reports refusals apart, through
    ``find_refusals``. For PolNeAR only, each refusal outside the content of an attribution
    (``she said he would not comment`` is already hers) is scored as such an attribution."""
    return [
        Item(r.span, r.speaker_mention, r.speaker, quoted(article.text, r.span))
        for r in find_refusals(article)
        if not any(a.content_span[0] <= r.span[0] < a.content_span[1] for a in attrs)
    ]


def predicted_items(text: str, polnear: bool = False) -> list[Item]:
    out = []
    article = Article.from_text(text)
    attrs = extract_attributions(article)
    if polnear:
        attrs = join_for_polnear(text, attrs)
    for a in attrs:
        out.append(
            Item(
                a.content_span,
                a.speaker_mention,
                a.speaker,
                quoted(text, a.content_span),
            )
        )
    if polnear:
        out.extend(refusals_for_polnear(article, attrs))
    return out


def quoted(text: str, span: tuple[int, int]) -> bool:
    """Does the content hold, or sit right inside, a double quotation mark?"""
    return any(c in text[max(0, span[0] - 1) : span[1] + 1] for c in QUOTE_MARKS)


def report(title: str, docs: list[tuple[list[Item], list[Item]]]) -> dict[str, float]:
    total, quoted_total = Score(), Score()
    qp = qc = qe = 0
    for preds, golds in docs:
        total.add(score(preds, golds))
        quoted_total.add(score(preds, golds, keep=lambda it: it.quoted))
        n, c, e = score_subset_precision(preds, golds)
        qp, qc, qe = qp + n, qc + c, qe + e
    cp, cr, cf = Score.prf(total.content_hits, total.pred, total.gold)
    ep, er, ef = Score.prf(total.e2e_hits, total.pred, total.gold)
    qcr = quoted_total.content_hits / quoted_total.gold if quoted_total.gold else 0.0
    qer = quoted_total.e2e_hits / quoted_total.gold if quoted_total.gold else 0.0
    qcp = qc / qp if qp else 0.0
    qep = qe / qp if qp else 0.0

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    print(f"== {title}: {total.gold} gold, {total.pred} predicted")
    print(f"  content      P {cp:.3f}  R {cr:.3f}  F1 {cf:.3f}")
    print(f"  end-to-end   P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}")
    print(f"  quote-marked ({quoted_total.gold} gold, {qp} predicted)")
    print(f"    content    P {qcp:.3f}  R {qcr:.3f}  F1 {f1(qcp, qcr):.3f}")
    print(f"    end-to-end P {qep:.3f}  R {qer:.3f}  F1 {f1(qep, qer):.3f}")
    print(f"    speaker-correct recall {qer:.3f}")
    share = quoted_total.e2e_hits / quoted_total.content_hits if quoted_total.content_hits else 0.0
    print(f"    (speaker right among the quote-marked contents found: {share:.3f})")
    return {"e2e_f1": ef, "quoted_speaker_recall": qer}


def shipped_docs() -> list[tuple[list[Item], list[Item]]] | None:
    gold_file = data_path("gold", f"{SHIPPED}.json")
    if not gold_file.is_file():
        return None
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = data_path(*gold["article"].split("/")).read_text(encoding="utf-8")
    text = Article.from_text(text).text
    golds = []
    for g in gold["attributions"]:
        span = (int(g["content_span"][0]), int(g["content_span"][1]))
        mention = g.get("speaker_mention")
        golds.append(
            Item(
                span,
                (int(mention[0]), int(mention[1])) if mention else None,
                g.get("speaker"),
                quoted(text, span),
            )
        )
    return [(predicted_items(text), golds)]


def polnear_docs(
    root: Path, split: str, join: bool = True
) -> tuple[list[tuple[list[Item], list[Item]]], list[str]]:
    docs = []
    texts = []
    for art in load_split(root, split):
        golds = [
            Item(g.content, g.source, None, quoted(art.text, g.content)) for g in art.attributions
        ]
        docs.append((predicted_items(art.text, polnear=join), golds))
        texts.append(art.text)
    return docs, texts


def throughput(texts: list[str], repeats: int = 5) -> tuple[float, float]:
    """MB/s of wall time and of CPU time, each the best of ``repeats``."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = best_cpu = float("inf")
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            extract_attributions(t)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return size / 1e6 / best, size / 1e6 / best_cpu


def invented_sets() -> list[tuple[str, int, int]]:
    """``(name, passed, items)`` for the invented passage sets in ``tests/data``.

    They were written before the rules they measure, in wire, broadsheet and tabloid styles;
    the third pass's ``test`` half and the fourth and fifth passes' sets are held out (only
    ever scored). An item passes when every attribution it expects is found with the right
    speaker, type and kind, and nothing is read where it lists none (the rule of
    ``tests/test_attribution_second_pass.py``); a fourth-pass item, when its content is found
    with the speaker mention it names (``tests/test_attribution_documents_and_statements.py``);
    a fifth-pass item, when its content is found with that speaker as written or as resolved
    (``tests/test_attribution_fifth_pass.py``).
    """
    import yaml

    tests = Path(__file__).resolve().parents[1] / "tests"
    sys.path.insert(0, str(tests))
    from test_attribution_second_pass import judge

    out = []
    for name in ("second_pass", "third_pass_dev", "third_pass_test"):
        path = tests / "data" / f"attribution_{name}.yaml"
        if not path.is_file():
            continue
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        passed = sum(judge(item, extract_attributions(item["text"])).passed for item in items)
        out.append((name.replace("_", "-"), passed, len(items)))
    if (tests / "data" / "attribution_fourth_pass_test.yaml").is_file():
        # held out too; each item names one speaker mention and content (its own judge)
        import test_attribution_documents_and_statements as fourth

        passed = sum(not fourth.judge(item) for item in fourth.HELD_OUT)
        out.append(("fourth-pass-test", passed, len(fourth.HELD_OUT)))
    if (tests / "data" / "attribution_fifth_pass_test.yaml").is_file():
        # held out; a source may match the mention or the resolved speaker ("who" clauses)
        import test_attribution_fifth_pass as fifth

        passed = sum(not fifth.judge(item) for item in fifth.HELD_OUT)
        out.append(("fifth-pass-test", passed, len(fifth.HELD_OUT)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, default=Path("../shared/polnear"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    try:
        docs, texts = polnear_docs(args.polnear, args.split)
    except FileNotFoundError as exc:
        print(f"attribution benchmark: {exc}; pass --polnear PATH to the corpus", file=sys.stderr)
        return 2
    if not docs:
        print(
            f"attribution benchmark: no articles in {args.polnear} split {args.split!r}; "
            "pass --polnear PATH to the corpus",
            file=sys.stderr,
        )
        return 2
    results: dict[str, float] = {}
    shipped = shipped_docs()
    if shipped is None:
        print(f"== shipped article: no gold file data/gold/{SHIPPED}.json yet")
        results["shipped end-to-end F1"] = 0.0
    else:
        results["shipped end-to-end F1"] = report("shipped article", shipped)["e2e_f1"]
    raw_docs, _ = polnear_docs(args.polnear, args.split, join=False)
    report(f"PolNeAR {args.split}, pieces as extracted (for reference)", raw_docs)
    got = report(
        f"PolNeAR {args.split}, quote pieces joined and refusals added (PolNeAR's conventions)",
        docs,
    )
    results["PolNeAR end-to-end F1"] = got["e2e_f1"]
    results["quote-marked speaker-correct recall"] = got["quoted_speaker_recall"]
    for name, passed, items in invented_sets():
        print(f"== invented passages, {name}: {passed} of {items} right")
    mbps, cpu_mbps = throughput(texts)
    results["throughput MB/s"] = mbps
    print(
        f"== throughput: {mbps:.2f} MB/s wall, {cpu_mbps:.2f} MB/s CPU"
        f" (best of 5 over {len(texts)} articles)"
    )
    missed = [k for k, v in TARGETS.items() if results[k] < v]
    for k, v in TARGETS.items():
        mark = "ok " if results[k] >= v else "MISS"
        print(f"  [{mark}] {k}: {results[k]:.3f} (target {v})")
    if args.check and missed:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
