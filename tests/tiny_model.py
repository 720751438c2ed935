"""Builds a tiny but real Argos `.argosmodel` (SentencePiece + CTranslate2 Transformer), the same bytes each run.

The model has random (seeded) weights, so its output is nonsense, but it is a genuine CTranslate2 model read through
argostranslate's own package code. Its decoder carries a "step counter" in one position-encoding dimension that the
output projection turns into a rising `</s>` score, so every translation stops after a few tokens.

Run as a script to write packages: `python tests/tiny_model.py OUT_DIR [FROM TO ...]`. Also a pytest plugin (loaded
by tests/conftest.py) with fixtures: `tiny_packages` (session cache of built files), `argos_packages_dir` (a fresh,
empty Argos packages folder for one test) and `install_tiny` (installs a pair there through argostranslate's own code);
it marks every test using them `translates`.

A second, "looping" model (`looping=True`) is built by hand rather than drawn at random: its greedy output loops and
its beam-search output does not, on any CPU and GEMM back-end (see `_looping_logits`). Assertions on the random
model hold for any decoding (lengths, determinism, alignment), never on which pieces come out.
"""

from __future__ import annotations

import io
import json
import math
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

LANGUAGE_NAMES = {"en": "English", "ja": "Japanese", "zh": "Chinese"}
PACKAGE_VERSION = "1.0"
ARGOS_VERSION = "1.0"

# A few sentences per script; enough for SentencePiece to learn CJK characters and English sub-words.
TRAINING_SENTENCES = (
    "もっと詳しく",
    "テンセントの微信は火曜日、中国での新規ユーザー登録を一時的に停止すると発表した。",
    "登録サービスはアップグレード完了後に再開され、8月上旬の見込みだという。",
    "中国の規制当局はハイテク企業への取り締まりを強めている。",
    "東京の天気は晴れで、気温は二十五度まで上がる見込みです。",
    "腾讯微信周二表示，将暂停中国新用户注册。",
    "注册服务将在升级完成后恢复，预计在八月初。",
    "微信月活跃用户超过十二亿。",
    "监管机构要求滴滴停止新用户注册。",
    "今天北京的天气很好，气温二十五度。",
    "Tencent's WeChat said on Tuesday it is temporarily suspending registration of new users in China.",
    "Registration services will be restored after the upgrade is complete, which is expected in early August.",
    "WeChat has amassed over 1.2 billion monthly active users in China.",
    "The crackdown has wiped billions of dollars in market cap for Chinese firms in recent weeks.",
    "The weather in Tokyo is sunny and the temperature will rise to 25 degrees.",
    "More details are available on the company's website.",
)

VOCAB_SIZE = 400
D_MODEL = 64
NUM_HEADS = 4
FFN_DIM = 128
NUM_LAYERS = (2, 2)
MAX_DECODER_POSITIONS = 512
STEP_DIM = D_MODEL - 1
"""Decoder position-encoding dimension that counts decoding steps and drives the `</s>` score up."""


@dataclass(frozen=True)
class _Recipe:
    """Weight scales and the step counter's knobs: 4 to 11 output pieces per sentence, differing between sources."""

    step_rate: float = 0.5
    eos_gain: float = 8.0
    eos_offset: float = 5.0
    weight_scale: float = 0.12
    embedding_scale: float = 0.3
    decoder_embedding_scale: float = 0.0
    """Zero: each step depends on its position code and the source, never on the previous piece, so no loops."""
    cross_scale: float = 0.15
    position_scale: float = 1.0
    projection_scale: float = 0.3


_RECIPE = _Recipe()
_SP_CACHE: dict[int, bytes] = {}


def train_sentencepiece(seed: int = 0) -> bytes:
    """A deterministic SentencePiece unigram model over the training sentences, as the serialized proto."""
    cached = _SP_CACHE.get(seed)
    if cached is not None:
        return cached
    import sentencepiece as spm

    spm.set_random_generator_seed(seed)
    writer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(TRAINING_SENTENCES),
        model_writer=writer,
        model_type="unigram",
        vocab_size=VOCAB_SIZE,
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
        shuffle_input_sentence=False,
        input_sentence_size=0,
        minloglevel=2,
    )
    data = writer.getvalue()
    _SP_CACHE[seed] = data
    return data


