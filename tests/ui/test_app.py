"""`reader-app --screenshot` renders the whole window (features installed) to a PNG and exits 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader_app.ui.app import run_gui


def test_screenshot_renders_the_sample(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "shots" / "window.png"
    assert run_gui(sample_path, screenshot=out) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 1400, 25) for y in range(0, 900, 25)}
    assert len(colours) > 20  # text, labels and chrome, not a blank frame


def test_screenshot_of_unreadable_file_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    assert run_gui(binary, screenshot=tmp_path / "x.png") == 1
    err = capsys.readouterr().err
    assert "blob.bin" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()
