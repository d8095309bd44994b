"""`digest bench reader SITE_OR_CORPUS...`: the archive as a reader meets it, in Chromium.

Given a built site folder (one holding index.html) it measures that site; given corpus folders it first
builds them into a site (`mkdocs build` in a temporary copy of the project, as `digest bench build`
makes it; `--cache DIR` keeps the annotations between runs). With `--times N` the corpus is grown N
times over as `digest bench cluster` grows it (copies of every analysis under new ids, from a cache a
build of the corpus filled): the digest's pages are rendered from them and MkDocs publishes them with
the digest plugin switched off (its Pagefind search still runs). Then, with the site served on 127.0.0.1
and Debian's Chromium driven by Playwright (as tests/test_browser.py does), for each query:

- a first-time reader (an empty browser cache) lands on the home page and types the query into the
  search box, key by key, at once;
- the time from the first key to the first result on screen, the bytes fetched from landing to that
  moment (pages, scripts, search index), and the first result's title.

And from the files: the weight of each index page (the largest page of each split index), of the
largest actor, topic and article page, of the search index and of what Pagefind's main bundle makes a
reader's first query load, and the HTML pages per article.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from digest.bench.build import checked, corpus_files, make_project, report, run

CHROMIUM = Path("/usr/bin/chromium")
QUERIES = ("Blair", "Brown", "election", "Chelsea")
# Each index and the folder of its further pages (a split index's largest page is what a reader may open).
INDEXES = {"home": ("index.html", None), "actors": ("actors/index.html", "actors/by-name"),
           "quotes": ("quotes/index.html", "quotes"), "timeline": ("timeline/index.html", "timeline"),
           "articles": ("articles/index.html", "articles/index"), "topics": ("topics/index.html", "topics/index"),
           "tags": ("tags/index.html", None)}
# Pages of one kind whose lists grow with the archive: the largest of each is reported.
LARGEST = {"actor": "actors/*/", "topic": "topics/*/", "article": "articles/*/"}
TIMEOUT_S = 120  # the most a query may take to show a result (the whole lunr index of a big site: ~15 s)


@dataclass(frozen=True)
class Query:
    text: str
    seconds: float | None  # from the last key to the first result; None: no result in TIMEOUT_S
    typing: float  # from the first key to the last (a reader's pace: 50 ms a key)
    fetched: int  # bytes the server sent from landing on the home page to the first result
    first: str  # the first result's title


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench reader", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", type=Path, help="a built site folder, or corpus folders to build")
    parser.add_argument("--cache", type=Path, help="the annotation cache to build with (kept between runs)")
    parser.add_argument("--query", action="append", dest="queries", help=f"a query (default: {', '.join(QUERIES)})")
    parser.add_argument("--jobs", type=int, default=1, help="processes for the build (default: 1)")
    parser.add_argument("--times", type=int, default=1,
                        help="grow the corpus N times over (copies of its analyses; needs --cache)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.times > 1 and args.cache is None:
        parser.error("--times needs --cache: the cache a build of the corpus filled")
    if not CHROMIUM.exists():
        raise SystemExit(f"error: Chromium not found at {CHROMIUM}: apt-get install chromium")
    with tempfile.TemporaryDirectory(prefix="digest-reader-") as tmp:
        folder = args.keep or Path(tmp)
        if (args.sources[0] / "index.html").is_file():
            site = args.sources[0]
        elif args.times > 1:
            site = grown_site(args.sources, folder, args.cache, args.times)
        else:
            site = build_site(args.sources, folder, args.cache, args.jobs)
        measure_files(site)
        cold, warm = browse(site, args.queries or list(QUERIES))
        for query in cold:
            shown = f"{query.seconds:6.2f} s" if query.seconds is not None else "  none  "
            report(f"query {query.text!r:11} first result {shown} after the last key ({query.typing:.2f} s of "
                   f"typing before it)  fetched {query.fetched / 1e6:6.2f} MB  first hit: {query.first}")
        for query in warm:
            shown = f"{query.seconds:6.2f} s" if query.seconds is not None else "  none  "
            report(f"next query {query.text!r:11} first result {shown} after the last key  "
                   f"fetched {query.fetched / 1e3:6.0f} KB  first hit: {query.first}")
    return 0


def build_site(corpora: list[Path], folder: Path, cache: Path | None, jobs: int) -> Path:
    """The corpora built into a site by `mkdocs build` in a copy of the project; the site's folder."""
    (folder / "project").mkdir(parents=True)
    project = make_project(folder / "project", corpus_files(corpora, unique=True), jobs)
    if cache is not None:
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace("      seeds: seeds\n", f"      seeds: seeds\n      cache_dir: {cache.resolve()}\n"),
                          encoding="utf-8")
    built = checked(run([sys.executable, "-m", "mkdocs", "build"], project), "mkdocs build")
    report(f"built the site in {built.seconds:.0f} s (peak {built.peak_mb:.0f} MB)")
    return project / "site"


