"""Work in a child process gives what the same call gives here, and cancel stops it."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from reader_app.core.child_process import CHILD_NICENESS, ChildCall, ChildCancelled
from reader_app.core.facts.extract import extract_document_facts
from reader_app.core.loading import document_from_text, load_document
from reader_app.core.summary import rank_sentences


def test_child_finds_the_same_facts_and_ranking(sample_path: Path) -> None:
    document = load_document(sample_path)
    result = ChildCall().call("reader_app.core.facts.extract", "extract_document_facts", document, {})
    assert result == extract_document_facts(document, {})
    article = result[document.article.role]
    assert article.source and all(f.span.end <= len(document.article.text) for f in article.source)
    facts = list(article.source)
    scores, order = ChildCall().call("reader_app.core.big_document", "ranking_scores", document.article, facts)
    ranking = rank_sentences(document.article, facts)
    assert (scores, order) == (ranking.scores, ranking.order)


def test_one_child_finds_the_facts_and_the_ranking_with_them(sample_path: Path) -> None:
    document = load_document(sample_path)
    facts, scores, order = ChildCall().call("reader_app.core.big_document", "facts_and_ranking", document, {})
    assert facts == extract_document_facts(document, {})
    ranking = rank_sentences(document.article, list(facts[document.article.role].source))
    assert (scores, order) == (ranking.scores, ranking.order)


def test_facts_from_the_child_share_equal_texts_and_values(sample_path: Path) -> None:
    document = load_document(sample_path)
    repeated = document_from_text(document.article.text + "\n\n" + document.article.text)
    facts, _scores, _order = ChildCall().call("reader_app.core.big_document", "facts_and_ranking", repeated, {})
    assert facts == extract_document_facts(repeated, {})
    found = facts[repeated.article.role].source
    texts = {fact.text for fact in found}
    assert len({id(fact.text) for fact in found}) == len(texts) < len(found)
    values = {fact.value for fact in found if fact.value is not None}
    assert len({id(fact.value) for fact in found if fact.value is not None}) == len(values)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities here")
def test_the_child_runs_at_a_lower_priority_than_its_caller() -> None:
    mine = os.nice(0)
    assert ChildCall().call("os", "nice", 0) == min(19, mine + CHILD_NICENESS)


def test_errors_in_the_child_are_reported() -> None:
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        ChildCall().call("operator", "truediv", 1, 0)


def test_cancel_stops_the_child() -> None:
    job = ChildCall()
    threading.Timer(0.5, job.cancel).start()
    with pytest.raises(ChildCancelled):
        job.call("time", "sleep", 300)
    assert job.exit_code() == -signal.SIGKILL  # stopped, not waited for


def test_the_cli_can_be_the_child_process() -> None:
    """What a frozen build runs (`reader-app --extraction-child`), tried here through the console entry point."""
    import pickle
    import subprocess
    import sys

    payload = pickle.dumps(("reader_app.core.language", "detect_language", ("もっと詳しく",)))
    child = subprocess.run(
        [sys.executable, "-m", "reader_app", "--extraction-child"], input=payload, capture_output=True, timeout=60
    )
    assert pickle.loads(child.stdout) == ("ok", "ja")


def test_a_big_reply_is_kept_out_of_the_collectors_reach() -> None:
    """The objects of a big reply (a big article's facts) are frozen, so later collections skip them; a small one's
    are not (freezing also keeps whatever cyclic garbage exists at that moment)."""
    import gc

    def collectable(reply: object) -> bool:
        return any(candidate is reply for candidate in gc.get_objects())

    try:
        small = ChildCall().call("builtins", "list", [(1, 2), (3, 4)])
        assert small == [(1, 2), (3, 4)] and collectable(small)
        rows = [(number, number + 1) for number in range(150_000)]
        big = ChildCall().call("builtins", "list", rows)
        assert big == rows and not collectable(big)
    finally:
        gc.unfreeze()
