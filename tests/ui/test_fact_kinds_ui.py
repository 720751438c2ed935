"""The facts panel's kinds, order, chips and wording come from the fact-kind registry."""

from __future__ import annotations

from reader_app.core.facts import items as facts_model
from reader_app.core.facts.kinds import FACT_KINDS
from reader_app.ui import facts_panel


def test_panel_lists_follow_the_registry() -> None:
    assert [kind.value for kind in facts_model.KIND_ORDER] == [info.key for info in FACT_KINDS]
    assert {kind.value: title for kind, title in facts_panel._SHORT_TITLES.items()} == {
        info.key: info.short_title for info in FACT_KINDS
    }
    assert {kind.value: text for kind, text in facts_model.UNRESOLVED.items()} == {
        info.key: info.unresolved for info in FACT_KINDS if info.unresolved
    }
