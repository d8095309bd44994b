"""The site's search, after the site is written: a Pagefind index in `site/pagefind/`.

Material's search plugin ships its whole lunr index to every reader (about 7 KB an article). Pagefind
splits its index into chunks and its results into fragments, so a query fetches only the chunks of its
words and the fragments of the results it shows (a reader's first query also loads Pagefind's list of
pages, a few bytes a page). The theme's search box stays: `overrides/main.html` points
Material's search worker at `digest/publish/assets/search-worker.js` (copied to WORKER_URI), which answers
Material's messages with Pagefind's results, and marks each page's text, kind and order for Pagefind.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

WORKER_URI = "assets/javascripts/digest-search.js"  # where the site serves the search worker
INDEX_FOLDER = "pagefind"  # Pagefind's index and scripts, under the site folder
LUNR_INDEX = "search/search_index.json"  # what Material's own search plugin writes
# Parts of a page that are not indexed: the charts (their names are in the page's text) and the headings'
# permalink signs. (An actor's page marks what follows its card `data-pagefind-ignore` itself.)
NOT_INDEXED = "[data-search-exclude], .headerlink"


class SearchIndexError(Exception):
    """Pagefind could not index the site; the message says why and what to do."""


def worker_script() -> str:
    """The search worker's JavaScript, shipped with the package."""
    return files("digest.publish").joinpath("assets/search-worker.js").read_text(encoding="utf-8")


def index_site(site: Path) -> str:
    """Write the Pagefind index of the built site into `site/pagefind/`; Pagefind's summary line.

    Material's lunr index (`search/search_index.json`), which the theme still fetches before it starts
    the search worker, is cut down to its settings: the worker does not read its documents.
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", INDEX_FOLDER,
               "--exclude-selectors", NOT_INDEXED]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(f"digest: could not run Pagefind ({error}); reinstall the project: "
                               "pip install -e .") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise SearchIndexError(f"digest: Pagefind could not index {site} (exit {done.returncode}): "
                               + " / ".join(detail))
    empty_lunr_index(site / LUNR_INDEX)
    return summary(done.stdout)


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
    """What Pagefind indexed: each page's URL ('/actors/x/') and its indexed text, from its fragments."""
    pages = {}
    for fragment in sorted((site / INDEX_FOLDER / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(FRAGMENT_SIGNATURE)
        record = json.loads(data)
        pages[record["url"]] = record["content"]
    return pages
