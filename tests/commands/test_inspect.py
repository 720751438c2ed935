"""`reader-app inspect FILE [--json]`: what the loader understood, and one stderr line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.cli import main


def test_json_shape_for_the_sample(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(sample_path), "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    data = json.loads(captured.out)
    assert set(data) == {"title", "published", "passages"}
    assert data["title"].startswith("Tencent’s WeChat said on Tuesday")
    assert data["published"] is None
    prompt, article = data["passages"]
    assert prompt == {"role": "prompt", "lang": "ja", "sentences": [{"start": 0, "end": 6, "text": "もっと詳しく"}]}
    assert article["role"] == "article" and article["lang"] == "en"
    assert len(article["sentences"]) == 14
    for sentence in article["sentences"]:
        assert set(sentence) == {"start", "end", "text"}
        assert sentence["end"] - sentence["start"] == len(sentence["text"])
    texts = [s["text"] for s in article["sentences"]]
    assert "(In other markets, it’s a different story." in texts
    assert texts[-1].endswith("the regulator accused.")
    # offsets index the article text: consecutive sentences in one paragraph are one space apart
    first, second = article["sentences"][7], article["sentences"][8]
    assert second["start"] == first["end"] + 1


def test_json_published_date_from_a_saved_page(capsys: pytest.CaptureFixture[str]) -> None:
    page = Path(__file__).parent.parent / "core" / "fixtures" / "html" / "news-wechat.html"
    assert main(["inspect", str(page), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2021-07-27"
    assert data["title"] == "WeChat suspends new user sign-ups in China amid crackdown"
    assert [p["role"] for p in data["passages"]] == ["article"]


def test_text_output(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(sample_path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Title: Tencent’s WeChat")
    assert lines[1] == "Published: unknown"
    assert "PROMPT: Japanese (ja), 1 sentence" in lines
    assert "ARTICLE: English (en), 14 sentences" in lines
    assert "    1. [0:6] もっと詳しく" in lines
    assert any(line.startswith("   14. [") and line.endswith("the regulator accused.") for line in lines)


def test_chinese_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("微信暂停新用户注册。分析人士认为这很重要！".encode("gbk"))
    assert main(["inspect", str(path), "--json"]) == 0
    (article,) = json.loads(capsys.readouterr().out)["passages"]
    assert article["lang"] == "zh"
    assert [s["text"] for s in article["sentences"]] == ["微信暂停新用户注册。", "分析人士认为这很重要！"]


def _bad_file(tmp_path: Path, kind: str) -> Path:
    contents = {"empty.txt": b"", "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(64)}
    if kind in contents:
        (tmp_path / kind).write_bytes(contents[kind])
    return tmp_path if kind == "folder" else tmp_path / kind


@pytest.mark.parametrize(
    ("kind", "message"),
    [("folder", "is a folder"), ("missing.txt", "does not exist"), ("empty.txt", "is empty"),
     ("image.txt", "PNG image")],
)
def test_bad_input_is_one_stderr_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, message: str
) -> None:
    assert main(["inspect", str(_bad_file(tmp_path, kind)), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("reader-app inspect: ")
    assert message in captured.err


def test_console_script_exit_status(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader_app", "inspect", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().endswith("is a folder, not a document.")
    assert "Traceback" not in result.stderr


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("A sentence that repeats. " * 20_000, encoding="utf-8")
    command = f"{sys.executable} -m reader_app inspect {path} | head -n 2"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, check=False)
    assert result.stdout.splitlines()[0].startswith("Title: A sentence that repeats.")
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.returncode == 0


def test_a_saved_annotated_summary_shows_its_document(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader_app.core import saved_file
    from reader_app.core.loading import load_document
    from reader_app.core.reading_state import ReadingState

    document = load_document(sample_path)
    saved = tmp_path / "notes.json"
    saved_file.save(saved, ReadingState.for_document(document), document)
    assert main(["inspect", str(saved), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == document.title
    assert [p["lang"] for p in data["passages"]] == ["ja", "en"]

    saved.write_text('{"format": "bilingual-summary-reader/annotated-summary", "version": 99}', "utf-8")
    assert main(["inspect", str(saved)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "newer version" in captured.err


def test_a_first_line_date_is_the_publication_date_not_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "2012-5-17\nThis is the VOA Special English Economics Report.\n\n"
        "Last year the economy grew. Prices fell on May eighteenth.\n",
        encoding="utf-8",
    )
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Title: This is the VOA Special English Economics Report." in out
    assert "Published: 2012-05-17" in out
