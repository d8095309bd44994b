"""The README's screenshot: `python tests/browser_screenshot.py` builds the seeds' site, serves it on
localhost and saves an article page, 1280×800, as docs/assets/screenshot-article.png.

Also the helpers that tests/test_browser.py shares: build the site, serve it, launch Debian's Chromium.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import ROOT, copy_project
from digest.bench.reader import serve

CHROMIUM = Path("/usr/bin/chromium")
# Debian's Chromium as root in a container, headless; no update checks or other calls home.
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1280, "height": 800}
ARTICLE = "articles/003_6bdd04a2754529d5/"
SCREENSHOT = ROOT / "docs/assets/screenshot-article.png"


def build_site(folder: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a copy of the project in `folder` (the site lands in folder/site)."""
    copy_project(folder)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=600)


def launch(playwright):
    """Debian's Chromium, headless (never a browser that Playwright downloads)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        built = build_site(Path(folder))
        if built.returncode != 0:
            print(built.stderr, file=sys.stderr)
            return 1
        with serve(Path(folder) / "site") as site, sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport=VIEWPORT, color_scheme="light")
            page.goto(site + ARTICLE, wait_until="networkidle")
            page.screenshot(path=SCREENSHOT)
            browser.close()
    print(f"wrote {SCREENSHOT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
