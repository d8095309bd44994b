"""Resolving actors across the digest: one `Actor` per identity, whichever articles name it.

Part of the digest-wide stage (after every article's analysis), so a change here never makes the
cached analyses again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import replace
from functools import lru_cache
from itertools import chain, combinations
from typing import get_args

import numpy as np

from digest.annotate.actors import (CLUB_HEADS, INITIALS, KIN, NAME_NOUNS, ORGANISATION_HEADS, POSSESSIVE, PERSON_NOUNS,
                                    TITLE_WORDS, TOWN_LABEL, TRADING_HEADS, VENUE_HEADS, VENUE_LABEL, WEB_ENDING,
                                    acronyms, countries, country_names, demonyms, first_name_gender, gender_of_name,
                                    is_a_clipping_of, is_first_name, is_geographic, is_less_an_abbreviation,
                                    names_a_body, region_abbreviations, spelling_key, towns, written_form)
from digest.model import Actor, ActorArticle, ActorType, AnnotatedArticle, LocalActor
from digest.resolve.registry import Entry, Registry, fold
from digest.slugs import slug


def resolve_actors(articles: Sequence[AnnotatedArticle], registry: Registry | None = None
                   ) -> tuple[tuple[Actor, ...], dict[tuple[str, str], str]]:
    """One `Actor` per identity across the digest, and the map from (article id, local key) to its id.

    `articles` must be ordered newest first; each actor's appearances keep that order. The registry's
    names and aliases decide identities first; then a surname used alone joins the one full name in
    the digest that ends with it, or, of several, the one the digest gives the same post.
    """
    known = (registry or Registry()).lookup()
    rank = {annotated.article.id: n for n, annotated in enumerate(articles)}
    groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]] = defaultdict(list)
    entries: dict[int, Entry | None] = {}  # id of a local actor -> its registry entry, looked up once
    by_names: dict[tuple, Entry | None] = {}  # the same names recur across thousands of articles
    named_in_full = surnames_named_in_full(articles)
    generic = generic_body_words(articles)
    for annotated in articles:
        no_clubs = reports_no_clubs(annotated)  # once an article: it reads all its actors
        for local in annotated.actors:
            local = without_a_partners_surname(local, named_in_full)
            names = (local.name, local.type, local.variants)
            entry = by_names.get(names, by_names)
            if entry is by_names:
                entry = by_names[names] = registry_entry(local, known)
            entries[id(local)] = entry
            key = identity_key(local, entry, no_clubs)
            if entry is None and local.name in generic:  # whatever the NER took it for
                key += ARTICLE_KEY + annotated.article.id  # "United" of one article is not of another
            groups[key].append((annotated, local))
    join_towns_apart_from_no_club(groups)
    join_places_cut_from_bodies(groups, entries)
    split_towns_of_different_regions(groups, entries)
    retype_full_names_taken_for_bodies(groups, known, entries)
    types = merge_surnames(groups, known)
    merge_spellings(groups, types)
    merge_short_forms(groups, types, known)
    merge_members_into_parties(groups, types)
    merge_houses_named_alone(groups, types)
    split_bodies_of_other_countries(groups, types, entries)  # once "the Greens" have joined the Green Party
    split_relatives_of_unrelated_articles(groups, types)
    surnames = {key.rsplit(" ", 1)[1] for key in groups  # of people named in full: not "Associated Press' Twitter"
                if " " in key and types.get(key) == "person" and is_first_name(key.split()[0].capitalize())}
    people = [key for key, members in groups.items()  # named in full
              if " " in key and (types.get(key) or voted_type(members)) == "person"]
    bearers = Counter(key.rsplit(" ", 1)[1] for key in people)  # how many people have each surname
    given = Counter(key.split()[0] for key in people)  # and each first name

    actors, actor_of = [], {}
    quoted = {a.article.id: Counter(q.speaker_key for q in a.quotes if q.speaker_key) for a in articles if a.quotes}
    taken: set[str] = {"index"}  # actors/index.md is the actors index, never an actor's page
    canonicals = {key: canonical(members, entries) for key, members in groups.items()}  # once per group
    for key in oldest_first(groups):  # of namesakes, the one named first keeps the plain slug
        members = groups[key]
        name, entry = canonicals[key]
        type_ = entry.type if entry else types.get(key) or voted_type(members)
        said = sum(quoted.get(annotated.article.id, {}).get(local.key, 0) for annotated, local in members)
        if entry is None and type_ == "person":
            type_ = "organisation" if named_like_a_body(name, members) or \
                named_like_a_person_but_a_body(name, members, said > 0) or \
                heads_a_bodys_post(name, members, surnames) else \
                one_word_taken_for_a_person(name, members, surnames, said > 0) or type_
        elif entry is None and holds_a_persons_post(members):
            type_ = "person"
        elif entry is None and type_ == "place" and place_taken_for_a_body(name, members):
            type_ = "organisation"
        actor_id = unique_slug(name, type_, taken)
        roles = [local.role for _, local in members if local.role]  # most actors have none: no Counter
        if roles and type_ != "person":
            roles = roles_of_a_body(roles, type_)
        written = Counter(v for _, local in members for v in local.variants)
        actors.append(Actor(
            id=actor_id, name=name, type=type_, aliases=tuple(sorted(set(written) - {name})),
            also_written=written_forms(name, type_, written), appearances=appearances_of(members, rank),
            role=(entry.role if entry and entry.role else spelt_out_role(Counter(roles).most_common(1)[0][0])
                  if roles else None),
            description=entry.description if entry else None, wikidata=entry.wikidata if entry else None,
            media=(entry.media if entry else False) or is_an_outlet(type_, name, members),
            prominence=prominence(members, said), registered=entry is not None,
            shared_surname=type_ == "person" and " " not in name and (
                bearers[base_key(key)] > 1 or given[base_key(key)] >= FIRST_NAME_OF_MANY and not said),
            quoted=said))
        for annotated, local in members:
            actor_of[(annotated.article.id, local.key)] = actor_id
    actors.sort(key=lambda a: (-a.mentions, a.name, a.id))
    return tuple(actors), actor_of


def oldest_first(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]]) -> list[str]:
    """The group keys by the first article naming each (the oldest date, then the first id; undated articles after
    dated ones), then by key: the order actors take their slugs in. Of two namesakes the one named first keeps the
    plain slug ("reading", then "reading-organisation"), so a namesake that a later article names takes no earlier
    actor's page."""
    def first_named(key: str) -> tuple:
        return min((a.article.date is None, a.article.date or dt.date.min, a.article.id) for a, _ in groups[key])

    return sorted(groups, key=lambda key: (first_named(key), key))


FIRST_NAME_OF_MANY = 6  # people named in full with a first name for it alone, never quoted, to have no page
SURNAME_IN_FULL_ARTICLES = 3  # articles naming people in full by a surname for a first name alone not to be one


def surnames_named_in_full(articles: Sequence[AnnotatedArticle]) -> Counter[str]:
    """How many articles name a person in full ending with each word ("Vera Hale": "Hale")."""
    return Counter(word for annotated in articles for word in {local.name.split()[-1] for local in annotated.actors
                                                               if local.type == "person" and " " in local.name})


def without_a_partners_surname(local: LocalActor, named_in_full: Counter[str]) -> LocalActor:
    """A person an article names once by a word alone before "and" and another's full name ("Hale and Greta Olsen"),
    to whom `with_partners_surnames` gave that surname ("Hale Olsen"), is the word alone again when the digest names
    people in full by that word as their surname in `SURNAME_IN_FULL_ARTICLES` articles or more ("Vera Hale"): a
    surname the digest knows, of someone the article names beside another ("Presidents Hale and Ivo Olsen")."""
    words = local.name.split()
    if local.type == "person" and len(words) == 2 and local.variants == (words[0],) and \
            named_in_full[words[0]] >= SURNAME_IN_FULL_ARTICLES:
        return replace(local, name=words[0])
    return local


# Titles news abbreviates before a name ("Sen. Hale", "Gov. Mora"), spelt out where a page shows the role alone.
TITLE_ABBREVIATIONS = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
                       "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant", "capt.": "captain",
                       "cmdr.": "commander", "adm.": "admiral", "insp.": "inspector", "supt.": "superintendent",
                       "det.": "detective", "prof.": "professor", "atty.": "attorney"}


def spelt_out_role(role: str) -> str:
    """A role as an actor's page shows it, its abbreviated titles spelt out in the case they were written
    ("Sen." → "Senator", "state Sen." → "state Senator", "former Gov." → "former Governor")."""
    words = role.split()
    spelt = [TITLE_ABBREVIATIONS.get(word.lower(), word) for word in words]
    return " ".join(new[:1].upper() + new[1:] if new != old and old[:1].isupper() else new
                    for old, new in zip(words, spelt))


def roles_of_a_body(roles: list[str], type_: str) -> list[str]:
    """The roles an organisation's or a place's page may show, of those its articles read before mentions the NER
    took for a person's: none of a place, which holds no post ("his 40-cap Ruritania career"), and of an
    organisation no person's noun standing alone ("leaders Rovers", "Chief Quantix": `is_a_persons_role`); a
    body's own description stays, and a person's noun a word says is a body's ("gas monopoly", "market leader")."""
    if type_ == "place":
        return []
    return [role for role in roles if " " in role or not is_a_persons_role(role)]


def holds_a_persons_post(members: list[tuple[AnnotatedArticle, LocalActor]]) -> bool:
    """Whether some article gives an actor the mentions voted an organisation's or a place's a post or a part only a
    person holds ("Harry Potter author JK Rowling", "Home Office minister Baroness Scotland", "his daughter
    Natalie", "ex-Smiths star Morrissey"): then it is a person, whatever the NER made of its other mentions."""
    return any(local.role and post_word(local.role) in PERSONS_POSTS for _, local in members)


# The last words of roles only a person has: no firm, body or place is an "author" or a "minister".
PERSONS_POSTS = KIN | frozenset("""
minister secretary president chairman chairwoman chairperson spokesman spokeswoman spokesperson editor governor
mayor treasurer commissioner ambassador envoy chancellor peer author novelist writer actor actress singer
presenter comedian rapper musician mp senator congressman congresswoman judge star
""".split())


# How many articles must call a name a work, a product or an award, and what share at least of the articles naming
# it, for it to be no actor in the articles that do not say so: a few articles write "the Ray Charles biopic Ray" or
# "Hollywood actor Kevin Bacon", so one call, or a few among many articles, says nothing of the name elsewhere.
THING_MIN_ARTICLES = 2
THING_SHARE = 0.2


def without_things(articles: Sequence[AnnotatedArticle], registry: Registry | None = None
                   ) -> tuple[AnnotatedArticle, ...]:
    """The articles less the local actors that are works, products or awards: a name the article itself calls
    one (`AnnotatedArticle.things`), and one that THING_MIN_ARTICLES articles of the digest call one (`things`, or
    the weaker `products`: "the Windows operating system"), a THING_SHARE of the articles naming it at least ("the
    film Vera Drake" in 11 of its 14 articles: the others' "Vera Drake" is the film too), a version of one
    (`is_a_version`: "Windows XP"), and the end of a title the NER cut at "of" (`title_ends`). A name in the
    registry stays an actor, and so does one its article quotes ("Bafta said the …": the academy the award is
    named after)."""
    called = Counter(name for annotated in articles for name in {*annotated.things, *annotated.products})
    named = Counter(name for annotated in articles for name in {local.name for local in annotated.actors}
                    if name in called)
    things = {name for name, n in called.items()
              if n >= THING_MIN_ARTICLES and n >= THING_SHARE * max(named[name], n)} | title_ends(articles)
    things |= {local.name for annotated in articles for local in annotated.actors if is_a_version(local.name, things)}
    things |= day_name_openings(articles)
    return without_locals(articles, registry, lambda annotated, local: local.name in things or
                          local.name in annotated.things)


