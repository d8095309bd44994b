"""The annotate stage: spaCy's analysis of every paragraph, kept as plain data (`ParsedArticle`).

Everything later (actors, quotes, dates) works on this plain data, so it can be cached by content
hash and tested without a model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from digest.model import Article, Entity, ParsedArticle, ParsedParagraph, Token

BATCH_SIZE = 256

# A typographic apostrophe inside a word ("Rubio’s", "isn’t", "O’Halloran"), which spaCy reads as a straight one: its
# English models learnt their tags and names from text with straight apostrophes, and take a curly one for an
# unknown character ("Rubio’s" an organisation, "O’Halloran" alone a body). Not one after a word's last letter, which
# may close a quotation inside another ("the labels of ‘criminal’”). One character for one: offsets stay the article's.
APOSTROPHE_IN_A_WORD = re.compile(r"(?<=\w)’(?=\w)")


def as_the_model_reads(text: str) -> str:
    """A paragraph as spaCy is given it: its apostrophes inside words straight (`APOSTROPHE_IN_A_WORD`)."""
    return APOSTROPHE_IN_A_WORD.sub("'", text)


def annotate(articles: Sequence[Article], nlp, *, n_process: int = 1,
             batch_size: int = BATCH_SIZE) -> list[ParsedArticle]:
    """Parse every paragraph of every article with one streaming `nlp.pipe`."""
    return list(iter_annotate(articles, nlp, n_process=n_process, batch_size=batch_size))


def iter_annotate(articles: Sequence[Article], nlp, *, n_process: int = 1,
                  batch_size: int = BATCH_SIZE) -> Iterator[ParsedArticle]:
    """Yield each article's parse as soon as its last paragraph is parsed."""
    texts = (as_the_model_reads(p.text) for a in articles for p in a.paragraphs)
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    for article in articles:
        parsed = tuple(parse_paragraph(p.index, next(docs), p.text) for p in article.paragraphs)
        yield ParsedArticle(article=article, paragraphs=parsed)


def parse_paragraph(index: int, doc, text: str | None = None) -> ParsedParagraph:
    """Plain data of one spaCy `Doc`, its words as `text` writes them (the paragraph as written, of which the doc
    read `as_the_model_reads`: the same length)."""
    text = doc.text if text is None else text
    tokens = tuple(
        Token(t.i, text[t.idx:t.idx + len(t.text)], t.whitespace_, t.idx, t.lemma_, t.pos_, t.tag_, t.dep_,
              t.head.i, t.ent_type_)
        for t in doc
    )
    sents = tuple((s.start, s.end) for s in doc.sents) if doc.has_annotation("SENT_START") else ((0, len(doc)),)
    ents = tuple(Entity(e.start, e.end, e.label_, text[e.start_char:e.end_char], e.start_char, e.end_char)
                 for e in doc.ents)
    return ParsedParagraph(index=index, text=text, tokens=tokens, sents=sents, ents=ents)
