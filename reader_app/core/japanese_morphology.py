"""Japanese morphological analysis: one lazily loaded SudachiPy dictionary shared by every caller.

Users: Japanese organisation and person recognition (facts), and the dictionary's dictionary forms and readings.
The dictionary (sudachidict-core, memory-mapped) is opened on first use, never at start-up; each thread gets its
own tokenizer over the one dictionary, because a SudachiPy tokenizer must not be shared between threads.
When SudachiPy is not installed, `available()` is False and `analyse` returns an empty list, so callers fall back
to their rules.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

Granularity = Literal["A", "B", "C"]
"""Sudachi's split modes: A the shortest units (山田 / 進太郎), C the longest (named entities kept whole)."""

_MAX_CHUNK = 12_000
"""Characters per call: Sudachi refuses inputs over 49,149 UTF-8 bytes, and a character takes at most four."""
_CHUNK_BREAKS = ("\n", "。", "！", "？", "、", " ")


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One word of the analysed text; `start`/`end` are character offsets into the text given to `analyse`."""

    surface: str
    start: int
    end: int
    part_of_speech: tuple[str, ...]
    """Six fields, most general first: ("名詞", "固有名詞", "人名", "姓", "*", "*")."""
    dictionary_form: str
    reading: str
    """In katakana, as the dictionary gives it."""
    normalized_form: str
    known: bool = True
    """False for a word Sudachi's dictionary lacks and guessed (an unknown katakana name reads as a common noun)."""

    @property
    def is_proper_noun(self) -> bool:
        return self.part_of_speech[:2] == ("名詞", "固有名詞")

    @property
    def is_family_name(self) -> bool:
        return self.part_of_speech[:4] == ("名詞", "固有名詞", "人名", "姓")

    @property
    def is_given_name(self) -> bool:
        return self.part_of_speech[:4] == ("名詞", "固有名詞", "人名", "名")

    @property
    def is_place_name(self) -> bool:
        return self.part_of_speech[:3] == ("名詞", "固有名詞", "地名")


class _Analyser:
    """The shared dictionary and one tokenizer per thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._dictionary: object | None = None
        self._failed = False
        self._local = threading.local()

    def available(self) -> bool:
        return self._open() is not None

    def opened(self) -> bool:
        return self._dictionary is not None

    def _open(self) -> object | None:
        if self._dictionary is not None or self._failed:
            return self._dictionary
        with self._lock:
            if self._dictionary is None and not self._failed:
                try:
                    from sudachipy import Dictionary

                    self._dictionary = Dictionary(dict="core")
                except Exception:  # not installed or a broken dictionary: callers fall back to their rules
                    self._failed = True
        return self._dictionary

    def _tokenizer(self, mode: Granularity) -> object | None:
        tokenizers: dict[str, object] | None = getattr(self._local, "tokenizers", None)
        if tokenizers is None:
            tokenizers = {}
            self._local.tokenizers = tokenizers
        tokenizer = tokenizers.get(mode)
        if tokenizer is None:
            dictionary = self._open()
            if dictionary is None:
                return None
            tokenizer = dictionary.tokenizer(mode=mode)  # type: ignore[attr-defined]
            tokenizers[mode] = tokenizer
        return tokenizer

    def analyse(self, text: str, mode: Granularity) -> list[Morpheme]:
        tokenizer = self._tokenizer(mode)
        if tokenizer is None:
            return []
        result: list[Morpheme] = []
        for offset, end in _chunks(text):
            for word in tokenizer.tokenize(text[offset:end]):  # type: ignore[attr-defined]
                result.append(
                    Morpheme(
                        surface=word.surface(),
                        start=offset + word.begin(),
                        end=offset + word.end(),
                        part_of_speech=tuple(word.part_of_speech()),
                        dictionary_form=word.dictionary_form(),
                        reading=word.reading_form(),
                        normalized_form=word.normalized_form(),
                        known=not word.is_oov(),
                    )
                )
        return result


def _chunks(text: str, size: int = _MAX_CHUNK) -> list[tuple[int, int]]:
    """[start, end) pieces of at most `size` characters, cut after a line or sentence end where possible."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for mark in _CHUNK_BREAKS:
            cut = text.rfind(mark, start + size // 2, limit)
            if cut >= 0:
                cut += 1
                break
        if cut < 0:
            cut = limit
        pieces.append((start, cut))
        start = cut
    if start < len(text):
        pieces.append((start, len(text)))
    return pieces


_ANALYSER = _Analyser()


def pieces(text: str, size: int = _MAX_CHUNK) -> list[tuple[int, int]]:
    """[start, end) pieces of `text` of at most `size` characters, cut after a line or sentence end where possible:
    for callers that analyse a long text a piece at a time, so the words of only one piece are held at once."""
    return _chunks(text, min(size, _MAX_CHUNK))


def available() -> bool:
    """Whether SudachiPy and its dictionary can be used (opens the dictionary on first call)."""
    return _ANALYSER.available()


def opened() -> bool:
    """Whether the dictionary is open already (so a call now costs no opening)."""
    return _ANALYSER.opened()


def analyse(text: str, mode: Granularity = "C") -> list[Morpheme]:
    """The words of `text` in order, with offsets into `text`; empty when SudachiPy is unavailable.
    Safe to call from any thread; the first call opens the dictionary (a fraction of a second)."""
    if not text:
        return []
    return _ANALYSER.analyse(text, mode)
