"""`reader-app translate`: aligned pairs as text or JSON; missing models and bad input give one stderr line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tiny_model import TinyPackages

from reader_app.cli import main
from reader_app.core.loading import load_document
from reader_app.translation.packages import install_from_file


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def models(argos_packages_dir: Path, tiny_packages: TinyPackages) -> None:
    for pair in (("ja", "en"), ("en", "zh")):
        install_from_file(tiny_packages.path(*pair))


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def test_json_pairs_have_the_issue_shape(models: None, sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(sample_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"pairs", "from", "to"}
    assert (payload["from"], payload["to"]) == ("ja", "en")
    prompt = load_document(sample_path).prompt
    assert prompt is not None
    assert [pair["source"] for pair in payload["pairs"]] == prompt.sentence_texts()
    for pair in payload["pairs"]:
        assert set(pair) == {"source", "target", "warning"}
        assert isinstance(pair["target"], str) and pair["target"]
        assert pair["warning"] is None or isinstance(pair["warning"], str)


def test_json_is_deterministic_and_one_target_per_sentence(
    models: None, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["translate", str(sample_path), "--to", "zh", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    document = load_document(sample_path)
    assert [p["source"] for p in first["pairs"]] == [s for p in document.passages() for s in p.sentence_texts()]
    assert (first["from"], first["to"]) == ("ja+en", "zh")
    assert main(["translate", str(sample_path), "--to", "zh", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == first


def test_text_output_lists_sentence_pairs(models: None, sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(sample_path), "--to", "Chinese"]) == 0
    out = capsys.readouterr().out
    assert "PROMPT — Japanese → Chinese (Simplified) (translate-ja_en 1.0 + translate-en_zh 1.0), 1 sentence\n" in out
    assert "ARTICLE — English → Chinese (Simplified) (translate-en_zh 1.0), 14 sentences" in out
    assert "    1. もっと詳しく" in out


def test_missing_model_is_one_line(
    argos_packages_dir: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["translate", str(sample_path), "--json"]) == 1
    line = _one_error_line(capsys)
    assert line.startswith("reader-app: No Japanese → English model is installed")
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "klingon"], "Unknown language 'klingon'"),
        (["--to", "xx"], "Unknown language 'xx'"),
        (["--to", "ja"], None),  # fine: the article is translated into Japanese... if a model exists
    ],
)
def test_bad_target_language(
    models: None, sample_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str | None
) -> None:
    code = main(["translate", str(sample_path), *args])
    assert code == 1
    line = _one_error_line(capsys)
    assert line.startswith("reader-app: ")
    if message:
        assert message in line
    else:
        assert "No English → Japanese model" in line


def test_unreadable_file_is_one_line(models: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in _one_error_line(capsys)


def test_english_document_without_target_asks_for_one(
    models: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "english.txt"
    path.write_text("WeChat has amassed over 1.2 billion monthly active users in China.\n", encoding="utf-8")
    assert main(["translate", str(path)]) == 1
    assert "choose a target language with --to" in _one_error_line(capsys)
    assert main(["translate", str(path), "--to", "en"]) == 1
    assert "already in English" in _one_error_line(capsys)
