"""Incremental `digest build`: pages whose inputs changed are made again, the others are left alone,
and the result is always the one a build from scratch gives."""

import shutil

import pytest
import yaml

from digest.cli import main
from digest.publish.output import MANIFEST, Planned, read_manifest_data, write_planned

EDITED = "seeds/001_c776b1ad787587dd.txt"
GENERATED = ("articles", "actors", "topics", "index.md", "quotes.md", "timeline.md", "feed.xml", MANIFEST)


def build(project, capsys) -> str:
    assert main(["-f", str(project / "mkdocs.yml"), "build"]) == 0
    return capsys.readouterr().out


def pages(project) -> dict[str, tuple[str, int]]:
    """Every generated Markdown page: (text, modification time)."""
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): (p.read_text(encoding="utf-8"), p.stat().st_mtime_ns)
            for folder in ("articles", "actors", "topics") for p in (docs / folder).glob("*.md")}


def front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


@pytest.fixture()
def built(project, capsys, monkeypatch):
    monkeypatch.chdir(project)
    build(project, capsys)
    return project


def test_nothing_changed_stops_after_reading_the_articles(built, capsys, monkeypatch):
    before = pages(built)
    monkeypatch.setattr("digest.pipeline.build_digest", lambda *args, **kwargs: pytest.fail("the digest was built"))
    out = build(built, capsys)
    assert "0 pages written" in out and "nothing changed since the last build" in out
    assert pages(built) == before


def test_another_number_of_jobs_is_no_change(built, capsys, monkeypatch):
    monkeypatch.setattr("digest.pipeline.build_digest", lambda *args, **kwargs: pytest.fail("the digest was built"))
    assert main(["-f", str(built / "mkdocs.yml"), "build", "--jobs", "2", "--wait", "5"]) == 0
    assert "nothing changed since the last build" in capsys.readouterr().out


def test_a_change_that_touches_no_page_renders_none(built, capsys, monkeypatch):
    before = pages(built)
    (built / "topics.yml").write_text((built / "topics.yml").read_text() + "# a comment\n")
    import digest.render.pages as render

    rendered = []
    real = render.render_page
    monkeypatch.setattr(render, "render_page", lambda env, page: rendered.append(page.uri) or real(env, page))
    out = build(built, capsys)
    assert "0 pages written" in out and "nothing changed" not in out  # the digest was built again
    assert rendered == []  # but no article, actor or topic page was even rendered: their keys are the same
    assert pages(built) == before


def test_an_edited_article_changes_its_page_and_its_actors_pages_only(built, capsys, tmp_path):
    before = pages(built)
    article_uri = next(uri for uri in before if uri.startswith("articles/001_"))
    old_title = front_matter(before[article_uri][0])["title"]
    seed = built / EDITED
    seed.write_text(seed.read_text(encoding="utf-8").replace("said on Thursday", "declared on Thursday", 1),
                    encoding="utf-8")
    build(built, capsys)
    after = pages(built)
    new_meta = front_matter(after[article_uri][0])
    assert new_meta["title"] != old_title and "declared" in after[article_uri][0]
    named = {f"actors/{a['id']}.md" for group in new_meta["actors"].values() for a in group}
    its_actors = named & set(after)  # those with a page of their own
    assert its_actors and its_actors <= set(before)
    for uri in its_actors:  # each lists the article under its new title
        assert after[uri][0] != before[uri][0] and new_meta["title"] in after[uri][0], uri
    others = [uri for uri in before if uri.startswith("actors/") and uri not in its_actors and uri in after]
    assert others and all(after[uri] == before[uri] for uri in others)  # same text, not even rewritten
    assert generated(built) == generated(from_scratch(built, tmp_path / "scratch", capsys))


# The seeds' newest date is 2025-03-13, a Thursday: an article of the next day moves the digest's last date, but
# within the week every sparkline's bins stay as they were.
@pytest.mark.parametrize("date", ["2025-03-13", "2025-03-14"])
def test_an_added_article_makes_only_the_pages_it_touches(built, capsys, tmp_path, monkeypatch, date):
    import digest.render.pages as render

    keyed = []
    real = render.render_page
    monkeypatch.setattr(render, "render_page", lambda env, page: keyed.append(page.uri) or real(env, page))
    build(built, capsys)  # nothing changed but the code's monkeypatching: every stamp is as recorded
    assert keyed == []
    (built / "seeds/004_added.txt").write_text(
        f"---\ntitle: Rubio in Paris\ndate: {date}\n---\n"
        "Secretary of State Marco Rubio met Ukrainian officials in Paris on Friday.\n", encoding="utf-8")
    build(built, capsys)
    assert "articles/004_added.md" in keyed and "actors/marco-rubio.md" in keyed
    assert "actors/vladimir-putin.md" not in keyed and len(keyed) < len(pages(built)) / 2
    assert generated(built) == generated(from_scratch(built, tmp_path / "scratch", capsys))