def sentencepiece_pieces(model_proto: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model_proto)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _pair_seed(seed: int, from_code: str, to_code: str) -> int:
    return zlib.crc32(f"{seed}:{from_code}:{to_code}".encode())


def _make_converter(vocabulary: list[str], rng_seed: int, recipe: _Recipe) -> Any:
    """A `ctranslate2.converters.Converter` whose `_load()` fills a TransformerSpec with seeded random weights."""
    from ctranslate2.converters import Converter
    from ctranslate2.specs import TransformerSpec

    eos_id = vocabulary.index("</s>")

    class SeededConverter(Converter):  # type: ignore[misc]
        def _load(self) -> Any:
            rng = np.random.default_rng(rng_seed)
            spec = TransformerSpec.from_config(NUM_LAYERS, NUM_HEADS)
            vocab = len(vocabulary)

            def normal(*shape: int, scale: float = recipe.weight_scale) -> np.ndarray:
                return (rng.standard_normal(shape) * scale).astype(np.float32)

            def norm(layer: Any) -> None:
                layer.gamma = np.ones(D_MODEL, dtype=np.float32)
                layer.beta = np.zeros(D_MODEL, dtype=np.float32)

            def linear(layer: Any, out_dim: int, in_dim: int, scale: float = recipe.weight_scale) -> None:
                layer.weight = normal(out_dim, in_dim, scale=scale)
                layer.bias = np.zeros(out_dim, dtype=np.float32)

            def attention(layer: Any, self_attention: bool) -> None:
                norm(layer.layer_norm)
                if self_attention:
                    linear(layer.linear[0], 3 * D_MODEL, D_MODEL)
                    linear(layer.linear[-1], D_MODEL, D_MODEL)
                else:
                    linear(layer.linear[0], D_MODEL, D_MODEL, recipe.cross_scale)
                    linear(layer.linear[1], 2 * D_MODEL, D_MODEL, recipe.cross_scale)
                    linear(layer.linear[-1], D_MODEL, D_MODEL, recipe.cross_scale)

            def ffn(layer: Any) -> None:
                norm(layer.layer_norm)
                linear(layer.linear_0, FFN_DIM, D_MODEL)
                linear(layer.linear_1, D_MODEL, FFN_DIM)

            encoder, decoder = spec.encoder, spec.decoder
            encoder.embeddings[0].weight = normal(vocab, D_MODEL, scale=recipe.embedding_scale)
            norm(encoder.layer_norm)
            for enc_layer in encoder.layer:
                attention(enc_layer.self_attention, True)
                ffn(enc_layer.ffn)

            decoder.embeddings.weight = normal(vocab, D_MODEL, scale=recipe.decoder_embedding_scale)
            decoder.embeddings.weight[:, STEP_DIM] = 0.0
            decoder.position_encodings.encodings = _decoder_positions(rng, recipe)
            norm(decoder.layer_norm)
            for dec_layer in decoder.layer:
                attention(dec_layer.self_attention, True)
                attention(dec_layer.attention, False)
                ffn(dec_layer.ffn)
                # Keep the step counter clean: no sub-layer writes into its dimension.
                dec_layer.self_attention.linear[-1].weight[STEP_DIM, :] = 0.0
                dec_layer.attention.linear[-1].weight[STEP_DIM, :] = 0.0
                dec_layer.ffn.linear_1.weight[STEP_DIM, :] = 0.0

            projection = normal(vocab, D_MODEL, scale=recipe.projection_scale)
            projection[:, STEP_DIM] = 0.0
            projection[eos_id, :] = 0.0
            projection[eos_id, STEP_DIM] = recipe.eos_gain
            bias = np.zeros(vocab, dtype=np.float32)
            bias[eos_id] = -recipe.eos_offset
            # Never emit the special pieces other than </s>.
            for special in ("<unk>", "<s>"):
                if special in vocabulary:
                    bias[vocabulary.index(special)] = -1e4
            decoder.projection.weight = projection
            decoder.projection.bias = bias

            spec.register_source_vocabulary(vocabulary)
            spec.register_target_vocabulary(vocabulary)
            return spec

    return SeededConverter()


