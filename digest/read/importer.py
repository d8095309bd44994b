"""`digest import SOURCE...`: news pages and feeds become article files in the articles folder.

A source is a page's address, a saved HTML page, or an RSS/Atom feed (an address or a file; each
entry's page is fetched). Each story goes through the same stages:

    source ──fetch or read──▶ bytes ──feed? its entries' pages──▶ Story ──render──▶ article file

feedparser reads the entries of any RSS or Atom dialect; digest/read/extract.py (trafilatura and htmldate)
finds each page's story and metadata; digest/read/fetch.py fetches politely. Each file is read back by the
reader `digest check` uses before it is written, so what is imported passes the same checks; it is
written atomically and never over another file. A story already in the folder (same address or same
text) is skipped. Every failure is one `Outcome` naming the source and what to do; the others go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from digest.read.extract import Hints, NoStory, Story, extract_story, is_address
from digest.read.fetch import Fetcher, FetchError, Response
from digest.model import Problem
from digest.read.new import file_name
from digest.read.articles import ArticleError, find_article_files, parse_article, read_article, read_articles, text_fingerprint
from digest.errors import DigestError

SOURCES_FILE = "sources.yml"
SOURCE_OPTIONS = {"excerpt": bool}
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"})
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
# Query parameters that only track where a reader came from: the same story under another address.
TRACKING_PREFIXES = ("utm_", "at_", "fbclid", "gclid", "mc_", "ocid", "cmpid", "ito")


class ImportFailure(Exception):
    """A source that gave no article; the message says what to do."""


class SourcesError(DigestError):
    """A sources file that cannot be read; the message names the file and the fix."""


@dataclass(frozen=True)
class Outcome:
    """What became of one story or source: imported into `path`, skipped as a duplicate, or failed."""

    source: str
    status: Literal["imported", "skipped", "failed"]
    message: str
    path: Path | None = None
    warnings: tuple[Problem, ...] = ()  # what `digest check` will say of the file written

    def line(self) -> str:
        if self.status == "failed":
            return f"error: {self.source}: {self.message}"
        return f"{self.status} {self.source}: {self.message}"


@dataclass(frozen=True)
class SourceRule:
    """One entry of the sources file: a host name (its subdomains too) or the start of an address."""

    pattern: str
    excerpt: bool = False

    def matches(self, address: str) -> bool:
        if "/" in self.pattern:
            return address.startswith(self.pattern)
        host = (urlsplit(address).hostname or "").lower()
        return host == self.pattern or host.endswith("." + self.pattern)


def load_sources(path: Path) -> tuple[SourceRule, ...]:
    """The rules of a sources file (none when it does not exist); raises `SourcesError` on a bad one."""
    if not path.is_file():
        return ()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as error:
        raise SourcesError(f"{path}: cannot be read ({error.__class__.__name__}); it must be YAML mapping a "
                           "site or feed to its settings, e.g. 'example.org: {excerpt: true}'") from error
    if data is None:
        return ()
    if not isinstance(data, dict):
        raise SourcesError(f"{path}: must map each site or feed to its settings, e.g. 'example.org: {{excerpt: true}}'")
    rules = []
    for pattern, options in data.items():
        options = options or {}
        if not isinstance(options, dict):
            raise SourcesError(f"{path}: the settings of '{pattern}' must be a mapping, e.g. {{excerpt: true}}")
        for key, value in options.items():
            expected = SOURCE_OPTIONS.get(key)
            if expected is None:
                raise SourcesError(f"{path}: unknown setting '{key}' for '{pattern}'; known settings are "
                                   f"{', '.join(SOURCE_OPTIONS)}")
            if not isinstance(value, expected):
                raise SourcesError(f"{path}: '{key}' of '{pattern}' must be true or false, not {value!r}")
        rules.append(SourceRule(str(pattern).strip().lower() if "/" not in str(pattern) else str(pattern).strip(),
                                excerpt=bool(options.get("excerpt", False))))
    return tuple(rules)


def wants_excerpt(rules: Sequence[SourceRule], *addresses: str | None) -> bool:
    """Whether a sources file rule marks any of the addresses (a feed's, a page's) as excerpt only."""
    return any(rule.excerpt and rule.matches(address) for rule in rules for address in addresses if address)


def normal_url(url: str) -> str:
    """The address as duplicates are compared: lower-case scheme and host, no fragment, no tracking
    parameters, no trailing slash, http and https alike."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(TRACKING_PREFIXES)]
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(("", host + port, parts.path.rstrip("/") or "/", urlencode(query), ""))


