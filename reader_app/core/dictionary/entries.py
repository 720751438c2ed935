"""What a look-up returns: entries with readings and senses, grouped by the text they match."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from reader_app.core.dictionary.phonetics import hiragana, pinyin_syllables, pinyin_word, romaji, zhuyin

SOURCE_NAMES = {"cedict": "CC-CEDICT", "jmdict": "JMdict", "jmnedict": "JMnedict"}


@dataclass(frozen=True, slots=True)
class Sense:
    glosses: tuple[str, ...]
    parts_of_speech: tuple[str, ...] = ()

    def text(self) -> str:
        return "; ".join(self.glosses)


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry. Chinese: `forms` is (simplified, traditional) when they differ; `reading` is pinyin
    with tone marks written as one word (Wēixìn). Japanese: `forms` are the written (kanji) forms, `readings` kana."""

    lang: str
    source: str
    headword: str
    forms: tuple[str, ...]
    readings: tuple[str, ...]
    senses: tuple[Sense, ...]
    is_name: bool = False
    pinyin_numbered: str = ""
    classes: frozenset[str] = field(default=frozenset())

    @property
    def reading(self) -> str:
        return self.readings[0] if self.readings else ""

    @property
    def simplified(self) -> str:
        return self.forms[0] if self.lang == "zh" else ""

    @property
    def traditional(self) -> str:
        return self.forms[-1] if self.lang == "zh" else ""

    def spaced_reading(self) -> str:
        """Chinese: the pinyin one syllable per character ('rén gōng zhì huì'), easier to read against the word than
        the joined form ('réngōngzhìhuì'); otherwise `reading`."""
        if self.lang != "zh" or not self.pinyin_numbered:
            return self.reading
        return " ".join(pinyin_syllables(self.pinyin_numbered))

    def zhuyin(self) -> str:
        return zhuyin(pinyin_syllables(self.pinyin_numbered)) if self.pinyin_numbered else ""

    def romaji(self) -> str:
        return romaji(self.reading) if self.lang == "ja" else ""

    def first_sense(self) -> str:
        return self.senses[0].text() if self.senses else ""

    def meaning(self, limit: int = 3) -> str:
        """The first senses, numbered when there are several: '1. to register; 2. to enrol'."""
        senses = self.senses[:limit]
        if len(senses) == 1:
            return senses[0].text()
        return "; ".join(f"{n}. {s.text()}" for n, s in enumerate(senses, 1))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": SOURCE_NAMES.get(self.source, self.source),
            "headword": self.headword,
            "reading": self.reading,
            "senses": [{"glosses": list(s.glosses), "pos": list(s.parts_of_speech)} for s in self.senses],
            "name": self.is_name,
        }
        if self.lang == "zh":
            data["simplified"], data["traditional"] = self.simplified, self.traditional
            data["pinyin_numbered"], data["zhuyin"] = self.pinyin_numbered, self.zhuyin()
        else:
            data["forms"], data["readings"], data["romaji"] = list(self.forms), list(self.readings), self.romaji()
        return data


_REFERENCE = re.compile(r"(?:([^\s|\[\],:]+)\|)?([^\s|\[\],:]+)\[([A-Za-z:0-9 ,·]+)\]")


def _readable_references(sense: str) -> str:
    """CC-CEDICT's cross-references as readers see them: 騰訊|腾讯[Teng2 xun4] -> 腾讯 (Téngxùn)."""
    return _REFERENCE.sub(lambda m: f"{m.group(2)} ({pinyin_word(m.group(3))})", sense)


def entry_from_row(source: str, body_json: str, matched_form: str) -> Entry:
    body = json.loads(body_json)
    if source == "cedict":
        simplified, traditional, numbered = body["s"], body["t"], body["p"]
        forms = (simplified,) if simplified == traditional else (simplified, traditional)
        return Entry(
            lang="zh",
            source=source,
            headword=matched_form,
            forms=forms,
            readings=(pinyin_word(numbered),),
            senses=tuple(Sense((_readable_references(d),)) for d in body["d"]),
            is_name=numbered[:1].isupper(),
            pinyin_numbered=numbered,
        )
    kanji, kana = tuple(body["k"]), tuple(body["r"])
    # Read the matched form back when it is kana, so 詳しい shows くわしい and a kana-only word shows itself.
    readings = kana
    if hiragana(matched_form) in (hiragana(r) for r in kana):
        readings = (matched_form, *[r for r in kana if r != matched_form])
    senses = tuple(Sense(tuple(glosses), tuple(pos)) for pos, glosses, _misc in body["s"])
    headword = matched_form if matched_form in kanji or not kanji else kanji[0]
    return Entry(
        lang="ja",
        source=source,
        headword=headword,
        forms=kanji,
        readings=readings,
        senses=senses,
        is_name=source == "jmnedict",
        classes=frozenset(body.get("c", [])),
    )


@dataclass(frozen=True, slots=True)
class Match:
    """The dictionary words found for `text[start:end]`; for Japanese, `dictionary_form` is what the inflected text
    was looked up as (食べました → 食べる) and `inflections` how it got there."""

    start: int
    end: int
    surface: str
    dictionary_form: str
    inflections: tuple[str, ...]
    entries: tuple[Entry, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.surface,
            "dictionary_form": self.dictionary_form,
            "inflections": list(self.inflections),
            "entries": [e.to_json() for e in self.entries],
        }
