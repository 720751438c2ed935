"""The top-level error boundary: any unexpected exception is one line on stderr, a log entry and a non-zero exit."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.cli import COMMAND_MODULES, main
from reader_app.core import error_boundary


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh log in a throwaway data folder (the boundary configures logging itself when nobody has)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    logger = logging.getLogger("reader_app")
    saved = list(logger.handlers)
    logger.handlers.clear()
    yield tmp_path / "data" / "bilingual-summary-reader" / "logs" / "reader-app.log"
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = saved


def _explode(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("a bug nobody foresaw\nsecond line of the message")


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (["inspect"], "reader_app.core.loading.split_sentences"),
        (["facts"], "reader_app.core.facts.extract.extract_facts"),
        (["facts", "--json"], "reader_app.core.facts.extract.extract_facts"),
        (["summarize"], "reader_app.core.export.content.summarize"),
        (["translate"], "reader_app.core.loading.split_sentences"),
        (["export", "-f", "md", "-o", "OUT"], "reader_app.core.export.content.build_content"),
        (["gloss"], "reader_app.core.dictionary.gloss.gloss"),
    ],
)
def test_an_unexpected_exception_is_one_line_and_a_log_entry(
    command: list[str],
    target: str,
    sample_path: Path,
    tmp_path: Path,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(target, _explode)
    argv = [part if part != "OUT" else str(tmp_path / "out.md") for part in command]
    code = main([argv[0], str(sample_path), *argv[1:]])
    captured = capsys.readouterr()
    assert code == error_boundary.UNEXPECTED_EXIT
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith(f"reader-app: {command[0]} {sample_path.name}: ")
    assert "RuntimeError: a bug nobody foresaw" in captured.err
    assert "Traceback" not in captured.err and "second line" not in captured.err
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug nobody foresaw" in logged and "_explode" in logged


def test_models_list_failing_unexpectedly_is_one_line(
    log_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("reader_app.translation.packages.installed_models", _explode)
    assert main(["models", "list"]) == error_boundary.UNEXPECTED_EXIT
    err = capsys.readouterr().err
    assert err.startswith("reader-app: models list: ") and err.count("\n") == 1
    assert "a bug nobody foresaw" in log_file.read_text(encoding="utf-8")


def test_every_sub_command_is_covered_above() -> None:
    assert set(COMMAND_MODULES) == {"inspect", "translate", "models", "facts", "summarize", "export", "lookup", "gloss"}


def test_lookup_failing_unexpectedly_is_one_line(
    log_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("reader_app.core.dictionary.lookup.Dictionary.lookup", _explode)
    assert main(["lookup", "微信"]) == error_boundary.UNEXPECTED_EXIT
    err = capsys.readouterr().err
    assert err.startswith("reader-app: lookup: ") and err.count("\n") == 1
    assert "a bug nobody foresaw" in log_file.read_text(encoding="utf-8")


def test_the_reason_is_clipped_to_one_short_line() -> None:
    reason = error_boundary.short_reason(ValueError("x" * 10_000 + "\nmore"))
    assert "\n" not in reason and len(reason) < 200 and reason.startswith("ValueError: xxx")


def test_a_huge_exception_message_does_not_break_the_report() -> None:
    class Hostile(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no string for you")

    assert error_boundary.short_reason(Hostile()) == "Hostile"


def _long_article(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    sentences = [f"Sentence number {i} says that sales rose {i % 90 + 1}% in the year." for i in range(6_000)]
    path.write_text(" ".join(sentences), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["summarize", "--json", "-n", "5000"], ["summarize", "-n", "5000"]])
def test_summary_output_cut_short_by_a_pipe_is_not_an_error(command: list[str], tmp_path: Path) -> None:
    path = _long_article(tmp_path)
    line = f"{sys.executable} -m reader_app {command[0]} {path} {' '.join(command[1:])} | head -n 2"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", line], capture_output=True, text=True, check=False)
    assert len(result.stdout.splitlines()) == 2
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert result.returncode == 0
