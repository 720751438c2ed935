"""A hand-kept gazetteer of well-known places, organisations and people in English, Chinese and Japanese, and the
family-name lists; the data lives in reader_app/resources/facts/ and is read on first use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reader_app.core.facts.lexicon import lexicon_characters, lexicon_lines, lexicon_words
from reader_app.core.facts.model import FactKind

# The entries (resources/facts/gazetteer.txt) are "kind | canonical English name | other names" lines; traditional
# Chinese spellings are derived from the simplified ones with resources/facts/simplified_traditional.txt.


@lru_cache(maxsize=1)
def _s2t() -> dict[str, str]:
    return {pair[0]: pair[1] for line in lexicon_lines("simplified_traditional.txt") for pair in line.split()}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    kind: FactKind
    name: str
    """Canonical English name."""


def to_traditional(text: str) -> str:
    """Traditional spelling of a simplified name, character by character, as far as the table reaches."""
    table = _s2t()
    return "".join(table.get(ch, ch) for ch in text)


def _has_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


@lru_cache(maxsize=1)
def names() -> dict[str, GazetteerEntry]:
    """Every known surface form (English keys as written, CJK keys also in traditional) → entry."""
    table: dict[str, GazetteerEntry] = {}
    for line in lexicon_lines("gazetteer.txt"):
        kind_name, canonical, others = line.split("|", 2)
        if kind_name == _INDEX:
            continue
        entry = GazetteerEntry(FactKind(kind_name), canonical)
        forms = [canonical, *(form.strip() for form in others.split(";"))]
        for form in forms:
            if not form:
                continue
            table.setdefault(form, entry)
            if _has_cjk(form):
                table.setdefault(to_traditional(form), entry)
    return table


_INDEX = "index"


@lru_cache(maxsize=1)
def index_names() -> frozenset[str]:
    """Every surface form of a stock index the gazetteer lists (恒生指数, Hang Seng Index, S&P 500): no names."""
    forms: set[str] = set()
    for line in lexicon_lines("gazetteer.txt"):
        kind_name, canonical, others = line.split("|", 2)
        if kind_name != _INDEX:
            continue
        for form in [canonical, *(item.strip() for item in others.split(";"))]:
            if form:
                forms.add(form)
                if _has_cjk(form):
                    forms.add(to_traditional(form))
    return frozenset(forms)


_SURNAME_FILES = {
    "CHINESE_COMPOUND_SURNAMES": "surnames_zh_compound.txt",
    "JAPANESE_SURNAMES": "surnames_ja.txt",
    "ROMANISED_SURNAMES": "surnames_romanised.txt",
}


def __getattr__(name: str) -> frozenset[str]:
    """Family-name lists, read on first use: CHINESE_SURNAMES (single characters), CHINESE_COMPOUND_SURNAMES,
    JAPANESE_SURNAMES and ROMANISED_SURNAMES (Chinese, Japanese, Korean and Vietnamese names in Latin letters)."""
    if name == "CHINESE_SURNAMES":
        return lexicon_characters("surnames_zh.txt")
    file = _SURNAME_FILES.get(name)
    if file is None:
        raise AttributeError(name)
    return lexicon_words(file)


@lru_cache(maxsize=1)
def china_divisions() -> dict[str, str]:
    """China's provinces, prefectures and counties (resources/facts/places_china.txt), in both scripts: each full
    name (湘潭市, 凉山彝族自治州) and each short form news writes alone (湘潭, 凉山) → its level: "prefecture" (a
    province's or prefecture's name, or a short form one of them has), "county" (a county's, county-level city's
    or district's full name) or "county short" (a short form only counties have: 涟源, 平原)."""
    table: dict[str, str] = {}
    lines = [line.split("|") for line in lexicon_lines("places_china.txt")]
    majors = {short for _, short, level in lines if level == "prefecture"}
    for full, short, level in lines:
        forms = ((full, level), (short, "prefecture" if short in majors else "county short"))
        for form, form_level in forms:
            if form:
                table.setdefault(form, form_level)
                table.setdefault(to_traditional(form), form_level)
    return table
