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
import hashlib
import inspect
import json
import types
import typing
from collections.abc import Callable
from functools import lru_cache
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

import orjson

PRIMITIVES = (str, int, float, bool)


class DecodeError(ValueError):
    """Stored data that does not have the shape its type declares."""


def encode(value: Any) -> Any:
    """A JSON-able form of `value`: dataclasses as lists of field values, dates as ISO text."""
    if value is None or type(value) in PRIMITIVES:  # first: most values of a parse are token fields
        return value
    fields = field_encoder(type(value))
    if fields is not None:
        return fields(value)
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
def field_encoder(cls: type) -> Callable[[Any], list] | None:
    """How a dataclass is encoded (asked once per class, not once per token): the list of its field values,
    each encoded; a row of plain values (every field declared a JSON scalar: a token, an entity, a
    mention) is taken as it is, in one step. None for other types."""
    if not dataclasses.is_dataclass(cls):
        return None
    names = tuple(f.name for f in dataclasses.fields(cls))
    if len(names) > 1 and all(map(is_scalar, (tp for _, tp in field_types(cls)))):  # one name: no row
        row = attrgetter(*names)
        return lambda value: list(row(value))
    return lambda value: [encode(getattr(value, name)) for name in names]


def is_scalar(tp: Any) -> bool:
    """Whether values of type `tp` are JSON scalars as they are: str, int, float, bool, a literal of
    them, or one of these or None."""
    tp = optional_of(tp) or tp
    return tp in PRIMITIVES or (typing.get_origin(tp) is typing.Literal
                                and all(type(a) in PRIMITIVES for a in typing.get_args(tp)))


def optional_of(tp: Any) -> Any | None:
    """`X` for the type `X | None`; None for any other type."""
    options = [a for a in typing.get_args(tp) if a is not type(None)]
    return options[0] if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(options) == 1 else None


def dumps(value: Any) -> bytes:
    """Compact, deterministic JSON bytes of `value`."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def format_fingerprint() -> str:
    """A hash of the code that decides what is stored (the encoding, not the decoding): stored values
    are keyed by it, so a change to how values are written makes them again."""
    source = "".join(inspect.getsource(f) for f in (encode, field_encoder, is_scalar, optional_of, dumps))
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def parse_json(data: bytes | str) -> Any:
    """`json.loads`, by orjson (its C parser reads a big digest's cache in two thirds of the time);
    what orjson refuses and the json module reads (NaN, Infinity) is read by the latter. orjson reads
    an integer beyond 64 bits as a float: nothing here writes one, and a field declared `int` refuses it."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def loads(tp: Any, data: bytes) -> Any:
    """The value of type `tp` stored by `dumps`; `DecodeError` when the data does not fit the type."""
    try:
        return decoder(tp)(parse_json(data))
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
            row = typing.get_args(args[0]) if typing.get_origin(args[0]) is tuple else ()
            if row and Ellipsis not in row and all(a in (str, int, bool) for a in row):
                return lambda data: checked_rows(data, row)  # an article's lemma counts: hundreds of rows
            if args[0] in (str, int, bool):  # a column of plain values: thousands of lemmas
                return lambda data: checked_column(data, args[0])
            item = decoder(args[0])
            return lambda data: tuple(map(item, checked(data, list)))
        if all(a in (str, int, bool) for a in args):  # a row of plain values: ("budget", 3)
            return lambda data: tuple(checked_row(data, args))
        items = [decoder(a) for a in args]
        return lambda data: tuple(f(x) for f, x in zip(items, checked(data, list, len(items)), strict=True))
    if origin is list:
        item = decoder(args[0])
        return lambda data: list(map(item, checked(data, list)))
    if origin is dict and args[0] is str:
        item = decoder(args[1])
        return lambda data: {k: item(v) for k, v in checked(data, dict).items()}
    if origin in (typing.Union, types.UnionType):
        option = optional_of(tp)
        if option is None:
            raise TypeError(f"cannot decode the union {tp}")
        inner = decoder(option)
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
    """A decoder written out for `cls`, field by field, as `dataclasses` writes `__init__`: plain
    fields are checked in place, the others go to their own decoders. Decoding the thousands of
    mentions, quotes and terms of a big digest's cache then costs one call per value, not five."""
    fields = field_types(cls)
    if all(tp in (str, int, bool) for _, tp in fields):
        # Fast path for the millions of tokens: a row of plain values.
        return lambda data: cls(*checked(data, list, len(fields)))
    scope: dict[str, Any] = {"cls": cls, "fail": fail, "list": list, "isinstance": isinstance, "len": len}
    lines = ["def decode(data):",
             f"    if not isinstance(data, list) or len(data) != {len(fields)}:",
             "        fail(data, cls)"]
    for i, (_, tp) in enumerate(fields):
        value = f"data[{i}]"
        option = optional_of(tp)
        optional = option is not None
        inner = option if optional else tp
        if inner in (str, int, bool):
            scope[f"t{i}"] = inner
            test = f"not isinstance(v{i}, t{i})"
            lines += [f"    v{i} = {value}", f"    if {test}{' and v' + str(i) + ' is not None' if optional else ''}:",
                      f"        fail(v{i}, t{i})"]
        elif typing.get_origin(inner) is typing.Literal:
            scope[f"a{i}"] = frozenset(typing.get_args(inner)) | ({None} if optional else set())
            lines += [f"    v{i} = {value}", f"    if v{i} not in a{i}:", f"        fail(v{i}, a{i})"]
        else:
            scope[f"d{i}"] = decoder(tp)
            lines += [f"    v{i} = d{i}({value})"]
    lines.append(f"    return cls({', '.join(f'v{i}' for i in range(len(fields)))})")
    exec("\n".join(lines), scope)  # noqa: S102 (our own source, made from the dataclass's fields)
    return scope["decode"]


def checked_row(data: Any, kinds: tuple[type, ...]) -> list:
    """A list of plain values of the given types, in order."""
    if not isinstance(data, list) or len(data) != len(kinds) or not all(map(isinstance, data, kinds)):
        fail(data, kinds)
    return data


def checked_column(data: Any, kind: type) -> tuple:
    """A list of plain values of one type, as a tuple (checked in C)."""
    if not isinstance(data, list) or not all(map(isinstance, data, repeat(kind))):
        fail(data, kind)
    return tuple(data)


def checked_rows(data: Any, kinds: tuple[type, ...]) -> tuple[tuple, ...]:
    """Rows of plain values of the given types, as tuples (checked column by column, in C)."""
    if not isinstance(data, list) or not all(map(isinstance, data, repeat(list))) or \
            not set(map(len, data)) <= {len(kinds)}:
        fail(data, kinds)
    for column, kind in enumerate(kinds):
        if not all(map(isinstance, map(itemgetter(column), data), repeat(kind))):
            fail(data, kinds)
    return tuple(map(tuple, data))


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
