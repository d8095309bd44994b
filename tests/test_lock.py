"""One build at a time per project: a second build waits for the first, says so, and gives up with a clear
error; builds started together end with the pages a build from scratch writes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from conftest import copy_project
from digest.store.lock import BuildBusy, lock_path, one_build
from digest.settings import Settings

ARTICLE = ("---\ntitle: Ferry strike ends\ndate: 2025-03-14\n---\nFerry workers in Oslo ended their strike on "
           "Friday, the union said. \"We have a deal,\" union leader Kari Holm told reporters.\n")


def digest(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "digest.cli", *args], cwd=project, capture_output=True, text=True,
                          env=env, timeout=600)


def generated(project: Path) -> dict[str, bytes]:
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and not p.name.startswith(".digest-") and p.parts[-2:] != ("docs", "about.md")}


def test_a_second_build_waits_for_the_first_and_gives_up_with_a_clear_error(tmp_path):
    settings = Settings(root=tmp_path)
    messages: list[str] = []
    with one_build(settings, messages.append):
        pid = str(os.getpid())
        assert pid in lock_path(settings).read_text()
        waiting = threading.Thread(target=lambda: messages.append(repr(run_blocked(settings, messages))))
        waiting.start()
        waiting.join()
    assert messages[0].startswith("waiting for the build started at ") and f"by process {pid}" in messages[0]
    assert "still runs after 0 s; wait for it to finish or stop it" in messages[1]
    with one_build(settings, messages.append):  # released: taken at once
        pass
    assert len(messages) == 2


def run_blocked(settings: Settings, messages: list[str]) -> BuildBusy | None:
    from dataclasses import replace

    try:
        with one_build(replace(settings, wait=0.3), messages.append):
            return None
    except BuildBusy as error:
        return error


def test_digest_build_waits_and_says_for_whom(tmp_path):
    project = copy_project(tmp_path)
    settings = Settings(root=project)
    with one_build(settings, lambda message: None):
        result = digest(project, "build", "--wait", "1")
    assert result.returncode == 1
    assert "waiting for the build started at" in result.stderr
    assert "still runs after 1 s" in result.stderr


def test_two_builds_started_together_leave_the_pages_of_a_build_from_scratch(tmp_path):
    (tmp_path / "together").mkdir()
    (tmp_path / "scratch").mkdir()
    together = copy_project(tmp_path / "together")
    assert digest(together, "build").returncode == 0
    (together / "seeds" / "ferry-strike.md").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    builds = [subprocess.Popen([sys.executable, "-m", "digest.cli", "build"], cwd=together, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [b.communicate(timeout=600) for b in builds]
    assert [b.returncode for b in builds] == [0, 0], outputs
    assert any("waiting for the build" in err for _, err in outputs)
    scratch = copy_project(tmp_path / "scratch")
    shutil.copy(together / "seeds" / "ferry-strike.md", scratch / "seeds" / "ferry-strike.md")
    assert digest(scratch, "build").returncode == 0
    assert generated(together) == generated(scratch)


def test_a_manifest_that_lost_pages_is_repaired_and_stale_pages_made_again(tmp_path):
    project = copy_project(tmp_path)
    assert digest(project, "build").returncode == 0
    fresh = generated(project)
    manifest_path = project / "docs" / ".digest-pages.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["pages"] = manifest["pages"][:5]
    manifest["keys"] = {uri: entry for uri, entry in manifest.get("keys", {}).items() if uri in manifest["pages"]}
    manifest_path.write_text(json.dumps(manifest))
    stale = project / "docs" / "actors" / "vladimir-putin.md"
    stale.write_text(stale.read_text() + "a line of an older build\n")
    result = digest(project, "build")
    assert result.returncode == 0
    assert "generated page(s) in" in result.stderr and "were not in its manifest" in result.stderr
    assert generated(project) == fresh
    assert "nothing changed" in digest(project, "build").stdout


def test_clean_deletes_every_generated_page_and_never_a_hand_written_one(tmp_path):
    project = copy_project(tmp_path)
    assert digest(project, "build").returncode == 0
    fresh = generated(project)
    (project / "docs" / "actors" / "notes.md").write_text("---\ntitle: My notes\n---\nHand-written.\n")
    (project / "docs" / ".digest-pages.json").unlink()
    result = digest(project, "build", "--clean")
    assert result.returncode == 0 and "--clean:" in result.stderr
    assert (project / "docs" / "actors" / "notes.md").read_text().endswith("Hand-written.\n")
    assert (project / "docs" / "about.md").exists()
    assert {uri: text for uri, text in generated(project).items() if uri != "actors/notes.md"} == fresh
