"""Opening a small document after a big translated one lets go of everything the big one filled: its Document,
its translation and the views' text documents (a window kept each big text it ever showed otherwise)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny

from reader_app.core.document import PassageRole
from reader_app.ui.app import install_features
from reader_app.ui.main_window import MainWindow
from reader_app.ui.translation_feature import TranslationFeature

PARAGRAPH = (
    "微信今年早些时候在中国拥有超过{n}亿月活跃用户，较去年同期增长{p}%。"
    "腾讯股价周二下跌{p}%，市值蒸发约{n}00亿美元。\n\n"
    "分析人士认为，中国政府担心科技企业的影响力日益扩大，第{n}次关注公民数据的隐私。\n\n"
)
BIG_CHARS = 250_000
"""Over the size from which facts run in a child process and a replaced view's text is freed with a trim."""


def _write_big(path: Path) -> None:
    parts, written, n = [], 0, 0
    while written < BIG_CHARS:
        n += 1
        part = PARAGRAPH.format(n=n, p=n % 97)
        parts.append(part)
        written += len(part)
    path.write_text("".join(parts), encoding="utf-8")


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy(), timeout=120_000)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not window.busy(), timeout=120_000)


def test_a_big_translated_document_is_released_when_a_small_one_opens(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    wait_open: Callable[[MainWindow, Path], None],
    install_tiny: InstallTiny,
    tmp_path: Path,
) -> None:
    install_tiny("zh", "en")
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    _write_big(big)
    small.write_text("腾讯旗下的微信周二表示，将暂时停止新用户的注册。\n", encoding="utf-8")
    window = make_window()
    install_features(window)
    wait_open(window, big)
    _settle(qtbot, window)
    feature = window.feature(TranslationFeature)
    assert feature is not None
    feature.translate_article()

    def translated() -> None:
        translation = window.session.translation(PassageRole.ARTICLE)
        assert translation is not None and translation.complete

    qtbot.waitUntil(translated, timeout=300_000)
    _settle(qtbot, window)
    document = window.session.document()
    translation = window.session.translation(PassageRole.ARTICLE)
    assert document is not None and translation is not None
    big_texts = [d for d in window.findChildren(QTextDocument) if d.characterCount() > BIG_CHARS // 2]
    assert big_texts  # the original and its translation are laid out
    refs = {
        "document": weakref.ref(document),
        "article": weakref.ref(document.article),
        "translation": weakref.ref(translation),
    }
    refs.update({f"view text {i}": weakref.ref(text) for i, text in enumerate(big_texts)})
    del document, translation, big_texts

    wait_open(window, small)
    _settle(qtbot, window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert [name for name, ref in refs.items() if ref() is not None] == []
