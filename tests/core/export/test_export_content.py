"""ExportContent: what every format shows, built from the document, the reading state and the facts."""

from __future__ import annotations

from reader_app.core.document import PassageRole
from reader_app.core.export.content import build_content
from reader_app.core.facts.model import FactKind
from reader_app.core.summary import summarize


def test_summary_follows_the_state_length_and_carries_translations(annotated):
    content = build_content(annotated.document, annotated.state, annotated.facts)
    expected = summarize(annotated.document.article, 3, annotated.facts)
    assert tuple(s.index for s in content.summary) == expected.indices
    assert [s.text for s in content.summary] == [s.text for s in expected.sentences]
    assert [s.translation for s in content.summary] == [f"[ja {s.index}] 訳文{s.index}" for s in expected.sentences]
    assert content.total_sentences == len(annotated.document.article.sentences)
    assert content.prompt == "もっと詳しく"
    assert content.prompt_translation == "[en 0] 訳文0"


def test_facts_are_grouped_by_kind_with_entities_by_canonical_name(annotated):
    content = build_content(annotated.document, annotated.state, annotated.facts)
    assert content.facts == ((FactKind.COUNT, ("Tencent’",)), (FactKind.ORG, ("WeChat", "Didi Chuxing")))
    assert content.pinned_facts == ((FactKind.ORG, "WeChat"),)


def test_highlights_in_document_order_with_sentence_translation_and_orphans_kept(annotated):
    content = build_content(annotated.document, annotated.state, annotated.facts)
    quotes = [h.quote for h in content.highlights]
    assert quotes == ["no longer here", "WeChat", "Didi"]
    orphan, wechat, didi = content.highlights
    assert orphan.orphan and orphan.note == "orphaned note"
    article = annotated.document.article
    assert not wechat.orphan
    assert wechat.context == article.sentence_text(0)
    assert wechat.counterpart == "[ja 0] 訳文0"
    didi_sentence = next(i for i, text in enumerate(article.sentence_texts()) if "Didi to stop" in text)
    assert didi.context == article.sentence_text(didi_sentence)


def test_session_translations_win_and_reach_the_saved_state(annotated):
    from reader_app.core.translated import PassageTranslation, SentenceTranslation

    article = annotated.document.article
    fresh = PassageTranslation(
        PassageRole.ARTICLE, "en", "zh", "en-zh", tuple(SentenceTranslation("新") for _ in article.sentences)
    )
    content = build_content(annotated.document, annotated.state, annotated.facts, translations=[fresh])
    assert {s.translation for s in content.summary} == {"新"}
    assert content.state.translation(PassageRole.ARTICLE) == fresh


def test_plain_document_gets_default_summary_and_no_highlights(chinese):
    content = build_content(chinese, facts=[])
    assert len(content.summary) == 3
    assert content.highlights == ()
    assert content.summary_edit is None
    assert content.article_lang == "zh"


def test_summary_edit_replaces_the_extracted_text(annotated):
    state = annotated.state.with_summary_edit("My own summary.")
    content = build_content(annotated.document, state, annotated.facts)
    assert content.summary_text == "My own summary."
