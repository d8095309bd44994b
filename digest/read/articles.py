"""Read article files into `Article`s: front matter or the legacy `date` header, paragraphs, subheadings.

Every problem comes back as a `Problem` naming the file and line and what to do; nothing here raises
on bad input.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import yaml

from digest.store import codec
from digest.read.marks import leading_opening_mark, open_at_end
from digest.model import Article, Paragraph, Problem
from digest.errors import DigestError

ARTICLE_SUFFIXES = (".txt", ".md")

# Front matter keys and the Python types their values may take.
KNOWN_KEYS: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "date": (str, dt.date),
    "source": (str,),
    "url": (str,),
    "authors": (list, str),
    "tags": (list, str),
    "category": (str,),
    "excerpt": (bool,),
}

# The legacy header: the text starts with `date YYYY-MM-DD`, on its own line or inline before the lead.
LEGACY_DATE = re.compile(r"\A\s*date:?[ \t]+(?P<value>[0-9][0-9./-]*[0-9])(?=\s|\Z)[ \t]*\n?", re.IGNORECASE)
ISO_DATE = re.compile(r"\A(\d{4})-(\d{1,2})-(\d{1,2})\Z")
MARKDOWN_HEADING = re.compile(r"\A#{1,6}\s+(?P<text>.+?)\s*#*\s*\Z")
CLOSING_PUNCTUATION = tuple('.!?:;,"”’\'…)]')
SUBHEADING_MAX_WORDS = 10
# A paragraph longer than this is a file without line breaks, not prose; spaCy refuses texts over
# 1,000,000 characters and needs about 1 GB per 100,000 under its parser.
PARAGRAPH_MAX_CHARS = 100_000
TITLE_MAX_CHARS = 90
# A cut headline never ends on one of these words ("… proposal to…").
DANGLING_WORDS = frozenset(
    "a an and as at but by for from in into its his her of on or over that the their this to with".split())


class FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so `parse_date` can say what is wrong with a bad one."""


class FastFrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same with libyaml's parser (reads are 4x faster); errors are reported by the one above."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FastFrontMatterLoader.yaml_implicit_resolvers = FrontMatterLoader.yaml_implicit_resolvers


class ArticleError(DigestError):
    """An article that cannot be read; carries the `Problem`."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def find_article_files(folder: Path) -> list[Path]:
    """The article files of a folder, sorted by name so builds are deterministic."""
    found = []
    for root, folders, names in os.walk(folder):  # like rglob, symlinked folders are not entered
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(os.path.join(root, name) for name in names if not name.startswith(".")
                     and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES and os.path.isfile(os.path.join(root, name)))
    return [Path(path) for path in sorted(found, key=lambda path: path.split(os.sep))]  # as paths sort, faster


@dataclass(frozen=True)
class ReadArticle:
    """What reading one file gives: the article, its warnings and its text's fingerprint (what a cache keeps)."""

    article: Article
    warnings: tuple[Problem, ...]
    text: str  # `text_fingerprint`


class ReadMemo(Protocol):
    """Readings kept from earlier builds (`cache.AnnotationCache`), by `file_fingerprint`."""

    def readings(self, keys: Sequence[str]) -> dict[str, ReadArticle]: ...

    def store_reading(self, key: str, reading: ReadArticle) -> None: ...


def read_articles(paths: Iterable[Path], base: Path | None = None, memo: ReadMemo | None = None,
                  digests: Mapping[Path, str] | None = None) -> tuple[list[Article], list[Problem]]:
    """Read many files; bad ones become problems and the rest are still read. With `memo`, a file
    read before with the same bytes, name and reader code is taken from it instead of parsed again;
    `digests`: the sha256 of files' bytes known without reading them (`seeds.find_seed_files`), so that
    a file the memo holds is not even opened."""
    files: list[tuple[Path, str, bytes | None, str] | Problem] = []  # (path, name shown, bytes, reading key)
    for path in paths:
        shown = display_path(path, base)
        data, sha = None, (digests or {}).get(path)
        if sha is None:
            try:
                data = path.read_bytes()
            except OSError as error:
                files.append(unreadable(shown, error))
                continue
            sha = hashlib.sha256(data).hexdigest()
        files.append((path, shown, data, file_fingerprint(shown, path.stem, sha)))
    keys = sorted({file[3] for file in files if not isinstance(file, Problem)})
    known = memo.readings(keys) if memo else {}
    readings: list[ReadArticle] = []
    problems: list[Problem] = []
    for file in files:
        if isinstance(file, Problem):
            problems.append(file)
            continue
        path, shown, data, key = file
        reading = known.get(key)
        if reading is None:
            try:
                if data is None:  # known by its digest, but not to the memo: read now, and keyed by what was read
                    data = path.read_bytes()
                    key = file_fingerprint(shown, path.stem, hashlib.sha256(data).hexdigest())
                article, warnings = parse_article(data, shown, path.stem)
            except OSError as error:
                problems.append(unreadable(shown, error))
                continue
            except ArticleError as error:
                problems.append(error.problem)
                continue
            reading = ReadArticle(article, tuple(warnings), text_fingerprint(article))
            if memo:
                memo.store_reading(key, reading)
        readings.append(reading)
        problems.extend(reading.warnings)
        problems.extend(unlikely_date(reading.article))
    return drop_duplicates(readings, problems)


