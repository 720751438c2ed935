"""Installed Argos packages: list, validated install from a file, remove, and download on explicit request."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import io
import json
import lzma
import os
import re
import shutil
import stat
import tempfile
import threading
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from reader_app.core.language import language_name
from reader_app.translation.errors import (
    DownloadCancelledError,
    NetworkUnavailableError,
    OlderVersionError,
    PackageError,
)
from reader_app.translation.languages import from_argos, to_argos

MAX_UNPACKED_BYTES = 2 * 1024**3
"""A package may unpack to at most 2 GiB (the largest Argos models are about 400 MB); more is a zip bomb."""

MAX_MEMBERS = 10_000

MAX_METADATA_BYTES = 1 << 20
"""metadata.json is a few hundred bytes; a larger one is refused before it is read into memory."""

DEFAULT_INDEX_TIMEOUT = 3.0
"""Seconds to wait for the package index before saying the network is unavailable."""

INSTALL_FROM_FILE_HINT = (
    "Download the .argosmodel file on a connected machine and use Install from file "
    "(reader-app models install PATH)."
)

_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?")
_TOKENIZER_FILES = ("sentencepiece.model", "bpe.model")
_CHUNK = 1 << 16
_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}")
_ENCRYPTED = 0x1
"""Zip general-purpose flag bit 0: the member is encrypted."""
_INSTALLING, _REMOVING = ".installing-", ".removing-"
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2
_TOKENIZER_SAMPLE = "Tokyo 東京 2024."
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
    from_name, to_name = data.get("from_name"), data.get("to_name")
    from_name = from_name if isinstance(from_name, str) and from_name.strip() else language_name(from_code)
    to_name = to_name if isinstance(to_name, str) and to_name.strip() else language_name(to_code)
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
#
# One package folder per pair, swapped in whole: the package is unpacked into a hidden `.installing-*` folder,
# checked there (the very bytes that will be used), then renamed into place in one step — exchanged atomically with
# the old folder when it has the same name. Older folders of the pair are then hidden (`.removing-*`) and deleted.
# A kill at any moment leaves the old or the new package listed; hidden leftovers are deleted at the next start
# (`clean_leftovers`). A lock on the packages folder keeps two processes from installing at once.


@dataclass(frozen=True, slots=True)
class _Plan:
    """A validated archive: which members go where, and the metadata they carry."""

    root: str
    """The archive's top folder ("" when metadata.json sits at the root)."""
    members: tuple[tuple[zipfile.ZipInfo, tuple[str, ...]], ...]
    """Each member with its path inside the package folder (top folder removed)."""
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


@contextmanager
def _reading(display: str, info: zipfile.ZipInfo) -> Iterator[None]:
    """Turn a damaged member (bad deflate/LZMA/bzip2 stream, wrong CRC, cut short) into one clear sentence."""
    try:
        yield
    except PackageError:
        raise
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError, OSError, ValueError,
            RuntimeError) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise PackageError(f"{display} is damaged: {info.filename!r} cannot be unpacked ({reason}).") from error


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, display: str) -> bytes:
    """At most `limit` bytes of a member, whatever its header claims; more is refused, never read into memory."""
    what = PurePosixPath(info.filename).name
    if info.file_size > limit:
        raise PackageError(f"{display}: {what} is implausibly large ({info.file_size / 2**20:.0f} MB).")
    with _reading(display, info), archive.open(info) as source:
        data = source.read(limit + 1)
    if len(data) > limit:
        raise PackageError(f"{display}: {what} is implausibly large.")
    return data


def _parse_metadata(raw: bytes, display: str) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError as error:
        raise PackageError(f"{display}: metadata.json is nested too deeply.") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise PackageError(f"{display}: metadata.json is not valid JSON.") from error
    metadata = _check_metadata(data, display)
    version = metadata.get("package_version", "")
    if version and not _VERSION.fullmatch(version):
        raise PackageError(f"{display}: metadata.json has an invalid package_version.")
    return metadata


