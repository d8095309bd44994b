"""`digest bench extraction DIR`: how well `digest import` reads saved news pages.

DIR holds pairs: `NAME.html`, a news page saved from a browser, and `NAME.md`, the article file that
`digest import NAME.html` should write, made by hand (front matter: `title`, `date`, `authors`, `source`,
and `url` when the page names its own address; then the story's paragraphs and nothing else). For each
page it prints what differs, then the share of pages with each field right and the text's word
precision and recall: words (case folded) of the imported text found in the expected one, and the other
way round, counted as multisets over all pages, as CleanEval scores extractors. Precision below 1 is
boilerplate kept; recall below 1 is story text lost.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from digest.read.extract import NoStory, extract_story
from digest.read.importer import article_text
from digest.model import Article
from digest.read.articles import ArticleError, parse_article

FIELDS = ("title", "date", "authors", "source", "url")
WORD = re.compile(r"\w+")


def words(article: Article) -> Counter[str]:
    return Counter(w for p in article.paragraphs for w in WORD.findall(p.text.casefold()))


def imported(page: Path) -> Article:
    """The article `digest import` makes of a saved page, read back as the build reads it."""
    story = extract_story(page.read_bytes(), None)
    return parse_article(article_text(story).encode("utf-8"), page.name, page.stem)[0]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="digest bench extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="saved pages (NAME.html) with the expected articles (NAME.md)")
    args = parser.parse_args(argv)
    pairs = [(page, page.with_suffix(".md")) for page in sorted(args.folder.glob("*.html"))
             if page.with_suffix(".md").is_file()]
    if not pairs:
        print(f"error: no NAME.html with its NAME.md in {args.folder}; save pages there and write the "
              "article each should give")
        return 2
    right = Counter[str]()
    found = kept = expected_words = 0
    for page, expected_file in pairs:
        expected, _ = parse_article(expected_file.read_bytes(), expected_file.name, page.stem)
        try:
            got = imported(page)
        except (NoStory, ArticleError) as error:
            print(f"{page.name}: nothing imported ({error})")
            expected_words += sum(words(expected).values())
            continue
        wrong = [f"{name}: {getattr(got, name)!r}, expected {getattr(expected, name)!r}" for name in FIELDS
                 if getattr(got, name) != getattr(expected, name)]
        right.update(name for name in FIELDS if getattr(got, name) == getattr(expected, name))
        got_words, want_words = words(got), words(expected)
        found += sum((got_words & want_words).values())
        kept += sum(got_words.values())
        expected_words += sum(want_words.values())
        extra = sum((got_words - want_words).values())
        missing = sum((want_words - got_words).values())
        if wrong or extra or missing:
            print(f"{page.name}: " + "; ".join(wrong + [f"{extra} words too many, {missing} missing"]))
    print(f"{len(pairs)} pages: " + ", ".join(f"{name} {right[name]}/{len(pairs)}" for name in FIELDS))
    precision = found / kept if kept else 0.0
    recall = found / expected_words if expected_words else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"text words: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    return 0
