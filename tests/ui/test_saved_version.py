"""Opening a saved `.json` next to the library's work on the same document: newer work wins, whole state; an older
file is offered, never applied without asking; choosing it is undoable."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader_app.core import saved_file
from reader_app.core.document import PassageRole, Span
from reader_app.core.facts.model import FactKind
from reader_app.core.library import Library
from reader_app.core.reading_state import PinnedFact, ReadingState, text_hash
from reader_app.ui import annotations_feature
from reader_app.ui.annotations_feature import AnnotationsFeature
from reader_app.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
PIN_QUOTE = "1.2 billion monthly active users"


@pytest.fixture(autouse=True)
def own_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data


@pytest.fixture
def opened(make_window: MakeWindow, wait_open: Callable[[MainWindow, Path], None], sample_path: Path) -> tuple:
    window = make_window()
    annotations_feature.install(window)
    feature = window.feature(annotations_feature.AnnotationsFeature)
    assert feature is not None
    wait_open(window, sample_path)
    return window, feature


def _span(window: MainWindow, quote: str) -> Span:
    text = window.session.document().article.text
    start = text.index(quote)
    return Span(start, start + len(quote))


def _highlight(window: MainWindow, feature: AnnotationsFeature, quote: str, note: str = "") -> str:
    placed = feature.highlight(window.english_view, PassageRole.ARTICLE, _span(window, quote), "yellow")
    assert placed is not None
    if note:
        feature.store.update(lambda s: s.with_highlight(placed.with_note(note)))
    return placed.id


def _stored(window: MainWindow) -> ReadingState:
    library = Library()
    try:
        state = library.state(text_hash(window.session.document()))
    finally:
        library.close()
    assert state is not None
    return state


def _open_saved(qtbot: QtBot, feature: AnnotationsFeature, path: Path) -> None:
    with qtbot.waitSignal(feature.store.stateReset, timeout=30000):
        assert feature.open_saved_file(path)


def _newer_work(window: MainWindow, feature: AnnotationsFeature, softbank: str) -> None:
    """Work after the file was saved: edit the summary, pin a fact, delete a highlight, add a note."""
    pin = PinnedFact(FactKind.COUNT, PassageRole.ARTICLE, _span(window, PIN_QUOTE), PIN_QUOTE)
    feature.store.update(lambda s: s.with_summary_edit("My own wording.").with_pin(pin))
    feature.delete(softbank)
    _highlight(window, feature, "Didi", note="ride-hailing")
    feature.store.flush()


def _summary(state: ReadingState | None) -> tuple[object, ...]:
    assert state is not None
    highlights = sorted((h.quote, h.note) for h in state.highlights)
    return (state.summary_edit, [p.text for p in state.pinned_facts], highlights)


NEWER = ("My own wording.", [PIN_QUOTE], [("Didi", "ride-hailing")])
SAVED = (None, [], [("SoftBank", "")])


def test_an_older_saved_file_keeps_the_newer_work_and_offers_its_own(
    qtbot: QtBot, opened: tuple, tmp_path: Path
) -> None:
    window, feature = opened
    softbank = _highlight(window, feature, "SoftBank")
    saved = tmp_path / "a.json"
    assert feature.save_annotated(saved)
    _newer_work(window, feature, softbank)
    newer = feature.store.state()
    modified_before = _stored(window).modified

    _open_saved(qtbot, feature, saved)

    assert _summary(feature.store.state()) == NEWER  # nothing rolled back
    assert _stored(window).modified >= modified_before
    assert feature.saved_version_offered()
    bar = feature.saved_version_bar
    assert "a.json" in bar.message.text() and "older" in bar.message.text()
    window.grab().save(str(tmp_path / "offer.png"))

    qtbot.mouseClick(bar.use_button, Qt.MouseButton.LeftButton)
    chosen = feature.store.state()
    assert _summary(chosen) == SAVED
    assert chosen is not None and newer is not None and chosen.revision > newer.revision  # the newest revision now
    assert not feature.saved_version_offered()
    feature.store.flush()
    assert _summary(_stored(window)) == SAVED
    assert _stored(window).modified >= modified_before

    feature.undo_action.trigger()
    restored = feature.store.state()
    assert _summary(restored) == NEWER
    assert restored is not None and restored.revision > chosen.revision
    feature.store.flush()
    assert _summary(_stored(window)) == NEWER
    feature.redo_action.trigger()
    assert _summary(feature.store.state()) == SAVED


def test_keep_latest_closes_the_offer_and_changes_nothing(qtbot: QtBot, opened: tuple, tmp_path: Path) -> None:
    window, feature = opened
    softbank = _highlight(window, feature, "SoftBank")
    saved = tmp_path / "a.json"
    assert feature.save_annotated(saved)
    _newer_work(window, feature, softbank)
    _open_saved(qtbot, feature, saved)
    qtbot.mouseClick(feature.saved_version_bar.keep_button, Qt.MouseButton.LeftButton)
    assert not feature.saved_version_offered()
    assert _summary(feature.store.state()) == NEWER


def test_a_newer_saved_file_replaces_the_librarys_state(qtbot: QtBot, opened: tuple, tmp_path: Path) -> None:
    window, feature = opened
    _highlight(window, feature, "SoftBank")
    feature.store.flush()
    document = window.session.document()
    library_state = feature.store.state()
    assert library_state is not None
    # The same document worked on further elsewhere (another machine) and saved there.
    elsewhere = library_state.with_summary_edit("Written elsewhere.").without_highlight(library_state.highlights[0].id)
    newer = tmp_path / "newer.json"
    saved_file.save(newer, elsewhere, document)

    _open_saved(qtbot, feature, newer)

    assert _summary(feature.store.state()) == ("Written elsewhere.", [], [])
    assert not feature.saved_version_offered()
    feature.store.flush()
    assert _stored(window).revision >= elsewhere.revision
    assert _summary(_stored(window)) == ("Written elsewhere.", [], [])


def test_the_same_revision_is_opened_without_a_word(qtbot: QtBot, opened: tuple, tmp_path: Path) -> None:
    window, feature = opened
    _highlight(window, feature, "SoftBank")
    saved = tmp_path / "a.json"
    assert feature.save_annotated(saved)
    before = feature.store.state()
    _open_saved(qtbot, feature, saved)
    assert feature.store.state() == before
    assert not feature.saved_version_offered()


def test_different_work_of_the_same_revision_is_not_replaced_without_asking(
    qtbot: QtBot, opened: tuple, tmp_path: Path
) -> None:
    window, feature = opened
    _highlight(window, feature, "SoftBank")
    feature.store.flush()
    state, document = feature.store.state(), window.session.document()
    assert state is not None
    here = state.with_summary_edit("Written here.")
    feature.store.set_state(here)
    feature.store.flush()
    other = tmp_path / "other.json"
    saved_file.save(other, state.with_summary_edit("Written elsewhere."), document)  # same revision, other work

    _open_saved(qtbot, feature, other)

    assert feature.store.state() is not None and feature.store.state().summary_edit == "Written here."
    assert feature.saved_version_offered()
    assert "different work" in feature.saved_version_bar.message.text()
    feature.use_saved_version()
    assert feature.store.state().summary_edit == "Written elsewhere."


def test_a_file_from_before_revisions_never_replaces_library_work(
    qtbot: QtBot, opened: tuple, tmp_path: Path
) -> None:
    window, feature = opened
    softbank = _highlight(window, feature, "SoftBank")
    old = tmp_path / "old.json"
    assert feature.save_annotated(old)
    data = json.loads(old.read_text(encoding="utf-8"))
    data["version"] = 1  # as the first format wrote it: no revision
    del data["state"]["revision"]
    old.write_text(json.dumps(data), encoding="utf-8")
    _newer_work(window, feature, softbank)

    _open_saved(qtbot, feature, old)

    assert _summary(feature.store.state()) == NEWER
    assert feature.saved_version_offered()
    feature.use_saved_version()
    assert _summary(feature.store.state()) == SAVED


def test_save_as_over_a_file_with_newer_work_asks_first(
    qtbot: QtBot, opened: tuple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, feature = opened
    _highlight(window, feature, "SoftBank")
    state, document = feature.store.state(), window.session.document()
    assert state is not None
    newer = tmp_path / "newer.json"
    saved_file.save(newer, state.with_summary_edit("Written elsewhere.").with_summary_length(2), document)
    body = newer.read_bytes()
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not feature.save_annotated(newer)
    assert newer.read_bytes() == body and "newer work" in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert feature.save_annotated(newer)
    assert saved_file.load(newer)[1].summary_edit is None


def test_two_windows_on_one_document_never_save_over_each_other_unasked(
    qtbot: QtBot, make_window: MakeWindow, wait_open: Callable[[MainWindow, Path], None], sample_path: Path
) -> None:
    windows = []
    for _ in range(2):  # as two instances of the app on one library
        window = make_window()
        annotations_feature.install(window)
        wait_open(window, sample_path)
        windows.append((window, window.feature(AnnotationsFeature)))
    (first, first_feature), (second, second_feature) = windows
    _highlight(first, first_feature, "SoftBank")
    first_feature.store.flush()
    assert [h.quote for h in _stored(first).highlights] == ["SoftBank"]

    _highlight(second, second_feature, "TikTok")  # made without knowing of SoftBank
    second_feature.store.flush()
    qtbot.waitUntil(lambda: second_feature.store.changed_elsewhere is not None, timeout=30000)
    assert [h.quote for h in _stored(first).highlights] == ["SoftBank"]  # not rolled back
    bar = second_feature.saved_version_bar
    assert not bar.isHidden() and "another window" in bar.message.text().lower()
    assert second_feature.saved_label.text() == "Not saved: changed in another window"
    _highlight(second, second_feature, "Didi")
    second_feature.store.flush()
    assert [h.quote for h in _stored(first).highlights] == ["SoftBank"]

    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)  # "Show the Other Work"
    assert [h.quote for h in second_feature.store.state().highlights] == ["SoftBank"]
    assert second_feature.saved_version_offered() and "set aside" in bar.message.text()
    qtbot.mouseClick(bar.use_button, Qt.MouseButton.LeftButton)  # "Use This Window's Version"
    assert sorted(h.quote for h in second_feature.store.state().highlights) == ["Didi", "TikTok"]
    second_feature.store.flush()
    assert sorted(h.quote for h in _stored(second).highlights) == ["Didi", "TikTok"]
    second_feature.undo_action.trigger()
    second_feature.store.flush()
    assert [h.quote for h in _stored(second).highlights] == ["SoftBank"]

    _highlight(first, first_feature, "Tencent")  # the first window is now the one behind
    first_feature.store.flush()
    qtbot.waitUntil(lambda: first_feature.store.changed_elsewhere is not None, timeout=30000)
    qtbot.mouseClick(first_feature.saved_version_bar.use_button, Qt.MouseButton.LeftButton)  # "Keep This Window's"
    first_feature.store.flush()
    assert sorted(h.quote for h in _stored(first).highlights) == ["SoftBank", "Tencent"]
    assert first_feature.store.changed_elsewhere is None


def test_reopening_the_last_file_at_start_up_shows_the_newest_work_without_asking(
    qtbot: QtBot, opened: tuple, tmp_path: Path, make_window: MakeWindow
) -> None:
    window, feature = opened
    softbank = _highlight(window, feature, "SoftBank")
    saved = tmp_path / "a.json"
    assert feature.save_annotated(saved)
    assert feature.open_saved_file(saved)
    _newer_work(window, feature, softbank)
    window.close()

    for named in (None, saved):  # the last file reopened, then the same file named on the command line
        again = make_window(window_settings=window.settings)
        annotations_feature.install(again)
        again_feature = again.feature(AnnotationsFeature)
        assert again.startup_path(named) == saved
        with qtbot.waitSignal(again_feature.store.stateReset, timeout=30000):
            again.open_startup(named)
        assert _summary(again_feature.store.state()) == NEWER
        if named is None:
            assert not again_feature.saved_version_offered()
            assert "Reopened with your latest changes" in again.status.message()
        else:  # the reader asked for that file: its older version is offered
            assert again_feature.saved_version_offered()
        again.close()
