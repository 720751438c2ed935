"""Feature installers, run in this order after the main window is built: one entry per feature module."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

Installer = Callable[["MainWindow"], None]

# Each module in reader_app.ui named here exposes `install(window: MainWindow) -> None` that adds its docks,
# actions and connections. Keep feature modules cheap to import (no ctranslate2/argostranslate at import time).
FEATURE_MODULES: tuple[str, ...] = (
    "summary_feature",
    "facts_feature",
    "annotations_feature",
    "translation_feature",
    "app_info_feature",
)


def lazy_installer(module_name: str) -> Installer:
    """An installer that imports its module when it runs, so one feature that fails to import (a broken install,
    a missing library) is reported and skipped like one that fails to install, and the others still start."""

    def install(window: MainWindow) -> None:
        importlib.import_module(f"reader_app.ui.{module_name}").install(window)

    install.__module__ = f"reader_app.ui.{module_name}"
    return install


INSTALLERS: list[Installer] = [lazy_installer(name) for name in FEATURE_MODULES]
