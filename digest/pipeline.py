"""The whole pipeline as one function: read → annotate → analyse → assemble."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from digest.actors import find_actors
from digest.annotate import annotate
from digest.assemble import assemble
from digest.model import AnnotatedArticle, Digest, ParsedArticle
from digest.nlp import load_model
from digest.quotes import find_quotes
from digest.read import find_article_files, read_articles
from digest.settings import Settings

log = logging.getLogger("mkdocs.plugins.digest")


def analyse(parsed: ParsedArticle) -> AnnotatedArticle:
    """The per-article rules over spaCy's analysis: actors (and, as they land, quotes and dates)."""
    actors = find_actors(parsed)
    return AnnotatedArticle(article=parsed.article, actors=actors, quotes=find_quotes(parsed, actors))


def build_digest(settings: Settings, paths: Sequence[Path] | None = None) -> Digest:
    """Read, annotate and assemble the articles of `paths` (default: the settings' seeds folder)."""
    if paths is None:
        paths = find_article_files(settings.seeds_dir)
    articles, problems = read_articles(paths, settings.root)
    nlp = load_model(settings.model)
    annotated = [analyse(parsed) for parsed in annotate(articles, nlp, n_process=settings.jobs)]
    return assemble(annotated, problems)
