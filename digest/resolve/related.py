"""Related coverage: articles that report the same story (shared actors, close dates, similar wording).

Part of the digest-wide stage, so it must stay near-linear: only articles that share a blocking key
(an actor or a key term that few articles have) are compared, never all pairs. A key too common to
block on is split by time window for dated articles and dropped for undated ones.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, combinations, repeat
from operator import mul

import numpy as np

from digest.model import AnnotatedArticle, Related

MAX_RELATED = 5  # links per article
MIN_SCORE = 0.3  # below it, two articles only touch the same subject
MIN_WORDING = 0.15  # sharing actors without sharing words is not the same story
WEIGHTS = {"actors": 0.4, "wording": 0.4, "date": 0.2}
UNKNOWN_DATE = 0.5  # a missing date is unknown, neither close nor far
DATE_SCALE_DAYS = 3.0  # stories a few days apart still match; weeks apart, much less
BLOCK_TERMS = 8  # each article's most distinctive terms that serve as blocking keys
VECTOR_TERMS = 40  # terms kept in each article's wording vector
MAX_BLOCK = 60  # a blocking key shared by more articles is split by time window
WINDOW_DAYS = 14
PAIRS_AT_ONCE = 1 << 13  # bounds the memory of the wording sums (about 40 entries a pair: some 25 MB a chunk)


@dataclass(frozen=True)
class Profile:
    """What related coverage compares of one article."""

    article_id: str
    ordinal: int | None  # the date as a day number; None when unknown
    actors: frozenset[str]
    vector: Mapping[str, float]  # unit-length tf-idf of the wording
    keys: frozenset[str]  # blocking keys


Wording = tuple[dict[str, float], list[str]]  # an article's unit tf-idf vector, and its blocking terms


def wordings_of(articles: Sequence[AnnotatedArticle]) -> list[Wording]:
    """Each article's wording vector and blocking terms; idf weights come from the digest itself. (The part
    of the profiles that needs no actors: it can be computed while the actors are resolved.)"""
    bags = [term_bag(a) for a in articles]
    term_df = Counter(chain.from_iterable(bags))  # each bag's terms once: counted in C
    total = len(articles)
    idf = {t: math.log(1 + total / n) for t, n in term_df.items()}  # once per term, not per article
    result = []
    for bag in bags:
        # The top terms by weight, ties by term: the terms in order (the lemmas' and the phrases' runs merged),
        # then sorted by weight alone, which keeps that order among equal weights and compares floats only.
        terms = sorted(bag)
        weights = [bag[t] * idf[t] for t in terms]
        ranked = sorted(range(len(terms)), key=weights.__getitem__, reverse=True)[:VECTOR_TERMS]
        top = [(terms[i], weights[i]) for i in ranked]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        result.append(({t: w / norm for t, w in top}, [t for t, _ in top[:BLOCK_TERMS]]))
    return result


def profiles(articles: Sequence[AnnotatedArticle], actor_of: Mapping[tuple[str, str], str],
             wordings_: Sequence[Wording] | None = None) -> list[Profile]:
    """One profile per article (`wordings_`: `wordings_of(articles)`, when computed already)."""
    result = []
    for annotated, (vector, terms) in zip(articles, wordings_ or wordings_of(articles)):
        actors = frozenset(actor_of[(annotated.article.id, local.key)] for local in annotated.actors)
        keys = {f"actor:{a}" for a in actors} | {f"term:{t}" for t in terms}
        date = annotated.article.date
        result.append(Profile(annotated.article.id, date.toordinal() if date else None, actors, vector,
                              frozenset(keys)))
    return result


def term_bag(annotated: AnnotatedArticle) -> dict[str, int]:
    """Content lemmas and multi-word phrases with their counts (the lemmas first, in their order)."""
    if not annotated.terms:
        return {}
    bag = annotated.terms.lemma_count()  # a new dict: the phrases are added to it, not to a copy
    for phrase in annotated.terms.phrases:
        if " " in phrase.key:
            bag[phrase.key] = bag.get(phrase.key, 0) + phrase.count
    return bag


def candidate_pairs(profiles_: Sequence[Profile], max_block: int = MAX_BLOCK) -> set[tuple[int, int]]:
    """Index pairs (i < j) of profiles that share a blocking key, with oversized blocks cut by time window."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, profile in enumerate(profiles_):
        for key in profile.keys:
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= max_block:
            pairs.update(combinations(members, 2))
        else:
            pairs.update(windowed_pairs(members, profiles_, max_block))
    return pairs


