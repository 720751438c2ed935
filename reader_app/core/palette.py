"""The one palette of fact tints and highlight colours, shared by the text views, the facts panel and every export.

Keyed by the kinds' string values (a `FactKind` equals its value), so the window can paint before the facts code
is imported. The fact tints are the design's; highlight colours are drawn as underline bands in the views and as
soft backgrounds in exports, where no fact tint sits beneath them.
"""

from __future__ import annotations

FACT_KIND_TITLES: dict[str, str] = {
    "count": "Counts",
    "money": "Money",
    "percent": "Percentages",
    "date": "Dates",
    "org": "Organisations",
    "person": "People",
    "place": "Places",
}

FACT_TINTS_LIGHT: dict[str, str] = {
    "count": "#DCEBFF",
    "money": "#DDF4E4",
    "percent": "#FFF1CC",
    "date": "#F6E0FF",
    "org": "#FFE2D6",
    "person": "#E3E3FF",
    "place": "#E0F4F4",
}

FACT_TINTS_DARK: dict[str, str] = {
    "count": "#1F3A5F",
    "money": "#1E4A2E",
    "percent": "#5A4A12",
    "date": "#4A2660",
    "org": "#5C2E1E",
    "person": "#2E2E66",
    "place": "#1E4A4A",
}

HIGHLIGHT_COLOUR_NAMES: tuple[str, ...] = ("yellow", "green", "blue", "pink")
"""User highlight colours, in menu order."""

HIGHLIGHT_BANDS_LIGHT: dict[str, str] = {"yellow": "#E8B400", "green": "#2EA44F", "blue": "#3B82F6", "pink": "#E0559A"}
HIGHLIGHT_BANDS_DARK: dict[str, str] = {"yellow": "#F2C94C", "green": "#5BD27A", "blue": "#6AA6E8", "pink": "#F07AB5"}

HIGHLIGHT_TINTS: dict[str, str] = {"yellow": "#FFE066", "green": "#8CE99A", "blue": "#74C0FC", "pink": "#FAA2C1"}
"""Soft backgrounds of the same hues for exports, which print on white."""
