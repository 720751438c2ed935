"""Screenshots of the reading layouts (side by side, interleaved, original only) in light and dark, for docs/.

Run: QT_QPA_PLATFORM=offscreen python tools/layout_screenshots.py docs/
The translation shown is written out below (adapted from Wikipedia, CC BY-SA 4.0), published to the session as a
translation would be, so the pictures need no model. Each picture has the key facts tinted and two highlights (one
on each side); the interleaved one also shows pinyin and the hovered sentence with its translation.
"""

from __future__ import annotations

import os
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


def _settle(app: QApplication, window: object, rounds: int = 40) -> None:
    from reader_app.ui.app import _wait_until_idle

    _wait_until_idle(window, 60.0)  # type: ignore[arg-type]
    for _ in range(rounds):
        app.processEvents()


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):  # the highlight goes to a throwaway library
            os.environ[name] = str(Path(folder) / name.lower())
        _shoot(out, Path(folder))


def _shoot(out: Path, folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    from reader_app.core.document import Span
    from reader_app.ui.annotations_feature import AnnotationsFeature
    from reader_app.ui.app import create_window
    from reader_app.ui.dictionary_feature import DictionaryFeature
    from reader_app.ui.reading_layout_feature import Layout, ReadingLayoutFeature
    from reader_app.ui.settings import Settings

    document = document_from_text(ARTICLE, title="港珠澳大桥正式开通")
    assert len(document.article.sentences) == len(ENGLISH), document.article.sentence_texts()
    translation = PassageTranslation(
        PassageRole.ARTICLE, "zh", "en", "illustration", tuple(SentenceTranslation(text) for text in ENGLISH)
    )
    for theme in ("light", "dark"):
        os.environ["XDG_DATA_HOME"] = str(folder / theme)  # a library of its own: nothing "restored" in the picture
        settings = Settings.at(folder / f"{theme}.ini")
        settings.theme = theme
        settings.set_highlight_name("yellow", "key number")
        window = create_window(settings)
        window.resize(1200, 640)
        window.show()
        window.open_document(document)
        window.session.set_translation(translation)
        _settle(app, window)
        annotations = window.feature(AnnotationsFeature)
        dictionary = window.feature(DictionaryFeature)
        feature = window.feature(ReadingLayoutFeature)
        assert annotations is not None and dictionary is not None and feature is not None
        quote = "全长55公里"
        start = ARTICLE.index(quote)
        annotations.highlight(window.cjk_view, PassageRole.ARTICLE, Span(start, start + len(quote)), "yellow")
        quote = "an undersea tunnel"
        english = window.english_view.passage(PassageRole.ARTICLE)
        assert english is not None
        start = english.text.index(quote)
        annotations.highlight(window.english_view, PassageRole.ARTICLE, Span(start, start + len(quote)), "green")
        for layout in Layout:
            feature.set_layout(layout)
            dictionary.pinyin_action.setChecked(layout is not Layout.ORIGINAL_ONLY)
            _settle(app, window)
            if layout is Layout.INTERLEAVED:  # the hovered sentence and its translation, as the mouse shows them
                view = window.cjk_view
                view.hover_sentence((PassageRole.ARTICLE, 2))
                _settle(app, window, 10)
            window.grab().save(str(out / f"layout-{layout.value}-{theme}.png"))
            window.cjk_view.hover_sentence(None)
        window.close()
        app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
