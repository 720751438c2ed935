"""A one-time welcome: what the app does and how to get a translation model."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from reader_app import APP_DISPLAY_NAME

SHOWN_KEY = "firstRunHintShown"
WIDTH = 560

WELCOME_HTML = f"""
<h3>Welcome to {APP_DISPLAY_NAME}</h3>
<p>It does three things, all on this computer:</p>
<ol>
<li><b>Read side by side.</b> Chinese or Japanese on the left, English on the right, sentence by sentence.
Hover a sentence to see its counterpart.</li>
<li><b>Translate offline.</b> The side a document lacks is filled by a machine translation, marked as such.
This needs an Argos Translate model: <i>Tools → Translation Models… → Install from file…</i> (a
<code>.argosmodel</code> file), or <i>Download…</i> when you are online. Nothing is sent anywhere unless you ask
for a download.</li>
<li><b>Keep the facts and a summary.</b> Numbers, money, dates, organisations and people are highlighted and listed
on the right; the Summary tab below grows with <i>More details</i>; select text to highlight it or add a note.
Everything is saved as you go and can be exported to Markdown, HTML or PDF.</li>
</ol>
"""


class FirstRunHint(QDialog):
    def __init__(self, open_models: Callable[[], object] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunHint")
        self.setWindowTitle(f"Welcome to {APP_DISPLAY_NAME}")
        layout = QVBoxLayout(self)
        text = QLabel(WELCOME_HTML, self)
        text.setObjectName("firstRunText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton("Start reading", QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        self.models_button: QPushButton | None = None
        if open_models is not None:
            self.models_button = buttons.addButton("Translation Models…", QDialogButtonBox.ButtonRole.ActionRole)
            self.models_button.clicked.connect(self.accept)
            self.models_button.clicked.connect(open_models)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # As tall as the text needs at this width: no band of empty space above and below it.
        self.resize(WIDTH, layout.totalHeightForWidth(WIDTH))
