"""`digest bench dates [--corpus DIR]`: what the date rules find and resolve in a dated corpus.

Prints counts by granularity, the unresolved expressions and durations left out (most frequent first),
and a random sample of (expression, publication date, value, sentence) to check by eye.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from digest.annotate import iter_annotate
from digest.dates import expressions, find_dates, is_duration
from digest.nlp import DEFAULT_MODEL, load_model
from digest.read import find_article_files, read_articles

DEFAULT_CORPUS = Path("/work/shared/corpus/polnear")


def options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="digest bench dates", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles (searched recursively)")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles (0: all)")
    parser.add_argument("--sample", type=int, default=40, help="how many resolved expressions to show")
    parser.add_argument("--seed", type=int, default=5, help="seed of the random sample")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = options(argv)
    paths = find_article_files(args.corpus)
    if args.limit:
        paths = paths[:args.limit]
    articles, problems = read_articles(paths)
    nlp = load_model(args.model)
    granularities: Counter[str] = Counter()
    unresolved: Counter[str] = Counter()
    durations: Counter[str] = Counter()
    resolved = []
    for parsed in iter_annotate(articles, nlp):
        durations.update(text for _, _, _, text in expressions(parsed) if is_duration(text))
        for ref in find_dates(parsed):
            granularities[f"{ref.granularity or 'none'}{'' if ref.value else ' (unresolved)'}"] += 1
            if ref.value is None:
                unresolved[ref.text] += 1
            else:
                resolved.append((ref.text, parsed.article.date, ref.value, ref.sentence))
    dated = sum(1 for a in articles if a.date)
    print(f"{len(articles)} articles ({dated} dated), {len(problems)} problems; "
          f"{sum(granularities.values())} date expressions, {sum(durations.values())} durations left out")
    for key, count in sorted(granularities.items()):
        print(f"  {key:22} {count}")
    show("unresolved (most frequent)", unresolved)
    show("durations left out (most frequent)", durations)
    print(f"\nrandom sample of {args.sample} resolved (seed {args.seed}):")
    for text, date, value, sentence in random.Random(args.seed).sample(resolved, min(args.sample, len(resolved))):
        print(f"  {text!r} @ {date} -> {value}\n      {sentence[:160]}")
    return 0


def show(title: str, counter: Counter[str], top: int = 40) -> None:
    print(f"\n{title}: {len(counter)} distinct")
    print("  " + "; ".join(f"{text} ({n})" for text, n in counter.most_common(top)))
