"""The last line of defence: an unexpected exception becomes one line for the reader and a full entry in the log.

Every sub-command runs inside `run_command`, every `facts --jsonl` line inside `unexpected_line_error`, and the
window's crash handler logs through `log_unexpected`, so whatever bug is left, nobody sees a traceback and the
details are still on disk for a report.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger(__name__)

UNEXPECTED_EXIT = 70
"""EX_SOFTWARE from sysexits.h: the app itself failed, not the input or the reader's request."""

INTERRUPTED_EXIT = 130
_REASON_CHARS = 160


def short_reason(error: BaseException) -> str:
    """`KindOfError: first line of its message`, clipped, so it fits on one line of a terminal."""
    try:
        message = str(error)
    except Exception:  # a hostile __str__ (or a huge int) must not break the report of the error itself
        message = ""
    first = " ".join(message.split("\n", 1)[0].split())
    if len(first) > _REASON_CHARS:
        first = first[: _REASON_CHARS - 1] + "…"
    name = type(error).__name__
    return f"{name}: {first}" if first else name


def log_unexpected(
    what: str, kind: type[BaseException], error: BaseException, tb: TracebackType | None, header: str = ""
) -> str:
    """Write the full traceback to the app's log (configuring it if nobody has); returns the text logged."""
    from reader_app.core.app_logging import configure_logging

    details = header + "".join(traceback.format_exception(kind, error, tb))
    try:
        configure_logging()
        log.error("unexpected error in %s\n%s", what, details)
    except Exception:  # logging must never be the second failure the reader sees
        pass
    return details


def _log_hint() -> str:
    from reader_app.core.app_logging import log_path

    try:
        return f"; details are in {log_path()}"
    except Exception:
        return ""


def one_line(what: str, error: BaseException) -> str:
    """The message the reader sees: `reader-app: <what>: <short reason>; details are in <log>`."""
    return f"reader-app: {what}: unexpected error ({short_reason(error)}){_log_hint()}"


def _silence_stdout() -> None:
    """The reader of our output went away (`| head`): point stdout at /dev/null so the exit flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _log_to_file() -> None:
    """Warnings that code logs while it goes on (a detector that failed, a library that is read-only) belong in
    the log file; without a handler Python would print them, traceback and all, on stderr."""
    from reader_app.core.app_logging import configure_logging

    try:
        path = configure_logging()
    except Exception:
        path = None
    if path is None:
        logging.getLogger("reader_app").addHandler(logging.NullHandler())


def run_command(what: str, command: Callable[[], int]) -> int:
    """Run one sub-command: its own error handling stays as it is; anything that escapes it is reported here."""
    _log_to_file()
    try:
        result = command()
        sys.stdout.flush()  # a closed pipe shows up here when the output fitted in the buffer
        return result
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print(f"reader-app: {what}: cancelled.", file=sys.stderr)
        return INTERRUPTED_EXIT
    except Exception as error:  # this is the boundary every other handler falls through to
        log_unexpected(what, type(error), error, error.__traceback__)
        with contextlib.suppress(Exception):
            print(one_line(what, error), file=sys.stderr)
        return UNEXPECTED_EXIT


def unexpected_line_error(what: str, error: BaseException) -> str:
    """For batch modes: log the failure and return the short reason to put in that item's answer."""
    log_unexpected(what, type(error), error, error.__traceback__)
    return f"unexpected error ({short_reason(error)})"
