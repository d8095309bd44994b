"""The index pages: home, the archive, the Actors and Topics indexes and the Quotes pages, each split into
pages of `sections.INDEX_ROWS` rows or fewer so that none grows with the archive."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

import jinja2

from digest.model import Actor, AnnotatedArticle, Digest, Quote
from digest.publish.output import Planned
from digest.render.article import TYPE_GROUPS, article_actors, grouped
from digest.render.charts import actor_network
from digest.render import sections
from digest.render.sections import by_month, sectioned, words
from digest.render.site import (NOT_SEARCHED, Markdown, Site, actor_href, front_matter, keyed_groups,
                                keyed_index_page, render_index_page)


T = TypeVar("T")
HOME_ARTICLES = 20
QUOTES_PER_SPEAKER = 3  # the Quotes page shows a speaker's newest quotes; the actor's page has them all


def quotes_pages(env: jinja2.Environment, digest: Digest, site: Site,
                 said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]], code: str = "") -> dict[str, Planned]:
    """The Quotes index: speakers, most quoted first, each with their newest quotes. While SPEAKERS_PER_PAGE
    speakers or fewer are quoted, "quotes.md" shows them all; beyond, it shows the SPEAKERS_PER_PAGE most
    quoted, and every speaker is on the pages by name ("quotes/by-name/a.md", split when long). The quotes of
    unnamed sources, newest first, on "quotes/unnamed.md", by month when there are more than INDEX_ROWS
    ("quotes/unnamed/2005-03.md"). The pages by name and by month are keyed by what they show (`code`: the
    code and how links are written), so an added article changes the pages of its speakers and months only."""
    speakers = [(digest.actor(actor_id), quotes) for actor_id, quotes in said.items() if actor_id]
    speakers.sort(key=lambda pair: (-len(pair[1]), pair[0].name))
    rows = {actor.id: speaker_row(site, actor, quotes) for actor, quotes in speakers}
    unnamed = said.get(None, [])
    planned, unnamed_uri = unnamed_quotes_pages(env, site, unnamed, code)
    initials = by_initial([actor for actor, _ in speakers], lambda actor: actor.id) \
        if len(speakers) > SPEAKERS_PER_PAGE else {}
    nav = [(letter_label(letter), f"quotes/by-name/{letter}.md") for letter in initials]
    by_name, _ = keyed_groups(
        env, code, site, "quotes.md.j2", "quotes/by-name", "Quotes",
        {letter: (letter_label(letter), [rows[a.id] for a in found]) for letter, found in initials.items()},
        lambda label, chunk: {"speakers": chunk, "letters": nav, "unnamed_uri": unnamed_uri, "unnamed_count": None,
                              "by_name": True}, SPEAKERS_PER_PAGE)
    planned.update(by_name)
    top = [rows[actor.id] for actor, _ in speakers[:SPEAKERS_PER_PAGE]]
    planned["quotes.md"] = Planned(None, lambda: render_index_page(
        env, "quotes.md.j2", "Quotes", speakers=top, letters=nav, pager=[], here="quotes.md",
        unnamed_uri=unnamed_uri, unnamed_count=len(unnamed), by_name=False,
        a=site.links("quotes.md")))
    return planned


def speaker_row(site: Site, actor: Actor, quotes: Sequence[tuple[AnnotatedArticle, Quote]]) -> tuple:
    """A speaker as the Quotes index shows them: name, page (None without one), number of quotes, and the newest
    QUOTES_PER_SPEAKER quotes (text, article title, link to the quote, date)."""
    shown = [(quote.text, annotated.article.title, f"{site.article_uri[annotated.article.id]}#{quote.id}",
              annotated.article.date.isoformat() if annotated.article.date else None)
             for annotated, quote in quotes[:QUOTES_PER_SPEAKER]]
    return actor.name, site.actor_uri.get(actor.id), len(quotes), shown


def unnamed_quotes_pages(env: jinja2.Environment, site: Site, quotes: Sequence[tuple[AnnotatedArticle, Quote]],
                         code: str) -> tuple[dict[str, Planned], str | None]:
    """The pages of the quotes of unnamed sources (`quotes_pages`), and the first one's path (None: no such quote)."""
    if not quotes:
        return {}, None
    home = "quotes/unnamed.md"
    if len(quotes) <= sections.INDEX_ROWS:
        return {home: keyed_index_page(env, code, site, "quotes_unnamed.md.j2", home,
                                       "Quotes of unnamed sources", months=unnamed_sections(site, quotes),
                                       month_links=[], pager=[])}, home
    planned, month_links = keyed_groups(
        env, code, site, "quotes_unnamed.md.j2", "quotes/unnamed", "Quotes of unnamed sources",
        {month_slug(found[0][0].article.date): (label, found)
         for label, found in by_month(quotes, lambda pair: pair[0].article.date).items()},
        lambda label, found: {"months": unnamed_sections(site, found), "month_links": []})
    planned[home] = keyed_index_page(env, code, site, "quotes_unnamed.md.j2", home,
                                     "Quotes of unnamed sources", months={}, month_links=month_links, pager=[])
    return planned, home


