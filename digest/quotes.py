"""Quotes: the direct quotations of an article and who said them.

Works on the plain token data of `ParsedArticle` (never spaCy objects): quote marks are paired per
paragraph (an opening mark without a closing one runs into the next paragraph), then each quote is
attributed through the cue verb of its sentence (`X said`, `said X`, `according to X`), a pronoun
(the most recent person speaker), or the previous quote it continues. When unsure: no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from digest.model import LocalActor, ParsedArticle, ParsedParagraph, Quote, Token

# Opening and closing double quote marks (curly) and the straight mark, which does both.
OPENING = "“„"
CLOSING = "”"
STRAIGHT = '"'

# Verbs that introduce reported speech (lemmas), the cue of an attribution.
CUE_LEMMAS = frozenset("""
say tell add ask insist warn claim argue explain note write state declare announce continue reply
respond recall acknowledge admit suggest conclude complain stress say urge predict describe call
""".split())

# Personal pronouns that refer back to a person speaker.
PERSON_PRONOUNS = frozenset({"he", "she"})

# Subject relations of a cue verb, and the relation of the agent in "according to X".
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

# A quote of at most this many words with no attribution is a scare quote or a title: no speaker.
SCARE_QUOTE_WORDS = 4


@dataclass(frozen=True)
class Span:
    """A quote's place: paragraph and character offsets, possibly running into a later paragraph."""

    paragraph: int
    start: int
    end: int
    end_paragraph: int | None = None
    end_offset: int | None = None


def quote_spans(paragraphs: tuple[ParsedParagraph, ...]) -> list[Span]:
    """Paired quote marks of every paragraph, an unclosed opening mark continuing to the next paragraph."""
    spans: list[Span] = []
    carry: tuple[int, int] | None = None  # (paragraph, start) of a quote left open
    for para in paragraphs:
        text, open_at = para.text, None
        lead = len(text) - len(text.lstrip())
        for pos, char in enumerate(text):
            if carry is not None:
                if pos == lead and (char in OPENING or char == STRAIGHT):
                    continue  # the opening mark repeated at the start of a continued paragraph
                if char in CLOSING or char == STRAIGHT:
                    spans.append(Span(carry[0], carry[1], len(paragraphs[carry[0]].text), para.index, pos))
                    carry = None
            elif open_at is not None:
                if char in CLOSING or char == STRAIGHT:
                    spans.append(Span(para.index, open_at, pos))
                    open_at = None
            elif char in OPENING or char == STRAIGHT:
                open_at = pos + 1
        if carry is not None and carry[0] != para.index:  # never closed: it ended with its paragraph
            spans.append(Span(carry[0], carry[1], len(paragraphs[carry[0]].text)))
            carry = None
        if open_at is not None:
            carry = (para.index, open_at)
    if carry is not None:
        spans.append(Span(carry[0], carry[1], len(paragraphs[carry[0]].text)))
    return spans


def sentence_of(para: ParsedParagraph, offset: int) -> tuple[int, int]:
    """The token span of the sentence holding a character offset."""
    for start, end in para.sents:
        if start < end and para.tokens[start].idx <= offset < para.tokens[end - 1].idx + len(para.tokens[end - 1].text) + 1:
            return start, end
    return (0, len(para.tokens))


def inside(token: Token, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in quotes)


def subject_of(tokens: tuple[Token, ...], verb: Token) -> Token | None:
    for token in tokens:
        if token.head == verb.i and token.dep in SUBJECT_DEPS and token.i != verb.i:
            return token
    return None


def attribution(para: ParsedParagraph, sent: tuple[int, int],
                quotes: list[tuple[int, int]]) -> tuple[Token | None, Token | None]:
    """(cue verb, speaker head token) of the sentence, outside the quoted text."""
    tokens = para.tokens
    for token in tokens[sent[0]:sent[1]]:
        if inside(token, quotes):
            continue
        if token.text.lower() == "according":
            for obj in tokens[sent[0]:sent[1]]:
                if obj.dep == "pobj" and tokens[obj.head].text.lower() == "to" and tokens[obj.head].head == token.i:
                    return token, obj
    for token in tokens[sent[0]:sent[1]]:
        if token.pos in ("VERB", "AUX") and token.lemma in CUE_LEMMAS and not inside(token, quotes):
            subject = subject_of(tokens, token)
            if subject is not None and not inside(subject, quotes):
                return token, subject
    return None, None


