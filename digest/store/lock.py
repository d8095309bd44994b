"""One build at a time per project: `digest build` and the MkDocs plugin take an exclusive lock (`fcntl.flock`
on `build.lock` in the cache folder, or in the docs folder when there is no cache) before they read the
manifest and until their pages are written. A second build says whose build it waits for and waits up to
`Settings.wait` seconds, then stops with a clear error. A build that dies releases the lock with its
process, so a stale lock cannot block anyone.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from digest.settings import Settings
from digest.errors import DigestError

try:
    import fcntl
except ImportError:  # not on POSIX: builds are not serialised there
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "build.lock"
POLL_SECONDS = 0.2


class BuildBusy(DigestError):
    """Another build of the same project still runs after the time given to wait for it."""

    exit_code = 1


def lock_path(settings: Settings) -> Path:
    folder = settings.root / settings.cache_dir if settings.cache_dir is not None else settings.docs_dir
    return folder / (LOCK_FILE if settings.cache_dir is not None else ".digest-build.lock")


@contextmanager
def one_build(settings: Settings, say: Callable[[str], None]) -> Iterator[None]:
    """Hold the project's build lock for the `with` block; `say` is told once when the build has to wait."""
    if fcntl is None:
        yield
        return
    path = lock_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as handle:
        wait_for_lock(handle, path, settings.wait, say)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {dt.datetime.now():%H:%M:%S}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def wait_for_lock(handle, path: Path, wait: float, say: Callable[[str], None]) -> None:
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if not told:
                say(f"waiting for the build {holder(path)} (at most {wait:.0f} s)")
                told = True
            if time.monotonic() >= deadline:
                raise BuildBusy(f"{path}: the build {holder(path)} still runs after {wait:.0f} s; wait for it to "
                                "finish or stop it, then build again (a build that died holds no lock)") from None
            time.sleep(POLL_SECONDS)


def holder(path: Path) -> str:
    """"started at 12:04:10 by process 4211", as the lock file says."""
    try:
        pid, started = path.read_text(encoding="utf-8").split()[:2]
    except (OSError, ValueError):
        return "started by another process"
    return f"started at {started} by process {pid}"
