"""digest: a folder of news articles in, an annotated, searchable, cross-linked MkDocs site out."""

__version__ = "0.1.0"
