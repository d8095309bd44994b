"""The Atom feed of the latest articles: valid XML whatever the article text, links with and without site_url."""

import datetime as dt
import xml.etree.ElementTree as ET

from digest.render.feed import FEED_ENTRIES, render_feed
from digest.model import AnnotatedArticle, Article, Digest, Paragraph

A = "{http://www.w3.org/2005/Atom}"


def digest_of(*articles: Article) -> Digest:
    return Digest(articles=tuple(AnnotatedArticle(article=a, actors=()) for a in articles), actors=())


def article(article_id: str, title: str, text: str, date: dt.date | None = None, authors=()) -> Article:
    return Article(id=article_id, path=f"{article_id}.md", title=title, date=date, authors=tuple(authors),
                   paragraphs=(Paragraph(index=0, text="A heading", kind="heading", line=1),
                               Paragraph(index=1, text=text, kind="text", line=3)))


def test_article_text_is_escaped_and_control_characters_dropped():
    hostile = article("x", 'Tom & Jerry <script>alert("1")</script>', "a < b & c ]]> \x07bell", dt.date(2024, 3, 2),
                      authors=["O'Brien <ob@example.org>"])
    text = render_feed(digest_of(hostile), "News & Views", None)
    assert "<script>" not in text and "\x07" not in text
    feed = ET.fromstring(text)
    entry = feed.find(f"{A}entry")
    assert feed.find(f"{A}title").text == "News & Views"
    assert entry.find(f"{A}title").text == 'Tom & Jerry <script>alert("1")</script>'
    assert entry.find(f"{A}summary").text == "a < b & c ]]> bell"  # the first paragraph that is not a heading
    assert entry.find(f"{A}author/{A}name").text == "O'Brien <ob@example.org>"
    assert entry.find(f"{A}updated").text == "2024-03-02T00:00:00Z"


def test_links_are_absolute_with_site_url_and_relative_without():
    one = digest_of(article("Bank rates", "Rates", "Text.", dt.date(2024, 1, 5)))
    absolute = ET.fromstring(render_feed(one, "N", "https://news.example.org/digest"))
    entry = absolute.find(f"{A}entry")
    assert entry.find(f"{A}link").get("href") == "https://news.example.org/digest/articles/Bank-rates/"
    assert entry.find(f"{A}id").text == "https://news.example.org/digest/articles/Bank-rates/"
    assert absolute.find(f"{A}link[@rel='self']").get("href") == "https://news.example.org/digest/feed.xml"
    relative = ET.fromstring(render_feed(one, "N", None, use_directory_urls=False))
    entry = relative.find(f"{A}entry")
    assert entry.find(f"{A}link").get("href") == "articles/Bank-rates.html"
    assert entry.find(f"{A}id").text == "urn:digest:article:Bank%20rates"


def test_feed_holds_the_newest_articles_and_is_deterministic(seed_digest):
    text = render_feed(seed_digest, "News Digest", None)
    assert text == render_feed(seed_digest, "News Digest", None)
    entries = ET.fromstring(text).findall(f"{A}entry")
    assert len(entries) == min(FEED_ENTRIES, len(seed_digest.articles))
    assert [e.find(f"{A}title").text for e in entries] == [a.article.title for a in seed_digest.articles[:len(entries)]]
    updated = ET.fromstring(text).find(f"{A}updated").text
    assert updated == max(e.find(f"{A}updated").text for e in entries)
