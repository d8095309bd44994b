"""The annotation cache: what is reused, what is made again, and what happens to a damaged cache file."""

from __future__ import annotations

import dataclasses
import json
import datetime as dt
import logging
import os
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import digest.pipeline as pipeline
from conftest import copy_project
from digest import progress
from digest.read import seeds
from digest.store import cache as cache_module, codec
from digest.store.cache import CACHE_FILE, AnnotationCache, CacheKeys
from digest.cli import load_settings
from digest.publish.export import export_lines
from digest.model import AnnotatedArticle, Article, ArticleTerms, KeyPhrase, LocalActor, Paragraph, ParsedArticle
from digest.settings import Settings


@pytest.fixture()
def spy(monkeypatch, nlp):
    """Records the ids of the articles spaCy parses, and how often the model is asked for."""
    parsed: list[str] = []
    loads: list[str] = []
    real_iter = pipeline.iter_annotate

    def iter_annotate(articles, nlp_, **kwargs):
        parsed.extend(a.id for a in articles)
        return real_iter(articles, nlp_, **kwargs)

    def load_model(name, patterns=()):
        loads.append(name)
        return nlp

    monkeypatch.setattr(pipeline, "iter_annotate", iter_annotate)
    monkeypatch.setattr(pipeline, "load_model", load_model)
    return parsed, loads


@pytest.fixture()
def settings(project):
    return Settings(root=project)


def export(settings: Settings) -> list[str]:
    return list(export_lines(pipeline.build_digest(settings)))


def test_codec_round_trips_parses_and_analyses(parsed_seeds, annotated_seeds):
    for value in [*parsed_seeds.values(), *annotated_seeds.values()]:
        assert codec.loads(type(value), codec.dumps(value)) == value
    assert codec.dumps(annotated_seeds["001_c776b1ad787587dd"]) == codec.dumps(annotated_seeds["001_c776b1ad787587dd"])


def test_codec_refuses_data_of_another_shape():
    with pytest.raises(codec.DecodeError):
        codec.loads(Paragraph, b'{"index": 0, "text": "text"}')  # a field short
    with pytest.raises(codec.DecodeError):
        codec.loads(Paragraph, b'{"index": 0, "text": "text", "kind": "poem", "line": 1}')  # not a paragraph kind
    with pytest.raises(codec.DecodeError):
        codec.loads(Article, b'{"__class__": "os.system"}')
    mention = {"paragraph": 0, "start": 4, "end": 9, "text": "Putin", "name": "Putin", "label": "PERSON",
               "type": "person"}
    actor = {"key": "p", "name": "Putin", "type": "person", "mentions": [mention], "role": None,
             "variants": ["Putin"], "media": False, "named": True}
    assert codec.loads(LocalActor, json.dumps(actor).encode()).name == "Putin"
    for damaged in ({**actor, "role": 7},  # a role that is not text
                    {**actor, "type": "planet"},  # not an actor type
                    {**actor, "mentions": [{k: v for k, v in mention.items() if k != "label"}]},  # a mention a field short
                    {**actor, "variants": [3]}):  # a variant that is not text
        with pytest.raises(codec.DecodeError):
            codec.loads(LocalActor, json.dumps(damaged).encode())
    with pytest.raises(codec.DecodeError):
        codec.loads(ArticleTerms, json.dumps({"lemmas": ["budget"], "lemma_counts": ["3"], "phrases": [], "words": 3}).encode())


def test_schema_changes_when_a_field_is_added():
    @dataclasses.dataclass(frozen=True)
    class Grown(AnnotatedArticle):
        topics: tuple[str, ...] = ()

    assert codec.schema(Grown) != codec.schema(AnnotatedArticle)
    assert '"topics":{"default":[],"items":{"type":"string"},"type":"array"}' in codec.schema(Grown)


