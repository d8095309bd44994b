"""The Pagefind index written after the site (digest/publish/search.py), on small sites written by hand."""

from __future__ import annotations

import gzip
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


def article_page(site: Path, slug: str, date: str | None, text: str) -> None:
    sort = f'<span data-pagefind-sort="date:{date}"></span>' if date else ""
    write_page(site, f"articles/{slug}", f'<div data-pagefind-body><span data-pagefind-filter="kind:article">'
               f'</span>{sort}<h1>{slug}</h1><p>{text}</p></div>')


def test_older_articles_go_into_bundles_of_their_own_newest_first(site, monkeypatch):
    monkeypatch.setattr("digest.publish.search.ARTICLES_PER_BUNDLE", 2)
    article_page(site, "talks-resume", "2025-03-02", "The talks resumed.")
    article_page(site, "talks-fail", "2025-01-20", "The talks failed.")
    article_page(site, "talks-begin", "2024-11-05", "The talks began.")
    article_page(site, "talks-undated", None, "Talks, some day.")
    summary = index_site(site)
    assert summary.endswith("; 1 older bundles: 2 pages")
    bundles = json.loads((site / "pagefind/bundles.json").read_text())
    assert bundles == {"older": ["older/1/"]}
    assert set(indexed_pages(site)) == {"/actors/tony-blair/",  # every bundle's pages
                                         "/articles/talks-resume/", "/articles/talks-fail/",
                                         "/articles/talks-begin/", "/articles/talks-undated/"}
    older = site / "pagefind/older/1"
    older_urls = {json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
                  for f in (older / "fragment").glob("*.pf_fragment")}
    assert older_urls == {"/articles/talks-begin/", "/articles/talks-undated/"}
    # The older bundle is an index only: the scripts and WebAssembly are the main bundle's.
    assert sorted(p.name for p in older.iterdir() if not p.name.endswith(".pf_meta")) == \
        ["filter", "fragment", "index", "pagefind-entry.json"]
    assert (site / "pagefind/pagefind.js").is_file() and (site / "pagefind/wasm.en.pagefind").is_file()


def test_a_site_of_few_articles_is_one_bundle(site):
    article_page(site, "talks-resume", "2025-03-02", "The talks resumed.")
    index_site(site)
    assert json.loads((site / "pagefind/bundles.json").read_text()) == {"older": []}
    assert not (site / "pagefind/older").exists()