LOOP_PIECE = "▁billion"
"""The looping model's greedy output: this piece over and over, until the length cap."""
ESCAPE_PIECES = ("▁Chin", "a", ".")
"""The looping model's beam-search output, `China.`: a less likely first piece, then a certain path to `</s>`."""
ESCAPE_TEXT = "China."
_JUNK_PIECES = ("▁temp", "▁comp", "▁su", "▁re", "▁de", "▁wi")
_LOOP_START_MARGIN = 1.5
"""First step: the loop piece outscores the escape's first piece by this much (probability 0.82 against 0.18)."""


def _looping_logits(vocabulary: list[str]) -> tuple[dict[str, list[float]], int]:
    """Designed next-piece scores of the looping model, per previous-piece state.

    States: 0 = start, 1-3 = after each escape piece, 4 = after anything else (the loop piece included).
    Greedy decoding takes the loop piece first (1.5 > 0), and from state 4 the loop piece again (1 > 0 > -2 for
    the junk pieces and `</s>`): it never ends. Beam search keeps the escape (log 0.18 = -1.7) in its beam: from
    step 3 on every loop path is below it (log 0.82 + 2 × log 0.31 = -2.6), and its certain path then ends with
    `</s>`. The margins are whole units, so int8 rounding and any GEMM back-end's float order cannot flip them.
    """
    missing = [p for p in (LOOP_PIECE, *ESCAPE_PIECES, *_JUNK_PIECES) if p not in vocabulary]
    if missing:
        raise RuntimeError(f"the tiny vocabulary lacks {missing}")
    low, certain = -10.0, 10.0
    states = 5
    rows: dict[str, list[float]] = {}
    for piece in (LOOP_PIECE, *ESCAPE_PIECES, *_JUNK_PIECES, "</s>"):
        rows[piece] = [low] * states
    rows[LOOP_PIECE][0] = _LOOP_START_MARGIN
    rows[ESCAPE_PIECES[0]][0] = 0.0
    rows[ESCAPE_PIECES[1]][1] = certain
    rows[ESCAPE_PIECES[2]][2] = certain
    rows["</s>"][3] = certain
    rows[LOOP_PIECE][4] = 1.0
    for piece in _JUNK_PIECES:
        rows[piece][4] = 0.0
    rows["</s>"][4] = -2.0
    return rows, states