@dataclass
class Archive:
    """The articles already in the folder, by address and by text."""

    folder: Path
    urls: dict[str, str] = field(default_factory=dict)  # normal_url -> file shown
    texts: dict[str, str] = field(default_factory=dict)  # text_fingerprint -> file shown

    @classmethod
    def of(cls, folder: Path, base: Path) -> Archive:
        archive = cls(folder)
        articles, _ = read_articles(find_article_files(folder), base)
        for article in articles:
            archive.add(article.url, text_fingerprint(article), article.path)
        return archive

    def add(self, url: str | None, fingerprint: str, shown: str) -> None:
        if url:
            self.urls.setdefault(normal_url(url), shown)
        self.texts.setdefault(fingerprint, shown)

    def holding(self, urls: Sequence[str | None]) -> str | None:
        return next((self.urls[normal_url(u)] for u in urls if u and normal_url(u) in self.urls), None)


@dataclass
class Importer:
    """Imports sources into `folder` (shown relative to `base`), one `Outcome` per story or failure;
    `excerpt` marks every story excerpt only, `rules` (the sources file) those of some sites or feeds."""

    folder: Path
    base: Path
    fetcher: Fetcher
    rules: tuple[SourceRule, ...] = ()
    excerpt: bool = False
    archive: Archive = field(init=False)

    def __post_init__(self) -> None:
        self.archive = Archive.of(self.folder, self.base)

    def run(self, sources: Sequence[str], report: Callable[[Outcome], object] = lambda _: None) -> list[Outcome]:
        outcomes = []
        for source in sources:
            for outcome in self.import_source(source):
                report(outcome)
                outcomes.append(outcome)
        return outcomes

    def import_source(self, source: str) -> Iterator[Outcome]:
        try:
            document = self.load(source)
            if is_feed(document, source):
                yield from self.import_feed(source, document)
                return
            check_html(document, source)
            yield self.import_page(source, document, Hints(), url=source if is_address(source) else None)
        except (ImportFailure, NoStory, FetchError) as error:
            yield Outcome(source, "failed", str(error))

    def load(self, source: str) -> Response:
        if is_address(source):
            return self.fetcher.get(source)
        path = Path(source)
        if not path.is_file():
            raise ImportFailure("no such file; give a page's or feed's address (http or https), "
                                "a saved HTML page or a feed file")
        try:
            return Response(url=path.resolve().as_uri(), content_type="", body=path.read_bytes())
        except OSError as error:
            raise ImportFailure(f"cannot be read ({error.strerror}); check the file's permissions") from error

    def import_feed(self, source: str, document: Response) -> Iterator[Outcome]:
        import feedparser

        feed = feedparser.parse(document.body, response_headers={"content-location": document.url})
        entries = [e for e in feed.entries if e.get("link")]
        if not entries:
            reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
            raise ImportFailure(f"is not a feed with entries{reason}; check that the address is the RSS or "
                                "Atom feed itself")
        site = feed.feed.get("title")
        for entry in entries:
            link = entry["link"]
            hints = Hints(title=entry.get("title"), date=entry_date(entry), site=site, feed=source,
                          authors=tuple(a["name"] for a in entry.get("authors", []) if a.get("name")))
            try:
                if not is_address(link):
                    raise ImportFailure("the entry's link is not an http or https address; check the feed")
                held = self.archive.holding([link])
                if held:
                    yield Outcome(link, "skipped", f"already in {held} (same address)")
                    continue
                page = self.fetcher.get(link)
                check_html(page, link)
                yield self.import_page(link, page, hints, url=link)
            except (ImportFailure, NoStory, FetchError) as error:
                yield Outcome(link, "failed", f"{error} (an entry of {source})")

    def import_page(self, source: str, page: Response, hints: Hints, url: str | None) -> Outcome:
        """The page's story written, unless its address (as given, after redirects, or the page's own) is
        in the archive already."""
        held = self.archive.holding([url, page.url if url else None])
        if held:
            return Outcome(source, "skipped", f"already in {held} (same address)")
        story = extract_story(page.body, url, hints)
        held = self.archive.holding([story.url, story.canonical])
        if held:
            return Outcome(source, "skipped", f"already in {held} (same address)")
        excerpt = self.excerpt or wants_excerpt(self.rules, hints.feed, url, page.url, story.canonical)
        return self.write(source, story, excerpt)

    def write(self, source: str, story: Story, excerpt: bool) -> Outcome:
        """Write the story's file, unless the reader finds a problem with it or its text is there already."""
        text = article_text(story, excerpt)
        data = text.encode("utf-8")
        seed = story.url or text
        stem = file_name(story.title or story.paragraphs[0], hashlib.sha256(seed.encode()).hexdigest()[:6])[:-3]
        try:
            article, _ = parse_article(data, stem + ".md", stem)
        except ArticleError as error:
            raise ImportFailure(f"the story read from it is not a valid article ({error.problem.message}); "
                                "report the page to the digest's maintainers") from error
        fingerprint = text_fingerprint(article)
        if fingerprint in self.archive.texts:
            return Outcome(source, "skipped", f"already in {self.archive.texts[fingerprint]} (same text)")
        path = write_new(self.folder, stem, data)
        written, warnings = read_article(path, self.base)
        self.archive.add(story.url, fingerprint, written.path)
        return Outcome(source, "imported", f"-> {written.path}" + (" (excerpt)" if excerpt else ""), path,
                       tuple(warnings))


