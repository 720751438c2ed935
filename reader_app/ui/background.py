"""Work off the UI thread: run a function on a worker and get its result, error, progress or partial results back
on the UI thread; cancel it; a newer job with the same key makes an older one's results stale (they are dropped).

    jobs = BackgroundJobs(self)                       # one per feature (its own pool: nobody waits behind others)
    jobs.run(lambda job: find_facts(document),        # runs on a worker; `job` is a JobContext
             key="facts",                             # a second run with this key cancels the first
             done=self._show_facts,                   # on the UI thread, only if still current
             error=lambda error: status.show_message(describe_error(error)))

Work that must not share the window's interpreter (a big document, whose pure-Python work would hold the GIL for
seconds) calls `in_child_process(job, module, function, *args)` from its work function: the child is killed when the
job is cancelled, and its result or error comes back through the same callbacks.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")

_job_numbers = itertools.count(1)


class Cancelled(Exception):
    """Raised by work that noticed `job.cancelled()`; the job then ends with `cancelled`, not `error`."""


class JobContext:
    """What the work function gets: cancellation, progress and partial results (all safe from the worker)."""

    def __init__(self, relay: _Relay, owner: Job[Any]) -> None:
        self._relay = relay
        self._owner = owner

    def cancelled(self) -> bool:
        return self._owner.cancelled()

    def check(self) -> None:
        """Raise `Cancelled` if the job was cancelled (call it between steps of long work)."""
        if self._owner.cancelled():
            raise Cancelled

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the cancelling thread) when the job is cancelled, at once if it is already."""
        self._owner.on_cancel(callback)

    def progress(self, done: int, total: int) -> None:
        self._owner.send(lambda: self._owner.deliver_progress(done, total))

    def partial(self, value: object) -> None:
        """An intermediate result (e.g. the sentences translated so far); `partial` callbacks get it."""
        self._owner.send(lambda: self._owner.deliver_partial(value))


