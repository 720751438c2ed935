"""Tools → Translation Models…: lists installed models, installs from a file, refuses corrupt ones, removes, downloads
only on request and says plainly when offline."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny, TinyPackages
from translation_ui_helpers import ConnectionGuard, translation_window

from reader_app.ui.main_window import MainWindow
from reader_app.ui.model_manager import ModelManagerDialog

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _own_packages_dir(argos_packages_dir: Path) -> None:
    """Every test sees only the models it installs."""


def _row(dialog: ModelManagerDialog, row: int) -> list[str]:
    model = dialog.table_model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def _manager(qtbot: QtBot, make_window: MakeWindow) -> ModelManagerDialog:
    window, feature = translation_window(make_window)
    menu_texts = [a.text() for a in window.menu("Tools").actions()]
    assert "Translation &Models…" in menu_texts
    feature.manager_action.trigger()
    dialog = window.findChild(ModelManagerDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_lists_installed_models_with_pair_version_and_size(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny
) -> None:
    install_tiny("ja", "en")
    install_tiny("zh", "en")
    dialog = _manager(qtbot, make_window)
    assert dialog.table_model.rowCount() == 2
    assert _row(dialog, 0)[:3] == ["Japanese → English", "ja→en", "1.0"]
    assert _row(dialog, 1)[:3] == ["Chinese (Simplified) → English", "zh→en", "1.0"]
    assert _row(dialog, 0)[3].endswith(("KB", "MB"))
    assert dialog.table.isVisible() and not dialog.empty_label.isVisible()
    assert not dialog.remove_button.isEnabled(), "Remove needs a selected model"


def test_installs_from_file(
    qtbot: QtBot, make_window: MakeWindow, argos_packages_dir: Path, tiny_packages: TinyPackages
) -> None:
    dialog = _manager(qtbot, make_window)
    assert dialog.empty_label.isVisible()
    with qtbot.waitSignal(dialog.modelsChanged, timeout=30000):
        dialog.install_file(tiny_packages.path("en", "ja"))
    assert [_row(dialog, r)[1] for r in range(dialog.table_model.rowCount())] == ["en→ja"]
    assert "Installed the English → Japanese model" in dialog.message.text()
    assert (argos_packages_dir / "translate-en_ja-1_0" / "model" / "model.bin").is_file()
    assert dialog.selected_model() is not None and dialog.remove_button.isEnabled()


def test_install_from_file_button_uses_the_file_dialog(
    qtbot: QtBot,
    make_window: MakeWindow,
    argos_packages_dir: Path,
    tiny_packages: TinyPackages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader_app.ui import model_manager

    chosen = tiny_packages.path("ja", "en")
    monkeypatch.setattr(model_manager.QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(chosen)], ""))
    dialog = _manager(qtbot, make_window)
    with qtbot.waitSignal(dialog.modelsChanged, timeout=30000):
        qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    assert _row(dialog, 0)[1] == "ja→en"


def test_several_files_chosen_at_once_are_all_installed(
    qtbot: QtBot,
    make_window: MakeWindow,
    argos_packages_dir: Path,
    tiny_packages: TinyPackages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from reader_app.ui import model_manager

    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"not a zip")
    chosen = [str(tiny_packages.path("ja", "en")), str(broken), str(tiny_packages.path("en", "ja"))]
    monkeypatch.setattr(model_manager.QFileDialog, "getOpenFileNames", lambda *args, **kwargs: (chosen, ""))
    dialog = _manager(qtbot, make_window)
    qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and "English → Japanese" in dialog.message.text(), timeout=30000)
    assert sorted(_row(dialog, r)[1] for r in range(dialog.table_model.rowCount())) == ["en→ja", "ja→en"]
    message = dialog.message.text()
    assert "Japanese → English" in message and "broken.argosmodel" in message  # what became of each file
    assert message.count("broken.argosmodel") == 1


def test_rejects_a_corrupt_package_with_a_message(
    qtbot: QtBot, make_window: MakeWindow, argos_packages_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"this is not a zip file at all")
    dialog = _manager(qtbot, make_window)
    dialog.install_file(broken)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.message.isVisible(), timeout=30000)
    assert "broken.argosmodel is not an Argos model package" in dialog.message.text()
    assert dialog.message.property("error") is True
    assert dialog.table_model.rowCount() == 0
    assert list(argos_packages_dir.iterdir()) == [], "a rejected package writes nothing"
    assert dialog.install_button.isEnabled()


def test_reopened_manager_does_not_repeat_an_old_error(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.argosmodel"
    broken.write_bytes(b"this is not a zip file at all")
    dialog = _manager(qtbot, make_window)
    dialog.install_file(broken)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.message.isVisible(), timeout=30000)
    dialog.close()
    window = dialog.parentWidget()
    assert isinstance(window, MainWindow)
    from reader_app.ui.translation_feature import TranslationFeature

    feature = window.feature(TranslationFeature)
    assert feature is not None
    feature.manager_action.trigger()
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.message.isVisible()


def test_remove_asks_then_deletes(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, argos_packages_dir: Path
) -> None:
    folder = install_tiny("ja", "en")
    dialog = _manager(qtbot, make_window)
    assert dialog.select_pair("ja", "en")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "confirmRemoveBox")
    assert box is not None and box.isVisible()
    assert "Japanese → English" in box.text()
    with qtbot.waitSignal(dialog.modelsChanged, timeout=30000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert not folder.exists()
    assert dialog.table_model.rowCount() == 0
    assert "Removed the Japanese → English model" in dialog.message.text()


def test_download_only_on_click_and_offline_points_to_install_from_file(
    qtbot: QtBot, make_window: MakeWindow, argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = ConnectionGuard(monkeypatch)
    dialog = _manager(qtbot, make_window)
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    assert dialog.download_row.isVisible()
    assert guard.attempts == [], "showing the download row must not touch the network"
    dialog.set_download_pair("zh", "en")
    qtbot.mouseClick(dialog.start_download_button, Qt.MouseButton.LeftButton)
    assert dialog.busy() and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30000)
    assert guard.attempts, "the download did try to connect (on the explicit click)"
    text = dialog.message.text()
    assert "cannot be reached" in text and "Install from file" in text
    assert dialog.table_model.rowCount() == 0
    assert list(argos_packages_dir.iterdir()) == []


def test_manager_is_a_child_window_not_blocking_the_reader(qtbot: QtBot, make_window: MakeWindow) -> None:
    dialog = _manager(qtbot, make_window)
    assert not dialog.isModal()
    parent = dialog.parentWidget()
    assert isinstance(parent, QWidget) and parent.isEnabled()


class _Index:
    """A stand-in Argos package index on 127.0.0.1 serving one tiny package, slowly enough to watch and cancel."""

    def __init__(self, package: Path, from_code: str, to_code: str, delay: float) -> None:
        data = package.read_bytes()
        index: list[dict[str, object]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_HEAD(self) -> None:
                self.send_response(200)
                self.end_headers()

            def do_GET(self) -> None:
                if self.path == "/index.json":
                    body = json.dumps(index).encode()
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                for start in range(0, len(data), 32 * 1024):
                    if owner.stopping.is_set():
                        return
                    self.wfile.write(data[start : start + 32 * 1024])
                    time.sleep(delay)

        self.stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = f"{base}/index.json"
        index.append(
            {
                "type": "translate",
                "from_code": from_code,
                "to_code": to_code,
                "package_version": "1.0",
                "links": [f"{base}/{package.name}"],
            }
        )
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_index(monkeypatch: pytest.MonkeyPatch, tiny_packages: TinyPackages) -> Iterator[Callable[[float], _Index]]:
    servers: list[_Index] = []

    def start(delay: float) -> _Index:
        from reader_app.translation import packages

        server = _Index(tiny_packages.path("zh", "en"), "zh", "en", delay)
        servers.append(server)
        monkeypatch.setattr(packages, "index_url", lambda: server.url)
        return server

    yield start
    for server in servers:
        server.close()


def test_download_shows_progress_and_installs(
    qtbot: QtBot, make_window: MakeWindow, local_index: Callable[[float], _Index]
) -> None:
    local_index(0.02)
    dialog = _manager(qtbot, make_window)
    dialog.show_download_row()
    dialog.set_download_pair("zh", "en")
    qtbot.mouseClick(dialog.start_download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: 0 < dialog.progress_bar.value() < dialog.progress_bar.maximum(), timeout=30000)
    assert dialog.progress_row.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.install_button.isEnabled(), "one model task at a time"
    qtbot.waitUntil(lambda: dialog.table_model.rowCount() == 1, timeout=30000)
    assert [_row(dialog, r)[1] for r in range(dialog.table_model.rowCount())] == ["zh→en"]
    assert "Installed the Chinese (Simplified) → English model" in dialog.message.text()


def test_download_can_be_cancelled(
    qtbot: QtBot, make_window: MakeWindow, local_index: Callable[[float], _Index], argos_packages_dir: Path
) -> None:
    local_index(0.2)
    dialog = _manager(qtbot, make_window)
    dialog.show_download_row()
    dialog.set_download_pair("zh", "en")
    qtbot.mouseClick(dialog.start_download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=30000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30000)
    assert dialog.message.text() == "Download cancelled; nothing was installed."
    assert dialog.table_model.rowCount() == 0
    assert list(argos_packages_dir.iterdir()) == []


def _older_package(tmp_path: Path) -> Path:
    import zipfile

    from tiny_model import build_package_files, package_name

    files = build_package_files("ja", "en")
    metadata = json.loads(files["metadata.json"])
    metadata["package_version"] = "0.1"
    files["metadata.json"] = json.dumps(metadata).encode()
    path = tmp_path / "older.argosmodel"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{package_name('ja', 'en')}/{name}", data)
    return path


@pytest.mark.parametrize("answer", ["cancel", "yes"])
def test_an_older_version_is_installed_only_when_the_reader_says_so(
    answer: str, qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    install_tiny("ja", "en")
    dialog = _manager(qtbot, make_window)
    dialog.install_file(_older_package(tmp_path))
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "confirmOlderBox") is not None, timeout=30000)
    box = dialog.findChild(QMessageBox, "confirmOlderBox")
    assert box is not None and box.isVisible()
    assert "Replace version 1.0 with the older version 0.1?" in box.text()
    assert not dialog.busy()
    if answer == "cancel":
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(dialog.message.isVisible, timeout=30000)
        assert "Kept version 1.0" in dialog.message.text()
        assert [_row(dialog, 0)[2]] == ["1.0"]
    else:
        with qtbot.waitSignal(dialog.modelsChanged, timeout=30000):
            box.button(QMessageBox.StandardButton.Yes).click()
        assert [_row(dialog, 0)[2]] == ["0.1"]
        assert "version 0.1" in dialog.message.text()


def test_a_package_whose_model_does_not_load_is_refused_and_nothing_is_installed(
    qtbot: QtBot, make_window: MakeWindow, argos_packages_dir: Path, tiny_packages: TinyPackages, tmp_path: Path
) -> None:
    """A whole zip whose model.bin is cut in half: the install loads the model off the UI thread and refuses it."""
    import zipfile

    damaged = tmp_path / "translate-en_ja-badbin.argosmodel"
    with zipfile.ZipFile(tiny_packages.path("en", "ja")) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("model/model.bin"):
                data = data[: len(data) // 2]
            target.writestr(item, data)
    dialog = _manager(qtbot, make_window)
    dialog.install_file(damaged)
    assert dialog.busy() and dialog.progress_row.isVisible()  # checked on a worker, with progress shown
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.message.isVisible(), timeout=30000)
    message = dialog.message.text()
    assert message.startswith("translate-en_ja-badbin.argosmodel: the model cannot be loaded (") and "\n" not in message
    assert dialog.message.property("error") is True
    assert dialog.table_model.rowCount() == 0
    assert list(argos_packages_dir.iterdir()) == [], "a refused package leaves nothing installed"
