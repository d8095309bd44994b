"""A site of thousands of articles stays usable: short sidebar, actor pages grouped by month, lean search index."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import markdown
import yaml

from conftest import ROOT
from digest.resolve.assemble import assemble
from digest.render.pages import render_pages
from digest.render.sections import GROUP_AFTER, SECTION_WORDS


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


def same_month(annotated, count: int) -> list:
    """`count` copies of one annotated article, all published in January 2025."""
    result = []
    for n in range(count):
        article = dataclasses.replace(annotated.article, id=f"copy-{n:02d}", path=f"seeds/copy-{n:02d}.txt",
                                      date=dt.date(2025, 1, 31) - dt.timedelta(days=n % 28))
        result.append(dataclasses.replace(annotated, article=article))
    return result


def sections(page: str) -> dict[str, str]:
    """A page's text by heading (what a search engine indexes as one section), without lines of HTML tags."""
    text = re.sub(r"(?m)^</?div[^>]*>$", "", page.split("---\n", 2)[2])
    parts = re.split(r"(?m)^(#+ .*)$", text)
    return {heading: text for heading, text in zip(parts[1::2], parts[2::2])}


def test_an_actor_in_many_articles_has_them_grouped_by_month(annotated_seeds):
    articles = copies(annotated_seeds["003_6bdd04a2754529d5"], GROUP_AFTER + 2)
    page = render_pages(assemble(articles))["actors/dmitry-peskov.md"]
    listed, quoted = page.split("\n## Articles\n")[1].split("\n## Quotes\n")
    months = ["### February 2025", "### January 2025", "### December 2024", "### November 2024", "### Undated"]
    assert [line for line in listed.splitlines() if line.startswith("### ")] == months
    assert listed.index("### January 2025") < listed.index("(../articles/copy-01.md)") < listed.index("### December 2024")
    # His quotes too: each month's, under its heading, newest first.
    quoted = quoted.split("\n## ")[0]
    assert [line for line in quoted.splitlines() if line.startswith("### ")] == months
    assert quoted.index("### December 2024") < quoted.index("(../articles/copy-09.md#") < quoted.index("### November 2024")


def test_no_section_of_a_busy_month_is_too_long_to_index(annotated_seeds):
    pages = render_pages(assemble(same_month(annotated_seeds["003_6bdd04a2754529d5"], 80)))
    actor = sections(pages["actors/dmitry-peskov.md"])
    assert "### January 2025 (part 2)" in actor  # 80 articles' quotes of one month: cut into parts
    timeline = sections(pages["timeline.md"])
    assert "### February 2022" in timeline and "### February 2022 (part 2)" in timeline
    for uri in ("actors/dmitry-peskov.md", "actors/donald-trump.md", "quotes.md", "timeline.md"):
        longest = max(sections(pages[uri]).items(), key=lambda pair: len(pair[1].split()))
        assert len(longest[1].split()) <= SECTION_WORDS, (uri, longest[0])
    # Nothing is lost in the cutting: every copy's quotes are on the actor's page.
    assert all(f"(../articles/copy-{n:02d}.md#" in pages["actors/dmitry-peskov.md"] for n in range(80))


def test_the_quotes_page_shows_each_speakers_newest_quotes_and_links_the_rest(annotated_seeds):
    page = render_pages(assemble(same_month(annotated_seeds["003_6bdd04a2754529d5"], 20)))["quotes.md"]
    assert front_matter(page)["search"] == {"exclude": True}  # the quotes are searched on their own pages
    trump = sections(page)["## [Donald Trump](actors/donald-trump.md)"]
    assert trump.count("\n- “") == 3 and "(articles/copy-00.md#" in trump  # the newest first
    assert "[All 40 quotes of Donald Trump](actors/donald-trump.md#quotes)" in trump
    html = markdown.markdown(trump)  # the link is a paragraph of its own, not in the last quote's line
    assert '<p><a href="actors/donald-trump.md#quotes">All 40 quotes of Donald Trump</a></p>' in html


