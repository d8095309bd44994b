"""The render stage: a `Digest` in, Markdown pages with YAML front matter out (`{path: text}`).

Article text is text: every value a template prints is escaped for Markdown and HTML unless it is
a `Markdown` value built here, so nothing from an article can become markup or a script.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import io
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Literal, TypeVar

import jinja2
import yaml
from slugify import slugify

from digest.render.charts import (actor_neighbourhood, actor_network, coverage_timeline, mention_sparkline,
                           neighbour_pairs)
from digest.annotate.dates import date_record
from digest.model import Actor, AnnotatedArticle, Article, Digest, Quote, Statement, Topic
from digest.publish.output import Planned
from digest.parallel import can_fork, collect, fan_out, fork_child
from digest.render.stamps import DIGEST_WIDE_FIELDS, page_stamps
from digest.render.sections import GROUP_AFTER, INDEX_ROWS, by_month, paginate, parts, sectioned, split_long, words
from digest.render.timeline import Event, by_year, timeline_events

T = TypeVar("T")
U = TypeVar("U")
HOME_ARTICLES = 20
# Index pages that only repeat what their own pages show (titles, quotes): left out of the search index,
# which then stays smaller and its results point at the articles and actors themselves.
NOT_SEARCHED = {"search": {"exclude": True}}
QUOTES_PER_SPEAKER = 3  # the Quotes page shows a speaker's newest quotes; the actor's page has them all
# libyaml's dumper when PyYAML has it (the same text, ten times faster over thousands of pages).
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
UNFOLDED = 1_000_000  # yaml.dump's line width: never fold a value over lines
TYPE_GROUPS = (("person", "people", "People"), ("organisation", "organisations", "Organisations"),
               ("place", "places", "Places"), ("other", "other", "Other"))


# Page names MkDocs gives a meaning of their own: README.md stands in for index.md, the folder's index page.
RESERVED_STEMS = frozenset({"index", "readme"})


# How links inside raw HTML (the charts' SVG) are written. MkDocs rewrites `.md` links only in Markdown and
# leaves raw HTML alone, so the plugin writes the built pages' URLs ("directory" or "file", after mkdocs.yml's
# use_directory_urls). Zensical rewrites `.md` links in raw HTML too, so the pages `digest build` writes for it
# keep them as `.md` links like every other link ("source").
HtmlLinks = Literal["source", "directory", "file"]


class Markdown(str):
    """Text that is already Markdown and is printed as it is."""


# Characters that start Markdown or HTML syntax anywhere in a line, and the entity that shows them.
INLINE_SPECIAL = re.compile(r"[\\`*_\[\]{}<>&|~^=$]|:(?=\w)|!(?=!)")
# Characters that start block syntax at the beginning of a paragraph (headings, lists, quotes, rules).
LINE_START_SPECIAL = re.compile(r"^(?:[#+\-=>!]|\d+(?=[.)]))")


def escape(text: object) -> str:
    """Text shown literally by Python-Markdown and the browser."""
    if isinstance(text, Markdown):
        return text
    if text is None:
        return ""
    if type(text) is int and text >= 0:  # counts, most values of the indexes: digits alone are plain text
        return str(text)
    text = str(text)
    if not (text.isprintable() and "  " not in text):  # else no whitespace but single spaces (most values)
        text = WHITESPACE.sub(" ", text)
    text = INLINE_SPECIAL.sub(entity, text)
    return LINE_START_SPECIAL.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), text)


WHITESPACE = re.compile(r"\s+")


def entity(match: re.Match) -> str:
    return f"&#{ord(match.group()[0])};"


def http_url(url: str | None) -> Markdown | None:
    """An http(s) URL made safe to print as a link target; anything else (javascript:, data:) is None."""
    if not url or not re.match(r"(?i)https?://[^\s/]", url):
        return None
    return Markdown(quote(url, safe=":/?#@!$&'*+,;=%~-._"))


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("digest.render", "templates"),
        finalize=escape,
        autoescape=False,  # the output is Markdown; `finalize` escapes every printed value
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["http_url"] = http_url
    env.filters["markdown"] = Markdown  # what a macro returns: its values were escaped as it printed them
    return env


PLAIN_ID = re.compile(r"[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*")


def article_slug(article_id: str) -> str:
    """python-slugify's slug of an article id, case kept; an id that is one already (most) is its own."""
    if PLAIN_ID.fullmatch(article_id):
        return article_id
    return slugify(article_id, lowercase=False, regex_pattern=r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Site:
    """Where every page of the digest lives, so templates can link any page to any other."""

    article_uri: dict[str, str]  # article id -> page path
    actor_uri: dict[str, str]  # actor id -> page path
    topic_uri: dict[str, str] = field(default_factory=dict)  # topic slug -> page path
    html_links: HtmlLinks = "source"  # how links inside raw HTML (the charts) are written

    @classmethod
    def of(cls, digest: Digest, html_links: HtmlLinks = "source") -> Site:
        taken: set[str] = set()
        article_uri = {}
        for annotated in sorted(digest.articles, key=lambda a: a.article.id):
            base = article_slug(annotated.article.id) or "article"
            slug, n = base, 1
            while slug.lower() in taken or slug.lower() in RESERVED_STEMS:
                n += 1
                slug = f"{base}-{n}"
            taken.add(slug.lower())
            article_uri[annotated.article.id] = f"articles/{slug}.md"
        actor_uri = {actor.id: f"actors/{actor.id}.md" for actor in digest.actors if actor.has_page}
        topic_uri = {topic.slug: f"topics/{topic.slug}.md" for topic in digest.topics}
        return cls(article_uri=article_uri, actor_uri=actor_uri, topic_uri=topic_uri, html_links=html_links)

    def actor_link(self, from_uri: str, actor: Actor) -> Markdown:
        """The actor's name, a link to its page from the page at `from_uri` when it has one."""
        target = self.actor_uri.get(actor.id)
        return Markdown(f"[{escape(actor.name)}]({link(from_uri, target)})" if target else escape(actor.name))

    def html_link(self, from_uri: str, to_uri: str) -> str:
        """A link from one page to another as raw HTML must write it for the engine (see `HtmlLinks`)."""
        if self.html_links == "source":
            return link(from_uri, to_uri)
        directory = self.html_links == "directory"
        source = page_url(from_uri, directory)
        return relative_path(source.rpartition("/")[0], page_url(to_uri, directory))

    def only(self, articles: Iterable[str] = (), actors: Iterable[str] = (), topics: Iterable[str] = ()) -> Site:
        """The pages of these articles, actors and topics only: the links one page makes."""
        return Site(article_uri={a: self.article_uri[a] for a in articles},
                    actor_uri={a: self.actor_uri[a] for a in actors if a in self.actor_uri},
                    topic_uri={t: self.topic_uri[t] for t in topics}, html_links=self.html_links)


def page_url(uri: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives the page at `uri` ('articles/a.md' -> 'articles/a/')."""
    stem = uri.removesuffix(".md")
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    return stem[:-len("index")] if stem.endswith("/index") else stem + "/"


def link(from_uri: str, to_uri: str) -> Markdown:
    """The relative link from one page to another, as MkDocs resolves it."""
    return Markdown(relative_path(from_uri.rpartition("/")[0], to_uri))


def relative_path(from_dir: str, to_uri: str) -> str:
    """`posixpath.relpath` for normalised paths inside the docs folder, without its slow `abspath` calls."""
    if from_dir and to_uri.startswith(from_dir) and to_uri[len(from_dir):].count("/") == 1 and \
            to_uri[len(from_dir)] == "/":
        return to_uri[len(from_dir) + 1:]  # a page in the same folder (most links of the indexes)
    start = from_dir.split("/") if from_dir else []
    target = to_uri.split("/")
    common = 0
    while common < min(len(start), len(target)) and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."


# Front matter values that MkDocs and Material print into HTML text unescaped (`<title>{{ page.meta.title }}`,
# the nav, the tags plugin's tag names): they are stored HTML-escaped, so article text stays text there too.
HTML_KEYS = ("title", "tags")


def html_safe(value: object) -> object:
    """A front matter value with `<`, `>`, `&` and quotes as HTML entities (lists item by item)."""
    if isinstance(value, str):
        return html.escape(value, quote=False)  # titles reach text, never attributes unescaped
    if isinstance(value, list):
        return [html_safe(item) for item in value]
    return value


GENERATOR = "digest"  # every generated page says so in its front matter (`generator: digest`): see output.is_ours


def front_matter(data: dict) -> Markdown:
    data = {key: html_safe(value) if key in HTML_KEYS else value for key, value in data.items()}
    data["generator"] = GENERATOR
    # No folding of long values: a folded line that starts with "..." or "---" is a document marker to
    # stricter YAML readers (Zensical's), though PyYAML reads it as text.
    text = yaml.dump(data, Dumper=SAFE_DUMPER, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=UNFOLDED)
    return Markdown(f"---\n{text}---\n")


def render_pages(digest: Digest, html_links: HtmlLinks = "source") -> dict[str, str]:
    """Every generated page of the digest, by its path under the docs folder."""
    return {uri: planned.render() for uri, planned in plan_pages(digest, html_links, keyed=False).items()}


def plan_pages(digest: Digest, html_links: HtmlLinks = "source", keyed: bool = True,
               jobs: int = 1, known: Mapping[str, tuple[str | None, str | None]] | None = None) -> dict[str, Planned]:
    """Every page of the digest as (key, render, stamp): render() makes its text; the key, when not None,
    changes whenever the text could (so a build can keep a page whose key it wrote last time).

    `known`: each page's (key, stamp) as the last build recorded them. A page whose stamp (`digest.render.stamps`)
    is the same keeps its key without being made; the others are made for their keys, in `jobs` processes
    when there are many (`digest.parallel`).
    """
    env = environment()
    site = Site.of(digest, html_links)
    said = quotes_by_speaker(digest)
    shared = Shared.of(digest)
    makers = page_makers(digest, site, said, shared)
    # The indexes show the whole digest: they are rendered on every build (a handful of pages), with
    # `jobs` above 1 in a second process while this one finds the other pages' keys.
    indexes = index_makers(env, digest, site, said)

    def keys_and_stamps() -> tuple[dict[str, str], dict[str, str]]:
        stamps = page_stamps(digest, f"{code_fingerprint()} {html_links}", site.article_uri, site.actor_uri,
                             site.topic_uri, shared.companions, shared.span, shared.articles_of)
        keys = {uri: key for uri, (key, was) in (known or {}).items()
                if key is not None and was is not None and stamps.get(uri) == was}
        unknown = {uri: make for uri, make in makers.items() if uri not in keys}
        return keys | page_keys(digest, unknown, jobs if len(unknown) >= MANY_KEYS else 1), stamps

    keys: dict[str, str] = {}
    stamps: dict[str, str] = {}
    if keyed and can_fork(jobs):
        # The indexes' texts are taken from the second process when the first is asked for: `write_planned`
        # writes the keyed pages first, so the two processes work side by side until then. (Were they never
        # asked for, the child would wait on its pipe until this process ends: `write_planned` asks for
        # every page but a hand-written one that `digest build` keeps, and that process ends next.)
        child = fork_child(render_all, indexes)
        keys, stamps = keys_and_stamps()
        texts = lru_cache(maxsize=1)(lambda: collect(child, render_all, indexes))
        indexes = {uri: lambda uri=uri: texts()[uri] for uri in indexes}
    elif keyed:
        keys, stamps = keys_and_stamps()
    planned = {uri: Planned(keys.get(uri), lambda make=make: render_page(env, make()), stamps.get(uri))
               for uri, make in makers.items()}
    planned.update({uri: Planned(None, make) for uri, make in indexes.items()})
    return dict(sorted(planned.items()))


def render_all(makers: Mapping[str, Callable[[], str]]) -> dict[str, str]:
    return {uri: make() for uri, make in makers.items()}


MANY_KEYS = 2000  # fewer pages to key than this are keyed in this process: forking would cost more


@dataclass(frozen=True)
class Shared:
    """What many pages read from the digest as a whole, computed once."""

    companions: dict[str, list[tuple[str, int]]]  # `Digest.companions` that have pages, of those that have
    span: tuple[dt.date, dt.date] | None  # `date_span`
    statements: dict[str, list[Statement]]  # `statements_by_speaker`
    article_sets: dict[str, frozenset[str]]  # actor id -> its article ids, filled as asked

    @classmethod
    def of(cls, digest: Digest) -> Shared:
        paged = {actor.id for actor in digest.actors if actor.has_page}
        companions = {actor_id: [(other, n) for other, n in near if other in paged]
                      for actor_id, near in digest.companions.items() if actor_id in paged}
        return cls(companions, date_span(digest), statements_by_speaker(digest), {})

    def articles_of(self, actor: Actor) -> frozenset[str]:
        """An actor's article ids (a popular actor is a neighbour on thousands of pages: made once)."""
        found = self.article_sets.get(actor.id)
        if found is None:
            found = self.article_sets[actor.id] = frozenset(ap.article_id for ap in actor.appearances)
        return found


def page_makers(digest: Digest, site: Site, said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]],
                shared: Shared | None = None) -> dict[str, Callable[[], Page]]:
    """Each article, actor and topic page, made when called; `said`: `quotes_by_speaker`."""
    by_id = {a.article.id: a for a in digest.articles}
    articles = {article_id: a.article for article_id, a in by_id.items()}
    shared = shared or Shared.of(digest)
    makers: dict[str, Callable[[], Page]] = {}
    for annotated in digest.articles:
        uri = site.article_uri[annotated.article.id]
        makers[uri] = lambda annotated=annotated, uri=uri: article_page(digest, site, annotated, uri, articles)
    for actor in digest.actors:
        uri = site.actor_uri.get(actor.id)
        if uri is None:
            continue  # named on its articles' pages only
        quotes = said.get(actor.id, [])
        statements = newest_first(shared.statements.get(actor.id, []),
                                  lambda statement: articles[statement.versions[0].article_id].date)
        pager = pager_of(paginate(uri, range(len(actor_chunks(actor.appearances, quotes, statements))), 1))
        for part_uri, _ in pager:
            makers[part_uri] = lambda actor=actor, uri=part_uri, quotes=quotes, statements=statements, pager=pager: \
                actor_page(site, actor, by_id, uri, quotes, statements,
                           [(digest.actor(other), n) for other, n in shared.companions.get(actor.id, [])], articles,
                           shared.span, shared.articles_of, pager)
    for topic in digest.topics:
        parts = paginate(site.topic_uri[topic.slug], topic.articles)
        pager = pager_of(parts, lambda n, chunk: span_label([by_id[a].article.date for a in chunk]))
        for uri, chunk in parts:
            makers[uri] = lambda topic=topic, uri=uri, chunk=chunk, pager=pager: topic_page(
                digest, site, topic, by_id, uri, chunk, pager)
    return makers


