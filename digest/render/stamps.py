"""Page stamps, the pages' keys: a short hash of the plain values a page is made from.

Every page maker takes its inputs as values and reads nothing else (`ArticleInputs`, `ActorInputs`,
`TopicInputs`, an index page's context: `site.keyed_index_page`), so the hash of those values (`plain`)
changes whenever the page's text could. Finding the keys takes a fraction of making the pages, so a build
makes only the pages whose key is not the one it recorded last time (`pages.plan_pages`,
`publish.output.write_planned`). `tests/test_stamps.py` checks over a series of edits that an unchanged key
always means an unchanged page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import marshal
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from digest.model import AnnotatedArticle


def stamp(*parts: object) -> str:
    """A short hash of plain values: strings, numbers, None, and tuples and lists of them.

    Marshal's version 0 writes equal values as equal bytes (no references back to objects seen before,
    no flag for interned strings), several times faster than `repr`; it refuses any other value.
    """
    return hashlib.blake2b(marshal.dumps(parts, 0), digest_size=16).hexdigest()


def plain(value: object, seen: dict[int, list] | None = None) -> object:
    """`value` as the plain values `stamp` hashes: its text as `str` (a `Markdown` is text too), its dicts as
    lists of pairs, a date as its ISO form, a dataclass (a page's inputs, `Named`, `Listed`) as its fields'
    values in order, an `Analysed` as its fingerprint alone. `seen`: the dataclasses' values found so far, by
    the object's id, for calls over values that share objects (the same actor named on many pages), while the
    objects live."""
    return plain_of(value, {} if seen is None else seen)


def plain_of(value: object, seen: dict[int, list]) -> object:
    """`plain`, its `seen` given."""
    kind = type(value)
    if kind in SCALARS:  # most values: looked up by their exact type first
        return value
    if kind is tuple or kind is list:  # an item seen already is a live dataclass: no live tuple has its id
        return [item if type(item) in SCALARS else seen.get(id(item)) or plain_of(item, seen) for item in value]
    fields = field_values(kind)
    if fields is not None:
        if kind is Analysed:
            return value.fingerprint
        found = seen.get(id(value))
        if found is None:
            found = [item if type(item) in SCALARS else plain_of(item, seen) for item in fields(value)]
            seen[id(value)] = found
        return found
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        return [(plain_of(key, seen), plain_of(item, seen)) for key, item in value.items()]
    if isinstance(value, (tuple, list)):
        return [plain_of(item, seen) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


SCALARS = frozenset({str, int, float, bool, type(None)})


@lru_cache(maxsize=None)
def field_values(cls: type) -> Callable[[object], tuple] | None:
    """The values of a dataclass's fields in order, as a function of one; None for any other class."""
    if not dataclasses.is_dataclass(cls):
        return None
    names = tuple(f.name for f in dataclasses.fields(cls))
    get = attrgetter(*names)
    return get if len(names) > 1 else lambda value: (get(value),)


@dataclass(frozen=True)
class Analysed:
    """An article's analysis among a page's inputs, known by its fingerprint (a hash of the article, the model
    and the rules: `Digest.fingerprints`), which stands for all of it."""

    fingerprint: str
    annotated: AnnotatedArticle
