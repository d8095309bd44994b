"""An actor's page: its card, charts, companions, and its articles, quotes and statements, newest first
(a prominent actor's older ones on further pages)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence, Set
from typing import TypeVar


from digest.model import Actor, AnnotatedArticle, Article, Quote, Statement
from digest.render.charts import actor_neighbourhood, mention_sparkline, neighbour_pairs
from digest.render.sections import INDEX_ROWS, parts, sectioned, words
from digest.render.site import NOT_SEARCHED, Markdown, Page, Pager, Site, actor_href, titled


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


def actor_page(site: Site, actor: Actor, by_id: dict[str, AnnotatedArticle], uri: str,
               quotes: Sequence[tuple[AnnotatedArticle, Quote]] = (), statements: Sequence[Statement] = (),
               companions: Sequence[tuple[Actor, int]] = (), articles: dict[str, Article] | None = None,
               span: tuple[dt.date, dt.date] | None = None,
               articles_of: Callable[[Actor], Set[str]] | None = None, pager: Pager = ()) -> Page:
    """An actor's page: its card, charts and companions, and its newest articles, quotes and statements;
    a prominent actor's older ones on further pages (`pager`, `actor_chunks`), out of the search."""
    appearances = [(by_id[ap.article_id].article, ap) for ap in actor.appearances]
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
        companions = ()
    shown = appearances
    if len(pager) > 1:  # `statements` newest first, as `page_makers` gives them
        shown, quotes, statements = actor_chunks(appearances, quotes, statements)[part - 1]
    stated = [version.article_id for statement in statements for version in statement.versions]
    articles = articles if articles is not None else {article_id: a.article for article_id, a in by_id.items()}
    href = actor_href(site, uri)
    charts = {
        "neighbourhood": Markdown(actor_neighbourhood(actor, companions, href,
                                                      pairs=neighbour_pairs(actor, companions, articles_of))),
        "sparkline": Markdown(mention_sparkline(actor, {ap.article_id: articles[ap.article_id].date
                                                        for ap in actor.appearances}, span)),
    } if part == 1 else {}
    site = site.only(articles=[a.id for a, _ in shown] + [a.article.id for a, _ in quotes] + stated,
                     actors=[other.id for other, _ in companions])
    stated_in = {article_id: articles[article_id] for article_id in dict.fromkeys(stated)}

    def stated_on(statement: Statement) -> dt.date | None:
        return stated_in[statement.versions[0].article_id].date  # its newest version's

    sections = {
        "months": sectioned(shown, lambda pair: pair[0].date, lambda pair: words(pair[0].title)),
        "quotes": sectioned(quotes, lambda pair: pair[0].article.date,
                            lambda pair: words(pair[1].text, pair[0].article.title)),
        "statements": sectioned(newest_first(statements, stated_on), stated_on, lambda statement: sum(
            words(v.quote.text, stated_in[v.article_id].title) for v in statement.versions)),
    }
    return Page("actor.md.j2", uri, meta, dict(
        actor=actor, appearances=appearances, companions=companions, first=part == 1, pager=list(pager),
        here=uri, title=meta["title"], seen=seen_between(dates, len(dates) < len(appearances)), site=site,
        articles=stated_in, **charts, **sections))


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
