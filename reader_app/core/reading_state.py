"""Everything the reader made for one document, keyed by its text hash: summary, pins, highlights, translations."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from reader_app.core.annotations import Highlight, utc_now
from reader_app.core.document import Document, PassageRole, Span
from reader_app.core.facts.model import Fact, FactKind
from reader_app.core.translated import PassageTranslation

_last_hashed: tuple[Document, str] | None = None
"""The document hashed last and its hash: the loader hashes a document on its worker, and the window's reading
store and the library writer then get the hash without going over the text again (documents are immutable)."""


def text_hash(document: Document) -> str:
    """sha256 of the passages' roles and texts: the same text gives the same hash on any machine."""
    global _last_hashed
    last = _last_hashed
    if last is not None and last[0] is document:
        return last[1]
    digest = hashlib.sha256()
    for passage in document.passages():
        digest.update(passage.role.value.encode("utf-8"))
        digest.update(b"\x00")
        digest.update(passage.text.encode("utf-8"))
        digest.update(b"\x00")
    hexdigest = digest.hexdigest()
    _last_hashed = (document, hexdigest)
    return hexdigest


@dataclass(frozen=True, slots=True)
class PinnedFact:
    """A key fact the reader pinned to the summary; matched to extracted facts by role and span."""

    kind: FactKind
    role: PassageRole
    span: Span
    text: str

    @classmethod
    def from_fact(cls, fact: Fact) -> PinnedFact:
        return cls(kind=fact.kind, role=fact.role, span=fact.span, text=fact.text)

    def matches(self, fact: Fact) -> bool:
        return fact.kind is self.kind and fact.role is self.role and fact.span == self.span


