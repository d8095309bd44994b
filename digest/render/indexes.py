"""The index pages: home, the archive, the Actors and Topics indexes and the Quotes pages, each split into
pages of `sections.INDEX_ROWS` rows or fewer so that none grows with the archive."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import jinja2

from digest.model import Actor, AnnotatedArticle, Digest, Quote
from digest.render.article import TYPE_GROUPS, article_actors, grouped
from digest.render.charts import actor_network
from digest.render.sections import by_month, paginate, sectioned, words
from digest.render.site import (NOT_SEARCHED, Markdown, Site, actor_href, front_matter, link, pager_of,
                                render_index_page, span_label, titled)


HOME_ARTICLES = 20
QUOTES_PER_SPEAKER = 3  # the Quotes page shows a speaker's newest quotes; the actor's page has them all


def quotes_pages(env: jinja2.Environment, digest: Digest, site: Site,
                 said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]]) -> dict[str, Callable[[], str]]:
    """The Quotes index: speakers, most quoted first, SPEAKERS_PER_PAGE a page; then the quotes of
    unnamed sources, newest first, on pages of their own."""
    speakers = [(digest.actor(actor_id), quotes) for actor_id, quotes in said.items() if actor_id]
    speakers.sort(key=lambda pair: (-len(pair[1]), pair[0].name))
    pages = paginate("quotes.md", speakers, SPEAKERS_PER_PAGE)
    unnamed = paginate("quotes/unnamed.md", said.get(None, [])) if said.get(None) else []
    pager, unnamed_pager = pager_of(pages), pager_of(unnamed)
    unnamed_uri = unnamed[0][0] if unnamed else None
    makers = {uri: lambda uri=uri, chunk=chunk: render_index_page(
        env, "quotes.md.j2", titled("Quotes", pager, uri), speakers=chunk,
        shown=QUOTES_PER_SPEAKER, pager=pager, here=uri, unnamed_uri=unnamed_uri,
        unnamed_count=len(said.get(None, [])), url=lambda target: link(uri, target), site=site)
        for uri, chunk in pages}
    for uri, chunk in unnamed:
        makers[uri] = lambda uri=uri, chunk=chunk: render_index_page(
            env, "quotes_unnamed.md.j2", titled("Quotes of unnamed sources", unnamed_pager, uri), months=sectioned(chunk, lambda pair: pair[0].article.date,
                             lambda pair: words(pair[1].text, pair[1].speaker, pair[0].article.title)),
            pager=unnamed_pager, here=uri, url=lambda target: link(uri, target), site=site)
    return makers


SPEAKERS_PER_PAGE = 100  # with up to QUOTES_PER_SPEAKER quotes each: about INDEX_ROWS rows


def topics_index_pages(env: jinja2.Environment, digest: Digest, site: Site) -> dict[str, Callable[[], str]]:
    """The Topics index: the taxonomy's subjects, then the key phrases, INDEX_ROWS a page ("topics/index.md",
    "topics/index/2.md", ...: key phrases grow with the archive), out of the search like the other indexes."""
    subjects = [t for t in digest.topics if t.source == "taxonomy"]
    phrases = [t for t in digest.topics if t.source == "key phrase"]
    pages = paginate("topics/index.md", phrases)
    pager = pager_of(pages)  # most articles first: pages by number
    return {uri: lambda uri=uri, chunk=chunk: render_index_page(
        env, "topics_index.md.j2", titled("Topics", pager, uri),
        groups={"taxonomy": subjects if uri == pages[0][0] else [], "key phrase": chunk},
        pager=pager, here=uri, url=lambda target: link(uri, target), site=site) for uri, chunk in pages}


def actors_index_pages(env: jinja2.Environment, digest: Digest, site: Site) -> dict[str, Callable[[], str]]:
    """The Actors index (the network, and the ACTORS_SHOWN most prominent of each type) and every actor
    with a page by name: a page per initial ("actors/by-name/a.md"), split when long."""
    paged = [actor for actor in digest.actors if actor.has_page]
    initials: dict[str, list[Actor]] = {}
    for actor in sorted(paged, key=lambda actor: (actor.id, actor.name)):
        initials.setdefault(initial(actor), []).append(actor)
    letters = {letter: paginate(f"actors/by-name/{letter}.md", actors) for letter, actors in initials.items()}
    links = [(letter_label(letter), pages[0][0], len(initials[letter])) for letter, pages in letters.items()]
    makers = {"actors/index.md": lambda: render_actors_index(env, digest, site, paged, links)}
    for letter, pages in letters.items():
        pager = pager_of(pages, lambda n, chunk: f"{chunk[0].name} to {chunk[-1].name}")
        for uri, chunk in pages:
            makers[uri] = lambda uri=uri, chunk=chunk, letter=letter, pager=pager: render_index_page(
                env, "actors_by_name.md.j2", titled(f"Actors: {letter_label(letter)}", pager, uri), actors=chunk, letters=links, pager=pager, here=uri, url=lambda target: link(uri, target),
                site=site)
    return makers


ACTORS_SHOWN = 50  # actors of each type on the Actors index; every one is on the pages by name


def initial(actor: Actor) -> str:
    """The letter an actor is listed under by name: its slug's first (ASCII, transliterated), else "other"."""
    first = actor.id[:1]
    return first if "a" <= first <= "z" else "other"


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
        url=lambda target: link(uri, target), site=site)


def archive_pages(env: jinja2.Environment, digest: Digest, site: Site) -> tuple[dict[str, Callable[[], str]], str]:
    """The archive: every article by month of publication, newest first, undated last, INDEX_ROWS a page
    ("articles/index.md", then "articles/index/2.md", ...); and the page where the undated ones begin."""
    pages = paginate("articles/index.md", digest.articles)
    pager = pager_of(pages, lambda n, chunk: span_label([a.article.date for a in chunk]))
    undated = next((uri for uri, chunk in pages if any(a.article.date is None for a in chunk)), pages[-1][0])
    return {uri: lambda uri=uri, chunk=chunk: render_index_page(
        env, "archive.md.j2", titled("Articles", pager, uri), pager=pager, here=uri,
        months=by_month(chunk, lambda annotated: annotated.article.date), url=lambda target: link(uri, target),
        site=site) for uri, chunk in pages}, undated


def render_home(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "index.md"
    latest = [(a, article_actors(digest, a)[:5]) for a in digest.articles[:HOME_ARTICLES]]
    return env.get_template("home.md.j2").render(
        front_matter=front_matter({"title": "Latest news", **NOT_SEARCHED}), latest=latest, digest=digest,
        url=lambda target: link(uri, target), site=site)
