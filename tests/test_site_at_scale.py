"""A site of thousands of articles stays usable: short sidebar, actor pages grouped by month, lean search index."""

from __future__ import annotations

import dataclasses
import datetime as dt

import yaml

from conftest import ROOT
from digest.assemble import assemble
from digest.render import ACTOR_GROUP_AFTER, render_pages


def front_matter(page: str) -> dict:
    return yaml.safe_load(page.split("---\n", 2)[1])


def copies(annotated, count: int) -> list:
    """`count` copies of one annotated article, a week apart from 2 February 2025 back, and one undated."""
    result = []
    for n in range(count):
        date = dt.date(2025, 2, 2) - dt.timedelta(weeks=n) if n < count - 1 else None
        article = dataclasses.replace(annotated.article, id=f"copy-{n:02d}", path=f"seeds/copy-{n:02d}.txt", date=date)
        result.append(dataclasses.replace(annotated, article=article))
    return result


def test_an_actor_in_many_articles_has_them_grouped_by_month(annotated_seeds):
    articles = copies(annotated_seeds["003_6bdd04a2754529d5"], ACTOR_GROUP_AFTER + 2)
    page = render_pages(assemble(articles))["actors/dmitry-peskov.md"]
    headings = [line for line in page.splitlines() if line.startswith("### ")]
    assert headings == ["### February 2025", "### January 2025", "### December 2024", "### November 2024",
                        "### Undated"]
    assert page.index("### January 2025") < page.index("(../articles/copy-01.md)") < page.index("### December 2024")


def test_an_actor_in_few_articles_has_a_plain_list(annotated_seeds):
    page = render_pages(assemble(copies(annotated_seeds["003_6bdd04a2754529d5"], 3)))["actors/dmitry-peskov.md"]
    assert "### " not in page and page.count("- 2025-") == 2


def test_index_pages_that_repeat_titles_are_left_out_of_search(annotated_seeds):
    pages = render_pages(assemble(list(annotated_seeds.values())))
    assert front_matter(pages["actors/index.md"])["search"] == {"exclude": True}
    assert front_matter(pages["articles/index.md"])["search"] == {"exclude": True}
    assert "search" not in front_matter(pages["articles/003_6bdd04a2754529d5.md"])
    assert "search" not in front_matter(pages["actors/vladimir-putin.md"])


def test_the_sidebar_is_an_explicit_short_nav_in_tabs():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    def flatten(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            yield from flatten(value) if isinstance(value, list) else [value]

    pages = list(flatten(config["nav"]))
    assert len(pages) <= 12 and "articles/index.md" in pages and "actors/index.md" in pages
    assert not any(p.startswith(("articles/", "actors/", "topics/")) and not p.endswith("index.md") for p in pages)
    assert "navigation.tabs" in config["theme"]["features"]
