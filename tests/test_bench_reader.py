"""`digest bench reader`: what it reads from a built site's files (the browser part runs in the benchmark)."""

from __future__ import annotations

from pathlib import Path

from digest.bench.reader import measure_files


def page(site: Path, path: str, size: int) -> None:
    target = site / path / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("x" * size, encoding="utf-8")


def test_it_weighs_each_index_and_the_largest_page_of_a_split_one(tmp_path, capsys):
    site = tmp_path / "site"
    page(site, "", 1000)
    for path in ("articles", "articles/a1", "articles/a2", "actors/tony-blair"):
        page(site, path, 100)
    page(site, "actors", 40_000)
    page(site, "actors/by-name/b", 2_000)
    page(site, "actors/by-name/t", 9_000)
    page(site, "timeline", 120_000)
    measure_files(site)
    out = capsys.readouterr().out
    assert "index page actors          40 KB; 2 further pages, the largest 9 KB (actors/by-name/t)" in out
    assert "index page timeline       120 KB\n" in out
    assert "HTML pages: 9, articles: 2, actor pages: 1; 4.50 pages per article" in out
