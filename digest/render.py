"""The render stage: a `Digest` in, Markdown pages with YAML front matter out (`{path: text}`).

Article text is text: every value a template prints is escaped for Markdown and HTML unless it is
a `Markdown` value built here, so nothing from an article can become markup or a script.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import jinja2
import yaml
from slugify import slugify

from digest.export import quote_records
from digest.model import Actor, AnnotatedArticle, Digest

HOME_ARTICLES = 20
TYPE_GROUPS = (("person", "people", "People"), ("organisation", "organisations", "Organisations"),
               ("place", "places", "Places"), ("other", "other", "Other"))


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
    text = re.sub(r"\s+", " ", str(text))
    text = INLINE_SPECIAL.sub(lambda m: f"&#{ord(m.group()[0])};", text)
    return LINE_START_SPECIAL.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), text)


def http_url(url: str | None) -> Markdown | None:
    """An http(s) URL made safe to print as a link target; anything else (javascript:, data:) is None."""
    if not url or not re.match(r"(?i)https?://[^\s/]", url):
        return None
    return Markdown(quote(url, safe=":/?#@!$&'*+,;=%~-._"))


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("digest", "templates"),
        finalize=escape,
        autoescape=False,  # the output is Markdown; `finalize` escapes every printed value
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["http_url"] = http_url
    return env


@dataclass(frozen=True)
class Site:
    """Where every page of the digest lives, so templates can link any page to any other."""

    article_uri: dict[str, str]  # article id -> page path
    actor_uri: dict[str, str]  # actor id -> page path

    @classmethod
    def of(cls, digest: Digest) -> Site:
        taken: set[str] = set()
        article_uri = {}
        for annotated in sorted(digest.articles, key=lambda a: a.article.id):
            base = slugify(annotated.article.id, lowercase=False, regex_pattern=r"[^A-Za-z0-9_-]+") or "article"
            slug, n = base, 1
            while slug.lower() in taken or slug == "index":
                n += 1
                slug = f"{base}-{n}"
            taken.add(slug.lower())
            article_uri[annotated.article.id] = f"articles/{slug}.md"
        actor_uri = {actor.id: f"actors/{actor.id}.md" for actor in digest.actors}
        return cls(article_uri=article_uri, actor_uri=actor_uri)


def link(from_uri: str, to_uri: str) -> Markdown:
    """The relative link from one page to another, as MkDocs resolves it."""
    return Markdown(posixpath.relpath(to_uri, posixpath.dirname(from_uri) or "."))


def front_matter(data: dict) -> Markdown:
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
    return Markdown(f"---\n{text}---\n")


def render_pages(digest: Digest) -> dict[str, str]:
    """Every generated page of the digest, by its path under the docs folder."""
    env = environment()
    site = Site.of(digest)
    pages: dict[str, str] = {}
    by_id = {a.article.id: a for a in digest.articles}
    for annotated in digest.articles:
        uri = site.article_uri[annotated.article.id]
        pages[uri] = render_article(env, digest, site, annotated, uri)
    for actor in digest.actors:
        uri = site.actor_uri[actor.id]
        pages[uri] = render_actor(env, site, actor, by_id, uri)
    pages["actors/index.md"] = render_actors_index(env, digest, site)
    pages["articles/index.md"] = render_archive(env, digest, site)
    pages["index.md"] = render_home(env, digest, site)
    return dict(sorted(pages.items()))


def article_actors(digest: Digest, annotated: AnnotatedArticle) -> list[tuple[Actor, int]]:
    """The article's actors with their mention counts, most mentioned first."""
    found = []
    for local in annotated.actors:
        actor = digest.actor(digest.actor_of[(annotated.article.id, local.key)])
        found.append((actor, len(local.mentions)))
    return sorted(found, key=lambda pair: (-pair[1], pair[0].name))


