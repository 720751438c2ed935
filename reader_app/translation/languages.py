"""Language codes: the app's ("zh-Hant") versus Argos Translate's ("zt"), and parsing what users type."""

from __future__ import annotations

import re

from reader_app.core.language import CHINESE, CHINESE_TRADITIONAL, ENGLISH, JAPANESE
from reader_app.translation.errors import UnknownLanguageError

PIVOT = ENGLISH
"""Pairs without a direct package translate through this language."""

APP_LANGUAGES = (ENGLISH, JAPANESE, CHINESE, CHINESE_TRADITIONAL)

_APP_TO_ARGOS = {CHINESE_TRADITIONAL: "zt"}
_ARGOS_TO_APP = {argos: app for app, argos in _APP_TO_ARGOS.items()}

# What people type for the app's languages; anything else must look like an ISO 639 code.
_ALIASES = {
    "english": ENGLISH,
    "japanese": JAPANESE,
    "jp": JAPANESE,
    "jpn": JAPANESE,
    "chinese": CHINESE,
    "zh-hans": CHINESE,
    "zh-cn": CHINESE,
    "zh-sg": CHINESE,
    "zho": CHINESE,
    "zh-hant": CHINESE_TRADITIONAL,
    "zh-tw": CHINESE_TRADITIONAL,
    "zh-hk": CHINESE_TRADITIONAL,
    "zt": CHINESE_TRADITIONAL,
}

_ISO_CODE = re.compile(r"[a-z]{2,3}")


def to_argos(code: str) -> str:
    """The Argos package code for an app language code."""
    return _APP_TO_ARGOS.get(code, code)


def from_argos(code: str) -> str:
    """The app language code for an Argos package code."""
    return _ARGOS_TO_APP.get(code, code)


def parse_language(text: str) -> str:
    """An app language code from what a user typed ("ja", "Japanese", "zh-TW", "de")."""
    key = text.strip().lower().replace("_", "-")
    if key in APP_LANGUAGES:
        return key
    if key in _ALIASES:
        return _ALIASES[key]
    if _ISO_CODE.fullmatch(key):
        return key
    raise UnknownLanguageError(
        f"Unknown language {text!r}: use a code such as {', '.join(APP_LANGUAGES)}."
    )
