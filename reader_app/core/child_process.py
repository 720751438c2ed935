"""One function call in a fresh interpreter: work on a big document never holds the window's GIL, and ending the
child is a cancel that always works."""

from __future__ import annotations

import gc
import importlib
import pickle
import subprocess
import sys
import threading
from typing import Any

CHILD = "from reader_app.core.child_process import child_main; child_main()"
"""A plain interpreter (not multiprocessing's spawn, which re-runs the parent's main script): it imports no Qt."""
CHILD_FLAG = "--extraction-child"
"""A frozen build (PyInstaller) has no interpreter to hand `-c` to: its own executable takes this hidden flag."""


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-c", CHILD]


class ChildCancelled(Exception):
    """`cancel()` was called: the child was stopped and there is no result."""


def child_main() -> None:
    """Read (module, function, args) pickled on stdin, write ("ok", result) or ("error", message) on stdout."""
    module, name, args = pickle.load(sys.stdin.buffer)
    try:
        function = getattr(importlib.import_module(module), name)
        reply: tuple[str, object] = ("ok", function(*args))
    except Exception as error:  # reported to the caller, which shows it as a one-line message
        reply = ("error", f"{type(error).__name__}: {error}")
    pickle.dump(reply, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


class ChildCall:
    """One call in a child process; `call` blocks its (worker) thread, `cancel` may come from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._process: subprocess.Popen[bytes] | None = None

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()

    def call(self, module: str, name: str, *args: object) -> Any:
        """`module.name(*args)` in a fresh interpreter (arguments and result are pickled; naming the function
        avoids importing `module` here)."""
        payload = pickle.dumps((module, name, args), protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            if self._cancelled:
                raise ChildCancelled
            process = subprocess.Popen(
                child_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            self._process = process
        try:
            output, _ = process.communicate(payload)
        except (BrokenPipeError, OSError):
            output = b""
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        if self._cancelled:
            raise ChildCancelled
        if process.returncode != 0 or not output:
            raise RuntimeError(f"the child process stopped (exit code {process.returncode})")
        # Unpickling 100,000s of facts would start a full garbage collection every few thousand objects.
        collecting = gc.isenabled()
        gc.disable()
        try:
            status, result = pickle.loads(output)
        finally:
            if collecting:
                gc.enable()
        if status != "ok":
            raise RuntimeError(str(result))
        return result
