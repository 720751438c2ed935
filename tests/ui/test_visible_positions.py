"""Finding what is on screen lays the document out only down to the screen: after a change of width (choosing Side
by Side after Original Only) Qt lays a long document out again lazily, and the search must not force the rest."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from reader_app.ui.side_view import visible_positions

PARAGRAPH = "腾讯旗下的微信周二表示，暂停新用户注册，以配合相关法律法规。公司预计在八月初完成升级，届时将恢复注册服务。"


def _laid_out(editor: QTextEdit) -> int:
    """How many blocks have lines (Qt takes them away when the width changes and lays blocks in as needed)."""
    count = 0
    block = editor.document().begin()
    while block.isValid():
        layout = block.layout()
        count += layout is not None and layout.lineCount() > 0
        block = block.next()
    return count


def test_visible_positions_after_a_change_of_width_lays_out_only_the_screen(qtbot: QtBot) -> None:
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.resize(1000, 600)
    editor.show()
    editor.setPlainText("\n".join(PARAGRAPH for _ in range(4000)))
    blocks = editor.document().blockCount()
    editor.document().documentLayout().blockBoundingRect(editor.document().lastBlock())  # all laid out
    assert _laid_out(editor) == blocks

    editor.resize(500, 600)
    QApplication.sendPostedEvents()
    top, bottom = visible_positions(editor)

    assert top == 0 and 0 < bottom < editor.document().characterCount()
    first_off_screen = editor.document().findBlock(bottom)
    assert first_off_screen.blockNumber() < 100
    assert _laid_out(editor) < blocks // 10, f"{_laid_out(editor)} of {blocks} blocks laid out"
