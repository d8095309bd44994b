"""The per-article rules over spaCy's parse: one `ParsedArticle` in, one `AnnotatedArticle` out."""

from __future__ import annotations

from digest.annotate.actors import (find_actors, initials_of_common_nouns, names_before_a_day, names_called_things,
                                    names_cut_at_of, names_of_products, names_shaped_as_common_nouns, reports_sport,
                                    with_named_speakers, words_of)
from digest.annotate.dates import find_dates
from digest.annotate.quotes import find_quotes
from digest.annotate.terms import article_terms
from digest.model import AnnotatedArticle, ParsedArticle


def analyse(parsed: ParsedArticle) -> AnnotatedArticle:
    """An article's actors, quotations (attributed to its actors), dates and terms, and whether it reports sport."""
    words = words_of(parsed)
    common_nouns: list[str] = []
    actors = find_actors(parsed, words, common_nouns)
    sports = reports_sport(parsed, words)
    actors, quotes = with_named_speakers(parsed, actors, find_quotes(parsed, actors))
    return AnnotatedArticle(article=parsed.article, actors=actors, quotes=quotes,
                            dates=find_dates(parsed), terms=article_terms(parsed), sports=sports,
                            things=names_called_things(parsed, sports) + initials_of_common_nouns(parsed),
                            products=names_of_products(parsed),
                            cut_at_of=names_cut_at_of(parsed.article, actors),
                            before_a_day=names_before_a_day(parsed, actors), common_nouns=tuple(common_nouns),
                            noun_shaped=names_shaped_as_common_nouns(parsed, actors))
