"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

The seeds' site is built once, served on localhost, and read as a reader would: search, links from
article to actor to quote and back, the light/dark toggle, no console errors, pictures, screenshots,
and axe-core's accessibility rules. Every test skips with the reason when Chromium, Playwright or
axe-core is missing.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

import digest.publish.search

from browser_screenshot import ARTICLE, CHROMIUM, VIEWPORT, build_site, launch, serve
from conftest import ROOT

AXE = ROOT / "tests/axe/node_modules/axe-core/axe.min.js"
ACTOR = "actors/dmitry-peskov/"
PAGES = {"home": "", "article": ARTICLE, "actor": ACTOR, "timeline": "timeline/", "quotes": "quotes/"}
# Pages that show pictures (SVG charts with role="img").
PICTURE_PAGES = {"actors index": "actors/", "actor": "actors/vladimir-putin/", "timeline": "timeline/"}  # Putin: in every seed, so both actor charts

# The palette Material shows for the reader's preferred colour scheme (mkdocs.yml's two palettes).
SCHEMES = {"light": "default", "dark": "slate"}
# axe-core's verdicts that fail the test: "serious" and "critical" (not "moderate" or "minor").
BLOCKING_IMPACTS = ("serious", "critical")
AXE_RUN = """async () => {
  const results = await axe.run(document);
  return results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       targets: v.nodes.map(n => n.target.join(" "))}));
}"""


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, or a skip that says what to install."""
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip('Playwright is not installed: pip install -e ".[test]"')
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def built(browser, tmp_path_factory) -> Path:
    """The seeds' site, built once with `mkdocs build --strict`: its folder."""
    folder = tmp_path_factory.mktemp("browser-site")
    done = build_site(folder)
    assert done.returncode == 0, done.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def site(built):
    """The seeds' site served on an ephemeral localhost port."""
    with serve(built) as url:
        yield url


@pytest.fixture(scope="module")
def bundled_site(built, tmp_path_factory):
    """The same site indexed with one article a Pagefind bundle (an archive of many bundles), served."""
    folder = tmp_path_factory.mktemp("bundled-site") / "site"
    shutil.copytree(built, folder)
    was = digest.publish.search.ARTICLES_PER_BUNDLE
    digest.publish.search.ARTICLES_PER_BUNDLE = 1
    try:
        digest.publish.search.index_site(folder)
    finally:
        digest.publish.search.ARTICLES_PER_BUNDLE = was
    with serve(folder) as url:
        yield url


@pytest.fixture(scope="module")
def tab(browser, site):
    """One 1280×800 tab for the module (a new browser context per test costs a second or more)."""
    context = browser.new_context(viewport=VIEWPORT, color_scheme="light")
    context.set_default_timeout(10_000)  # a broken page fails in seconds, not Playwright's 30 s
    shared = context.new_page()
    shared.errors, shared.elsewhere = [], []
    shared.on("request", lambda request: request.url.startswith((site, "data:")) or shared.elsewhere.append(request.url))
    shared.on("console", lambda message: message.type == "error" and shared.errors.append(f"console: {message.text}"))
    shared.on("pageerror", lambda error: shared.errors.append(f"pageerror: {error}"))
    yield shared
    context.close()


@pytest.fixture()
def page(tab, site):
    """The tab as a first-time reader in the light scheme sees it; it records console errors, uncaught
    exceptions and requests that leave the site."""
    tab.errors.clear()
    tab.elsewhere.clear()
    yield tab
    if tab.url.startswith(site):  # forget the palette the reader chose (Material keeps it in localStorage)
        tab.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")


def open_page(page, site: str, path: str):
    page.goto(site + path, wait_until="load")
    return page


def heading(page) -> str:
    """The page's title as a reader sees it (without the permalink's ¶)."""
    return page.locator("article h1").inner_text().removesuffix("¶")


