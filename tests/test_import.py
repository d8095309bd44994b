"""`digest import`: news pages and feeds, served by a local HTTP server, become article files."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import markdown
import pytest
import yaml

from digest.read.check import check_files
from digest.cli import main
from digest.read.fetch import USER_AGENT, Fetcher
from digest.read.importer import Importer, SourcesError, load_sources, normal_url
from digest.read.articles import FrontMatterLoader, find_article_files

WEB = Path(__file__).parent / "fixtures" / "web"
ROBOTS = "User-agent: *\nDisallow: /private/\n"


class Site(http.server.ThreadingHTTPServer):
    """A news site on 127.0.0.1: each path answers (status, media type, body); the rest are 404s."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.requests: list[tuple[str, str]] = []  # (path, user agent)
        self.pages: dict[str, tuple[int, str, bytes]] = {"/robots.txt": (200, "text/plain", ROBOTS.encode())}

    def serve(self, path: str, fixture: str | bytes, media_type: str = "text/html; charset=utf-8",
              status: int = 200) -> str:
        body = fixture if isinstance(fixture, bytes) else \
            (WEB / fixture).read_text(encoding="utf-8").replace("{base}", self.base).encode()
        self.pages[path] = (status, media_type, body)
        return self.base + path


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        site: Site = self.server  # type: ignore[assignment]
        site.requests.append((self.path, self.headers.get("User-Agent", "")))
        status, media_type, body = site.pages.get(self.path.split("?")[0], (404, "text/html", b"<p>Not found</p>"))
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site():
    server = Site()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture()
def folder(tmp_path):
    """A project without mkdocs.yml: the articles folder is seeds/."""
    return tmp_path


def run_import(folder: Path, *args: str, capsys) -> tuple[int, str, str]:
    code = main(["-f", str(folder / "mkdocs.yml"), "import", *args])
    out, err = capsys.readouterr()
    return code, out, err


def fast_importer(folder: Path, **options) -> Importer:
    """The importer of the command, without the second's wait between requests (tested on its own)."""
    return Importer(folder / "seeds", folder, Fetcher(interval=0, **options))