def test_a_name_added_to_the_registry_changes_the_pages_as_from_scratch(built, capsys, tmp_path):
    registry = built / "actors.yml"
    registry.write_text(registry.read_text(encoding="utf-8") + "  - name: Dmitry Peskov\n    type: person\n"
                        "    role: Kremlin spokesman\n", encoding="utf-8")
    build(built, capsys)
    after = generated(built)
    assert "Kremlin spokesman" in after["actors/dmitry-peskov.md"]
    assert after == generated(from_scratch(built, tmp_path / "scratch", capsys))


def test_an_article_made_an_excerpt_shows_less_on_its_page_and_the_timeline_as_from_scratch(built, capsys, tmp_path):
    before = generated(built)
    seed = built / EDITED
    seed.write_text("---\nurl: https://example.org/putin\nexcerpt: true\n---\n\n" + seed.read_text(encoding="utf-8"),
                    encoding="utf-8")
    build(built, capsys)
    after = generated(built)
    article_uri = next(uri for uri in after if uri.startswith("articles/001_"))
    assert "crucial details needed to be sorted out" in after[article_uri].split("---\n", 2)[2]  # the lead
    assert "remembered as a peacemaker" not in after[article_uri].split("---\n", 2)[2]
    assert "digest-excerpt" in after[article_uri] and "digest-excerpt" not in before[article_uri]
    assert after["timeline.md"] != before["timeline.md"]
    assert after == generated(from_scratch(built, tmp_path / "scratch", capsys))


def test_a_page_edited_by_hand_is_made_again(built, capsys):
    page = built / "docs/actors/vladimir-putin.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Vladimir Putin", "Someone Else"), encoding="utf-8")
    assert "1 pages written" in build(built, capsys)
    assert page.read_text(encoding="utf-8") == text


def from_scratch(project, folder, capsys):
    """A copy of `project` without its generated pages or cache, built once."""
    shutil.copytree(project, folder, ignore=shutil.ignore_patterns(".digest-cache", "site"))
    for name in GENERATED:
        target = folder / "docs" / name
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    build(folder, capsys)
    return folder


def generated(project) -> dict[str, str]:
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in docs.rglob("*")
            if p.is_file() and p.name != MANIFEST and p.relative_to(docs).parts[0] in GENERATED}


def test_keyed_pages_are_rendered_only_when_their_key_or_file_changed(tmp_path):
    calls = []

    def page(uri, key, text):
        return Planned(key, lambda: calls.append(uri) or text)

    write_planned({"a.md": page("a.md", "k1", "A"), "b.md": page("b.md", "k1", "B")}, tmp_path)
    assert sorted(calls) == ["a.md", "b.md"]
    calls.clear()
    report = write_planned({"a.md": page("a.md", "k1", "A"), "b.md": page("b.md", "k2", "B")}, tmp_path)
    assert calls == ["b.md"] and report.written == [] and sorted(report.unchanged) == ["a.md", "b.md"]
    (tmp_path / "a.md").write_text("changed by hand, longer")
    calls.clear()
    report = write_planned({"a.md": page("a.md", "k1", "A"), "b.md": page("b.md", "k2", "B")}, tmp_path)
    assert calls == ["a.md"] and report.written == ["a.md"] and (tmp_path / "a.md").read_text() == "A"
    ours, keys, _ = read_manifest_data(tmp_path)
    assert ours == {"a.md", "b.md"} and keys["b.md"][0] == "k2"


def test_a_damaged_manifest_renders_everything_again(tmp_path):
    write_planned({"a.md": Planned("k", lambda: "A")}, tmp_path)
    (tmp_path / MANIFEST).write_text('{"pages": ["a.md"], "keys": {"a.md": ["k", "x", 3, null]}}')
    calls = []
    write_planned({"a.md": Planned("k", lambda: calls.append(1) or "A")}, tmp_path)
    assert calls == [1]
