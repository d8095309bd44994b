"""`digest bench cluster CORPUS [CORPUS...]`: annotating beyond one process, and the digest-wide stage at scale.

Each measurement runs as its own process (wall time, and peak memory from `wait4`), in a temporary
folder: nothing is written into the repository.

1. Annotation throughput, each with an empty cache, as words per second and as a ratio to the
   floor (bare `nlp.pipe` in one process, model load included): in-process, `--jobs 2`, and a
   `LocalCluster` of two worker processes (`--scheduler local:2`, cluster start-up included).
2. The scheduling overhead per batch: the round trip of a no-op task, and of a one-article batch
   minus its time on the worker, on a warm two-worker cluster; and, from the cluster run above,
   (workers x time from submitting to the last batch - the batches' time on the workers) / batches.
3. The digest-wide stage (assemble + render, once the analyses are cached) at 1x, 4x and 16x the
   corpus, the copies under new ids: time and peak memory, with their ratios to 1x.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import logging
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from digest.bench.build import ROOT, Run, checked, corpus_files, report, run
from digest.store import codec
from digest.store.cache import with_article, without_article
from digest.model import AnnotatedArticle, Article
from digest.read.articles import read_articles

MODES = {"in-process": [], "--jobs 2": ["--jobs", "2"], "LocalCluster, 2 workers": ["--scheduler", "local:2"]}
SIZES = (1, 4, 16)
OVERHEAD_ROUNDS = 20


# ---- the measurements, each run in its own process -------------------------------------------


def read(list_file: Path) -> list[Article]:
    articles, _ = read_articles([Path(line) for line in list_file.read_text(encoding="utf-8").splitlines()])
    return articles


def project_files():
    """The project's taxonomy and actor registry, as a build of the project loads them."""
    from digest.resolve.registry import load_registry
    from digest.resolve.topics import load_taxonomy

    return load_taxonomy(ROOT / "topics.yml"), load_registry(ROOT / "actors.yml")


def floor_main(articles: Sequence[Article]) -> dict:
    """Bare `nlp.pipe` in one process over the articles' paragraphs, loading the model included."""
    from digest.annotate.parse import BATCH_SIZE
    from digest.annotate.nlp import DEFAULT_MODEL, load_model

    texts = [p.text for a in articles for p in a.paragraphs]
    start = time.perf_counter()
    nlp = load_model(DEFAULT_MODEL)
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return {"seconds": time.perf_counter() - start}


class BatchLog(logging.Handler):
    """Keeps the `BatchReport` of every cluster batch the build logs."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.reports: list = []

    def emit(self, record: logging.LogRecord) -> None:
        if hasattr(record, "batch"):
            self.reports.append(record.batch)


def annotate_main(articles: Sequence[Article], cache: Path, jobs: int, scheduler: str | None) -> dict:
    """The build's annotation stage (parse, analyse, cache) with an empty cache, as a build runs it."""
    from digest.pipeline import annotate_cached
    from digest.settings import Settings

    _, registry = project_files()
    settings = Settings(root=cache.parent, cache_dir=Path(cache.name), jobs=jobs, scheduler=scheduler)
    batches = BatchLog()
    logger = logging.getLogger("mkdocs.plugins.digest")
    logger.addHandler(batches)
    logger.setLevel(logging.INFO)
    start = time.perf_counter()
    annotate_cached(articles, settings, registry.patterns())
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "batches": [dataclasses.asdict(r) for r in batches.reports]}


def noop(payload: object) -> int:
    return 0


def overhead_main(articles: Sequence[Article], workers: int) -> dict:
    """Round trips on a warm cluster: a no-op task, and a one-article batch minus its time on the worker."""
    from digest.annotate.cluster import annotate_batch, connect
    from digest.annotate.nlp import DEFAULT_MODEL

    _, registry = project_files()
    tiny = min(articles, key=lambda a: sum(len(p.text) for p in a.paragraphs))
    with connect(f"local:{workers}") as client:
        client.gather([client.submit(annotate_batch, [tiny], DEFAULT_MODEL, registry.patterns(), pure=False,
                                     workers=[w]) for w in client.scheduler_info()["workers"]])  # load the models
        noops, batches = [], []
        for _ in range(OVERHEAD_ROUNDS):
            start = time.perf_counter()
            client.submit(noop, None, pure=False).result()
            noops.append(time.perf_counter() - start)
            start = time.perf_counter()
            _, on_worker = client.submit(annotate_batch, [tiny], DEFAULT_MODEL, registry.patterns(),
                                         pure=False).result()
            batches.append(time.perf_counter() - start - on_worker)
    return {"noop": statistics.median(noops), "batch": statistics.median(batches),
            "tiny_words": sum(len(p.text.split()) for p in tiny.paragraphs)}


