"""Installing, listing and removing Argos packages; every unsafe or broken package is refused without writing."""

from __future__ import annotations

import io
import json
import socket
import stat
import threading
import zipfile
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from tiny_model import InstallTiny, TinyPackages, build_package_files, package_name

from reader_app.translation import packages
from reader_app.translation.errors import DownloadCancelledError, NetworkUnavailableError, PackageError
from reader_app.translation.packages import install_from_file, installed_models, remove_model


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _write_zip(path: Path, members: dict[str, bytes], *, symlinks: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return path


@pytest.fixture(scope="module")
def ja_en_files() -> dict[str, bytes]:
    return build_package_files("ja", "en")


def _package(files: dict[str, bytes], root: str = package_name("ja", "en")) -> dict[str, bytes]:
    return {f"{root}/{name}" if root else name: data for name, data in files.items()}


def test_install_lists_the_model_with_app_codes_version_and_size(
    argos_packages_dir: Path, tiny_packages: TinyPackages
) -> None:
    model = install_from_file(tiny_packages.path("ja", "en"))
    assert (model.from_code, model.to_code, model.version) == ("ja", "en", "1.0")
    assert model.path == argos_packages_dir / package_name("ja", "en")
    assert model.size_bytes == sum(p.stat().st_size for p in model.path.rglob("*") if p.is_file())
    assert model.name == "Japanese → English"
    assert installed_models() == [model]
    assert not [p for p in argos_packages_dir.iterdir() if p.name.startswith(".")], "no staging folders left"


def test_argostranslate_sees_our_installs_and_we_see_argospm_installs(
    argos_packages_dir: Path, tiny_packages: TinyPackages, install_tiny: InstallTiny
) -> None:
    from argostranslate.package import get_installed_packages

    install_from_file(tiny_packages.path("ja", "en"))
    install_tiny("en", "zh")  # argostranslate's own installer, as `argospm install` does it
    assert {(p.from_code, p.to_code) for p in get_installed_packages()} == {("ja", "en"), ("en", "zh")}
    assert [(m.from_code, m.to_code) for m in installed_models()] == [("en", "zh"), ("ja", "en")]


def test_traditional_chinese_maps_between_zt_and_zh_hant(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    files = dict(ja_en_files)
    files["metadata.json"] = json.dumps({"from_code": "en", "to_code": "zt", "package_version": "1.9"}).encode()
    model = install_from_file(_write_zip(tmp_path / "en_zt.argosmodel", _package(files, "translate-en_zt")))
    assert (model.from_code, model.to_code) == ("en", "zh-Hant")
    assert remove_model("en", "zh-Hant") == model
    assert installed_models() == []


def test_package_with_metadata_at_the_root_gets_its_own_folder(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    model = install_from_file(_write_zip(tmp_path / "flat.argosmodel", _package(ja_en_files, root="")))
    assert model.path.parent == argos_packages_dir
    assert (model.path / "model" / "model.bin").is_file()


def test_reinstall_replaces_the_pairs_old_package(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    install_from_file(_write_zip(tmp_path / "v1.argosmodel", _package(ja_en_files, "ja_en_old")))
    files = dict(ja_en_files)
    metadata = json.loads(files["metadata.json"])
    metadata["package_version"] = "1.1"
    files["metadata.json"] = json.dumps(metadata).encode()
    model = install_from_file(_write_zip(tmp_path / "v2.argosmodel", _package(files, "ja_en_new")))
    assert [m.version for m in installed_models()] == ["1.1"]
    # Named from its metadata, never by the archive's folder.
    assert sorted(p.name for p in argos_packages_dir.iterdir()) == ["translate-ja_en-1_1"] == [model.path.name]


def test_remove_deletes_the_folder_and_unknown_pairs_say_so(
    argos_packages_dir: Path, tiny_packages: TinyPackages
) -> None:
    model = install_from_file(tiny_packages.path("ja", "en"))
    remove_model("ja", "en")
    assert not model.path.exists()
    with pytest.raises(PackageError, match="No Japanese → English model is installed"):
        remove_model("ja", "en")


def _bad_packages(files: dict[str, bytes]) -> dict[str, tuple[Callable[[Path], Path], str]]:
    root = package_name("ja", "en")

    def without(*names: str) -> dict[str, bytes]:
        return {name: data for name, data in _package(files).items() if not any(x in name for x in names)}

    def metadata(value: object) -> dict[str, bytes]:
        members = _package(files)
        members[f"{root}/metadata.json"] = json.dumps(value).encode()
        return members

    def plus(name: str) -> dict[str, bytes]:
        members = _package(files)
        members[name] = b"owned"
        return members

    return {
        "not a zip": (lambda p: (p.write_bytes(b"this is not a zip file at all" * 10), p)[1], "not a zip archive"),
        "truncated zip": (
            lambda p: (p.write_bytes(_write_zip(p, _package(files)).read_bytes()[:-200]), p)[1],
            "not a zip archive|damaged",
        ),
        "missing metadata": (lambda p: _write_zip(p, without("metadata.json")), "no metadata.json"),
        "metadata not json": (
            lambda p: _write_zip(p, {**_package(files), f"{root}/metadata.json": b"{nope"}),
            "not valid JSON",
        ),
        "metadata without codes": (lambda p: _write_zip(p, metadata({"package_version": "1"})), "no valid from_code"),
        "metadata bad code": (
            lambda p: _write_zip(p, metadata({"from_code": "ja; rm -rf", "to_code": "en"})),
            "no valid from_code",
        ),
        "metadata not an object": (lambda p: _write_zip(p, metadata(["ja", "en"])), "not a JSON object"),
        "sbd package": (
            lambda p: _write_zip(p, metadata({"type": "sbd", "from_code": "ja", "to_code": "en"})),
            "not a translation model",
        ),
        "missing model": (lambda p: _write_zip(p, without("model/")), "no model/ folder"),
        "missing tokenizer": (lambda p: _write_zip(p, without("sentencepiece.model")), "no tokenizer"),
        "corrupt tokenizer": (
            lambda p: _write_zip(p, {**_package(files), f"{root}/sentencepiece.model": b"garbage" * 100}),
            "sentencepiece.model is corrupt",
        ),
        "dot-dot member": (lambda p: _write_zip(p, plus(f"{root}/../../escaped.txt")), "outside the package folder"),
        "absolute member": (lambda p: _write_zip(p, plus("/tmp/escaped.txt")), "absolute"),
        "windows member": (lambda p: _write_zip(p, plus(f"{root}\\..\\escaped.txt")), "Windows path"),
        "two top folders": (lambda p: _write_zip(p, plus("other/file.txt")), "no metadata.json"),
        "symlink member": (
            lambda p: _write_zip(p, _package(files), symlinks={f"{root}/link": "/etc/passwd"}),
            "symbolic link",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "not a zip",
        "truncated zip",
        "missing metadata",
        "metadata not json",
        "metadata without codes",
        "metadata bad code",
        "metadata not an object",
        "sbd package",
        "missing model",
        "missing tokenizer",
        "corrupt tokenizer",
        "dot-dot member",
        "absolute member",
        "windows member",
        "two top folders",
        "symlink member",
    ],
)
def test_rejected_package_says_why_and_writes_nothing(
    case: str, argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    make, reason = _bad_packages(ja_en_files)[case]
    path = make(tmp_path / "bad.argosmodel")
    before = _tree(tmp_path)
    with pytest.raises(PackageError, match=reason):
        install_from_file(path)
    assert _tree(argos_packages_dir) == []
    assert _tree(tmp_path) == before
    assert installed_models() == []


def test_oversized_package_is_refused_before_extraction(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    members = _package(ja_en_files)
    members[f"{package_name('ja', 'en')}/padding.bin"] = bytes(3 * 2**20)  # 3 MB of zeros: compresses to 3 KB
    path = _write_zip(tmp_path / "bomb.argosmodel", members)
    assert path.stat().st_size < 2 * 2**20
    with pytest.raises(PackageError, match="over the 2 MB limit"):
        install_from_file(path, max_unpacked_bytes=2 * 2**20)
    assert _tree(argos_packages_dir) == []


def test_zip_bomb_lying_about_its_size_is_stopped_while_extracting(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    """A member whose header declares a small size but inflates to much more is cut off as it is written."""
    root = package_name("ja", "en")
    path = _write_zip(tmp_path / "liar.argosmodel", {**_package(ja_en_files), f"{root}/zeros.bin": bytes(4 * 2**20)})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(f"{root}/zeros.bin")
        central = data.rfind(info.filename.encode()) - 46  # the member's central directory record
    assert data[central : central + 4] == b"PK\x01\x02"
    data[central + 24 : central + 28] = (1000).to_bytes(4, "little")  # claimed uncompressed size: 1000 bytes
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError, match=r"limit|damaged"):
        install_from_file(path, max_unpacked_bytes=3 * 2**20)
    assert _tree(argos_packages_dir) == []


def test_limit_is_documented_and_generous_for_real_models() -> None:
    assert packages.MAX_UNPACKED_BYTES >= 1024**3


# --- download (explicit request only), against a local index server -----------------------------------------


class _IndexServer:
    def __init__(self, package_bytes: bytes) -> None:
        server = self
        self.requests: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def _send(self, body: bytes, head: bool = False) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if not head:
                    self.wfile.write(body)

            def _body(self) -> bytes | None:
                server.requests.append(self.path)
                if self.path == "/index.json":
                    base = f"http://127.0.0.1:{self.server.server_address[1]}"
                    return json.dumps(
                        [
                            {"from_code": "ja", "to_code": "en", "package_version": "1.0", "type": "translate",
                             "links": [f"{base}/ja_en.argosmodel"]},
                            {"from_code": "xx", "to_code": "en", "type": "sbd", "links": []},
                        ]
                    ).encode()
                if self.path == "/ja_en.argosmodel":
                    return package_bytes
                self.send_error(404)
                return None

            def do_HEAD(self) -> None:
                body = self._body()
                if body is not None:
                    self._send(body, head=True)

            def do_GET(self) -> None:
                body = self._body()
                if body is not None:
                    self._send(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/index.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def index_server(tiny_packages: TinyPackages) -> Iterator[_IndexServer]:
    server = _IndexServer(tiny_packages.path("ja", "en").read_bytes())
    yield server
    server.close()


def test_download_reports_progress_and_installs(argos_packages_dir: Path, index_server: _IndexServer) -> None:
    progress: list[tuple[int, int]] = []
    model = packages.download_model("ja", "en", lambda done, total: progress.append((done, total)),
                                    lambda: False, url=index_server.url)
    assert (model.from_code, model.to_code) == ("ja", "en")
    assert installed_models() == [model]
    total = progress[-1][1]
    assert total > 0 and progress[-1][0] == total
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert [m.to_code for m in packages.available_models(url=index_server.url)] == ["en"]


def test_cancelled_download_installs_nothing(argos_packages_dir: Path, index_server: _IndexServer) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(DownloadCancelledError):
        packages.download_model("ja", "en", None, cancelled, url=index_server.url)
    assert installed_models() == []
    from argostranslate import settings

    assert list(Path(settings.downloads_dir).glob("*.argosmodel")) == []


def test_pair_missing_from_the_index_is_reported(argos_packages_dir: Path, index_server: _IndexServer) -> None:
    with pytest.raises(PackageError, match="no Japanese → Chinese"):
        packages.download_model("ja", "zh", url=index_server.url)


def test_unreachable_index_points_to_install_from_file(argos_packages_dir: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/index.json"
    assert packages.check_index_reachable(0.5, url) is False
    with pytest.raises(NetworkUnavailableError, match="Install from file"):
        packages.download_model("ja", "en", url=url, timeout=0.5)


def test_unwritable_packages_folder_is_a_clear_error(
    argos_packages_dir: Path, tmp_path: Path, tiny_packages: TinyPackages, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argostranslate import settings

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the packages folder should be")
    monkeypatch.setattr(settings, "package_data_dir", blocker / "packages")
    with pytest.raises(PackageError, match=r"Cannot install translate-ja_en-1_0\.argosmodel into"):
        install_from_file(tiny_packages.path("ja", "en"))


def test_a_folder_is_not_a_package(argos_packages_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="is not a file"):
        install_from_file(tmp_path)
    with pytest.raises(PackageError, match="no such file"):
        install_from_file(tmp_path / "missing.argosmodel")


def test_index_answering_with_an_error_is_reported(argos_packages_dir: Path, index_server: _IndexServer) -> None:
    missing = index_server.url.replace("index.json", "no-such-index.json")
    assert packages.check_index_reachable(1.0, missing) is True  # the server answered
    with pytest.raises(PackageError, match="HTTP 404"):
        packages.download_model("ja", "en", url=missing)


# --- hostile packages: what was validated is what is installed, nothing else is touched ---------------------------


def _with_version(files: dict[str, bytes], version: str, **changes: object) -> dict[str, bytes]:
    changed = dict(files)
    metadata = json.loads(files["metadata.json"])
    metadata.update(package_version=version, **changes)
    changed["metadata.json"] = json.dumps(metadata).encode()
    return changed


def _installed_tree(argos_packages_dir: Path) -> dict[str, bytes]:
    files = (p for p in argos_packages_dir.rglob("*") if p.is_file())
    return {str(p.relative_to(argos_packages_dir)): p.read_bytes() for p in files}


def test_duplicate_members_are_refused(argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]) -> None:
    """Two metadata.json: validation would read one copy and extraction write the other."""
    root = package_name("ja", "en")
    path = tmp_path / "twice.argosmodel"
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(path, "w") as archive:
        for name, data in _package(ja_en_files).items():
            archive.writestr(name, data)
        archive.writestr(f"{root}/metadata.json", json.dumps({"from_code": "en", "to_code": "ja"}))
    with pytest.raises(PackageError, match="in the archive twice"):
        install_from_file(path)
    assert _tree(argos_packages_dir) == []


@pytest.mark.parametrize(
    ("root", "reason"),
    [(".installing-x", "hidden"), (".hidden", "hidden"), (package_name("ja", "en"), "another language pair")],
)
def test_hidden_or_mismatched_top_folders_are_refused_and_leave_other_models_alone(
    root: str, reason: str, argos_packages_dir: Path, tmp_path: Path, tiny_packages: TinyPackages,
    ja_en_files: dict[str, bytes],
) -> None:
    installed = install_from_file(tiny_packages.path("ja", "en"))
    before = _installed_tree(argos_packages_dir)
    en_ja = _with_version(ja_en_files, "1.0", from_code="en", to_code="ja")
    with pytest.raises(PackageError, match=reason):
        install_from_file(_write_zip(tmp_path / "en_ja.argosmodel", _package(en_ja, root)))
    assert installed_models() == [installed]
    assert _installed_tree(argos_packages_dir) == before


def test_package_never_chooses_its_folder(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    model = install_from_file(_write_zip(tmp_path / "x.argosmodel", _package(ja_en_files, "anything-plain")))
    assert model.path == argos_packages_dir / package_name("ja", "en")


def test_deeply_nested_metadata_is_refused(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    members = _package(ja_en_files)
    members[f"{package_name('ja', 'en')}/metadata.json"] = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(PackageError, match="nested too deeply"):
        install_from_file(_write_zip(tmp_path / "deep.argosmodel", members))
    assert _tree(argos_packages_dir) == []


def _patch_sizes(path: Path, member: str, size: int) -> None:
    """Make the zip's local and central headers claim `size` uncompressed bytes for `member`."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    central = data.rfind(name) - 46
    local = data.find(name) - 30
    assert data[central : central + 4] == b"PK\x01\x02" and data[local : local + 4] == b"PK\x03\x04"
    data[central + 24 : central + 28] = size.to_bytes(4, "little")
    data[local + 22 : local + 26] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_huge_metadata_is_refused_before_it_is_read(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    """A metadata.json declared at 1.5 GiB is refused by its size; one that lies small stops at the declared size.

    (benchmarks/package_kills.py --huge-metadata unpacks a genuine 1.5 GiB one and reports the memory used.)
    """
    import resource

    root = package_name("ja", "en")
    member = f"{root}/metadata.json"
    declared = _write_zip(tmp_path / "declared.argosmodel", _package(ja_en_files))
    _patch_sizes(declared, member, 3 * 2**29)
    with pytest.raises(PackageError, match=r"metadata\.json is implausibly large"):
        install_from_file(declared)

    lying = _write_zip(tmp_path / "lying.argosmodel", {**_package(ja_en_files), member: b" " * (64 * 2**20)})
    _patch_sizes(lying, member, 300)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(PackageError, match=r"damaged|not valid JSON"):
        install_from_file(lying)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 32 * 1024  # KiB: nothing near 64 MB read
    assert _tree(argos_packages_dir) == []


def test_encrypted_members_are_refused(argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]) -> None:
    member = f"{package_name('ja', 'en')}/model/model.bin"
    path = _write_zip(tmp_path / "encrypted.argosmodel", _package(ja_en_files))
    data = bytearray(path.read_bytes())
    name = member.encode()
    central, local = data.rfind(name) - 46, data.find(name) - 30
    data[central + 8] |= 0x1  # general-purpose flag bit 0: encrypted (zipfile would ask for a password)
    data[local + 6] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError, match=r"model\.bin' is encrypted"):
        install_from_file(path)
    assert _tree(argos_packages_dir) == []


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2])
def test_corrupt_compressed_streams_are_a_one_line_error(
    method: int, argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    path = tmp_path / "corrupt.argosmodel"
    member = f"{package_name('ja', 'en')}/model/model.bin"
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in _package(ja_en_files).items():
            archive.writestr(name, data)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 40, start + info.compress_size - 40, 97):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError) as error:
        install_from_file(path)
    message = str(error.value)
    assert "damaged" in message and "model.bin" in message and "\n" not in message
    assert _tree(argos_packages_dir) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe junk \x00" * 50, "not UTF-8"),
        (b"a b c d\nx y\n", "line 1 is not two subword units"),
        (b"#version: two\nx y\n", "version line"),
    ],
)
def test_junk_bpe_model_is_refused(
    content: bytes, reason: str, argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    files = {name: data for name, data in ja_en_files.items() if name != "sentencepiece.model"}
    files["bpe.model"] = content
    with pytest.raises(PackageError, match=f"bpe.model is corrupt \\(.*{reason}"):
        install_from_file(_write_zip(tmp_path / "bpe.argosmodel", _package(files)))
    assert _tree(argos_packages_dir) == []


def test_junk_bpe_model_installed_by_other_means_is_a_load_error(
    argos_packages_dir: Path, install_tiny: InstallTiny
) -> None:
    """argostranslate's BPE reader exits the process on a bad line; the engine checks the file first."""
    from reader_app.translation.cache import SentenceCache
    from reader_app.translation.engine import TranslationEngine
    from reader_app.translation.errors import ModelLoadError

    folder = install_tiny("ja", "en")
    (folder / "sentencepiece.model").unlink()
    (folder / "bpe.model").write_bytes(b"one two three\n")
    engine = TranslationEngine(cache=SentenceCache(persist=False))
    with pytest.raises(ModelLoadError, match=r"bpe\.model: line 1"):
        engine.translate(["もっと詳しく"], "ja", "en")


def test_a_good_bpe_model_installs(argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]) -> None:
    files = {name: data for name, data in ja_en_files.items() if name != "sentencepiece.model"}
    files["bpe.model"] = b"#version: 0.2\nT o\nTo k\n"
    model = install_from_file(_write_zip(tmp_path / "bpe.argosmodel", _package(files)))
    assert (model.path / "bpe.model").is_file()


def test_an_older_version_is_refused_unless_forced(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    from reader_app.translation.errors import OlderVersionError

    newer = install_from_file(_write_zip(tmp_path / "v1.argosmodel", _package(_with_version(ja_en_files, "1.0"))))
    older = _write_zip(tmp_path / "v01.argosmodel", _package(_with_version(ja_en_files, "0.1")))
    with pytest.raises(OlderVersionError, match=r"version 0\.1 .* older than the installed 1\.0") as error:
        install_from_file(older)
    assert (error.value.installed, error.value.offered) == ("1.0", "0.1")
    assert installed_models() == [newer]
    assert [m.version for m in [install_from_file(older, force=True)]] == ["0.1"]
    assert [m.version for m in installed_models()] == ["0.1"]
    assert sorted(p.name for p in argos_packages_dir.iterdir()) == ["translate-ja_en-0_1"]


def test_same_version_reinstall_swaps_the_folder_whole(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    first = install_from_file(_write_zip(tmp_path / "a.argosmodel", _package({**ja_en_files, "README": b"first"})))
    (first.path / "stale.txt").write_text("only in the old folder")
    second = install_from_file(_write_zip(tmp_path / "b.argosmodel", _package({**ja_en_files, "README": b"second"})))
    assert second.path == first.path
    assert (second.path / "README").read_bytes() == b"second"
    assert not (second.path / "stale.txt").exists()
    assert sorted(p.name for p in argos_packages_dir.iterdir()) == [first.path.name]


def test_leftovers_of_a_killed_install_are_cleaned_at_the_next_start(
    argos_packages_dir: Path, tiny_packages: TinyPackages
) -> None:
    from reader_app.translation.cache import SentenceCache
    from reader_app.translation.engine import TranslationEngine

    model = install_from_file(tiny_packages.path("ja", "en"))
    for name in (".installing-k1", ".removing-k2"):
        (argos_packages_dir / name / "model").mkdir(parents=True)
        (argos_packages_dir / name / "model" / "model.bin").write_bytes(b"half")
    (argos_packages_dir / ".removing-file").write_bytes(b"x")
    TranslationEngine(cache=SentenceCache(persist=False))  # what a worker or `reader-app translate` makes first
    assert sorted(p.name for p in argos_packages_dir.iterdir()) == [model.path.name]


def test_leftovers_are_left_alone_while_another_process_installs(argos_packages_dir: Path) -> None:
    import fcntl
    import os

    (argos_packages_dir / ".installing-busy").mkdir()
    fd = os.open(argos_packages_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert packages.clean_leftovers() == 0
        assert (argos_packages_dir / ".installing-busy").is_dir()
    finally:
        os.close(fd)
    assert packages.clean_leftovers() == 1
    assert _tree(argos_packages_dir) == []


def test_a_model_that_cannot_be_loaded_is_refused(
    argos_packages_dir: Path, tmp_path: Path, ja_en_files: dict[str, bytes]
) -> None:
    """A whole zip whose model.bin is cut in half: refused at install with CTranslate2's one-line reason."""
    files = dict(ja_en_files)
    files["model/model.bin"] = files["model/model.bin"][: len(files["model/model.bin"]) // 2]
    path = _write_zip(tmp_path / "translate-ja_en-badbin.argosmodel", _package(files))
    with pytest.raises(PackageError, match=r"badbin.argosmodel: the model cannot be loaded \(.+\)\.$") as info:
        install_from_file(path)
    assert "\n" not in str(info.value)
    assert _tree(argos_packages_dir) == []
    assert installed_models() == []
