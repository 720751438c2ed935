"""The open document and the results every feature shares (its translations and facts), and which side of the
reader shows which passage. Features publish results here and subscribe to the change signals; none computes what
another publishes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader_app.core.document import Document, Passage, PassageRole, TextBlock
from reader_app.core.language import ENGLISH, is_cjk, language_name, native_language_name

if TYPE_CHECKING:
    from reader_app.core.facts.extract import PassageFacts
    from reader_app.core.facts.model import Fact
    from reader_app.core.translated import PassageTranslation


class Side(StrEnum):
    CJK = "cjk"
    ENGLISH = "english"


class BlockKind(StrEnum):
    ORIGINAL = "original"
    MACHINE = "machine"
    """The machine translation of the passage the document has on the other side."""
    PLACEHOLDER = "placeholder"
    """The document lacks this passage on this side and it is not translated yet."""


@dataclass(frozen=True)
class Block:
    """One labelled passage on one side: the original, its machine translation, or an empty placeholder."""

    role: PassageRole
    kind: BlockKind
    lang: str | None
    passage: Passage | None
    """None for a placeholder; for a machine translation the translation's `as_passage()`."""
    translation: PassageTranslation | None = None
    breaks: tuple[int, ...] = ()
    """Offsets in `passage` where the view starts a paragraph the text does not spell out: a machine translation
    is one run of sentences, so it gets the source's paragraph breaks back."""
    byline: str | None = None
    """The original article's byline and dateline (shown above it, never part of its text)."""
    structure: tuple[TextBlock, ...] = ()
    """The original article's headings, list items and quotations (offsets into `passage`)."""

    @property
    def aligned(self) -> bool:
        """Sentence i of this block corresponds to sentence i on the other side."""
        return self.kind is not BlockKind.PLACEHOLDER and self.passage is not None


@dataclass(frozen=True)
class DocumentFacts:
    """The facts of one document and its translations, as the facts feature found them."""

    document: Document
    translations: Mapping[PassageRole, PassageTranslation]
    """The translations the facts were found in (the session's may have moved on since)."""
    passages: Mapping[PassageRole, PassageFacts]
    ranking: tuple[tuple[float, ...], tuple[int, ...]] | None = field(default=None, compare=False)
    """The article's summary ranking computed with these facts, when it came with them (a big document's child
    process ranks as it extracts): (score per sentence, sentence indices best first)."""
    article_starts: Sequence[int] | None = field(default=None, compare=False)
    """Where the article's facts start, in order, when the facts worker made that list (the summary's ranking of a
    big article uses it instead of going over every fact on the window's thread)."""

    def source(self, role: PassageRole) -> tuple[Fact, ...]:
        """Facts of the original passage `role`, in document order."""
        found = self.passages.get(role)
        return found.source if found is not None else ()

    def originals(self) -> list[Fact]:
        """Facts of the original passages, prompt first."""
        return [fact for role in (PassageRole.PROMPT, PassageRole.ARTICLE) for fact in self.source(role)]


def paragraph_starts(source: Passage, translated: Passage) -> tuple[int, ...]:
    """Offsets in `translated` of sentences that begin a new paragraph in `source` (sentence i ↔ sentence i)."""
    starts = []
    count = min(len(source.sentences), len(translated.sentences))
    for index in range(1, count):
        between = source.text[source.sentences[index - 1].end : source.sentences[index].start]
        if "\n" in between:
            starts.append(translated.sentences[index].start)
    return tuple(starts)


def side_of(lang: str) -> Side:
    return Side.CJK if is_cjk(lang) else Side.ENGLISH


def side_language_label(lang: str | None, *more: str) -> str:
    """Header for a side: the language's own name, then the English name the status bar, library and exports use
    ("日本語 · Japanese", "简体中文 · Chinese (Simplified)"); a side showing several languages names them all
    ("English / 简体中文 · English / Chinese (Simplified)")."""
    if lang is None:
        return "中文 / 日本語 · Chinese / Japanese"
    langs = list(dict.fromkeys((lang, *more)))
    native = " / ".join(native_language_name(code) for code in langs)
    english = " / ".join(language_name(code) for code in langs)
    return english if native == english else f"{native} · {english}"