def phrase(para: ParsedParagraph, head: Token) -> tuple[int, int]:
    """Character span of a speaker's name: the head and its compound/flat modifiers before it."""
    start = head.i
    while start > 0 and para.tokens[start - 1].head == head.i and para.tokens[start - 1].dep in (
            "compound", "amod", "det", "poss", "nmod", "case", "punct") or (
            start > 0 and para.tokens[start - 1].ent_type and para.tokens[start - 1].ent_type == head.ent_type):
        start -= 1
    first = para.tokens[start]
    return first.idx, head.idx + len(head.text)


def actor_at(actors: tuple[LocalActor, ...], paragraph: int, start: int, end: int) -> LocalActor | None:
    """The actor with a mention overlapping the span."""
    for actor in actors:
        for mention in actor.mentions:
            if mention.paragraph == paragraph and mention.start < end and start < mention.end:
                return actor
    return None


def find_quotes(parsed: ParsedArticle, actors: tuple[LocalActor, ...]) -> tuple[Quote, ...]:
    """Every direct quotation of the article, with its speaker when the attribution is clear."""
    paragraphs = parsed.paragraphs
    spans = quote_spans(paragraphs)
    local_quotes: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        local_quotes.setdefault(span.paragraph, []).append((span.start, span.end))
        if span.end_paragraph is not None:
            local_quotes.setdefault(span.end_paragraph, []).append((0, span.end_offset or 0))
    found: list[Quote] = []
    last_person: tuple[str | None, str | None] = (None, None)
    previous: Quote | None = None
    for span in spans:
        para = paragraphs[span.paragraph]
        text = para.text[span.start:span.end].strip()
        if span.end_paragraph is not None:
            text = f"{text} {paragraphs[span.end_paragraph].text[:span.end_offset].strip()}"
        if not text:
            continue
        sent = sentence_of(para, span.start)
        sentence = para.text[para.tokens[sent[0]].idx:para.tokens[sent[1] - 1].idx + len(para.tokens[sent[1] - 1].text)] if para.tokens else ""
        cue, head = attribution(para, sent, local_quotes.get(span.paragraph, []))
        if cue is None and span.end_paragraph is not None:
            end_para = paragraphs[span.end_paragraph]
            cue, head = attribution(end_para, sentence_of(end_para, span.end_offset or 0),
                                    local_quotes.get(span.end_paragraph, []))
            if head is not None:
                para = end_para
        speaker = speaker_key = None
        if head is not None:
            if head.text.lower() in PERSON_PRONOUNS:
                speaker, speaker_key = last_person
            else:
                start, end = phrase(para, head)
                actor = actor_at(actors, para.index, head.idx, head.idx + len(head.text))  # the head names it
                if actor is not None:
                    speaker, speaker_key = actor.name, actor.key
                    if actor.type == "person":
                        last_person = (speaker, speaker_key)
                else:
                    speaker = para.text[start:end]
        elif len(text.split()) > SCARE_QUOTE_WORDS and previous is not None and previous.speaker is not None \
                and span.paragraph - (previous.end_paragraph or previous.paragraph) <= 1:
            speaker, speaker_key = previous.speaker, previous.speaker_key  # continues the previous speaker
        quote = Quote(paragraph=span.paragraph, start=span.start, end=span.end, text=text, speaker=speaker,
                      speaker_key=speaker_key, cue=cue.text if cue is not None else None, sentence=sentence,
                      end_paragraph=span.end_paragraph, end_offset=span.end_offset)
        found.append(quote)
        if speaker is not None:
            previous = quote
    return tuple(found)
