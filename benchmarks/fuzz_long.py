"""Hostile input, long runs: fuzzed documents, saved files and JSON lines through the commands; kills during saves.

    .venv/bin/python benchmarks/fuzz_long.py [--inputs 10000] [--kills 200] [--seed 1] [--hang-s 20]

Fuzzing: each input (mutated documents in every supported encoding and format, mutated saved `.json` files, hostile
`facts --jsonl` batches) runs in a worker process: a document through `summarize --json` (load, facts, summary) and
one of `inspect --json`, `facts --json`, `facts --published 9999-12-31` in turn; a saved file through one of
`inspect`, `summarize`, `facts` and one export format in turn; a batch through `facts --jsonl`.
A **crash** is an exit through the top-level error boundary (exit 70, logged), a traceback on
stderr or an error logged on the way, output that is not the promised JSON, or a refusal that is not one line; a
**hang** is an input that took more than `--hang-s` seconds of CPU (or ten times that in wall time, when the worker
is killed and restarted); a **loss** is an input file the commands changed.

Kills: a child saves a growing reading state to a saved file and to the library over and over; it is SIGKILLed at
seeded random moments. After each kill the saved file must load and the library must pass its integrity check, and
neither may hold less than the child had reported as saved (a **loss**) or be unreadable (**corrupt**).

`make test` runs short seeded versions of both (tests/test_hostile_fuzz.py, tests/test_kills.py).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "wechat-registration.txt"
HTML_FIXTURE = REPO / "tests" / "core" / "fixtures" / "html" / "news-wechat.html"

CHINESE = "腾讯旗下的微信周二表示，正在暂停中国境内新用户注册。微信今年早些时候在中国拥有超过十二亿月活跃用户。\n"
JAPANESE = "ソフトバンクは3月15日、売上高が前年比12%増の1兆2000億円になったと発表した。\n"

# Pieces an attacker splices into text: numbers and dates at the edges, markup, charsets, bidi and control
# characters, very long words, tables and nesting.
HOSTILE_TOKENS = [
    "9" * 400,
    "1" * 5000,
    "0001-01-01",
    "9999-12-31",
    "yesterday",
    "next year",
    "3 days ago",
    "去年",
    "明年",
    "$1e308",
    "1e309%",
    "-0",
    "NaN",
    "Infinity",
    "\u202e",
    "\ufeff",
    "\x00",
    "\x1b[31m",
    "\ud800",
    "<script>alert(1)</script>",
    '<meta charset="bz2">',
    '<meta charset="undefined">',
    '<meta charset="utf-16">',
    "<?xml version='1.0' encoding='rot13'?>",
    "[" * 2000,
    "{" * 2000,
    "| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * 200,
    "# " * 300,
    "> " * 300,
    "Alpha " * 3000,
    "A" * 20000,
    "\n" * 500,
    "。" * 1000,
    "Mr. " * 500,
    "U.S. " * 500,
    "第" * 500,
    "2024年13月45日",
    "February 30, 2021",
    "Q5 2021",
    "¥" * 100,
    "%" * 100,
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "big5", "shift_jis", "euc_jp", "latin-1"]
SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", "", ".markdown", ".xhtml"]


def _seeds() -> list[str]:
    sample = SAMPLE.read_text(encoding="utf-8")
    html = HTML_FIXTURE.read_text(encoding="utf-8") if HTML_FIXTURE.exists() else "<html><body>x</body></html>"
    markdown = "# Title\n\nPublished: 2021-07-28\n\n" + sample.split("\n\n", 1)[-1]
    return [sample, html, markdown, CHINESE * 5, JAPANESE * 5, CHINESE + "\n\n" + sample]


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf-8") else "replace")


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        if not out:
            out += rng.randbytes(rng.randint(1, 64))
        elif choice < 0.3:
            out[rng.randrange(len(out))] = rng.randrange(256)
        elif choice < 0.5:
            at = rng.randrange(len(out))
            out[at:at] = rng.randbytes(rng.randint(1, 32))
        elif choice < 0.65:
            at = rng.randrange(len(out))
            del out[at : at + rng.randint(1, 200)]
        elif choice < 0.8:
            at = rng.randrange(len(out))
            out[at:at] = out[max(0, at - 300) : at] * rng.randint(1, 5)
        else:
            out = out[: rng.randrange(len(out) + 1)]
    return bytes(out)


def hostile_document(rng: random.Random) -> tuple[str, bytes]:
    """(file suffix, contents): a seed text with hostile pieces spliced in, encoded, maybe byte-mutated."""
    text = rng.choice(_seeds())
    for _ in range(rng.randint(0, 6)):
        at = rng.randrange(len(text) + 1)
        token = rng.choice(HOSTILE_TOKENS)
        text = text[:at] + " " + token + " " + text[at:]
    if rng.random() < 0.15:
        text = text.replace("\n", " ")  # one long line
    encoding = rng.choice(ENCODINGS)
    data = _encode(text, encoding)
    if rng.random() < 0.2:
        charset = rng.choice(["bz2", "rot13", "hex", "uu", "undefined", encoding, "gbk", "utf-7", "x-junk"])
        data = f'<html><head><meta charset="{charset}"></head><body><p>'.encode() + data + b"</p></body></html>"
    if rng.random() < 0.4:
        data = _mutate_bytes(data, rng)
    if rng.random() < 0.05:
        data = rng.randbytes(rng.randint(0, 4096))
    return rng.choice(SUFFIXES), data


def _base_saved_file() -> dict[str, object]:
    from reader_app.core import saved_file
    from reader_app.core.annotations import Highlight, anchor_for
    from reader_app.core.document import Span
    from reader_app.core.facts.extract import extract_facts
    from reader_app.core.loading import load_document
    from reader_app.core.reading_state import PinnedFact, ReadingState

    document = load_document(SAMPLE)
    article = document.article
    state = ReadingState.for_document(document).with_summary_length(4).with_summary_edit("My summary.")
    state = state.with_pin(PinnedFact.from_fact(extract_facts(article)[0]))
    start = article.text.index("WeChat")
    highlight = Highlight(
        role=article.role, anchor=anchor_for(article, Span(start, start + 6)), colour="green", note="a note", id="h1"
    )
    return saved_file.to_json(state.with_highlights([highlight]), document)


_BAD_VALUES: list[object] = [
    None, 0, -1, 10**30, 1.5, True, [], {}, "", "x", "\ud800", "0001-01-01", "9999-12-31",
    "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00-23:59", [1, 2], [-1, 5], [5, 1], [0, 10**9],
    "<script>alert(1)</script>", "=cmd|' /C calc'!A0", '"quoted', "\t\n\r", "é" * 10_000,
]  # fmt: skip


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*prefix, index))
    return found


def hostile_saved_file(rng: random.Random, base: dict[str, object]) -> bytes:
    """A saved file with a few fields replaced, keys bit-flipped, or its bytes mutated."""
    data = json.loads(json.dumps(base))
    paths = _paths(data)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(paths)
        parent: object = data
        try:
            for key in path[:-1]:
                parent = parent[key]  # type: ignore[index]
            if rng.random() < 0.2 and isinstance(path[-1], str) and isinstance(parent, dict):
                key = path[-1]
                flipped = key[:-1] + chr(ord(key[-1]) ^ (1 << rng.randrange(5)))
                parent[flipped] = parent.pop(key)
            else:
                parent[path[-1]] = rng.choice(_BAD_VALUES)  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            continue
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.1:
        text = text.replace('"state": ', '"state": ' + "[" * 50_000, 1) + "]" * 50_000
    raw = text.encode("utf-8", errors="surrogatepass")
    return _mutate_bytes(raw, rng) if rng.random() < 0.2 else raw


def hostile_jsonl(rng: random.Random) -> bytes:
    lines: list[bytes] = []
    for _ in range(rng.randint(1, 6)):
        text = rng.choice(_seeds())[: rng.randint(0, 2000)]
        for _ in range(rng.randint(0, 3)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + " " + rng.choice(HOSTILE_TOKENS) + " " + text[at:]
        item: dict[str, object] = {"text": text}
        if rng.random() < 0.5:
            item["published"] = rng.choice(["0001-01-01", "9999-12-31", "2021-07-28", "2021-02-30", 7, None, ""])
        if rng.random() < 0.3:
            item["lang"] = rng.choice(["en", "zh", "ja", "zh-Hant", "xx", "", 5])
        line = json.dumps(item, ensure_ascii=rng.random() < 0.5).encode("utf-8", errors="surrogatepass")
        if rng.random() < 0.2:
            line = _mutate_bytes(line, rng).replace(b"\n", b" ")
        if rng.random() < 0.05:
            line = rng.choice([b"[" * 100_000, b'{"text": 1' + b"0" * 5000 + b"}", b"\xff\xfe", b"null"])
        lines.append(line)
    return b"\n".join(lines) + b"\n"


# --- running one input ------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    crashes: list[str] = field(default_factory=list)
    loss: bool = False


def _call(argv: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    """`reader-app ARGV` in this process, stdout and stderr captured; an exception escaping main is a crash."""
    from reader_app.cli import main
    from reader_app.core.error_boundary import UNEXPECTED_EXIT

    out, err = io.StringIO(), io.StringIO()
    errors = _ErrorRecords()
    logger = logging.getLogger("reader_app")
    logger.addHandler(errors)
    saved_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors="strict")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
            except BaseException as error:  # what the boundary let through is exactly what we count
                return -1, out.getvalue(), f"escaped the boundary: {type(error).__name__}: {error}"
    finally:
        sys.stdin = saved_stdin
        logger.removeHandler(errors)
    if errors.messages and code not in (-1, UNEXPECTED_EXIT):  # caught and logged on the way (a failed detector)
        return UNEXPECTED_EXIT, out.getvalue(), f"logged: {errors.messages[0]}"
    return code, out.getvalue(), err.getvalue()


class _ErrorRecords(logging.Handler):
    """Errors the app logged while it went on: each one is a crash for these counts (part of the output was lost)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        detail = f" ({record.exc_info[0].__name__}: {record.exc_info[1]})" if record.exc_info else ""
        self.messages.append(f"{record.getMessage().splitlines()[0][:80]}{detail[:120]}")


