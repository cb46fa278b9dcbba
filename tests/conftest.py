"""A real JupyterLab for the browser tests (answers are kept out of the repository by ../conftest.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _lab import CHROMIUM, Lab, start_lab


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """JupyterLab over working copies of the lessons, as ``lessonkit lessons`` starts it."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is not installed: run `apt-get install chromium`", pytrace=False)
    with start_lab(tmp_path_factory.mktemp("lab")) as running:
        yield running
