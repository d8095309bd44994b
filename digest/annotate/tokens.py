"""Reading a paragraph's parse: the sentence around a token, the tokens a character span covers, the entity of a
token span. Kept apart from `parse`, which makes the parses: the cache keys every parse by `parse`'s code, so a change
here (a rule's helper) makes the analyses again, not the parses."""

from __future__ import annotations

from bisect import bisect_left

from digest.model import Entity, Mention, ParsedParagraph, Token


def sentence_of(paragraph: ParsedParagraph, token: int) -> tuple[int, int]:
    """The token span of the sentence holding `token`."""
    for start, end in paragraph.sents:
        if start <= token < end:
            return start, end
    return 0, len(paragraph.tokens)


def link_below(paragraph: ParsedParagraph, node: Token, upper: int) -> Token | None:
    """The token on the way up the parse from `node` that hangs right from the token at index `upper` (`node` itself
    when it does): how `node` reaches it ("for" in "called for a “…”"); None when the way up ends at the root first."""
    for _ in range(len(paragraph.tokens)):
        if node.head == node.i:
            return None
        if node.head == upper:
            return node
        node = paragraph.tokens[node.head]
    return None


def object_of(paragraph: ParsedParagraph, preposition: Token | None) -> Token | None:
    """The first object the parse hangs from a preposition ("by the Greens": "Greens"); None without one."""
    if preposition is None:
        return None
    return next((t for t in paragraph.dependents(preposition) if t.dep == "pobj"), None)


def is_sentence_start(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether `token` opens its sentence (punctuation before it, such as a quotation mark, aside)."""
    start, _ = sentence_of(paragraph, token.i)
    return all(t.pos == "PUNCT" for t in paragraph.tokens[start:token.i])


def tokens_between(paragraph: ParsedParagraph, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of `paragraph` whose first character is at offset `start` or after it and before `end`, found by
    bisecting the tokens' offsets."""
    starts = paragraph.token_starts
    return paragraph.tokens[bisect_left(starts, start):bisect_left(starts, end)]


def mention_tokens(paragraph: ParsedParagraph, mention: Mention) -> list[Token]:
    """The tokens of `paragraph` that a mention's characters cover."""
    return list(tokens_between(paragraph, mention.start, mention.end))


def token_end(token: Token) -> int:
    """The character offset right after a token's text in its paragraph."""
    return token.idx + len(token.text)


def span_entity(paragraph: ParsedParagraph, start: int, end: int, label: str) -> Entity:
    """The entity of the paragraph's tokens `start` to `end` (exclusive), with their text and characters."""
    start_char, end_char = paragraph.tokens[start].idx, token_end(paragraph.tokens[end - 1])
    return Entity(start, end, label, paragraph.text[start_char:end_char], start_char, end_char)
