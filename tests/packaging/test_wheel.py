"""The wheel carries everything the app needs: it installs into a fresh venv and runs away from the source tree."""

from __future__ import annotations

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
    not activated: reader_app can only come from the wheel.
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
