"""lessonkit: Jupyter lessons on reading the news — who said what, and do the numbers add up.

Data flows one way: text → :class:`Article` → :class:`Attribution` s → lesson views.
Heavy parts (charts, widgets) are imported only when used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .article import Article, Paragraph, Sentence, lesson_article
from .errors import InputError, LessonkitError, LessonkitWarning

if TYPE_CHECKING:
    from .attribution import Attribution, extract_attributions
    from .lesson import lesson_metadata, load_gold
    from .sources import find_source, load_sources
    from .tables import table

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "InputError",
    "LessonkitError",
    "LessonkitWarning",
    "Paragraph",
    "Sentence",
    "extract_attributions",
    "find_source",
    "lesson_article",
    "lesson_metadata",
    "load_gold",
    "load_sources",
    "table",
]

_LAZY = {
    "Attribution": "lessonkit.attribution",
    "extract_attributions": "lessonkit.attribution",
    "find_source": "lessonkit.sources",
    "lesson_metadata": "lessonkit.lesson",
    "load_gold": "lessonkit.lesson",
    "load_sources": "lessonkit.sources",
    "table": "lessonkit.tables",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lessonkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