@dataclass(frozen=True, slots=True)
class ReadingState:
    """What the reader made for one document; every `with_*` helper returns a new state with `modified` and
    `revision` bumped."""

    text_hash: str
    title: str
    source: str | None = None
    """Path of the file the document came from, as a string (None for pasted text)."""
    summary_length: int | None = None
    """Number of summary sentences the reader chose; None means the app's default."""
    summary_edit: str | None = None
    """The reader's own wording of the summary, or None when the summary is the extracted one."""
    pinned_facts: tuple[PinnedFact, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    """In the order they were made; sort by anchor for document order."""
    translations: tuple[PassageTranslation, ...] = ()
    """At most one per passage role."""
    created: datetime = field(default_factory=utc_now)
    modified: datetime = field(default_factory=utc_now)
    target_lang: str | None = None
    """The language the reader chose to translate this document into (Translate ▾ → Translate Into); None: the
    other column's language."""
    revision: int = 0
    """Counts the changes made to this document's state (each `with_*` adds one): of two states of the same text, the
    one with the higher revision is the newer work, whatever the clocks of the machines that wrote them said."""

    @classmethod
    def for_document(cls, document: Document, digest: str | None = None) -> ReadingState:
        """A fresh state; `digest` is the document's `text_hash` when the caller has it (a big text hashes slowly)."""
        source = str(document.source) if document.source is not None else None
        return cls(text_hash=digest or text_hash(document), title=document.title, source=source)

    # Queries

    def highlight(self, highlight_id: str) -> Highlight | None:
        return next((h for h in self.highlights if h.id == highlight_id), None)

    def translation(self, role: PassageRole) -> PassageTranslation | None:
        return next((t for t in self.translations if t.role is role), None)

    def is_pinned(self, fact: Fact) -> bool:
        return any(pin.matches(fact) for pin in self.pinned_facts)

    # Updates

    def _changed(self, **changes: object) -> ReadingState:
        return replace(self, modified=utc_now(), revision=self.revision + 1, **changes)  # type: ignore[arg-type]

    def same_work(self, other: ReadingState) -> bool:
        """Both hold the same summary, pins, highlights and translations (times and revision aside)."""
        return replace(self, modified=other.modified, revision=other.revision) == other

    def with_highlight(self, highlight: Highlight) -> ReadingState:
        """Adds `highlight`, or replaces the one with the same id in place."""
        if self.highlight(highlight.id) is None:
            return self._changed(highlights=(*self.highlights, highlight))
        return self._changed(highlights=tuple(highlight if h.id == highlight.id else h for h in self.highlights))

    def with_highlight_at(self, index: int, highlight: Highlight) -> ReadingState:
        """Puts `highlight` back at `index` (undo of a delete keeps the original order)."""
        rest = [h for h in self.highlights if h.id != highlight.id]
        rest.insert(max(0, min(index, len(rest))), highlight)
        return self._changed(highlights=tuple(rest))

    def without_highlight(self, highlight_id: str) -> ReadingState:
        return self._changed(highlights=tuple(h for h in self.highlights if h.id != highlight_id))

    def with_highlights(self, highlights: Iterable[Highlight]) -> ReadingState:
        return self._changed(highlights=tuple(highlights))

    def with_summary_length(self, length: int | None) -> ReadingState:
        return self._changed(summary_length=length)

    def with_summary_edit(self, text: str | None) -> ReadingState:
        return self._changed(summary_edit=text)

    def with_pinned_facts(self, pins: Iterable[PinnedFact]) -> ReadingState:
        return self._changed(pinned_facts=tuple(pins))

    def with_pin(self, pin: PinnedFact) -> ReadingState:
        if pin in self.pinned_facts:
            return self
        return self._changed(pinned_facts=(*self.pinned_facts, pin))

    def without_pin(self, pin: PinnedFact) -> ReadingState:
        return self._changed(pinned_facts=tuple(p for p in self.pinned_facts if p != pin))

    def with_translation(self, translation: PassageTranslation) -> ReadingState:
        """Keeps one translation per role; the newest wins."""
        others = tuple(t for t in self.translations if t.role is not translation.role)
        return self._changed(translations=(*others, translation))

    def with_target_lang(self, lang: str | None) -> ReadingState:
        """Translate into `lang` from now on (None: the default): translations into another language are dropped,
        as the window drops them."""
        if lang == self.target_lang:
            return self
        kept = tuple(t for t in self.translations if lang is not None and t.target_lang == lang)
        return self._changed(target_lang=lang, translations=kept)

    def rebased(self, document: Document, previous: Document | None = None) -> ReadingState:
        """This state moved onto `document` (e.g. the source file was edited): new hash, title and source.

        Translations of passages whose text changed since `previous` are dropped (without `previous`, those whose
        sentence count no longer fits), since they no longer line up sentence by sentence; highlights are kept and
        must be re-attached by the caller (see `reattach`).
        """
        fresh = ReadingState.for_document(document)
        if self.text_hash == fresh.text_hash:
            return self

        def still_fits(translation: PassageTranslation) -> bool:
            passage = document.passage(translation.role)
            if passage is None:
                return False
            if previous is not None:
                old = previous.passage(translation.role)
                return old is not None and old.text == passage.text
            return len(passage.sentences) == len(translation.sentences)

        kept = tuple(t for t in self.translations if still_fits(t))
        return self._changed(text_hash=fresh.text_hash, title=fresh.title, source=fresh.source, translations=kept)


class Newer(Enum):
    """How a saved file's state compares with the library's state of the same text."""

    SAVED = "saved"
    """The file holds newer work (or the library has none): it replaces the library's."""
    SAME = "same"
    """The same work: nothing to do."""
    LIBRARY = "library"
    """The library holds newer work: it stays, and the reader may choose the file's version."""
    DIVERGED = "diverged"
    """Different work of the same revision (both changed since they parted): the library's stays, the reader may
    choose the file's version."""


def compare_work(saved: ReadingState, library: ReadingState | None) -> Newer:
    """Which of two states of the same text is newer, by revision; nothing newer is ever replaced by something
    older, and different work of one revision is never replaced without asking."""
    if library is None or library.text_hash != saved.text_hash or saved.revision > library.revision:
        return Newer.SAVED
    if saved.revision < library.revision:
        return Newer.LIBRARY
    return Newer.SAME if saved.same_work(library) else Newer.DIVERGED
