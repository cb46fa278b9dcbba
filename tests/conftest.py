"""Shared test setup: answers never land in the repository, and a real JupyterLab for browser tests."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _lab import CHROMIUM, Lab, start_lab


def pytest_configure(config: pytest.Config) -> None:
    # Notebooks run under nbval with notebooks/ as their folder: keep their answers elsewhere.
    if "LESSONKIT_RESULTS" not in os.environ:
        folder = tempfile.mkdtemp(prefix="lessonkit-test-results-")
        os.environ["LESSONKIT_RESULTS"] = str(Path(folder) / "results.sqlite")


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """JupyterLab over working copies of the lessons, as ``lessonkit lessons`` starts it."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is not installed: run `apt-get install chromium`", pytrace=False)
    with start_lab(tmp_path_factory.mktemp("lab")) as running:
        yield running
