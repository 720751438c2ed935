"""Work on a big document (fact extraction, summary ranking) in a child process: it never holds the window's GIL."""

from __future__ import annotations

import gc
import importlib
import pickle
import subprocess
import sys
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from reader_app.core.document import Document, Passage, PassageRole
from reader_app.core.translated import PassageTranslation

if TYPE_CHECKING:
    from reader_app.core.facts.extract import PassageFacts
    from reader_app.core.facts.model import Fact

PROCESS_THRESHOLD = 200_000
"""Characters (original and translations) from which extraction runs in a child process. On a worker thread a
20 MB article took the GIL from the window for seconds at a time: hover lagged by a second, key presses were lost.
Below this, starting an interpreter (~1 s) costs more than it saves."""
POLL_S = 0.05


CHILD = "from reader_app.ui.facts_process import child_main; child_main()"
"""A plain interpreter (not multiprocessing's spawn, which re-runs the parent's main script): it imports no Qt."""
CHILD_FLAG = "--extraction-child"
"""A frozen build (PyInstaller) has no interpreter to hand `-c` to: its own executable takes this hidden flag."""


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-c", CHILD]


def ranking_scores(article: Passage, facts: list[Fact]) -> tuple[tuple[float, ...], tuple[int, ...]]:
    """`rank_sentences` without the passage: sending megabytes of sentences back cost the window GC pauses."""
    from reader_app.core.summary import rank_sentences

    ranking = rank_sentences(article, facts)
    return ranking.scores, ranking.order


def facts_and_ranking(
    document: Document, translations: dict[PassageRole, PassageTranslation]
) -> tuple[dict[PassageRole, PassageFacts], tuple[float, ...], tuple[int, ...]]:
    """`extract_document_facts` plus the summary's `ranking_scores` with the article's facts, in one child: sending
    330,000 facts to a second child pickled them on a thread for up to a second while the window waited."""
    from reader_app.core.facts.extract import extract_document_facts

    facts = extract_document_facts(document, translations)
    found = facts.get(PassageRole.ARTICLE)
    scores, order = ranking_scores(document.article, list(found.source) if found is not None else [])
    return facts, scores, order


class ExtractionCancelled(Exception):
    """`cancel()` was called: the child was stopped and there is no result."""


def child_main() -> None:
    """Read (module, function, args) pickled on stdin, write ("ok", result) or ("error", message) on stdout."""
    module, name, args = pickle.load(sys.stdin.buffer)
    try:
        function = getattr(importlib.import_module(module), name)
        reply: tuple[str, object] = ("ok", function(*args))
    except Exception as error:  # reported to the window as a status-bar message
        reply = ("error", f"{type(error).__name__}: {error}")
    pickle.dump(reply, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


class ProcessExtraction:
    """One call in a child process; `run`/`call` block their (worker) thread, `cancel` may come from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._process: subprocess.Popen[bytes] | None = None

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()

    def run(
        self, document: Document, translations: Mapping[PassageRole, PassageTranslation]
    ) -> dict[PassageRole, PassageFacts]:
        """`extract_document_facts(document, translations)`."""
        facts: dict[PassageRole, PassageFacts] = self.call(
            "reader_app.core.facts.extract", "extract_document_facts", document, dict(translations)
        )
        return facts

    def run_with_ranking(
        self, document: Document, translations: Mapping[PassageRole, PassageTranslation]
    ) -> tuple[dict[PassageRole, PassageFacts], tuple[float, ...], tuple[int, ...]]:
        """`facts_and_ranking(document, translations)`: the facts and the summary ranking that uses them."""
        result: tuple[dict[PassageRole, PassageFacts], tuple[float, ...], tuple[int, ...]] = self.call(
            "reader_app.ui.facts_process", "facts_and_ranking", document, dict(translations)
        )
        return result

    def call(self, module: str, name: str, *args: object) -> Any:
        """`module.name(*args)` in a fresh interpreter (arguments and result are pickled; names avoid importing
        `module` here)."""
        payload = pickle.dumps((module, name, args), protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            if self._cancelled:
                raise ExtractionCancelled
            process = subprocess.Popen(
                child_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
            self._process = process
        try:
            output, _ = process.communicate(payload)
        except (BrokenPipeError, OSError):
            output = b""
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        if self._cancelled:
            raise ExtractionCancelled
        if process.returncode != 0 or not output:
            raise RuntimeError(f"the extraction process stopped (exit code {process.returncode})")
        # Unpickling 100,000s of facts would start a full garbage collection every few thousand objects.
        collecting = gc.isenabled()
        gc.disable()
        try:
            status, result = pickle.loads(output)
        finally:
            if collecting:
                gc.enable()
        if status != "ok":
            raise RuntimeError(str(result))
        return result
