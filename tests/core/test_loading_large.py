"""20 MB of English or Chinese text opens in reasonable time; files over `MAX_FILE_BYTES` are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from cjk_samples import SIMPLIFIED

from reader_app.core.loading import MAX_FILE_BYTES, document_from_text, load_document

TWENTY_MB = 20_000_000


def _fill(path: Path, paragraph: str, size: int) -> None:
    unit = (paragraph + "\n\n").encode("utf-8")
    data = unit * (size // len(unit) + 1)
    path.write_bytes(data[: size - size % len(unit)])


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_twenty_megabytes_open(tmp_path: Path, sample_path: Path, lang: str) -> None:
    assert MAX_FILE_BYTES >= TWENTY_MB
    paragraph = sample_path.read_text(encoding="utf-8").split("\n\n", 1)[1] if lang == "en" else SIMPLIFIED
    path = tmp_path / f"big-{lang}.txt"
    _fill(path, paragraph, TWENTY_MB)
    document = load_document(path)  # benchmarks/scaling.py and big_document.py measure the time
    assert document.article.lang == lang
    per_copy = len(document_from_text(paragraph).article.sentences)  # 14 and 4: segmenting big equals small
    copies = document.article.text.count(paragraph.split("\n\n")[0])
    assert len(document.article.sentences) == pytest.approx(per_copy * copies, abs=0)


def test_markdown_tables_are_read_line_by_line_not_by_markdown_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2 MB table of short cells took a minute and 1.3 GB in markdown-it (tokens and an inline parse per cell);
    tables are now taken out before it parses, so it never sees one."""
    from markdown_it import MarkdownIt

    from reader_app.core.markdown_text import markdown_to_text

    seen: list[str] = []
    real_parse = MarkdownIt.parse

    def recording(self: MarkdownIt, src: str, env: object = None) -> object:
        seen.append(src)
        return real_parse(self, src, env)  # type: ignore[arg-type]

    monkeypatch.setattr(MarkdownIt, "parse", recording)
    rows = "\n".join("|" + "|".join(str(i % 10) for i in range(40)) + "|" for _ in range(2_000))
    source = (
        "# Numbers\n\nBefore the table.\n\n|" + "|".join("h" for _ in range(40)) + "|\n|" + "-|" * 40 + "\n" + rows
        + "\n\n| **Bold** | [link](http://x) | a \\| b | ![img](i.png) |\n|---|---|---|---|"
        + "\n| <b>x</b> | `code` | | y |"
        + "\n\nAfter the table.\n\n```\n| code | stays |\n|---|---|\n```\n"
    )  # fmt: skip
    result = markdown_to_text(source)
    assert seen and all("|h|h|" not in text and "**Bold**" not in text for text in seen)
    blocks = result.text.split("\n\n")
    assert blocks[0] == "Before the table."
    assert blocks[1] == "  ".join("h" for _ in range(40))
    assert blocks[2] == "  ".join(str(i % 10) for i in range(40))
    assert blocks[2002:2005] == ["Bold  link  a | b", "x  code  y", "After the table."]
    assert blocks[2005] == "| code | stays |\n|---|---|"
