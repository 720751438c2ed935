"""The summary the reader is looking at: ranking (computed off the UI thread), length, own wording and pinned facts."""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from reader_app.core.big_document import PROCESS_THRESHOLD
from reader_app.core.document import Document, Passage, PassageRole
from reader_app.core.facts.model import Fact
from reader_app.core.reading_state import PinnedFact, ReadingState
from reader_app.core.summary import Ranking, Summary, default_length, rank_sentences
from reader_app.core.translated import PassageTranslation
from reader_app.ui.background import BackgroundJobs, JobContext, in_child_process

log = logging.getLogger(__name__)

RANK = "rank"


def _rank(job: JobContext, article: Passage, facts: Sequence[Fact]) -> Ranking:
    """`rank_sentences`; a big article in a child process (tokenising megabytes on a thread took the window's GIL)."""
    if len(article.text) < PROCESS_THRESHOLD:
        return rank_sentences(article, facts)
    scores, order = in_child_process(job, "reader_app.core.big_document", "ranking_scores", article, list(facts))
    return Ranking(passage=article, scores=scores, order=order)


def _now(start: Callable[[], None]) -> None:
    start()


class SummaryModel(QObject):
    """Plain summary data for the panel, the toolbar control, the article marks and the exports."""

    changed = Signal()
    """What the summary shows changed (ranking, length, translation, wording or pins)."""
    edited = Signal()
    """The reader changed length, wording or pins: the reading state should be saved."""

    def __init__(
        self,
        parent: QObject | None = None,
        defer: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        """`defer(start)` decides when a new document's ranking starts (default: at once); the window passes one
        that waits for the document's text to paint."""
        super().__init__(parent)
        self._jobs = BackgroundJobs(self)
        self._defer = defer or _now
        self._generation = 0
        self._document: Document | None = None
        self._ranking: Ranking | None = None
        self._facts: list[Fact] = []
        self._by_start: tuple[list[Fact], Sequence[int], list[Fact]] | None = None
        self._facts_final = False
        self._length: int | None = None
        self._edit: str | None = None
        self._pins: tuple[PinnedFact, ...] = ()
        self._translation: PassageTranslation | None = None
        self._cache: tuple[Ranking, int, Summary, set[int]] | None = None

    # --- inputs ----------------------------------------------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Start over for `document`; its saved length, wording and pins arrive through `apply_state`.

        It is ranked without facts first (the panel fills quickly), then again when its facts arrive through
        `set_facts` or `set_ranked_facts` (this model never extracts them)."""
        self._generation += 1
        self._document = document
        self._ranking = None
        self._facts = []
        self._by_start = None  # the old article and its facts (a big one's are large)
        self._cache = None
        self._facts_final = False
        self._length = None
        self._edit = None
        self._pins = ()
        self._translation = None
        if document is not None:
            generation = self._generation
            self._defer(lambda: self._start_ranking(generation, document))
        self.changed.emit()

    def busy(self) -> bool:
        """A document is open and its ranking has not arrived, or a ranking (with its facts) is running (the window
        waits on this for screenshots)."""
        return self._document is not None and (self._ranking is None or self._jobs.busy(RANK))

    def shutdown(self) -> None:
        self._generation += 1
        self._jobs.shutdown()

    def _start_ranking(self, generation: int, document: Document) -> None:
        if generation != self._generation:
            return  # another document, or its facts, came first
        # numpy is imported by the worker, never here: on a big document the import would hold the window.
        self._start_job(document, [], final=False)

    def set_facts(self, facts: Sequence[Fact]) -> None:
        """The document's facts (found by the facts feature): rank again with them."""
        if self._document is None:
            return
        self._generation += 1
        self._facts_final = False
        self._start_job(self._document, list(facts), final=True)

    def _start_job(self, document: Document, facts: list[Fact], *, final: bool) -> None:
        generation = self._generation
        article = document.article
        self._jobs.run(
            lambda job: _rank(job, article, facts),
            key=RANK,
            done=lambda ranking: self._on_ranked(generation, ranking, facts, final),
            error=lambda error: log.error("ranking summary sentences failed", exc_info=error),
        )

    def set_ranked_facts(
        self,
        document: Document,
        facts: Sequence[Fact],
        scores: tuple[float, ...],
        order: tuple[int, ...],
        starts: Sequence[int] | None = None,
    ) -> None:
        """`document`'s facts with the ranking already computed from them (`core.big_document.facts_and_ranking`).
        `starts`: the facts' starts when `facts` are the article's, in that order (made on a worker: going over a
        big article's facts here held the window when they arrived)."""
        if self._document is None or self._document is not document:
            return
        self._generation += 1
        ranking = Ranking(passage=self._document.article, scores=scores, order=order)
        ordered = list(facts)
        if starts is not None and len(starts) == len(ordered):
            self._by_start = (ordered, starts, ordered)
        self._on_ranked(self._generation, ranking, ordered, True)

    def set_translation(self, translation: PassageTranslation | None) -> None:
        self._translation = translation
        self.changed.emit()

    def apply_state(self, state: ReadingState) -> None:
        """Take the saved length, wording and pins (does not count as an edit)."""
        self._length = state.summary_length
        self._edit = state.summary_edit
        self._pins = state.pinned_facts
        self.changed.emit()

    def with_summary_fields(self, state: ReadingState) -> ReadingState:
        """`state` carrying this summary's length, wording and pins (unchanged fields keep `modified`)."""
        if state.summary_length != self._length:
            state = state.with_summary_length(self._length)
        if state.summary_edit != self._edit:
            state = state.with_summary_edit(self._edit)
        if state.pinned_facts != self._pins:
            state = state.with_pinned_facts(self._pins)
        return state

    # --- reader actions --------------------------------------------------------------------------------------------

    def set_length(self, length: int) -> None:
        total = self.total()
        if total == 0:
            return
        length = max(1, min(total, length))
        if length == self.length():
            return
        self._length = length
        self.changed.emit()
        self.edited.emit()

    def more(self) -> None:
        self.set_length(self.length() + 1)

    def fewer(self) -> None:
        self.set_length(self.length() - 1)

    def set_edit(self, text: str | None) -> None:
        """The reader's own wording; None (or the extracted text itself) goes back to the extracted sentences."""
        summary = self.summary()
        if text is not None and summary is not None and text.strip() == self.extracted_text().strip():
            text = None
        if text == self._edit:
            return
        self._edit = text
        self.changed.emit()
        self.edited.emit()

    def pin(self, fact: Fact) -> None:
        pin = PinnedFact.from_fact(fact)
        if pin not in self._pins:
            self._pins = (*self._pins, pin)
            self.changed.emit()
            self.edited.emit()

    def unpin(self, pin: PinnedFact) -> None:
        if pin in self._pins:
            self._pins = tuple(p for p in self._pins if p != pin)
            self.changed.emit()
            self.edited.emit()

    # --- queries ---------------------------------------------------------------------------------------------------

    def document(self) -> Document | None:
        return self._document

    def article(self) -> Passage | None:
        return self._document.article if self._document is not None else None

    def ready(self) -> bool:
        return self._ranking is not None

    def total(self) -> int:
        return self._ranking.total_sentences if self._ranking is not None else 0

    def length(self) -> int:
        """Sentences shown: the reader's choice, else `default_length` (3 to 15), within 1..total."""
        total = self.total()
        if total == 0:
            return 0
        chosen = self._length if self._length is not None else default_length(total)
        return max(1, min(total, chosen))

    def summary(self) -> Summary | None:
        ranking = self._ranking
        if ranking is None or self.total() == 0:
            return None
        length = self.length()
        cached = self._cache
        if cached is None or cached[0] is not ranking or cached[1] != length:
            summary = ranking.summary(length)
            cached = self._cache = (ranking, length, summary, set(summary.indices))
        return cached[2]

    def indices(self) -> set[int]:
        """The chosen sentences (a copy)."""
        if self.summary() is None or self._cache is None:
            return set()
        return set(self._cache[3])

    def extracted_text(self) -> str:
        summary = self.summary()
        return "\n".join(s.text for s in summary.sentences) if summary is not None else ""

    def edit(self) -> str | None:
        return self._edit

    def pins(self) -> tuple[PinnedFact, ...]:
        return self._pins

    def facts(self) -> list[Fact]:
        return list(self._facts)

    def facts_final(self) -> bool:
        """The ranking shown uses the final facts (extracted or given), not a provisional fact-less one."""
        return self._facts_final

    def candidate_facts(self) -> list[Fact]:
        """Facts in the chosen sentences that are not pinned yet, in document order, each (kind, text) once."""
        article = self.article()
        if article is None:
            return []
        # Only the facts that start in the few chosen sentences are looked at, found by binary search: a big
        # article has hundreds of thousands of facts, too many to go through on every refresh.
        starts, by_start = self._article_facts()
        inside: list[Fact] = []
        for index in sorted(self.indices()):
            sentence = article.sentences[index]
            first = bisect_left(starts, sentence.start)
            inside.extend(fact for fact in by_start[first : bisect_left(starts, sentence.end)]
                          if sentence.contains(fact.span.start))
        seen = {(pin.kind, pin.text) for pin in self._pins}
        candidates = []
        for fact in inside:
            key = (fact.kind, fact.text)
            if key not in seen:
                seen.add(key)
                candidates.append(fact)
        return candidates

    def _article_facts(self) -> tuple[Sequence[int], list[Fact]]:
        """The article's facts in order of their starts, and those starts (made once per set of facts)."""
        facts = self._facts
        if self._by_start is None or self._by_start[0] is not facts:
            ordered = [f for f in facts if f.role is PassageRole.ARTICLE]
            starts = [f.span.start for f in ordered]
            if starts != sorted(starts):  # extraction gives them in order: then nothing is sorted by key here
                ordered.sort(key=lambda f: f.span.start)
                starts = [f.span.start for f in ordered]
            self._by_start = (facts, starts, ordered)
        return self._by_start[1], self._by_start[2]

    def translation_of(self, index: int) -> str | None:
        translation = self._translation
        if translation is None or index >= len(translation.sentences):
            return None
        sentence = translation.sentences[index]
        return sentence.text if sentence is not None and sentence.text else None

    def translation(self) -> PassageTranslation | None:
        return self._translation

    def _on_ranked(self, generation: int, ranking: Ranking, facts: list[Fact], final: bool) -> None:
        if generation != self._generation:
            return
        self._ranking = ranking
        if final:
            self._facts = facts
            self._facts_final = True
        self.changed.emit()
