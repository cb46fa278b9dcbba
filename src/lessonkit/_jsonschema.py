"""Import :mod:`jsonschema` (and so :mod:`nbformat`) without compiling grammars nobody uses."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["import_jsonschema"]


def import_jsonschema() -> Any:
    """Import :mod:`jsonschema` without its optional IRI format checker, and return it.

    Where ``rfc3987-syntax`` is installed (Jupyter's event library brings it), importing
    jsonschema compiles its grammars: about two seconds on every kernel start, for a lesson
    that loads a quiz bank or makes student copies (nbformat validates with jsonschema).
    lessonkit's schemas use no ``format`` keyword, so that checker is kept out while
    jsonschema loads; anything that imports ``rfc3987_syntax`` itself later gets it as usual.
    """
    if "jsonschema" in sys.modules:
        return sys.modules["jsonschema"]
    blocked = "rfc3987_syntax" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
    try:
        import jsonschema
    finally:
        if blocked and sys.modules.get("rfc3987_syntax") is None:
            del sys.modules["rfc3987_syntax"]
    return jsonschema
