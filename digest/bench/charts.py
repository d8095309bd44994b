"""`digest bench charts CORPUS [CORPUS...]`: what the pictures cost a build: time and bytes.

Builds the digest of the corpus (annotations cached in `--cache`, a folder outside the repository), then
renders every page once and draws every picture once on its own: the actors index's network, each
actor's neighbourhood and sparkline, and the timeline's coverage chart. It prints the time of each next
to the whole render, and the bytes the pictures add to the pages.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from digest.bench.build import ROOT, corpus_files
from digest.render.charts import SparkSpan, actor_neighbourhood, actor_network, coverage_timeline, mention_sparkline
from digest.model import Digest
from digest.pipeline import build_digest
from digest.render.pages import date_span, render_pages
from digest.render.site import Site, actor_href
from digest.settings import Settings
from digest.render.timeline import timeline_events


def timed(draw: Callable[[], list[str]]) -> tuple[float, list[str]]:
    start = time.perf_counter()
    drawn = draw()
    return time.perf_counter() - start, drawn


def pictures(digest: Digest) -> dict[str, Callable[[], list[str]]]:
    """Each kind of picture, drawn for every page that shows it."""
    site = Site.of(digest, "directory")
    companions = digest.companions
    spark = SparkSpan.of(date_span(digest))
    dates = {a.article.id: a.article.date for a in digest.articles}
    paged = [actor for actor in digest.actors if actor.has_page]  # as the pages draw them: those with one

    def neighbourhoods() -> list[str]:
        return [actor_neighbourhood(actor, [(digest.actor(o), n) for o, n in companions.get(actor.id, [])],
                                    actor_href(site, site.actor_uri[actor.id])) for actor in paged]

    return {
        "network (actors index)": lambda: [actor_network(paged, actor_href(site, "actors/index.md"))],
        "neighbourhoods (actor pages)": neighbourhoods,
        "sparklines (actor pages)": lambda: [mention_sparkline(actor, dates, spark) for actor in paged],
        "coverage (timeline)": lambda: [coverage_timeline([a.article for a in digest.articles],
                                                          timeline_events(digest))],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench charts", description=__doc__)
    parser.add_argument("corpus", type=Path, nargs="+", help="folders of articles (or article files)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/digest-bench-charts-cache"),
                        help="where annotations are kept between runs")
    args = parser.parse_args(argv)
    files = corpus_files([p.resolve() for p in args.corpus])
    files = files[:args.limit] if args.limit else files
    digest = build_digest(Settings(root=ROOT, cache_dir=args.cache.resolve()), paths=files)
    seconds, pages = timed(lambda: list(render_pages(digest, "directory").values()))
    print(f"{len(digest.articles)} articles, {len(digest.actors)} actors: render_pages {seconds:.2f}s for "
          f"{len(pages)} pages, {sum(len(p) for p in pages) / 1e6:.1f} MB")
    for name, draw in pictures(digest).items():
        spent, drawn = timed(draw)
        sizes = [len(svg.encode()) for svg in drawn]
        print(f"  {name}: {spent:.2f}s ({spent / seconds:.0%} of the render), {len(drawn)} drawn, "
              f"{sum(sizes) / 1e3:.0f} kB, median {statistics.median(sizes) / 1e3:.1f} kB, "
              f"largest {max(sizes) / 1e3:.1f} kB")
    return 0
