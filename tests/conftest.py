"""Shared fixtures: the seeds, the model loaded once per session, small articles made by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from digest.annotate.parse import annotate
from digest.annotate.nlp import DEFAULT_MODEL, load_model
from digest.annotate.analyse import analyse
from digest.resolve.registry import load_registry
from digest.read.articles import find_article_files, read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_IDS = ("000_757f1b2ff7ec1d9c", "001_c776b1ad787587dd", "003_6bdd04a2754529d5")


@pytest.fixture(scope="session")
def nlp():
    """The model as the project's builds load it: with the actor registry's entity ruler."""
    return load_model(DEFAULT_MODEL, registry().patterns())


def registry():
    return load_registry(ROOT / "actors.yml")


@pytest.fixture(scope="session")
def seed_articles():
    return {path.stem: read_article(path, ROOT)[0] for path in find_article_files(SEEDS)}


@pytest.fixture(scope="session")
def parsed_seeds(nlp, seed_articles):
    return {p.article.id: p for p in annotate(list(seed_articles.values()), nlp)}


@pytest.fixture(scope="session")
def annotated_seeds(parsed_seeds):
    return {article_id: analyse(parsed) for article_id, parsed in parsed_seeds.items()}


def copy_project(folder: Path) -> Path:
    """The project's site configuration, hand-written docs and seeds, copied into `folder`."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    for name in ("topics.yml", "actors.yml"):
        shutil.copy(ROOT / name, folder / name)
    for name in ("overrides", "seeds"):
        shutil.copytree(ROOT / name, folder / name)
    generated = shutil.ignore_patterns(".digest-pages.json", "index.md", "articles", "actors", "topics",
                                       "quotes.md", "quotes", "timeline.md", "timeline")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=generated)
    return folder


@pytest.fixture(scope="session")
def taxonomy():
    from digest.resolve.topics import load_taxonomy

    return load_taxonomy(ROOT / "topics.yml")


@pytest.fixture(scope="session")
def seed_digest(annotated_seeds, taxonomy):
    """The seeds assembled with the project's topic taxonomy."""
    from digest.resolve.assemble import assemble

    return assemble(list(annotated_seeds.values()), taxonomy=taxonomy)


@pytest.fixture()
def project(tmp_path):
    """A copy of the project in a temporary folder."""
    return copy_project(tmp_path)