def _make_looping_converter(vocabulary: list[str], rng_seed: int) -> Any:
    """A converter for a model whose greedy output loops and whose beam-4 output does not (`_looping_logits`).

    The decoder's sub-layers are all but silent (weights of 1e-4), so its final layer norm sees the previous
    piece's one-hot embedding alone and the output projection turns that into the designed scores: a bigram
    model that ignores the source. The encoder is random, as in the ordinary tiny model.
    """
    from ctranslate2.converters import Converter
    from ctranslate2.specs import TransformerSpec

    rows, states = _looping_logits(vocabulary)
    state_of = {"<s>": 0, **{piece: i + 1 for i, piece in enumerate(ESCAPE_PIECES)}}

    class LoopingConverter(Converter):  # type: ignore[misc]
        def _load(self) -> Any:
            rng = np.random.default_rng(rng_seed)
            spec = TransformerSpec.from_config(NUM_LAYERS, NUM_HEADS)
            vocab = len(vocabulary)

            def normal(*shape: int, scale: float) -> np.ndarray:
                return (rng.standard_normal(shape) * scale).astype(np.float32)

            def norm(layer: Any) -> None:
                layer.gamma = np.ones(D_MODEL, dtype=np.float32)
                layer.beta = np.zeros(D_MODEL, dtype=np.float32)

            def linear(layer: Any, out_dim: int, in_dim: int, scale: float) -> None:
                layer.weight = normal(out_dim, in_dim, scale=scale)
                layer.bias = np.zeros(out_dim, dtype=np.float32)

            def attention(layer: Any, self_attention: bool, scale: float) -> None:
                norm(layer.layer_norm)
                if self_attention:
                    linear(layer.linear[0], 3 * D_MODEL, D_MODEL, scale)
                else:
                    linear(layer.linear[0], D_MODEL, D_MODEL, scale)
                    linear(layer.linear[1], 2 * D_MODEL, D_MODEL, scale)
                linear(layer.linear[-1], D_MODEL, D_MODEL, scale)

            def ffn(layer: Any, scale: float) -> None:
                norm(layer.layer_norm)
                linear(layer.linear_0, FFN_DIM, D_MODEL, scale)
                linear(layer.linear_1, D_MODEL, FFN_DIM, scale)

            encoder, decoder = spec.encoder, spec.decoder
            encoder.embeddings[0].weight = normal(vocab, D_MODEL, scale=_RECIPE.embedding_scale)
            norm(encoder.layer_norm)
            for enc_layer in encoder.layer:
                attention(enc_layer.self_attention, True, _RECIPE.weight_scale)
                ffn(enc_layer.ffn, _RECIPE.weight_scale)

            silent = 1e-4
            embeddings = np.zeros((vocab, D_MODEL), dtype=np.float32)
            for index, piece in enumerate(vocabulary):
                embeddings[index, state_of.get(piece, states - 1)] = 1.0
            decoder.embeddings.weight = embeddings
            decoder.position_encodings.encodings = np.zeros((MAX_DECODER_POSITIONS, D_MODEL), dtype=np.float32)
            norm(decoder.layer_norm)
            for dec_layer in decoder.layer:
                attention(dec_layer.self_attention, True, silent)
                attention(dec_layer.attention, False, silent)
                ffn(dec_layer.ffn, silent)

            # A layer norm maps the one-hot e_k to alpha * e_k - beta on every dimension; the bias cancels beta.
            alpha = D_MODEL / math.sqrt(D_MODEL - 1)
            beta = 1 / math.sqrt(D_MODEL - 1)
            projection = np.zeros((vocab, D_MODEL), dtype=np.float32)
            bias = np.full(vocab, -1e4, dtype=np.float32)
            for piece, scores in rows.items():
                index = vocabulary.index(piece)
                projection[index, :states] = np.asarray(scores, dtype=np.float32) / alpha
                bias[index] = beta * float(projection[index].sum())
            decoder.projection.weight = projection
            decoder.projection.bias = bias

            spec.register_source_vocabulary(vocabulary)
            spec.register_target_vocabulary(vocabulary)
            return spec

    return LoopingConverter()


def _decoder_positions(rng: np.random.Generator, recipe: _Recipe) -> np.ndarray:
    """Independent random codes per step, so consecutive steps pick unrelated pieces (no `ででで` loops); the last
    dimension grows linearly with the step and drives the `</s>` score."""
    encodings = (rng.standard_normal((MAX_DECODER_POSITIONS, D_MODEL)) * recipe.position_scale).astype(np.float32)
    encodings[:, STEP_DIM] = np.arange(MAX_DECODER_POSITIONS, dtype=np.float32) * recipe.step_rate
    return encodings


def package_name(from_code: str, to_code: str) -> str:
    return f"translate-{from_code}_{to_code}-{PACKAGE_VERSION.replace('.', '_')}"


def _metadata(from_code: str, to_code: str) -> dict[str, Any]:
    return {
        "package_version": PACKAGE_VERSION,
        "argos_version": ARGOS_VERSION,
        "from_code": from_code,
        "from_name": LANGUAGE_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": LANGUAGE_NAMES.get(to_code, to_code),
        "type": "translate",
        "links": [],
    }


def _zip_entry(name: str, is_dir: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = ((0o40755 if is_dir else 0o100644) << 16) | (0x10 if is_dir else 0)
    info.compress_type = zipfile.ZIP_STORED if is_dir else zipfile.ZIP_DEFLATED
    return info


def build_package_files(
    from_code: str, to_code: str, *, seed: int = 0, looping: bool = False
) -> dict[str, bytes]:
    """The package's files, relative to its folder: metadata.json, sentencepiece.model, model/*.

    `looping`: the model of `_looping_logits`, whose greedy output loops and whose beam-4 output is `China.`.
    """
    sp_model = train_sentencepiece(seed)
    vocabulary = sentencepiece_pieces(sp_model)
    pair_seed = _pair_seed(seed, from_code, to_code)
    converter = (
        _make_looping_converter(vocabulary, pair_seed) if looping else _make_converter(vocabulary, pair_seed, _RECIPE)
    )
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="tiny-ct2-") as tmp:
        model_dir = Path(tmp) / "model"
        converter.convert(str(model_dir))
        for path in sorted(model_dir.iterdir()):
            files[f"model/{path.name}"] = path.read_bytes()
    files["metadata.json"] = (json.dumps(_metadata(from_code, to_code), indent=2, sort_keys=True) + "\n").encode()
    files["sentencepiece.model"] = sp_model
    return files