def without_common_nouns(articles: Sequence[AnnotatedArticle], registry: Registry | None = None
                         ) -> tuple[AnnotatedArticle, ...]:
    """The articles less the one-word local actors written only where a common noun may stand (`noun_shaped`: "the
    Budget", "Secretary of State") whose name THING_MIN_ARTICLES articles of the digest leave out as a common noun
    they also write in lower case (`common_nouns`: "the current budget"), a THING_SHARE of the articles writing it
    at least. A name written as a name ("Sky said", "on Sky") or in the registry stays, and so does one its article
    quotes."""
    left_out = Counter(name for annotated in articles for name in set(annotated.common_nouns))
    named = Counter(name for annotated in articles for name in {local.name for local in annotated.actors}
                    if name in left_out)
    common = {name for name, n in left_out.items() if n >= THING_MIN_ARTICLES and n >= THING_SHARE * (n + named[name])}
    return without_locals(articles, registry, lambda annotated, local: local.name in common and
                          local.key in annotated.noun_shaped)


def without_locals(articles: Sequence[AnnotatedArticle], registry: Registry | None,
                   leave_out: Callable[[AnnotatedArticle, LocalActor], bool]) -> tuple[AnnotatedArticle, ...]:
    """The articles less the local actors `leave_out` picks, but for a name in the registry and one its article
    quotes."""
    known = (registry or Registry()).lookup()
    result = []
    for annotated in articles:
        kept = tuple(local for local in annotated.actors
                     if not (leave_out(annotated, local) and registry_entry(local, known) is None and
                             all(quote.speaker_key != local.key for quote in annotated.quotes)))
        result.append(annotated if len(kept) == len(annotated.actors) else replace(annotated, actors=kept))
    return tuple(result)


# A version's or a model's mark after a product's or a work's name: "XP", "2", "III", "DS".
VERSION = re.compile(r"(?:\d+|[IVX]+|[A-Z]{1,3}\d*)")


def is_a_version(name: str, things: Set[str]) -> bool:
    """Whether a name is a work's or a product's name (`things`) and a version's or a model's mark after it:
    "Windows XP", "Shrek 2", "Xbox 2"."""
    head, _, mark = name.rpartition(" ")
    return head in things and bool(VERSION.fullmatch(mark))


def title_ends(articles: Sequence[AnnotatedArticle]) -> set[str]:
    """The names that every mention across the digest, in THING_MIN_ARTICLES articles at least, writes where a
    title was cut at "of" (each article's `cut_at_of`: "Rings" of "Lord of the Rings", "Eternal Sunshine" and
    "Spotless Mind" of "Eternal Sunshine of the Spotless Mind"), written again and again, never a name of its own."""
    ends: Counter[str] = Counter()
    elsewhere: set[str] = set()
    for annotated in articles:
        cut = set(annotated.cut_at_of)
        for local in annotated.actors:
            if local.key in cut:
                ends[local.name] += 1
            else:
                elsewhere.add(local.name)
    return {name for name, n in ends.items() if n >= THING_MIN_ARTICLES and name not in elsewhere}


def day_name_openings(articles: Sequence[AnnotatedArticle]) -> set[str]:
    """The names that THING_MIN_ARTICLES articles at least write only right before a day of the week (each
    article's `before_a_day`: "Super" of "Super Tuesday"), DAY_SHARE of the articles naming them at least: a day's
    name the NER cut, not a name of its own, also where an article writes it otherwise ("Super PACs"). "Twitter"
    of "on Twitter Tuesday" is named alone in most of its articles."""
    before: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for annotated in articles:
        cut = set(annotated.before_a_day)
        for local in annotated.actors:
            named[local.name] += 1
            before[local.name] += local.key in cut
    return {name for name, n in before.items() if n >= THING_MIN_ARTICLES and n >= DAY_SHARE * named[name]}


# The share of a name's articles that must write it only before a day of the week for it to be a day's name cut.
DAY_SHARE = 0.75


def is_an_outlet(type_: str, name: str, members: list[tuple[AnnotatedArticle, LocalActor]]) -> bool:
    """Whether an actor is a news outlet: an organisation that some article shows as one ("NBC News", "told CNN",
    "Reuters reported"), unless its name is a body's ("told Congress", "told the State Department": `names_a_body`).
    Never a person, whatever an article made of a mention the NER took for an organisation ("told Trump")."""
    return type_ == "organisation" and not names_a_body(name) and any(local.media for _, local in members)


def prominence(members: list[tuple[AnnotatedArticle, LocalActor]], quotes: int) -> float:
    """How much the digest is about an actor: one point per article it appears in, half a point more
    where it is in the headline or the lead, a quarter per quotation of it, a tenth per mention. A name
    met once in one article scores 1.1; a person in the headlines of many articles, far more.
    `quotes`: how many quotations of the digest the actor is the speaker of."""
    articles, leads, mentions = set(), set(), 0
    for annotated, local in members:
        article = annotated.article
        articles.add(article.id)
        mentions += len(local.mentions)
        names = (local.name, *local.variants)
        if any(m.paragraph == 0 for m in local.mentions) or any(name in article.title for name in names):
            leads.add(article.id)
    return round(len(articles) + 0.5 * len(leads) + 0.25 * quotes + 0.1 * mentions, 2)


def registry_entry(local: LocalActor, known: dict[str, Entry]) -> Entry | None:
    """The registry entry of a local actor: by its name or a variant, or by a listed surname spelling
    with the same first name ("Volodymyr Zelenskiy" when "Zelenskiy" is an alias of Volodymyr Zelenskyy)."""
    for name in (local.name, *local.variants):
        entry = known.get(lookup_form(name))
        if entry is not None and written_as_registered(name, entry):
            return entry
    words = local.name.split()
    if local.type == "person" and len(words) > 1:
        entry = known.get(folded(words[-1]))
        if entry is not None and entry.type == "person" and entry.name.split()[0] == words[0]:
            return entry
    return None


ABBREVIATION_LETTERS = 3  # the longest abbreviation only its capitals make one ("US", "EU", "WHO")


def written_as_registered(name: str, entry: Entry) -> bool:
    """Whether a name an article writes is the registry entry's name or an alias as the registry writes it: a short
    abbreviation in capitals ("US", "U.S.": up to ABBREVIATION_LETTERS letters) only in capitals, since the same
    letters in lower case are a word ("Us" opening a title, "Us Weekly" is no United States); any other name
    whatever its case ("LONDON", "Bbc")."""
    if name.isupper():
        return True
    form = lookup_form(name)
    return any(lookup_form(phrase) == form and not is_short_abbreviation(phrase)
               for phrase in (entry.name, *entry.aliases))


def is_short_abbreviation(phrase: str) -> bool:
    """Whether a registry phrase is an abbreviation of up to ABBREVIATION_LETTERS capitals ("US", "U.S.", "EU")."""
    letters = phrase.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= ABBREVIATION_LETTERS


@lru_cache(maxsize=1 << 17)
def lookup_form(name: str) -> str:
    """A name as the registry's lookup table holds it (the same names recur across thousands of articles)."""
    return folded(POSSESSIVE.sub("", name))


folded = lru_cache(maxsize=1 << 17)(fold)


def merge_surnames(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                   known: dict[str, Entry]) -> dict[str, str]:
    """A person named only by surname joins the one person of the digest whose full name ends with it.
    Returns the voted type of each group it asked about and left as it was."""
    types = {key: voted_type(members) for key, members in groups.items() if " " in key or key not in known}
    split_namesakes_of_sport(groups, types)
    merge_middle_names(groups, types)
    merge_forms_of_a_name(groups, types)
    merge_misspelt_first_names(groups, types)
    merge_surnames_of_two_words(groups, types)
    merge_initials(groups, types)  # first, so that "B Kay" of a line-up is no second full name beside Ben Kay
    types.update((key, voted_type(members)) for key, members in groups.items()
                 if key not in types and (" " in key or key not in known))  # the joined groups' types again
    full_names: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        if " " in key and types[key] == "person":
            full_names[key.rsplit(" ", 1)[1]].append(key)
    firsts = Counter(key.split()[0] for key in groups if " " in key and types[key] == "person")
    common = names_most_articles_name(groups)
    for key in [k for k in groups if " " not in k and k not in known]:
        if types[key] == "person" and len(full_names.get(key, [])) == 1:
            joined = full_names[key][0]
            move_members(groups, types, key, lambda member: joined if may_join(member, groups[joined]) and
                         not a_first_name_alone(member, firsts, full_names) and
                         not a_stranger_to(member, groups[joined], common) else None)
    shared = [key for key in groups
              if " " not in key and types.get(key) == "person" and len(full_names.get(key, [])) > 1]
    merge_surnames_by_post(groups, types, full_names, shared)
    merge_dominant_namesakes(groups, types, full_names, shared)
    merge_surnames_taken_for_bodies(groups, types, full_names, known)
    merge_players_taken_for_bodies(groups, types, full_names, known)
    merge_first_names_of_one_person(groups, types, known)
    return types


def may_join(member: tuple[AnnotatedArticle, LocalActor], person: list[tuple[AnnotatedArticle, LocalActor]]) -> bool:
    """Whether a surname written alone may name a person the digest names in full (`person`: its members). Not
    when the article gives it an honorific of the other gender ("Mrs Wilkinson" is not Jonny Wilkinson), or a
    royal title ("Prince Charles" is not Ray Charles), nor when it is a sports report's and the person is named
    in full mostly outside sports reports ("Adriano" of a football report is not the banker Andreas Adriano, "Brown"
    of a line-up not Gordon Brown, whom a few political reports name beside a "team" and a "match"; not the other
    way round: a line-up of names is not always known for a sports report by its words)."""
    annotated, local = member
    gender = gender_of_name(person[0][1].name)
    if gender and honorific_gender(local) not in (None, gender):
        return False
    if local.role and post_word(local.role) in ROYAL_TITLES or another_by_the_surname(local, person[0][1].name):
        return False
    return not annotated.sports or 2 * sum(other.sports for other, _ in person) >= len(person)


LITTLE_KNOWN_ARTICLES = 5  # articles naming a person in full, fewer than which a surname alone must share a name


def a_stranger_to(member: tuple[AnnotatedArticle, LocalActor], person: list[tuple[AnnotatedArticle, LocalActor]],
                  common: Set[str]) -> bool:
    """Whether a surname alone is someone else than the one person the digest names in full with it (`person`: its
    members), whom fewer than LITTLE_KNOWN_ARTICLES articles name: its article names others (people, bodies,
    places), and so do the person's articles, but none in common save names a good share of the whole digest names
    (`common`: "US", "London", the President), which any two stories share, unless the article gives the surname
    the post a member of the person has ("Sen." both). "Kell" of a line-up is not the sprinter Ada Kell of one
    athletics report, nor "Kell", a dancer in a TV show, a car firm's head, nor "Mr Kell", the head of a London
    bank, a web firm's Kell of two reports naming London too; a name as well known as many articles make it may
    stand alone in any story, and an article that writes the full name somewhere (where the NER missed it, or in
    its byline: "Brandt reported from Tulsa" below "By Ula Brandt") means that person. With nothing named beside
    it on one side, nothing tells them apart: it joins."""
    annotated, alone = member
    articles = {other.article.id for other, _ in person}
    names = {local.name for _, local in person if " " in local.name}
    if len(articles) >= LITTLE_KNOWN_ARTICLES or annotated.article.id in articles or \
            any(name in text for text in written_by(annotated) for name in names):
        return False
    around, beside = names_beside(person, EVERY_TYPE), names_beside([member], EVERY_TYPE)
    shared = around & beside
    return bool(around) and bool(beside) and not shared - common and not (shared and same_post(alone, person))


