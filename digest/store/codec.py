"""Dataclasses to compact, deterministic JSON and back, by msgspec.

msgspec encodes the pipeline's frozen dataclasses (with their tuples, `X | None`, literals, dates) as JSON
objects of their fields, dictionaries' keys sorted, and decodes JSON straight into the declared types,
checking every value as it goes: nothing read from disk can become an arbitrary object (unlike pickle), and
data of another shape is a `DecodeError`. `schema(cls)` describes the stored layout, so a cache keyed by it
is rebuilt whenever a field is added, removed or retyped.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import msgspec

ENCODER = msgspec.json.Encoder(order="deterministic")


class DecodeError(ValueError):
    """Stored data that does not have the shape its type declares."""


def dumps(value: Any) -> bytes:
    """Compact, deterministic JSON bytes of `value`."""
    return ENCODER.encode(value)


def format_fingerprint() -> str:
    """What decides how values are stored beyond their types (the library and its version): stored values
    are keyed by it, so another encoding makes them again."""
    return f"msgspec {msgspec.__version__} deterministic"


@lru_cache(maxsize=None)
def decoder(tp: Any) -> msgspec.json.Decoder:
    return msgspec.json.Decoder(tp)


def loads(tp: Any, data: bytes) -> Any:
    """The value of type `tp` stored by `dumps`; `DecodeError` when the data does not fit the type."""
    try:
        return decoder(tp).decode(data)
    except msgspec.DecodeError as error:
        raise DecodeError(f"stored data does not fit {tp}: {error}") from error


def parse_json(data: bytes | str) -> Any:
    """`json.loads`, by msgspec's C parser (a big digest's manifest and cache are read on every build);
    what msgspec refuses and the json module reads (NaN, Infinity) is read by the latter."""
    try:
        return msgspec.json.decode(data)
    except msgspec.DecodeError:
        return json.loads(data)


def schema(tp: Any) -> str:
    """A description of how `tp` is stored: its JSON Schema (field names and types, recursively)."""
    return json.dumps(msgspec.json.schema(tp), sort_keys=True, separators=(",", ":"))
