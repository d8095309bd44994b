"""`digest bench build CORPUS [CORPUS...]`: how fast and how big a build of thousands of articles is.

In a temporary copy of the project (mkdocs.yml, docs/, overrides/ and a seeds folder of symlinks to
the corpus: nothing is written into the repository) it measures, each stage as its own process:

1. the articles and their words;
2. a cold `digest build` (empty cache), against the floor: bare `nlp.pipe` over the same paragraph
   texts with the same model, batch size and worker count, run before and after the build, and their ratio;
3. `digest build` again with nothing changed, then after adding one article;
4. the peak resident memory of every stage (its process and its worker processes);
5. `mkdocs build --strict` over the whole digest, and the size of its search index.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from digest.annotate.parse import BATCH_SIZE
from digest.publish.search import INDEX_FOLDER
from digest.read.articles import display_path, find_article_files, read_articles

ROOT = Path(__file__).resolve().parents[2]  # the project folder: mkdocs.yml, docs/, overrides/
GENERATED = ("index.md", "articles", "actors", "topics", "quotes.md", "quotes", "timeline.md", "timeline",
             ".digest-pages.json")


@dataclass
class Run:
    seconds: float
    peak_mb: float  # the largest resident set of the process or any of its workers
    returncode: int
    stdout: str
    stderr: str


def run(args: list[str], cwd: Path) -> Run:
    """Run one stage as its own process; its wall time and peak memory (with its children's)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CI": "true"}  # CI: no progress bar in the figures
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err, env=env, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, process.returncode, out.read(), err.read())


def corpus_files(corpora: list[Path], unique: bool = False) -> list[Path]:
    """The article files of the corpus folders (their READMEs are not articles); with `unique`, without
    the files whose text another file already has (the digest reports them, and a strict build fails)."""
    files = []
    for corpus in corpora:
        found = [corpus] if corpus.is_file() else find_article_files(corpus)
        files.extend(p for p in found if not p.name.lower().startswith("readme"))
    if not unique:
        return files
    articles, _ = read_articles(files, None)
    kept = {article.path for article in articles}
    unique_files = [p for p in files if display_path(p, None) in kept]
    report(f"corpus: {len(files) - len(unique_files)} of {len(files)} files left out: the same text as another file, "
           "or the same file name")
    return unique_files


def with_the_newest_last(files: list[Path]) -> list[Path]:
    """The files with the one a digest most likely gets next last, the article the rebuilds add: the newest dated
    article (of one day's, the last by name), else the last by name; the others in their order."""
    articles, _ = read_articles(files, None)
    dated = [(article.date, article.path) for article in articles if article.date is not None]
    if not dated:
        return files
    newest = max(dated)[1]
    return sorted(files, key=lambda path: display_path(path, None) == newest)  # a stable sort: the others in order


def make_project(folder: Path, files: list[Path], jobs: int) -> Path:
    """A copy of the project whose seeds folder links to `files`."""
    for name in ("mkdocs.yml", "topics.yml", "actors.yml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    seeds = folder / "seeds"
    seeds.mkdir()
    for path in files:
        link(path, seeds)
    if jobs != 1:
        config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
        (folder / "mkdocs.yml").write_text(config.replace("      seeds: seeds\n", f"      seeds: seeds\n      jobs: {jobs}\n"),
                                           encoding="utf-8")
    return folder


def link(path: Path, seeds: Path) -> None:
    target = seeds / path.name
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = seeds / f"{path.stem}-{n}{path.suffix}"
    target.symlink_to(path.resolve())


def floor_main(project: Path, jobs: int) -> int:
    """The floor, run in its own process: load the model, then bare `nlp.pipe` over the paragraphs."""
    from digest.annotate.nlp import DEFAULT_MODEL, load_model

    articles, _ = read_articles(find_article_files(project / "seeds"), project)
    texts = [p.text for a in articles for p in a.paragraphs]
    start = time.perf_counter()
    nlp = load_model(DEFAULT_MODEL)
    loaded = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=jobs):
        pass
    done = time.perf_counter()
    print(json.dumps({"load": loaded - start, "pipe": done - loaded}))
    return 0


