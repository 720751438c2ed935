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
    assert sorted(p.name for p in argos_packages_dir.iterdir()) == ["ja_en_new"] == [model.path.name]


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
