"""The data that flows through the pipeline: one frozen dataclass per box of the design.

read → Article; annotate → ParsedArticle; analyse → AnnotatedArticle; assemble → Digest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

ParagraphKind = Literal["text", "heading"]
ActorType = Literal["person", "organisation", "place", "other"]


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file, kept as a value until the CLI or plugin reports it."""

    path: str
    line: int | None
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    text: str
    kind: ParagraphKind
    line: int  # 1-based line of the source file where the paragraph starts


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # the file's stem
    path: str
    title: str
    date: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    title_derived: bool = False  # True when the title was made from the lead sentence
    # sha256 of the file's bytes: with the path, the id and the reader's code, all the article is made from
    # (`read.article_fingerprint`, the caches' key)
    digest: str = ""
    date_line: int | None = None  # the line of the file that gives the date, for messages about it
    # `excerpt: true`: the text may not be republished. It is annotated in full, but its page shows only
    # the lead paragraph, the quotations and a link to the original.
    excerpt: bool = False


# ---- the annotate stage's output: spaCy's analysis as plain data ----------------------------


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index in the paragraph
    text: str
    ws: str  # trailing whitespace
    idx: int  # character offset in the paragraph
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index of the syntactic head (itself for the root)
    ent_type: str  # entity label, "" outside entities


@dataclass(frozen=True, slots=True)
class Entity:
    start: int  # token indices, end exclusive
    end: int
    label: str
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class ParsedParagraph:
    index: int
    text: str
    tokens: tuple[Token, ...]
    sents: tuple[tuple[int, int], ...]  # token spans, end exclusive
    ents: tuple[Entity, ...]

    @cached_property
    def token_starts(self) -> tuple[int, ...]:
        """Each token's character offset, in order (for bisecting a character span into tokens)."""
        return tuple(token.idx for token in self.tokens)

    @cached_property
    def children(self) -> dict[int, tuple[Token, ...]]:
        """Each token's index -> the tokens the parse hangs from it, in order (the root hangs from none)."""
        below: dict[int, list[Token]] = {}
        for token in self.tokens:
            if token.head != token.i:
                below.setdefault(token.head, []).append(token)
        return {head: tuple(tokens) for head, tokens in below.items()}

    def dependents(self, token: Token) -> tuple[Token, ...]:
        """The tokens the parse hangs from `token`, in order (`children`)."""
        return self.children.get(token.i, ())


@dataclass(frozen=True)
class ParsedArticle:
    article: Article
    paragraphs: tuple[ParsedParagraph, ...]

    @cached_property
    def tokens_by_text(self) -> dict[str, tuple[tuple[ParsedParagraph, Token], ...]]:
        """Each word as written -> its tokens with their paragraphs, in the order of the text (for the rules that
        look for one word over the whole article, once a name)."""
        found: dict[str, list[tuple[ParsedParagraph, Token]]] = {}
        for paragraph in self.paragraphs:
            for token in paragraph.tokens:
                found.setdefault(token.text, []).append((paragraph, token))
        return {text: tuple(tokens) for text, tokens in found.items()}


# ---- the per-article analysis ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """One naming of an actor in an article, at a character span of one paragraph."""

    paragraph: int
    start: int
    end: int
    text: str  # as written
    name: str  # cleaned: titles, possessives and brackets removed
    label: str  # the NER label
    type: ActorType


@dataclass(frozen=True, slots=True)
class LocalActor:
    """One actor inside one article: its mentions clustered under the fullest name."""

    key: str  # unique inside the article
    name: str
    type: ActorType
    mentions: tuple[Mention, ...]
    role: str | None = None
    variants: tuple[str, ...] = ()
    media: bool = False  # a news outlet or agency
    named: bool = True  # False for a country the article only names by its demonym ("Russian troops")