def test_second_build_reads_everything_from_the_cache_without_the_model(settings, spy):
    parsed, loads = spy
    first = export(settings)
    assert sorted(parsed) == ["000_757f1b2ff7ec1d9c", "001_c776b1ad787587dd", "003_6bdd04a2754529d5"]
    assert (settings.root / ".digest-cache" / CACHE_FILE).is_file()
    parsed.clear(), loads.clear()
    assert export(settings) == first
    assert parsed == [] and loads == []


def test_only_a_changed_or_new_article_is_parsed_again(settings, spy):
    parsed, _ = spy
    export(settings)
    seed = settings.root / "seeds/001_c776b1ad787587dd.txt"
    seed.write_text(seed.read_text() + "\nBoris Johnson said nothing more.\n")
    (settings.root / "seeds/new.txt").write_text("Kremlin spokesman Dmitry Peskov said talks would go on.\n")
    parsed.clear()
    lines = export(settings)
    assert sorted(parsed) == ["001_c776b1ad787587dd", "new"]
    assert any('"Boris Johnson"' in line for line in lines)


def test_another_model_version_parses_everything_again(settings, spy, monkeypatch):
    parsed, _ = spy
    export(settings)
    parsed.clear()
    monkeypatch.setattr(pipeline, "model_identity", lambda name: "en_core_web_sm==9.9.9")
    export(settings)
    assert len(parsed) == 3
    keys = CacheKeys.of("en_core_web_sm==3.8.0")
    assert CacheKeys.of("en_core_web_sm==3.8.1").analysis != keys.analysis
    with_a_name = CacheKeys.of("en_core_web_sm==3.8.0", (("PERSON", "Vladimir Putin"),))
    assert (with_a_name.parse, with_a_name.analysis) == (keys.parse, keys.analysis)  # see the next test


def test_a_name_added_to_the_registry_parses_again_only_the_articles_that_write_it(settings, spy, monkeypatch):
    parsed, _ = spy
    first = export(settings)
    registry = settings.root / "actors.yml"
    registry.write_text(registry.read_text(encoding="utf-8") + "  - name: Dmitry Peskov\n    type: person\n"
                        "    aliases: [Dmitry  Peskov]\n", encoding="utf-8")  # spaces do not hide a name
    calls = []
    real_analyse = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda p: calls.append(p.article.id) or real_analyse(p))
    searched = []
    real_matching = cache_module.matching_patterns
    monkeypatch.setattr(cache_module, "matching_patterns", lambda patterns, texts: searched.append(texts)
                        or real_matching(patterns, texts))
    parsed.clear()
    assert export(settings) == first  # the spy's model has no ruler: the same parses, the same digest
    assert parsed == calls == ["003_6bdd04a2754529d5"]  # the one seed that writes his name is parsed and analysed
    assert len(searched) == 3  # every article is searched for the new patterns, once
    searched.clear(), calls.clear(), parsed.clear()
    assert export(settings) == first
    assert searched == calls == parsed == []


def test_changed_rules_reanalyse_from_cached_parses_without_spacy(settings, spy, monkeypatch):
    parsed, loads = spy
    first = export(settings)
    parsed.clear(), loads.clear()
    monkeypatch.setattr("digest.store.cache.rules_fingerprint", lambda: "rules edited")
    calls = []
    real_analyse = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda p: calls.append(p.article.id) or real_analyse(p))
    assert export(settings) == first
    assert len(calls) == 3 and parsed == [] and loads == []


def test_a_new_version_of_the_countries_library_makes_a_new_analysis_key(monkeypatch):
    """pycountry's table decides which names are countries: an upgrade may retype actors."""
    import importlib.metadata

    from digest.store import cache

    installed = importlib.metadata.version
    assert installed("pycountry")  # listed because the rules read its data
    cache.rules_fingerprint.cache_clear()
    before = CacheKeys.of("en_core_web_sm==3.8.0")
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: "99.0" if name == "pycountry" else installed(name))
    cache.rules_fingerprint.cache_clear()
    after = CacheKeys.of("en_core_web_sm==3.8.0")
    monkeypatch.undo()
    cache.rules_fingerprint.cache_clear()
    assert after.analysis != before.analysis and after.parse == before.parse
    assert CacheKeys.of("en_core_web_sm==3.8.0") == before


