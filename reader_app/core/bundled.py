"""Files shipped inside the package (the sample article, icons), read through importlib.resources."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

SAMPLE_NAME = "wechat-registration.txt"


def resource(name: str) -> Traversable:
    return resources.files("reader_app.resources").joinpath(name)


def sample_text() -> str:
    return resource(SAMPLE_NAME).read_text(encoding="utf-8")
