"""The feature contract: how a feature joins the window, finds another feature and stops when the window closes.

A feature is a `Feature` subclass in its own module of `reader_app.ui`, named `<Something>Feature`, whose module has
`install(window) -> <Something>Feature`. `install` builds the feature (docks, actions, connections) once per window;
called again it returns the one already there, so a feature that needs another calls that one's `install`.
Features find each other with `window.feature(FactsFeature)` (None when it is not installed), never through
attributes on the window. Shared results (the document, its translations and facts) live in the session
(`window.session`), which features subscribe to; background work goes through `ui.background.BackgroundJobs`.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from reader_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Installer = Callable[["MainWindow"], object]

FEATURE_MODULES: tuple[str, ...] = (
    "reading_store",
    "summary_feature",
    "facts_feature",
    "annotations_feature",
    "translation_feature",
    "app_info_feature",
    "reading_layout_feature",
    "reading_place_feature",
    "find_feature",
    "selection_actions_feature",
    "help_feature",
    "dictionary_feature",
)
"""Installed in this order after the window's first paint. Keep feature modules cheap to import (nothing heavy at
import time: translation engines, numpy, the fact extractor load in the work that needs them)."""


class Feature(QObject):
    """Base of every feature: it belongs to one window and stops its work in `shutdown` (the window closes)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        window.add_feature(self)

    def shutdown(self) -> None:
        """Stop background work and save what must be saved; called once, as the window closes."""


F = TypeVar("F", bound=Feature)


def lazy_installer(module_name: str) -> Installer:
    """An installer that imports its module when it runs, so one feature that fails to import (a broken install,
    a missing library) is reported and skipped like one that fails to install, and the others still start."""

    def install(window: MainWindow) -> object:
        return importlib.import_module(f"reader_app.ui.{module_name}").install(window)

    install.__module__ = f"reader_app.ui.{module_name}"
    return install


INSTALLERS: list[Installer] = [lazy_installer(name) for name in FEATURE_MODULES]
