"""`reader-app summarize`: plain and JSON output, length option, bad input."""

from __future__ import annotations

import json

import pytest

from reader_app.cli import main
from reader_app.core.loading import load_document
from reader_app.core.summary import default_length


def test_json_shape_and_document_order(sample_path, capsys):
    assert main(["summarize", str(sample_path), "--sentences", "4", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"sentences", "total_sentences", "edited"}
    assert data["edited"] is None
    article = load_document(sample_path).article
    assert data["total_sentences"] == len(article.sentences)
    assert len(data["sentences"]) == 4
    starts = [s["start"] for s in data["sentences"]]
    assert starts == sorted(starts)
    for sentence in data["sentences"]:
        assert set(sentence) == {"text", "start", "end", "passage"}
        assert sentence["passage"] == "article"
        assert article.text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_plain_output_one_sentence_per_line(sample_path, capsys):
    assert main(["summarize", str(sample_path)]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    total = len(load_document(sample_path).article.sentences)
    assert len(lines) == default_length(total)


def test_more_sentences_than_the_text_gives_the_whole_text(sample_path, capsys):
    assert main(["summarize", str(sample_path), "-n", "999", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sentences"]) == data["total_sentences"]


def test_chinese_file(tmp_path, capsys):
    path = tmp_path / "zh.txt"
    text = "腾讯微信周二表示暂停新用户注册。熊猫喜欢在山里吃竹子。微信表示升级完成后将恢复新用户注册服务。"
    path.write_text(text, "utf-8")
    assert main(["summarize", str(path), "-n", "2", "--json"]) == 0
    texts = [s["text"] for s in json.loads(capsys.readouterr().out)["sentences"]]
    assert texts == ["腾讯微信周二表示暂停新用户注册。", "微信表示升级完成后将恢复新用户注册服务。"]


def test_missing_file_is_one_line_on_stderr(tmp_path, capsys):
    assert main(["summarize", str(tmp_path / "nope.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().split("\n")) == 1
    assert "nope.txt" in captured.err


def test_zero_sentences_is_refused(sample_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", str(sample_path), "-n", "0"])
    assert exit_info.value.code != 0
    assert "at least 1 sentence" in capsys.readouterr().err


def test_saved_file_uses_its_summary_length(sample_path, tmp_path, capsys):
    from reader_app.core import saved_file
    from reader_app.core.reading_state import ReadingState

    document = load_document(sample_path)
    path = tmp_path / "annotated.json"
    saved_file.save(path, ReadingState.for_document(document).with_summary_length(2), document)
    assert main(["summarize", str(path), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["sentences"]) == 2
    assert main(["summarize", str(path), "-n", "5", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["sentences"]) == 5


def test_saved_file_prints_the_readers_wording_as_export_does(sample_path, tmp_path, capsys):
    from reader_app.core import saved_file
    from reader_app.core.reading_state import ReadingState

    document = load_document(sample_path)
    path = tmp_path / "annotated.json"
    wording = "My own summary.\nIn two lines."
    state = ReadingState.for_document(document).with_summary_length(2).with_summary_edit(wording)
    saved_file.save(path, state, document)
    assert main(["summarize", str(path)]) == 0
    assert capsys.readouterr().out == wording + "\n"
    markdown = tmp_path / "out.md"
    assert main(["export", str(path), "--format", "md", "-o", str(markdown)]) == 0
    assert "My own summary." in markdown.read_text("utf-8")
    assert main(["summarize", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["edited"] == wording
    assert len(data["sentences"]) == 2  # the extracted sentences of the saved length, beside the wording
    assert main(["summarize", str(path), "-n", "3"]) == 0  # a length asked for: extracted sentences
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 3 and "My own summary." not in lines
