"""The whole pipeline as one function: read → annotate → analyse → assemble."""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from digest.annotate.analyse import analyse
from digest.annotate.parse import iter_annotate
from digest.resolve.assemble import assemble
from digest.store.cache import AnnotationCache, CacheKeys, sha256, sources_fingerprint
from digest.gcpause import paused_gc
from digest.model import AnnotatedArticle, Article, Digest, ParsedArticle, Problem
from digest.annotate.nlp import load_model, model_identity
from digest.parallel import can_fork, collect, fan_out, fork_child, stop
from digest.progress import Progress, quiet
from digest.read.articles import ArticleError, find_article_files, parse_article, read_articles
from digest.settings import Settings
from digest.resolve.registry import load_registry
from digest.resolve.topics import Taxonomy, TextHits, load_taxonomy, text_hits

log = logging.getLogger("mkdocs.plugins.digest")
FEW_TO_PARSE = 64  # more new articles than this are parsed after decoding, by spaCy's own worker processes


def build_digest(settings: Settings, paths: Sequence[Path] | None = None, progress: Progress = quiet,
                 read: tuple[list[Article], list[Problem]] | None = None, early: EarlyParse | None = None) -> Digest:
    """Read, annotate and assemble the articles of `paths` (default: the settings' seeds folder);
    `read`: the seeds folder's articles and problems, already read (by `read_seeds`, with `early`)."""
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
                                fingerprints=fingerprints, early=early)
    found = text_hits_cached(annotated, taxonomy, fingerprints, settings, prune=whole)
    with paused_gc(freeze=True):  # the digest lives as long as the build
        return assemble(annotated, problems, taxonomy, registry, fingerprints, found, jobs=settings.jobs)


def read_seeds(settings: Settings, early: EarlyParse | None = None) -> tuple[list[Article], list[Problem]]:
    """The articles of the seeds folder and the problems of its files, each file parsed only when the
    cache has no reading of its bytes; readings no file of the folder has any more are deleted.
    `early` is given the files the cache has never read, to begin parsing them."""
    with AnnotationCache(settings.cache_path) as cache, paused_gc(freeze=True):  # kept for the whole build
        read = read_articles(find_article_files(settings.seeds_dir), settings.root, cache,
                             early.begin if early else None)
        cache.prune(layers=("read",))
    return read


