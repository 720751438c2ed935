"""Help → About and the one-time welcome hint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from reader_app.ui.features import Feature
from reader_app.ui.first_run_hint import SHOWN_KEY, FirstRunHint

if TYPE_CHECKING:
    from reader_app.ui.about_dialog import AboutDialog
    from reader_app.ui.main_window import MainWindow


class AppInfoFeature(Feature):
    """The About dialog (Help → About) and the welcome hint shown on the first run."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.about_dialog: AboutDialog | None = None
        self.first_run_hint: FirstRunHint | None = None
        window.set_about_handler(self.show_about)
        QTimer.singleShot(0, self, self.show_first_run_hint)

    def show_about(self) -> AboutDialog:
        from reader_app.ui.about_dialog import AboutDialog  # reads package metadata: only when asked for

        dialog = AboutDialog(self.window)
        dialog.open()
        self.about_dialog = dialog
        return dialog

    def show_first_run_hint(self) -> FirstRunHint | None:
        """Shows the hint unless it was shown before; marks it shown at once so a crash does not bring it back."""
        settings = self.window.settings
        if settings.bool_value(SHOWN_KEY, False):
            return None
        settings.set_value(SHOWN_KEY, True)
        hint = FirstRunHint(self._open_models, self.window)
        hint.show()
        self.first_run_hint = hint
        return hint

    def _open_models(self) -> None:
        from reader_app.ui.translation_feature import TranslationFeature

        feature = self.window.feature(TranslationFeature)
        if feature is not None:
            feature.open_manager()


def install(window: MainWindow) -> AppInfoFeature:
    existing = window.feature(AppInfoFeature)
    return existing if existing is not None else AppInfoFeature(window)
