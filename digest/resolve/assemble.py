"""The digest-wide stage: all annotated articles in, one `Digest` out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from digest.resolve.actors import co_appearances, resolve_actors, without_common_nouns, without_things
from digest.model import AnnotatedArticle, Digest, Problem, Statement
from digest.resolve.registry import Registry
from digest.resolve.related import find_related, wordings_of
from digest.resolve.statements import group_statements
from digest.resolve.topics import Taxonomy, TextHits, assign_topics


def newest_first(article: AnnotatedArticle) -> tuple:
    """Sort key: dated articles newest first, then undated ones, each by id."""
    date = article.article.date
    return (date is None, -(date.toordinal()) if date else 0, article.article.id)


def assemble(articles: Sequence[AnnotatedArticle], problems: Sequence[Problem] = (),
             taxonomy: Taxonomy | None = None, registry: Registry | None = None,
             fingerprints: Mapping[str, str] | None = None, found: Mapping[str, TextHits] | None = None
             ) -> Digest:
    """The digest of `articles`; `fingerprints`: article id -> hash of the article and its analysis;
    `found`: article id -> the taxonomy phrases found in it, when the build kept them."""
    ordered = without_common_nouns(without_things(sorted(articles, key=newest_first), registry), registry)
    actors, actor_of = resolve_actors(ordered, registry)
    topics, topics_of = assign_topics(ordered, actors, actor_of, taxonomy or Taxonomy(), found)
    said = statements(ordered, actor_of)
    related = find_related(ordered, actor_of, wordings_of(ordered))
    companions = co_appearances(ordered, actor_of, {actor.id for actor in actors if actor.has_page})
    return Digest(articles=ordered, actors=actors, actor_of=actor_of, problems=tuple(problems),
                  topics=topics, topics_of=topics_of, related=related, statements=said,
                  fingerprints=dict(fingerprints or {}), companions=companions)


def statements(articles: Sequence[AnnotatedArticle], actor_of: dict[tuple[str, str], str]) -> tuple[Statement, ...]:
    """The quotes whose speaker is an actor, grouped into statements across articles."""
    quotes = [(a.article.id, actor_of[(a.article.id, q.speaker_key)], q) for a in articles for q in a.quotes
              if q.speaker_key and (a.article.id, q.speaker_key) in actor_of]
    return group_statements(quotes, {a.article.id: n for n, a in enumerate(articles)})
