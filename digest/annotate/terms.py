"""The words of one article that topics and related coverage compare (a per-article stage, cacheable).

From spaCy's plain analysis: the content lemmas with their counts, and the noun phrases that could
name a subject ("ceasefire proposal", "interest rates"), counted under their lemmas.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from digest.annotate.actors import TITLE_WORDS
from digest.model import ArticleTerms, KeyPhrase, ParsedArticle, ParsedParagraph, Token

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# Parts of speech a noun phrase is made of (its last word must be a common noun).
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
MAX_PHRASE_WORDS = 3
HYPHENS = frozenset({"-", "‐", "–"})

# Entity labels whose words are not subjects: names have actor pages, numbers and dates are no topic.
NOT_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL",
                                "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})

# Light verbs and reporting verbs: frequent in every article, they say nothing about its subject.
LIGHT_VERBS = frozenset("""
be have do say tell make get go come take give see know think want need use add ask told said
seem become keep let put mean show try call find leave include continue expect
""".split())

# Evaluative, deictic and quantity adjectives ("other", "last", "many"): they do not narrow a subject,
# so they are dropped from the front of a noun phrase ("last year's election" → "election").
VAGUE_MODIFIERS = frozenset("""
other new old last next first second third final many much more most few several such same own
big bigger biggest small large great good bad best better worse worst little long short high low
recent early late former current previous major key main whole full real certain particular
various different possible likely further total top only very overall entire general
""".split())
NOT_CONTENT = LIGHT_VERBS | VAGUE_MODIFIERS

# Adjectives that judge or grade what the noun names rather than say which subject it is ("a sharp rise",
# "strong sales", "the fastest rate", "a promising new act"), matched by lemma: dropped from the front of a noun
# phrase. Unlike the vague modifiers they stay content words, which related coverage compares.
JUDGING_MODIFIERS = frozenset("""
sharp steep rapid swift slow fast quick strong weak solid firm robust modest slight dramatic sudden
huge massive enormous vast tiny serious severe heavy exciting promising impressive disappointing
surprising legendary famous scrappy convincing comfortable narrow shock surprise mutual genuine detailed
official well
""".split())

# Nouns that name no subject however often they occur: time spans, amounts, people in general,
# things in general, and the vocabulary of reporting itself ("statement", "report").
VAGUE_NOUNS = frozenset("""
people person man woman men women child thing things way time times year years day days week weeks
month months hour hours minute minutes moment period lot lots number numbers part parts place kind
sort type bit side sides area end case point fact issue issues matter question world thing percent
cent per today tomorrow yesterday tonight morning evening night weekend level levels term terms
statement statements comment comments report reports news story information detail details word words
source sources reason reasons way situation example something everything anything nothing one ones
group member members lot rest spot stage step move idea view thing note sign effort efforts result
category
""".split())

# Nouns for people by their office or trade: they name who speaks, not what about.
ROLE_NOUNS = TITLE_WORDS | frozenset("""
adviser advisor aide official officials spokesman spokeswoman reporter reporters journalist analyst
analysts expert experts boss executive chairman director head correspondent editor counterpart
manager officer coach captain attendant singer star
""".split())
NO_SUBJECT_HEADS = VAGUE_NOUNS | ROLE_NOUNS


def article_terms(parsed: ParsedArticle) -> ArticleTerms:
    """Content lemmas and noun phrases of one article."""
    lemmas: Counter[str] = Counter()
    for paragraph in parsed.paragraphs:
        lemmas.update(content_lemmas(paragraph))
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    lead: set[str] = set()
    first_text = next((p.index for p in parsed.article.paragraphs if p.kind == "text"), 0)
    for paragraph in parsed.paragraphs:
        for key, text in noun_phrases(paragraph):
            counts[key] += 1
            forms[key][text] += 1
            if paragraph.index == first_text:
                lead.add(key)
    title = parsed.article.title.lower()
    phrases = tuple(
        KeyPhrase(key=key, text=most_common(forms[key]), count=counts[key],
                  in_lead=key in lead or most_common(forms[key]).lower() in title)
        for key in sorted(counts))
    ordered = sorted(lemmas)
    return ArticleTerms(lemmas=tuple(ordered), lemma_counts=tuple(lemmas[w] for w in ordered), phrases=phrases,
                        words=sum(lemmas.values()))


def most_common(forms: Counter[str]) -> str:
    """The most frequent spelling, ties broken alphabetically so the result is stable."""
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]


def content_lemmas(paragraph: ParsedParagraph) -> Iterator[str]:
    for token in paragraph.tokens:
        if token.pos not in CONTENT_POS:
            continue
        lemma = token.lemma.lower()
        if is_word(lemma) and lemma not in NOT_CONTENT and token.ent_type not in NUMBER_LABELS:
            yield lemma


NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def is_word(lemma: str) -> bool:
    return len(lemma) >= 3 and lemma.replace("-", "").isalpha()


def noun_phrases(paragraph: ParsedParagraph) -> Iterator[tuple[str, str]]:
    """(lemma key, text) of every noun phrase that could name a subject."""
    tokens = paragraph.tokens
    run: list[Token] = []
    for token in (*tokens, None):
        if token is not None and token.pos in PHRASE_POS and token.ent_type not in NOT_SUBJECT_LABELS \
                and is_word(token.lemma.lower()):
            run.append(token)
            continue
        phrase = subject_phrase(run) if run and is_complete(run, tokens) else None
        if phrase:
            yield phrase
        run = []


def is_complete(run: Sequence[Token], tokens: Sequence[Token]) -> bool:
    """Whether the run is a whole phrase: not a piece of a hyphenated word ("e-mail address" → "mail
    address"), nor the head of an "of" phrase that it means little without ("false sense" of security)."""
    before = tokens[run[0].i - 1] if run[0].i > 0 else None
    after = tokens[run[-1].i + 1] if run[-1].i + 1 < len(tokens) else None
    if before is not None and before.text in HYPHENS and not before.ws:
        return False
    if after is not None and (after.text in HYPHENS and not run[-1].ws or after.text.lower() == "of"):
        return False
    return not continues_a_name(before, run[0])


def continues_a_name(before: Token | None, first: Token) -> bool:
    """Whether a run opening with a proper noun goes on from a name or a number it is written against ("Six
    Nations loss" → "Nations loss", "the Australian Open title" → "Open title"): a piece of a longer name."""
    return before is not None and first.pos == "PROPN" and bool(before.ws) and \
        (before.pos in ("PROPN", "NUM") or before.ent_type != "")


def is_vague_front(token: Token) -> bool:
    """Whether a word at the front of a noun phrase narrows nothing: vague ("last year's"), a vague noun, a
    judgement or a grade ("sharp", "fastest": its lemma or its own form)."""
    lemma = token.lemma.lower()
    return lemma in VAGUE_MODIFIERS or lemma in VAGUE_NOUNS or lemma in JUDGING_MODIFIERS or \
        token.text.lower() in JUDGING_MODIFIERS


def subject_phrase(run: Sequence[Token]) -> tuple[str, str] | None:
    """The run of words as a subject phrase: it ends in a common noun, vague words dropped from its front."""
    while run and run[-1].pos != "NOUN":
        run = run[:-1]
    run = run[-MAX_PHRASE_WORDS:]
    while run and is_vague_front(run[0]):
        run = run[1:]
    if not run or run[-1].lemma.lower() in NO_SUBJECT_HEADS:
        return None
    key = " ".join(t.lemma.lower() for t in run)
    text = " ".join(t.text if t.pos == "PROPN" else t.text.lower() for t in run)
    return key, text