def page_keys(digest: Digest, makers: dict[str, Callable[[], Page]], jobs: int = 1) -> dict[str, str]:
    """Each page's key, the pages dealt round-robin to `jobs` processes (popular actors' pages cost most)."""
    uris = list(makers)

    def keys_of(part: int) -> dict[str, str]:
        keys = PageKeys(digest)
        return {uri: keys.of(makers[uri]()) for uri in uris[part::jobs]}

    found: dict[str, str] = {}
    for part in fan_out(keys_of, range(jobs), jobs):
        found.update(part)
    return found


class PageKeys:
    """Page keys: a hash of everything a page is made from and of the code that makes it."""

    def __init__(self, digest: Digest | None = None) -> None:
        self.code = code_fingerprint()
        self.hashes: dict[tuple[int, bool], str] = {}  # (id of a value, whole) -> its hash
        # An article or analysis of the digest is hashed by its fingerprint, not pickled again.
        for annotated in digest.articles if digest else ():
            found = digest.fingerprints.get(annotated.article.id)
            if found:
                self.hashes[(id(annotated), True)] = f"AnnotatedArticle {found}"
                self.hashes[(id(annotated.article), True)] = f"Article {found}"

    def of(self, page: Page) -> str:
        data = (page.template, page.uri, page.meta, page.context, page.inputs)
        return hashlib.sha256(self.code.encode() + KeyPickler.dumps(data, self, page.subject)).hexdigest()

    def hash(self, value: object, whole: bool = True) -> str:
        """A value's hash, once per value: articles are shared by many pages."""
        found = self.hashes.get((id(value), whole))
        if found is None:
            fields = [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)
                      if whole or f.name not in DIGEST_WIDE_FIELDS[type(value)]]
            data = KeyPickler.dumps((type(value).__name__, fields))
            found = self.hashes[(id(value), whole)] = hashlib.sha256(data).hexdigest()
        return found


