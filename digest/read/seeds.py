"""The articles of the seeds folder, each file read through the cache's memory of earlier readings."""

from __future__ import annotations

from digest.model import Article, Problem
from digest.read.articles import find_article_files, read_articles
from digest.settings import Settings
from digest.store.cache import AnnotationCache


def read_seeds(settings: Settings) -> tuple[list[Article], list[Problem]]:
    """The articles of the seeds folder and the problems of its files, each file parsed only when the
    cache has no reading of its bytes; readings no file of the folder has any more are deleted."""
    with AnnotationCache(settings.cache_path) as cache:
        read = read_articles(find_article_files(settings.seeds_dir), settings.root, cache)
        cache.prune(layers=("read",))
    return read