@dataclass(frozen=True, slots=True)
class Quote:
    paragraph: int
    start: int  # character span of the quoted text (without the marks) in the paragraph
    end: int
    text: str
    speaker: str | None  # as written canonically, None when nobody said it or it is unsure
    speaker_key: str | None  # the LocalActor key, when the speaker is an actor of the article
    cue: str | None  # the verb of the attribution ("said", "told")
    sentence: str
    end_paragraph: int | None = None  # set when the quote runs over a paragraph break
    end_offset: int | None = None
    id: str = ""  # the anchor of the quote on its article page, stable across rebuilds
    # How the speaker was found: "verb", "pronoun", "role", "description", "unnamed", "continuation"...;
    # "term" for a scare quote or title nobody said, None when no attribution was found at all.
    method: str | None = None
    confidence: float = 0.0  # of the attribution; below `quotes.SURE` the speaker is left out


@dataclass(frozen=True, slots=True)
class DateRef:
    paragraph: int
    start: int
    end: int
    text: str
    # TimeML's value ("2025-03-13", "2025-W11", "2025-03", "2012-SU", "2013-Q3", "1990-H1", "2025", "199X",
    # "PRESENT_REF"), None when unresolved
    value: str | None
    granularity: Literal["day", "week", "month", "season", "quarter", "half", "year", "decade", "century",
                         "reference"] | None
    sentence: str


@dataclass(frozen=True, slots=True)
class KeyPhrase:
    """A noun phrase of one article, counted under its lemmas ("ceasefire proposals" → "ceasefire proposal")."""

    key: str  # lower-case lemmas joined by spaces
    text: str  # as most often written in the article
    count: int
    in_lead: bool  # found in the title or the first paragraph


@dataclass(frozen=True, slots=True)
class ArticleTerms:
    """The words of one article that topics and related coverage compare: content lemmas and noun phrases."""

    lemmas: tuple[str, ...]  # lower-case content-word lemmas, sorted
    lemma_counts: tuple[int, ...]  # how often each of `lemmas` is used (two columns: over thousands of
    # articles they decode as two tuples each, not one tuple per lemma)
    phrases: tuple[KeyPhrase, ...]  # sorted by key
    words: int  # content words in the article

    def __post_init__(self) -> None:
        if len(self.lemmas) != len(self.lemma_counts):
            raise ValueError(f"{len(self.lemmas)} lemmas but {len(self.lemma_counts)} counts")

    def lemma_count(self) -> dict[str, int]:
        """Each lemma's count."""
        return dict(zip(self.lemmas, self.lemma_counts))


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    article: Article
    actors: tuple[LocalActor, ...]
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateRef, ...] = ()
    terms: ArticleTerms | None = None
    sports: bool = False  # a sports report (its words name a sport): its bare surnames are seldom other news's people
    # Names the article calls a work's title, a product or an award (`names_called_things`), and initials it writes
    # for a common noun (`initials_of_common_nouns`): the same names are no actors in the articles that do not say so.
    things: tuple[str, ...] = ()
    # Names it writes before a noun of software, devices or viruses (`names_of_products`): weaker, weighed digest-wide.
    products: tuple[str, ...] = ()
    # The keys of its actors written only where a title may have been cut at "of" (`names_cut_at_of`: "Rings" of
    # "Lord of the Rings"), weighed digest-wide.
    cut_at_of: tuple[str, ...] = ()
    # The keys of its one-word actors, no person's, written only right before a day of the week (`names_before_a_day`:
    # "Super" of "Super Tuesday"), weighed digest-wide.
    before_a_day: tuple[str, ...] = ()
    # Names it leaves out as common nouns it also writes in lower case ("the Budget", "the current budget"), and the
    # keys of its one-word actors written only where a common noun may stand, weighed digest-wide.
    common_nouns: tuple[str, ...] = ()
    noun_shaped: tuple[str, ...] = ()


# ---- the digest-wide stage ------------------------------------------------------------------


