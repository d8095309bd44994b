"""The annotation cache: spaCy's parse and the per-article analysis of every article, kept between builds.

Layers in one SQLite file (`.digest-cache/annotations.sqlite3` by default):

- `read`: each file's `read.ReadArticle`, keyed by its bytes, its name and the reader's code;
- `parse`: the `ParsedArticle` (expensive: spaCy), keyed by the paragraph texts spaCy reads, the
  model's name and version and the code that turns a Doc into data; `ruler`: under the same key, a hash of
  the registry's patterns it was made with, those that can match the article (`CacheKeys`);
- `matches`: that hash for the registry's patterns of today, keyed by them and the parse's key, so that
  a build finds which patterns can match an article by one lookup and searches its text after a registry edit
  only;
- `analysis`: the `AnnotatedArticle` (cheap but not free over thousands of articles), keyed by the
  article (`read.article_fingerprint`), its parse key, the registry's patterns that can match it and a
  fingerprint of the rule code and data files;
- `topics`: the taxonomy phrases found in each article (`pipeline.text_hits_cached`);
- `stamp`: each seed file's size, times and inode with the sha256 of its bytes, keyed by its path, so that
  a build knows an unchanged file without reading it (`seeds.find_seed_files`).

A build looks up the analysis first, then the parse, and runs spaCy only for what is left. Values are
JSON objects of the dataclasses' fields (`digest.store.codec`), never pickles, compressed with zlib (`packed`). A file that is not a database, is truncated or holds values that do not decode or match
their checksum is reported, deleted and rebuilt: it is never trusted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import logging
import sqlite3
import typing
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import digest
from digest.store import codec
from digest.model import AnnotatedArticle, Article, ParsedArticle
from digest.read.articles import ReadArticle, article_fingerprint

if TYPE_CHECKING:  # the taxonomy's code is not needed to store its hits
    from digest.resolve.topics import TextHits

log = logging.getLogger("mkdocs.plugins.digest")

CACHE_FILE = "annotations.sqlite3"
FORMAT = "2"  # the layout of the database file itself; a file of another format is rebuilt
# Format 1 kept some layers uncompressed: its parses (the costly layer) are kept, the rest made again.
UPGRADES = {"1": "DELETE FROM entries WHERE layer NOT IN ('parse', 'ruler')"}
COMMIT_EVERY = 64  # stores per transaction: an interrupted cold build keeps most of its work
QUERY_KEYS = 500  # keys per SELECT ... IN (...): under SQLite's limit on parameters
PACKAGE = Path(digest.__file__).parent
# The modules that turn spaCy's Doc into data: a change to them changes every parse. How the data is
# stored is in the keys too (`codec.format_fingerprint`), but not how it is read back.
PARSE_MODULES = ("annotate/parse.py", "annotate/nlp.py")
# The rule code: every file of these sub-packages (modules and data) and these modules. The analysis
# reaches nothing else (tests/test_cache.py checks `analyse`'s imports), so a change anywhere else
# (resolving, rendering, publishing) never makes a stale analysis, and a new rule module in
# `annotate/` counts without a list to keep up to date.
RULE_PACKAGES = ("annotate", "read")
RULE_MODULES = ("model.py", "errors.py")
# Installed libraries whose data the rules read at run time (countries): their versions count as rule data,
# so upgrading one never reuses an analysis made with its old tables. (The first names are a data file of
# `annotate/`, written from nomquamgender: RULE_PACKAGES covers it.)
RULE_DATA_DISTRIBUTIONS = ("pycountry",)

T = TypeVar("T")


def sha256(*parts: str) -> str:
    digest_ = hashlib.sha256()
    for part in parts:
        digest_.update(part.encode("utf-8"))
        digest_.update(b"\0")
    return digest_.hexdigest()


def sources_fingerprint(names: Iterable[str]) -> str:
    return sha256(*(f"{name}\n{(PACKAGE / name).read_text(encoding='utf-8')}" for name in sorted(names)))


def distribution_version(name: str) -> str:
    """The installed version of a distribution, or "missing" (the analysis then fails with its own message)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of the rule code: the files of `RULE_PACKAGES` (but the parse's own modules), `RULE_MODULES`
    and the installed versions of `RULE_DATA_DISTRIBUTIONS`."""
    files = sorted({p for package in RULE_PACKAGES for p in (PACKAGE / package).rglob("*")
                    if p.is_file() and "__pycache__" not in p.parts} | {PACKAGE / name for name in RULE_MODULES})
    return sha256(*(f"{p.relative_to(PACKAGE).as_posix()}\n{p.read_bytes().hex()}" for p in files
                    if p.relative_to(PACKAGE).as_posix() not in PARSE_MODULES),
                  *(f"{name}=={distribution_version(name)}" for name in RULE_DATA_DISTRIBUTIONS))


def patterns_fingerprint(patterns: Any) -> str:
    """A hash of the entity-ruler patterns, whatever their shape (they are JSON-able data)."""
    return sha256(json.dumps(patterns, sort_keys=True, ensure_ascii=False, default=repr))


@dataclasses.dataclass(frozen=True)
class CacheKeys:
    """What every entry's key depends on beyond the article itself. Neither a parse's key nor an analysis's
    holds the registry's (label, phrase) `patterns`: only those that can match the article change them
    (`matching_patterns`). A parse records those it was made with (the `ruler` layer), checked when it is looked
    up; an analysis's key holds them. So a name added to the registry makes again the parse and the analysis of
    the articles that write it alone. `matches`: a hash of every pattern, the key of the `matches` layer."""

    parse: str
    analysis: str
    patterns: tuple[tuple[str, str], ...] = ()
    matches: str = ""

    @classmethod
    def of(cls, model_identity: str, patterns: Sequence[tuple[str, str]] = ()) -> CacheKeys:
        parse = sha256("parse", digest.__version__, model_identity, sources_fingerprint(PARSE_MODULES),
                       codec.format_fingerprint(), codec.schema(ParsedArticle))
        analysis = sha256("analysis", parse, rules_fingerprint(), codec.schema(AnnotatedArticle))
        return cls(parse=parse, analysis=analysis, patterns=tuple(patterns),
                   matches=sha256("matches", patterns_fingerprint(patterns)))


def matching_patterns(patterns: Sequence[tuple[str, str]], texts: Sequence[str]) -> list[tuple[str, str]]:
    """The (label, phrase) patterns that can match somewhere in `texts`, in their order: the span ruler matches a
    phrase on tokens of the same texts with nothing but whitespace between them, so a phrase matches only where its
    characters less the whitespace occur in the text less the whitespace."""
    if not patterns:
        return []
    squeezed = "".join("".join(texts).split())
    return [pattern for pattern in patterns if "".join(pattern[1].split()) in squeezed]


def without_article(value: Any) -> dict[str, Any]:
    """The fields of a Parsed/AnnotatedArticle but its `article` (stored once, in the key)."""
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if f.name != "article"}


@lru_cache(maxsize=None)
def stored_type(cls: type) -> type:
    """`cls` without its `article` field: the type its stored values decode into."""
    hints = typing.get_type_hints(cls)
    return dataclasses.make_dataclass(f"Stored{cls.__name__}", [(f.name, hints[f.name]) for f in dataclasses.fields(cls)
                                                               if f.name != "article"], frozen=True)


def with_article(cls: type[T], article: Article, data: bytes) -> T:
    """A stored value (`without_article`) decoded, with its article back in place."""
    stored = codec.loads(stored_type(cls), data)
    return cls(article=article, **{f.name: getattr(stored, f.name) for f in dataclasses.fields(stored)})


def text_hits_of(data: bytes) -> TextHits:
    """Stored `topics.text_hits` ({slug: {phrase: count}}); ValueError when the data has another shape."""
    return codec.loads(dict[str, dict[str, int]], data)


def stored_stamp(data: bytes) -> list:
    """A stored stamp: the file's size, times and inode (integers), then the sha256 of its bytes; ValueError
    when the data has another shape."""
    value = codec.parse_json(data)
    if not (isinstance(value, list) and value and isinstance(value[-1], str)
            and all(type(n) is int for n in value[:-1])):
        raise ValueError("not a file's stamp")
    return value


def packed(data: bytes) -> bytes:
    """A value as stored: compressed (zlib's stream carries its own check), at zlib's fastest level: a
    cold build compresses every parse, and level 6 took four times as long for a sixth less space."""
    return zlib.compress(data, 1)


def unpacked(blob: bytes) -> bytes:
    """The JSON bytes of a stored value, checked; zlib.error when it is damaged."""
    return zlib.decompress(blob)


def is_busy(error: sqlite3.Error) -> bool:
    """Another process holds the database's lock: the file is sound, just in use."""
    return isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error))


