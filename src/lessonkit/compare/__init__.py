"""Compare sources: who gets a voice inside one report, and how reports of the same events differ.

No plotting here: :mod:`lessonkit.compareview` draws the charts and tables.
"""

from __future__ import annotations

from ._align import (
    THRESHOLD,
    Aligned,
    ArticleQuotes,
    Comparison,
    FigureDifference,
    OnlyIn,
    Quote,
    compare_articles,
    similarity_matrix,
)
from ._balance import (
    UNKNOWN_SIDE,
    SideBalance,
    SourceBalance,
    SourcingShare,
    SpeakerBalance,
    quoted_words,
    source_balance,
)
from ._framing import (
    CueUse,
    Framing,
    Reason,
    ReporterSentence,
    WordUse,
    framing,
    reporter_sentences,
)
from ._lexicon import Lexicons, load_lexicons
from ._texts import LABEL, ComparisonText, FactRef, SourcedSentence, comparison_texts

__all__ = [
    "LABEL",
    "THRESHOLD",
    "UNKNOWN_SIDE",
    "Aligned",
    "ArticleQuotes",
    "Comparison",
    "ComparisonText",
    "CueUse",
    "FactRef",
    "FigureDifference",
    "Framing",
    "Lexicons",
    "OnlyIn",
    "Quote",
    "Reason",
    "ReporterSentence",
    "SideBalance",
    "SourceBalance",
    "SourcedSentence",
    "SourcingShare",
    "SpeakerBalance",
    "WordUse",
    "compare_articles",
    "comparison_texts",
    "framing",
    "load_lexicons",
    "quoted_words",
    "reporter_sentences",
    "similarity_matrix",
    "source_balance",
]
