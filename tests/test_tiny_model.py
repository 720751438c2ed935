"""The tiny test model is real, deterministic and reads through argostranslate's own package code."""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from tiny_model import ESCAPE_TEXT, LOOP_PIECE, InstallTiny, TinyPackages, build_tiny_package, package_name

TESTS_DIR = Path(__file__).resolve().parent
SOURCES = [
    "もっと詳しく",
    "テンセントは新規登録を停止した。",
    "腾讯微信周二表示，将暂停中国新用户注册。",
    "WeChat has amassed over 1.2 billion monthly active users.",
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_is_byte_identical_in_process(tmp_path: Path) -> None:
    first = build_tiny_package(tmp_path / "a", "ja", "en")
    second = build_tiny_package(tmp_path / "b", "ja", "en")
    assert first.name == "translate-ja_en-1_0.argosmodel"
    assert _digest(first) == _digest(second)


def test_build_is_byte_identical_across_processes(tmp_path: Path, tiny_packages: TinyPackages) -> None:
    """A fresh interpreter (no in-process SentencePiece cache) writes exactly the same bytes."""
    script = TESTS_DIR / "tiny_model.py"
    subprocess.run([sys.executable, str(script), str(tmp_path), "ja", "en"], check=True, capture_output=True)
    assert _digest(tmp_path / "translate-ja_en-1_0.argosmodel") == _digest(tiny_packages.path("ja", "en"))


def test_pairs_and_seeds_give_different_models(tmp_path: Path, tiny_packages: TinyPackages) -> None:
    reseeded = build_tiny_package(tmp_path, "ja", "en", seed=1)
    digests = {_digest(tiny_packages.path("ja", "en")), _digest(tiny_packages.path("en", "ja")), _digest(reseeded)}
    assert len(digests) == 3


def test_zip_layout_matches_what_argostranslate_expects(tiny_packages: TinyPackages) -> None:
    name = package_name("zh", "en")
    with zipfile.ZipFile(tiny_packages.path("zh", "en")) as archive:
        names = set(archive.namelist())
        metadata = json.loads(archive.read(f"{name}/metadata.json"))
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert {f"{name}/metadata.json", f"{name}/sentencepiece.model", f"{name}/model/model.bin"} <= names
    assert f"{name}/model/config.json" in names
    assert all(member.startswith(f"{name}/") for member in names)
    assert metadata["from_code"] == "zh" and metadata["to_code"] == "en"
    for key in ("package_version", "argos_version", "from_name", "to_name"):
        assert metadata[key]


def test_installs_and_loads_with_argostranslate(install_tiny: InstallTiny, argos_packages_dir: Path) -> None:
    from argostranslate import package

    folder = install_tiny("ja", "en")
    installed = package.get_installed_packages()
    assert [p.package_path for p in installed] == [folder]
    pkg = installed[0]
    assert (pkg.from_code, pkg.to_code) == ("ja", "en")
    assert pkg.tokenizer.encode("もっと詳しく")
    assert folder.parent == argos_packages_dir


@pytest.mark.parametrize(("from_code", "to_code"), [("ja", "en"), ("en", "ja"), ("zh", "en"), ("en", "zh")])
def test_translate_batch_gives_short_nonempty_outputs(install_tiny: InstallTiny, from_code: str, to_code: str) -> None:
    import ctranslate2
    from argostranslate import package

    folder = install_tiny(from_code, to_code)
    pkg = next(p for p in package.get_installed_packages() if p.package_path == folder)
    translator = ctranslate2.Translator(str(folder / "model"), device="cpu", compute_type="int8")
    results = translator.translate_batch([pkg.tokenizer.encode(s) for s in SOURCES], beam_size=1)
    outputs = [result.hypotheses[0] for result in results]
    assert len(outputs) == len(SOURCES)
    for tokens in outputs:
        assert 1 <= len(tokens) <= 20
        assert "</s>" not in tokens and "<unk>" not in tokens
        assert pkg.tokenizer.decode(tokens).strip()
    assert len({tuple(tokens) for tokens in outputs}) > 1, "outputs should depend on the source"
    scores = translator.score_batch([pkg.tokenizer.encode(SOURCES[0])], [outputs[0]])
    assert all(math.isfinite(score) for score in scores[0].log_probs)
    again = translator.translate_batch([pkg.tokenizer.encode(s) for s in SOURCES], beam_size=1)
    assert [r.hypotheses[0] for r in again] == outputs


def test_looping_model_loops_greedily_and_escapes_with_beam_search(
    argos_packages_dir: Path, tiny_packages: TinyPackages
) -> None:
    """The designed bigram model (tiny_model._looping_logits): the same on every CPU and GEMM back-end."""
    import ctranslate2
    from argostranslate import package

    package.install_from_path(tiny_packages.path("ja", "en", looping=True))
    pkg = package.get_installed_packages()[0]
    sources = [pkg.tokenizer.encode(s) for s in SOURCES]
    for compute_type in ("int8", "float32"):
        translator = ctranslate2.Translator(str(pkg.package_path / "model"), device="cpu", compute_type=compute_type)
        greedy = translator.translate_batch(sources, beam_size=1, length_penalty=0.2, max_decoding_length=40)
        assert [r.hypotheses[0] for r in greedy] == [[LOOP_PIECE] * 40] * len(SOURCES)
        for beam_size in (2, 4):
            beam = translator.translate_batch(sources, beam_size=beam_size, length_penalty=0.2)
            assert [pkg.tokenizer.decode(r.hypotheses[0]) for r in beam] == [ESCAPE_TEXT] * len(SOURCES)
