"""Word-by-word dictionary gloss of a Chinese or Japanese sentence: each word with its reading in context and its
first sense. It is a reading aid where no translation model exists, and is always labelled as a gloss."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

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
        entry = matches[0].entries[0] if matches else None
        reading = join_syllables([syllables[i] for i in range(position, end) if i in syllables])
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


def gloss_japanese(dictionary: Dictionary, text: str) -> list[GlossWord]:
    """Sudachi's words with their dictionary forms and readings, each looked up in JMdict/JMnedict."""
    from reader_app.core import japanese_morphology
    from reader_app.core.dictionary.readings import usual_reading

    words: list[GlossWord] = []
    morphemes = japanese_morphology.analyse(text, "C")
    for index, morpheme in enumerate(morphemes):
        if morpheme.part_of_speech[0] in ("補助記号", "空白") or not any(is_cjk(c) for c in morpheme.surface):
            continue
        previous = morphemes[index - 1] if index > 0 else None
        reading = usual_reading(text, morpheme.start, morpheme.surface, hiragana(morpheme.reading), previous,
                                morpheme.part_of_speech)
        sense = ""
        if morpheme.part_of_speech[0] not in _SKIPPED_JAPANESE_POS:
            entries = [e for m in dictionary.lookup(morpheme.dictionary_form, "ja")
                       if m.end == len(morpheme.dictionary_form) for e in m.entries]
            best = next((e for e in entries if reading in (hiragana(r) for r in e.readings)), None)
            chosen = best or (entries[0] if entries else None)
            sense = _short_sense(chosen.first_sense()) if chosen else ""
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