class KeyPickler(pickle.Pickler):
    """Pickles a page's values for its key, each article as its hash and other actors and topics without
    their digest-wide fields. The values hold no sets, and `fast` mode writes every value out instead
    of referring back to an object seen before, so equal values give equal bytes whether or not they
    share objects (a fresh analysis does, one decoded from the cache does not)."""

    def __init__(self, file: io.BytesIO, keys: PageKeys | None, subject: object) -> None:
        super().__init__(file, protocol=5)
        self.fast = True  # no memo (the values are trees: nothing refers to itself)
        if keys is not None:
            # A dispatch table, not reducer_override: pickle then calls Python only for these types,
            # not for each of the million other values a big digest's pages hold.
            def whole(obj: object) -> tuple:
                return hashed, (keys.hash(obj),)

            def named(obj: object) -> object:
                return obj.__reduce_ex__(5) if obj is subject else (hashed, (keys.hash(obj, whole=False),))

            self.dispatch_table = {Article: whole, AnnotatedArticle: whole} | dict.fromkeys(DIGEST_WIDE_FIELDS, named)

    @classmethod
    def dumps(cls, value: object, keys: PageKeys | None = None, subject: object = None) -> bytes:
        buffer = io.BytesIO()
        cls(buffer, keys, subject).dump(value)
        return buffer.getvalue()


