"""The PyInstaller one-folder bundle builds from the spec and its executable renders the window on the sample."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _distinct_colours(image: QImage, step: int = 7) -> int:
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    return len(colours)


@pytest.mark.skipif(shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None,
                    reason="PyInstaller is not installed in this environment")
def test_bundle_builds_and_renders_the_sample(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--distpath", str(dist),
         "--workpath", str(tmp_path / "work"), str(REPO_ROOT / "packaging" / "reader-app.spec")],
        check=True, capture_output=True, cwd=tmp_path, timeout=600,
    )
    executable = dist / "reader-app" / "reader-app"
    assert executable.is_file()
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run(
        [str(executable), "--screenshot", str(shot), str(REPO_ROOT / "resources" / "wechat-registration.txt")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    assert _distinct_colours(image) > 20, "the screenshot looks blank"
    version = subprocess.run([str(executable), "--version"], env=env, capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and "0.1.0" in version.stdout
    # Big documents are worked on in a child process: the frozen executable must be able to be that child.
    payload = pickle.dumps(("reader_app.core.language", "detect_language", ("もっと詳しく",)))
    child = subprocess.run(
        [str(executable), "--extraction-child"], input=payload, env=env, capture_output=True, timeout=60
    )
    assert pickle.loads(child.stdout) == ("ok", "ja")
    # The dictionary index, pypinyin's and Sudachi's data travel with the bundle.
    lookup = subprocess.run([str(executable), "lookup", "詳しく"], env=env, capture_output=True, text=True, timeout=120)
    assert lookup.returncode == 0, lookup.stderr
    assert "くわしい" in lookup.stdout and "detailed" in lookup.stdout
    sample = tmp_path / "zh.txt"
    sample.write_text("微信暂停新用户注册。\n", encoding="utf-8")
    gloss = subprocess.run(
        [str(executable), "gloss", str(sample)], env=env, capture_output=True, text=True, timeout=120
    )
    assert gloss.returncode == 0, gloss.stderr
    assert "Wēixìn" in gloss.stdout and "zhùcè" in gloss.stdout
    size = sum(f.stat().st_size for f in (dist / "reader-app").rglob("*") if f.is_file())
    print(f"bundle size: {size / 1e6:.0f} MB")