@dataclass(frozen=True)
class ActorArticle:
    """An actor's appearance in one article."""

    article_id: str
    local_key: str
    mentions: int
    role: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str  # the page slug: ASCII, unique in the digest
    name: str
    type: ActorType
    aliases: tuple[str, ...]  # every other form the articles write its name in, as written ("NEW YORK", "N.Y.")
    appearances: tuple[ActorArticle, ...]  # newest article first
    role: str | None = None
    description: str | None = None
    wikidata: str | None = None
    media: bool = False
    # How much the digest is about the actor (`resolve.prominence`): it orders the actors index and
    # boosts the actor's page in search.
    prominence: float = 0.0
    quoted: int = 0  # the quotations attributed to the actor, across the digest
    registered: bool = False  # named in the actor registry (actors.yml)
    # A bare surname several people of the digest are named in full with ("Brown": Gordon, Wes, Dan Brown), or a
    # bare first name many are ("David"), which the articles that write it alone do not say which: no identity of
    # its own to give a page.
    shared_surname: bool = False
    also_written: tuple[str, ...] = ()  # the aliases its page lists, each form once (`resolve.actors.written_forms`)

    @property
    def mentions(self) -> int:
        return sum(a.mentions for a in self.appearances)

    @property
    def has_page(self) -> bool:
        """Whether the actor earns a page of its own: it is in at least PAGE_AFTER_ARTICLES articles or is
        quoted, and is no surname several people share nor a first name many do (`shared_surname`); or it is in the
        registry. The others (most of a big digest's names) stay on their articles' pages as plain text, still found
        by the search there."""
        return (len(self.appearances) >= PAGE_AFTER_ARTICLES or self.quoted > 0) and not self.shared_surname or \
            self.registered


# The articles an unquoted actor outside the registry must be in to get a page. With two, a third of a
# news corpus's actor pages were names in two articles, never quoted: mostly passing mentions or
# misreadings ("Health", "Wells"); docs/benchmarks.md has the figures.
PAGE_AFTER_ARTICLES = 3


TopicSource = Literal["taxonomy", "key phrase"]


@dataclass(frozen=True)
class Topic:
    """A subject of the digest: from the maintainers' taxonomy or a key phrase shared by several articles."""

    slug: str
    label: str
    source: TopicSource
    description: str | None
    articles: tuple[str, ...]  # article ids, newest first
    actors: tuple[tuple[str, int], ...] = ()  # (actor id, articles of the topic naming it), most associated first


@dataclass(frozen=True)
class Related:
    """Another article reporting the same story, with how alike the two are (0 to 1)."""

    article_id: str
    score: float
    shared_actors: tuple[str, ...] = ()  # actor ids both articles name


@dataclass(frozen=True)
class StatementVersion:
    article_id: str
    quote: Quote


@dataclass(frozen=True)
class Statement:
    """One thing a speaker said, as quoted (translated, paraphrased) by one or more articles."""

    speaker: str  # actor id
    versions: tuple[StatementVersion, ...]  # newest article first


@dataclass(frozen=True)
class Digest:
    articles: tuple[AnnotatedArticle, ...]  # newest first, undated last
    actors: tuple[Actor, ...]  # ordered by mentions, then name
    # (article id, local actor key) -> global actor id
    actor_of: dict[tuple[str, str], str] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    topics: tuple[Topic, ...] = ()  # taxonomy topics first, each group by articles then label
    topics_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # article id -> topic slugs, best first
    related: dict[str, tuple[Related, ...]] = field(default_factory=dict)  # article id -> best first
    statements: tuple[Statement, ...] = ()
    # article id -> a hash of the article and its analysis (the analysis cache's key), when the build knows it
    fingerprints: dict[str, str] = field(default_factory=dict)
    # actor id -> the actors it shares most articles with, and how many, among the actors with a page
    # (`resolve.co_appearances`)
    companions: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    def article_topics(self, article_id: str) -> list[Topic]:
        """The article's topics, best first."""
        by_slug = {t.slug: t for t in self.topics}
        return [by_slug[slug] for slug in self.topics_of.get(article_id, ()) if slug in by_slug]

    def actor(self, actor_id: str) -> Actor:
        return self._actors_by_id()[actor_id]

    def _actors_by_id(self) -> dict[str, Actor]:
        cached = self.__dict__.get("_by_id")
        if cached is None:
            cached = {a.id: a for a in self.actors}
            object.__setattr__(self, "_by_id", cached)
        return cached