def _check(argv: list[str], outcome: Outcome, stdin: bytes | None = None, as_json: bool = False) -> str:
    from reader_app.core.error_boundary import UNEXPECTED_EXIT

    code, out, err = _call(argv, stdin)
    label = " ".join(argv[:1] + [a for a in argv[2:] if a.startswith("-")])
    if code in (UNEXPECTED_EXIT, -1) or "Traceback" in err:
        outcome.crashes.append(f"{label}: {err.strip().splitlines()[-1] if err.strip() else code}")
    elif code == 0 and as_json:
        try:
            json.loads(out)
        except ValueError:
            outcome.crashes.append(f"{label}: output is not JSON")
    elif code != 0 and (err.count("\n") != 1 or out):
        outcome.crashes.append(f"{label}: exit {code} without exactly one line on stderr")
    return out


def run_document(folder: Path, suffix: str, data: bytes, turn: int | None = None) -> Outcome:
    """All the commands, or (long runs, `turn` given) `summarize --json`, which loads, extracts facts and
    summarises, plus one other command in turn."""
    outcome = Outcome()
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    runs: list[tuple[list[str], bool]] = [
        (["summarize", str(path), "--json"], True),
        (["inspect", str(path), "--json"], True),
        (["facts", str(path), "--json"], True),
        (["facts", str(path), "--published", "9999-12-31"], False),
    ]
    for argv, as_json in runs if turn is None else [runs[0], runs[1 + turn % 3]]:
        _check(argv, outcome, as_json=as_json)
    outcome.loss = path.read_bytes() != data
    return outcome


