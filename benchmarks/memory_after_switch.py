"""Memory given back after a big translated document is replaced by small ones, against a baseline checkout.

In a fresh offscreen process with all features (throwaway XDG folders, a tiny real zh→en model from
tests/tiny_model.py): open a big Chinese article (benchmarks/big_document.py's), translate it, open an English one
a quarter of its size, then three small news texts (benchmarks/facts_news_blind/zh/0*.txt). A second process opens
only the small texts: what a fresh window with a small document uses. Resident memory (VmRSS) is printed after each
step, with how much of the C heap is free but kept and how many Python object arenas are held; the figure that
matters is `small after big` against `small only`.

With `--against DIR` (a checkout with its own .venv, e.g. a worktree of main) the same is measured with that code in
the same run, and the extra memory after the switch (small after big − small only) is compared.

Usage: python benchmarks/memory_after_switch.py [--mb 2] [--against DIR] [--no-translate]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import ctypes, gc, json, os, re, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
root = Path(sys.argv[1]); folder = Path(sys.argv[2]); only_small = sys.argv[3] == "1"; translate = sys.argv[4] == "1"
sys.path[:0] = [str(root / "benchmarks"), str(root / "tests")]
from reader_app.ui.app import application, create_window
from reader_app.ui.settings import Settings
from reader_app.ui.translation_feature import TranslationFeature
app = application()
window = create_window(Settings.at(Path(os.environ["XDG_CONFIG_HOME"]) / "settings.ini"))
window.resize(1400, 900)
window.show()

class MallInfo(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]
libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

def python_arenas():
    import tempfile
    with tempfile.TemporaryFile("w+") as out:
        saved = os.dup(2); os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2); os.close(saved)
        out.seek(0)
        found = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", out.read())
    return int(found.group(1).replace(",", "")) if found else None

def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)

def settle(timeout=900):
    start = time.monotonic(); quiet = None
    while time.monotonic() - start < timeout:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if window.busy():
            quiet = None
        elif quiet is None:
            quiet = time.monotonic()
        elif time.monotonic() - quiet > 1.0:
            return
        time.sleep(0.005)

def step(name):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    spin(1.0)
    info = libc.mallinfo2()
    print(json.dumps({"step": name, "rss": rss_mb(), "c_free": info.fordblks / 2**20,
                      "py_arenas": python_arenas()}), flush=True)

def open_and_settle(path):
    window.open_path(path); spin(0.5); settle()

spin(1.0)
if not only_small:
    open_and_settle(folder / "big-zh.txt")
    step("big zh open")
    if translate:
        feature = window.feature(TranslationFeature)
        feature.translate_article(); spin(1.0)
        while feature.running():
            spin(0.2)
        settle()
        step("big zh translated")
    open_and_settle(folder / "big-en.txt")
    step("en open")
for path in sorted((root / "benchmarks" / "facts_news_blind" / "zh").glob("0*.txt"))[:3]:
    open_and_settle(path)
step("small only" if only_small else "small after big")
os._exit(0)
"""


def run(checkout: Path, folder: Path, only_small: bool, translate: bool) -> dict[str, dict[str, float]]:
    python = checkout / ".venv" / "bin" / "python"
    with tempfile.TemporaryDirectory(prefix="reader-app-memory-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache", XDG_CONFIG_HOME=f"{home}/config",
                   ARGOS_PACKAGES_DIR=str(folder / "argos"))
        Path(env["XDG_CONFIG_HOME"]).mkdir(parents=True)
        flags = ["1" if only_small else "0", "1" if translate else "0"]
        result = subprocess.run(
            [str(python), "-c", CHILD, str(checkout), str(folder), *flags],
            env=env, capture_output=True, text=True, cwd=checkout, timeout=3600,
        )
    steps = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    if not steps:
        sys.stderr.write(result.stderr[-3000:])
        raise SystemExit(f"no figures from {checkout}")
    return {data.pop("step"): data for data in steps}


def measure(checkout: Path, folder: Path, translate: bool) -> float:
    """Prints each step's figures; returns the extra resident memory of small texts after the big ones."""
    fresh = run(checkout, folder, True, translate)["small only"]
    steps = run(checkout, folder, False, translate)
    for name, data in [("small only", fresh), *steps.items()]:
        print(f"  {name:18} rss {data['rss']:6.0f} MB, C heap free {data['c_free']:5.0f} MB, "
              f"Python arenas {data['py_arenas']}", flush=True)
    extra = steps["small after big"]["rss"] - fresh["rss"]
    print(f"  small after big − small only: {extra:.0f} MB", flush=True)
    return extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the big Chinese text (the English is 1/4)")
    parser.add_argument("--against", type=Path, help="a checkout (with its .venv) to measure too")
    parser.add_argument("--no-translate", action="store_true", help="skip translating the big text")
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]
    import big_document
    import tiny_model
    from argostranslate import package

    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(), flush=True)
    with tempfile.TemporaryDirectory(prefix="reader-app-memory-") as name:
        folder = Path(name)
        big_document.make_chinese(folder / "big-zh.txt", int(args.mb * 1_000_000))
        big_document.make_english(folder / "big-en.txt", int(args.mb * 250_000))
        os.environ["ARGOS_PACKAGES_DIR"] = str(folder / "argos")
        from argostranslate import settings

        settings.package_data_dir = settings.package_dirs[0] = folder / "argos"
        (folder / "argos").mkdir()
        package.install_from_path(tiny_model.build_tiny_package(folder / "packages", "zh", "en"))
        translate = not args.no_translate
        print(f"this checkout ({ROOT}):", flush=True)
        mine = measure(ROOT, folder, translate)
        if args.against is not None:
            print(f"{args.against}:", flush=True)
            theirs = measure(args.against.resolve(), folder, translate)
            ratio = f"×{mine / theirs:.2f}" if theirs > 0 else "n/a"
            print(f"extra after the switch, this checkout / {args.against}: {mine:.0f} / {theirs:.0f} MB ({ratio})")
        print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
