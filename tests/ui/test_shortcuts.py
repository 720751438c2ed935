"""Keyboard shortcuts of the fully built window: every frequent action has one, and no two clash."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from reader_app.ui.app import create_window
from reader_app.ui.settings import Settings

LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
"""A binding that only applies while its widget has the focus, where it wins over a window-wide one (the facts
list's Ctrl+C copies the fact)."""

FREQUENT = (
    "Open…",
    "Translate Prompt",
    "Translate Article",
    "Translate Selection",
    "Translation Models…",
    "Markdown…",
    "HTML…",
    "PDF…",
    "JSON (annotated summary)…",
    "Anki cards (TSV)…",
    "Save Annotated Summary As…",
    "Open Annotated Summary…",
    "Copy Key Facts as Markdown",
    "Library",
    "Highlight Selection",
    "Add Note…",
    "More Details",
    "Fewer Details",
    "Next Sentence",
    "Previous Sentence",
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_frequent_actions_have_shortcuts_and_none_clash(qtbot: QtBot, settings: Settings) -> None:
    window = create_window(settings)
    qtbot.addWidget(window)
    actions = [action for action in window.findChildren(QAction) if action.text()]
    by_text = {_plain(action.text()): action for action in actions}
    missing = [name for name in FREQUENT if not by_text[name].shortcuts()]
    assert missing == []
    guide = next(action for action in actions if action.text() == "Reading &Guide")
    assert QKeySequence("F1") in guide.shortcuts()

    owners: dict[str, list[QAction]] = defaultdict(list)
    for action in actions:
        for key in {sequence.toString() for sequence in action.shortcuts() if not sequence.isEmpty()}:
            owners[key].append(action)
    clashes = {
        key: [_plain(action.text()) for action in found]
        for key, found in owners.items()
        if len([action for action in found if action.shortcutContext() not in LOCAL]) > 1
    }
    assert clashes == {}
