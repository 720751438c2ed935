"""Opening a big document in a real (offscreen) window: time to text, time to idle, UI stalls, peak memory.

Generates the documents (the sample article repeated with varied numbers, and a Chinese article built the same way)
and opens each one in a fresh process through `reader_app.ui.app.create_window`, with the sample document as the
baseline measured in the same run. A 10 ms QTimer on the UI thread records the gaps between its ticks: the longest
gap is the longest time the window could not react to the mouse, keys or menus.

Figures per document: `text` = seconds from open until the article's text is in the view, `idle` = until loading,
layout, facts, summary and every status-bar task are done, `stall` = longest UI-thread gap while that work ran,
`rss` = peak resident memory of the process.

With `--layout interleaved` the window opens in the Interleaved layout (each paragraph followed by its
translation), and `text` waits for that column. With `--against DIR` every document is measured a second time with
the checkout in DIR (its `.venv` if it has one, else this one's) in the same run, and the ratios of this checkout's
figures to that one's are printed. With `--baseline DIR` each big document is opened `--rounds` times by this
checkout and by DIR, alternating, and the medians and their ratios are printed. `--after-text S` ends each run S
seconds after the text shows (`stall after` = longest gap from then on) instead of waiting for idle.

Usage: python benchmarks/big_document.py [--mb 20] [--only en|zh] [--layout side-by-side|interleaved]
       [--against DIR] [--profile] [--timeout 900] [--baseline DIR --rounds 3] [--after-text 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "wechat-registration.txt"

ZH_ARTICLE = (
    "腾讯旗下的微信周二表示，为遵守“相关法律法规”，将暂时停止中国境内新用户的注册。"
    "这是中国科技企业在全球最大的互联网市场面临监管审查的最新例子。\n\n"
    "微信今年早些时候在中国拥有超过12亿月活跃用户，较去年同期增长3.5%。"
    "腾讯股价周二下跌4.2%，市值蒸发约300亿美元。\n\n"
    "分析人士认为，中国政府担心科技企业的影响力日益扩大，也关注公民数据的隐私。"
    "国家互联网信息办公室7月2日对滴滴展开网络安全审查，滴滴6月30日在纽约上市，募资44亿美元。\n\n"
)

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, QEventLoop
from PySide6.QtWidgets import QApplication

if os.environ.get("BIG_DOC_SWITCH"):
    sys.setswitchinterval(float(os.environ["BIG_DOC_SWITCH"]))
path = Path(sys.argv[1]); timeout = float(sys.argv[2]); profile = sys.argv[3] == "1"; after_text = float(sys.argv[4])
from reader_app.ui.app import application, create_window
from reader_app.ui.settings import Settings
app = application()
settings = Settings.at(Path(os.environ["XDG_CONFIG_HOME"]) / "settings.ini")
window = create_window(settings)
window.resize(1400, 900)
window.show()
for _ in range(20):
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    time.sleep(0.01)

gaps = []
last = [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append((now - last[0], now))
    last[0] = now
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(tick)

gc_times = []
def _gc(phase, info, _start=[0.0]):
    if phase == "start":
        _start[0] = time.perf_counter()
    elif time.perf_counter() - _start[0] > 0.05:
        gc_times.append((round(time.perf_counter() - _start[0], 3), info["generation"]))
import gc
gc.callbacks.append(_gc)

if os.environ.get("BIG_DOC_STACKS"):  # where the UI thread is when it stalls (sampled by a watchdog thread)
    import threading, traceback
    main_id = threading.get_ident()
    def watch():
        while True:
            time.sleep(0.1)
            if time.perf_counter() - last[0] > 0.3:
                frames = sys._current_frames()
                stack = "".join(
                    f"[{'UI' if ident == main_id else ident}]\n" + "".join(traceback.format_stack(frame)[-8:])
                    for ident, frame in frames.items() if ident != threading.get_ident()
                )
                print(f"--- UI thread {time.perf_counter() - last[0]:.2f} s into a gap:\n{stack}", file=sys.stderr)
    threading.Thread(target=watch, daemon=True).start()

from reader_app.ui.interleaved_view import InterleavedView
interleaved = window.findChild(InterleavedView)

def text_shown():
    if window.session.document() is None or window.loader.busy():
        return False
    if interleaved is not None and interleaved.isVisible():
        return interleaved.editor.document().characterCount() > 1000
    return any(len(v.document_text()) > 1000 or (v.blocks() and len(v.document_text()) > 0) for v in window.views())

if profile:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
start = time.perf_counter()
last[0] = start
timer.start()
window.open_path(path)
shown = None
quiet = None
done = None
while time.perf_counter() - start < timeout:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    now = time.perf_counter()
    if shown is None and text_shown():
        shown = now - start
    if after_text and shown is not None and now - start >= shown + after_text:
        break
    if shown is not None and not window.busy():
        if quiet is None:
            quiet = now
        elif now - quiet >= 0.5:
            done = quiet - start
            break
    else:
        quiet = None
    time.sleep(0.002)
timer.stop()
if profile:
    profiler.disable()
    import pstats
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)
end = start + (done if done is not None else timeout)
during = [g for g, t in gaps if t <= end + 0.05]
stall = max(during) if during else 0.0
after = [g for g, t in gaps if shown is not None and t - start > shown]
worst = sorted(((g, t - start) for g, t in gaps if t <= end + 0.05), reverse=True)[:5]
document = window.session.document()
chars = sum(len(p.text) for p in document.passages()) if document is not None else 0
shot = os.environ.get("BIG_DOC_SHOT")
if shot:
    window.grab().save(shot)
print(json.dumps({
    "text": shown, "idle": done, "stall": stall, "stall_after": max(after) if after else 0.0, "worst": worst,
    "gc": gc_times,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "chars": chars,
}), flush=True)
os._exit(0)
"""


