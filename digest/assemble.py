"""The digest-wide stage: all annotated articles in, one `Digest` out."""

from __future__ import annotations

from collections.abc import Sequence

from digest.actors import resolve_actors
from digest.model import AnnotatedArticle, Digest, Problem


def newest_first(article: AnnotatedArticle) -> tuple:
    """Sort key: dated articles newest first, then undated ones, each by id."""
    date = article.article.date
    return (date is None, -(date.toordinal()) if date else 0, article.article.id)


def assemble(articles: Sequence[AnnotatedArticle], problems: Sequence[Problem] = ()) -> Digest:
    ordered = tuple(sorted(articles, key=newest_first))
    actors, actor_of = resolve_actors(ordered)
    return Digest(articles=ordered, actors=actors, actor_of=actor_of, problems=tuple(problems))
