"""The sample loads with a Japanese prompt and an English article."""

from pathlib import Path

from reader_app.core.loading import load_document


def test_sample_has_japanese_prompt_and_english_article(sample_path: Path) -> None:
    document = load_document(sample_path)
    assert document.prompt is not None
    assert document.prompt.text == "もっと詳しく"
    assert document.prompt.lang == "ja"
    assert document.article.lang == "en"
    assert document.article.sentence_text(0).startswith("Tencent’s WeChat said on Tuesday")
