"""Find every fact in a passage or a whole document: the one entry point the UI, CLI and exports call."""

from __future__ import annotations

import logging
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from reader_app.core.document import Document, Passage, PassageRole, Span
from reader_app.core.facts.counts import find_counts
from reader_app.core.facts.dates import find_dates
from reader_app.core.facts.found import Context, Found, Taken, without_overlaps
from reader_app.core.facts.kinds import FACT_KINDS
from reader_app.core.facts.links import link_facts, unpreserved_numbers
from reader_app.core.facts.model import CountValue, Fact, FactKind, FactValue, MoneyValue, PercentValue
from reader_app.core.facts.money import find_money
from reader_app.core.facts.percent import find_percents
from reader_app.core.facts.protected import protected_spans
from reader_app.core.translated import PassageTranslation

_log = logging.getLogger(__name__)

# Where two detectors claim overlapping text, the more specific kind wins: "$4.4 billion" is money, not a count;
# "5 years ago" is a date, not a count of years.
_PRIORITY = {FactKind(info.key): info.priority for info in FACT_KINDS if info.priority is not None}

EntityFinder = Callable[[Passage], list[Fact]]


def _entity_finder() -> EntityFinder | None:
    try:
        from reader_app.core.facts.entities import find_entities
    except ImportError:
        return None
    return find_entities


def _settle(found: list[Found], length: int) -> list[Found]:
    return without_overlaps(sorted(found, key=lambda f: (_PRIORITY[f.kind], -(f.end - f.start), f.start)), length)


_CHUNK = 64_000
"""Long passages are read a few paragraphs at a time, so time and memory grow linearly with the text."""


def _chunks(text: str) -> list[tuple[int, int]]:
    """[start, end) pieces of about `_CHUNK` characters that end at a paragraph break, else a line break, a
    sentence end or a space; text without any of these stays whole."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > _CHUNK * 3 // 2:
        for mark in ("\n\n", "\n", "。", ". ", " "):
            cut = text.find(mark, start + _CHUNK, start + _CHUNK * 2)
            if cut >= 0:
                cut += len(mark)
                break
        else:
            break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


_OVERLONG_NUMBER = re.compile(r"\d{101,}")
"""No number anyone reads has this many digits, and the rules' patterns take time quadratic in a digit run's
length (5,000 digits: 12 s); such runs are blanked (same length, so offsets hold) before the rules run."""


def _finite(value: FactValue | None) -> bool:
    """A number too long for a float (a 400-digit count) cannot be normalised: the fact stays, without a value."""
    if isinstance(value, CountValue | PercentValue):
        return math.isfinite(value.number)
    if isinstance(value, MoneyValue):
        return math.isfinite(value.amount)
    return True


def dateline_date(text: str) -> date | None:
    """The date of a dateline or byline opening one of the first paragraphs ("新华社北京2024年3月15日电",
    "2024年4月18日 深圳"), which stands for the publication date when none is known."""
    from reader_app.core.byline import parse_byline

    position = 0
    for _ in range(8):
        if position >= min(len(text), 3000):
            break
        byline = parse_byline(text[position : position + 400])
        if byline is not None and byline.published is not None:
            return byline.published
        following = text.find("\n", position)
        if following < 0:
            break
        position = following + 1
    return None


def find_numeric_facts(passage: Passage, published: date | None = None) -> list[Fact]:
    """Counts, money, percentages and dates in `passage`, without overlaps, in text order. With no `published`,
    a dateline's date stands for it."""
    text = passage.text
    if published is None:
        published = dateline_date(text)
    traditional = Context(text[:20000], passage.lang).traditional
    facts: list[Fact] = []
    protected = protected_spans(text)  # kept for the entity detector, which asks about the same text
    for offset, end in _chunks(text):
        piece = _OVERLONG_NUMBER.sub(lambda match: " " * len(match.group()), text[offset:end])
        context = Context(piece, passage.lang, published, traditional)
        found = find_money(context) + find_percents(context) + find_dates(context) + find_counts(context)
        if protected:  # no numbers inside addresses, handles, code or product models
            found = [item for item in found if not protected.overlaps(item.start + offset, item.end + offset)]
        for item in _settle(found, end - offset):
            start, stop = item.start + offset, item.end + offset
            value = item.value if _finite(item.value) else None
            facts.append(Fact(item.kind, passage.role, Span(start, stop), text[start:stop], value))
    return facts


