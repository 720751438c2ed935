"""FlowLayout: items fill a row left to right and wrap onto the next row when the width runs out."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader_app.ui.flow_layout import FlowLayout


def test_items_wrap_and_height_follows_width(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=4)
    buttons = [QPushButton(f"Button {i}", host) for i in range(6)]
    for button in buttons:
        layout.addWidget(button)
    one_row = layout.sizeHint().width()
    widest = max(button.sizeHint().width() for button in buttons)
    assert layout.minimumSize().width() == widest
    assert layout.heightForWidth(one_row) == max(button.sizeHint().height() for button in buttons)
    assert layout.heightForWidth(widest) > 5 * buttons[0].sizeHint().height()  # one per row
    host.resize(one_row // 2, layout.heightForWidth(one_row // 2))
    host.show()
    qtbot.waitUntil(lambda: buttons[-1].geometry().top() > buttons[0].geometry().top())
    for button in buttons:
        assert button.geometry().right() < host.width()
    assert layout.count() == 6 and layout.takeAt(0) is not None and layout.count() == 5
