"""Settings keep recent files (newest first, no duplicates, bounded) and typed view preferences."""

from __future__ import annotations

from pathlib import Path

from reader_app.ui.settings import MAX_RECENT, Settings


def test_recent_files_newest_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    settings.add_recent_file(a)
    assert settings.recent_files == [a, b]
    settings.remove_recent_file(b)
    assert settings.recent_files == [a]


def test_recent_files_are_bounded_and_survive_reopening(tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    for i in range(MAX_RECENT + 5):
        settings.add_recent_file(tmp_path / f"{i}.txt")
    settings.sync()
    again = Settings.at(tmp_path / "s.ini")
    assert len(again.recent_files) == MAX_RECENT
    assert again.recent_files[0] == tmp_path / f"{MAX_RECENT + 4}.txt"


def test_view_preferences_round_trip_and_reject_garbage(tmp_path: Path) -> None:
    settings = Settings.at(tmp_path / "s.ini")
    assert (settings.zoom, settings.theme, settings.swapped) == (0, "light", False)
    settings.zoom, settings.theme, settings.swapped = 3, "dark", True
    settings.sync()
    again = Settings.at(tmp_path / "s.ini")
    assert (again.zoom, again.theme, again.swapped) == (3, "dark", True)
    again.set_value("view/theme", "purple")
    again.set_value("view/zoom", "lots")
    assert (again.theme, again.zoom) == ("light", 0)