def test_search_for_an_actor_lists_the_actor_page_first_then_its_articles(page, site):
    open_page(page, site, "")
    fetched = []

    def record(request) -> None:
        fetched.append(request.url)

    page.on("request", record)
    page.locator("input.md-search__input").click()  # the header's search box (wide screens)
    # Keys typed before the search worker has loaded Pagefind are lost: wait for it to invite typing.
    meta = page.locator(".md-search-result__meta", has_text="Type to start searching")
    meta.wait_for(state="attached")
    page.locator("input.md-search__input").press_sequentially("Peskov")  # key by key, as a reader types
    # Each key may update the list: the answer to the whole name links its results with ?h=peskov.
    page.locator(".md-search-result__link[href$='?h=peskov']").first.wait_for(state="attached")
    # Material's result list, filled by Pagefind: one item per page, the actor's page first.
    hrefs = [link.get_attribute("href")
             for link in page.locator(".md-search-result__item > .md-search-result__link").all()]
    assert hrefs and f"/{ACTOR}" in hrefs[0], hrefs
    assert any(f"/{ARTICLE}" in href for href in hrefs[1:]), hrefs
    assert any("/pagefind/fragment/" in url for url in fetched), "the results come from Pagefind's fragments"
    assert page.errors == [] and page.elsewhere == []  # no script error, nothing from a CDN
    page.remove_listener("request", record)
    page.locator(f".md-search-result__link[href*='/{ACTOR}']").first.click()
    page.wait_for_url(f"**/{ACTOR}?h=peskov")
    assert heading(page) == "Dmitry Peskov"


def search_results(page, url: str, query: str) -> list[str]:
    """The result links Material lists for `query` typed on the home page at `url`."""
    open_page(page, url, "")
    page.locator("input.md-search__input").click()
    page.locator(".md-search-result__meta", has_text="Type to start searching").wait_for(state="attached")
    page.locator("input.md-search__input").press_sequentially(query)
    page.locator(f".md-search-result__link[href$='?h={query.lower()}']").first.wait_for(state="attached")
    page.wait_for_timeout(500)  # the list as the last key left it
    return [link.get_attribute("href").removeprefix(url)
            for link in page.locator(".md-search-result__item > .md-search-result__link").all()]


def test_older_articles_bundles_are_searched_when_the_newest_give_too_few(page, site, bundled_site):
    """With the articles cut into bundles of one, a query lists the same results,
    opening the older bundles one after another, with Pagefind's WebAssembly fetched once."""
    whole = search_results(page, site, "Putin")
    fetched = []
    page.on("request", lambda request: fetched.append(request.url.removeprefix(bundled_site)))
    bundled = search_results(page, bundled_site, "Putin")
    # The same results; the two undated articles, tied, may come in either order.
    assert sorted(bundled) == sorted(whole) and sum(href.startswith("articles/") for href in whole) == 3
    assert [href for href in bundled if not href.startswith("articles/")] == \
        [href for href in whole if not href.startswith("articles/")]
    assert any(url.startswith("pagefind/older/") for url in fetched)
    assert [url for url in fetched if "wasm." in url] == ["pagefind/wasm.en.pagefind"]
    assert page.errors == []


def test_search_by_keyboard_opens_the_best_result(page, site):
    open_page(page, site, ARTICLE)
    page.keyboard.press("/")  # Material's shortcut: focus the search box
    page.locator(".md-search-result__meta", has_text="Type to start searching").wait_for(state="attached")
    page.keyboard.type("Peskov", delay=30)
    page.locator(".md-search-result__link[href$='?h=peskov']").first.wait_for(state="attached")
    page.keyboard.press("Enter")  # the result with the highest score: the actor's page
    page.wait_for_url(f"**/{ACTOR}?h=peskov")
    assert heading(page) == "Dmitry Peskov"


