"""Writing a digest's pages into a folder: `docs/` for `digest build`, the page store for the plugin.

Each page is keyed by its stamp (`render.plan_pages`), so only the pages whose key changed are rendered, and
the build key is recorded for `digest.publish.uptodate` to stop the next build early when nothing changed.
"""

from __future__ import annotations

from pathlib import Path

from digest.render.feed import feed_page
from digest.model import Digest
from digest.publish.output import Manifest, Planned, WriteReport, write_planned
from digest.render.pages import plan_pages
from digest.publish.uptodate import build_record
from digest.settings import Settings


def write_digest(digest: Digest, settings: Settings, folder: Path, key: str, owned: bool = False,
                 manifest: Manifest | None = None, anchors: bool = False) -> tuple[str, WriteReport]:
    """(a one-line summary of the digest, what was written) after writing its pages into `folder`;
    `owned`: the folder holds generated pages only (see `write_planned`); `manifest`: the folder's, when
    the caller read it already; `anchors`: links between pages as HTML anchors (`render.site.Links`), for
    the pages the MkDocs plugin hands over."""
    links = "directory" if settings.use_directory_urls else "file"  # final URLs: no engine rewrites them
    feed = {uri: Planned(None, lambda text=text: text) for uri, text in feed_page(digest, settings).items()}
    summary = f"{len(digest.articles)} articles, {len(digest.actors)} actors"
    report = write_planned(plan_pages(digest, links, anchors=anchors) | feed, folder,
                           build_record(key, summary, digest.problems), owned=owned, manifest=manifest)
    return summary, report
