"""The annotate stage: spaCy's analysis of every paragraph, kept as plain data (`ParsedArticle`).

Everything later (actors, quotes, dates) works on this plain data, so it can be cached by content
hash and tested without a model.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from digest.model import Article, Entity, Mention, ParsedArticle, ParsedParagraph, Token

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


def sentence_of(paragraph: ParsedParagraph, token: int) -> tuple[int, int]:
    """The token span of the sentence holding `token`."""
    for start, end in paragraph.sents:
        if start <= token < end:
            return start, end
    return 0, len(paragraph.tokens)


def is_sentence_start(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether `token` opens its sentence (punctuation before it, such as a quotation mark, aside)."""
    start, _ = sentence_of(paragraph, token.i)
    return all(t.pos == "PUNCT" for t in paragraph.tokens[start:token.i])


def mention_tokens(paragraph: ParsedParagraph, mention: Mention) -> list[Token]:
    """The tokens of `paragraph` that a mention's characters cover."""
    starts = paragraph.token_starts
    return list(paragraph.tokens[bisect_left(starts, mention.start):bisect_left(starts, mention.end)])


def token_end(token: Token) -> int:
    """The character offset right after a token's text in its paragraph."""
    return token.idx + len(token.text)


def span_entity(paragraph: ParsedParagraph, start: int, end: int, label: str) -> Entity:
    """The entity of the paragraph's tokens `start` to `end` (exclusive), with their text and characters."""
    start_char, end_char = paragraph.tokens[start].idx, token_end(paragraph.tokens[end - 1])
    return Entity(start, end, label, paragraph.text[start_char:end_char], start_char, end_char)


def span_text(tokens: Iterable[Token]) -> str:
    tokens = list(tokens)
    return "".join(t.text + t.ws for t in tokens[:-1]) + (tokens[-1].text if tokens else "")
