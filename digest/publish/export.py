"""`digest export`: the digest as JSON Lines, one object per article (a view, not a second pipeline)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from digest.annotate.dates import date_export_record
from digest.model import AnnotatedArticle, Digest
from digest.render.article import quote_record, speaker_actor


def article_record(digest: Digest, annotated: AnnotatedArticle) -> dict:
    article = annotated.article
    records: dict[str, dict] = {}  # one record per actor, whatever local spellings led to it
    for local in annotated.actors:
        actor = digest.actor(digest.actor_of[(article.id, local.key)])
        record = records.get(actor.id)
        if record is not None:
            record["mentions"] += len(local.mentions)
            record["named"] = record["named"] or local.named
            continue
        records[actor.id] = {"id": actor.id, "name": actor.name, "type": actor.type,
                             "role": local.role or actor.role, "aliases": list(actor.aliases),
                             "mentions": len(local.mentions), "named": local.named, "media": actor.media,
                             "prominence": actor.prominence, "page": actor.has_page,
                             "description": actor.description}
    actors = list(records.values())
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "url": article.url,
        "authors": list(article.authors),
        "tags": list(article.tags),
        "actors": actors,
        "quotes": [quote_record(q, speaker_actor(q, annotated, digest)) for q in annotated.quotes],
        "topics": [{"label": t.label, "slug": t.slug, "source": t.source} for t in digest.article_topics(article.id)],
        "related": [{"id": r.article_id, "score": r.score} for r in digest.related.get(article.id, ())],
        "dates": [date_export_record(ref) for ref in annotated.dates],
    }


def export_lines(digest: Digest) -> Iterator[str]:
    """One JSON line per article, in file order (by path) so the output is stable."""
    for annotated in sorted(digest.articles, key=lambda a: a.article.path):
        yield json.dumps(article_record(digest, annotated), ensure_ascii=False, sort_keys=False)