EARLIEST_DATE = dt.date(1800, 1, 1)


def unlikely_date(article: Article) -> list[Problem]:
    """A warning for a publication date more than a day in the future or before 1800 (a typo in the year,
    most likely); checked on every read, not kept with the file's reading, as it depends on today."""
    date = article.date
    if date is None or EARLIEST_DATE <= date <= dt.date.today() + dt.timedelta(days=1):
        return []
    when = "more than a day in the future" if date > dt.date.today() else "before 1800"
    return [Problem(article.path, article.date_line, f"the publication date {date.isoformat()} is {when}; "
                    "check the year", severity="warning")]


def unreadable(shown: str, error: OSError) -> Problem:
    return Problem(shown, None, f"cannot be read ({error.strerror}); check the file's permissions")


@lru_cache(maxsize=1)
def reader_fingerprint() -> str:
    """A hash of the reader's code, of the data model it fills, of how the cache stores it and of the YAML
    parser's and Python's versions."""
    package = Path(__file__).parents[1]
    code = b"".join((package / name).read_bytes() for name in ("read/articles.py", "model.py", "read/marks.py",
                                                               "store/codec.py"))
    return hashlib.sha256(code + f"{yaml.__version__} {sys.version_info[:2]}".encode()).hexdigest()


def file_fingerprint(shown: str, stem: str, digest: str) -> str:
    """A hash of all `parse_article` makes an article from: the file's name, its stem and the sha256 of
    its bytes, and the reader's code. The key of a file's reading in the cache."""
    text = f"{reader_fingerprint()}\0{shown}\0{stem}\0{digest}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_fingerprint(article: Article) -> str:
    """A hash that changes whenever the article could: its file's (`file_fingerprint`), or of all its
    fields when it was made otherwise."""
    if article.digest:
        return file_fingerprint(article.path, article.id, article.digest)
    return hashlib.sha256(codec.dumps(article)).hexdigest()


def text_fingerprint(article: Article) -> str:
    """A hash of the article's text with case and spacing normalised: the same text gives the same hash."""
    text = "\n".join(" ".join(p.text.casefold().split()) for p in article.paragraphs)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def drop_duplicates(readings: list[ReadArticle], problems: list[Problem]) -> tuple[list[Article], list[Problem]]:
    """Keep the first article of each file name and of each text; each later one becomes a problem."""
    by_id: dict[str, Article] = {}
    by_text: dict[str, Article] = {}
    kept = []
    for reading in readings:
        article, fingerprint = reading.article, reading.text
        if article.id in by_id:
            problems.append(Problem(article.path, None, f"has the same file name as {by_id[article.id].path} "
                                    "(the name makes the page's address); rename one of the two files"))
        elif fingerprint in by_text:
            problems.append(Problem(article.path, article.paragraphs[0].line,
                                    f"has the same text as {by_text[fingerprint].path}; "
                                    "delete one of the two files"))
        else:
            by_id[article.id] = by_text[fingerprint] = article
            kept.append(article)
    return kept, problems


def display_path(path: Path, base: Path | None) -> str:
    """The path as messages and the cache name it: relative to `base` when inside it, a link in the
    seeds folder by its own name (not by where it points), else as given."""
    if base is not None:
        prefix = f"{str(base).rstrip(os.sep)}{os.sep}"
        if path.is_absolute() and base.is_absolute() and str(path).startswith(prefix):
            return str(path)[len(prefix):].replace(os.sep, "/")  # as relative_to() says, without its parts
        for inside, root in ((path.absolute, base.absolute), (path.resolve, base.resolve)):
            try:  # resolving follows links on disk: only when the path as given is not inside
                return inside().relative_to(root()).as_posix()
            except ValueError:
                continue
    return str(path)


