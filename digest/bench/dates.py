"""`digest bench dates [--corpus DIR]`: what the date rules find and resolve, scored against gold when there is one.

A corpus folder with a `gold.yaml` beside its `articles/` (TempEval-3's TimeBank or AQUAINT, as
`../shared/corpus/tempeval/README.md` describes them; a folder of such splits scores each) is scored the way
that README says unseen documents are: the articles go through the project's normal path (read, annotate,
analyse, assemble, `digest export`), and each gold DATE expression is matched to an exported date whose text
overlaps it. Printed per split: extent recall and precision, value accuracy over the gold values that name a
calendar point (day, ISO week, month, year), and value F1 (extent F1 times the share of matched values right);
`--wrong N` lists N misses, extras and wrong values to develop with.

Any other folder of articles gets counts by granularity, the unresolved expressions and durations left out
(most frequent first), and a random sample of (expression, publication date, value, sentence) to check by eye.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import yaml

from digest.annotate.parse import iter_annotate
from digest.bench.corpus import DEFAULT_CACHE, SHARED_CORPUS, cached_digest
from digest.bench.scoring import Tally, share
from digest.annotate.dates import expressions, find_dates, is_duration
from digest.publish.export import export_lines
from digest.model import Article
from digest.annotate.nlp import DEFAULT_MODEL, load_model
from digest.read.articles import find_article_files, read_articles

DEFAULT_CORPUS = SHARED_CORPUS / "polnear"
# TimeML values that name a calendar point: a day, an ISO week, a month or a year.
CALENDAR_POINT = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?")


def options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="digest bench dates", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of articles (searched recursively)")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles (0: all)")
    parser.add_argument("--sample", type=int, default=40, help="how many resolved expressions to show")
    parser.add_argument("--seed", type=int, default=5, help="seed of the random sample")
    parser.add_argument("--wrong", type=int, default=0, help="with gold: list N misses, extras and wrong values")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="annotation cache kept between runs")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = options(argv)
    splits = gold_splits(args.corpus)
    if not splits:
        return count(args)
    for split in splits:
        score, listing = score_split(split, args.cache, args.limit)
        print(f"{split.name}: {score.docs} documents, {score.gold} gold DATE expressions, {score.found} found\n"
              f"  extent recall {score.recall:.3f}  extent precision {score.precision:.3f}  "
              f"value accuracy (calendar points) {score.calendar_accuracy:.3f} "
              f"({score.calendar_right}/{score.calendar_matched})  value F1 {score.value_f1:.3f}")
        for line in listing[:args.wrong]:
            print("   ", line)
    return 0


def gold_splits(corpus: Path) -> list[Path]:
    """The scored splits under `corpus`: itself when it holds date gold, else its folders that do."""
    if has_date_gold(corpus):
        return [corpus]
    return sorted(p for p in corpus.iterdir() if has_date_gold(p)) if corpus.is_dir() else []


def has_date_gold(folder: Path) -> bool:
    """A TempEval-style split: `articles/` and a gold.yaml whose documents list `dates` (other corpora's
    gold.yaml, such as PolNeAR's quotes, is no date gold)."""
    gold = folder / "gold.yaml"
    if not (folder / "articles").is_dir() or not gold.is_file():
        return False
    with gold.open(encoding="utf-8") as file:
        return re.search(r"(?m)^  dates:", file.read(4096)) is not None


@dataclass
class DateScore(Tally):
    """Counts of the TempEval-style date score, summed over documents."""

    docs: int = 0
    gold: int = 0
    found: int = 0
    matched: int = 0  # gold expressions matched (one found date each)
    value_right: int = 0  # matched expressions whose value is the gold value, all types
    calendar_matched: int = 0  # matched expressions whose gold value names a calendar point
    calendar_right: int = 0

    @property
    def recall(self) -> float:
        return share(self.matched, self.gold)

    @property
    def precision(self) -> float:
        return share(self.matched, self.found)

    @property
    def calendar_accuracy(self) -> float:
        return share(self.calendar_right, self.calendar_matched)

    @property
    def value_f1(self) -> float:
        extent = 2 * self.recall * self.precision / (self.recall + self.precision) if self.matched else 0.0
        return extent * share(self.value_right, self.matched)


def score_split(split: Path, cache: Path, limit: int = 0) -> tuple[DateScore, list[str]]:
    """The score of one split and the listing of what went wrong (misses, extras, wrong values)."""
    gold = yaml.safe_load((split / "gold.yaml").read_text(encoding="utf-8"))
    paths = [split / "articles" / f"{doc}.txt" for doc in sorted(gold)][:limit or None]
    digest, _, _ = cached_digest(split / "articles", cache, paths=paths)
    articles = {a.article.id: a.article for a in digest.articles}
    records = {r["id"]: r for r in map(json.loads, export_lines(digest))}
    # The reader drops a document with the same text as another; read alone, it is scored too.
    dropped = [p for p in paths if p.stem not in records]
    if dropped:
        again, _, _ = cached_digest(split / "articles", cache, paths=dropped)
        articles.update((a.article.id, a.article) for a in again.articles)
        records.update((r["id"], r) for r in map(json.loads, export_lines(again)))
    total, listing = DateScore(), []
    for path in paths:
        doc = path.stem
        body = article_body(path)
        found = list(body_spans(records[doc]["dates"], articles[doc], body))
        total.add(score_document(gold[doc]["dates"], found, body, doc, listing))
    return total, listing


def article_body(path: Path) -> str:
    """The text after the front matter, as the gold offsets count it."""
    return path.read_text(encoding="utf-8").split("---\n", 2)[2].lstrip("\n")


def body_spans(dates: list[dict], article: Article, body: str) -> Iterator[tuple[int, int, dict]]:
    """(start, end, record) of each exported date, its paragraph offsets carried over to the body's."""
    where = paragraph_to_body(article, body)
    for record in dates:
        start = where.get((record["paragraph"], record["start"]))
        end = where.get((record["paragraph"], record["end"] - 1))
        if start is not None and end is not None:
            yield start, end + 1, record


def paragraph_to_body(article: Article, body: str) -> dict[tuple[int, int], int]:
    """{(paragraph, offset): body offset} for every non-space character; the reader only folds whitespace
    (and takes heading marks off), so the non-space characters line up."""
    ours = [(p.index, i) for p in article.paragraphs for i, ch in enumerate(p.text) if not ch.isspace()]
    theirs = [i for i, ch in enumerate(body) if not ch.isspace()]
    ours_text = "".join(article.paragraphs[p].text[i] for p, i in ours)
    theirs_text = "".join(body[i] for i in theirs)
    if ours_text == theirs_text:
        return {key: theirs[n] for n, key in enumerate(ours)}
    mapping = {}
    for block in SequenceMatcher(None, ours_text, theirs_text, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            mapping[ours[block.a + k]] = theirs[block.b + k]
    return mapping


def score_document(gold: list[dict], found: list[tuple[int, int, dict]], body: str, doc: str,
                   listing: list[str]) -> DateScore:
    """Match each gold expression to the first unused found date overlapping it; count values."""
    score = DateScore(docs=1, gold=len(gold), found=len(found))
    used: set[int] = set()
    for expression in gold:
        match = next((n for n, (start, end, _) in enumerate(found)
                      if n not in used and start < expression["end"] and expression["start"] < end), None)
        if match is None:
            listing.append(f"missed {expression['text']!r} ({expression['value']}) {doc}: "
                           f"{context(body, expression['start'], expression['end'])}")
            continue
        used.add(match)
        score.matched += 1
        value, right = found[match][2]["value"], expression["value"]
        score.value_right += value == right
        if CALENDAR_POINT.fullmatch(right):
            score.calendar_matched += 1
            score.calendar_right += value == right
        if value != right:
            listing.append(f"value  {found[match][2]['text']!r} {value} != {right} {doc}: "
                           f"{context(body, expression['start'], expression['end'])}")
    for n, (start, end, record) in enumerate(found):
        if n not in used:
            listing.append(f"extra  {record['text']!r} ({record['value']}) {doc}: {context(body, start, end)}")
    return score


def context(body: str, start: int, end: int, width: int = 60) -> str:
    """The expression in its surroundings, marked with [ ], on one line."""
    text = f"{body[max(0, start - width):start]}[{body[start:end]}]{body[end:end + width]}"
    return " ".join(text.split())


def count(args: argparse.Namespace) -> int:
    """Counts, unresolved expressions, durations and a sample of a corpus without gold."""
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
    for key, number in sorted(granularities.items()):
        print(f"  {key:22} {number}")
    show("unresolved (most frequent)", unresolved)
    show("durations left out (most frequent)", durations)
    print(f"\nrandom sample of {args.sample} resolved (seed {args.seed}):")
    for text, date, value, sentence in random.Random(args.seed).sample(resolved, min(args.sample, len(resolved))):
        print(f"  {text!r} @ {date} -> {value}\n      {sentence[:160]}")
    return 0


def show(title: str, counter: Counter[str], top: int = 40) -> None:
    print(f"\n{title}: {len(counter)} distinct")
    print("  " + "; ".join(f"{text} ({n})" for text, n in counter.most_common(top)))