def _check_top_folder(root: str, metadata: dict[str, Any], display: str) -> None:
    """The top folder may be named anything plain, but not hidden and not after another language pair."""
    if root.startswith("."):
        raise PackageError(f"{display}: its top folder {root!r} is hidden; refusing to install.")
    pair = f"translate-{metadata['from_code']}_{metadata['to_code']}"
    if root.startswith("translate-") and root != pair and not root.startswith(f"{pair}-"):
        raise PackageError(
            f"{display}: its folder {root!r} names another language pair than its metadata.json "
            f"({metadata['from_code']} → {metadata['to_code']}); refusing to install."
        )


def _plan(archive: zipfile.ZipFile, display: str, max_unpacked_bytes: int) -> _Plan:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError(f"{display}: too many files ({len(infos)}) for a model package.")
    declared = 0
    entries: list[tuple[zipfile.ZipInfo, tuple[str, ...]]] = []
    seen: set[tuple[str, ...]] = set()
    for info in infos:
        if info.flag_bits & _ENCRYPTED:
            raise PackageError(f"{display}: member {info.filename!r} is encrypted; refusing to install.")
        if _is_symlink(info):
            raise PackageError(f"{display}: member {info.filename!r} is a symbolic link; refusing to install.")
        parts = _safe_parts(info.filename, display)
        if parts in seen:
            raise PackageError(f"{display}: {'/'.join(parts)!r} is in the archive twice; refusing to install.")
        if parts:
            seen.add(parts)
        entries.append((info, parts))
        declared += info.file_size
    if declared > max_unpacked_bytes:
        raise PackageError(
            f"{display}: unpacks to {declared / 2**20:.0f} MB, over the {max_unpacked_bytes / 2**20:.0f} MB limit "
            "for a model package."
        )
    files = {"/".join(parts): info for info, parts in entries if parts and not info.is_dir()}
    if "metadata.json" in files:
        root = ""
    else:
        tops = {parts[0] for _, parts in entries if parts}
        if len(tops) != 1 or f"{next(iter(tops))}/metadata.json" not in files:
            raise PackageError(f"{display}: no metadata.json; this is not an Argos model package.")
        root = next(iter(tops))
    prefix = f"{root}/" if root else ""
    metadata = _parse_metadata(
        _read_bounded(archive, files[f"{prefix}metadata.json"], MAX_METADATA_BYTES, display), display
    )
    if root:
        _check_top_folder(root, metadata, display)
    if not any(name.startswith(f"{prefix}model/") for name in files):
        raise PackageError(f"{display}: the package has no model/ folder.")
    if f"{prefix}model/model.bin" not in files:
        raise PackageError(f"{display}: model/model.bin is missing.")
    if not any(f"{prefix}{name}" in files for name in _TOKENIZER_FILES):
        raise PackageError(f"{display}: the package has no tokenizer (sentencepiece.model or bpe.model).")
    inside = tuple((info, parts[1:] if root else parts) for info, parts in entries)
    return _Plan(root=root, members=inside, metadata=metadata, declared_bytes=declared)


def _extract(archive: zipfile.ZipFile, plan: _Plan, target: Path, display: str, max_unpacked_bytes: int) -> None:
    """Extract member by member, counting real bytes (declared sizes can lie) and staying inside `target`."""
    written = 0
    base = target.resolve()
    for info, parts in plan.members:
        if not parts:
            continue
        destination = base.joinpath(*parts)
        if not destination.resolve().is_relative_to(base):
            raise PackageError(f"{display}: member {info.filename!r} would be written outside the package folder.")
        if info.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        with _reading(display, info):
            source = archive.open(info)
        with source, open(destination, "wb") as sink:
            while True:
                with _reading(display, info):
                    chunk = source.read(_CHUNK)
                if not chunk:
                    break
                written += len(chunk)
                if written > max_unpacked_bytes:
                    raise PackageError(
                        f"{display}: unpacks to more than the {max_unpacked_bytes / 2**20:.0f} MB limit."
                    )
                sink.write(chunk)