def windowed_pairs(members: Sequence[int], profiles_: Sequence[Profile], max_block: int) -> Iterable[tuple[int, int]]:
    """Pairs of dated members in the same or the next time window; windows still too full are dropped."""
    windows: dict[int, list[int]] = defaultdict(list)
    for i in members:
        ordinal = profiles_[i].ordinal
        if ordinal is not None:
            windows[ordinal // WINDOW_DAYS].append(i)
    for window, inside in windows.items():
        following = windows.get(window + 1, [])
        if len(inside) + len(following) > max_block:
            continue
        yield from combinations(inside, 2)
        yield from ((min(i, j), max(i, j)) for i in inside for j in following)


def score(a: Profile, b: Profile, actor_weight: Mapping[str, float],
          wording: float | None = None) -> tuple[float, float]:
    """(score, wording similarity) of two articles (`wording`: their similarity, when known)."""
    union = a.actors | b.actors
    shared = a.actors & b.actors
    weight = actor_weight.__getitem__
    actors = sum(map(weight, shared)) / sum(map(weight, union)) if union else 0.0
    if wording is None:
        small, large = sorted((a.vector, b.vector), key=len)
        wording = sum(map(mul, small.values(), map(large.get, small, repeat(0.0))))
    if a.ordinal is None or b.ordinal is None:
        date = UNKNOWN_DATE
    else:
        date = math.exp(-abs(a.ordinal - b.ordinal) / DATE_SCALE_DAYS)
    total = WEIGHTS["actors"] * actors + WEIGHTS["wording"] * wording + WEIGHTS["date"] * date
    return total, wording


def find_related(articles: Sequence[AnnotatedArticle], actor_of: Mapping[tuple[str, str], str],
                 wordings_: Sequence[Wording] | None = None) -> dict[str, tuple[Related, ...]]:
    """Each article's related coverage, best first (only articles that have some); `wordings_`:
    `wordings_of(articles)`, when computed already."""
    found = profiles(articles, actor_of, wordings_)
    actor_df = Counter(a for p in found for a in p.actors)
    actor_weight = {a: math.log(1 + len(found) / n) for a, n in actor_df.items()}
    links: dict[str, list[Related]] = defaultdict(list)
    pairs = pair_numbers(candidate_pairs(found), len(found))
    similar = wordings(found, pairs)
    # Most candidates share too few words to be the same story: they are dropped before the rest is scored.
    kept = np.flatnonzero(similar >= MIN_WORDING)
    for number, wording in zip(pairs[kept].tolist(), similar[kept].tolist()):
        i, j = divmod(number, len(found))
        a, b = found[i], found[j]
        total, wording = score(a, b, actor_weight, wording)
        if total < MIN_SCORE or wording < MIN_WORDING:
            continue
        shared = tuple(sorted(a.actors & b.actors, key=lambda x: (-actor_weight[x], x)))
        links[a.article_id].append(Related(b.article_id, round(total, 3), shared))
        links[b.article_id].append(Related(a.article_id, round(total, 3), shared))
    return {article_id: tuple(sorted(found_, key=lambda r: (-r.score, r.article_id))[:MAX_RELATED])
            for article_id, found_ in sorted(links.items())}


def pair_numbers(pairs: set[tuple[int, int]], count: int) -> np.ndarray:
    """Index pairs (i < j < count) as the numbers i * count + j, sorted: in the order of the pairs."""
    numbers = np.fromiter(chain.from_iterable(pairs), dtype=np.int64, count=2 * len(pairs)).reshape(-1, 2)
    numbers = numbers[:, 0] * count + numbers[:, 1]
    numbers.sort()
    return numbers


def wordings(profiles_: Sequence[Profile], pairs: np.ndarray) -> np.ndarray:
    """The wording similarity (dot product of the vectors) of each pair (`pair_numbers`), over all pairs at once.

    The vectors are laid out as the rows of a sparse matrix (each article's terms that another vector has too,
    in sorted order); for each pair, every term of the first article's row is looked up in the second's, and the
    products are summed per pair in the order of the terms: the same sums on every run. The work grows with the
    candidate pairs, in chunks of PAIRS_AT_ONCE, not with the pairs of articles that merely share a common term.
    """
    if not len(pairs):
        return np.zeros(0)
    # A term of one vector only is no pair's: left out, it spares its lookups and changes no sum.
    vectors_with = Counter(chain.from_iterable(p.vector for p in profiles_))
    term_number = {term: n for n, term in enumerate(sorted(t for t, n in vectors_with.items() if n > 1))}
    sizes = np.fromiter((len(p.vector) for p in profiles_), dtype=np.int64, count=len(profiles_))
    entries = int(sizes.sum())
    term = np.fromiter(map(term_number.get, chain.from_iterable(p.vector for p in profiles_), repeat(-1)),
                       dtype=np.int64, count=entries)  # -1: a term of one vector
    weight = np.fromiter(chain.from_iterable(p.vector.values() for p in profiles_), dtype=np.float64, count=entries)
    article = np.repeat(np.arange(len(profiles_), dtype=np.int64), sizes)
    shared = term >= 0
    article, term, weight = article[shared], term[shared], weight[shared]
    sizes = np.bincount(article, minlength=len(profiles_))
    width = len(term_number)
    keys = article * width + term  # article, then term
    order = np.argsort(keys)
    keys, term, weight = keys[order], term[order], weight[order]
    starts = np.cumsum(sizes) - sizes  # where each article's row begins
    firsts, seconds = np.divmod(pairs, len(profiles_))
    sums = []
    for at in range(0, len(pairs), PAIRS_AT_ONCE):
        first, second = firsts[at:at + PAIRS_AT_ONCE], seconds[at:at + PAIRS_AT_ONCE]
        lengths = sizes[first]
        pair = np.repeat(np.arange(len(first)), lengths)  # each entry of a first article's row, by pair
        entry = np.repeat(starts[first] - (np.cumsum(lengths) - lengths), lengths) + np.arange(int(lengths.sum()))
        wanted = second[pair] * width + term[entry]  # the same term in the second article's row
        found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        shared = keys[found] == wanted
        sums.append(np.bincount(pair[shared], weights=weight[entry[shared]] * weight[found[shared]],
                                minlength=len(first)))
    return np.concatenate(sums)
