"""Handing memory freed inside the C heap back to the system once a big piece of work is done."""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache


@lru_cache(maxsize=1)
def _trim() -> ctypes._NamedFuncPointer | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def release_freed_memory() -> None:
    """Return the free pages of the C heap to the system (glibc keeps them otherwise): a big text's layout, the
    library's first write of a 20 MB document or the facts arriving for one each left the window's resident size a
    hundred megabytes or more above what it still used."""
    trim = _trim()
    if trim is not None:
        trim(0)
