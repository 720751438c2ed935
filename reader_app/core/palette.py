"""The one palette of fact tints and highlight colours, shared by the text views, the facts panel and every export.

Keyed by the kinds' string values (a `FactKind` equals its value). Fact titles and tints come from the fact-kind
registry (core/facts/kinds.py, which imports nothing else); highlight colours are drawn as underline bands in the
views and as soft backgrounds in exports, where no fact tint sits beneath them.
"""

from __future__ import annotations

from reader_app.core.facts.kinds import FACT_KINDS

FACT_KIND_TITLES: dict[str, str] = {info.key: info.title for info in FACT_KINDS}
"""Kind → plural title, in the panel's order (from the fact-kind registry)."""

FACT_TINTS_LIGHT: dict[str, str] = {info.key: info.tint_light for info in FACT_KINDS}
FACT_TINTS_DARK: dict[str, str] = {info.key: info.tint_dark for info in FACT_KINDS}

HIGHLIGHT_COLOUR_NAMES: tuple[str, ...] = ("yellow", "green", "blue", "pink")
"""User highlight colours, in menu order."""

HIGHLIGHT_BANDS_LIGHT: dict[str, str] = {"yellow": "#E8B400", "green": "#2EA44F", "blue": "#3B82F6", "pink": "#E0559A"}
HIGHLIGHT_BANDS_DARK: dict[str, str] = {"yellow": "#F2C94C", "green": "#5BD27A", "blue": "#6AA6E8", "pink": "#F07AB5"}

HIGHLIGHT_TINTS: dict[str, str] = {"yellow": "#FFE066", "green": "#8CE99A", "blue": "#74C0FC", "pink": "#FAA2C1"}
"""Filled backgrounds of the same hues: the light theme's highlights, and exports, which print on white. Clearly
stronger than the fact tints, so a highlight stands out among facts."""
HIGHLIGHT_FILLS_DARK: dict[str, str] = {"yellow": "#756000", "green": "#24703A", "blue": "#2A5FA8", "pink": "#8E3566"}
"""The dark theme's highlight fills: saturated enough to stand apart from the dark fact tints, dark enough for
light text on them."""
