"""Help → About: version, licences of bundled libraries and data, and where data and models are stored."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader_app import APP_DISPLAY_NAME, __version__
from reader_app.core.about_info import COMPONENTS, storage_locations


def _models_dir() -> str:
    try:
        from reader_app.translation.packages import packages_dir

        return str(packages_dir())
    except Exception as error:  # an unreadable Argos setting must not stop the About box
        return f"unknown ({error})"


def about_html(models_dir: str) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version())}</td>"
        f"<td>{html.escape(c.licence)}</td><td>{html.escape(c.purpose)}</td></tr>"
        for c in COMPONENTS
    )
    places = "".join(
        f"<tr><td>{html.escape(label)}</td><td><code>{html.escape(path)}</code></td></tr>"
        for label, path in storage_locations(models_dir)
    )
    return (
        f"<h2>{html.escape(APP_DISPLAY_NAME)} {html.escape(__version__)}</h2>"
        "<p>Read Chinese or Japanese and English news side by side, with offline translation, key facts and "
        "annotated summaries. No network connection is made unless you ask for a model download.</p>"
        "<p>Licence: MIT.</p>"
        "<h3>Where your data is</h3>"
        f"<table cellpadding='3'>{places}</table>"
        "<h3>Libraries and data</h3>"
        "<table cellpadding='3'><tr><th align='left'>Component</th><th align='left'>Version</th>"
        f"<th align='left'>Licence</th><th align='left'>Used for</th></tr>{rows}</table>"
        "<p>Translation models are not bundled; each Argos package carries its own licence (see its README in the "
        "models folder).</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"About {APP_DISPLAY_NAME}")
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(about_html(_models_dir()))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
