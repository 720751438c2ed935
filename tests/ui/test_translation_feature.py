"""Translation in the window, on real tiny Argos models: prompt on open, article with progress and Cancel, no model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QToolButton
from pytestqt.qtbot import QtBot
from tiny_model import InstallTiny, TinyPackages
from translation_ui_helpers import (
    fresh_cache,
    large_document,
    translation_window,
    wait_complete,
    wait_idle,
)

from reader_app.core.document import PassageRole, Span
from reader_app.translation.cache import SentenceCache
from reader_app.translation.engine import TranslationEngine
from reader_app.ui.main_window import MainWindow
from reader_app.ui.model_manager import ModelManagerDialog
from reader_app.ui.session import BlockKind
from reader_app.ui.translation_feature import TranslationFeature

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path) -> None:
    fresh_cache(monkeypatch, tmp_path)


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.session.documentChanged, timeout=30000):
        window.open_path(path)


def test_prompt_is_translated_when_the_document_opens(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    window, _feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    wait_complete(qtbot, window, PassageRole.PROMPT)
    translation = window.session.translation(PassageRole.PROMPT)
    assert translation is not None
    assert (translation.source_lang, translation.target_lang) == ("ja", "en")
    block = window.english_view.block(PassageRole.PROMPT)
    assert block is not None and block.kind is BlockKind.MACHINE
    assert block.passage is not None and block.passage.text == translation.sentences[0].text  # type: ignore[union-attr]
    assert block.passage.text.strip()
    # The article is only translated on request.
    assert window.session.translation(PassageRole.ARTICLE) is None


def test_translate_article_shows_progress_and_aligns_sentences(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    wait_complete(qtbot, window, PassageRole.PROMPT)
    document = window.session.document()
    assert document is not None
    article = document.article

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    tasks = window.status.tasks()
    assert [task.text for task in tasks] == ["Translating the article…"]
    assert tasks[0].total == len(article.sentences) and tasks[0].cancellable
    status_cancel = [b for b in window.statusBar().findChildren(QToolButton) if b.text() == "Cancel"]
    assert status_cancel and status_cancel[0].isVisible()

    wait_complete(qtbot, window, PassageRole.ARTICLE)
    wait_idle(qtbot, feature)
    assert window.status.tasks() == []
    translation = window.session.translation(PassageRole.ARTICLE)
    assert translation is not None and translation.target_lang == "ja"
    # One translated sentence per source sentence, each the translation of *that* sentence.
    expected = TranslationEngine(cache=SentenceCache.in_memory()).translate(article.sentence_texts(), "en", "ja")
    assert [s.text for s in translation.sentences] == [s.text for s in expected]  # type: ignore[union-attr]
    block = window.cjk_view.block(PassageRole.ARTICLE)
    assert block is not None and block.kind is BlockKind.MACHINE and block.passage is not None
    assert len(block.passage.sentences) == len(article.sentences)
    for index, sentence in enumerate(translation.sentences):
        assert sentence is not None
        assert block.passage.sentence_text(index) == (sentence.text or "…")
    assert "Translated the article" in window.status.message()


def test_warnings_are_marked_on_the_translated_side(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE)
    translation = window.session.translation(PassageRole.ARTICLE)
    assert translation is not None
    expected = {i: s.warning for i, s in enumerate(translation.sentences) if s is not None and s.warning}
    assert window.cjk_view._warnings.get(PassageRole.ARTICLE, {}) == expected


def test_cancel_stops_a_long_translation(qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny) -> None:
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    document = large_document(1500)
    window.open_document(document)
    feature.translate_article()
    assert feature.running(PassageRole.ARTICLE)
    qtbot.waitUntil(lambda: window.session.translation(PassageRole.ARTICLE) is not None, timeout=30000)

    cancel = next(b for b in window.statusBar().findChildren(QToolButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not feature.running()
    assert window.status.tasks() == []
    assert feature.jobs.wait(60000), "the worker must stop after its batch"
    changes: list[object] = []
    window.session.translationChanged.connect(changes.append)
    qtbot.wait(300)
    assert changes == [], "nothing may arrive after Cancel"
    translation = window.session.translation(PassageRole.ARTICLE)
    assert translation is None or not translation.complete
    assert "cancelled" in window.status.message()
    # Translating again completes the article.
    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE, timeout=60000)


def test_no_model_explains_what_to_install_and_opens_the_manager(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window, feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    # Opening quietly says what the document needs (the prompt's pair and the article's), without a dialog.
    qtbot.waitUntil(lambda: window.status.message() == "Needs Japanese → English and English → Japanese models")
    tooltip = window.status.message_label.toolTip()
    assert "needs Japanese → English (prompt) and English → Japanese (article) models" in tooltip
    assert feature.last_notice is None
    assert window.session.translation(PassageRole.PROMPT) is None

    assert feature.article_action.isEnabled()
    feature.article_action.trigger()
    qtbot.waitUntil(lambda: feature.last_notice is not None and feature.last_notice.isVisible())
    notice = feature.last_notice
    assert isinstance(notice, QMessageBox)
    assert notice.text() == "No English → Japanese model is installed."
    button = next(b for b in notice.findChildren(QPushButton) if b.text() == "Translation Models…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    manager = window.findChild(ModelManagerDialog)
    assert manager is not None
    qtbot.waitUntil(manager.isVisible)
    assert (manager.from_combo.currentData(), manager.to_combo.currentData()) == ("en", "ja")
    assert manager.empty_label.isVisible()
    assert window.session.translation(PassageRole.ARTICLE) is None
    assert window.status.tasks() == []


def test_selection_without_a_model_offers_the_manager(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    window, feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    document = window.session.document()
    assert document is not None
    start = document.article.text.index("WeChat")
    window.translateSelectionRequested.emit(PassageRole.ARTICLE, Span(start, start + 6), window.english_view)
    qtbot.waitUntil(feature.panel.manager_button.isVisible, timeout=30000)
    assert feature.dock.isVisible()
    assert feature.panel.warning_label.text().startswith("No English → Japanese model is installed.")
    assert not feature.panel.copy_button.isEnabled()
    qtbot.mouseClick(feature.panel.manager_button, Qt.MouseButton.LeftButton)
    manager = window.findChild(ModelManagerDialog)
    assert manager is not None and manager.isVisible()
    assert (manager.from_combo.currentData(), manager.to_combo.currentData()) == ("en", "ja")


def test_installing_a_model_translates_the_waiting_prompt(
    qtbot: QtBot, make_window: MakeWindow, tiny_packages: TinyPackages, sample_path: Path
) -> None:
    window, feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    qtbot.waitUntil(lambda: "needs Japanese → English (prompt)" in window.status.message_label.toolTip())
    manager = feature.open_manager(("ja", "en"))
    assert manager.download_row.isVisible()
    with qtbot.waitSignal(manager.modelsChanged, timeout=30000):
        manager.install_file(tiny_packages.path("ja", "en"))
    wait_complete(qtbot, window, PassageRole.PROMPT)


def test_removing_the_model_in_use_is_noticed(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    wait_complete(qtbot, window, PassageRole.PROMPT)
    manager = feature.open_manager()
    assert manager.select_pair("en", "ja")
    manager.remove(manager.selected_model())  # type: ignore[arg-type]
    feature.translate_article()
    qtbot.waitUntil(lambda: feature.last_notice is not None and feature.last_notice.isVisible(), timeout=30000)
    assert feature.last_notice is not None
    assert feature.last_notice.text() == "No English → Japanese model is installed."
    assert window.session.translation(PassageRole.ARTICLE) is None


def test_closing_the_window_during_a_translation_stops_the_worker(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny
) -> None:
    install_tiny("en", "ja")
    window, feature = translation_window(make_window)
    window.open_document(large_document(1500))
    feature.translate_article()
    qtbot.waitUntil(lambda: window.session.translation(PassageRole.ARTICLE) is not None, timeout=30000)
    window.close()
    assert not feature.running()
    assert window.status.tasks() == []
    # The window did not wait for the worker: cancelled, it stops by itself within a batch.
    qtbot.waitUntil(lambda: feature.jobs.wait(0), timeout=30000)


def test_without_models_each_empty_slot_names_its_pair_and_opens_the_manager(
    qtbot: QtBot, make_window: MakeWindow, sample_path: Path
) -> None:
    window, feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    # The sample needs ja→en for its prompt and en→ja for its article; the status bar names both.
    qtbot.waitUntil(lambda: "Japanese → English and English → Japanese" in window.status.message())
    assert "Japanese → English (prompt) and English → Japanese (article)" in window.status.message_label.toolTip()
    qtbot.waitUntil(lambda: "English → Japanese" in window.cjk_view.placeholder(PassageRole.ARTICLE)[0])
    text, action = window.cjk_view.placeholder(PassageRole.ARTICLE)
    assert "English → Japanese" in text and action == "Translation Models…"
    assert "English → Japanese" in window.cjk_view.document_text()
    assert "Not translated yet" not in window.cjk_view.document_text()
    button = window.cjk_view.placeholder_button(PassageRole.ARTICLE)
    assert button is not None and button.isVisible()
    text, _action = window.english_view.placeholder(PassageRole.PROMPT)
    assert "Japanese → English" in text
    button.click()
    dialog = feature.manager()
    assert dialog.isVisible()
    dialog.close()


def test_with_the_model_the_empty_slot_offers_to_translate(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, sample_path: Path
) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "ja")
    window, _feature = translation_window(make_window)
    _open(qtbot, window, sample_path)
    qtbot.waitUntil(lambda: window.cjk_view.placeholder(PassageRole.ARTICLE)[1] == "Translate")
    text, action = window.cjk_view.placeholder(PassageRole.ARTICLE)
    assert text.startswith("Not translated yet") and action == "Translate"
    button = window.cjk_view.placeholder_button(PassageRole.ARTICLE)
    assert button is not None
    button.click()
    wait_complete(qtbot, window, PassageRole.ARTICLE)


def test_translate_into_puts_the_chosen_language_in_the_second_column(
    qtbot: QtBot, make_window: MakeWindow, install_tiny: InstallTiny, tmp_path: Path
) -> None:
    install_tiny("ja", "en")
    install_tiny("en", "zh")
    path = tmp_path / "ja.txt"
    path.write_text("東京の天気は晴れで、気温は二十五度まで上がる見込みです。中国の規制当局はハイテク企業への取り締まりを強めている。",
                    encoding="utf-8")
    window, feature = translation_window(make_window)
    _open(qtbot, window, path)
    assert feature.target_lang(window.session.document().article) == "en"  # type: ignore[union-attr]
    choice = next(a for a in feature.target_actions.actions() if a.data() == "zh")
    choice.trigger()
    assert choice.isChecked()
    feature.translate_article()
    wait_complete(qtbot, window, PassageRole.ARTICLE, timeout=60000)
    translation = window.session.translation(PassageRole.ARTICLE)
    assert translation is not None and (translation.source_lang, translation.target_lang) == ("ja", "zh")
    assert translation.package.count("+") == 1  # through English: ja→en then en→zh
    assert window.session.side_lang(window.english_view.side) == "zh"
    assert "Chinese" in window.english_view.header_text()
    block = window.english_view.block(PassageRole.ARTICLE)
    assert block is not None and block.kind is BlockKind.MACHINE and block.lang == "zh"


def test_translate_into_is_remembered_for_the_document_between_runs(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, sample_path: Path
) -> None:
    from reader_app.ui.reading_store import ReadingStore
    from reader_app.ui.translation_feature import install

    library = tmp_path / "library.sqlite3"

    def window_with_store() -> tuple[MainWindow, TranslationFeature, ReadingStore]:
        window = make_window()
        store = ReadingStore(window, library_path=library)
        install(window)
        feature = window.feature(TranslationFeature)
        assert feature is not None
        return window, feature, store

    window, feature, store = window_with_store()
    _open(qtbot, window, sample_path)
    assert feature.chosen_target() is None
    feature.set_chosen_target("zh")
    assert store.state() is not None and store.state().target_lang == "zh"  # type: ignore[union-attr]
    store.flush()
    window.close()

    again, feature, store = window_with_store()
    _open(qtbot, again, sample_path)
    assert feature.chosen_target() == "zh"
    checked = next(a for a in feature.target_actions.actions() if a.isChecked())
    assert checked.data() == "zh"
    article = again.session.document().article  # type: ignore[union-attr]
    assert feature.target_lang(article) == "zh"
    # Back to the default is remembered too.
    feature.set_chosen_target(None)
    store.flush()
    again.close()
    third, feature, _store = window_with_store()
    _open(qtbot, third, sample_path)
    assert feature.chosen_target() is None
