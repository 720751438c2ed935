"""The Summary tab (sentences with translations, length control, edit mode, pinned facts) and its toolbar control."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.language import is_cjk
from reader_app.core.palette import FACT_KIND_TITLES
from reader_app.ui.summary_model import SummaryModel
from reader_app.ui.theme import LIGHT, Theme, reading_font

DOTS = 5
"""The toolbar shows the summary's length as five dots, filled in proportion to the share of the text."""

DISPLAY_LIMIT = 400
"""Sentences the tab lists at most, so a long summary of a huge article stays quick to show; exports have them all."""

MEASURE_COLUMNS = 110
"""Lines wrap at about this many characters: the bottom dock spans the window, and 200-character lines are hard to
read."""


def _chip_text(text: str) -> str:
    return " ".join(text.split())


class SummaryPanel(QWidget):
    """Shows a SummaryModel; clicking a sentence asks the window to show it in the article."""

    sentenceActivated = Signal(int)
    """(article sentence index)"""

    def __init__(self, model: SummaryModel, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.model = model
        self._theme = theme
        self._zoom = 0
        self._lang = "en"

        self.fewer_button = QToolButton(self)
        self.fewer_button.setText("− Fewer details")
        self.fewer_button.setToolTip("Shorter summary")
        self.fewer_button.clicked.connect(model.fewer)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("summaryLength")
        self.slider.setMinimum(1)
        self.slider.setPageStep(1)
        self.slider.setMinimumWidth(120)
        self.slider.setMaximumWidth(260)
        self.slider.setToolTip("Summary length: from one sentence to the whole text")
        self.slider.valueChanged.connect(self._on_slider)
        self.more_button = QToolButton(self)
        self.more_button.setText("More details +")
        self.more_button.setToolTip("Longer summary (もっと詳しく)")
        self.more_button.clicked.connect(model.more)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("summaryCount")

        self.edit_button = QToolButton(self)
        self.edit_button.setText("Edit")
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip("Write the summary in your own words")
        self.edit_button.toggled.connect(self._set_editing)
        self.pin_button = QToolButton(self)
        self.pin_button.setText("Pin fact")
        self.pin_button.setToolTip("Pin a key fact of the chosen sentences to the summary")
        self.pin_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pin_menu = QMenu(self.pin_button)
        self.pin_menu.aboutToShow.connect(self._fill_pin_menu)
        self.pin_button.setMenu(self.pin_menu)
        self.copy_button = QToolButton(self)
        self.copy_button.setText("Copy")
        self.copy_button.setToolTip("Copy the summary as text")
        self.copy_button.clicked.connect(self.copy_summary)

        controls = QHBoxLayout()
        controls.setContentsMargins(6, 4, 6, 0)
        for widget in (self.fewer_button, self.slider, self.more_button, self.count_label):
            controls.addWidget(widget)
        controls.addStretch(1)
        for widget in (self.pin_button, self.edit_button, self.copy_button):
            controls.addWidget(widget)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("summaryText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.document().setDocumentMargin(10)
        self.browser.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.browser.viewport().installEventFilter(self)
        self.editor = QPlainTextEdit(self)
        self.editor.document().setDocumentMargin(10)
        self.editor.setObjectName("summaryEditor")
        self.editor.setPlaceholderText("Your summary…")
        self.revert_button = QPushButton("Use extracted sentences", self)
        self.revert_button.setToolTip("Drop your wording and show the extracted sentences again")
        self.revert_button.clicked.connect(self._revert)
        self.done_button = QPushButton("Done", self)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(lambda: self.edit_button.setChecked(False))
        edit_page = QWidget(self)
        edit_layout = QVBoxLayout(edit_page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        editor_row = QHBoxLayout()  # the editor keeps to the measure, on the left like the sentences it replaces
        editor_row.addWidget(self.editor, 1)
        editor_row.addStretch(0)
        edit_layout.addLayout(editor_row, 1)
        edit_buttons = QHBoxLayout()
        edit_buttons.setContentsMargins(6, 0, 6, 6)  # like the controls row: buttons off the dock's edges
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.revert_button)
        edit_buttons.addWidget(self.done_button)
        edit_layout.addLayout(edit_buttons)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.browser)
        self.stack.addWidget(edit_page)
        # Two lines at least, not the edit page's editor and buttons: a short window keeps the panel low.
        self.stack.setMinimumHeight(48)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)

        model.changed.connect(self.refresh)
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(800, 220)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.browser.viewport():
            self._update_measure()
        return super().eventFilter(watched, event)

    def _update_measure(self) -> None:
        """Wrap at MEASURE_COLUMNS average characters, or at the viewport's width when that is narrower."""
        metrics = QFontMetricsF(self.browser.document().defaultFont())
        # averageCharWidth() of a CJK-capable font is near a full-width character: measure real text instead
        sample = "中文字" if is_cjk(self._lang) else "the quick brown fox jumps over a lazy dog"
        measure = metrics.horizontalAdvance(sample) / len(sample) * MEASURE_COLUMNS * (0.5 if is_cjk(self._lang) else 1)
        available = self.browser.viewport().width() - 2 * self.browser.document().documentMargin()
        width = max(80, int(min(measure, available)))
        if width != self.browser.lineWrapColumnOrWidth():
            self.browser.setLineWrapColumnOrWidth(width)
        # The edit box wraps at its own width: keep it to the same measure (plus margins and a scroll bar).
        self.editor.setMaximumWidth(int(measure + 2 * self.editor.document().documentMargin() + 24))

    def set_zoom(self, zoom: int) -> None:
        """Follow View → Zoom, like the two sides."""
        self._zoom = zoom
        self.refresh()

    def editing(self) -> bool:
        return self.edit_button.isChecked()

    def finish_editing(self) -> None:
        """Keep what is typed as the summary's wording and leave the editor (another document is opening: the
        wording belongs to this one)."""
        self.edit_button.setChecked(False)

    def copy_summary(self) -> None:
        text = self.model.edit() if self.model.edit() is not None else self.model.extracted_text()
        QGuiApplication.clipboard().setText(text or "")

    # --- rendering -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        model = self.model
        article = model.article()
        self._lang = article.lang if article is not None else "en"
        font = reading_font(self._lang, self._zoom)
        font.setPointSizeF(max(9.0, font.pointSizeF() - 2))
        self.browser.document().setDefaultFont(font)
        self.editor.setFont(font)
        self._update_measure()
        total, length = model.total(), model.length()
        self.slider.blockSignals(True)
        self.slider.setMaximum(max(1, total))
        self.slider.setValue(max(1, length))
        self.slider.blockSignals(False)
        for widget in (self.slider, self.edit_button, self.copy_button):
            widget.setEnabled(total > 0)
        self.fewer_button.setEnabled(total > 0 and length > 1)
        self.more_button.setEnabled(total > 0 and length < total)
        self.pin_button.setEnabled(bool(model.candidate_facts()))
        edited = model.edit() is not None
        count = f"{length} of {total} sentences" if total else ""
        # With the reader's own text shown first, the count and More/Fewer are about the sentences under it.
        self.count_label.setText(f"Extracted: {count}" if edited and count else count)
        self.more_button.setToolTip(
            "More extracted sentences (under your edited summary, which stays as it is)"
            if edited
            else "Longer summary (もっと詳しく)"
        )
        self.browser.setHtml(self._html())

    def _html(self) -> str:
        theme, model = self._theme, self.model
        body = f"color:{theme.text}; background:{theme.base};"
        if model.document() is None:
            return f'<body style="{body}"><p style="color:{theme.muted_text}">Open a document to see its summary.</p>'
        if not model.ready():
            return f'<body style="{body}"><p style="color:{theme.muted_text}">Summarising…</p>'
        summary = model.summary()
        if summary is None:
            return f'<body style="{body}"><p style="color:{theme.muted_text}">The article has no sentences.</p>'
        parts = [f'<body style="{body}">', self._pins_html()]
        edit = model.edit()
        if edit is not None:
            parts.append(f'<p style="color:{theme.label}; font-size:small">YOUR SUMMARY (edited)</p>')
            text = "<br>".join(escape(line) for line in edit.strip().split("\n"))
            parts.append(f'<p style="margin-bottom:10px">{text}</p>')
            parts.append(f'<p style="color:{theme.label}; font-size:small">EXTRACTED SENTENCES</p>')
        for sentence in summary.sentences[:DISPLAY_LIMIT]:
            link = f'<a href="sentence:{sentence.index}" style="color:{theme.text}; text-decoration:none">'
            item = f'<p style="margin-bottom:8px; line-height:135%">{link}{escape(sentence.text)}</a>'
            translation = model.translation_of(sentence.index)
            if translation:
                item += f'<br><span style="color:{theme.muted_text}">{escape(translation)}</span>'
            parts.append(item + "</p>")
        hidden = len(summary.sentences) - DISPLAY_LIMIT
        if hidden > 0:
            more = f"… and {hidden:,} more sentences (Copy or File → Export has them all)."
            parts.append(f'<p style="color:{theme.muted_text}">{more}</p>')
        return "".join(parts)

    def _pins_html(self) -> str:
        """The pinned facts as chips; shown first, so a pin just made is in view, not below a long summary."""
        theme, model = self._theme, self.model
        if not model.pins():
            return ""
        chips = []
        for number, pin in enumerate(model.pins()):
            colour = theme.facts.get(pin.kind, theme.border)
            title = FACT_KIND_TITLES[pin.kind]
            label = escape(_chip_text(pin.text))
            chips.append(
                f'<span style="background:{colour}" title="{title}">&nbsp;{label}&nbsp;</span>'
                f' <a href="unpin:{number}" style="color:{theme.muted_text}; text-decoration:none"'
                f' title="Unpin">✕</a>'
            )
        return f'<p><span style="color:{theme.label}">Pinned: </span>{" &ensp;".join(chips)}</p>'

    # --- slots -----------------------------------------------------------------------------------------------------

    def _on_slider(self, value: int) -> None:
        self.model.set_length(value)

    def _on_anchor(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if not value.isdigit():
            return
        if kind == "sentence":
            self.sentenceActivated.emit(int(value))
        elif kind == "unpin" and int(value) < len(self.model.pins()):
            self.model.unpin(self.model.pins()[int(value)])

    def _set_editing(self, editing: bool) -> None:
        if editing:
            edit = self.model.edit()
            self.editor.setPlainText(edit if edit is not None else self.model.extracted_text())
            self.stack.setCurrentIndex(1)
            self.editor.setFocus()
            return
        if self.stack.currentIndex() == 1:
            self.model.set_edit(self.editor.toPlainText())
        self.stack.setCurrentIndex(0)

    def _revert(self) -> None:
        self.stack.setCurrentIndex(0)
        self.model.set_edit(None)
        self.edit_button.setChecked(False)

    def _fill_pin_menu(self) -> None:
        self.pin_menu.clear()
        for fact in self.model.candidate_facts():
            action = self.pin_menu.addAction(f"{FACT_KIND_TITLES[fact.kind]}: {_chip_text(fact.text)}")
            action.triggered.connect(lambda _checked=False, fact=fact: self.model.pin(fact))
        if not self.pin_menu.actions():
            self.pin_menu.addAction("No unpinned facts in the chosen sentences").setEnabled(False)


class _Dots(QWidget):
    """●●○○○: how much of the text the summary keeps."""

    def __init__(self, model: SummaryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.colour = QColor(LIGHT.accent)
        self.empty = QColor(LIGHT.border)
        model.changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(DOTS * 12 + 4, 16)

    def filled(self) -> int:
        total = self.model.total()
        if total == 0:
            return 0
        return max(1, math.ceil(DOTS * self.model.length() / total))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        filled = self.filled()
        for i in range(DOTS):
            painter.setBrush(self.colour if i < filled else self.empty)
            centre = QPointF(8 + i * 12, self.height() / 2)
            painter.drawEllipse(QRectF(centre.x() - 4, centre.y() - 4, 8, 8))
        painter.end()


class SummaryLengthControl(QWidget):
    """Toolbar item: Summary [−] ●●○○○ [+]."""

    def __init__(self, model: SummaryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryLengthControl")
        self.model = model
        self.label = QLabel("Summary", self)
        self.fewer_button = QToolButton(self)
        self.fewer_button.setText("−")
        self.fewer_button.setAutoRaise(True)
        self.fewer_button.clicked.connect(model.fewer)
        self.dots = _Dots(model, self)
        self.more_button = QToolButton(self)
        self.more_button.setText("+")
        self.more_button.setAutoRaise(True)
        self.more_button.clicked.connect(model.more)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(2)
        for widget in (self.label, self.fewer_button, self.dots, self.more_button):
            layout.addWidget(widget)
        model.changed.connect(self._refresh)
        self._refresh()

    def set_theme(self, theme: Theme) -> None:
        self.dots.colour = QColor(theme.accent)
        self.dots.empty = QColor(theme.border)
        self.dots.update()

    def set_tooltips(self, fewer: str, more: str) -> None:
        self.fewer_button.setToolTip(fewer)
        self.more_button.setToolTip(more)

    def _refresh(self) -> None:
        total, length = self.model.total(), self.model.length()
        self.fewer_button.setEnabled(total > 0 and length > 1)
        self.more_button.setEnabled(total > 0 and length < total)
        self.setToolTip(f"Summary: {length} of {total} sentences" if total else "Summary")
