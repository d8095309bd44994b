"""`digest bench reach [--corpus DIR] [--limit N] [--changes N]`: how much of the actor resolution one article
reaches, and how much it changes.

A measurement for issue 23's incremental digest-wide stage: an update that re-resolves only the actors an
added article could change must redo every group of mentions (one per identity key, before any join) that
the article's own groups may join. For each article taken as the one added, it prints the share of the
digest's mentions (local actors) in

- **its actors**: the groups its mentions' actors were resolved from (a lower bound: the joins made now);
- **its join keys**: those, and every group sharing a key's whole name, first word, last word (a surname)
  or initials (an acronym) with one of its own (what the surname, short-form and acronym joins compare);
- **its words**: those, and every group sharing any word or join key with one of its own (an upper bound).

The median, 90th percentile, largest and mean share over the articles, and the resolution's CPU time
once over the whole digest, so that share x time estimates an update's cost.

With `--changes N`, for N articles drawn at random (always the same draw), `resolve_actors` runs over the digest
without each one and its result is compared with the whole digest's: how many of the other articles' local
actors are resolved to another actor, and how many actors the article does not name show other fields
(`SHOWN_FIELDS`). The filters run before the resolution (things, common nouns) are held as the whole digest
made them: this measures the resolution alone.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.bench.corpus import DEFAULT_CACHE, ROOT, SHARED_CORPUS, cached_digest
from digest.model import Actor, AnnotatedArticle, Digest
from digest.resolve import actors as resolution
from digest.resolve.registry import Registry, load_registry


@dataclass(frozen=True)
class Reach:
    """Per article id, the share of the digest's mentions an update for it re-resolves, by each bound."""

    actors: Mapping[str, float]
    join_keys: Mapping[str, float]
    words: Mapping[str, float]


def group_keys(digest: Digest, registry: Registry | None = None) -> dict[str, list[tuple[str, str]]]:
    """Per article id, each of its mentions' (local key, group key): the identity key `resolve_actors` gathers
    it under before any join."""
    known = (registry or Registry()).lookup()
    result = {}
    for annotated in digest.articles:
        no_clubs = resolution.reports_no_clubs(annotated)
        result[annotated.article.id] = [
            (local.key, bare(resolution.identity_key(local, resolution.registry_entry(local, known), no_clubs)))
            for local in annotated.actors]
    return result


def bare(key: str) -> str:
    """A group key without the marks `identity_key` and `resolve_actors` add (a place apart, one article's word)."""
    return resolution.base_key(key).split(resolution.PLACE_KEY)[0]


def join_keys(key: str) -> set[str]:
    """What the surname, short-form and acronym joins compare of a group key: its whole name, its first and last
    words, and its initials when it has several words."""
    words = key.split() or [key]
    keys = {key, words[0], words[-1]}
    if len(words) > 1:
        keys.add("".join(word[0] for word in words))
    return keys


def words_and_join_keys(key: str) -> set[str]:
    """Every word of a group key, and its join keys."""
    return join_keys(key) | set(key.split())


def shares(groups_of: Mapping[str, set[str]], size: Mapping[str, int], index: Mapping[str, set[str]],
           by: Callable[[str], Iterable[str]]) -> dict[str, float]:
    """Per article, the share of all mentions in its groups (`groups_of`) and in every group `index` lists
    under a key (`by(group)`) of one of them."""
    total = sum(size.values())
    result = {}
    for article_id, own in groups_of.items():
        reached = set(own)
        for group in own:
            for key in by(group):
                reached |= index.get(key, set())
        result[article_id] = sum(size[group] for group in reached) / total
    return result


def reach(digest: Digest, registry: Registry | None = None) -> Reach:
    """How much of the actor resolution each article of `digest` reaches (see the module's docstring)."""
    keys = group_keys(digest, registry)
    size: dict[str, int] = defaultdict(int)
    groups_of_actor: dict[str, set[str]] = defaultdict(set)
    for article_id, pairs in keys.items():
        for local_key, group in pairs:
            size[group] += 1
            groups_of_actor[digest.actor_of[(article_id, local_key)]].add(group)
    own = {article_id: set().union(*(groups_of_actor[digest.actor_of[(article_id, local)]] for local, _ in pairs))
           for article_id, pairs in keys.items()}
    by_join, by_word = defaultdict(set), defaultdict(set)
    for group in size:
        for key in join_keys(group):
            by_join[key].add(group)
        for key in words_and_join_keys(group):
            by_word[key].add(group)
    return Reach(actors=shares(own, size, {}, lambda group: ()),
                 join_keys=shares(own, size, by_join, join_keys),
                 words=shares(own, size, by_word, words_and_join_keys))