def run_saved_file(folder: Path, data: bytes, turn: int | None = None) -> Outcome:
    outcome = Outcome()
    path = folder / "saved.json"
    path.write_bytes(data)
    reads = [["inspect", str(path), "--json"], ["summarize", str(path), "--json"], ["facts", str(path), "--json"]]
    exports = [
        ["export", str(path), "-f", export_format, "-o", str(folder / f"out.{export_format}")]
        for export_format in ("md", "anki", "json", "html")
    ]
    if turn is not None:
        reads, exports = [reads[turn % 3]], [exports[turn % 4]]
    for argv in reads:
        _check(argv, outcome, as_json=True)
    for argv in exports:
        _check(argv, outcome)
    from reader_app.core import saved_file

    with contextlib.suppress(saved_file.SavedFileError):
        saved_file.load(path)  # the reader itself, not only through the commands
    outcome.loss = path.read_bytes() != data
    return outcome


def run_jsonl(data: bytes) -> Outcome:
    outcome = Outcome()
    out = _check(["facts", "--jsonl"], outcome, stdin=data)
    expected = sum(1 for line in data.split(b"\n") if line.strip())
    answers = out.splitlines()
    if not outcome.crashes and len(answers) != expected:
        outcome.crashes.append(f"facts --jsonl: {len(answers)} answers to {expected} lines")
    for answer in answers:
        try:
            parsed = json.loads(answer)
        except ValueError:
            outcome.crashes.append("facts --jsonl: an answer is not JSON")
            break
        if "unexpected error" in str(parsed.get("error", "")):
            outcome.crashes.append(f"facts --jsonl line: {parsed['error']}")
    return outcome


