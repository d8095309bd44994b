"""The whole path, as maintainers and contributors run it: `mkdocs build --strict`, `digest build`, `digest export`."""

import json
import os
import subprocess
import sys

import pytest
import yaml

from conftest import copy_project
from digest.annotate.nlp import ModelMissing, installed_model
from digest.publish.search import indexed_pages


def run(args, cwd, **kwargs):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    folder = copy_project(tmp_path_factory.mktemp("site-project"))
    before = docs_snapshot(folder)
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict"], folder)
    result.docs_before = before
    return folder, result


def docs_snapshot(folder):
    """Every file under docs/ with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in (folder / "docs").rglob("*") if p.is_file()}


def test_strict_build_succeeds_without_warnings(built_site):
    _, result = built_site
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr


def test_article_page_links_its_actors(built_site):
    folder, _ = built_site
    html = (folder / "site/articles/003_6bdd04a2754529d5/index.html").read_text()
    assert '<a href="../../actors/dmitry-peskov/">Dmitry Peskov</a>' in html
    assert "<strong>Undated</strong>" in html
    assert "Russian President Vladimir Putin signaled he was open to ceasefire talks" in html


def test_actor_page_lists_articles(built_site):
    folder, _ = built_site
    html = (folder / "site/actors/vladimir-putin/index.html").read_text()
    assert html.count('href="../../articles/') >= 3
    assert "<strong>Type:</strong> person" in html


def test_pagefind_index_finds_peskov(built_site):
    folder, _ = built_site
    locations = {url for url, text in indexed_pages(folder / "site").items() if "Peskov" in text}
    assert "/actors/dmitry-peskov/" in locations
    assert "/articles/003_6bdd04a2754529d5/" in locations
    assert "/actors/vladimir-putin/" not in locations  # an actor page indexes its card, not its companions


def test_the_theme_search_box_is_answered_by_pagefind(built_site):
    folder, _ = built_site
    html = (folder / "site/index.html").read_text()
    assert 'config.search = "assets/javascripts/digest-search.js"' in html
    assert (folder / "site/assets/javascripts/digest-search.js").read_text().startswith("/*")
    assert (folder / "site/pagefind/pagefind.js").is_file()
    # Material's lunr index, which the theme still fetches first, keeps its settings and no documents.
    assert json.loads((folder / "site/search/search_index.json").read_text())["docs"] == []


def test_generated_pages_are_not_written_into_docs(built_site):
    folder, result = built_site
    assert not (folder / "docs/articles").exists()
    assert docs_snapshot(folder) == result.docs_before  # hand-written pages untouched, nothing added


def test_digest_build_writes_pages_and_rewrites_nothing_unchanged(project):
    first = run([sys.executable, "-m", "digest.cli", "build"], project)
    assert first.returncode == 0, first.stderr
    assert (project / "docs/actors/vladimir-putin.md").exists()
    before = {p: p.stat().st_mtime_ns for p in (project / "docs").rglob("*.md")}
    second = run([sys.executable, "-m", "digest.cli", "build"], project)
    assert "0 pages written" in second.stdout
    assert {p: p.stat().st_mtime_ns for p in (project / "docs").rglob("*.md")} == before
    assert (project / "docs/about.md").read_text().startswith("# About this digest")


def test_export_prints_one_json_object_per_article(project, tmp_path):
    extra = tmp_path / "elsewhere.txt"
    extra.write_text("Kremlin spokesman Dmitry Peskov said talks would go on.\n")
    result = run([sys.executable, "-m", "digest.cli", "export", "seeds/001_c776b1ad787587dd.txt", str(extra)],
                 project)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["id"] for r in records) == ["001_c776b1ad787587dd", "elsewhere"]
    seed = next(r for r in records if r["id"] == "001_c776b1ad787587dd")
    assert seed["date"] is None and seed["path"] == "seeds/001_c776b1ad787587dd.txt"
    putin = next(a for a in seed["actors"] if a["name"] == "Vladimir Putin")
    assert putin["type"] == "person" and putin["mentions"] >= 5


def test_missing_model_is_one_clear_sentence():
    with pytest.raises(ModelMissing) as error:
        installed_model("xx_no_such_model")
    message = str(error.value)
    assert message == ("The spaCy model 'xx_no_such_model' is not installed: install it with "
                       "`pip install xx-no-such-model` or set the plugin's `model` option to an installed model.")


def test_an_articles_topics_are_tag_chips_linking_to_the_topic_pages(built_site):
    folder, _ = built_site
    html = (folder / "site/articles/000_757f1b2ff7ec1d9c/index.html").read_text()
    chips = html[html.index('<nav aria-label="Topics" class="md-tags">'):]
    chips = chips[:chips.index("</nav>")]
    assert '<a class="md-tag" href="../../topics/armed-conflict/">Armed conflict</a>' in chips
    assert '<a class="md-tag" href="../../topics/diplomacy/">Diplomacy</a>' in chips
    assert "Related coverage" in html and 'href="../001_c776b1ad787587dd/"' in html
    topic = (folder / "site/topics/armed-conflict/index.html").read_text()
    for article_id in ("000_757f1b2ff7ec1d9c", "001_c776b1ad787587dd", "003_6bdd04a2754529d5"):
        assert f'href="../../articles/{article_id}/"' in topic


def test_topics_are_browsed_from_the_topics_index_which_lists_no_article(built_site):
    """No page lists every article under each of its tags (Material's tags page grew with the archive): the
    Topics index names each topic once with its count, and the topic's own pages list its articles."""
    folder, _ = built_site
    site = folder / "site"
    assert not (site / "tags").exists() and not (site / "tags.json").exists()
    index = (site / "topics/index.html").read_text()
    main = index[index.index('<article class="md-content__inner'):index.index("</article>")]
    assert 'href="../articles/' not in main
    assert main.count('href="armed-conflict/"') == 1 and main.count('href="diplomacy/"') == 1
    assert 'href="topics/"' in (site / "index.html").read_text()  # the Topics tab


def test_the_timeline_is_browsed_not_searched(built_site):
    """Its rows are other pages' sentences and titles: a query finds the actors, topics and articles."""
    folder, _ = built_site
    indexed = indexed_pages(folder / "site")
    assert "/articles/000_757f1b2ff7ec1d9c/" in indexed
    assert not [url for url in indexed if url.startswith("/timeline/")]


def test_timeline_page_is_built_and_in_the_nav(built_site):
    folder, _ = built_site
    html = (folder / "site/timeline/index.html").read_text()
    assert "<strong>last August</strong>" in html and 'href="../articles/000_757f1b2ff7ec1d9c/"' in html
    assert 'href="timeline/"' in (folder / "site/index.html").read_text()


def test_feed_is_built_and_linked_from_the_site(built_site):
    folder, _ = built_site
    feed = (folder / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<entry>" in feed and 'href="articles/' in feed  # mkdocs.yml sets no site_url: links relative to the feed
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml"' in home
    assert 'href="./feed.xml" type="application/atom+xml">Atom feed of the latest articles</a>' in home
    article = next((folder / "site" / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'type="application/atom+xml" title="News Digest (Atom feed)" href="../../feed.xml"' in article


def test_mkdocs_build_renders_only_changed_pages_and_reads_the_rest_from_the_cache(project):
    def build():
        result = run([sys.executable, "-m", "mkdocs", "build", "--strict"], project)
        assert result.returncode == 0, result.stderr
        return result.stderr

    def store():
        return {p.relative_to(pages).as_posix(): p.stat().st_mtime_ns for p in pages.rglob("*.md")}

    pages = project / ".digest-cache/pages"
    assert "generated pages written" in build()
    first = store()
    assert "actors/vladimir-putin.md" in first and not (project / "docs/actors").exists()
    # Nothing changed: the digest is not even assembled, and MkDocs reads the kept pages.
    log = build()
    assert "generated pages written" not in log and "generated pages ready" in log
    assert store() == first
    # One article edited: its page and its actors' pages are made again, no other page.
    seed = project / "seeds/001_c776b1ad787587dd.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("said on Thursday", "declared on Thursday", 1),
                    encoding="utf-8")
    build()
    now = store()
    changed = {uri for uri, mtime in now.items() if first.get(uri) != mtime}
    assert "articles/001_c776b1ad787587dd.md" in changed and "actors/vladimir-putin.md" in changed
    meta = yaml.safe_load((pages / "articles/001_c776b1ad787587dd.md").read_text(encoding="utf-8").split("---\n")[1])
    its_actors = {f"actors/{a['id']}.md" for group in meta["actors"].values() for a in group}
    others = [uri for uri in first if uri.startswith("actors/") and uri not in its_actors | {"actors/index.md"}]
    assert others and not changed & set(others)
    assert "declared on Thursday" in (project / "site/articles/001_c776b1ad787587dd/index.html").read_text()
    # A damaged record of the kept pages: every page is made again, none is lost.
    (pages / ".digest-pages.json").write_text("{ not json")
    log = build()
    assert "hand-written" not in log and (project / "site/actors/vladimir-putin/index.html").exists()


def test_mkdocs_build_without_a_cache_folder_keeps_the_pages_in_a_temporary_folder(project):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      cache_dir: ''\n", 1),
                      encoding="utf-8")
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    assert (project / "site/actors/vladimir-putin/index.html").exists() and not (project / ".digest-cache").exists()


def test_a_page_digest_build_left_in_docs_is_not_published_once_its_article_is_gone(project):
    assert run([sys.executable, "-m", "digest.cli", "build"], project).returncode == 0
    (project / "seeds/003_6bdd04a2754529d5.txt").unlink()
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    assert (project / "docs/articles/003_6bdd04a2754529d5.md").exists()  # docs/ is not the plugin's to clean
    assert not (project / "site/articles/003_6bdd04a2754529d5").exists()
    assert (project / "site/articles/001_c776b1ad787587dd/index.html").exists()