def bpe_codes_problem(path: Path) -> str | None:
    """Why argostranslate's BPE reader would fail on this `bpe.model` (it exits the process on a bad line), or None."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return "it is not UTF-8 text"
    except OSError as error:
        return error.strerror or str(error)
    lines = io.StringIO(text, newline=None)
    first = lines.readline()
    if first.startswith("#version:"):
        version = re.sub(r"(\.0+)*$", "", first.split()[-1]) if first.split()[1:] else ""
        if not re.fullmatch(r"\d+(\.\d+)*", version):
            return "its #version line is not a version"
    else:
        lines.seek(0)
    for number, line in enumerate(lines, start=1):
        if len(line.strip("\r\n ").split(" ")) != 2:
            return f"line {number} is not two subword units"
    return None


def check_tokenizer(folder: Path, from_code: str, to_code: str, display: str) -> None:
    """Load the tokenizer the engine will use (sentencepiece.model first, else bpe.model) and round-trip a sample."""
    from argostranslate.tokenizer import BPETokenizer, SentencePieceTokenizer

    sentencepiece_model = folder / "sentencepiece.model"
    tokenizer: Any
    if sentencepiece_model.is_file():
        name, tokenizer = "sentencepiece.model", SentencePieceTokenizer(sentencepiece_model)
    else:
        name = "bpe.model"
        problem = bpe_codes_problem(folder / name)
        if problem is not None:
            raise PackageError(f"{display}: {name} is corrupt ({problem}).")
        tokenizer = BPETokenizer(folder / name, from_code, to_code)
    try:
        tokenizer.decode(tokenizer.encode(_TOKENIZER_SAMPLE))
    except (Exception, SystemExit) as error:  # a third-party loader on hostile bytes: any failure means corrupt
        raise PackageError(f"{display}: {name} is corrupt.") from error


def _check_staged(staging: Path, plan: _Plan, display: str) -> dict[str, Any]:
    """Check what was unpacked, not what the archive said: the metadata again, the model file, the tokenizer."""
    metadata_file = staging / "metadata.json"
    if metadata_file.stat().st_size > MAX_METADATA_BYTES:
        raise PackageError(f"{display}: metadata.json is implausibly large.")
    metadata = _parse_metadata(metadata_file.read_bytes(), display)
    if metadata != plan.metadata:
        raise PackageError(f"{display} changed while it was being installed; try again.")
    if not (staging / "model" / "model.bin").is_file():
        raise PackageError(f"{display}: model/model.bin is missing.")
    check_tokenizer(staging, metadata["from_code"], metadata["to_code"], display)
    check_model_loads(staging / "model", display)
    return metadata


def check_model_loads(model_dir: Path, display: str) -> None:
    """Load the model once, on the CPU: a damaged model.bin (cut short, wrong sizes) is refused at install, with
    CTranslate2's reason, instead of failing at the first translation."""
    import ctranslate2

    try:
        translator = ctranslate2.Translator(str(model_dir), device="cpu", inter_threads=1, intra_threads=1)
    except (RuntimeError, ValueError, OSError) as error:
        raise PackageError(f"{display}: the model cannot be loaded ({error}).") from error
    del translator


def _folder_name(metadata: dict[str, Any]) -> str:
    """Argos's own naming, from the checked metadata only: the archive never chooses where it is written."""
    version = (metadata.get("package_version") or "0").replace(".", "_")
    return f"translate-{metadata['from_code']}_{metadata['to_code']}-{version}"


