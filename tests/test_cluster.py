"""Annotating on a Dask cluster gives the same parses as annotating in-process."""

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
