"""Where the app keeps its data, cache and logs, following the XDG base directory spec."""

from __future__ import annotations

import os
from pathlib import Path

from reader_app import APP_NAME


def _xdg(variable: str, default: str) -> Path:
    value = os.environ.get(variable)
    return Path(value) if value else Path.home() / default


def data_dir() -> Path:
    """Library database, logs and saved state."""
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_NAME


def cache_dir() -> Path:
    """Translation cache: safe to delete."""
    return _xdg("XDG_CACHE_HOME", ".cache") / APP_NAME


def config_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / APP_NAME