def run_one(kind: str, seed: int, folder: Path, base: dict[str, object]) -> Outcome:
    rng = random.Random(seed)
    if kind == "document":
        suffix, data = hostile_document(rng)
        return run_document(folder, suffix, data, turn=seed)
    if kind == "saved":
        return run_saved_file(folder, hostile_saved_file(rng, base), turn=seed)
    return run_jsonl(hostile_jsonl(rng))


KINDS = ("document", "document", "saved", "jsonl")


# --- the worker process and the long fuzz run -------------------------------------------------------------------


def _worker() -> None:
    """Read `kind seed` lines on stdin, answer one JSON line each."""
    base = _base_saved_file()
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        folder = Path(name)
        print("ready", flush=True)
        for line in sys.stdin:
            kind, seed = line.split()
            cpu = time.process_time()
            try:
                outcome = run_one(kind, int(seed), folder, base)
                answer = {"crashes": outcome.crashes, "loss": outcome.loss, "cpu_s": time.process_time() - cpu}
            except BaseException as error:  # the harness must report, not die
                answer = {"crashes": [f"harness: {type(error).__name__}: {error}"], "loss": False}
            print(json.dumps(answer), flush=True)


class Worker:
    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            preexec_fn=lambda: os.nice(5),
        )
        assert self.process.stdout is not None
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            self.ready.set()

    def ask(self, kind: str, seed: int, timeout: float) -> dict[str, object] | None:
        """The answer, or None when the input hung past `timeout` or the worker died (it is killed then)."""
        assert self.process.stdin is not None
        self.lines.clear()
        self.ready.clear()
        self.process.stdin.write(f"{kind} {seed}\n")
        self.process.stdin.flush()
        if not self.ready.wait(timeout) or not self.lines:
            self.process.kill()
            self.process.wait()
            return None
        answer: dict[str, object] = json.loads(self.lines[0])
        return answer


def fuzz(inputs: int, seed: int, hang_s: float) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data_home = tempfile.mkdtemp(prefix="fuzz-data-")
    env["XDG_DATA_HOME"] = data_home  # the boundary's log goes here, not into the reader's data folder
    worker = Worker(env)
    worker.ready.wait(120)
    crashes: dict[str, int] = {}
    examples: dict[str, str] = {}
    hangs: list[str] = []
    losses = 0
    started = time.monotonic()
    for index in range(inputs):
        kind = KINDS[index % len(KINDS)]
        item_seed = seed * 1_000_003 + index
        # On a shared, loaded machine wall time says little: a hang is an input that used more than `hang_s` of
        # CPU, or that did not finish within ten times that.
        answer = worker.ask(kind, item_seed, 10 * hang_s)
        if answer is None:
            hangs.append(f"{kind} {item_seed} (no answer)")
            worker = Worker(env)
            worker.ready.wait(120)
            continue
        if float(answer.get("cpu_s", 0.0)) > hang_s:  # type: ignore[arg-type]
            hangs.append(f"{kind} {item_seed} ({float(answer['cpu_s']):.0f} s CPU)")  # type: ignore[arg-type]
        for crash in answer["crashes"]:  # type: ignore[attr-defined]
            key = str(crash)[:100]
            crashes[key] = crashes.get(key, 0) + 1
            examples.setdefault(key, f"{kind} {item_seed}")
        losses += bool(answer["loss"])
        if (index + 1) % 250 == 0:
            rate = (index + 1) / (time.monotonic() - started)
            print(
                f"  {index + 1} inputs, {sum(crashes.values())} crashes, {len(hangs)} hangs, {losses} losses "
                f"({rate:.1f}/s) {sorted(crashes)[:3]}",
                flush=True,
            )
    worker.process.kill()
    return {
        "inputs": inputs,
        "crashes": sum(crashes.values()),
        "distinct_crashes": {key: [count, examples[key]] for key, count in crashes.items()},
        "hangs": hangs,
        "losses": losses,
        "seconds": round(time.monotonic() - started),
    }


# --- kills during saves and library writes ------------------------------------------------------------------------