def extract_facts(passage: Passage, published: date | None = None, *, entities: bool = True) -> list[Fact]:
    """All facts in `passage`: numbers, money, percentages and dates, plus organisations, people and places
    when the entity detector is available. Relative dates resolve against `published` (None leaves them unresolved)."""
    facts = find_numeric_facts(passage, published)
    finder = _entity_finder() if entities else None
    if finder is not None:
        try:
            found_entities = finder(passage)
        except Exception:  # a pluggable detector (rules or spaCy) must not cost the reader the other facts
            _log.exception("entity detection failed; showing numbers, money, percentages and dates only")
            found_entities = []
        facts = _without_counts_inside_names(facts, found_entities)
        taken = Taken(len(passage.text))
        for fact in facts:
            taken.add(fact.span.start, fact.span.end)
        for entity in found_entities:
            if not taken.overlaps(entity.span.start, entity.span.end):
                facts.append(entity)
    return sorted(facts, key=lambda fact: (fact.span.start, fact.span.end))


def _without_counts_inside_names(facts: list[Fact], entities: list[Fact]) -> list[Fact]:
    """A count that starts inside a person's name reads the end of the name as a number (佐々恭二名誉教授: 二名),
    a word-made date or count inside an organisation's name is part of it (日本年金機構: 本年), and a count whose
    noun is an organisation counts nothing (東証1部: the exchange's first section); the name wins there,
    everywhere else numbers win over names."""
    names = sorted((e.span.start, e.span.end, e.kind) for e in entities if e.kind in (FactKind.PERSON, FactKind.ORG))
    if not names:
        return facts
    starts = [start for start, _, _ in names]
    kept = []
    for fact in facts:
        at = bisect_right(starts, fact.span.start) - 1
        if at >= 0 and fact.kind in (FactKind.COUNT, FactKind.DATE):
            start, end, kind = names[at]
            inside = start < fact.span.start < end
            if inside and fact.kind is FactKind.COUNT and kind is FactKind.PERSON:
                continue
            if inside and kind is FactKind.ORG and fact.span.end <= end and not any(ch.isdigit() for ch in fact.text):
                continue
            if fact.kind is FactKind.COUNT and kind is FactKind.ORG and start == fact.span.start < end < fact.span.end:
                continue
        kept.append(fact)
    return kept


@dataclass(frozen=True, slots=True)
class PassageFacts:
    """The facts of one passage and of its machine translation, linked, with the sentences whose numbers the
    translation lost."""

    source: tuple[Fact, ...]
    translation: tuple[Fact, ...] = ()
    links: tuple[tuple[Fact, Fact], ...] = ()
    unpreserved: Mapping[int, str] = field(default_factory=dict)
    """Source sentence index → "number not preserved in translation"."""


def extract_document_facts(
    document: Document,
    translations: Mapping[PassageRole, PassageTranslation] | None = None,
    published: date | None = None,
) -> dict[PassageRole, PassageFacts]:
    """Facts of every passage of `document` and of any translations, linked across languages.

    `published` overrides the document's own publication date."""
    when = published or document.published
    result: dict[PassageRole, PassageFacts] = {}
    for passage in document.passages():
        source = extract_facts(passage, when)
        translation = (translations or {}).get(passage.role)
        if translation is None:
            result[passage.role] = PassageFacts(tuple(source))
            continue
        target = translation.as_passage()
        target_facts = extract_facts(target, when)
        flags = unpreserved_numbers(passage, source, target, target_facts)
        pending = {index for index, sentence in enumerate(translation.sentences) if sentence is None}
        result[passage.role] = PassageFacts(
            tuple(source),
            tuple(target_facts),
            tuple(link_facts(source, target_facts)),
            {index: message for index, message in flags.items() if index not in pending},
        )
    return result
