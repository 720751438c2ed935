"""A realistically sized random-weight Argos package (en→ja) for the translation benchmark, built deterministically.

Same recipe as tests/tiny_model.py (SentencePiece + CTranslate2 `TransformerSpec.from_config` filled by a
`Converter` from seeded numpy weights), but at Argos's real size: 6+6 layers, d_model 512, 8 heads, FFN 2048,
a 7,000-piece vocabulary, int8 weights.

A random decoder never learns when to stop, so some weights are set by hand to make the `</s>` score rise with the
decoding step *relative to the source length*, as a trained model's does:

* Two "anchor" dimensions hold +C and -C at every position. They dominate each position's LayerNorm variance, so
  LayerNorm divides every position by nearly the same number and stays close to linear; the norms' gains are zero
  on the anchors, so no sub-layer ever sees them.
* The encoder's position codes carry `p * r` in one clean dimension (no sub-layer writes there); the decoder's
  carry the step `t * r` in another.
* One cross-attention head of the first decoder layer has zero queries, so it attends uniformly over the source
  and reads the mean source position, `(L - 1) * r / 2`: a linear measure of the source length L. Its output goes
  into a third clean dimension.
* The output projection's `</s>` row reads `step - source length` from those dimensions, so `</s>` wins once the
  output is about as long as the input. The benchmark prints the resulting output/input token ratio.

Every other weight is random, so translations are nonsense, but every matrix multiplication is the size a real
Argos model's is, which is all a speed benchmark needs.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

FROM_CODE, TO_CODE = "en", "ja"
PACKAGE_VERSION = "1.0"
NUM_LAYERS = (6, 6)
D_MODEL = 512
NUM_HEADS = 8
FFN_DIM = 2048
VOCAB_SIZE = 7000
MAX_POSITIONS = 1024
SEED = 20240729

# Clean dimensions (see the module docstring).
ANCHOR_POS, ANCHOR_NEG, STEP_DIM, SOURCE_POS_DIM, SOURCE_LEN_DIM = 511, 510, 509, 508, 507
SPECIAL_DIMS = (ANCHOR_POS, ANCHOR_NEG, STEP_DIM, SOURCE_POS_DIM, SOURCE_LEN_DIM)
ANCHOR = 80.0
RATE = 0.05
"""Per step (decoder) or per position (encoder) in the clean dimensions."""
SIGMA = float(np.sqrt(2 * ANCHOR**2 / D_MODEL))
"""The LayerNorm divisor the anchors impose (content adds a few per cent)."""
EOS_SLOPE = 3.0
"""How much the `</s>` logit rises per decoding step."""
EOS_OFFSET = 1.0
"""`</s>` logit when the output is exactly as long as the source; tuned so output/input ≈ 1 (printed)."""
RECIPE_VERSION = "3"

_CJK_LINES = (
    "テンセントの微信は火曜日、中国での新規ユーザー登録を一時的に停止すると発表した。",
    "登録サービスはアップグレード完了後に再開され、8月上旬の見込みだという。",
    "中国の規制当局はハイテク企業への取り締まりを強めている。",
    "もっと詳しく知りたい読者は会社のウェブサイトを参照してください。",
    "腾讯微信周二表示，将暂停中国新用户注册，以遵守相关法律法规。",
    "注册服务将在升级完成后恢复，预计在八月初。",
)


def _training_text(article: str) -> list[str]:
    """English prose (Python's own help topics, always present offline), the article and some CJK text."""
    import pydoc_data.topics

    lines: list[str] = []
    for key in sorted(pydoc_data.topics.topics):
        lines.extend(line.strip() for line in pydoc_data.topics.topics[key].splitlines() if line.strip())
    lines.extend(line.strip() for line in article.splitlines() if line.strip())
    han = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 3000))
    kana = "".join(chr(code) for code in range(0x3041, 0x3097)) + "".join(chr(code) for code in range(0x30A1, 0x30FB))
    for _ in range(3):
        lines.extend(_CJK_LINES)
        lines.extend(han[i : i + 40] for i in range(0, len(han), 40))
        lines.append(kana)
    return lines


def train_sentencepiece(article: str) -> bytes:
    import sentencepiece as spm

    spm.set_random_generator_seed(SEED)
    writer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_training_text(article)),
        model_writer=writer,
        model_type="unigram",
        vocab_size=VOCAB_SIZE,
        character_coverage=1.0,
        num_threads=1,
        shuffle_input_sentence=False,
        input_sentence_size=0,
        max_sentence_length=8192,
        minloglevel=2,
    )
    return writer.getvalue()


