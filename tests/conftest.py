"""Test-wide isolation: offscreen Qt and throwaway XDG/Argos folders, set before anything imports argostranslate."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_SANDBOX = Path(tempfile.mkdtemp(prefix="reader-app-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
os.environ["ARGOS_PACKAGES_DIR"] = str(_SANDBOX / "argos-packages")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Hypothesis fails an example that takes over 200 ms by default: a wall-clock bound that a loaded machine breaks.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

pytest_plugins = ["tiny_model"]  # fixtures tiny_packages, argos_packages_dir, install_tiny (tests/tiny_model.py)

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PATH = REPO_ROOT / "resources" / "wechat-registration.txt"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE_PATH