def _vary(text: str, rng: random.Random) -> str:
    """The same article with other numbers (facts are not all identical, as in a real archive)."""
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group())) ), text)


def make_english(path: Path, size: int) -> None:
    prompt, article = SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)
    _write(path, prompt + "\n\n", article.strip() + "\n\n", size)


def make_chinese(path: Path, size: int) -> None:
    _write(path, "", ZH_ARTICLE, size)


def _write(path: Path, head: str, unit: str, size: int) -> None:
    rng = random.Random(7)
    parts = [head]
    total = len(head.encode("utf-8"))
    while total < size:
        copy = _vary(unit, rng)
        parts.append(copy)
        total += len(copy.encode("utf-8"))
    path.write_text("".join(parts), encoding="utf-8")


def measure(
    path: Path, timeout: float, profile: bool, shot: str | None = None, layout: str | None = None,
    checkout: Path | None = None, after_text: float = 0.0,
) -> dict[str, object]:
    """One document opened in a fresh process with `checkout`'s code (and virtualenv if it has one), else this one's."""
    venv_python = checkout / ".venv" / "bin" / "python" if checkout is not None else None
    python = str(venv_python) if venv_python is not None and venv_python.exists() else sys.executable
    with tempfile.TemporaryDirectory(prefix="reader-app-big-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache", XDG_CONFIG_HOME=f"{home}/config",
                   ARGOS_PACKAGES_DIR=f"{home}/argos", PYTHONPATH=str(checkout or ROOT))
        if shot:
            env["BIG_DOC_SHOT"] = shot
        Path(env["XDG_CONFIG_HOME"]).mkdir(parents=True)
        if layout:
            (Path(env["XDG_CONFIG_HOME"]) / "settings.ini").write_text(f"[view]\nlayout={layout}\n")
        result = subprocess.run(
            [python, "-c", CHILD, str(path), str(timeout), "1" if profile else "0", str(after_text)],
            env=env, capture_output=True, text=True, timeout=timeout + 120, cwd=checkout or ROOT,
        )
        if profile or os.environ.get("BIG_DOC_STACKS"):
            sys.stderr.write(result.stderr[-20000:])
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if not lines:
            sys.stderr.write(result.stderr[-3000:])
            raise SystemExit(f"no result for {path.name}")
        data: dict[str, object] = json.loads(lines[-1])
        return data


def _fmt(value: object, unit: str) -> str:
    return "timeout" if value is None else f"{value:.2f}{unit}" if unit == " s" else f"{value:.0f}{unit}"


