"""Dataclasses to compact, deterministic JSON and back, generically over their fields.

Only the types the pipeline's data uses are understood (dataclasses, tuples, `X | None`, literals,
str/int/float/bool and dates); decoding builds exactly the declared types, so nothing read from disk
can become an arbitrary object (unlike pickle). A dataclass is stored as the list of its field
values in declaration order; `schema(cls)` describes that layout, so a cache keyed by it is rebuilt
whenever a field is added, removed or retyped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable
from functools import lru_cache
from typing import Any

PRIMITIVES = (str, int, float, bool)


class DecodeError(ValueError):
    """Stored data that does not have the shape its type declares."""


def encode(value: Any) -> Any:
    """A JSON-able form of `value`: dataclasses as lists of field values, dates as ISO text."""
    if value is None or type(value) in PRIMITIVES:  # first: most values of a parse are token fields
        return value
    names = field_names(type(value))
    if names is not None:
        return [encode(getattr(value, name)) for name in names]
    if isinstance(value, (tuple, list)):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(value[key]) for key in sorted(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, PRIMITIVES):
        return value
    raise TypeError(f"cannot encode a {type(value).__name__} for the cache")


@lru_cache(maxsize=None)
def field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass (asked once per class, not once per token); None for other types."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def dumps(value: Any) -> bytes:
    """Compact, deterministic JSON bytes of `value`."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(tp: Any, data: bytes) -> Any:
    """The value of type `tp` stored by `dumps`; `DecodeError` when the data does not fit the type."""
    try:
        return decoder(tp)(json.loads(data))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        raise DecodeError(f"stored data does not fit {tp}: {error}") from error


@lru_cache(maxsize=None)
def field_types(cls: type) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]


@lru_cache(maxsize=None)
def decoder(tp: Any) -> Callable[[Any], Any]:
    """A function that rebuilds a value of type `tp` from its encoded form."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        return dataclass_decoder(tp)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = decoder(args[0])
            return lambda data: tuple(item(x) for x in checked(data, list))
        items = [decoder(a) for a in args]
        return lambda data: tuple(f(x) for f, x in zip(items, checked(data, list, len(items)), strict=True))
    if origin is list:
        item = decoder(args[0])
        return lambda data: [item(x) for x in checked(data, list)]
    if origin is dict and args[0] is str:
        item = decoder(args[1])
        return lambda data: {k: item(v) for k, v in checked(data, dict).items()}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        inner = decoder(options[0]) if len(options) == 1 else None
        if inner is None:
            raise TypeError(f"cannot decode the union {tp}")
        return lambda data: None if data is None else inner(data)
    if origin is typing.Literal:
        allowed = frozenset(args)
        return lambda data: data if data in allowed else fail(data, tp)
    if tp is dt.date:
        return lambda data: dt.date.fromisoformat(checked(data, str))
    if tp is float:
        return lambda data: float(checked(data, (int, float)))
    if tp in PRIMITIVES:
        return lambda data: checked(data, tp)
    raise TypeError(f"cannot decode {tp}")


def dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    fields = field_types(cls)
    if all(tp in (str, int, bool) for _, tp in fields):
        # Fast path for the millions of tokens: a row of plain values.
        return lambda data: cls(*checked(data, list, len(fields)))
    decoders = [decoder(tp) for _, tp in fields]
    return lambda data: cls(*(f(x) for f, x in zip(decoders, checked(data, list, len(fields)), strict=True)))


def checked(data: Any, kind: type | tuple[type, ...], length: int | None = None) -> Any:
    if not isinstance(data, kind) or (length is not None and len(data) != length):
        fail(data, kind)
    return data


def fail(data: Any, expected: Any) -> typing.NoReturn:
    raise DecodeError(f"expected {expected}, found {str(data)[:60]!r}")


def schema(tp: Any) -> str:
    """A description of how `tp` is stored (field names and types, recursively)."""
    seen: dict[str, str] = {}
    describe(tp, seen)
    return json.dumps(seen, sort_keys=True, separators=(",", ":"))


def describe(tp: Any, seen: dict[str, str]) -> None:
    if dataclasses.is_dataclass(tp):
        name = f"{tp.__module__}.{tp.__qualname__}"
        if name in seen:
            return
        fields = field_types(tp)
        seen[name] = ";".join(f"{n}:{t}" for n, t in fields)
        for _, t in fields:
            describe(t, seen)
    for arg in typing.get_args(tp):
        describe(arg, seen)