def grown_site(corpora: list[Path], folder: Path, cache: Path, times: int) -> Path:
    """The corpora `times` over (copies of their cached analyses) published as the plugin would."""
    from digest.resolve.assemble import assemble
    from digest.bench.cluster import copies, project_files
    from digest.pipeline import annotate_cached
    from digest.read.articles import read_articles
    from digest.render.pages import render_pages
    from digest.settings import Settings

    (folder / "project").mkdir(parents=True)
    project = make_project(folder / "project", corpus_files(corpora, unique=True), 1)
    taxonomy, registry = project_files()
    articles, _ = read_articles(sorted((project / "seeds").iterdir()), project)
    settings = Settings(root=project, seeds=Path("seeds"), cache_dir=cache.resolve())
    digest = assemble(copies(annotate_cached(articles, settings, registry.patterns()), times), (), taxonomy, registry)
    for uri, text in render_pages(digest, "directory").items():
        (project / "docs" / uri).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / uri).write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - digest:\n", "  - digest:\n      enabled: false\n"),
                      encoding="utf-8")
    built = checked(run([sys.executable, "-m", "mkdocs", "build"], project), "mkdocs build")
    indexed = re.search(r"digest: Pagefind search index written in .*", built.stderr)
    report(f"{len(digest.articles):,} articles ({times} copies of each); mkdocs build {built.seconds:.0f} s "
           f"(peak {built.peak_mb:.0f} MB); {indexed.group() if indexed else 'no Pagefind index'}")
    return project / "site"


def measure_files(site: Path) -> None:
    """The index pages' weights, the search index's and the pages per article."""
    for name, (page, folder) in INDEXES.items():
        path = site / page
        if not path.is_file():
            continue
        line = f"index page {name:9} {path.stat().st_size / 1e3:8.0f} KB"
        if folder and (site / folder).is_dir():
            split = [p for p in (site / folder).rglob("index.html") if p != path]
            if split:
                largest = max(split, key=lambda p: p.stat().st_size)
                line += (f"; {len(split)} further pages, the largest {largest.stat().st_size / 1e3:.0f} KB "
                         f"({largest.parent.relative_to(site)})")
        report(line)
    for kind, pattern in LARGEST.items():
        pages = [p for p in site.glob(pattern + "**/index.html")  # a long page's further pages too
                 if not {"by-name", "index"} & set(p.relative_to(site).parts[1:-1])]  # not the indexes
        if pages:
            largest = max(pages, key=lambda p: p.stat().st_size)
            report(f"largest {kind} page {largest.stat().st_size / 1e3:8.0f} KB ({largest.parent.relative_to(site)})")
    lunr = site / "search/search_index.json"
    if lunr.is_file():
        report(f"lunr search index (search/search_index.json): {lunr.stat().st_size / 1e6:.2f} MB")
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        files = [p for p in pagefind.rglob("*") if p.is_file()]
        report(f"Pagefind index (pagefind/): {sum(p.stat().st_size for p in files) / 1e6:.2f} MB in {len(files)} files")
        older = len(list((pagefind / "older").glob("*/pagefind-entry.json")))
        loaded = {name: sum(p.stat().st_size for p in pagefind.glob(pattern))
                  for name, pattern in (("list of pages", "*.pf_meta"), ("filters", "filter/*"))}
        report(f"Pagefind's main bundle, loaded by a reader's first query: its list of pages "
               f"{loaded['list of pages'] / 1e3:.0f} KB, its filters {loaded['filters'] / 1e3:.0f} KB; "
               f"{older} older bundles (opened when a query needs them)")
    pages = sum(1 for _ in site.rglob("index.html"))
    articles = sum(1 for _ in (site / "articles").glob("*/index.html"))
    actors = sum(1 for p in (site / "actors").glob("*/index.html") if p.parent.name != "by-name")
    report(f"HTML pages: {pages:,}, articles: {articles:,}, actor pages: {actors:,}; "
           f"{pages / max(1, articles):.2f} pages per article")


