"""The settings of a build: read from mkdocs.yml by MkDocs, and recorded so that the next command need not load
MkDocs while the file stays the same."""

import json
import subprocess
import sys

import pytest

import digest.cli as cli
from digest.cli import load_settings
from digest.settings import DEFAULT_CACHE_DIR, RECORD


@pytest.fixture()
def loaded(project, monkeypatch):
    """The project's settings as MkDocs loaded them, and a count of MkDocs' loads from then on."""
    first = load_settings(project / "mkdocs.yml")
    loads = []
    real = cli.settings_from_mkdocs
    monkeypatch.setattr(cli, "settings_from_mkdocs", lambda path: loads.append(path) or real(path))
    return first, loads


def test_the_next_command_takes_the_settings_recorded_without_loading_mkdocs(project, loaded):
    first, loads = loaded
    assert (project / DEFAULT_CACHE_DIR / RECORD).is_file()
    again = load_settings(project / "mkdocs.yml")
    assert again == first and repr(again) == repr(first) and loads == []


def test_an_edited_mkdocs_yml_is_loaded_by_mkdocs_again(project, loaded):
    first, loads = loaded
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: News Digest", "site_name: The Wire"),
                      encoding="utf-8")
    assert load_settings(config).site_name == "The Wire" and len(loads) == 1
    assert load_settings(config).site_name == "The Wire" and len(loads) == 1  # recorded again


@pytest.mark.parametrize("damage", ["not json", "another shape", "no repr", "another repr"])
def test_a_broken_record_is_not_trusted(project, loaded, damage):
    first, loads = loaded
    path = project / DEFAULT_CACHE_DIR / RECORD
    record = json.loads(path.read_text(encoding="utf-8"))
    if damage == "not json":
        path.write_text(path.read_text(encoding="utf-8")[:40], encoding="utf-8")
    elif damage == "another shape":
        path.write_text(json.dumps({"config": [1, 2]}), encoding="utf-8")
    elif damage == "no repr":
        path.write_text(json.dumps({k: v for k, v in record.items() if k != "repr"}), encoding="utf-8")
    else:
        path.write_text(json.dumps({**record, "settings": {**record["settings"], "site_name": "Forged"}}),
                        encoding="utf-8")
    assert load_settings(project / "mkdocs.yml") == first and len(loads) == 1


def test_a_mkdocs_yml_that_reads_the_environment_is_loaded_every_time(project, loaded, monkeypatch):
    _, loads = loaded
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_name: News Digest", "site_name: !ENV [DIGEST_SITE_NAME, News Digest]"), encoding="utf-8")
    monkeypatch.setenv("DIGEST_SITE_NAME", "Morning Wire")
    assert load_settings(config).site_name == "Morning Wire"
    monkeypatch.setenv("DIGEST_SITE_NAME", "Evening Wire")
    assert load_settings(config).site_name == "Evening Wire" and len(loads) == 2


def test_a_build_with_nothing_to_do_never_imports_mkdocs(project):
    code = ("import sys; from digest.cli import main; code = main(['build']); "
            "assert 'mkdocs' not in sys.modules, 'MkDocs was loaded'; sys.exit(code)")
    first = subprocess.run([sys.executable, "-m", "digest.cli", "build"], cwd=project, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    again = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "nothing changed since the last build" in again.stdout
