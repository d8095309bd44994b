"""What every page of the digest shares: the Jinja2 environment, which escapes every value a template
prints (article text is text: nothing from an article becomes markup or a script unless it is a `Markdown`
value built by the render stage), the `Site` that links any page to any other, front matter, and `Page`,
one page before it is rendered.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote

import jinja2
import yaml

from digest.model import Actor, Article, Digest
from digest.publish.output import Planned
from digest.render.sections import paginate
from digest.render.stamps import stamp
from digest.slugs import article_slug


# Index pages that only repeat what their own pages show (titles, quotes): left out of the search index,
# which then stays smaller and its results point at the articles and actors themselves.
NOT_SEARCHED = {"search": {"exclude": True}}
# libyaml's dumper when PyYAML has it (the same text, ten times faster over thousands of pages).
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
UNFOLDED = 1_000_000  # yaml.dump's line width: never fold a value over lines


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


@dataclass(frozen=True)
class Site:
    """Where every page of the digest lives, so templates can link any page to any other."""

    article_uri: dict[str, str]  # article id -> page path
    actor_uri: dict[str, str]  # actor id -> page path
    topic_uri: dict[str, str] = field(default_factory=dict)  # topic slug -> page path
    html_links: HtmlLinks = "source"  # how links inside raw HTML (the charts) are written
    anchors: bool = False  # links between pages as HTML anchors (`Links`): the pages the MkDocs plugin hands over

    @classmethod
    def of(cls, digest: Digest, html_links: HtmlLinks = "source", anchors: bool = False) -> Site:
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
        return cls(article_uri=article_uri, actor_uri=actor_uri, topic_uri=topic_uri, html_links=html_links,
                   anchors=anchors)

    def actor_link(self, from_uri: str, actor: Actor) -> Markdown:
        """The actor's name, a link to its page from the page at `from_uri` when it has one."""
        target = self.actor_uri.get(actor.id)
        return self.links(from_uri)(actor.name, target) if target else Markdown(escape(actor.name))

    def links(self, from_uri: str) -> Links:
        """How the page at `from_uri` links to the others (the templates' `a`)."""
        return Links(from_uri, self.html_links if self.anchors else None)

    def html_link(self, from_uri: str, to_uri: str) -> str:
        """A link from one page to another as raw HTML must write it for the engine (see `HtmlLinks`)."""
        return html_link(from_uri, to_uri, self.html_links)


def html_link(from_uri: str, to_uri: str, html_links: HtmlLinks) -> str:
    """A link from one page to another as raw HTML must write it for the engine (see `HtmlLinks`)."""
    if html_links == "source":
        return link(from_uri, to_uri)
    directory = html_links == "directory"
    source = page_url(from_uri, directory)
    return relative_path(source.rpartition("/")[0], page_url(to_uri, directory)) or "./"  # MkDocs' link to itself


@dataclass(frozen=True)
class Links:
    """The links one page writes to the others (the templates' `a`): `a(text, to_uri, fragment, css_class)`.

    A Markdown link, which the engine resolves; or, for the pages the MkDocs plugin hands over (`anchors`:
    "directory" or "file", as `HtmlLinks`), the HTML anchor MkDocs would make of it, with the built page's
    URL. Python-Markdown passes an anchor on as it is, while its link pattern scans the whole paragraph again
    for each Markdown link in it, and the digest writes paragraphs, list items and table rows of dozens of
    links (an article's actors, the letters of an index). Zensical, which publishes `digest build`'s pages,
    rewrites the URLs of anchors as if they were the source's: those pages keep Markdown links.
    """

    here: str  # the page's path
    anchors: HtmlLinks | None = None  # None: Markdown links

    def __call__(self, text: object, to_uri: str, fragment: str = "", css_class: str = "") -> Markdown:
        to_uri, _, written = to_uri.partition("#")  # a target may carry its fragment ("articles/a.md#q-1")
        fragment = fragment or written
        target = f"#{fragment}" if fragment else ""
        if self.anchors is None:
            attributes = f"{{ .{css_class} }}" if css_class else ""
            return Markdown(f"[{escape(text)}]({link(self.here, to_uri)}{target}){attributes}")
        classes = f' class="{css_class}"' if css_class else ""
        return Markdown(f'<a{classes} href="{html_link(self.here, to_uri, self.anchors)}{target}">'
                        f'{escape(text)}</a>')


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


@dataclass(frozen=True)
class Page:
    """One page before rendering: its template, front matter and the template's other values.

    `site` in the context holds only the links the page makes (`links_of` its inputs), so a template that looks
    up a page its inputs do not name fails loudly instead of going stale.
    """

    template: str
    uri: str
    meta: dict
    context: dict
    links: Links  # how it links to the other pages (the template's `a`)


def render_page(env: jinja2.Environment, page: Page) -> str:
    return env.get_template(page.template).render(front_matter=front_matter(page.meta), **page.context,
                                                  a=page.links)


Pager = list[tuple[str, str]]  # the pages of a split index: (path, label), in order