def test_an_actor_in_few_articles_has_a_plain_list(annotated_seeds):
    page = render_pages(assemble(copies(annotated_seeds["003_6bdd04a2754529d5"], 3)))["actors/dmitry-peskov.md"]
    assert "### " not in page and page.count("- 2025-") == 2


def test_index_pages_that_repeat_titles_are_left_out_of_search(annotated_seeds):
    pages = render_pages(assemble(list(annotated_seeds.values())))
    assert front_matter(pages["actors/index.md"])["search"] == {"exclude": True}
    assert front_matter(pages["articles/index.md"])["search"] == {"exclude": True}
    assert "search" not in front_matter(pages["articles/003_6bdd04a2754529d5.md"])
    assert "exclude" not in front_matter(pages["actors/vladimir-putin.md"])["search"]  # searched, with a boost


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


def test_many_undated_articles_are_listed_once_in_the_archive_and_linked_from_the_timeline(annotated_seeds):
    annotated = annotated_seeds["003_6bdd04a2754529d5"]
    undated = [dataclasses.replace(a, article=dataclasses.replace(a.article, date=None))
               for a in copies(annotated, GROUP_AFTER + 2)]
    pages = render_pages(assemble(undated))
    timeline = sections(pages["timeline.md"])["## Undated articles"]
    assert "12 articles have no publication date: [the archive](articles/index.md#undated) lists them." in timeline
    assert "copy-00" not in timeline
    archive = sections(pages["articles/index.md"])["## Undated"]
    assert all(f"(copy-{n:02d}.md)" in archive for n in range(12))


def test_statements_and_month_headings_render_as_rules_and_headings_not_as_list_text(annotated_seeds):
    def html_of(page: str) -> str:
        return markdown.markdown(page.split("---\n", 2)[2], extensions=["md_in_html", "attr_list"])

    few = html_of(render_pages(assemble(copies(annotated_seeds["003_6bdd04a2754529d5"], 3)))["actors/dmitry-peskov.md"])
    assert few.split("Same statement, different words</h2>")[1].count("<hr />") == 1  # between his two statements
    many = html_of(render_pages(assemble(same_month(annotated_seeds["003_6bdd04a2754529d5"], 80)))["actors/dmitry-peskov.md"])
    assert "<h3>January 2025 (part 2)</h3>" in many
    for html in (few, many):
        assert not re.search(r"<h\d>- ", html)  # a list line above "---" would become a heading


