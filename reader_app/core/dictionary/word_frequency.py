"""How common a Chinese word is, for ranking CC-CEDICT's entries (it gives no frequencies): the order of
`data/zh_word_frequency.txt`, built from jieba's word counts by tools/build_zh_word_frequency.py."""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

UNLISTED_BAND = 99


@lru_cache(maxsize=1)
def _positions() -> dict[str, int]:
    text = (resources.files("reader_app.core.dictionary") / "data" / "zh_word_frequency.txt").read_text("utf-8")
    return {word: position for position, word in enumerate(text.split())}


def frequency_band(word: str) -> int:
    """0 for the most frequent words, growing by one each time the frequency rank doubles; `UNLISTED_BAND` for a
    rare word. Bands, not ranks: words of about the same frequency are ranked by what else is known of them."""
    position = _positions().get(word)
    return UNLISTED_BAND if position is None else int(math.log2(position + 2))


def warm_up() -> None:
    """Read the table now (off the UI thread)."""
    _positions()
