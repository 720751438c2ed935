"""Look-up from a character, as popup dictionaries do: every dictionary word that starts there, longest first.

No segmentation guess is needed: for each length from the longest possible down to one character the text is
looked up as it is (and, in Japanese, as every form it may be an inflection of); the matches are returned longest
first. English text is looked up the other way, from English senses to Chinese and Japanese headwords.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import replace

from reader_app.core.dictionary.deinflect import deinflect
from reader_app.core.dictionary.entries import Entry, Match, entry_from_row
from reader_app.core.dictionary.index import DictionaryIndex

MAX_WORD_LENGTH = 16
"""Longest headword tried (CC-CEDICT and JMdict words past this are idioms long enough to read)."""
_MAX_MATCHES = 6
_MAX_ENTRIES_PER_MATCH = 8
_MAX_QUERY = 200


def _is_kana(char: str) -> bool:
    return "\u3041" <= char <= "\u30ff" or "\uff66" <= char <= "\uff9d"


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\U00020000" <= char <= "\U0003ffff"


def is_cjk(char: str) -> bool:
    return _is_han(char) or _is_kana(char) or char in "〆々〇ー"


def guess_language(text: str) -> str:
    """'ja' when `text` has kana, 'zh' when it has Han characters only, 'en' otherwise."""
    if any(_is_kana(c) for c in text):
        return "ja"
    if any(_is_han(c) for c in text):
        return "zh"
    return "en"


def _word_window(text: str, position: int) -> str:
    """The characters from `position` that can be part of one word: stops at white space, punctuation, control
    characters and lone surrogates (which SQLite could not even encode)."""
    end = min(len(text), position + MAX_WORD_LENGTH)
    out = []
    for char in text[position:end]:
        category = unicodedata.category(char)
        if category[0] in ("C", "Z") or (category[0] == "P" and char not in "·・"):
            break
        out.append(char)
    return "".join(out)


class Dictionary:
    """CC-CEDICT, JMdict and JMnedict behind one look-up; thread-safe."""

    def __init__(self, index: DictionaryIndex | None = None) -> None:
        self.index = index or DictionaryIndex()

    def lookup_at(self, text: str, position: int, lang: str) -> list[Match]:
        """The words of language `lang` ('zh' or 'ja') starting at `text[position]`, longest first."""
        if not 0 <= position < len(text):
            return []
        window = _word_window(text, position)
        if not window or (not is_cjk(window[0]) and not window[0].isalnum()):
            return []
        matches = self._japanese(window) if lang == "ja" else self._chinese(window)
        return [
            Match(position + m.start, position + m.end, m.surface, m.dictionary_form, m.inflections, m.entries)
            for m in matches[:_MAX_MATCHES]
        ]

    def lookup_word_at(self, text: str, position: int, lang: str) -> list[Match]:
        """The words a reader pointing at `text[position]` means: in Japanese, those starting where the word under
        the pointer starts and reaching the pointer (over the し of 申し入れた, 申し入れる, not 梓 read し), else
        the words starting at the pointer (as `lookup_at`)."""
        if lang == "ja" and 0 < position < len(text):
            start = _japanese_word_start(text, position)
            if start < position:
                covering = [m for m in self.lookup_at(text, start, lang) if m.end > position]
                if covering:
                    return covering
        return self.lookup_at(text, position, lang)

    def lookup(self, query: str, lang: str | None = None, prefer: str | None = "zh") -> list[Match]:
        """Look-up for a typed word or a selection: the words at its start ('zh', 'ja'), or English senses ('en'),
        those of language `prefer` first."""
        # Width-insensitive, as Find and the library search are: ｂａｎｋ is bank, ｶﾀｶﾅ is カタカナ.
        query = unicodedata.normalize("NFKC", query.strip()[:_MAX_QUERY])
        query = "".join(c for c in query if unicodedata.category(c)[0] != "C")
        if not query:
            return []
        lang = lang or guess_language(query)
        if lang == "en":
            return self.reverse(query, prefer=prefer)
        return self.lookup_at(query, 0, lang)

    def _chinese(self, window: str) -> list[Match]:
        from reader_app.core.search_text import normalise_for_search

        simplified = normalise_for_search(window)
        candidates: dict[str, int] = {}
        for length in range(len(window), 0, -1):
            candidates.setdefault(window[:length], length)
            candidates.setdefault(simplified[:length], length)
        by_length: dict[int, list[Entry]] = defaultdict(list)
        seen: set[int] = set()
        for form, entry_id, source, _rank, body in self.index.entries_for_forms(candidates, "zh"):
            if entry_id in seen:
                continue
            seen.add(entry_id)
            by_length[candidates[form]].append(entry_from_row(source, body, form))
        return [
            Match(0, length, window[:length], window[:length], (), tuple(by_length[length][:_MAX_ENTRIES_PER_MATCH]))
            for length in sorted(by_length, reverse=True)
        ]

    def _japanese(self, window: str) -> list[Match]:
        # (form looked up) -> list of (length of text, classes required, reasons)
        wanted: dict[str, list[tuple[int, frozenset[str], tuple[str, ...]]]] = defaultdict(list)
        for length in range(len(window), 0, -1):
            for candidate in deinflect(window[:length]):
                wanted[candidate.form].append((length, candidate.classes, candidate.reasons))
        rows = self.index.entries_for_forms(wanted, "ja")
        found: dict[int, list[tuple[Entry, str, tuple[str, ...], int]]] = defaultdict(list)
        placed: set[tuple[int, int]] = set()
        for form, entry_id, source, rank, body in rows:
            entry = entry_from_row(source, body, form)
            for length, classes, reasons in wanted[form]:
                if classes and not (classes & entry.classes):
                    continue
                if (length, entry_id) in placed:
                    break
                placed.add((length, entry_id))
                # A form that is not the entry's main spelling ranks after one that is (行る is a rare やる).
                order = rank * 2 + (0 if not entry.forms or entry.forms[0] == form or form in entry.readings else 1)
                found[length].append((entry, _shown_form(form, reasons), reasons, order))
                break
        matches = []
        for length in sorted(found, reverse=True):
            # One match per dictionary form: 詳しく as found (the adverb) before 詳しく as 詳しい inflected.
            by_form: dict[str, list[tuple[Entry, tuple[str, ...]]]] = defaultdict(list)
            # Common words and main spellings first: 行った is 行く before 行る.
            for entry, shown, reasons, _rank in sorted(found[length], key=lambda item: (len(item[2]), item[3])):
                by_form[shown].append((entry, reasons))
            for shown, group in by_form.items():
                entries = tuple(e for e, _ in group)[:_MAX_ENTRIES_PER_MATCH]
                matches.append(Match(0, length, window[:length], shown, group[0][1], entries))
        return _drop_repeated_entries(matches)

    def reverse(self, english: str, limit: int = 20, prefer: str | None = None) -> list[Match]:
        """Chinese and Japanese entries whose English sense is `english` (exactly, then as the first words). An
        inflected word is looked up by its lemmas first: "suspending" finds 暂停 and 停止 ("to suspend") before
        休演 ("suspending performance"). Words of language `prefer` ('zh' or 'ja') come first; Chinese words are
        ranked by frequency within a sense, since CC-CEDICT has no frequencies."""
        from reader_app.core.dictionary.english_lemmas import lemmas
        from reader_app.core.dictionary.index import gloss_key
        from reader_app.core.dictionary.word_frequency import frequency_band

        key = gloss_key(english)
        if not key or len(key) > 60:
            return []
        keys = [*lemmas(key), key] if " " not in key else [key]
        ranked: list[tuple[tuple[int, int, int, int, int, int, int], Entry]] = []
        seen: set[int] = set()
        for order, wanted in enumerate(keys):
            for _lang, entry_id, source, rank, body in self.index.entries_for_gloss(wanted, ("zh", "ja"), limit * 3):
                if entry_id in seen:
                    continue
                seen.add(entry_id)
                entry = entry_from_row(source, body, "")
                if source == "cedict":
                    entry = _with_headword(entry, entry.simplified)
                elif not entry.headword and entry.readings:  # a word written in kana only (ユーザー)
                    entry = _with_headword(entry, entry.readings[0])
                position = _sense_position(entry, wanted)
                # Senses that are the word (or its lemma) before those that only start with it, then lemma first;
                # a sense marked dialect, archaic or literary after the everyday ones.
                exact = 0 if position <= len(entry.senses) else 1
                band = frequency_band(entry.headword) if entry.lang == "zh" else 0  # JMdict's rank says common
                language = 0 if entry.lang == prefer else 1
                register = _marked_register(entry, wanted)
                ranked.append(((exact, order, language, rank, register, band, position), entry))
        ranked.sort(key=lambda item: item[0])
        preferred = [entry for _, entry in ranked if entry.lang == prefer]
        others = [entry for _, entry in ranked if entry.lang != prefer]
        room = min(len(others), max(limit // 2, limit - len(preferred)))  # the other language keeps half
        chosen = preferred[: limit - room] + others[:room]
        return [Match(0, len(english), english, e.headword, (), (e,)) for e in chosen]


# Labels CC-CEDICT and JMdict put in a gloss's parentheses for words outside today's standard written language.
_MARKED_REGISTERS = re.compile(
    r"\((?:[^)]*\b)?(?:dialect|archaic|old|obsolete|literary|classical|slang|vulgar|Cantonese|Taiwan|Hokkien|"
    r"Internet slang|derog\.?|onom\.?|honorific)(?:\b[^)]*)?\)",
    re.IGNORECASE,
)


def _marked_register(entry: Entry, key: str) -> int:
    """1 when the sense matching `key` is marked as dialect, archaic, literary, slang and the like."""

    for sense in entry.senses:
        for gloss in sense.glosses:
            if key in _gloss_keys(gloss):
                return 1 if _MARKED_REGISTERS.search(gloss) else 0
    return 0


def _gloss_keys(gloss: str) -> set[str]:
    """The keys a gloss answers to: itself and, for CC-CEDICT's lists ("company; firm; corporation"), each item."""
    from reader_app.core.dictionary.index import gloss_key

    return {gloss_key(gloss), *(gloss_key(part) for part in gloss.split(";"))}


