"""Typed access to the persisted QSettings (geometry, zoom, theme, recent files), so keys live in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader_app.core.app_paths import config_dir

MAX_RECENT = 10


def _as_bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


class Settings:
    """The app's preferences; each property reads and writes QSettings directly so nothing is lost on a crash."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            qsettings = QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
        self.qsettings = qsettings

    @classmethod
    def at(cls, path: Path) -> Settings:
        """Settings stored in the INI file at `path` (tests, screenshots)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def value(self, key: str, default: object = None) -> object:
        """Raw access for feature modules; prefix keys with the feature name (e.g. "facts/visible")."""
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)

    def bool_value(self, key: str, default: bool) -> bool:
        return _as_bool(self.qsettings.value(key), default)

    def sync(self) -> None:
        self.qsettings.sync()

    @property
    def zoom(self) -> int:
        try:
            return int(str(self.qsettings.value("view/zoom", 0)))
        except ValueError:
            return 0

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.qsettings.setValue("view/zoom", int(value))

    @property
    def theme(self) -> str:
        value = self.qsettings.value("view/theme", "light")
        return value if value in ("light", "dark") else "light"

    @theme.setter
    def theme(self, name: str) -> None:
        self.qsettings.setValue("view/theme", name)

    @property
    def swapped(self) -> bool:
        """True when the English side is on the left."""
        return _as_bool(self.qsettings.value("view/swapped"), False)

    @swapped.setter
    def swapped(self, value: bool) -> None:
        self.qsettings.setValue("view/swapped", bool(value))

    @property
    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(str(item)) for item in value if item]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_files if p != path]
        self.qsettings.setValue("files/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        recent = [p for p in self.recent_files if p != path.resolve() and p != path]
        self.qsettings.setValue("files/recent", [str(p) for p in recent])

    def clear_recent_files(self) -> None:
        self.qsettings.setValue("files/recent", [])

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        if value is None:  # a first run: the window paints without building QByteArray
            return None
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """QMainWindow.saveState(): docks and toolbars."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self.qsettings.setValue("window/splitter", value)

    def highlight_names(self) -> dict[str, str]:
        """The reader's names for the highlight colours ("yellow" → "question"); unnamed colours are left out."""
        from reader_app.core.palette import HIGHLIGHT_COLOUR_NAMES

        names: dict[str, str] = {}
        for colour in HIGHLIGHT_COLOUR_NAMES:
            value = self.value(f"highlights/names/{colour}", "")
            if isinstance(value, str) and value.strip():
                names[colour] = value.strip()
        return names

    def set_highlight_name(self, colour: str, name: str) -> None:
        self.set_value(f"highlights/names/{colour}", name.strip())
