"""The dispatcher: a mistyped sub-command is a one-line CLI error, not a GUI saying the "file" does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app import cli


def test_a_mistyped_sub_command_is_a_cli_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader_app.ui.app.run_gui", lambda *a, **k: pytest.fail("the GUI must not start"))
    assert cli.main(["sumarize", "article.txt"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "'sumarize'" in err[0] and "did you mean 'summarize'?" in err[0]
    assert all(name in err[0] for name in cli.COMMAND_MODULES)
    assert cli.main(["nosuchcmd"]) == 2


def test_files_still_open_the_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[Path | None] = []
    monkeypatch.setattr("reader_app.ui.app.run_gui", lambda file, screenshot: opened.append(file) or 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README").write_text("An existing file without a suffix.", encoding="utf-8")
    for name in ("README", "missing.txt", "folder/missing"):
        assert cli.main([name]) == 0
    assert opened == [Path("README"), Path("missing.txt"), Path("folder/missing")]