def is_feed(document: Response, source: str) -> bool:
    """An RSS, RDF or Atom document, by its media type or, when that says nothing, by its first element."""
    if document.content_type in HTML_TYPES:
        return False
    if document.content_type in FEED_TYPES:
        return True
    head = document.body[:2048].lstrip().lower()
    return (any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
            or (not document.content_type and source.lower().endswith(FEED_SUFFIXES)))


def check_html(document: Response, source: str) -> None:
    """Raise unless the document is an HTML page (by its media type, or its start when it has none)."""
    if document.content_type in HTML_TYPES:
        return
    if not document.content_type:
        head = document.body[:4096].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta", b"<p", b"<!--")):
            return
        raise ImportFailure("is not an HTML page; give a saved web page (.html), a feed or an address")
    raise ImportFailure(f"answered {document.content_type}, not an HTML page; give the address of the "
                        "article's web page or of a feed")


def entry_date(entry: dict) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None


def article_text(story: Story, excerpt: bool = False) -> str:
    """The article file: front matter (title, date, authors, source, url, excerpt) and the paragraphs."""
    meta: dict[str, object] = {}
    if story.title:
        meta["title"] = story.title
    if story.date:
        meta["date"] = story.date
    meta["authors"] = list(story.authors)
    if story.source:
        meta["source"] = story.source
    if story.url:
        meta["url"] = story.url
    if excerpt:
        meta["excerpt"] = True
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    return f"---\n{front}---\n\n" + "\n\n".join(story.paragraphs) + "\n"


def write_new(folder: Path, stem: str, data: bytes) -> Path:
    """Write `data` to `folder/stem.md` all at once: a hidden temporary file is filled, then linked under
    the name, which never replaces a file (a taken name gets a random suffix instead)."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        name = stem
        for _ in range(100):
            path = folder / f"{name}.md"
            try:
                os.link(temporary, path)
                return path
            except FileExistsError:
                name = f"{stem}-{os.urandom(2).hex()}"
        raise ImportFailure(f"no free file name in {folder} for {stem}.md; move some files away")
    finally:
        os.unlink(temporary)


def import_sources(sources: Sequence[str], folder: Path, base: Path, *, excerpt: bool = False,
                   ignore_robots: bool = False, rules: tuple[SourceRule, ...] = (),
                   report: Callable[[Outcome], object] = lambda _: None, fetcher: Fetcher | None = None
                   ) -> list[Outcome]:
    """Import each source into `folder`, telling `report` of each outcome as it happens."""
    importer = Importer(folder, base, fetcher or Fetcher(ignore_robots=ignore_robots), rules, excerpt)
    return importer.run(sources, report)