def test_article_renamed_with_the_same_text_keeps_its_new_name(settings, spy):
    parsed, _ = spy
    export(settings)
    seeds = settings.root / "seeds"
    (seeds / "000_757f1b2ff7ec1d9c.txt").rename(seeds / "renamed.txt")
    parsed.clear()
    ids = [line.split('"id": "')[1].split('"')[0] for line in export(settings)]
    assert "renamed" in ids and "000_757f1b2ff7ec1d9c" not in ids
    assert parsed == []  # same paragraphs: the parse is reused, the article's own fields are not


@pytest.mark.parametrize("damage", ["truncate", "garble", "not-a-database", "empty"])
def test_a_damaged_cache_file_is_rebuilt_not_trusted(settings, spy, caplog, damage):
    parsed, _ = spy
    first = export(settings)
    database = settings.root / ".digest-cache" / CACHE_FILE
    data = database.read_bytes()
    if damage == "truncate":
        database.write_bytes(data[: len(data) // 2])
    elif damage == "garble":
        database.write_bytes(data[:100] + bytes(b ^ 0x5A for b in data[100:]))
    elif damage == "not-a-database":
        database.write_text("this is not SQLite\n" * 100)
    else:
        database.write_bytes(b"")
    parsed.clear()
    with caplog.at_level(logging.WARNING):
        assert export(settings) == first
    assert len(parsed) == 3
    if damage != "empty":  # an empty file is simply an empty cache
        assert "cannot be used" in caplog.text or "is damaged" in caplog.text
    parsed.clear()
    assert export(settings) == first and parsed == []  # rebuilt and usable again


def test_a_damaged_entry_is_made_again(settings, spy, caplog):
    parsed, _ = spy
    first = export(settings)
    with sqlite3.connect(settings.root / ".digest-cache" / CACHE_FILE) as conn:
        conn.execute("UPDATE entries SET value = ?", (b"\x78\x9c garbage",))
    parsed.clear()
    with caplog.at_level(logging.WARNING):
        assert export(settings) == first
    assert len(parsed) == 3 and "is damaged" in caplog.text


def test_an_analysis_whose_bytes_changed_is_made_again_from_its_parse(settings, spy, caplog):
    parsed, _ = spy
    first = export(settings)
    with sqlite3.connect(settings.root / ".digest-cache" / CACHE_FILE) as conn:
        rows = conn.execute("SELECT key, value FROM entries WHERE layer = 'analysis'").fetchall()
        assert rows and all(zlib.decompress(value)[:1] == b"{" for _, value in rows)  # compressed JSON
        for key, value in rows:  # one bit changed in the middle: zlib's checksum no longer matches
            at = len(value) // 2
            changed = value[:at] + bytes([value[at] ^ 1]) + value[at + 1:]
            conn.execute("UPDATE entries SET value = ? WHERE layer = 'analysis' AND key = ?", (changed, key))
    parsed.clear()
    with caplog.at_level(logging.WARNING):
        assert export(settings) == first
    assert parsed == [] and caplog.text.count("is damaged") == len(rows)  # analysed again from the parses


def test_a_cache_in_use_by_another_build_is_left_alone(settings, spy, caplog, monkeypatch):
    parsed, _ = spy
    first = export(settings)
    database = settings.root / ".digest-cache" / CACHE_FILE
    size = database.stat().st_size
    monkeypatch.setattr(AnnotationCache, "lock_timeout", 0.1)
    other = sqlite3.connect(database)
    other.execute("BEGIN EXCLUSIVE")  # another build in the middle of writing
    try:
        (settings.root / "seeds/003_6bdd04a2754529d5.txt").write_text("date 2025-04-01 A new text.\n")
        parsed.clear()
        with caplog.at_level(logging.WARNING):
            assert len(export(settings)) == 3
        assert "another build is using it" in caplog.text and "rebuilt" not in caplog.text
    finally:
        other.rollback()
        other.close()
    assert database.stat().st_size == size  # not deleted, not emptied
    with sqlite3.connect(database) as conn:  # 3 articles' read, parse, ruler, matches, analysis and topics
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 18
    assert first


def test_entries_of_removed_articles_are_pruned_after_a_whole_build(settings, spy, monkeypatch):
    # every file's stamp is kept at once, however soon after the copy the build runs (the copy is seconds old
    # on an idle machine and may be older than SETTLED_NS on a busy one)
    monkeypatch.setattr(seeds, "SETTLED_NS", 0)
    export(settings)
    (settings.root / "seeds/003_6bdd04a2754529d5.txt").unlink()
    export(settings)
    with sqlite3.connect(settings.root / ".digest-cache" / CACHE_FILE) as conn:
        assert conn.execute("SELECT layer, count(*) FROM entries GROUP BY layer").fetchall() == \
            [("analysis", 2), ("matches", 2), ("parse", 2), ("read", 2), ("ruler", 2), ("stamp", 2), ("topics", 2)]


def test_taxonomy_phrases_are_searched_for_only_in_new_articles_or_after_the_taxonomy_changes(settings, monkeypatch):
    searched = []
    real = pipeline.text_hits
    monkeypatch.setattr(pipeline, "text_hits", lambda article, *args: searched.append(article.article.id) or
                        real(article, *args))
    first = export(settings)
    assert len(searched) == 3
    searched.clear()
    assert export(settings) == first and searched == []  # all three kept in the cache
    (settings.root / "seeds/003_6bdd04a2754529d5.txt").write_text("date 2025-04-01 A new text.\n")
    export(settings)
    assert searched == ["003_6bdd04a2754529d5"]
    searched.clear()
    topics = settings.topics_file
    topics.write_text(topics.read_text(encoding="utf-8").replace("phrases: [", "phrases: [peace summit, ", 1),
                      encoding="utf-8")
    export(settings)
    assert len(searched) == 3


def test_no_cache_dir_keeps_nothing(project, spy):
    parsed, _ = spy
    settings = Settings(root=project, cache_dir=None)
    export(settings)
    export(settings)
    assert len(parsed) == 6 and not (project / ".digest-cache").exists()


def test_cache_dir_is_a_plugin_option(project):
    assert load_settings(project / "mkdocs.yml").cache_path == project / ".digest-cache" / CACHE_FILE
    config = (project / "mkdocs.yml").read_text().replace("      model: en_core_web_sm\n",
                                                          "      model: en_core_web_sm\n      cache_dir: ''\n")
    (project / "mkdocs.yml").write_text(config)
    assert load_settings(project / "mkdocs.yml").cache_path is None


def test_cache_keeps_entries_apart_by_layer(tmp_path, parsed_seeds, annotated_seeds):
    article = annotated_seeds["001_c776b1ad787587dd"].article
    with AnnotationCache(tmp_path / CACHE_FILE, CacheKeys.of("m==1")) as cache:
        cache.store_parsed(parsed_seeds[article.id])
        assert cache.annotated(article) is None
        assert cache.parsed(article) == parsed_seeds[article.id]
    # The file was edited (its date changed): its bytes are others, and so is the analysis's key.
    undated = dataclasses.replace(article, date=dt.date(2025, 3, 1), digest="the edited file's hash")
    with AnnotationCache(tmp_path / CACHE_FILE, CacheKeys.of("m==1")) as cache:
        cache.store_annotated(annotated_seeds[article.id])
        assert cache.annotated(article) == annotated_seeds[article.id]
        assert cache.annotated(undated) is None
        assert isinstance(cache.parsed(undated), ParsedArticle)  # the same text: the same parse


def test_progress_shows_only_on_a_terminal_outside_ci(monkeypatch):
    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    assert progress.interactive(Terminal())
    monkeypatch.setenv("CI", "true")
    assert not progress.interactive(Terminal())
    monkeypatch.delenv("CI")
    assert not progress.interactive(open(os.devnull, "w"))


def run_export(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "digest.cli", "export", *args], cwd=folder,
                          capture_output=True, text=True, timeout=600)


def test_two_jobs_export_the_same_bytes_as_one(tmp_path):
    (tmp_path / "one").mkdir(), (tmp_path / "two").mkdir()
    one, two = copy_project(tmp_path / "one"), copy_project(tmp_path / "two")
    first, second = run_export(one, "--jobs", "1"), run_export(two, "--jobs", "2")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stdout == second.stdout and first.stdout.count("\n") == 3


def test_jobs_must_be_positive(project):
    result = run_export(project, "--jobs", "0")
    assert result.returncode == 2 and "--jobs: must be 1 or more, not 0" in result.stderr


def test_every_module_the_analysis_reaches_is_in_the_rules_fingerprint():
    """A module `analyse` reaches outside the rule code would keep stale analyses after it changes."""
    import ast

    from digest.store.cache import PACKAGE, RULE_MODULES, RULE_PACKAGES

    todo, reached = {"annotate/analyse.py"}, set()
    while todo:
        module = todo.pop()
        reached.add(module)
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        imported = {node.module.removeprefix("digest.").replace(".", "/") + ".py" for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("digest.")}
        todo |= {m for m in imported if (PACKAGE / m).exists() and m not in reached}
    assert {"annotate/actors.py", "annotate/quotes.py", "annotate/dates.py", "annotate/terms.py"} <= reached
    outside = {m for m in reached if m.split("/")[0] not in RULE_PACKAGES and m not in RULE_MODULES}
    assert not outside, f"{outside}: move into a rule package or list in RULE_MODULES"


def test_the_parse_key_covers_the_code_that_makes_parses_and_no_rule_helper():
    """Parsing the BBC corpus again takes minutes: a change to a rule (or a helper the rules share) must make
    the analyses again from the kept parses, and only a change to the code turning spaCy's Doc into data, or
    to the model's set-up, may make the parses again."""
    import inspect

    from digest.annotate import nlp, parse, tokens
    from digest.store.cache import PACKAGE, PARSE_MODULES

    def module_of(function) -> str:
        return Path(inspect.getsourcefile(inspect.unwrap(function))).relative_to(PACKAGE).as_posix()

    assert {module_of(parse.parse_paragraph), module_of(parse.iter_annotate), module_of(nlp.load_model)} == \
        set(PARSE_MODULES)
    assert not {module_of(tokens.sentence_of), module_of(tokens.mention_tokens)} & set(PARSE_MODULES)


def test_a_file_is_parsed_only_when_its_bytes_name_or_reader_changed(settings, monkeypatch):
    import digest.read.articles as read

    parsed = []
    real = read.parse_article
    monkeypatch.setattr(read, "parse_article", lambda data, shown, stem: parsed.append(stem) or real(data, shown, stem))
    first = pipeline.read_seeds(settings)
    assert len(parsed) == 3
    parsed.clear()
    assert pipeline.read_seeds(settings) == first and parsed == []  # all three from the cache
    seed = settings.root / "seeds/003_6bdd04a2754529d5.txt"
    seed.write_text("date 2025-04-01 A new text.\n")
    articles, _ = pipeline.read_seeds(settings)
    assert parsed == ["003_6bdd04a2754529d5"]
    assert next(a for a in articles if a.id == seed.stem).paragraphs[0].text == "A new text."
    parsed.clear()
    seed.rename(seed.with_name("004_renamed.txt"))  # the name makes the id: read again
    pipeline.read_seeds(settings)
    assert parsed == ["004_renamed"]
    parsed.clear()
    monkeypatch.setattr(read, "reader_fingerprint", lambda: "another reader")
    pipeline.read_seeds(settings)
    assert len(parsed) == 3


def test_damaged_readings_are_read_again(settings):
    first = pipeline.read_seeds(settings)
    with sqlite3.connect(settings.root / ".digest-cache" / CACHE_FILE) as conn:
        conn.execute("UPDATE entries SET value = ? WHERE layer = 'read'", (b"not zlib",))
    assert pipeline.read_seeds(settings) == first
    with sqlite3.connect(settings.root / ".digest-cache" / CACHE_FILE) as conn:
        conn.execute("UPDATE entries SET value = ? WHERE layer = 'read'", (zlib.compress(b'["x"]'),))
    assert pipeline.read_seeds(settings) == first


@dataclasses.dataclass(frozen=True)
class Checked:
    name: str
    count: int

    def __post_init__(self):
        if self.count < 0:
            raise ValueError("a count is never negative")


def test_decoding_builds_dataclasses_as_their_init_would():
    phrase = codec.loads(KeyPhrase, codec.dumps(KeyPhrase("peace deal", "peace deals", 2, True)))
    assert phrase == KeyPhrase("peace deal", "peace deals", 2, True) and hash(phrase) == hash(
        KeyPhrase("peace deal", "peace deals", 2, True))
    with pytest.raises(dataclasses.FrozenInstanceError):
        phrase.count = 3
    assert codec.loads(Checked, b'{"name":"a","count":1}') == Checked("a", 1)
    with pytest.raises(ValueError):  # a class with __post_init__ is built through it
        codec.loads(Checked, b'{"name":"a","count":-1}')


@pytest.mark.parametrize("text", ['[1, -2.5, "é\\u00e9", null, true, {"a": [1e308, 0.1]}]',
                                  '[NaN, Infinity, -Infinity]', '[9223372036854775807, -9223372036854775808]'])
def test_stored_json_is_read_as_the_json_module_reads_it(text):
    assert repr(codec.parse_json(text.encode("utf-8"))) == repr(json.loads(text))
    assert repr(codec.parse_json(text)) == repr(json.loads(text))


def test_an_integer_beyond_64_bits_is_read_exactly_and_a_float_is_refused_where_an_int_is_declared():
    assert codec.loads(tuple[int, ...], b"[1, 123456789012345678901234567890]") == (1, 123456789012345678901234567890)
    with pytest.raises(codec.DecodeError):
        codec.loads(tuple[int, ...], b"[1, 2.5]")


@pytest.mark.parametrize("data", [b"[1,", b"\xff\xfe[1]", b"", b"[1] x"])
def test_damaged_json_is_a_value_error(data):
    with pytest.raises(ValueError):
        codec.parse_json(data)


def test_a_cache_of_the_older_format_keeps_its_parses_and_makes_the_rest_again(settings, spy, caplog):
    parsed, _ = spy
    first = export(settings)
    database = settings.root / ".digest-cache" / CACHE_FILE
    with sqlite3.connect(database) as conn:  # as format 1 left it: all but the parses uncompressed (no ruler layer)
        for layer, key, value in conn.execute("SELECT layer, key, value FROM entries "
                                              "WHERE layer NOT IN ('parse', 'ruler')"):
            data = zlib.decompress(value)
            conn.execute("UPDATE entries SET value = ? WHERE layer = ? AND key = ?",
                         (b"J" + zlib.crc32(data).to_bytes(4, "big") + data, layer, key))
        conn.execute("UPDATE meta SET value = '1' WHERE name = 'format'")
    parsed.clear()
    with caplog.at_level(logging.WARNING):
        assert export(settings) == first
    assert parsed == [] and not caplog.records  # no article parsed again, nothing reported as damaged
