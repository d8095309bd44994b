"""MkDocs gets the HTML it made of a generated page at an earlier build when nothing it depends on changed."""

import logging
import re
import sqlite3
import subprocess
import sys
from pathlib import Path


def mkdocs_build(project: Path, site: str) -> str:
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site], cwd=project,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stderr


def kept_of(log: str) -> tuple[int, int]:
    """(pages given their kept HTML, generated pages built), as the build logs them."""
    found = re.search(r"digest: the HTML of (\d+) of (\d+) generated pages kept from the last build", log)
    assert found, log
    return int(found[1]), int(found[2])


def site_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and "pagefind" not in p.parts}


def test_unchanged_pages_get_their_kept_html_and_the_site_is_the_one_converted_anew(project):
    kept, built = kept_of(mkdocs_build(project, "site"))
    assert kept == 0 and built > 20
    seed = project / "seeds/001_c776b1ad787587dd.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("said on Thursday", "declared on Thursday", 1),
                    encoding="utf-8")
    kept, built = kept_of(mkdocs_build(project, "site-kept"))
    assert 0 < kept < built  # the edited article's page and its actors' are converted again
    with sqlite3.connect(project / ".digest-cache/html.sqlite3") as kept_html:  # the old versions dropped
        assert kept_html.execute("SELECT count(*) FROM entries").fetchone()[0] == built
    (project / ".digest-cache/html.sqlite3").unlink()
    assert kept_of(mkdocs_build(project, "site-anew")) == (0, built)
    assert site_files(project / "site-kept") == site_files(project / "site-anew")
    assert "declared on Thursday" in (project / "site-kept/articles/001_c776b1ad787587dd/index.html").read_text()
    actor_pages = [path.read_text(encoding="utf-8") for path in (project / "site-kept/actors").glob("*/index.html")
                   if path.parent.name != "by-name"]
    assert actor_pages and all('<a href="#articles" class="md-nav__link"' in page for page in actor_pages)  # contents


def test_the_html_is_kept_under_the_markdown_settings_and_the_sites_other_files(project):
    def fingerprint() -> str:  # in a process of its own, as each build is
        script = ("from mkdocs.config import load_config; from mkdocs.structure.files import get_files; "
                  "from digest.publish.converted import conversion_fingerprint; "
                  "config = load_config('mkdocs.yml'); print(conversion_fingerprint(config, get_files(config)))")
        result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - md_in_html\n", "  - md_in_html\n"
                      "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n", 1),
                      encoding="utf-8")
    before = fingerprint()
    assert fingerprint() == before  # a function in the settings names itself the same way at every build
    config.write_text(config.read_text(encoding="utf-8").replace("permalink: true", 'permalink: "#"', 1),
                      encoding="utf-8")
    changed = fingerprint()
    assert changed != before
    (project / "docs/logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    with_logo = fingerprint()
    assert with_logo != changed  # a link may name it
    config.write_text(config.read_text(encoding="utf-8") + "validation:\n  unrecognized_links: warn\n",
                      encoding="utf-8")
    assert fingerprint() != with_logo  # a page kept while such a link was only an info would now be warned about


def test_a_page_mkdocs_warned_about_is_converted_again_at_the_next_build(tmp_path):
    from collections import namedtuple
    from types import SimpleNamespace

    from digest.publish.converted import ConvertedPages

    File = namedtuple("File", "src_uri")  # noqa: N806 (hashable, as MkDocs' File is)

    def page(uri: str):
        return SimpleNamespace(file=File(uri), url=uri.replace(".md", "/"), toc=[],
                               present_anchor_ids=set(), links_to_anchors={}, markdown=None)

    def build(warn_about: str) -> dict[str, str]:
        """What each page hands MkDocs to convert, while MkDocs warns about one page's conversion."""
        converted = ConvertedPages(tmp_path / "html.sqlite3", "settings")
        handed = {}
        for uri in ("actors/a.md", "actors/b.md"):
            shown = page(uri)
            handed[uri] = converted.before(shown, f"# {uri}\n")
            if uri == warn_about:
                logging.getLogger("mkdocs.structure.pages").warning("Doc file '%s' contains a link ...", uri)
            assert converted.after(shown, f"<h1>{uri}</h1>") == f"<h1>{uri}</h1>"
        converted.close(prune=True)
        return handed

    assert build(warn_about="actors/b.md") == {"actors/a.md": "# actors/a.md\n", "actors/b.md": "# actors/b.md\n"}
    assert build(warn_about="") == {"actors/a.md": "", "actors/b.md": "# actors/b.md\n"}  # a's HTML was kept
    assert build(warn_about="") == {"actors/a.md": "", "actors/b.md": ""}
