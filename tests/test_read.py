import datetime as dt
from pathlib import Path

import pytest

from digest.read.articles import ArticleError, derive_title, display_path, parse_article, read_article


def parse(text: str | bytes, name: str = "seeds/x.txt"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_article(data, name, "x")


def problem_of(text: str | bytes) -> str:
    with pytest.raises(ArticleError) as error:
        parse(text)
    return str(error.value.problem)


def test_legacy_inline_date_is_read_and_removed_from_the_lead(seed_articles):
    article = seed_articles["000_757f1b2ff7ec1d9c"]
    assert article.date == dt.date(2025, 3, 13)
    assert article.paragraphs[0].text.startswith("Russian President Vladimir Putin expressed support")


def test_articles_without_a_date_are_undated(seed_articles):
    assert seed_articles["001_c776b1ad787587dd"].date is None
    assert seed_articles["003_6bdd04a2754529d5"].date is None


def test_standalone_short_line_is_a_subheading(seed_articles):
    paragraphs = seed_articles["001_c776b1ad787587dd"].paragraphs
    headings = [p.text for p in paragraphs if p.kind == "heading"]
    assert headings == ["Russia advancing"]
    assert paragraphs[3].line == 7


def test_derived_titles_are_readable_headlines(seed_articles):
    for article in seed_articles.values():
        assert article.title_derived
        assert len(article.title) <= 91
        assert not article.title.rstrip("…").endswith((",", "“", '"', " to", " with"))
        assert article.paragraphs[0].text.startswith(article.title.rstrip("…"))


def test_derive_title_keeps_a_short_lead_whole_and_drops_a_dangling_quote():
    assert derive_title("Putin agrees to talks. More follows.") == "Putin agrees to talks"
    title = derive_title("“We agree with the proposals to halt the fighting, but we proceed from the assumption "
                         "that the ceasefire should lead to lasting peace,” Putin said.")
    assert title.endswith("…") and "“" not in title and not title[:-1].endswith(",")


def test_front_matter_fields():
    article, warnings = parse("---\ntitle: Talks in Paris\ndate: 2025-04-18\nsource: NBC News\n"
                              "url: https://example.org/a\nauthors: [A. Writer]\ntags: [diplomacy]\n---\n\n"
                              "Rubio met officials in Paris.\n")
    assert (article.title, article.date, article.source) == ("Talks in Paris", dt.date(2025, 4, 18), "NBC News")
    assert article.authors == ("A. Writer",) and article.tags == ("diplomacy",)
    assert not article.title_derived and warnings == []


def test_crlf_and_bom_are_fine():
    article, _ = parse(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nOne line.\r\nTwo lines.\r\n")
    assert [p.text for p in article.paragraphs] == ["One line.", "Two lines."]


def test_wrapped_lines_join_into_one_paragraph():
    article, _ = parse("The minister said the plan\nwould be ready soon.\n\nA second paragraph.\n")
    assert [p.text for p in article.paragraphs] == ["The minister said the plan would be ready soon.",
                                                     "A second paragraph."]


def test_markdown_heading_is_a_subheading():
    article, _ = parse("Lead paragraph here.\n\n## Reactions abroad\n\nMore text.\n")
    assert [(p.kind, p.text) for p in article.paragraphs][1] == ("heading", "Reactions abroad")


@pytest.mark.parametrize("text, expected", [
    ("---\ndate: 2025-02-30\n---\nText.\n", "seeds/x.txt:2: '2025-02-30' is not a real date"),
    ("date 2025-02-30 Text.\n", "seeds/x.txt:1: '2025-02-30' is not a real date"),
    ("date 13/45/2025 Text.\n", "seeds/x.txt:1: '13/45/2025' is not a date"),
    ("---\ntitle: T\n", "seeds/x.txt:1: the front matter opened by '---' is never closed"),
    ("---\ntitle: [unclosed\n---\nText.\n", "seeds/x.txt:2: the front matter is not valid YAML"),
    ("---\ntitle: T\n---\n\n", "seeds/x.txt:4: the article has no text"),
    ("---\ntitle: [1, 2]\n---\nText.\n", "seeds/x.txt:2: front matter 'title' must be text"),
])
def test_bad_articles_name_file_line_and_fix(text, expected):
    assert problem_of(text).startswith(expected)


def test_bad_utf8_names_the_byte_offset():
    message = problem_of("Line one.\nCaf".encode() + b"\xe9 au lait.\n")
    assert message == ("seeds/x.txt:2: is not UTF-8: byte 0xe9 at offset 13 cannot be decoded; "
                       "save the file as UTF-8")


def test_misspelt_key_is_reported_with_a_suggestion():
    article, warnings = parse("---\ntitel: Oops\n---\nText here.\n")
    assert [str(w) for w in warnings] == ["seeds/x.txt:2: unknown front matter key 'titel': did you mean 'title'?"]
    assert article.title == "Text here"


def test_a_paragraph_too_long_to_be_prose_is_a_problem():
    message = problem_of("Lead.\n\n" + "word " * 30_000)
    assert message == ("seeds/x.txt:3: the paragraph is 149,999 characters long (at most 100,000); "
                       "separate its paragraphs with blank lines")


def test_an_article_linked_into_the_seeds_is_named_by_its_place_in_the_project(tmp_path):
    outside = tmp_path / "elsewhere" / "story.txt"
    outside.parent.mkdir()
    outside.write_text("---\ntitle: A story\ndate: 2025-03-01\n---\nThe council met on Monday.\n", encoding="utf-8")
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / "story.txt").symlink_to(outside)
    article, problems = read_article(project / "seeds" / "story.txt", project)
    assert article.path == "seeds/story.txt" and problems == []


def test_a_path_is_shown_relative_to_the_project_when_it_is_inside(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    monkeypatch.chdir(project)
    assert display_path(project / "seeds" / "a.txt", project) == "seeds/a.txt"
    assert display_path(Path("seeds/a.txt"), project) == "seeds/a.txt"  # as given on the command line
    assert display_path(tmp_path / "project-2" / "a.txt", project) == str(tmp_path / "project-2" / "a.txt")
    assert display_path(project / "seeds" / ".." / "seeds" / "a.txt", project) == "seeds/../seeds/a.txt"
    assert display_path(project, project) == "."
