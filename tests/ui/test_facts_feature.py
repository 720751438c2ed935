"""The facts feature in a real window: extraction off the UI thread, panel, inline tints, jumps and translations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole, Span
from reader_app.core.facts.items import FactItem
from reader_app.core.facts.links import NOT_PRESERVED
from reader_app.core.facts.model import FactKind
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui import facts_feature
from reader_app.ui import side_view as side_view_module
from reader_app.ui.facts_feature import FactsFeature
from reader_app.ui.main_window import MainWindow
from reader_app.ui.session import ReaderSession
from reader_app.ui.settings import Settings
from reader_app.ui.side_view import SideView

# A hand-made Japanese translation of the sample article, one string per English sentence. Sentence 12 leaves
# out "$4.4 billion" on purpose: the reader must be told the number was lost.
JAPANESE = (
    "テンセントの微信は火曜日、中国で新規ユーザーの登録を一時停止すると発表した。",
    "テンセントはソーシャルメディアへの投稿で、セキュリティ技術を「アップグレード」していると述べた。",
    "「登録サービスはアップグレード完了後に再開され、8月上旬の見込みです」と、中国で12億人以上の月間アクティブユーザーを抱える微信は述べた。",
    "微信がどの法律を引用しているかは明らかではない。",
    "この取り締まりで中国企業の時価総額は数十億ドル失われ、ソフトバンクを含む多くの投資家が影響を受けている。",
    "微信がこの種の措置を取るのは10年以上で初めてだ。",
    "微信はオンライン決済や金融サービスも提供している。",
    "（他の市場では事情が異なる。",
    "トランプ氏は昨年、米国でTikTokと微信との取引を禁止する命令に署名した。",
    "バイデン大統領は先月、これらの措置を撤回した。）",
    "一部のアナリストは、中国政府がテック企業の影響力拡大を懸念していると考えている。",
    "今月初め、中国のサイバーセキュリティ規制当局は配車大手のディディに新規ユーザーの登録停止を命じた。",
    "その数日前、ディディはニューヨーク証券取引所で新規株式公開を行っていた。",
    "中国のアプリストアから削除されたディディのアプリは、顧客の個人データを違法に収集したと規制当局は指摘した。",
)


def translation() -> PassageTranslation:
    return PassageTranslation(
        PassageRole.ARTICLE, "en", "ja", "test", tuple(SentenceTranslation(text) for text in JAPANESE)
    )


@pytest.fixture
def facts_window(
    qtbot: QtBot, settings: Settings, wait_open: Callable[[MainWindow, Path], None], sample_path: Path
) -> Iterator[tuple[MainWindow, FactsFeature]]:
    window = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(window)
    facts_feature.install(window)
    window.resize(1200, 800)
    window.show()
    controller = window.feature(FactsFeature)
    assert controller is not None
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        wait_open(window, sample_path)
    yield window, controller
    window.close()


def items_by_label(controller: FactsFeature) -> dict[str, FactItem]:
    return {item.label: item for item in controller.model.items()}


def group_labels(controller: FactsFeature) -> list[str]:
    model = controller.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def tinted(view: SideView, colour: str) -> list[str]:
    """Texts of the view's extra selections painted with background `colour`."""
    wanted = QColor(colour)
    found = []
    for selection in view.editor.extraSelections():
        if selection.format.background().color() == wanted:
            found.append(selection.cursor.selectedText())
    return found


def fact_tints(view: SideView, window: MainWindow) -> dict[FactKind, list[str]]:
    return {kind: tinted(view, colour) for kind, colour in window.theme().facts.items()}


def click_item(qtbot: QtBot, controller: FactsFeature, item: FactItem) -> None:
    tree = controller.panel.tree
    index = controller.model.index_of(item)
    assert index.isValid()
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())


