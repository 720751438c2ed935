"""`reader-app export`: every format from a document and from a saved file, headless; bad input is one line."""

from __future__ import annotations

import json
import subprocess
import sys

import html5lib
import pytest

from reader_app.cli import main
from reader_app.core import saved_file
from reader_app.core.annotations import Highlight, anchor_for
from reader_app.core.document import PassageRole, Span
from reader_app.core.loading import load_document
from reader_app.core.reading_state import ReadingState


@pytest.fixture
def saved(sample_path, tmp_path):
    document = load_document(sample_path)
    article = document.article
    start = article.text.index("Didi")
    note = "Check <script>alert(1)</script> later"
    highlight = Highlight(PassageRole.ARTICLE, anchor_for(article, Span(start, start + 4)), "yellow", note)
    state = ReadingState.for_document(document).with_highlight(highlight).with_summary_length(2)
    path = tmp_path / "annotated.json"
    saved_file.save(path, state, document)
    return path


@pytest.mark.parametrize("fmt", ["anki", "apkg"])
def test_anki_from_a_document_without_highlights_says_so_and_writes_nothing(sample_path, tmp_path, capsys, fmt):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(sample_path), "--format", fmt, "-o", str(out)]) == 1
    assert not out.exists()
    message = capsys.readouterr().err.strip()
    assert "highlights" in message and len(message.splitlines()) == 1


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_text_formats_from_a_document(sample_path, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", str(sample_path), "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert text
    if fmt == "json":
        document, state = saved_file.loads(text)
        assert document.article.text == load_document(sample_path).article.text
        assert state.highlights == ()


def test_from_a_saved_file_keeps_notes_and_summary_length(saved, tmp_path):
    html_out = tmp_path / "out.html"
    assert main(["export", str(saved), "-f", "html", "-o", str(html_out)]) == 0
    tree = html5lib.parse(html_out.read_text("utf-8"), namespaceHTMLElements=False)
    assert tree.findall(".//script") == []
    assert "Check <script>alert(1)</script> later" in [
        "".join(div.itertext()) for div in tree.findall(".//div[@class='note']")
    ]
    assert len(tree.findall(".//ol[@class='summary']/li")) == 2

    anki_out = tmp_path / "cards.tsv"
    assert main(["export", str(saved), "-f", "anki", "-o", str(anki_out)]) == 0
    cards = anki_out.read_text("utf-8").strip().split("\n")[3:]
    assert len(cards) == 1 and "<b>Didi</b>" in cards[0]

    json_out = tmp_path / "copy.json"
    assert main(["export", str(saved), "-f", "json", "-o", str(json_out)]) == 0
    _, state = saved_file.load(json_out)
    assert [h.note for h in state.highlights] == ["Check <script>alert(1)</script> later"]
    assert state.summary_length == 2


def test_pdf_headless_in_a_fresh_process(saved, tmp_path):
    """A real command-line run: no Qt application exists beforehand, and none is shown."""
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "reader_app", "export", str(saved), "--format", "pdf", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Check <script>alert(1)</script> later" in text


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"\x00\x01binary", "bad.txt"),
        (b'{"format": "something else"}', "not an annotated summary"),
        (b'{"format": "bilingual-summary-reader/annotated-summary", "version": 99}', "newer version"),
    ],
)
def test_bad_input_is_one_stderr_line(tmp_path, capsys, content, needle):
    name = "bad.json" if content.startswith(b"{") else "bad.txt"
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "out.md"
    assert main(["export", str(path), "-f", "md", "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.split("\n")) == 1 and needle in err
    assert not out.exists()


def test_missing_output_folder(sample_path, tmp_path, capsys):
    assert main(["export", str(sample_path), "-f", "md", "-o", str(tmp_path / "no" / "out.md")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_unknown_format_is_refused(sample_path, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", str(sample_path), "-f", "docx", "-o", str(tmp_path / "x")])
    assert "invalid choice" in capsys.readouterr().err


def test_json_output_is_the_saved_format(sample_path, tmp_path):
    out = tmp_path / "out.json"
    assert main(["export", str(sample_path), "-f", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["format"] == saved_file.FORMAT


def test_json_export_never_replaces_newer_work_on_the_same_document(saved, sample_path, tmp_path, capsys):
    body = saved.read_bytes()
    assert main(["export", str(sample_path), "-f", "json", "-o", str(saved)]) == 1  # a fresh state, revision 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds newer work" in err and "left untouched" in err
    assert saved.read_bytes() == body
    assert main(["export", str(saved), "-f", "json", "-o", str(saved)]) == 0  # the same work: fine


def test_highlights_as_an_anki_package_update_their_notes(saved, tmp_path):
    import sqlite3
    import zipfile

    def notes(path):
        with zipfile.ZipFile(path) as package:
            package.extract("collection.anki2", path.parent / path.stem)
        connection = sqlite3.connect(path.parent / path.stem / "collection.anki2")
        try:
            return {guid: fields.split("\x1f") for guid, fields in connection.execute("SELECT guid, flds FROM notes")}
        finally:
            connection.close()

    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"
    assert main(["export", str(saved), "-f", "apkg", "-o", str(first)]) == 0
    assert main(["export", str(saved), "-f", "apkg", "-o", str(second)]) == 0
    cards = notes(first)
    assert len(cards) == 1
    (fields,) = cards.values()
    assert "<b>Didi</b>" in fields[0] and "alert(1)" in fields[2]
    assert notes(second).keys() == cards.keys()  # the same highlight is the same note: Anki updates it