def grouped(pairs: Iterable[tuple[Actor, int]]) -> dict[str, list[tuple[Actor, int]]]:
    groups: dict[str, list[tuple[Actor, int]]] = defaultdict(list)
    for actor, count in pairs:
        groups[actor.type].append((actor, count))
    return groups


def render_article(env: jinja2.Environment, digest: Digest, site: Site, annotated: AnnotatedArticle,
                   uri: str) -> str:
    article = annotated.article
    actors = article_actors(digest, annotated)
    groups = grouped(actors)
    meta = {
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "source": article.source,
        "url": article.url,
        "authors": list(article.authors),
        "actors": {key: [{"name": a.name, "id": a.id, "mentions": n} for a, n in groups.get(type_, [])]
                   for type_, key, _ in TYPE_GROUPS},
    }
    if article.tags:
        meta["tags"] = list(article.tags)
    meta["quotes"] = quote_records(digest, annotated)
    paragraphs = body_paragraphs(annotated, digest, site, uri)
    return env.get_template("article.md.j2").render(
        front_matter=front_matter(meta), article=article, paragraphs=paragraphs, groups=groups,
        type_groups=TYPE_GROUPS, url=lambda target: link(uri, target), site=site)


def body_paragraphs(annotated: AnnotatedArticle, digest: Digest, site: Site,
                    uri: str) -> list[tuple[str, Markdown]]:
    """(kind, Markdown) of each paragraph, with each actor's first mention linked to its page."""
    first: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for local in annotated.actors:
        mention = local.mentions[0]
        actor_id = digest.actor_of[(annotated.article.id, local.key)]
        first[mention.paragraph].append((mention.start, mention.end, site.actor_uri[actor_id]))
    result = []
    for paragraph in annotated.article.paragraphs:
        links = sorted(first.get(paragraph.index, []))
        result.append((paragraph.kind, splice_links(paragraph.text, links, uri)))
    return result


def splice_links(text: str, links: Sequence[tuple[int, int, str]], uri: str) -> Markdown:
    """The paragraph escaped, with the given character spans turned into links."""
    parts, cursor = [], 0
    for start, end, target in links:
        if start < cursor:
            continue  # overlapping spans: keep the first
        parts.append(escape(text[cursor:start]))
        parts.append(f"[{escape(text[start:end])}]({link(uri, target)})")
        cursor = end
    parts.append(escape(text[cursor:]))
    return Markdown("".join(parts))


def render_actor(env: jinja2.Environment, site: Site, actor: Actor, by_id: dict[str, AnnotatedArticle],
                 uri: str) -> str:
    appearances = [(by_id[ap.article_id].article, ap) for ap in actor.appearances]
    meta = {
        "title": actor.name,
        "type": actor.type,
        "role": actor.role,
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
        "articles": len(actor.appearances),
    }
    return env.get_template("actor.md.j2").render(
        front_matter=front_matter(meta), actor=actor, appearances=appearances,
        url=lambda target: link(uri, target), site=site)


def render_actors_index(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "actors/index.md"
    groups = grouped((actor, actor.mentions) for actor in digest.actors)
    return env.get_template("actors_index.md.j2").render(
        front_matter=front_matter({"title": "Actors"}), groups=groups, type_groups=TYPE_GROUPS,
        url=lambda target: link(uri, target), site=site)


def render_archive(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "articles/index.md"
    months: dict[str, list[AnnotatedArticle]] = {}
    for annotated in digest.articles:
        date = annotated.article.date
        months.setdefault(date.strftime("%B %Y") if date else "Undated", []).append(annotated)
    return env.get_template("archive.md.j2").render(
        front_matter=front_matter({"title": "Articles"}), months=months,
        url=lambda target: link(uri, target), site=site)


def render_home(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "index.md"
    latest = [(a, article_actors(digest, a)[:5]) for a in digest.articles[:HOME_ARTICLES]]
    return env.get_template("home.md.j2").render(
        front_matter=front_matter({"title": "Latest news"}), latest=latest, digest=digest,
        url=lambda target: link(uri, target), site=site)
