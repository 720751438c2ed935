"""Facts grouped for a reader: one item per distinct number (each mention of it), one per named entity, with the
linked fact in the translation; their values in words; the Markdown outline the panel copies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader_app.core.document import Document, PassageRole
from reader_app.core.facts.kinds import FACT_KINDS
from reader_app.core.facts.model import CountValue, EntityValue, Fact, FactKind, FactValue
from reader_app.core.facts.model import describe_value as core_describe_value
from reader_app.core.palette import FACT_KIND_TITLES
from reader_app.core.translated import PassageTranslation

if TYPE_CHECKING:
    from reader_app.core.facts.extract import PassageFacts

def _numeric_label(fact: Fact) -> str:
    """A count names its noun when the highlighted span leaves it out: "220 million — paying subscribers"."""
    value = fact.value
    if isinstance(value, CountValue) and value.unit and value.unit.casefold() not in fact.text.casefold():
        return f"{fact.text} — {value.unit}"
    return fact.text


KIND_ORDER: tuple[FactKind, ...] = tuple(FactKind(info.key) for info in FACT_KINDS)
ENTITY_KINDS = frozenset({FactKind.ORG, FactKind.PERSON, FactKind.PLACE})

@dataclass(frozen=True)
class FactItem:
    """One row of the panel: a numeric fact, or an entity with every mention of it."""

    kind: FactKind
    label: str
    value_text: str
    """The normalised value in words, for the tooltip and copies ("1,200,000,000 monthly active users")."""
    lang: str
    """Language of the passage the mentions are in (decides the side that shows them)."""
    mentions: tuple[Fact, ...]
    counterparts: tuple[Fact | None, ...] = ()
    """Per mention, the linked fact in the other side's text (the translation), or None."""
    counterpart_lang: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def first(self) -> Fact:
        return self.mentions[0]

    def counterpart(self, index: int) -> Fact | None:
        return self.counterparts[index] if index < len(self.counterparts) else None

    def copy_text(self) -> str:
        """How one fact reads when copied: its text, then the normalised value when that says more."""
        if self.value_text and self.value_text != self.label:
            return f"{self.label} — {self.value_text}"
        return self.label


UNRESOLVED = {FactKind(info.key): info.unresolved for info in FACT_KINDS if info.unresolved}
"""What a fact with no normalised value says, per kind ("billions of dollars — no exact amount given")."""


def describe_value(value: FactValue | None, kind: FactKind = FactKind.DATE) -> str:
    """The core's one `describe_value`, with the kind's wording when there is no value (the panel shows no dash)."""
    if value is None:
        return UNRESOLVED.get(kind, "")
    return core_describe_value(value, kind)


def _entity_key(fact: Fact) -> tuple[FactKind, str]:
    """One row per entity: 腾讯 (glossed Tencent) and a later "Tencent" are the same company."""
    if isinstance(fact.value, EntityValue):
        return fact.kind, (fact.value.gloss or fact.value.name).casefold()
    return fact.kind, fact.text.casefold()


def build_items(
    sources: Sequence[tuple[str, Sequence[Fact]]],
    counterparts: Mapping[int, Fact] | None = None,
    counterpart_lang: Mapping[PassageRole, str] | None = None,
) -> list[FactItem]:
    """Panel rows from the facts of each original passage (with its language), in text order.

    `counterparts` maps id(fact) of a source fact to its linked fact in the translation."""
    links = counterparts or {}
    other_langs = counterpart_lang or {}
    items: list[FactItem] = []
    repeated: dict[tuple[FactKind, str, str], list[Fact]] = {}
    numbers: list[tuple[FactKind, str, str]] = []
    number_langs: dict[tuple[FactKind, str, str], str] = {}
    entities: dict[tuple[FactKind, str], list[Fact]] = {}
    entity_langs: dict[tuple[FactKind, str], str] = {}
    order: list[tuple[FactKind, str]] = []
    for lang, facts in sources:
        for fact in facts:
            if fact.kind in ENTITY_KINDS:
                key = _entity_key(fact)
                if key not in entities:
                    entities[key] = []
                    entity_langs[key] = lang
                    order.append(key)
                if entity_langs[key] == lang:
                    entities[key].append(fact)
                continue
            # The same number written the same way again ("Tuesday", "2023") is one row with two mentions.
            number_key = (fact.kind, fact.text.casefold(), describe_value(fact.value, fact.kind))
            if number_key not in repeated:
                repeated[number_key] = []
                number_langs[number_key] = lang
                numbers.append(number_key)
            if number_langs[number_key] == lang:
                repeated[number_key].append(fact)
    for number_key in numbers:
        mentions = repeated[number_key]
        first = mentions[0]
        items.append(
            FactItem(
                first.kind,
                _numeric_label(first),
                describe_value(first.value, first.kind),
                number_langs[number_key],
                tuple(mentions),
                tuple(links.get(id(fact)) for fact in mentions),
                other_langs.get(first.role),
            )
        )
    for key in order:
        mentions = entities[key]
        first = mentions[0]
        name = describe_value(first.value, first.kind) or first.text
        items.append(
            FactItem(
                first.kind,
                name,
                name,
                entity_langs[key],
                tuple(mentions),
                tuple(links.get(id(fact)) for fact in mentions),
                other_langs.get(first.role),
            )
        )
    return items


def facts_markdown(items: Iterable[FactItem]) -> str:
    """All listed facts as a Markdown outline, grouped by kind like the panel."""
    grouped: dict[FactKind, list[FactItem]] = {}
    for item in items:
        grouped.setdefault(item.kind, []).append(item)
    lines = ["## Key facts", ""]
    for kind in KIND_ORDER:
        rows = grouped.get(kind)
        if not rows:
            continue
        lines.append(f"### {FACT_KIND_TITLES[kind]} ({len(rows)})")
        for item in rows:
            line = f"- {_escape(item.copy_text())}"
            if len(item.mentions) > 1:
                line += f" ({len(item.mentions)} mentions)"
            lines.append(line)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def document_items(
    document: Document,
    result: Mapping[PassageRole, PassageFacts],
    translations: Mapping[PassageRole, PassageTranslation],
) -> list[FactItem]:
    """Items for the facts of `document` and its translations (`extract_document_facts`'s result)."""
    sources = []
    links: dict[int, Fact] = {}
    other_langs: dict[PassageRole, str] = {}
    for passage in document.passages():
        found = result.get(passage.role)
        if found is None:
            continue
        sources.append((passage.lang, found.source))
        for source, target in found.links:
            links[id(source)] = target
        translation = translations.get(passage.role)
        if translation is not None:
            other_langs[passage.role] = translation.target_lang
    return build_items(sources, links, other_langs)
