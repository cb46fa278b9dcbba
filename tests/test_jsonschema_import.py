"""jsonschema is loaded without its unused IRI grammars, and nothing else is changed."""

from __future__ import annotations

import subprocess
import sys


def test_jsonschema_loads_without_the_iri_grammars_which_stay_importable() -> None:
    code = (
        "import sys\n"
        "from lessonkit._jsonschema import import_jsonschema\n"
        "js = import_jsonschema()\n"
        "assert 'rfc3987_syntax' not in sys.modules\n"
        "js.Draft202012Validator({'type': 'integer'}).validate(3)\n"
        "import importlib.util\n"
        "print(importlib.util.find_spec('rfc3987_syntax') is not None or 'absent')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("True", "absent")
