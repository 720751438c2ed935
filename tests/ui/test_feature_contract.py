"""The feature contract: one lookup, install once, shutdown in reverse install order when the window closes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader_app.ui import facts_feature, reading_store, summary_feature
from reader_app.ui.facts_feature import FactsFeature
from reader_app.ui.features import Feature
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_store import ReadingStore
from reader_app.ui.summary_feature import SummaryFeature

STOPPED: list[str] = []


class _Recorder(Feature):
    def shutdown(self) -> None:
        STOPPED.append(type(self).__name__)


class _First(_Recorder):
    pass


class _Second(_Recorder):
    pass


def test_a_feature_is_found_by_its_class_and_installed_once(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.feature(SummaryFeature) is None
    summary = summary_feature.install(window)
    assert window.feature(SummaryFeature) is summary
    assert summary_feature.install(window) is summary
    # The summary needs the reading store: installing it installed the one store, which its own install returns.
    assert window.feature(ReadingStore) is reading_store.install(window) is summary.store
    facts = facts_feature.install(window)
    assert window.feature(FactsFeature) is facts and facts.session is window.session
    assert window.features() == [summary.store, summary, facts]
    with pytest.raises(ValueError, match="installed already"):
        FactsFeature(window)


def test_features_shut_down_in_reverse_order_when_the_window_closes(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    STOPPED.clear()
    _First(window)
    _Second(window)
    window.close()
    assert STOPPED == ["_Second", "_First"]
