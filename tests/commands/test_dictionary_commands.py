"""`reader-app lookup` and `reader-app gloss` end to end, with the real dictionaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader_app.cli import main


def test_lookup_prints_entries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", "微信"]) == 0
    out = capsys.readouterr().out
    assert "Wēixìn" in out and "WeChat" in out


def test_lookup_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", "登録しました", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["matches"][0]
    assert data["lang"] == "ja"
    assert first["dictionary_form"] == "登録する"
    assert first["entries"][0]["readings"][0] == "とうろく"


def test_lookup_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", "register", "--lang", "en", "--json"]) == 0
    headwords = [m["entries"][0]["headword"] for m in json.loads(capsys.readouterr().out)["matches"]]
    assert "注册" in headwords


@pytest.mark.parametrize("word", ["xyzzq", "\x07", "", "\ud800", "\x00\x1b[2J", "x" * 10_000, "㐀" * 10_000])
@pytest.mark.parametrize("json_output", [False, True])
def test_lookup_unknown_says_no_entry(word: str, json_output: bool, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", word, *(["--json"] if json_output else [])]) == 0
    captured = capsys.readouterr()
    if json_output:
        assert json.loads(captured.out)["matches"] == []
    else:
        assert "no entry" in captured.out
        assert len(captured.out) < 200  # one short line, not the word echoed back
    assert "Traceback" not in captured.err and "\x1b" not in captured.out


def test_gloss_of_a_chinese_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.txt"
    path.write_text("微信暂停新用户注册。\n\n腾讯表示，这是为了系统升级。\n", encoding="utf-8")
    assert main(["gloss", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "not a translation" in data["label"]
    words = {w["text"]: w for s in data["sentences"] for w in s["words"]}
    assert words["注册"]["reading"] == "zhùcè"
    assert words["微信"]["sense"].startswith("Weixin or WeChat")


def test_gloss_of_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gloss", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