def written_by(annotated: AnnotatedArticle) -> Iterable[str]:
    """The texts an article writes: its paragraphs and its byline's authors."""
    return chain((paragraph.text for paragraph in annotated.article.paragraphs), annotated.article.authors)


COMMON_SHARE = 0.1  # the share of a digest's articles that name an actor it shares with any other story
COMMON_MIN_ARTICLES = 20  # and the fewest articles that make a name so common (a small digest has none)


def names_most_articles_name(groups: Mapping[str, list[tuple[AnnotatedArticle, LocalActor]]]) -> frozenset[str]:
    """The names (folded) of actors that COMMON_SHARE of the digest's articles name, and COMMON_MIN_ARTICLES at
    least: the country, the capital, the leader most stories mention, which two stories share by chance."""
    articles = {annotated.article.id: annotated for members in groups.values() for annotated, _ in members}
    counts = Counter(name for annotated in articles.values()
                     for name in {folded(local.name) for local in annotated.actors})
    least = max(COMMON_MIN_ARTICLES, COMMON_SHARE * len(articles))
    return frozenset(name for name, count in counts.items() if count >= least)


def same_post(local: LocalActor, person: list[tuple[AnnotatedArticle, LocalActor]]) -> bool:
    """Whether the article gives a name the post (the last word of its role: "Sen.", "judge") a member of the
    person has in their article."""
    return bool(local.role) and post_word(local.role) in {post_word(other.role) for _, other in person if other.role}


def another_by_the_surname(local: LocalActor, name: str) -> bool:
    """Whether a one-word name, the surname of a person named in full (`name`), is shown by the words the article
    writes before it (its role) to be someone else: a relative called by a first name ("Ian Hale, whose father
    Vernon …", beside the singer Ivo Vernon), or a man with another first name the NER left out of his name
    ("Iain" before "Vernon", not "Ivo", nor a familiar form of it, nor an initial or a title: "C Vernon", "Justice
    Vernon")."""
    words = (local.role or "").split()
    if not words or folded(local.name) != folded(name.split()[-1]):
        return False
    last, first = words[-1], name.split()[0]
    if last.lower() in KIN:
        return is_first_name(local.name)
    if len(words) > 1 or len(last) < 2 or not last[:1].isupper() or last.lower() in TITLE_WORDS or \
            not is_first_name(last):
        return False
    return last.casefold() != first.casefold() and last.lower() not in familiar_forms(first.lower()) and \
        first.lower() not in familiar_forms(last.lower())


def a_first_name_alone(member: tuple[AnnotatedArticle, LocalActor], firsts: Counter[str],
                       full_names: dict[str, list[str]]) -> bool:
    """Whether a one-word person's name of a report of no sport is a first name rather than the surname of the one
    person the digest names in full with it: the digest names more people in full with the word for a first name
    (`firsts`) than for a surname (`full_names`), and neither an honorific nor a person's post is written with it
    ("Mr Hale", "Senator Hale"). "Who's Ned?", a song's title, or "her brother Ned" is not the singer Joss Ned; the
    name stays apart."""
    annotated, local = member
    key = folded(local.name)
    return not annotated.sports and firsts[key] > len(full_names.get(key, ())) and \
        not any(" " in variant for variant in local.variants) and \
        not (local.role and post_word(local.role) in PERSONS_POSTS)


DOMINANT = 5  # how many times more articles than all its namesakes together a person a bare surname means is in
DOMINANT_MIN_ARTICLES = 5


FIRST_NAME_CALLS = 3  # articles that name a person in full and also call them by their first name alone
FIRST_NAME_SHARE = 0.05  # and the share of the person's articles they are, for a first name alone to be theirs


def merge_first_names_of_one_person(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                    types: dict[str, str], known: dict[str, Entry]) -> None:
    """A person named by a first name alone ("Zelda said") joins the person of the digest the writers call by it:
    of the people named in full with that first name, the one named in DOMINANT times as many articles as the others
    together (`dominates`), whom FIRST_NAME_CALLS articles at least, and FIRST_NAME_SHARE of theirs, also call by the
    first name alone. A candidate known by her first name ("Zelda" in a twentieth of Zelda Marsh's articles) is meant
    by it in an article that never names her in full; a prime minister whom no article calls "Tony" is not the
    "Tony" of another story, nor is a sports report's first name, nor one `may_join` keeps apart (an honorific of the
    other gender, a royal title)."""
    people: dict[str, list[str]] = defaultdict(list)
    for key in people_named_in_full(groups, types):
        people[key.split()[0]].append(key)
    for key in [k for k in groups if k in people and k not in known and group_type(groups, types, k) == "person"]:
        articles = {full: article_count(groups[full]) for full in people[key]}
        best = max(articles, key=lambda full: (articles[full], full))
        calls = len({annotated.article.id for annotated, local in groups[best]
                     if any(folded(variant) == key for variant in local.variants)})
        if calls < max(FIRST_NAME_CALLS, FIRST_NAME_SHARE * articles[best]) or \
                not dominates(articles[best], sum(articles.values()) - articles[best]):
            continue
        move_members(groups, types, key, lambda member: best if not member[0].sports and
                     may_join(member, groups[best]) else None)


def merge_dominant_namesakes(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str],
                             full_names: dict[str, list[str]], shared: list[str]) -> None:
    """A person named only by a surname that several people of the digest end with joins, article by article, the
    one of them a reader would take it for: named in full in at least DOMINANT times as many articles as the others
    that surname may name (`may_join`) together, and in DOMINANT_MIN_ARTICLES at least. News writes "Mr Blair"
    without a first name for the Prime Minister of 131 articles, not for Sir Ian Blair of three or Cherie Blair
    (a woman). Otherwise it stays apart. `shared`: the keys of those surnames."""
    for key in (key for key in shared if key in groups):
        articles = {full: article_count(groups[full]) for full in full_names[key] if full in groups}

        def dominant(member: tuple[AnnotatedArticle, LocalActor]) -> str | None:
            able = {full: n for full, n in articles.items() if may_join(member, groups[full])}
            best = max(able, key=lambda full: (able[full], full), default=None)
            return best if best and dominates(able[best], sum(able.values()) - able[best]) else None

        move_members(groups, types, key, dominant)


def merge_surnames_taken_for_bodies(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                    types: dict[str, str], full_names: dict[str, list[str]],
                                    known: dict[str, Entry]) -> None:
    """A one-word name most of whose articles the NER took for an organisation's ("fed to Trump by allies",
    "against Trump"), but some for a person's (PERSON_SHARE of them at least), joins the person of the digest whose
    full name ends with it when that person is named in full in DOMINANT times as many articles as the bare name
    and the other namesakes together: the 35 articles of a bare "Trump" are Donald Trump's 568, not an organisation
    called Trump. A firm named for a founder keeps its name ("Ford", in far more articles than Harrison Ford)."""
    for key in [k for k in groups if " " not in k and k not in known and types.get(k) == "organisation"]:
        members = groups[key]
        people = sum(1 for _, local in members if local.type == "person")
        if not full_names.get(key) or people < PERSON_SHARE * len(members):
            continue
        articles = {full: article_count(groups[full]) for full in full_names[key] if full in groups}
        if not articles:
            continue
        best = max(articles, key=lambda full: (articles[full], full))
        if dominates(articles[best], sum(articles.values()) - articles[best] + article_count(members)):
            move_members(groups, types, key, lambda member: best)


def merge_spellings(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str]) -> None:
    """Names the digest writes alike but for spaces, hyphens, "and" or "&" between their words (`written_form`:
    "Robert Kilroy-Silk" and "Robert Kilroy Silk", "JP Morgan" and "JPMorgan", "Food and Agriculture
    Organisation" and "Food & Agriculture Organisation") are one actor, under the name of most articles. A firm's
    suffix keeps names apart ("MCI Inc" may be the firm MCI, but "Leadplex LLC" and "Leadplex Inc" are two), and
    so does a country's or large city's name from a club's or a person's (`identity_key`)."""
    alike: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        alike[written_form(key)].append(key)
    for keys in alike.values():
        if len(keys) < 2:
            continue
        kept = max(keys, key=lambda key: (article_count(groups[key]), key))
        for key in keys:
            if key != kept:
                move_members(groups, types, key, lambda member: kept)


SHORT_FORM_MIN_ARTICLES = 2  # how many articles must write a short form beside the name it stands for
SHORT_FORM_SHARE = 0.2  # and what share at least of the articles writing it alone
SHORT_FORM_MANY = 5  # or how many articles: enough whatever the share ("Labour" of the Labour Party)


def merge_short_forms(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str],
                      known: dict[str, Entry]) -> None:
    """A short form of a name written alone joins the organisation or place it stands for (`is_a_short_form_of`: an
    abbreviation, "EU", "CBI"; a clipping, "Lib Dems"; the name less its last word, "Labour" of the Labour Party)
    when SHORT_FORM_MIN_ARTICLES articles join the two (each article's `join_acronyms`, `join_clippings`: "the
    European Union (EU)"), a SHORT_FORM_SHARE of the articles writing the short form alone at least or
    SHORT_FORM_MANY articles (10 of the 136 writing "Labour" alone join it to the Labour Party), and one name takes
    most of those joins (twice as many as the others together: "United Nation", a slip of one article, beside the
    United Nations). One or two articles among many say nothing of the others: "the NEC" of one article is
    Labour's National Executive Committee, of six others the Japanese firm NEC; "RCA" the Royal College of Art
    once, the record label thrice. Article by article, as a surname joins a full name (`may_join`): not from a
    sports report to a name named mostly outside them, nor the other way ("the CSA" of a doping case is no Child
    Support Agency), nor where the article spells it out as another name ("the Conseil Superieur de l'Audiovisuel
    (CSA)": `spelt_out_otherwise`). A registered abbreviation stays as the registry says, and no person is joined.
    Again while any joins: "Lib Dem" joins "Lib Dems" in some articles, "Liberal Democrats" in others, and once
    the Lib Dems are the Liberal Democrats, all of them."""
    while join_short_forms_once(groups, types, known):
        pass


def join_short_forms_once(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str],
                          known: dict[str, Entry]) -> bool:
    """One pass of `merge_short_forms`; whether any short form joined a name."""
    moved = False
    joins: dict[str, Counter[str]] = defaultdict(Counter)  # short form's key -> full name's key -> articles
    for key, members in groups.items():
        # In the members' order, not a set's: the order the short forms join in would follow the hash seed.
        shorts = dict.fromkeys((annotated.article.id, variant) for annotated, local in members for variant in
                               local.variants if variant != local.name and is_a_short_form_of(variant, local.name))
        if not shorts or (types.get(key) or voted_type(members)) == "person":
            continue  # most names have no short form: their type is not asked
        for _, variant in shorts:
            joins[folded(variant)][key] += 1
    for short, full_names in joins.items():
        if short not in groups or short in known:
            continue
        best, n = max(full_names.items(), key=lambda item: (item[1], item[0]))
        if best not in groups:
            continue  # joined another name in this pass: the next pass counts its joins there
        name = groups[best][0][1].name
        if group_type(groups, types, short) == "person" and \
                not is_a_clipping_of(groups[short][0][1].name, name):
            continue  # but a clipping, no one's name ("Lib Dem" of the Liberal Democrats, labelled a person's)
        only = all(is_a_clipping_of(groups[key][0][1].name, name) for key in full_names
                   if key != best and key in groups)
        if not (enough_joins(n, sum(full_names.values()) - n, article_count(groups[short])) or
                spells_out_an_established_body(groups[short][0][1].name, name, only, article_count(groups[best]))):
            continue
        sports = 2 * sum(annotated.sports for annotated, _ in groups[best]) >= len(groups[best])
        before = len(groups[short])
        move_members(groups, types, short, lambda member: best if member[0].sports == sports and
                     not spelt_out_otherwise(*member, name) else None)
        moved = moved or len(groups.get(short, ())) < before
    return moved


