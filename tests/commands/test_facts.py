"""`reader-app facts`: table, --json shape, --jsonl batch mode and clear errors, all through the real CLI entry."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.cli import main


def test_json_shape_for_the_sample(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", str(sample_path), "--published", "2021-07-28", "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    facts = json.loads(captured.out)["facts"]
    article = sample_path.read_text(encoding="utf-8").split("\n\n", 1)[1].strip()
    for fact in facts:
        assert set(fact) == {"kind", "text", "start", "end", "passage", "value"}
        assert fact["passage"] in ("prompt", "article")
        if fact["passage"] == "article":
            assert article[fact["start"] : fact["end"]] == fact["text"]
    by_text = {fact["text"]: fact for fact in facts}
    assert by_text["$4.4 billion"]["kind"] == "money"
    assert by_text["$4.4 billion"]["value"] == {"amount": 4400000000, "currency": "USD"}
    assert by_text["1.2 billion monthly active users"]["value"] == {
        "number": 1200000000, "unit": "monthly active users",
    }  # fmt: skip
    assert by_text["Tuesday"]["value"] == {"start": "2021-07-27", "end": "2021-07-27", "grain": "day"}
    assert by_text["early August"]["value"] == {"start": "2021-08-01", "end": "2021-08-10", "grain": "day"}
    assert by_text["last month"]["value"] == {"start": "2021-06-01", "end": "2021-06-30", "grain": "month"}


def test_without_a_publication_date_relative_dates_are_null(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["facts", str(sample_path), "--json"]) == 0
    facts = {fact["text"]: fact for fact in json.loads(capsys.readouterr().out)["facts"]}
    assert facts["Tuesday"]["value"] is None
    assert facts["$4.4 billion"]["value"] == {"amount": 4400000000, "currency": "USD"}


def test_table_lists_facts_with_values(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", str(sample_path), "--published", "2021-07-28"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Published: 2021-07-28")
    assert "KIND" in out and "VALUE" in out
    line = next(line for line in out.splitlines() if "early August" in line)
    assert "date" in line and "2021-08-01 – 2021-08-10" in line
    assert any("$4.4 billion" in line and "4,400,000,000 USD" in line for line in out.splitlines())


def test_jsonl_batch_mode(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"text": "  Sales rose 5% on Tuesday to $3m.", "published": "2021-07-28"}),
        "",
        json.dumps({"text": "腾讯周二表示，营收增长15%。", "lang": "zh"}),
        "not json",
        json.dumps({"text": "Nothing here."}),
        json.dumps({"text": "It rose 5%.", "published": "yesterday"}),
        json.dumps({"no_text": 1}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["facts", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 6  # the blank line is skipped, every other line answers
    first = out[0]["facts"]
    text = json.loads(lines[0])["text"]
    assert [(f["kind"], f["text"]) for f in first] == [("percent", "5%"), ("date", "Tuesday"), ("money", "$3m")]
    for fact in first:
        assert text[fact["start"] : fact["end"]] == fact["text"]
    assert first[1]["value"] == {"start": "2021-07-27", "end": "2021-07-27", "grain": "day"}
    chinese = {f["text"]: f for f in out[1]["facts"]}
    assert chinese["周二"]["value"] is None and chinese["15%"]["value"] == {"number": 15}
    assert out[2]["facts"] == [] and "not JSON" in out[2]["error"]
    assert out[3] == {"facts": []}
    assert out[4]["facts"] == [] and "YYYY-MM-DD" in out[4]["error"]
    assert out[5]["facts"] == [] and "text" in out[5]["error"]


def test_jsonl_published_option_is_the_default(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"text": "It fell last month."}) + "\n"))
    assert main(["facts", "--jsonl", "--published", "2021-07-28"]) == 0
    fact = json.loads(capsys.readouterr().out)["facts"][0]
    assert fact["value"] == {"start": "2021-06-01", "end": "2021-06-30", "grain": "month"}


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["facts", "RESOURCE", "--published", "2021-13-01"], 2, "YYYY-MM-DD"),
        (["facts", "missing-file.txt"], 1, "missing-file.txt"),
        (["facts"], 2, "give a FILE"),
        (["facts", "RESOURCE", "--jsonl"], 2, "stdin"),
    ],
)
def test_bad_input_gives_one_line_and_an_exit_code(
    argv: list[str], code: int, message: str, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(sample_path) if arg == "RESOURCE" else arg for arg in argv]
    assert main(argv) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert message in captured.err


def test_publication_date_comes_from_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    page = Path(__file__).parent.parent / "core" / "fixtures" / "html" / "news-wechat.html"
    assert main(["facts", str(page), "--json"]) == 0
    facts = {fact["text"]: fact for fact in json.loads(capsys.readouterr().out)["facts"]}
    assert facts["Tuesday"]["value"] == {"start": "2021-07-27", "end": "2021-07-27", "grain": "day"}


def _jsonl_process(data: bytes, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    """The real console entry with strict UTF-8 stdio, as a shell pipeline would run it."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-m", "reader_app", "facts", "--jsonl"], input=data, capture_output=True, env=env, check=False
    )


def test_jsonl_one_invalid_byte_costs_only_its_line(tmp_path: Path) -> None:
    data = b'{"text": "Sales rose 5%."}\n{"text": "caf\xff 7%"}\n{"text": "Costs fell 9%."}\n'
    result = _jsonl_process(data, tmp_path)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    out = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [fact["text"] for fact in out[0]["facts"]] == ["5%"]
    assert out[1]["facts"] == [] and "UTF-8" in out[1]["error"]
    assert [fact["text"] for fact in out[2]["facts"]] == ["9%"]


def test_jsonl_hostile_lines_each_get_an_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    lines = [
        b"[" * 100_000,
        b'{"text": "a", "n": ' + b"1" * 5_000 + b"}",
        b'{"text": "lone \\ud800 surrogate, up 5%"}',
        b'{"text": "Costs fell 9%."}',
    ]
    result = _jsonl_process(b"\n".join(lines) + b"\n", tmp_path)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    out = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(out) == 4
    assert out[0]["facts"] == [] and "nested too deeply" in out[0]["error"]
    assert out[1]["facts"] == [] and "4,300 digits" in out[1]["error"]
    assert [fact["text"] for fact in out[2]["facts"]] == ["5%"]
    assert [fact["text"] for fact in out[3]["facts"]] == ["9%"]


def test_jsonl_an_unexpected_failure_costs_only_its_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader_app.core.facts import extract

    real = extract.extract_facts

    def fragile(passage: object, published: object = None) -> object:
        if "BOOM" in passage.text:  # type: ignore[attr-defined]
            raise RuntimeError("extractor bug")
        return real(passage, published)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "extract_facts", fragile)
    lines = [json.dumps({"text": "Up 5%."}), json.dumps({"text": "BOOM 6%"}), json.dumps({"text": "Down 7%."})]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["facts", "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [f["text"] for f in out[0]["facts"]] == ["5%"]
    assert out[1] == {"facts": [], "error": "unexpected error (RuntimeError: extractor bug)"}
    assert [f["text"] for f in out[2]["facts"]] == ["7%"]
