"""`reader-app models`: list, install, remove, download; bad packages and offline downloads give one stderr line."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from tiny_model import TinyPackages

from reader_app.cli import main


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def test_install_list_remove(
    argos_packages_dir: Path, tiny_packages: TinyPackages, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list"]) == 0
    assert "No translation models installed" in capsys.readouterr().out

    assert main(["models", "install", str(tiny_packages.path("ja", "en"))]) == 0
    assert "Installed Japanese → English 1.0" in capsys.readouterr().out
    assert main(["models", "list"]) == 0
    listing = capsys.readouterr().out
    assert "ja → en" in listing and "Japanese → English" in listing and "MB" in listing

    assert main(["models", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["models"]
    assert [(r["from"], r["to"], r["version"]) for r in rows] == [("ja", "en", "1.0")]
    assert rows[0]["size_bytes"] > 0

    assert main(["models", "remove", "Japanese", "en"]) == 0
    assert "Removed Japanese → English" in capsys.readouterr().out
    assert main(["models", "remove", "ja", "en"]) == 1
    assert "No Japanese → English model is installed" in _one_error_line(capsys)


def test_corrupt_package_is_one_line(
    argos_packages_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.argosmodel"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["models", "install", str(bad)]) == 1
    assert _one_error_line(capsys) == "reader-app: broken.argosmodel is not an Argos model package (not a zip archive)."
    assert list(argos_packages_dir.iterdir()) == []


def test_unknown_language_is_one_line(argos_packages_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "remove", "klingon", "en"]) == 1
    assert "Unknown language 'klingon'" in _one_error_line(capsys)


def test_download_offline_points_to_install_from_file(
    argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    from argostranslate import settings

    monkeypatch.setattr(settings, "remote_package_index", f"http://127.0.0.1:{port}/index.json")
    assert main(["models", "download", "ja", "en"]) == 1
    err = capsys.readouterr().err
    assert err.count("reader-app:") == 1
    assert "cannot be reached" in err and "Install from file" in err
    assert list(argos_packages_dir.iterdir()) == []


def _zip_package(path: Path, metadata_changes: dict[str, str]) -> Path:
    import zipfile

    from tiny_model import build_package_files, package_name

    files = build_package_files("ja", "en")
    metadata = json.loads(files["metadata.json"])
    metadata.update(metadata_changes)
    files["metadata.json"] = json.dumps(metadata).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{package_name('ja', 'en')}/{name}", data)
    return path


def test_an_older_version_needs_force(
    argos_packages_dir: Path, tiny_packages: TinyPackages, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "install", str(tiny_packages.path("ja", "en"))]) == 0
    capsys.readouterr()
    older = _zip_package(tmp_path / "older.argosmodel", {"package_version": "0.1"})
    assert main(["models", "install", str(older)]) == 1
    line = _one_error_line(capsys)
    assert "version 0.1" in line and "older than the installed 1.0" in line and "--force" in line
    assert main(["models", "install", "--force", str(older)]) == 0
    assert "Installed Japanese → English 0.1" in capsys.readouterr().out


def test_names_with_terminal_escapes_are_printed_escaped(
    argos_packages_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = {"from_name": "Japanese\x1b[2J\x1b]0;owned\x07", "to_name": "English\u202e"}
    assert main(["models", "install", str(_zip_package(tmp_path / "x.argosmodel", hostile))]) == 0
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Japanese\\x1b[2J\\x1b]0;owned\\x07 → English\\u202e" in out


def test_models_command_cleans_what_a_killed_install_left(
    argos_packages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (argos_packages_dir / ".installing-abc" / "model").mkdir(parents=True)
    assert main(["models", "list"]) == 0
    assert list(argos_packages_dir.iterdir()) == []