def hashed(value: str) -> str:
    """Stands for a value in a page key (pickle names it)."""
    return value


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's code, templates and data and of the libraries that render: a change to
    any of them makes every page again."""
    package = Path(__file__).parents[1]
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    hasher = hashlib.sha256(f"{sys.version_info[:2]} jinja2 {jinja2.__version__} yaml {yaml.__version__}".encode())
    for path in files:
        hasher.update(f"\0{path.relative_to(package).as_posix()}\0".encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()


@dataclass(frozen=True)
class Page:
    """One page before rendering: its template, front matter and the template's other values.

    `site` in the context holds only the links the page makes (`Site.only`), so the page's key covers
    them and a template that looks up another page fails loudly instead of going stale. `later` holds
    values computed only when the page is rendered, from inputs that `inputs` lists for the key.
    """

    template: str
    uri: str
    meta: dict
    context: dict
    subject: object = None  # the actor or topic the page is about (see PageKeys)
    later: dict[str, Callable[[], object]] = field(default_factory=dict)
    inputs: tuple = ()


def render_page(env: jinja2.Environment, page: Page) -> str:
    uri = page.uri
    later = {name: make() for name, make in page.later.items()}
    return env.get_template(page.template).render(front_matter=front_matter(page.meta), **page.context, **later,
                                                  url=lambda target: link(uri, target))


def article_actors(digest: Digest, annotated: AnnotatedArticle) -> list[tuple[Actor, int]]:
    """The article's actors with their mention counts, most mentioned first: one entry per actor, however
    many local spellings of the article lead to it."""
    counts: Counter[str] = Counter()
    for local in annotated.actors:
        counts[digest.actor_of[(annotated.article.id, local.key)]] += len(local.mentions)
    found = [(digest.actor(actor_id), count) for actor_id, count in counts.items()]
    return sorted(found, key=lambda pair: (-pair[1], pair[0].name))


def grouped(pairs: Iterable[tuple[Actor, int]]) -> dict[str, list[tuple[Actor, int]]]:
    groups: dict[str, list[tuple[Actor, int]]] = defaultdict(list)
    for actor, count in pairs:
        groups[actor.type].append((actor, count))
    return groups


def render_article(env: jinja2.Environment, digest: Digest, site: Site, annotated: AnnotatedArticle,
                   uri: str, articles: dict[str, Article] | None = None) -> str:
    return render_page(env, article_page(digest, site, annotated, uri, articles))


def article_page(digest: Digest, site: Site, annotated: AnnotatedArticle, uri: str,
                 articles: dict[str, Article] | None = None) -> Page:
    article = annotated.article
    actors = article_actors(digest, annotated)
    groups = grouped(actors)
    meta = {
        "title": article.title,
        "kind": "article",  # the page's kind for the search (overrides/main.html)
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "url": article.url,
        "authors": list(article.authors),
        "actors": {key: [{"name": a.name, "id": a.id, "mentions": n} for a, n in groups.get(type_, [])]
                   for type_, key, _ in TYPE_GROUPS},
    }
    meta["quotes"] = [quote_record(q, annotated, digest) for q in annotated.quotes]
    topics = digest.article_topics(article.id)
    tags = list(dict.fromkeys([*article.tags, *(t.label for t in topics)]))  # topics are Material tags
    if tags:
        meta["tags"] = tags
    meta["dates"] = [date_record(ref) for ref in annotated.dates]
    by_id = articles if articles is not None else {a.article.id: a.article for a in digest.articles}
    related = [(by_id[r.article_id], r, [digest.actor(x) for x in r.shared_actors[:3]])
               for r in digest.related.get(article.id, ())]
    site = site.only(articles=[other.id for other, _, _ in related], actors=[a.id for a, _ in actors],
                     topics=[t.slug for t in topics])
    # The paragraphs (the costly part) come from the article and its actors' ids, names and pages.
    inputs = (annotated, [(local.key, digest.actor_of[(article.id, local.key)]) for local in annotated.actors])
    return Page("article.md.j2", uri, meta, dict(
        article=article, groups=groups, type_groups=TYPE_GROUPS, site=site, topics=topics, related=related),
        later={"paragraphs": lambda: (excerpt_paragraphs if article.excerpt else body_paragraphs)(
            annotated, digest, site, uri)}, inputs=inputs)


def statements_by_speaker(digest: Digest) -> dict[str, list[Statement]]:
    """Every speaker's statements in one pass (asking per actor is quadratic over thousands of actors)."""
    found: dict[str, list[Statement]] = defaultdict(list)
    for statement in digest.statements:
        found[statement.speaker].append(statement)
    return found


def quote_record(quote: Quote, annotated: AnnotatedArticle, digest: Digest) -> dict:
    """A quote as front matter and `digest export` show it."""
    return {"id": quote.id, "text": quote.text, "speaker": quote.speaker,
            "actor": speaker_actor(quote, annotated, digest), "cue": quote.cue,
            "method": quote.method, "confidence": quote.confidence,
            "paragraph": quote.paragraph, "sentence": quote.sentence}


def body_paragraphs(annotated: AnnotatedArticle, digest: Digest, site: Site,
                    uri: str) -> list[tuple[str, Markdown]]:
    """(kind, Markdown) of each paragraph: quotes highlighted with their speaker, first mentions linked."""
    first: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for local in annotated.actors:
        mention = local.mentions[0]
        target = site.actor_uri.get(digest.actor_of[(annotated.article.id, local.key)])
        if target is not None:
            first[mention.paragraph].append((mention.start, mention.end, target))
    parts = quote_parts(annotated)
    result = []
    for paragraph in annotated.article.paragraphs:
        links = sorted(first.get(paragraph.index, []))
        quoted = [(start, end, markup_of(q, is_first, is_last, annotated, digest, site, uri))
                  for start, end, q, is_first, is_last in parts.get(paragraph.index, [])]
        result.append((paragraph.kind, splice(paragraph.text, links, quoted, uri)))
    return result


def excerpt_paragraphs(annotated: AnnotatedArticle, digest: Digest, site: Site,
                       uri: str) -> list[tuple[str, Markdown]]:
    """What the page of an excerpt article (`excerpt: true`) publishes: its lead paragraph as a full page
    shows it, then each quotation made outside the lead, with its speaker (kind "quote"). Nothing else
    of the text appears; the link to the original follows them on the page."""
    paragraphs = annotated.article.paragraphs
    lead = lead_index(annotated.article)
    shown = [(kind, text) for (kind, text), p in zip(body_paragraphs(annotated, digest, site, uri), paragraphs)
             if p.index == lead]
    for quote in annotated.quotes:
        term = quote.speaker is None and quote.method == "term"
        if quote.paragraph == lead or term:
            continue
        speaker = (speaker_link(quote, annotated, digest, site, uri) if quote.speaker
                   else '<span class="digest-unidentified">speaker not identified</span>')
        anchor = f' id="{quote.id}"' if quote.id else ""
        if len(shown) == 1:
            shown.append(("heading", Markdown("Quotations")))
        shown.append(("quote", Markdown(f'<span class="digest-quote"{anchor}>“{escape(quote.text)}”</span> '
                                        f'— <span class="digest-speaker">{speaker}</span>')))
    return shown


