"""The Pagefind index written after the site (digest/publish/search.py), on small sites written by hand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_project
from digest.publish.search import SearchIndexError, index_site, indexed_pages

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Home · Articles · Actors</nav>
{body}
</body></html>"""


def write_page(site: Path, path: str, body: str, title: str = "A page") -> None:
    target = site / path / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(PAGE.format(title=title, body=body), encoding="utf-8")


@pytest.fixture()
def site(tmp_path) -> Path:
    site = tmp_path / "site"
    write_page(site, "actors/tony-blair", '<div data-pagefind-body><span data-pagefind-filter="kind:actor"></span>'
               '<h1>Tony Blair<a class="headerlink" href="#">¶</a></h1><p>Prime minister.</p>'
               '<figure data-search-exclude>Gordon Brown</figure></div>')
    write_page(site, "quotes", "<h1>Quotes</h1><p>Tony Blair said things.</p>")  # no data-pagefind-body
    (site / "search").mkdir()
    (site / "search/search_index.json").write_text(json.dumps(
        {"config": {"lang": ["en"]}, "docs": [{"location": "", "title": "Home", "text": "every word"}]}))
    return site


def test_the_index_holds_the_marked_text_of_the_marked_pages(site):
    summary = index_site(site)
    assert "Indexed 1 page" in summary
    assert indexed_pages(site) == {"/actors/tony-blair/": "Tony Blair. Prime minister."}
    assert (site / "pagefind/pagefind.js").is_file()


def test_materials_lunr_index_keeps_its_settings_and_loses_its_documents(site):
    index_site(site)
    assert json.loads((site / "search/search_index.json").read_text()) == {"config": {"lang": ["en"]}, "docs": []}


def test_a_site_pagefind_cannot_index_is_a_one_line_error(tmp_path):
    with pytest.raises(SearchIndexError, match=r"^digest: Pagefind could not index .*missing"):
        index_site(tmp_path / "missing")



@pytest.mark.parametrize(("options", "searched"), [("enabled: false", True), ("pagefind: false", False)])
def test_the_pagefind_option_alone_decides_the_search(tmp_path, options, searched):
    """`enabled: false` switches off the digest's pages, not the search; `pagefind: false` gives the
    theme its own search back."""
    folder = copy_project(tmp_path)
    config = folder / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - digest:\n", f"  - digest:\n      {options}\n"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=folder, env=env, capture_output=True,
                           text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    site = folder / "site"
    html = (site / "about/index.html").read_text()
    assert ("digest-search.js" in html) == searched
    assert (site / "assets/javascripts/digest-search.js").is_file() == searched
    assert ("/about/" in indexed_pages(site)) if searched else not (site / "pagefind").exists()
