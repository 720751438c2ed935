"""Engine settings (beam size, threads, compute type, batching), stored as JSON in the config folder."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from reader_app.core import app_paths

DEFAULT_BEAM_SIZE = 1
"""Greedy: the fastest in benchmarks/translate_speed.py; broken-looking sentences get a beam-4 retry."""

DECODING_VERSION = 2
"""Bumped when the engine changes how it decodes, so the cache never serves output of an older way."""

DEFAULT_RETRY_BEAM_SIZE = 4
"""Argos's own beam size, used again only for sentences whose greedy output is empty or loops."""


def _cores() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """How CTranslate2 decodes; the defaults are the fastest measured (README: translation, performance)."""

    beam_size: int = DEFAULT_BEAM_SIZE
    retry_beam_size: int = DEFAULT_RETRY_BEAM_SIZE
    """Beam size for re-translating sentences whose output is empty or loops; no retry when not above beam_size."""
    inter_threads: int = 0
    """Batches translated in parallel; 0 means one per CPU core."""
    intra_threads: int = 1
    """Threads inside one batch; 0 lets CTranslate2 decide."""
    compute_type: str = "int8"
    device: str = "cpu"
    max_batch_size: int = 16
    """Sentences per batch; the first batch is smaller so the first sentences show early."""
    first_batch_size: int = 8
    sort_window: int = 256
    """Sentences sorted by length together; larger windows pad less, smaller ones stream in document order."""
    length_penalty: float = 0.2
    """Argos Translate's value, so our output matches its output at the same beam size."""
    max_decoding_length: int = 256
    """Upper bound on output pieces; each batch is also capped at 3 × its longest input + 16."""

    def __post_init__(self) -> None:
        if self.beam_size < 1:
            raise ValueError("beam size must be at least 1")
        if self.max_batch_size < 1 or self.first_batch_size < 1 or self.sort_window < 1:
            raise ValueError("batch sizes must be at least 1")
        if self.inter_threads < 0 or self.intra_threads < 0:
            raise ValueError("thread counts cannot be negative")

    def resolved_inter_threads(self) -> int:
        return self.inter_threads or _cores()

    def decoding_key(self) -> str:
        """What changes the output: part of the cache key, so a new beam size never serves old results."""
        retry = f"-retry{self.retry_beam_size}" if self.retry_beam_size > self.beam_size else ""
        return (
            f"v{DECODING_VERSION}-beam{self.beam_size}{retry}-lp{self.length_penalty}-{self.compute_type}"
            f"-max{self.max_decoding_length}"
        )

    def with_changes(self, **changes: Any) -> EngineSettings:
        return replace(self, **changes)


def settings_path() -> Path:
    return app_paths.config_dir() / "translation.json"


def load_settings(path: Path | None = None) -> EngineSettings:
    """Saved settings, ignoring unknown keys and falling back to defaults for anything unreadable."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return EngineSettings()
    if not isinstance(data, dict):
        return EngineSettings()
    known = {f.name: f.type for f in fields(EngineSettings)}
    values = {key: value for key, value in data.items() if key in known}
    try:
        return EngineSettings(**values)
    except (TypeError, ValueError):
        return EngineSettings()


def save_settings(settings: EngineSettings, path: Path | None = None) -> None:
    """Atomic write: a temporary file, fsync, rename."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".translation-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
