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
from typing import Any

import jinja2

from digest.model import Actor, AnnotatedArticle, Digest, Quote, Statement
from digest.publish.output import Planned
from digest.publish.uptodate import code_fingerprint
from digest.render.article import article_inputs, article_page, quotes_by_speaker
from digest.render.actor import actor_inputs, actor_page, newest_first
from digest.render.charts import SparkSpan, neighbour_pairs
from digest.render.indexes import actors_index_pages, archive_pages, quotes_pages, render_home, topics_index_pages
from digest.render.sections import paginate
from digest.render.site import (HtmlLinks, Listed, Named, Page, Site, TopicLink, environment, pager_of, render_page,
                                span_label)
from digest.render.stamps import stamp
from digest.render.timeline import timeline_pages
from digest.render.topic import topic_inputs, topic_page


def render_pages(digest: Digest, html_links: HtmlLinks = "source") -> dict[str, str]:
    """Every generated page of the digest, by its path under the docs folder."""
    return {uri: planned.render() for uri, planned in plan_pages(digest, html_links, keyed=False).items()}


def plan_pages(digest: Digest, html_links: HtmlLinks = "source", keyed: bool = True, anchors: bool = False
               ) -> dict[str, Planned]:
    """Every page of the digest as (key, render): render() makes its text; the key, when not None, is the
    page's stamp (`digest.render.stamps`: a hash of everything the page is made from), so a build keeps a
    page whose key it wrote last time without making it. The indexes, which show the whole digest, have
    no key: they are made on every build (a handful of pages)."""
    env = environment()
    site = Site.of(digest, html_links, anchors)
    said = quotes_by_speaker(digest)
    shared = Shared.of(digest)
    code = f"{code_fingerprint()} {html_links} {anchors}"
    # Without every article's fingerprint no page has a key: each is made and compared with its file.
    keyed = keyed and all(a.article.id in digest.fingerprints for a in digest.articles)
    planned = made_from_inputs(env, digest, site, said, shared, code if keyed else None)
    planned.update(index_pages(env, digest, site, said, code))
    return dict(sorted(planned.items()))


def made_from_inputs(env: jinja2.Environment, digest: Digest, site: Site,
                     said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]], shared: Shared,
                     code: str | None) -> dict[str, Planned]:
    """The article, actor and topic pages, each made from its inputs alone (`page_inputs`) and keyed by a hash
    of them and `code` (the code, and how links are written), as the index pages are by what they show
    (`site.keyed_index_page`); no keys when `code` is None. `said`: `quotes_by_speaker`."""
    return {page.uri: Planned(None if code is None else stamp(code, make.__name__, page),
                              lambda make=make, page=page: render_page(env, make(page, site.html_links, site.anchors)))
            for make, page in page_inputs(digest, site, said, shared)}


def page_inputs(digest: Digest, site: Site, said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]],
                shared: Shared) -> list[tuple[Callable[[Any, HtmlLinks, bool], Page], Any]]:
    """Each article, actor and topic page's maker and inputs (`ArticleInputs`, `ActorInputs`, `TopicInputs`)."""
    named = {actor.id: Named.of(actor, site) for actor in digest.actors}
    listed = {a.article.id: Listed.of(a.article, site) for a in digest.articles}
    topic_links = {topic.slug: TopicLink(topic.slug, topic.label, site.topic_uri[topic.slug])
                   for topic in digest.topics}
    inputs: list[tuple[Callable[[Any, HtmlLinks, bool], Page], Any]] = [
        (article_page, article_inputs(digest, a, site.article_uri[a.article.id], named, listed, topic_links))
        for a in digest.articles]
    for actor in digest.actors:
        uri = site.actor_uri.get(actor.id)
        if uri is None:
            continue  # named on its articles' pages only
        statements = newest_first(shared.statements.get(actor.id, []),
                                  lambda statement: listed[statement.versions[0].article_id].date)
        companions = digest.companions.get(actor.id, [])
        # The pairs of neighbours that share an article, as the actor's chart draws them (none for one article).
        pairs = neighbour_pairs(actor, [(digest.actor(other), n) for other, n in companions], shared.articles_of)
        inputs.extend((actor_page, page) for page in actor_inputs(
            actor, listed, said.get(actor.id, []), statements, [(named[other], n) for other, n in companions],
            pairs, shared.spark, uri))
    for topic in digest.topics:
        parts = paginate(site.topic_uri[topic.slug], topic.articles)
        pager = pager_of(parts, lambda n, chunk: span_label([listed[a].date for a in chunk]))
        inputs.extend((topic_page, topic_inputs(topic, uri, chunk, pager, named, listed)) for uri, chunk in parts)
    return inputs


@dataclass(frozen=True)
class Shared:
    """What many pages read from the digest as a whole, computed once."""

    spark: SparkSpan | None  # the sparklines' bins of `date_span`
    statements: dict[str, list[Statement]]  # `statements_by_speaker`
    article_sets: dict[str, frozenset[str]]  # actor id -> its article ids, filled as asked

    @classmethod
    def of(cls, digest: Digest) -> Shared:
        return cls(SparkSpan.of(date_span(digest)), statements_by_speaker(digest), {})

    def articles_of(self, actor: Actor) -> frozenset[str]:
        """An actor's article ids (a popular actor is a neighbour on thousands of pages: made once)."""
        found = self.article_sets.get(actor.id)
        if found is None:
            found = self.article_sets[actor.id] = frozenset(ap.article_id for ap in actor.appearances)
        return found


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
