"""Annotating on a Dask cluster: the same `annotate` stage, run in batches on the workers.

Only the expensive, per-article stage leaves the client: each worker loads the model once
(`load_model` is cached per process) and runs `nlp.pipe` over whole batches; the parses come
back to the client, which caches them exactly as a local build does and runs the digest-wide
stage itself. Dask reschedules the batch of a worker that dies, so a lost worker costs a retry
of its batch, not the build.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from digest.annotate.parse import annotate
from digest.model import Article, ParsedArticle
from digest.annotate.nlp import load_model
from digest.errors import DigestError

log = logging.getLogger("mkdocs.plugins.digest")

INSTALL_HINT = ("Annotating on a cluster needs Dask, which is not installed: "
                "install it with `pip install 'digest[cluster]'`.")
BATCH_SIZE = 32
RETRIES = 3


class ClusterUnavailable(DigestError):
    """Dask is missing, or the scheduler cannot be reached or understood."""


@dataclass(frozen=True)
class BatchReport:
    """What one finished batch cost, for progress and for the benchmark."""

    number: int
    batches: int
    articles: int
    seconds_on_worker: float
    seconds_waited: float


def parse_scheduler(scheduler: str) -> tuple[str, int | str]:
    """('local', N) for 'local:N', ('remote', address) for 'tcp://HOST:PORT' and the like."""
    if scheduler.startswith("local:"):
        count = scheduler.split(":", 1)[1]
        if not count.isdigit() or int(count) < 1:
            raise ClusterUnavailable(f"'{scheduler}' is not a local cluster: write local:N with N workers, "
                                     "such as local:2")
        return "local", int(count)
    if "://" not in scheduler:
        raise ClusterUnavailable(f"'{scheduler}' is not a scheduler address: write tcp://HOST:8786 "
                                 "or local:N")
    return "remote", scheduler


@contextmanager
def connect(scheduler: str) -> Iterator[object]:
    """A Dask client for the scheduler, closed (with its local cluster) afterwards."""
    kind, where = parse_scheduler(scheduler)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterUnavailable(INSTALL_HINT) from None
    cluster = None
    try:
        if kind == "local":
            cluster = LocalCluster(n_workers=where, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(where, timeout="30s")
    except OSError as error:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {where}: {error}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def annotate_batch(articles: Sequence[Article], model: str,
                   patterns: tuple[tuple[str, str], ...]) -> tuple[list[ParsedArticle], float]:
    """Runs on a worker: parse one batch with the worker's model; return the parses and the time taken."""
    started = time.perf_counter()
    nlp = load_model(model, patterns)
    return annotate(list(articles), nlp), time.perf_counter() - started


def log_batch(report: BatchReport) -> None:
    """Progress per batch, through the log MkDocs and the command line show."""
    log.info(f"digest: cluster batch {report.number}/{report.batches}: {report.articles} articles, "
             f"{report.seconds_on_worker:.1f} s on the worker, {report.seconds_waited:.1f} s since submitting",
             extra={"batch": report})  # the report itself, for handlers such as `digest bench cluster`


def batched(articles: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def annotate_on_cluster(client, articles: Sequence[Article], model: str,
                        patterns: tuple[tuple[str, str], ...] = (), *, batch_size: int | None = None,
                        on_batch: Callable[[BatchReport], None] | None = None) -> Iterator[ParsedArticle]:
    """Yield the parse of every article, batch by batch as the workers finish them (in any order).

    `on_batch` is called once the consumer has taken every parse of a batch (a build has cached
    them by then), so it can commit the cache: an interrupted client keeps every finished batch.
    A batch whose task raises is retried `RETRIES` times; one whose worker dies is rescheduled by
    the scheduler (up to its `allowed-failures`, 3 by default).
    """
    from dask.distributed import as_completed

    batches = batched(articles, batch_size or BATCH_SIZE)
    submitted = time.perf_counter()
    futures = [client.submit(annotate_batch, batch, model, patterns, retries=RETRIES, pure=False)
               for batch in batches]
    sizes = {future.key: len(batch) for future, batch in zip(futures, batches)}
    for number, future in enumerate(as_completed(futures), start=1):
        parsed, seconds = future.result()
        report = BatchReport(number=number, batches=len(batches), articles=sizes[future.key],
                             seconds_on_worker=seconds, seconds_waited=time.perf_counter() - submitted)
        yield from parsed
        future.release()
        if on_batch is not None:
            on_batch(report)