class EarlyParse:
    """spaCy's parse of the files the cache has never read, begun in a forked process as soon as the
    reader finds them, while this process reads and decodes the rest: for an added article, loading
    the model and parsing then overlap the start of the build instead of following it.

    Only with `jobs` above 1, without a cluster and for a few files; otherwise nothing is begun and
    the build parses as it would without it. A `with` block stops a parse the build did not take.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.child: tuple[int, int] | None = None

    def begin(self, files: list[tuple[Path, str, bytes]]) -> None:
        """Parse these files ((path, name shown, bytes)) in a forked process."""
        if self.child is None and 0 < len(files) <= FEW_TO_PARSE and can_fork(self.settings.jobs) \
                and not self.settings.scheduler:
            self.child = fork_child(parse_files, (files, self.settings))

    @property
    def begun(self) -> bool:
        return self.child is not None

    def take(self, patterns: tuple) -> list[tuple[ParsedArticle, AnnotatedArticle]]:
        """The parses and their analyses, when made with these entity-ruler patterns; [] when the child failed."""
        child, self.child = self.child, None
        used, parses = collect(child, lambda _: ((), []), None) if child else ((), [])  # ((), []): it failed
        return parses if used == patterns else []

    def __enter__(self) -> EarlyParse:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.child is not None:
            stop(self.child)
            self.child = None


def parse_files(job: tuple[list[tuple[Path, str, bytes]], Settings]
                ) -> tuple[tuple, list[tuple[ParsedArticle, AnnotatedArticle]]]:
    """(the entity-ruler patterns, spaCy's parse and the analysis of each file that reads as an article):
    `EarlyParse`'s child."""
    files, settings = job
    # A process that lives for a few parses: collecting would only scan the model as it loads (a zero
    # threshold, as srsly enables the collector again after reading each of the model's files).
    gc.set_threshold(0)
    patterns = load_registry(settings.registry_file).patterns()
    articles = []
    for path, shown, data in files:
        try:
            articles.append(parse_article(data, shown, path.stem)[0])
        except ArticleError:
            continue
    return patterns, parsed_and_analysed(articles, settings, patterns)


def parsed_and_analysed(articles: Sequence[Article], settings: Settings, patterns: tuple
                        ) -> list[tuple[ParsedArticle, AnnotatedArticle]]:
    """spaCy's parse of each article and its analysis, in this process (a forked child's part)."""
    return [(parsed, analyse(parsed))
            for parsed in parse_articles(articles, dataclasses.replace(settings, jobs=1), patterns)]


def shown(settings: Settings, path: Path | None) -> str | None:
    """A configuration file's path as messages show it: relative to the project when it is inside."""
    if path is None:
        return None
    return path.relative_to(settings.root).as_posix() if path.is_relative_to(settings.root) else str(path)


def annotate_cached(articles: Sequence[Article], settings: Settings, patterns: tuple = (),
                    progress: Progress = quiet, prune: bool = False,
                    fingerprints: dict[str, str] | None = None, early: EarlyParse | None = None
                    ) -> list[AnnotatedArticle]:
    """Each article's analysis from the cache, else from its cached parse, else from spaCy.

    The model is loaded only when some article needs parsing. With `prune`, entries no article of
    this build used are deleted (for builds of the whole digest). `fingerprints` receives each
    article's analysis key (article id -> a hash of the article, the model and the rules); `early`,
    the parse of new files begun while they were read.
    """
    keys = CacheKeys.of(model_identity(settings.model), patterns)
    with AnnotationCache(settings.cache_path, keys) as cache:
        if fingerprints is not None:
            fingerprints.update((article.id, cache.article_keys(article)[1]) for article in articles)
        decoded, made_early = decode_and_parse(articles, cache, settings, patterns, early)
        results = {i: hit for i, hit in enumerate(decoded) if hit is not None}
        missing = [i for i in range(len(articles)) if i not in results]
        to_parse = []
        with progress(len(missing), "Annotating") as advance:
            for i in missing:
                if i in made_early:
                    parsed, results[i] = made_early[i]
                    cache.store_parsed(parsed)
                    cache.store_annotated(results[i])
                    advance(1)
                    continue
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
             f"parses from the cache, {len(to_parse) + len(made_early)} parsed by spaCy")
    return [results[i] for i in range(len(articles))]


def decode_and_parse(articles: Sequence[Article], cache: AnnotationCache, settings: Settings,
                     patterns: tuple = (), early: EarlyParse | None = None
                     ) -> tuple[list[AnnotatedArticle | None], dict[int, tuple[ParsedArticle, AnnotatedArticle]]]:
    """The cached analyses (None where there is none), and, with `jobs` above 1, spaCy's parse and the
    analysis of the few articles the cache has nothing of, by index: made in a forked process while this
    one decodes (or begun earlier, `early`), so that loading the model for an added article costs no time
    of its own. An article left unparsed here is parsed by the caller."""
    new = cache.unknown(articles) if can_fork(settings.jobs) and not settings.scheduler else []
    if not new or len(new) > FEW_TO_PARSE:
        return cache.annotated_all(articles), {}
    if early is not None and early.begun:
        decoded = cache.annotated_all(articles)
        parsed = early.take(patterns)
    else:
        decoded, parsed = fan_out(lambda task: task(), [
            lambda: cache.annotated_all(articles),
            lambda: parsed_and_analysed([articles[i] for i in new], settings, patterns)], settings.jobs)
    index = {articles[i].id: i for i in new}  # they come back pickled: new objects, of equal articles
    return decoded, {i: (dataclasses.replace(p, article=articles[i]), dataclasses.replace(a, article=articles[i]))
                     for p, a in parsed if (i := index.get(p.article.id)) is not None and p.article == articles[i]}


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
    yield from iter_annotate(articles, nlp, n_process=settings.jobs)


def analyse_and_store(parsed: ParsedArticle, cache: AnnotationCache) -> AnnotatedArticle:
    annotated = analyse(parsed)
    cache.store_annotated(annotated)
    return annotated
