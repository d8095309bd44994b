"""The render stage: a `Digest` in, Markdown pages with YAML front matter out (`{path: text}`).

Article text is text: every value a template prints is escaped for Markdown and HTML unless it is
a `Markdown` value built here, so nothing from an article can become markup or a script.
"""

from __future__ import annotations

import html
import posixpath
from urllib.parse import quote
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import jinja2
import yaml
from slugify import slugify

from digest.dates import date_record
from digest.model import Actor, AnnotatedArticle, Article, Digest, Quote, Statement, Topic
from digest.timeline import by_year, timeline_events

T = TypeVar("T")

HOME_ARTICLES = 20
# Index pages that only repeat titles found on their own pages: left out of the search index, which
# then stays smaller and its results point at the articles and actors themselves.
NOT_SEARCHED = {"search": {"exclude": True}}
# An actor page groups its articles by month once it lists more than this many.
ACTOR_GROUP_AFTER = 10
# libyaml's dumper when PyYAML has it (the same text, ten times faster over thousands of pages).
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
TYPE_GROUPS = (("person", "people", "People"), ("organisation", "organisations", "Organisations"),
               ("place", "places", "Places"), ("other", "other", "Other"))


# Page names MkDocs gives a meaning of their own: README.md stands in for index.md, the folder's index page.
RESERVED_STEMS = frozenset({"index", "readme"})


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
    topic_uri: dict[str, str] = field(default_factory=dict)  # topic slug -> page path

    @classmethod
    def of(cls, digest: Digest) -> Site:
        taken: set[str] = set()
        article_uri = {}
        for annotated in sorted(digest.articles, key=lambda a: a.article.id):
            base = slugify(annotated.article.id, lowercase=False, regex_pattern=r"[^A-Za-z0-9_-]+") or "article"
            slug, n = base, 1
            while slug.lower() in taken or slug.lower() in RESERVED_STEMS:
                n += 1
                slug = f"{base}-{n}"
            taken.add(slug.lower())
            article_uri[annotated.article.id] = f"articles/{slug}.md"
        actor_uri = {actor.id: f"actors/{actor.id}.md" for actor in digest.actors}
        topic_uri = {topic.slug: f"topics/{topic.slug}.md" for topic in digest.topics}
        return cls(article_uri=article_uri, actor_uri=actor_uri, topic_uri=topic_uri)


def link(from_uri: str, to_uri: str) -> Markdown:
    """The relative link from one page to another, as MkDocs resolves it."""
    return Markdown(relative_path(posixpath.dirname(from_uri), to_uri))


def relative_path(from_dir: str, to_uri: str) -> str:
    """`posixpath.relpath` for normalised paths inside the docs folder, without its slow `abspath` calls."""
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


def front_matter(data: dict) -> Markdown:
    data = {key: html_safe(value) if key in HTML_KEYS else value for key, value in data.items()}
    text = yaml.dump(data, Dumper=SAFE_DUMPER, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=100)
    return Markdown(f"---\n{text}---\n")


def render_pages(digest: Digest) -> dict[str, str]:
    """Every generated page of the digest, by its path under the docs folder."""
    env = environment()
    site = Site.of(digest)
    pages: dict[str, str] = {}
    by_id = {a.article.id: a for a in digest.articles}
    articles = {article_id: a.article for article_id, a in by_id.items()}  # made once: linear, not quadratic
    for annotated in digest.articles:
        uri = site.article_uri[annotated.article.id]
        pages[uri] = render_article(env, digest, site, annotated, uri, articles)
    said = quotes_by_speaker(digest)
    companions = co_appearances(digest)
    statements = statements_by_speaker(digest)
    for actor in digest.actors:
        uri = site.actor_uri[actor.id]
        pages[uri] = render_actor(env, site, actor, by_id, uri, said.get(actor.id, []), statements.get(actor.id, []),
                                 [(digest.actor(other), n) for other, n in companions.get(actor.id, [])], articles)
    pages["quotes.md"] = render_quotes(env, digest, site, said)
    for topic in digest.topics:
        uri = site.topic_uri[topic.slug]
        pages[uri] = render_topic(env, digest, site, topic, by_id, uri)
    pages["topics/index.md"] = render_topics_index(env, digest, site)
    pages["actors/index.md"] = render_actors_index(env, digest, site)
    pages["articles/index.md"] = render_archive(env, digest, site)
    pages["index.md"] = render_home(env, digest, site)
    pages["timeline.md"] = render_timeline(env, digest, site)
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
                   uri: str, articles: dict[str, Article] | None = None) -> str:
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
    meta["quotes"] = [quote_record(q, annotated, digest) for q in annotated.quotes]
    topics = digest.article_topics(article.id)
    tags = list(dict.fromkeys([*article.tags, *(t.label for t in topics)]))  # topics are Material tags
    if tags:
        meta["tags"] = tags
    meta["dates"] = [date_record(ref) for ref in annotated.dates]
    paragraphs = body_paragraphs(annotated, digest, site, uri)
    by_id = articles if articles is not None else {a.article.id: a.article for a in digest.articles}
    related = [(by_id[r.article_id], r, [digest.actor(x) for x in r.shared_actors[:3]])
               for r in digest.related.get(article.id, ())]
    return env.get_template("article.md.j2").render(
        front_matter=front_matter(meta), article=article, paragraphs=paragraphs, groups=groups,
        type_groups=TYPE_GROUPS, url=lambda target: link(uri, target), site=site, topics=topics,
        related=related)


