"""Read the PolNeAR corpus (brat standoff) into plain spans for the attribution benchmark.

Annotator rule: some articles carry more than one annotation file
(``<article>_<annotator>.ann``); we use the first file in sorted (annotator id) order and
ignore the others, so every article counts once.

Discontinuous brat spans (``start end;start end``) are reduced to their hull
``(first start, last end)``. Relations without a Content span are dropped. ``Discard`` and
``Discuss`` spans are not attributions and are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GoldAttribution", "PolnearArticle", "load_split"]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.M)
_E_LINE = re.compile(r"^E\d+\t(.*)$", re.M)


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: hull spans of content, source and cue."""

    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


@dataclass(frozen=True)
class PolnearArticle:
    """An article's text, its name and its annotated attributions."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _hull(spec: str) -> tuple[int, int]:
    numbers = [int(n) for n in re.split(r"[ ;]+", spec.strip())]
    return (min(numbers), max(numbers))


def parse_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """Parse brat standoff text into attributions (offsets as hulls)."""
    spans: dict[str, tuple[int, int]] = {}
    for match in _T_LINE.finditer(ann):
        spans[match.group(1)] = _hull(match.group(3))
    found: list[GoldAttribution] = []
    for match in _E_LINE.finditer(ann):
        roles: dict[str, str] = {}
        for part in match.group(1).split():
            if ":" in part:
                role, ref = part.split(":", 1)
                roles[role] = ref
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        found.append(
            GoldAttribution(
                content=content,
                source=spans.get(roles.get("Source", "")),
                cue=spans.get(roles.get("Cue", "")),
            )
        )
    found.sort(key=lambda a: a.content)
    return tuple(found)


def load_split(root: Path, split: str) -> list[PolnearArticle]:
    """Load one split (``train``/``dev``/``test``) of PolNeAR found under ``root``.

    ``root`` may be the corpus directory (holding ``data/``) or its ``data/`` directory.
    Raises ``FileNotFoundError`` when the split's ``text`` directory is missing.
    """
    base = root / "data" if (root / "data").is_dir() else root
    text_dir = base / split / "text"
    ann_dir = base / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"no PolNeAR split {split!r} under {root} (expected {text_dir})")
    by_article: dict[str, Path] = {}
    for ann_path in sorted(ann_dir.glob("*.ann")):
        article = ann_path.stem.rsplit("_", 1)[0]
        by_article.setdefault(article, ann_path)
    articles: list[PolnearArticle] = []
    for article, ann_path in sorted(by_article.items()):
        text_path = text_dir / f"{article}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        ann = ann_path.read_text(encoding="utf-8")
        articles.append(PolnearArticle(article, text, parse_ann(ann)))
    return articles
