"""The site's search, after the site is written: Pagefind bundles in `site/pagefind/`.

Material's search plugin ships its whole lunr index to every reader (about 7 KB an article). Pagefind
splits its index into chunks and its results into fragments, so a query fetches only the chunks of its
words and the fragments of the results it shows. But a reader's first query also loads the bundle's
list of pages, its sort orders and its filter file, a few bytes for every page of the bundle. So the
articles are cut by date into bundles of ARTICLES_PER_BUNDLE: the main bundle (`pagefind/`) holds the
actors, topics and other pages and the newest articles; older articles are in `pagefind/older/1/`,
`pagefind/older/2/`, ... (listed, newest first, in `pagefind/bundles.json`), which the search opens
one after another only when a query has too few results in the newer ones. A query then loads about
the same bytes however large the archive grows.

The theme's search box stays: `overrides/main.html` points Material's search worker at
`digest/publish/assets/search-worker.js` (copied to WORKER_URI), which answers Material's messages with
Pagefind's results, and marks each page's text, kind and order for Pagefind.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from digest.errors import DigestError

WORKER_URI = "assets/javascripts/digest-search.js"  # where the site serves the search worker
INDEX_FOLDER = "pagefind"  # Pagefind's index and scripts, under the site folder
LUNR_INDEX = "search/search_index.json"  # what Material's own search plugin writes
# Parts of a page that are not indexed: the charts (their names are in the page's text) and the headings'
# permalink signs. (An actor's page marks what follows its card `data-pagefind-ignore` itself.)
NOT_INDEXED = "[data-search-exclude], .headerlink"
# Article pages in one bundle: the first query of a reader loads about 8 bytes for each page of the main
# bundle (Pagefind's list of pages and sort orders, 49 KB for the 5,428 pages of the BBC site).
ARTICLES_PER_BUNDLE = 2_000
OLDER_FOLDER = "older"  # the older articles' bundles, under INDEX_FOLDER: older/1/, older/2/, ...
BUNDLES_FILE = "bundles.json"  # under INDEX_FOLDER: {"older": ["older/1/", ...]}, newest first
# What an older bundle keeps: its index. The scripts and WebAssembly are the main bundle's.
OLDER_KEEPS = ("pagefind-entry.json", "*.pf_meta", "index", "fragment", "filter")
MARKED = "data-pagefind-body"  # pages without it are not indexed when any page has it (Pagefind's rule)
ARTICLE_KIND = 'data-pagefind-filter="kind:article"'  # overrides/main.html marks an article page so
ARTICLE_DATE = re.compile(r'data-pagefind-sort="date:([^"]*)"')
GLOB_SPECIAL = re.compile(r"[\\*?$:<>()\[\]{},!]")  # what Pagefind's globs (wax) give a meaning: escaped in a path


class SearchIndexError(DigestError):
    """Pagefind could not index the site; the message says why and what to do."""


def worker_script() -> str:
    """The search worker's JavaScript, shipped with the package."""
    return files("digest.publish").joinpath("assets/search-worker.js").read_text(encoding="utf-8")


def index_site(site: Path) -> str:
    """Write the Pagefind bundles of the built site into `site/pagefind/`; Pagefind's counts.

    Material's lunr index (`search/search_index.json`), which the theme still fetches before it starts
    the search worker, is cut down to its settings: the worker does not read its documents.
    """
    if not site.is_dir():
        raise SearchIndexError(f"digest: Pagefind could not index {site}: no such folder; build the site first")
    shutil.rmtree(site / INDEX_FOLDER, ignore_errors=True)
    bundles = bundled(site)
    counts = [run_pagefind(site, pages, site / folder) for folder, pages in bundles]
    for folder, _ in bundles[1:]:
        prune(site / folder)
    older = [folder.removeprefix(INDEX_FOLDER + "/") + "/" for folder, _ in bundles[1:]]
    (site / INDEX_FOLDER / BUNDLES_FILE).write_text(json.dumps({"older": older}), encoding="utf-8")
    empty_lunr_index(site / LUNR_INDEX)
    if not older:
        return counts[0]
    return f"{counts[0]}; {len(older)} older bundles: {', '.join(count_of(c) for c in counts[1:])} pages"