def test_long_indexes_are_split_into_pages_of_at_most_index_rows(annotated_seeds, monkeypatch):
    import digest.render.indexes
    import digest.render.sections

    monkeypatch.setattr(digest.render.sections, "INDEX_ROWS", 4)
    monkeypatch.setattr(digest.render.indexes, "SPEAKERS_PER_PAGE", 2)
    digest_ = assemble(same_month(annotated_seeds["003_6bdd04a2754529d5"], 6))
    pages = render_pages(digest_)
    # The timeline: the chart and the months on "timeline.md", each month's events on pages of their own.
    timeline = sorted(uri for uri in pages if uri == "timeline.md" or uri.startswith("timeline/"))
    assert timeline == ["timeline.md", "timeline/2022-02.md", "timeline/2022-02/2.md"]
    assert [pages[uri].count("\n- **") for uri in timeline] == [0, 4, 2]
    assert "digest-timeline" in pages["timeline.md"] and "digest-timeline" not in pages["timeline/2022-02.md"]
    assert "- [February 2022](timeline/2022-02.md) · 6 dates" in pages["timeline.md"]
    assert "**Pages:** [1](../2022-02.md) · **2**" in pages["timeline/2022-02/2.md"]
    assert front_matter(pages["timeline/2022-02/2.md"])["title"] == "Timeline: February 2022 (page 2)"
    # The quotes: the two most quoted speakers on "quotes.md", every speaker on the pages by name, two a page.
    speakers = sorted(a.name for a in digest_.actors if a.quoted)
    by_name = [uri for uri in pages if uri.startswith("quotes/by-name/")]
    assert pages["quotes.md"].count("\n## ") == 2 and all(pages[uri].count("\n## ") <= 2 for uri in by_name)
    assert sorted(line.split("](")[0].removeprefix("## [") for uri in by_name for line in pages[uri].splitlines()
                  if line.startswith("## ")) == speakers
    assert "[D](quotes/by-name/d.md)" in pages["quotes.md"] and front_matter(pages["quotes/by-name/d.md"])["title"] == \
        "Quotes: D"
    # The archive: the months, then each month's articles on pages of their own, four a page, newest first.
    archive = sorted(uri for uri in pages if uri == "articles/index.md" or uri.startswith("articles/index/"))
    assert archive == ["articles/index.md", "articles/index/2025-01.md", "articles/index/2025-01/2.md"]
    assert [pages[uri].count("\n- 2025-") for uri in archive] == [0, 4, 2]
    assert "- [January 2025](index/2025-01.md) · 6 articles" in pages["articles/index.md"]
    assert "- 2025-01-27 · [" in pages["articles/index/2025-01/2.md"] and "](../../copy-04.md)" in pages[archive[2]]
    # The actors: every actor with a page is listed once, under its initial.
    listed = [line for uri, page in pages.items() if uri.startswith("actors/by-name/")
              for line in page.splitlines() if line.startswith("| [")]
    assert len(listed) == sum(1 for a in digest_.actors if a.has_page)
    assert all(pages[uri].count("\n| [") <= 4 for uri in pages if uri.startswith("actors/by-name/"))
    assert all(front_matter(pages[uri])["search"] == {"exclude": True} for uri in pages
               if uri.startswith(("actors/by-name/", "quotes")))


def test_the_timeline_links_the_archive_page_of_the_undated_articles(annotated_seeds, monkeypatch):
    import digest.render.sections

    monkeypatch.setattr(digest.render.sections, "INDEX_ROWS", 5)
    articles = copies(annotated_seeds["003_6bdd04a2754529d5"], 18)
    articles = articles[:6] + [dataclasses.replace(a, article=dataclasses.replace(a.article, date=None))
                               for a in articles[6:]]  # 6 dated, then 12 undated: from the archive's page 2
    pages = render_pages(assemble(articles))
    assert "## Undated" in pages["articles/index/undated.md"] and "## Undated" not in pages["articles/index.md"]
    assert "12 articles have no publication date: [the archive](articles/index/undated.md#undated) lists them." \
        in pages["timeline.md"]


