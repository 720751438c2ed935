"""A big generated article for tests of the window under load: the sample's article again and again."""

from __future__ import annotations

import random
import re
from pathlib import Path


def write_big_article(sample_path: Path, path: Path, size: int, seed: int) -> None:
    """The sample's prompt, then its article repeated to `size` characters, each copy with other numbers (so the
    facts differ, as in an archive)."""
    prompt, article = sample_path.read_text(encoding="utf-8").split("\n\n", 1)
    rng = random.Random(seed)
    parts = [prompt, "\n\n"]
    written = 0
    while written < size:
        copy = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), article.strip()) + "\n\n"
        parts.append(copy)
        written += len(copy)
    path.write_text("".join(parts), encoding="utf-8")