# What an actor's page and the pages naming it show of it, but where it appears (which any added article moves).
SHOWN_FIELDS = ("name", "type", "aliases", "also_written", "role", "media", "shared_surname")


@dataclass(frozen=True)
class Change:
    """What taking one article out of the digest changes in the resolution of the other articles' actors."""

    article_id: str
    moved: int  # the other articles' local actors resolved to another actor (by id)
    changed: int  # actors the article does not name whose SHOWN_FIELDS differ, or that are new or gone


def shown(actor: Actor) -> tuple:
    return tuple(getattr(actor, name) for name in SHOWN_FIELDS)


def changes(articles: Sequence[AnnotatedArticle], sample: Iterable[int], registry: Registry | None = None
            ) -> list[Change]:
    """For each index of `sample`, the resolution of `articles` (newest first, as the digest-wide stage passes
    them) without that article, against the resolution of all of them."""
    actors, actor_of = resolution.resolve_actors(articles, registry)
    before = {actor.id: shown(actor) for actor in actors}
    result = []
    for n in sample:
        article_id = articles[n].article.id
        own = {actor_of[(article_id, local.key)] for local in articles[n].actors}
        others, others_of = resolution.resolve_actors([*articles[:n], *articles[n + 1:]], registry)
        after = {actor.id: shown(actor) for actor in others}
        moved = sum(actor_of[key] != actor_id for key, actor_id in others_of.items())
        changed = sum(before.get(actor_id) != after.get(actor_id) for actor_id in (before.keys() | after.keys()) - own)
        result.append(Change(article_id, moved, changed))
    return result


def report_changes(found: Sequence[Change], articles: int) -> list[str]:
    """The lines `main` prints for `--changes`: the median, how many articles change nothing, and the largest."""
    lines = [f"taking one article out, {len(found)} of {articles} articles drawn at random:"]
    for label, count in (("other articles' local actors resolved to another actor", lambda c: c.moved),
                         ("actors it does not name shown otherwise, new or gone", lambda c: c.changed)):
        largest = max(found, key=lambda change: (count(change), change.article_id))
        lines.append(f"  {label}: median {statistics.median(map(count, found)):g}, none in "
                     f"{sum(count(change) == 0 for change in found)}, largest {count(largest)} ({largest.article_id})")
    return lines


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def report(measured: Reach, seconds: float) -> list[str]:
    """The lines `main` prints: each bound's median, 90th percentile, largest and mean share."""
    lines = [f"resolve_actors over the whole digest: {seconds:.2f} s CPU"]
    for label, values in (("its actors", measured.actors), ("its join keys", measured.join_keys),
                          ("its words", measured.words)):
        shares_ = list(values.values())
        lines.append(f"{label:14} median {quantile(shares_, 0.5):.3f}  p90 {quantile(shares_, 0.9):.3f}  "
                     f"max {max(shares_):.3f}  mean {statistics.mean(shares_):.3f}")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench reach", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS / "bbc")
    parser.add_argument("--limit", type=int, default=0, help="read only every k-th file to get about N articles")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--changes", type=int, default=0, metavar="N",
                        help="also resolve the digest without each of N articles drawn at random, and compare")
    args = parser.parse_args(argv)
    digest, _, _ = cached_digest(args.corpus, args.cache, args.limit)
    registry = load_registry(ROOT / "actors.yml")
    started = time.process_time()
    resolution.resolve_actors(digest.articles, registry)
    seconds = time.process_time() - started
    mentions = sum(len(annotated.actors) for annotated in digest.articles)
    print(f"{len(digest.articles)} articles, {mentions} mentions (local actors) from {args.corpus}")
    print("\n".join(report(reach(digest, registry), seconds)))
    if args.changes:
        sample = random.Random(0).sample(range(len(digest.articles)), min(args.changes, len(digest.articles)))
        print("\n".join(report_changes(changes(digest.articles, sample, registry), len(digest.articles))))
    return 0
