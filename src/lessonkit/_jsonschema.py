"""Import :mod:`jsonschema` (and so :mod:`nbformat`) without loading format checkers nobody uses."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["FORMAT_CHECKER_MODULES", "import_jsonschema"]

# The optional libraries jsonschema's format checkers import when they are installed
# (Jupyter's event library brings them all): IRI grammars, dates, durations, colours,
# host names, URI templates, JSON pointers.
FORMAT_CHECKER_MODULES = (
    "fqdn",
    "idna",
    "isoduration",
    "jsonpointer",
    "rfc3339_validator",
    "rfc3986_validator",
    "rfc3987",
    "rfc3987_syntax",
    "uri_template",
    "webcolors",
)


def import_jsonschema() -> Any:
    """Import :mod:`jsonschema` without its optional format checkers, and return it.

    Where the format checkers' libraries are installed, importing jsonschema loads them all
    (about 0.2 s, and about two seconds more when ``rfc3987-syntax`` compiles its grammars)
    on every kernel start, for a lesson that loads a quiz bank or makes student copies
    (nbformat validates with jsonschema). lessonkit's schemas use no ``format`` keyword and
    no checker is asked for, so those libraries are kept out while jsonschema loads; anything
    that imports one of them itself later gets it as usual.
    """
    if "jsonschema" in sys.modules:
        return sys.modules["jsonschema"]
    blocked = [name for name in FORMAT_CHECKER_MODULES if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import jsonschema
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return jsonschema
