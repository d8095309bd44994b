"""The article files of the seeds folder, known by their stamps, and read through the cache's memory of
earlier readings.

A file's stamp is what `os.stat` says of it that any write changes: its size, its modification and change
times and its inode. A build that finds a file with the stamp the cache recorded knows the sha256 of its
bytes without reading them, as git's index does, so a build with nothing to do reads no article; a
stamp is recorded only once the file has been still for `SETTLED_NS`, so that a write within the same
tick of a coarse file-system clock is never missed.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from digest.model import Article, Problem
from digest.read.articles import display_path, file_fingerprint, find_article_files, read_articles
from digest.settings import Settings
from digest.store.cache import AnnotationCache

SETTLED_NS = 2_000_000_000  # a change time at least this old can no longer share a clock tick with a write


@dataclass(frozen=True)
class SeedFiles:
    """The seeds folder's article files, sorted, with the sha256 of each readable one's bytes."""

    paths: tuple[Path, ...]
    shown: tuple[str, ...]  # each path as messages and the cache name it
    digests: dict[Path, str]  # the files that could be read

    def fingerprints(self) -> list[str]:
        """Each file's reading key (`read.file_fingerprint`), or its name and "unreadable"."""
        return [file_fingerprint(shown, path.stem, self.digests[path]) if path in self.digests
                else f"{shown}\0unreadable" for path, shown in zip(self.paths, self.shown)]


def find_seed_files(settings: Settings) -> SeedFiles:
    """The article files of the seeds folder, each file's digest taken from the cache's stamp when the file
    still has it, else from its bytes (the file is then stamped anew); stamps of files gone are deleted."""
    paths = tuple(find_article_files(settings.seeds_dir))
    shown = tuple(display_path(path, settings.root) for path in paths)
    digests: dict[Path, str] = {}
    with AnnotationCache(settings.cache_path) as cache:
        stamps = cache.stamps(shown)
        now = time.time_ns()
        for path, name in zip(paths, shown):
            try:
                stamp = stamp_of(os.stat(path))
                known = stamps.get(name)
                if known is not None and known[:-1] == stamp:
                    digests[path] = known[-1]
                    continue
                digests[path] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                continue  # reading it again says why (`read_seeds`)
            if now - max(stamp[1], stamp[2]) >= SETTLED_NS:
                cache.store_stamp(name, [*stamp, digests[path]])
        cache.prune(layers=("stamp",))
    return SeedFiles(paths, shown, digests)


def stamp_of(status: os.stat_result) -> list[int]:
    """What any write to a file changes: its size, modification and change times, inode and device."""
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev]


def read_seeds(settings: Settings, files: SeedFiles | None = None) -> tuple[list[Article], list[Problem]]:
    """The articles of the seeds folder and the problems of its files (`files`: as `find_seed_files` found
    them, when the caller has), each file parsed only when the cache has no reading of its bytes; readings
    no file of the folder has any more are deleted."""
    files = find_seed_files(settings) if files is None else files
    with AnnotationCache(settings.cache_path) as cache:
        read = read_articles(files.paths, settings.root, cache, files.digests)
        cache.prune(layers=("read",))
    return read
