"""`digest bench actors [CORPUS ...] [--top N]`: actor precision and recall on the seeds, and a corpus's top actors.

On the seeds' hand-written gold (tests/data/actors_gold.yaml: the people, organisations and places of
each article) it prints precision and recall per type, and any actor with more than one page or more
than one type. On each corpus folder it builds the digest (annotations cached in --cache, so a second
run is quick) and prints the N most mentioned actors with their type, aliases and article count, to
read by eye: a name a reader would call wrong there is a bug.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digest.model import Digest
from digest.bench.corpus import DEFAULT_CACHE, ROOT, cached_digest

TYPES = ("person", "organisation", "place")


@dataclass
class SetScore:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    differences: list[str] = field(default_factory=list)  # per article: what is not in gold, what is missed

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 0.0

    @property
    def recall(self) -> float:
        return self.right / (self.right + self.missed) if self.right + self.missed else 0.0


def found_by_article(digest: Digest, type_: str) -> dict[str, set[str]]:
    """The canonical names of each article's actors of one type."""
    names: dict[str, set[str]] = defaultdict(set)
    for actor in digest.actors:
        if actor.type == type_:
            for appearance in actor.appearances:
                names[appearance.article_id].add(actor.name)
    return names


def seed_scores(digest: Digest, gold: dict[str, dict[str, list[str]]]) -> dict[str, SetScore]:
    """Precision and recall of each type's actors over the gold articles."""
    scores = {}
    for type_ in TYPES:
        found, result = found_by_article(digest, type_), SetScore()
        for article_id, names in gold.items():
            expected, got = set(names.get(type_, [])), found.get(article_id, set())
            result.right += len(expected & got)
            result.wrong += len(got - expected)
            result.missed += len(expected - got)
            if got != expected:
                result.differences.append(f"{article_id}: not in gold {sorted(got - expected)}; "
                                          f"missed {sorted(expected - got)}")
        scores[type_] = result
    return scores


def duplicates(digest: Digest) -> list[str]:
    """Names that have more than one actor page (a person split in two, or one name under two types)."""
    pages: dict[str, list[str]] = defaultdict(list)
    for actor in digest.actors:
        pages[actor.name.casefold()].append(f"{actor.id} ({actor.type})")
    return [", ".join(ids) for ids in pages.values() if len(ids) > 1]


def report_top(digest: Digest, top: int) -> None:
    ranked = sorted(digest.actors, key=lambda a: (-a.mentions, a.id))[:top]
    print(f"{'mentions':>8} {'articles':>8}  {'type':12} name  [aliases]")
    for actor in ranked:
        media = " (media)" if actor.media else ""
        aliases = f"  [{', '.join(actor.aliases[:4])}]" if actor.aliases else ""
        print(f"{actor.mentions:8} {len(actor.appearances):8}  {actor.type:12} {actor.name}{media}{aliases}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench actors", description=__doc__)
    parser.add_argument("corpus", type=Path, nargs="*", help="corpus folders (e.g. ../shared/corpus/bbc)")
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    gold = yaml.safe_load((ROOT / "tests" / "data" / "actors_gold.yaml").read_text(encoding="utf-8"))
    digest, _, _ = cached_digest(ROOT / "seeds", args.cache)
    print(f"seeds ({len(gold)} articles, gold tests/data/actors_gold.yaml)")
    print(f"  {'type':12} {'precision':>9} {'recall':>7}  right wrong missed")
    for type_, result in seed_scores(digest, gold).items():
        print(f"  {type_:12} {result.precision:9.3f} {result.recall:7.3f}  {result.right:5} {result.wrong:5} "
              f"{result.missed:6}")
        for difference in result.differences:
            print(f"    {difference}")
    print(f"  names with more than one actor page: {duplicates(digest) or 'none'}")
    for folder in args.corpus:
        digest, _, seconds = cached_digest(folder, args.cache)
        people = sum(1 for a in digest.actors if a.type == "person")
        print(f"\n{folder}: {len(digest.articles)} articles, {len(digest.actors)} actors ({people} people) "
              f"in {seconds:.1f}s; names with more than one page: {len(duplicates(digest))}")
        report_top(digest, args.top)
    return 0
