"""Article text is text: a site built from hostile articles carries no markup or script from them."""

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from digest.publish.search import indexed_pages, worker_script

from conftest import copy_project

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
# A file name that is itself hostile; made here because not every file system allows it in the repository.
HOSTILE_NAME = "<img src=x onerror=alert(1)> ..name.md"


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of every script element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    folder = copy_project(tmp_path_factory.mktemp("hostile-project"))
    shutil.rmtree(folder / "seeds")
    shutil.copytree(HOSTILE, folder / "seeds")
    (folder / "seeds" / HOSTILE_NAME).write_text("A short article about Carol White in London.\n", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "site"


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")
            if not p.relative_to(site).as_posix().startswith("assets/")}


def test_no_page_carries_a_script_handler_or_javascript_link_from_an_article(hostile_site):
    found = pages(hostile_site)
    assert "articles/hostile-body/index.html" in found and "topics/index.html" in found
    for name, html in found.items():
        elements = parse(html)
        assert not [s for s in elements.scripts if "alert(" in s], name
        assert not [(t, a) for t, a in elements.tags if t in ("img", "iframe", "b") and "alert" in str(a)], name
        for tag, attrs in elements.tags:
            assert not [k for k in attrs if k.startswith("on")], (name, tag, attrs)
            for key in ("href", "src", "action"):
                assert not (attrs.get(key) or "").strip().lower().startswith("javascript:"), (name, tag, attrs)


def test_hostile_body_appears_literally(hostile_site):
    text = "".join(parse((hostile_site / "articles/hostile-body/index.html").read_text()).text)
    for literal in ('<script>alert("body")</script>', '<img src=x onerror=alert("img")>', "<b>bold</b>",
                    '[this link](javascript:alert("link"))', "{{ config.site_name }}", '{% include "x" %}',
                    "{# comment #}", "---", "title: not front matter date: 2025-13-45"):
        assert literal in text, literal
    assert "The last line mentions" in text  # a `---` line in the body does not end the article


def test_hostile_front_matter_appears_literally_in_title_nav_and_tags(hostile_site):
    html = (hostile_site / "articles/hostile-front-matter/index.html").read_text()
    title = "<script>alert('title')</script> and <img src=x onerror=alert('t')> </title><script>alert(9)</script>"
    assert html.count("<title>") == 1 and html.count("</title>") == 1
    assert f"<title>{title.replace('<', '&lt;').replace('>', '&gt;')} - News Digest</title>" in html
    text = " ".join(parse(html).text)
    assert text.count(title) >= 2  # the heading and the header bar
    assert "<script>alert('source')</script> {{ config }}" in text
    assert "<b onmouseover=alert('a')>Mallory</b>" in text and "<script>alert('tag')</script>" in text
    assert "Original article" not in text  # a javascript: url is not linked
    chips = [attrs for tag, attrs in parse(html).tags if tag == "span" and attrs.get("class") == "md-tag"]
    assert len(chips) == 4  # the front matter's tags, as chips linking nowhere (they are no topic)
    for literal in ("<script>alert('tag')</script>", "../../etc", ".hidden", "{{ tag }}"):
        assert literal in text


def test_search_index_keeps_hostile_titles_as_text(hostile_site):
    # Pagefind's fragments hold each page's text as text (the title as the reader saw it); Pagefind's
    # excerpts escape "<" and ">", and the search worker escapes the titles (assets/search-worker.js).
    pages = indexed_pages(hostile_site)
    assert pages["/articles/hostile-front-matter/"].startswith("<script>alert(")
    assert "title: escapeHTML(data.meta.title" in worker_script()


def test_names_from_text_become_safe_slugs(hostile_site):
    for path in hostile_site.rglob("*"):
        for part in path.relative_to(hostile_site).parts:
            assert part.isascii() and not part.startswith("..") and "<" not in part and " " not in part, path
    assert (hostile_site / "articles/img-src-x-onerror-alert-1-name/index.html").is_file()
