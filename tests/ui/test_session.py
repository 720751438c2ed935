"""ReaderSession decides which side shows which passage: originals, machine translations, placeholders."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader_app.core.document import PassageRole
from reader_app.core.loading import document_from_text
from reader_app.core.translated import PassageTranslation, SentenceTranslation
from reader_app.ui.session import BlockKind, ReaderSession, Side, side_language_label

SAMPLE_SHAPE = "もっと詳しく\n\nMarkets rose on Monday. Investors cheered the news."


def _kinds(session: ReaderSession, side: Side) -> list[tuple[PassageRole, BlockKind]]:
    return [(block.role, block.kind) for block in session.blocks(side)]


def test_prompt_left_article_right_with_placeholders(qtbot: QtBot) -> None:
    session = ReaderSession()
    session.set_document(document_from_text(SAMPLE_SHAPE))
    assert _kinds(session, Side.CJK) == [
        (PassageRole.PROMPT, BlockKind.ORIGINAL),
        (PassageRole.ARTICLE, BlockKind.PLACEHOLDER),
    ]
    assert _kinds(session, Side.ENGLISH) == [
        (PassageRole.PROMPT, BlockKind.PLACEHOLDER),
        (PassageRole.ARTICLE, BlockKind.ORIGINAL),
    ]
    assert session.cjk_lang() == "ja"
    assert session.language_pair() == "Japanese ⇄ English"
    assert not session.is_aligned(PassageRole.ARTICLE)


def test_translation_fills_the_missing_side_and_aligns(qtbot: QtBot) -> None:
    session = ReaderSession()
    session.set_document(document_from_text(SAMPLE_SHAPE))
    translation = PassageTranslation(
        PassageRole.ARTICLE, "en", "ja", "en→ja", (SentenceTranslation("市場は上昇した。"), None)
    )
    with qtbot.waitSignal(session.translationChanged) as changed:
        session.set_translation(translation)
    assert changed.args == [PassageRole.ARTICLE]
    block = session.block(Side.CJK, PassageRole.ARTICLE)
    assert block is not None and block.kind is BlockKind.MACHINE and block.lang == "ja"
    assert block.passage is not None and block.passage.sentence_text(0) == "市場は上昇した。"
    assert len(block.passage.sentences) == 2
    assert session.is_aligned(PassageRole.ARTICLE)
    assert not session.is_aligned(PassageRole.PROMPT)


def test_new_document_drops_translations(qtbot: QtBot) -> None:
    session = ReaderSession()
    session.set_document(document_from_text(SAMPLE_SHAPE))
    session.set_translation(PassageTranslation(PassageRole.PROMPT, "ja", "en", "ja→en", (SentenceTranslation("More"),)))
    session.set_document(document_from_text("中国的经济增长放缓。"))
    assert session.translation(PassageRole.PROMPT) is None
    assert _kinds(session, Side.ENGLISH) == [(PassageRole.ARTICLE, BlockKind.PLACEHOLDER)]
    assert session.language_pair() == "Chinese (Simplified) ⇄ English"


def test_translation_of_a_missing_passage_is_ignored(qtbot: QtBot) -> None:
    session = ReaderSession()
    session.set_document(document_from_text("Markets rose. Investors cheered."))
    session.set_translation(PassageTranslation(PassageRole.PROMPT, "ja", "en", "x", (SentenceTranslation("x"),)))
    assert session.translation(PassageRole.PROMPT) is None


def test_english_only_document_names_no_cjk_language(qtbot: QtBot) -> None:
    session = ReaderSession()
    session.set_document(document_from_text("Markets rose. Investors cheered."))
    assert session.cjk_lang() is None
    assert session.language_pair() == "English"
    assert _kinds(session, Side.CJK) == [(PassageRole.ARTICLE, BlockKind.PLACEHOLDER)]
    session.set_translation(
        PassageTranslation(PassageRole.ARTICLE, "en", "zh", "en→zh", (SentenceTranslation("市场上涨。"), None))
    )
    assert session.cjk_lang() == "zh"
    assert side_language_label(session.side_lang(Side.CJK)) == "简体中文 · Chinese (Simplified)"


def test_blocks_reuse_the_translated_passage_until_it_changes(qtbot: QtBot) -> None:
    session = ReaderSession()
    session.set_document(document_from_text(SAMPLE_SHAPE))
    pending = (SentenceTranslation("市場は上昇した。"), None)
    first = PassageTranslation(PassageRole.ARTICLE, "en", "ja", "en→ja", pending)
    session.set_translation(first)
    shown = session.block(Side.CJK, PassageRole.ARTICLE)
    again = session.block(Side.CJK, PassageRole.ARTICLE)
    assert shown is not None and again is not None and shown.passage is again.passage
    session.set_translation(first.with_sentence(1, SentenceTranslation("投資家は歓迎した。")))
    updated = session.block(Side.CJK, PassageRole.ARTICLE)
    assert updated is not None and updated.passage is not None
    assert updated.passage.sentence_text(1) == "投資家は歓迎した。"


def test_a_japanese_prompt_over_a_chinese_article_is_a_chinese_side(qtbot: QtBot) -> None:
    session = ReaderSession()
    session.set_document(document_from_text("もっと詳しく\n\n腾讯旗下的微信周二表示，暂停新用户注册。微信拥有超过12亿月活跃用户。"))
    assert session.cjk_lang() == "zh"
    assert side_language_label(session.side_lang(Side.CJK)) == "简体中文 · Chinese (Simplified)"
    assert session.language_pair() == "Chinese (Simplified) ⇄ English"
    assert [block.lang for block in session.blocks(Side.CJK)] == ["ja", "zh"]  # each block keeps its own font