def enough_joins(joins: int, elsewhere: int, alone: int) -> bool:
    """Whether `joins` articles joining a short form to one name (`elsewhere`: to other names) are enough for the
    `alone` articles that write the short form alone (`merge_short_forms`)."""
    return joins >= SHORT_FORM_MIN_ARTICLES and joins >= min(SHORT_FORM_SHARE * alone, SHORT_FORM_MANY) and \
        joins >= 2 * elsewhere


ESTABLISHED_BODY_ARTICLES = 3  # articles naming a body in full for one article spelling out its acronym to do


def spells_out_an_established_body(short: str, name: str, only: bool, articles: int) -> bool:
    """Whether one article spelling out an acronym ("the Zorvian Ferry Authority (ZFA)") is enough for every article
    writing it alone: the acronym is the exact initials of the name (`is_an_acronym_of`), no article joins it to
    another name but a slip of this one ("United Nation" of the United Nations: `only`), and the digest names that
    body in full in ESTABLISHED_BODY_ARTICLES articles at least, so the name is no passing spelling-out of an
    acronym the digest otherwise uses for something else ("the Royal College of Art (RCA)" once beside RCA the
    record label)."""
    return only and is_an_acronym_of(short, name) and articles >= ESTABLISHED_BODY_ARTICLES


def merge_members_into_parties(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                               types: dict[str, str]) -> None:
    """A one-word organisation that is the plural of a party's name less "Party", or its adjective
    (`party_forms`: "the Conservatives" of the Conservative Party, "the Greens" of the Green Party, "Republican" of
    "Republican leaders") joins that party of the digest: its members together stand for it, and its adjective
    names it. Digest-wide only: an article naming both keeps both as it writes them."""
    join_one_word_bodies(groups, types, [key for key in groups if key.endswith(" party")], party_forms)


def merge_houses_named_alone(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                             types: dict[str, str]) -> None:
    """A one-word organisation that is the last word, a plural, of the one "House of …" organisation of the digest
    ("the Commons" of the House of Commons, "the Lords" of the House of Lords) joins it: a chamber is named by its
    members' word alone; not "Parliament" ("the Houses of Parliament" are its chambers, and many countries have
    one). Digest-wide only, as `merge_members_into_parties`; with two such houses, or none, it stays."""
    houses = [key for key in groups if key.startswith("house of ") and key.count(" ") == 2 and key.endswith("s")]
    join_one_word_bodies(groups, types, houses, lambda house: (house.rsplit(" ", 1)[1],))


def split_relatives_of_unrelated_articles(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                          types: dict[str, str]) -> None:
    """A person's first name alone that some article gives a relative's word (`KIN`: "his wife Vera", "whose
    sister Vera") names someone of that article's people's family, no public figure: its articles stay one person
    only where they name a person in full or a body in common (`linked_articles`: Ivo Hale's wife Vera of three
    reports on Ivo Hale), and each other set of its articles is a person of its own (`ARTICLE_KEY`: the wife Vera
    of an obituary is not the sister Vera of another story). A first name no article writes after a relative's word
    ("Vera" of a singer known by it alone) stays one."""
    for key in [k for k in groups if " " not in k and group_type(groups, types, k) == "person"]:
        members = groups[key]
        if not is_first_name(members[0][1].name) or not any(after_a_relatives_word(member) for member in members) \
                or any(with_a_title(local, NOBLE_TITLES) for _, local in members):
            continue
        parts = linked_articles(members)
        if len(parts) < 2:
            continue
        for part in parts[1:]:
            move_members(groups, types, key, lambda member, part=part: key + ARTICLE_KEY + part[0]
                         if member[0].article.id in part else None)


def with_a_title(local: LocalActor, titles: Set[str]) -> bool:
    """Whether an article writes one of `titles` right before a person's name ("Prince Ivo", "Lady Vera")."""
    return any(mention.text.split()[0].lower() in titles and mention.text != mention.name for mention in local.mentions)


RELATIVES_WORD = re.compile(r"\b([a-z]+?)s?,? $")  # the word right before a name: "wife Vera", "sons, Ivo"


def after_a_relatives_word(member: tuple[AnnotatedArticle, LocalActor]) -> bool:
    """Whether an article writes a person's name right after a relative's word (`KIN`), in the singular or the
    plural, with a comma or none: "his wife Vera", "her sister, Vera", "his two sons, Ivo and Ned"."""
    annotated, local = member
    for mention in local.mentions:
        before = RELATIVES_WORD.search(annotated.article.paragraphs[mention.paragraph].text[:mention.start])
        if before and before.group(1) in KIN:
            return True
    return False


def linked_articles(members: list[tuple[AnnotatedArticle, LocalActor]]) -> list[list[str]]:
    """The articles of a group's members, in sets that name, pairwise along a chain, a person in full or a body
    (no news outlet) in common, largest set first: the articles of Ivo Hale's wife are one set, an obituary's
    widow's another."""
    ids = list(dict.fromkeys(annotated.article.id for annotated, _ in members))
    names = {annotated.article.id: {folded(local.name) for local in annotated.actors if not local.media and (
        local.type == "person" and " " in local.name or local.type == "organisation")} for annotated, _ in members}
    parent = {article: article for article in ids}

    def root(article: str) -> str:
        while parent[article] != article:
            article = parent[article]
        return article

    for first, second in combinations(ids, 2):
        if names[first] & names[second]:
            parent[root(second)] = root(first)
    parts: dict[str, list[str]] = defaultdict(list)
    for article in ids:
        parts[root(article)].append(article)
    return sorted(parts.values(), key=len, reverse=True)


def join_one_word_bodies(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str],
                         names: list[str], forms: Callable[[str], Iterable[str]]) -> None:
    """Each one-word group that is one of the `forms` of one of the groups `names` joins it, when both are voted
    organisations (`merge_members_into_parties`, `merge_houses_named_alone`); of several, the one named in
    DOMINANT times as many articles as the others together ("Democrats" of the Democratic Party of 70 articles, not
    of the "Democrat Party" of one), else it stays."""
    standing_for: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for form in forms(name):
            standing_for[form].append(name)
    for key in [k for k in groups if k in standing_for]:  # in the order of the groups, as every join
        articles = {name: article_count(groups[name]) for name in standing_for[key] if name in groups}
        best = max(articles, key=lambda name: (articles[name], name), default=None)
        if best and dominates(articles[best], sum(articles.values()) - articles[best], at_least=1) and \
                group_type(groups, types, key) == group_type(groups, types, best) == "organisation":
            move_members(groups, types, key, lambda member, name=best: name)


def party_forms(name: str) -> tuple[str, ...]:
    """The one-word names, folded, that stand for a party, of its folded name ending with "party": the plural of
    its name less "Party" ("conservatives" of the Conservative Party, "republicans" of the Republican Party), or
    of the noun of its adjective in "-ic" ("democrats" of the Democratic Party), or that adjective itself, in "-ic"
    or "-an" ("republican" of the Republican Party: the NER takes "a Republican senator" for the body). Not a noun
    alone: "Congress" of an article is rarely India's Congress Party."""
    head, _, last = name.rpartition(" ")
    if last != "party" or " " in head:
        return ()
    adjective = (head,) if head.endswith(("ic", "an")) else ()
    return (head + "s", head.removesuffix("ic") + "s", *adjective)


def spelt_out_otherwise(annotated: AnnotatedArticle, local: LocalActor, name: str) -> bool:
    """Whether an article writes an abbreviation in brackets after words other than `name` ("the Conseil Superieur
    de l'Audiovisuel (CSA)"), not after `name` however spelt ("the US Securities Exchange Commission (SEC)" for the
    Securities and Exchange Commission)."""
    for mention in local.mentions:
        text = annotated.article.paragraphs[mention.paragraph].text
        if text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")":
            return not spelling_key(text[:mention.start - 1]).endswith(spelling_key(name))
    return False


@lru_cache(maxsize=1 << 16)  # the same names recur in thousands of articles, and each pass asks again
def is_a_short_form_of(short: str, name: str) -> bool:
    """Whether a name an article joins to another is a short form of it: its initials ("EU" of the European Union),
    a clipping ("Lib Dems" of the Liberal Democrats), the name without its last word when that is an
    organisation's ("Labour" of the Labour Party, "Menatep" of the Menatep Group), or without the country's
    abbreviation it opens with ("Federal Reserve" of the US Federal Reserve: `is_less_an_abbreviation`)."""
    head, _, last = name.rpartition(" ")
    return is_an_acronym_of(short, name) or is_a_clipping_of(short, name) or \
        short == head and last in ORGANISATION_HEADS or is_less_an_abbreviation(short, name)


def is_an_acronym_of(short: str, name: str) -> bool:
    """Whether a name is written in capitals that are the initials of a longer name of several words ("EU" of the
    European Union, "IAAF" of the International Association of Athletics Federations)."""
    return short != name and " " in name and 2 <= len(short) <= 6 and short.isalpha() and short.isupper() and \
        short in acronyms(name)


def merge_players_taken_for_bodies(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                   types: dict[str, str], full_names: dict[str, list[str]],
                                   known: dict[str, Entry]) -> None:
    """A one-word name voted an organisation's or a place's, written only in sports reports and no country's, city's
    or town's name, that exactly one person of the digest is named in full with, is that person when `may_join`
    lets every one of them join and the person's mentions still outvote them: a player's surname the NER took for
    a club or a place ("Troncon", "Dellape", "Isinbayeva")."""
    for key in [k for k in groups if " " not in k and k not in known and types.get(k) in ("organisation", "place")]:
        members = groups[key]
        name = members[0][1].name
        people = [full for full in full_names.get(key, []) if full in groups]
        if len(people) != 1 or not all(annotated.sports for annotated, _ in members) or is_geographic(name) or \
                name in towns() or not all(may_join(member, groups[people[0]]) for member in members) or \
                voted_type(groups[people[0]] + members) != "person":
            continue  # its mentions would outvote the person's: a club's or a place's name after all
        move_members(groups, types, key, lambda member: people[0])


def article_count(members: list[tuple[AnnotatedArticle, LocalActor]]) -> int:
    """In how many articles a group's members stand."""
    return len({annotated.article.id for annotated, _ in members})


def dominates(articles: int, others: int, at_least: int = DOMINANT_MIN_ARTICLES) -> bool:
    """Whether a person named in `articles` articles is the one a name shared with `others` articles' people means:
    DOMINANT times as many, and `at_least` (DOMINANT_MIN_ARTICLES) at least."""
    return articles >= max(at_least, DOMINANT * others)


PERSON_SHARE = 0.2  # of a bare name's articles typed a person, for it to be a person's surname at all


def group_type(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str], key: str) -> str:
    """A group's type: as voted before (`types`), else voted again from its members (a join forgot it)."""
    return types.get(key) or voted_type(groups[key])


def people_named_in_full(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str]
                         ) -> list[str]:
    """The keys of the groups that are people named in full (two words or more)."""
    return [key for key in groups if " " in key and group_type(groups, types, key) == "person"]


def move_members(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str], key: str,
                 target_of: Callable[[tuple[AnnotatedArticle, LocalActor]], str | None]) -> None:
    """Each member of the group `key` joins the group `target_of` it names, or stays (None); the types voted of
    the groups whose members changed are forgotten, and the group is gone when none of its members stays."""
    kept = []
    for member in groups[key]:
        target = target_of(member)
        if target is None:
            kept.append(member)
        else:
            groups[target].append(member)
            types.pop(target, None)
    if len(kept) < len(groups[key]):
        types.pop(key, None)
        if kept:
            groups[key] = kept
        else:
            groups.pop(key)


ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "pope"})  # before a first name, not a surname
HONORIFIC_GENDERS = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f"}


