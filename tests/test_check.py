"""`digest check`, `digest new` and the same problems through `digest build` and `mkdocs build`, run for real."""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_project
from digest.read.check import check_files
from digest.read.new import new_article
from digest.read.articles import parse_article, read_articles

BROKEN = Path(__file__).parent / "fixtures" / "broken"
EXPECTED = (BROKEN.parent / "broken-problems.expected").read_text(encoding="utf-8").splitlines()
GOOD = ("bom-and-crlf", "bridge-copy", "misspelt-key")  # the articles a non-strict build still publishes


def run(args, cwd):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def digest(*args, cwd):
    return run([sys.executable, "-m", "digest.cli", *args], cwd)


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory):
    """The project with the broken fixture articles as its seeds."""
    folder = copy_project(tmp_path_factory.mktemp("broken-project"))
    shutil.rmtree(folder / "seeds")
    shutil.copytree(BROKEN, folder / "seeds")
    return folder


def problem_lines(stderr: str, prefix: str = "") -> list[str]:
    """The problem lines of a command's output, with the tool's own prefix taken off."""
    return [line[len(prefix):] for line in stderr.splitlines() if line.startswith(prefix)
            and line[len(prefix):].startswith(("error: seeds/", "warning: seeds/", "seeds/"))]


def test_check_reports_every_problem_with_file_line_and_fix(broken_project):
    result = digest("check", cwd=broken_project)
    assert result.returncode == 1
    assert problem_lines(result.stderr) == EXPECTED
    assert result.stderr.splitlines()[-1] == ("8 problem(s) in 8 file(s): fix them as each message says "
                                              "and run `digest check` again")


def test_check_passes_on_the_seeds_without_loading_spacy(project):
    code = ("import sys; from digest.cli import main; code = main(['check']); "
            "assert 'spacy' not in sys.modules, 'spaCy was loaded'; sys.exit(code)")
    result = run([sys.executable, "-c", code], project)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3 article(s) checked: no problems\n"


def test_check_takes_files_and_names_a_file_the_build_would_not_read(broken_project):
    result = digest("check", "seeds/bom-and-crlf.md", "seeds/notes.markdown", cwd=broken_project)
    assert result.returncode == 2 and result.stderr == "error: no such file: seeds/notes.markdown\n"
    (broken_project / "notes.markdown").write_text("A note.\n")
    result = digest("check", "seeds/bom-and-crlf.md", "notes.markdown", cwd=broken_project)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == ("error: notes.markdown: is not an article file: only .txt and .md "
                                             "files are read; rename it to end in .md (the article is skipped)")


def test_digest_build_reports_the_same_problems_and_builds_the_rest(broken_project):
    result = digest("build", cwd=broken_project)
    assert result.returncode == 0, result.stderr
    assert problem_lines(result.stderr) == EXPECTED
    built = sorted(p.stem for p in (broken_project / "docs/articles").glob("*.md") if p.stem != "index")
    assert built == sorted(GOOD)
    strict = digest("build", "--strict", cwd=broken_project)
    assert strict.returncode == 1 and problem_lines(strict.stderr) == EXPECTED
    assert "nothing was written" in strict.stderr.splitlines()[-1]


def test_mkdocs_build_strict_fails_with_the_same_messages(broken_project):
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "strict-site"], broken_project)
    assert result.returncode == 1
    logged = [line.split("digest: ", 1)[1] for line in result.stderr.splitlines() if "digest: seeds/" in line]
    assert logged == [line.split(": ", 1)[1] for line in EXPECTED]
    assert "Aborted with 8 warnings in strict mode!" in result.stdout + result.stderr


def test_mkdocs_build_skips_bad_articles_and_builds_the_rest(broken_project):
    result = run([sys.executable, "-m", "mkdocs", "build", "--site-dir", "loose-site"], broken_project)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("WARNING -  digest: seeds/") == 8
    site = broken_project / "loose-site" / "articles"
    assert sorted(p.name for p in site.iterdir() if p.is_dir()) == sorted(GOOD)
    page = (site / "bom-and-crlf" / "index.html").read_text(encoding="utf-8")
    assert "now opens until midnight" in page


