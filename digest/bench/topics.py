"""`digest bench topics [--corpus DIR] [--limit N]`: topics, key phrases and related links on a corpus, to read by eye.

Prints topic counts, sample key phrases with their articles, related-link examples and the time each
stage takes. Where the corpus has a `category` in its front matter (the BBC corpus does), it also
prints how often the taxonomy's best topic agrees with it; the category is never used to assign topics.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

import yaml

from digest.bench.corpus import DEFAULT_CACHE, SHARED_CORPUS, cached_digest
# The BBC sections and the starter taxonomy topic a reader would expect for each.
SECTION_TOPIC = {"business": {"business", "economy", "energy"}, "entertainment": {"entertainment"},
                 "politics": {"elections", "diplomacy", "crime-and-justice", "terrorism-and-security", "economy",
                              "immigration", "education", "health"},
                 "sport": {"sport"}, "tech": {"technology"}}


def category(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8", errors="replace")
    if not text.startswith("---"):
        return None
    meta = yaml.safe_load(text.split("---", 2)[1]) or {}
    return meta.get("category") if isinstance(meta, dict) else None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench topics", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS / "bbc")
    parser.add_argument("--limit", type=int, default=0, help="read only every k-th file to get about N articles")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--samples", type=int, default=12)
    args = parser.parse_args(argv)
    digest, paths, seconds = cached_digest(args.corpus, args.cache, args.limit)
    print(f"{len(digest.articles)} articles from {args.corpus}; built in {seconds:.1f}s "
          f"(annotations cached in {args.cache})")
    report_topics(digest, args.samples)
    report_agreement(digest, {p.stem: category(p) for p in paths})
    report_related(digest, args.samples)
    return 0


def report_topics(digest, samples: int) -> None:
    counts = Counter(len(slugs) for slugs in digest.topics_of.values())
    print(f"\ntopics per article: {dict(sorted(counts.items()))}; "
          f"without any: {sum(1 for a in digest.articles if not digest.topics_of.get(a.article.id))}")
    print("\ntaxonomy topics (articles):")
    for topic in (t for t in digest.topics if t.source == "taxonomy"):
        print(f"  {topic.label:28} {len(topic.articles):5}  actors: "
              f"{', '.join(digest.actor(a).name for a, _ in topic.actors[:5])}")
    phrases = [t for t in digest.topics if t.source == "key phrase"]
    print(f"\nkey-phrase topics: {len(phrases)}; the most used:")
    for topic in phrases[: samples * 2]:
        print(f"  {topic.label:32} {len(topic.articles):4}")
    rng = random.Random(0)
    print("\nrandom key-phrase topics:")
    for topic in rng.sample(phrases, min(samples, len(phrases))):
        titles = [next(a.article.title for a in digest.articles if a.article.id == i) for i in topic.articles[:2]]
        print(f"  {topic.label} ({len(topic.articles)}): {' | '.join(t[:50] for t in titles)}")


def report_agreement(digest, categories: dict[str, str | None]) -> None:
    judged = [(categories.get(i), slugs) for i, slugs in digest.topics_of.items() if categories.get(i) in SECTION_TOPIC]
    if not judged:
        return
    first = sum(1 for cat, slugs in judged if slugs and slugs[0] in SECTION_TOPIC[cat])
    anywhere = sum(1 for cat, slugs in judged if set(slugs) & SECTION_TOPIC[cat])
    print(f"\nagreement with the corpus's section: best topic {first / len(judged):.1%}, "
          f"any topic {anywhere / len(judged):.1%} of {len(judged)} articles")


def report_related(digest, samples: int) -> None:
    linked = [a for a in digest.articles if digest.related.get(a.article.id)]
    print(f"\nrelated coverage: {len(linked)} of {len(digest.articles)} articles have links, "
          f"{sum(len(v) for v in digest.related.values())} links")
    titles = {a.article.id: a.article.title for a in digest.articles}
    for annotated in random.Random(1).sample(linked, min(samples, len(linked))):
        best = digest.related[annotated.article.id][0]
        print(f"  {titles[annotated.article.id][:60]}\n    → {best.score:.2f} {titles[best.article_id][:60]}")
