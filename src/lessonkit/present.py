"""Show a lesson on the projector: ``lessonkit present NOTEBOOK``.

The lesson opens in Voilà as a clean page: the text, the tables, the charts and the widgets,
with no code cells. Cells tagged ``teacher`` are left out, so notes meant for the teacher are
not shown to the class; solutions stay behind their "Show solution" buttons.

Voilà runs a copy of the notebook kept in a temporary folder (removed when the command
stops); the copy's first, invisible cell moves into the notebook's own folder, so a lesson
that reads files beside it finds them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .errors import InputError, LessonkitError

__all__ = ["DEFAULT_PORT", "add_command", "presentation_copy", "voila_command"]

DEFAULT_PORT = 8866
_PORT_TRIES = 50


def presentation_copy(notebook: str | os.PathLike[str], folder: str | os.PathLike[str]) -> Path:
    """Write the copy of ``notebook`` that Voilà shows into ``folder``; return its path.

    The copy has no teacher notes and no outputs, and it starts by moving into the
    notebook's own folder.

    Raises
    ------
    InputError
        If ``notebook`` is not a readable notebook file.

    Examples
    --------
    >>> presentation_copy("no-such-lesson.ipynb", ".")
    Traceback (most recent call last):
    ...
    lessonkit.errors.InputError: no-such-lesson.ipynb: no such file; check the path
    """
    from .student import TEACHER_TAG, _cleared, _nbformat, _read, _tags

    nbformat = _nbformat()

    name = os.fspath(notebook)
    path = Path(notebook)
    if not path.exists():
        raise InputError(name, "no such file", "check the path")
    if path.is_dir():
        raise InputError(name, "is a folder, not a notebook", "name one lesson (.ipynb) inside it")
    if path.suffix.lower() != ".ipynb":
        raise InputError(name, "is not a notebook (.ipynb)", "name a lesson notebook")
    source = _read(path)
    copy = nbformat.from_dict({key: value for key, value in source.items() if key != "cells"})
    copy.metadata.pop("widgets", None)
    home = json.dumps(str(path.resolve().parent))
    move = nbformat.v4.new_code_cell(f"import os as _os\n_os.chdir({home})\ndel _os")
    if source.get("nbformat_minor", 0) >= 5:
        move.id = "lessonkit-present-chdir"
    else:
        move.pop("id", None)
    copy.cells = [move] + [_cleared(c) for c in source.cells if TEACHER_TAG not in _tags(c)]
    target = Path(folder) / path.name
    nbformat.write(copy, target)
    return target


def voila_command(notebook: Path, port: int, *, open_browser: bool = True) -> list[str]:
    """The command line that serves ``notebook`` with Voilà on ``127.0.0.1:port``."""
    command = [
        sys.executable, "-m", "voila", str(notebook),
        f"--port={port}", "--Voila.ip=127.0.0.1", "--Voila.port_retries=0",
        f"--Voila.root_dir={notebook.parent}",
        "--strip_sources=True", "--theme=light",
    ]  # fmt: skip
    if not open_browser:
        command.append("--no-browser")
    return command


def _port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _choose_port(asked: int | None) -> int:
    if asked is not None:
        if not 0 < asked < 65536:
            raise LessonkitError(f"'--port' must be between 1 and 65535 (got {asked})")
        if not _port_is_free(asked):
            raise InputError(f"port {asked}", "is already in use", "pass another --port")
        return asked
    for port in range(DEFAULT_PORT, DEFAULT_PORT + _PORT_TRIES):
        if _port_is_free(port):
            return port
    raise InputError(
        f"ports {DEFAULT_PORT}-{DEFAULT_PORT + _PORT_TRIES - 1}",
        "are all in use",
        "pass a free one with --port",
    )


def _serve(command: list[str], cwd: Path) -> int:
    """Run Voilà until it stops, or until Ctrl+C or a termination signal stops this command."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.getsignal(signal.SIGTERM)
    try:
        signal.signal(signal.SIGTERM, interrupt)
        installed = True
    except ValueError:  # not the main thread: leave signals alone
        installed = False
    process = subprocess.Popen(command, cwd=cwd)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        return 0
    finally:
        if installed:
            signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace) -> str:
    if importlib.util.find_spec("voila") is None:
        raise LessonkitError("presenting needs Voilà: install it with `pip install voila`")
    with tempfile.TemporaryDirectory(prefix="lessonkit-present-") as folder:
        copy = presentation_copy(args.notebook, folder)
        port = _choose_port(args.port)
        command = voila_command(copy, port, open_browser=not args.no_browser)
        print(
            f"lessonkit: presenting {Path(args.notebook).name} at http://127.0.0.1:{port}/ "
            "(press Ctrl+C to stop)",
            flush=True,
        )
        code = _serve(command, cwd=Path(args.notebook).resolve().parent)
    if code not in (0, -2, -15, 130):
        raise InputError(
            args.notebook, f"Voilà stopped with exit code {code}", "see its messages above"
        )
    return ""


def add_command(subparsers: Any) -> None:
    """Add ``lessonkit present NOTEBOOK [--port N] [--no-browser]``."""
    help_text = "show a lesson as a clean page with no code, for the projector"
    parser = subparsers.add_parser(
        "present", help=help_text, description=help_text.capitalize() + " (uses Voilà)."
    )
    parser.add_argument("notebook", metavar="NOTEBOOK", help="the lesson notebook (.ipynb)")
    parser.add_argument(
        "--port", type=int, default=None, help=f"the port to serve on (default: {DEFAULT_PORT})"
    )
    parser.add_argument("--no-browser", action="store_true", help="do not open a browser")
    parser.set_defaults(run=_run)