def bundled(site: Path) -> list[tuple[str, list[Path]]]:
    """The bundles to write (their folders under the site, with their pages' paths): the main one with
    every page but the articles beyond the newest ARTICLES_PER_BUNDLE, then the older articles'."""
    others: list[Path] = []
    articles: list[tuple[str, Path]] = []
    unmarked: list[Path] = []
    for page in sorted(path.relative_to(site) for path in site.rglob("*.html")):
        text = (site / page).read_text(encoding="utf-8", errors="replace")
        if MARKED not in text:
            unmarked.append(page)
        elif ARTICLE_KIND in text:
            date = ARTICLE_DATE.search(text)
            articles.append((date.group(1) if date else "", page))
        else:
            others.append(page)
    if not others and not articles:
        others = unmarked  # no page marked: Pagefind indexes every page
    articles.sort(key=lambda pair: (pair[0], spread(pair[1])), reverse=True)  # newest first
    chunks = [[page for _, page in articles[start:start + ARTICLES_PER_BUNDLE]]
              for start in range(0, len(articles), ARTICLES_PER_BUNDLE)] or [[]]
    return [(INDEX_FOLDER, others + chunks[0]),
            *((f"{INDEX_FOLDER}/{OLDER_FOLDER}/{n}", chunk) for n, chunk in enumerate(chunks[1:], start=1))]


def spread(page: Path) -> str:
    """The order of articles of the same date (or undated): a hash of the path, so that each bundle holds
    a fair sample of them, not a run of one section's paths ("bbc-sport-...") that a query about another
    subject would have to pass before it finds enough articles."""
    return hashlib.blake2b(page.as_posix().encode(), digest_size=8).hexdigest()


def run_pagefind(site: Path, pages: Sequence[Path], output: Path) -> str:
    """Pagefind over `pages` of the site (their URLs are their paths in it), its bundle in `output`. The pages
    are named by a glob in Pagefind's configuration file, which no command line could hold for thousands of
    them, so no copy of the site's tree is made for a bundle (and deleted: slow on a busy disk)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site.resolve()), "--output-path",
               str(output.resolve()), "--exclude-selectors", NOT_INDEXED]
    try:
        with tempfile.TemporaryDirectory(prefix="digest-pagefind-") as folder:
            (Path(folder) / "pagefind.json").write_text(json.dumps({"glob": glob_of(pages)}), encoding="utf-8")
            done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=folder)
    except OSError as error:
        raise SearchIndexError(f"digest: could not run Pagefind ({error}); reinstall the project: "
                               "pip install -e .") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise SearchIndexError(f"digest: Pagefind could not index {output.parent} (exit {done.returncode}): "
                               + " / ".join(detail))
    return summary(done.stdout)


def glob_of(pages: Sequence[Path]) -> str:
    """A Pagefind glob that matches these pages' paths and no other: "{actors/a/index.html,...}"."""
    return "{" + ",".join(GLOB_SPECIAL.sub(r"\\\g<0>", page.as_posix()) for page in pages) + "}"


def prune(bundle: Path) -> None:
    """An older bundle without Pagefind's scripts and WebAssembly (the worker uses the main bundle's)."""
    kept = {path for pattern in OLDER_KEEPS for path in bundle.glob(pattern)}
    for path in bundle.iterdir():
        if path not in kept:
            shutil.rmtree(path) if path.is_dir() else path.unlink()


def count_of(counts: str) -> str:
    """The number of pages in Pagefind's counts ("Indexed 2000 pages")."""
    found = re.search(r"Indexed (\d+) page", counts)
    return found.group(1) if found else "?"


def empty_lunr_index(path: Path) -> None:
    """Keep the lunr index's settings and drop its documents (the file is absent without Material's search)."""
    if not path.is_file():
        return
    settings = json.loads(path.read_text(encoding="utf-8")).get("config", {})
    path.write_text(json.dumps({"config": settings, "docs": []}), encoding="utf-8")


def summary(output: str) -> str:
    """Pagefind's counts ("Indexed 47 pages; ..."), from its log."""
    return "; ".join(line.strip() for line in output.splitlines() if line.strip().startswith("Indexed"))


FRAGMENT_SIGNATURE = b"pagefind_dcd"  # what a Pagefind fragment starts with, once un-gzipped


def indexed_pages(site: Path) -> dict[str, str]:
    """What Pagefind indexed: each page's URL ('/actors/x/') and its indexed text, from the fragments of
    every bundle."""
    pages = {}
    for fragment in sorted((site / INDEX_FOLDER).rglob("fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(FRAGMENT_SIGNATURE)
        record = json.loads(data)
        pages[record["url"]] = record["content"]
    return pages
