"""Nothing lost: `output.write_pages` under failures, a SIGKILL mid-write, hand-written pages and removed sources."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from digest.publish import output
from digest.publish.output import MANIFEST, read_manifest, write_pages

N_PAGES = 300


def old_and_new(n: int = N_PAGES) -> tuple[dict[str, str], dict[str, str]]:
    old = {f"articles/a{i:03d}.md": f"---\ntitle: Old {i}\n---\n" + "old text\n" * 200 for i in range(n)}
    new = {uri: text.replace("Old", "New").replace("old text", "new text") for uri, text in old.items()}
    return old, new


def test_failure_mid_write_leaves_every_page_whole_and_the_next_build_finishes(tmp_path, monkeypatch):
    old, new = old_and_new()
    (tmp_path / "about.md").write_text("# About\n")
    write_pages(old, tmp_path)
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 100:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_pages(new, tmp_path)
    monkeypatch.undo()
    on_disk = {uri: (tmp_path / uri).read_text() for uri in old}
    assert all(on_disk[uri] in (old[uri], new[uri]) for uri in old)
    done = [dst for dst in calls[:-1] if Path(dst).name != output.MANIFEST]  # pages replaced
    assert len(done) == 99 and sum(on_disk[uri] == new[uri] for uri in old) == 99
    assert not list(tmp_path.rglob(".digest-tmp-*"))  # the failed write cleaned its temporary file
    report = write_pages(new, tmp_path)
    assert len(report.written) == N_PAGES - 99 and {uri: (tmp_path / uri).read_text() for uri in new} == new
    assert (tmp_path / "about.md").read_text() == "# About\n"


# Writes the pages slowly (each rename waits), so that the test can kill it in the middle.
SLOW_WRITER = textwrap.dedent("""
    import json, os, sys, time
    from pathlib import Path
    from digest.publish import output
    real = os.replace
    def slow(src, dst):
        time.sleep(0.01)
        real(src, dst)
    output.os.replace = slow
    pages = json.loads(Path(sys.argv[1]).read_text())
    output.write_pages(pages, Path(sys.argv[2]))
""")


def test_a_build_killed_mid_write_loses_nothing(tmp_path):
    docs = tmp_path / "docs"
    old, new = old_and_new()
    new.pop("articles/a299.md")  # its source is gone: the finished build removes it
    new["articles/b000.md"] = "---\ntitle: Brand new\ngenerator: digest\n---\n"
    (docs / "articles").mkdir(parents=True)
    (docs / "articles/hand-written.md").write_text("# Written by hand\n")
    write_pages(old, docs)
    (tmp_path / "new.json").write_text(json.dumps(new))
    writer = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(tmp_path / "new.json"), str(docs)])
    deadline = time.monotonic() + 60
    while sum(text == (docs / uri).read_text() for uri, text in new.items() if (docs / uri).exists()) < 20:
        assert time.monotonic() < deadline and writer.poll() is None, "the writer finished before it was killed"
        time.sleep(0.02)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    for uri in old:
        assert (docs / uri).read_text() in (old[uri], new.get(uri)), uri  # each page whole, old or new
    assert (docs / "articles/hand-written.md").read_text() == "# Written by hand\n"
    assert "articles/a299.md" in read_manifest(docs)  # the old manifest still stands
    report = write_pages(new, docs)
    assert report.removed == ["articles/a299.md"]
    assert {uri: (docs / uri).read_text() for uri in new} == new
    assert (docs / "articles/hand-written.md").read_text() == "# Written by hand\n"
    assert not list(docs.rglob(".digest-tmp-*")) and read_manifest(docs) == set(new)


def test_hand_written_pages_are_never_replaced_or_removed(tmp_path):
    (tmp_path / "index.md").write_text("# My own home page\n")
    report = write_pages({"index.md": "generated", "articles/a.md": "generated"}, tmp_path)
    assert (tmp_path / "index.md").read_text() == "# My own home page\n"
    assert [str(p) for p in report.problems] == [
        f"{tmp_path.name}/index.md: is a hand-written page where the digest generates one; the hand-written page "
        "was kept and the generated one skipped: rename or move the hand-written page"]
    write_pages({}, tmp_path)
    assert (tmp_path / "index.md").exists() and not (tmp_path / "articles").exists()


def test_a_tampered_manifest_cannot_remove_files_outside_generated_pages(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "precious.md").write_text("keep me\n")
    (docs / ".hidden.md").write_text("keep me too\n")
    (docs / MANIFEST).write_text(json.dumps({"pages": ["../precious.md", "/etc/hostname", ".hidden.md"]}))
    write_pages({"a.md": "x"}, docs)
    assert (tmp_path / "precious.md").read_text() == "keep me\n" and (docs / ".hidden.md").exists()
    with pytest.raises(ValueError, match="outside the docs folder"):
        write_pages({"../escape.md": "x"}, docs)
    assert not (tmp_path / "escape.md").exists()


def test_temporary_files_an_interrupted_build_left_are_removed_and_nothing_else(tmp_path):
    write_pages({"articles/a.md": "a", "index.md": "home"}, tmp_path)
    left = [tmp_path / ".digest-tmp-index.md.x1.tmp", tmp_path / "articles" / ".digest-tmp-a.md.x2.tmp"]
    kept = [tmp_path / "articles" / ".digest-tmp-notes.txt", tmp_path / ".hidden.tmp", tmp_path / "about.md"]
    for path in left + kept:
        path.write_text("x")
    write_pages({"articles/a.md": "a", "index.md": "home"}, tmp_path)
    assert not any(path.exists() for path in left) and all(path.exists() for path in kept)


MARKED = "---\ntitle: A page\ngenerator: digest\n---\n"


def test_pages_a_killed_build_wrote_before_its_manifest_are_found_by_their_mark(tmp_path):
    write_pages({"index.md": MARKED}, tmp_path)
    # A build killed after writing these pages, before writing the manifest that would list them:
    (tmp_path / "actors/someone").mkdir(parents=True)
    (tmp_path / "actors/someone.md").write_text(MARKED)
    (tmp_path / "actors/someone/2.md").write_text(MARKED)
    (tmp_path / "actors/notes.md").write_text("# Notes written by hand\n")
    report = write_pages({"index.md": MARKED}, tmp_path)  # the next build no longer makes them
    assert report.repaired == ["actors/someone.md", "actors/someone/2.md"]
    assert report.removed == ["actors/someone.md", "actors/someone/2.md"]
    assert (tmp_path / "actors/notes.md").read_text() == "# Notes written by hand\n"
    assert read_manifest(tmp_path) == {"index.md"}
