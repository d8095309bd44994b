"""Annotating on a Dask cluster gives the same parses as annotating in-process."""

import shutil

import pytest

from digest.annotate import annotate
from digest.cluster import ClusterUnavailable, annotate_on_cluster, connect, parse_scheduler
from digest.nlp import DEFAULT_MODEL

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
        parsed = list(annotate_on_cluster(client, articles, DEFAULT_MODEL, batch_size=1, on_batch=reports.append))
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