def statements_of(digest: Digest, actor_id: str) -> list[Statement]:
    """The statements of one speaker, for its actor page."""
    return statements_by_speaker(digest).get(actor_id, [])


def statements_by_speaker(digest: Digest) -> dict[str, list[Statement]]:
    """The statements of every speaker, in one pass (for the actor pages)."""
    found: dict[str, list[Statement]] = defaultdict(list)
    for statement in digest.statements:
        found[statement.speaker].append(statement)
    return found


def quote_record(quote: Quote, annotated: AnnotatedArticle, digest: Digest) -> dict:
    """A quote as front matter and `digest export` show it."""
    return {"id": quote.id, "text": quote.text, "speaker": quote.speaker,
            "actor": speaker_actor(quote, annotated, digest), "cue": quote.cue,
            "paragraph": quote.paragraph, "sentence": quote.sentence}


def body_paragraphs(annotated: AnnotatedArticle, digest: Digest, site: Site,
                    uri: str) -> list[tuple[str, Markdown]]:
    """(kind, Markdown) of each paragraph: quotes highlighted with their speaker, first mentions linked."""
    first: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for local in annotated.actors:
        mention = local.mentions[0]
        actor_id = digest.actor_of[(annotated.article.id, local.key)]
        first[mention.paragraph].append((mention.start, mention.end, site.actor_uri[actor_id]))
    parts = quote_parts(annotated)
    result = []
    for paragraph in annotated.article.paragraphs:
        links = sorted(first.get(paragraph.index, []))
        quoted = [(start, end, markup_of(q, is_first, is_last, annotated, digest, site, uri))
                  for start, end, q, is_first, is_last in parts.get(paragraph.index, [])]
        result.append((paragraph.kind, splice(paragraph.text, links, quoted, uri)))
    return result


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
    kind = "digest-quote" if quote.speaker else "digest-term"
    anchor = f' id="{quote.id}"' if is_first and quote.id else ""
    close = "</span>"
    if is_last and quote.speaker:
        close += f' <span class="digest-speaker">{speaker_link(quote, annotated, digest, site, uri)}</span>'
    return f'<span class="{kind}"{anchor}>', close


def speaker_link(quote: Quote, annotated: AnnotatedArticle, digest: Digest, site: Site, uri: str) -> str:
    actor_id = speaker_actor(quote, annotated, digest)
    if actor_id is None:
        return escape(quote.speaker)
    return f"[{escape(digest.actor(actor_id).name)}]({link(uri, site.actor_uri[actor_id])})"


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


CO_ACTORS = 10  # how many of the actors appearing most with an actor its page lists


def co_appearances(digest: Digest) -> dict[str, list[tuple[str, int]]]:
    """For each actor, the actors it shares most articles with and how many (linear in the articles)."""
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for annotated in digest.articles:
        present = sorted({digest.actor_of[(annotated.article.id, local.key)] for local in annotated.actors})
        for actor_id in present:
            shared[actor_id].update(other for other in present if other != actor_id)
    return {actor_id: sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:CO_ACTORS]
            for actor_id, counts in shared.items()}


def quotes_by_speaker(digest: Digest) -> dict[str | None, list[tuple[AnnotatedArticle, Quote]]]:
    """Every attributed quote, by the speaker's actor id (None: unnamed sources), newest article first."""
    said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]] = defaultdict(list)
    for annotated in digest.articles:
        for quote in annotated.quotes:
            if quote.speaker:
                said[speaker_actor(quote, annotated, digest)].append((annotated, quote))
    return said


def render_quotes(env: jinja2.Environment, digest: Digest, site: Site,
                  said: dict[str | None, list[tuple[AnnotatedArticle, Quote]]]) -> str:
    uri = "quotes.md"
    speakers = [(digest.actor(actor_id), quotes) for actor_id, quotes in said.items() if actor_id]
    speakers.sort(key=lambda pair: (-len(pair[1]), pair[0].name))
    return env.get_template("quotes.md.j2").render(
        front_matter=front_matter({"title": "Quotes"}), speakers=speakers, unnamed=said.get(None, []),
        url=lambda target: link(uri, target), site=site)