def words(files: list[Path]) -> tuple[int, int]:
    articles, _ = read_articles(files)
    return len(articles), sum(len(p.text.split()) for a in articles for p in a.paragraphs)


def checked(result: Run, what: str) -> Run:
    if result.returncode != 0:
        raise SystemExit(f"error: {what} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result


def report(line: str) -> None:
    print(line, flush=True)


def benchmark(files: list[Path], jobs: int, mkdocs: bool) -> None:
    held_out, files = files[-1], files[:-1]
    count, total_words = words(files)
    report(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
           f"{platform.system()} {platform.release()}; jobs: {jobs}")
    report(f"corpus: {count} articles, {total_words:,} words (plus 1 article added later)")
    with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
        project = make_project(Path(tmp), files, jobs)
        digest_build = [sys.executable, "-m", "digest.cli", "build", "--jobs", str(jobs)]
        # The floor runs before and after the build: the machine's speed drifts within minutes, and a build
        # compared with one floor run taken after it can read several tenths too high or too low.
        before = measure_floor(project, jobs, "floor before the build:")
        cold = checked(run(digest_build, project), "the cold build")
        report(f"cold digest build:        {cold.seconds:7.1f} s  peak {cold.peak_mb:6.0f} MB  ({cold.stdout.strip()})")
        after = measure_floor(project, jobs, "floor after the build: ")
        report(f"ratio cold build / floor: {cold.seconds / ((before + after) / 2):7.2f}   (whole `digest build` "
               f"process over model load + nlp.pipe, the two floors' mean; {cold.seconds / max(before, after):.2f} "
               f"to {cold.seconds / min(before, after):.2f} against each)")
        rebuilds(project, held_out, jobs)
        cache = project / ".digest-cache"
        size = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
        report(f"cache size:               {size / 1e6:7.1f} MB")
        if mkdocs:
            # The plugin's own page store, first filled without the added article, then brought up to date.
            added = unlink(held_out, project / "seeds")
            assert added is not None, "rebuilds() links the held-out article"
            measure_mkdocs(project, "mkdocs build --strict:   ")
            added.symlink_to(held_out.resolve())
            measure_mkdocs(project, "  again, 1 article added:")


def measure_floor(project: Path, jobs: int, label: str) -> float:
    """Bare `nlp.pipe` over the project's paragraphs, in its own process: model load + pipe, in seconds."""
    floor_run = checked(run([sys.executable, "-m", "digest.bench.build", "--floor", str(project),
                             "--jobs", str(jobs)], project), "the floor")
    floor = json.loads(floor_run.stdout)
    report(f"{label}   {floor['pipe']:7.1f} s  peak {floor_run.peak_mb:6.0f} MB  (bare nlp.pipe, "
           f"+ {floor['load']:.1f} s loading the model; the process took {floor_run.seconds:.1f} s)")
    return floor["pipe"] + floor["load"]


def unlink(path: Path, seeds: Path) -> Path | None:
    """Take the link to `path` out of the seeds folder; where it was (None: there was none)."""
    found = next((seed for seed in seeds.iterdir() if seed.is_symlink() and seed.resolve() == path.resolve()), None)
    if found is not None:
        found.unlink()
    return found


def rebuilds(project: Path, held_out: Path, jobs: int) -> None:
    """`digest build` with nothing changed, then with `held_out` added to the seeds, and right after it the
    floor of adding an article: a bare process that imports spaCy, loads the model and parses that article."""
    digest_build = [sys.executable, "-m", "digest.cli", "build", "--jobs", str(jobs)]
    warm = checked(run(digest_build, project), "the rebuild")
    report(f"rebuild, nothing changed: {warm.seconds:7.1f} s  peak {warm.peak_mb:6.0f} MB  ({warm.stdout.strip()})")
    link(held_out, project / "seeds")
    added = checked(run(digest_build, project), "the rebuild with one more article")
    report(f"rebuild, 1 article added: {added.seconds:7.1f} s  peak {added.peak_mb:6.0f} MB  ({added.stdout.strip()})")
    floor = checked(run([sys.executable, "-m", "digest.bench.build", "--floor-one", str(held_out)], project),
                    "the floor of one article")
    report(f"floor of 1 article:       {floor.seconds:7.1f} s  peak {floor.peak_mb:6.0f} MB  (import spaCy, load "
           f"the model, parse the article; the build is {added.seconds - floor.seconds:+.1f} s from it)")


def floor_one_main(article: Path) -> int:
    """The floor of adding one article, run in its own process: import spaCy, load the model, parse it."""
    from digest.annotate.nlp import DEFAULT_MODEL, load_model

    articles, _ = read_articles([article])
    nlp = load_model(DEFAULT_MODEL)
    for _ in nlp.pipe([p.text for a in articles for p in a.paragraphs], batch_size=BATCH_SIZE):
        pass
    return 0


def rebuilds_only(project: Path, files: list[Path], jobs: int) -> None:
    """The rebuild stages alone, in a project the benchmark's cold build (or `digest build`) filled:
    the article the rebuild adds (`with_the_newest_last`) is taken out of its seeds, one build brings the pages
    up to date, then both rebuilds are timed (for measuring a change to the build code without a new cold build)."""
    held_out = files[-1]
    unlink(held_out, project / "seeds")
    digest_build = [sys.executable, "-m", "digest.cli", "build", "--jobs", str(jobs)]
    first = checked(run(digest_build, project), "the build that brings the pages up to date")
    report(f"build with this code:     {first.seconds:7.1f} s  peak {first.peak_mb:6.0f} MB  ({first.stdout.strip()})")
    rebuilds(project, held_out, jobs)


def measure_mkdocs(project: Path, label: str) -> None:
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict"], project)
    index = project / "site" / INDEX_FOLDER
    warnings = sum("WARNING" in line for line in result.stderr.splitlines())
    stage = re.search(r"digest: \d+ generated pages ready in ([\d.]+) s", result.stderr)
    kept = re.search(r"digest: the HTML of (\d+ of \d+) generated pages kept", result.stderr)
    report(f"{label} {result.seconds:7.1f} s  peak {result.peak_mb:6.0f} MB  (exit {result.returncode}, "
           f"{warnings} warnings; the digest stage inside it: {stage.group(1) if stage else '?'} s; the HTML of "
           f"{kept.group(1) if kept else '?'} pages kept from the last build)")
    if result.returncode != 0:
        report(result.stderr[-3000:])
    if index.exists():
        files = [f for f in index.rglob("*") if f.is_file()]
        pages = sum(1 for _ in (project / "site").rglob("index.html"))
        report(f"search index (Pagefind):  {sum(f.stat().st_size for f in files) / 1e6:7.1f} MB in {len(files)} "
               f"files; {pages} HTML pages")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", type=Path, help="folders (or files) of articles")
    parser.add_argument("--jobs", type=int, default=1, help="spaCy worker processes (default: 1)")
    parser.add_argument("--limit", type=int, help="only the first N articles (a quick sample)")
    parser.add_argument("--no-mkdocs", action="store_true", help="skip `mkdocs build`")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # internal: run the floor in a project
    parser.add_argument("--floor-one", type=Path, help=argparse.SUPPRESS)  # internal: the floor of one article
    parser.add_argument("--rebuilds-in", type=Path, metavar="PROJECT",
                        help="only time the two rebuilds, in PROJECT (its seeds link to the corpus files)")
    args = parser.parse_args(argv)
    if args.floor:
        return floor_main(args.floor, args.jobs)
    if args.floor_one:
        return floor_one_main(args.floor_one)
    files = corpus_files(args.corpora, unique=True)
    if args.limit:
        files = files[::max(1, len(files) // args.limit)][:args.limit]  # spread over every corpus
    if len(files) < 2:
        parser.error("give folders holding at least two articles")
    files = with_the_newest_last(files)
    if args.rebuilds_in:
        rebuilds_only(args.rebuilds_in, files, args.jobs)
        return 0
    benchmark(files, args.jobs, mkdocs=not args.no_mkdocs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
