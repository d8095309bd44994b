"""Topics: what each article is about, from the maintainers' taxonomy and from shared key phrases.

`load_taxonomy` reads and validates the taxonomy file (`topics.yml`); `assign_topics` is part of the
digest-wide stage: it matches every article against the taxonomy, then names the subjects the
taxonomy does not cover with key phrases that several articles share, and builds one `Topic` per page.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from pathlib import Path

import yaml

from digest import slugs
from digest.model import Actor, AnnotatedArticle, KeyPhrase, Topic
from digest.errors import DigestError

MAX_TOPICS = 5  # topics per article
MAX_KEY_PHRASES = 2  # of which key phrases at most
MIN_SCORE = 4  # default score an article needs for a taxonomy topic
MIN_RULES = 2  # different rules an article must match: one word used often is not a subject
RELATIVE_SCORE = 1 / 3  # of the article's best topic: fainter echoes of other subjects are left out
PHRASE_WEIGHT = 2
ACTOR_WEIGHT = 2
# A key phrase names a topic only when this many articles share it, and it is not so common that
# it says nothing (a share of the articles, for digests large enough to measure it).
MIN_PHRASE_ARTICLES = 2
MAX_PHRASE_SHARE = 0.05
MIN_ARTICLES_FOR_SHARE = 200
MAX_TOPIC_ACTORS = 10
FALLBACK_SCORE = 2  # an article that gets no topic otherwise takes the taxonomy topic it matches best

TOPIC_KEYS = {"label": str, "slug": str, "description": str, "lemmas": list, "phrases": list,
              "actors": list, "min_score": int}


# Case-insensitive matching (re.IGNORECASE) pairs these with ASCII letters besides their other case:
# `fold` maps them before the quick test for a phrase's first word, so the test never rules out a match.
ASCII_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def fold(text: str) -> str:
    for special, letter in ASCII_FOLDS.items():
        if special in text:
            text = text.replace(special, letter)
    return text.lower()


class TaxonomyError(DigestError):
    """The taxonomy file cannot be used; the message names the file, the line and the fix."""


@dataclass(frozen=True)
class TaxonomyTopic:
    label: str
    slug: str
    description: str | None
    lemmas: frozenset[str]
    phrases: tuple[str, ...]
    actors: frozenset[str]  # lower-case names
    min_score: int = MIN_SCORE

    @cached_property
    def phrase_words(self) -> tuple[tuple[str, ...], ...] | None:
        """The words of each phrase in lower case, when all are ASCII (None: no quick test)."""
        words = tuple(tuple(p.lower().split()) for p in self.phrases)
        return words if all(w.isascii() for phrase in words for w in phrase) else None

    def may_match(self, folded_text: str) -> bool:
        """False only when no phrase can match: each lacks some word in the text (`fold`ed)."""
        words = self.phrase_words
        return words is None or any(all(w in folded_text for w in phrase) for phrase in words)

    def phrase_pattern(self) -> re.Pattern | None:
        if not self.phrases:
            return None
        alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(self.phrases, key=len,
                                                                                       reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[TaxonomyTopic, ...] = ()
    path: str | None = None

    def covers(self, phrase_key: str) -> bool:
        """Whether the taxonomy already names this subject: each of its words is a rule, or it is a phrase."""
        words = phrase_key.split()
        rules = self.lemmas()
        return all(w in rules for w in words) or phrase_key in self.phrase_keys()

    def lemmas(self) -> frozenset[str]:
        return self._lemmas

    def phrase_keys(self) -> frozenset[str]:
        return self._phrase_keys

    @cached_property
    def _lemmas(self) -> frozenset[str]:  # computed once: `covers` asks for every key phrase of the digest
        return frozenset().union(*(t.lemmas for t in self.topics))

    @cached_property
    def _phrase_keys(self) -> frozenset[str]:
        return frozenset(p.lower() for t in self.topics for p in t.phrases)

    @cached_property
    def phrase_patterns(self) -> dict[str, re.Pattern | None]:
        """Each topic's phrase regex by slug, compiled once."""
        return {t.slug: t.phrase_pattern() for t in self.topics}

    @cached_property
    def topics_of_lemma(self) -> dict[str, tuple[str, ...]]:
        """The slugs of the topics that list each lemma as a rule."""
        slugs_of: dict[str, list[str]] = defaultdict(list)
        for topic in self.topics:
            for lemma in topic.lemmas:
                slugs_of[lemma].append(topic.slug)
        return {lemma: tuple(slugs_) for lemma, slugs_ in slugs_of.items()}

    def lemma_hits(self, lemmas: Mapping[str, int]) -> dict[str, dict[str, int]]:
        """The article's lemmas (with their counts) that are rules, by the slug of each topic listing them: one
        pass over the lemmas the taxonomy knows, not one per topic."""
        topics_of = self.topics_of_lemma
        hits: dict[str, dict[str, int]] = defaultdict(dict)
        for lemma in sorted(lemmas.keys() & topics_of.keys()):  # sorted: the same order in every process
            for slug in topics_of[lemma]:
                hits[slug][lemma] = lemmas[lemma]
        return hits


