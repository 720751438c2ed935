"""Clicking a fact deep in a tall paragraph brings the mention itself into view, with the columns' rows aligned
(the other column, scrolled to the counterpart, must not drag the clicked mention off screen)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.core.facts.model import FactKind
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui import facts_feature
from reader_app.ui.facts_feature import FactsFeature
from reader_app.ui.main_window import MainWindow
from reader_app.ui.reading_layout_feature import install as install_layouts

MakeWindow = Callable[..., MainWindow]
FILLER = "当局称，皮尔斯堡附近的西班牙湖乡村俱乐部发生龙卷风，当地房屋被毁，居民正在清理倒塌的树木和电线。"
LAST = "米尔顿飓风已造成至少16人死亡。"


def test_the_clicked_mention_is_in_view(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(900, 500)
    install_layouts(window)
    facts_feature.install(window)
    controller = window.feature(FactsFeature)
    assert controller is not None
    text = "\n\n".join(["飓风横扫佛罗里达州。"] * 6 + [FILLER * 14 + LAST] + ["飓风横扫佛罗里达州。"] * 6)
    document = document_from_text(text)
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.open_document(document)
    sentences = [document.article.sentence_text(i) for i in range(len(document.article.sentences))]
    english = tuple(
        SentenceTranslation("Hurricane Milton has killed at least 16 people." if s == LAST else "It went on.")
        for s in sentences
    )
    with qtbot.waitSignal(controller.extracted, timeout=30000):
        window.session.set_translation(PassageTranslation(PassageRole.ARTICLE, "zh", "en", "made up", english))
    qtbot.waitUntil(lambda: not any(view.rendering() for view in window.views()), timeout=30000)
    item = next(i for i in controller.model.items() if i.kind is FactKind.COUNT and "16" in i.label)
    view = window.cjk_view
    assert view.editor.verticalScrollBar().maximum() > 0
    controller.show_item(item)
    qtbot.wait(200)  # the aligned column follows from the event loop too

    def in_view() -> bool:
        rect = view.sentence_rect(PassageRole.ARTICLE, sentences.index(LAST))
        return rect is not None and rect.top() >= 0 and rect.bottom() <= view.editor.viewport().height()

    qtbot.waitUntil(in_view, timeout=30000)
    marked = window.english_view.flashed_span()
    assert marked is not None
