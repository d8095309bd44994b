"""`digest bench engines` reports an engine that fails and still prints the others side by side."""

from __future__ import annotations

from digest.bench.engines import first_error, print_table


def test_a_failed_engine_is_a_row_of_the_table_with_its_error(capsys):
    stderr = "INFO    -  Building documentation...\nError: search section too long: 19044 > 8192\n  at quotes/\n"
    print_table({"mkdocs": (20.0, 100_000_000, 5000, 900.0), "properdocs": (22.0, 100_000_000, 5000, 950.0),
                 "zensical": f"failed (exit 1) after 3.0 s: {first_error(stderr)}"})
    rows = capsys.readouterr().out.splitlines()
    assert rows[2] == "| mkdocs | 20.0 | 1.00 | 100.0 | 1.00 | 5000 | 900 |"
    assert rows[3] == "| properdocs | 22.0 | 1.10 | 100.0 | 1.00 | 5000 | 950 |"
    assert rows[4].startswith("| zensical | failed (exit 1) after 3.0 s: Error: search section too long")


def test_without_mkdocs_there_are_no_ratios(capsys):
    print_table({"mkdocs": "not installed", "zensical": (5.0, 2_000_000, 10, 80.0)})
    rows = capsys.readouterr().out.splitlines()
    assert rows[2].startswith("| mkdocs | not installed |")
    assert rows[3] == "| zensical | 5.0 | n/a | 2.0 | n/a | 10 | 80 |"