def test_a_prominent_actors_and_a_big_topics_lists_go_on_further_pages(annotated_seeds, monkeypatch):
    import digest.render.actor
    import digest.render.sections

    monkeypatch.setattr(digest.render.sections, "INDEX_ROWS", 4)
    monkeypatch.setattr(digest.render.actor, "ACTOR_ROWS", {"articles": 4, "quotes": 100, "versions": 100})
    digest_ = assemble(copies(annotated_seeds["003_6bdd04a2754529d5"], 10))
    pages = render_pages(digest_)
    # An actor in ten articles: the card, the charts and the four newest articles on its page, then 4 and 2.
    peskov = sorted(uri for uri in pages if uri == "actors/dmitry-peskov.md" or uri.startswith("actors/dmitry-peskov/"))
    assert peskov == ["actors/dmitry-peskov.md", "actors/dmitry-peskov/2.md", "actors/dmitry-peskov/3.md"]
    listed = [pages[uri].split("\n## Articles\n")[1].split("\n## ")[0].count("\n- ") for uri in peskov[:3]]
    assert listed == [4, 4, 2]
    assert "(../articles/copy-00.md)" in pages[peskov[0]] and "(../../articles/copy-09.md)" in pages[peskov[2]]
    assert "digest-card" in pages[peskov[0]] and "digest-card" not in pages[peskov[1]]
    assert "**Pages:**" in pages[peskov[0]] and "[2](dmitry-peskov/2.md)" in pages[peskov[0]]
    assert front_matter(pages[peskov[1]]) == {"title": "Dmitry Peskov (page 2)", "search": {"exclude": True},
                                              "generator": "digest"}
    assert front_matter(pages[peskov[0]])["articles"] == 10  # the card counts them all
    # Statements go by their versions: ten a page, and each of his statements has ten (one an article).
    monkeypatch.setattr(digest.render.actor, "ACTOR_ROWS", {"articles": 100, "quotes": 100, "versions": 10})
    pages = render_pages(digest_)
    statements = [s for s in digest_.statements if s.speaker == "dmitry-peskov"]
    assert len(statements) > 1 and all(len(s.versions) == 10 for s in statements)
    peskov = [uri for uri in pages if uri == "actors/dmitry-peskov.md" or uri.startswith("actors/dmitry-peskov/")]
    assert len(peskov) == len(statements)
    assert all(pages[uri].split("## Same statement, different words")[1].count("\n- “") == 10 for uri in peskov)
    # A topic of ten articles: four a page.
    topic = next(t for t in digest_.topics if len(t.articles) == 10)
    uri = f"topics/{topic.slug}.md"
    assert [pages[u].count("\n- 20") + pages[u].count("\n- Undated") for u in
            (uri, f"topics/{topic.slug}/2.md", f"topics/{topic.slug}/3.md")] == [4, 4, 2]
    assert front_matter(pages[f"topics/{topic.slug}/3.md"])["title"] == f"{topic.label} (page 3)"
    # The topics index: every key phrase once, four a page; all of it out of the search.
    indexes = [u for u in pages if u == "topics/index.md" or u.startswith("topics/index/")]
    phrases = sum(1 for t in digest_.topics if t.source == "key phrase")
    assert len(indexes) == max(1, -(-phrases // 4))
    assert all(front_matter(pages[u])["search"] == {"exclude": True} for u in indexes)


def test_the_topics_index_lists_every_key_phrase_by_initial_once_they_outgrow_a_page(seed_digest, monkeypatch):
    import digest.render.sections
    from digest.model import Topic

    monkeypatch.setattr(digest.render.sections, "INDEX_ROWS", 2)
    ids = [a.article.id for a in seed_digest.articles]
    more = tuple(Topic(label.lower().replace(" ", "-"), label, "key phrase", None, tuple(ids[:n]))
                 for label, n in [("Alpha talks", 3), ("Apple deal", 2), ("Beta vote", 1), ("Gamma plan", 3)])
    phrases = sorted([t for t in seed_digest.topics if t.source == "key phrase"] + list(more),
                     key=lambda topic: (-len(topic.articles), topic.label))  # most articles first, as assigned
    subjects = tuple(t for t in seed_digest.topics if t.source == "taxonomy")
    pages = render_pages(dataclasses.replace(seed_digest, topics=subjects + tuple(phrases)))
    index = pages["topics/index.md"]
    assert "## Subjects" in index and index.count("| [") == 2 + 2  # the subjects, and the two with the most articles
    assert "| [Alpha talks](alpha-talks.md) | 3 |" in index and "| [Gamma plan](gamma-plan.md) | 3 |" in index
    assert "[A](index/a.md) · [B](index/b.md) · [C](index/c.md) · [G](index/g.md)" in index
    by_initial = sorted(uri for uri in pages if uri.startswith("topics/index/"))
    assert by_initial == ["topics/index/a.md", "topics/index/b.md", "topics/index/c.md", "topics/index/g.md"]
    assert "| [Apple deal](../apple-deal.md) | 2 |" in pages["topics/index/a.md"] and "## Subjects" not in \
        pages["topics/index/a.md"]
    assert front_matter(pages["topics/index/a.md"])["title"] == "Topics: A"
