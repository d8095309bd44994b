"""Annotating on a Dask cluster gives the same parses as annotating in-process."""

import shutil
from contextlib import contextmanager

import pytest

from conftest import registry
from digest.annotate.parse import annotate
from digest.annotate.cluster import ClusterUnavailable, annotate_on_cluster, connect, parse_scheduler
from digest.annotate.nlp import DEFAULT_MODEL

pytest.importorskip("dask.distributed", reason="Dask is an optional extra: pip install 'digest[cluster]'")


def test_scheduler_addresses_are_checked():
    assert parse_scheduler("local:2") == ("local", 2)
    assert parse_scheduler("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    with pytest.raises(ClusterUnavailable, match="write local:N with N workers"):
        parse_scheduler("local:zero")
    with pytest.raises(ClusterUnavailable, match="is not a scheduler address"):
        parse_scheduler("myhost")


def test_two_worker_local_cluster_parses_like_a_local_run(nlp, seed_articles):
    articles = list(seed_articles.values())
    reports = []
    with connect("local:2") as client:
        parsed = list(annotate_on_cluster(client, articles, DEFAULT_MODEL, registry().patterns(), batch_size=1,
                                          on_batch=reports.append))
    assert sorted(p.article.id for p in parsed) == sorted(a.id for a in articles)
    local = {p.article.id: p for p in annotate(articles, nlp)}
    for result in parsed:
        assert result == local[result.article.id]
    assert sorted(r.number for r in reports) == [1, 2, 3] and all(r.batches == 3 for r in reports)


def test_export_is_byte_identical_in_process_with_jobs_and_on_a_cluster(project):
    """The three ways of annotating give the same export and the same pages, byte for byte."""
    import subprocess
    import sys

    def export(*options: str) -> str:
        result = subprocess.run([sys.executable, "-m", "digest.cli", "export", *options], cwd=project,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def build(*options: str) -> dict[str, bytes]:
        result = subprocess.run([sys.executable, "-m", "digest.cli", "build", *options], cwd=project,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        return {p.relative_to(project).as_posix(): p.read_bytes() for p in (project / "docs").rglob("*.md")}

    cache = project / ".digest-cache"
    in_process = export()
    in_process_pages = build()
    for options in (("--jobs", "2"), ("--scheduler", "local:2")):
        shutil.rmtree(cache)  # every mode annotates from scratch
        assert export(*options) == in_process, options
        shutil.rmtree(cache)
        assert build(*options) == in_process_pages, options


def test_asking_for_a_cluster_without_dask_is_one_sentence(monkeypatch, seed_articles):
    import builtins

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith("dask"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ClusterUnavailable) as error:
        with connect("local:1"):
            pass
    assert str(error.value) == ("Annotating on a cluster needs Dask, which is not installed: "
                                "install it with `pip install 'digest[cluster]'`.")


def die_once_in_annotate_batch(marker: str) -> None:
    """Run on every worker: the first batch any worker starts kills that worker's process (once)."""
    import os

    import digest.annotate.cluster

    annotate_batch = digest.annotate.cluster.annotate_batch

    def dying(*args, **kwargs):
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return annotate_batch(*args, **kwargs)
        os._exit(1)  # the worker process dies mid-batch, as on an out-of-memory kill

    digest.annotate.cluster.annotate_batch = dying


def test_a_worker_that_dies_mid_batch_costs_a_retry_of_that_batch(tmp_path, seed_articles):
    articles = list(seed_articles.values())
    marker = tmp_path / "a-worker-died"
    reports = []
    with connect("local:1") as client:  # one worker: the batch waits for the nanny to restart it
        client.run(die_once_in_annotate_batch, str(marker))
        parsed = list(annotate_on_cluster(client, articles, DEFAULT_MODEL, registry().patterns(), batch_size=1,
                                          on_batch=reports.append))
    assert marker.exists()  # a worker did die
    assert sorted(p.article.id for p in parsed) == sorted(a.id for a in articles)
    assert len(reports) == 3


def test_an_interrupted_build_keeps_every_batch_already_cached(project, monkeypatch):
    """Ctrl-C after the first batch: that batch is committed to the cache before the interrupt."""
    import sqlite3

    import digest.annotate.cluster
    from digest.pipeline import build_digest
    from digest.settings import Settings

    monkeypatch.setattr(digest.annotate.cluster, "BATCH_SIZE", 1)
    settings = Settings(root=project, scheduler="local:1")
    database = settings.cache_path
    committed = []

    def stored() -> int:  # read by another connection: only what was committed
        with sqlite3.connect(database) as other:
            return other.execute("SELECT count(*) FROM entries WHERE layer = 'parse'").fetchone()[0]

    @contextmanager
    def interrupt_in_second_batch(total, description):
        done = 0

        def advance(n=1):
            nonlocal done
            done += n
            if done == 2:  # the second batch is back: the first must be in the cache already
                committed.append(stored())
                raise KeyboardInterrupt

        yield advance

    with pytest.raises(KeyboardInterrupt):
        build_digest(settings, progress=interrupt_in_second_batch)
    assert committed == [1]
    assert stored() >= 1


def test_ctrl_c_on_the_command_line_is_one_sentence_not_a_traceback(project, monkeypatch, capsys):
    import digest.cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.chdir(project)
    monkeypatch.setattr("digest.pipeline.build_digest", interrupted)
    assert digest.cli.main(["build", "--scheduler", "local:2"]) == 130
    assert capsys.readouterr().err == ("interrupted: the annotations finished so far are kept in the cache; "
                                       "run the same command again to go on from there\n")