def test_panel_lists_the_sample_facts_grouped_by_kind(facts_window: tuple[MainWindow, FactsFeature]) -> None:
    window, controller = facts_window
    labels = group_labels(controller)
    assert labels[0].startswith("Counts (")
    assert any(label.startswith("Money (") for label in labels)
    assert any(label.startswith("Dates (") for label in labels)
    items = items_by_label(controller)
    assert items["1.2 billion monthly active users"].value_text == "1,200,000,000 monthly active users"
    assert items["$4.4 billion"].kind is FactKind.MONEY
    for name, kind in [("Tencent", FactKind.ORG), ("Joe Biden", FactKind.PERSON), ("China", FactKind.PLACE)]:
        assert items[name].kind is kind
    # Each entity once, with all its mentions; group counts match their rows.
    entity_labels = [item.label for item in controller.model.items() if item.kind is FactKind.ORG]
    assert len(entity_labels) == len(set(entity_labels))
    assert len(items["WeChat"].mentions) >= 5
    for row in range(controller.model.rowCount()):
        group = controller.model.index(row, 0)
        assert group.data().endswith(f"({controller.model.rowCount(group)})")
    dock = window.findChild(QDockWidget, "factsDock")
    assert dock is not None and dock.windowTitle() == "Key facts"
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_inline_tints_match_the_facts(facts_window: tuple[MainWindow, FactsFeature]) -> None:
    window, controller = facts_window
    tints = fact_tints(window.english_view, window)
    assert "1.2 billion monthly active users" in tints[FactKind.COUNT]
    assert "Joe Biden" in tints[FactKind.PERSON]
    assert tints[FactKind.ORG].count("Didi") == 3
    assert len(tints[FactKind.ORG]) == sum(
        len(item.mentions) for item in controller.model.items() if item.kind is FactKind.ORG
    )


def test_filter_box_filters_the_tree(qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]) -> None:
    _window, controller = facts_window
    qtbot.keyClicks(controller.panel.filter_edit, "biden")
    assert group_labels(controller) == ["People (1)"]
    assert controller.model.index(0, 0, controller.model.index(0, 0)).data() == "Joe Biden"


def test_clicking_a_fact_scrolls_and_flashes_it(qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]) -> None:
    window, controller = facts_window
    view = window.english_view
    bar = view.editor.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0, "the sample must not fit in the window for this test"
    click_item(qtbot, controller, items_by_label(controller)["$4.4 billion"])
    assert bar.value() > 0
    assert tinted(view, window.theme().flash_tint) == ["$4.4 billion"]
    assert controller.panel.selected_item() is items_by_label(controller)["$4.4 billion"]
    # It stays marked (a brief flash was missed among the other tinted facts) until the reader clicks in the text.
    flashed = view.flashed_span()
    qtbot.wait(side_view_module.FLASH_MS * 2)
    assert view.flashed_span() == flashed and tinted(view, window.theme().flash_tint) == ["$4.4 billion"]
    qtbot.mouseClick(view.editor.viewport(), Qt.MouseButton.LeftButton, pos=view.editor.viewport().rect().center())
    assert not tinted(view, window.theme().flash_tint)


