"""Write a file so that a reader never sees half of it: a temporary file, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Replace ``path`` with ``data`` in one step (text is written as UTF-8 with ``\\n``).

    The data goes to a hidden temporary file beside ``path``, is flushed to disk, and then
    takes its place; if anything fails, ``path`` is left as it was and the temporary file is
    removed. An :class:`OSError` is passed on for the caller to turn into a message.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp(), "notes.txt")
    >>> write_atomically(target, "first\\n")
    >>> write_atomically(target, "second\\n")
    >>> target.read_text(encoding="utf-8"), [p.name for p in target.parent.iterdir()]
    ('second\\n', ['notes.txt'])
    >>> write_atomically(target.parent / "missing" / "notes.txt", "x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: ...
    """
    target = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
