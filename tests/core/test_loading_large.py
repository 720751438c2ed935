"""20 MB of English or Chinese text opens in reasonable time; files over `MAX_FILE_BYTES` are refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from cjk_samples import SIMPLIFIED

from reader_app.core.loading import MAX_FILE_BYTES, document_from_text, load_document

TWENTY_MB = 20_000_000
LIMIT_SECONDS = 120.0
"""Only catches a blow-up (a quadratic pass over 20 MB takes hours): ten times the worst seen on a loaded 2-core
machine. benchmarks/big_document.py measures opening times."""


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
    start = time.perf_counter()
    document = load_document(path)
    elapsed = time.perf_counter() - start
    assert document.article.lang == lang
    per_copy = len(document_from_text(paragraph).article.sentences)  # 14 and 4: segmenting big equals small
    copies = document.article.text.count(paragraph.split("\n\n")[0])
    assert len(document.article.sentences) == pytest.approx(per_copy * copies, abs=0)
    assert elapsed < LIMIT_SECONDS, f"{elapsed:.1f} s"
