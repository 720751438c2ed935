"""Organisations, people and places in a passage: a rule-based recogniser, replaceable by a locally installed spaCy."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Protocol

from reader_app.core.document import Passage, Span
from reader_app.core.facts.entities_cjk import CjkRecognizer
from reader_app.core.facts.entities_en import EnglishRecognizer, Mention, outside_spans
from reader_app.core.facts.entity_tables import table_organisations
from reader_app.core.facts.gazetteer import index_names, names
from reader_app.core.facts.model import EntityValue, Fact, FactKind
from reader_app.core.facts.protected import protected_spans
from reader_app.core.language import is_cjk

ENGINE_VARIABLE = "READER_APP_NER"
"""Set to "rules" to ignore an installed spaCy pipeline. By default a locally installed spaCy model for the
passage's language (en_core_web_*, zh_core_web_*, ja_core_news_*) is used when present; nothing is downloaded."""


class EntityRecognizer(Protocol):
    """Anything that finds entity facts in a passage; each mention is a Fact with the entity's canonical name."""

    def find_entities(self, passage: Passage) -> list[Fact]: ...


class RuleBasedRecognizer:
    """Patterns, context cues, titles and the gazetteer; needs no model and works offline."""

    def __init__(self) -> None:
        self._english = EnglishRecognizer()
        self._cjk = CjkRecognizer()

    def find_entities(self, passage: Passage) -> list[Fact]:
        text = passage.text
        if is_cjk(passage.lang):
            mentions = self._cjk.find(text, "ja" if passage.lang == "ja" else "zh")
        else:
            starts = frozenset(span.start for span in passage.sentences)
            mentions = self._english.find(text, starts)
        mentions = _not_indexes(text, table_organisations(text, mentions))
        return [_fact(passage, mention) for mention in _unprotected(text, mentions) if mention.end > mention.start]


def _not_indexes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A stock index is no organisation, nor is a word of its name ("Hang" of the Hang Seng Index, 恒生指數)."""
    present = tuple(form for form in _index_forms() if form in text)  # a few substring scans, no regex pass
    if not present:
        return mentions
    spans = sorted(_occurrences(text, present))
    return outside_spans(mentions, spans) if spans else mentions


@lru_cache(maxsize=1)
def _index_forms() -> tuple[str, ...]:
    return tuple(sorted(index_names(), key=len, reverse=True))


def _occurrences(text: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each form stands as a whole word (not inside a longer Latin word, nor before another capitalised
    word: "Dow" of "Dow Chemical" is the company)."""
    spans = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            before = text[at - 1 : at]
            after = text[end : end + 2]
            inside_word = (before.isascii() and before.isalnum()) or (after[:1].isascii() and after[:1].isalnum())
            company = text.startswith(_COMPANY_AFTER_INDEX, end)  # "Dow Jones & Company" is the publisher
            if not inside_word and not company and not (after[:1] == " " and after[1:2].isupper()):
                spans.append((at, end))
            at = text.find(form, end)
    return spans


_COMPANY_AFTER_INDEX = (" & Co", " and Co", " Inc", " Corp", " Ltd")


def _unprotected(text: str, mentions: list[Mention]) -> list[Mention]:
    """No names inside web or e-mail addresses, handles, code or product model names."""
    protected = protected_spans(text)
    if not protected:
        return mentions
    return [mention for mention in mentions if not protected.overlaps(mention.start, mention.end)]


def _fact(passage: Passage, mention: Mention) -> Fact:
    text = passage.text[mention.start : mention.end]
    return Fact(
        kind=mention.kind,
        role=passage.role,
        span=Span(mention.start, mention.end),
        text=text,
        value=entity_value(text, mention.name),
    )


def entity_value(text: str, canonical: str | None) -> EntityValue:
    """The name in the text's own form; an English canonical name for a CJK mention (腾讯 → Tencent) or for another
    English name of the same one (Ma Huateng → Pony Ma) becomes its gloss, so the panel, pins and searches use the
    text's own words and links across languages still meet the canonical name. A short mention standing for a full
    name met earlier (Biden → Joe Biden) takes the full name."""
    if canonical is None or canonical == text:
        return EntityValue(text)
    if _has_cjk(text) and not _has_cjk(canonical):
        return EntityValue(text, canonical)
    if not _has_cjk(text) and not _short_form_of(text, canonical):
        return EntityValue(text, canonical)
    return EntityValue(canonical)


