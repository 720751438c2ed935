"""Engine settings round-trip through the config folder; language codes map between the app and Argos."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app.translation.errors import UnknownLanguageError
from reader_app.translation.languages import from_argos, parse_language, to_argos
from reader_app.translation.settings import EngineSettings, load_settings, save_settings


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "translation.json"
    assert load_settings(path) == EngineSettings()
    changed = EngineSettings(beam_size=4, inter_threads=1, intra_threads=2)
    save_settings(changed, path)
    assert load_settings(path) == changed
    assert [p.name for p in tmp_path.iterdir()] == ["translation.json"]


@pytest.mark.parametrize("content", ["{broken", "[1, 2]", '{"beam_size": 0}', '{"beam_size": "four"}'])
def test_unreadable_settings_fall_back_to_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "translation.json"
    path.write_text(content)
    assert load_settings(path) == EngineSettings()


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "translation.json"
    path.write_text('{"beam_size": 3, "from_the_future": true}')
    assert load_settings(path).beam_size == 3


def test_decoding_key_changes_with_beam_size() -> None:
    assert EngineSettings(beam_size=1).decoding_key() != EngineSettings(beam_size=4).decoding_key()
    assert EngineSettings(inter_threads=1).decoding_key() == EngineSettings(inter_threads=2).decoding_key()


def test_codes_map_between_app_and_argos() -> None:
    assert to_argos("zh-Hant") == "zt" and from_argos("zt") == "zh-Hant"
    assert to_argos("zh") == "zh" and from_argos("ja") == "ja"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("ja", "ja"), ("Japanese", "ja"), ("EN", "en"), ("zh_CN", "zh"), ("zh-TW", "zh-Hant"), ("zt", "zh-Hant"),
     ("zh-Hant", "zh-Hant"), ("de", "de")],
)
def test_parse_language(typed: str, code: str) -> None:
    assert parse_language(typed) == code


@pytest.mark.parametrize("typed", ["klingon", "", "e", "日本語"])
def test_unknown_language(typed: str) -> None:
    with pytest.raises(UnknownLanguageError, match="Unknown language"):
        parse_language(typed)