def test_article_to_actor_to_quote_and_back(page, site):
    open_page(page, site, ARTICLE)
    # Material's instant navigation makes every link absolute.
    page.locator(f"article a[href$='/{ACTOR}']").first.click()
    page.wait_for_url(f"**/{ACTOR}")
    assert heading(page) == "Dmitry Peskov"

    quote_link = page.locator(f"article a[href*='/{ARTICLE}#q-']").first
    fragment = quote_link.get_attribute("href").split("#")[1]
    quote_link.click()
    page.wait_for_url(f"**/{ARTICLE}#{fragment}")
    quote = page.locator(f"[id='{fragment}']")
    assert quote.count() == 1
    box = quote.bounding_box()  # the browser scrolled the quote up to the top of the screen, under the header
    assert box is not None and 0 <= box["y"] < VIEWPORT["height"] / 3, box

    page.go_back()
    page.wait_for_url(f"**/{ACTOR}")
    assert heading(page) == "Dmitry Peskov"


def test_palette_toggle_switches_light_and_dark(page, site):
    open_page(page, site, ARTICLE)
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    open_page(page, site, ACTOR)  # the reader's choice holds on the next page
    assert body.get_attribute("data-md-color-scheme") == "slate"
    page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")


@pytest.mark.parametrize("name", {**PAGES, **PICTURE_PAGES})
def test_no_console_errors_and_nothing_from_elsewhere(page, site, name):
    open_page(page, site, {**PAGES, **PICTURE_PAGES}[name])
    page.wait_for_load_state("networkidle")
    assert page.errors == []
    assert page.elsewhere == [], "the site must work offline: no fonts, scripts or pictures from a CDN"


def svg_pictures(page):
    """The size of every picture (an SVG with role="img") on the page."""
    return [svg.bounding_box() for svg in page.locator("svg[role=img]").all()]


@pytest.mark.parametrize("name", PICTURE_PAGES)
def test_pictures_render_with_a_size(page, site, name):
    open_page(page, site, PICTURE_PAGES[name])
    for box in svg_pictures(page):
        assert box is not None and box["width"] > 0 and box["height"] > 0, box


@pytest.mark.parametrize("name", PICTURE_PAGES)
def test_pictures_are_shown(page, site, name):
    open_page(page, site, PICTURE_PAGES[name])
    assert svg_pictures(page), f"no svg[role=img] on the {name} page"


def png_size(path) -> tuple[int, int]:
    """A PNG file's width and height, from its header."""
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n"), f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_screenshots(page, site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    for name in ("home", "article", "actor"):
        open_page(page, site, PAGES[name])
        path = folder / f"{name}.png"
        page.screenshot(path=path)
        assert png_size(path) == (VIEWPORT["width"], VIEWPORT["height"])
    print(f"screenshots in {folder}")


@pytest.fixture(scope="module")
def axe():
    """axe-core's script, or a skip that says how to install it (before the site is built)."""
    if not AXE.exists():
        pytest.skip(f"axe-core not found at {AXE.relative_to(ROOT)}: run npm ci --prefix tests/axe")
    return AXE


@pytest.mark.parametrize(("name", "scheme"), [("home", "light"), ("article", "light"), ("actor", "light"),
                                             ("timeline", "light"), ("article", "dark")])
def test_accessibility_has_no_serious_violations(axe, browser, page, site, name, scheme):
    # A reader who prefers dark gets Material's dark palette on a first visit: a new context that says so.
    context = browser.new_context(viewport=VIEWPORT, color_scheme="dark") if scheme == "dark" else None
    tab = context.new_page() if context else page
    try:
        open_page(tab, site, PAGES[name])
        assert tab.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme]
        tab.add_script_tag(path=axe)
        violations = [v for v in tab.evaluate(AXE_RUN) if v["impact"] in BLOCKING_IMPACTS]
    finally:
        if context:
            context.close()
    report = "\n".join(f"{v['impact']} {v['id']} ({v['help']}): {', '.join(v['targets'])}" for v in violations)
    assert not violations, f"axe-core on the {name} page ({scheme}):\n{report}"
