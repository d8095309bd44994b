"""Slugs: the ASCII names the digest gives its pages and files, made by python-slugify in this one place.

Every stage that names something uses it: actors and topics (`resolve`: their page URLs), article files
(`read.new`: `digest new` and `digest import`), article pages (`render.site`). A slug is part of a URL
readers link to, so a change here moves pages: the tests pin what the URLs are.
"""

from __future__ import annotations

import re

from slugify import slugify

# Plain ASCII words separated by single spaces (most names and key phrases): their slug is found without
# python-slugify, which costs a sixth of the actors' time over thousands of actors.
PLAIN_WORDS = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
# An article id that is a slug already (most are: file stems such as "003_6bdd04a2754529d5").
PLAIN_ID = re.compile(r"[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*")


def slug(text: str, max_length: int = 0) -> str:
    """python-slugify's slug of `text`: lower-case ASCII letters and digits, words joined by dashes; with
    `max_length`, cut to at most that many characters at a word boundary. "" when `text` has no letter
    or digit (the caller chooses a fallback)."""
    if (not max_length or len(text) <= max_length) and PLAIN_WORDS.fullmatch(text):
        return text.lower().replace(" ", "-")
    return slugify(text, max_length=max_length, word_boundary=True)


def article_slug(article_id: str) -> str:
    """The slug of an article id, case and underscores kept (an article's page is named after its file)."""
    if PLAIN_ID.fullmatch(article_id):
        return article_id
    return slugify(article_id, lowercase=False, regex_pattern=r"[^A-Za-z0-9_-]+")
