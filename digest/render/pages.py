"""The render stage: a `Digest` in, Markdown pages with YAML front matter out (`{path: text}`).

`plan_pages` lists every page of the digest with the key that says when it must be made again; the
pages themselves are made by the modules named for what they render (`article`, `actor`, `topic`,
`indexes`, `timeline`), on the shared ground of `site`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import jinja2

from digest.model import Actor, AnnotatedArticle, Digest, Quote, Statement
from digest.publish.output import Planned
from digest.publish.uptodate import code_fingerprint
from digest.render.article import article_page, quotes_by_speaker
from digest.render.actor import actor_chunks, actor_page, newest_first
from digest.render.indexes import actors_index_pages, archive_pages, quotes_pages, render_home, topics_index_pages
from digest.render.sections import paginate
from digest.render.site import HtmlLinks, Page, Site, environment, pager_of, render_page, span_label
from digest.render.stamps import page_stamps
from digest.render.timeline import timeline_pages
from digest.render.topic import topic_page


def render_pages(digest: Digest, html_links: HtmlLinks = "source") -> dict[str, str]:
    """Every generated page of the digest, by its path under the docs folder."""
    return {uri: planned.render() for uri, planned in plan_pages(digest, html_links, keyed=False).items()}


def plan_pages(digest: Digest, html_links: HtmlLinks = "source", keyed: bool = True) -> dict[str, Planned]:
    """Every page of the digest as (key, render): render() makes its text; the key, when not None, is the
    page's stamp (`digest.render.stamps`: a hash of everything the page is made from), so a build keeps a
    page whose key it wrote last time without making it. The indexes, which show the whole digest, have
    no key: they are made on every build (a handful of pages)."""
    env = environment()
    site = Site.of(digest, html_links)
    said = quotes_by_speaker(digest)
    shared = Shared.of(digest)
    makers = page_makers(digest, site, said, shared)
    code = f"{code_fingerprint()} {html_links}"
    keys = page_stamps(digest, code, site.article_uri, site.actor_uri, site.topic_uri, shared.span,
                       shared.articles_of) if keyed else {}
    planned = {uri: Planned(keys.get(uri), lambda make=make: render_page(env, make())) for uri, make in makers.items()}
    planned.update(index_pages(env, digest, site, said, code))
    return dict(sorted(planned.items()))


@dataclass(frozen=True)
class Shared:
    """What many pages read from the digest as a whole, computed once."""

    span: tuple[dt.date, dt.date] | None  # `date_span`
    statements: dict[str, list[Statement]]  # `statements_by_speaker`
    article_sets: dict[str, frozenset[str]]  # actor id -> its article ids, filled as asked

    @classmethod
    def of(cls, digest: Digest) -> Shared:
        return cls(date_span(digest), statements_by_speaker(digest), {})

    def articles_of(self, actor: Actor) -> frozenset[str]:
        """An actor's article ids (a popular actor is a neighbour on thousands of pages: made once)."""
        found = self.article_sets.get(actor.id)
        if found is None:
            found = self.article_sets[actor.id] = frozenset(ap.article_id for ap in actor.appearances)
        return found


def page_makers(digest: Digest, site: Site, said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]],
                shared: Shared | None = None) -> dict[str, Callable[[], Page]]:
    """Each article, actor and topic page, made when called; `said`: `quotes_by_speaker`."""
    by_id = {a.article.id: a for a in digest.articles}
    articles = {article_id: a.article for article_id, a in by_id.items()}
    shared = shared or Shared.of(digest)
    makers: dict[str, Callable[[], Page]] = {}
    for annotated in digest.articles:
        uri = site.article_uri[annotated.article.id]
        makers[uri] = lambda annotated=annotated, uri=uri: article_page(digest, site, annotated, uri, articles)
    for actor in digest.actors:
        uri = site.actor_uri.get(actor.id)
        if uri is None:
            continue  # named on its articles' pages only
        quotes = said.get(actor.id, [])
        statements = newest_first(shared.statements.get(actor.id, []),
                                  lambda statement: articles[statement.versions[0].article_id].date)
        pager = pager_of(paginate(uri, range(len(actor_chunks(actor.appearances, quotes, statements))), 1))
        for part_uri, _ in pager:
            makers[part_uri] = lambda actor=actor, uri=part_uri, quotes=quotes, statements=statements, pager=pager: \
                actor_page(site, actor, by_id, uri, quotes, statements,
                           [(digest.actor(other), n) for other, n in digest.companions.get(actor.id, [])], articles,
                           shared.span, shared.articles_of, pager)
    for topic in digest.topics:
        parts = paginate(site.topic_uri[topic.slug], topic.articles)
        pager = pager_of(parts, lambda n, chunk: span_label([by_id[a].article.date for a in chunk]))
        for uri, chunk in parts:
            makers[uri] = lambda topic=topic, uri=uri, chunk=chunk, pager=pager: topic_page(
                digest, site, topic, by_id, uri, chunk, pager)
    return makers


def statements_by_speaker(digest: Digest) -> dict[str, list[Statement]]:
    """Every speaker's statements in one pass (asking per actor is quadratic over thousands of actors)."""
    found: dict[str, list[Statement]] = defaultdict(list)
    for statement in digest.statements:
        found[statement.speaker].append(statement)
    return found


def index_pages(env: jinja2.Environment, digest: Digest, site: Site,
                said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]], code: str) -> dict[str, Planned]:
    """Every index page, made when rendered; their paths are known before any is made (the long indexes
    are split into pages of `sections.INDEX_ROWS` rows or fewer, so none grows with the archive). The pages
    of one month, one initial or one speaker's letter are keyed by what they show (`code`: the code and how
    links are written); the first pages, which change with any article, are made on every build."""
    archive, undated = archive_pages(env, digest, site, code)
    return {"index.md": Planned(None, lambda: render_home(env, digest, site)), **archive,
            **topics_index_pages(env, digest, site, code),
            **quotes_pages(env, digest, site, said, code), **actors_index_pages(env, digest, site, code),
            **timeline_pages(env, digest, site, undated, code)}


def date_span(digest: Digest) -> tuple[dt.date, dt.date] | None:
    """The first and last publication dates of the digest, None when no article is dated."""
    dates = [a.article.date for a in digest.articles if a.article.date]
    return (min(dates), max(dates)) if dates else None
