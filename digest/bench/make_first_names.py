"""`python -m digest.bench.make_first_names`: write digest/annotate/data/first_names.tsv, the first names the
actor rules know, from the `nomquamgender` and `names` packages (`pip install -e ".[bench]"`).

nomquamgender (MIT; Van Buskirk, Clauset and Larremore's name-gender data for research) pools 36 sources
(national baby-name statistics, censuses, Wikidata and others) into one table of about 720,000 given
names of every region, each with how many sources and people have it and the share of them gendered
female. That table is broad (Nigerian, Kenyan, Indian, Chinese, Japanese names as well as European ones)
but noisy at its thin end, where words of full names split at the wrong place came in: "Smith",
"Britain", "Court" and "The" are all in it. So a name counts here when

- at least MIN_SOURCES sources and MIN_PEOPLE people have it, and it has a vowel (the table holds
  abbreviations, "St" of "St Mary's", "Wm", "Mhd"; initials such as "JJ" are told by their capitals);
- it is not far more often a surname: the US Census 1990 surnames (public domain, read through the
  `names` package) give a word's share of surnames, and a word whose share of surnames is over
  SURNAME_RATIO times its share of first names (in the pooled table or in the same census's first
  names) is a surname ("Smith", "Jones", "Wang"), not "Graham" or "Kelly";
- a word that is also an English function word (spaCy's stop words), a month's or a day's name, a
  country, a city or town or a demonym (the rules' own tables) is a first name only when at least
  PLACE_OR_FUNCTION_WORD_PEOPLE people have it ("Will", "May", "Georgia"; not "She", "China", "Friday",
  "Bristol");
- a word of WordNet 3.0 (its lemma index, through the `spacy-lookups-data` package; WordNet's licence is
  permissive) is a first name only when at least DICTIONARY_WORD_PEOPLE people have it: WordNet holds the
  common nouns and adjectives that came in ("Court", "Tiger", "Supreme") and the surnames of famous people
  ("Thatcher", "Arafat"), as well as first names common enough to pass ("Clive", "Rupert", "Grace").

Each name keeps its gender when the sources agree: "f" when at least 1 - GENDER_MARGIN of its people are
gendered female, "m" when at most GENDER_MARGIN are, else "-" ("Kim", "Jean"): nomquamgender's own default
threshold. The rules read this small file once (about 60,000 lines) instead of the packages' tables.
"""

from __future__ import annotations

import calendar
import gzip
import re
import json
from importlib import resources
from pathlib import Path

MIN_SOURCES = 3
MIN_PEOPLE = 10
SURNAME_RATIO = 20.0
PLACE_OR_FUNCTION_WORD_PEOPLE = 50_000
DICTIONARY_WORD_PEOPLE = 4_000
GENDER_MARGIN = 0.15
VOWEL = re.compile(r"[aeiouy]")  # a name without one is an abbreviation ("St", "Wm", "Mhd") or initials ("JJ")
OUT = Path(__file__).resolve().parents[1] / "annotate" / "data" / "first_names.tsv"
HEADER = """# First names and their gender (m, f, or - when not mostly one), from nomquamgender's name-gender data
# (MIT, (c) 2022 Ian Van Buskirk) less surnames of the US Census 1990 (public domain, through the `names`
# package), places and common words (WordNet 3.0, (c) 2006 Princeton University); written by `python -m digest.bench.make_first_names`; do not edit by hand.
"""


def census(file: str) -> dict[str, float]:
    """A US Census 1990 list of the `names` package: each name (lower case) and its share of people."""
    text = resources.files("names").joinpath(file).read_text(encoding="ascii")
    return {line.split()[0].lower(): float(line.split()[1]) / 100 for line in text.splitlines() if line.strip()}


def places_and_function_words() -> frozenset[str]:
    """Lower-cased words that are names only in the thin end of the pooled table: function words, months,
    days, countries, cities and towns, demonyms."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from digest.annotate.actors import countries, country_names, demonyms, places, towns

    words = set(STOP_WORDS) | {w.lower() for w in (*calendar.month_name, *calendar.day_name) if w}
    words |= {w.lower() for w in (*countries(), *country_names(), *places(), *towns(), *demonyms())}
    return frozenset(words)


def dictionary_words() -> frozenset[str]:
    """The lemmas of WordNet 3.0 (nouns, verbs, adjectives, adverbs; lower case, proper nouns too)."""
    path = resources.files("spacy_lookups_data").joinpath("data", "en_lemma_index.json.gz")
    with path.open("rb") as file:
        return frozenset(word for words in json.loads(gzip.decompress(file.read())).values() for word in words)


def first_names() -> dict[str, str]:
    """Each first name (lower case) and its gender letter, by the rules of this module's docstring."""
    table = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))
    surnames = census("dist.all.last")
    census_first = census("dist.male.first")
    for name, share in census("dist.female.first").items():
        census_first[name] = census_first.get(name, 0.0) + share
    people = sum(row[1] for row in table.values())
    common, dictionary = places_and_function_words(), dictionary_words()
    names = {}
    for name, (sources, count, female, *_) in table.items():
        if sources < MIN_SOURCES or count < MIN_PEOPLE or not name.isalpha() and not is_hyphenated(name) or \
                not VOWEL.search(name):
            continue
        if surnames.get(name, 0.0) > SURNAME_RATIO * max(count / people, census_first.get(name, 0.0)):
            continue
        if name in common and count < PLACE_OR_FUNCTION_WORD_PEOPLE or \
                name in dictionary and count < DICTIONARY_WORD_PEOPLE:
            continue
        names[name] = "f" if female >= 1 - GENDER_MARGIN else "m" if female <= GENDER_MARGIN else "-"
    return names


def is_hyphenated(name: str) -> bool:
    """Whether a name is two or more names joined by hyphens ("jean-paul", "mary-kate")."""
    return "-" in name and all(part.isalpha() for part in name.split("-"))


def main() -> None:
    names = first_names()
    OUT.write_text(HEADER + "".join(f"{name}\t{gender}\n" for name, gender in sorted(names.items())),
                   encoding="utf-8")
    print(f"wrote {len(names):,} first names to {OUT}")


if __name__ == "__main__":
    main()