class Job(Generic[T]):
    """One run of a function on a worker; `cancel()` from the UI thread, `wait()` to block until it ends."""

    def __init__(
        self,
        jobs: BackgroundJobs,
        key: str | None,
        work: Callable[[JobContext], T],
        done: Callable[[T], None] | None,
        error: Callable[[BaseException], None] | None,
        progress: Callable[[int, int], None] | None,
        partial: Callable[[Any], None] | None,
        cancelled: Callable[[], None] | None,
    ) -> None:
        self.number = next(_job_numbers)
        self.key = key
        self._jobs = jobs
        self._work: Callable[[JobContext], T] | None = work
        self._done = done
        self._error = error
        self._progress = progress
        self._partial = partial
        self._cancelled_callback = cancelled
        self._lock = threading.Lock()
        self._cancel_requested = False
        self._cancel_hooks: list[Callable[[], None]] = []
        self._ended = threading.Event()
        self._settled = False

    def cancel(self) -> None:
        """Stop caring about the result: no `done`/`error`/`partial` callback follows; the work sees `cancelled()`.

        `cancelled` callbacks run once the work has stopped."""
        with self._lock:
            if self._cancel_requested:
                return
            self._cancel_requested = True
            hooks, self._cancel_hooks = self._cancel_hooks, []
        for hook in hooks:
            try:
                hook()
            except Exception:  # a hook that fails must not keep the others from running
                log.exception("cancel hook failed")

    def cancelled(self) -> bool:
        with self._lock:
            return self._cancel_requested

    def running(self) -> bool:
        """Neither ended nor settled on the UI thread yet."""
        return not self._settled

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work function returned (True) or the timeout passed (False)."""
        return self._ended.wait(timeout_s)

    def on_cancel(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if not self._cancel_requested:
                self._cancel_hooks.append(callback)
                return
        callback()

    # --- worker side ---------------------------------------------------------------------------------------------

    def execute(self) -> None:
        context = JobContext(self._jobs.relay, self)
        # Run once; what the work captured (a whole document, say) goes with it even while the job is still known.
        work, self._work = self._work, None
        try:
            if self.cancelled() or work is None:  # cancelled while it waited for a worker
                raise Cancelled
            result = work(context)
        except Cancelled:
            self.send(self._deliver_cancelled)
        except Exception as failure:  # reported through `error`; the reader keeps working
            if self.cancelled():
                self.send(self._deliver_cancelled)
            else:
                if self._error is None:
                    log.error("background job %s failed", self.key or self.number, exc_info=failure)
                self.send(functools.partial(self._deliver_error, failure))
        else:
            if self.cancelled():
                self.send(self._deliver_cancelled)
            else:
                self.send(lambda: self._deliver_done(result))
        finally:
            self._ended.set()

    def send(self, call: Callable[[], None]) -> None:
        """Run `call` on the UI thread (dropped when the owner of the jobs is gone)."""
        # The window (and with it the relay) may be deleted while this ran: then nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self._jobs.relay.deliver.emit(call)

    # --- UI side --------------------------------------------------------------------------------------------------

    def _current(self) -> bool:
        return not self.cancelled() and self._jobs.is_current(self)

    def deliver_progress(self, done: int, total: int) -> None:
        if self._progress is not None and self._current():
            self._progress(done, total)

    def deliver_partial(self, value: object) -> None:
        if self._partial is not None and self._current():
            self._partial(value)

    def _deliver_done(self, result: T) -> None:
        current, done = self._current(), self._done
        self._settle()
        if current and done is not None:
            done(result)

    def _deliver_error(self, failure: BaseException) -> None:
        current, error = self._current(), self._error
        self._settle()
        if current and error is not None:
            error(failure)

    def _deliver_cancelled(self) -> None:
        cancelled, self._cancelled_callback = self._cancelled_callback, None
        self._settle()
        if cancelled is not None:
            cancelled()

    def _settle(self) -> None:
        self._settled = True
        self._jobs.forget(self)
        # The callbacks capture what they finish (a document, its translation): nothing calls them from now on.
        self._done = self._error = self._progress = self._partial = None


class _Relay(QObject):
    """Lives on the UI thread: a callable emitted from a worker runs here (a queued connection)."""

    deliver = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job[Any]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.execute()


class BackgroundJobs(QObject):
    """Runs jobs on a thread pool of its own (a feature's work never waits behind another's) and brings their
    outcome back to the UI thread. Jobs with a key replace each other: starting one cancels the running one."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self.relay = _Relay(self)
        self.relay.deliver.connect(_call)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: dict[int, Job[Any]] = {}
        self._latest: dict[str, Job[Any]] = {}

    def run(
        self,
        work: Callable[[JobContext], T],
        *,
        key: str | None = None,
        done: Callable[[T], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        partial: Callable[[Any], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> Job[T]:
        """Start `work(context)` on a worker; the callbacks run on the UI thread. With `key`, a running job of the
        same key is cancelled first (its results are dropped, its `cancelled` callback still runs)."""
        job: Job[T] = Job(self, key, work, done, error, progress, partial, cancelled)
        if key is not None:
            previous = self._latest.get(key)
            if previous is not None:
                previous.cancel()
            self._latest[key] = job
        self._jobs[job.number] = job
        self._pool.start(_Runnable(job))
        return job

    def cancel(self, key: str | None = None) -> None:
        """Cancel the jobs with `key`, or every job."""
        for job in list(self._jobs.values()):
            if key is None or job.key == key:
                job.cancel()

    def busy(self, key: str | None = None) -> bool:
        """A job (with `key`) is running or its outcome is not delivered yet."""
        return any(key is None or job.key == key for job in self._jobs.values())

    def is_current(self, job: Job[Any]) -> bool:
        return job.key is None or self._latest.get(job.key) is job

    def forget(self, job: Job[Any]) -> None:
        self._jobs.pop(job.number, None)
        if job.key is not None and self._latest.get(job.key) is job:
            del self._latest[job.key]

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until every started job's work has returned; True if they all did within the timeout."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self) -> None:
        """Cancel everything without waiting (the window is closing): cancelled work stops at its next `check`, a
        child process is killed at once. Waiting here kept a closing window on screen for as long as the slowest
        worker took to notice; the pool still lets its threads end when it is deleted."""
        self.cancel()


def _call(call: Callable[[], None]) -> None:
    call()


def in_child_process(job: JobContext, module: str, function: str, *args: object) -> Any:
    """`module.function(*args)` in a fresh interpreter (see `reader_app.core.child_process`); cancelling the job
    ends the child. Raises `Cancelled` when that happened, the child's error otherwise."""
    from reader_app.core.child_process import ChildCall, ChildCancelled

    child = ChildCall()
    job.on_cancel(child.cancel)
    try:
        return child.call(module, function, *args)
    except ChildCancelled as stopped:
        raise Cancelled from stopped