def unnamed_sections(site: Site, quotes: Sequence[tuple[AnnotatedArticle, Quote]]) -> dict[str, list[tuple]]:
    """Quotes of unnamed sources in sections (`sectioned`), each as (text, speaker, article title, link)."""
    return {heading: [(quote.text, quote.speaker, annotated.article.title,
                       f"{site.article_uri[annotated.article.id]}#{quote.id}") for annotated, quote in found]
            for heading, found in sectioned(quotes, lambda pair: pair[0].article.date,
                                            lambda pair: words(pair[1].text, pair[1].speaker,
                                                               pair[0].article.title)).items()}


SPEAKERS_PER_PAGE = 100  # with up to QUOTES_PER_SPEAKER quotes each: about INDEX_ROWS rows


def topics_index_pages(env: jinja2.Environment, digest: Digest, site: Site, code: str = "") -> dict[str, Planned]:
    """The Topics index: the taxonomy's subjects, then the key phrases, most articles first. While there are
    INDEX_ROWS key phrases or fewer, "topics/index.md" shows them all; beyond (key phrases grow with the
    archive), it shows the INDEX_ROWS with the most articles, and every key phrase is on the pages by initial
    ("topics/index/a.md", split when long), keyed by what they show (`code`: the code and how links are
    written). Out of the search like the other indexes."""
    def rows(topics: Sequence) -> list[tuple[str, str, int]]:
        return [(topic.label, site.topic_uri[topic.slug], len(topic.articles)) for topic in topics]

    subjects = rows([t for t in digest.topics if t.source == "taxonomy"])
    phrases = [t for t in digest.topics if t.source == "key phrase"]
    planned: dict[str, Planned] = {}
    letters: list[tuple[str, str]] = []
    if len(phrases) > sections.INDEX_ROWS:
        initials = by_initial(phrases, lambda topic: topic.slug)
        letters = [(letter_label(letter), f"topics/index/{letter}.md") for letter in initials]
        planned, _ = keyed_groups(env, code, site, "topics_index.md.j2", "topics/index", "Topics",
                                  {letter: (letter_label(letter), rows(found)) for letter, found in initials.items()},
                                  lambda label, chunk: {"subjects": [], "phrases": chunk, "letters": letters})
    top = rows(phrases[:sections.INDEX_ROWS])
    planned["topics/index.md"] = Planned(None, lambda: render_index_page(
        env, "topics_index.md.j2", "Topics", subjects=subjects, phrases=top, letters=letters, pager=[],
        here="topics/index.md", a=site.links("topics/index.md")))
    return planned


def actors_index_pages(env: jinja2.Environment, digest: Digest, site: Site, code: str = "") -> dict[str, Planned]:
    """The Actors index (the network, and the ACTORS_SHOWN most prominent of each type) and every actor
    with a page by name: a page per initial ("actors/by-name/a.md"), split when long, keyed by what it shows
    (`code`: the code and how links are written), so an added article changes the pages of its actors' initials
    only."""
    paged = [actor for actor in digest.actors if actor.has_page]
    initials = by_initial(paged, lambda actor: actor.id)
    groups = {letter: (letter_label(letter), [(actor.name, site.actor_uri[actor.id], actor.type, actor.prominence,
                                                len(actor.appearances)) for actor in actors])
              for letter, actors in initials.items()}
    nav = [(letter_label(letter), f"actors/by-name/{letter}.md") for letter in initials]
    planned, links = keyed_groups(env, code, site, "actors_by_name.md.j2", "actors/by-name", "Actors",
                                  groups, lambda label, rows: {"actors": rows, "letters": nav},
                                  part_label=lambda n, rows: f"{rows[0][0]} to {rows[-1][0]}")
    planned["actors/index.md"] = Planned(None, lambda: render_actors_index(env, digest, site, paged, links))
    return planned


