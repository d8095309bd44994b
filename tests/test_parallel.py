"""Parts of a build run side by side in forked processes: the same results as one after another."""

import json
import os
import subprocess
import sys

import pytest

from conftest import copy_project
from digest.parallel import fan_out

# The forked path runs in a fresh interpreter: the test process itself may have threads by now
# (browser and cluster tests start some), and `fan_out` rightly does not fork then.
IN_CHILDREN = """
import json, os
from digest.parallel import can_fork, fan_out
here = os.getpid()
squares = fan_out(lambda n: (n * n, os.getpid()), [1, 2, 3, 4, 5], jobs=2)

def dies_in_a_child(n):
    if os.getpid() != here:
        os._exit(3)  # a child that dies without a result
    return n * n

print(json.dumps({"forked": can_fork(2), "squares": [s for s, _ in squares],
                  "pids": sorted({pid for _, pid in squares} - {here}),
                  "after_a_death": fan_out(dies_in_a_child, [1, 2, 3], jobs=3)}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_parts_run_in_other_processes_come_back_in_order_and_survive_a_dead_child():
    result = subprocess.run([sys.executable, "-c", IN_CHILDREN], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["forked"] and found["pids"]  # some part ran in a child
    assert found["squares"] == [1, 4, 9, 16, 25]
    assert found["after_a_death"] == [1, 4, 9]  # the dead child's parts were computed by the parent


def test_an_error_is_raised_as_without_forking():
    def fails_on_two(n):
        if n == 2:
            raise ValueError("part 2 is bad")
        return n

    with pytest.raises(ValueError, match="part 2 is bad"):
        fan_out(fails_on_two, [1, 2, 3], jobs=2)
    assert fan_out(fails_on_two, [1, 3], jobs=1) == [1, 3]


def test_two_jobs_write_the_same_pages_as_one(tmp_path):
    built = {}
    for jobs in (1, 2):
        (tmp_path / f"jobs-{jobs}").mkdir()
        project = copy_project(tmp_path / f"jobs-{jobs}")
        result = subprocess.run([sys.executable, "-m", "digest.cli", "build", "--jobs", str(jobs)], cwd=project,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        docs = project / "docs"
        built[jobs] = {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*.md")}
    assert built[1] == built[2] and "actors/vladimir-putin.md" in built[1]


def test_a_progress_bar_leaves_no_thread_that_would_stop_forking():
    script = """
from digest import progress
from digest.parallel import can_fork
progress.interactive = lambda stream=None: True  # as on a terminal
with progress.bar(100, "Annotating") as advance:
    advance(100)
print(can_fork(2))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(hasattr(os, "fork"))


ADDED = """---
title: Harbour authority approves new ferry terminal
date: 2025-03-14
---
The Harbour Authority approved a new ferry terminal on Friday, its chair Maria Okafor said.

"The terminal will carry two million passengers a year," Okafor told reporters in Portsmouth.
"""

# Records, from inside the forked child, which files `EarlyParse` was asked to parse.
SPIED_BUILD = """
import sys
import digest.pipeline as pipeline
real = pipeline.parse_files

def spy(job):
    with open(sys.argv[1], "a", encoding="utf-8") as log:
        log.write(" ".join(sorted(path.name for path, _, _ in job[0])) + "\\n")
    return real(job)

pipeline.parse_files = spy
from digest.cli import main
raise SystemExit(main(["build", "--jobs", sys.argv[2]]))
"""


def spied_build(project, log, jobs: int = 2) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SPIED_BUILD, str(log), str(jobs)], cwd=project,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_an_added_article_is_parsed_while_the_others_are_read_with_the_same_pages(tmp_path):
    (tmp_path / "early").mkdir(), (tmp_path / "late").mkdir()
    early, late = copy_project(tmp_path / "early"), copy_project(tmp_path / "late")
    log = tmp_path / "parsed.log"
    assert spied_build(early, log).returncode == 0
    assert log.read_text().split("\n")[0].split() == sorted(p.name for p in (early / "seeds").iterdir())
    for project in (early, late):
        (project / "seeds" / "ferry-terminal.md").write_text(ADDED, encoding="utf-8")
    result = spied_build(early, log)
    assert result.returncode == 0, result.stderr
    assert log.read_text().splitlines()[1] == "ferry-terminal.md"  # only the new file, in the child
    assert spied_build(early, log).returncode == 0 and len(log.read_text().splitlines()) == 2  # nothing new

    assert spied_build(late, tmp_path / "late.log", jobs=1).returncode == 0
    assert not (tmp_path / "late.log").exists()  # one job: nothing is begun early
    pages = {}
    for project in (early, late):
        docs = project / "docs"
        pages[project.name] = {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*.md")}
    assert pages["early"] == pages["late"]
    assert "maria okafor" in pages["early"]["articles/ferry-terminal.md"].decode().lower()


STOPPED = """
import json, os, sys, time
from pathlib import Path
from digest.pipeline import EarlyParse
from digest.settings import Settings

settings = Settings(root=Path.cwd(), jobs=2)
file = Path(sys.argv[1])
with EarlyParse(settings) as early:
    early.begin([(file, file.name, file.read_bytes())])
    begun = early.begun
try:
    os.waitpid(-1, os.WNOHANG)
    left = True
except ChildProcessError:
    left = False
with EarlyParse(settings) as other:
    other.begin([(file, file.name, file.read_bytes())])
    taken = other.take((("PERSON", "Maria Okafor"),))  # not the patterns it parsed with
one_job = EarlyParse(Settings(root=Path.cwd(), jobs=1))
one_job.begin([(file, file.name, file.read_bytes())])
print(json.dumps({"begun": begun, "child_left": left, "taken": len(taken), "one_job": one_job.begun}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_an_early_parse_not_taken_is_stopped_and_one_made_with_other_patterns_is_not_used(tmp_path):
    article = tmp_path / "ferry-terminal.md"
    article.write_text(ADDED, encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", STOPPED, str(article)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found == {"begun": True, "child_left": False, "taken": 0, "one_job": False}


FED = """
import json, os
from digest.parallel import FedChild
here = os.getpid()

def total(part, receive):
    head = sum(part)  # what the child can do before the value comes
    return head + receive(), os.getpid()

with FedChild(total, [1, 2, 3]) as child:
    child.feed(10)
    value, pid = child.result(10)

def dies(part, receive):
    if os.getpid() != here:
        os._exit(3)
    return part + receive()

with FedChild(dies, 5) as child:
    child.feed(1)
    fallback = child.result(1)
with FedChild(total, [1]) as child:
    pass  # never fed, result never taken: stopped on leaving
try:
    os.waitpid(-1, os.WNOHANG)
    left = True
except ChildProcessError:
    left = False

def late(part, receive):
    import time
    time.sleep(0.3)  # the parent feeds a value far larger than a pipe holds before the child asks for it
    return len(receive())

with FedChild(late, None) as child:
    child.feed(list(range(300000)))
    count = child.result([])
print(json.dumps({"value": value, "in_child": pid != here, "fallback": fallback, "left": left, "count": count}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_fed_child_gets_its_value_and_a_failed_or_unused_one_is_handled():
    result = subprocess.run([sys.executable, "-c", FED], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"value": 16, "in_child": True, "fallback": 6, "left": False,
                                         "count": 300000}
