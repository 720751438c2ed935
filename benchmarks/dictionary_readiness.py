"""The popup dictionary in the real window: how soon it is ready, how fast Shift shows the popup, and that start-up
does not move with it.

Every figure comes from fresh `reader-app` processes (offscreen Qt, throwaway XDG folders, the sample or a corpus
text), with its baseline measured in the same run:

1. Readiness: from the window's first paint to "dictionary ready" (the feature's look-ups answer at once), on a
   first launch (empty XDG cache, data and config folders) and on a warm cache (the baseline), alternating.
2. Popup latency: the mouse moved over a CJK character and Shift pressed (through the window system, with QTest),
   in the shown window, to the popup's first paint; every visible CJK character of a Chinese and a Japanese corpus
   text (of the first N texts with --texts N). Baseline: the same key press with the Shift look-up switched off
   (Qt's own key delivery and event-loop turn).
3. Start-up with the dictionary feature on and off (the feature's installer removed in the child), alternating,
   median: process spawn to the painted window, and to every feature installed.

Usage: python benchmarks/dictionary_readiness.py [--runs N] [--limit N] [--texts N] [--part ready|popup|startup ...]
(DICTIONARY_BENCH_PROFILE=FILE writes a cProfile of the popup look-ups.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_folder import shared_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "wechat-registration.txt"
CORPUS = shared_path("facts", "corpus")

PROBE = r"""
import json, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget

MODE = os.environ["DICTIONARY_BENCH_MODE"]
if os.environ.get("DICTIONARY_BENCH_FEATURE") == "off":
    from reader_app.ui import features
    features.INSTALLERS[:] = [i for i in features.INSTALLERS if i.__module__ != "reader_app.ui.dictionary_feature"]

_exec = QApplication.exec

def report(**values):
    print(json.dumps(values), flush=True)

def _probe_exec(app):
    from reader_app.ui.main_window import MainWindow
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    marks = {}
    def painted():
        window.grab()
        marks["painted"] = time.monotonic()
        print("painted", flush=True)
        QTimer.singleShot(0, wait)
    def dictionary():
        from reader_app.ui.dictionary_feature import DictionaryFeature
        return window.feature(DictionaryFeature)
    def wait():
        feature = dictionary() if MODE != "startup" else None
        if MODE == "startup":
            if window.findChildren(QDockWidget) and not window.loading() and "features" not in marks:
                marks["features"] = time.monotonic()
                print("features", flush=True)
                app.quit()
                return
        elif feature is not None and "installed" not in marks:
            marks["installed"] = time.monotonic()
        if MODE != "startup" and feature is not None and (feature.ready or feature.failed):
            marks["ready"] = time.monotonic()
            if feature.failed:
                report(failed=feature.failed)
                app.quit()
                return
            report(ready_after_paint=marks["ready"] - marks["painted"],
                   installed_after_paint=marks["installed"] - marks["painted"])
            if MODE == "popup":
                QTimer.singleShot(0, lambda: popup_latency(window, feature))
            else:
                app.quit()
            return
        QTimer.singleShot(2, wait)
    QTimer.singleShot(0, painted)
    return _exec()

