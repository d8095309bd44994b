"""`engine.build_site`, the one build behind `digest build` and the MkDocs plugin."""

import dataclasses
import re
import subprocess
import sys

import pytest

from conftest import copy_project
from digest.cli import load_settings
from digest.engine import ProblemsFound, build_site

BAD_ARTICLE = "---\ntitle: [a list never closed\n---\nThe council met on Monday.\n"


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path)


def generated(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.md")}


def test_a_build_with_nothing_changed_writes_nothing_and_lists_every_page(project):
    settings = load_settings(project / "mkdocs.yml")
    first = build_site(settings, settings.docs_dir)
    assert first.report is not None and "actors/vladimir-putin.md" in first.report.written
    pages = generated(settings.docs_dir)
    second = build_site(settings, settings.docs_dir)
    assert second.report is None and second.summary == first.summary
    assert second.pages == first.pages and "actors/vladimir-putin.md" in second.pages
    assert generated(settings.docs_dir) == pages


def test_a_strict_build_stops_on_a_bad_article_before_writing_and_a_lenient_one_publishes_the_rest(project):
    (project / "seeds/broken.txt").write_text(BAD_ARTICLE, encoding="utf-8")
    settings = load_settings(project / "mkdocs.yml")
    with pytest.raises(ProblemsFound) as stopped:
        build_site(settings, settings.docs_dir, strict=True)
    assert [p.path for p in stopped.value.problems] == ["seeds/broken.txt"]
    assert "nothing was written" in str(stopped.value)
    assert not (settings.docs_dir / "actors").exists() and not (settings.docs_dir / ".digest-pages.json").exists()
    built = build_site(settings, settings.docs_dir)
    assert [p.path for p in built.problems] == ["seeds/broken.txt"]
    assert (settings.docs_dir / "actors/vladimir-putin.md").exists()


def test_builds_in_processes_of_other_hash_seeds_write_the_same_pages_under_the_same_keys(tmp_path):
    """Same input, same pages: no set's or dict's order of strings, which varies with the hash seed between
    processes, may reach a page or its key (a key that varies remakes the page on every build)."""
    import json
    import os

    built = {}
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        project = copy_project(tmp_path / seed)
        result = subprocess.run([sys.executable, "-m", "digest.cli", "build"], cwd=project, capture_output=True,
                                text=True, timeout=600, env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        keys = json.loads((project / "docs/.digest-pages.json").read_text(encoding="utf-8"))["keys"]
        built[seed] = generated(project / "docs"), {uri: entry[0] for uri, entry in keys.items()}
    (pages, keys), (other_pages, other_keys) = built["1"], built["2"]
    assert pages == other_pages and "actors/vladimir-putin.md" in pages
    assert keys == other_keys and "actors/vladimir-putin.md" in keys


# A link between pages as `digest build` writes it (Markdown) and as the plugin hands it to MkDocs (an anchor).
PAGE_LINK = re.compile(rb'\[([^\[\]\n]*)\]\((?!https?:)[^()\s]*\)(?:\{ \.[\w-]+ \})?'
                       rb'|<a (?:class="[\w-]+" )?href="[^"]*">([^<]*)</a>')


def test_digest_build_and_the_plugin_write_the_same_pages_but_for_how_they_link(project):
    hand_written = set(generated(project / "docs"))
    result = subprocess.run([sys.executable, "-m", "digest.cli", "build"], cwd=project, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    written, stored = generated(project / "docs"), generated(project / ".digest-cache/pages")
    written = {uri: text for uri, text in written.items() if uri not in hand_written}
    assert written.keys() == stored.keys() and written != stored

    def linked_text(page: bytes) -> bytes:
        return PAGE_LINK.sub(lambda match: match.group(1) or match.group(2) or b"", page)

    assert {uri: linked_text(text) for uri, text in written.items()} == \
        {uri: linked_text(text) for uri, text in stored.items()}
    page = "articles/003_6bdd04a2754529d5.md"
    assert b"[Dmitry Peskov](../actors/dmitry-peskov.md)" in written[page]
    assert b'<a href="../../actors/dmitry-peskov/">Dmitry Peskov</a>' in stored[page]


def test_two_jobs_write_the_same_pages_as_one(tmp_path, monkeypatch):
    import digest.pipeline

    spawned = []
    real = digest.pipeline.iter_annotate
    monkeypatch.setattr(digest.pipeline, "iter_annotate",
                        lambda articles, nlp, n_process=1: spawned.append(n_process) or real(articles, nlp,
                                                                                              n_process=n_process))
    monkeypatch.setattr(digest.pipeline, "BATCH_SIZE", 4)  # the seeds are more than a "batch": workers start
    built = {}
    for jobs in (1, 2):
        (tmp_path / f"jobs-{jobs}").mkdir()
        project = copy_project(tmp_path / f"jobs-{jobs}")
        settings = dataclasses.replace(load_settings(project / "mkdocs.yml"), jobs=jobs)
        build_site(settings, settings.docs_dir)
        built[jobs] = generated(settings.docs_dir)
    assert spawned == [1, 2]
    assert built[1] == built[2] and "actors/vladimir-putin.md" in built[1]


def test_a_build_with_nothing_changed_reads_no_article_and_reports_the_problems_found_before(project, monkeypatch):
    from pathlib import Path

    from digest.read import seeds

    monkeypatch.setattr(seeds, "SETTLED_NS", 0)  # the seeds were just copied: trust their stamps at once
    (project / "seeds/broken.txt").write_text(BAD_ARTICLE, encoding="utf-8")
    settings = load_settings(project / "mkdocs.yml")
    first = build_site(settings, settings.docs_dir)
    read, real = [], Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.name) or real(path))
    second = build_site(settings, settings.docs_dir)
    assert second.report is None and second.problems == first.problems
    assert [p.path for p in second.problems] == ["seeds/broken.txt"]
    assert not [name for name in read if name.endswith(".txt")]
