"""Background jobs: results come back on the UI thread, a newer job with the same key drops the older result,
cancel stops the work (a child process included), errors and progress are delivered."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reader_app.ui.background import BackgroundJobs, Cancelled, JobContext, in_child_process


@pytest.fixture
def jobs(qtbot: QtBot) -> Iterator[BackgroundJobs]:
    jobs = BackgroundJobs(max_threads=2)
    yield jobs
    jobs.shutdown()
    jobs.wait(10000)


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    ui_thread = threading.get_ident()
    worker_threads: list[int] = []
    delivered: list[tuple[int, int]] = []

    def work(_job: JobContext) -> int:
        worker_threads.append(threading.get_ident())
        return 6 * 7

    jobs.run(work, done=lambda value: delivered.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(delivered))
    assert delivered == [(42, ui_thread)]
    assert worker_threads and worker_threads[0] != ui_thread
    assert not jobs.busy()


def test_a_newer_job_with_the_same_key_drops_the_older_result(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    release = threading.Event()
    delivered: list[str] = []
    cancelled: list[str] = []

    def slow(job: JobContext) -> str:
        release.wait(10)
        return "old"

    first = jobs.run(slow, key="k", done=delivered.append, cancelled=lambda: cancelled.append("old"))
    jobs.run(lambda _job: "new", key="k", done=delivered.append)
    assert first.cancelled()
    qtbot.waitUntil(lambda: delivered == ["new"])
    release.set()
    qtbot.waitUntil(lambda: cancelled == ["old"])
    assert delivered == ["new"] and not jobs.busy()


def test_errors_progress_and_partial_results_are_delivered(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    progress: list[tuple[int, int]] = []
    partial: list[object] = []
    errors: list[BaseException] = []

    def work(job: JobContext) -> None:
        job.progress(1, 2)
        job.partial("half")
        raise ValueError("bad input")

    jobs.run(work, progress=lambda done, total: progress.append((done, total)), partial=partial.append,
             error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert progress == [(1, 2)] and partial == ["half"]
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "bad input"


def test_cancel_is_seen_by_the_work_and_no_result_follows(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    started = threading.Event()
    delivered: list[object] = []
    cancelled: list[bool] = []

    def work(job: JobContext) -> str:
        started.set()
        while True:
            job.check()
            threading.Event().wait(0.01)

    job = jobs.run(work, done=delivered.append, error=delivered.append, cancelled=lambda: cancelled.append(True))
    assert started.wait(10)
    job.cancel()
    qtbot.waitUntil(lambda: cancelled == [True])
    assert delivered == [] and job.wait(5)


def test_cancel_ends_a_child_process(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    cancelled: list[bool] = []
    errors: list[BaseException] = []
    job = jobs.run(
        lambda job: in_child_process(job, "time", "sleep", 60),
        error=errors.append,
        cancelled=lambda: cancelled.append(True),
    )
    qtbot.wait(300)
    job.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=30000)  # long before the child's sleep would end
    assert errors == []


def test_a_child_process_error_comes_back_as_an_error(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    errors: list[BaseException] = []
    jobs.run(lambda job: in_child_process(job, "operator", "truediv", 1, 0), error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert "ZeroDivisionError" in str(errors[0])


def test_work_that_raises_cancelled_ends_as_cancelled(qtbot: QtBot, jobs: BackgroundJobs) -> None:
    outcome: list[str] = []

    def work(_job: JobContext) -> None:
        raise Cancelled

    jobs.run(work, done=lambda _v: outcome.append("done"), error=lambda _e: outcome.append("error"),
             cancelled=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"]
