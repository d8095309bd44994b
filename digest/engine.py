"""The build, once for every front end: `digest build` and the MkDocs plugin are shells around `build_site`.

read the articles → key the build (stop here when nothing changed) → annotate → resolve → render →
write the pages that changed into a folder (`docs/` for `digest build`, the plugin's page store).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from digest.errors import DigestError
from digest.model import Problem
from digest.read.seeds import find_seed_files, read_seeds
from digest.progress import Progress, quiet
from digest.publish.output import WriteReport, clean, read_manifest_data
from digest.publish.uptodate import build_key, unchanged_since
from digest.settings import Settings
from digest.store.lock import one_build


@dataclass(frozen=True)
class Built:
    """What a build did: `report` is None when nothing had changed (nothing was rendered or written)."""

    summary: str  # "1979 articles, 9811 actors"
    problems: tuple[Problem, ...]  # the articles' problems (warnings and errors), one per bad file or paragraph
    pages: tuple[str, ...]  # every generated page now in the folder, sorted
    report: WriteReport | None
    cleaned: int = 0  # pages deleted first, with `clean`


class ProblemsFound(DigestError):
    """A strict build stopped on the articles' problems before writing anything."""

    exit_code = 1

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the articles; nothing was written: fix them, or build "
                         "without strict mode to publish the rest")
        self.problems = problems


def build_site(settings: Settings, folder: Path, *, owned: bool = False, strict: bool = False,
               clean_first: bool = False, anchors: bool = False, progress: Progress = quiet,
               say: Callable[[str], None] = lambda message: None) -> Built:
    """Bring the generated pages in `folder` up to date with the articles, holding the project's build lock
    (`say` is told when it has to wait for another build). `owned`: the folder holds generated pages only;
    `strict`: raise ProblemsFound, writing nothing, when any article has a problem; `clean_first`: delete
    every generated page first; `anchors`: links between pages as HTML anchors, for MkDocs (the plugin's
    folder only: a folder's pages are always written the same way). Raises a DigestError (bad configuration,
    a missing model, a busy project)."""
    with one_build(settings, say), collector_paused():
        cleaned = clean(folder) if clean_first else 0
        files = find_seed_files(settings)
        key = build_key(settings, files)
        manifest = read_manifest_data(folder)
        unchanged = unchanged_since(folder, key, manifest)
        if unchanged is not None and not (unchanged.problems and strict):
            return Built(unchanged.summary, unchanged.problems, tuple(sorted(manifest[0])), None, cleaned)
        # Only now the articles, and the code that analyses, resolves and renders: a build with nothing to
        # do reads no article and never imports it.
        from digest.pipeline import build_digest
        from digest.publish.write import write_digest

        digest = build_digest(settings, progress=progress, read=read_seeds(settings, files))
        if digest.problems and strict:
            raise ProblemsFound(digest.problems)
        summary, report = write_digest(digest, settings, folder, key, owned=owned, manifest=manifest,
                                       anchors=anchors)
        return Built(summary, digest.problems, tuple(sorted({*report.written, *report.unchanged})), report, cleaned)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection during the build: it makes millions of small objects (a rebuild decodes
    thousands of cached analyses) that hold no reference cycles, which the collector would scan again and
    again; reference counting still frees them. The collector is as it was afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
