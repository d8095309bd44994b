"""The same checkout publishes the same digest with each engine: MkDocs 1.6, ProperDocs and Zensical.

MkDocs and ProperDocs run the digest through its plugin; Zensical runs no Python plugins, so
`digest build` first writes the pages into docs/ and Zensical publishes those files.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import copy_project
from digest.publish.search import indexed_pages

ENGINES = {
    "mkdocs": [sys.executable, "-m", "mkdocs", "build", "--strict"],
    "properdocs": ["properdocs", "build", "--strict", "-f", "mkdocs.yml"],
    "zensical": ["zensical", "build", "--clean"],
}


def engine_missing(name: str) -> str | None:
    if name == "mkdocs":
        return None
    executable = shutil.which(name, path=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    return None if executable else f"{name} is not installed (pip install -e '.[test]' installs it)"


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
           "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"]}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def build(name: str, folder: Path) -> Path:
    copy_project(folder)
    if name == "zensical":
        written = run([sys.executable, "-m", "digest.cli", "build"], folder)
        assert written.returncode == 0, written.stderr
    result = run(ENGINES[name], folder)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    """The seeds' site as each installed engine publishes it."""
    return {name: build(name, tmp_path_factory.mktemp(f"engine-{name}"))
            for name in sorted(ENGINES) if not engine_missing(name)}


@pytest.fixture(params=sorted(ENGINES))
def engine_site(request, sites):
    reason = engine_missing(request.param)
    if reason:
        pytest.skip(reason)
    return request.param, sites[request.param]


def search_hits(site: Path, word: str) -> set[str]:
    """The locations whose indexed text names `word`: in the Pagefind index the digest plugin writes
    (MkDocs, ProperDocs), else in the engine's own search index (Zensical, which runs no plugin)."""
    if (site / "pagefind").is_dir():
        return {url.removeprefix("/") for url, text in indexed_pages(site).items() if word in text}
    docs = json.loads((site / "search.json").read_text())["items"]
    return {doc["location"] for doc in docs if word in doc["title"] + doc["text"]}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("a", "link"):
            self.hrefs.extend(value for key, value in attrs if key == "href" and value)


def broken_links(site: Path) -> list[str]:
    broken = []
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue  # served from any depth, so its links are absolute by design
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for href in parser.hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
                continue
            base = page.parent.relative_to(site).as_posix()
            target = site / posixpath.normpath(posixpath.join(base, unquote(parts.path)))
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{page.relative_to(site)} -> {href}")
    return broken


def test_article_page_links_its_actors(engine_site):
    _, site = engine_site
    html = (site / "articles/003_6bdd04a2754529d5/index.html").read_text()
    assert 'href="../../actors/dmitry-peskov/"' in html
    assert "Russian President Vladimir Putin signaled he was open to ceasefire talks" in html


def test_actor_page_lists_its_articles(engine_site):
    _, site = engine_site
    html = (site / "actors/vladimir-putin/index.html").read_text()
    for article_id in ("000_757f1b2ff7ec1d9c", "001_c776b1ad787587dd", "003_6bdd04a2754529d5"):
        assert f'href="../../articles/{article_id}/"' in html


def test_search_finds_peskov(engine_site):
    _, site = engine_site
    hits = search_hits(site, "Peskov")
    assert "actors/dmitry-peskov/" in hits
    assert any(hit.startswith("articles/003_6bdd04a2754529d5/") for hit in hits)


def test_no_broken_internal_links(engine_site):
    _, site = engine_site
    assert broken_links(site) == []


def content_pages(site: Path) -> dict[str, list[str]]:
    """Each article and actor page with the internal links it makes, as the reader meets them."""
    pages = {}
    for page in sorted(site.glob("*/*/index.html")):
        if page.parts[-3] not in ("articles", "actors"):
            continue
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        pages[page.parent.relative_to(site).as_posix()] = sorted(
            {h for h in parser.hrefs if h.startswith("../../") and h.endswith("/")})
    return pages


def test_engines_publish_the_same_pages_and_links(sites):
    if len(sites) < 2:
        pytest.skip("only one engine is installed")
    published = {name: content_pages(site) for name, site in sites.items()}
    reference = published["mkdocs"]
    assert "actors/dmitry-peskov" in reference
    for name, pages in published.items():
        assert pages == reference, name
