"""Checking article files without building anything (`digest check`), and the one wording of a problem.

The checks are the reader's own (`read.read_articles`): what `digest check` reports is exactly what
`digest build` and the MkDocs plugin report, and it runs without loading spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from digest.model import Problem
from digest.read.articles import ARTICLE_SUFFIXES, display_path, read_articles


def describe(problem: Problem) -> str:
    """A problem as `digest check`, `digest build` and the plugin all word it."""
    skipped = " (the article is skipped)" if problem.severity == "error" else ""
    return f"{problem}{skipped}"


def check_files(paths: Sequence[Path], base: Path | None = None) -> tuple[int, list[Problem]]:
    """(number of articles read, problems) for the given files; a file the build would not read is one too."""
    problems = [Problem(display_path(path, base), None,
                        f"is not an article file: only {' and '.join(ARTICLE_SUFFIXES)} files are read; "
                        "rename it to end in .md")
                for path in paths if path.suffix.lower() not in ARTICLE_SUFFIXES]
    articles, read_problems = read_articles([p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES], base)
    return len(articles), problems + read_problems