def lead_index(article: Article) -> int:
    """The index of the article's lead: its first paragraph that is not a heading."""
    return next((p.index for p in article.paragraphs if p.kind == "text"), article.paragraphs[0].index)


def quote_parts(annotated: AnnotatedArticle) -> dict[int, list[tuple[int, int, Quote, bool, bool]]]:
    """Each quote's character range in each paragraph it covers, its marks included."""
    texts = {p.index: p.text for p in annotated.article.paragraphs}
    parts: dict[int, list[tuple[int, int, Quote, bool, bool]]] = defaultdict(list)
    for quote in annotated.quotes:
        last_paragraph = quote.end_paragraph if quote.end_paragraph is not None else quote.paragraph
        for index in range(quote.paragraph, last_paragraph + 1):
            text = texts[index]
            start = quote.start if index == quote.paragraph else 0
            end = (quote.end_offset if quote.end_paragraph is not None else quote.end) \
                if index == last_paragraph else len(text)
            if index == quote.paragraph and start > 0 and text[start - 1] in QUOTE_MARKS:
                start -= 1
            if index == last_paragraph and end < len(text) and text[end] in QUOTE_MARKS:
                end += 1
            parts[index].append((start, end, quote, index == quote.paragraph, index == last_paragraph))
    return parts


QUOTE_MARKS = frozenset('"“”«»„')


def markup_of(quote: Quote, is_first: bool, is_last: bool, annotated: AnnotatedArticle, digest: Digest,
              site: Site, uri: str) -> tuple[str, str]:
    """The inline HTML that opens and closes one part of a quote on its article page."""
    term = quote.speaker is None and quote.method == "term"
    kind = "digest-term" if term else "digest-quote"
    anchor = f' id="{quote.id}"' if is_first and quote.id else ""
    close = "</span>"
    if is_last and quote.speaker:
        close += f' <span class="digest-speaker">{speaker_link(quote, annotated, digest, site, uri)}</span>'
    elif is_last and not term:
        close += ' <span class="digest-speaker digest-unidentified">speaker not identified</span>'
    return f'<span class="{kind}"{anchor}>', close


def speaker_link(quote: Quote, annotated: AnnotatedArticle, digest: Digest, site: Site, uri: str) -> str:
    actor_id = speaker_actor(quote, annotated, digest)
    if actor_id is None:
        return escape(quote.speaker)
    return site.actor_link(uri, digest.actor(actor_id))


def speaker_actor(quote: Quote, annotated: AnnotatedArticle, digest: Digest) -> str | None:
    """The digest-wide actor id of a quote's speaker, when the speaker is an actor."""
    if quote.speaker_key is None:
        return None
    return digest.actor_of.get((annotated.article.id, quote.speaker_key))


def splice(text: str, links: Sequence[tuple[int, int, str]],
           quoted: Sequence[tuple[int, int, tuple[str, str]]], uri: str) -> Markdown:
    """The paragraph escaped, quotes wrapped in their markup and links made inside and between them."""
    pieces, cursor = [], 0
    for start, end, (opening, closing) in sorted(quoted):
        if start < cursor:
            continue
        pieces.append(splice_links(text, links, uri, cursor, start))
        pieces.append(opening + splice_links(text, links, uri, start, end) + closing)
        cursor = end
    pieces.append(splice_links(text, links, uri, cursor, len(text)))
    return Markdown("".join(pieces))


def splice_links(text: str, links: Sequence[tuple[int, int, str]], uri: str, begin: int = 0,
                 stop: int | None = None) -> Markdown:
    """The characters begin..stop escaped, with the link spans that lie inside them made links."""
    stop = len(text) if stop is None else stop
    parts, cursor = [], begin
    for start, end, target in links:
        if start < cursor or end > stop:
            continue  # overlapping or crossing the range: keep the text, drop the link
        parts.append(escape(text[cursor:start]))
        parts.append(f"[{escape(text[start:end])}]({link(uri, target)})")
        cursor = end
    parts.append(escape(text[cursor:stop]))
    return Markdown("".join(parts))


def quotes_by_speaker(digest: Digest) -> dict[str | None, list[tuple[AnnotatedArticle, Quote]]]:
    """Every attributed quote, by the speaker's actor id (None: unnamed sources), newest article first."""
    said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]] = defaultdict(list)
    for annotated in digest.articles:
        for quote in annotated.quotes:
            if quote.speaker:
                said[speaker_actor(quote, annotated, digest)].append((annotated, quote))
    return said


def index_makers(env: jinja2.Environment, digest: Digest, site: Site,
                 said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]]) -> dict[str, Callable[[], str]]:
    """Every index page, made when called; their paths are known before any is made (the long indexes
    are split into pages of `sections.INDEX_ROWS` rows or fewer, so none grows with the archive)."""
    archive, undated = archive_pages(env, digest, site)
    return {**topics_index_pages(env, digest, site),
            "index.md": lambda: render_home(env, digest, site), **archive,
            **quotes_pages(env, digest, site, said), **actors_index_pages(env, digest, site),
            **timeline_pages(env, digest, site, undated)}


Pager = list[tuple[str, str]]  # the pages of a split index: (path, label), in order


def pager_of(pages: Sequence[tuple[str, Sequence]], label: Callable[[int, Sequence], str] | None = None) -> Pager:
    """The pages of a split index and their labels (by default their numbers)."""
    return [(uri, label(n, chunk) if label else str(n)) for n, (uri, chunk) in enumerate(pages, start=1)]


def titled(title: str, pager: Pager, uri: str) -> str:
    """An index page's title: "Quotes", then "Quotes (page 2)" and on."""
    number = next(n for n, (page_uri, _) in enumerate(pager, start=1) if page_uri == uri)
    return title if number == 1 else f"{title} (page {number})"


def render_index_page(env: jinja2.Environment, template: str, title: str, **context: object) -> str:
    """One page of a split index, left out of the search (its rows are other pages' titles)."""
    return env.get_template(template).render(front_matter=front_matter({"title": title, **NOT_SEARCHED}),
                                             title=title, **context)


