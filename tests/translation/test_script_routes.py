"""Traditional Chinese through the Simplified models: OpenCC's conversion on the way in (or out), the real tiny
models in between, the passage's own text and sentences untouched; and which models the window asks for."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_model import TinyPackages

from reader_app.core.loading import document_from_text
from reader_app.core.search_text import convert_script
from reader_app.translation.cache import SentenceCache
from reader_app.translation.engine import TranslationEngine
from reader_app.translation.errors import NoModelError
from reader_app.translation.packages import install_from_file
from reader_app.translation.routing import Plan, missing, missing_message, model_pair_name, plan
from reader_app.translation.settings import EngineSettings

TRADITIONAL = (
    "騰訊微信週二表示，將暫停中國新用戶註冊。",
    "註冊服務將在升級完成後恢復，預計在八月初。",
    "監管機構要求滴滴停止新用戶註冊。",
)


def _engine(tiny_packages: TinyPackages, tmp_path: Path, *pairs: tuple[str, str]) -> TranslationEngine:
    for pair in pairs:
        install_from_file(tiny_packages.path(*pair))
    return TranslationEngine(EngineSettings(), SentenceCache(tmp_path / "cache.sqlite3"))


def test_plans() -> None:
    simplified = {("zh", "en"), ("en", "zh"), ("en", "ja")}
    assert plan("zh-Hant", "en", simplified) == Plan((("zh", "en"),), "t2s", None)
    assert plan("en", "zh-Hant", simplified) == Plan((("en", "zh"),), None, "s2tw")
    assert plan("zh-Hant", "ja", simplified) == Plan((("zh", "en"), ("en", "ja")), "t2s", None)
    assert plan("zh-Hant", "zh", set()) == Plan((), "t2s", None)  # the conversion is the translation
    # A model of Traditional's own is used first.
    assert plan("zh-Hant", "en", simplified | {("zh-Hant", "en")}) == Plan((("zh-Hant", "en"),))
    assert plan("zh-Hant", "en", {("en", "zh")}) is None
    assert plan("zh", "en", {("zh-Hant", "en")}) is None  # Simplified text is not fed to a Traditional model


def test_what_to_install() -> None:
    assert missing("zh-Hant", "en", {("zh", "en")}) == []
    assert missing("zh-Hant", "ja", {("zh", "en")}) == [("en", "ja")]  # not a second Chinese model
    assert missing("zh-Hant", "en", set()) == [("zh-Hant", "en")]
    assert model_pair_name("zh-Hant", "en") == "Chinese (Simplified or Traditional) → English"
    assert missing_message("zh-Hant", "en", [("zh-Hant", "en")]) == (
        "No Chinese (Simplified or Traditional) → English model is installed."
    )
    message = missing_message("zh-Hant", "ja", [("en", "ja")])
    assert "Install English → Japanese (translation goes through English)" in message


def test_traditional_text_goes_through_the_simplified_model(
    argos_packages_dir: Path, tiny_packages: TinyPackages, tmp_path: Path
) -> None:
    engine = _engine(tiny_packages, tmp_path, ("zh", "en"))
    through = [t.text for t in engine.translate(TRADITIONAL, "zh-Hant", "en")]
    simplified = [convert_script(sentence, "t2s") for sentence in TRADITIONAL]
    assert simplified[0] == "腾讯微信周二表示，将暂停中国新用户注册。"
    fresh = TranslationEngine(engine.settings, SentenceCache(tmp_path / "other.sqlite3"))
    assert through == [t.text for t in fresh.translate(simplified, "zh", "en")]
    assert all(through)
    assert engine.package_label("zh-Hant", "en") == "OpenCC t2s + translate-zh_en 1.0"


def test_a_traditional_passage_keeps_its_text_and_sentences(
    argos_packages_dir: Path, tiny_packages: TinyPackages, tmp_path: Path
) -> None:
    engine = _engine(tiny_packages, tmp_path, ("zh", "en"))
    document = document_from_text("華盛頓 —\n" + "".join(TRADITIONAL), title=None)
    passage = document.article
    assert passage.lang == "zh-Hant"
    text, sentences = passage.text, passage.sentences
    translation = list(engine.translate_passage(passage, "en"))[-1]
    assert translation.complete and translation.source_lang == "zh-Hant"
    assert len(translation.sentences) == len(sentences)
    assert translation.package == "OpenCC t2s + translate-zh_en 1.0"
    assert passage.text == text and passage.sentences == sentences
    assert document.title == "華盛頓"


def test_into_traditional_through_the_simplified_model(
    argos_packages_dir: Path, tiny_packages: TinyPackages, tmp_path: Path
) -> None:
    engine = _engine(tiny_packages, tmp_path, ("en", "zh"))
    english = ["WeChat has amassed over 1.2 billion monthly active users in China."]
    simplified = engine.translate(english, "en", "zh")[0].text
    traditional = engine.translate(english, "en", "zh-Hant")[0].text
    assert traditional == convert_script(simplified, "s2tw")
    assert engine.package_label("en", "zh-Hant") == "translate-en_zh 1.0 + OpenCC s2tw"


def test_no_model_names_either_script(argos_packages_dir: Path, tmp_path: Path) -> None:
    engine = TranslationEngine(EngineSettings(), SentenceCache(tmp_path / "cache.sqlite3"))
    with pytest.raises(NoModelError, match=r"No Chinese \(Simplified or Traditional\) → English model") as info:
        engine.route("zh-Hant", "en")
    assert info.value.missing == [("zh-Hant", "en")]
