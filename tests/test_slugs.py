"""Slugs (`digest.slugs`): every page URL and file name is python-slugify's slug, its shortcut for plain
words included, so no URL moves when a name takes the shortcut or not."""

from slugify import slugify

from digest.read.new import file_name
from digest.slugs import article_slug, slug

LONG = " ".join(["Committee"] * 12)  # over 80 characters: cut at a word
NAMES = ["Vladimir Putin", "G7", "NATO", "Jean-Luc Picard", "Sinéad O'Connor", "J. D. Vance", LONG,
         "Ministry of Defence 2", "ACME Inc"]
PHRASES = ["prime minister", "g7 summit", "covid-19 vaccine", "child's play", "café owner", "a  b", " lead",
           "trail ", "2016 election"]


def test_slugs_of_names_and_phrases_are_the_slugs_python_slugify_makes():
    for text in NAMES + PHRASES:
        assert slug(text) == slugify(text), text
        assert slug(text, 80) == slugify(text, max_length=80, word_boundary=True), text
        assert slug(text, 12) == slugify(text, max_length=12, word_boundary=True), text


def test_a_slug_is_cut_at_a_word_and_is_empty_without_letters_or_digits():
    assert slug(LONG, 80) == "-".join(["committee"] * 8)
    assert slug("Vladimir Putin", 10) == "vladimir"
    assert slug("“—”") == "" and slug("") == ""


def test_a_new_articles_file_is_named_after_its_title_cut_at_a_word():
    assert file_name("Talks in Paris: what next?", "a1b2c3") == "talks-in-paris-what-next-a1b2c3.md"
    assert file_name("Another " * 20, "x") == f"{'-'.join(['another'] * 7)}-x.md"  # at most 60 characters
    assert file_name("!!!", "x") == "article-x.md"


def test_article_slugs_keep_case_and_underscores_as_python_slugify_makes_them():
    for article_id in ["bbc-business-001", "Plain_ID-2", "a--b", "-lead", "trail-", "é-tude", "a b", "x&amp;y",
                       "1,000-days", "O'Brien", "under_score__twice", "a.b"]:
        assert article_slug(article_id) == slugify(article_id, lowercase=False,
                                                   regex_pattern=r"[^A-Za-z0-9_-]+"), article_id
    assert article_slug("003_6bdd04a2754529d5") == "003_6bdd04a2754529d5"