def copies(annotated: Sequence[AnnotatedArticle], times: int) -> list[AnnotatedArticle]:
    """`times` copies of every analysis under new ids, each decoded afresh as a build loads it from the cache."""
    encoded = [(a.article, codec.dumps(without_article(a))) for a in annotated]
    made = []
    for n in range(times):
        for article, data in encoded:
            copy = article if n == 0 else renamed(article, f"-copy{n}")
            made.append(with_article(AnnotatedArticle, copy, data))
    return made


def renamed(article: Article, suffix: str) -> Article:
    """The article under a new id (and file name): `suffix` appended to its stem."""
    path = PurePosixPath(article.path)
    return dataclasses.replace(article, id=article.id + suffix,
                               path=str(path.with_name(f"{path.stem}{suffix}{path.suffix}")))


def digest_wide(annotated: Sequence[AnnotatedArticle], taxonomy, registry, found: dict | None = None) -> dict:
    """Time assemble and render over the analyses: the stage every build runs over the whole digest (`found`: each
    article's taxonomy phrases, which a build keeps in its cache and does not search again)."""
    from digest.resolve.assemble import assemble
    from digest.render.pages import render_pages

    gc.collect()
    start = time.perf_counter()
    digest = assemble(annotated, (), taxonomy, registry, found=found)
    assembled = time.perf_counter()
    pages = render_pages(digest)
    rendered = time.perf_counter()
    return {"articles": len(digest.articles), "actors": len(digest.actors), "pages": len(pages),
            "assemble": assembled - start, "render": rendered - assembled, "seconds": rendered - start}


