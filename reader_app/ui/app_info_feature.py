"""Help → About and the one-time welcome hint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from reader_app.ui.first_run_hint import SHOWN_KEY, FirstRunHint

if TYPE_CHECKING:
    from reader_app.ui.about_dialog import AboutDialog
    from reader_app.ui.main_window import MainWindow


def _open_models(window: MainWindow) -> None:
    from reader_app.ui.translation_feature import feature_of

    feature = feature_of(window)
    if feature is not None:
        feature.open_manager()


def show_about(window: MainWindow) -> AboutDialog:
    from reader_app.ui.about_dialog import AboutDialog  # reads package metadata: only when asked for

    dialog = AboutDialog(window)
    dialog.open()
    window.about_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def show_first_run_hint(window: MainWindow) -> FirstRunHint | None:
    """Shows the hint unless it was shown before; marks it shown at once so a crash does not bring it back."""
    if window.settings.bool_value(SHOWN_KEY, False):
        return None
    window.settings.set_value(SHOWN_KEY, True)
    hint = FirstRunHint(lambda: _open_models(window), window)
    hint.show()
    window.first_run_hint = hint  # type: ignore[attr-defined]
    return hint


def install(window: MainWindow) -> None:
    window.set_about_handler(lambda: show_about(window))
    QTimer.singleShot(0, window, lambda: show_first_run_hint(window))
