"""Installed Argos packages: list, validated install from a file, remove, and download on explicit request."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from reader_app.core.language import language_name
from reader_app.translation.errors import DownloadCancelledError, NetworkUnavailableError, PackageError
from reader_app.translation.languages import from_argos, to_argos

MAX_UNPACKED_BYTES = 2 * 1024**3
"""A package may unpack to at most 2 GiB (the largest Argos models are about 400 MB); more is a zip bomb."""

MAX_MEMBERS = 10_000

DEFAULT_INDEX_TIMEOUT = 3.0
"""Seconds to wait for the package index before saying the network is unavailable."""

INSTALL_FROM_FILE_HINT = (
    "Download the .argosmodel file on a connected machine and use Install from file "
    "(reader-app models install PATH)."
)

_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?")
_TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")
_CHUNK = 1 << 16
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """One installed translation package, with app language codes ("zh-Hant", not Argos's "zt")."""

    from_code: str
    to_code: str
    version: str
    package_id: str
    """Stable name of the pair's package (argospm style, e.g. "translate-ja_en")."""
    path: Path
    size_bytes: int
    name: str
    target_prefix: str = ""

    @property
    def cache_key(self) -> str:
        """Package id and version: a new version never serves the old version's cached sentences."""
        return f"{self.package_id}@{self.version}"

    @property
    def label(self) -> str:
        """Short text for status bars: "ja→en 1.9"."""
        return f"{self.from_code}→{self.to_code} {self.version}".strip()


@dataclass(frozen=True, slots=True)
class AvailableModel:
    """A package listed in the Argos package index."""

    from_code: str
    to_code: str
    version: str
    links: tuple[str, ...]
    name: str


def packages_dir() -> Path:
    """Where argostranslate installs packages (so `argospm` installs show up here and ours show up there)."""
    from argostranslate import settings

    return Path(settings.package_data_dir)


def _package_dirs() -> list[Path]:
    from argostranslate import settings

    return [Path(directory) for directory in settings.package_dirs]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def _directory_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += (Path(root) / name).lstat().st_size
            except OSError:
                continue
    return total


def _check_metadata(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise PackageError(f"{where}: metadata.json is not a JSON object.")
    kind = data.get("type", "translate")
    if kind != "translate":
        raise PackageError(f"{where}: this is a {kind!r} package, not a translation model.")
    for key in ("from_code", "to_code"):
        value = data.get(key)
        if not isinstance(value, str) or not _CODE.fullmatch(value):
            raise PackageError(f"{where}: metadata.json has no valid {key}.")
    if data["from_code"] == data["to_code"]:
        raise PackageError(f"{where}: metadata.json translates {data['from_code']} into itself.")
    version = data.get("package_version", "")
    if not isinstance(version, str):
        raise PackageError(f"{where}: metadata.json has an invalid package_version.")
    prefix = data.get("target_prefix", "")
    if not isinstance(prefix, str):
        raise PackageError(f"{where}: metadata.json has an invalid target_prefix.")
    return data


def _model_from_dir(path: Path) -> InstalledModel | None:
    """The installed model in `path`, or None when it is not a usable translation package."""
    try:
        data = _check_metadata(json.loads((path / "metadata.json").read_text(encoding="utf-8")), path.name)
    except (OSError, ValueError, PackageError):
        return None
    if not (path / "model").is_dir() or not any((path / name).is_file() for name in _TOKENIZER_FILES):
        return None
    from_code, to_code = from_argos(data["from_code"]), from_argos(data["to_code"])
    from_name = data.get("from_name") or language_name(from_code)
    to_name = data.get("to_name") or language_name(to_code)
    return InstalledModel(
        from_code=from_code,
        to_code=to_code,
        version=data.get("package_version", ""),
        package_id=f"translate-{data['from_code']}_{data['to_code']}",
        path=path,
        size_bytes=_directory_size(path),
        name=f"{from_name} → {to_name}",
        target_prefix=data.get("target_prefix", ""),
    )


def installed_models() -> list[InstalledModel]:
    """Installed translation packages, newest version per pair, sorted by pair."""
    best: dict[tuple[str, str], InstalledModel] = {}
    for directory in _package_dirs():
        try:
            children = sorted(directory.iterdir())
        except OSError:
            continue
        for child in children:
            if child.name.startswith(".") or not child.is_dir():
                continue
            model = _model_from_dir(child)
            if model is None:
                continue
            pair = (model.from_code, model.to_code)
            if pair not in best or _version_key(model.version) > _version_key(best[pair].version):
                best[pair] = model
    return sorted(best.values(), key=lambda m: (m.from_code, m.to_code))


def find_model(from_code: str, to_code: str) -> InstalledModel | None:
    for model in installed_models():
        if (model.from_code, model.to_code) == (from_code, to_code):
            return model
    return None


# --- install -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Plan:
    """A validated archive: which members go where, and the metadata they carry."""

    root: str
    """The archive's top folder ("" when metadata.json sits at the root)."""
    members: tuple[zipfile.ZipInfo, ...]
    metadata: dict[str, Any]
    declared_bytes: int


def _safe_parts(name: str, display: str) -> tuple[str, ...]:
    if "\\" in name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise PackageError(f"{display}: member {name!r} has an absolute or Windows path; refusing to install.")
    parts = tuple(part for part in PurePosixPath(name).parts if part not in ("", "."))
    if any(part == ".." for part in parts):
        raise PackageError(f"{display}: member {name!r} would be written outside the package folder.")
    return parts


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode) if mode else False


def _plan(archive: zipfile.ZipFile, display: str, max_unpacked_bytes: int) -> _Plan:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError(f"{display}: too many files ({len(infos)}) for a model package.")
    declared = 0
    paths: list[tuple[str, ...]] = []
    for info in infos:
        if _is_symlink(info):
            raise PackageError(f"{display}: member {info.filename!r} is a symbolic link; refusing to install.")
        paths.append(_safe_parts(info.filename, display))
        declared += info.file_size
    if declared > max_unpacked_bytes:
        raise PackageError(
            f"{display}: unpacks to {declared / 2**20:.0f} MB, over the {max_unpacked_bytes / 2**20:.0f} MB limit "
            "for a model package."
        )
    files = {"/".join(parts) for info, parts in zip(infos, paths, strict=True) if parts and not info.is_dir()}
    if "metadata.json" in files:
        root = ""
    else:
        tops = {parts[0] for parts in paths if parts}
        if len(tops) != 1 or f"{next(iter(tops))}/metadata.json" not in files:
            raise PackageError(f"{display}: no metadata.json; this is not an Argos model package.")
        root = next(iter(tops))
    prefix = f"{root}/" if root else ""
    try:
        raw = archive.read(f"{prefix}metadata.json")
        if len(raw) > 1 << 20:
            raise PackageError(f"{display}: metadata.json is implausibly large.")
        metadata = _check_metadata(json.loads(raw.decode("utf-8")), display)
    except (ValueError, UnicodeDecodeError) as error:
        raise PackageError(f"{display}: metadata.json is not valid JSON.") from error
    if not any(name.startswith(f"{prefix}model/") for name in files):
        raise PackageError(f"{display}: the package has no model/ folder.")
    if f"{prefix}model/model.bin" not in files:
        raise PackageError(f"{display}: model/model.bin is missing.")
    if not any(f"{prefix}{name}" in files for name in _TOKENIZER_FILES):
        raise PackageError(f"{display}: the package has no tokenizer (sentencepiece.model or bpe.model).")
    return _Plan(root=root, members=tuple(infos), metadata=metadata, declared_bytes=declared)


def _extract(archive: zipfile.ZipFile, plan: _Plan, target: Path, display: str, max_unpacked_bytes: int) -> None:
    """Extract member by member, counting real bytes (declared sizes can lie) and staying inside `target`."""
    written = 0
    base = target.resolve()
    for info in plan.members:
        parts = _safe_parts(info.filename, display)
        if plan.root:
            parts = parts[1:]
        if not parts:
            continue
        destination = base.joinpath(*parts)
        if not destination.resolve().is_relative_to(base):
            raise PackageError(f"{display}: member {info.filename!r} would be written outside the package folder.")
        if info.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as source, open(destination, "wb") as sink:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                if written > max_unpacked_bytes:
                    raise PackageError(
                        f"{display}: unpacks to more than the {max_unpacked_bytes / 2**20:.0f} MB limit."
                    )
                sink.write(chunk)


def _check_tokenizer(folder: Path, display: str) -> None:
    sentencepiece_model = folder / "sentencepiece.model"
    if not sentencepiece_model.is_file():
        return
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(sentencepiece_model))
    except (RuntimeError, OSError) as error:
        raise PackageError(f"{display}: sentencepiece.model is corrupt.") from error


