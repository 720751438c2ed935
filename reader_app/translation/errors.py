"""What can go wrong in translation, each with a message meant for the reader."""

from __future__ import annotations


class TranslationError(Exception):
    """Base class: `str(error)` is one plain sentence the UI or CLI can show as is."""


class UnknownLanguageError(TranslationError, ValueError):
    """A language name or code the app does not understand."""


class PackageError(TranslationError):
    """A model package is broken, unsafe, missing or could not be installed or removed."""


class OlderVersionError(PackageError):
    """The package is older than the installed one of its pair; installed only when the reader insists."""

    def __init__(self, message: str, *, installed: str, offered: str) -> None:
        super().__init__(message)
        self.installed = installed
        self.offered = offered


class NetworkUnavailableError(TranslationError):
    """The Argos package index cannot be reached; the message points to "Install from file"."""


class DownloadCancelledError(TranslationError):
    """The user cancelled a model download; nothing was installed."""


class NoModelError(TranslationError):
    """No installed model (or pivot through English) translates this pair; the message says what to install."""

    def __init__(self, message: str, missing: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.missing = missing
        """Language pairs (app codes) whose packages would make the translation possible."""


class ModelLoadError(TranslationError):
    """An installed package's model or tokenizer could not be loaded."""