class Served:
    """The bytes a server sent (file bodies), counted across its threads."""

    def __init__(self) -> None:
        self.bytes = 0
        self.lock = threading.Lock()

    def add(self, count: int) -> None:
        with self.lock:
            self.bytes += count


@contextlib.contextmanager
def serve(directory: Path, served: Served | None = None) -> Iterator[str]:
    """`directory` served on an ephemeral 127.0.0.1 port, in a thread, counting what it sends into
    `served` when given; yields the site's URL. (Python's server sends files as they are: no compression.)
    The browser tests serve the site with it too."""
    class Counting(http.server.SimpleHTTPRequestHandler):
        def copyfile(self, source, outputfile) -> None:
            start = source.tell()
            super().copyfile(source, outputfile)
            if served is not None:
                served.add(source.tell() - start)

        def log_message(self, format, *args):  # noqa: A002 - the base class's signature
            """Requests are not logged."""

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Counting, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def browse(site: Path, queries: list[str]) -> tuple[list[Query], list[Query]]:
    """Each query as a first-time reader makes it (a fresh browser context: nothing cached; the home
    page; the query typed into the search box), then the queries one after another in one session."""
    from playwright.sync_api import sync_playwright

    cold, warm = [], []
    served = Served()
    with serve(site, served) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for text in queries:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            try:
                cold.append(one_query(context.new_page(), url, text, served))
            finally:
                context.close()
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        try:
            page = context.new_page()
            one_query(page, url, "news", served)  # the session's first query loads Pagefind
            warm = [one_query(page, None, text, served) for text in queries]
        finally:
            context.close()
        browser.close()
    return cold, warm


def one_query(page, url: str | None, text: str, served: Served) -> Query:
    """A query typed into the search box (after landing on `url`, or where the page is when None)."""
    before = served.bytes
    if url is not None:
        page.goto(url, wait_until="load")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    # The result's moment and the last key's, as the page's clock has them (Playwright's waits poll).
    wanted = f".md-search-result__item .md-search-result__link[href*='h={text.lower()}']"
    page.evaluate(WATCH, wanted)
    box.press_sequentially(text, delay=50)  # a reader's typing
    first = page.locator(wanted).first
    try:
        first.wait_for(state="attached", timeout=TIMEOUT_S * 1000)
    except Exception:  # noqa: BLE001 - Playwright's timeout: reported as no result
        return Query(text, None, 0.0, served.bytes - before, "")
    fetched = served.bytes - before
    clock = page.evaluate("() => window.__digestBench")
    title = page.locator(".md-search-result__item").first.locator("h1").first.inner_text()
    return Query(text, (clock["result"] - clock["lastKey"]) / 1000, (clock["lastKey"] - clock["firstKey"]) / 1000,
                 fetched, title.strip())


# Notes the page's time of the first and last key typed and of the first wanted result shown.
WATCH = """(wanted) => {
  const clock = window.__digestBench = {firstKey: null, lastKey: null, result: null}
  document.addEventListener("keydown", () => {
    clock.lastKey = performance.now(); clock.firstKey = clock.firstKey ?? clock.lastKey }, true)
  new MutationObserver((_, observer) => {
    if (document.querySelector(wanted)) { clock.result = performance.now(); observer.disconnect() }
  }).observe(document.body, {subtree: true, childList: true})
}"""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
