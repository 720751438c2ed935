"""The "Translation of selection" dock tab: the selected text's translation, its warnings, and a Copy button."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.language import language_name
from reader_app.ui.translation_worker import TextResult

SOURCE_PREVIEW_CHARS = 160


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SOURCE_PREVIEW_CHARS else text[: SOURCE_PREVIEW_CHARS - 1] + "…"


class SelectionTranslationPanel(QWidget):
    """Shows one selection's translation at a time; the feature tells it what state it is in."""

    openManagerRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionTranslationPanel")
        self._result: TextResult | None = None
        self._pending: tuple[str, str, str] | None = None

        self.header = QLabel()
        self.header.setObjectName("selectionTranslationHeader")
        self.source_label = QLabel()
        self.source_label.setObjectName("selectionTranslationSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setStyleSheet("color: palette(placeholder-text);")
        self.result_view = QPlainTextEdit()
        self.result_view.setObjectName("selectionTranslationResult")
        self.result_view.setReadOnly(True)
        self.result_view.setPlaceholderText(
            "Select text on either side and choose Translate (Ctrl+Shift+T); its translation shows here."
        )
        self.warning_label = QLabel()
        self.warning_label.setObjectName("selectionTranslationWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.manager_button = QPushButton("Translation Models…")
        self.manager_button.setToolTip("Install or download a translation model")
        self.manager_button.clicked.connect(self.openManagerRequested)
        self.manager_button.hide()
        self.copy_button = QPushButton("Copy")
        self.copy_button.setToolTip("Copy the translation to the clipboard")
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.warning_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.manager_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.source_label)
        layout.addWidget(self.result_view, 1)
        self.result_view.setMinimumHeight(32)  # a short window keeps the bottom panel low
        layout.addLayout(buttons)
        self.header.hide()
        self.source_label.hide()

    def sizeHint(self) -> QSize:
        """A few lines high: the bottom dock should not take the reader's space."""
        return QSize(480, 150)

    def result(self) -> TextResult | None:
        return self._result

    def translation_text(self) -> str:
        return self.result_view.toPlainText()

    def _show_source(self, source: str, from_lang: str, to_lang: str, note: str = "") -> None:
        self.header.setText(f"<b>{language_name(from_lang)} → {language_name(to_lang)}</b>{note}")
        self.header.show()
        self.source_label.setText(_preview(source))
        self.source_label.show()

    def clear(self) -> None:
        """Back to the empty panel (another document opened: the last one's selection means nothing now)."""
        self._result = None
        self._pending = None
        self.header.hide()
        self.source_label.hide()
        self.result_view.clear()
        self.result_view.setPlaceholderText(
            "Select text on either side and choose Translate (Ctrl+Shift+T); its translation shows here."
        )
        self.warning_label.hide()
        self.manager_button.hide()
        self.copy_button.setEnabled(False)

    def show_pending(self, source: str, from_lang: str, to_lang: str) -> None:
        self._result = None
        self._pending = (source, from_lang, to_lang)
        self._show_source(source, from_lang, to_lang, " · translating…")
        self.result_view.clear()
        self.result_view.setPlaceholderText("Translating…")
        self.warning_label.hide()
        self.manager_button.hide()
        self.copy_button.setEnabled(False)

    def show_result(self, result: TextResult) -> None:
        self._result = result
        self._pending = None
        self._show_source(result.source, result.source_lang, result.target_lang, f" · {result.package}")
        self.result_view.setPlainText(result.text)
        warnings = sorted(set(result.warnings))
        self.warning_label.setText(
            "⚠ Machine translation may be unreliable: " + "; ".join(warnings) if warnings else ""
        )
        self.warning_label.setVisible(bool(warnings))
        self.manager_button.hide()
        self.copy_button.setEnabled(bool(result.text))

    def show_failure(self, message: str, *, offer_manager: bool) -> None:
        """A plain explanation; with a button to the model manager when installing a model would help."""
        self._result = None
        if self._pending is not None:  # the header said "translating…"
            self._show_source(*self._pending, " · not translated")
            self._pending = None
        self.result_view.clear()
        self.result_view.setPlaceholderText("")
        self.warning_label.setText(message)
        self.warning_label.show()
        self.manager_button.setVisible(offer_manager)
        self.copy_button.setEnabled(False)

    def copy(self) -> None:
        text = self.translation_text()
        if text:
            QGuiApplication.clipboard().setText(text)


class SelectionTranslationDock(QDockWidget):
    """Bottom dock tab holding the panel; its object name lets the window remember where it was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Translation of selection", parent)
        self.setObjectName("selectionTranslationDock")
        self.panel = SelectionTranslationPanel(self)
        self.setWidget(self.panel)
