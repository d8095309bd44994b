"""A topic's page: its description, its actors and its articles by month."""

from __future__ import annotations

from collections.abc import Sequence


from digest.model import AnnotatedArticle, Digest, Topic
from digest.render.sections import sectioned, words
from digest.render.site import NOT_SEARCHED, Page, Pager, Site, titled


def topic_page(digest: Digest, site: Site, topic: Topic, by_id: dict[str, AnnotatedArticle], uri: str,
               shown: Sequence[str] | None = None, pager: Pager = ()) -> Page:
    """A topic's page: its description, actors and articles; with many articles (`sections.INDEX_ROWS`
    a page) the first page shows the newest and further pages ("topics/x/2.md", `pager`) the others,
    each out of the search (its rows are other pages' titles)."""
    shown = topic.articles if shown is None else shown
    first = not pager or uri == pager[0][0]
    meta = {"title": topic.label, "kind": "topic", "source": topic.source, "articles": len(topic.articles)}
    if topic.description:
        meta["description"] = topic.description
    if not first:
        meta = {"title": titled(topic.label, pager, uri), **NOT_SEARCHED}
    articles = [by_id[a].article for a in shown]
    actors = [(digest.actor(actor_id), n) for actor_id, n in topic.actors] if first else []
    return Page("topic.md.j2", uri, meta, dict(
        topic=topic, articles=articles, actors=actors, first=first, pager=list(pager), here=uri,
        title=meta["title"], site=site.only(articles=shown, actors=[actor.id for actor, _ in actors]),
        months=sectioned(articles, lambda article: article.date,
                         lambda article: words(article.title, article.source))))