def install_from_file(path: Path, *, max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> InstalledModel:
    """Validate and install a `.argosmodel` file, replacing an older package of the same pair.

    A rejected package writes nothing; `PackageError` says why.
    """
    path = Path(path)
    display = path.name
    if not path.exists():
        raise PackageError(f"{display}: no such file.")
    if not path.is_file():
        raise PackageError(f"{display} is not a file.")
    if not zipfile.is_zipfile(path):
        raise PackageError(f"{display} is not an Argos model package (not a zip archive).")
    target_dir = packages_dir()
    with _lock:
        try:
            return _install(path, display, target_dir, max_unpacked_bytes)
        except OSError as error:
            raise PackageError(
                f"Cannot install {display} into {target_dir}: {error.strerror or error}."
            ) from error


def _install(path: Path, display: str, target_dir: Path, max_unpacked_bytes: int) -> InstalledModel:
    """Extract into a hidden staging folder, then swap it in for the pair's old package; the caller holds the lock."""
    target_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=target_dir))
    try:
        try:
            with zipfile.ZipFile(path) as archive:
                plan = _plan(archive, display, max_unpacked_bytes)
                _extract(archive, plan, staging, display, max_unpacked_bytes)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
            raise PackageError(f"{display} is a damaged zip archive ({error}).") from error
        _check_tokenizer(staging, display)
        meta = plan.metadata
        version = str(meta.get("package_version") or "0").replace(".", "_")
        final = target_dir / (plan.root or f"translate-{meta['from_code']}_{meta['to_code']}-{version}")
        replaced = [
            model.path
            for model in installed_models()
            if model.path.parent == target_dir
            and (to_argos(model.from_code), to_argos(model.to_code)) == (meta["from_code"], meta["to_code"])
        ]
        if final.exists() and final not in replaced:
            replaced.append(final)
        _swap_in(staging, final, replaced, target_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    model = _model_from_dir(final)
    if model is None:  # pragma: no cover - validated above
        raise PackageError(f"{display}: installed but not usable.")
    return model


def _swap_in(staging: Path, final: Path, replaced: list[Path], target_dir: Path) -> None:
    """Move the old packages aside, rename the new one into place; put the old ones back if that fails."""
    trash = Path(tempfile.mkdtemp(prefix=".removing-", dir=target_dir))
    moved: list[tuple[Path, Path]] = []
    try:
        for index, old in enumerate(replaced):
            aside = trash / f"{index}-{old.name}"
            os.replace(old, aside)
            moved.append((old, aside))
        os.replace(staging, final)
    except OSError:
        for old, aside in reversed(moved):
            os.replace(aside, old)
        raise
    finally:
        shutil.rmtree(trash, ignore_errors=True)


def remove_model(from_code: str, to_code: str) -> InstalledModel:
    """Remove the installed package for a pair (app codes); returns what was removed."""
    model = find_model(from_code, to_code)
    if model is None:
        raise PackageError(f"No {language_name(from_code)} → {language_name(to_code)} model is installed.")
    with _lock:
        try:
            shutil.rmtree(model.path)
        except OSError as error:
            raise PackageError(f"Cannot remove {model.path}: {error.strerror or error}.") from error
    return model


# --- network (only on explicit request) --------------------------------------------------------------


def index_url() -> str:
    from argostranslate import settings

    return str(settings.remote_package_index)


def check_index_reachable(timeout: float = DEFAULT_INDEX_TIMEOUT, url: str | None = None) -> bool:
    """Whether the Argos package index answers within `timeout` seconds. Opens a connection: call on request only."""
    import urllib.request  # here, not at the top: urllib pulls in ssl and http, which the app's start-up never needs

    request = urllib.request.Request(url or index_url(), method="HEAD", headers={"User-Agent": "reader-app"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bool(200 <= response.status < 400)
    except urllib.error.HTTPError:
        return True  # the server answered (some refuse HEAD); the download reports what it says
    except (OSError, ValueError):
        return False


def _unreachable() -> NetworkUnavailableError:
    return NetworkUnavailableError(f"The Argos package index cannot be reached (offline?). {INSTALL_FROM_FILE_HINT}")


def available_models(timeout: float = DEFAULT_INDEX_TIMEOUT, url: str | None = None) -> list[AvailableModel]:
    """Translation packages in the Argos index; raises `NetworkUnavailableError` when it cannot be reached.

    Reads the index itself: `argostranslate.package.get_available_packages()` recurses forever offline.
    """
    import urllib.request

    url = url or index_url()
    if not check_index_reachable(timeout, url):
        raise _unreachable()
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "reader-app"})
        with urllib.request.urlopen(request, timeout=timeout * 4) as response:
            data = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        raise PackageError(f"The Argos package index answered with an error (HTTP {error.code}).") from error
    except (OSError, ValueError) as error:
        raise _unreachable() from error
    if not isinstance(data, list):
        raise PackageError("The Argos package index is not in the expected format.")
    models: list[AvailableModel] = []
    for entry in data:
        if not isinstance(entry, dict) or entry.get("type", "translate") != "translate":
            continue
        from_code, to_code = entry.get("from_code"), entry.get("to_code")
        links = entry.get("links")
        if not isinstance(from_code, str) or not isinstance(to_code, str) or not isinstance(links, list):
            continue
        from_app, to_app = from_argos(from_code), from_argos(to_code)
        models.append(
            AvailableModel(
                from_code=from_app,
                to_code=to_app,
                version=str(entry.get("package_version", "")),
                links=tuple(link for link in links if isinstance(link, str) and link.startswith(("https:", "http:"))),
                name=f"{language_name(from_app)} → {language_name(to_app)}",
            )
        )
    return models


def download_model(
    from_code: str,
    to_code: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    timeout: float = DEFAULT_INDEX_TIMEOUT,
    url: str | None = None,
) -> InstalledModel:
    """Download the pair's package from the Argos index and install it (explicit user request only).

    `progress(done_bytes, total_bytes)` (total 0 when unknown); `cancelled()` is polled between chunks.
    """
    candidates = [
        m for m in available_models(timeout, url) if (m.from_code, m.to_code) == (from_code, to_code) and m.links
    ]
    if not candidates:
        raise PackageError(
            f"The Argos package index has no {language_name(from_code)} → {language_name(to_code)} model."
        )
    chosen = max(candidates, key=lambda m: _version_key(m.version))
    from argostranslate import settings

    downloads = Path(settings.downloads_dir)
    downloads.mkdir(parents=True, exist_ok=True)
    prefix = f"translate-{to_argos(from_code)}_{to_argos(to_code)}-"
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".argosmodel", dir=downloads)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as sink:
            _fetch(chosen.links, sink, progress, cancelled, timeout)
        return install_from_file(tmp)
    finally:
        tmp.unlink(missing_ok=True)


def _fetch(
    links: tuple[str, ...],
    sink: Any,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    timeout: float,
) -> None:
    import urllib.request

    last_error: Exception | None = None
    for link in links:
        try:
            request = urllib.request.Request(link, headers={"User-Agent": "reader-app"})
            with urllib.request.urlopen(request, timeout=max(timeout, 10.0)) as response:
                total = int(response.headers.get("Content-Length") or 0)
                done = 0
                sink.seek(0)
                sink.truncate()
                while True:
                    if cancelled is not None and cancelled():
                        raise DownloadCancelledError("Download cancelled; nothing was installed.")
                    chunk = response.read(_CHUNK)
                    if not chunk:
                        break
                    sink.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
                sink.flush()
                return
        except (OSError, ValueError) as error:
            last_error = error
    raise NetworkUnavailableError(
        f"The model download failed ({last_error}). {INSTALL_FROM_FILE_HINT}"
    ) from last_error
