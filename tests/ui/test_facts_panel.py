"""FactsPanel on hand-built facts: filter box, kind toggles, activation, copying one fact or all as Markdown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole, Span
from reader_app.core.facts.items import FactItem, build_items
from reader_app.core.facts.model import CountValue, EntityValue, Fact, FactKind
from reader_app.ui.facts_model import FactsModel
from reader_app.ui.facts_panel import FactsPanel

FACTS = [
    Fact(FactKind.ORG, PassageRole.ARTICLE, Span(0, 7), "Tencent", EntityValue("Tencent")),
    Fact(
        FactKind.COUNT,
        PassageRole.ARTICLE,
        Span(20, 52),
        "1.2 billion monthly active users",
        CountValue(1.2e9, "monthly active users"),
    ),
    Fact(FactKind.PERSON, PassageRole.ARTICLE, Span(60, 69), "Joe Biden", EntityValue("Joe Biden")),
    Fact(FactKind.ORG, PassageRole.PROMPT, Span(0, 2), "微信", EntityValue("WeChat")),
]


def make_panel(qtbot: QtBot) -> FactsPanel:
    model = FactsModel()
    model.set_items(build_items([("en", FACTS)]))
    panel = FactsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(320, 480)
    panel.show()
    return panel


def visible_labels(panel: FactsPanel) -> list[str]:
    model = panel.model
    labels = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        labels.append(group.data())
        labels.extend(model.index(child, 0, group).data() for child in range(model.rowCount(group)))
    return labels


def test_lists_groups_expanded(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert visible_labels(panel) == [
        "Counts (1)",
        "1.2 billion monthly active users",
        "Organisations (2)",
        "Tencent",
        "WeChat",
        "People (1)",
        "Joe Biden",
    ]
    assert all(panel.tree.isExpanded(panel.model.index(row, 0)) for row in range(panel.model.rowCount()))


def test_typing_in_the_filter_box_narrows_the_list(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    qtbot.keyClicks(panel.filter_edit, "bill")
    assert visible_labels(panel) == ["Counts (1)", "1.2 billion monthly active users"]
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "zzz")
    assert panel.tree.isHidden() and panel.empty_label.isVisibleTo(panel)
    assert panel.empty_label.text() == "No facts match the filter."
    panel.filter_edit.clear()
    qtbot.waitUntil(lambda: panel.tree.isVisible())
    QApplication.processEvents()
    bottom = panel.tree.mapTo(panel, QPoint(0, panel.tree.height())).y()
    assert bottom >= panel.height() - 12  # the list fills the dock again, not its top half


def test_cjk_filter_text_from_an_input_method(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.filter_edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("微信")
    QApplication.sendEvent(panel.filter_edit, event)
    assert visible_labels(panel) == ["Organisations (1)", "WeChat"]


def test_kind_toggle_buttons_hide_groups(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    qtbot.mouseClick(panel.kind_buttons[FactKind.ORG], Qt.MouseButton.LeftButton)
    assert not panel.model.kind_visible(FactKind.ORG)
    assert "Organisations (2)" not in visible_labels(panel)
    qtbot.mouseClick(panel.kind_buttons[FactKind.ORG], Qt.MouseButton.LeftButton)
    assert "Organisations (2)" in visible_labels(panel)


def test_clicking_a_fact_activates_it_and_a_group_does_not(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    activated: list[FactItem] = []
    panel.factActivated.connect(activated.append)
    group = panel.model.index(0, 0)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualRect(group).center())
    assert activated == []
    child = panel.model.index(0, 0, group)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualRect(child).center())
    assert [item.label for item in activated] == ["1.2 billion monthly active users"]


def test_copy_one_fact_and_all_as_markdown(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    clipboard = QGuiApplication.clipboard()
    child = panel.model.index(0, 0, panel.model.index(0, 0))
    panel.tree.setCurrentIndex(child)
    panel.tree.setFocus()
    panel.copy_action.trigger()
    assert clipboard.text() == "1.2 billion monthly active users — 1,200,000,000 monthly active users"
    qtbot.mouseClick(panel.copy_all_button, Qt.MouseButton.LeftButton)
    assert clipboard.text().startswith("## Key facts\n\n### Counts (1)\n")
    assert "### People (1)\n- Joe Biden" in clipboard.text()


def test_highlight_box_emits(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    with qtbot.waitSignal(panel.highlightToggled) as blocker:
        panel.highlight_box.click()
    assert blocker.args == [False]


def test_kind_chips_wrap_so_the_panel_can_be_narrow(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert panel.minimumSizeHint().width() <= 230  # not the ~400 px of seven chips in one row
    panel.resize(220, 480)
    qtbot.waitUntil(lambda: panel.width() == 220)
    QApplication.processEvents()
    chips = list(panel.kind_buttons.values())
    for chip in chips:
        assert chip.isVisible()
        assert chip.geometry().left() >= 0 and chip.geometry().right() < panel.width()
    rows = {chip.geometry().top() for chip in chips}
    assert len(rows) >= 2
    assert panel.highlight_box.geometry().top() > max(chip.geometry().bottom() for chip in chips)  # no overlap
    panel.resize(700, 480)
    qtbot.waitUntil(lambda: len({chip.geometry().top() for chip in chips}) == 1)  # one row when there is room