class ReaderSession(QObject):
    """Holds what the reader is looking at and what was found in it; widgets render it, features add to it."""

    documentAboutToChange = Signal()
    """Another document is about to replace the open one: what is being typed into the open one is finished now."""
    documentChanged = Signal(object)
    """(Document) a new document is open; its translations and facts are empty until published again."""
    translationChanged = Signal(object)
    """(PassageRole) the translation of that passage was added, extended or removed."""
    factsChanged = Signal()
    """The open document's facts (`facts()`) were published or cleared."""
    targetChanged = Signal()
    """The language the open document is translated into (`target_lang`) changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._translations: dict[PassageRole, PassageTranslation] = {}
        self._shown: dict[PassageRole, tuple[PassageTranslation, Passage, tuple[int, ...]]] = {}
        self._facts: DocumentFacts | None = None
        self._target: str | None = None
        self._english_target: str | None = None

    def document(self) -> Document | None:
        return self._document

    def set_document(self, document: Document) -> None:
        """Show `document`; translations and facts of the previous document are dropped."""
        if self._document is not None:
            self.documentAboutToChange.emit()
        self._document = document
        self._translations = {}
        self._shown = {}  # the old translations' joined text (a big one's is tens of megabytes)
        self._target = None
        had_facts, self._facts = self._facts is not None, None
        self.documentChanged.emit(document)
        if had_facts:
            self.factsChanged.emit()

    def target_lang(self) -> str | None:
        """The language the reader chose to translate the open document into (Translate Into), or None: each
        passage goes into the other side's language."""
        return self._target

    def set_target_lang(self, lang: str | None) -> None:
        if lang != self._target:
            self._target = lang
            self.targetChanged.emit()

    def set_english_target(self, lang: str | None) -> None:
        """The language English goes into when the document has no Chinese or Japanese and the reader chose none
        (the first installed model's): the empty column is headed with it."""
        if lang != self._english_target:
            self._english_target = lang
            self.targetChanged.emit()

    def facts(self) -> DocumentFacts | None:
        """The open document's facts, once the facts feature has found them."""
        return self._facts

    def set_facts(self, facts: DocumentFacts) -> None:
        """Publish the facts of the open document (ignored when another document has opened meanwhile)."""
        if facts.document is not self._document:
            return
        self._facts = facts
        self.factsChanged.emit()

    def translation(self, role: PassageRole) -> PassageTranslation | None:
        return self._translations.get(role)

    def translations(self) -> dict[PassageRole, PassageTranslation]:
        return dict(self._translations)

    def set_translation(self, translation: PassageTranslation) -> None:
        """Add or replace the translation of one passage; call again with partial results as they stream in."""
        if self._document is None or self._document.passage(translation.role) is None:
            return
        self._translations[translation.role] = translation
        self.translationChanged.emit(translation.role)

    def clear_translation(self, role: PassageRole) -> None:
        self._shown.pop(role, None)
        if self._translations.pop(role, None) is not None:
            self.translationChanged.emit(role)

    def blocks(self, side: Side) -> list[Block]:
        """The blocks shown on `side`, prompt first."""
        if self._document is None:
            return []
        blocks = []
        for passage in self._document.passages():
            if side_of(passage.lang) is side:
                is_article = passage.role is PassageRole.ARTICLE
                blocks.append(
                    Block(
                        passage.role,
                        BlockKind.ORIGINAL,
                        passage.lang,
                        passage,
                        byline=self._document.byline if is_article else None,
                        structure=self._document.blocks if is_article else (),
                    )
                )
                continue
            translation = self._translations.get(passage.role)
            if translation is not None:
                shown, breaks = self._translated_passage(translation, passage)
                blocks.append(
                    Block(passage.role, BlockKind.MACHINE, translation.target_lang, shown, translation, breaks)
                )
            else:
                lang = ENGLISH if side is Side.ENGLISH else self.cjk_lang() or self._english_target
                if self._target is not None and self._target != passage.lang:
                    lang = self._target  # the slot of the translation the reader chose
                blocks.append(Block(passage.role, BlockKind.PLACEHOLDER, lang, None))
        return blocks

    def _translated_passage(
        self, translation: PassageTranslation, source: Passage
    ) -> tuple[Passage, tuple[int, ...]]:
        """`translation.as_passage()` and its paragraph starts, built once per translation (asked for often)."""
        cached = self._shown.get(translation.role)
        if cached is None or cached[0] is not translation:
            shown = translation.as_passage()
            cached = self._shown[translation.role] = (translation, shown, paragraph_starts(source, shown))
        return cached[1], cached[2]

    def block(self, side: Side, role: PassageRole) -> Block | None:
        for block in self.blocks(side):
            if block.role is role:
                return block
        return None

    def is_aligned(self, role: PassageRole) -> bool:
        """Both sides show the passage `role` sentence by sentence (it has a translation)."""
        return self._translations.get(role) is not None

    def cjk_lang(self) -> str | None:
        """The Chinese or Japanese language of this document, original or translated, if known.

        The article's decides (a Japanese prompt such as もっと詳しく over a Chinese article: the side is Chinese)."""
        if self._document is None:
            return None
        for passage in reversed(tuple(self._document.passages())):
            if is_cjk(passage.lang):
                return passage.lang
        for translation in self._translations.values():
            if is_cjk(translation.target_lang):
                return translation.target_lang
        return None

    def side_lang(self, side: Side) -> str | None:
        """The language the side shows: English or the CJK language, or, for a side that holds only translations
        into one other language (a Japanese article read beside its Chinese translation), that language."""
        if self._document is not None and not any(side_of(p.lang) is side for p in self._document.passages()):
            if self._target is not None:
                return self._target
            targets = {translation.target_lang for translation in self._translations.values()}
            if len(targets) == 1:
                return targets.pop()
        return ENGLISH if side is Side.ENGLISH else self.cjk_lang() or self._english_target

    def language_pair(self) -> str:
        """"Japanese ⇄ English" (or just "English" when no CJK language is known); with a language chosen to
        translate into, the originals' languages and that one: "Japanese · English → Chinese (Simplified)"."""
        if self._document is None:
            return ""
        if self._target is not None:
            sources = dict.fromkeys(p.lang for p in self._document.passages() if p.lang != self._target)
            if sources:
                names = " · ".join(language_name(lang) for lang in sources)
                return f"{names} → {language_name(self._target)}"
        cjk = self.cjk_lang()
        if cjk is None:
            return language_name(ENGLISH)
        return f"{language_name(cjk)} ⇄ {language_name(ENGLISH)}"
