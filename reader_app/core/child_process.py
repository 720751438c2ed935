"""One function call in a fresh interpreter: work on a big document never holds the window's GIL, and ending the
child is a cancel that always works."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import pickle
import subprocess
import sys
import threading
from typing import Any

CHILD = "from reader_app.core.child_process import child_main; child_main()"
"""A plain interpreter (not multiprocessing's spawn, which re-runs the parent's main script): it imports no Qt."""
CHILD_NICENESS = 5
"""How much lower than the window a child runs: its work waits, the window's next frame does not (on two cores a
facts child and a summary child left the window's thread waiting for a processor for a quarter of a second). Not
lower: beside other busy programs a child at 10 got so little of the processor that the facts came much later."""
FREEZE_OBJECTS = 100_000
"""A reply of at least this many objects is moved out of the cyclic collector's reach (`gc.freeze`)."""
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
    _lower_priority()
    module, name, args = pickle.load(sys.stdin.buffer)
    try:
        function = getattr(importlib.import_module(module), name)
        reply: tuple[str, object] = ("ok", function(*args))
    except Exception as error:  # reported to the caller, which shows it as a one-line message
        reply = ("error", f"{type(error).__name__}: {error}")
    pickle.dump(reply, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


def _lower_priority() -> None:
    """Background work yields the processor to the window (where the system lets a process lower its own priority)."""
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(CHILD_NICENESS)


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

    def exit_code(self) -> int | None:
        """How the child ended (negative: the signal that stopped it); None before it has ended."""
        return self._process.returncode if self._process is not None else None

    def call(self, module: str, name: str, *args: object) -> Any:
        """`module.name(*args)` in a fresh interpreter (arguments and result are pickled; naming the function
        avoids importing `module` here)."""
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
        # Arguments and reply go through the pipes as they are pickled and unpickled: a big document's pickle (and
        # its facts') never sits whole in memory beside the objects it holds.
        feeder = threading.Thread(target=_send, args=(process, (module, name, args)), daemon=True)
        feeder.start()
        reply: tuple[str, object] | None = None
        # Unpickling 100,000s of facts would start a full garbage collection every few thousand objects.
        collecting = gc.isenabled()
        gc.disable()
        try:
            assert process.stdout is not None
            reply = pickle.load(process.stdout)
            if gc.get_count()[0] >= FREEZE_OBJECTS:
                # A big reply is plain data that lives as long as its document (facts, scores), without cycles: out
                # of the collector's reach, the next collections no longer walk all of it, with the interpreter lock
                # held, from whichever thread allocates next.
                gc.freeze()
        except (EOFError, OSError, pickle.UnpicklingError):
            reply = None
        finally:
            if collecting:
                gc.enable()
            if reply is None and process.poll() is None:
                process.kill()
            process.wait()
            feeder.join()
            if process.stdout is not None:
                process.stdout.close()
        if self._cancelled:
            raise ChildCancelled
        if process.returncode != 0 or reply is None:
            raise RuntimeError(f"the child process stopped (exit code {process.returncode})")
        status, result = reply
        if status != "ok":
            raise RuntimeError(str(result))
        return result


def _send(process: subprocess.Popen[bytes], call: tuple[str, str, tuple[object, ...]]) -> None:
    """Pickle `call` into the child's stdin and close it (on a thread of its own: the child may answer early)."""
    assert process.stdin is not None
    try:
        pickle.dump(call, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
    except (BrokenPipeError, OSError):
        pass  # the child ended (cancelled, or failed): the reader sees no reply
    finally:
        with contextlib.suppress(BrokenPipeError, OSError):
            process.stdin.close()
