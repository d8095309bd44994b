"""The digest-wide stage: all annotated articles in, one `Digest` out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from digest.resolve import co_appearances, resolve_actors
from digest.model import AnnotatedArticle, Digest, Problem, Statement
from digest.parallel import fan_out
from digest.registry import Registry
from digest.related import find_related
from digest.statements import group_statements
from digest.topics import Taxonomy, TextHits, assign_topics


def newest_first(article: AnnotatedArticle) -> tuple:
    """Sort key: dated articles newest first, then undated ones, each by id."""
    date = article.article.date
    return (date is None, -(date.toordinal()) if date else 0, article.article.id)


def assemble(articles: Sequence[AnnotatedArticle], problems: Sequence[Problem] = (),
             taxonomy: Taxonomy | None = None, registry: Registry | None = None,
             fingerprints: Mapping[str, str] | None = None, found: Mapping[str, TextHits] | None = None,
             jobs: int = 1) -> Digest:
    """The digest of `articles`; `fingerprints`: article id -> hash of the article and its analysis;
    `found`: article id -> the taxonomy phrases found in it, when the build kept them; `jobs`: processes."""
    ordered = tuple(sorted(articles, key=newest_first))
    actors, actor_of = resolve_actors(ordered, registry)
    # Topics, statements and co-appearances here; related coverage, the longest, in a second process
    # when `jobs` allows.
    (topics, topics_of, said, companions), related = fan_out(lambda task: task(), [
        lambda: (*assign_topics(ordered, actors, actor_of, taxonomy or Taxonomy(), found),
                 statements(ordered, actor_of), co_appearances(ordered, actor_of)),
        lambda: find_related(ordered, actor_of)], jobs)
    return Digest(articles=ordered, actors=actors, actor_of=actor_of, problems=tuple(problems),
                  topics=topics, topics_of=topics_of, related=related, statements=said,
                  fingerprints=dict(fingerprints or {}), companions=companions)


def statements(articles: Sequence[AnnotatedArticle], actor_of: dict[tuple[str, str], str]) -> tuple[Statement, ...]:
    """The quotes whose speaker is an actor, grouped into statements across articles."""
    quotes = [(a.article.id, actor_of[(a.article.id, q.speaker_key)], q) for a in articles for q in a.quotes
              if q.speaker_key and (a.article.id, q.speaker_key) in actor_of]
    return group_statements(quotes, {a.article.id: n for n, a in enumerate(articles)})
