"""`digest new "Title"`: a new article file in the articles folder, with the front matter to fill in."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import yaml

from digest.slugs import slug

NAME_MAX_CHARS = 60
# What a contributor fills in; the body stays empty so that `digest check` fails until the text is there.
TEMPLATE = """---
{title}date: {date}          # the publication date, YYYY-MM-DD
source: ""                # the publication, e.g. "BBC News"
url: ""                   # the original article's address (http or https)
authors: []               # e.g. [Jane Doe, John Roe]
tags: []                  # e.g. [economy, elections]
---

"""


def file_name(title: str, suffix: str | None = None) -> str:
    """A safe file name from the title (ASCII letters, digits and dashes) plus a short suffix: random
    unless given (`digest import` gives one made from the story's address, the same on every run)."""
    stem = slug(title, NAME_MAX_CHARS) or "article"
    return f"{stem}-{suffix or secrets.token_hex(3)}.md"


def article_template(title: str, date: dt.date) -> str:
    title_line = yaml.safe_dump({"title": " ".join(title.split())}, allow_unicode=True, width=1000)
    return TEMPLATE.format(title=title_line, date=date.isoformat())


def new_article(folder: Path, title: str, date: dt.date | None = None) -> Path:
    """Create the file (never overwriting one) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name(title)
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(article_template(title, date or dt.date.today()))
    return path
