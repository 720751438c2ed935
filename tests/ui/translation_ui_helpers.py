"""Shared setup for the translation UI tests: a window with the translation feature over real tiny Argos models."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader_app.core.document import Document, PassageRole
from reader_app.core.loading import document_from_text
from reader_app.ui.main_window import MainWindow
from reader_app.ui.translation_feature import TranslationFeature, install


def translation_window(make_window: Callable[..., MainWindow]) -> tuple[MainWindow, TranslationFeature]:
    """A shown main window with only the translation feature installed."""
    window = make_window()
    install(window)
    feature = window.feature(TranslationFeature)
    assert feature is not None
    return window, feature


def fresh_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A per-test cache folder, so no test is served another test's translations from the sentence cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def large_document(sentences: int) -> Document:
    """A Japanese prompt and an English article of `sentences` distinct sentences (the sentence cache cannot help)."""
    article = " ".join(
        f"Report {i}: the committee of district {i} approved {i * 7 + 3} million dollars on day {i % 28 + 1}."
        for i in range(sentences)
    )
    document = document_from_text(f"もっと詳しく\n\n{article}")
    assert len(document.article.sentences) == sentences
    return document


def wait_complete(qtbot: QtBot, window: MainWindow, role: PassageRole, timeout: int = 20000) -> None:
    def complete() -> None:
        translation = window.session.translation(role)
        assert translation is not None and translation.complete

    qtbot.waitUntil(complete, timeout=timeout)


def wait_idle(qtbot: QtBot, feature: TranslationFeature, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: not feature.running(), timeout=timeout)


class ConnectionGuard:
    """Makes every outgoing socket connection fail, and remembers each attempt."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []

        def refuse(what: str) -> Callable[..., Any]:
            def blocked(*args: Any, **_kwargs: Any) -> Any:
                self.attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
                raise OSError(f"network blocked by the test ({what})")

            return blocked

        monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
        monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
        monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
        monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
