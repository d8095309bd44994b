"""The HTML that MkDocs makes of each generated page, kept between builds (the MkDocs plugin's only).

MkDocs converts every page's Markdown to HTML at every build, and for a big digest that is about half of
`mkdocs build`, though most pages are the same as at the last build. A generated page's HTML depends on its
Markdown, its place in the site and how MkDocs converts Markdown: the extensions and their settings, the
installed packages' versions, the site's other files (a link that names one is rewritten). Its links to
other pages are HTML anchors to built pages, which MkDocs leaves as they are. So `ConvertedPages` keeps each
page's HTML under a hash of those, with what MkDocs takes from the conversion besides (the table of contents
and the anchor ids), and gives it back when the hash is the same: MkDocs then converts an empty text. The
site is byte-identical either way (tests/test_converted.py).
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import importlib.util
import json
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents, get_toc
from mkdocs.utils import CountHandler

from digest.store import codec
from digest.store.cache import AnnotationCache, sha256

LAYER = "html"


@dataclasses.dataclass(frozen=True)
class Converted:
    """What MkDocs made of a page's Markdown: the HTML, the table of contents as Python-Markdown's `toc`
    extension gives it (nested {"level", "id", "name", "children"}), the ids a link's anchor may name, and
    the page's links to its own anchors (anchor -> the link as written), which MkDocs checks after the build."""

    html: str
    toc: list[dict[str, Any]]
    anchors: list[str]
    own_anchor_links: dict[str, str]


def toc_tokens(toc: TableOfContents | list[AnchorLink]) -> list[dict[str, Any]]:
    """A page's table of contents as the tokens `get_toc` makes it from."""
    return [{"level": link.level, "id": link.id, "name": link.title, "children": toc_tokens(link.children)}
            for link in toc]


def conversion_fingerprint(config: MkDocsConfig, files: Files) -> str:
    """A hash of what a page's HTML depends on beyond its Markdown and its place: the Markdown extensions and
    their settings, every installed package's version, the source of each extension module, whether URLs are
    folders, and the site's files that are not pages; and how loudly MkDocs reports a link it cannot follow
    (`validation`), since a page it warned about is never kept."""
    extensions = [name if isinstance(name, str) else setting_text(name) for name in config.markdown_extensions]
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions())
    validation = {part: dict(levels) for part, levels in dict(config.validation).items()}
    return sha256(json.dumps([extensions, config.mdx_configs, validation], sort_keys=True, default=setting_text),
                  *packages, *(module_source(name) for name in extensions), str(config.use_directory_urls),
                  *sorted(file.src_uri for file in files if not file.is_documentation_page()))


def setting_text(value: object) -> str:
    """A Markdown setting that is not data, as text: a function or class (Material's `emoji_index:
    !!python/name:material.extensions.emoji.twemoji`) by its module, its name and its module's source; any other
    object by its repr, which names its address, so that a page is converted anew at every build rather than
    given HTML made with another object."""
    module, name = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
    if isinstance(module, str) and isinstance(name, str):
        return f"{module}.{name} {module_source(module)}"
    return repr(value)


def module_source(name: str) -> str:
    """The bytes of the module an extension's name ("pkg.module" or "pkg.module:Class") names, as hex, or ""
    when it names none (Markdown's own short names, "toc")."""
    try:
        spec = importlib.util.find_spec(name.split(":")[0])
    except (ImportError, ValueError):
        return ""
    return Path(spec.origin).read_bytes().hex() if spec and spec.origin and Path(spec.origin).is_file() else ""


class ConvertedPages:
    """The kept HTML of generated pages, in its own SQLite file (None: nothing kept). For each page `before`
    takes the Markdown MkDocs would convert and gives what it should convert instead; `after` takes what it
    made and gives the page's HTML. A page whose conversion MkDocs warned about is not kept, so that every
    build warns of it again."""

    def __init__(self, path: Path | None, fingerprint: str) -> None:
        self.store = AnnotationCache(path)
        self.fingerprint = fingerprint
        self.warnings = CountHandler(level=logging.WARNING)  # MkDocs' own count, which `--strict` fails on
        logging.getLogger("mkdocs").addHandler(self.warnings)
        self.warned = 0  # the warnings counted as the page being converted was handed to MkDocs
        self.reused: dict[str, tuple[Converted, TableOfContents, str]] = {}
        self.missed: dict[str, str] = {}  # page -> the key its HTML is kept under
        self.reuses = self.anew = 0  # pages given their kept HTML, pages converted by MkDocs

    def before(self, page: Page, markdown: str) -> str:
        key = sha256(self.fingerprint, page.file.src_uri, page.url, markdown)
        kept = self.store.sound(LAYER, [key], lambda data: codec.loads(Converted, data)).get(key)
        try:
            toc = get_toc(kept.toc) if kept else None
        except (KeyError, TypeError):  # tokens of another shape: converted anew
            kept = None
        if kept is None:
            self.missed[page.file.src_uri] = key
            self.warned = self.warning_count()
            return markdown
        self.reused[page.file.src_uri] = (kept, toc, markdown)
        return ""

    def after(self, page: Page, html: str) -> str:
        if page.file.src_uri in self.reused:
            kept, toc, markdown = self.reused.pop(page.file.src_uri)
            page.toc, page.present_anchor_ids, page.markdown = toc, set(kept.anchors), markdown
            if page.links_to_anchors is not None:  # MkDocs records them unless it logs at debug level
                page.links_to_anchors = {page.file: dict(kept.own_anchor_links)} if kept.own_anchor_links else {}
            self.reuses += 1
            return kept.html
        key = self.missed.pop(page.file.src_uri, None)
        self.anew += key is not None
        links = page.links_to_anchors or {}
        # A link to another page's anchor is checked after the build, against that page: it is converted anew.
        if key is not None and set(links) <= {page.file} and self.warning_count() == self.warned:
            self.store.keep(LAYER, key, codec.dumps(Converted(html, toc_tokens(page.toc),
                                                              sorted(page.present_anchor_ids or ()),
                                                              links.get(page.file, {}))))
        return html

    def warning_count(self) -> int:
        return sum(self.warnings.counts.values())

    def close(self, prune: bool) -> None:
        """Keep what was stored; with `prune`, drop what no page of this build used."""
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if prune:
            self.store.prune(layers=(LAYER,))
        self.store.close()
