"""The Attribution result type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["CONFIDENCES", "KINDS", "SPEAKER_TYPES", "Attribution", "Refusal"]

KINDS = ("direct", "indirect", "mixed")
CONFIDENCES = ("high", "low")
SPEAKER_TYPES = ("named_person", "named_org", "collective", "anonymous", "unknown")


@dataclass(frozen=True)
class Attribution:
    """Who said what: one reported statement in an article.

    Spans are ``(start, end)`` offsets into the article text, so
    ``text[content_span[0]:content_span[1]] == content``.

    Attributes
    ----------
    speaker
        The speaker's name (a pronoun or surname resolved to an earlier full name),
        else the words that name the source, else None.
    speaker_mention
        Where the source is named in the text, or None.
    speaker_type
        ``"named_person"``, ``"named_org"``, ``"collective"``, ``"anonymous"`` or ``"unknown"``.
    cue, cue_span
        The reporting words (``said``, ``according to``) and where they are.
    kind
        ``"direct"`` (a quotation), ``"indirect"`` (reported speech) or ``"mixed"``
        (reported speech with quoted words inside).
    content, content_span
        What was said, and where.
    rule
        The name of the pattern that found it, to show a reader why.
    loaded_cue
        True when the cue verb colours the words (``admitted``, ``claimed``, ...).
    flags
        Problems recovered from, such as ``"unbalanced-quote"``; not in :meth:`to_dict`.
    confidence
        ``"high"``, or ``"low"`` when the engine is unsure (the reason is in ``flags``):
        quizzes leave low-confidence attributions out, review views mark them.
    """

    speaker: str | None
    speaker_mention: tuple[int, int] | None
    speaker_type: str
    cue: str | None
    cue_span: tuple[int, int] | None
    kind: str
    content: str
    content_span: tuple[int, int]
    rule: str
    loaded_cue: bool
    flags: tuple[str, ...] = ()
    confidence: str = "high"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"'kind' must be one of {KINDS} (got {self.kind!r})")
        if self.speaker_type not in SPEAKER_TYPES:
            raise ValueError(
                f"'speaker_type' must be one of {SPEAKER_TYPES} (got {self.speaker_type!r})"
            )
        if self.confidence not in CONFIDENCES:
            raise ValueError(f"'confidence' must be one of {CONFIDENCES} (got {self.confidence!r})")

    def to_dict(self) -> dict[str, Any]:
        """The public fields as a JSON-ready dict (spans as two-element lists)."""
        return {
            "speaker": self.speaker,
            "speaker_mention": list(self.speaker_mention) if self.speaker_mention else None,
            "speaker_type": self.speaker_type,
            "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "kind": self.kind,
            "content": self.content,
            "content_span": list(self.content_span),
            "rule": self.rule,
            "loaded_cue": self.loaded_cue,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Refusal:
    """Speech withheld: ``The company declined to comment``, ``would not say whether …``.

    Not an attribution (nothing was said), but a lesson can show it. Spans are offsets into
    the article text.

    Attributes
    ----------
    speaker, speaker_mention, speaker_type
        Who declined, resolved like an attribution's speaker (None when the text does not say).
    cue, cue_span
        The refusing words (``declined to comment``, ``would not say``).
    span
        The whole refusal: the cue and what it was about (``whether fuel taxes would rise``).
    topic
        What the speaker would not talk about, or None.
    """

    speaker: str | None
    speaker_mention: tuple[int, int] | None
    speaker_type: str
    cue: str
    cue_span: tuple[int, int]
    span: tuple[int, int]
    topic: str | None

    def to_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict (spans as two-element lists)."""
        return {
            "speaker": self.speaker,
            "speaker_mention": list(self.speaker_mention) if self.speaker_mention else None,
            "speaker_type": self.speaker_type,
            "cue": self.cue,
            "cue_span": list(self.cue_span),
            "span": list(self.span),
            "topic": self.topic,
        }
