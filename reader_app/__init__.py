"""Bilingual Summary Reader: CJK and English news side by side, offline."""

__version__ = "0.1.0"
APP_NAME = "bilingual-summary-reader"
APP_DISPLAY_NAME = "Bilingual Summary Reader"
