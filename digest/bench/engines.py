"""`digest bench engines CORPUS [CORPUS...]`: MkDocs, ProperDocs and Zensical publishing the same pages.

In a temporary copy of the project whose seeds link to the corpus, `digest build` writes the pages
once; then each engine builds the site from those same files, with the digest plugin switched off
so that only the engine's own work is timed. Prints each engine's build time, output size and page
count, and their ratios to MkDocs.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path

from digest.bench.build import checked, corpus_files, make_project, run

ENGINES = {
    "mkdocs": [sys.executable, "-m", "mkdocs", "build", "--strict"],
    "properdocs": ["properdocs", "build", "--strict", "-f", "mkdocs.yml"],
    "zensical": ["zensical", "build", "--clean"],
}


def without_plugin(project: Path) -> None:
    """The project's mkdocs.yml with the digest plugin off: the engines publish the written pages."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - digest:\n", "  - digest:\n      enabled: false\n", 1), encoding="utf-8")


def use_cache(project: Path, cache: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      seeds: seeds\n", f"      seeds: seeds\n      cache_dir: {cache}\n", 1),
                      encoding="utf-8")


def size_of(folder: Path) -> tuple[int, int]:
    """(bytes, HTML pages) of a built site."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), sum(1 for p in files if p.suffix == ".html")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench engines", description=__doc__)
    parser.add_argument("corpora", nargs="+", type=Path, help="folders of articles")
    parser.add_argument("--cache", type=Path, help="an annotation cache folder to keep between runs "
                        "(default: a fresh one, so the first `digest build` annotates every article)")
    args = parser.parse_args(argv)
    files = corpus_files(args.corpora, unique=True)
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ["PATH"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="digest-engines-") as tmp:
        project = make_project(Path(tmp), files, jobs=1)
        if args.cache:
            use_cache(project, args.cache.resolve())
        written = checked(run([sys.executable, "-m", "digest.cli", "build"], project), "digest build")
        print(f"{len(files)} articles; digest build wrote the pages in {written.seconds:.1f} s")
        without_plugin(project)
        results: dict[str, tuple[float, int, int, float] | str] = {}
        for name, command in ENGINES.items():
            if shutil.which(command[0]) is None and command[0] != sys.executable:
                results[name] = "not installed"
                continue
            shutil.rmtree(project / "site", ignore_errors=True)
            result = run(command, project)
            if result.returncode != 0:
                # One engine failing is a finding, not the end of the run: say why and go on.
                results[name] = f"failed (exit {result.returncode}) after {result.seconds:.1f} s: {first_error(result.stderr)}"
                continue
            results[name] = (result.seconds, *size_of(project / "site"), result.peak_mb)
        print_table(results)
    return 0


def first_error(stderr: str) -> str:
    """The line of an engine's output that says what went wrong (its last line when none says)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "error" in line.lower() or "aborted" in line.lower():
            return line[:300]
    return lines[-1][:300] if lines else "no message"


def print_table(results: dict[str, tuple[float, int, int, float] | str]) -> None:
    base = results.get("mkdocs")
    base = base if isinstance(base, tuple) else None
    print("| engine | build (s) | × MkDocs | output (MB) | × MkDocs | HTML pages | peak memory (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, found in results.items():
        if isinstance(found, str):
            print(f"| {name} | {found} | | | | | |")
            continue
        seconds, size, pages, peak = found
        ratio_time = f"{seconds / base[0]:.2f}" if base else "n/a"
        ratio_size = f"{size / base[1]:.2f}" if base else "n/a"
        print(f"| {name} | {seconds:.1f} | {ratio_time} | {size / 1e6:.1f} | {ratio_size} | {pages} | {peak:.0f} |")
