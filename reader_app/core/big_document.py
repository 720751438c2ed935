"""What a big document's work runs in a child process (`core.child_process`): facts and the summary ranking."""

from __future__ import annotations

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


def facts_and_ranking(
    document: Document, translations: dict[PassageRole, PassageTranslation]
) -> tuple[dict[PassageRole, PassageFacts], tuple[float, ...], tuple[int, ...]]:
    """`extract_document_facts` plus the summary's `ranking_scores` with the article's facts, in one child: sending
    the facts to a second child pickled them on a thread for up to a second while the window waited."""
    from reader_app.core.facts.extract import extract_document_facts

    facts = extract_document_facts(document, translations)
    found = facts.get(PassageRole.ARTICLE)
    scores, order = ranking_scores(document.article, list(found.source) if found is not None else [])
    return sharing_equal_parts(facts), scores, order


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
