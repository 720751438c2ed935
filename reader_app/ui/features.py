"""Feature installers, run in this order after the main window is built: one import and one entry per feature."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

from reader_app.ui import (
    annotations_feature,
    app_info_feature,
    facts_feature,
    summary_feature,
    translation_feature,
)

Installer = Callable[["MainWindow"], None]

# Each feature module exposes `install(window: MainWindow) -> None` that adds its docks, actions and connections.
# Keep feature modules cheap to import (no ctranslate2/argostranslate/dateparser at import time).
# Add your feature as one import above this comment and one entry below, e.g. `facts_panel.install,`.

INSTALLERS: list[Installer] = [
    summary_feature.install,
    facts_feature.install,
    annotations_feature.install,
    translation_feature.install,
    app_info_feature.install,
]
