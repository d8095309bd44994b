"""The annotate stage: spaCy's analysis of every paragraph, kept as plain data (`ParsedArticle`).

Everything later (actors, quotes, dates) works on this plain data, so it can be cached by content
hash and tested without a model.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from digest.model import Article, Entity, ParsedArticle, ParsedParagraph, Token

BATCH_SIZE = 256


def annotate(articles: Sequence[Article], nlp, *, n_process: int = 1,
             batch_size: int = BATCH_SIZE) -> list[ParsedArticle]:
    """Parse every paragraph of every article with one streaming `nlp.pipe`."""
    return list(iter_annotate(articles, nlp, n_process=n_process, batch_size=batch_size))


def iter_annotate(articles: Sequence[Article], nlp, *, n_process: int = 1,
                  batch_size: int = BATCH_SIZE) -> Iterator[ParsedArticle]:
    """Yield each article's parse as soon as its last paragraph is parsed."""
    texts = (p.text for a in articles for p in a.paragraphs)
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    for article in articles:
        parsed = tuple(parse_paragraph(p.index, next(docs)) for p in article.paragraphs)
        yield ParsedArticle(article=article, paragraphs=parsed)


def parse_paragraph(index: int, doc) -> ParsedParagraph:
    """Plain data of one spaCy `Doc`."""
    tokens = tuple(
        Token(t.i, t.text, t.whitespace_, t.idx, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_)
        for t in doc
    )
    sents = tuple((s.start, s.end) for s in doc.sents) if doc.has_annotation("SENT_START") else ((0, len(doc)),)
    ents = tuple(Entity(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in doc.ents)
    return ParsedParagraph(index=index, text=doc.text, tokens=tokens, sents=sents, ents=ents)
