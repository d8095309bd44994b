"""The plugin's options are checked as mkdocs.yml is loaded: a wrong one is named, with what to do."""

import subprocess
import sys

import pytest

from conftest import copy_project


def with_options(project, *lines):
    config = project / "mkdocs.yml"
    options = "".join(f"      {line}\n" for line in lines)
    config.write_text(config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n" + options, 1),
                      encoding="utf-8")
    return project


@pytest.mark.parametrize("option, message", [
    ("jobs: 0", "Plugin 'digest' option 'jobs': must be 1 or more, not 0"),
    ("wait: -5", "Plugin 'digest' option 'wait': must be 0 or more, not -5"),
    ("topics: taxonomy.yml", "Plugin 'digest' option 'topics': the topic taxonomy 'taxonomy.yml' does not exist; "
                             "create it or correct the option in mkdocs.yml"),
])
def test_a_wrong_option_is_named_by_digest_build_and_mkdocs_build(tmp_path, option, message):
    project = with_options(copy_project(tmp_path), option)
    for command in (["digest.cli", "build"], ["mkdocs", "build"]):
        result = subprocess.run([sys.executable, "-m", *command], cwd=project, capture_output=True, text=True,
                                timeout=300)
        assert result.returncode != 0 and message in result.stderr, command
        assert "Traceback" not in result.stderr
    assert not (project / "docs/actors").exists()


def test_the_articles_folder_must_exist_to_build_but_not_to_add_an_article(tmp_path):
    project = with_options(copy_project(tmp_path))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("seeds: seeds", "seeds: articles", 1), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode != 0 and "the articles folder" in result.stderr and "does not exist" in result.stderr
    result = subprocess.run([sys.executable, "-m", "digest.cli", "new", "Harbour ferry terminal approved"],
                            cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    [added] = (project / "articles").iterdir()
    assert added.name.startswith("harbour-ferry-terminal-approved")


def test_materials_search_indexes_no_page_when_pagefind_answers_the_search_box(tmp_path):
    from types import SimpleNamespace

    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from digest.plugin import DigestPlugin

    project = copy_project(tmp_path)
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_config(config)
    search = config.plugins["material/search"]
    page = SimpleNamespace(meta={}, content='<h1 id="x">Peskov</h1><p>Dmitry Peskov said so.</p>', toc=[],
                           url="actors/dmitry-peskov/", title="Dmitry Peskov")
    search.on_page_context({}, page=page, config=config, nav=None)
    assert search.search_index.entries  # Material's own index: a document of each section

    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_config(config)
    search = config.plugins["material/search"]
    digest = next(plugin for plugin in config.plugins.values() if isinstance(plugin, DigestPlugin))
    digest.config.enabled = False  # the search box's part of on_files only
    digest.on_files(Files([]), config=config)
    search.on_page_context({}, page=page, config=config, nav=None)
    assert search.search_index.entries == []
