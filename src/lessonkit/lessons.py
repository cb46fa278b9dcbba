"""Open the lessons from a working copy: ``lessonkit lessons [DIR]``.

The shipped notebooks are copied into a folder of the user's (``./lessonkit-lessons`` by
default), carrying the metadata of the kernel installed here (so opening one does not mark it
changed), and JupyterLab starts there, so running a lesson, saving it or storing answers never
touches the repository or the installed package. A copy the student has changed is never
overwritten without asking: a small manifest in the folder remembers what each file looked
like when it was copied.

JupyterLab is configured for this session only (an extra config folder on
``JUPYTER_CONFIG_PATH``): no news pop-up, no update check. The user's own settings stay as
they are. As root (common in school containers) the command says so and adds
``--allow-root``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ._files import write_atomically
from .errors import InputError

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "DEFAULT_FOLDER",
    "CopyReport",
    "copy_lessons",
    "installed_kernel_metadata",
    "lab_command",
    "lab_environment",
    "shipped_lessons",
    "write_session_config",
]

DEFAULT_FOLDER = "lessonkit-lessons"
_MANIFEST = ".lessonkit-lessons.json"
# Plugins that fetch news or check for updates; the first asks "get notified about news?".
_DISABLED_PLUGINS = ("@jupyterlab/apputils-extension:announcements",)


def _notebooks_root() -> Traversable:
    from importlib import resources

    packaged = resources.files("lessonkit") / "notebooks"
    if packaged.is_dir():
        return packaged
    # An editable install or a plain checkout: notebooks/ sits at the repository root.
    return Path(__file__).resolve().parents[2] / "notebooks"


def shipped_lessons() -> list[Traversable]:
    """The lesson notebooks that come with lessonkit, in teaching order.

    Examples
    --------
    >>> names = [f.name for f in shipped_lessons()]
    >>> names == sorted(names) and all(n.endswith(".ipynb") for n in names)
    True
    """
    root = _notebooks_root()
    return sorted(
        (f for f in root.iterdir() if f.name.endswith(".ipynb") and f.is_file()),
        key=lambda f: f.name,
    )


def installed_kernel_metadata() -> dict[str, object]:
    """The notebook metadata that the installed ipykernel writes on its first run.

    A notebook that already carries exactly this is not marked as changed when it opens.
    """
    from ipykernel.ipkernel import IPythonKernel
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    return {
        "kernelspec": {
            "display_name": spec.display_name,
            "language": spec.language,
            "name": "python3",
        },
        "language_info": dict(IPythonKernel.language_info),
    }


def _prepare(data: bytes, metadata: Mapping[str, object]) -> bytes:
    """The lesson as the working copy holds it: with this machine's kernel metadata."""
    notebook = json.loads(data.decode("utf-8"))
    notebook.setdefault("metadata", {}).update(metadata)
    return (json.dumps(notebook, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class CopyReport:
    """What :func:`copy_lessons` did with each lesson.

    Attributes
    ----------
    folder
        The working folder.
    copied
        Lessons written (new, or replaced because the student had not changed them).
    unchanged
        Lessons already there and identical to the shipped ones.
    kept
        Lessons the student has changed, left as they are although a newer one ships.
    """

    folder: Path
    copied: tuple[str, ...]
    unchanged: tuple[str, ...]
    kept: tuple[str, ...]


def _read_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items()}


def copy_lessons(
    folder: str | os.PathLike[str] = DEFAULT_FOLDER,
    *,
    ask: Callable[[str], bool] | None = None,
) -> CopyReport:
    """Copy the shipped lessons into ``folder``, keeping any copy the student has changed.

    Parameters
    ----------
    folder
        Where the working copies go; created if missing.
    ask
        Called with a lesson's name when the student's copy differs from what was copied
        and a different version ships; return True to replace it. By default, keep it.

    Returns
    -------
    CopyReport

    Raises
    ------
    InputError
        If ``folder`` is a file or cannot be written.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp(), "lessons")
    >>> copy_lessons(folder).copied == tuple(f.name for f in shipped_lessons())
    True
    >>> again = copy_lessons(folder)
    >>> again.copied, again.unchanged == tuple(f.name for f in shipped_lessons())
    ((), True)
    >>> copy_lessons(folder / shipped_lessons()[0].name)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lessonkit.errors.InputError: ....ipynb: is a file, not a folder; give a folder, e.g. ...
    """
    target = Path(folder).expanduser()
    if target.exists() and not target.is_dir():
        raise InputError(
            str(target), "is a file, not a folder", f"give a folder, e.g. {DEFAULT_FOLDER}"
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            str(target),
            f"cannot create the lessons folder ({exc.strerror})",
            "choose a folder you can write to",
        ) from None
    manifest = _read_manifest(target)
    metadata = installed_kernel_metadata()
    copied, unchanged, kept = [], [], []
    for lesson in shipped_lessons():
        data = _prepare(lesson.read_bytes(), metadata)
        digest = _sha256(data)
        destination = target / lesson.name
        if destination.exists():
            current = _sha256(destination.read_bytes())
            if current == digest:
                unchanged.append(lesson.name)
                manifest[lesson.name] = digest
                continue
            edited = manifest.get(lesson.name) != current
            if edited and not (ask is not None and ask(lesson.name)):
                kept.append(lesson.name)
                continue
        try:
            write_atomically(destination, data)
        except OSError as exc:
            raise InputError(
                str(destination),
                f"cannot write the lesson ({exc.strerror})",
                "choose a folder you can write to",
            ) from None
        manifest[lesson.name] = digest
        copied.append(lesson.name)
    write_atomically(
        target / _MANIFEST,
        json.dumps({"files": manifest}, indent=2, sort_keys=True).encode("utf-8"),
    )
    return CopyReport(target, tuple(copied), tuple(unchanged), tuple(kept))


def write_session_config(folder: str | os.PathLike[str]) -> Path:
    """Write JupyterLab settings for one session into ``folder``; return it.

    The folder goes on ``JUPYTER_CONFIG_PATH`` (see :func:`lab_environment`): JupyterLab
    reads it besides the user's own configuration, so nothing of the user's is changed.
    """
    config = Path(folder)
    (config / "labconfig").mkdir(parents=True, exist_ok=True)
    (config / "labconfig" / "page_config.json").write_text(
        json.dumps({"disabledExtensions": dict.fromkeys(_DISABLED_PLUGINS, True)}, indent=2),
        encoding="utf-8",
    )
    (config / "jupyter_server_config.json").write_text(
        json.dumps(
            {
                "LabApp": {
                    "news_url": None,
                    "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
                }
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return config


def lab_environment(config: Path, base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a JupyterLab that also reads the session config in ``config``."""
    env = dict(os.environ if base is None else base)
    extra = env.get("JUPYTER_CONFIG_PATH")
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join([str(config), *([extra] if extra else [])])
    return env


def lab_command(
    folder: Path,
    *,
    port: int | None = None,
    token: str | None = None,
    open_browser: bool = True,
    as_root: bool | None = None,
) -> list[str]:
    """The command line that starts JupyterLab on ``folder``."""
    root = os.geteuid() == 0 if as_root is None else as_root
    command = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={folder}"]
    if port is not None:
        command += [f"--port={port}", "--ServerApp.ip=127.0.0.1"]
    if token is not None:
        command.append(f"--IdentityProvider.token={token}")
    if not open_browser:
        command.append("--no-browser")
    if root:
        command.append("--allow-root")
    return command


def _ask_on_terminal(name: str) -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(
            f"lessonkit: your copy of {name} has changes and a new version ships. "
            "Replace your copy? [y/N] "
        )
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _run(args: argparse.Namespace) -> str:
    report = copy_lessons(args.folder, ask=_ask_on_terminal)
    folder = report.folder.resolve()
    print(f"lessonkit: lessons in {folder}", file=sys.stderr)
    for name in report.kept:
        print(
            f"lessonkit: kept your changed copy of {name} (a newer one ships: move yours "
            "away and run again to get it)",
            file=sys.stderr,
        )
    if args.copy_only:
        return ""
    root = os.geteuid() == 0
    if root:
        print(
            "lessonkit: running as root (as in many school containers): starting JupyterLab "
            "with --allow-root",
            file=sys.stderr,
        )
    with tempfile.TemporaryDirectory(prefix="lessonkit-lab-") as session:
        config = write_session_config(session)
        command = lab_command(folder, port=args.port, open_browser=not args.no_browser)
        try:
            code = subprocess.call(command, env=lab_environment(config), cwd=folder)
        except KeyboardInterrupt:
            code = 0
        if code not in (0, -2, 130):
            raise InputError(
                str(folder), f"JupyterLab stopped with exit code {code}", "see its messages above"
            )
    return ""


def add_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``lessonkit lessons [DIR]`` to the command line."""
    text = "copy the lessons into a folder of yours and open them in JupyterLab"
    cmd = sub.add_parser(
        "lessons",
        help=text,
        description="Copy the lessons into a folder of yours and open them in JupyterLab.",
    )
    cmd.add_argument(
        "folder",
        metavar="DIR",
        nargs="?",
        default=DEFAULT_FOLDER,
        help=f"the folder for your copies (default: ./{DEFAULT_FOLDER})",
    )
    cmd.add_argument("--port", type=int, default=None, help="the port JupyterLab listens on")
    cmd.add_argument("--no-browser", action="store_true", help="do not open a browser")
    cmd.add_argument(
        "--copy-only", action="store_true", help="copy the lessons and stop (no JupyterLab)"
    )
    cmd.set_defaults(run=_run)
