"""The log goes to a rotating file under the data folder."""

import logging
from pathlib import Path

import pytest

from reader_app.core import app_logging


def test_log_records_reach_the_file_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    logger = logging.getLogger("reader_app")
    saved_handlers = list(logger.handlers)
    logger.handlers.clear()
    try:
        path = app_logging.configure_logging()
        logging.getLogger("reader_app.test").info("opened %s", "sample")
        for handler in logger.handlers:
            handler.flush()
        assert path is not None
        assert path.is_relative_to(tmp_path)
        assert "opened sample" in path.read_text(encoding="utf-8")
    finally:
        for handler in logger.handlers:
            handler.close()
        logger.handlers[:] = saved_handlers


def test_unwritable_log_folder_is_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    logger = logging.getLogger("reader_app")
    saved_handlers = list(logger.handlers)
    logger.handlers.clear()
    try:
        assert app_logging.configure_logging() is None
    finally:
        logger.handlers[:] = saved_handlers
