"""The summary model's pin candidates: facts in the chosen sentences, in document order, each (kind, text) once."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from reader_app.core.document import PassageRole
from reader_app.core.facts.extract import extract_document_facts
from reader_app.core.summary import rank_sentences
from reader_app.ui.summary_model import SummaryModel


@pytest.mark.parametrize("with_starts", [False, True])
def test_candidates_are_the_unpinned_facts_of_the_chosen_sentences(
    qtbot: object, sample_path: Path, with_starts: bool
) -> None:
    """Also with the facts' starts made beforehand (a big document's, on the facts worker)."""
    from reader_app.core.loading import load_document

    document = load_document(sample_path)
    facts = list(extract_document_facts(document, {})[PassageRole.ARTICLE].source)
    model = SummaryModel(defer=lambda _start: None)
    model.set_document(document)
    ranking = rank_sentences(document.article, facts)
    starts = array("q", sorted(f.span.start for f in facts)) if with_starts else None
    if with_starts:
        facts.sort(key=lambda f: f.span.start)
    model.set_ranked_facts(document, facts, ranking.scores, ranking.order, starts)
    model.set_length(3)
    chosen = model.indices()
    assert chosen and model.facts_final()
    sentences = document.article.sentences
    expected, seen = [], set()
    for fact in sorted(facts, key=lambda f: f.span.start):
        inside = any(sentences[i].contains(fact.span.start) for i in chosen)
        if inside and (fact.kind, fact.text) not in seen:
            seen.add((fact.kind, fact.text))
            expected.append(fact)
    assert expected and model.candidate_facts() == expected
    model.pin(expected[0])
    assert model.candidate_facts() == expected[1:]
