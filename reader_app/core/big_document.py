"""What a big document's work runs in a child process (`core.child_process`): facts and the summary ranking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader_app.core.document import Document, Passage, PassageRole
from reader_app.core.translated import PassageTranslation

if TYPE_CHECKING:
    from reader_app.core.facts.extract import PassageFacts
    from reader_app.core.facts.model import Fact

PROCESS_THRESHOLD = 200_000
"""Characters (original and translations) from which the work runs in a child process. On a worker thread a big
article took the GIL from the window for seconds at a time; below this, starting an interpreter costs more than it
saves."""

Scores = tuple[tuple[float, ...], tuple[int, ...]]
"""A summary ranking without its passage: (score per sentence, sentence indices best first)."""


def ranking_scores(article: Passage, facts: list[Fact]) -> Scores:
    """`rank_sentences` without the passage: sending megabytes of sentences back cost the window GC pauses."""
    from reader_app.core.summary import rank_sentences

    ranking = rank_sentences(article, facts)
    return ranking.scores, ranking.order


FactsAndRanking = tuple["dict[PassageRole, PassageFacts]", tuple[float, ...], tuple[int, ...]]


def facts_and_ranking(
    document: Document, translations: dict[PassageRole, PassageTranslation], cache_folder: Path | None = None
) -> FactsAndRanking:
    """`extract_document_facts` plus the summary's `ranking_scores` with the article's facts, in one child: sending
    the facts to a second child pickled them on a thread for up to a second while the window waited.

    With `cache_folder`, the result is kept there and served again for the same document and translations (a big
    article's facts take minutes; reopening it redid them all)."""
    from reader_app.core.facts.extract import extract_document_facts
    from reader_app.core.result_cache import ResultCache, cache_key

    cache = ResultCache(cache_folder) if cache_folder is not None else None
    key = cache_key(document, translations) if cache is not None else ""
    if cache is not None:
        kept = cache.load(key)
        if _is_facts_and_ranking(kept):
            return kept  # type: ignore[return-value]
    facts = extract_document_facts(document, translations)
    found = facts.get(PassageRole.ARTICLE)
    scores, order = ranking_scores(document.article, list(found.source) if found is not None else [])
    result = (sharing_equal_parts(facts), scores, order)
    if cache is not None:
        cache.save(key, result)
    return result


def _is_facts_and_ranking(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], dict)
        and isinstance(value[1], tuple)
        and isinstance(value[2], tuple)
    )


def sharing_equal_parts(found: dict[PassageRole, PassageFacts]) -> dict[PassageRole, PassageFacts]:
    """The same facts with equal texts and values as one object each, so the pickle sends each once.

    A long article names the same few hundred things hundreds of thousands of times; sent one by one, the window
    unpickled a text and a value (and the unpickler's bookkeeping for each) per fact: a fifth of its memory."""
    from dataclasses import replace

    from reader_app.core.facts.extract import PassageFacts

    texts: dict[str, str] = {}
    values: dict[object, object] = {}
    shared: dict[int, Fact] = {}

    def one(fact: Fact) -> Fact:
        made = shared.get(id(fact))
        if made is None:
            value = fact.value if fact.value is None else values.setdefault(fact.value, fact.value)
            made = replace(fact, text=texts.setdefault(fact.text, fact.text), value=value)  # type: ignore[arg-type]
            shared[id(fact)] = made
        return made

    return {
        role: PassageFacts(
            tuple(map(one, passage.source)),
            tuple(map(one, passage.translation)),
            tuple((one(a), one(b)) for a, b in passage.links),
            passage.unpreserved,
        )
        for role, passage in found.items()
    }
