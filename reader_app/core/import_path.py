"""Registries name their code as "package.module:function", so listing an entry imports nothing: the module loads
when the entry is used (a renderer that needs Qt, a loader that needs an HTML parser)."""

from __future__ import annotations

import importlib
from typing import Any


def resolve(path: str) -> Any:
    """The object `path` ("package.module:attribute") names, importing its module now."""
    module, _, attribute = path.partition(":")
    if not module or not attribute:
        raise ValueError(f"not an import path of the form 'package.module:attribute': {path!r}")
    return getattr(importlib.import_module(module), attribute)