def resident_mb() -> float:
    """The process's resident set now (Linux), else its peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def growth_main(articles: Sequence[Article], cache: Path, times: int) -> dict:
    """The digest-wide stage over `times` copies of the corpus, the analyses read from a warm cache."""
    from digest.pipeline import annotate_cached
    from digest.resolve.topics import text_hits
    from digest.settings import Settings

    taxonomy, registry = project_files()
    baseline = resident_mb()  # after the imports
    start = time.perf_counter()
    settings = Settings(root=cache.parent, cache_dir=Path(cache.name))
    originals = annotate_cached(articles, settings, registry.patterns())
    annotated = copies(originals, times)
    loaded = time.perf_counter() - start
    # A copy has its original's text, so its taxonomy phrases: found once each, as the build's cache keeps them.
    hits = [text_hits(a, taxonomy) for a in originals]
    found = {a.article.id: hits[n % len(originals)] for n, a in enumerate(annotated)}  # `copies` repeats them in order
    return {"load": loaded, "baseline_mb": baseline, **digest_wide(annotated, taxonomy, registry, found)}


# ---- the report -------------------------------------------------------------------------------


def measure(args: list[str]) -> tuple[dict, Run]:
    """Run `digest.bench.cluster --measure ...` in its own process; its JSON result and its Run."""
    result = checked(run([sys.executable, "-m", "digest.bench.cluster", "--measure", *args], ROOT), args[0])
    return json.loads(result.stdout.strip().splitlines()[-1]), result


def throughput(list_file: Path, tmp: Path, words: int) -> Path:
    """Part 1 and 2; the cache of the in-process run, for part 3."""
    floor, run_ = measure(["floor", str(list_file)])
    report(f"floor, bare nlp.pipe (1 process): {floor['seconds']:7.1f} s  {words / floor['seconds']:7.0f} words/s  "
           f"peak {run_.peak_mb:5.0f} MB  (model load included)")
    cluster = None
    for n, (mode, options) in enumerate(MODES.items()):
        cache = tmp / f"cache-{n}"
        result, run_ = measure(["annotate", str(list_file), str(cache), *options])
        report(f"{mode + ':':33s}  {result['seconds']:7.1f} s  {words / result['seconds']:7.0f} words/s  "
               f"peak {run_.peak_mb:5.0f} MB  ratio to the floor {result['seconds'] / floor['seconds']:5.2f}")
        if result["batches"]:
            cluster = result
        if n == 0:
            warm = cache
    if cluster:
        batch_overhead(cluster, workers=2)
    overhead, _ = measure(["overhead", str(list_file)])
    report(f"warm cluster round trip: no-op task {overhead['noop'] * 1000:.1f} ms; a one-article batch "
           f"({overhead['tiny_words']} words) {overhead['batch'] * 1000:.1f} ms beyond its time on the worker")
    return warm


def batch_overhead(result: dict, workers: int) -> None:
    batches = result["batches"]
    span = max(b["seconds_waited"] for b in batches)
    on_workers = sum(b["seconds_on_worker"] for b in batches)
    per_batch = (workers * span - on_workers) / len(batches)
    report(f"cluster run: {len(batches)} batches of up to {max(b['articles'] for b in batches)} articles; "
           f"{result['seconds'] - span:.1f} s before the first submit (cluster start-up); "
           f"{span:.1f} s from submitting to the last batch, {on_workers:.1f} s of it on the workers: "
           f"{per_batch:.2f} s per batch idle or in transit")


def growth(list_file: Path, cache: Path, sizes: Sequence[int]) -> None:
    """Part 3: the digest-wide stage at each size, with ratios to the first."""
    first = None
    for times in sizes:
        result, run_ = measure(["growth", str(list_file), str(cache), str(times)])
        above = run_.peak_mb - result["baseline_mb"]
        first = first or (result["seconds"], run_.peak_mb, above)
        report(f"{times:3d}x: {result['articles']:7,} articles, {result['actors']:7,} actors, {result['pages']:7,} pages: "
               f"assemble {result['assemble']:6.1f} s + render {result['render']:6.1f} s = {result['seconds']:6.1f} s "
               f"({result['seconds'] / first[0]:5.2f}x); peak {run_.peak_mb:6.0f} MB ({run_.peak_mb / first[1]:5.2f}x), "
               f"{above:6.0f} MB above the imports ({above / max(first[2], 1):5.2f}x); loading the analyses {result['load']:.1f} s")


def benchmark(files: list[Path], annotate_files: list[Path], sizes: Sequence[int], cache: Path | None) -> None:
    """Every part; with `cache`, only the digest-wide stage, its analyses kept in (or added to) that folder."""
    articles, _ = read_articles(annotate_files)
    words = sum(len(p.text.split()) for a in articles for p in a.paragraphs)
    report(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
           f"{platform.system()} {platform.release()}; load average {os.getloadavg()[0]:.2f} at the start")
    with tempfile.TemporaryDirectory(prefix="digest-bench-cluster-") as folder:
        tmp = Path(folder)
        list_file = write_list(tmp / "annotate.txt", annotate_files)
        if cache is None:
            report(f"annotation: {len(articles)} articles, {words:,} words; every run with an empty cache")
        warm = throughput(list_file, tmp, words) if cache is None else cache.resolve()
        report(f"digest-wide stage (assemble + render), the analyses cached; {len(files)} article files at 1x")
        all_files = write_list(tmp / "all.txt", files)
        measure(["annotate", str(all_files), str(warm), "--jobs", "2"])  # the rest into the cache (not timed)
        growth(all_files, warm, sizes)
    report(f"load average {os.getloadavg()[0]:.2f} at the end")


def write_list(path: Path, files: list[Path]) -> Path:
    path.write_text("".join(f"{f.resolve()}\n" for f in files), encoding="utf-8")
    return path


def measure_main(argv: list[str]) -> dict:
    what, articles = argv[0], read(Path(argv[1]))
    if what == "floor":
        return floor_main(articles)
    if what == "overhead":
        return overhead_main(articles, workers=2)
    if what == "growth":
        return growth_main(articles, Path(argv[2]), int(argv[3]))
    options = argparse.ArgumentParser()
    options.add_argument("--jobs", type=int, default=1)
    options.add_argument("--scheduler")
    parsed = options.parse_args(argv[3:])
    return annotate_main(articles, Path(argv[2]), parsed.jobs, parsed.scheduler)


def sample(files: list[Path], limit: int | None) -> list[Path]:
    """The first `limit` files spread over every corpus (all of them without a limit)."""
    return files[::max(1, len(files) // limit)][:limit] if limit else files


def main(argv: list[str]) -> int:
    if argv[:1] == ["--measure"]:
        print(json.dumps(measure_main(argv[1:])))
        return 0
    parser = argparse.ArgumentParser(prog="digest bench cluster", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", type=Path, help="folders (or files) of articles")
    parser.add_argument("--limit", type=int, help="only N articles, spread over the corpora (a quick sample)")
    parser.add_argument("--annotate-limit", type=int,
                        help="annotation throughput on only N of those articles (the growth uses them all)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="copies of the corpus for the digest-wide stage (default: 1,4,16)")
    parser.add_argument("--growth-only", type=Path, metavar="CACHE_DIR",
                        help="only the digest-wide stage, with the analyses kept in CACHE_DIR (reused when there)")
    args = parser.parse_args(argv)
    files = sample(corpus_files(args.corpora), args.limit)
    if len(files) < 2:
        parser.error("give folders holding at least two articles")
    benchmark(files, sample(files, args.annotate_limit), [int(n) for n in args.sizes.split(",")], args.growth_only)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
