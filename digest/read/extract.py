"""The story of a news page: its text without the page's boilerplate, and its metadata.

trafilatura finds the main text and the metadata (it is built and evaluated for news pages: navigation,
advertising, newsletter and cookie boxes, related links and captions are left out), htmldate the
publication date: well-kept libraries made for the job, where hand-written HTML parsing breaks on the
next site. What is here adds only what they leave: a few promotion boxes pruned, the headline, byline
and dateline above the story dropped, the site's name from the page's <title>, and the schema.org
publication date preferred to the first meta tag. `digest import` (digest/read/importer.py) writes the
`Story` as an article file.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from digest.read.articles import without_hidden

if TYPE_CHECKING:
    from lxml.html import HtmlElement


class NoStory(Exception):
    """A page without story text; the message says what to give instead."""


# Boxes trafilatura's own boilerplate rules keep (they are news sites' promotions, not the story):
# removed before it extracts. Only these elements, so that no class of a whole page's wrapper matches.
PRUNE_XPATH = ["//*[self::div or self::aside or self::section or self::p or self::figure]"
               "[contains(@class, 'promo') or contains(@id, 'promo') or contains(@class, 'signup') "
               "or contains(@class, 'sign-up')]"]
PROSE_MIN_WORDS = 8  # a story has at least one sentence this long
BYLINE_MAX_WORDS = 12
# A line of metadata above a story: a year, a month's name, or the word that introduces a date.
DATELINE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
                      r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^(?:updated|published|posted)\b")
# What separates a headline from the site's name in a page's <title>: "Headline | Site", "Headline - Site".
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ")
SITE_NAME_MAX_WORDS = 5

for name in ("trafilatura", "htmldate", "courlan"):  # their own warnings are ours to word
    logging.getLogger(name).setLevel(logging.ERROR)


@dataclass(frozen=True)
class Hints:
    """What a feed entry says of its story, used where the page's own metadata is silent."""

    title: str | None = None
    date: dt.date | None = None
    authors: tuple[str, ...] = ()
    site: str | None = None
    feed: str | None = None  # the feed as it was given (its sources.yml settings apply to its entries)


@dataclass(frozen=True)
class Story:
    """One article as found on a page: its metadata and its paragraphs as plain text."""

    title: str | None
    date: dt.date | None
    authors: tuple[str, ...]
    source: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    canonical: str | None = None  # the address the page gives as its own, when it gives one


def extract_story(html: bytes, url: str | None, hints: Hints = Hints()) -> Story:
    """The story of a news page: trafilatura's main text and metadata, htmldate's publication date from
    the page's metadata; the feed entry's `hints` where the page says nothing."""
    import trafilatura
    from trafilatura import load_html

    for precise in (True, False):  # trafilatura's balanced mode when the precise one finds no story
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                               include_tables=False, include_images=False, include_links=False,
                                               favor_precision=precise, prune_xpath=PRUNE_XPATH)
        if document is None:
            continue
        title = clean(document.title) or clean(hints.title)
        paragraphs = story_paragraphs(document.text or "", title, authors_of(document.author))
        if any(is_prose(p) for p in paragraphs):
            break
    else:
        raise NoStory("has no story text that could be found (an index page, a page that needs "
                            "JavaScript, or a paywall); give the address of one article's page")
    tree = load_html(html)
    site = title_site(tree, title)  # before htmldate, which may take elements out of the tree
    date = published_date(tree, url) or hints.date or iso_date(document.date)
    authors = authors_of(document.author)
    canonical = document.url if document.url and is_address(document.url) else None
    return Story(title=title, date=date, authors=authors or hints.authors,
                 source=clean(document.sitename) or clean(hints.site) or site or site_of(url or canonical),
                 url=url or canonical, paragraphs=paragraphs, canonical=canonical)


def published_date(tree: HtmlElement | None, url: str | None) -> dt.date | None:
    """The publication date the page's metadata gives, by htmldate: first from the page's schema.org
    data alone (its `datePublished`, which publishers write for search engines), then from all its
    metadata (meta tags in page order, a date in the address). htmldate takes the first meta tag it
    knows, and some sites put a modification date first (`sailthru.date`); the structured one is surer.
    Dates written only in the text are not read here."""
    import htmldate
    import lxml.html

    if tree is None:
        return None
    structured = tree.xpath('//script[@type="application/ld+json"]')
    if structured:
        head = "".join(lxml.html.tostring(element, encoding="unicode") for element in structured)
        found = htmldate.find_date(f"<html><head>{head}</head><body></body></html>", original_date=True,
                                   extensive_search=False)
        if found:
            return iso_date(found)
    return iso_date(htmldate.find_date(tree, url=url, original_date=True, extensive_search=False))


def authors_of(names: str | None) -> tuple[str, ...]:
    """trafilatura's authors ("Jane Doe; John Roe") as a list, each once."""
    return tuple(dict.fromkeys(name for name in (clean(x) for x in (names or "").split(";")) if name))


def story_paragraphs(text: str, title: str | None, authors: Sequence[str] = ()) -> tuple[str, ...]:
    """The text's lines as paragraphs, without what repeats the metadata before the story starts (the
    headline, a byline naming the authors) and without repeated lines."""
    names = [name.casefold() for name in authors]
    seen: set[str] = set()
    kept: list[str] = []
    for line in (clean(line) for line in text.split("\n")):
        key = line.casefold()
        if not line or key in seen:
            continue
        if not kept and (key == (title or "").casefold() or is_byline(key, names)):
            continue
        seen.add(key)
        kept.append(line)
    return tuple(kept)


def is_byline(line: str, authors: Sequence[str]) -> bool:
    """'By Jane Doe', 'Jane Doe, transport reporter', 'Updated 7 June 2023': a short line (casefolded)
    naming an author or a date, not a sentence."""
    return (len(line.split()) <= BYLINE_MAX_WORDS and not is_prose(line)
            and (line.startswith("by ") or any(name in line for name in authors) or DATELINE.search(line) is not None))


def is_prose(paragraph: str) -> bool:
    """A sentence of a story, not a menu, teaser or label: enough words, ending as sentences do."""
    return len(paragraph.split()) >= PROSE_MIN_WORDS and paragraph.rstrip("\"”’') ").endswith((".", "!", "?", "…", "。", "！", "？"))


def is_address(source: str) -> bool:
    """Whether `source` is a web address (http or https) rather than a file."""
    return source.lower().startswith(("http://", "https://"))


def clean(text: str | None) -> str:
    return without_hidden(text) if text else ""


def iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def title_site(tree: HtmlElement | None, headline: str | None) -> str | None:
    """The site's name as the page's <title> gives it after the headline ("Headline | Site")."""
    raw = clean(tree.findtext(".//title")) if tree is not None else ""
    if not headline or not raw.casefold().startswith(headline.casefold()):
        return None
    rest = raw[len(headline):]
    for separator in TITLE_SEPARATORS:
        if rest.startswith(separator):
            name = rest[len(separator):].strip()
            return name if 0 < len(name.split()) <= SITE_NAME_MAX_WORDS else None
    return None


def site_of(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or None
