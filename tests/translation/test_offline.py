"""Open → translate → close never opens a network connection (only an explicit model download may)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tiny_model import TinyPackages

from reader_app.core.loading import load_document
from reader_app.translation.cache import SentenceCache
from reader_app.translation.engine import TranslationEngine
from reader_app.translation.packages import install_from_file, installed_models


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to reach the network records the attempt and fails."""
    seen: list[str] = []

    def blocked(name: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            seen.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttempt(f"network use: {name}")

        return refuse

    monkeypatch.setattr(socket.socket, "connect", blocked("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", blocked("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", blocked("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", blocked("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", blocked("getaddrinfo"))
    return seen


def test_blocked_sockets_really_fail(attempts: list[str]) -> None:
    import urllib.request

    with pytest.raises((NetworkAttempt, OSError)):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
    assert attempts


def test_load_translate_close_without_any_connection(
    attempts: list[str], argos_packages_dir: Path, tiny_packages: TinyPackages, tmp_path: Path, sample_path: Path
) -> None:
    install_from_file(tiny_packages.path("ja", "en"))
    install_from_file(tiny_packages.path("en", "zh"))
    assert len(installed_models()) == 2
    document = load_document(sample_path)
    engine = TranslationEngine(cache=SentenceCache(tmp_path / "cache.sqlite3"))
    assert document.prompt is not None
    prompt = list(engine.translate_passage(document.prompt, "en"))[-1]
    article = list(engine.translate_passage(document.article, "zh"))[-1]
    pivoted = engine.translate(document.prompt.sentence_texts(), "ja", "zh")
    assert prompt.complete and article.complete and len(pivoted) == 1
    engine.unload()
    engine.cache.close()
    assert attempts == []
