"""Cold start to a painted window on the sample, against a bare PySide6 window measured in the same run.

Each start is a fresh process (offscreen Qt, throwaway XDG folders). The clock runs from just before the process is
spawned until the child has painted its main window (`QWidget.grab()` after the event loop's first turn), so the
interpreter, imports, window construction and first paint all count. For the reader, a second figure gives the time
until the sample's text is loaded and shown, a third until the features (docks, menus, toolbar items) are installed.

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "wechat-registration.txt"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTextBrowser())
window.resize(1400, 900)
window.show()
def painted():
    window.grab()
    print("painted", flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""

READER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget

_exec = QApplication.exec

def _probe_exec(app):
    from reader_app.ui.main_window import MainWindow
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    def painted():
        window.grab()
        print("painted", flush=True)
        poll()
    def poll():
        if window.session.document() is not None and not window.loading():
            window.grab()
            print("loaded", flush=True)
            features()
        else:
            QTimer.singleShot(5, poll)
    def features():
        if window.findChildren(QDockWidget):
            window.grab()
            print("features", flush=True)
            app.quit()
        else:
            QTimer.singleShot(5, features)
    QTimer.singleShot(0, painted)
    return _exec()

QApplication.exec = _probe_exec
from reader_app.cli import main
main([sys.argv[1]])
"""


def _time_child(code: str, *args: str, pycache: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="reader-app-startup-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache))
        # An installed app runs from compiled bytecode (pip and PyInstaller compile it), so the children may write
        # theirs, into a throwaway folder shared by all runs, even where the shell sets PYTHONDONTWRITEBYTECODE.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env[name] = str(Path(home) / name.lower())
        env["ARGOS_PACKAGES_DIR"] = str(Path(home) / "argos")
        marks: dict[str, float] = {}
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
        )
        assert child.stdout is not None
        for line in child.stdout:
            marks[line.strip()] = time.perf_counter() - start
        child.wait(timeout=120)
        if "painted" not in marks:
            raise RuntimeError(f"child exited with {child.returncode} before painting")
        return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-app-pycache-") as folder:
        pycache = Path(folder)
        # Warm the OS file cache and the .pyc files for both, so neither pays for the first read of disk.
        _time_child(BARE, pycache=pycache)
        _time_child(READER, str(SAMPLE), pycache=pycache)
        bare: list[float] = []
        painted: list[float] = []
        loaded: list[float] = []
        features: list[float] = []
        for _ in range(args.runs):  # interleaved so both see the same machine load
            bare.append(_time_child(BARE, pycache=pycache)["painted"])
            marks = _time_child(READER, str(SAMPLE), pycache=pycache)
            painted.append(marks["painted"])
            loaded.append(marks.get("loaded", float("nan")))
            features.append(marks.get("features", float("nan")))
    base = statistics.median(bare)
    print(f"bare PySide6 window painted:   {base * 1000:7.0f} ms (median of {args.runs}; {_spread(bare)})")
    print(f"reader window painted:         {statistics.median(painted) * 1000:7.0f} ms ({_spread(painted)})")
    print(f"reader sample text shown:      {statistics.median(loaded) * 1000:7.0f} ms")
    print(f"reader features installed:     {statistics.median(features) * 1000:7.0f} ms")
    print(f"sample shown / bare window:    {statistics.median(loaded) / base:.2f}x")
    print(f"start-up ratio (painted window / bare window): {statistics.median(painted) / base:.2f}x")
    rounds = sorted(reader / bare_run for reader, bare_run in zip(painted, bare, strict=True))
    quartiles = statistics.quantiles(rounds, n=4) if len(rounds) > 1 else rounds * 3
    print(f"  per round (reader / the bare window started just before it): {rounds[0]:.2f}x to {rounds[-1]:.2f}x, "
          f"middle half {quartiles[0]:.2f}x to {quartiles[2]:.2f}x")
    return 0


def _spread(times: list[float]) -> str:
    return f"{min(times) * 1000:.0f} to {max(times) * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
