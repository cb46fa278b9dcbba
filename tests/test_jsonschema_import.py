"""jsonschema is loaded without its unused format checkers' libraries, and nothing else is changed."""

from __future__ import annotations

import subprocess
import sys


def test_jsonschema_loads_without_the_format_libraries_which_stay_importable() -> None:
    code = (
        "import importlib, importlib.util, sys\n"
        "from lessonkit._jsonschema import FORMAT_CHECKER_MODULES, import_jsonschema\n"
        "js = import_jsonschema()\n"
        "loaded = [m for m in FORMAT_CHECKER_MODULES if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "js.Draft202012Validator({'type': 'integer'}).validate(3)\n"
        "installed = [m for m in FORMAT_CHECKER_MODULES if importlib.util.find_spec(m)]\n"
        "for m in installed:\n"
        "    importlib.import_module(m)\n"
        "print(len(installed))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().isdigit()


def test_a_format_library_already_loaded_is_left_in_place() -> None:
    code = (
        "import sys, idna\n"
        "from lessonkit._jsonschema import import_jsonschema\n"
        "import_jsonschema()\n"
        "print(sys.modules['idna'] is idna)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
