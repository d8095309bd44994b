"""A topic's page: its description, its actors and its articles by month."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from digest.model import Topic
from digest.render.sections import sectioned, words
from digest.render.site import (NOT_SEARCHED, HtmlLinks, Listed, Named, Page, Pager, is_first_page, links_of,
                                titled)


@dataclass(frozen=True)
class TopicInputs:
    """What one page of a topic is made from, all of it (`topic_page` reads nothing else, so a hash of these
    values says when the page must be made again): the topic's label, source, description and article count,
    the articles the page lists, its most associated actors (on the first page only) and the topic's pages."""

    uri: str
    label: str
    source: str
    description: str | None
    count: int
    shown: tuple[Listed, ...]
    actors: tuple[tuple[Named, int], ...]
    pager: tuple[tuple[str, str], ...]


def topic_inputs(topic: Topic, uri: str, shown: Sequence[str], pager: Pager, named: Mapping[str, Named],
                 listed: Mapping[str, Listed]) -> TopicInputs:
    """One page's `TopicInputs`: `shown`, the ids of the articles it lists; `pager`, the topic's pages (empty
    or one: a topic of one page)."""
    actors = tuple((named[actor_id], n) for actor_id, n in topic.actors) if is_first_page(uri, pager) else ()
    return TopicInputs(uri, topic.label, topic.source, topic.description, len(topic.articles),
                       tuple(listed[a] for a in shown), actors, tuple(pager))


def topic_page(inputs: TopicInputs, html_links: HtmlLinks = "source", anchors: bool = False) -> Page:
    """A topic's page: its description, actors and articles; with many articles (`sections.INDEX_ROWS`
    a page) the first page shows the newest and further pages ("topics/x/2.md", `pager`) the others,
    each out of the search (its rows are other pages' titles)."""
    uri, pager = inputs.uri, list(inputs.pager)
    first = is_first_page(uri, pager)
    meta = {"title": inputs.label, "kind": "topic", "source": inputs.source, "articles": inputs.count}
    if inputs.description:
        meta["description"] = inputs.description
    if not first:
        meta = {"title": titled(inputs.label, pager, uri), **NOT_SEARCHED}
    articles = list(inputs.shown)
    site = links_of(html_links, articles, [actor for actor, _ in inputs.actors], anchors=anchors)
    return Page("topic.md.j2", uri, meta, dict(
        topic=inputs, articles=articles, actors=list(inputs.actors), first=first, pager=pager, here=uri,
        title=meta["title"], site=site, months=sectioned(articles, lambda article: article.date,
                                                         lambda article: words(article.title, article.source))),
                site.links(uri))
