"""An Atom feed (RFC 4287) of the latest articles, served as `feed.xml` at the root of the site.

ElementTree escapes every piece of article text for XML; characters XML cannot hold at all (control
characters) are dropped. Output is deterministic: `updated` is the newest article's date, never the clock.
Without `site_url` the links are relative to the feed (it sits at the site root) and the ids are URNs.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

from digest.model import AnnotatedArticle, Digest
from digest.render.site import Site, page_url
from digest.settings import Settings

FEED_URI = "feed.xml"
FEED_ENTRIES = 20
ATOM = "http://www.w3.org/2005/Atom"
# Characters that XML 1.0 forbids even as character references.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EPOCH = dt.date(1970, 1, 1)


def xml_text(text: str) -> str:
    return NOT_XML.sub("", text)


def timestamp(date: dt.date | None) -> str:
    return f"{(date or EPOCH).isoformat()}T00:00:00Z"


def summary(annotated: AnnotatedArticle) -> str:
    """The article's first paragraph that is not a heading."""
    for paragraph in annotated.article.paragraphs:
        if paragraph.kind != "heading":
            return paragraph.text
    return ""


def add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = xml_text(text)
    return element


def render_feed(digest: Digest, site_name: str, site_url: str | None, use_directory_urls: bool = True) -> str:
    """The Atom document of the newest `FEED_ENTRIES` articles."""
    base = (site_url.rstrip("/") + "/") if site_url else ""
    site = Site.of(digest)
    latest = digest.articles[:FEED_ENTRIES]
    dates = [a.article.date for a in latest if a.article.date]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    add(feed, "title", site_name)
    add(feed, "id", base + FEED_URI if base else "urn:digest:feed")
    add(feed, "updated", timestamp(max(dates, default=None)))
    add(feed, "link", rel="self", href=base + FEED_URI)
    add(feed, "link", rel="alternate", type="text/html", href=base or "./")
    add(add(feed, "author"), "name", site_name)
    for annotated in latest:
        article = annotated.article
        url = page_url(site.article_uri[article.id], use_directory_urls)
        entry = add(feed, "entry")
        add(entry, "title", article.title)
        add(entry, "id", base + url if base else f"urn:digest:article:{quote(article.id, safe='')}")
        add(entry, "updated", timestamp(article.date))
        add(entry, "link", rel="alternate", type="text/html", href=base + url)
        for name in article.authors:
            add(add(entry, "author"), "name", name)
        add(entry, "summary", summary(annotated))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def feed_page(digest: Digest, settings: Settings) -> dict[str, str]:
    """The feed as one more generated file, for the plugin and `digest build` alike."""
    return {FEED_URI: render_feed(digest, settings.site_name, settings.site_url, settings.use_directory_urls)}
