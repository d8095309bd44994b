"""The actor registry maintainers edit (actors.yml): canonical names, types, aliases, roles, descriptions.

It corrects what the model gets wrong and merges spelling variants: its names and aliases feed an
entity ruler before spaCy's NER (so "Kyiv" is labelled a place) and `resolve_actors` applies it
(so "Zelensky" and "Zelenskiy" are one actor, Volodymyr Zelenskyy). Loaded and checked here only.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from digest.model import ActorType
from digest.errors import DigestError

TYPES: tuple[ActorType, ...] = ("person", "organisation", "place", "other")
KEYS = ("name", "type", "aliases", "role", "description", "wikidata", "media")
# The NER label the entity ruler gives each type.
LABELS = {"person": "PERSON", "organisation": "ORG", "place": "GPE", "other": "PRODUCT"}


class RegistryError(DigestError):
    """A registry file that cannot be used; the message names the file, the line and the fix."""


@dataclass(frozen=True)
class Entry:
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    role: str | None = None
    description: str | None = None
    wikidata: str | None = None
    media: bool = False


@dataclass(frozen=True)
class Registry:
    entries: tuple[Entry, ...] = ()

    def patterns(self) -> tuple[tuple[str, str], ...]:
        """(label, phrase) pairs for the entity ruler, sorted so the cache key is stable."""
        pairs = {(LABELS[e.type], phrase) for e in self.entries for phrase in (e.name, *e.aliases)}
        return tuple(sorted(pairs))

    def lookup(self) -> dict[str, Entry]:
        """Each name and alias, folded, to its entry."""
        table = {}
        for entry in self.entries:
            for phrase in (entry.name, *entry.aliases):
                table[fold(phrase)] = entry
        return table


# A typographer's apostrophe and the typewriter's are one letter of a name ("Dara O’Neill", "Dara O'Neill").
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def fold(name: str) -> str:
    """A name as identities compare it: in lower case, without full stops or accents, spaces collapsed, every
    apostrophe the typewriter's ("Dara O’Neill" and "Dara O'Neill", "Renée Hale" and "Renee Hale" are one name)."""
    return " ".join(without_accents(name.casefold()).replace(".", "").translate(APOSTROPHES).split())


def without_accents(text: str) -> str:
    """The text without the accents of its letters ("é" is "e"); the same text when it has none."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def load_registry(path: Path | None, shown: str | None = None) -> Registry:
    """The registry in `path`; no file, an empty registry."""
    if path is None or not path.is_file():
        return Registry()
    shown = shown or str(path)
    try:
        nodes = yaml.compose(path.read_text(encoding="utf-8"))
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise RegistryError(f"{shown}{line}: the actor registry is not valid YAML "
                            f"({getattr(error, 'problem', error)}); fix the line") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RegistryError(f"{shown}: the actor registry cannot be read ({error}); save it as UTF-8") from None
    if data is None:
        return Registry()
    items = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise RegistryError(f"{shown}:1: the actor registry must have a list under 'actors:'; "
                            "see the comments at the top of actors.yml")
    lines = [item.start_mark.line + 1 for item in actor_nodes(nodes)]
    return Registry(tuple(entry(item, shown, line) for item, line in zip(items, lines + [None] * len(items))))


def actor_nodes(root) -> list:
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) == "actors":
            return list(getattr(value, "value", []))
    return []


def entry(item: object, shown: str, line: int | None) -> Entry:
    where = f"{shown}:{line}" if line else shown
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise RegistryError(f"{where}: each actor needs a 'name' (text)")
    for key in item:
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known keys are {', '.join(KEYS)}"
            raise RegistryError(f"{where}: unknown key '{key}' for {item['name']}: {hint}")
    type_ = item.get("type", "person")
    if type_ not in TYPES:
        raise RegistryError(f"{where}: the type of {item['name']} must be one of {', '.join(TYPES)}, not {type_!r}")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise RegistryError(f"{where}: the aliases of {item['name']} must be a list of names")
    return Entry(name=item["name"].strip(), type=type_, aliases=tuple(a.strip() for a in aliases),
                 role=item.get("role"), description=item.get("description"),
                 wikidata=item.get("wikidata"), media=bool(item.get("media", False)))