def _spec(vocabulary: list[str]) -> Any:
    from ctranslate2.specs import TransformerSpec

    rng = np.random.default_rng(SEED)
    spec = TransformerSpec.from_config(NUM_LAYERS, NUM_HEADS)
    vocab = len(vocabulary)
    d = D_MODEL
    clean = list(SPECIAL_DIMS)

    def normal(*shape: int, scale: float) -> np.ndarray:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    def norm(layer: Any, gains: dict[int, float] | None = None) -> None:
        gamma = np.full(d, SIGMA, dtype=np.float32)  # content comes out at about unit scale
        gamma[clean] = 0.0
        for dim, gain in (gains or {}).items():
            gamma[dim] = gain
        layer.gamma = gamma
        layer.beta = np.zeros(d, dtype=np.float32)

    def linear(layer: Any, out_dim: int, in_dim: int, scale: float, writes_residual: bool = False) -> None:
        layer.weight = normal(out_dim, in_dim, scale=scale)
        layer.bias = np.zeros(out_dim, dtype=np.float32)
        if writes_residual:
            layer.weight[clean, :] = 0.0  # never write into the clean dimensions

    inner = 1.0 / np.sqrt(d)
    residual = 0.25 / np.sqrt(d)

    def attention(layer: Any, self_attention: bool) -> None:
        norm(layer.layer_norm)
        if self_attention:
            linear(layer.linear[0], 3 * d, d, inner)
            linear(layer.linear[1], d, d, residual, writes_residual=True)
        else:
            linear(layer.linear[0], d, d, inner)
            linear(layer.linear[1], 2 * d, d, inner)
            linear(layer.linear[2], d, d, residual, writes_residual=True)

    def ffn(layer: Any) -> None:
        norm(layer.layer_norm)
        linear(layer.linear_0, FFN_DIM, d, inner)
        linear(layer.linear_1, d, FFN_DIM, residual * np.sqrt(d / FFN_DIM) * 2, writes_residual=True)

    def positions(signal_dim: int) -> np.ndarray:
        codes = normal(MAX_POSITIONS, d, scale=0.5)
        codes[:, clean] = 0.0
        codes[:, ANCHOR_POS] = ANCHOR
        codes[:, ANCHOR_NEG] = -ANCHOR
        codes[:, signal_dim] = np.arange(MAX_POSITIONS, dtype=np.float32) * RATE
        return codes

    def embeddings(scale: float) -> np.ndarray:
        weights = normal(vocab, d, scale=scale / np.sqrt(d))  # CTranslate2 multiplies by sqrt(d_model)
        weights[:, clean] = 0.0
        return weights

    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = embeddings(0.5)
    encoder.position_encodings.encodings = positions(SOURCE_POS_DIM)
    for enc_layer in encoder.layer:
        attention(enc_layer.self_attention, True)
        ffn(enc_layer.ffn)
    # The encoder output carries the source position at the same scale as the step (RATE per position).
    norm(encoder.layer_norm, {SOURCE_POS_DIM: SIGMA})

    decoder.embeddings.weight = embeddings(0.5)
    decoder.position_encodings.encodings = positions(STEP_DIM)
    for dec_layer in decoder.layer:
        attention(dec_layer.self_attention, True)
        attention(dec_layer.attention, False)
        ffn(dec_layer.ffn)
        # Only the length head below reads the encoder's position dimension.
        dec_layer.attention.linear[1].weight[:, SOURCE_POS_DIM] = 0.0

    # Length head: head 0 of the first decoder layer's encoder attention. Zero queries attend uniformly over the
    # source; its first value reads the source position, so it outputs RATE * (L - 1) / 2; written (doubled) into
    # SOURCE_LEN_DIM it becomes RATE * (L - 1), on the same scale as the step.
    head = d // NUM_HEADS
    cross = decoder.layer[0].attention
    cross.linear[0].weight[:head, :] = 0.0
    cross.linear[0].bias[:head] = 0.0
    cross.linear[1].weight[d, :] = 0.0
    cross.linear[1].weight[d, SOURCE_POS_DIM] = 4.0
    cross.linear[2].weight[:, 0] = 0.0
    cross.linear[2].weight[SOURCE_LEN_DIM, :] = 0.0
    cross.linear[2].weight[SOURCE_LEN_DIM, 0] = 0.5

    norm(decoder.layer_norm, {STEP_DIM: SIGMA, SOURCE_LEN_DIM: SIGMA})
    eos = vocabulary.index("</s>")
    projection = normal(vocab, d, scale=1.5 / np.sqrt(d))
    projection[:, clean] = 0.0
    projection[eos, :] = 0.0
    gain = EOS_SLOPE / RATE
    projection[eos, STEP_DIM] = gain
    projection[eos, SOURCE_LEN_DIM] = -gain
    bias = np.zeros(vocab, dtype=np.float32)
    bias[eos] = EOS_OFFSET
    for special in ("<unk>", "<s>"):
        bias[vocabulary.index(special)] = -1e4
    decoder.projection.weight = projection
    decoder.projection.bias = bias

    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec


def _convert(vocabulary: list[str], out_dir: Path) -> None:
    from ctranslate2.converters import Converter

    class SeededConverter(Converter):  # type: ignore[misc]
        def _load(self) -> Any:
            return _spec(vocabulary)

    SeededConverter().convert(str(out_dir), quantization="int8", force=True)


def recipe_key(article: str) -> str:
    source = Path(__file__).read_bytes() + article.encode()
    return hashlib.sha256(source).hexdigest()[:16]


def build_bench_package(dest_dir: Path, article: str) -> Path:
    """Write `<dest_dir>/translate-en_ja-bench-<key>.argosmodel` (reused when it already exists)."""
    import sentencepiece as spm

    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"translate-{FROM_CODE}_{TO_CODE}-bench-{recipe_key(article)}.argosmodel"
    if target.exists():
        return target
    sp_model = train_sentencepiece(article)
    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    root = f"translate-{FROM_CODE}_{TO_CODE}-bench"
    metadata = {
        "package_version": PACKAGE_VERSION,
        "argos_version": "1.0",
        "from_code": FROM_CODE,
        "from_name": "English",
        "to_code": TO_CODE,
        "to_name": "Japanese",
        "type": "translate",
        "links": [],
    }
    with tempfile.TemporaryDirectory(prefix="bench-ct2-") as tmp:
        model_dir = Path(tmp) / "model"
        _convert(vocabulary, model_dir)
        part = target.with_suffix(".part")
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"{root}/metadata.json", json.dumps(metadata, indent=2))
            archive.writestr(f"{root}/sentencepiece.model", sp_model)
            for path in sorted(model_dir.iterdir()):
                archive.write(path, f"{root}/model/{path.name}")
        part.replace(target)
    return target