def quotes_pages(env: jinja2.Environment, digest: Digest, site: Site,
                 said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]]) -> dict[str, Callable[[], str]]:
    """The Quotes index: speakers, most quoted first, SPEAKERS_PER_PAGE a page; then the quotes of
    unnamed sources, newest first, on pages of their own."""
    speakers = [(digest.actor(actor_id), quotes) for actor_id, quotes in said.items() if actor_id]
    speakers.sort(key=lambda pair: (-len(pair[1]), pair[0].name))
    pages = paginate("quotes.md", speakers, SPEAKERS_PER_PAGE)
    unnamed = paginate("quotes/unnamed.md", said.get(None, [])) if said.get(None) else []
    pager, unnamed_pager = pager_of(pages), pager_of(unnamed)
    unnamed_uri = unnamed[0][0] if unnamed else None
    makers = {uri: lambda uri=uri, chunk=chunk: render_index_page(
        env, "quotes.md.j2", titled("Quotes", pager, uri), speakers=chunk,
        shown=QUOTES_PER_SPEAKER, pager=pager, here=uri, unnamed_uri=unnamed_uri,
        unnamed_count=len(said.get(None, [])), url=lambda target: link(uri, target), site=site)
        for uri, chunk in pages}
    for uri, chunk in unnamed:
        makers[uri] = lambda uri=uri, chunk=chunk: render_index_page(
            env, "quotes_unnamed.md.j2", titled("Quotes of unnamed sources", unnamed_pager, uri), months=sectioned(chunk, lambda pair: pair[0].article.date,
                             lambda pair: words(pair[1].text, pair[1].speaker, pair[0].article.title)),
            pager=unnamed_pager, here=uri, url=lambda target: link(uri, target), site=site)
    return makers


SPEAKERS_PER_PAGE = 100  # with up to QUOTES_PER_SPEAKER quotes each: about INDEX_ROWS rows


def date_span(digest: Digest) -> tuple[dt.date, dt.date] | None:
    """The first and last publication dates of the digest, None when no article is dated."""
    dates = [a.article.date for a in digest.articles if a.article.date]
    return (min(dates), max(dates)) if dates else None


def actor_href(site: Site, uri: str) -> Callable[[str], str]:
    """Actor id -> the URL of its page from the page at `uri`, for the charts' links."""
    return lambda actor_id: site.html_link(uri, site.actor_uri[actor_id])


def render_actor(env: jinja2.Environment, site: Site, actor: Actor, by_id: dict[str, AnnotatedArticle],
                 uri: str, quotes: Sequence[tuple[AnnotatedArticle, Quote]] = (),
                 statements: Sequence[Statement] = (), companions: Sequence[tuple[Actor, int]] = (),
                 articles: dict[str, Article] | None = None, span: tuple[dt.date, dt.date] | None = None) -> str:
    return render_page(env, actor_page(site, actor, by_id, uri, quotes, statements, companions, articles, span))


# The most of each list on one page of an actor (about 100 KB of HTML at most): articles, quotes, and
# the versions of its statements; a prominent actor's older ones go on further pages ("actors/x/2.md", ...).
ACTOR_ROWS = {"articles": INDEX_ROWS, "quotes": 100, "versions": 40}


def actor_chunks(appearances: Sequence[T], quotes: Sequence[U], statements: Sequence[Statement]
                 ) -> list[tuple[list[T], list[U], list[Statement]]]:
    """What each page of an actor lists, newest first: ACTOR_ROWS articles and quotes a page, and its
    statements up to ACTOR_ROWS versions a page (a statement of more versions has a page of its own)."""
    def rows(items: Sequence, size: int) -> list[list]:
        return [list(items[start:start + size]) for start in range(0, len(items), size)]

    lists = (rows(appearances, ACTOR_ROWS["articles"]), rows(quotes, ACTOR_ROWS["quotes"]),
             parts(statements, lambda statement: len(statement.versions), ACTOR_ROWS["versions"]) if statements else [])
    pages = max(1, *(len(found) for found in lists))
    return [tuple(found[n] if n < len(found) else [] for found in lists) for n in range(pages)]


def actor_page(site: Site, actor: Actor, by_id: dict[str, AnnotatedArticle], uri: str,
               quotes: Sequence[tuple[AnnotatedArticle, Quote]] = (), statements: Sequence[Statement] = (),
               companions: Sequence[tuple[Actor, int]] = (), articles: dict[str, Article] | None = None,
               span: tuple[dt.date, dt.date] | None = None,
               articles_of: Callable[[Actor], Set[str]] | None = None, pager: Pager = ()) -> Page:
    """An actor's page: its card, charts and companions, and its newest articles, quotes and statements;
    a prominent actor's older ones on further pages (`pager`, `actor_chunks`), out of the search."""
    appearances = [(by_id[ap.article_id].article, ap) for ap in actor.appearances]
    dates = [article.date for article, _ in appearances if article.date]
    part = next((n for n, (page_uri, _) in enumerate(pager, start=1) if page_uri == uri), 1)
    meta = {
        "title": actor.name,
        "kind": "actor",
        "type": actor.type,
        "role": actor.role,
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
        "articles": len(actor.appearances),
        "quotes": len(quotes),
        "first_seen": min(dates).isoformat() if dates else None,
        "last_seen": max(dates).isoformat() if dates else None,
        "media": actor.media,
        "prominence": actor.prominence,
        "search": {"boost": search_boost(actor.prominence)},
    }
    if actor.description:
        meta["description"] = actor.description
    if actor.wikidata:
        meta["wikidata"] = actor.wikidata
    if part > 1:
        meta = {"title": titled(actor.name, pager, uri), **NOT_SEARCHED}
        companions = ()
    shown = appearances
    if len(pager) > 1:  # `statements` newest first, as `page_makers` gives them
        shown, quotes, statements = actor_chunks(appearances, quotes, statements)[part - 1]
    stated = [version.article_id for statement in statements for version in statement.versions]
    articles = articles if articles is not None else {article_id: a.article for article_id, a in by_id.items()}
    # The charts are drawn only when the page is rendered. What they read beyond the page's context is
    # in its inputs: the articles its neighbours share (other actors' appearances) and the digest's span.
    pairs = neighbour_pairs(actor, companions, articles_of) if part == 1 else ()
    href = actor_href(site, uri)
    charts = {
        "neighbourhood": lambda: Markdown(actor_neighbourhood(actor, companions, href, pairs=pairs)),
        "sparkline": lambda: Markdown(mention_sparkline(actor, {ap.article_id: articles[ap.article_id].date
                                                                for ap in actor.appearances}, span)),
    } if part == 1 else {}
    site = site.only(articles=[a.id for a, _ in shown] + [a.article.id for a, _ in quotes] + stated,
                     actors=[other.id for other, _ in companions])
    stated_in = {article_id: articles[article_id] for article_id in dict.fromkeys(stated)}

    def stated_on(statement: Statement) -> dt.date | None:
        return stated_in[statement.versions[0].article_id].date  # its newest version's

    # The sections are made from the lists the key covers (context and inputs): only when rendered.
    sections = {
        "months": lambda: sectioned(shown, lambda pair: pair[0].date, lambda pair: words(pair[0].title)),
        "quotes": lambda: sectioned(quotes, lambda pair: pair[0].article.date,
                                    lambda pair: words(pair[1].text, pair[0].article.title)),
        "statements": lambda: sectioned(newest_first(statements, stated_on), stated_on, lambda statement: sum(
            words(v.quote.text, stated_in[v.article_id].title) for v in statement.versions)),
    }
    return Page("actor.md.j2", uri, meta, dict(
        actor=actor, appearances=appearances, companions=companions, first=part == 1, pager=list(pager),
        here=uri, title=meta["title"], seen=seen_between(dates, len(dates) < len(appearances)), site=site,
        articles=stated_in), subject=actor,
        later=charts | sections, inputs=(tuple(quotes), tuple(statements), pairs, span))


