"""Word-by-word dictionary gloss of a Chinese or Japanese sentence: each word with its reading in context and its
first sense. It is a reading aid where no translation model exists, and is always labelled as a gloss."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from reader_app.core.dictionary.entries import Entry
from reader_app.core.dictionary.lookup import Dictionary, is_cjk, shared_dictionary
from reader_app.core.dictionary.phonetics import hiragana, join_syllables

GLOSS_LABEL = "Word gloss (dictionary, not a translation)"
_K = TypeVar("_K")
_SKIPPED_JAPANESE_POS = ("助詞", "助動詞", "補助記号", "空白", "記号")


@dataclass(frozen=True, slots=True)
class GlossWord:
    start: int
    end: int
    text: str
    reading: str
    dictionary_form: str
    sense: str
    """The first sense, or '' for a word the dictionaries do not have (or a particle)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reading": self.reading,
            "dictionary_form": self.dictionary_form,
            "sense": self.sense,
        }


def _short_sense(text: str, limit: int = 60) -> str:
    text = text.split("; ")[0]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _entry_read_as(entries: Sequence[Entry], reading: str) -> Entry | None:
    """The entry whose pinyin is the reading in context (累 lèi "tired", not lěi "to accumulate"); among several
    with that pinyin, the one with the most senses (后 hòu "after" over "empress"); else the first entry."""
    same = [e for e in entries if e.reading.replace("'", "") == reading.replace("'", "")]
    if not same:
        return entries[0] if entries else None
    return max(same, key=lambda e: len(e.senses))  # max keeps the first of equals


def gloss_chinese(dictionary: Dictionary, text: str) -> list[GlossWord]:
    """Greedy longest dictionary words from left to right; readings from pypinyin over the whole sentence."""
    from reader_app.core.dictionary.readings import chinese_syllables

    syllables = dict(chinese_syllables(text))
    words: list[GlossWord] = []
    position = 0
    while position < len(text):
        if not is_cjk(text[position]):
            position += 1
            continue
        matches = dictionary.lookup_at(text, position, "zh")
        end = matches[0].end if matches else position + 1
        reading = join_syllables([syllables[i] for i in range(position, end) if i in syllables])
        entry = _entry_read_as(matches[0].entries, reading) if matches else None
        if entry is not None and entry.is_name and len(matches[0].entries) == 1:
            reading = entry.reading
        words.append(
            GlossWord(
                position, end, text[position:end], reading, text[position:end],
                _short_sense(entry.first_sense()) if entry else "",
            )
        )
        position = end
    return words


_DATE_UNIT_SENSES = {"日": "day (of the month); … days", "日間": "… days", "月": "month (in dates)"}
"""The sense of a date word after a number (五月 is a month, not the moon; 二十七日 a day, not Sunday)."""


def gloss_japanese(dictionary: Dictionary, text: str) -> list[GlossWord]:
    """Sudachi's words with their dictionary forms and readings, each looked up in JMdict/JMnedict. A number and
    its day or month (二十七日, 四月) are one word, read as the furigana read it."""
    from reader_app.core import japanese_morphology
    from reader_app.core.dictionary.readings import is_numeral, japanese_ruby, usual_reading

    words: list[GlossWord] = []
    morphemes = japanese_morphology.analyse(text, "C")
    whole = {span.start: span for span in japanese_ruby(text)}
    skip_to = 0
    for index, morpheme in enumerate(morphemes):
        if morpheme.start < skip_to:
            continue
        span = whole.get(morpheme.start)
        after = morphemes[index + 1] if index + 1 < len(morphemes) else None
        if span is not None and after is not None and span.end == after.end and after.surface in _DATE_UNIT_SENSES:
            surface = text[span.start : span.end]
            entries = [e for m in dictionary.lookup(surface, "ja") if m.end == len(surface) for e in m.entries]
            sense = _short_sense(entries[0].first_sense()) if entries else _DATE_UNIT_SENSES[after.surface]
            words.append(GlossWord(span.start, span.end, surface, span.reading, surface, sense))
            skip_to = span.end
            continue
        if morpheme.part_of_speech[0] in ("補助記号", "空白") or not any(is_cjk(c) for c in morpheme.surface):
            continue
        previous = morphemes[index - 1] if index > 0 else None
        reading = usual_reading(text, morpheme.start, morpheme.surface, hiragana(morpheme.reading), previous,
                                morpheme.part_of_speech)
        if span is not None and span.end == morpheme.end and span.start == morpheme.start:
            reading = span.reading  # a counter read after its number (日 か, 分 ぷん)
        sense = ""
        if previous is not None and morpheme.surface in _DATE_UNIT_SENSES and previous.surface.isdigit():
            sense = _DATE_UNIT_SENSES[morpheme.surface]
        elif morpheme.part_of_speech[0] not in _SKIPPED_JAPANESE_POS:
            entries = [e for m in dictionary.lookup(morpheme.dictionary_form, "ja")
                       if m.end == len(morpheme.dictionary_form) for e in m.entries]
            best = next((e for e in entries if reading in (hiragana(r) for r in e.readings)), None)
            chosen = best or (entries[0] if entries else None)
            sense = _short_sense(chosen.first_sense()) if chosen else ""
            if chosen is not None and previous is not None and is_numeral(previous.surface):
                counter = next((x.text() for e in entries for x in e.senses if x.text().startswith("counter")), "")
                sense = _short_sense(counter) if counter else sense  # 3本: a counter, not "book"
        words.append(
            GlossWord(
                morpheme.start, morpheme.end, morpheme.surface, reading, morpheme.dictionary_form, sense,
            )
        )
    return words


def gloss(dictionary: Dictionary, text: str, lang: str) -> list[GlossWord]:
    return gloss_japanese(dictionary, text) if lang == "ja" else gloss_chinese(dictionary, text)


def gloss_line(words: list[GlossWord]) -> str:
    """'微信 Wēixìn "WeChat" · 注册 zhùcè "to register"' — the form the text column and the CLI show."""
    parts = []
    for word in words:
        piece = word.text
        if word.reading and word.reading != word.text:
            piece += f" {word.reading}"
        if word.sense:
            piece += f" “{word.sense}”"
        parts.append(piece)
    return " · ".join(parts)


def labelled_glosses(targets: dict[_K, tuple[str, str]]) -> dict[_K, str]:
    """key -> "Word gloss (…): words" for each (text, language), with the process's shared dictionary (the window
    runs this in a child process, so the readers it loads stay out of the window's memory)."""
    dictionary = shared_dictionary()
    return {key: f"{GLOSS_LABEL}: {gloss_line(gloss(dictionary, text, lang))}" for key, (text, lang) in targets.items()}
