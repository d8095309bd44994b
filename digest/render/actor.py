"""An actor's page: its card, charts, companions, and its articles, quotes and statements, newest first
(a prominent actor's older ones on further pages)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar


from digest.model import Actor, AnnotatedArticle, Quote, Statement
from digest.render.charts import SparkSpan, actor_neighbourhood, mention_sparkline
from digest.render.sections import INDEX_ROWS, paginate, parts, sectioned, words
from digest.render.site import (NOT_SEARCHED, HtmlLinks, Listed, Markdown, Named, Page, actor_href, links_of, pager_of,
                                titled)


T = TypeVar("T")
U = TypeVar("U")


# The most of each list on one page of an actor (about 100 KB of HTML at most): articles, quotes, and
# the versions of its statements; a prominent actor's older ones go on further pages ("actors/x/2.md", ...).
ACTOR_ROWS = {"articles": INDEX_ROWS, "quotes": 100, "versions": 40}


def actor_chunks(appearances: Sequence[T], quotes: Sequence[U], statements: Sequence[Statement]
                 ) -> list[tuple[list[T], list[U], list[Statement]]]:
    """What each page of an actor lists, newest first: ACTOR_ROWS articles and quotes a page, and its
    statements up to ACTOR_ROWS versions a page (a statement of more versions has a page of its own)."""
    def rows(items: Sequence, size: int) -> list[list]:
        return [list(items[start:start + size]) for start in range(0, len(items), size)]

    lists = (rows(appearances, ACTOR_ROWS["articles"]), rows(quotes, ACTOR_ROWS["quotes"]),
             parts(statements, lambda statement: len(statement.versions), ACTOR_ROWS["versions"]) if statements else [])
    pages = max(1, *(len(found) for found in lists))
    return [tuple(found[n] if n < len(found) else [] for found in lists) for n in range(pages)]


@dataclass(frozen=True)
class ActorInputs:
    """What one page of an actor is made from, all of it (`actor_page` reads nothing else, so a hash of these
    values says when the page must be made again): the actor, all of it (the page is about it), the articles of
    its appearances as listed (in their order), its quotes with their articles, its statements newest first and
    the articles of their versions, the actor's pages; on its first page only, the actors it appears most with
    (`Digest.companions`), the pairs of them named in one article (`charts.neighbour_pairs`) and the bins of the
    digest's first and last dates (`charts.SparkSpan`, the sparkline's)."""

    uri: str
    actor: Actor
    articles: tuple[Listed, ...]
    quotes: tuple[tuple[Listed, Quote], ...]
    statements: tuple[Statement, ...]
    stated_in: dict[str, Listed]
    pager: tuple[tuple[str, str], ...]
    companions: tuple[tuple[Named, int], ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    spark: SparkSpan | None = None


def actor_inputs(actor: Actor, listed: Mapping[str, Listed], quotes: Sequence[tuple[AnnotatedArticle, Quote]],
                 statements: Sequence[Statement], companions: Sequence[tuple[Named, int]],
                 pairs: Sequence[tuple[str, str]], spark: SparkSpan | None, uri: str
                 ) -> list[ActorInputs]:
    """The `ActorInputs` of each of the actor's pages (`uri`, its first page's path; a prominent actor's older
    articles, quotes and statements go on further pages, `actor_chunks`): `quotes`, its quotes with their
    articles (`article.quotes_by_speaker`); `statements`, newest first."""
    quoted = tuple((listed[annotated.article.id], quote) for annotated, quote in quotes)
    stated_in = {v.article_id: listed[v.article_id] for statement in statements for v in statement.versions}
    articles = tuple(listed[ap.article_id] for ap in actor.appearances)
    pager = tuple(pager_of(paginate(uri, range(len(actor_chunks(articles, quoted, statements))), 1)))
    first = ActorInputs(uri, actor, articles, quoted, tuple(statements), stated_in, pager, tuple(companions),
                        tuple(pairs), spark)
    return [first] + [replace(first, uri=part_uri, companions=(), pairs=(), spark=None) for part_uri, _ in pager[1:]]


def actor_page(inputs: ActorInputs, html_links: HtmlLinks = "source", anchors: bool = False) -> Page:
    """An actor's page: its card, charts and companions, and its newest articles, quotes and statements;
    a prominent actor's older ones on further pages (`pager`, `actor_chunks`), out of the search."""
    actor, uri, pager = inputs.actor, inputs.uri, list(inputs.pager)
    appearances = list(zip(inputs.articles, actor.appearances))
    quotes, statements, companions = list(inputs.quotes), list(inputs.statements), list(inputs.companions)
    dates = [article.date for article, _ in appearances if article.date]
    part = next((n for n, (page_uri, _) in enumerate(pager, start=1) if page_uri == uri), 1)
    meta = {
        "title": actor.name,
        "kind": "actor",
        "type": actor.type,
        "role": actor.role,
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
        "articles": len(actor.appearances),
        "quotes": len(quotes),
        "first_seen": min(dates).isoformat() if dates else None,
        "last_seen": max(dates).isoformat() if dates else None,
        "media": actor.media,
        "prominence": actor.prominence,
        "search": {"boost": search_boost(actor.prominence)},
    }
    if actor.description:
        meta["description"] = actor.description
    if actor.wikidata:
        meta["wikidata"] = actor.wikidata
    if part > 1:
        meta = {"title": titled(actor.name, pager, uri), **NOT_SEARCHED}
    shown = appearances
    if len(pager) > 1:  # `statements` newest first, as `actor_inputs` takes them
        shown, quotes, statements = actor_chunks(appearances, quotes, statements)[part - 1]
    stated = [version.article_id for statement in statements for version in statement.versions]
    stated_in = {article_id: inputs.stated_in[article_id] for article_id in dict.fromkeys(stated)}
    site = links_of(html_links, [a for a, _ in shown] + [a for a, _ in quotes] + list(stated_in.values()),
                    [other for other, _ in companions], anchors=anchors)
    href = actor_href(site, uri)
    charts = {
        "neighbourhood": Markdown(actor_neighbourhood(actor, companions, href, pairs=inputs.pairs)),
        "sparkline": Markdown(mention_sparkline(actor, {ap.article_id: article.date for article, ap in appearances},
                                                inputs.spark)),
    } if part == 1 else {}

    def stated_on(statement: Statement) -> dt.date | None:
        return stated_in[statement.versions[0].article_id].date  # its newest version's

    sections = {
        "months": sectioned(shown, lambda pair: pair[0].date, lambda pair: words(pair[0].title)),
        "quotes": sectioned(quotes, lambda pair: pair[0].date, lambda pair: words(pair[1].text, pair[0].title)),
        "statements": sectioned(newest_first(statements, stated_on), stated_on, lambda statement: sum(
            words(v.quote.text, stated_in[v.article_id].title) for v in statement.versions)),
    }
    return Page("actor.md.j2", uri, meta, dict(
        actor=actor, appearances=appearances, companions=companions, first=part == 1, pager=pager,
        here=uri, title=meta["title"], seen=seen_between(dates, len(dates) < len(appearances)), site=site,
        articles=stated_in, **charts, **sections), site.links(uri))


def search_boost(prominence: float) -> float:
    """Material's search boost of an actor's page: below 1 for a name met once (it sinks under the actors
    a reader looks for), up to 3 for the most prominent."""
    return round(min(3.0, max(0.5, 0.5 + prominence / 8)), 1)


def newest_first(statements: Sequence[Statement], date_of: Callable[[Statement], dt.date | None]) -> list[Statement]:
    """Statements by date, newest first, undated last (ties keep their order)."""
    def newest(statement: Statement) -> tuple[bool, int]:
        date = date_of(statement)
        return date is None, -date.toordinal() if date else 0
    return sorted(statements, key=newest)


def seen_between(dates: Sequence, undated: bool) -> str:
    """When an actor was in the news: its first and last publication dates, and whether undated too."""
    if not dates:
        return "in undated articles only"
    first, last = min(dates).isoformat(), max(dates).isoformat()
    span = first if first == last else f"{first} to {last}"
    return f"{span}, and in undated articles" if undated else span