def compare(
    path: Path, lang: str, baseline: Path, rounds: int, timeout: float, after_text: float, layout: str | None
) -> None:
    """This tree and `baseline` open the same document in turn; medians of each and their ratio."""
    trees: dict[str, Path | None] = {"this": None, "baseline": baseline}
    runs: dict[str, list[dict[str, object]]] = {name: [] for name in trees}
    for round_ in range(rounds):
        for name in list(trees) if round_ % 2 == 0 else list(reversed(trees)):
            data = measure(path, timeout, False, None, layout, trees[name], after_text)
            runs[name].append(data)
            print(f"{lang} round {round_ + 1} {name:8}: text {_fmt(data['text'], ' s')}, "
                  f"idle {_fmt(data['idle'], ' s')}, stall {data['stall'] * 1000:.0f} ms, "  # type: ignore[operator]
                  f"stall after text {data['stall_after'] * 1000:.0f} ms, "  # type: ignore[operator]
                  f"rss {_fmt(data['rss_mb'], ' MB')}; worst gaps (s, at s) {data['worst']}, "
                  f"slow GC runs (s, gen) {data['gc']}", flush=True)
    medians = {
        name: {key: statistics.median(float(r[key] or 0.0) for r in found)  # type: ignore[arg-type]
               for key in ("text", "stall", "stall_after", "rss_mb")}
        for name, found in runs.items()
    }
    for name, figures in medians.items():
        print(f"{lang} {name:8} median: text {figures['text']:.2f} s, stall {figures['stall'] * 1000:.0f} ms, "
              f"stall after text {figures['stall_after'] * 1000:.0f} ms, rss {figures['rss_mb']:.0f} MB")
    this, base = medians["this"], medians["baseline"]
    print(f"{lang} this/baseline: text ×{this['text'] / base['text']:.2f}, "
          f"stall after text ×{this['stall_after'] / max(base['stall_after'], 1e-9):.2f}, "
          f"rss ×{this['rss_mb'] / base['rss_mb']:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--only", choices=["en", "zh"])
    parser.add_argument("--profile", action="store_true", help="cProfile the UI thread of the big documents")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--shot", help="save a screenshot of each big document's window here (prefix)")
    parser.add_argument("--layout", choices=["side-by-side", "interleaved"], help="the reading layout to open in")
    parser.add_argument("--against", type=Path, help="a checkout (with its .venv) to measure too, for ratios")
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with, run alternately")
    parser.add_argument("--rounds", type=int, default=3, help="runs per checkout with --baseline")
    parser.add_argument("--after-text", type=float, default=0.0, help="end each run this many seconds after the text")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    with tempfile.TemporaryDirectory(prefix="reader-app-bigdoc-") as folder:
        base = measure(SAMPLE, 60.0, False, layout=args.layout)
        print(f"sample ({base['chars']} chars): text {_fmt(base['text'], ' s')}, idle {_fmt(base['idle'], ' s')}, "
              f"stall {base['stall'] * 1000:.0f} ms, rss {_fmt(base['rss_mb'], ' MB')}", flush=True)
        for lang, make in (("en", make_english), ("zh", make_chinese)):
            if args.only and lang != args.only:
                continue
            path = Path(folder) / f"big-{lang}.txt"
            make(path, size)
            if args.baseline is not None:
                compare(path, lang, args.baseline.resolve(), args.rounds, args.timeout, args.after_text, args.layout)
                continue
            shot = f"{args.shot}-{lang}.png" if args.shot else None
            data = measure(path, args.timeout, args.profile, shot, args.layout, after_text=args.after_text)
            ratios = ", ".join(
                f"{key} ×{data[key] / base[key]:.0f}"  # type: ignore[operator]
                for key in ("text", "idle", "stall", "rss_mb") if data[key] and base[key]
            )
            worst = ", ".join(f"{g * 1000:.0f}@{t:.1f}s" for g, t in data["worst"])  # type: ignore[attr-defined]
            size_mb = path.stat().st_size / 1e6
            print(f"{lang} {size_mb:.1f} MB ({data['chars']} chars): text {_fmt(data['text'], ' s')}, "
                  f"idle {_fmt(data['idle'], ' s')}, stall {data['stall'] * 1000:.0f} ms (worst gaps {worst} ms), "
                  f"rss {_fmt(data['rss_mb'], ' MB')}; vs sample: {ratios}; slow GC runs (s, gen) {data['gc']}",
                  flush=True)
            if args.against is not None:
                other = measure(path, args.timeout, False, None, args.layout, args.against.resolve(), args.after_text)
                print(f"{lang} with {args.against}: text {_fmt(other['text'], ' s')}, "
                      f"idle {_fmt(other['idle'], ' s')}, stall {other['stall'] * 1000:.0f} ms, "
                      f"rss {_fmt(other['rss_mb'], ' MB')}", flush=True)
                against = ", ".join(
                    f"{key} ×{data[key] / other[key]:.2f}"  # type: ignore[operator]
                    for key in ("text", "idle", "stall", "rss_mb") if data[key] and other[key]
                )
                print(f"{lang} this checkout / {args.against}: {against}", flush=True)


if __name__ == "__main__":
    main()
