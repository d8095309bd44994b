"""Knowing that nothing changed since the last `digest build` without decoding or assembling anything.

The pages are a function of the articles, the configuration files, the settings, the model and the
code, nothing else (no clock, no network). A build records a hash of all of them, the build key, in
the manifest, next to the size and modification time of every page it left. When the next build
has the same key and every page is still as written, its output would be byte for byte what is on
disk, so it stops there, reporting the problems that build found, without reading an article: the seed
files are known by their stamps (`digest.read.seeds`). Any difference (an article, actors.yml, topics.yml,
the digest's options in mkdocs.yml, the model's version, the code, a page touched by hand) takes the
full path, which still renders only the pages whose own key changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from digest.read.seeds import SeedFiles
from digest.store.cache import CacheKeys, distribution_version
from digest.model import Problem
from digest.annotate.nlp import model_identity
from digest.publish.output import Manifest, read_manifest_data, stat_entry, unlisted_pages
from digest.settings import Settings

# The settings that say how a build runs, not what it writes: another number of jobs is no change.
RUN_OPTIONS = frozenset({"jobs", "scheduler", "wait", "strict"})
# Libraries whose output ends up in pages without passing through the cached analyses.
LIBRARIES = ("python-slugify", "Jinja2", "PyYAML")


def build_key(settings: Settings, files: SeedFiles) -> str:
    """A hash of everything the pages are made from: the code, the model, the settings (but `RUN_OPTIONS`), the
    configuration files and the seed files (each one's reading key: its name, its bytes and the reader's code)."""
    hasher = hashlib.sha256()
    shaping = [(f.name, getattr(settings, f.name)) for f in dataclasses.fields(settings) if f.name not in RUN_OPTIONS]
    parts = [code_fingerprint(), CacheKeys.of(model_identity(settings.model)).analysis, repr(shaping)]
    for path in (settings.topics_file, settings.registry_file):
        parts.append(file_hash(path))
    for part in parts:
        hasher.update(part.encode("utf-8") + b"\0")
    for fingerprint in files.fingerprints():
        hasher.update(fingerprint.encode("utf-8") + b"\0")
    return hasher.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's code, templates and data, of Python's version and of the libraries that
    render: a change to any of them makes every page again."""
    package = Path(__file__).parents[1]
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    hasher = hashlib.sha256(" ".join([sys.version, *(f"{name} {distribution_version(name)}" for name in LIBRARIES)]).encode())
    for path in files:
        hasher.update(f"\0{path.relative_to(package).as_posix()}\0".encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()


def file_hash(path: Path | None) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path is not None else "-"
    except OSError:
        return "unreadable"  # the full path then reports it


def unchanged_since(docs_dir: Path, key: str, manifest: Manifest | None = None) -> Unchanged | None:
    """What the last build recorded of itself when it had this key and left every page as it is now;
    `manifest`: the folder's, when the caller read it already."""
    ours, entries, build = manifest or read_manifest_data(docs_dir)
    if build.get("key") != key or not ours or set(entries) != ours:
        return None
    problems = recorded_problems(build.get("problems"))
    if problems is None:
        return None
    folder = str(docs_dir)
    if any(stat_entry(os.path.join(folder, uri)) != entry[1:3] for uri, entry in entries.items()):
        return None
    if unlisted_pages(docs_dir, ours, {}):  # generated pages the manifest lost: the build repairs them
        return None
    return Unchanged(str(build.get("summary", "")), problems)


@dataclass(frozen=True)
class Unchanged:
    """The last build's summary and the problems it found in the articles: the same articles have the same."""

    summary: str
    problems: tuple[Problem, ...]


def build_record(key: str, summary: str, problems: Sequence[Problem]) -> dict:
    """What a build records of itself in the manifest, for `unchanged_since`."""
    return {"key": key, "summary": summary,
            "problems": [[p.path, p.line, p.message, p.severity] for p in problems]}


def recorded_problems(value: object) -> tuple[Problem, ...] | None:
    """The problems `build_record` recorded, or None when the record is not of that shape."""
    if not isinstance(value, list):
        return None
    problems = []
    for entry in value:
        if not (isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], str)
                and (entry[1] is None or type(entry[1]) is int) and isinstance(entry[2], str)
                and entry[3] in ("error", "warning")):
            return None
        problems.append(Problem(*entry))
    return tuple(problems)
