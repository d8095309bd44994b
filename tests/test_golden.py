"""Golden pages: complete pages of the digest built from the seeds, compared byte for byte with the
files under tests/golden/ (an article, an actor, a topic and the timeline).

A change that alters what these pages show fails here until the golden files are made again, on
purpose and read before they are committed:

    DIGEST_REFRESH_GOLDEN=1 python -m pytest tests/test_golden.py
    git diff tests/golden
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.render.pages import render_pages

GOLDEN = Path(__file__).parent / "golden"
PAGES = ("articles/003_6bdd04a2754529d5.md", "actors/vladimir-putin.md", "topics/diplomacy.md", "timeline.md")
REFRESH = os.environ.get("DIGEST_REFRESH_GOLDEN") == "1"


@pytest.fixture(scope="module")
def pages(seed_digest):
    return render_pages(seed_digest)


@pytest.mark.parametrize("page", PAGES)
def test_page_is_byte_for_byte_its_golden_file(pages, page):
    golden = GOLDEN / page
    if REFRESH:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(pages[page].encode("utf-8"))
    assert golden.is_file(), f"{golden} is missing: make it with DIGEST_REFRESH_GOLDEN=1 (see this module)"
    assert pages[page].encode("utf-8") == golden.read_bytes(), (
        f"{page} differs from {golden}; if the change is meant, refresh as this module's docstring says")
