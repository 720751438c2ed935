"""What every export shows, gathered once from the document, the reading state, the facts and the summary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reader_app.core.annotations import Highlight, document_order, reattach
from reader_app.core.document import Document, Passage, PassageRole
from reader_app.core.facts.model import EntityValue, Fact, FactKind
from reader_app.core.language import language_name
from reader_app.core.reading_state import ReadingState
from reader_app.core.summary import default_length, summarize
from reader_app.core.translated import PassageTranslation


@dataclass(frozen=True, slots=True)
class ExportSentence:
    """A summary sentence with its machine translation, when there is one."""

    index: int
    text: str
    translation: str | None


@dataclass(frozen=True, slots=True)
class ExportHighlight:
    quote: str
    note: str
    colour: str
    role: PassageRole
    translated: bool
    """Made on the machine translation rather than the original text."""
    context: str
    """The whole sentence(s) the quote sits in, on the side it was made (the quote itself for orphans)."""
    counterpart: str | None
    """The same sentence(s) on the other side: the translation of an original, or the original of a translation."""
    orphan: bool
    """Its text is no longer in the document; kept so nothing the reader wrote is lost."""
    colour_name: str = ""
    """The reader's name for the colour ("question", "key number"), empty when unnamed."""

    @property
    def label(self) -> str:
        """How exports name the colour: "question (yellow)", or "yellow" when the reader gave it no name."""
        return f"{self.colour_name} ({self.colour})" if self.colour_name else self.colour


@dataclass(frozen=True, slots=True)
class ExportContent:
    title: str
    source: str | None
    published: date | None
    article_lang: str
    prompt: str | None
    prompt_lang: str | None
    prompt_translation: str | None
    prompt_translation_lang: str | None
    summary: tuple[ExportSentence, ...]
    summary_translation_lang: str | None
    """Language of the summary sentences' translations, when the article has a translation."""
    summary_edit: str | None
    """The reader's own wording of the summary, shown instead of the extracted sentences."""
    total_sentences: int
    facts: tuple[tuple[FactKind, tuple[str, ...]], ...]
    """Distinct facts by kind, kinds in palette order, facts in order of first mention."""
    pinned_facts: tuple[tuple[FactKind, str], ...]
    highlights: tuple[ExportHighlight, ...]
    document: Document
    state: ReadingState
    """The document and state the content came from, for the JSON export (the saved format)."""

    @property
    def languages_line(self) -> str:
        """"Language: English", or "Languages: Japanese (prompt), English (article)" when the two differ."""
        if self.prompt_lang is None or self.prompt_lang == self.article_lang:
            return f"Language: {language_name(self.article_lang)}"
        return f"Languages: {language_name(self.prompt_lang)} (prompt), {language_name(self.article_lang)} (article)"

    @property
    def summary_text(self) -> str:
        if self.summary_edit is not None:
            return self.summary_edit
        return " ".join(sentence.text for sentence in self.summary)


def _original_facts(document: Document) -> list[Fact]:
    """The facts of the document's own passages (no translations), prompt first."""
    from reader_app.core.facts.extract import extract_document_facts

    return [fact for found in extract_document_facts(document).values() for fact in found.source]


def _joined(translation: PassageTranslation | None, indices: Sequence[int]) -> str | None:
    if translation is None:
        return None
    pieces = [
        sentence.text
        for i in indices
        if i < len(translation.sentences) and (sentence := translation.sentences[i]) is not None and sentence.text
    ]
    if not pieces:
        return None
    return ("" if translation.target_lang in ("ja", "zh", "zh-Hant") else " ").join(pieces)


def _sentences_covering(passage: Passage, start: int, end: int) -> list[int]:
    return [i for i, span in enumerate(passage.sentences) if span.start < max(end, start + 1) and start < span.end]


def _fact_label(fact: Fact) -> str:
    if isinstance(fact.value, EntityValue):
        return fact.value.name
    return fact.text