def test_another_fact_clears_the_marks_of_the_last(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    window, controller = facts_window
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.session.set_translation(translation())
    click_item(qtbot, controller, items_by_label(controller)["$4.4 billion"])  # marks a sentence on the CJK side
    marked = window.cjk_view.flashed_span()
    assert marked is not None
    click_item(qtbot, controller, items_by_label(controller)["Joe Biden"])
    assert window.cjk_view.flashed_span() != marked
    assert window.english_view.flashed_span() is not None


def test_the_status_bar_says_which_mention_is_shown(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    window, controller = facts_window
    didi = items_by_label(controller)["Didi"]
    click_item(qtbot, controller, didi)
    assert "mention 1 of 3" in window.status.message()
    click_item(qtbot, controller, didi)
    assert "mention 2 of 3" in window.status.message()


def test_repeated_clicks_walk_through_an_entitys_mentions(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    window, controller = facts_window
    didi = items_by_label(controller)["Didi"]
    flashes = []
    for _ in range(len(didi.mentions)):
        click_item(qtbot, controller, didi)
        selections = window.english_view.editor.extraSelections()
        flash = QColor(window.theme().flash_tint)
        flashes.append(next(s.cursor.selectionStart() for s in selections if s.format.background().color() == flash))
    assert len(set(flashes)) == len(didi.mentions) == 3
    assert flashes == sorted(flashes)


def test_toggles_hide_inline_highlights(qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]) -> None:
    window, controller = facts_window
    view = window.english_view
    assert fact_tints(view, window)[FactKind.ORG]
    qtbot.mouseClick(controller.panel.kind_buttons[FactKind.ORG], Qt.MouseButton.LeftButton)
    tints = fact_tints(view, window)
    assert tints[FactKind.ORG] == [] and tints[FactKind.PERSON]
    controller.panel.highlight_box.click()
    assert not any(fact_tints(view, window).values())
    assert window.settings.bool_value(facts_feature.HIGHLIGHT_SETTING, True) is False
    action = window.findChild(QAction, "factsHighlightAction")
    assert action is not None and not action.isChecked()
    action.trigger()
    assert controller.panel.highlight_box.isChecked()
    assert fact_tints(view, window)[FactKind.PERSON]


def test_facts_update_when_a_translation_arrives(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    window, controller = facts_window
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.session.set_translation(translation())
    cjk = window.cjk_view
    tints = fact_tints(cjk, window)
    assert "12億人" in tints[FactKind.COUNT]
    assert "バイデン" in tints[FactKind.PERSON]
    assert "テンセント" in tints[FactKind.ORG]
    # The dropped "$4.4 billion" is flagged on the translated sentence.
    warned = [
        s.cursor.selectedText()
        for s in cjk.editor.extraSelections()
        if s.format.underlineStyle() == s.format.UnderlineStyle.DotLine and s.format.toolTip() == NOT_PRESERVED
    ]
    assert JAPANESE[12] in warned
    assert JAPANESE[0] not in warned  # 火曜日 kept "Tuesday"
    # Clicking a fact also flashes its counterpart on the other side.
    click_item(qtbot, controller, items_by_label(controller)["1.2 billion monthly active users"])
    assert tinted(cjk, window.theme().flash_tint) == ["12億人"]
    assert tinted(window.english_view, window.theme().flash_tint) == ["1.2 billion monthly active users"]


def test_new_document_replaces_the_facts(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature], tmp_path: Path
) -> None:
    window, controller = facts_window
    path = tmp_path / "note.txt"
    path.write_text("Acme Robotics Inc. hired Laura Chen in Ohio.", encoding="utf-8")
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.open_path(path)
    assert [item.label for item in controller.model.items()] == ["Acme Robotics Inc.", "Laura Chen", "Ohio"]
    assert controller.facts()[0].text == "Acme Robotics Inc."


def test_a_filter_does_not_carry_over_to_the_next_document(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature], tmp_path: Path
) -> None:
    window, controller = facts_window
    qtbot.keyClicks(controller.panel.filter_edit, "biden")
    path = tmp_path / "note.txt"
    path.write_text("Acme Robotics Inc. hired Laura Chen in Ohio.", encoding="utf-8")
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.open_path(path)
    assert controller.panel.filter_edit.text() == ""
    assert group_labels(controller) == ["Organisations (1)", "People (1)", "Places (1)"]
    assert (
        controller.panel.empty_label.text() != "No facts match the filter."
        or not controller.panel.empty_label.isVisible()
    )


def test_copy_all_menu_entry(facts_window: tuple[MainWindow, FactsFeature]) -> None:
    window, _controller = facts_window
    action = window.findChild(QAction, "factsCopyAllAction")
    assert action is not None
    action.trigger()
    markdown = QGuiApplication.clipboard().text()
    assert markdown.startswith("## Key facts")
    assert "- 1.2 billion monthly active users — 1,200,000,000 monthly active users" in markdown


def test_a_fact_without_counterpart_shows_its_translated_sentence(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    window, controller = facts_window
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.session.set_translation(translation())
    bar = window.cjk_view.editor.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0
    click_item(qtbot, controller, items_by_label(controller)["$4.4 billion"])
    assert bar.value() > 0  # the sentence that lost "$4.4 billion" is brought into view
    marked = tinted(window.cjk_view, window.theme().flash_tint)  # and marked, as a whole
    assert len(marked) == 1 and marked[0].endswith("。")


def test_hidden_kinds_are_remembered(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature], settings: Settings
) -> None:
    _window, controller = facts_window
    controller.panel.kind_buttons[FactKind.DATE].click()
    assert settings.value(facts_feature.HIDDEN_SETTING) == "date"
    again = MainWindow(ReaderSession(), settings)
    qtbot.addWidget(again)
    facts_feature.install(again)
    restored = again.feature(FactsFeature)
    assert restored is not None
    assert not restored.model.kind_visible(FactKind.DATE)
    assert not restored.panel.kind_buttons[FactKind.DATE].isChecked()
    assert restored.model.kind_visible(FactKind.ORG)


def test_selecting_a_fact_in_the_text_selects_it_in_the_panel(
    facts_window: tuple[MainWindow, FactsFeature],
) -> None:
    window, controller = facts_window
    view = window.english_view
    passage = view.passage(PassageRole.ARTICLE)
    assert passage is not None
    start = passage.text.index("Joe Biden")
    view.selectionChanged.emit(PassageRole.ARTICLE, Span(start + 1, start + 4))
    selected = controller.panel.selected_item()
    assert selected is not None and selected.label == "Joe Biden"


def long_document(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    paragraph = "Acme Robotics Inc. hired Laura Chen in Ohio on Tuesday for $4 million.\n\n"
    path.write_text(paragraph * (facts_feature.PROGRESS_THRESHOLD // len(paragraph) + 10), encoding="utf-8")
    return path


def test_long_documents_show_extraction_in_the_status_bar(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature], tmp_path: Path
) -> None:
    window, controller = facts_window
    seen: list[str] = []
    # Connected after the feature, so this runs right after the feature started its extraction.
    window.session.documentChanged.connect(lambda _doc: seen.extend(task.text for task in window.status.tasks()))
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.open_path(long_document(tmp_path))
    assert "Finding key facts…" in seen
    assert "Finding key facts…" not in [task.text for task in window.status.tasks()]
    assert items_by_label(controller)["Acme Robotics Inc."].kind is FactKind.ORG


def test_cancelled_extraction_leaves_the_facts_as_they_were(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    _window, controller = facts_window
    before = [item.label for item in controller.model.items()]
    extracted: list[bool] = []
    controller.extracted.connect(lambda: extracted.append(True))
    controller.refresh()
    controller.cancel()
    qtbot.wait(500)
    assert extracted == []
    assert [item.label for item in controller.model.items()] == before
    assert not controller.busy()


def test_pin_to_summary_from_the_context_menu(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    from reader_app.ui import summary_feature

    window, controller = facts_window
    panel = controller.panel
    item = items_by_label(controller)["$4.4 billion"]
    panel.select_item(item)
    panel.pin_action.trigger()
    assert "summary is not available" in window.status.message()  # no summary feature in this window
    summary_feature.install(window)
    summary = window.feature(summary_feature.SummaryFeature)
    assert summary is not None
    panel.pin_action.trigger()
    assert [pin.text for pin in summary.model.pins()] == ["$4.4 billion"]
    assert [pin.span for pin in summary.model.pins()] == [item.first.span]


def test_an_articles_tints_are_a_view_over_its_facts(sample_path: Path) -> None:
    from reader_app.core.document import PassageRole
    from reader_app.core.facts.extract import extract_document_facts
    from reader_app.core.loading import load_document
    from reader_app.ui.facts_feature import _SpansOf, _with_spans
    from reader_app.ui.session import DocumentFacts

    document = load_document(sample_path)
    found = extract_document_facts(document, {})
    _facts, _items, tints = _with_spans((DocumentFacts(document, {}, found, None), []))
    article = found[PassageRole.ARTICLE].source
    made = next(t for t in tints if t.facts is article)
    assert isinstance(made.spans, _SpansOf)
    pairs = sorted(((fact.span, fact.kind) for fact in article), key=lambda pair: pair[0].start)
    assert [made.spans[i] for i in range(len(made.spans))] == pairs
    assert list(made.starts) == [span.start for span, _kind in pairs]


def test_the_empty_panel_says_facts_are_being_found_until_they_are(
    qtbot: QtBot, facts_window: tuple[MainWindow, FactsFeature]
) -> None:
    from reader_app.core.loading import document_from_text

    window, controller = facts_window
    panel = controller.panel
    window.open_document(document_from_text("The weather was mild and the park was quiet. Birds sang."))
    assert panel.empty_label.isVisibleTo(panel) and panel.empty_label.text() == "Finding key facts…"
    qtbot.waitUntil(lambda: not controller.busy(), timeout=30000)
    assert controller.model.rowCount() == 0
    assert panel.empty_label.text() == "No facts found."
