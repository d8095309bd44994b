"""`digest bench actors [CORPUS ...] [--top N] [--corpus GOLD_CORPUS]`: actor precision and recall on the seeds
and on corpora with gold, and a corpus's top actors.

With --corpus, a folder with `gold.yaml` and `articles/` (the CoNLL-2003 development set) or the BBC corpus
(gold in digest/bench/gold/bbc_actors.yaml, the 30 articles rules were written from;
bbc_actors_heldout.yaml, 20 articles kept to check them, since used for a few corrections;
bbc_actors_heldout2.yaml, 20 more kept clean, whose false actors are never listed; bbc_actors_dev2.yaml, 20
sport and entertainment articles, bbc_actors_dev3.yaml, 20 business, politics and tech articles, and
bbc_actors_dev4.yaml, 20 articles of the five sections, each annotated before the digest was run on them, then developed on; each scored apart) is scored as ../shared/corpus/conll/README.md says: per article,
a gold name is found by an actor of its type with that name or alias (for people, also one whose name ends
in the same word); an actor is right when it finds a gold name of its type; micro precision, recall and F1
per type and overall, for each section (news, sports; business, politics …) and all together.

On the seeds' hand-written gold (tests/data/actors_gold.yaml: the people, organisations and places of
each article) it prints precision and recall per type, and any actor with more than one page or more
than one type. On each corpus folder it builds the digest (annotations cached in --cache, so a second
run is quick) and prints the N most mentioned actors with their type, aliases and article count, to
read by eye: a name a reader would call wrong there is a bug.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digest.model import Digest
from digest.bench.corpus import DEFAULT_CACHE, ROOT, cached_digest
from digest.bench.scoring import Tally

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


GOLD_TYPES = {"people": "person", "orgs": "organisation", "places": "place"}
BBC_GOLDS = (Path(__file__).parent / "gold" / "bbc_actors.yaml",  # rules were written from these articles
             Path(__file__).parent / "gold" / "bbc_actors_heldout.yaml",  # kept to check rules on (since used)
             Path(__file__).parent / "gold" / "bbc_actors_heldout2.yaml",  # kept clean: figures only
             Path(__file__).parent / "gold" / "bbc_actors_dev2.yaml",  # sport and entertainment, developed on
             Path(__file__).parent / "gold" / "bbc_actors_dev3.yaml",  # business, politics and tech, developed on
             Path(__file__).parent / "gold" / "bbc_actors_dev4.yaml")  # 4 per section, developed on
CLEAN_GOLDS = {BBC_GOLDS[2].name}  # whose false actors are never listed, so that no rule is written from them


@dataclass
class Counts(Tally):
    gold: int = 0
    found_gold: int = 0
    actors: int = 0
    right_actors: int = 0

    def row(self) -> str:
        p = self.right_actors / self.actors if self.actors else 0.0
        r = self.found_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{p:9.3f} {r:7.3f} {f:6.3f}  {self.actors:6} {self.gold:5}"


def finds(actor_names: set[str], type_: str, gold_name: str) -> bool:
    """Whether an actor known by `actor_names` finds `gold_name` (the CoNLL README's rule)."""
    if gold_name in actor_names:
        return True
    return type_ == "person" and any(n.split()[-1:] == gold_name.split()[-1:] for n in actor_names)


def article_counts(actors: list[tuple[str, set[str]]], gold: dict, type_: str, wrong: list) -> Counts:
    """`actors`: (type, names) of one article's actors; `gold`: the article's gold entry."""
    names = list(gold.get(next(k for k, v in GOLD_TYPES.items() if v == type_)) or [])
    mine = [found for kind, found in actors if kind == type_]
    counts = Counts(gold=len(names), actors=len(mine))
    counts.found_gold = sum(1 for name in names if any(finds(found, type_, name) for found in mine))
    for found in mine:
        if any(finds(found, type_, name) for name in names):
            counts.right_actors += 1
        else:
            wrong.append(f"{type_}: {sorted(found)[0]}")
    return counts


def score_gold_corpus(folder: Path, cache: Path, show: int) -> None:
    """Score a corpus with gold per article, each gold file apart (see the module's docstring)."""
    if (folder / "gold.yaml").is_file():
        score_gold_set(folder, folder / "gold.yaml", folder / "articles", cache, show)
    else:
        for gold_file in BBC_GOLDS:
            score_gold_set(folder, gold_file, folder, cache, show)


def score_gold_set(folder: Path, gold_file: Path, texts: Path, cache: Path, show: int) -> None:
    """Score the digest of the articles `gold_file` names (`texts`/ID.txt) against it."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    paths = [texts / f"{article_id}.txt" for article_id in sorted(gold)]
    digest, _, _ = cached_digest(folder, cache, paths=paths)
    per_article: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    twice = 0  # an actor listed twice in one article
    for annotated in digest.articles:
        ids = [digest.actor_of[(annotated.article.id, local.key)] for local in annotated.actors if local.named]
        twice += len(ids) - len(set(ids))
        for actor_id in dict.fromkeys(ids):
            actor = digest.actor(actor_id)
            per_article[annotated.article.id].append((actor.type, {actor.name, *actor.aliases}))
    sections: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
    wrong: list[str] = []
    for article_id, entry in gold.items():
        for type_ in TYPES:
            counts = article_counts(per_article.get(article_id, []), entry, type_, wrong)
            for section in (entry.get("section", "all"), "all"):
                sections[section][type_].add(counts)
                sections[section]["overall"].add(counts)
    print(f"\n{folder}: {len(gold)} articles with gold ({gold_file.name})")
    print(f"  {'section':10} {'type':12} {'precision':>9} {'recall':>7} {'F1':>6}  actors  gold")
    for section in sorted(sections, key=lambda s: (s == "all", s)):
        for type_, counts in sections[section].items():
            print(f"  {section:10} {type_:12} {counts.row()}")
    print(f"  an actor listed twice in one article: {twice}")
    if show and gold_file.name not in CLEAN_GOLDS:
        print("  most frequent false actors: " + ", ".join(
            f"{name} ({count})" for name, count in Counter(wrong).most_common(show)))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench actors", description=__doc__)
    parser.add_argument("folders", type=Path, nargs="*", help="corpus folders whose top actors to list")
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="score a corpus with gold (../shared/corpus/conll/dev, ../shared/corpus/bbc)")
    parser.add_argument("--false", type=int, default=30, help="list this many of the most frequent false actors")
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
        score_gold_corpus(folder, args.cache, args.false)
    for folder in args.folders:
        digest, _, seconds = cached_digest(folder, args.cache)
        people = sum(1 for a in digest.actors if a.type == "person")
        print(f"\n{folder}: {len(digest.articles)} articles, {len(digest.actors)} actors ({people} people) "
              f"in {seconds:.1f}s; names with more than one page: {len(duplicates(digest))}")
        report_top(digest, args.top)
    return 0
