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


def test_cli_translate_and_models_list_without_any_connection(
    attempts: list[str], argos_packages_dir: Path, tiny_packages: TinyPackages, sample_path: Path,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader_app.cli import main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["models", "install", str(tiny_packages.path("ja", "en"))]) == 0
    assert main(["models", "list"]) == 0
    assert main(["translate", str(sample_path), "--json"]) == 0
    assert '"from": "ja"' in capsys.readouterr().out
    assert attempts == []


def test_app_path_never_imports_argostranslates_translate_module(
    tiny_packages: TinyPackages, tmp_path: Path, sample_path: Path
) -> None:
    """argostranslate.translate pulls in its sentence splitter (minisbd, onnxruntime), which downloads models."""
    import os
    import subprocess
    import sys

    script = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from reader_app.core.loading import load_document\n"
        "from reader_app.translation.packages import install_from_file, installed_models\n"
        "from reader_app.translation.engine import TranslationEngine\n"
        "install_from_file(Path(sys.argv[1]))\n"
        "document = load_document(Path(sys.argv[2]))\n"
        "states = list(TranslationEngine().translate_passage(document.prompt, 'en'))\n"
        "assert states[-1].complete\n"
        "heavy = [m for m in ('argostranslate.translate', 'argostranslate.sbd', 'minisbd', 'onnxruntime')"
        " if m in sys.modules]\n"
        "print(json.dumps(heavy))\n"
    )
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["ARGOS_PACKAGES_DIR"] = str(tmp_path / "argos-packages")
    done = subprocess.run(
        [sys.executable, "-c", script, str(tiny_packages.path("ja", "en")), str(sample_path)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
