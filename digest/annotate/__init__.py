"""Annotation: spaCy's parse of each article and the per-article rules over it (actors, quotes, dates, terms)."""