def render_actor(env: jinja2.Environment, site: Site, actor: Actor, by_id: dict[str, AnnotatedArticle],
                 uri: str, quotes: Sequence[tuple[AnnotatedArticle, Quote]] = (),
                 statements: Sequence[Statement] = (), companions: Sequence[tuple[Actor, int]] = (),
                 articles: dict[str, Article] | None = None) -> str:
    appearances = [(by_id[ap.article_id].article, ap) for ap in actor.appearances]
    dates = [article.date for article, _ in appearances if article.date]
    many = len(appearances) > ACTOR_GROUP_AFTER
    months = by_month(appearances, lambda pair: pair[0]) if many else {"": appearances}
    meta = {
        "title": actor.name,
        "type": actor.type,
        "role": actor.role,
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
        "articles": len(actor.appearances),
        "quotes": len(quotes),
        "first_seen": min(dates).isoformat() if dates else None,
        "last_seen": max(dates).isoformat() if dates else None,
        "media": actor.media,
    }
    if actor.description:
        meta["description"] = actor.description
    if actor.wikidata:
        meta["wikidata"] = actor.wikidata
    return env.get_template("actor.md.j2").render(
        front_matter=front_matter(meta), actor=actor, appearances=appearances, quotes=quotes, months=months,
        companions=companions, seen=seen_between(dates, len(dates) < len(appearances)),
        url=lambda target: link(uri, target), site=site, statements=statements,
        articles=articles if articles is not None else {article_id: a.article for article_id, a in by_id.items()})


def seen_between(dates: Sequence, undated: bool) -> str:
    """When an actor was in the news: its first and last publication dates, and whether undated too."""
    if not dates:
        return "in undated articles only"
    first, last = min(dates).isoformat(), max(dates).isoformat()
    span = first if first == last else f"{first} to {last}"
    return f"{span}, and in undated articles" if undated else span


def render_topic(env: jinja2.Environment, digest: Digest, site: Site, topic: Topic,
                 by_id: dict[str, AnnotatedArticle], uri: str) -> str:
    meta = {"title": topic.label, "source": topic.source, "articles": len(topic.articles)}
    if topic.description:
        meta["description"] = topic.description
    return env.get_template("topic.md.j2").render(
        front_matter=front_matter(meta), topic=topic, articles=[by_id[a].article for a in topic.articles],
        actors=[(digest.actor(actor_id), n) for actor_id, n in topic.actors],
        url=lambda target: link(uri, target), site=site)


def render_topics_index(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "topics/index.md"
    groups = {"taxonomy": [t for t in digest.topics if t.source == "taxonomy"],
              "key phrase": [t for t in digest.topics if t.source == "key phrase"]}
    return env.get_template("topics_index.md.j2").render(
        front_matter=front_matter({"title": "Topics"}), groups=groups,
        url=lambda target: link(uri, target), site=site)


def render_actors_index(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "actors/index.md"
    groups = grouped((actor, actor.mentions) for actor in digest.actors)
    return env.get_template("actors_index.md.j2").render(
        front_matter=front_matter({"title": "Actors", **NOT_SEARCHED}), groups=groups, type_groups=TYPE_GROUPS,
        url=lambda target: link(uri, target), site=site)


def by_month(items: Iterable[T], article_of: Callable[[T], Article]) -> dict[str, list[T]]:
    """Items grouped under "March 2025" headings in their order (newest first), undated ones last."""
    months: dict[str, list[T]] = {}
    for item in items:
        date = article_of(item).date
        months.setdefault(date.strftime("%B %Y") if date else "Undated", []).append(item)
    return months


def render_archive(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "articles/index.md"
    months = by_month(digest.articles, lambda annotated: annotated.article)
    return env.get_template("archive.md.j2").render(
        front_matter=front_matter({"title": "Articles", **NOT_SEARCHED}), months=months,
        url=lambda target: link(uri, target), site=site)


def render_home(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "index.md"
    latest = [(a, article_actors(digest, a)[:5]) for a in digest.articles[:HOME_ARTICLES]]
    return env.get_template("home.md.j2").render(
        front_matter=front_matter({"title": "Latest news"}), latest=latest, digest=digest,
        url=lambda target: link(uri, target), site=site)


def highlight(sentence: str, text: str) -> Markdown:
    """The sentence escaped, with its first occurrence of `text` in bold."""
    at = sentence.find(text)
    if at < 0 or not text.strip():
        return Markdown(escape(sentence))
    return Markdown(f"{escape(sentence[:at])}**{escape(text)}**{escape(sentence[at + len(text):])}")


def render_timeline(env: jinja2.Environment, digest: Digest, site: Site) -> str:
    uri = "timeline.md"
    undated = [a.article for a in digest.articles if a.article.date is None]
    return env.get_template("timeline.md.j2").render(
        front_matter=front_matter({"title": "Timeline"}), years=by_year(timeline_events(digest)),
        undated=undated, highlight=highlight, url=lambda target: link(uri, target), site=site)
