"""Find the lesson data, whether lessonkit runs from a checkout or from an installed wheel."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["data_path"]


@cache
def _data_root() -> Traversable:
    packaged = resources.files("lessonkit") / "data"
    if packaged.is_dir():
        return packaged
    # An editable install or a plain checkout: data/ sits at the repository root.
    return Path(__file__).resolve().parents[2] / "data"


def data_path(*parts: str) -> Traversable:
    """Return the lesson data file or folder at ``data/<parts...>``.

    Parameters
    ----------
    *parts
        Path components below ``data/``.

    Returns
    -------
    Traversable
        Something with ``read_text()``, ``read_bytes()``, ``open()`` and ``is_file()``.
    """
    node = _data_root()
    for part in parts:
        node = node / part
    return node