def build_tiny_package(
    dest_dir: Path, from_code: str, to_code: str, *, seed: int = 0, looping: bool = False
) -> Path:
    """Write `<dest_dir>/translate-<from>_<to>-1_0.argosmodel` and return its path; same inputs give the same bytes."""
    files = build_package_files(from_code, to_code, seed=seed, looping=looping)
    name = package_name(from_code, to_code)
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{name}.argosmodel"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_zip_entry(f"{name}/", is_dir=True), b"")
        archive.writestr(_zip_entry(f"{name}/model/", is_dir=True), b"")
        for relative in sorted(files):
            archive.writestr(_zip_entry(f"{name}/{relative}"), files[relative])
    tmp_target = target.with_suffix(".argosmodel.part")
    tmp_target.write_bytes(buffer.getvalue())
    tmp_target.replace(target)
    return target


InstallTiny = Callable[[str, str], Path]
"""The `install_tiny` fixture: `install_tiny("ja", "en")` installs that pair and returns the package folder."""


class TinyPackages:
    """Built `.argosmodel` files for one test session: each pair is built once, on first use."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._built: dict[tuple[str, str, bool], Path] = {}

    def path(self, from_code: str, to_code: str, *, looping: bool = False) -> Path:
        """The package file; `looping` gives the model whose greedy output loops (same package name)."""
        key = (from_code, to_code, looping)
        if key not in self._built:
            directory = self._directory / "looping" if looping else self._directory
            self._built[key] = build_tiny_package(directory, from_code, to_code, looping=looping)
        return self._built[key]


@pytest.fixture(scope="session")
def tiny_packages(tmp_path_factory: pytest.TempPathFactory) -> TinyPackages:
    return TinyPackages(tmp_path_factory.mktemp("tiny-argos-models"))


@pytest.fixture
def argos_packages_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Argos packages folder for this test, where argostranslate (and our code) looks for packages."""
    from argostranslate import settings

    directory = tmp_path / "argos-packages"
    directory.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(directory))
    monkeypatch.setattr(settings, "package_data_dir", directory)
    monkeypatch.setattr(settings, "package_dirs", [directory])
    translate = sys.modules.get("argostranslate.translate")  # never imported just for this: it pulls in minisbd
    if translate is not None:
        translate.get_installed_languages.cache_clear()
    return directory


@pytest.fixture
def install_tiny(argos_packages_dir: Path, tiny_packages: TinyPackages) -> InstallTiny:
    """`install_tiny("ja", "en")` installs that tiny package with argostranslate's installer; returns its folder."""
    from argostranslate import package

    def install(from_code: str, to_code: str) -> Path:
        package.install_from_path(tiny_packages.path(from_code, to_code))
        return argos_packages_dir / package_name(from_code, to_code)

    return install


_TRANSLATING_FIXTURES = frozenset({"tiny_packages", "argos_packages_dir", "install_tiny"})
_TRANSLATION_TESTS = Path(__file__).resolve().parent / "translation"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `translates` every test that decodes with a model or lives in tests/translation/: `make test` runs
    these a second time with CTranslate2's other GEMM back-end (`pytest -m translates`)."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & _TRANSLATING_FIXTURES or _TRANSLATION_TESTS in item.path.parents:
            item.add_marker(pytest.mark.translates)


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: tiny_model.py OUT_DIR [FROM TO ...]", file=sys.stderr)
        return 2
    out = Path(argv[0])
    codes = argv[1:] or ["ja", "en"]
    for from_code, to_code in zip(codes[::2], codes[1::2], strict=True):
        print(build_tiny_package(out, from_code, to_code))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