def honorific_gender(local: LocalActor) -> str | None:
    """"f" or "m" when the article names a person with an honorific of one gender only ("Mrs Wilkinson")."""
    found = {HONORIFIC_GENDERS.get(v.split()[0].lower().rstrip(".")) for v in local.variants if " " in v} - {None}
    return found.pop() if len(found) == 1 else None


def merge_middle_names(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str]) -> None:
    """A person's first name and surname alone ("George Bush") join the one person of the digest named with the
    same first name and surname and middle initials between them ("George W Bush"); with several ("George H W
    Bush" too) they stay apart, and so do middle names, which may make another person ("Jerry Lee Lewis")."""
    longer: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if len(words) > 2 and types.get(key) == "person" and all(len(w.rstrip(".")) == 1 for w in words[1:-1]):
            longer[(words[0], words[-1])].append(key)
    for key in [k for k in groups if len(k.split()) == 2 and types.get(k) == "person"]:
        fuller = longer.get(tuple(key.split()), [])
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(key))
            types.pop(key)


SPORT_MARK = "\x00sport"  # after the first word of the key of a sportsman's namesake: the surname stays the last word
# The last words of a player's or a coach's post, and of an office of state that no sportsman holds.
PLAYERS_POSTS = frozenset("""
captain skipper striker keeper goalkeeper midfielder defender winger wing prop lock flanker fly-half scrum-half
full-back hooker centre coach batsman bowler sprinter hurdler manager boss
""".split())
OFFICES = frozenset("""
minister secretary mp chancellor senator governor mayor backbencher mep msp am councillor
""".split())


def split_namesakes_of_sport(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str]
                             ) -> None:
    """A full name that sports reports give a player, a coach or a manager (PLAYERS_POSTS: "Gareth Hale, Wales
    captain") and other articles an office of state (OFFICES: "Gareth Hale, the development minister") is two
    people: the player of the sports reports, and a namesake of the others. Only when each side's posts are of its
    kind alone: a player's other posts ("world number one", "champion") vary too much to tell people apart."""
    for key in [key for key in groups if " " in key and types.get(key) == "person"]:
        sport = [member for member in groups[key] if member[0].sports]
        other = [member for member in groups[key] if not member[0].sports]
        if not sport or not other:
            continue  # most people: named in sports reports alone, or in other news alone
        sport_posts, other_posts = posts_of(sport), posts_of(other)
        if (sport_posts & PLAYERS_POSTS and other_posts & OFFICES and not sport_posts & OFFICES and
                not other_posts & PLAYERS_POSTS) or a_namesake_in_other_news(sport, other, sport_posts, other_posts):
            first, rest = key.split(" ", 1)
            groups[key], groups[f"{first}{SPORT_MARK} {rest}"] = other, sport
            types[f"{first}{SPORT_MARK} {rest}"] = "person"


def a_namesake_in_other_news(sport: list[tuple[AnnotatedArticle, LocalActor]],
                             other: list[tuple[AnnotatedArticle, LocalActor]], sport_posts: set[str],
                             other_posts: set[str]) -> bool:
    """Whether the articles outside sport give a full name a post of other news alone (OTHER_NEWS_POSTS: "Gareth
    Hale, the party's chairman", "singer Gareth Hale"), which the sports reports do not give, and the two sides
    name no one else in common (no club, no team-mate, no party): then the sports reports' man is a namesake. A
    club's owner or chief executive named in both is no namesake: his club is named on both sides."""
    if not sport or not other_posts or not other_posts <= OTHER_NEWS_POSTS or sport_posts & other_posts:
        return False
    return not names_beside(sport) & names_beside(other)


EVERY_TYPE = frozenset(get_args(ActorType))


def names_beside(members: list[tuple[AnnotatedArticle, LocalActor]],
                 types: Set[str] = frozenset({"person", "organisation"})) -> set[str]:
    """The actors of `types` (people and organisations) the members' articles name besides the members, by their
    names folded."""
    mine = {id(member) for _, member in members}
    articles = {annotated.article.id: annotated for annotated, _ in members}
    return {folded(local.name) for annotated in articles.values() for local in annotated.actors
            if id(local) not in mine and local.type in types}


# Last words of posts of news other than sport ("Liberal Democrat chairman", "chief executive", "singer").
OTHER_NEWS_POSTS = OFFICES | frozenset("""
chairman chairwoman executive director spokesman spokeswoman spokesperson officer analyst economist singer
drummer guitarist rapper songwriter actor actress comedian presenter author novelist composer trouble-shooter
""".split())


def merge_forms_of_a_name(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str]) -> None:
    """A person named in full in two forms of one name (`forms_of_a_name`: "Vince Hale" and "Vincent Hale", "Tim
    Olsen" and "Timothy J. Olsen", "Ann Reed" and "Ann Marsh Reed") is one person when the digest says so: some
    article names both, or both are given the same post ("Senator", "spokesman"). Without that evidence they stay
    apart: "Ian Hale" the manager is not "John Hale" the teenage star, "Jerry Lee Hale" the musician not "Jerry
    Hale", nor a professor "Stephen S. Olsen" the congressman "Steve Olsen". A form alike to several others stays
    apart, and so do they when they are not forms of one name themselves ("George Bush" beside "George H. W. Bush"
    and "George W. Bush"; "Hilary Reed" and "Hillary Ann Reed" beside "Hillary Reed" join it)."""
    people = [key for key in groups if " " in key and types.get(key) == "person"]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in people:
        by_surname[without_generation(key)[0][-1]].append(key)
    for keys in (keys for keys in by_surname.values() if len(keys) > 1):
        forms = {key: [other for other in keys if forms_of_a_name(key, other)] for key in keys}  # symmetric
        evidence = {key: evidence_of_one_person(groups[key]) for key in keys if forms[key]}
        alike = {key: [other for other in forms[key] if one_person_by_evidence(
                     evidence[key], evidence[other], by_article=generation_of(key) == generation_of(other))]
                 for key in keys}
        for key in sorted(keys):
            others = [other for other in alike[key] if other in groups]
            if key not in groups or not others or not all(other in alike[another]
                                                          for other, another in combinations(others, 2)):
                continue  # several others join only when they are forms of one name by evidence themselves
            other = min(others, key=lambda o: (generation_of(o) != "", o))
            # The other's forms must all be forms of one name: "George Bush" is no bridge between two Bushes.
            if all(forms_of_a_name(a, b) for a, b in combinations(alike[other], 2)):
                # Into the name without a generation, which a surname written alone is compared with.
                into, moved = (key, other) if generation_of(other) and not generation_of(key) else (other, key)
                groups[into].extend(groups.pop(moved))
                types.pop(moved, None)


def merge_surnames_of_two_words(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                types: dict[str, str]) -> None:
    """A person named by a surname of two words alone ("Reyes Cortez said", the first of them no first name) joins
    the one person of the digest named in full with it after a first name ("Ana Reyes Cortez"): a surname of one
    word joins that way in `merge_surnames`, which takes a name of two words for a full name. With several such
    people, or none, it stays apart; a description before a name ("Texan Ana Cortez") is no first name."""
    fuller: dict[str, list[str]] = defaultdict(list)  # the last two words of a person's name of three or more
    for key in groups:
        words = key.split()
        if len(words) > 2 and types.get(key) == "person" and is_first_name(words[0].capitalize()):
            fuller[" ".join(words[-2:])].append(key)
    for key in [key for key in groups if key in fuller and types.get(key) == "person"]:
        first = key.split()[0]
        if len(fuller[key]) == 1 and not is_first_name(first.capitalize()) and len(first) > 1:
            joined = fuller[key][0]
            move_members(groups, types, key, lambda member: joined if may_join(member, groups[joined]) else None)


MISSPELT_ARTICLES = 2  # the most articles a misspelt first name is written in
MISSPELT_RATIO = 3  # how many times as many articles the right spelling is written in, at least


def merge_misspelt_first_names(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                               types: dict[str, str]) -> None:
    """A person whose first name is one letter off another's of the same surname (`one_letter_off`: "Kristen
    Vell" and "Kirsten Vell", "Malcom" and "Malcolm") joins them when the digest says it is a misspelling: the
    form is written in MISSPELT_ARTICLES articles at most and the other in MISSPELT_RATIO times as many, both are
    given a post of the same word ("Sen.", "Senator"), their first names are not of two genders, and no other
    person of the surname is one letter off. Without a post in common they stay apart: "Ivana" and "Ivanka" of one
    family, or "Nick" and "Mick" of one surname, are two people."""
    by_rest: dict[str, list[str]] = defaultdict(list)  # the name less its first word
    for key in people_named_in_full(groups, types):
        by_rest[key.split(" ", 1)[1]].append(key)
    for keys in (keys for keys in by_rest.values() if len(keys) > 1):
        articles = {key: article_count(groups[key]) for key in keys}
        posts = {key: posts_of(groups[key]) for key in keys}
        firsts = {key: key.split()[0] for key in keys}
        for key in sorted(keys, key=lambda k: (articles[k], k)):
            if articles[key] > MISSPELT_ARTICLES or key not in groups:
                continue  # most people: written in more articles, no misspelling
            off = [other for other in keys if one_letter_off(firsts[key], firsts[other])]
            if len(off) != 1 or off[0] not in groups:
                continue
            other = off[0]
            genders = {first_name_gender(name.split()[0].capitalize()) for name in (key, other)} - {None}
            if articles[other] >= MISSPELT_RATIO * articles[key] and posts[key] & posts[other] and len(genders) < 2:
                move_members(groups, types, key, lambda member: other)


def one_letter_off(word: str, other: str) -> bool:
    """Whether two words of four letters or more differ by one letter changed, added or dropped, or two side by
    side swapped ("kristen", "kirsten")."""
    if word == other or min(len(word), len(other)) < 4 or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        differ = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
        return len(differ) == 1 or len(differ) == 2 and differ[1] == differ[0] + 1 and \
            word[differ[0]] == other[differ[1]] and word[differ[1]] == other[differ[0]]
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def forms_of_a_name(key: str, other: str) -> bool:
    """Whether two people's identity keys may be forms of one name: the same surname, the same first name or a
    name and its familiar form ("vince hale", "vincent hale"; a nickname of the `nicknames` data), the same
    middle names, or middle names in one of them only ("ann reed", "ann marsh reed"), and the same generation, or
    a generation in one of them only ("joseph r hale jr", "joe hale"; not "ivo olsen jr" and "ivo olsen sr")."""
    (words, generation), (others, other_generation) = without_generation(key), without_generation(other)
    if words[-1] != others[-1] or key == other or generation and other_generation and generation != other_generation:
        return False
    middle, other_middle = words[1:-1], others[1:-1]
    if middle and other_middle and middle != other_middle:
        return False
    first, other_first = words[0], others[0]
    return first == other_first or first in familiar_forms(other_first) or other_first in familiar_forms(first)


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a surname, folded: a father's or a son's


def generation_of(key: str) -> str:
    """A person's generational suffix ("jr" of "joseph r hale jr"), "" when the name has none."""
    return without_generation(key)[1]


def without_generation(key: str) -> tuple[list[str], str]:
    """A person's identity key as its words less a generational suffix, and the suffix ("joseph r hale jr":
    ["joseph", "r", "hale"], "jr"; "" when it has none)."""
    words = key.split()
    if len(words) > 2 and words[-1] in GENERATIONS:
        return words[:-1], words[-1]
    return words, ""