ACTORS_SHOWN = 50  # actors of each type on the Actors index; every one is on the pages by name


def by_initial(items: Sequence[T], slug: Callable[[T], str]) -> dict[str, list[T]]:
    """Items in the order of their slugs, under the letter each is listed under by name: its slug's first (ASCII,
    transliterated), else "other"."""
    found: dict[str, list[T]] = {}
    for item in sorted(items, key=slug):
        first = slug(item)[:1]
        found.setdefault(first if "a" <= first <= "z" else "other", []).append(item)
    return found


def letter_label(letter: str) -> str:
    return "Others" if letter == "other" else letter.upper()


def render_actors_index(env: jinja2.Environment, digest: Digest, site: Site, paged: Sequence[Actor],
                        letters: Sequence[tuple[str, str, int]]) -> str:
    uri = "actors/index.md"
    ranked = sorted(paged, key=lambda actor: (-actor.prominence, actor.name, actor.id))  # most prominent first
    found = grouped((actor, actor.mentions) for actor in ranked)
    groups = {type_: found[type_][:ACTORS_SHOWN] for type_, _, _ in TYPE_GROUPS}
    totals = Counter(actor.type for actor in paged)
    return env.get_template("actors_index.md.j2").render(
        front_matter=front_matter({"title": "Actors", **NOT_SEARCHED}), groups=groups, type_groups=TYPE_GROUPS,
        totals=totals, letters=letters, network=Markdown(actor_network(paged, actor_href(site, uri))),
        a=site.links(uri), site=site)


def archive_pages(env: jinja2.Environment, digest: Digest, site: Site, code: str = "") -> tuple[dict[str, Planned], str]:
    """The archive: every article by month of publication, newest first, undated last; and the page that lists
    the undated ones. On one page ("articles/index.md") while the digest has INDEX_ROWS articles or fewer;
    beyond, that page lists the months, and each month has pages of its own ("articles/index/2005-03.md",
    "articles/index/undated.md"; a long month goes on in parts: "articles/index/2005-03/2.md"), so that an
    added article changes its month's pages only. A month's page is keyed by the rows it shows (`code`: the
    code and how links are written), and made again only when they change."""
    by_months = by_month(digest.articles, lambda annotated: annotated.article.date)
    months = {label: [archive_row(site, annotated) for annotated in found] for label, found in by_months.items()}
    home = "articles/index.md"
    if len(digest.articles) <= sections.INDEX_ROWS:
        return {home: Planned(None, lambda: render_index_page(
            env, "archive.md.j2", "Articles", pager=[], here=home, months=months, month_links=[], archive=None,
            a=site.links(home), site=site))}, home
    planned, month_links = keyed_groups(
        env, code, site, "archive.md.j2", "articles/index", "Articles",
        {month_slug(by_months[label][0].article.date): (label, rows) for label, rows in months.items()},
        lambda label, rows: {"months": {label: rows}, "month_links": [], "archive": home})
    planned[home] = Planned(None, lambda: render_index_page(
        env, "archive.md.j2", "Articles", pager=[], here=home, months={}, month_links=month_links, archive=None,
        a=site.links(home), site=site))
    undated = next((uri for label, uri, _ in month_links if label == "Undated"), home)
    return planned, undated


def archive_row(site: Site, annotated: AnnotatedArticle) -> tuple[str, str, str, str | None]:
    """An article as the archive lists it: its date (ISO, or "Undated"), title, page and source."""
    article = annotated.article
    return (article.date.isoformat() if article.date else "Undated", article.title, site.article_uri[article.id],
            article.source)


def month_slug(date: dt.date | None) -> str:
    """The name of the page of the month of `date` ("2005-03"; "undated" for no date)."""
    return f"{date:%Y-%m}" if date else "undated"


def render_home(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "index.md"
    latest = [(a, article_actors(digest, a)[:5]) for a in digest.articles[:HOME_ARTICLES]]
    return env.get_template("home.md.j2").render(
        front_matter=front_matter({"title": "Latest news", **NOT_SEARCHED}), latest=latest, digest=digest,
        a=site.links(uri), site=site)
