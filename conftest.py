"""Test-wide setup, for every path pytest is given: answers and articles never land in the repository."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # Notebooks run under nbval with notebooks/ as their folder: keep their answers elsewhere.
    if "LESSONKIT_RESULTS" not in os.environ:
        folder = tempfile.mkdtemp(prefix="lessonkit-test-results-")
        os.environ["LESSONKIT_RESULTS"] = str(Path(folder) / "results.sqlite")
    # Lesson 05 copies its example article into a folder for the teacher's own articles.
    if "LESSONKIT_ARTICLES" not in os.environ:
        os.environ["LESSONKIT_ARTICLES"] = tempfile.mkdtemp(prefix="lessonkit-test-articles-")
