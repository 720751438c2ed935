"""Holding off the cyclic garbage collector while a big batch of long-lived, cycle-free objects is made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector is on again after it if it was on before.

    A big article's sentence spans are hundreds of thousands of objects that live as long as the document: each
    collection the allocations set off walked all of those made so far and found nothing to free, which took about
    as long as making them. Reference counting still frees everything the block drops."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
