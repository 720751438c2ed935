"""Screenshots of the reading layouts (side by side, interleaved, original only) in light and dark, for docs/.

Run: QT_QPA_PLATFORM=offscreen python tools/layout_screenshots.py docs/
The translation shown is written out below (adapted from Wikipedia, CC BY-SA 4.0), published to the session as a
translation would be, so the pictures need no model.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader_app.core.document import PassageRole
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation

ARTICLE = (
    "港珠澳大桥开通仪式23日在广东珠海举行。大桥连接香港、珠海和澳门，全长55公里。\n\n"
    "港珠澳大桥于2009年12月动工，是世界上最长的跨海大桥。它包括三座斜拉桥、一条海底隧道和四座人工岛。\n\n"
    "大桥的设计使用寿命为120年，可以抵御8级地震和16级台风。\n\n"
    "大桥通车后，从香港到珠海的车程由约4小时缩短至约45分钟。"
)
ENGLISH = (
    "The opening ceremony of the Hong Kong–Zhuhai–Macau Bridge was held in Zhuhai, Guangdong, on the 23rd.",
    "The bridge links Hong Kong, Zhuhai and Macau and is 55 kilometres long.",
    "Construction of the bridge began in December 2009, and it is the longest sea crossing in the world.",
    "It consists of three cable-stayed bridges, an undersea tunnel and four artificial islands.",
    "The bridge is designed to last 120 years and to withstand magnitude 8 earthquakes and force 16 typhoons.",
    "Since it opened, the drive from Hong Kong to Zhuhai has fallen from about four hours to about 45 minutes.",
)


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    from reader_app.ui.main_window import MainWindow
    from reader_app.ui.reading_layout_feature import Layout, ReadingLayoutFeature
    from reader_app.ui.reading_layout_feature import install as install_layouts
    from reader_app.ui.session import ReaderSession
    from reader_app.ui.settings import Settings

    document = document_from_text(ARTICLE, title="港珠澳大桥正式开通")
    assert len(document.article.sentences) == len(ENGLISH), document.article.sentence_texts()
    translation = PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "illustration", tuple(SentenceTranslation(text) for text in ENGLISH)
    )
    with tempfile.TemporaryDirectory() as folder:
        for theme in ("light", "dark"):
            window = MainWindow(ReaderSession(), Settings.at(Path(folder) / f"{theme}.ini"))
            window.resize(1200, 640)
            window.set_theme(theme)
            install_layouts(window)
            window.show()
            window.open_document(document)
            window.session.set_translation(translation)
            feature = window.feature(ReadingLayoutFeature)
            assert feature is not None
            for layout in Layout:
                feature.set_layout(layout)
                for _ in range(20):
                    app.processEvents()
                window.grab().save(str(out / f"layout-{layout.value}-{theme}.png"))
            window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
