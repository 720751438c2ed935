"""Loading .txt and .md files and pasted text into documents, and refusing bad input with a clear message."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from cjk_samples import JAPANESE, SIMPLIFIED, TRADITIONAL
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.document import PassageRole
from reader_app.core.loading import MAX_FILE_BYTES, LoadError, document_from_text, load_bytes, load_document

ARTICLE = (
    "Tencent’s WeChat said on Tuesday it is temporarily suspending registration of new users in China. "
    "The move comes amid a broad crackdown on tech firms.\n\n"
    "Earlier this month, China’s cybersecurity regulator ordered Didi to stop signing up new users."
)


def test_the_sample_has_a_japanese_prompt_and_an_english_article(sample_path: Path) -> None:
    document = load_document(sample_path)
    assert document.prompt is not None
    assert document.prompt.text == "もっと詳しく"
    assert document.prompt.lang == "ja"
    assert document.prompt.role is PassageRole.PROMPT
    assert document.prompt.sentence_texts() == ["もっと詳しく"]
    article = document.article
    assert article.lang == "en"
    assert article.sentence_text(0).startswith("Tencent’s WeChat said on Tuesday")
    assert article.sentence_texts()[-1].endswith("the regulator accused.")
    assert len(article.sentences) == 14
    assert document.source == sample_path
    assert document.title.startswith("Tencent’s WeChat said on Tuesday")
    assert len(document.title) <= 81


@pytest.mark.parametrize("prompt", ["もっと詳しく", "请总结这篇文章。", "請用中文解釋。"])
def test_short_cjk_first_paragraph_is_the_prompt(prompt: str) -> None:
    document = document_from_text(f"{prompt}\n\n{ARTICLE}")
    assert document.prompt is not None and document.prompt.text == prompt
    assert document.article.text == ARTICLE
    assert document.article.lang == "en"


def test_a_japanese_prompt_over_a_chinese_article_is_the_prompt() -> None:
    document = document_from_text(f"もっと詳しく\n\n{SIMPLIFIED}\n")
    assert document.prompt is not None and document.prompt.text == "もっと詳しく"
    assert document.prompt.lang == "ja"
    assert document.article.text == SIMPLIFIED
    assert document.article.lang == "zh"  # not "ja" because of the prompt's kana


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,  # no prompt
        "Tell me more\n\n" + ARTICLE,  # English first paragraph
        "もっと詳しく" * 40 + "\n\n" + ARTICLE,  # too long for a prompt
        "もっと詳しく\n" + ARTICLE,  # no blank line
    ],
)
def test_otherwise_the_whole_file_is_the_article(text: str) -> None:
    document = document_from_text(text)
    assert document.prompt is None
    assert document.article.text == text.strip()


@pytest.mark.parametrize(("text", "lang"), [(SIMPLIFIED, "zh"), (TRADITIONAL, "zh-Hant"), (JAPANESE, "ja")])
def test_a_mostly_cjk_file_is_a_cjk_article(tmp_path: Path, text: str, lang: str) -> None:
    headline = {"zh": "微信暂停新用户注册", "zh-Hant": "微信暫停新用戶註冊", "ja": "微信、新規登録を停止"}[lang]
    path = tmp_path / "cjk.txt"
    path.write_text(f"{headline}\n\n{text}\n", encoding="utf-8")
    document = load_document(path)
    assert document.prompt is None
    assert document.article.lang == lang
    assert document.article.text == f"{headline}\n\n{text}"
    assert document.article.sentence_texts()[0] == headline
    assert len(document.article.sentences) == 5
    assert document.title == headline


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
     ("gb18030", b""), ("gbk", b""), ("big5", b""), ("shift_jis", b""), ("euc_jp", b"")],
)
def test_files_in_every_supported_encoding(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = {"big5": TRADITIONAL, "shift_jis": JAPANESE, "euc_jp": JAPANESE}.get(encoding, SIMPLIFIED)
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(bom + text.encode(encoding))
    document = load_document(path)
    assert document.article.text == text
    assert document.article.lang in ("zh", "zh-Hant", "ja")


def test_windows_line_endings_are_normalised() -> None:
    document = document_from_text("もっと詳しく\r\n\r\nFirst line.\r\nSecond sentence.\r\n")
    assert document.prompt is not None
    assert "\r" not in document.article.text
    assert document.article.sentence_texts() == ["First line.", "Second sentence."]


def test_pasted_text_takes_title_source_and_date() -> None:
    document = document_from_text(ARTICLE, title="Pasted", published=date(2021, 7, 27))
    assert document.title == "Pasted"
    assert document.published == date(2021, 7, 27)
    assert document.source is None
    assert document_from_text("WeChat pauses sign-ups\n" + ARTICLE).title == "WeChat pauses sign-ups"


def test_load_bytes_picks_the_format_by_name() -> None:
    markdown = b"# WeChat pauses sign-ups\n\nTencent **said** on [Tuesday](https://example.com) it would pause."
    document = load_bytes(markdown, "dropped.md")
    assert document.title == "WeChat pauses sign-ups"
    assert document.article.text == "Tencent said on Tuesday it would pause."
    assert document.source is None
    plain = load_bytes(markdown, "dropped.txt")
    assert plain.article.text.startswith("# WeChat")


MARKDOWN = """---
title: WeChat suspends registrations
date: 2021-07-27
---
もっと詳しく

