"""`reader-app --screenshot` renders the whole window (features installed) to a PNG and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from reader_app.ui import app as app_module
from reader_app.ui import features
from reader_app.ui.app import run_gui
from reader_app.ui.main_window import MainWindow
from reader_app.ui.settings import Settings


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


def test_a_failing_feature_does_not_stop_the_window(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, settings: Settings
) -> None:
    installed: list[str] = []

    def broken(_window: MainWindow) -> None:
        raise RuntimeError("boom")

    def working(window: MainWindow) -> None:
        installed.append(window.objectName())

    monkeypatch.setattr(features, "INSTALLERS", [broken, working])
    window = app_module.create_window(settings)
    qtbot.addWidget(window)
    assert installed == ["mainWindow"]
    assert "could not start" in window.status.message()


def test_screenshot_waits_for_facts_and_summary(qtbot: QtBot, settings: Settings, sample_path: Path) -> None:
    """Features start their work a turn after the text paints: the screenshot must not catch the gap."""
    from reader_app.ui import facts_feature, summary_feature

    window = app_module.create_window(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_startup(sample_path)
    assert app_module._wait_until_idle(window, 30.0)
    facts = window.feature(facts_feature.FactsFeature)
    summary = window.feature(summary_feature.SummaryFeature)
    assert facts is not None and summary is not None
    assert any(f.text == "1.2 billion monthly active users" for f in facts.facts())
    assert not summary.model.busy()
    assert summary.model.total() == len(window.session.document().article.sentences)  # type: ignore[union-attr]
    window.close()


def test_a_feature_that_cannot_be_imported_is_reported_and_the_rest_start(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        features, "INSTALLERS", [features.lazy_installer("no_such_feature"), features.lazy_installer("facts_feature")]
    )
    window = app_module.create_window(settings)
    qtbot.addWidget(window)
    assert "no_such_feature" in window.status.message()
    from reader_app.ui import facts_feature

    assert window.feature(facts_feature.FactsFeature) is not None


def test_the_application_has_the_app_icon_in_every_size(qtbot: QtBot) -> None:
    icon = app_module.app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes
    assert not icon.pixmap(64, 64).toImage().isNull()


def test_the_app_lets_the_ui_thread_take_the_interpreter_lock_back_sooner() -> None:
    code = "import sys; from reader_app.ui.app import application; application(); print(sys.getswitchinterval())"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert float(result.stdout.split()[-1]) < 0.005  # Python's default