def read_article(path: Path, base: Path | None = None) -> tuple[Article, list[Problem]]:
    """Read one file. Raises `ArticleError` when it cannot be read; returns warnings otherwise."""
    shown = display_path(path, base)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(unreadable(shown, error))
    return parse_article(data, shown, path.stem)


def parse_article(data: bytes, shown: str, stem: str) -> tuple[Article, list[Problem]]:
    """Parse the bytes of one article file named `shown` (for messages) with id `stem`."""
    text = decode(data, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, body_line, meta_lines = split_front_matter(text, shown)
    warnings = check_keys(meta, meta_lines, shown)
    date = front_matter_date(meta, meta_lines, shown)
    date_line = meta_lines.get("date")
    header_line = body_line
    body, legacy_date, body_line = strip_legacy_date(body, body_line, shown)
    if date is None:
        date, date_line = legacy_date, header_line if legacy_date else None
    paragraphs = split_paragraphs(body, body_line)
    if not any(p.kind == "text" for p in paragraphs):
        raise ArticleError(Problem(shown, body_line, "the article has no text after its front matter; "
                                   "write the article's paragraphs below the header"))
    long = next((p for p in paragraphs if len(p.text) > PARAGRAPH_MAX_CHARS), None)
    if long is not None:
        raise ArticleError(Problem(shown, long.line, f"the paragraph is {len(long.text):,} characters long (at most "
                                   f"{PARAGRAPH_MAX_CHARS:,}); separate its paragraphs with blank lines"))
    warnings.extend(unbalanced_quotation_marks(paragraphs, shown))
    warnings.extend(wrongly_decoded_text(paragraphs, shown))
    warnings.extend(hidden_characters(meta, meta_lines, shown))
    excerpt = flag_value(meta, "excerpt", meta_lines, shown)
    url = text_value(meta, "url", meta_lines, shown) or None
    if excerpt and not url:
        warnings.append(Problem(shown, meta_lines.get("excerpt"), "an excerpt ('excerpt: true') links to the "
                                "original article, but there is no 'url'; add the original's address",
                                severity="warning"))
    title = without_hidden(text_value(meta, "title", meta_lines, shown))
    derived = not title
    if derived:
        lead = next(p.text for p in paragraphs if p.kind == "text")
        title = derive_title(lead) or lead[:TITLE_MAX_CHARS]  # a lead of punctuation alone is its own title
    return Article(
        id=stem,
        path=shown,
        title=title,
        date=date,
        paragraphs=tuple(paragraphs),
        source=text_value(meta, "source", meta_lines, shown) or None,
        url=url,
        authors=list_value(meta, "authors", meta_lines, shown),
        tags=list_value(meta, "tags", meta_lines, shown),
        title_derived=derived,
        digest=hashlib.sha256(data).hexdigest(),
        date_line=date_line,
        excerpt=excerpt,
    ), warnings


def decode(data: bytes, shown: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        offset = error.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data[:offset].count(b"\n") + 1
        raise ArticleError(Problem(
            shown, line,
            f"is not UTF-8: byte 0x{data[offset]:02x} at offset {offset} cannot be decoded; save the file as UTF-8"))


def split_front_matter(text: str, shown: str) -> tuple[dict, str, int, dict[str, int]]:
    """Return (front matter, body, first line of the body, line of each key)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text, 1, {}
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise ArticleError(Problem(shown, 1, "the front matter opened by '---' is never closed; "
                                   "add a line '---' after the last key"))
    block = "\n".join(lines[1:end])
    try:
        try:
            meta = yaml.load(block, Loader=FastFrontMatterLoader)  # noqa: S506 (a safe loader)
        except yaml.YAMLError:
            meta = yaml.load(block, Loader=FrontMatterLoader)  # noqa: S506 (its messages and lines)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        reason = getattr(error, "problem", None) or "invalid YAML"
        raise ArticleError(Problem(shown, line, f"the front matter is not valid YAML ({reason}); "
                                   "fix the line, quoting values that contain ':' or '#'"))
    except RecursionError:  # PyYAML parses nested brackets recursively
        raise ArticleError(Problem(shown, 2, "the front matter is nested too deeply to read; "
                                   "write each key as 'key: value' with at most a list as its value"))
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ArticleError(Problem(shown, 2, "the front matter must be 'key: value' lines "
                                   "(title, date, source, url, authors, tags)"))
    key_lines = {}
    for number, line in enumerate(lines[1:end], start=2):
        match = re.match(r"([A-Za-z_][\w-]*)\s*:", line)
        if match and match.group(1) not in key_lines:
            key_lines[match.group(1)] = number
    return meta, "\n".join(lines[end + 1:]), end + 2, key_lines


# Characters that change how text around them reads without showing: bidirectional overrides and
# isolates (U+202E can make a title read backwards in lists and search results), zero-width characters.
HIDDEN = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def hidden_characters(meta: dict, lines: dict[str, int], shown: str) -> list[Problem]:
    """A warning for each front matter value holding a control, bidirectional or zero-width character."""
    problems = []
    for key, value in meta.items():
        values = value if isinstance(value, list) else [value]
        for text in (v for v in values if isinstance(v, str)):
            found = HIDDEN.search(text) or CONTROL.search(text)
            if found:
                code = f"U+{ord(found.group()):04X}"
                problems.append(Problem(shown, lines.get(str(key)), f"front matter '{key}' holds an invisible "
                                        f"control character ({code}) that can make it read backwards or hide "
                                        "text; delete it (titles are published without such characters)",
                                        severity="warning"))
                break
    return problems


def without_hidden(text: str) -> str:
    return " ".join(CONTROL.sub("", HIDDEN.sub("", text)).split())


def unbalanced_quotation_marks(paragraphs: Sequence[Paragraph], shown: str) -> list[Problem]:
    """A warning for the first paragraph whose quotation is never closed: neither by a closing mark nor,
    as news style does, by the next paragraph opening with a mark to continue it."""
    texts = [p for p in paragraphs if p.kind == "text"]
    for index, paragraph in enumerate(texts):
        following = texts[index + 1].text if index + 1 < len(texts) else ""
        if open_at_end(paragraph.text) and leading_opening_mark(following) is None:
            return [Problem(shown, paragraph.line, "a quotation mark in this paragraph is never closed; close the "
                            "quotation or remove the stray mark (until then the quotation is cut at the end "
                            "of the paragraph, or of its first sentence when the paragraph is long)",
                            severity="warning")]
    return []


def wrongly_decoded_text(paragraphs: Sequence[Paragraph], shown: str) -> list[Problem]:
    """A warning for the first paragraph whose text was decoded with the wrong encoding somewhere before it reached
    the file ("FranÃ§ois" for "François", "â€œ" for "“"), as ftfy's measure of such text finds it. The text is
    published as written: the contributor saves the file again from its original."""
    import ftfy  # here, not at the top: a build with nothing to do imports this module but reads no article

    for paragraph in paragraphs:
        if paragraph.text.isascii() or not ftfy.badness.is_bad(paragraph.text):
            continue
        word = next((w for w in paragraph.text.split() if ftfy.badness.is_bad(w)), None)
        meant = ftfy.fix_encoding(word) if word else None
        shown_word = f" ('{word}', meant as '{meant}')" if meant and meant != word and not ftfy.badness.is_bad(meant) \
            else f" ('{word}')" if word else ""
        return [Problem(shown, paragraph.line, f"the text looks decoded with the wrong encoding{shown_word}; save "
                        "the article again as UTF-8 from its original", severity="warning")]
    return []


def check_keys(meta: dict, lines: dict[str, int], shown: str) -> list[Problem]:
    warnings = []
    for key in meta:
        if str(key) in KNOWN_KEYS:
            continue
        close = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known keys are {', '.join(KNOWN_KEYS)}"
        warnings.append(Problem(shown, lines.get(str(key)), f"unknown front matter key '{key}': {hint}",
                                severity="warning"))
    return warnings


def wrong_type(shown: str, line: int | None, key: str, expected: str, value: object) -> ArticleError:
    return ArticleError(Problem(shown, line, f"front matter '{key}' must be {expected}, "
                                f"not {type(value).__name__} {value!r}"))


def text_value(meta: dict, key: str, lines: dict[str, int], shown: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise wrong_type(shown, lines.get(key), key, "text", value)
    return " ".join(value.split())


def flag_value(meta: dict, key: str, lines: dict[str, int], shown: str) -> bool:
    value = meta.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise wrong_type(shown, lines.get(key), key, "true or false", value)
    return value


def list_value(meta: dict, key: str, lines: dict[str, int], shown: str) -> tuple[str, ...]:
    value = meta.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise wrong_type(shown, lines.get(key), key, "a list of text", value)
    return tuple(" ".join(str(v).split()) for v in value if str(v).strip())


def front_matter_date(meta: dict, lines: dict[str, int], shown: str) -> dt.date | None:
    value = meta.get("date")
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value.strip(), shown, lines.get("date"))
    raise wrong_type(shown, lines.get("date"), "date", "a date written YYYY-MM-DD", value)


def parse_date(value: str, shown: str, line: int | None) -> dt.date:
    match = ISO_DATE.match(value)
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError as error:
            raise ArticleError(Problem(shown, line, f"'{value}' is not a real date ({error}); "
                                       "write the publication date as YYYY-MM-DD"))
    # A full ISO timestamp is fine; its date part is the publication date.
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise ArticleError(Problem(shown, line, f"'{value}' is not a date; "
                                   "write the publication date as YYYY-MM-DD"))


def strip_legacy_date(body: str, first_line: int, shown: str) -> tuple[str, dt.date | None, int]:
    """Take a leading `date YYYY-MM-DD` off the body; return (body, date, first line of the body)."""
    match = LEGACY_DATE.match(body)
    if not match:
        return body, None, first_line
    line = first_line + body[:match.start("value")].count("\n")
    date = parse_date(match.group("value"), shown, line)
    consumed = body[:match.end()]
    return body[match.end():], date, first_line + consumed.count("\n")


def split_paragraphs(body: str, first_line: int) -> list[Paragraph]:
    """Each line is a paragraph, except lines that were wrapped inside one paragraph."""
    blocks: list[tuple[int, str]] = []
    previous_blank = True
    for offset, raw in enumerate(body.split("\n")):
        line = " ".join(raw.split())
        if not line:
            previous_blank = True
            continue
        if blocks and not previous_blank and is_wrapped(blocks[-1][1], line):
            blocks[-1] = (blocks[-1][0], f"{blocks[-1][1]} {line}")
        else:
            blocks.append((first_line + offset, line))
        previous_blank = False
    paragraphs = []
    for number, (line_no, text) in enumerate(blocks):
        kind, text = classify(text)
        paragraphs.append(Paragraph(index=number, text=text, kind=kind, line=line_no))
    return paragraphs


def is_wrapped(previous: str, line: str) -> bool:
    """A line continues the previous one when that has no closing punctuation and this starts lower-case."""
    return not previous.endswith(CLOSING_PUNCTUATION) and line[:1].islower()


def classify(text: str) -> tuple[str, str]:
    heading = MARKDOWN_HEADING.match(text)
    if heading:
        return "heading", heading.group("text")
    words = text.split()
    if (len(words) <= SUBHEADING_MAX_WORDS and not text.endswith(CLOSING_PUNCTUATION)
            and text[:1].isupper() and not text.startswith(("“", '"'))):
        return "heading", text
    return "text", text


def derive_title(lead: str) -> str:
    """A readable headline from the lead paragraph: its first sentence, cut at a word boundary."""
    sentence = re.split(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])", lead, maxsplit=1)[0]
    sentence = sentence.rstrip(".")
    if len(sentence) > TITLE_MAX_CHARS:
        cut = sentence[:TITLE_MAX_CHARS + 1].rsplit(" ", 1)[0]
        cut = trim_dangling(cut)
        while " " in cut and cut.rsplit(" ", 1)[1].lower() in DANGLING_WORDS:
            cut = trim_dangling(cut.rsplit(" ", 1)[0])
        sentence = cut + "…"
    return balance_quotes(trim_dangling(sentence) if not sentence.endswith("…") else sentence)


def trim_dangling(text: str) -> str:
    return text.rstrip(" ,;:-–—(“\"'‘")


def balance_quotes(text: str) -> str:
    """Drop a quotation mark left open by the cut."""
    if text.count("“") > text.count("”"):
        text = text[::-1].replace("“", "", 1)[::-1]
    if text.count('"') % 2:
        text = text[::-1].replace('"', "", 1)[::-1]
    return " ".join(text.split())
