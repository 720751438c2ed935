"""The name lexicons (gazetteer, given and family names, places, the simplified→traditional table) as data files
under reader_app/resources/facts/, read on first use and kept. resources/facts/README.md says where each comes
from; tools/build_name_lists.py regenerates the generated ones."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

PACKAGE = "reader_app.resources"
FOLDER = "facts"


@lru_cache(maxsize=32)
def lexicon_lines(name: str) -> tuple[str, ...]:
    """The non-blank lines of resources/facts/`name`, without "#" comment lines."""
    text = resources.files(PACKAGE).joinpath(FOLDER).joinpath(name).read_text(encoding="utf-8")
    return tuple(line for line in (raw.strip() for raw in text.splitlines()) if line and not line.startswith("#"))


def lexicon_text(name: str) -> str:
    """The file's entries as one newline-joined string (comments dropped)."""
    return "\n".join(lexicon_lines(name))


@lru_cache(maxsize=32)
def lexicon_words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of the file."""
    return frozenset(word for line in lexicon_lines(name) for word in line.split())


@lru_cache(maxsize=8)
def lexicon_characters(name: str) -> frozenset[str]:
    """Every character of the file's entries, whitespace aside (a list of one-character names)."""
    return frozenset(ch for line in lexicon_lines(name) for ch in line if not ch.isspace())