class AnnotationCache:
    """Parses and analyses by key, in one SQLite file; `path=None` keeps nothing (a disabled cache)."""

    lock_timeout = 30.0  # seconds to wait for another build that holds the database

    def __init__(self, path: Path | None, keys: CacheKeys | None = None):
        self.path = path
        self.keys = keys
        self.conn: sqlite3.Connection | None = None
        self.pending = 0
        self.used: set[tuple[str, str]] = set()
        self.hits = {"parse": 0, "analysis": 0}
        self._article_keys: dict[int, tuple[str, str]] = {}
        self._parse_keys: dict[int, str] = {}
        self._rulers: dict[int, str] = {}
        if path is not None:
            self.open()

    # ---- keys ----

    def article_keys(self, article: Article) -> tuple[str, str]:
        """(parse key, analysis key) of one article."""
        found = self._article_keys.get(id(article))
        if found is None:
            parse = self.parse_key(article)
            analysis = sha256(self.keys.analysis, parse, self.ruler_fingerprint(article), article_fingerprint(article))
            found = self._article_keys[id(article)] = (parse, analysis)
            self.used.update({("parse", parse), ("ruler", parse), ("analysis", analysis)})
        return found

    def parse_key(self, article: Article) -> str:
        """The key of the article's parse: the model, the code and the paragraph texts spaCy reads."""
        found = self._parse_keys.get(id(article))
        if found is None:
            assert self.keys is not None, "a cache opened without keys holds no parses or analyses"
            texts = json.dumps([p.text for p in article.paragraphs], ensure_ascii=False)
            found = self._parse_keys[id(article)] = sha256(self.keys.parse, texts)
        return found

    def ruler_fingerprint(self, article: Article) -> str:
        """A hash of the registry's patterns that can match the article (`matching_patterns`): its parse is
        sound while this is the one it was made with."""
        self.find_rulers([article])
        return self._rulers[id(article)]

    def find_rulers(self, articles: Sequence[Article]) -> None:
        """`ruler_fingerprint` of each article, from the `matches` layer in a few queries; an article's text is
        searched for the patterns only when they changed since it was last searched, or it is new."""
        assert self.keys is not None, "a cache opened without keys holds no parses or analyses"
        todo = [article for article in articles if id(article) not in self._rulers]
        if not self.keys.patterns:  # nothing to search for, nothing to keep
            none = patterns_fingerprint([])
            self._rulers.update((id(article), none) for article in todo)
            return
        keys = [sha256(self.keys.matches, self.parse_key(article)) for article in todo]
        stored = self.sound("matches", keys, codec.parse_json)
        for key, article in zip(keys, todo):
            ruler = stored.get(key)
            if not isinstance(ruler, str):
                texts = [p.text for p in article.paragraphs]
                ruler = patterns_fingerprint(matching_patterns(self.keys.patterns, texts))
                self.keep("matches", key, codec.dumps(ruler))
            self._rulers[id(article)] = ruler

    # ---- lookups and stores ----

    def parsed(self, article: Article) -> ParsedArticle | None:
        """The stored parse, when there is one made with the registry's patterns the article can match now."""
        key = self.article_keys(article)[0]
        if self.sound("ruler", [key], codec.parse_json).get(key) != self.ruler_fingerprint(article):
            return None
        return self.lookup("parse", key, ParsedArticle, article)

    def annotated(self, article: Article) -> AnnotatedArticle | None:
        return self.lookup("analysis", self.article_keys(article)[1], AnnotatedArticle, article)

    def store_parsed(self, parsed: ParsedArticle) -> None:
        key = self.article_keys(parsed.article)[0]
        self.store("parse", key, parsed)
        self.keep("ruler", key, codec.dumps(self.ruler_fingerprint(parsed.article)))

    def store_annotated(self, annotated: AnnotatedArticle) -> None:
        self.store("analysis", self.article_keys(annotated.article)[1], annotated)

    def annotated_all(self, articles: Sequence[Article]) -> list[AnnotatedArticle | None]:
        """`annotated` of every article, in a few queries instead of one per article."""
        self.find_rulers(articles)
        keys = [self.article_keys(article)[1] for article in articles]
        values = self.values("analysis", keys)
        return [self.decoded("analysis", key, values[key], AnnotatedArticle, article) if key in values else None
                for key, article in zip(keys, articles)]

    def text_hits_all(self, keys: Sequence[str]) -> dict[str, TextHits]:
        """The stored `topics.text_hits` under each of `keys` that has a sound entry."""
        return self.sound("topics", keys, text_hits_of)

    def store_text_hits(self, key: str, hits: TextHits) -> None:
        self.keep("topics", key, codec.dumps(hits))

    def readings(self, keys: Sequence[str]) -> dict[str, ReadArticle]:
        """The stored reading (`read.read_articles`) under each of `keys` that has a sound entry."""
        return self.sound("read", keys, lambda data: codec.loads(ReadArticle, data))

    def store_reading(self, key: str, reading: ReadArticle) -> None:
        self.keep("read", key, codec.dumps(reading))

    def stamps(self, paths: Sequence[str]) -> dict[str, list]:
        """The stored stamp (`seeds.find_seed_files`) of each of `paths` that has a sound one."""
        return self.sound("stamp", paths, stored_stamp)

    def store_stamp(self, path: str, stamp: list) -> None:
        self.keep("stamp", path, codec.dumps(stamp))

    def sound(self, layer: str, keys: Sequence[str], decode: Callable[[bytes], T]) -> dict[str, T]:
        """The stored values of a layer under `keys`, decoded; a damaged one (one
        `decode` refuses with a ValueError) is left out, to be made again. The keys count as used."""
        self.used.update((layer, key) for key in keys)
        found: dict[str, T] = {}
        for key, blob in self.values(layer, keys).items():
            try:
                data = unpacked(blob)
                found[key] = decode(data)
            except (zlib.error, ValueError):
                continue
        return found

    def keep(self, layer: str, key: str, data: bytes) -> None:
        self.used.add((layer, key))
        self.put_data(layer, key, data)

    def values(self, layer: str, keys: Sequence[str]) -> dict[str, Any]:
        """key -> the stored value, in a few queries."""
        found: dict[str, Any] = {}
        for start in range(0, len(keys), QUERY_KEYS):
            chunk = list(keys[start:start + QUERY_KEYS])
            rows = self.execute(f"SELECT key, value FROM entries WHERE layer = ? AND key IN "
                                f"({', '.join('?' * len(chunk))})", [layer, *chunk], fetch=True)
            found.update(rows or ())
        return found

    def lookup(self, layer: str, key: str, cls: type[T], article: Article) -> T | None:
        row = self.execute("SELECT value FROM entries WHERE layer = ? AND key = ?", (layer, key), fetch=True)
        if not row:
            return None
        return self.decoded(layer, key, row[0][0], cls, article)

    def decoded(self, layer: str, key: str, blob: bytes, cls: type[T], article: Article) -> T | None:
        """A stored value, or None (with a warning) when it is damaged."""
        try:
            data = unpacked(blob)
            value = with_article(cls, article, data)
        except (zlib.error, ValueError, TypeError) as error:
            log.warning(f"digest: a cached {layer} of {article.path} is damaged ({error}); it is made again")
            return None
        self.hits[layer] += 1
        return value

    def store(self, layer: str, key: str, value: Any) -> None:
        self.put_data(layer, key, codec.dumps(without_article(value)))

    def put_data(self, layer: str, key: str, data: bytes) -> None:
        """Store JSON bytes (`packed`), committing every `COMMIT_EVERY` stores."""
        self.execute("INSERT OR REPLACE INTO entries (layer, key, value) VALUES (?, ?, ?)",
                     (layer, key, packed(data)))
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self.commit()

    def prune(self, layers: Sequence[str] = ("parse", "ruler", "matches", "analysis")) -> int:
        """Delete every entry of these layers this build did not use (after a build of the whole digest);
        the count."""
        if self.conn is None:
            return 0
        self.execute("CREATE TEMP TABLE IF NOT EXISTS used (layer TEXT, key TEXT, PRIMARY KEY (layer, key))")
        self.execute("DELETE FROM used")
        self.execute("INSERT INTO used (layer, key) VALUES (?, ?)", sorted(self.used), many=True)
        before = self.count()
        self.execute(f"DELETE FROM entries WHERE layer IN ({', '.join('?' * len(layers))}) AND "
                     "(layer, key) NOT IN (SELECT layer, key FROM used)", tuple(layers))
        self.commit()
        removed = before - self.count()
        return removed

    def count(self) -> int:
        rows = self.execute("SELECT count(*) FROM entries", fetch=True)
        return rows[0][0] if rows else 0

    # ---- the database ----

    def open(self) -> None:
        """Open (or create) the database; rebuild it when it is not one or of another format."""
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=self.lock_timeout)
            self.conn.execute("PRAGMA synchronous = NORMAL")
            row = self.create_tables()
            if row is None:
                self.conn.commit()
            elif row[0] in UPGRADES:
                self.conn.execute(UPGRADES[row[0]])
                self.conn.execute("UPDATE meta SET value = ? WHERE name = 'format'", (FORMAT,))
                self.conn.commit()
            elif row[0] != FORMAT:
                self.reset(f"it is of format {row[0]}, not {FORMAT}")
        except sqlite3.DatabaseError as error:
            self.damaged(error)
        except OSError as error:
            self.disable(str(error))

    def create_tables(self) -> tuple | None:
        """The tables, made when missing (a new file is marked with this FORMAT); the stored format's row,
        None when the file was new."""
        assert self.conn is not None
        self.conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        self.conn.execute("CREATE TABLE IF NOT EXISTS entries (layer TEXT, key TEXT, value BLOB, PRIMARY KEY (layer, key))")
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row is None:
            self.conn.execute("INSERT INTO meta (name, value) VALUES ('format', ?)", (FORMAT,))
        return row

    def execute(self, sql: str, params: Any = (), *, fetch: bool = False, many: bool = False) -> list | None:
        """Run one statement; a damaged database is reported, deleted and started again."""
        if self.conn is None:
            return None
        try:
            cursor = self.conn.executemany(sql, params) if many else self.conn.execute(sql, params)
            return cursor.fetchall() if fetch else None
        except sqlite3.DatabaseError as error:
            self.damaged(error)
            return None

    def commit(self) -> None:
        if self.conn is not None:
            try:
                self.conn.commit()
            except sqlite3.DatabaseError as error:
                self.damaged(error)
        self.pending = 0

    def damaged(self, error: sqlite3.DatabaseError) -> None:
        """A database error: a file in use by another build is left alone, a damaged one is rebuilt."""
        if is_busy(error):
            self.disable(f"{error}: another build is using it")
        else:
            self.reset(str(error))

    def reset(self, reason: str) -> None:
        """Delete a damaged or foreign cache file and start an empty one."""
        log.warning(f"digest: the annotation cache {self.path} cannot be used ({reason}); it is rebuilt")
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        assert self.path is not None
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, timeout=self.lock_timeout)
            self.create_tables()
            self.conn.commit()
        except (sqlite3.DatabaseError, OSError) as error:
            self.disable(str(error))

    def disable(self, reason: str) -> None:
        log.warning(f"digest: the annotation cache {self.path} cannot be written ({reason}); building without it")
        if self.conn is not None:
            self.conn.close()
        self.conn = None

    def close(self) -> None:
        if self.conn is not None:
            self.commit()
            if self.conn is not None:
                self.conn.close()
                self.conn = None

    def __enter__(self) -> AnnotationCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