def _grouped_facts(facts: Sequence[Fact]) -> tuple[tuple[FactKind, tuple[str, ...]], ...]:
    by_kind: dict[FactKind, list[str]] = {kind: [] for kind in FactKind}
    roles = list(PassageRole)
    for fact in sorted(facts, key=lambda f: (roles.index(f.role), f.span.start)):
        label = _fact_label(fact).strip()
        if label and label not in by_kind[fact.kind]:
            by_kind[fact.kind].append(label)
    return tuple((kind, tuple(labels)) for kind, labels in by_kind.items() if labels)


class _Highlights:
    """Turns stored highlights into what an export shows, re-attaching each to the current text."""

    def __init__(
        self,
        document: Document,
        translations: dict[PassageRole, PassageTranslation],
        colour_names: Mapping[str, str] | None = None,
    ) -> None:
        self._document = document
        self._translations = translations
        self._names = dict(colour_names or {})

    def build(self, highlight: Highlight) -> ExportHighlight:
        original = self._document.passage(highlight.role)
        translation = self._translations.get(highlight.role)
        marked: Passage | None = original
        if highlight.translated:
            marked = translation.as_passage() if translation is not None else None
        span = reattach(highlight.anchor, marked) if marked is not None else None
        if marked is None or span is None:
            # Made on a translation into another language than the one exported: still there, just not shown.
            elsewhere = (
                highlight.lang is not None and translation is not None and translation.target_lang != highlight.lang
            )
            return ExportHighlight(
                highlight.quote, highlight.note, highlight.colour, highlight.role, highlight.translated,
                context=highlight.quote, counterpart=None, orphan=not elsewhere,
                colour_name=self._names.get(highlight.colour, ""),
            )  # fmt: skip
        indices = _sentences_covering(marked, span.start, span.end)
        context = " ".join(marked.sentence_text(i) for i in indices) or marked.text[span.start : span.end]
        if highlight.translated:
            counterpart = " ".join(original.sentence_text(i) for i in indices) if original is not None else None
        else:
            counterpart = _joined(translation, indices)
        return ExportHighlight(
            highlight.quote, highlight.note, highlight.colour, highlight.role, highlight.translated,
            context=context, counterpart=counterpart or None, orphan=False,
            colour_name=self._names.get(highlight.colour, ""),
        )  # fmt: skip


def build_content(
    document: Document,
    state: ReadingState | None = None,
    facts: Sequence[Fact] | None = None,
    translations: Sequence[PassageTranslation] = (),
    colour_names: Mapping[str, str] | None = None,
) -> ExportContent:
    """Everything an export shows; `facts` None extracts them; `translations` (the session's) win over the state's;
    `colour_names` are the reader's names for the highlight colours."""
    state = state if state is not None else ReadingState.for_document(document)
    for translation in translations:
        if state.translation(translation.role) != translation:
            state = state.with_translation(translation)
    by_role = {t.role: t for t in state.translations}
    if facts is None:
        facts = _original_facts(document)
    article = document.article
    total = len(article.sentences)
    length = state.summary_length if state.summary_length is not None else default_length(total)
    summary = summarize(article, max(1, length), facts)
    article_translation = by_role.get(PassageRole.ARTICLE)
    prompt = document.prompt
    prompt_translation = by_role.get(PassageRole.PROMPT) if prompt is not None else None
    highlights = _Highlights(document, by_role, colour_names)
    return ExportContent(
        title=document.title,
        source=str(document.source) if document.source is not None else state.source,
        published=document.published,
        article_lang=article.lang,
        prompt=prompt.text if prompt is not None else None,
        prompt_lang=prompt.lang if prompt is not None else None,
        prompt_translation=(
            _joined(prompt_translation, range(len(prompt.sentences))) if prompt is not None else None
        ),
        prompt_translation_lang=prompt_translation.target_lang if prompt_translation is not None else None,
        summary=tuple(
            ExportSentence(s.index, s.text, _joined(article_translation, [s.index])) for s in summary.sentences
        ),
        summary_translation_lang=article_translation.target_lang if article_translation is not None else None,
        summary_edit=state.summary_edit,
        total_sentences=total,
        facts=_grouped_facts(facts),
        pinned_facts=tuple((pin.kind, pin.text) for pin in state.pinned_facts),
        highlights=tuple(highlights.build(h) for h in document_order(list(state.highlights))),
        document=document,
        state=state,
    )
