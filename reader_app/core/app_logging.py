"""Logging to a rotating file in the app's data folder, so a reader can send us what went wrong."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from reader_app.core.app_paths import data_dir

LOG_FILE_NAME = "reader-app.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3


def log_path() -> Path:
    return data_dir() / "logs" / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to a rotating file; returns its path, or None when it cannot be written."""
    root = logging.getLogger("reader_app")
    root.setLevel(level)
    path = log_path()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
