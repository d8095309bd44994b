"""A digest of a corpus folder for the quality benchmarks, its annotations kept in a cache between runs."""

from __future__ import annotations

import time
from pathlib import Path

from digest.model import Digest
from digest.pipeline import build_digest
from digest.read.articles import find_article_files
from digest.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = Path("/tmp/digest-bench-cache")
SHARED_CORPUS = Path("../shared/corpus")  # the shared corpora beside the checkout, as run from the checkout


def cached_digest(folder: Path, cache: Path = DEFAULT_CACHE, limit: int = 0,
                  paths: list[Path] | None = None) -> tuple[Digest, list[Path], float]:
    """The digest of `folder` (every k-th file to about `limit` articles when given; only `paths` when
    given), its files and seconds taken."""
    paths = find_article_files(folder) if paths is None else paths
    if limit and len(paths) > limit:
        paths = paths[:: len(paths) // limit][:limit]
    settings = Settings(root=ROOT, seeds=folder.resolve(), cache_dir=cache.resolve())
    started = time.perf_counter()
    digest = build_digest(settings, paths)
    return digest, paths, time.perf_counter() - started