def search_boost(prominence: float) -> float:
    """Material's search boost of an actor's page: below 1 for a name met once (it sinks under the actors
    a reader looks for), up to 3 for the most prominent."""
    return round(min(3.0, max(0.5, 0.5 + prominence / 8)), 1)


def newest_first(statements: Sequence[Statement], date_of: Callable[[Statement], dt.date | None]) -> list[Statement]:
    """Statements by date, newest first, undated last (ties keep their order)."""
    def newest(statement: Statement) -> tuple[bool, int]:
        date = date_of(statement)
        return date is None, -date.toordinal() if date else 0
    return sorted(statements, key=newest)


def seen_between(dates: Sequence, undated: bool) -> str:
    """When an actor was in the news: its first and last publication dates, and whether undated too."""
    if not dates:
        return "in undated articles only"
    first, last = min(dates).isoformat(), max(dates).isoformat()
    span = first if first == last else f"{first} to {last}"
    return f"{span}, and in undated articles" if undated else span


def render_topic(env: jinja2.Environment, digest: Digest, site: Site, topic: Topic,
                 by_id: dict[str, AnnotatedArticle], uri: str) -> str:
    return render_page(env, topic_page(digest, site, topic, by_id, uri))


def topic_page(digest: Digest, site: Site, topic: Topic, by_id: dict[str, AnnotatedArticle], uri: str,
               shown: Sequence[str] | None = None, pager: Pager = ()) -> Page:
    """A topic's page: its description, actors and articles; with many articles (`sections.INDEX_ROWS`
    a page) the first page shows the newest and further pages ("topics/x/2.md", `pager`) the others,
    each out of the search (its rows are other pages' titles)."""
    shown = topic.articles if shown is None else shown
    first = not pager or uri == pager[0][0]
    meta = {"title": topic.label, "kind": "topic", "source": topic.source, "articles": len(topic.articles)}
    if topic.description:
        meta["description"] = topic.description
    if not first:
        meta = {"title": titled(topic.label, pager, uri), **NOT_SEARCHED}
    articles = [by_id[a].article for a in shown]
    actors = [(digest.actor(actor_id), n) for actor_id, n in topic.actors] if first else []
    return Page("topic.md.j2", uri, meta, dict(
        topic=topic, articles=articles, actors=actors, first=first, pager=list(pager), here=uri,
        title=meta["title"], site=site.only(articles=shown, actors=[actor.id for actor, _ in actors])),
        subject=topic, later={"months": lambda: sectioned(articles, lambda article: article.date,
                                                         lambda article: words(article.title, article.source))})


def topics_index_pages(env: jinja2.Environment, digest: Digest, site: Site) -> dict[str, Callable[[], str]]:
    """The Topics index: the taxonomy's subjects, then the key phrases, INDEX_ROWS a page ("topics/index.md",
    "topics/index/2.md", ...: key phrases grow with the archive), out of the search like the other indexes."""
    subjects = [t for t in digest.topics if t.source == "taxonomy"]
    phrases = [t for t in digest.topics if t.source == "key phrase"]
    pages = paginate("topics/index.md", phrases)
    pager = pager_of(pages)  # most articles first: pages by number
    return {uri: lambda uri=uri, chunk=chunk: render_index_page(
        env, "topics_index.md.j2", titled("Topics", pager, uri),
        groups={"taxonomy": subjects if uri == pages[0][0] else [], "key phrase": chunk},
        pager=pager, here=uri, url=lambda target: link(uri, target), site=site) for uri, chunk in pages}


def actors_index_pages(env: jinja2.Environment, digest: Digest, site: Site) -> dict[str, Callable[[], str]]:
    """The Actors index (the network, and the ACTORS_SHOWN most prominent of each type) and every actor
    with a page by name: a page per initial ("actors/by-name/a.md"), split when long."""
    paged = [actor for actor in digest.actors if actor.has_page]
    initials: dict[str, list[Actor]] = {}
    for actor in sorted(paged, key=lambda actor: (actor.id, actor.name)):
        initials.setdefault(initial(actor), []).append(actor)
    letters = {letter: paginate(f"actors/by-name/{letter}.md", actors) for letter, actors in initials.items()}
    links = [(letter_label(letter), pages[0][0], len(initials[letter])) for letter, pages in letters.items()]
    makers = {"actors/index.md": lambda: render_actors_index(env, digest, site, paged, links)}
    for letter, pages in letters.items():
        pager = pager_of(pages, lambda n, chunk: f"{chunk[0].name} to {chunk[-1].name}")
        for uri, chunk in pages:
            makers[uri] = lambda uri=uri, chunk=chunk, letter=letter, pager=pager: render_index_page(
                env, "actors_by_name.md.j2", titled(f"Actors: {letter_label(letter)}", pager, uri), actors=chunk, letters=links, pager=pager, here=uri, url=lambda target: link(uri, target),
                site=site)
    return makers


