"""Progress of long runs: a bar on a terminal, nothing in CI or when stderr is not a terminal.

The bar is tqdm's: spaCy already depends on it, so it costs no new install, and it handles terminal
width, rates and the time left, which a hand-made bar would have to redo.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TextIO

# Fewer articles than this finish before a bar would be worth reading.
MIN_TOTAL = 50

Advance = Callable[[int], object]  # called with the number of articles just done
Progress = Callable[[int, str], AbstractContextManager[Advance]]  # (total, description) -> advance


def interactive(stream: TextIO | None = None) -> bool:
    """True on a terminal outside CI (the `CI` variable, set by every CI service, is not empty)."""
    stream = stream or sys.stderr
    return not os.environ.get("CI") and hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def quiet(total: int, description: str) -> Iterator[Advance]:
    """No progress shown."""
    yield lambda n=1: None


@contextmanager
def bar(total: int, description: str) -> Iterator[Advance]:
    """A tqdm bar on stderr when it is a terminal outside CI and the run is long enough; else quiet."""
    if total < MIN_TOTAL or not interactive():
        yield lambda n=1: None
        return
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: it would outlive the bar into the forked spaCy workers
    with tqdm(total=total, desc=description, unit=" articles", file=sys.stderr, leave=False,
              dynamic_ncols=True) as shown:
        yield shown.update
