"""The wheel carries everything the app needs: it installs into a fresh venv and runs away from the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the built wheel in it; third-party dependencies are borrowed read-only from the dev venv.

    The dev venv's site-packages is added by a plain path line, so its editable-install finder for reader_app is
    not activated: reader_app can only come from the wheel. Borrowing means this says nothing about the declared
    dependencies: tests/packaging/test_dependencies.py checks those offline, and packaging/test_plain_pip_install.py
    (run by .ci/run) installs the wheel with them from the registry.
    """
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work / "dist"), str(REPO_ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (work / "dist").glob("*.whl")
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    Path(site, "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    return env_dir / "bin"


def _run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(bin_dir / "reader-app"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_installed_app_reports_its_version_and_imports_from_the_wheel(installed_app: Path, tmp_path: Path) -> None:
    result = _run(installed_app, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0.1.0" in result.stdout
    where = subprocess.run(
        [str(installed_app / "python"), "-c", "import reader_app; print(reader_app.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    ).stdout
    assert str(REPO_ROOT) not in where


def test_installed_app_reads_the_bundled_sample_through_package_data(installed_app: Path, tmp_path: Path) -> None:
    code = "from reader_app.core.bundled import sample_text; print(sample_text().splitlines()[0])"
    result = subprocess.run(
        [str(installed_app / "python"), "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "もっと詳しく"


def test_installed_app_finds_facts_in_the_sample(installed_app: Path, tmp_path: Path) -> None:
    sample = tmp_path / "sample.txt"
    code = "from reader_app.core.bundled import sample_text; import sys; sys.stdout.write(sample_text())"
    sample.write_text(
        subprocess.run([str(installed_app / "python"), "-c", code], cwd=tmp_path, capture_output=True, text=True,
                       check=True).stdout,
        encoding="utf-8",
    )
    result = _run(installed_app, "facts", str(sample), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)["facts"]
    assert {"kind": "count", "text": "1.2 billion monthly active users"}.items() <= next(
        f for f in facts if f["kind"] == "count"
    ).items()
    assert any(f["kind"] == "money" and f["value"] == {"amount": 4400000000, "currency": "USD"} for f in facts)
    # Names come from the lexicon data files, which must be in the wheel.
    assert any(f["kind"] == "org" and f["value"] == {"name": "Tencent"} for f in facts)


def test_installed_app_renders_a_screenshot(installed_app: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = _run(installed_app, "--screenshot", str(shot), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "propagateSizeHints" not in result.stderr  # no platform noise on a command's terminal
    assert shot.stat().st_size > 20_000