def pager_of(pages: Sequence[tuple[str, Sequence]], label: Callable[[int, Sequence], str] | None = None) -> Pager:
    """The pages of a split index and their labels (by default their numbers)."""
    return [(uri, label(n, chunk) if label else str(n)) for n, (uri, chunk) in enumerate(pages, start=1)]


def is_first_page(uri: str, pager: Sequence[tuple[str, str]]) -> bool:
    """Whether `uri` is the first of its pages (or the only one: an empty `pager`)."""
    return not pager or uri == pager[0][0]


def titled(title: str, pager: Pager, uri: str) -> str:
    """An index page's title: "Quotes", then "Quotes (page 2)" and on."""
    number = next(n for n, (page_uri, _) in enumerate(pager, start=1) if page_uri == uri)
    return title if number == 1 else f"{title} (page {number})"


def render_index_page(env: jinja2.Environment, template: str, title: str, **context: object) -> str:
    """One page of a split index, left out of the search (its rows are other pages' titles)."""
    return env.get_template(template).render(front_matter=front_matter({"title": title, **NOT_SEARCHED}),
                                             title=title, **context)


def keyed_index_page(env: jinja2.Environment, code: str, site: Site, template: str, uri: str, title: str,
                     **context: object) -> Planned:
    """One page of an index, keyed by what it shows: `context` holds values only (text, numbers, dates, None, and
    tuples, lists, dicts and dataclasses of them; no `site`: `stamps.stamp` refuses anything else), so a hash of it,
    the page's path and `code` (the code, and how links are written) changes whenever the page's text could."""
    key = stamp(code, template, uri, title, context)
    return Planned(key, lambda: render_index_page(env, template, title, here=uri, a=site.links(uri), **context))


def keyed_groups(env: jinja2.Environment, code: str, site: Site, template: str, folder: str, title: str,
                 groups: dict[str, tuple[str, Sequence]], context: Callable[[str, list], dict],
                 size: int | None = None, part_label: Callable[[int, Sequence], str] | None = None,
                 ) -> tuple[dict[str, Planned], list[tuple[str, str, int]]]:
    """The pages of an index that goes by a key an added article does not move (a month, an initial): each
    group's rows (`groups`: name -> (label, rows)) on pages of their own, "{folder}/{name}.md", a long group
    going on in parts of `size` rows ("{folder}/{name}/2.md"), titled "{title}: {label}" and keyed by what they
    show (`keyed_index_page`; `context(label, rows)`: the rest of the template's values); and the links to the
    groups, (label, first page, rows), in order."""
    planned: dict[str, Planned] = {}
    links = []
    for name, (label, rows) in groups.items():
        parts = paginate(f"{folder}/{name}.md", rows, size)
        links.append((label, parts[0][0], len(rows)))
        pager = pager_of(parts, part_label)
        for uri, chunk in parts:
            title_of_part = titled(f"{title}: {label}", pager, uri)
            planned[uri] = keyed_index_page(env, code, site, template, uri, title_of_part, pager=pager,
                                            **context(label, chunk))
    return planned, links


@dataclass(frozen=True)
class Named:
    """An actor as a page that is not its own names it: its name, a link to its page when it has one (`uri`)."""

    id: str
    name: str
    type: str
    uri: str | None

    @classmethod
    def of(cls, actor: Actor, site: Site) -> Named:
        return cls(actor.id, actor.name, actor.type, site.actor_uri.get(actor.id))


@dataclass(frozen=True)
class Listed:
    """An article as a page that is not its own lists it: a link to its page, its title, date and source."""

    id: str
    title: str
    date: dt.date | None
    source: str | None
    uri: str

    @classmethod
    def of(cls, article: Article, site: Site) -> Listed:
        return cls(article.id, article.title, article.date, article.source, site.article_uri[article.id])


@dataclass(frozen=True)
class TopicLink:
    """A topic as a page that is not its own links it: its label and page."""

    slug: str
    label: str
    uri: str


def links_of(html_links: HtmlLinks, articles: Iterable[Listed] = (), actors: Iterable[Named] = (),
             topics: Iterable[TopicLink] = (), anchors: bool = False) -> Site:
    """The `Site` of the links one page makes, from its inputs: the pages of these articles, actors (those
    that have one) and topics only."""
    return Site(article_uri={a.id: a.uri for a in articles},
                actor_uri={a.id: a.uri for a in actors if a.uri is not None},
                topic_uri={t.slug: t.uri for t in topics}, html_links=html_links, anchors=anchors)


def span_label(dates: Sequence[dt.date | None]) -> str:
    """The months a page spans, from its first item's to its last ("March 2005 to January 2005")."""
    months = [f"{date:%B %Y}" if date else "Undated" for date in dates]
    if not months:
        return "1"
    return months[0] if months[0] == months[-1] else f"{months[0]} to {months[-1]}"


def actor_href(site: Site, uri: str) -> Callable[[str], str]:
    """Actor id -> the URL of its page from the page at `uri`, for the charts' links."""
    return lambda actor_id: site.html_link(uri, site.actor_uri[actor_id])