@lru_cache(maxsize=1 << 12)
def familiar_forms(first_name: str) -> frozenset[str]:
    """The familiar forms of a formal first name, lower case ("vincent": "vince", "vinny", …), from the
    `nicknames` package's hand-curated English names."""
    return frozenset(nicknamer().nicknames_of(first_name))


@lru_cache(maxsize=1)
def nicknamer():
    """The `nicknames` package's table, read once."""
    from nicknames import NickNamer

    return NickNamer()


def evidence_of_one_person(members: list[tuple[AnnotatedArticle, LocalActor]]) -> tuple[set[str], set[str]]:
    """What `one_person_by_evidence` compares of a group: the ids of its articles, and the words of its posts
    (`post_word`, abbreviations spelt out: "Sen." and "Senator" are one)."""
    return {annotated.article.id for annotated, _ in members}, posts_of(members)


def posts_of(members: list[tuple[AnnotatedArticle, LocalActor]]) -> set[str]:
    """The words of a group's posts (`post_word`, abbreviations spelt out: "Sen." and "Senator" are one)."""
    return {post_word(spelt_out_role(local.role)) for _, local in members if local.role}


def one_person_by_evidence(evidence: tuple[set[str], set[str]], other: tuple[set[str], set[str]],
                           by_article: bool = True) -> bool:
    """Whether the digest shows two people's groups to be one (`evidence_of_one_person` of each): an article names
    both (unless not `by_article`: a name with a generation and one without, "Ivo Olsen" beside "his father, Ivo
    Olsen Sr.", are two people in one article), or both are given a post of the same word."""
    return bool(by_article and evidence[0] & other[0] or evidence[1] & other[1])


def merge_surnames_by_post(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str],
                           full_names: dict[str, list[str]], shared: list[str]) -> None:
    """A person named only by a surname that several people of the digest end with joins, article by article,
    the one of them the digest gives the same post ("President Bush" joins George W Bush, the only Bush called
    a president, not Kate Bush); a mention with no post, or a post several of them hold, stays apart. `shared`:
    the keys of those surnames."""
    for key in (key for key in shared if key in groups):
        posts = {full: {post_word(local.role) for _, local in groups[full] if local.role}
                 for full in full_names[key] if full in groups}

        def holder(member: tuple[AnnotatedArticle, LocalActor]) -> str | None:
            role = member[1].role
            holders = [full for full, held in posts.items() if role and post_word(role) in held]
            return holders[0] if len(holders) == 1 else None

        move_members(groups, types, key, holder)


def post_word(role: str) -> str:
    """The word of a role that names the post ("US President" -> "president")."""
    return role.split()[-1].lower()


def merge_initials(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]], types: dict[str, str]) -> None:
    """A person named by an initial and a surname ("G Bulloch", "K. Robertson" in a line-up) joins the one
    person of the digest with that surname whose first name begins with that letter (Gordon Bulloch); with
    several, the one of them that each of its articles may name (`initial_may_name`); with none, or when some
    article may name another or several, it stays apart (the text does not say which)."""
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)  # surname -> (key, first word as written)
    for key in people_named_in_full(groups, types):
        words = groups[key][0][1].name.split()
        by_surname[key.rsplit(" ", 1)[1]].append((key, words[0]))
    for keys in by_surname.values():
        for key, first in keys:
            if len(first.rstrip(".")) != 1 or not first[:1].isupper():
                continue
            full = [other for other, written in keys if len(written.rstrip(".")) > 1 and written[0] == first[0]
                    and not INITIALS.fullmatch(written)]
            if len(full) == 1 and key in groups:
                groups[full[0]].extend(groups.pop(key))
                types.pop(key, None), types.pop(full[0], None)  # its members changed
            elif len(full) > 1 and key in groups:
                targets = {initial_may_name(member, full, groups) for member in groups[key]}
                if len(targets) == 1 and None not in targets:  # all its articles, or none: what an article
                    # leaves would be voted apart ("C Jones" typed by one preview's NER alone)
                    joined = targets.pop()
                    groups[joined].extend(groups.pop(key))
                    types.pop(key, None), types.pop(joined, None)


def initial_may_name(member: tuple[AnnotatedArticle, LocalActor], full: list[str],
                     groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]]) -> str | None:
    """Of several people named in full whose names an initial and a surname may shorten, the one a sports report's
    "G Bulloch" names when he is the only one of them named in full mostly in sports reports (`may_join`: the
    rugby player Gavin Bulloch, not the politician Gerald Bulloch); None when none or several may be."""
    annotated, _ = member
    if not annotated.sports:
        return None
    able = [key for key in full if may_join(member, groups[key])]
    return able[0] if len(able) == 1 else None


def canonical(members: list[tuple[AnnotatedArticle, LocalActor]],
              entries: dict[int, Entry | None]) -> tuple[str, Entry | None]:
    """The group's name (the registry's, else the full name of two words or more written in most articles, a
    person's opening with a first name before one opening with an initial, and before a surname of two words it
    ends with (`ends_a_fuller_name`), the longer of two written as often:
    "Barack Obama", not the "B. Hussein Obama" of one article; a body's abbreviation is no initial: "UK
    Independence Party", "BBC Radio 4") and registry entry; `entries`: each local actor's registry entry, by id."""
    for _, local in members:
        entry = entries[id(local)]
        if entry is not None:
            return entry.name, entry
    if len(members) == 1:
        return members[0][1].name, None
    names = Counter(local.name for _, local in members)
    people = {local.name for _, local in members if local.type == "person"}
    return sorted(names, key=lambda n: (len(n.split()) < 2, (" " not in n or n in people) and
                                        bool(INITIALS.fullmatch(n.split()[0])), ends_a_fuller_name(n, people),
                                        -names[n], -len(n.split()), n))[0], None


def written_forms(name: str, type_: str, variants: Counter[str]) -> tuple[str, ...]:
    """The other ways the digest writes an actor's name, sorted, as its page lists them ("Also written": the
    actor's `aliases` keep every form as written, which matching names needs); `variants`: each written form, with
    how many articles' actors write it. Forms of the same letters in other capitals, spaces, hyphens or full stops,
    or with an editor's brackets or a stray mark before them, are one form, written as most of them write it, mixed
    case before capitals ("DONALD TRUMP", "DonaldTrump", "[Donald] Trump" and "-Donald Trump" are "Donald Trump";
    "F.B.I." and "FBI" are one). Not listed: another form with lower-case words run on after it ("Trump
    university", "Texas county", "Obama, party": the NER's span ran on), another form after a prefix ("Ex-Labour",
    `after_a_prefix`) or a word for a person ("Billionaire Donald Trump", `after_a_description`), and for a person
    the plural of its surname ("Clintons", "Obamas": the family)."""
    if variants.keys() <= {name}:
        return ()  # most actors: one form, the name
    counts: Counter[str] = Counter()
    for variant, count in variants.items():
        counts[tidied(variant)] += count
    best: dict[str, str] = {}
    for form in sorted(counts, key=lambda f: (-counts[f], f.isupper(), f)):
        best.setdefault(letters_of(form), form)
    forms = {form for key, form in best.items() if key != letters_of(name)}
    written = forms | {name}
    return tuple(sorted(form for form in forms
                        if not any(runs_on_after(form, other) or after_a_prefix(form, other) or
                                   type_ == "person" and after_a_description(form, other) for other in written) and
                        not (type_ == "person" and form == name.split()[-1] + "s")))


@lru_cache(maxsize=1 << 16)  # the same names recur in thousands of articles
def letters_of(name: str) -> str:
    """A name's letters and digits in lower case, accents kept: what capitals, spaces, hyphens, apostrophes and full
    stops do not change ("F.B.I." and "FBI", "Ban Ki-moon" and "Ban Ki Moon", "DonaldTrump" and "Donald Trump")."""
    return "".join(character for character in name.casefold() if character.isalnum())


def tidied(variant: str) -> str:
    """A written form without an editor's brackets or the marks before and after it ("[Hillary] Clinton",
    "-Donald Trump", "\"Medicare")."""
    marks = "-–—\"'“”‘’"
    return variant.replace("[", "").replace("]", "").lstrip(marks + "(").rstrip(marks + ")") or variant


PREFIXES = frozenset({"ex", "pro", "anti", "non", "post", "pre"})  # before a hyphen: a word about a name, no name


def after_a_prefix(form: str, other: str) -> bool:
    """Whether `form` is `other` after a prefix and a hyphen ("Ex-Labour" of "Labour", "pro-Hale" of "Hale")."""
    prefix, _, rest = form.partition("-")
    return rest == other and prefix.casefold() in PREFIXES


NOBLE_TITLES = ROYAL_TITLES | {"lord", "lady", "sir", "dame"}  # part of how a person is named ("Lord Hale")


def after_a_description(form: str, other: str) -> bool:
    """Whether a person's `form` is `other` after a word for a person ("Billionaire Ivo Hale", "Striker Hale"): a
    description, which the page gives as the role, no name; not a title of nobility ("Lord Hale")."""
    word, _, rest = form.partition(" ")
    word = word.casefold().rstrip(".")
    return rest == other and word in PERSON_NOUNS | NAME_NOUNS and word not in NOBLE_TITLES


def runs_on_after(form: str, other: str) -> bool:
    """Whether `form` is `other` with lower-case words after it ("Trump university" after "Trump")."""
    rest = form[len(other):]
    return form.startswith(other) and rest[:1] in (" ", ",") and rest.strip(" ,") != "" and \
        not any(character.isupper() or character.isdigit() for character in rest)


def ends_a_fuller_name(name: str, people: Iterable[str]) -> bool:
    """Whether a person's name is the end of another person's name that opens with a first name (`people`: the
    names the NER typed a person's): "Reyes Cortez", a surname of two words, of "Ana Reyes Cortez" (not "Ana Cortez"
    of "Texan Ana Cortez")."""
    return any(other.endswith(" " + name) and is_first_name(other.split()[0]) for other in people)


def identity_key(local: LocalActor, entry: Entry | None, no_clubs: bool = False) -> str:
    """The key that gathers an actor's mentions across the digest: its registry name, else its name, without a web
    address's ending ("Amazon.com" is Amazon); a country or large city stays apart from a club or a person of the
    same name ("Birmingham" the city, "Birmingham" the team of a results table), and so does a town an article
    naming no clubs (`no_clubs`: `reports_no_clubs` of the local actor's article) names as a place, or a sports
    report as the venue of a game ("In Leeds, …", "YORK AT LEEDS", its dateline: `VENUE_LABEL`), or a report of no
    sport as a town by its words ("Ann, of Marlow": `TOWN_LABEL`), while other names
    are one actor whose type the mentions vote on (the NER often takes a person for an organisation, or "the White
    House" for a place)."""
    if entry is not None:
        return folded(entry.name)
    apart = local.type == "place" and (is_geographic(local.name) or no_clubs and local.name in towns() or
                                       any(m.label in (VENUE_LABEL, TOWN_LABEL) for m in local.mentions))
    return folded(WEB_ENDING.sub("", local.name)) + (PLACE_KEY if apart else "")


def reports_no_clubs(annotated: AnnotatedArticle) -> bool:
    """Whether an article reports no sport and names no organisation by a town's name: a town it names as a place
    is the town itself ("a factory in Southampton"), which football reports name for its club ("Southampton beat
    Everton"), so the club's mentions must not vote the town a club, nor the town's the club a place. A list of
    fixtures or a squad's clubs ("Collins (Sunderland)") too few words of sport mark as a report names clubs."""
    return not annotated.sports and not any(local.type == "organisation" and local.name in towns()
                                            for local in annotated.actors)


PLACE_KEY = "\x00place"
ARTICLE_KEY = "\x00in "  # before the id of the one article whose actor a generic body word names


def base_key(key: str) -> str:
    """A group's key without the article `ARTICLE_KEY` gave it ("vera" of "vera\\x00in art-1")."""
    return key.split(ARTICLE_KEY, 1)[0]