def article(path: Path) -> tuple[dict, str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.load(front, Loader=FrontMatterLoader), body  # noqa: S506 (a safe loader, dates as text)


def seeds(folder: Path) -> list[Path]:
    return find_article_files(folder / "seeds")


def test_a_news_page_becomes_an_article_with_its_metadata_and_only_its_story(site, folder, monkeypatch, capsys):
    monkeypatch.chdir(folder)
    url = site.serve("/news/harbour-strike", "harbour-story.html")
    code, out, err = run_import(folder, url, capsys=capsys)
    assert code == 0, err
    [path] = seeds(folder)
    assert out.splitlines() == [f"imported {url}: -> seeds/{path.name}",
                                "1 imported, 0 already there, 0 failed; run `digest check` on the new files "
                                "before opening a pull request"]
    assert path.name.startswith("harbour-workers-end-strike-after-pay-deal-")
    meta, body = article(path)
    assert meta == {"title": "Harbour workers end strike after pay deal", "date": "2025-03-14",
                    "authors": ["Mara Quinlan", "Tomas Reyes"], "source": "The Coastal Ledger", "url": url}
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[0].startswith("Dock workers in Portwell returned to work on Friday")
    assert paragraphs[-1].startswith("Talks between the union and the port's operators")
    assert "Retailers relieved" in paragraphs and len(paragraphs) == 8
    for boilerplate in ("cookies", "Subscribe", "Advertisement", "Morning Briefing", "Photograph",
                        "Related stories", "Port strike begins", "Share on", "All rights reserved"):
        assert boilerplate not in body
    assert check_files([path], folder) == (1, [])
    assert all(agent == USER_AGENT for _, agent in site.requests)
    assert [p for p, _ in site.requests] == ["/robots.txt", "/news/harbour-strike"]


def test_an_rss_feed_imports_every_entry_and_a_second_import_adds_nothing(site, folder, monkeypatch, capsys):
    monkeypatch.chdir(folder)
    site.serve("/local/bridge-repairs", "bridge-story.html")
    site.serve("/news/harbour-strike", "harbour-story.html")
    feed = site.serve("/local/feed.rss", "news.rss", "application/rss+xml")
    code, out, err = run_import(folder, feed, capsys=capsys)
    assert code == 0, err
    assert out.splitlines()[-1].startswith("2 imported, 0 already there, 0 failed")
    by_title = {article(p)[0]["title"]: article(p)[0] for p in seeds(folder)}
    bridge = by_title["Old river bridge to close for repairs"]
    assert bridge == {"title": "Old river bridge to close for repairs", "date": "2024-11-02",
                      "authors": ["Priya Natarajan"], "source": "Valley Post",
                      "url": site.base + "/local/bridge-repairs"}
    assert check_files(seeds(folder), folder) == (2, [])
    before = {p: p.read_bytes() for p in seeds(folder)}
    requests = len(site.requests)

    code, out, _ = run_import(folder, feed, capsys=capsys)
    assert code == 0
    assert {p: p.read_bytes() for p in seeds(folder)} == before
    assert out.splitlines()[-1] == "0 imported, 2 already there, 0 failed"
    assert "(same address)" in out
    # Entries already imported are not fetched again (the tracking parameters do not count).
    assert [path for path, _ in site.requests[requests:]] == ["/robots.txt", "/local/feed.rss"]


def test_an_atom_feed_file_fetches_each_entry_and_the_entry_fills_what_the_page_lacks(site, folder):
    feed = folder / "health.atom"
    feed.write_text((WEB / "health.atom").read_text().replace("{base}", site.base))
    site.serve("/health/night-clinic", "clinic-story.html")
    outcomes = fast_importer(folder).run([str(feed)])
    assert [o.status for o in outcomes] == ["imported"]
    meta, body = article(outcomes[0].path)
    assert meta == {"title": "Night clinic opens for shift workers", "date": "2025-01-20",
                    "authors": ["Oren Adebayo"], "source": "Metro Health Desk",
                    "url": site.base + "/health/night-clinic"}
    assert body.lstrip().startswith("A health centre in the city's industrial district")
    for boilerplate in ("By Oren Adebayo", "newsletter", "waiting room", "Read next", "Front page"):
        assert boilerplate not in body


def test_a_saved_page_is_imported_with_its_own_address_and_the_same_story_is_skipped_by_its_text(site, folder):
    importer = fast_importer(folder)
    served = importer.run([site.serve("/amp/harbour", "harbour-story.html")])
    saved = importer.run([str(WEB / "harbour-story.html")])
    assert [o.status for o in served] == ["imported"]
    assert saved[0].status == "skipped"
    assert saved[0].message == f"already in seeds/{served[0].path.name} (same text)"
    assert len(seeds(folder)) == 1

    other = Path(folder / "other")
    outcome, = fast_importer(other).run([str(WEB / "bridge-story.html")])
    meta, _ = article(outcome.path)
    assert "url" not in meta  # a saved page without a canonical address has none
    outcome, = fast_importer(other).run([str(WEB / "harbour-story.html")])
    assert article(outcome.path)[0]["url"] == "https://ledger.example/news/2025/03/harbour-workers-end-strike"


def test_each_failing_source_is_one_line_the_others_import_and_the_exit_status_is_1(site, folder, monkeypatch,
                                                                                    capsys):
    monkeypatch.chdir(folder)
    good = site.serve("/news/harbour-strike", "harbour-story.html")
    missing = site.base + "/news/gone"
    image = site.serve("/img/docks.png", b"\x89PNG\r\n\x1a\n", "image/png")
    front = site.serve("/local", "section-front.html")
    bad_feed = site.serve("/broken.rss", b"<rss><channel><title>x</title><item><link>", "application/rss+xml")
    private = site.serve("/private/memo", "bridge-story.html")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{closed.getsockname()[1]}/news/story"
    code, out, err = run_import(folder, missing, image, front, bad_feed, private, good, "no-such-page.html", down,
                                capsys=capsys)
    assert code == 1
    lines = err.splitlines()
    assert lines == [
        f"error: {missing}: the server answered 404 (Not Found); check the address",
        f"error: {image}: answered image/png, not an HTML page; give the address of the article's web page "
        "or of a feed",
        f"error: {front}: has no story text that could be found (an index page, a page that needs JavaScript, "
        "or a paywall); give the address of one article's page",
        lines[3],
        f"error: {private}: robots.txt of the site does not allow fetching it; import a saved copy of the page, "
        "or run again with --ignore-robots if you have the site's permission",
        "error: no-such-page.html: no such file; give a page's or feed's address (http or https), a saved HTML "
        "page or a feed file",
        f"error: {down}: could not be fetched ([Errno 111] Connection refused); check the address and the "
        "network, then try again",
    ]
    assert lines[3].startswith(f"error: {bad_feed}: is not a feed with entries (")
    assert lines[3].endswith("); check that the address is the RSS or Atom feed itself")
    assert out.splitlines()[-1].startswith("1 imported, 0 already there, 7 failed")
    assert [p.name for p in (folder / "seeds").iterdir()] == [seeds(folder)[0].name]  # nothing half-written
    assert "/private/memo" not in [path for path, _ in site.requests]


def test_ignore_robots_fetches_what_robots_txt_disallows(site, folder):
    url = site.serve("/private/memo", "bridge-story.html")
    assert fast_importer(folder).run([url])[0].status == "failed"
    assert fast_importer(folder, ignore_robots=True).run([url])[0].status == "imported"


def test_a_failing_feed_entry_names_the_entry_and_its_feed(site, folder):
    site.serve("/news/harbour-strike", "harbour-story.html")
    feed = site.serve("/local/feed.rss", "news.rss", "application/rss+xml")
    outcomes = fast_importer(folder).run([feed])
    assert [o.status for o in outcomes] == ["failed", "imported"]
    assert outcomes[0].line() == (f"error: {site.base}/local/bridge-repairs: the server answered 404 (Not Found); "
                                  f"check the address (an entry of {feed})")


def test_a_file_name_is_never_taken_twice(site, folder):
    outcome, = fast_importer(folder).run([site.serve("/a", "harbour-story.html")])
    taken = outcome.path.read_bytes()
    outcome.path.rename(outcome.path.with_suffix(".txt"))  # the same name, and the same text, stay taken
    outcome.path.write_text("---\ntitle: Another story\n---\n\nA different article kept under that name.\n")
    again, = fast_importer(folder).run([site.serve("/b", "bridge-story.html")])
    assert again.status == "imported" and again.path != outcome.path
    assert outcome.path.with_suffix(".txt").read_bytes() == taken


def test_the_fetcher_waits_a_second_between_requests_to_one_host(site):
    now = [100.0]
    slept: list[float] = []
    fetcher = Fetcher(clock=lambda: now[0], sleep=lambda s: slept.append(s) or now.__setitem__(0, now[0] + s))
    url = site.serve("/a", "harbour-story.html")
    fetcher.get(url)
    fetcher.get(url)
    assert slept == [1.0, 1.0]  # robots.txt, then the page twice: each a second after the one before
    other = Fetcher(clock=lambda: now[0], sleep=slept.append)
    now[0] += 5
    other.get(url)
    assert slept == [1.0, 1.0, 1.0]  # only robots.txt then the page; nothing waits after a pause


def test_sources_file_marks_a_site_as_excerpt_only_and_bad_files_say_what_to_write(site, folder, monkeypatch,
                                                                                   capsys):
    monkeypatch.chdir(folder)
    (folder / "sources.yml").write_text("127.0.0.1:\n  excerpt: true\n")
    assert [r.pattern for r in load_sources(folder / "sources.yml")] == ["127.0.0.1"]
    code, out, _ = run_import(folder, site.serve("/news/harbour-strike", "harbour-story.html"), capsys=capsys)
    assert code == 0 and "(excerpt)" in out
    assert article(seeds(folder)[0])[0]["excerpt"] is True
    (folder / "sources.yml").write_text("127.0.0.1:\n  exerpt: true\n")
    code, _, err = run_import(folder, site.base + "/x", capsys=capsys)
    assert code == 2
    assert err == (f"error: {folder / 'sources.yml'}: unknown setting 'exerpt' for '127.0.0.1'; known settings "
                   "are excerpt\n")
    with pytest.raises(SourcesError, match="must be true or false"):
        (folder / "sources.yml").write_text("example.org: {excerpt: sometimes}\n")
        load_sources(folder / "sources.yml")


def test_addresses_compare_without_tracking_fragments_or_www():
    assert normal_url("https://www.Example.org/a/?utm_source=rss&id=3#top") == normal_url("http://example.org/a?id=3")
    assert normal_url("https://example.org/a?id=3") != normal_url("https://example.org/a?id=4")


def test_an_excerpt_page_shows_the_lead_the_quotations_and_the_link_and_nothing_else(site, folder, nlp):
    from digest.annotate.parse import annotate
    from digest.resolve.assemble import assemble
    from digest.annotate.analyse import analyse
    from digest.read.articles import read_article
    from digest.render.pages import render_pages

    importer = Importer(folder / "seeds", folder, Fetcher(interval=0), excerpt=True)
    url = site.serve("/news/harbour-strike", "harbour-story.html")
    outcome, = importer.run([url])
    read, warnings = read_article(outcome.path, folder)
    assert read.excerpt and not warnings
    annotated = analyse(annotate([read], nlp)[0])
    assert len(annotated.quotes) >= 3  # the annotation reads the whole text
    pages = render_pages(assemble([annotated]))
    html = markdown.markdown(pages[f"articles/{read.id}.md"].split("---\n", 2)[2],
                             extensions=["md_in_html", "attr_list"])
    assert "returned to work on Friday after union members voted to accept a pay offer" in html  # the lead
    for quotation in ("This is a fair deal and our members have said so clearly",
                      "Nobody wanted to stand on a picket line in March",
                      "We will work through the weekend to get things moving again"):
        assert quotation in html
    assert f'read the whole article <a href="{url}">at The Coastal Ledger</a>' in html
    for rest in ("The agreement raises basic pay", "40 ships had been held at anchor",
                 "Shops and supermarkets had warned", "the first three vessels would be unloaded",
                 "mediator from the national conciliation service"):
        assert rest not in html
        assert all(rest not in page.split("---\n", 2)[2] for page in pages.values())  # the timeline's too
    assert "· **Wednesday** (" in pages["timeline.md"]  # its dates are there, as written

    full = Importer(folder / "full", folder, Fetcher(interval=0)).run([url])[0]
    whole, _ = read_article(full.path, folder)
    page = render_pages(assemble([analyse(annotate([whole], nlp)[0])]))[f"articles/{whole.id}.md"]
    assert "The agreement raises basic pay" in page and "whole article" not in page


def test_an_excerpt_without_an_address_is_a_warning(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A story\nexcerpt: true\n---\n\nThe lead paragraph of the story.\n")
    _, problems = check_files([path], tmp_path)
    assert [str(p) for p in problems] == ["a.md:3: an excerpt ('excerpt: true') links to the original article, "
                                          "but there is no 'url'; add the original's address"]


def test_what_digest_check_will_say_of_an_imported_file_is_said_at_once(site, folder, monkeypatch, capsys):
    monkeypatch.chdir(folder)
    page = (WEB / "bridge-story.html").read_text().replace(
        '"Six weeks of disruption is better than a collapse."', '"Six weeks of disruption is better than a collapse.')
    code, out, err = run_import(folder, site.serve("/local/bridge", page.encode()), capsys=capsys)
    [path] = seeds(folder)
    assert code == 0 and out.startswith(f"imported {site.base}/local/bridge: -> seeds/{path.name}\n")
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "Six weeks" in text)
    assert err == (f"warning: seeds/{path.name}:{line}: a quotation mark in this paragraph is never closed; close the "
                   "quotation or remove the stray mark (until then the quotation is cut at the end of the "
                   "paragraph, or of its first sentence when the paragraph is long)\n")


def test_a_strict_site_build_publishes_nothing_of_an_excerpt_but_its_lead_and_quotations(site, project):
    for old in seeds(project):
        old.unlink()
    url = site.serve("/news/harbour-strike", "harbour-story.html")
    outcome, = Importer(project / "seeds", project, Fetcher(interval=0), excerpt=True).run([url])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    page = (project / "site/articles" / outcome.path.stem / "index.html").read_text()
    assert "returned to work on Friday after union members voted" in page
    assert '<span class="digest-quote" id="' in page and "Nobody wanted to stand on a picket line in March" in page
    assert f'read the whole article <a href="{url}">at The Coastal Ledger</a>' in page
    published = [p.read_text(errors="replace") for p in (project / "site").rglob("*") if p.is_file()
                 and p.suffix in (".html", ".json", ".xml")]
    for rest in ("The agreement raises basic pay", "mediator from the national conciliation service"):
        assert not any(rest in text for text in published)  # not in a page, the search index or the feed


def test_an_error_status_says_what_to_do_and_a_failing_robots_txt_stops_the_site(site, folder):
    forbidden = site.serve("/paywalled", b"<p>Subscribe</p>", status=403)
    busy = site.serve("/busy", b"", status=503)
    outcomes = fast_importer(folder).run([forbidden, busy])
    assert [o.message for o in outcomes] == [
        "the server answered 403 (Forbidden); the site does not let the digest read the page: import a copy "
        "saved from your browser",
        "the server answered 503 (Service Unavailable); try again later"]
    site.serve("/robots.txt", b"", status=500)
    outcome, = fast_importer(folder).run([site.serve("/news/harbour-strike", "harbour-story.html")])
    assert outcome.message == ("the site's robots.txt answered 500 (Internal Server Error), so it is not known "
                               "whether the page may be fetched; try again later")
    assert [p for p, _ in site.requests[-1:]] == ["/robots.txt"]