def _short_form_of(text: str, name: str) -> bool:
    """Whether every word of `text` is a word of `name` (Biden of Joe Biden, Xi of Xi Jinping)."""
    words = set(name.casefold().split())
    return all(word in words for word in text.casefold().split())


def _has_cjk(text: str) -> bool:
    return _CJK_CHARACTER.search(text) is not None


_CJK_CHARACTER = re.compile("[\u3040-\u9fff\uf900-\ufaff]")



_SPACY_MODELS = {
    "en": ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm"),
    "zh": ("zh_core_web_trf", "zh_core_web_lg", "zh_core_web_md", "zh_core_web_sm"),
    "zh-Hant": ("zh_core_web_trf", "zh_core_web_lg", "zh_core_web_md", "zh_core_web_sm"),
    "ja": ("ja_core_news_trf", "ja_core_news_lg", "ja_core_news_md", "ja_core_news_sm"),
}
_SPACY_LABELS = {
    "ORG": FactKind.ORG,
    "PERSON": FactKind.PERSON,
    "GPE": FactKind.PLACE,
    "LOC": FactKind.PLACE,
    "FAC": FactKind.PLACE,
}


class SpacyRecognizer:
    """Adapter for a spaCy pipeline the user installed; names are grouped the same way as the rule-based ones."""

    def __init__(self, nlp: object) -> None:
        self._nlp = nlp

    def find_entities(self, passage: Passage) -> list[Fact]:
        doc = self._nlp(passage.text)  # type: ignore[operator]
        mentions: list[Mention] = []
        for entity in doc.ents:
            kind = _SPACY_LABELS.get(entity.label_)
            if kind is not None:
                mentions.append(Mention(entity.start_char, entity.end_char, kind))
        return [_fact(passage, mention) for mention in _grouped(passage.text, _unprotected(passage.text, mentions))]


def _grouped(text: str, mentions: list[Mention]) -> list[Mention]:
    """Canonical names for a pipeline's mentions: the gazetteer's English name when it knows the surface form
    (so 腾讯 and Tencent link across languages), and later short mentions after the full name ("Biden")."""
    known = names()
    full: dict[tuple[FactKind, str], str] = {}
    for mention in mentions:
        surface = text[mention.start : mention.end]
        words = surface.split()
        if len(words) >= 2:
            full.setdefault((mention.kind, words[-1]), surface)
    result = []
    for mention in mentions:
        surface = text[mention.start : mention.end]
        entry = known.get(surface)
        name = entry.name if entry is not None else full.get((mention.kind, surface), surface)
        result.append(Mention(mention.start, mention.end, mention.kind, name))
    return result


@lru_cache(maxsize=8)
def _spacy_pipeline(lang: str) -> object | None:
    """A locally installed spaCy model for `lang`, or None; never downloads anything."""
    from importlib.util import find_spec

    if find_spec("spacy") is None:
        return None
    try:
        import spacy
    except Exception:  # a broken install must not break fact extraction
        return None
    for name in _SPACY_MODELS.get(lang, ()):
        if find_spec(name) is None:
            continue
        try:
            pipeline: object = spacy.load(name, exclude=["lemmatizer", "textcat"])
            return pipeline
        except Exception:
            continue
    return None


@lru_cache(maxsize=1)
def _rules() -> RuleBasedRecognizer:
    return RuleBasedRecognizer()


def recognizer_for(lang: str) -> EntityRecognizer:
    """The spaCy adapter when a model for `lang` is installed (and not switched off), else the built-in rules."""
    if os.environ.get(ENGINE_VARIABLE, "").lower() != "rules":
        nlp = _spacy_pipeline(lang)
        if nlp is not None:
            return SpacyRecognizer(nlp)
    return _rules()


def find_entities(passage: Passage) -> list[Fact]:
    """Every organisation, person and place mention in `passage`, in text order; mentions of one entity share a name."""
    return recognizer_for(passage.lang).find_entities(passage)
