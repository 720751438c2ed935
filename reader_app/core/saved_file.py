"""The standalone "annotated summary" `.json` file: document text plus everything the reader made, versioned.

The schema is described in docs/saved-format.md; keep the two in step.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader_app import __version__
from reader_app.core.app_paths import data_dir
from reader_app.core.atomic_write import atomic_write_text, remove_stale_temp_files
from reader_app.core.document import Document
from reader_app.core.reading_state import Newer, ReadingState, compare_work, text_hash
from reader_app.core.state_codec import (
    CodecError,
    JsonDict,
    document_from_json,
    document_to_json,
    state_from_json,
    state_to_json,
)

FORMAT = "bilingual-summary-reader/annotated-summary"
VERSION = 4
SUFFIX = ".json"
MAX_FILE_BYTES = 256 * 1024 * 1024

Migration = Callable[[JsonDict], JsonDict]


def _with_revision_zero(data: JsonDict) -> JsonDict:
    """1 → 2: states gained `revision`; a file from before counts as revision 0, older than any later change."""
    state = data.get("state")
    if isinstance(state, dict):
        state.setdefault("revision", 0)
    return data


def _with_default_target(data: JsonDict) -> JsonDict:
    """2 → 3: states gained `target_lang` (Translate Into); a file from before translates into the default."""
    state = data.get("state")
    if isinstance(state, dict):
        state.setdefault("target_lang", None)
    return data


def _with_unknown_highlight_languages(data: JsonDict) -> JsonDict:
    """3 → 4: a highlight on a translation gained `lang`, its language; one from before has none (unknown)."""
    state = data.get("state")
    highlights = state.get("highlights") if isinstance(state, dict) else None
    for highlight in highlights if isinstance(highlights, list) else ():
        if isinstance(highlight, dict):
            highlight.setdefault("lang", None)
    return data


MIGRATIONS: dict[int, Migration] = {
    1: _with_revision_zero,
    2: _with_default_target,
    3: _with_unknown_highlight_languages,
}
"""`MIGRATIONS[n]` turns a version-n file's top-level object into version n+1."""


def suggested_folder(source: Path | None) -> Path:
    """Where Save and Export dialogs start: the document's folder, but not the app's own folders (the bundled
    sample lives in the installed package or the data folder) nor a folder the reader cannot write to."""
    if source is None:
        return Path.home()
    folder = source.expanduser().parent
    try:
        resolved = folder.resolve()
    except OSError:
        return Path.home()
    from importlib import resources

    app_folders = [data_dir(), Path(str(resources.files("reader_app.resources")))]
    inside_app = any(resolved == app or resolved.is_relative_to(app.resolve()) for app in app_folders)
    if inside_app or not folder.is_dir() or not os.access(folder, os.W_OK):
        return Path.home()
    return folder


class SavedFileError(Exception):
    """A saved file cannot be read or written; the message is meant for the reader."""


def to_json(state: ReadingState, document: Document) -> JsonDict:
    """The file's content as a JSON object (also what the JSON export writes)."""
    digest = text_hash(document)
    if state.text_hash != digest:
        state = replace(state, text_hash=digest)
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "saved": datetime.now(UTC).isoformat(),
        "document": document_to_json(document),
        "state": state_to_json(state),
    }


def dumps(state: ReadingState, document: Document) -> str:
    return json.dumps(to_json(state, document), ensure_ascii=False, indent=1) + "\n"


class NewerWorkError(SavedFileError):
    """The file to be replaced holds newer work on the same document (see `newer_work_at`)."""


def save(path: Path, state: ReadingState, document: Document, replace_newer_work: bool = False) -> None:
    """Write atomically; refuses to replace a saved file written by a newer version of the app, and (unless
    `replace_newer_work`, after the reader said so) one that holds newer work on the same document."""
    if path.exists():
        newer = _newer_version(path)
        if newer is not None:
            raise SavedFileError(
                f"{path.name} was written by a newer version of the app (format version {newer}); "
                "it was left untouched. Save under another name."
            )
        reason = None if replace_newer_work else newer_work_at(path, state)
        if reason is not None:
            raise NewerWorkError(reason)
    remove_stale_temp_files(path)
    try:
        atomic_write_text(path, dumps(state, document))
    except OSError as error:
        raise SavedFileError(f"Cannot save {path.name}: {error.strerror or error}.") from error


def _newer_version(path: Path) -> int | None:
    try:
        data = json.loads(path.read_bytes()[:MAX_FILE_BYTES])
    except (OSError, ValueError):
        return None
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(data, dict) and data.get("format") == FORMAT and isinstance(version, int) and version > VERSION:
        return version
    return None


def newer_work_at(path: Path, state: ReadingState) -> str | None:
    """Why writing `state` to `path` would roll work back: `path` is a saved file of the same text whose state is
    newer (a higher revision) or other work of the same revision. None when `path` may be replaced (no such file, a
    file of another text or of older or the same work, or one that cannot be read)."""
    if not looks_like_saved_file(path):
        return None
    try:
        _, existing = load(path)
    except SavedFileError:
        return None
    newer = compare_work(existing, state)
    if existing.text_hash != state.text_hash or newer in (Newer.LIBRARY, Newer.SAME):
        return None
    if newer is Newer.SAVED:
        return (
            f"{path.name} holds newer work on this document (revision {existing.revision}; this is revision "
            f"{state.revision})."
        )
    return f"{path.name} holds different work on this document (both at revision {state.revision})."


def looks_like_saved_file(path: Path) -> bool:
    """Cheap check used to route File → Open: a `.json` file that names this format near its start."""
    if path.suffix.lower() != SUFFIX:
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return FORMAT.encode() in head


def loads(text: str | bytes, name: str = "The file") -> tuple[Document, ReadingState]:
    try:
        data: Any = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise SavedFileError(f"{name} is not valid JSON (it may be damaged): {error}.") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SavedFileError(f"{name} is not an annotated summary saved by this app.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SavedFileError(f"{name} has no valid format version.")
    if version > VERSION:
        raise SavedFileError(
            f"{name} was saved by a newer version of the app (format version {version}; this version reads up to "
            f"{VERSION}). Update the app to open it; the file was left untouched."
        )
    data = _migrated(data, version)
    try:
        document = document_from_json(data.get("document"), "document")
        state = state_from_json(data.get("state"), "state")
    except CodecError as error:
        raise SavedFileError(f"{name} is damaged: {error}.") from error
    digest = text_hash(document)
    if state.text_hash != digest:
        raise SavedFileError(f"{name} is damaged: its document text does not match the recorded text hash.")
    return document, state


def _migrated(data: JsonDict, version: int) -> JsonDict:
    while version < VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["version"] = version
    return data


def load(path: Path) -> tuple[Document, ReadingState]:
    """Read a saved file; raises `SavedFileError` with a message for the reader. Never writes to `path`."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SavedFileError(f"{path.name} is {size / 1e6:.0f} MB, too large for an annotated summary.")
        data = path.read_bytes()
    except OSError as error:
        raise SavedFileError(f"Cannot read {path.name}: {error.strerror or error}.") from error
    return loads(data, path.name)