_WORD_CONTEXT = 24
"""Characters either side of the pointer given to the morphological analyser: enough for its words to be right."""


def _japanese_word_start(text: str, position: int) -> int:
    """Where the word around `text[position]` starts, by Sudachi's words; `position` when it cannot tell (the
    analyser not opened yet: opening it would hold the window up)."""
    from reader_app.core import japanese_morphology

    if not japanese_morphology.opened():
        return position
    offset = max(0, position - _WORD_CONTEXT)
    for word in japanese_morphology.analyse(text[offset : position + _WORD_CONTEXT], "C"):
        if word.start <= position - offset < word.end:
            return offset + word.start
    return position


def _sense_position(entry: Entry, key: str) -> int:
    """Where `key` first appears among the entry's senses (a word whose first sense it is comes first)."""
    for position, sense in enumerate(entry.senses):
        if any(key in _gloss_keys(g) for g in sense.glosses):
            return position
    return len(entry.senses) + 1


def _shown_form(form: str, reasons: tuple[str, ...]) -> str:
    # A suru-noun reached through 〜する is shown as the verb the text used (登録しました → 登録する).
    return form + "する" if reasons and reasons[-1] == "suru verb" else form


def _with_headword(entry: Entry, headword: str) -> Entry:
    return replace(entry, headword=headword)


def _drop_repeated_entries(matches: list[Match]) -> list[Match]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for match in matches:
        kept = []
        for entry in match.entries:
            key = (entry.source, entry.headword, entry.reading)
            if key not in seen:
                seen.add(key)
                kept.append(entry)
        if kept:
            out.append(replace(match, entries=tuple(kept)))
    return out


_shared: Dictionary | None = None
_shared_lock = threading.Lock()


def shared_dictionary() -> Dictionary:
    """The process's one dictionary (the index is opened lazily, on first look-up or `warm_up`)."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Dictionary()
    return _shared
