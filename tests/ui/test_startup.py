"""Start-up stays light: the first paint imports only the window, and the features load no heavy library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader_app.ui import app as app_module
from reader_app.ui import crash_dialog
from reader_app.ui.main_window import EMPTY_HINT, MainWindow
from reader_app.ui.session import ReaderSession
from reader_app.ui.settings import Settings

NEVER_AT_START = (
    "ctranslate2",
    "argostranslate",
    "sentencepiece",
    "spacy",
    "numpy",
    "trafilatura",
    "lxml",
    "charset_normalizer",
    "markdown_it",
    "dateparser",
    "zhon",
    "ssl",
    "urllib.request",
    "http.client",
    "importlib.metadata",
    "reader_app.translation.engine",
    "reader_app.translation.packages",
    "reader_app.core.facts.extract",
)
"""Modules loaded only by the work that needs them (a translation, fact extraction, a summary, a download, ...)."""

NOT_BEFORE_FIRST_PAINT = (
    *NEVER_AT_START,
    "sqlite3",
    "json",
    "logging.handlers",
    "pysbd",
    "reader_app.ui.features",
    "reader_app.ui.annotations_feature",
    "reader_app.ui.summary_feature",
    "reader_app.ui.translation_feature",
    "reader_app.ui.facts_feature",
    "reader_app.ui.selection_bar",
    "reader_app.core.loading",
    "reader_app.core.segmentation",
    "reader_app.core.facts.model",
    "datetime",
)
"""What the window's first paint does without: the features install right after it, the document loads on a
worker."""

# `run_gui` as `reader-app FILE` runs it, with QApplication.exec patched to report what was imported when the
# window first painted, and what the window holds once the sample is shown.
RUN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget

_exec = QApplication.exec
report = {}

def probe(app):
    from reader_app.ui.main_window import MainWindow
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    def painted():
        window.grab()
        report["at_first_paint"] = sorted(sys.modules)
        report["qt_namespace_at_first_paint"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
        poll()
    def document_set(_document):
        report.setdefault("docks_when_document_set", len(window.findChildren(QDockWidget)))
    window.session.documentChanged.connect(document_set)
    def poll():
        docks = window.findChildren(QDockWidget)
        if window.session.document() is not None and docks and not window.busy():
            from PySide6.QtCore import Qt  # only now: the first paint does without it
            report["title"] = window.session.document().title
            report["docks"] = sorted(d.objectName() for d in window.findChildren(QDockWidget))
            report["menus"] = [a.text() for a in window.menuBar().actions()]
            report["file_menu"] = [a.text() for a in window.menu("File").actions()]
            report["open_keys"] = window.open_action.shortcut().toString()
            report["keyboard_selection"] = bool(
                window.cjk_view.editor.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            report["at_shown"] = sorted(sys.modules)
            import gc
            report["collecting"] = gc.isenabled()
            app.quit()
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, painted)
    QTimer.singleShot(60000, app.quit)
    return _exec()

QApplication.exec = probe
from reader_app.cli import main
code = main([sys.argv[1]])
import json  # only now: json is on the list of modules the first paint must not need
print("REPORT " + json.dumps(report))
sys.exit(code)
"""

FULL_WINDOW = """
import json, sys
from reader_app.ui.app import create_window
window = create_window()
window.show()
window.grab()
print("REPORT " + json.dumps(sorted(sys.modules)))
"""


def _run(code: str, tmp_path: Path, *args: str) -> object:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["ARGOS_PACKAGES_DIR"] = str(tmp_path / "argos")
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert result.returncode == 0 and lines, result.stderr[-2000:]
    return json.loads(lines[-1].removeprefix("REPORT "))


@pytest.fixture(scope="module")
def startup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    sample = Path(__file__).resolve().parents[2] / "resources" / "wechat-registration.txt"
    report = _run(RUN_GUI, tmp_path_factory.mktemp("startup"), str(sample))
    assert isinstance(report, dict)
    return report


def test_first_paint_imports_only_the_window(startup: dict[str, object]) -> None:
    modules = set(startup["at_first_paint"])  # type: ignore[call-overload]
    assert "reader_app.ui.main_window" in modules
    assert sorted(modules & set(NOT_BEFORE_FIRST_PAINT)) == []