def generic_body_words(articles: Sequence[AnnotatedArticle]) -> set[str]:
    """The words bodies' names end or open with ("United", "Office", "Commission": `ORGANISATION_HEADS`,
    `CLUB_HEADS`) that the digest writes alone, as an organisation's whole name, in fewer articles than it writes
    within the full names of two bodies or more: each article's "United" is its own club, airline or brewer, not
    one body of the digest, and "the Commission" of one article is not another's. A word the digest writes alone
    more often than within names ("Rangers", "Celtic") names one body alone."""
    alone: Counter[str] = Counter()
    within: dict[str, Counter[str]] = defaultdict(Counter)
    for annotated in articles:
        for local in annotated.actors:
            if local.type != "organisation":
                continue
            words = local.name.split()
            if len(words) == 1 and local.name in BODY_HEADS:
                alone[local.name] += 1
            elif len(words) > 1:
                for word in {words[0], words[-1]} & BODY_HEADS:
                    within[word][local.name] += 1
    return {word for word, n in alone.items() if len(within[word]) >= 2 and n < within[word].total()}


BODY_HEADS = ORGANISATION_HEADS | CLUB_HEADS


def join_towns_apart_from_no_club(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]]) -> None:
    """Joins a town kept apart as a place (`identity_key`) to the mentions of its name in sports reports
    and elsewhere when those do not vote it an organisation: then they name the town too ("the indoor trials in
    Sheffield"), or the vote is another's mistake, and one page serves; only a club stays apart from its town."""
    for key in [k for k in groups if k.endswith(PLACE_KEY)]:
        rest = groups.get(key[:-len(PLACE_KEY)])
        if rest and not is_geographic(groups[key][0][1].name) and voted_type(rest) != "organisation":
            rest.extend(groups.pop(key))


NEXT_WORD = re.compile(r" ([A-Z][\w&-]*)")  # a capitalised word right after a name: "Munich" of "Munich Re"


def join_places_cut_from_bodies(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                entries: dict[int, Entry | None]) -> None:
    """A place of an article every mention of which runs on into the same capitalised word, the two the name of an
    organisation of the digest ("Shares in Zorvia Re rose", "the Zorvia Broncos owner", "the United States Senate"),
    is that organisation, whose name the NER cut: it joins the organisation under its name. `entries`: each local
    actor's registry entry by its id, none for the members made anew (a country's is not the body's)."""
    bodies = {key for key, members in groups.items() if voted_type(members) == "organisation"}
    for key in [key for key, members in groups.items() if any(local.type == "place" for _, local in members)]:
        stay = []
        for annotated, local in groups[key]:
            body = folded(f"{local.name} {next_word}") if (next_word := word_after_every_mention(annotated, local)) \
                else None
            if local.type != "place" or body not in bodies:
                stay.append((annotated, local))
                continue
            joined = replace(local, name=groups[body][0][1].name, type="organisation", variants=())
            entries[id(joined)] = None  # a country's entry is not the body's
            groups[body].append((annotated, joined))
        if stay:
            groups[key] = stay
        else:
            del groups[key]


REGION_KEY = "\x00of "  # before the state or country the articles of one town's group write after its name
STATES_WRITTEN_IN_FULL = frozenset({"Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"})  # news
# agencies abbreviate the other states of the US ("Portland, Ore."), never these ("Portland, Maine")
REGION_AFTER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)*)")  # a comma and the capitalised words after a name


def split_towns_of_different_regions(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                     entries: dict[int, Entry | None]) -> None:
    """A place of no registry entry, no state or country itself, whose articles write two or more different states,
    provinces or countries right after its name ("Alder Falls, Ore.", "in Alder Falls, Maine, on Friday"), one of
    them a state or a province (a nation and its country may both be written: "Kelby, Wales", "Kelby, UK"), is as
    many towns: the articles of each region are one town, named with it ("Alder Falls, Maine"), and so are the
    articles that write none after it but name one of the regions, and no other, elsewhere ("a rally in Alder
    Falls" of a report that names Maine); the others stay under the bare name, whichever town they mean; all stay
    places, as the whole was voted (one article's "Alder Falls" the NER took for a person's name is no person's
    surname for being left alone). `entries`: each local actor's registry entry by its id."""
    for key in [key for key, members in groups.items() if voted_type(members) == "place"]:
        members = groups[key]
        if any(entries[id(local)] for _, local in members) or region_of(members[0][1].name):
            continue
        regions = [region_after(annotated, local) for annotated, local in members]
        if len(set(regions) - {None}) < 2 or set(regions) - {None} <= countries():
            continue  # "Kelby, Wales" and "Kelby, UK": a nation of a country, and the country
        regions = [region or region_named_beside(annotated, set(regions) - {None})
                   for (annotated, _), region in zip(members, regions)]
        del groups[key]
        for (annotated, local), region in zip(members, regions):
            town = replace(local, name=f"{local.name}, {region}" if region else local.name, type="place")
            entries[id(town)] = None
            groups[key + REGION_KEY + folded(region) if region else key].append((annotated, town))


def region_named_beside(annotated: AnnotatedArticle, regions: Set[str]) -> str | None:
    """The one of `regions` an article names as a place, else None."""
    named = {region for region in regions if names_a_place(annotated, region)}
    return named.pop() if len(named) == 1 else None


def region_after(annotated: AnnotatedArticle, local: LocalActor) -> str | None:
    """The one state, province or country an article writes right after a place's name, a comma between, and no
    other capitalised word after it but a next sentence's ("Alder Falls, N.H., said", "ALDER FALLS, Maine -",
    "in Alder Falls, Maine. The"; not "Alder Falls, Wales Secretary …", a list's next name): None when it writes
    none or two."""
    regions = set()
    for mention in local.mentions:
        after = REGION_AFTER.match(annotated.article.paragraphs[mention.paragraph].text, mention.end)
        regions.add(region_ending_a_run(after.group(1)) if after else None)
    regions.discard(None)
    return regions.pop() if len(regions) == 1 else None


def region_ending_a_run(run: str) -> str | None:
    """The region a run of capitalised words is, or the words of it up to a full stop are ("Wisconsin. The",
    "W. Va., said"), the longest first."""
    stops = [n + 1 for n, char in enumerate(run) if char == "." and run[n + 1:n + 2] in ("", " ")]
    for words in [run, *(run[:end] for end in reversed(stops))]:
        if region := region_of(words) or region_of(words.removesuffix(".")):
            return region
    return None


def region_of(name: str) -> str | None:
    """The state, province or country a name is, as the digest names it ("Ore." and "Oregon": Oregon), else None."""
    if name in region_abbreviations():
        return region_abbreviations()[name]
    if name in STATES_WRITTEN_IN_FULL or name in region_abbreviations().values():
        return name
    country = country_names().get(name, name)  # "UK": the United Kingdom
    if country in countries():
        return country
    return None


NATIONAL_BODY_HEADS = frozenset({"Party", "Ministry", "Court", "Parliament", "Government", "Cabinet", "Army", "Navy",
                                 "Police", "Senate", "Assembly"})  # last words of names many countries' bodies bear
COUNTRY_BEFORE = re.compile(r"(?:^|\s)((?:[A-Z][\w-]* )*[A-Z][\w-]*?)(['’]s)? $")  # "from Chile's ", "the Thai "
IN_A_NAME = re.compile(r"[A-Z][\w.&-]* of $")  # "Bank of " before "England's": the country ends another name


def split_bodies_of_other_countries(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                    types: dict[str, str], entries: dict[int, Entry | None]) -> None:
    """An organisation of no registry entry whose name many countries' bodies bear (two words or more, the last of
    `NATIONAL_BODY_HEADS`: "Green Party", "Foreign Ministry", "High Court"), which an article writes right after a
    country's possessive or its people's word ("a lawmaker from Norway's Tidewater Party", "the Chilean Foreign
    Ministry"), is that country's body there when none of the group's articles that write no such country names the
    country: those articles' members are a body of their own, named with it ("Tidewater Party (Norway)"); the others
    stay; the types voted of the groups changed are forgotten. `entries`: each local actor's registry entry by its
    id."""
    for key in [key for key in groups if group_type(groups, types, key) == "organisation"]:
        members = groups[key]
        if any(entries[id(local)] for _, local in members):
            continue
        countries_of = [country_before(annotated, local) for annotated, local in members]
        apart = {country for country in set(countries_of) - {None}
                 if not any(names_a_place(annotated, country)
                            for (annotated, _), other in zip(members, countries_of) if other != country)}
        if not apart or len(set(countries_of)) == 1:
            continue
        del groups[key]
        types.pop(key, None)
        for (annotated, local), country in zip(members, countries_of):
            if country in apart:
                body = replace(local, name=f"{local.name} ({country})")
                entries[id(body)] = None
                groups[key + REGION_KEY + folded(country)].append((annotated, body))
                types.pop(key + REGION_KEY + folded(country), None)
            else:
                groups[key].append((annotated, local))


def country_before(annotated: AnnotatedArticle, local: LocalActor) -> str | None:
    """The one country an article writes right before the name of a body many countries' bodies bear, as its
    possessive or its people's word ("Norway's Tidewater Party", "Ann Hale, of Norway's Tidewater Party", "the
    Chilean Foreign Ministry"; not "the Bank of England's Monetary Policy Committee"), else None."""
    words = local.name.split()
    if len(words) < 2 or words[-1] not in NATIONAL_BODY_HEADS:
        return None
    found = set()
    for mention in local.mentions:
        text = annotated.article.paragraphs[mention.paragraph].text[max(0, mention.start - 60):mention.start]
        before = COUNTRY_BEFORE.search(text)
        if before and not IN_A_NAME.search(text, 0, before.start(1)):
            found.add(country_written(before.group(1), possessive=bool(before.group(2))))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def country_written(words: str, possessive: bool) -> str | None:
    """The country words right before a name stand for: a country's name in the possessive ("Norway's", "UK's") or
    its people's word ("Chilean"), else None."""
    if not possessive:
        return demonyms().get(words)
    country = country_names().get(words, words)
    return country if country in countries() else None


def names_a_place(annotated: AnnotatedArticle, name: str) -> bool:
    """Whether an article names a place of the name."""
    return any(local.type == "place" and local.name == name for local in annotated.actors)


def word_after_every_mention(annotated: AnnotatedArticle, local: LocalActor) -> str | None:
    """The capitalised word written right after every mention of a local actor, when it is one and the same."""
    words = {match.group(1) if (match := NEXT_WORD.match(annotated.article.paragraphs[m.paragraph].text, m.end))
             else None for m in local.mentions}
    return words.pop() if len(words) == 1 else None


def named_like_a_body(name: str, members: list[tuple[AnnotatedArticle, LocalActor]]) -> bool:
    """Whether a name most of whose mentions the NER took for a person's is an organisation's all the same: a name of
    several words that opens with no first name or initial ("Sale Sharks", "Team GB", "New Labour"), which some
    article names as an organisation, and which no article gives a person's post or role."""
    words = name.split()
    return len(words) > 1 and not is_first_name(words[0]) and not INITIALS.fullmatch(words[0]) and \
        any(local.type == "organisation" for _, local in members) and not any(local.role for _, local in members) \
        and not written_with_an_initial(name, members)


def written_with_an_initial(name: str, members: list[tuple[AnnotatedArticle, LocalActor]]) -> bool:
    """Whether some article writes a name of two words as its first word's initial and its last word ("P Idowu" of
    "Phillips Idowu", a line-up's or a results list's way with a person's name; no body's name is written so)."""
    words = name.split()
    short = {f"{words[0][0]} {words[-1]}", f"{words[0][0]}. {words[-1]}"}
    return len(words) == 2 and any(short & set(local.variants) for _, local in members)


