"""The fact kinds: one registry from which the palette, the facts panel, overlap settling, links and JSON take
their titles, tints, order, priority and value descriptions. Adding a kind is one entry here (and its detector);
tests fail when another list drifts from it (see docs/facts.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FactKindInfo:
    key: str
    """The kind's JSON value and `FactKind` value ("count")."""
    title: str
    """Plural heading in the panel, exports and menus ("Counts")."""
    short_title: str
    """The panel's filter chip ("Count", "%")."""
    tint_light: str
    tint_dark: str
    priority: int | None
    """Where two numeric detectors claim overlapping text, the lower number wins ("$4.4 billion" is money, not a
    count); None for the name kinds, which never compete with numbers."""
    value_description: str
    """The shape of the value in `facts --json`."""
    unresolved: str = ""
    """What a fact of this kind with no normalised value says ("not resolved (no publication date known)")."""

    @property
    def numeric(self) -> bool:
        return self.priority is not None


FACT_KINDS: tuple[FactKindInfo, ...] = (
    FactKindInfo(
        "count", "Counts", "Count", "#DCEBFF", "#1F3A5F", 3, "{number, unit}", "no exact number given"
    ),
    FactKindInfo("money", "Money", "Money", "#DDF4E4", "#1E4A2E", 0, "{amount, currency}", "no exact amount given"),
    FactKindInfo(
        "percent",
        "Percentages",
        "%",
        "#FFF1CC",
        "#5A4A12",
        1,
        '{number} or {number, unit: "percentage points"}',
        "no exact number given",
    ),
    FactKindInfo(
        "date",
        "Dates",
        "Date",
        "#F6E0FF",
        "#4A2660",
        2,
        "{start, end, grain[, time][, duration]} or {duration} (a length of time) or {recurrence} (a set)",
        "not resolved (no publication date known)",
    ),
    FactKindInfo("org", "Organisations", "Org", "#FFE2D6", "#5C2E1E", None, "{name[, gloss]}"),
    FactKindInfo("person", "People", "Person", "#E3E3FF", "#2E2E66", None, "{name[, gloss]}"),
    FactKindInfo("place", "Places", "Place", "#E0F4F4", "#1E4A4A", None, "{name[, gloss]}"),
)
"""In the panel's order."""

_BY_KEY = {info.key: info for info in FACT_KINDS}


def kind_info(kind: str) -> FactKindInfo:
    """The entry for a kind (a `FactKind` or its string value)."""
    return _BY_KEY[str(kind)]


def numeric_kinds() -> tuple[str, ...]:
    return tuple(info.key for info in FACT_KINDS if info.numeric)


def unresolved_text(kind: str) -> str:
    """What a fact of `kind` with no normalised value says; empty for an unknown kind."""
    info = _BY_KEY.get(str(kind))
    return info.unresolved if info is not None else ""