KILL_CHILD = """
import sys
from dataclasses import replace
from pathlib import Path
from reader_app.core import saved_file
from reader_app.core.library import Library
folder = Path(sys.argv[1])
document, base = saved_file.load(folder / "seed.json")
library = Library(folder / "library.sqlite3")
n = int(sys.argv[2])
print("ready", flush=True)
while True:
    n += 1
    state = replace(base.with_summary_edit(f"edit {n}").with_summary_length(n), revision=n)
    saved_file.save(folder / "work.json", state, document)
    library.save_state(state, document)
    print(n, flush=True)
"""


def prepare_kills(folder: Path) -> None:
    from reader_app.core import saved_file
    from reader_app.core.loading import document_from_text
    from reader_app.core.reading_state import ReadingState

    text = SAMPLE.read_text(encoding="utf-8")
    document = document_from_text(text + ("\n\n" + text.split("\n\n", 1)[1]) * 40)
    saved_file.save(folder / "seed.json", ReadingState.for_document(document), document)


def check_after_kill(folder: Path, reported: int) -> tuple[int, str | None]:
    """(the save count both copies hold, a problem or None): both copies load, the library is intact, neither holds less
    than the child reported as saved."""
    from reader_app.core import saved_file
    from reader_app.core.atomic_write import leftover_temp_files, remove_dead_writers_temp_files
    from reader_app.core.library import Library, LibraryError
    from reader_app.core.reading_state import text_hash

    work = folder / "work.json"
    try:
        document, state = saved_file.load(work) if work.exists() else saved_file.load(folder / "seed.json")
    except saved_file.SavedFileError as error:
        return reported, f"corrupt saved file: {error}"
    in_file = state.summary_length or 0
    if state.summary_edit not in (None, f"edit {in_file}"):
        return reported, "saved file mixes two saves"
    try:
        library = Library(folder / "library.sqlite3")
    except LibraryError as error:
        return reported, f"library refused: {error}"
    try:
        if not library.integrity_ok() or library.read_only is not None:
            return reported, "library failed its integrity check"
        stored = library.state(text_hash(document))
    except LibraryError as error:
        return reported, f"corrupt library: {error}"
    finally:
        library.close()
    in_library = stored.summary_length or 0 if stored is not None else 0
    if stored is not None and stored.summary_edit != f"edit {in_library}":
        return reported, "library state mixes two saves"
    if in_file < reported or in_library < reported:
        return reported, f"lost: reported {reported}, file has {in_file}, library has {in_library}"
    remove_dead_writers_temp_files(work)
    if leftover_temp_files(work):
        return reported, "a temporary file was left behind"
    return min(in_file, in_library), None


def kills(count: int, seed: int, max_delay: float = 0.3) -> dict[str, object]:
    rng = random.Random(seed)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kills-") as name:
        folder = Path(name)
        prepare_kills(folder)
        done = saves = 0
        for attempt in range(count):
            # Numbers never repeat (each child starts far above the last), so every save is newer than the last.
            start = done + 1000 * (attempt + 1)
            child = subprocess.Popen(
                [sys.executable, "-c", KILL_CHILD, str(folder), str(start)], stdout=subprocess.PIPE, text=True
            )
            assert child.stdout is not None
            assert child.stdout.readline() == "ready\n"
            reported = done
            deadline = time.monotonic() + rng.uniform(0.0, max_delay)
            os.set_blocking(child.stdout.fileno(), False)
            while time.monotonic() < deadline:
                time.sleep(0.005)
                for line in child.stdout.readlines():
                    if line.strip().isdigit():
                        reported = int(line)
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            for line in child.stdout.readlines():  # what it managed to report before dying
                if line.strip().isdigit():
                    reported = int(line)
            child.stdout.close()
            saves += max(0, reported - start)
            done, problem = check_after_kill(folder, reported)
            if problem is not None:
                problems.append(problem)
    return {"kills": count, "saves_reported": saves, "lost_or_corrupt": len(problems), "problems": problems[:10]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang-s", type=float, default=20.0)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker()
        return 0
    report: dict[str, object] = {}
    if args.kills:
        print(f"kills: {args.kills} (seed {args.seed})")
        report["kills"] = kills(args.kills, args.seed)
        print(json.dumps(report["kills"], indent=1))
    if args.inputs:
        print(f"fuzzing: {args.inputs} inputs (seed {args.seed}, hang limit {args.hang_s:.0f} s)")
        report["fuzz"] = fuzz(args.inputs, args.seed, args.hang_s)
        print(json.dumps(report["fuzz"], indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
