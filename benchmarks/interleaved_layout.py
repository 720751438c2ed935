"""The interleaved layout on a long translated document, against the side-by-side layout in the same run.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/interleaved_layout.py [--paragraphs 6000]

Measures, for each layout: the time from choosing it to its first paint, the longest gap in the event loop while
it lays the document in (how long the window could not answer), and the time a hover takes to tint its sentence
and the counterpart (the mean over sentences on screen). Prints the interleaved figures as ratios of the
side-by-side ones. The translation is made up (no model is needed); facts are tinted as the facts feature would.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QTextEdit

PARAGRAPH = "腾讯旗下的微信周二表示，暂停新用户注册，以配合相关法律法规。公司预计在八月初完成升级，届时将恢复注册服务。"
TRANSLATION = (
    "Tencent's WeChat said on Tuesday it was suspending new user registration to comply with the relevant laws.",
    "The company expects to finish the upgrade in early August, when registration will resume.",
)


def _gaps_while(app: QApplication, done: object, limit_s: float = 120.0) -> float:
    """Run the event loop until `done()`; the longest time between two turns of a 1 ms timer, in seconds."""
    ticks: list[float] = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    deadline = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    timer.stop()
    ticks.append(time.perf_counter())
    return max(b - a for a, b in itertools.pairwise(ticks))


def _hover_ms(app: QApplication, edit: QTextEdit, rounds: int = 40) -> float:
    viewport = edit.viewport()
    times = []
    for i in range(rounds):
        point = QPoint(viewport.width() // 2 - 100 + (i % 5) * 40, 30 + (i * 37) % max(40, viewport.height() - 60))
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                            Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        started = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        for _ in range(3):
            app.processEvents()  # the coalesced tinting
        times.append(time.perf_counter() - started)
    return statistics.mean(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=6000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from reader_app.core.document import PassageRole, Span
    from reader_app.core.facts.model import FactKind
    from reader_app.core.loading import document_from_text
    from reader_app.core.translated import PassageTranslation, SentenceTranslation
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.reading_layout_feature import Layout
    from reader_app.ui.reading_layout_feature import install as install_layouts
    from reader_app.ui.session import ReaderSession
    from reader_app.ui.settings import Settings

    text = "\n\n".join(PARAGRAPH for _ in range(args.paragraphs))
    document = document_from_text(text, title="long")
    sentences = document.article.sentences
    translation = PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "made up",
        tuple(SentenceTranslation(TRANSLATION[i % 2]) for i in range(len(sentences))),
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(ReaderSession(), Settings.at(Path(folder) / "s.ini"))
        window.resize(1200, 800)
        window.show()
        layouts = install_layouts(window)
        window.open_document(document)
        window.session.set_translation(translation)
        _gaps_while(app, lambda: not any(view.rendering() for view in window.views()))
        start = 0
        facts = []
        while (found := text.find("微信", start)) >= 0:
            facts.append((Span(found, found + 2), FactKind.ORG))
            start = found + 2
        window.cjk_view.set_fact_spans(PassageRole.ARTICLE, facts)
        results = {}
        for layout in (Layout.SIDE_BY_SIDE, Layout.INTERLEAVED):
            layouts.set_layout(Layout.ORIGINAL_ONLY, remember=False)
            for _ in range(10):
                app.processEvents()
            started = time.perf_counter()
            layouts.set_layout(layout, remember=False)
            app.processEvents()
            edit = layouts.interleaved.editor if layout is Layout.INTERLEAVED else window.cjk_view.editor
            edit.viewport().repaint()
            first_paint = time.perf_counter() - started
            gap = _gaps_while(app, lambda: not layouts.interleaved.rendering())
            results[layout] = (first_paint * 1000, gap * 1000, _hover_ms(app, edit))
        window.close()
    print(f"{len(text):,} characters, {len(sentences):,} sentences")
    print(f"{'layout':<14}{'first paint ms':>16}{'longest gap ms':>16}{'hover ms':>10}")
    for layout, (paint, gap, hover) in results.items():
        print(f"{layout.value:<14}{paint:>16.1f}{gap:>16.1f}{hover:>10.2f}")
    side, inter = results[Layout.SIDE_BY_SIDE], results[Layout.INTERLEAVED]
    print("interleaved / side by side: " + ", ".join(
        f"{name} {b / a:.2f}×" for name, a, b in zip(("first paint", "longest gap", "hover"), side, inter, strict=True)
    ))  # fmt: skip


if __name__ == "__main__":
    main()
