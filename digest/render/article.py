"""An article's page: its text with quotations marked and actors linked, its actors, quotes, dates,
topics and related coverage in front matter (an excerpt article: its lead and its quotations only)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from digest.annotate.dates import date_record
from digest.model import Actor, AnnotatedArticle, Article, Digest, Quote
from digest.render.site import HtmlLinks, Links, Listed, Markdown, Named, Page, Site, TopicLink, escape, links_of
from digest.render.stamps import Analysed


A = TypeVar("A", Actor, Named)

TYPE_GROUPS = (("person", "people", "People"), ("organisation", "organisations", "Organisations"),
               ("place", "places", "Places"), ("other", "other", "Other"))


@dataclass(frozen=True)
class ArticleInputs:
    """What an article's page is made from, all of it (`article_page` reads nothing else, so a hash of these
    values says when the page must be made again): its analysis, the actor each of its local actors is (by
    local key), its topics, and its related coverage with the first three actors each shares with it."""

    uri: str
    analysis: Analysed
    actors: dict[str, Named]
    topics: tuple[TopicLink, ...]
    related: tuple[tuple[Listed, tuple[Named, ...]], ...]


def article_inputs(digest: Digest, annotated: AnnotatedArticle, uri: str, named: Mapping[str, Named],
                   listed: Mapping[str, Listed], topics: Mapping[str, TopicLink]) -> ArticleInputs:
    """An article's `ArticleInputs`, from the digest and the actors, articles and topics as pages show them."""
    article_id = annotated.article.id
    return ArticleInputs(
        uri, Analysed(digest.fingerprints.get(article_id, ""), annotated),
        {local.key: named[digest.actor_of[(article_id, local.key)]] for local in annotated.actors},
        tuple(topics[slug] for slug in digest.topics_of.get(article_id, ()) if slug in topics),
        tuple((listed[r.article_id], tuple(named[x] for x in r.shared_actors[:3]))
              for r in digest.related.get(article_id, ())))


def article_actors(digest: Digest, annotated: AnnotatedArticle) -> list[tuple[Actor, int]]:
    """The article's actors with their mention counts, most mentioned first: one entry per actor, however
    many local spellings of the article lead to it."""
    actors = {local.key: digest.actor(digest.actor_of[(annotated.article.id, local.key)])
              for local in annotated.actors}
    return counted(annotated, actors)


def counted(annotated: AnnotatedArticle, actors: Mapping[str, A]) -> list[tuple[A, int]]:
    """The actors of the article's local actors (`actors`, by local key) with their mention counts, most
    mentioned first, then by name."""
    counts: Counter[str] = Counter()
    by_id = {}
    for local in annotated.actors:
        actor = by_id[actor.id] = actors[local.key]
        counts[actor.id] += len(local.mentions)
    found = [(by_id[actor_id], count) for actor_id, count in counts.items()]
    return sorted(found, key=lambda pair: (-pair[1], pair[0].name))


def grouped(pairs: Iterable[tuple[A, int]]) -> dict[str, list[tuple[A, int]]]:
    groups: dict[str, list[tuple[A, int]]] = defaultdict(list)
    for actor, count in pairs:
        groups[actor.type].append((actor, count))
    return groups


def article_page(inputs: ArticleInputs, html_links: HtmlLinks = "source", anchors: bool = False) -> Page:
    """An article's page, made from its inputs alone."""
    annotated, uri = inputs.analysis.annotated, inputs.uri
    article = annotated.article
    actors = counted(annotated, inputs.actors)
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
    meta["quotes"] = [quote_record(q, speaker_of(q, inputs.actors)) for q in annotated.quotes]
    topics = inputs.topics
    tags = list(dict.fromkeys([*article.tags, *(t.label for t in topics)]))  # topics are Material tags
    if tags:
        meta["tags"] = tags
    meta["dates"] = [date_record(ref) for ref in annotated.dates]
    related = inputs.related
    site = links_of(html_links, [other for other, _ in related], inputs.actors.values(), topics, anchors)
    paragraphs = (excerpt_paragraphs if article.excerpt else body_paragraphs)(annotated, inputs.actors, site, uri)
    return Page("article.md.j2", uri, meta, dict(
        article=article, groups=groups, type_groups=TYPE_GROUPS, site=site, topics=topics, related=related,
        paragraphs=paragraphs), site.links(uri))


def quote_record(quote: Quote, actor_id: str | None) -> dict:
    """A quote as front matter and `digest export` show it (`actor_id`: its speaker's actor's, if any)."""
    return {"id": quote.id, "text": quote.text, "speaker": quote.speaker, "actor": actor_id, "cue": quote.cue,
            "method": quote.method, "confidence": quote.confidence,
            "paragraph": quote.paragraph, "sentence": quote.sentence}


