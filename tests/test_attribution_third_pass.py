"""The third-pass test sets, scored item by item as the second-pass set is.

``tests/data/attribution_third_pass_dev.yaml`` is the half rules are developed against;
``tests/data/attribution_third_pass_test.yaml`` is held out: it is only scored, never read
to tune a rule. Both were written blind, before the rules they measure. Items the engine
still gets wrong are strict xfails, so a fix shows up as an unexpected pass.

Run this file as a script for the per-class table of each half::

    python tests/test_attribution_third_pass.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_attribution_second_pass import judge

from lessonkit.attribution import extract_attributions

DATA = Path(__file__).parent / "data"
HALVES = {
    half: yaml.safe_load((DATA / f"attribution_third_pass_{half}.yaml").read_text("utf-8"))
    for half in ("dev", "test")
}

# Items the engine does not get right yet. The held-out half's are listed by id only.
HELD_OUT_MISSES = ("pron-t02", "iss-t01", "iss-t02", "iss-t05", "nest-t04", "sq-t03")
HELD_OUT_MISSES += ("sq-t05", "st-t03")
KNOWN_MISSES: dict[str, str] = {
    "pron-d05": "'Asked whether ...' is reported as a question",
    "iss-d05": "'A statement on the band’s website' is not given to the band",
    **dict.fromkeys(HELD_OUT_MISSES, "held out"),
    # where the set and lessonkit read a passage differently on purpose
    "fc-t02": "held out; lessonkit reports 'X is said to ...' as a claim with no named source",
    "fc-t04": "held out; lessonkit reports the object of 'mentioned', 'questioned' as what was said",
}


def _params(half: str) -> list[Any]:
    out = []
    for item in HALVES[half]:
        marks = []
        if item["id"] in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[item["id"]]))
        out.append(pytest.param(item, id=item["id"], marks=marks))
    return out


def test_the_halves_are_well_formed_and_apart() -> None:
    dev = [item["id"] for item in HALVES["dev"]]
    test = [item["id"] for item in HALVES["test"]]
    assert len(dev) == len(set(dev)) == len(test) == len(set(test)) == 45
    assert not set(dev) & set(test)
    assert {i["class"] for i in HALVES["dev"]} == {i["class"] for i in HALVES["test"]}
    assert set(KNOWN_MISSES) <= set(dev) | set(test)


@pytest.mark.parametrize("item", _params("dev"))
def test_third_pass_dev_item(item: dict[str, Any]) -> None:
    verdict = judge(item, extract_attributions(item["text"]))
    assert verdict.passed, "; ".join(verdict.problems)


@pytest.mark.parametrize("item", _params("test"))
def test_third_pass_held_out_item(item: dict[str, Any]) -> None:
    verdict = judge(item, extract_attributions(item["text"]))
    assert verdict.passed, "; ".join(verdict.problems)


def main() -> None:
    """Print each half's per-class table."""
    for half, items in HALVES.items():
        passed: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for item in items:
            total[item["class"]] += 1
            passed[item["class"]] += judge(item, extract_attributions(item["text"])).passed
        table = ", ".join(f"{c} {passed[c]}/{total[c]}" for c in sorted(total))
        print(f"{half}: {sum(passed.values())}/{sum(total.values())} ({table})")


if __name__ == "__main__":
    main()
