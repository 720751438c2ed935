"""Extractive summary: LexRank centrality over TF-IDF sentence similarity plus a bonus for key facts.

Why this method and not a library: LexRank (Erkan & Radev 2004, continuous variant) is the well-studied standard
for offline extractive summaries and is a few dozen lines on top of numpy. The packaged implementations do not
fit: sumy needs NLTK tokenizer data downloaded at run time and has no CJK tokenizer; gensim's summarizer was
removed in 4.0; pytextrank needs spaCy models. numpy (pinned in the project's dependencies) does the matrix
work, so a 1,000-sentence article ranks in about 0.02 s (measured on the development machine; 20,000 sentences
in about 0.35 s, since the similarity matrix is never built) and nothing is ever downloaded.

Tokens are lower-cased words without stop words for English and character bigrams of Han/kana runs for Chinese
and Japanese (plus any Latin words inside them), so no word segmenter or dictionary is needed. The ranking is
computed once; every length from one sentence to the whole text is its top-n in document order, so a longer
summary always contains a shorter one and the length slider is instant.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader_app.core.document import Passage, PassageRole, Span
from reader_app.core.facts.model import Fact
from reader_app.core.language import is_cjk

if TYPE_CHECKING:
    import numpy as np

DAMPING = 0.85
"""PageRank damping: the chance of following a similarity edge rather than jumping to a random sentence."""

FACT_WEIGHT = 0.35
"""Largest score bonus a sentence gets for the facts it carries; centrality itself is scaled to at most 1."""

_MAX_ITERATIONS = 200
_TOLERANCE = 1e-10

_ENGLISH_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9d]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")

_STOP_WORDS = frozenset(
    (
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
        "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
        "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said",
        "says", "say", "it's", "its", "s", "t",
    )
)


def english_tokens(text: str) -> list[str]:
    """Lower-cased words minus stop words, with a plural/possessive `s` folded away."""
    tokens: list[str] = []
    for match in _ENGLISH_WORD.finditer(text.lower()):
        word = match.group().replace("’", "'").split("'", 1)[0]
        if word in _STOP_WORDS or len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        tokens.append(word)
    return tokens


def cjk_tokens(text: str) -> list[str]:
    """Character bigrams of each Han/kana run (a lone character stands for itself) plus Latin words."""
    tokens: list[str] = []
    for match in _CJK_RUN.finditer(text):
        run = match.group()
        if len(run) == 1:
            tokens.append(run)
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    tokens.extend(word.lower() for word in _LATIN_WORD.findall(text))
    return tokens


def sentence_tokens(passage: Passage) -> list[list[str]]:
    tokenize = cjk_tokens if is_cjk(passage.lang) else english_tokens
    return [tokenize(text) for text in passage.sentence_texts()]


class _TermMatrix:
    """Sentence-by-term TF-IDF weights, unit rows, as coordinate arrays: S = X·Xᵀ is never built.

    Only terms shared by two sentences or more link sentences; the others still count towards each row's norm.
    Keeping X sparse makes memory and time grow with the number of words, not the square of the sentences, so a
    20 MB article ranks as well as a short one.
    """

    def __init__(self, tokens: Sequence[Sequence[str]]) -> None:
        import numpy as np  # imported on first use: the GUI starts without it

        n = len(tokens)
        counts = [Counter(sentence) for sentence in tokens]
        df: Counter[str] = Counter()
        for counter in counts:
            df.update(counter.keys())
        idf = {term: math.log((1 + n) / (1 + freq)) + 1.0 for term, freq in df.items()}
        column: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        norms = np.zeros(n, dtype=np.float64)
        for i, counter in enumerate(counts):
            squared = 0.0
            for term in sorted(counter):
                weight = (1.0 + math.log(counter[term])) * idf[term]
                squared += weight * weight
                if df[term] > 1:
                    rows.append(i)
                    cols.append(column.setdefault(term, len(column)))
                    vals.append(weight)
            norms[i] = math.sqrt(squared) or 1.0
        self.n = n
        self.terms = len(column)
        self.rows = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        self.vals = np.asarray(vals, dtype=np.float64) / norms[self.rows] if rows else np.zeros(0)
        self.self_similarity = np.bincount(self.rows, weights=self.vals * self.vals, minlength=n)

    def similarity_times(self, vector: np.ndarray) -> np.ndarray:
        """(S - diag S)·v, i.e. cosine similarity to every other sentence, weighted by `v`."""
        import numpy as np

        by_term = np.bincount(self.cols, weights=self.vals * vector[self.rows], minlength=self.terms)
        spread = np.bincount(self.rows, weights=self.vals * by_term[self.cols], minlength=self.n)
        return np.asarray(spread - self.self_similarity * vector, dtype=np.float64)


def centrality(tokens: Sequence[Sequence[str]]) -> list[float]:
    """Continuous LexRank: stationary distribution of a random walk on the sentence-similarity graph."""
    n = len(tokens)
    if n == 0:
        return []
    if n == 1:
        return [1.0]
    import numpy as np

    matrix = _TermMatrix(tokens)
    degree = np.maximum(matrix.similarity_times(np.ones(n)), 0.0)
    isolated = degree <= 1e-12
    # The walk leaves sentence j along its similarities divided by j's degree; an isolated sentence jumps anywhere.
    safe_degree = np.where(isolated, 1.0, degree)
    rank = np.full(n, 1.0 / n)
    jump = (1.0 - DAMPING) / n
    for _ in range(_MAX_ITERATIONS):
        spread = rank / safe_degree
        spread[isolated] = 0.0
        walked = matrix.similarity_times(spread) + rank[isolated].sum() / n
        updated = jump + DAMPING * walked
        done = float(np.abs(updated - rank).sum()) < _TOLERANCE
        rank = updated
        if done:
            break
    return [float(value) for value in rank]


class SentenceLocator:
    """Which sentence holds an offset, by binary search (`Passage.sentence_at` scans, too slow for many facts)."""

    def __init__(self, passage: Passage) -> None:
        self._sentences = passage.sentences
        self._starts = [span.start for span in passage.sentences]

    def index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 and self._sentences[i].contains(offset) else None


def facts_per_sentence(passage: Passage, facts: Sequence[Fact]) -> list[int]:
    """How many of `facts` (those of this passage) start inside each sentence."""
    counts = [0] * len(passage.sentences)
    locate = SentenceLocator(passage)
    for fact in facts:
        if fact.role is not passage.role:
            continue
        index = locate.index(fact.span.start)
        if index is not None:
            counts[index] += 1
    return counts


def fact_bonus(count: int) -> float:
    """Saturating bonus: the first fact counts most, a list of twenty numbers does not swamp centrality."""
    return FACT_WEIGHT * (1.0 - 0.5**count)


@dataclass(frozen=True, slots=True)
class SummarySentence:
    index: int
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Summary:
    """Chosen sentences of one passage, in document order; each points back to its sentence span."""

    role: PassageRole
    sentences: tuple[SummarySentence, ...]
    total_sentences: int

    @property
    def indices(self) -> tuple[int, ...]:
        return tuple(sentence.index for sentence in self.sentences)

    def text(self, separator: str = " ") -> str:
        return separator.join(sentence.text for sentence in self.sentences)


@dataclass(frozen=True, slots=True)
class Ranking:
    """Sentences from most to least summary-worthy; a summary of any length is a prefix of `order`."""

    passage: Passage
    scores: tuple[float, ...]
    order: tuple[int, ...]

    @property
    def total_sentences(self) -> int:
        return len(self.order)

    def summary(self, n_sentences: int) -> Summary:
        """The best `n_sentences` (clamped to the passage's length), in document order."""
        if n_sentences < 1:
            raise ValueError(f"a summary has at least one sentence, not {n_sentences}")
        chosen = sorted(self.order[:n_sentences])
        passage = self.passage
        sentences = tuple(SummarySentence(i, passage.sentences[i], passage.sentence_text(i)) for i in chosen)
        return Summary(role=passage.role, sentences=sentences, total_sentences=self.total_sentences)


HEADLINE_MAX_CHARS = 160
_SENTENCE_END = ".!?。！？,;:，；：…\"”’」』)）"


def starts_with_headline(passage: Passage) -> bool:
    """The first sentence is a headline: a short line of its own without end punctuation, more text below.

    A web page's <h1> or a plain-text file's title line is the document's title: the reader sees it above the
    article, so a summary that repeats it as its first "sentence" tells nothing."""
    if len(passage.sentences) < 2:
        return False
    first = passage.sentence_text(0).strip()
    line = passage.text.lstrip().split("\n", 1)[0].strip()
    return bool(first) and first == line and len(first) <= HEADLINE_MAX_CHARS and first[-1] not in _SENTENCE_END


def repeated_sentences(passage: Passage) -> list[bool]:
    """For each sentence, whether the same sentence (ignoring width and spacing) came earlier: wire copies and
    syndicated pages repeat whole paragraphs, and a summary that lists one sentence twice tells nothing more."""
    seen: set[str] = set()
    repeated = []
    for index in range(len(passage.sentences)):
        key = " ".join(unicodedata.normalize("NFKC", passage.sentence_text(index)).split())
        repeated.append(key in seen)
        seen.add(key)
    return repeated


def rank_sentences(passage: Passage, facts: Sequence[Fact] = ()) -> Ranking:
    """Score = centrality (scaled to at most 1) + fact bonus; ties go to the earlier sentence. Repeats of an
    earlier sentence and then a headline come last, so only a summary of the whole text includes them."""
    raw = centrality(sentence_tokens(passage))
    top = max(raw, default=0.0) or 1.0
    counts = facts_per_sentence(passage, facts)
    scores = tuple(value / top + fact_bonus(count) for value, count in zip(raw, counts, strict=True))
    headline = starts_with_headline(passage)
    repeated = repeated_sentences(passage)
    order = tuple(
        sorted(range(len(scores)), key=lambda i: (headline and i == 0, repeated[i], -round(scores[i], 12), i))
    )
    return Ranking(passage=passage, scores=scores, order=order)


def summarize(passage: Passage, n_sentences: int, facts: Sequence[Fact] = ()) -> Summary:
    """The `n_sentences` most central, fact-bearing sentences of `passage`, in document order."""
    return rank_sentences(passage, facts).summary(n_sentences)


DEFAULT_MAX_SENTENCES = 15
"""A default summary is something to read in a minute: a quarter of a 20 MB file (35,000 sentences) is not."""


def default_length(total_sentences: int) -> int:
    """A quarter of the text, at least three sentences (or all of a shorter text), at most DEFAULT_MAX_SENTENCES."""
    if total_sentences <= 0:
        return 0
    return min(total_sentences, DEFAULT_MAX_SENTENCES, max(3, round(total_sentences / 4)))