ACTORS_SHOWN = 50  # actors of each type on the Actors index; every one is on the pages by name


def initial(actor: Actor) -> str:
    """The letter an actor is listed under by name: its slug's first (ASCII, transliterated), else "other"."""
    first = actor.id[:1]
    return first if "a" <= first <= "z" else "other"


def letter_label(letter: str) -> str:
    return "Others" if letter == "other" else letter.upper()


def render_actors_index(env: jinja2.Environment, digest: Digest, site: Site, paged: Sequence[Actor],
                        letters: Sequence[tuple[str, str, int]]) -> str:
    uri = "actors/index.md"
    ranked = sorted(paged, key=lambda actor: (-actor.prominence, actor.name, actor.id))  # most prominent first
    found = grouped((actor, actor.mentions) for actor in ranked)
    groups = {type_: found[type_][:ACTORS_SHOWN] for type_, _, _ in TYPE_GROUPS}
    totals = Counter(actor.type for actor in paged)
    return env.get_template("actors_index.md.j2").render(
        front_matter=front_matter({"title": "Actors", **NOT_SEARCHED}), groups=groups, type_groups=TYPE_GROUPS,
        totals=totals, letters=letters, network=Markdown(actor_network(paged, actor_href(site, uri))),
        url=lambda target: link(uri, target), site=site)


def archive_pages(env: jinja2.Environment, digest: Digest, site: Site) -> tuple[dict[str, Callable[[], str]], str]:
    """The archive: every article by month of publication, newest first, undated last, INDEX_ROWS a page
    ("articles/index.md", then "articles/index/2.md", ...); and the page where the undated ones begin."""
    pages = paginate("articles/index.md", digest.articles)
    pager = pager_of(pages, lambda n, chunk: span_label([a.article.date for a in chunk]))
    undated = next((uri for uri, chunk in pages if any(a.article.date is None for a in chunk)), pages[-1][0])
    return {uri: lambda uri=uri, chunk=chunk: render_index_page(
        env, "archive.md.j2", titled("Articles", pager, uri), pager=pager, here=uri,
        months=by_month(chunk, lambda annotated: annotated.article.date), url=lambda target: link(uri, target),
        site=site) for uri, chunk in pages}, undated


def render_home(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "index.md"
    latest = [(a, article_actors(digest, a)[:5]) for a in digest.articles[:HOME_ARTICLES]]
    return env.get_template("home.md.j2").render(
        front_matter=front_matter({"title": "Latest news", **NOT_SEARCHED}), latest=latest, digest=digest,
        url=lambda target: link(uri, target), site=site)


def highlight(sentence: str, text: str) -> Markdown:
    """The sentence escaped, with its first occurrence of `text` in bold."""
    at = sentence.find(text)
    if at < 0 or not text.strip():
        return Markdown(escape(sentence))
    return Markdown(f"{escape(sentence[:at])}**{escape(text)}**{escape(sentence[at + len(text):])}")


def event_context(event: Event) -> Markdown:
    """The sentence naming an event's date, the date in bold; for an excerpt article only the date as
    written, unless the sentence is in the lead (the only text of it the site publishes)."""
    if event.article.excerpt and event.ref.paragraph != lead_index(event.article):
        return Markdown(f"**{escape(event.ref.text)}**")
    return highlight(event.ref.sentence, event.ref.text)


def year_sections(year: int, events: list[Event]) -> dict[str, list[Event]]:
    """A year's events; by month when many (a season, quarter or half under the month it begins; dates naming
    only the year: "2016 as a whole"), none over budget."""
    if len(events) <= GROUP_AFTER:
        return split_long({"": events}, event_words)
    groups: dict[str, list[Event]] = {}
    for event in events:
        month = f"{year} as a whole" if event.ref.granularity == "year" else f"{event.start:%B %Y}"
        groups.setdefault(month, []).append(event)
    return split_long(groups, event_words)


def event_words(event: Event) -> int:
    return words(event.label, event.ref.sentence, event.article.title)


def timeline_pages(env: jinja2.Environment, digest: Digest, site: Site,
                   undated: str = "articles/index.md") -> dict[str, Callable[[], str]]:
    """The Timeline: the coverage chart and the newest events on "timeline.md", older events on further
    pages ("timeline/2.md", ...), each labelled by the months it spans; `undated`: the archive's page
    that lists the undated articles."""
    events = timeline_events(digest)
    pages = paginate("timeline.md", events)
    pager = pager_of(pages, lambda n, chunk: span_label([event.start for event in chunk]))
    return {uri: lambda uri=uri, chunk=chunk: render_timeline(env, digest, site, uri, chunk, pager, events, undated)
            for uri, chunk in pages}


def span_label(dates: Sequence[dt.date | None]) -> str:
    """The months a page spans, from its first item's to its last ("March 2005 to January 2005")."""
    months = [f"{date:%B %Y}" if date else "Undated" for date in dates]
    if not months:
        return "1"
    return months[0] if months[0] == months[-1] else f"{months[0]} to {months[-1]}"


def render_timeline(env: jinja2.Environment, digest: Digest, site: Site, uri: str, events: Sequence[Event],
                    pager: Pager, every_event: Sequence[Event], undated_uri: str = "articles/index.md") -> str:
    """One page of the Timeline; the first also draws the coverage chart and lists the undated articles."""
    first = uri == pager[0][0]
    undated = [a.article for a in digest.articles if a.article.date is None] if first else []
    coverage = coverage_timeline([a.article for a in digest.articles], list(every_event)) if first else ""
    title = titled("Timeline", pager, uri)
    return env.get_template("timeline.md.j2").render(
        front_matter=front_matter({"title": title, **NOT_SEARCHED}), title=title, first=first,
        years={year: year_sections(year, found) for year, found in by_year(list(events)).items()},
        coverage=Markdown(coverage), pager=pager, here=uri, undated_uri=undated_uri, undated=undated,
        list_at_most=GROUP_AFTER, event_context=event_context, url=lambda target: link(uri, target),
        site=site)