def test_the_first_paint_does_without_pysides_qt_namespace(startup: dict[str, object]) -> None:
    """Its enum classes cost more to build than any other class the window uses (docs/performance.md)."""
    assert startup["qt_namespace_at_first_paint"] is False


def test_menus_shortcuts_and_selection_are_complete_once_the_sample_shows(startup: dict[str, object]) -> None:
    assert startup["collecting"] is True  # the cycle collector, off while the window was built, is back on
    assert "&Open…" in startup["file_menu"] and "&Quit" in startup["file_menu"]  # type: ignore[operator]
    assert startup["open_keys"] == "Ctrl+O"
    assert startup["keyboard_selection"] is True


def test_features_and_the_sample_follow_the_first_paint(startup: dict[str, object]) -> None:
    assert "WeChat" in str(startup["title"])
    docks = startup["docks"]
    assert isinstance(docks, list) and len(docks) >= 3  # summary, key facts, highlights, translation of selection
    assert "&Help" in startup["menus"]  # type: ignore[operator]
    modules = set(startup["at_shown"])  # type: ignore[call-overload]
    assert {"reader_app.ui.features", "reader_app.core.loading"} <= modules
    # The sample's text shows before the features install (they take up the open document).
    assert startup["docks_when_document_set"] == 0


def test_the_full_window_loads_no_heavy_library(tmp_path: Path) -> None:
    modules = _run(FULL_WINDOW, tmp_path)
    assert isinstance(modules, list) and "reader_app.ui.features" in modules
    assert sorted(set(modules) & set(NEVER_AT_START)) == []


def test_a_startup_file_that_cannot_open_brings_back_the_empty_hint(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not the process-wide excepthook in a test run (the crash handler has tests of its own).
    monkeypatch.setattr(crash_dialog, "install_crash_handler", lambda *_args: None)
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    window.cjk_view.set_empty_hint(app_module.OPENING_HINT)
    assert app_module.OPENING_HINT in window.cjk_view.editor.toPlainText()
    app_module.finish_startup(window, tmp_path / "missing.txt")
    qtbot.waitUntil(lambda: bool(window.menu("Tools").actions()))  # the features install all the same
    assert EMPTY_HINT in window.cjk_view.editor.toPlainText()


def test_cancelling_the_startup_document_still_installs_the_features(
    qtbot: QtBot, settings: Settings, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash_dialog, "install_crash_handler", lambda *_args: None)
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    app_module.finish_startup(window, sample_path)
    assert window.loader.busy() and not window.menu("Tools").actions()
    window.loader.cancel()
    qtbot.waitUntil(lambda: bool(window.menu("Tools").actions()))
    assert window.session.document() is None


def test_startup_finds_each_documents_facts_once_and_the_summary_ranks_with_them(
    qtbot: QtBot, settings: Settings, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real start-up order: the document opens before the features install, the summary before the facts."""
    from reader_app.core.document import PassageRole
    from reader_app.core.facts import extract
    from reader_app.ui.facts_feature import FactsFeature
    from reader_app.ui.summary_feature import SummaryFeature

    monkeypatch.setattr(crash_dialog, "install_crash_handler", lambda *_args: None)
    extracted: list[str] = []
    real_extract = extract.extract_document_facts

    def counting(document: object, *args: object) -> object:
        extracted.append(getattr(document, "title", ""))
        return real_extract(document, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "extract_document_facts", counting)
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    window.show()
    app_module.finish_startup(window, sample_path)
    qtbot.waitUntil(lambda: window.feature(SummaryFeature) is not None, timeout=30000)
    summary = window.feature(SummaryFeature)
    assert summary is not None and window.feature(FactsFeature) is not None
    qtbot.waitUntil(lambda: summary.model.facts_final() and not window.busy(), timeout=30000)
    facts = window.session.facts()
    assert facts is not None and facts.document is window.session.document()
    assert summary.model.facts() == list(facts.source(PassageRole.ARTICLE))
    assert any(f.text == "1.2 billion monthly active users" for f in summary.model.facts())
    qtbot.wait(300)  # nothing else starts an extraction once the window is idle
    assert len(extracted) == 1, extracted

    with qtbot.waitSignal(window.session.factsChanged, timeout=30000):
        window.open_path(sample_path.with_name("wechat-registration.txt"))
    qtbot.waitUntil(lambda: summary.model.facts_final() and not window.busy(), timeout=30000)
    assert len(extracted) == 2, extracted
    window.close()
