"""`digest.read.seeds`: the seed files known by their stamps, so an unchanged file is not read again."""

import os
import time
from pathlib import Path

import pytest

from digest.read import seeds
from digest.read.seeds import find_seed_files, read_seeds
from digest.settings import Settings
from digest.store.cache import AnnotationCache

ARTICLE = "---\ntitle: Harbour plan\ndate: 2025-03-04\n---\nThe council approved the harbour plan on Monday.\n"


@pytest.fixture
def settings(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds/harbour.txt").write_text(ARTICLE, encoding="utf-8")
    return Settings(root=tmp_path)


@pytest.fixture
def files_read(monkeypatch):
    """The seed files whose bytes are read from now on."""
    read, real = [], Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.name) or real(path))
    return read


def stamped(settings):
    with AnnotationCache(settings.cache_path) as cache:
        return set(cache.stamps(["seeds/harbour.txt"]))


def test_a_file_unchanged_since_its_stamp_is_known_without_reading_it(settings, monkeypatch, files_read):
    monkeypatch.setattr(seeds, "SETTLED_NS", 0)
    first = read_seeds(settings)
    files_read.clear()
    assert read_seeds(settings) == first and files_read == []


def test_a_file_rewritten_with_its_old_size_and_modification_time_is_read_again(settings, monkeypatch):
    monkeypatch.setattr(seeds, "SETTLED_NS", 0)
    path = settings.seeds_dir / "harbour.txt"
    read_seeds(settings)
    before = os.stat(path)
    time.sleep(0.05)  # the change time moves on, whatever the file system's clock tick
    path.write_text(ARTICLE.replace("harbour plan", "marina rules"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == before.st_size and os.stat(path).st_mtime_ns == before.st_mtime_ns
    articles, _ = read_seeds(settings)
    assert "marina rules" in articles[0].paragraphs[0].text


def test_a_file_is_stamped_only_once_it_has_been_still_long_enough_to_trust_its_times(settings, monkeypatch):
    find_seed_files(settings)  # just written: a second write could share its clock tick
    assert stamped(settings) == set()
    later = time.time_ns() + seeds.SETTLED_NS
    monkeypatch.setattr(time, "time_ns", lambda: later)
    find_seed_files(settings)
    assert stamped(settings) == {"seeds/harbour.txt"}


def test_the_stamps_of_files_gone_are_deleted_and_an_unreadable_file_is_a_problem(settings, monkeypatch):
    monkeypatch.setattr(seeds, "SETTLED_NS", 0)
    find_seed_files(settings)
    (settings.seeds_dir / "harbour.txt").rename(settings.seeds_dir / "quay.txt")
    files = find_seed_files(settings)
    assert stamped(settings) == set() and [p.name for p in files.digests] == ["quay.txt"]

    def refused(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refused)
    _, problems = read_seeds(settings)
    assert [str(p) for p in problems] == ["seeds/quay.txt: cannot be read (Permission denied); check the "
                                          "file's permissions"]
