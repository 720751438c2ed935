"""The lists that must agree come from one registry each: document formats and export formats."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.cli import main
from reader_app.core.document_formats import (
    DOCUMENT_FORMATS,
    document_suffixes,
    format_for,
    open_dialog_filters,
    suffixes_help,
)
from reader_app.core.export.formats import EXPORT_FORMATS, FORMATS
from reader_app.core.import_path import resolve
from reader_app.core.loading import load_document

SAMPLES = {
    "text": "Tencent's WeChat paused new user registrations on Tuesday.\n\nThe service resumes in August.\n",
    "markdown": "# WeChat pauses sign-ups\n\nTencent's WeChat paused new user registrations on Tuesday.\n",
    "html": (
        "<!doctype html><html><head><title>WeChat pauses sign-ups</title></head><body><article>"
        "<h1>WeChat pauses sign-ups</h1><p>Tencent's WeChat paused new user registrations on Tuesday, the company "
        "said in a post, and will resume them once an upgrade of its security technology is complete.</p>"
        "<p>The service has more than a billion monthly active users in China.</p></article></body></html>"
    ),
}


def test_suffixes_are_lower_case_dotted_and_belong_to_one_format() -> None:
    seen: list[str] = []
    for document_format in DOCUMENT_FORMATS:
        assert document_format.suffixes, document_format
        for suffix in document_format.suffixes:
            assert suffix.startswith(".") and suffix == suffix.lower(), suffix
            assert format_for(f"x{suffix.upper()}") is document_format
        seen.extend(document_format.suffixes)
    assert len(seen) == len(set(seen)) == len(document_suffixes())


@pytest.mark.parametrize(
    ("name", "suffix"), [(f.name, suffix) for f in DOCUMENT_FORMATS for suffix in f.suffixes]
)
def test_every_listed_suffix_loads_with_its_formats_reader(tmp_path: Path, name: str, suffix: str) -> None:
    assert callable(resolve(next(f for f in DOCUMENT_FORMATS if f.name == name).reader))
    path = tmp_path / f"article{suffix}"
    path.write_text(SAMPLES[name], encoding="utf-8")
    document = load_document(path)
    assert "registrations" in document.article.text
    assert "<p>" not in document.article.text and "# " not in document.article.text


def test_the_open_dialog_and_the_command_line_help_name_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    every = open_dialog_filters()[0]
    assert all(f"*{suffix}" in every for suffix in document_suffixes())
    for document_format in DOCUMENT_FORMATS:
        assert any(line.startswith(document_format.title) for line in open_dialog_filters())
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert suffixes_help() in help_text
    assert f"{{{','.join(f.name for f in EXPORT_FORMATS)}}}" in help_text


def test_export_formats_have_unique_names_and_suffixes_and_resolvable_renderers() -> None:
    assert list(FORMATS) == [f.name for f in EXPORT_FORMATS]
    assert len({f.suffix for f in EXPORT_FORMATS}) == len(EXPORT_FORMATS)
    for export_format in EXPORT_FORMATS:
        module, _, function = export_format.renderer.partition(":")
        assert module.startswith("reader_app.") and function, export_format
        if not module.startswith("reader_app.ui."):  # the Qt-drawn renderers are tried in tests/ui
            assert callable(resolve(export_format.renderer))


def test_listing_the_formats_imports_no_renderer_and_no_qt() -> None:
    code = (
        "import sys\n"
        "import reader_app.core.export.formats, reader_app.core.document_formats\n"
        "loaded = [m for m in ('PySide6', 'reader_app.ui', 'reader_app.core.export.html', "
        "'reader_app.core.loading') if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""
