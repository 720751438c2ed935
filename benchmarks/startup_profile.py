"""Where the start-up time goes: CPU time per step, from the interpreter's start to the first paint, for a bare
PySide6 window and for the reader, each step measured with `time.process_time()` marks in a fresh process.

For the reader, the Qt classes its modules use are built before its own modules are imported, so the table separates
what PySide6 spends building Python types from what the app's modules cost. Each run also counts the Python enum
classes PySide6 has built by the first paint (each Qt class brings its enums; building them is most of a class's
cost). CPU time is far less disturbed by other load on the machine than wall time (see benchmarks/startup.py).

Usage: python benchmarks/startup_profile.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "wechat-registration.txt"

REPORT = r"""
import enum, json, os, sys, time
def report():
    steps = [(name, t - previous) for (name, t), previous in zip(marks, [0.0] + [t for _, t in marks])]
    modules = [sys.modules[name] for name in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")]
    built = [value for module in modules for value in vars(module).values() if isinstance(value, type)]
    enums = {id(v) for c in built for v in [c, *vars(c).values()] if isinstance(v, type) and issubclass(v, enum.Enum)}
    print("MARKS " + json.dumps(steps), flush=True)
    print("ENUMS " + str(len(enums)), flush=True)
    os._exit(0)
"""

BARE = REPORT + r"""
import os, sys, time
marks = [("interpreter start", time.process_time())]
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
marks.append(("import PySide6", time.process_time()))
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv)
marks.append(("QApplication, settings", time.process_time()))
window = QMainWindow(); window.setCentralWidget(QTextBrowser()); window.resize(1400, 900)
marks.append(("building the window", time.process_time()))
window.show()
def painted():
    window.grab(); marks.append(("show and first paint", time.process_time()))
    report()
QTimer.singleShot(0, painted)
app.exec()
"""

LIST_CLASSES = r"""
import json, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
modules = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
before = {m.__name__: {k for k, v in vars(m).items() if isinstance(v, type)} for m in modules}
import reader_app.ui.app
print("CLASSES " + json.dumps(
    {m.__name__: sorted({k for k, v in vars(m).items() if isinstance(v, type)} - before[m.__name__]) for m in modules}
))
"""

READER = REPORT + r"""
import json, os, sys, time
marks = [("interpreter start", time.process_time())]
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
marks.append(("import PySide6", time.process_time()))
for module, names in json.loads(sys.argv[2]).items():
    for name in names:
        getattr(sys.modules[module], name)
marks.append(("other Qt classes the modules use", time.process_time()))
import reader_app.cli, reader_app.ui.app
marks.append(("the app's own modules", time.process_time()))
from reader_app.ui import main_window
from PySide6.QtWidgets import QApplication
_init = main_window.MainWindow.__init__
def init(self, *args, **kwargs):
    marks.append(("QApplication, settings", time.process_time()))
    _init(self, *args, **kwargs)
    marks.append(("building the window", time.process_time()))
main_window.MainWindow.__init__ = init
_exec = QApplication.exec
def probe(app):
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow)]
    def painted():
        window.grab(); marks.append(("show and first paint", time.process_time()))
        report()
    PySide6.QtCore.QTimer.singleShot(0, painted)
    return _exec()
QApplication.exec = probe
reader_app.cli.main([sys.argv[1]])
"""


def _child(code: str, *args: str, home: Path, pycache: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed app, from compiled bytecode
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout


def _marks(output: str) -> tuple[list[tuple[str, float]], int]:
    """The child's steps with their CPU times, and how many enum classes PySide6 had built by the first paint."""
    lines = output.splitlines()
    marks = next(line for line in lines if line.startswith("MARKS ")).removeprefix("MARKS ")
    enums = next(line for line in lines if line.startswith("ENUMS ")).removeprefix("ENUMS ")
    return [(str(name), float(seconds)) for name, seconds in json.loads(marks)], int(enums)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-app-profile-") as folder:
        home, pycache = Path(folder) / "home", Path(folder) / "pycache"
        listed = _child(LIST_CLASSES, home=home, pycache=pycache)
        classes = next(line for line in listed.splitlines() if line.startswith("CLASSES ")).removeprefix("CLASSES ")
        count = sum(len(names) for names in json.loads(classes).values())
        runs: dict[str, list[list[tuple[str, float]]]] = {"bare": [], "reader": []}
        enums: dict[str, int] = {}
        for index in range(args.runs + 1):  # the first round warms the file cache and writes the bytecode
            bare, enums["bare"] = _marks(_child(BARE, home=home, pycache=pycache))
            reader, enums["reader"] = _marks(_child(READER, str(SAMPLE), classes, home=home, pycache=pycache))
            if index:
                runs["bare"].append(bare)
                runs["reader"].append(reader)
    totals = {}
    print(f"CPU time to the first paint, median of {args.runs} (the reader's first paint uses {count} more Qt classes)")
    for kind, rounds in runs.items():
        print(f"\n{kind}:")
        for position, (name, _) in enumerate(rounds[0]):
            print(f"  {name:36s} {statistics.median(r[position][1] for r in rounds) * 1000:6.0f} ms")
        totals[kind] = statistics.median(sum(t for _, t in r) for r in rounds)
        print(f"  {'total':36s} {totals[kind] * 1000:6.0f} ms")
        print(f"  {'PySide6 enum classes built':36s} {enums[kind]:6d}")
    print(f"\nreader / bare (CPU): {totals['reader'] / totals['bare']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
