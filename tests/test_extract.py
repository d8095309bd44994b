"""Reading a news page's story and metadata: saved pages against the articles written by hand for them."""

from pathlib import Path

import pytest

from digest.read.extract import extract_story, story_paragraphs
from digest.read.importer import article_text

WEB = Path(__file__).parent / "fixtures" / "web"


def test_the_headline_a_byline_and_a_dateline_before_the_story_are_not_paragraphs():
    text = ("Night clinic opens\nBy Oren Adebayo\nUpdated 21 January 2025, 09:00\nA health centre has begun opening at night, the first in "
            "the region to do so.\nBy the numbers\nA health centre has begun opening at night, the first in "
            "the region to do so.\nOren Adebayo said nothing more.")
    assert story_paragraphs(text, "Night clinic opens", ["Oren Adebayo"]) == (
        "A health centre has begun opening at night, the first in the region to do so.", "By the numbers",
        "Oren Adebayo said nothing more.")


def test_without_structured_data_the_site_is_named_by_the_title():
    page = (WEB / "bridge-story.html").read_text()
    page = page[:page.index('<script type="application/ld+json">')] + page[page.index("</script>") + 9:]
    page = page.replace('<p class="meta">', "<p>")
    story = extract_story(page.encode(), None)
    assert story.source == "Valley Post" and story.title == "Old river bridge to close for repairs"
    assert story.paragraphs[0].startswith("The Elmford road bridge, which carries about 12,000 vehicles")


@pytest.mark.parametrize("page", sorted(p.stem for p in WEB.glob("*.html") if p.with_suffix(".md").exists()))
def test_a_saved_page_gives_the_article_written_by_hand_for_it(page):
    """Golden files: NAME.md is the article file `digest import NAME.html` must write, to the byte."""
    story = extract_story((WEB / f"{page}.html").read_bytes(), None)
    assert article_text(story) == (WEB / f"{page}.md").read_text(encoding="utf-8")