def test_the_same_text_under_two_names_keeps_the_first(tmp_path):
    (tmp_path / "a.md").write_text("Rain fell over Oslo on Sunday.\n\nRoads were closed.\n")
    (tmp_path / "b.txt").write_text("---\ntitle: Oslo rain\n---\nRAIN fell over  Oslo on Sunday.\nRoads were closed.\n")
    (tmp_path / "c.md").write_text("Rain fell over Bergen on Sunday.\n")
    articles, problems = read_articles(sorted(tmp_path.iterdir()), tmp_path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [str(p) for p in problems] == ["b.txt:4: has the same text as a.md; delete one of the two files"]


def test_the_same_file_name_in_two_folders_is_a_problem(tmp_path):
    for folder, text in (("one", "Rain fell over Oslo.\n"), ("two", "Sun shone on Rome.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "weather.md").write_text(text)
    count, problems = check_files(sorted(tmp_path.rglob("*.md")), tmp_path)
    assert count == 1
    assert [str(p) for p in problems] == [
        "two/weather.md: has the same file name as one/weather.md (the name makes the page's address); "
        "rename one of the two files"]


def test_new_article_has_a_safe_unique_name_and_a_template_that_reads(tmp_path):
    title = "../Budget: the <b>minister</b>'s \"plan\" / 2025"
    first = new_article(tmp_path, title, dt.date(2025, 3, 1))
    second = new_article(tmp_path, title, dt.date(2025, 3, 1))
    assert first != second and first.parent == second.parent == tmp_path
    assert first.name.startswith("budget-the-b-minister-b-s-plan-2025-") and first.suffix == ".md"
    text = first.read_text(encoding="utf-8")
    filled = text + "The minister presented the plan on Monday.\n"
    article, warnings = parse_article(filled.encode(), first.name, first.stem)
    assert (article.title, article.date, warnings) == (" ".join(title.split()), dt.date(2025, 3, 1), [])
    assert article.source is None and article.url is None and article.tags == ()


def test_new_refuses_to_overwrite(tmp_path, monkeypatch):
    monkeypatch.setattr("digest.read.new.secrets.token_hex", lambda n: "abcdef")
    new_article(tmp_path, "Same title")
    with pytest.raises(FileExistsError):
        new_article(tmp_path, "Same title")


def test_digest_new_then_check_asks_for_the_text(project):
    created = digest("new", "Floods in Valencia", cwd=project)
    assert created.returncode == 0, created.stderr
    path = created.stdout.split()[1].rstrip(":")
    assert path.startswith("seeds/floods-in-valencia-") and (project / path).is_file()
    check = digest("check", cwd=project)
    assert check.returncode == 1
    assert check.stderr.splitlines()[0] == (
        f"error: {path}:9: the article has no text after its front matter; write the article's paragraphs "
        "below the header (the article is skipped)")


def test_plugin_strict_option_fails_a_normal_build_with_the_same_messages(broken_project):
    config = (broken_project / "mkdocs.yml").read_text().replace("model: en_core_web_sm",
                                                                 "model: en_core_web_sm\n      strict: true")
    (broken_project / "strict.yml").write_text(config)
    result = run([sys.executable, "-m", "mkdocs", "build", "-f", "strict.yml", "--site-dir", "x"], broken_project)
    assert result.returncode == 1
    logged = [line.split("digest: ", 1)[1] for line in result.stderr.splitlines() if "digest: seeds/" in line]
    assert logged == [line.split(": ", 1)[1] for line in EXPECTED]
    assert ("digest: 8 problem(s) in the articles; fix them or turn off the plugin's `strict` option"
            in result.stdout + result.stderr)


def test_a_quotation_that_is_never_closed_is_a_warning_with_its_line(tmp_path):
    (tmp_path / "open.md").write_text('---\ntitle: Storm\n---\nThe mayor spoke.\n\nShe said: "We are ready.\n\n'
                                      'Roads were closed.\n')
    (tmp_path / "runs-on.md").write_text('She said: "We are ready.\n\n"Roads are closed."\n')
    # an opening mark typed for the closing one closes; a quotation inside one is closed with it
    (tmp_path / "typed.md").write_text('She called it “a disgrace“ and said: “They call it “help” here.”\n')
    count, problems = check_files(sorted(tmp_path.iterdir()), tmp_path)
    assert count == 3
    assert [str(p) for p in problems] == [
        "open.md:6: a quotation mark in this paragraph is never closed; close the quotation or remove the stray "
        "mark (until then the quotation is cut at the end of the paragraph, or of its first sentence when the "
        "paragraph is long)"]


def test_an_invisible_character_before_a_mark_changes_no_warning_of_an_unclosed_quotation(tmp_path):
    (tmp_path / "runs-on.md").write_text('She said: "We are ready.\n\n\u202a"Roads are closed."\n')
    (tmp_path / "reversed.md").write_text("\u202a”We are ready,” she said. “Roads are closed.”\n")
    count, problems = check_files(sorted(tmp_path.iterdir()), tmp_path)
    assert count == 2 and problems == []


def test_invisible_characters_and_unlikely_dates_are_warnings_and_titles_lose_them(tmp_path):
    (tmp_path / "a.md").write_text('---\ntitle: "Hello \u202eworld"\ndate: 9999-12-31\n---\nText here.\n')
    (tmp_path / "b.txt").write_text("date 1066-10-14\nThe battle of Hastings.\n")
    (tmp_path / "c.md").write_text("---\ntitle: Fine\ndate: 2025-03-13\n---\nNothing odd.\n")
    articles, problems = read_articles(sorted(tmp_path.iterdir()), tmp_path)
    assert [a.title for a in articles] == ["Hello world", "The battle of Hastings", "Fine"]
    assert [str(p) for p in problems] == [
        "a.md:2: front matter 'title' holds an invisible control character (U+202E) that can make it read "
        "backwards or hide text; delete it (titles are published without such characters)",
        "a.md:3: the publication date 9999-12-31 is more than a day in the future; check the year",
        "b.txt:1: the publication date 1066-10-14 is before 1800; check the year"]
    assert all(p.severity == "warning" for p in problems)


def test_text_decoded_with_the_wrong_encoding_is_a_warning_with_its_line_and_what_it_meant(tmp_path):
    (tmp_path / "garbled.md").write_text("---\ntitle: Visit\n---\nThe talks went on.\n\n"
                                         "The French minister, RenÃ©e Hale, arrived on Monday.\n", encoding="utf-8")
    # accented letters written as they should be are no problem
    (tmp_path / "fine.md").write_text("Renée Hale met the mayor of São Bento at the café.\n", encoding="utf-8")
    count, problems = check_files(sorted(tmp_path.iterdir()), tmp_path)
    assert count == 2
    assert [str(p) for p in problems] == [
        "garbled.md:6: the text looks decoded with the wrong encoding ('RenÃ©e', meant as 'Renée'); save the "
        "article again as UTF-8 from its original"]