# Ignored heading marks

Tencent’s **WeChat** said on _Tuesday_ it is [temporarily suspending](https://example.com/a "link")
registration of new users. ![logo](logo.png)The crackdown continues.

## What changed

- Registration resumes in `August`
- Over 1.2 billion users

1. First step
2. Second step

> Registration services will be restored after the upgrade.

```python
print("code stays readable")
```

<div class="ad">Raw HTML is dropped</div>

| Company | Users |
|---------|-------|
| WeChat  | 1.2 billion |
"""


def test_markdown_shows_readable_text(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = load_document(path)
    assert document.title == "WeChat suspends registrations"
    assert document.published == date(2021, 7, 27)
    assert document.prompt is not None and document.prompt.text == "もっと詳しく"
    text = document.article.text
    assert text.split("\n\n") == [
        "Ignored heading marks",
        "Tencent’s WeChat said on Tuesday it is temporarily suspending registration of new users. "
        "The crackdown continues.",
        "What changed",
        "• Registration resumes in August",
        "• Over 1.2 billion users",
        "1. First step",
        "2. Second step",
        "Registration services will be restored after the upgrade.",
        'print("code stays readable")',
        "Company  Users",
        "WeChat  1.2 billion",
    ]
    for marker in ("#", "**", "](", "![", "<div", "```", "|"):
        assert marker not in text
    sentences = document.article.sentence_texts()
    assert "The crackdown continues." in sentences
    assert all(text[s.start : s.end] for s in document.article.sentences)


def test_markdown_title_from_the_first_heading() -> None:
    document = load_bytes("# 微信暂停注册\n\n腾讯表示暂停注册。\n分析人士认为这很重要。".encode(), "a.md")
    assert document.title == "微信暂停注册"
    assert document.article.text == "腾讯表示暂停注册。分析人士认为这很重要。"
    assert document.article.lang == "zh"


# --- bad input ---------------------------------------------------------------------------------------------


def _message(path: Path) -> str:
    with pytest.raises(LoadError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_empty_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n\t ")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf\n")
    (tmp_path / "empty.md").write_text("![only an image](a.png)\n\n<div>raw</div>\n", encoding="utf-8")
    assert "empty.txt is empty" in _message(tmp_path / "empty.txt")
    assert "empty" in _message(tmp_path / "blank.txt")
    assert "empty" in _message(tmp_path / "bom.txt")
    assert "no readable text" in _message(tmp_path / "empty.md")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), "a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "a PNG image"),
        (bytes(range(256)) * 40, "binary data"),
        (os.urandom(4096), "not text"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(data)
    message = _message(path)
    assert message.startswith("photo.txt cannot be opened")
    assert expected in message


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"\x80\x81\x8d\x90\x9d\xa0\xff" * 30)
    assert "known encoding" in _message(path)


def test_directories(tmp_path: Path) -> None:
    assert "is a folder" in _message(tmp_path)


def test_missing_files(tmp_path: Path) -> None:
    assert "does not exist" in _message(tmp_path / "nowhere.txt")


def test_special_files(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in _message(fifo)  # and it does not block reading a pipe


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_files_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        assert "cannot be read: Permission denied" in _message(path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_files_that_fail_to_read() -> None:
    # Unreadable even for root: reading process memory at offset 0 fails with an I/O error.
    assert "cannot be read" in _message(Path("/proc/self/mem"))


def test_files_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space used
    message = _message(path)
    assert "too large" in message and f"{MAX_FILE_BYTES // 2**20} MiB" in message


def test_pasting_nothing() -> None:
    with pytest.raises(LoadError, match="empty"):
        document_from_text(" \n\n ")


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(max_size=400) | st.text(max_size=200).map(str.encode),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_any_bytes_give_a_document_or_a_load_error(data: bytes, suffix: str) -> None:
    try:
        document = load_bytes(data, f"dropped{suffix}")
    except LoadError as error:
        assert str(error) and "\n" not in str(error)
        return
    for passage in document.passages():
        assert passage.text.strip()
        for span in passage.sentences:
            assert 0 <= span.start < span.end <= len(passage.text)


def test_control_characters_are_dropped_so_offsets_index_clean_text() -> None:
    document = load_bytes(b"First\x1f sentence.\x0cSecond\x7f one.", "x.txt")
    assert document.article.text == "First sentence.\nSecond one."
    assert document.article.sentence_texts() == ["First sentence.", "Second one."]
    assert load_bytes(b"<html><body><p>Odd\x1f text.</p></body></html>", "x.html").article.text == "Odd text."


@pytest.mark.parametrize("prompt", ["请总结一下", "详细说说？", "這家公司是做什麼的？", "もっと詳しく教えて"])
def test_a_short_request_over_an_article_in_its_own_language_is_the_prompt(prompt: str) -> None:
    article = "腾讯旗下的微信周二表示，暂停新用户注册。微信表示，升级预计在8月初完成。"
    if prompt.startswith("もっと"):
        article = "東京の天気は晴れで、気温は二十五度まで上がる見込みです。"
    document = document_from_text(f"{prompt}\n\n{article}")
    assert document.prompt is not None and document.prompt.text == prompt
    assert document.article.text == article


@pytest.mark.parametrize(
    "prompt", ["Summarize the key points, please", "What does this company do?", "More details on the numbers"]
)
def test_an_english_request_over_a_cjk_article_is_the_prompt(prompt: str) -> None:
    article = "腾讯旗下的微信周二表示，暂停新用户注册。微信表示，升级预计在8月初完成。"
    document = document_from_text(f"{prompt}\n\n{article}")
    assert document.prompt is not None and document.prompt.text == prompt
    assert document.prompt.lang == "en"
    assert document.article.text == article and document.article.lang == "zh"


@pytest.mark.parametrize("first", ["WeChat suspends registrations", "By Jane Doe", "BEIJING, March 3 (Xinhua)"])
def test_an_english_headline_or_byline_over_a_cjk_article_is_no_prompt(first: str) -> None:
    document = document_from_text(f"{first}\n\n腾讯旗下的微信周二表示，暂停新用户注册。")
    assert document.prompt is None


def test_a_headline_over_an_article_in_its_own_language_stays_in_the_article() -> None:
    document = document_from_text("微信暂停新用户注册\n\n腾讯旗下的微信周二表示，暂停新用户注册。")
    assert document.prompt is None
    assert document.article.text.startswith("微信暂停新用户注册")


@pytest.mark.parametrize(
    ("first_line", "published"),
    [("2012-5-17", date(2012, 5, 17)), ("March 15, 2024", date(2024, 3, 15)), ("2024年3月15日", date(2024, 3, 15))],
)
def test_a_bare_date_over_the_story_is_its_publication_date(first_line: str, published: date) -> None:
    document = document_from_text(f"{first_line}\nMarkets Rally Again\n\nShares rose last year by a tenth.")
    assert document.published == published
    assert document.title == "Markets Rally Again"


def test_a_date_line_does_not_replace_a_known_date_or_title() -> None:
    document = document_from_text("2012-5-17\nShares rose.", title="Given", published=date(2020, 1, 2))
    assert (document.title, document.published) == ("Given", date(2020, 1, 2))
    # A line with more than a date stays the title.
    assert document_from_text("WASHINGTON, March 15 --\nShares rose.").published is None