def popup_latency(window, feature):
    from PySide6.QtCore import QEvent, QObject, QPoint, Qt
    from PySide6.QtTest import QTest
    from reader_app.core.dictionary.lookup import is_cjk
    from reader_app.ui.dictionary_feature import range_rects
    from reader_app.ui.session import Side

    app = QApplication.instance()
    while window.loading():
        app.processEvents()
    edit = window.view_for_side(Side.CJK).editor
    viewport = edit.viewport()
    popup = feature.popup()

    class PaintWatch(QObject):
        painted_at = None
        cpu_at = None
        thread_at = None
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and self.painted_at is None:
                self.painted_at = time.perf_counter()
                self.cpu_at = time.process_time()
                self.thread_at = time.thread_time()
            return False
    watch = PaintWatch()
    popup.installEventFilter(watch)

    points = []
    block = edit.document().begin()
    while block.isValid() and len(points) < int(os.environ["DICTIONARY_BENCH_LIMIT"]):
        text = block.text()
        for index, char in enumerate(text):
            if len(points) >= int(os.environ["DICTIONARY_BENCH_LIMIT"]):
                break
            if not is_cjk(char):
                continue
            rects = range_rects(edit, block.position(), text, index, index + 1)
            if rects and viewport.rect().contains(rects[0].center()):
                points.append(rects[0].center())
        block = block.next()

    def one(point, look_up):
        feature.shift_action.setChecked(look_up)
        QTest.mouseMove(viewport, point)
        app.processEvents()
        watch.painted_at = None
        start_cpu = time.process_time()
        start_thread = time.thread_time()
        start = time.perf_counter()
        # Through the window system, as a real key press comes: one event, to the window, then to the focus
        # widget and each parent that ignores it (QTest's widget path would press Shift twice).
        QTest.keyPress(window.windowHandle(), Qt.Key.Key_Shift)
        deadline = start + 2.0
        while time.perf_counter() < deadline:
            app.processEvents()
            if look_up and watch.painted_at is not None:
                break
            if not look_up:  # nothing will paint: one full turn of the event loop is the cost
                watch.painted_at = time.perf_counter()
                break
        QTest.keyRelease(window.windowHandle(), Qt.Key.Key_Shift)
        shown = popup.isVisible() if look_up else True
        elapsed = (watch.painted_at or deadline) - start
        cpu = (watch.cpu_at or time.process_time()) - start_cpu
        ui_cpu = (watch.thread_at or time.thread_time()) - start_thread
        feature.hide_popup()
        app.processEvents()
        return elapsed, cpu, ui_cpu, shown

    timings, cpu_timings, ui_timings, baseline, missed = [], [], [], [], 0
    profile = None
    if os.environ.get("DICTIONARY_BENCH_PROFILE"):
        import cProfile
        profile = cProfile.Profile()
        profile.enable()
    for point in points:
        elapsed, cpu, ui_cpu, shown = one(point, True)
        if shown:
            timings.append(elapsed)
            cpu_timings.append(cpu)
            ui_timings.append(ui_cpu)
        else:
            missed += 1
        baseline.append(one(point, False)[0])
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["DICTIONARY_BENCH_PROFILE"])
    report(popup=timings, popup_cpu=cpu_timings, popup_ui_cpu=ui_timings, baseline=baseline, missed=missed)
    app.quit()

