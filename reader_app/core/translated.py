"""A passage's machine translation: one target string per source sentence, so both sides stay aligned."""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.language import is_cjk


@dataclass(frozen=True, slots=True)
class SentenceTranslation:
    text: str
    warning: str | None = None
    """Why this sentence cannot be trusted (empty output, repetition loop, untranslated echo), or None."""


@dataclass(frozen=True, slots=True, weakref_slot=True)
class PassageTranslation:
    """Translation of one passage; `sentences[i]` translates source sentence i, None while still pending."""

    role: PassageRole
    source_lang: str
    target_lang: str
    package: str
    sentences: tuple[SentenceTranslation | None, ...]

    @property
    def complete(self) -> bool:
        return all(s is not None for s in self.sentences)

    def with_sentence(self, index: int, sentence: SentenceTranslation) -> PassageTranslation:
        sentences = list(self.sentences)
        sentences[index] = sentence
        return PassageTranslation(self.role, self.source_lang, self.target_lang, self.package, tuple(sentences))

    def as_passage(self, pending: str = "…") -> Passage:
        """A passage of the joined translations whose sentence i is the translation of source sentence i."""
        joiner = "" if is_cjk(self.target_lang) else " "
        text = ""
        spans: list[Span] = []
        for sentence in self.sentences:
            piece = sentence.text if sentence is not None and sentence.text else pending
            if text:
                text += joiner
            spans.append(Span(len(text), len(text) + len(piece)))
            text += piece
        return Passage(role=self.role, text=text, lang=self.target_lang, sentences=tuple(spans))
