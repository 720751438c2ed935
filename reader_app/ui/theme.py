"""Light and dark palettes and reading fonts, one source of colour for views, panels and exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from reader_app.core.language import CHINESE, CHINESE_TRADITIONAL, JAPANESE
from reader_app.core.palette import (
    FACT_TINTS_DARK,
    FACT_TINTS_LIGHT,
    HIGHLIGHT_BANDS_DARK,
    HIGHLIGHT_BANDS_LIGHT,
)

if TYPE_CHECKING:
    from reader_app.core.facts.model import FactKind


@dataclass(frozen=True)
class Theme:
    """Every colour the reader paints with; widgets ask the theme instead of hard-coding colours."""

    name: str
    window: str
    base: str
    text: str
    muted_text: str
    label: str
    border: str
    accent: str
    accent_text: str
    hover_tint: str
    """Translucent (#AARRGGBB) so fact tints show through the sentence under the mouse."""
    counterpart_tint: str
    flash_tint: str
    mark_bar: str
    warning: str
    mt_badge_bg: str
    facts: dict[str, str] = field(default_factory=dict)
    """Tint per `FactKind` (keyed by its value, which a FactKind equals: the window paints before the facts
    code is imported)."""
    highlights: dict[str, str] = field(default_factory=dict)

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def fact_colour(self, kind: FactKind) -> QColor:
        return QColor(self.facts[kind])

    def highlight_colour(self, name: str) -> QColor:
        return QColor(self.highlights.get(name, name))


LIGHT = Theme(
    name="light",
    window="#F4F2EE",
    base="#FFFEFB",
    text="#1F2328",
    muted_text="#5A6270",
    label="#7A828F",
    border="#DAD6CE",
    accent="#2F6FB0",
    accent_text="#FFFFFF",
    hover_tint="#40C8A13A",
    counterpart_tint="#3A4F8FD6",
    flash_tint="#B0FFC83D",
    mark_bar="#2F6FB0",
    warning="#C7711C",
    mt_badge_bg="#ECEAE4",
    facts=FACT_TINTS_LIGHT,
    highlights=HIGHLIGHT_BANDS_LIGHT,
)

DARK = Theme(
    name="dark",
    window="#1E2024",
    base="#23262B",
    text="#E4E6EA",
    muted_text="#A4ABB6",
    label="#8A919C",
    border="#383C43",
    accent="#6AA6E8",
    accent_text="#10151B",
    hover_tint="#40F2D06B",
    counterpart_tint="#4A5E9BE0",
    flash_tint="#A0C9A227",
    mark_bar="#6AA6E8",
    warning="#E89A4A",
    mt_badge_bg="#30343A",
    facts=FACT_TINTS_DARK,
    highlights=HIGHLIGHT_BANDS_DARK,
)

THEMES = {LIGHT.name: LIGHT, DARK.name: DARK}


def theme_named(name: str) -> Theme:
    return THEMES.get(name, LIGHT)


def solid_brush(colour: str) -> QBrush:
    """What `QBrush(QColor(colour))` gives. PySide6 resolves that call (and `setForeground(QColor)`) by building its
    whole `Qt` namespace, which the window's first paint otherwise does without; a palette's brush is made in C++."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    return palette.brush(QPalette.ColorRole.Text)


def qt_palette(theme: Theme) -> QPalette:
    """An application palette so dialogs, docks and every other widget follow the theme."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.window,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.label,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.Link: theme.accent,
        QPalette.ColorRole.Mid: theme.border,
        QPalette.ColorRole.Midlight: theme.border,
        QPalette.ColorRole.Dark: theme.border,
        QPalette.ColorRole.BrightText: theme.warning,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.label))
    return palette


FUSION_STYLE_PROPERTY = "readerAppFusionStyle"
"""Set on the QApplication once it runs Fusion (see `apply_theme`; `app.application()` starts it so)."""


def apply_theme(theme: Theme) -> None:
    """Switch the whole application (Fusion style, palette) to `theme`."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # Remembered on the app: asking `app.style()` for its name (or taking what `setStyle` returns) builds Python
    # wrappers for all of QStyle's enums, a few milliseconds before the first paint.
    if app.property(FUSION_STYLE_PROPERTY) is not True:
        app.setStyle("Fusion")
        app.setProperty(FUSION_STYLE_PROPERTY, True)
    palette = qt_palette(theme)
    if palette != app.palette():  # an unchanged palette would still be sent to every widget
        app.setPalette(palette)


_CJK_FAMILIES = {
    JAPANESE: ("Noto Sans CJK JP", "Noto Serif CJK JP", "Source Han Sans JP", "IPAGothic"),
    CHINESE: ("Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"),
    CHINESE_TRADITIONAL: ("Noto Sans CJK TC", "Noto Serif CJK TC", "Source Han Sans TC", "WenQuanYi Micro Hei"),
}
_LATIN_FAMILIES = ("Noto Sans", "Noto Sans CJK JP", "Source Sans 3", "DejaVu Sans", "Liberation Sans")

BASE_POINT_SIZE = 12.0
ZOOM_STEP = 1.1
ZOOM_MIN, ZOOM_MAX = -6, 10


@lru_cache(maxsize=1)
def _available_families() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def _installed(families: tuple[str, ...]) -> list[str]:
    available = _available_families()
    return [family for family in families if family in available]


def cjk_font_available() -> bool:
    return bool(_installed(tuple(f for families in _CJK_FAMILIES.values() for f in families)))


@lru_cache(maxsize=16)
def _reading_families(lang: str) -> tuple[str, ...]:
    if lang in _CJK_FAMILIES:
        preferred = _CJK_FAMILIES[lang] + _LATIN_FAMILIES
    else:
        preferred = _LATIN_FAMILIES + _CJK_FAMILIES[JAPANESE]
    return tuple(_installed(preferred)) or (QFont().defaultFamily(),)


def reading_families(lang: str) -> list[str]:
    """Font families for text in `lang`: the right CJK glyph variant first, then Latin and CJK fallbacks."""
    return list(_reading_families(lang))


def reading_font(lang: str, zoom: int = 0) -> QFont:
    font = QFont()
    font.setFamilies(reading_families(lang))
    font.setPointSizeF(zoomed(BASE_POINT_SIZE, zoom))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def zoomed(size: float, zoom: int) -> float:
    return round(size * ZOOM_STEP**zoom, 1)
