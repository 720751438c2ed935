"""Starts the GUI: the QApplication, the window and its features, or an offscreen render for `--screenshot`."""

from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader_app import APP_DISPLAY_NAME, APP_NAME, __version__
from reader_app.core.bundled import resource
from reader_app.ui.after_paint import after_paint
from reader_app.ui.main_window import EMPTY_HINT, MainWindow
from reader_app.ui.session import ReaderSession
from reader_app.ui.settings import Settings
from reader_app.ui.theme import FUSION_STYLE_PROPERTY

# Only what the first paint needs is imported here: the features (and the libraries they pull in), logging and the
# crash handler are imported by `finish_startup`, after the window is on screen (see run_gui).

log = logging.getLogger(__name__)

DESKTOP_FILE_NAME = "io.github.bilingualreader.BilingualSummaryReader"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_TIMEOUT_S = 60.0
SCREENSHOT_SETTLE_MS = 400
OPENING_HINT = "Opening…"


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


UI_SWITCH_INTERVAL_S = 0.001
"""How long a thread may hold the interpreter lock while another waits for it (Python's default is 5 ms)."""


def application() -> QApplication:
    """The one QApplication, created on first use with the app's name (QSettings and the desktop use it)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Background threads (facts, dictionary, library writer) run Python while the UI thread calls into Qt, which
    # releases the interpreter lock on every call; a shorter switch interval lets the UI thread take it back sooner.
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # Fusion from the start (the reader's look on every platform), so no style switch re-polishes widgets later.
    app = QApplication([sys.argv[0] if sys.argv else APP_NAME, "-style", "Fusion"])
    app.setProperty(FUSION_STYLE_PROPERTY, True)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # Wayland docks and task bars match the window to the .desktop entry
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The icon in every rendered size; Qt picks the sharpest for the screen's scale (high-DPI included)."""
    icon = QIcon()
    icons = resource("icons")
    for size in ICON_SIZES:
        icon.addFile(str(icons.joinpath(f"reader-app-{size}.png")), QSize(size, size))
    return icon


def install_features(window: MainWindow) -> None:
    """Run every feature installer; one that fails is logged and skipped so the reader still opens."""
    from reader_app.ui import features

    for install in features.INSTALLERS:
        try:
            install(window)
        except Exception:
            log.exception("feature installer %s failed", getattr(install, "__module__", install))
            window.status.show_message(f"A feature could not start ({getattr(install, '__module__', '?')}).")


def create_window(settings: Settings | None = None) -> MainWindow:
    """A main window with all features installed (used by run_gui and by end-to-end tests)."""
    application()
    window = MainWindow(ReaderSession(), settings or Settings())
    install_features(window)
    return window


def _wait_until_idle(window: MainWindow, timeout_s: float) -> bool:
    """Spin the event loop until loading and status-bar tasks are done, then let painting settle."""
    from PySide6.QtCore import QEventLoop

    app = application()
    deadline = time.monotonic() + timeout_s
    quiet_since: float | None = None
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        now = time.monotonic()
        if window.busy():
            quiet_since = None  # features start their work a turn or two after the text paints: keep waiting
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= SCREENSHOT_SETTLE_MS / 1000:
            return True
        time.sleep(0.02)
    return False


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it cannot pass a window's size hints on: true, and noise on the terminal
    of a command that asked for no window. Other messages go on as Qt prints them."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _screenshot(file: Path | None, out: Path) -> int:
    _quiet_offscreen_warnings()
    app = application()
    with tempfile.TemporaryDirectory(prefix="reader-app-screenshot-") as folder:
        settings = Settings.at(Path(folder) / "settings.ini")
        settings.theme = os.environ.get("READER_APP_THEME", "light")
        window = create_window(settings)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        errors: list[str] = []
        window.loader.failed.connect(lambda message, _path: errors.append(message))
        window.open_startup(file)
        if not _wait_until_idle(window, SCREENSHOT_TIMEOUT_S):
            print("reader-app: timed out waiting for the document to load.", file=sys.stderr)
            return 1
        if errors:
            print(f"reader-app: {errors[0]}", file=sys.stderr)
            return 1
        out = out.expanduser()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            print(f"reader-app: cannot write {out}.", file=sys.stderr)
            return 1
        window.close()
        app.processEvents()
    return 0


def run_gui(file: Path | None, *, screenshot: Path | None) -> int:
    """Open the reader on `file` (or the last document, or the sample); with `screenshot`, render and exit."""
    if screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if screenshot is not None or not _has_display():
        gc.enable()  # `cli.main` turns it off for a window's first paint only (see finish_startup)
    if not _has_display():
        print(
            "reader-app: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Run it in a desktop session, "
            "under `xvfb-run reader-app`, or render a PNG with `reader-app --screenshot OUT.png`.",
            file=sys.stderr,
        )
        return 2
    if screenshot is not None:
        return _screenshot(file, screenshot)
    app = application()
    # Not "No document is open": one follows right after this paint.
    window = MainWindow(ReaderSession(), Settings(), complete=False, empty_hint=OPENING_HINT)
    window.show()
    after_paint(window, lambda: finish_startup(window, file))
    return app.exec()


def finish_startup(window: MainWindow, file: Path | None) -> None:
    """Everything the first paint does not need: the document, logging, the features and the crash handler.

    A plain document comes first: the features install once its text has painted (each takes up the document
    already open). Other files (a saved `.json` summary) wait for the feature that opens them.
    """
    from reader_app.core.app_logging import configure_logging
    from reader_app.core.document_formats import document_suffixes

    gc.enable()  # off since `cli.main`, while the window was built
    window.complete_setup()  # menus, shortcuts: first, so the keys work while the document loads
    window.loader.failed.connect(lambda *_: window.cjk_view.set_empty_hint(EMPTY_HINT))
    configure_logging()
    # The loader reads the document formats itself; features register openers for other files (saved `.json`).
    if window.startup_path(file).suffix.lower() in document_suffixes():
        _after_startup_document(window, lambda: install_rest(window))
        window.open_startup(file)
    else:
        install_rest(window)
        window.open_startup(file)
    if window.session.document() is None and not window.loader.busy():  # an opener that failed at once
        window.cjk_view.set_empty_hint(EMPTY_HINT)


def install_rest(window: MainWindow) -> None:
    """The features and the crash handler (which saves their work first)."""
    from reader_app.ui.crash_dialog import install_crash_handler
    from reader_app.ui.reading_store import ReadingStore

    install_features(window)
    store = window.feature(ReadingStore)
    install_crash_handler(window, store.flush if store is not None else _nothing_to_save)


def _nothing_to_save() -> None:
    """The crash handler's save when the reading store could not start."""


def _after_startup_document(window: MainWindow, callback: Callable[[], None]) -> None:
    """Call `callback` once, after the startup document's text has painted, or as soon as no document is coming
    (the file failed to load, or the reader cancelled it)."""
    pending = [callback]

    def fire() -> None:
        if pending:
            window.session.documentChanged.disconnect(shown)
            window.loader.busyChanged.disconnect(busy_changed)
            pending.pop()()

    def shown(_document: object) -> None:
        after_paint(window, fire)

    def busy_changed(busy: bool) -> None:
        if not busy:  # a success sets the document right after this signal: look once it has had its turn
            QTimer.singleShot(0, window, nothing_coming)

    def nothing_coming() -> None:
        if window.session.document() is None and not window.loader.busy():
            fire()

    window.session.documentChanged.connect(shown)
    window.loader.busyChanged.connect(busy_changed)