@contextmanager
def _folder_lock(directory: Path, *, wait: bool = True) -> Iterator[bool]:
    """An exclusive lock on the packages folder, across processes; released when the process dies."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def _delete(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def _hide_and_delete(path: Path) -> None:
    """Take a package out of the listing in one rename, then delete it (a kill midway leaves a hidden leftover)."""
    aside = path.parent / f"{_REMOVING}{uuid.uuid4().hex}"
    os.rename(path, aside)
    _delete(aside)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _swap_in(staging: Path, final: Path) -> None:
    """Put the staged package at `final` in one step; the old content of `final`, if any, ends up in `staging`."""
    if not os.path.lexists(final):
        os.rename(staging, final)
    elif not _exchange(staging, final):
        # No atomic exchange here (e.g. a network file system): a short window where a kill leaves the old
        # package hidden; the next start deletes it and the pair must be installed again.
        aside = final.parent / f"{_REMOVING}{uuid.uuid4().hex}"
        os.rename(final, aside)
        os.rename(staging, final)
        os.rename(aside, staging)


def clean_leftovers(directory: Path | None = None) -> int:
    """Delete `.installing-*`/`.removing-*` folders a killed install or removal left; how many were deleted.

    Skipped (0) while another process holds the folder's lock. Deleting can take a while for big models: call
    from a worker or the command line, never on the UI thread.
    """
    directory = directory if directory is not None else packages_dir()
    try:
        leftovers = [child for child in directory.iterdir() if child.name.startswith((_INSTALLING, _REMOVING))]
    except OSError:
        return 0
    if not leftovers:
        return 0
    try:
        with _folder_lock(directory, wait=False) as locked:
            if not locked:
                return 0
            for child in leftovers:
                _delete(child)
    except OSError:
        return 0
    return len(leftovers)


def install_from_file(
    path: Path, *, max_unpacked_bytes: int = MAX_UNPACKED_BYTES, force: bool = False
) -> InstalledModel:
    """Validate and install a `.argosmodel` file, replacing the pair's installed package.

    A rejected package writes nothing; `PackageError` says why. A package older than the installed one raises
    `OlderVersionError` unless `force`.
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
            target_dir.mkdir(parents=True, exist_ok=True)
            with _folder_lock(target_dir):
                return _install(path, display, target_dir, max_unpacked_bytes, force)
        except OSError as error:
            raise PackageError(
                f"Cannot install {display} into {target_dir}: {error.strerror or error}."
            ) from error


def _pair_folders(target_dir: Path, metadata: dict[str, Any]) -> list[InstalledModel]:
    pair = (metadata["from_code"], metadata["to_code"])
    found: list[InstalledModel] = []
    for child in sorted(target_dir.iterdir()):
        if child.name.startswith(".") or not child.is_dir():
            continue
        model = _model_from_dir(child)
        if model is not None and (to_argos(model.from_code), to_argos(model.to_code)) == pair:
            found.append(model)
    return found


def _install(path: Path, display: str, target_dir: Path, max_unpacked_bytes: int, force: bool) -> InstalledModel:
    """Stage, check, swap in, then drop the pair's other folders; the caller holds both locks."""
    for child in target_dir.iterdir():
        if child.name.startswith((_INSTALLING, _REMOVING)):
            _delete(child)  # a killed install's leftovers; nobody else can be installing now
    staging = Path(tempfile.mkdtemp(prefix=_INSTALLING, dir=target_dir))
    try:
        try:
            with zipfile.ZipFile(path) as archive:
                plan = _plan(archive, display, max_unpacked_bytes)
                old = _pair_folders(target_dir, plan.metadata)
                _refuse_older(display, plan.metadata, old, force)
                _extract(archive, plan, staging, display, max_unpacked_bytes)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as error:
            raise PackageError(f"{display} is a damaged zip archive ({error}).") from error
        metadata = _check_staged(staging, plan, display)
        final = target_dir / _folder_name(metadata)
        _swap_in(staging, final)
        for previous in old:
            if previous.path != final:
                _hide_and_delete(previous.path)
    finally:
        _delete(staging)  # a rejected package, or the old package after the exchange
    installed = _model_from_dir(final)
    if installed is None:  # pragma: no cover - checked above
        raise PackageError(f"{display}: installed but not usable.")
    return installed


def _refuse_older(display: str, metadata: dict[str, Any], old: list[InstalledModel], force: bool) -> None:
    version = str(metadata.get("package_version") or "")
    newest = max(old, key=lambda m: _version_key(m.version), default=None)
    if force or newest is None or _version_key(version) >= _version_key(newest.version):
        return
    raise OlderVersionError(
        f"{display} is version {version or '?'} of the {newest.name} model, older than the installed "
        f"{newest.version}.",
        installed=newest.version,
        offered=version,
    )


def remove_model(from_code: str, to_code: str) -> InstalledModel:
    """Remove the installed package for a pair (app codes); returns what was removed."""
    model = find_model(from_code, to_code)
    if model is None:
        raise PackageError(f"No {language_name(from_code)} → {language_name(to_code)} model is installed.")
    with _lock:
        try:
            with _folder_lock(model.path.parent):
                _hide_and_delete(model.path)
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