def body_paragraphs(annotated: AnnotatedArticle, actors: Mapping[str, Named], site: Site,
                    uri: str) -> list[tuple[str, Markdown]]:
    """(kind, Markdown) of each paragraph: quotes highlighted with their speaker, first mentions linked
    (`actors`: the actor of each local actor, by local key)."""
    first: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for local in annotated.actors:
        mention = local.mentions[0]
        target = actors[local.key].uri
        if target is not None:
            first[mention.paragraph].append((mention.start, mention.end, target))
    parts = quote_parts(annotated)
    result = []
    for paragraph in annotated.article.paragraphs:
        links = sorted(first.get(paragraph.index, []))
        quoted = [(start, end, markup_of(q, is_first, is_last, actors, site, uri))
                  for start, end, q, is_first, is_last in parts.get(paragraph.index, [])]
        result.append((paragraph.kind, splice(paragraph.text, links, quoted, site.links(uri))))
    return result


def excerpt_paragraphs(annotated: AnnotatedArticle, actors: Mapping[str, Named], site: Site,
                       uri: str) -> list[tuple[str, Markdown]]:
    """What the page of an excerpt article (`excerpt: true`) publishes: its lead paragraph as a full page
    shows it, then each quotation made outside the lead, with its speaker (kind "quote"). Nothing else
    of the text appears; the link to the original follows them on the page."""
    paragraphs = annotated.article.paragraphs
    lead = lead_index(annotated.article)
    shown = [(kind, text) for (kind, text), p in zip(body_paragraphs(annotated, actors, site, uri), paragraphs)
             if p.index == lead]
    for quote in annotated.quotes:
        term = quote.speaker is None and quote.method == "term"
        if quote.paragraph == lead or term:
            continue
        speaker = (speaker_link(quote, actors, site, uri) if quote.speaker
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


def markup_of(quote: Quote, is_first: bool, is_last: bool, actors: Mapping[str, Named], site: Site,
              uri: str) -> tuple[str, str]:
    """The inline HTML that opens and closes one part of a quote on its article page."""
    term = quote.speaker is None and quote.method == "term"
    kind = "digest-term" if term else "digest-quote"
    anchor = f' id="{quote.id}"' if is_first and quote.id else ""
    close = "</span>"
    if is_last and quote.speaker:
        close += f' <span class="digest-speaker">{speaker_link(quote, actors, site, uri)}</span>'
    elif is_last and not term:
        close += ' <span class="digest-speaker digest-unidentified">speaker not identified</span>'
    return f'<span class="{kind}"{anchor}>', close


def speaker_link(quote: Quote, actors: Mapping[str, Named], site: Site, uri: str) -> str:
    actor = speaker_named(quote, actors)
    return escape(quote.speaker) if actor is None else site.actor_link(uri, actor)


def speaker_of(quote: Quote, actors: Mapping[str, Named]) -> str | None:
    """The actor id of a quote's speaker, when the speaker is one of the article's actors (`actors`)."""
    actor = speaker_named(quote, actors)
    return actor.id if actor else None


def speaker_named(quote: Quote, actors: Mapping[str, Named]) -> Named | None:
    """The actor a quote's speaker is, when it is one of the article's actors (`actors`, by local key)."""
    return actors.get(quote.speaker_key) if quote.speaker_key is not None else None


def speaker_actor(quote: Quote, annotated: AnnotatedArticle, digest: Digest) -> str | None:
    """The digest-wide actor id of a quote's speaker, when the speaker is an actor."""
    if quote.speaker_key is None:
        return None
    return digest.actor_of.get((annotated.article.id, quote.speaker_key))


def splice(text: str, links: Sequence[tuple[int, int, str]],
           quoted: Sequence[tuple[int, int, tuple[str, str]]], a: Links) -> Markdown:
    """The paragraph escaped, quotes wrapped in their markup and links made inside and between them."""
    pieces, cursor = [], 0
    for start, end, (opening, closing) in sorted(quoted):
        if start < cursor:
            continue
        pieces.append(splice_links(text, links, a, cursor, start))
        pieces.append(opening + splice_links(text, links, a, start, end) + closing)
        cursor = end
    pieces.append(splice_links(text, links, a, cursor, len(text)))
    return Markdown("".join(pieces))


def splice_links(text: str, links: Sequence[tuple[int, int, str]], a: Links, begin: int = 0,
                 stop: int | None = None) -> Markdown:
    """The characters begin..stop escaped, with the link spans that lie inside them made links."""
    stop = len(text) if stop is None else stop
    parts, cursor = [], begin
    for start, end, target in links:
        if start < cursor or end > stop:
            continue  # overlapping or crossing the range: keep the text, drop the link
        parts.append(escape(text[cursor:start]))
        parts.append(a(text[start:end], target))
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
