"""Same statement, different words: one speaker's quotes in several articles grouped into statements.

Outlets translate and paraphrase differently ("to halt the fighting" / "to cease hostilities"), so
two quotes are one statement when, by the same speaker in different articles, they share enough of
their word pairs or of their content words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Mapping, Sequence

from digest.model import Quote, Statement, StatementVersion

SAME_STATEMENT = 0.4  # similarity from which two quotes are taken as one statement
MIN_CONTENT_WORDS = 3  # a quote of fewer content words is a borrowed word or phrase, not a statement
MIN_SHARED = 3  # two versions of a statement share at least this many word pairs or content words
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# Function words: two different statements share them as often as two versions of one.
FUNCTION_WORDS = frozenset("""
a an the and or but if so as of to in on at by for with from into about that this these those it its
is are was were be been being have has had do does did will would shall should can could may might must
we i you he she they us me him her them our my your his their not no there here what which who whom
""".split())


def words(text: str) -> list[str]:
    """The words of a text, lowercase, without possessive endings ("ISIS’s", "ISIS’" → "isis")."""
    return [word[:-2] if word.endswith("'s") else word for word in WORD.findall(text.lower().replace("’", "'"))]


@lru_cache(maxsize=1 << 16)  # the same words recur across a big digest's thousands of quotes
def stem(word: str) -> str:
    """A crude English stem, enough to match "proposals" with "proposal" and "agreed" with "agree"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def overlap(a: set[str], b: set[str]) -> float:
    """Shared items as a share of the smaller set: one version may quote more of the statement."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def similarity(a: str, b: str) -> float:
    """How alike two quotes are (0 to 1): the mean of shared word pairs and shared content words."""
    return alike(features(a), features(b))


def features(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """What `similarity` compares of a quote: its word pairs and its content words' stems."""
    found = words(text)
    return set(zip(found, found[1:])), {stem(w) for w in found if w not in FUNCTION_WORDS}


def alike(a: tuple[set, set], b: tuple[set, set]) -> float:
    """`similarity` of two quotes' features; 0 unless they share `MIN_SHARED` word pairs or content words
    (a short quote shares a large part of itself with a long one by chance: "Hillary Clinton is a joke")."""
    if len(a[0] & b[0]) < MIN_SHARED and len(a[1] & b[1]) < MIN_SHARED:
        return 0.0
    return (overlap(a[0], b[0]) + overlap(a[1], b[1])) / 2


def group_statements(quotes: Sequence[tuple[str, str, Quote]],
                     order: Mapping[str, int] | None = None) -> tuple[Statement, ...]:
    """Statements of (article id, speaker actor id, quote) triples; only groups quoted by two articles or more.

    `order` ranks article ids (newest first); without it, versions follow article ids.
    """
    by_speaker: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for article_id, speaker, quote in quotes:
        by_speaker[speaker].append((article_id, quote))
    rank = order or {}
    statements = []
    for speaker in sorted(by_speaker):
        for group in speaker_groups(by_speaker[speaker]):
            versions = sorted(group, key=lambda v: (rank.get(v[0], len(rank)), v[0], v[1].paragraph, v[1].start))
            statements.append(Statement(speaker, tuple(StatementVersion(a, q) for a, q in versions)))
    return tuple(statements)


def speaker_groups(quotes: Sequence[tuple[str, Quote]]) -> list[list[tuple[str, Quote]]]:
    """One speaker's quotes grouped across articles, each group around its fullest quote (its seed).

    A quote joins the seed it is most alike to, never a chain: with single links, "thousands" would join
    "thousands of shootings", which joins another quote with "shootings", and on, until one "statement"
    held hundreds of different things a much-quoted speaker said. Quotes of fewer than `MIN_CONTENT_WORDS`
    content words are words an article borrows ("disgusting"), not statements, and join no group.
    A speaker quoted by one article only has no group: nothing is compared.
    """
    if len({article_id for article_id, _ in quotes}) < 2:
        return []
    found = [features(quote.text) for _, quote in quotes]  # once per quote, not once per pair
    fullest_first = sorted((i for i in range(len(quotes)) if len(found[i][1]) >= MIN_CONTENT_WORDS),
                           key=lambda i: (-len(found[i][1]), i))
    seeds_with: dict[str, list[int]] = defaultdict(list)  # content stem -> seeds that have it
    members: dict[int, list[int]] = {}  # seed -> the quotes of its group
    for i in fullest_first:
        candidates = sorted({seed for word in found[i][1] for seed in seeds_with[word]
                             if quotes[seed][0] != quotes[i][0]})
        scored = [(alike(found[i], found[seed]), seed) for seed in candidates]
        best = max(((score, -seed) for score, seed in scored if score >= SAME_STATEMENT), default=None)
        if best is not None:
            members[-best[1]].append(i)
            continue
        members[i] = [i]
        for word in found[i][1]:
            seeds_with[word].append(i)
    groups = sorted(sorted(group) for group in members.values())
    return [[quotes[i] for i in group] for group in groups
            if len({quotes[i][0] for i in group}) >= 2]
