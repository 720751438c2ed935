"""Files shipped inside the package (the sample article, icons)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import reader_app.resources

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SAMPLE_NAME = "wechat-registration.txt"


def resource(name: str) -> Traversable:
    """The shipped file `name`: a plain path when the package is on disk (the window's first paint needs the icons,
    and importlib.resources brings zipfile and tempfile with it), else through importlib.resources (a zipped
    install)."""
    for folder in getattr(reader_app.resources, "__path__", ()):
        if Path(folder).is_dir():
            return Path(folder) / name
    from importlib import resources

    return resources.files("reader_app.resources").joinpath(name)


def sample_text() -> str:
    return resource(SAMPLE_NAME).read_text(encoding="utf-8")