# ---- loading and validating the taxonomy file ------------------------------------------------------


def load_taxonomy(path: Path | None, shown: str | None = None) -> Taxonomy:
    """The taxonomy of `path` (none: an empty one), or `TaxonomyError` naming the file and line."""
    if path is None:
        return Taxonomy()
    shown = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TaxonomyError(f"{shown}: the topics file does not exist; create it or set the plugin's "
                            "`topics` option in mkdocs.yml") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TaxonomyError(f"{shown}: cannot read the topics file: {error}") from None
    return parse_taxonomy(text, shown)


def parse_taxonomy(text: str, shown: str) -> Taxonomy:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{shown}:{mark.line + 1}" if mark else shown
        raise TaxonomyError(f"{where}: not valid YAML ({getattr(error, 'problem', error)})") from None
    if root is None:
        return Taxonomy(path=shown)
    entries = mapping(root, shown).get("topics")
    if entries is None or not isinstance(entries[1], yaml.SequenceNode):
        raise TaxonomyError(f"{shown}:{line(root)}: expected a `topics:` list of topics")
    topics = [parse_topic(node, shown) for node in entries[1].value]
    check_unique(topics, entries[1].value, shown)
    return Taxonomy(topics=tuple(topics), path=shown)


def line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def mapping(node: yaml.Node, shown: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise TaxonomyError(f"{shown}:{line(node)}: expected a mapping of keys to values")
    return {str(key.value): (key, value) for key, value in node.value}


def parse_topic(node: yaml.Node, shown: str) -> TaxonomyTopic:
    fields = mapping(node, shown)
    for key, (key_node, _) in fields.items():
        if key not in TOPIC_KEYS:
            raise TaxonomyError(f"{shown}:{line(key_node)}: unknown key '{key}' in a topic; "
                                f"known keys are {', '.join(TOPIC_KEYS)}")
    values = {key: value(key, value_node, shown) for key, (_, value_node) in fields.items()}
    if not values.get("label"):
        raise TaxonomyError(f"{shown}:{line(node)}: a topic needs a `label`")
    if not (values.get("lemmas") or values.get("phrases") or values.get("actors")):
        raise TaxonomyError(f"{shown}:{line(node)}: topic '{values['label']}' has no rules; "
                            "give it `lemmas`, `phrases` or `actors`")
    slug = slugs.slug(values.get("slug") or values["label"])
    if not slug:
        raise TaxonomyError(f"{shown}:{line(node)}: topic '{values['label']}' needs a `slug` of letters or digits")
    return TaxonomyTopic(label=values["label"], slug=slug, description=values.get("description"),
                         lemmas=frozenset(w.lower() for w in values.get("lemmas", [])),
                         phrases=tuple(values.get("phrases", [])),
                         actors=frozenset(a.lower() for a in values.get("actors", [])),
                         min_score=values.get("min_score", MIN_SCORE))


def value(key: str, node: yaml.Node, shown: str):
    """The value of one topic key, checked against its expected kind."""
    expected = TOPIC_KEYS[key]
    if expected is list:
        if not isinstance(node, yaml.SequenceNode):
            raise TaxonomyError(f"{shown}:{line(node)}: `{key}` must be a list of words, e.g. [war, troop]")
        items = []
        for item in node.value:
            if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                raise TaxonomyError(f"{shown}:{line(item)}: every item of `{key}` must be a word or phrase")
            items.append(" ".join(str(item.value).split()))
        return items
    if not isinstance(node, yaml.ScalarNode):
        raise TaxonomyError(f"{shown}:{line(node)}: `{key}` must be a {expected.__name__}")
    if expected is int:
        try:
            number = int(node.value)
        except ValueError:
            raise TaxonomyError(f"{shown}:{line(node)}: `{key}` must be a whole number, not '{node.value}'") \
                from None
        if number < 1:
            raise TaxonomyError(f"{shown}:{line(node)}: `{key}` must be at least 1")
        return number
    return str(node.value).strip()


def check_unique(topics: Sequence[TaxonomyTopic], nodes: Sequence[yaml.Node], shown: str) -> None:
    seen: dict[str, str] = {}
    for topic, node in zip(topics, nodes):
        for name in (f"label {topic.label.lower()}", f"slug {topic.slug}"):
            if name in seen:
                raise TaxonomyError(f"{shown}:{line(node)}: topic '{topic.label}' repeats the label or slug "
                                    f"of topic '{seen[name]}'; give it another `label` or `slug`")
            seen[name] = topic.label


# ---- matching articles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    slug: str
    score: float
    source: str  # "taxonomy" or "key phrase"


TextHits = dict[str, dict[str, int]]  # topic slug -> phrase as found (lower case) -> times


def text_hits(article: AnnotatedArticle, taxonomy: Taxonomy) -> TextHits:
    """The taxonomy's phrases found in the article's title and text, by topic (the costly part of
    matching, and a function of the article and the taxonomy alone: the build keeps it in the cache)."""
    patterns = taxonomy.phrase_patterns
    text = "\n".join(p.text for p in article.article.paragraphs)
    text = f"{article.article.title}\n{text}"
    folded = fold(text)
    hits: TextHits = {}
    for topic in taxonomy.topics:
        pattern = patterns[topic.slug]
        if pattern is not None and topic.may_match(folded):  # the quick test spares most regex scans
            found = Counter(" ".join(match.group().lower().split()) for match in pattern.finditer(text))
            if found:
                hits[topic.slug] = dict(sorted(found.items()))
    return hits


def taxonomy_matches(article: AnnotatedArticle, taxonomy: Taxonomy, actor_names: Sequence[set[str]],
                     found: TextHits, relaxed: bool = False) -> list[Match]:
    """The taxonomy topics the article scores enough for, best first (`relaxed`: any that it matches
    twice); `found`: its `text_hits`."""
    lemma_hits = taxonomy.lemma_hits(article.terms.lemma_count() if article.terms else {})
    scored = []
    every_name = set().union(*actor_names)
    for topic in taxonomy.topics:
        hits = lemma_hits.get(topic.slug, {})  # rule -> points (all whole numbers)
        for phrase, times in found.get(topic.slug, {}).items():
            hits[phrase] = hits.get(phrase, 0) + PHRASE_WEIGHT * times
        if not topic.actors.isdisjoint(every_name):  # most topics name none of the article's actors
            for names in actor_names:
                matched = names & topic.actors
                if matched:
                    rule = f"actor:{min(matched)}"
                    hits[rule] = hits.get(rule, 0) + ACTOR_WEIGHT
        if not hits:  # most topics, for most articles
            continue
        score = sum(hits.values())
        if score >= topic.min_score and len(hits) >= MIN_RULES or relaxed and score >= FALLBACK_SCORE:
            scored.append(Match(topic.slug, score, "taxonomy"))
    scored.sort(key=lambda m: (-m.score, m.slug))
    return [m for m in scored if m.score >= scored[0].score * RELATIVE_SCORE]


def phrase_topics(articles: Sequence[AnnotatedArticle], taxonomy: Taxonomy) -> dict[str, int]:
    """Key phrases fit to name a topic, with the number of articles using each."""
    phrases = [p for article in articles if article.terms for p in article.terms.phrases]
    # A key that fewer than MIN_PHRASE_ARTICLES articles use can name no topic: only the others are examined.
    shared = {key for key, n in Counter(map(attrgetter("key"), phrases)).items()
              if n >= MIN_PHRASE_ARTICLES and len(key.split()) >= 2}
    counts = Counter(p.key for p in phrases if p.key in shared and not names_a_name(p))
    limit = len(articles) * MAX_PHRASE_SHARE if len(articles) >= MIN_ARTICLES_FOR_SHARE else math.inf
    taken = {t.slug for t in taxonomy.topics}
    return {key: n for key, n in counts.items()
            if MIN_PHRASE_ARTICLES <= n <= limit and not taxonomy.covers(key) and slugs.slug(key) not in taken}


def names_a_name(phrase: KeyPhrase) -> bool:
    """Whether a key phrase holds a name of several words the NER left unlabelled ("Uefa Cup win", "Berlinale
    Camera award"): the phrase is about that name, whose page is its actor's, not a subject. One proper noun
    may qualify a subject ("Iraq war", "Latino voters")."""
    return sum(word[:1].isupper() for word in phrase.text.split()) >= 2


def phrase_matches(article: AnnotatedArticle, usable: Mapping[str, int], total: int) -> list[tuple[Match, str]]:
    """The article's best key phrases among the usable ones, with their text: said twice or in the lead."""
    if not article.terms:
        return []
    found = []
    for phrase in article.terms.phrases:
        if phrase.key in usable and (phrase.count >= 2 or phrase.in_lead):
            idf = math.log(1 + total / usable[phrase.key])
            found.append((Match(slugs.slug(phrase.key), (phrase.count + phrase.in_lead) * idf, "key phrase"),
                          phrase.text))
    found.sort(key=lambda pair: (-pair[0].score, pair[0].slug))
    chosen: list[tuple[Match, str]] = []
    used_words: set[str] = set()
    for match, text in found:
        words = set(match.slug.split("-"))
        if words & used_words:
            continue  # "ceasefire proposal" after "ceasefire talks" repeats the subject
        chosen.append((match, text))
        used_words |= words
        if len(chosen) == MAX_KEY_PHRASES:
            break
    return chosen




def assign_topics(articles: Sequence[AnnotatedArticle], actors: Sequence[Actor],
                  actor_of: Mapping[tuple[str, str], str], taxonomy: Taxonomy,
                  found: Mapping[str, TextHits] | None = None) -> tuple[tuple[Topic, ...], dict[str, tuple[str, ...]]]:
    """Every article's topics (slugs, best first) and the topics' pages; `articles` newest first;
    `found`: article id -> its `text_hits`, for the articles the build already knows them of."""
    # Each actor's names that some taxonomy topic lists (the only ones matching compares): most have none.
    listed = frozenset().union(*(t.actors for t in taxonomy.topics))
    names_of = {a.id: named for a in actors if (named := {n.lower() for n in (a.name, *a.aliases)} & listed)}
    actors_of = {a.article.id: [actor_of[(a.article.id, local.key)] for local in a.actors] for a in articles}

    def names_in(article: AnnotatedArticle) -> list[set[str]]:
        """The listed names of each of the article's actors that has some (an empty set matches no topic)."""
        return [names_of[actor_id] for actor_id in actors_of[article.article.id] if actor_id in names_of]

    known = found or {}
    found = {a.article.id: known[a.article.id] if a.article.id in known else text_hits(a, taxonomy)
             for a in articles}
    usable = phrase_topics(articles, taxonomy)
    chosen: dict[str, list[Match]] = {}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        article_id = article.article.id
        matches = taxonomy_matches(article, taxonomy, names_in(article), found[article_id])[:MAX_TOPICS]
        for match, text in phrase_matches(article, usable, len(articles)):
            if len(matches) < MAX_TOPICS:
                matches.append(match)
                labels[match.slug][text] += 1
        chosen[article_id] = matches
    chosen = drop_lonely_phrases(chosen, len(articles))
    for article in articles:
        if not chosen[article.article.id]:
            chosen[article.article.id] = taxonomy_matches(article, taxonomy, names_in(article),
                                                          found[article.article.id], relaxed=True)[:1]
    topics = build_topics(articles, chosen, taxonomy, labels, actors, actors_of)
    return topics, {article_id: tuple(m.slug for m in matches) for article_id, matches in chosen.items()}


def drop_lonely_phrases(chosen: dict[str, list[Match]], total: int) -> dict[str, list[Match]]:
    """Key phrases that only one article ended up with make no topic (in a digest of several articles)."""
    if total < MIN_PHRASE_ARTICLES:
        return chosen
    uses = Counter(m.slug for matches in chosen.values() for m in matches if m.source == "key phrase")
    return {article_id: [m for m in matches if m.source == "taxonomy" or uses[m.slug] >= MIN_PHRASE_ARTICLES]
            for article_id, matches in chosen.items()}


def build_topics(articles: Sequence[AnnotatedArticle], chosen: Mapping[str, list[Match]], taxonomy: Taxonomy,
                 labels: Mapping[str, Counter[str]], actors: Sequence[Actor],
                 actors_of: Mapping[str, Sequence[str]]) -> tuple[Topic, ...]:
    """The topics' pages (`actors_of`: article id -> the ids of its actors)."""
    members: dict[str, list[str]] = defaultdict(list)
    for article in articles:  # newest first
        for match in chosen[article.article.id]:
            members[match.slug].append(article.article.id)
    media = {a.id for a in actors if a.media}  # the outlets that report a story are not part of it
    actors_in = {a.article.id: set(actors_of[a.article.id]) - media for a in articles}
    actor_articles = Counter(actor_id for ids in actors_in.values() for actor_id in ids)
    topics = []
    for topic in taxonomy.topics:
        if members.get(topic.slug):
            topics.append(Topic(slug=topic.slug, label=topic.label, source="taxonomy",
                                description=topic.description, articles=tuple(members[topic.slug]),
                                actors=associated_actors(members[topic.slug], actors_in, actor_articles)))
    phrase_topics_ = []
    for slug, forms in labels.items():
        if members.get(slug):
            text = min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
            phrase_topics_.append(Topic(slug=slug, label=text[:1].upper() + text[1:], source="key phrase",
                                        description=None, articles=tuple(members[slug]),
                                        actors=associated_actors(members[slug], actors_in, actor_articles)))
    phrase_topics_.sort(key=lambda t: (-len(t.articles), t.label.lower(), t.slug))
    return tuple(topics) + tuple(phrase_topics_)


def associated_actors(article_ids: Sequence[str], actors_in: Mapping[str, set[str]],
                      actor_articles: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    """Actors named in the topic's articles, most associated first: often in the topic, rarely elsewhere.

    In a topic of three articles or more, an actor named by only one of them is not associated with it.
    """
    inside = Counter(actor_id for article_id in article_ids for actor_id in actors_in[article_id])
    least = 2 if len(article_ids) >= 3 else 1
    ranked = sorted(((a, n) for a, n in inside.items() if n >= least),
                    key=lambda item: (-item[1] * item[1] / (actor_articles[item[0]] + 1), -item[1], item[0]))
    return tuple(ranked[:MAX_TOPIC_ACTORS])
