"""The whole pipeline as one function: read → annotate → analyse → assemble."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from digest.annotate.analyse import analyse
from digest.annotate.parse import BATCH_SIZE, iter_annotate
from digest.resolve.assemble import assemble
from digest.store.cache import AnnotationCache, CacheKeys, sha256, sources_fingerprint
from digest.model import AnnotatedArticle, Article, Digest, ParsedArticle, Problem
from digest.annotate.nlp import load_model, model_identity
from digest.progress import Progress, quiet
from digest.read.articles import read_articles
from digest.read.seeds import read_seeds
from digest.settings import Settings
from digest.resolve.registry import load_registry
from digest.resolve.topics import Taxonomy, TextHits, load_taxonomy, text_hits

log = logging.getLogger("mkdocs.plugins.digest")


def build_digest(settings: Settings, paths: Sequence[Path] | None = None, progress: Progress = quiet,
                 read: tuple[list[Article], list[Problem]] | None = None) -> Digest:
    """Read, annotate and assemble the articles of `paths` (default: the settings' seeds folder);
    `read`: the seeds folder's articles and problems, already read (by `read_seeds`)."""
    whole = paths is None
    taxonomy = load_taxonomy(settings.topics_file, shown(settings, settings.topics_file))  # fails early
    registry = load_registry(settings.registry_file, shown(settings, settings.registry_file))
    if not whole:
        read = read_articles(paths, settings.root)
    elif read is None:
        read = read_seeds(settings)
    articles, problems = read
    fingerprints: dict[str, str] = {}
    annotated = annotate_cached(articles, settings, registry.patterns(), progress, prune=whole,
                                fingerprints=fingerprints)
    found = text_hits_cached(annotated, taxonomy, fingerprints, settings, prune=whole)
    return assemble(annotated, problems, taxonomy, registry, fingerprints, found)


def shown(settings: Settings, path: Path | None) -> str | None:
    """A configuration file's path as messages show it: relative to the project when it is inside."""
    if path is None:
        return None
    return path.relative_to(settings.root).as_posix() if path.is_relative_to(settings.root) else str(path)


def annotate_cached(articles: Sequence[Article], settings: Settings, patterns: tuple = (),
                    progress: Progress = quiet, prune: bool = False,
                    fingerprints: dict[str, str] | None = None) -> list[AnnotatedArticle]:
    """Each article's analysis from the cache, else from its cached parse, else from spaCy.

    The model is loaded only when some article needs parsing. With `prune`, entries no article of
    this build used are deleted (for builds of the whole digest). `fingerprints` receives each
    article's analysis key (article id -> a hash of the article, the model and the rules).
    """
    keys = CacheKeys.of(model_identity(settings.model), patterns)
    with AnnotationCache(settings.cache_path, keys) as cache:
        results = {i: hit for i, hit in enumerate(cache.annotated_all(articles)) if hit is not None}
        if fingerprints is not None:
            fingerprints.update((article.id, cache.article_keys(article)[1]) for article in articles)
        missing = [i for i in range(len(articles)) if i not in results]
        to_parse = []
        with progress(len(missing), "Annotating") as advance:
            for i in missing:
                parsed = cache.parsed(articles[i])
                if parsed is None:
                    to_parse.append(i)
                    continue
                results[i] = analyse_and_store(parsed, cache)
                advance(1)
            if to_parse:
                index = {id(articles[i]): i for i in to_parse}
                for parsed in parse_articles([articles[i] for i in to_parse], settings, patterns, cache.commit):
                    cache.store_parsed(parsed)  # each batch is kept as soon as it is back
                    results[index[id(parsed.article)]] = analyse_and_store(parsed, cache)
                    advance(1)
        if prune:
            cache.prune()
    log.info(f"digest: {len(articles)} articles: {cache.hits['analysis']} analyses and {cache.hits['parse']} "
             f"parses from the cache, {len(to_parse)} parsed by spaCy")
    return [results[i] for i in range(len(articles))]


def text_hits_cached(annotated: Sequence[AnnotatedArticle], taxonomy: Taxonomy, fingerprints: Mapping[str, str],
                     settings: Settings, prune: bool = False) -> dict[str, TextHits]:
    """Each article's `text_hits` (the taxonomy phrases in its text) from the cache, else found and kept:
    an added article is the only one searched. Keyed by the article's fingerprint, the taxonomy and
    the matching code. With `prune`, kept hits no article of this build used are deleted."""
    version = taxonomy_fingerprint(taxonomy)
    keys = {a.article.id: sha256("topics", fingerprints[a.article.id], version)
            for a in annotated if a.article.id in fingerprints}
    with AnnotationCache(settings.cache_path) as cache:
        stored = cache.text_hits_all(sorted(keys.values()))
        found = {}
        for article in annotated:
            key = keys.get(article.article.id)
            if key in stored:
                found[article.article.id] = stored[key]
                continue
            found[article.article.id] = text_hits(article, taxonomy)
            if key:
                cache.store_text_hits(key, found[article.article.id])
        if prune:
            cache.prune(layers=("topics",))
    return found


def taxonomy_fingerprint(taxonomy: Taxonomy) -> str:
    """A hash of what `text_hits` depends on beyond the article: the topics' phrases and the code."""
    phrases = [(topic.slug, topic.phrases) for topic in taxonomy.topics]
    return sha256(repr(phrases), sources_fingerprint(("resolve/topics.py",)))


def parse_articles(articles: Sequence[Article], settings: Settings, patterns: tuple = (),
                   batch_stored: Callable[[], object] = lambda: None) -> Iterator[ParsedArticle]:
    """spaCy's parse of each article: in this process (with `jobs` workers) or on a Dask cluster.

    On a cluster, `batch_stored` runs once the consumer has taken a whole batch (to commit the cache).
    """
    if settings.scheduler:
        from digest.annotate.cluster import annotate_on_cluster, connect, log_batch

        def on_batch(report) -> None:
            batch_stored()
            log_batch(report)

        with connect(settings.scheduler) as client:
            # Parses come back pickled, so they are new objects: match them to the articles by id.
            by_id = {article.id: article for article in articles}
            for parsed in annotate_on_cluster(client, articles, settings.model, patterns, on_batch=on_batch):
                yield dataclasses.replace(parsed, article=by_id[parsed.article.id])
        return
    nlp = load_model(settings.model, patterns)
    # Worker processes pay off only past a batch: starting them costs more than parsing a few articles.
    paragraphs = sum(len(article.paragraphs) for article in articles)
    yield from iter_annotate(articles, nlp, n_process=settings.jobs if paragraphs > BATCH_SIZE else 1)


def analyse_and_store(parsed: ParsedArticle, cache: AnnotationCache) -> AnnotatedArticle:
    annotated = analyse(parsed)
    cache.store_annotated(annotated)
    return annotated
