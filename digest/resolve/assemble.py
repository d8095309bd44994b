"""The digest-wide stage: all annotated articles in, one `Digest` out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import nullcontext

from digest.resolve.actors import co_appearances, resolve_actors
from digest.model import AnnotatedArticle, Digest, Problem, Related, Statement
from digest.parallel import FedChild, Receive, can_fork
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
             fingerprints: Mapping[str, str] | None = None, found: Mapping[str, TextHits] | None = None,
             jobs: int = 1) -> Digest:
    """The digest of `articles`; `fingerprints`: article id -> hash of the article and its analysis;
    `found`: article id -> the taxonomy phrases found in it, when the build kept them; `jobs`: processes."""
    ordered = tuple(sorted(articles, key=newest_first))
    # With `jobs` above 1, related coverage and co-appearances in a second process, which starts on the
    # wording of related coverage (it needs no actors) while this one resolves the actors, then gets
    # them; topics and statements here.
    with FedChild(related_and_companions, ordered) if can_fork(jobs) else nullcontext() as child:
        actors, actor_of = resolve_actors(ordered, registry)
        if child is not None:
            child.feed(actor_of)
        topics, topics_of = assign_topics(ordered, actors, actor_of, taxonomy or Taxonomy(), found)
        said = statements(ordered, actor_of)
        related, companions = child.result(actor_of) if child is not None \
            else related_and_companions(ordered, lambda: actor_of)
    return Digest(articles=ordered, actors=actors, actor_of=actor_of, problems=tuple(problems),
                  topics=topics, topics_of=topics_of, related=related, statements=said,
                  fingerprints=dict(fingerprints or {}), companions=companions)


def related_and_companions(articles: Sequence[AnnotatedArticle], actor_map: Receive
                           ) -> tuple[dict[str, tuple[Related, ...]], dict[str, list[tuple[str, int]]]]:
    """`find_related` and `co_appearances`; `actor_map()` gives the map from (article id, local key) to
    actor id, asked for once the wording, which needs no actors, is done."""
    wording = wordings_of(articles)
    actor_of = actor_map()
    return find_related(articles, actor_of, wording), co_appearances(articles, actor_of)


def statements(articles: Sequence[AnnotatedArticle], actor_of: dict[tuple[str, str], str]) -> tuple[Statement, ...]:
    """The quotes whose speaker is an actor, grouped into statements across articles."""
    quotes = [(a.article.id, actor_of[(a.article.id, q.speaker_key)], q) for a in articles for q in a.quotes
              if q.speaker_key and (a.article.id, q.speaker_key) in actor_of]
    return group_statements(quotes, {a.article.id: n for n, a in enumerate(articles)})