QApplication.exec = _probe_exec
from reader_app.cli import main
main([sys.argv[1]])
"""


def _child(path: Path, mode: str, cache: Path, home: Path, pycache: Path, **extra: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache), DICTIONARY_BENCH_MODE=mode,
               **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(cache)
    env["ARGOS_PACKAGES_DIR"] = str(home / "argos")
    result: dict[str, object] = {}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", PROBE, str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        line = line.strip()
        if line.startswith("{"):
            result.update(json.loads(line))
        elif line:
            result[line] = time.perf_counter() - start
    child.wait(timeout=600)
    if "painted" not in result:
        raise RuntimeError(f"child exited with {child.returncode} before painting")
    return result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def readiness(runs: int, home: Path, pycache: Path) -> None:
    fresh: list[float] = []
    warm: list[float] = []
    fresh_installed: list[float] = []
    warm_installed: list[float] = []
    warm_cache = home / "warm-cache"
    _child(SAMPLE, "ready", warm_cache, home, pycache)  # fills the warm cache and the .pyc files
    for _ in range(runs):  # alternating, so both see the same machine load
        with tempfile.TemporaryDirectory(prefix="dictionary-fresh-cache-") as empty:  # a first launch ever
            result = _child(SAMPLE, "ready", Path(empty) / "cache", Path(empty), pycache)
        fresh.append(float(str(result.get("ready_after_paint", "nan"))))
        fresh_installed.append(float(str(result.get("installed_after_paint", "nan"))))
        result = _child(SAMPLE, "ready", warm_cache, home, pycache)
        warm.append(float(str(result.get("ready_after_paint", "nan"))))
        warm_installed.append(float(str(result.get("installed_after_paint", "nan"))))
    print(f"dictionary ready after the window's first paint, median of {runs} (bar: 2 s):")
    print(f"  fresh cache (first launch):         {statistics.median(fresh):.2f} s  (max {max(fresh):.2f} s)")
    print(f"  warm cache:                         {statistics.median(warm):.2f} s  (max {max(warm):.2f} s)")
    print(f"  fresh / warm: {statistics.median(fresh) / statistics.median(warm):.2f}x")
    print(f"  of which waiting for the feature to be installed after the first paint: fresh "
          f"{statistics.median(fresh_installed):.2f} s, warm {statistics.median(warm_installed):.2f} s (then "
          "the warm-up's delay and the document's loading, then the index opens and OpenCC loads on a worker)")


def popup(limit: int, home: Path, pycache: Path, count: int = 1) -> None:
    cache = home / "warm-cache"
    for lang in ("zh", "ja"):
        paths = sorted((CORPUS / lang).glob("*.txt"))[:count] or ([SAMPLE] if lang == "zh" else [])
        if not paths:
            print(f"{lang}: no corpus text in {CORPUS / lang}")
            continue
        timings: list[float] = []
        cpu: list[float] = []
        ui_cpu: list[float] = []
        baseline: list[float] = []
        missed = 0
        for path in paths:  # one window per text: each one's look-ups start as soon as its dictionary is ready
            result = _child(path, "popup", cache, home, pycache, DICTIONARY_BENCH_LIMIT=str(limit))
            if "failed" in result or "popup" not in result:
                print(f"{lang} ({path.name}): {result.get('failed', 'no popup figures')}")
                continue
            timings += [float(t) for t in result["popup"]]  # type: ignore[attr-defined]
            cpu += [float(t) for t in result["popup_cpu"]]  # type: ignore[attr-defined]
            ui_cpu += [float(t) for t in result["popup_ui_cpu"]]  # type: ignore[attr-defined]
            baseline += [float(t) for t in result["baseline"]]  # type: ignore[attr-defined]
            missed += int(str(result["missed"]))
        if not timings:
            print(f"{lang}: the popup never showed ({missed} key presses)")
            continue
        p50, p95 = statistics.median(timings) * 1000, percentile(timings, 0.95) * 1000
        base = statistics.median(baseline) * 1000
        names = ", ".join(path.name for path in paths)
        print(f"{lang} ({names}): Shift to popup painted, {len(timings)} characters: p50 {p50:.1f} ms, "
              f"p95 {p95:.1f} ms, max {max(timings) * 1000:.1f} ms (bar: p95 30 ms); no popup {missed}")
        print(f"    the window's own CPU time over the same span: p50 {statistics.median(cpu) * 1000:.1f} ms, "
              f"p95 {percentile(cpu, 0.95) * 1000:.1f} ms (all its threads); the UI thread's: p50 "
              f"{statistics.median(ui_cpu) * 1000:.1f} ms, p95 {percentile(ui_cpu, 0.95) * 1000:.1f} ms")
        print(f"    baseline key press without look-up p50 {base:.2f} ms (popup p50 = {p50 / base:.0f}x)")


def startup(runs: int, home: Path, pycache: Path) -> None:
    painted: dict[str, list[float]] = {"on": [], "off": []}
    features: dict[str, list[float]] = {"on": [], "off": []}
    cache = home / "warm-cache"
    for switch in ("on", "off"):  # warm the .pyc files of both
        _child(SAMPLE, "startup", cache, home, pycache, DICTIONARY_BENCH_FEATURE=switch)
    for run in range(runs):
        for switch in (("on", "off") if run % 2 == 0 else ("off", "on")):
            result = _child(SAMPLE, "startup", cache, home, pycache, DICTIONARY_BENCH_FEATURE=switch)
            painted[switch].append(float(str(result["painted"])))
            features[switch].append(float(str(result.get("features", "nan"))))
    on, off = statistics.median(painted["on"]), statistics.median(painted["off"])
    print(f"start-up, spawn to painted window, median of {runs} alternating runs:")
    print(f"  dictionary feature on {on * 1000:.0f} ms, off {off * 1000:.0f} ms: on / off = {on / off:.3f}x")
    print(f"  runs on:  {' '.join(f'{t * 1000:.0f}' for t in painted['on'])}")
    print(f"  runs off: {' '.join(f'{t * 1000:.0f}' for t in painted['off'])}")
    paired = [a / b for a, b in zip(painted["on"], painted["off"], strict=True)]
    print(f"  paired by round (on / off in the same round): median {statistics.median(paired):.3f}x, "
          f"range {min(paired):.2f}-{max(paired):.2f}x (the painted mark comes before any feature installs)")
    f_on, f_off = statistics.median(features["on"]), statistics.median(features["off"])
    print(f"  every feature installed and the sample loaded: on {f_on * 1000:.0f} ms, off {f_off * 1000:.0f} ms: "
          f"{f_on / f_off:.3f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=200, help="popup look-ups per text")
    parser.add_argument("--texts", type=int, default=1, help="corpus texts per language for the popup latency")
    parser.add_argument("--part", action="append", choices=("ready", "popup", "startup"))
    args = parser.parse_args()
    parts = args.part or ["ready", "popup", "startup"]
    print(f"load: {' '.join(os.getloadavg().__repr__().strip('()').split(', '))} (1, 5, 15 min), "
          f"{os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="dictionary-readiness-") as folder:
        home, pycache = Path(folder), Path(folder) / "pycache"
        if "ready" in parts or "popup" in parts:
            readiness(args.runs, home, pycache) if "ready" in parts else _child(
                SAMPLE, "ready", home / "warm-cache", home, pycache)
        if "popup" in parts:
            popup(args.limit, home, pycache, args.texts)
        if "startup" in parts:
            startup(args.runs, home, pycache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
