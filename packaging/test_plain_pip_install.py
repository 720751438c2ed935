"""The built wheel installs with Debian's own `python3 -m venv` and its bundled pip, dependencies from the registry,
and then opens a web page: every module imported at run time must be a declared dependency.

Not part of `make test` (it downloads and installs several hundred MB); `.ci/run` runs it after `make test`:

    .venv/bin/pytest -q packaging/test_plain_pip_install.py

Older pips (Debian 12 ships 23.0) do not resolve dependencies named through an extra spelled differently from the
package's own (`lxml[html_clean]`, which justext asks for, against lxml's `html-clean`): a dependency that only comes
in through such an extra is missing in a plain install, although the dev environment's newer pip has it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = Path("/usr/bin/python3")
INSTALL_TIMEOUT_S = 1800

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>WeChat pauses sign-ups | Example News</title></head>
<body>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article>
<h1>WeChat pauses new user sign-ups in China</h1>
<p class="byline">By Jane Doe</p>
<p>Tencent's WeChat said on Tuesday it is temporarily suspending registration of new users in China. The company
said the pause was needed for a security upgrade.</p>
<p>Registration services will be restored after the upgrade is complete, which is expected in early August.
WeChat has amassed over 1.2 billion monthly active users in China.</p>
<p>The crackdown has wiped billions of dollars in market cap for Chinese firms in recent weeks.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def plain_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert SYSTEM_PYTHON.exists(), "needs Debian's /usr/bin/python3 (and python3-venv)"
    work = tmp_path_factory.mktemp("plain-pip")
    built = _run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work / "dist"), str(REPO_ROOT)]
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (work / "dist").glob("*.whl")
    env_dir = work / "venv"
    made = _run([str(SYSTEM_PYTHON), "-m", "venv", str(env_dir)])
    assert made.returncode == 0, made.stderr
    pip = _run([str(env_dir / "bin" / "python"), "-m", "pip", "--version"])
    print(f"installing with the venv's own {pip.stdout.strip()}")
    installed = _run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], timeout=INSTALL_TIMEOUT_S
    )
    assert installed.returncode == 0, installed.stderr[-4000:]
    return env_dir / "bin"


def test_plain_install_opens_a_web_page(plain_venv: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    result = _run([str(plain_venv / "reader-app"), "inspect", "--json", str(page)], cwd=tmp_path, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    inspected = json.loads(result.stdout)
    article = next(p for p in inspected["passages"] if p["role"] == "article")
    text = " ".join(sentence["text"] for sentence in article["sentences"])
    assert "temporarily suspending registration of new users" in text
    assert "Copyright Example News" not in text
    where = _run([str(plain_venv / "python"), "-c", "import reader_app; print(reader_app.__file__)"], cwd=tmp_path)
    assert str(REPO_ROOT) not in where.stdout
