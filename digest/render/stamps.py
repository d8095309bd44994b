"""Page stamps, the pages' keys: a short hash of the values a page is made from.

Every page maker takes its inputs as values and reads nothing else (`ArticleInputs`, `ActorInputs`,
`TopicInputs`, an index page's context: `site.keyed_index_page`), so a hash of those values changes
whenever the page's text could. Finding the keys takes a fraction of making the pages, so a build makes
only the pages whose key is not the one it recorded last time (`pages.plan_pages`,
`publish.output.write_planned`). `tests/test_stamps.py` checks over a series of edits that an unchanged key
always means an unchanged page.
"""

from __future__ import annotations

import hashlib

import msgspec

from digest.model import AnnotatedArticle


class Analysed:
    """An article's analysis among a page's inputs, known by its fingerprint (a hash of the article, the model
    and the rules: `Digest.fingerprints`), which stands for all of it in a stamp. Not a dataclass, so that
    the encoder asks `stand_in` for it instead of encoding the whole analysis."""

    __slots__ = ("fingerprint", "annotated")

    def __init__(self, fingerprint: str, annotated: AnnotatedArticle) -> None:
        self.fingerprint, self.annotated = fingerprint, annotated


def stand_in(value: object) -> str:
    """What a stamp hashes for a value msgspec does not encode itself: an `Analysed`'s fingerprint, the text of
    a `str` of a class of its own (a `Markdown`)."""
    if type(value) is Analysed:
        return value.fingerprint
    if isinstance(value, str):
        return str(value)
    raise TypeError(f"a page's inputs hold a {type(value).__name__}, which a stamp cannot hash")


# msgspec writes a dataclass as its fields' names and values in order, a dict in its order, a date in ISO
# form and text as text, all in C; equal values give equal bytes in any process. A set would be written in its
# order, which follows the process's hash seed: no page's inputs hold one (tests/test_engine.py builds the seeds
# under two hash seeds and compares every key).
ENCODER = msgspec.msgpack.Encoder(enc_hook=stand_in)


def stamp(*parts: object) -> str:
    """A short hash of `parts`: text, numbers, None, dates, and tuples, lists, dicts and dataclasses of them
    (a page's inputs, `Named`, `Listed`), an `Analysed` as its fingerprint. Any other value is a TypeError."""
    return hashlib.blake2b(ENCODER.encode(parts), digest_size=16).hexdigest()
