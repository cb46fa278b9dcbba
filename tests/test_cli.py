"""The command line, run as a user runs it: a separate process, reading real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    Path(__file__).parents[1]
    / "data"
    / "articles"
    / "guardian-2022-09-10-kharkiv-counteroffensive.txt"
)
ATTRIBUTION_KEYS = {
    "speaker", "speaker_mention", "speaker_type", "cue", "cue_span",
    "kind", "content", "content_span", "rule", "loaded_cue", "confidence",
}  # fmt: skip


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lessonkit", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _bad_files(tmp: Path) -> dict[str, Path]:
    (tmp / "folder").mkdir()
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.md").write_bytes(b"\n  \n")
    (tmp / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp / "mangled.txt").write_bytes(b"Caf\xc3 \x81\x8d\x90 said")
    (tmp / "huge.txt").write_bytes(b"a" * (20 * 1024 * 1024 + 10))
    (tmp / "scripts-only.html").write_bytes(b"<script>alert(1)</script>")
    return {
        "missing": tmp / "nope.txt",
        "directory": tmp / "folder",
        "empty": tmp / "empty.txt",
        "blank": tmp / "blank.md",
        "binary": tmp / "image.txt",
        "undecodable": tmp / "mangled.txt",
        "too-big": tmp / "huge.txt",
        "no-visible-text": tmp / "scripts-only.html",
    }


PROBLEMS = {
    "missing": "no such file",
    "directory": "is a folder",
    "empty": "file is empty",
    "blank": "file is empty",
    "binary": "binary data",
    "undecodable": "cannot be decoded",
    "too-big": "over the 20 MB limit",
    "no-visible-text": "no visible article text",
}


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _bad_files(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize("command", ["text", "attributions", "numbers"])
@pytest.mark.parametrize("case", sorted(PROBLEMS))
def test_bad_input_gets_one_line_exit_2_no_traceback(
    bad_files: dict[str, Path], command: str, case: str
) -> None:
    result = run(command, str(bad_files[case]))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad_files[case]) in lines[0]
    assert PROBLEMS[case] in lines[0]
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2() -> None:
    result = run("attributions")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_text_prints_the_text_offsets_refer_to(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text("<nav>Menu</nav><p>“Hi,” she said.</p><p>Bye.</p>", encoding="utf-8")
    result = run("text", str(page))
    assert result.returncode == 0
    assert result.stdout == "“Hi,” she said.\n\nBye.\n"


def test_text_json_gives_paragraph_and_sentence_spans_into_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("First one. Second one.\n\nA new paragraph.\n", encoding="utf-8")
    result = run("text", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"text", "paragraphs", "sentences"}
    text = data["text"]
    assert [text[s:e] for s, e in data["paragraphs"]] == [
        "First one. Second one.",
        "A new paragraph.",
    ]
    assert [text[s:e] for s, e in data["sentences"]] == [
        "First one.",
        "Second one.",
        "A new paragraph.",
    ]


def test_legacy_encoding_warns_on_stderr_and_still_works(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_bytes("“Café,” she said.".encode("cp1252"))
    result = run("text", str(old))
    assert result.returncode == 0
    assert result.stdout == "“Café,” she said.\n"
    assert "cp1252" in result.stderr


def test_attributions_json_has_exactly_the_documented_keys() -> None:
    result = run("attributions", str(ARTICLE), "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert isinstance(found, list) and found
    text = ARTICLE.read_text(encoding="utf-8")
    for item in found:
        assert set(item) == ATTRIBUTION_KEYS
        start, end = item["content_span"]
        assert text[start:end] == item["content"]
        if item["cue_span"] is not None:
            assert text[item["cue_span"][0] : item["cue_span"][1]] == item["cue"]
        assert item["kind"] in {"direct", "indirect", "mixed"}
        assert isinstance(item["loaded_cue"], bool)


def test_attributions_json_offsets_are_into_lf_text(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("Intro line.\r\n“We will win,” the minister said.\r\n".encode())
    found = json.loads(run("attributions", str(crlf), "--json").stdout)
    text = "Intro line.\n“We will win,” the minister said.\n"
    assert found
    for item in found:
        assert text[item["content_span"][0] : item["content_span"][1]] == item["content"]


def test_attributions_table_is_readable() -> None:
    result = run("attributions", str(ARTICLE))
    assert result.returncode == 0
    assert "speaker" in result.stdout.splitlines()[0]
    assert "Zelenskiy" in result.stdout
    assert result.stdout.rstrip().endswith(f"attribution(s) in {ARTICLE}")


def test_numbers_json_shape_and_the_articles_conversions() -> None:
    result = run("numbers", str(ARTICLE), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"figures", "conversions"}
    for figure in report["figures"]:
        assert {"text", "span", "value", "unit", "quantity"} <= set(figure)
    verdicts = {c["converted"]["text"]: c["holds"] for c in report["conversions"]}
    assert any("700 square miles" in k and v is False for k, v in verdicts.items())
    assert any("31 miles" in k and v is True for k, v in verdicts.items())


def test_every_command_is_listed_and_only_the_one_run_is_imported() -> None:
    from lessonkit.cli import _COMMANDS, _PLUGINS, _plugins_for

    listing = run("--help")
    for name in [*_COMMANDS, *_PLUGINS]:
        assert name in listing.stdout
    assert _plugins_for(["text", "a.txt"]) == []
    assert _plugins_for(["compare", "a.txt", "b.txt"]) == ["lessonkit.compare._cli"]
    assert set(_plugins_for(["--help"])) == set(_PLUGINS.values())