SURNAME_SHARE = 0.5  # of a full name's articles that name a person by its last word alone, for it to be a person's


def retype_full_names_taken_for_bodies(groups: dict[str, list[tuple[AnnotatedArticle, LocalActor]]],
                                       known: dict[str, Entry], entries: dict[int, Entry | None]) -> None:
    """A name of two words, a man's or a woman's first name and another, that the mentions vote an organisation's
    or a place's ("Milan Baros", the NER's ORG), is a person's when in SURNAME_SHARE of its articles at least the
    article names a person by its last word alone ("Baros slid a perfect pass"): its members are made people's, so
    that the bare surname joins it (`merge_surnames`). Not a name of the registry, nor a trading name's
    (TRADING_HEADS: "Ella Foods"). `entries`: each local actor's registry entry by its id, kept for the members
    made anew."""
    for key, members in groups.items():
        name = members[0][1].name
        words = name.split()
        if len(words) != 2 or key in known or first_name_gender(words[0]) is None or words[1] in TRADING_HEADS or \
                voted_type(members) == "person":
            continue  # "Ella Foods" beside a "Foods" the NER cut from another firm's name: a firm still
        by_surname = {annotated.article.id for annotated, _ in members
                      if any(local.type == "person" and local.name == words[1] for local in annotated.actors)}
        if len(by_surname) >= SURNAME_SHARE * article_count(members):
            groups[key] = [(annotated, replace(local, type="person")) for annotated, local in members]
            entries.update((id(new), entries[id(old)]) for (_, old), (_, new) in zip(members, groups[key]))


BODY_MIN_ARTICLES = 2  # articles that must make a name the NER took for a person's an organisation's by their words


def named_like_a_person_but_a_body(name: str, members: list[tuple[AnnotatedArticle, LocalActor]], said: bool) -> bool:
    """Whether a name of several words the digest's mentions vote a person's is an organisation's all the same:
    BODY_MIN_ARTICLES articles at least type it one by their words against the NER's PERSON ("Scottish rock band
    Franz Ferdinand", "Franz Ferdinand frontman Alex Kapranos", "Franz Ferdinand, who were shortlisted"), and no
    article gives it a post or role or quotes it (`said`). A band named like a person: most articles only list it
    ("Franz Ferdinand, Travis and Snow Patrol"), where nothing tells a band from a singer."""
    if said or " " not in name or any(local.role for _, local in members):
        return False
    bodies = {annotated.article.id for annotated, local in members
              if local.type == "organisation" and all(m.label == "PERSON" for m in local.mentions)}
    return len(bodies) >= BODY_MIN_ARTICLES


# The posts of a body's people that its name qualifies ("Zorvex chief executive Ann Lee", "Zorvex spokesman Ed
# Ray"), and a person's name does not: a person's people are aides, advisers, a campaign's ("Ruiz aide Ed Ray").
BODYS_POSTS = frozenset({"chief", "chief executive", "boss", "chairman", "chairwoman", "president",
                         "managing director", "director", "delegate", "official", "spokesman", "spokeswoman",
                         "spokesperson"})


def heads_a_bodys_post(name: str, members: list[tuple[AnnotatedArticle, LocalActor]], surnames: Set[str]) -> bool:
    """Whether a name the digest's mentions vote a person's is an organisation's, as some article writes it right
    before a post of a body's and another person's name ("Zorvex chief executive Ann Lee": the other person's role is
    the name and a post of BODYS_POSTS): what a stock exchange, a football federation or a firm the NER took for a
    person is shown to have. Not a name that opens with a first name ("Jean Dray spokesman Ed Ray"), nor one whose
    last word a person of the digest is named in full with (`surnames`, folded: "Ruiz spokesman Ed Ray")."""
    words = name.split()
    if is_first_name(words[0]) or folded(words[-1]) in surnames:
        return False
    prefix = name + " "
    return any(other.role.startswith(prefix) and other.role[len(prefix):].lower() in BODYS_POSTS
               for annotated, _ in members for other in annotated.actors
               if other.type == "person" and other.role and other.name != name)


def one_word_taken_for_a_person(name: str, members: list[tuple[AnnotatedArticle, LocalActor]], surnames: Set[str],
                                said: bool) -> ActorType | None:
    """The type of a one-word name the digest's mentions vote a person's, when it is no one's: no first name, no
    person of the digest has it for a surname (`surnames`, folded), no article gives it a post or role or quotes it
    (`said`: some article does),
    and a third of its articles at least type it an organisation or a place. "Twitter", typed a person in 26
    articles of US political news and an organisation in 27 ("wrote on Twitter"); "Anfield", a person in 8 football
    reports, the club or its ground in 7 ("leave Anfield", "the Anfield club", "at Anfield"). Named in a sports report,
    where a ground's name stands for its club, it is an organisation when some article types it one; elsewhere, the
    type most of those articles give it. None when it may be a person; a role counts only if a person holds it
    (`is_a_persons_role`: "Euronext, the European stock market" is no one)."""
    if said or " " in name or folded(name) in surnames or is_first_name(name) or \
            any(local.role and is_a_persons_role(local.role) for _, local in members):
        return None
    articles = {annotated.article.id: annotated.sports for annotated, _ in members}
    bodies = {annotated.article.id: local.type for annotated, local in members if local.type != "person"}
    if len(bodies) * 3 < len(articles):
        return None
    types = Counter(bodies.values())
    if any(articles.values()):  # a line-up's player the NER once took for a place stays a person
        return "organisation" if "organisation" in types else None
    return sorted(types, key=lambda t: (-types[t], t))[0]


def is_a_persons_role(role: str) -> bool:
    """Whether a role is one a person holds ("singer", "Chelsea striker", "Labour MP"), not a body's description
    that the roles' reading also gives ("European stock market", "rival suitor")."""
    word = post_word(role)
    return word in PERSONS_POSTS or word in PERSON_NOUNS or word in NAME_NOUNS or word.rstrip("s") in PERSON_NOUNS


def place_taken_for_a_body(name: str, members: list[tuple[AnnotatedArticle, LocalActor]]) -> bool:
    """Whether a name the digest's mentions vote a place's is an organisation's: a third of its articles at least
    type it one by their words against the NER's label ("blog analysis firm Technorati", tagged GPE: the NER's ORG
    is no better than its GPE, "Rover's Longbridge plant"), none a sports report (where a town's name stands for
    its club), and it is no country's, large city's or town's name nor a venue's ("Bethnal Green"). "Gazprom", a
    place in seven articles, an organisation by their words in two. An article that writes the name right before
    "poll" or "survey" types it a pollster's (`names_a_poll`: "a Brindle poll found", tagged GPE) the same way."""
    if any(annotated.sports for annotated, _ in members) or is_geographic(name) or name in towns() or \
            name.split()[-1] in VENUE_HEADS:
        return False
    bodies = {annotated.article.id for annotated, local in members  # typed one by its words, not by the NER's label
              if local.type == "organisation" and any(m.label != "ORG" for m in local.mentions) or
              names_a_poll(annotated, local)}
    return len(bodies) * 3 >= article_count(members)


POLL = re.compile(r"(?:['’]s)? (?:polls?|survey)\b")  # after a pollster's name: "a Brindle poll", "Brindle's survey"


def names_a_poll(annotated: AnnotatedArticle, local: LocalActor) -> bool:
    """Whether an article writes an actor's name right before "poll" or "survey": a pollster's name ("the latest
    Brindle poll"), whatever the NER took it for. The callers leave out countries and towns ("a Texas poll")."""
    return any(POLL.match(annotated.article.paragraphs[mention.paragraph].text, mention.end)
               for mention in local.mentions)


def voted_type(members: list[tuple[AnnotatedArticle, LocalActor]]) -> str:
    """The type most mentions give the actor across the digest."""
    if len(members) == 1:
        return members[0][1].type
    types: Counter[str] = Counter()
    for _, local in members:
        types[local.type] += len(local.mentions)
    return sorted(types, key=lambda t: (-types[t], t))[0]


def appearances_of(members: list[tuple[AnnotatedArticle, LocalActor]],
                   rank: dict[str, int]) -> tuple[ActorArticle, ...]:
    """One appearance per article, in the articles' order, its mentions summed over local actors."""
    if len(members) == 1:  # most actors of a big digest
        annotated, local = members[0]
        return (ActorArticle(article_id=annotated.article.id, local_key=local.key, mentions=len(local.mentions),
                             role=local.role),)
    by_article: dict[str, ActorArticle] = {}
    for annotated, local in members:
        seen = by_article.get(annotated.article.id)
        count = len(local.mentions) + (seen.mentions if seen else 0)
        by_article[annotated.article.id] = ActorArticle(
            article_id=annotated.article.id, local_key=seen.local_key if seen else local.key, mentions=count,
            role=(seen.role if seen else None) or local.role)
    return tuple(sorted(by_article.values(), key=lambda ap: rank[ap.article_id]))


SLUG_LENGTH = 80  # the longest actor slug (a page's URL)


def unique_slug(name: str, type_: str, taken: set[str]) -> str:
    """An ASCII slug without path separators that no other actor has."""
    base = slug(name, SLUG_LENGTH) or "actor"
    # A generator: building all 10,000 candidates for each actor made this quadratic over big digests.
    candidates = chain((base, f"{base}-{type_}"), (f"{base}-{type_}-{n}" for n in range(2, 10_000)))
    for candidate in candidates:
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise RuntimeError("unreachable: ran out of slugs")


CO_ACTORS = 10  # how many of the actors appearing most with an actor its page lists


def co_appearances(articles: Sequence[AnnotatedArticle], actor_of: Mapping[tuple[str, str], str],
                   among: Set[str] | None = None) -> dict[str, list[tuple[str, int]]]:
    """For each actor named beside others, the actors it shares most articles with and how many (most
    first, then by id), by actor id in order; with `among`, only those actors count (the actors with a
    page: a companion is a link, and most of a big digest's names have no page to link to).

    Every ordered pair of actors of each article is counted at once with numpy: an article naming k
    actors makes k² pairs.
    """
    present = [{actor_of[(a.article.id, local.key)] for local in a.actors} for a in articles]
    present = [sorted(ids if among is None else ids & among) for ids in present]
    present = [ids for ids in present if len(ids) > 1]
    names = sorted({actor_id for ids in present for actor_id in ids})  # numbered in id order
    if not names:
        return {}
    number = {actor_id: n for n, actor_id in enumerate(names)}
    rows = [np.array([number[actor_id] for actor_id in ids], dtype=np.int64) for ids in present]
    sizes = np.array([len(row) for row in rows], dtype=np.int64)
    members = np.concatenate(rows)
    first = np.repeat(members, np.repeat(sizes, sizes))  # each member once for each member of its article
    second = np.concatenate([np.tile(row, len(row)) for row in rows])
    count = len(names)
    pairs, shared = np.unique((first * count + second)[first != second], return_counts=True)
    actor, other = np.divmod(pairs, count)
    # One number a pair, sorted: by actor, then most shared first, then the other's id (below 2**63:
    # thousands of actors and of articles).
    most = int(shared.max())
    ranked = np.sort((actor * (most + 1) + (most - shared)) * count + other)
    rest, other = np.divmod(ranked, count)
    actor, shared = np.divmod(rest, most + 1)
    shared = most - shared
    starts = np.flatnonzero(np.r_[True, actor[1:] != actor[:-1]]).tolist()  # where each actor's pairs begin
    found = {}
    for start, end in zip(starts, [*starts[1:], len(actor)]):
        best = slice(start, min(end, start + CO_ACTORS))
        found[names[actor[start]]] = [(names[o], n) for o, n in zip(other[best].tolist(), shared[best].tolist())]
    return found
