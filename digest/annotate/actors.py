"""Actors: the people, organisations and places an article names.

`find_actors` clusters one article's mentions under one identity each ("Russian President Vladimir
Putin", "Putin", "Putin's" → Vladimir Putin). `digest.resolve.actors` then gives every identity one page
across the whole digest.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import yaml

from digest.annotate.calendar import HOLIDAY_NAMES
from digest.annotate.tokens import is_sentence_start, mention_tokens, sentence_of, span_entity
from digest.read.marks import CLOSING, OPENING
from digest.annotate.speakers import (FEMALE_WORDS, HONORIFICS, MALE_WORDS, PERSON_NOUNS, PLURAL_VERBS,
                                      POST_NOMINALS, QUOTE_MARKS, SUBJECT_DEPS, is_person_noun, lower_case_words,
                                      name_without_role, outside_quotation_marks, pronoun_gender)
from digest.model import (ActorType, Article, Entity, LocalActor, Mention, ParsedArticle, ParsedParagraph, Quote,
                          Token)

# NER labels that name actors, and the actor type each gives.
ACTOR_LABELS: dict[str, ActorType] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

# Honorifics, titles, ranks and members' letters that may be glued to a name by the NER ("Conservative MPP Lisa
# MacLeod", "said Const. Jennifer Brown", "Archbishop Ann Hale", "Assemblywoman Ann Hale"); they are not part of the
# name.
TITLE_WORDS = frozenset("""
mr mrs ms miss dr prof sir dame lord lady president vice-president prime minister chancellor
secretary senator sen rep representative governor gov mayor judge justice king queen prince princess
pope general gen colonel col captain capt sergeant sgt chief spokesman spokeswoman spokesperson
ambassador envoy premier leader speaker minister reeve commissioner
mp mpp mla mna msp mep const cst constable det detective insp inspector supt superintendent cpl corporal lt
lieutenant coun councillor councilor ald alderman maj cmdr pte pvt msgr mme mlle commr
lt.-gov lt.-col lt.-gen lt.-cmdr maj.-gen brig.-gen staff-sgt s/sgt
archbishop bishop cardinal rabbi imam rev reverend pastor assemblyman assemblywoman congressman congresswoman
councilman councilwoman sheriff admiral adm
""".split())
POST_TITLES = TITLE_WORDS - HONORIFICS - {"prof"}  # the posts among them, which honorifics are not


# Dependency relations by which words before a name describe it ("Russian President Vladimir Putin").
ROLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})

# "Blair¿s": an apostrophe lost to a bad encoding; "Trump‘s": an opening quotation mark written for one.
POSSESSIVE = re.compile(r"(?:['’‘`´¿]s|['’])$")

# What the NER sometimes runs on into after a name, and no name ends with: a lowercase function word or
# verb ("Donald Trump - and"), a finite verb ("Trump Heard"), a score ("Argentina 3-0") or, after a
# person's name, a whole number ("Donald Trump 384" delegates, "Bartlett 80" minutes).
STRAY_POS = frozenset({"VERB", "AUX", "CCONJ", "SCONJ", "ADP", "PRON", "PART", "DET", "ADV", "PUNCT", "SYM"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ"})
FIGURES = re.compile(r"\d+(?:\s*[-–]\s*\d+){2,}")  # a bowler's figures, "9-1-55-1"
SCORE = re.compile(r"\d+\s*[-–]\s*\d+(?:\s+\d+\s*[-–]\s*\d+)*")  # "3-0", "6-2 6-7", "42-40"

# Words that end the names of news outlets ("NBC News", "The Associated Press", "TASS news agency").
MEDIA_WORDS = frozenset("""
news press agency times post journal tribune herald gazette telegraph guardian observer chronicle
television tv radio broadcasting broadcaster network channel newspaper magazine wire presse
""".split())
# Verbs whose object ("told NBC News") or subject ("Reuters reported") is a news outlet.
MEDIA_OBJECT_VERBS = frozenset({"tell"})
MEDIA_SUBJECT_VERBS = frozenset({"report", "publish", "broadcast"})
# Nouns of a news outlet's kind that introduce its name, before it or set off after it ("Spanish daily ABC", "the
# tabloid Bild", "the Courier, a weekly newspaper"), and those of them that may follow it ("Broadcast magazine").
OUTLET_NOUNS = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "channel",
                          "station"})
OUTLET_NOUNS_AFTER = frozenset({"newspaper", "magazine", "tabloid"})
# Not "Jo Hale, a senior broadcaster with CBS" (someone), "The Annex, a CIA station" (a post), set off after a name.
OUTLET_NOUNS_SET_OFF = frozenset({"newspaper", "paper", "daily", "weekly", "magazine", "tabloid"})
# Words of a newspaper's opinion ("the Ledger's editorial board", "the editors of the Ledger").
EDITORIAL_WORDS = frozenset({"editorial", "editor"})


def data_file(path: Path) -> Any:
    """One of the package's YAML data files, read with libyaml's loader where PyYAML has it (several times faster
    than the pure-Python one on the lists of places and towns, which every build that analyses an article reads)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym → country, from digest/annotate/data/demonyms.yml, and the regular ones of the other countries
    (ISO 3166 through pycountry), of one word or several ("Sri Lankan", "Costa Rican"): "-n" after "-a" ("Angolan",
    "Rwandan"), else "-i", "-ian" or "-ese" ("Bangladeshi", "Sudanese"); forms no country has are never written,
    so they cost nothing."""
    import pycountry

    table = data_file(DEMONYMS)
    derived: dict[str, str] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", country.name)
        if all(word.isalpha() for word in name.split()):
            for form in ([name + "n"] if name.endswith("a") else [name + "i", name + "ian", name + "ese"]):
                derived.setdefault(form, name)
    return {**derived, **table}


DATA = Path(__file__).parent / "data"
DEMONYMS = DATA / "demonyms.yml"


def find_actors(parsed: ParsedArticle, words: set[str] | None = None,
                common_nouns: list[str] | None = None) -> tuple[LocalActor, ...]:
    """The actors of one article, each with its mentions, in order of first mention; `words`: its `words_of`, when
    the caller has them; `common_nouns`, when given, gets the names left out as common nouns of the article."""
    lower_words = lower_case_words(parsed)
    mentions = [m for p in parsed.paragraphs for m in paragraph_mentions(p)]
    mentions = with_first_names_the_ner_cut(parsed, mentions + missed_mentions(parsed, mentions, lower_words),
                                            lower_words)
    mentions = mentions + unlabelled_people(parsed, mentions)
    mentions = mentions + unlabelled_places(parsed, mentions)
    mentions = mentions + unlabelled_outlets(parsed, mentions)
    mentions = sorted(mentions + stage_names(parsed, mentions), key=lambda m: (m.paragraph, m.start))
    mentions = with_numbered_names(parsed, with_headline_runs_cut(parsed, mentions))
    mentions = with_couples_of_surnames(with_names_ending_in_s(parsed, mentions))
    mentions = sorted(mentions + subjects_of_lives(parsed, mentions), key=lambda m: (m.paragraph, m.start))
    words = words_of(parsed) if words is None else words
    sports = reports_sport(parsed, words)
    mentions = without_works(parsed, mentions, sports)
    mentions = [m for m in mentions if not ends_a_title(parsed.paragraphs[m.paragraph], m, lower_words) and
                not names_a_ship(parsed.paragraphs[m.paragraph], m) and
                not opens_a_regions_word(parsed.paragraphs[m.paragraph], m)]
    # A report whose words are plainly of a team sport (not a golf leaderboard, not "the League Against Cruel Sports").
    team_sport = sports and not words & INDIVIDUAL_SPORTS and len(words & SPORTS_WORDS) >= SPORTS_MIN_WORDS
    venues: list[Mention] = []
    if sports and not words & INDIVIDUAL_SPORTS:  # a golf leaderboard lists people, not teams
        sides, grounds = scoreboards(parsed) if words & CRICKET_WORDS else ([], [])
        visitors, venues = schedule_sides(parsed)
        tourists, itinerary_venues = itinerary_sides(parsed)
        venues += itinerary_venues
        mentions = in_place_of(mentions, grounds + teams_named_for_places(parsed))
        mentions = with_teams(mentions, table_teams(parsed) + sides + visitors + tourists +
                              competing(parsed, mentions))
    mentions = [replace(m, type="organisation") if is_organisation_name(m, sports) else m for m in mentions]
    if sports:
        mentions = in_place_of(mentions, scorers(parsed))
        mentions = with_line_ups(parsed, mentions)
        mentions = with_ranked_rows(parsed, mentions)
        mentions = with_rivals_of_countries(parsed, mentions)
        mentions = [initialled_player(m) for m in mentions]
        mentions = [club_cut_before_its_word(parsed, m, mentions) for m in mentions]
        mentions = sorted(mentions + initialled_players_missed(parsed, mentions), key=lambda m: (m.paragraph, m.start))
    if sports and not words & INDIVIDUAL_SPORTS:  # after the line-ups: "J Noon (Newcastle)" is a player's club
        mentions = clubs_after_players(parsed, mentions)
    named_words = {t.text for p in parsed.paragraphs for t in p.tokens if t.ent_type in NAME_LABELS}
    mentions = [m for m in mentions if not runs_into_a_longer_name(parsed.paragraphs[m.paragraph], m, lower_words,
                                                                     named_words)]  # after the clubs' words
    mentions = in_place_of(mentions, dateline_places(parsed) + newsrooms(parsed))
    if sports:  # after the teams, which take every mention of their names
        mentions = as_venues(parsed, in_place_of(mentions, venues))
    mentions = surnames_typed_otherwise(parsed, mentions)
    mentions = with_partners_surnames(parsed, people_by_their_pronouns(parsed, mentions))
    mentions = people_by_another_name(parsed, mentions, lower_words)
    roles = {(m.paragraph, m.start): role for m, role in mention_roles(parsed, mentions)}
    cues = {(m.paragraph, m.start): Cues(words_before(parsed.paragraphs[m.paragraph], m),
                                         pronoun_gender(parsed.paragraphs[m.paragraph], m),
                                         kin_after(parsed.paragraphs[m.paragraph], m))
            for m in mentions if m.type == "person"}
    clusters = cluster_mentions(mentions, cues, written_where(parsed, mentions), [p.text for p in parsed.paragraphs])
    full_surnames = {name.split()[-1] for name, type_, _ in clusters if type_ == "person" and " " in name}
    actors = []
    for name, type_, members in clusters:
        if type_ == "person" and " " not in name and name.lower() in lower_words and not is_first_name(name) \
                and all(m.label == "PERSON" for m in members) and not any(roles.get((m.paragraph, m.start))
                                                                         for m in members):
            continue  # "Children's Minister …" where the article writes "their children": a word, no name
        if type_ != "person" and " " not in name and name.lower() in lower_words and \
                all(opens_a_sentence(parsed, m) for m in members):
            continue  # "House prices fell", "Broadband has become …": a word opening sentences, which the article
            # also writes in lower case
        if type_ != "person" and " " not in name and written_in_a_sentence(parsed, name.lower()) and \
                all(opens_a_sentence(parsed, m) or within_a_longer_name(parsed.paragraphs[m.paragraph], m)
                    for m in members):
            if common_nouns is not None:
                common_nouns.append(name)
            continue  # "the Department for Education and Skills" where the article writes "basic skills": a
            # common noun of a longer name the NER cut, no name of its own
        if type_ == "organisation" and written_as_a_kind(parsed, name, members):
            if common_nouns is not None:
                common_nouns.append(name)  # where other articles write only "the super PAC", it is one too
            continue  # "a super PAC supporting …": a kind of body in capitals, none of them named
        if type_ != "person" and " " not in name and written_as_a_common_noun(parsed, name, members):
            if common_nouns is not None:
                common_nouns.append(name)
            continue  # "the Budget" where the article writes "the current budget": a common noun capitalised
        if " " not in name and name in EVENT_HEADS | COMPETITION_HEADS and name not in full_surnames:
            continue  # "during the Games", "Pop Idol" cut after "Pop": an event's or a show's word, not a name
        if is_no_name(name) or is_a_holiday(name) or is_a_religion(name) or \
                type_ != "person" and (names_a_period(name) or names_a_document(name)):
            continue  # "can’t" the NER took for a place, 'datetime="2016' of a page's markup, "Bastille Day",
            # "the Great Recession", "Islam", "the Vellmark Treaty": no actor
        if type_ != "person" and " " not in name and not is_geographic(name) and \
                all(in_a_posts_title(parsed.paragraphs[m.paragraph], m) for m in members):
            continue  # "US Secretary of State John Bolton": the post's word, no actor
        if type_ != "person" and all(names_a_brief(parsed.paragraphs[m.paragraph], m) for m in members):
            continue  # "Rural Affairs Minister Ann Lee": the minister's brief, no actor
        if sports and (is_a_league(name) or cut_from_a_counted_competition(parsed, name, members)):
            continue  # "the Premier League", "AMERICAN LEAGUE", "WESTERN DIVISION" of a sports report: a competition
        if type_ == "person":
            name = with_peerage(parsed, name, members)
        variants = tuple(sorted({m.text for m in members}))
        found = [roles[(m.paragraph, m.start)] for m in members if roles.get((m.paragraph, m.start))]
        role = Counter(found).most_common(1)[0][0] if found else None
        if type_ == "organisation" and owns_what_people_own(parsed, name, members):
            type_ = "person"  # "Juninho's father was in the country to see his son": the NER's ORG, a player
        if type_ == "person" and role is None and (referred_to_as_it(parsed, name, members) or
                                                   owns_what_firms_own(parsed, name, members)):
            type_ = "organisation"  # "Napster claims … and says it also offers", "Tate's shares": a company
        if type_ == "person" and role is None and takes_a_plural_verb(parsed, members):
            type_ = "organisation"  # "Roxy Music were formed in 1971", "REM have been confirmed": a band
        if type_ == "person" and role is None and begins_with_a_place(name) and \
                not any(has_a_person_sign(parsed.paragraphs[m.paragraph], m) for m in members):
            type_ = "organisation"  # "Nottingham Forest", "Leicester Tigers": a club named for its town
        if type_ == "organisation" and not sports and is_written_where(parsed, name, members):
            type_ = "place"  # "killed in Sergiyev Posad", "near Dushanbe": a town the NER took for a body
        if type_ == "organisation" and not sports and name in towns() and not is_geographic(name) and \
                names_the_town(parsed, members):
            type_ = "place"  # "riots in Kent, Tyneside and Marlow", "Ann, of Marlow": no club outside sport
            members = [replace(m, label=TOWN_LABEL, type="place") for m in members]
        if type_ != "place" and role is None and sports and is_a_ground(parsed, name, members):
            type_ = "place"  # "at Headingley", "(at Old Trafford, Manchester)": where the match is played
        if type_ == "person" and role is None and names_a_town(parsed, name, members):
            type_ = "organisation" if sports else "place"  # "Leicester beat Bath": clubs; "from Bolton": a town
        if type_ == "place" and sports and not is_a_nation_or_region(name) and \
                any(heads_a_side(parsed.paragraphs[m.paragraph], m) for m in members):
            type_ = "organisation"  # "Newcastle manager Graeme Souness", "Southampton's striker": the club
        if type_ == "place" and team_sport and plays_as_a_club(parsed, name, members):
            type_ = "organisation"  # "Newcastle have fined their striker": the club, not the city
        if type_ == "place" and team_sport and played_against(parsed, name, members):
            type_ = "organisation"  # "a game against Newcastle", "came on against Newcastle": the club
        if type_ == "place" and sports and not is_a_nation_or_region(name) and \
                any(a_fixtures_side(parsed.paragraphs[m.paragraph], m) for m in members):
            type_ = "organisation"  # "Newcastle v Chelsea" of a list of fixtures: the club
        if type_ == "place" and team_sport and plays_as_a_team(parsed, name, members):
            type_ = "organisation"  # "Surrey closed on 429", which the NER took for someone: a county's side
        if type_ == "person" and role is None and not sports and any(m.label == DATELINE_LABEL for m in members):
            type_ = "place"  # the story was filed from it: "TAVILDARA, Tajikistan", and the NER's "Tavildara" no one
        if type_ == "place" and not is_geographic(name) and name not in towns() and \
                not writes_the_article(parsed, name) and \
                any(does_what_outlets_do(parsed.paragraphs[m.paragraph], m) for m in members):
            type_ = "organisation"  # "Zorbex reported that …", "he told Zorbex", which the NER took for a place
            members = [replace(m, type="organisation") for m in members]
        if type_ == "person" and role is None and not sports and shows_no_person(parsed, name, members):
            continue  # "awards for Gawker and Wonkette", "Robosapiens for sale": nothing says it is someone
        if type_ == "person" and role is None and " " not in name and is_first_name(name) and \
                written_as_a_thing(parsed, name) and \
                not any(has_a_person_sign(parsed.paragraphs[m.paragraph], m) for m in members):
            continue  # "Oscar voters" where the article says "won an Oscar": a first name alone that is a thing
        media = any(is_media(parsed.paragraphs[m.paragraph], m) for m in members)
        named = not all(is_demonym(m) for m in members)
        actors.append(LocalActor(key=local_key(type_, name), name=name, type=type_, mentions=tuple(members),
                                 role=role, variants=variants, media=media, named=named))
    return tuple(actors)


# A peer's title is how the peer is named ("Lord Falconer", "Baroness Kennedy"), unlike an honorific ("Mr Blair").
PEERAGES = frozenset({"Lord", "Baroness", "Viscount", "Viscountess", "Earl", "Countess"})  # "Baron" begins surnames


REGION_WORDS = frozenset("Northern Southern Eastern Western Hemisphere".split())  # "Southern Hemisphere players"


def is_a_nation_or_region(name: str) -> bool:
    """Whether a place's name is a country's (by any of its names) or a region's ("Southern Hemisphere"): in a team
    sport's report a national side or a player's nation, never a club."""
    return name in countries() or name in country_names() or bool(REGION_WORDS & set(name.split()))


# Nouns of a side's people and parts: a town's name before one is its club's ("Newcastle manager Graeme Souness").
SIDE_NOUNS = frozenset("""
boss manager coach striker midfielder defender goalkeeper keeper captain skipper winger forward chairman
player players fly-half scrum-half full-back flanker hooker prop lock fans supporters squad
""".split())
# Positions whose nouns name other things too ("the city centre", "the hospital's new wing"): a side's only before
# a player's name ("Newcastle's 18-year-old centre Mathew Tait").
POSITIONS_BEFORE_A_NAME = frozenset({"centre", "wing"})


def clubs_after_players(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of a team sport's report, where a name in brackets right after a player's ("Iain Fullarton
    (Saracens), Stuart Grimes (Newcastle Falcons)": a squad's list) is the player's club, an organisation, whatever
    the NER took it for; a country's name stays a place (a player's nation), and results of sports played alone are
    left as they are ("Olga Shishigina (Kazakstan)": the athlete's nation). A city's name is the club too ("J Noon
    (Newcastle)", `names_a_players_club`): a squad lists players' nations by countries, never by cities."""
    people_ends = {(m.paragraph, m.end) for m in mentions if m.type == "person"}

    def club(mention: Mention) -> bool:
        text = parsed.paragraphs[mention.paragraph].text
        return text[mention.start - 2:mention.start] == " (" and text[mention.end:mention.end + 1] == ")" and \
            (mention.paragraph, mention.start - 2) in people_ends and names_a_players_club(mention)

    return [replace(m, type="organisation") if club(m) else m for m in mentions]


def names_a_players_club(mention: Mention) -> bool:
    """Whether a name written in brackets after a player's in a team sport's report may be the player's club: one
    the NER took for a person's and that is no place it knows ("Saracens"), or a place's that is no country's nor a
    region's ("Newcastle", "Leeds": a city is a side; "Wales", "Northern Ireland" are the player's nation)."""
    if mention.type == "person":
        return not is_geographic(mention.name)
    return mention.type == "place" and not is_a_nation_or_region(mention.name)


def heads_a_side(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a place's mention qualifies a noun of a side's people ("Newcastle manager", "Leeds' striker"),
    written right after it or after the noun's modifiers, or a position's before a player's name ("Newcastle's
    18-year-old centre Mathew Tait"), so that the place stands for its club."""
    tokens, covered = paragraph.tokens, mention_tokens(paragraph, mention)
    last = covered[-1].i if covered else None
    if last is None or last + 1 >= len(tokens):
        return False
    after = tokens[last + 2] if tokens[last + 1].tag == "POS" and last + 2 < len(tokens) else tokens[last + 1]
    while after.text.lower() not in SIDE_NOUNS | POSITIONS_BEFORE_A_NAME and after.dep in SIDE_NOUN_MODIFIERS and \
            not after.text[:1].isupper() and after.head > after.i and after.i + 1 < len(tokens):
        after = tokens[after.i + 1]  # "Newcastle's 18-year-old centre": the noun after its modifiers (no name's
        # word: "in Las Vegas Microsoft boss Bill Gates" is Microsoft's boss)
    position = after.text.lower() in POSITIONS_BEFORE_A_NAME and after.i + 1 < len(tokens) and \
        tokens[after.i + 1].ent_type == "PERSON"
    return (after.text.lower() in SIDE_NOUNS or position) and tokens[last].head == after.i


SIDE_NOUN_MODIFIERS = frozenset({"amod", "nummod", "compound", "npadvmod", "punct", "quantmod"})


SIDE_ROLE_MODIFIERS = frozenset({"head", "assistant", "interim", "acting", "new", "former"})


def leads_a_side(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name is written right before a noun of a team's coach or players and a person's name ("Canadiens
    coach Martin St. Louis", "Jets head coach Scott Arniel"): the side's name, whose coach or player that person is
    (not "ex-Yukos boss Mikhail Khodorkovsky": a firm has a boss and a chairman too)."""
    tokens = paragraph.tokens
    after = entity.end
    while after < len(tokens) and tokens[after].text.lower() in SIDE_ROLE_MODIFIERS:
        after += 1
    return after + 1 < len(tokens) and tokens[after].text.lower() in TEAM_ROLES and \
        tokens[after + 1].ent_type == "PERSON"


TEAM_ROLES = SIDE_NOUNS - {"boss", "chairman", "fans", "supporters", "squad", "players"}  # not a firm's boss


def plays_as_a_club(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a town's or city's name in a team sport's report is the subject of a plural verb in more of its
    mentions than of a singular one (`takes_a_plural_verb`: "Newcastle have fined their striker", "Tottenham are
    primed to sign"): British English gives a side a plural verb, a town a singular one ("Newcastle is a city").
    Not a country's name (a national side is written as its country, a place) nor a region's."""
    return not is_a_nation_or_region(name) and takes_a_plural_verb(parsed, members)


def played_against(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a city's or town's name of a team sport's report is, in some mention, what "against" governs ("the
    game against Newcastle", "came on against Newcastle"): the side played, a club. Not a country's name (a national
    side is written as its country, a place) nor a region's, nor a name also written after a preposition of place
    in the report ("in Newcastle", "at Newcastle": a match may be played against a side in its own town, and the
    report may name the town as well)."""
    if is_a_nation_or_region(name):
        return False
    governed = [preposition_before(parsed, mention) for mention in members]
    return "against" in governed and not set(governed) & {"in", "at", "near", "from"}


def a_fixtures_side(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a mention is one side of a club fixture: right before "v" (or "vs") and another capitalised name
    ("Hartford v Millbrook"), or right after "v" and a capitalised name ("Millbrook v Hartford"), the other side no
    country's ("Ruritania v Hartford" is an international: the town's name is some other country's side or town);
    the caller keeps a country's name a place (a national side is written as its country)."""
    tokens, covered = paragraph.tokens, mention_tokens(paragraph, mention)
    if not covered:
        return False
    first, last = covered[0].i, covered[-1].i
    if last + 2 < len(tokens) and tokens[last + 1].text in VERSUS and tokens[last + 2].text[:1].isupper():
        return not other_side_a_nation(tokens, last + 2)
    if first >= 2 and tokens[first - 1].text in VERSUS and tokens[first - 2].text[:1].isupper():
        return not other_side_a_nation(tokens, first - 2)
    return False


def other_side_a_nation(tokens: Sequence[Token], at: int) -> bool:
    """Whether the capitalised name around token `at` (the run of capitalised words it belongs to) is a country's or
    a region's."""
    start, end = at, at + 1
    while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text not in VERSUS:
        start -= 1
    while end < len(tokens) and (tokens[end].text[:1].isupper() or tokens[end].text == "of") and \
            tokens[end].text not in VERSUS:
        end += 1
    words = [t.text for t in tokens[start:end]]
    return any(is_a_nation_or_region(" ".join(words[i:j])) for i in range(len(words))
               for j in range(i + 1, len(words) + 1))


def preposition_before(parsed: ParsedArticle, mention: Mention) -> str | None:
    """The preposition, lower case, that governs a mention's name ("against" of "the game against Newcastle"), or
    None."""
    paragraph = parsed.paragraphs[mention.paragraph]
    covered = mention_tokens(paragraph, mention)
    if not covered:
        return None
    root = next((t for t in covered if not covered[0].i <= t.head <= covered[-1].i), covered[0])
    head = paragraph.tokens[root.head]
    return head.text.lower() if root.dep == "pobj" and head.pos == "ADP" else None


def plays_as_a_team(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a place of a team sport's report is one of its sides: a town or county, one word, that the NER
    never labelled a place (it took it for a person or a firm), not a country or large city (national sides are
    written as their countries, "England beat Pakistan"), and never written as a venue ("at Chesterfield"; the
    venues of more words, "St James' Park", stay places)."""
    if " " in name or is_geographic(name) or any(m.label in ("GPE", "LOC", "FAC", DATELINE_LABEL, VENUE_LABEL)
                                                        for m in members):
        return False
    for mention in members:
        paragraph = parsed.paragraphs[mention.paragraph]
        covered = mention_tokens(paragraph, mention)
        if covered and covered[0].i and paragraph.tokens[covered[0].i - 1].text.lower() in ("at", "in"):
            return False
    return True


def opens_a_sentence(parsed: ParsedArticle, mention: Mention) -> bool:
    """Whether a mention is the first word of its sentence (where any word is capitalised)."""
    paragraph = parsed.paragraphs[mention.paragraph]
    covered = mention_tokens(paragraph, mention)
    return bool(covered) and sentence_of(paragraph, covered[0].i)[0] == covered[0].i


# Words that join the words of one name: "Department for Education and Skills", "Secretary of State".
NAME_JOINERS = frozenset({"of", "for", "and", "&"})


def within_a_longer_name(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a one-word mention follows a capitalised word inside the sentence ("Crossrail Link [Bill]") or is
    joined to one by "of", "for", "and" or "&" ("Education and [Skills]", "[Public] and Commercial Services",
    "Secretary of [State]"): a piece of a longer name, or a name in a list ("Sony and [Apple]"), which only a word
    written in lower case tells apart."""
    covered = mention_tokens(paragraph, mention)
    if len(covered) != 1:
        return False
    tokens, i = paragraph.tokens, covered[0].i
    if i >= 1 and capitalised_inside(paragraph, tokens[i - 1]) and tokens[i - 1].pos in ("PROPN", "NOUN"):
        return True  # "the Crossrail Link [Bill]": the NER's cut
    if i >= 2 and tokens[i - 1].text == ")" and capitalised_inside(paragraph, tokens[i - 2]):
        return True  # "the Health Service (Miscellaneous Provisions) [Bill]"
    before = i >= 2 and tokens[i - 1].text in NAME_JOINERS and capitalised_inside(paragraph, tokens[i - 2])
    after = i + 2 < len(tokens) and tokens[i + 1].text in NAME_JOINERS and \
        capitalised_inside(paragraph, tokens[i + 2])
    return before or after


# Prepositions a title capitalises before its last word ("Songs About Jane", "Escape From LA"), which running text
# writes in lower case.
TITLE_PREPOSITIONS = frozenset({"About", "From", "With", "Without", "Into", "Of", "To", "For", "In", "On"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def ends_a_title(paragraph: ParsedParagraph, mention: Mention, lower_words: Set[str]) -> bool:
    """Whether a one-word name is the last word of a work's title, which italics set apart and plain text does not:
    after "and" and a capitalised word inside its sentence that is no name (in no entity of a name's label, no title
    or honorific) and that the article writes in lower case elsewhere ("the sitcom Will and [Grace]" where the
    article writes "it will"), or after a capitalised preposition that follows a capitalised word ("the album Songs
    About [Jane]"); no actor."""
    covered = mention_tokens(paragraph, mention)
    if len(covered) != 1 or mention.label not in NAME_LABELS:
        return False
    tokens, i = paragraph.tokens, covered[0].i
    if i < 2:
        return False
    before, word = tokens[i - 1], tokens[i - 2]
    if not capitalised_inside(paragraph, word):
        return False
    if before.text == "and":  # a word standing alone, not the end of a run of capitals ("the Grand Slams and …")
        return word.ent_type not in NAME_LABELS and word.text.lower() in lower_words and \
            not is_title_word(word.text) and word.text.lower() not in ARTICLES and \
            not (i >= 3 and capitalised_inside(paragraph, tokens[i - 3]))
    return before.text in TITLE_PREPOSITIONS and before.tag == "IN"


# The prefixes of ships' names: "HMS Belfast" is a ship, not the city.
SHIP_PREFIXES = frozenset({"HMS", "HMAS", "HMCS", "HMNZS", "USS", "RMS", "SS"})


def names_a_ship(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a name follows a ship's prefix ("a party on board HMS [Portsmouth]"): a ship's name, no actor."""
    covered = mention_tokens(paragraph, mention)
    return bool(covered) and covered[0].i >= 1 and paragraph.tokens[covered[0].i - 1].text in SHIP_PREFIXES


def opens_a_regions_word(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a place named by compass words only runs into the capitalised word after it ("touring [South East]
    Asian countries", "the [North] Atlantic coast" when the NER cuts it): a piece of a longer name, not the region
    its words name alone."""
    covered = mention_tokens(paragraph, mention)
    if not covered or mention.type != "place" or not all(t.text in COMPASS_WORDS for t in covered):
        return False
    after = covered[-1].i + 1
    return after < len(paragraph.tokens) and covered[-1].ws != "" and \
        paragraph.tokens[after].text[:1].isupper() and paragraph.tokens[after].ent_type != "" and \
        paragraph.tokens[after].pos in ("ADJ", "PROPN") and paragraph.tokens[after].text.isalpha()


def runs_into_a_longer_name(paragraph: ParsedParagraph, mention: Mention, lower_words: Set[str],
                            named_words: Set[str]) -> bool:
    """Whether a town's or a city's name (no country's) runs into capitalised words inside its sentence that the
    NER left out of every name: a piece of a longer name ("the [Leeds] Courier reported", "[Selby] Rovers' fans",
    "a novel by [Florence] Wyndt"), not the town. Not when those words are an abbreviation ("two [Leeds] DJs", "our
    [Leeds] HQ"), a pronoun ("in [Leeds] I ran"), a word the article writes in lower case ("the [Leeds] No
    campaign"), a post or one before a person's name ("[Leeds] Attorney General Jo Hale", "[Leeds] Comptroller Jo
    Hale"), a word the article names elsewhere ("[Leeds] Microsoft boss …"), an occasion held there ("the [Leeds]
    Open") or a name after "in" or "at" ("died in [Leeds] Royal Infirmary"), which is the town's too."""
    covered = mention_tokens(paragraph, mention)
    if not covered or mention.type != "place" or mention.label not in ("GPE", "LOC", "FAC") or \
            mention.name in countries() or not covered[-1].ws:
        return False
    tokens, run = paragraph.tokens, []
    for token in tokens[covered[-1].i + 1:]:
        if not (token.text[:1].isupper() and token.text.isalpha() and token.ent_type == ""):
            break
        run.append(token)
        if not token.ws:
            break
    if not run or is_sentence_start(paragraph, run[0]) or run[-1].text in EVENT_HEADS | COMPETITION_HEADS or \
            covered[0].i > 0 and tokens[covered[0].i - 1].text in ("in", "at"):
        return False  # "the [Leeds] Open", "died in [Leeds] Royal Infirmary": an occasion or a building of the town
    after = run[-1].i + 1
    before_a_person = after < len(tokens) and tokens[after].ent_type == "PERSON"
    return not before_a_person and not any(
        t.text.isupper() or PLURAL_ABBREVIATION.fullmatch(t.text) or t.pos == "PRON" or
        t.text.lower() in lower_words or is_title_word(t.text) or t.text in named_words for t in run)


# Words that determine a noun before a name written as one: "the Budget", "his Budget", "no Bill".
NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "next", "last",
                              "no", "every", "each"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS"})  # adjectives and ordinals between a determiner and its noun


def names_shaped_as_common_nouns(parsed: ParsedArticle, actors: Sequence[LocalActor]) -> tuple[str, ...]:
    """The keys of the article's one-word actors written only where a common noun may stand
    (`shaped_as_a_common_noun`: "the Budget", "a hybrid Bill", "Secretary of State"), weighed digest-wide against
    the names other articles write in lower case too."""
    return tuple(actor.key for actor in actors if " " not in actor.name and
                 shaped_as_a_common_noun(parsed, actor.mentions))


def shaped_as_a_common_noun(parsed: ParsedArticle, members: Sequence[Mention]) -> bool:
    """Whether every mention of a one-word name is determined ("the Budget", "Mr Brown's Budget"), sits in a longer
    name ("Education and Skills"), follows a lower-case noun modifying it ("the ID cards Bill") or opens a sentence,
    one at least not the last, none a news outlet's."""
    paragraphs = parsed.paragraphs
    if any(is_media(paragraphs[m.paragraph], m) for m in members):
        return False
    shaped = [m for m in members if determined_name(paragraphs[m.paragraph], m) or
              within_a_longer_name(paragraphs[m.paragraph], m) or after_a_common_noun(paragraphs[m.paragraph], m)]
    return bool(shaped) and all(m in shaped or opens_a_sentence(parsed, m) for m in members)


def written_as_a_common_noun(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a one-word name is a common noun capitalised: the article writes it in lower case as a singular
    noun ("the current budget", "the bill"), and every mention is determined ("the Budget", "Mr Brown's Budget")
    or opens a sentence or sits in a longer name, none told or quoted as a news outlet is ("the Times said")."""
    if not any(t.tag == "NN" for _, t in parsed.tokens_by_text.get(name.lower(), ())):
        return False  # "three times" is a plural: no common noun "Times"
    return any(determined_name(parsed.paragraphs[m.paragraph], m) for m in members) and \
        shaped_as_a_common_noun(parsed, members)


def written_as_a_kind(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a one-word organisation's name in capitals is a kind of body, not one: some mention follows "a" or
    "an", lower-case modifiers between, as its own noun ("a super PAC", "a pro-Hale super PAC"; not "a BBC
    reporter", where the name qualifies the noun after it)."""
    if " " in name or not name.isupper() or len(name) < 2:
        return False
    for mention in members:
        paragraph = parsed.paragraphs[mention.paragraph]
        covered = mention_tokens(paragraph, mention)
        if len(covered) != 1 or covered[0].i == 0 or covered[0].head > covered[0].i or \
                covered[0].i + 1 < len(paragraph.tokens) and qualifies_what_follows(paragraph.tokens[covered[0].i + 1]):
            continue  # "a BBC reporter", "a CNN/ORC poll", "a NATO-led force": the name qualifies a noun after it
        i = before_its_modifiers(paragraph, covered[0].i, lambda t: t.pos in ("ADJ", "NOUN", "PROPN"))
        if paragraph.tokens[i].text.lower() in ("a", "an"):  # "a super PAC", "a pro-Hale super PAC"
            return True
    return False


def followed_by_what_it_qualifies(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether the token after `token` shows it qualifies what follows (`qualifies_what_follows`)."""
    return token.i + 1 < len(paragraph.tokens) and qualifies_what_follows(paragraph.tokens[token.i + 1])


def qualifies_what_follows(after: Token) -> bool:
    """Whether the token after a name shows the name qualifies what follows: a noun, an adjective, a number, a
    possessive's ending or a mark that joins words ("a BBC reporter", "a CNN/ORC poll", "a NATO-led force")."""
    return after.pos in ("NOUN", "PROPN", "ADJ", "NUM") or after.text in ("/", "-", "–", "'s", "’s")


def before_its_modifiers(paragraph: ParsedParagraph, i: int, modifies: Callable[[Token], bool]) -> int:
    """The index of the token before the lower-case words that `modifies` takes for modifiers of the token at `i`
    ("a" of "a hybrid Bill", "his" of "his ninth Budget"); at least 0."""
    i -= 1
    while i > 0 and paragraph.tokens[i].text.islower() and modifies(paragraph.tokens[i]):
        i -= 1
    return i


def determined_name(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a one-word mention follows a determiner or a possessive that is its own, as a common noun does
    ("the Bill", "Mr Brown's Budget", "his ninth Budget"; not "the Sun editor")."""
    covered = mention_tokens(paragraph, mention)
    if len(covered) != 1 or covered[0].i == 0 or covered[0].dep == "compound" and covered[0].head > covered[0].i:
        return False  # "the former Sun editor": the determiner is the editor's
    i = before_its_modifiers(paragraph, covered[0].i, lambda t: t.tag in MODIFIER_TAGS)  # "his ninth Budget"
    before = paragraph.tokens[i]
    if before.tag == "POS":
        return True
    # a capital "The" inside a sentence opens a title ("magazine The List"), not a common noun; after a quotation
    # mark it opens the quoted words ("No Bill goes through")
    opens_words = is_sentence_start(paragraph, before) or i > 0 and paragraph.tokens[i - 1].text in QUOTE_MARKS
    return before.text.lower() in NOUN_DETERMINERS and (before.text.islower() or opens_words)


def after_a_common_noun(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a one-word mention follows a lower-case noun that modifies it, as a common noun's modifier does ("the
    ID cards [Bill]")."""
    covered = mention_tokens(paragraph, mention)
    if len(covered) != 1 or covered[0].i == 0:
        return False
    before = paragraph.tokens[covered[0].i - 1]
    return before.text.islower() and before.pos == "NOUN" and before.dep == "compound" and \
        before.head == covered[0].i


def in_a_posts_title(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a one-word mention follows "of" after a minister's or a secretary's title ("Secretary of [State]",
    "Undersecretary of [State]", "Minister of [Defence]"): a department's words, which a country's or large city's
    name is not ("Minister of France"); other posts' "of" names the body held ("President of AMBO", "Chairman of
    Shell")."""
    covered = mention_tokens(paragraph, mention)
    if len(covered) != 1 or covered[0].i < 2 or covered[0].text.isupper():
        return False
    tokens, i = paragraph.tokens, covered[0].i
    return tokens[i - 1].text == "of" and tokens[i - 2].text[:1].isupper() and \
        tokens[i - 2].text.lower().removeprefix("under") in MINISTERS_TITLES


MINISTERS_TITLES = frozenset({"secretary", "minister"})


# What a minister's, a commissioner's or a spokesman's brief is called before the post, which a department's name
# ends with ("Rural Affairs Minister Ann Lee", "Transport Commissioner", "Health spokesman"): a subject and
# the words that qualify one, no body. A party's or a firm's name before such a post is a body's ("Labour
# spokesman", "Zorvex Energy spokeswoman": a word of no brief).
DEPARTMENT_SUBJECTS = frozenset("""
Affairs Health Transport Trade Industry Security Development Education Justice Defence Defense Energy Environment
Culture Sport Employment Skills Agriculture Fisheries Housing Pensions Welfare Finance Immigration Interior
""".split())
BRIEF_WORDS = DEPARTMENT_SUBJECTS | frozenset("""
and Home Foreign Constitutional Monetary Economic International Homeland Social Rural Consular Veterans European
Regional Local Public National Civil
""".split())
DEPARTMENT_POSTS = MINISTERS_TITLES | frozenset({"commissioner", "spokesman", "spokeswoman", "spokesperson"})


def names_a_brief(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a mention is a brief (words of BRIEF_WORDS ending in one of DEPARTMENT_SUBJECTS) right before a post
    that has one (DEPARTMENT_POSTS, "Deputy" or "Shadow" between): "Home Affairs spokesman", "Trade and Industry
    Deputy Secretary"."""
    covered = mention_tokens(paragraph, mention)
    if not covered or covered[-1].text not in DEPARTMENT_SUBJECTS or any(t.text not in BRIEF_WORDS for t in covered):
        return False
    after = [t.text.lower() for t in paragraph.tokens[covered[-1].i + 1:covered[-1].i + 3]]
    if after[:1] in (["deputy"], ["shadow"]):
        after = after[1:]
    return bool(after) and after[0] in DEPARTMENT_POSTS


def written_in_a_sentence(parsed: ParsedArticle, word: str) -> bool:
    """Whether the article writes a word where a sentence goes on before it ("basic skills"), not only alone
    or first (a scoreboard's "pakistan" heading)."""
    return any(not is_sentence_start(p, t) for p, t in parsed.tokens_by_text.get(word, ()))


def capitalised_inside(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether a word is capitalised where its sentence does not ask for it."""
    return token.text[:1].isupper() and not is_sentence_start(paragraph, token)


def with_peerage(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> str:
    """A one-word person's name that a peer's title (PEERAGES) comes before in the article is named with it:
    "Lord Falconer" (the NER leaves "Lord" outside the entity), never "Falconer"."""
    if " " in name:
        return name
    for mention in members:
        before = [t for t in parsed.paragraphs[mention.paragraph].tokens if t.idx < mention.start][-1:]
        if before and before[0].text in PEERAGES:
            return f"{before[0].text} {name}"
    return name


PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
THING_PRONOUNS = frozenset({"its", "itself"})


def referred_to_as_it(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a one-word person's name with no first name and no honorific ("Linux", "Ericsson") is
    followed by "its" or "itself" and never by "he", "she" … in the sentences that name it and the
    sentences after them: what the article says of a company, not of a person."""
    if " " in name or is_first_name(name) or any(m.label != "PERSON" and m.type == "person" for m in members):
        return False
    words = words_around(parsed, members)
    return not PERSONAL_PRONOUNS.intersection(words) and bool(THING_PRONOUNS.intersection(words))


def words_around(parsed: ParsedArticle, members: Sequence[Mention]) -> list[str]:
    """The lower-case words of the sentences that name an actor and of the sentence after each."""
    words: list[str] = []
    for mention in members:
        paragraph = parsed.paragraphs[mention.paragraph]
        token = next((t.i for t in paragraph.tokens if t.idx >= mention.start), len(paragraph.tokens))
        sentence = next((k for k, (start, end) in enumerate(paragraph.sents) if start <= token < end), None)
        if sentence is not None:
            words += [t.text.lower() for start, end in paragraph.sents[sentence:sentence + 2]
                      for t in paragraph.tokens[start:end]]
    return words


# Verbs whose subject is someone: what a person says is the commonest thing a news story reports of them.
SAYING_VERBS = frozenset({"say", "tell", "add", "explain", "admit", "insist", "reply", "recall", "write"})
# What is named after the one who leads it or whom it follows: "the Bush administration", "Kerry voters".
LEADERS_NOUNS = frozenset("""
administration government presidency cabinet camp era family voter supporter aide ally loyalist backer
""".split())


# Words before a name that make it a thing when nothing but ORDINALS stands between them and it: "won the
# Oscar", "his second Oscar", "a first ever Oscar" ("the 18-year-old Nadal", "the young Nadal" still name him).
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "ever"})


def written_as_a_thing(parsed: ParsedArticle, name: str) -> bool:
    """Whether the article writes a one-word name, somewhere, alone and as a thing: after a determiner or an
    owner's pronoun with nothing but ordinals between ("won the Oscar", "his second Oscar", "won an Oscar")
    or before a word of awards ("Oscar-winning", "three Oscar nominations"). Where one mention is a thing, the
    others are the same thing ("Oscar voters", "on Oscar night")."""
    for paragraph in parsed.paragraphs:
        tokens = paragraph.tokens
        for token in tokens:
            if token.text != name or token.i > 0 and tokens[token.i - 1].pos == "PROPN" or \
                    token.i + 1 < len(tokens) and tokens[token.i + 1].pos == "PROPN":
                continue  # part of a longer name ("Justin Gatlin")
            before = token.i - 1
            while before >= 0 and tokens[before].text.lower() in ORDINALS:
                before -= 1
            if before >= 0 and tokens[before].text.lower() in DETERMINERS or \
                    names_an_award(paragraph, Entity(token.i, token.i + 1, "", name, token.idx, token.idx + len(name))):
                return True
    return False


# PERSON names in one sentence that make it a list of people ("Coyne (Burnley), Jones (Wolves), …").
LIST_OF_PEOPLE = 4


def people_listed(paragraph: ParsedParagraph, mention: Mention) -> int:
    """How many PERSON names the sentence of `mention` holds (each counted at its first word)."""
    token = next((t.i for t in paragraph.tokens if t.idx >= mention.start), len(paragraph.tokens))
    start, end = next(((s, e) for s, e in paragraph.sents if s <= token < e), (0, 0))
    words = paragraph.tokens[start:end]
    return sum(1 for k, t in enumerate(words)
               if t.ent_type == "PERSON" and (k == 0 or words[k - 1].ent_type != "PERSON"))


def shows_no_person(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a one-word name tagged PERSON, no first name, with no role, has nothing around it that only a
    person has: no "he", "she", "his", "her" in the sentences naming it or the next, and no mention with a
    sign of a person (`has_a_person_sign`). Sites, products, bands and works tagged PERSON ("Gawker",
    "Robosapiens", "Supergrass") have none; the few people with none are named once in passing."""
    if " " in name or is_first_name(name) or any(m.label != "PERSON" for m in members):
        return False
    if PERSONAL_PRONOUNS.intersection(words_around(parsed, members)):
        return False
    return not any(has_a_person_sign(parsed.paragraphs[m.paragraph], m) for m in members)


def has_a_person_sign(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a mention stands in a line-up or a list of people, after an honorific, title or initial ("Mr
    Brown", "President Bush", "T Parkes") or a noun of what a person does ("U2 frontman Bono", NAME_NOUNS),
    before "'s" ("Eminem's new album"), as the subject of a verb of
    saying ("Greenspan told") or naming what someone leads or who follow them ("the Bush administration")."""
    if line_up_names(paragraph) or people_listed(paragraph, mention) >= LIST_OF_PEOPLE:
        return True
    before = [t for t in paragraph.tokens if t.idx < mention.start][-1:]
    after = [t for t in paragraph.tokens if t.idx >= mention.end][:1]
    titles = [t.text for t in before] + mention.text.split()[:-1]
    if any(w.lower().rstrip(".") in HONORIFICS | TITLE_WORDS or re.fullmatch(r"[A-Z]\.?", w) for w in titles):
        return True
    if after and after[0].text in ("'s", "’s", "'", "’"):
        return True
    if before and before[0].text.islower() and before[0].lemma in NAME_NOUNS | BAND_MEMBER_NOUNS:
        return True  # "Happy Mondays star Bez", "U2 frontman Bono"
    return any(token.dep in SUBJECT_DEPS and paragraph.tokens[token.head].lemma in SAYING_VERBS
               or token.dep == "compound" and paragraph.tokens[token.head].lemma in LEADERS_NOUNS
               for token in paragraph.tokens if mention.start <= token.idx < mention.end)


# What a company has and a person does not: "Pfizer's shares", "Tate's profits", "Wippit's subscribers".
FIRM_POSSESSIONS = frozenset("""
share shares profit profits sale sales revenue revenues earnings turnover shareholder shareholders stock
subsidiary subsidiaries takeover merger dividend customers subscribers factory factories plant plants
stores outlets headquarters workforce staff employees drug drugs product products
""".split())


def owns_what_firms_own(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a one-word person's name with no first name and no honorific is written as the possessor of
    what companies own ("Tate's shares have leapt", "Pfizer's shareholders"): a company's name."""
    if " " in name or is_first_name(name) or any(m.label != "PERSON" and m.type == "person" for m in members):
        return False
    return owns_one_of(parsed, members, FIRM_POSSESSIONS | {"share"})


def owns_one_of(parsed: ParsedArticle, members: Sequence[Mention], things: Set[str]) -> bool:
    """Whether some mention is written as the owner ("Tate's shares", "Juninho's father") of a noun whose lemma is
    one of `things`."""
    for mention in members:
        tokens = parsed.paragraphs[mention.paragraph].tokens
        last = max((t.i for t in tokens if mention.start <= t.idx < mention.end), default=None)
        if last is not None and tokens[last].dep == "poss" and tokens[tokens[last].head].lemma.lower() in things:
            return True
    return False


# What a person has and an organisation does not: "Juninho's father", "Ms Blair's husband".
KIN = frozenset("""
father mother son daughter wife husband brother sister parents grandfather grandmother grandson granddaughter
uncle aunt nephew niece girlfriend boyfriend fiancee fiance widow widower stepfather stepmother
""".split())


def owns_what_people_own(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether an organisation's name of one word, no place's nor a firm's or club's, is written as the
    possessor of kin ("Juninho's father", "Robinho's mother"): a person the NER took for an organisation."""
    if " " in name or is_geographic(name) or name in ORGANISATION_HEADS | CLUB_HEADS or not name[:1].isupper():
        return False
    return owns_one_of(parsed, members, KIN)


SPORTS = frozenset("""
soccer football cricket rugby tennis golf baseball basketball hockey cycling athletics boxing racing sport
sports motorsport skiing swimming rowing sailing snooker darts volleyball handball squash
""".split())
SPORTS_WORDS = SPORTS | frozenset("""
league cup championship standings results match matches goal goals striker midfielder defender
goalkeeper coach manager season innings wicket wickets tournament tournaments champion champions club clubs
team teams player players scored fixture fixtures playoff playoffs semi-final quarter-final final score game
games inning pitcher semi-finals quarter-finals medal medals medallist sprinter hurdles athletes referee subs
substitutes equaliser half-time hamstring header fly-half scrum-half flanker hooker winger full-back replacements
capt tie-break seeded runner-up relay midfield
""".split())
# Sports of individuals: their tables list people (a golf leaderboard), not teams.
INDIVIDUAL_SPORTS = frozenset("""
golf tennis athletics boxing cycling skiing swimming snooker darts racing motorsport marathon sprinter hurdles
athletes squash
""".split())  # the last three: an athletics report that never writes "athletics" ("Deacon edged Fraser")
SPORTS_MIN_WORDS = 4  # distinct sports words that make an article a sports report without naming a sport
TABLE_NAME = re.compile(r"[A-Z][\w.'&-]*(?: (?:[A-Z(][\w.'&()-]*|de|of|la))*$")
TABLE_FIGURE = re.compile(r"\.?\d[\d./]*$|-$")
# "Walsall 1 Brighton 0", and with an aside after it: "MILWAUKEE 5 Minnesota 4 (in 12)", "Hull 2 York 2 (aet)".
# A side's name may hold a lower-case particle between capitalised words ("Queen of South", "Racing de Santander").
RESULT_SIDE = r"[A-Z][\w.'&-]*(?: (?:of|de|la) [A-Z][\w.'&-]*| [A-Z][\w.'&-]*)*"
RESULT_ROW = re.compile(rf"^(?P<home>{RESULT_SIDE}) \d+ (?P<away>{RESULT_SIDE}) \d+(?: \([\w .-]+\))?$")
TABLE_MIN_ROWS = 3


def is_sports_report(words: set[str]) -> bool:
    """An article about sport, by its words (`words_of`): they name a sport and use another word of sport,
    or use several words that only sport uses together."""
    found = words & SPORTS_WORDS
    return len(found) >= SPORTS_MIN_WORDS or len(found) >= 2 and bool(found & SPORTS)


SPORTS_MIN_SHARE = 0.01  # of an article's words that are words of sport, for it to report sport


def reports_sport(parsed: ParsedArticle, words: set[str]) -> bool:
    """Whether an article reports sport: its words name it (`is_sports_report`) and its words of sport are one in a
    hundred at least of its lower-case words (names aside: a squad list is mostly names). A long political story that
    mentions a golf club, a campaign "team" and its "manager" and the "game" of politics names sport without
    reporting it."""
    if not is_sports_report(words):
        return False
    tokens = [t.text for paragraph in parsed.paragraphs for t in paragraph.tokens]
    sport = sum(1 for token in tokens if token.lower() in SPORTS_WORDS)  # "TENNIS - RESULTS" of a headline too
    return sport >= SPORTS_MIN_SHARE * sum(1 for token in tokens if token[:1].islower())


def words_of(parsed: ParsedArticle) -> set[str]:
    """The lower-case words of an article's title, tags and text."""
    words = set(re.findall(r"[a-z-]+", " ".join([parsed.article.title, *parsed.article.tags]).lower()))
    words.update(text.lower() for text in parsed.tokens_by_text)
    return words


def table_teams(parsed: ParsedArticle) -> list[Mention]:
    """The names that open the rows of a team sport report's tables ("Stoke 4 3 1 0 7 4 10") and its result
    lines ("Walsall 1 Brighton 0"): teams, unless most of a table's names are people the NER knows."""
    tables: list[list[Mention]] = []
    run: list[Mention] = []
    for paragraph in parsed.paragraphs:
        found = row_names(paragraph)
        if found:
            run.extend(found)
            continue
        if run:
            tables.append(run)
        run = []
    if run:
        tables.append(run)
    teams = []
    for table in tables:
        if len({m.paragraph for m in table}) < TABLE_MIN_ROWS:
            continue
        people = sum(1 for m in table if " " in m.name and names_a_person(parsed.paragraphs[m.paragraph], m))
        if people * 2 < len(table):
            teams.extend(table)
    return teams


COMPETING_VERBS = frozenset("""
beat defeat thrash rout edge overcome draw lose trail lead host face meet play outclass overwhelm crush
""".split())


def competing(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """Places and single names that a team sport's report makes the subject or object of a verb of
    competing ("Leicestershire beat Somerset", "KENT drew with …"): teams; not countries and large cities,
    which stand for national sides the way news writes places ("England beat Pakistan")."""
    found = []
    for mention in mentions:
        if mention.type == "organisation" or mention.type == "person" and " " in mention.name or \
                is_geographic(mention.name):
            continue  # a national side is written as its country ("England beat Pakistan"): a place
        paragraph = parsed.paragraphs[mention.paragraph]
        token = next((t for t in paragraph.tokens if t.idx == mention.start), None)
        while token is not None and token.dep == "compound" and token.head != token.i:
            token = paragraph.tokens[token.head]
        if token is None or token.dep not in ("nsubj", "dobj", "conj", "pobj"):
            continue
        verb = paragraph.tokens[token.head]
        if verb.dep == "prep" or token.dep == "conj":
            verb = paragraph.tokens[verb.head]
        if verb.lemma in COMPETING_VERBS:
            found.append(replace(mention, type="organisation", label="ORG"))
    return found



# A cricket scoreboard's line: the ground before a colon ("At Chesterfield:", "London (The Oval):"), then each
# side with its innings ("Worcestershire 238 and 303 (K. Spiring 130 not out), Derbyshire 471 and 71-1.") or its
# points ("Middlesex 20 points, Hampshire 5.").
CRICKET_WORDS = frozenset({"cricket", "innings", "wicket", "wickets"})
SCOREBOARD_GROUND = re.compile(r"(?:At )?(?P<ground>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})"
                               r"(?: \((?P<other>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})\))?: ")
SCOREBOARD_SIDE = re.compile(r"(?:(?<=^)|(?<=[,;:] ))(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) "
                             r"\d+(?:-\d+)?(?: and \d+(?:-\d+)?)?(?= points\b|\s*(?:and \d|[,;.(]|$))")
SCOREBOARD_WORDS = frozenset({"Extras", "Total", "Bowling", "Batting", "Points"})


def scoreboard_names(paragraph: ParsedParagraph) -> tuple[list[Mention], list[Mention]]:
    """The sides (teams) and the grounds (places, venues: apart from a club of the same name) of a cricket
    scoreboard's line with two sides or more (see SCOREBOARD_SIDE); nothing for any other paragraph. The players in
    brackets are left to the NER."""
    text = paragraph.text
    ground = SCOREBOARD_GROUND.match(text)
    rest = ground.end() if ground else 0
    masked = text[:rest] + re.sub(r"\([^()]*\)", lambda aside: " " * len(aside.group()), text[rest:])
    sides = [side for side in SCOREBOARD_SIDE.finditer(masked, rest) if side.group("name") not in SCOREBOARD_WORDS]
    if len(sides) < 2:
        return [], []
    teams = [team(paragraph, side.start("name"), side.end("name"), side.group("name")) for side in sides]
    grounds = [venue(paragraph, ground, g, ground.group(g).removeprefix("The "))
               for g in ("ground", "other") if ground and ground.group(g)]
    return teams, grounds


def scoreboards(parsed: ParsedArticle) -> tuple[list[Mention], list[Mention]]:
    """The sides and grounds of every scoreboard line of a cricket report (`scoreboard_names`)."""
    teams, grounds = [], []
    for paragraph in parsed.paragraphs:
        found = scoreboard_names(paragraph)
        teams += found[0]
        grounds += found[1]
    return teams, grounds


def row_names(paragraph: ParsedParagraph) -> list[Mention]:
    text = paragraph.text.strip()
    match = RESULT_ROW.match(text)
    if match is None:
        name = table_row_name(text)
        sides = [(0, len(name), name)] if name else fixture_sides(text)
        return [team(paragraph, start, end, name) for start, end, name in sides]
    return [team(paragraph, match.start(g), match.end(g), match.group(g)) for g in ("home", "away")]


FIXTURES_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Za-z]+){0,2}: ")  # "Postponed: ", "Playing Sunday: "
FIXTURE = re.compile(rf"(?P<home>{RESULT_SIDE}) v (?P<away>{RESULT_SIDE})")


def fixture_sides(line: str) -> list[tuple[int, int, str]]:
    """"Postponed: Walsall v Wrexham, Bury v York.": the sides (start, end, name) of a results table's line of
    fixtures after a label, each "A v B" between commas (the last one's second side may be on the next line: "…,
    Bury v"); [] for any other line."""
    label = FIXTURES_LABEL.match(line)
    if label is None:
        return []
    body, sides = line.removesuffix("."), []
    for part in re.finditer(r"[^,]+", body[label.end():]):
        offset = label.end() + part.start() + len(part.group()) - len(part.group().lstrip())
        fixture = FIXTURE.fullmatch(part.group().strip())
        if fixture is None and label.end() + part.end() == len(body):  # its line broken after "v"
            fixture = re.fullmatch(rf"(?P<home>{RESULT_SIDE}) v(?P<away>)", part.group().strip())
        if fixture is None:
            return []
        sides += [(offset + fixture.start(g), offset + fixture.end(g), fixture.group(g)) for g in ("home", "away")
                  if fixture.group(g)]
    return sides


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A tour's itinerary line: a date, "v" and the side or sides it may be ("May 27-29 v Westshire or Eastshire (three
# days)"), its venue in brackets after "at" ("June 25-27 v British Universities (at Brill, three days)").
ITINERARY_ROW = re.compile(rf"(?:{MONTHS}) \d+(?:-\d+)?(?: - (?:(?:{MONTHS}) )?\d+)? v "
                           rf"(?P<sides>{RESULT_SIDE}(?: or {RESULT_SIDE})*)(?: \((?:at (?P<venue>{RESULT_SIDE}))?.*)?")


def itinerary_sides(parsed: ParsedArticle) -> tuple[list[Mention], list[Mention]]:
    """The sides (teams) and the venues (places) of a sports report's itinerary lines (`ITINERARY_ROW`)."""
    teams, venues = [], []
    for paragraph in parsed.paragraphs:
        row = ITINERARY_ROW.fullmatch(paragraph.text.strip())
        if row is None:
            continue
        for side in re.finditer(RESULT_SIDE, row.group("sides")):  # "or" between them is no name
            start = row.start("sides") + side.start()
            teams.append(team(paragraph, start, start + len(side.group()), side.group()))
        if row.group("venue"):
            venues.append(venue(paragraph, row, "venue"))
    return teams, venues


def table_row_name(line: str) -> str | None:
    """"NEW YORK 74 59 .556 -": the name opening a row of figures (at least two of them)."""
    words = line.split(" ")
    first = next((i for i, w in enumerate(words) if TABLE_FIGURE.match(w)), len(words))
    figures = words[first:]
    if first == 0 or not all(TABLE_FIGURE.match(w) for w in figures) or sum(w != "-" for w in figures) < 2:
        return None
    name = " ".join(words[:first])
    return name if TABLE_NAME.match(name) else None


def team(paragraph: ParsedParagraph, start: int, end: int, name: str) -> Mention:
    return Mention(paragraph=paragraph.index, start=start, end=end, text=name, name=name, label="ORG",
                   type="organisation")


def names_a_person(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether the NER took a table row's name for a person's; not when its PERSON runs across a figure of the row
    ("Karlsruhe 2 Hansa" of "Karlsruhe 2 Hansa Rostock 0"): no person's name holds a score, so that says nothing."""
    return any(e.label == "PERSON" and e.start_char < mention.end and mention.start < e.end_char
               and not re.search(r"\d", e.text) for e in paragraph.ents)


def with_teams(mentions: list[Mention], teams: list[Mention]) -> list[Mention]:
    """The article's mentions with its teams: a team replaces what the NER found at its place, and
    a place or person elsewhere in the report with a team's name is that team ("Norwich beat …"). A national
    side is its country, a place, as a reader and the gold sets name it ("Slovakia beat the Faroe Islands")."""
    teams = [t for t in teams if t.name not in countries() and t.name not in country_names()]
    if not teams:
        return mentions
    names = {t.name for t in teams}
    spans = {(t.paragraph, t.start, t.end) for t in teams}
    kept = []
    for mention in mentions:
        if any(p == mention.paragraph and s < mention.end and mention.start < e for p, s, e in spans):
            continue
        if mention.name in names and mention.type != "organisation":
            mention = replace(mention, type="organisation")
        kept.append(mention)
    return sorted(kept + teams, key=lambda m: (m.paragraph, m.start))


# A team's line-up or replacements as a paragraph of its own: names and nothing else, between commas and
# semicolons ("Horak, Staniforth; Mapletoft, Edwards; …"), after a label ("Replacements: Everitt for Mapletoft
# (53), …", "Subs not used: Fury, Brooks"), a minute in brackets after a name.
LINE_UP_WORD = r"(?:[A-Z][\w'’.-]*|van|von|de|der|den|du|da|di|le|la|dos|del)"
LINE_UP_NAME = rf"{LINE_UP_WORD}(?: {LINE_UP_WORD}){{0,3}}"
# "Everitt for Mapletoft (53)", and as BBC football reports write them, "Tiago (Bridge 45)" (the replacement and
# the minute in brackets) and "M Johnson (capt)".
LINE_UP_ITEM = re.compile(rf"(?P<name>{LINE_UP_NAME})(?: for (?P<other>{LINE_UP_NAME}))?"
                          rf"(?: \((?:(?P<replacement>{LINE_UP_NAME}) )?\d+\)| \(capt\))?")
LINE_UP_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Za-z]+){0,2} *: ")  # "Replacements (from): ", its aside blanked
LINE_UP_ASIDE = re.compile(rf"\((?!(?:{LINE_UP_NAME} )?\d+\)|capt\))[^()]*\)")  # "(Burnley)", "(Toulouse, capt)"
LINE_UP_MIN_NAMES = 6  # in a list without a label: fewer could be a sentence's list of clubs or places
LINE_UP_MIN_KNOWN = 2  # names of the list the article or the NER knows as people's


def with_line_ups(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A sports report's line-ups and replacements (LINE_UP_ITEM) name people, whatever the NER made of each
    surname ("Bishop", "Kennedy", "Shaw" read as a place or a company): every name of a line-up where at least
    LINE_UP_MIN_KNOWN of them are people (tagged PERSON there, or a person's surname elsewhere in the article)
    becomes a person's mention, in place of what was found on its words."""
    surnames = {m.name.split()[-1] for m in mentions if m.type == "person"}
    found: list[Mention] = []
    for paragraph in parsed.paragraphs:
        names = line_up_names(paragraph) or numbered_line_up_names(paragraph) or line_ups_in_prose(paragraph)
        persons = {t.idx for t in paragraph.tokens if t.ent_type == "PERSON"}
        known = [(start, end) for start, end in names
                 if paragraph.text[start:end].split()[-1] in surnames or any(start <= i < end for i in persons)]
        if len(known) >= LINE_UP_MIN_KNOWN:
            found.extend(Mention(paragraph=paragraph.index, start=start, end=end, text=paragraph.text[start:end],
                                 name=paragraph.text[start:end], label="", type="person")
                         for start, end in names)  # no NER label: the rules that overrule the NER leave it
    if not found:
        return mentions
    return in_place_of(mentions, found)


# A wire service's scorers' line: the side before a dash, then each scorer with the minutes in brackets ("Romania -
# Cosmin Contra (31st), Mihai Tararache (75th)", "U.S. - Joe-Max Moore (3rd minute, 88th on penalty kick)").
SCORERS_SIDE = re.compile(r"(?P<side>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}) - ")
SCORERS_ITEM = re.compile(r"(?:[^,()]|\([^()]*\))+")  # what the commas outside brackets divide
SCORER = re.compile(rf"(?P<name>{LINE_UP_NAME})(?: (?P<minutes>\([^()]*\d+(?:st|nd|rd|th)\b[^()]*\)))?")


def scorers(parsed: ParsedArticle) -> list[Mention]:
    """The scorers of a sports report's scorers' lines (SCORER after SCORERS_SIDE, the minutes of one at least in
    brackets), people whatever the NER made of them (it runs "Romania - Cosmin Contra" into one organisation),
    and each line's side: its country, a place, or a team."""
    found = []
    for paragraph in parsed.paragraphs:
        text = paragraph.text.rstrip().rstrip(".")
        side = SCORERS_SIDE.match(text)
        if side is None:
            continue
        items = [(part.start(), part.group()) for part in SCORERS_ITEM.finditer(text, side.end())]
        matches = [(start + len(item) - len(item.lstrip()), SCORER.fullmatch(item.strip()))
                   for start, item in items]
        if not matches or any(match is None for _, match in matches) or \
                not any(match["minutes"] for _, match in matches):
            continue
        name = side["side"]
        found.append(Mention(paragraph=paragraph.index, start=0, end=len(name), text=name,
                             name=country_names().get(name, name), label="GPE",
                             type="place" if is_geographic(name) or name in country_names() else "organisation"))
        found.extend(Mention(paragraph=paragraph.index, start=at + match.start("name"), end=at + match.end("name"),
                             text=match["name"], name=match["name"], label="", type="person")
                     for at, match in matches)
    return found


# A numbered line-up as wire services write it: "France - 1 - Bernard Lama; 2 - Lilian Thuram (14 - Sabri Lamouchi
# 87th), 5 - Laurent Blanc", each shirt number before a dash, the replacement in brackets.
NUMBERED_ITEM = re.compile(rf"(?:^|(?<=[,;()])|(?<=[,;()] )|(?<= - ))\d+ ?- ?(?P<name>{LINE_UP_NAME})")


def numbered_line_up_names(paragraph: ParsedParagraph) -> list[tuple[int, int]]:
    """The character spans of the names of a numbered line-up (NUMBERED_ITEM, at least LINE_UP_MIN_NAMES of
    them in the paragraph); [] for any other paragraph."""
    spans = [(match.start("name"), match.end("name") - (len(match["name"].split()[-1]) > 2 and
                                                         match["name"].endswith(".")))  # the list's full stop
             for match in NUMBERED_ITEM.finditer(paragraph.text)]
    return spans if len(spans) >= LINE_UP_MIN_NAMES else []


# A row of a ranking, seeding or result list: "3 Lleyton Hewitt (Australia)", "1. Michelle Freeman (Jamaica) 12.71",
# a leaderboard's "287 Ian Woosnam 70 76 71 70".
RANKED_ROW = re.compile(rf"\d+\.? (?P<name>{LINE_UP_NAME})(?: \((?P<country>[A-Z][A-Za-z .]+)\))?(?: [\w .:-]*)?")


def with_ranked_rows(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A sports report's rows of a ranking ("3 Lleyton Hewitt (Australia)", "64 Bob Estes", each a paragraph):
    when there are TABLE_MIN_ROWS or more, each giving a country or a name of several words, and at least
    LINE_UP_MIN_KNOWN of their names are tagged PERSON, every row's name is a person's, in place of what the NER
    found on its words ("Marat Safin" missed, "Paradorn Srichaphan" a place)."""
    rows = []
    for paragraph in parsed.paragraphs:
        match = RANKED_ROW.fullmatch(paragraph.text.strip())
        if match and (match["country"] in countries() or match["country"] in country_names() or
                      match["country"] is None and " " in match["name"]):  # a leaderboard's "64 Bob Estes"
            rows.append((paragraph, match.start("name") + len(paragraph.text) - len(paragraph.text.lstrip()),
                         match["name"]))
    known = sum(1 for paragraph, start, name in rows
                if any(t.ent_type == "PERSON" for t in paragraph.tokens if start <= t.idx < start + len(name)))
    if len(rows) < TABLE_MIN_ROWS or known < LINE_UP_MIN_KNOWN:
        return mentions
    found = [Mention(paragraph=p.index, start=start, end=start + len(name), text=name, name=name, label="",
                     type="person") for p, start, name in rows]
    return in_place_of(mentions, found)


# A result between two competitors each given a country: "Cedric Pioline (France) beat Roberto Carretero (Spain)".
# The loser may carry a seeding before a dash: "Asa Carlsson (Sweden) beat 15 - Gabriela Sabatini (Argentina)".
RIVALS = re.compile(rf"(?P<first>{LINE_UP_NAME}) \((?P<first_country>[A-Z][A-Za-z .]+)\) (?:beat|bt|defeated|def\.?) "
                    rf"(?:\d+ ?- ?)?(?P<second>{LINE_UP_NAME}) \((?P<second_country>[A-Z][A-Za-z .]+)\)")


def with_rivals_of_countries(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """In a sports report, the two names of a result that gives each a country in brackets ("Lindsay Davenport
    (U.S.) beat Anne-Gaelle Sidot (France)") are people, players of individual sports, when either begins with a
    first name (clubs in European cups are written so too: "Ajax (Netherlands) beat ..."), in place of what the
    NER found on their words."""
    found = []
    for paragraph in parsed.paragraphs:
        for match in RIVALS.finditer(paragraph.text):
            if not all(match[g] in countries() or match[g] in country_names()
                       for g in ("first_country", "second_country")) or \
                    not any(is_first_name(match[g].split()[0]) and " " in match[g] for g in ("first", "second")):
                continue
            found.extend(Mention(paragraph=paragraph.index, start=match.start(g), end=match.end(g), text=match[g],
                                 name=match[g], label="", type="person") for g in ("first", "second"))
    return in_place_of(mentions, found) if found else mentions


# one initial may go without its full stop ("M Davies (Gloucester)"): two capitals are a body's ("UK Athletics")
INITIALLED_NAME = re.compile(r"(?P<name>(?:(?:[A-Z]\. ?)+|[A-Z] )[A-Z][a-z]*[A-Z']?[a-z]+(?:-[A-Z][a-z]+)?)(?: \d+)?")


# Last words of clubs' names the NER leaves out of a town's name ("Newcastle United", "Sheffield Wednesday", a
# DATE to it); not "City" or "County", which end places' names too ("New York City", "Santa Barbara County").
CUT_CLUB_WORDS = re.compile(r" (United|Rovers|Athletic|Wanderers|Albion|Hotspur|Wednesday|Argyle|Orient)\b")


def club_cut_before_its_word(parsed: ParsedArticle, mention: Mention, mentions: Sequence[Mention]) -> Mention:
    """In a sports report, a town's name the NER ended right before a club's last word ("Hartford United",
    "Millbrook Wednesday", no name of its own) is the club's whole name, an organisation; not a country's or a
    region's ("Ruritania United" is no club the rules know)."""
    if mention.type != "place" or is_a_nation_or_region(mention.name) or mention.text != mention.name:
        return mention
    match = CUT_CLUB_WORDS.match(parsed.paragraphs[mention.paragraph].text, mention.end)
    if match is None or any(other.paragraph == mention.paragraph and mention.end < other.end and
                            other.start < match.end() for other in mentions):
        return mention
    name = mention.name + match.group()
    return replace(mention, end=match.end(), text=name, name=name, label="ORG", type="organisation")


def initialled_player(mention: Mention) -> Mention:
    """In a sports report, a name of initials with full stops, or of one initial, and a surname ("D. Blenkiron",
    "H. Morris 69" in a cricket scorecard, "M Davies" in a line-up) is a player, whatever the NER typed it; a run's
    or wickets' figure after it goes."""
    match = INITIALLED_NAME.fullmatch(mention.name)
    if mention.type == "person" or match is None or "." in match["name"] and names_a_country_or_event(match["name"]):
        return mention
    if "." not in match["name"] and match["name"] != mention.name:
        return mention  # "S Club 7": one initial and a number is a band's name, no scorecard's
    return replace(mention, type="person", name=match["name"])


INITIALLED_IN_TEXT = re.compile(r"(?<![\w.])(?:[A-Z]\. ?)+[A-Z][a-z]*[A-Z']?[a-z]+(?:-[A-Z][a-z]+)?\b")


def initialled_players_missed(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """Initials with full stops and a surname the NER tagged nothing ("(P. Simmons 4-38)" in a cricket
    scorecard): a player of the sports report."""
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    return [Mention(paragraph=p.index, start=match.start(), end=match.end(), text=match.group(), name=match.group(),
                    label="", type="person")
            for p in parsed.paragraphs for match in INITIALLED_IN_TEXT.finditer(p.text)
            if not any((p.index, i) in covered for i in range(match.start(), match.end()))
            and not names_a_country_or_event(match.group())]


def names_a_country_or_event(name: str) -> bool:
    """"U.S. Open", "S. Korean": initials that are a country's, or a last word of events or of demonyms."""
    initials_, last = name.rsplit(".", 1)[0] + ".", name.rsplit(".", 1)[1].strip()
    return initials_.replace(" ", "") in country_names() or last in EVENT_HEADS or last in demonyms()


def without_asides(text: str) -> str:
    """A line-up's text with each player's club or country in brackets ("Coyne (Burnley)", "G Thomas (Toulouse,
    capt)") and a colon left at its start by a lost team name blanked out, character for character, so that the
    names keep their places; a replacement and his minute ("(Bridge 45)") and "(capt)" stay."""
    text = LINE_UP_ASIDE.sub(lambda m: " " * len(m.group()), text)
    return " " + text[1:] if text.startswith(":") else text


# A wire story's dateline: the place it was filed from, in capitals, opening a paragraph before the date, the
# agency or a dash ("WARSAW 1996-08-30", "NEW YORK, Nov. 19 (UPI) —", "DALLAS (AP) —", "ST. LOUIS, Aug 30").
DATELINE = re.compile(
    r"([A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3})"  # the place, in capitals
    r"(?=(?:,\s+[A-Z][A-Za-z]+\.?)?"  # its state or country ("PASADENA, Calif.")
    r"(?:\s+\d{4}-\d\d-\d\d\b"  # "WARSAW 1996-08-30"
    r"|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"  # ", Nov. 19"
    r"|\s+\([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*\)\s*[-–—]"  # " (AP) —"
    r"|(?P<dash>\s+[-–—]{1,2}\s)))")  # " — ": a place only if the gazetteer knows it (not "SOCCER - ")


DATELINE_LABEL = "DATELINE"  # the label of a dateline's place, which no NER label is


def dateline_places(parsed: ParsedArticle) -> list[Mention]:
    """The place of each paragraph that opens with a dateline (`DATELINE`), or with a country or large city in
    capitals before a dash ("GERMANY - Bunds extended losses"): a place, whatever the NER made of its capitals
    (it often takes "WARSAW" for an organisation, or misses "BELGRADE")."""
    found = []
    for paragraph in parsed.paragraphs:
        match = DATELINE.match(paragraph.text)
        if match is None or not any(ch.isalpha() for ch in match.group(1)[1:]):
            continue
        name = match.group(1).rstrip("-")
        if match.group("dash") is not None and not is_geographic(name):
            continue
        # named as the text names it elsewhere ("TORONTO" is Toronto, "WILKES-BARRE" Wilkes-Barre)
        capitalised = re.sub(r"[A-Za-z]+", lambda word: word.group().capitalize(), name)
        found.append(Mention(paragraph=paragraph.index, start=0, end=len(name), text=name, name=capitalised,
                             label=DATELINE_LABEL, type="place"))
    return found


PLACE_PLURALS = frozenset("""
Islands Isles Mountains Hills Highlands Lakes Falls Springs Heights Keys Territories States Emirates Plains Alps
""".split())  # "the Cayman Islands", "the Virginia Highlands": places, no teams


def teams_named_for_places(parsed: ParsedArticle) -> list[Mention]:
    """"the Cleveland Hawks", "the Florida Pumas": in a sports report, a place's name (a large city, a state, a
    town, or what the NER labels a place) after "the" and before a capitalised plural proper noun is a team's name,
    which the NER cuts into a place and a people, a person or nothing."""
    found = []
    for paragraph in parsed.paragraphs:
        tokens = paragraph.tokens
        for i, token in enumerate(tokens[:-2]):
            if token.text.lower() != "the":
                continue
            for size in (1, 2):
                plural = tokens[i + size + 1] if i + size + 1 < len(tokens) else None
                place = " ".join(t.text for t in tokens[i + 1:i + size + 1])
                if plural is None or plural.tag != "NNPS" or not plural.text[:1].isupper() or \
                        not plural.text.isalpha() or plural.text in PLACE_PLURALS or \
                        not (is_geographic(place) or place in towns() or
                             all(t.ent_type in ("GPE", "LOC") for t in tokens[i + 1:i + size + 1])):
                    continue
                start, end = tokens[i + 1].idx, plural.idx + len(plural.text)
                found.append(team(paragraph, start, end, paragraph.text[start:end]))
                break
    return found


VENUE_LABEL = "VENUE"  # the label of where a sports report's game is played, a place beside a club of its name
TOWN_LABEL = "TOWN"  # the label of a town a report of no sport names by its words, a place beside a club of its name
# A baseball schedule's line: the visitors at the home side, in capitals ("KANSAS CITY AT DETROIT").
SCHEDULE_SIDE = r"[A-Z][A-Z.'&-]*(?: (?!AT\b)[A-Z][A-Z.'&-]*)*"
SCHEDULE_ROW = re.compile(rf"(?P<away>{SCHEDULE_SIDE}) AT (?P<home>{SCHEDULE_SIDE})")


def venue(paragraph: ParsedParagraph, line: re.Match, group: str, name: str | None = None) -> Mention:
    """Where a game is played, named by `group` of a line's match (as `name`, else as written): a place, kept apart
    from a club of its name (`VENUE_LABEL`)."""
    text = line.group(group)
    return Mention(paragraph=paragraph.index, start=line.start(group), end=line.end(group), text=text,
                   name=text if name is None else name, label=VENUE_LABEL, type="place")


def schedule_sides(parsed: ParsedArticle) -> tuple[list[Mention], list[Mention]]:
    """The visiting teams and the venues of a sports report's schedule lines ("KANSAS CITY AT DETROIT": the
    visitors, a team; the home side's city, where the game is played, a place named as a dateline's is)."""
    teams, venues = [], []
    for paragraph in parsed.paragraphs:
        row = SCHEDULE_ROW.fullmatch(paragraph.text.strip())
        if row is None:
            continue
        teams.append(team(paragraph, row.start("away"), row.end("away"), row.group("away")))
        venues.append(venue(paragraph, row, "home",
                            re.sub(r"[A-Za-z]+", lambda word: word.group().capitalize(), row.group("home"))))
    return teams, venues


def as_venues(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A sports report's mentions, with where its games are played labelled a venue (`VENUE_LABEL`), a place even
    where the report also names a club by that name: its dateline ("PITTSBURGH 1996-08-30"), a town's name between
    a sentence's opening "In" and a comma ("In Pittsburgh, Mark Hale hit two home runs"), and a venue's name after
    "in" or "at" ("the bout in Port City" below "PORT CITY 1996-08-30")."""
    mentions = [replace(m, label=VENUE_LABEL, type="place") if m.type != "person" and (
        m.label == DATELINE_LABEL or opens_with_in(parsed.paragraphs[m.paragraph], m)) else m for m in mentions]
    venues = {m.name for m in mentions if m.label == VENUE_LABEL}
    return [replace(m, label=VENUE_LABEL, type="place") if m.name in venues and m.type != "person" and
            preposition_before(parsed, m) in ("in", "at") else m for m in mentions]


def opens_with_in(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a mention is all that stands between its sentence's opening "In" and a comma ("In Leeds, …")."""
    covered = mention_tokens(paragraph, mention)
    if not covered or covered[0].i == 0 or covered[-1].i + 1 >= len(paragraph.tokens):
        return False
    before = paragraph.tokens[covered[0].i - 1]
    return before.text == "In" and sentence_of(paragraph, before.i)[0] == before.i and \
        paragraph.tokens[covered[-1].i + 1].text == ","


NEWSROOM = re.compile(r"\b(?:[A-Z][A-Za-z.'’&-]*\s+){1,3}(?:Newsroom|Newsdesk|News Desk)\b")


def newsrooms(parsed: ParsedArticle) -> list[Mention]:
    """A newsroom signing off a wire story ("-- Bucharest Newsroom 40-1 3120264", "-- Jim Ballantyne, London
    Newsroom"): an organisation, which the NER takes for a person, for its town alone or for nothing."""
    return [Mention(paragraph=p.index, start=match.start(), end=match.end(), text=match.group(), name=match.group(),
                    label="ORG", type="organisation")
            for p in parsed.paragraphs if "News" in p.text for match in NEWSROOM.finditer(p.text)]  # each holds it


def in_place_of(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`mentions` less those overlapping a mention of `found`, with `found`, in the order of the text."""
    spans = {(m.paragraph, i) for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not any((m.paragraph, i) in spans for i in range(m.start, m.end))]
    return sorted(kept + found, key=lambda m: (m.paragraph, m.start))


def line_up_names(paragraph: ParsedParagraph) -> list[tuple[int, int]]:
    """The character spans of the names of a paragraph that is nothing but line-up lists (see LINE_UP_ITEM),
    one or more, each ending with a full stop or the paragraph's end; [] for any other paragraph."""
    spans = []
    for segment in LINE_UP_SEGMENT.finditer(without_asides(paragraph.text).rstrip()):
        items = line_up_items(segment)
        if items is None:
            return []
        spans.extend(items)
    return spans


LINE_UP_SEGMENT = re.compile(r"[^.]+(?:\.(?=\s|$)|$)")  # a sentence, or a line-up list, up to its full stop


def line_ups_in_prose(paragraph: ParsedParagraph) -> list[tuple[int, int]]:
    """The character spans of the names of the line-up lists of LINE_UP_MIN_NAMES names at least among the
    sentences of a paragraph that is not all line-ups ("... after an early pitch inspection. Leeds: Balshaw; Rees,
    Christophers, Bell, Doherty; ..."), which `line_up_names` leaves: a page's line breaks lost."""
    spans = []
    for segment in LINE_UP_SEGMENT.finditer(without_asides(paragraph.text).rstrip()):
        items = line_up_items(segment)
        if items is not None and len(items) >= LINE_UP_MIN_NAMES:
            spans.extend(items)
    return spans


def line_up_items(segment: re.Match[str]) -> list[tuple[int, int]] | None:
    """The character spans of the names of one line-up list (a sentence of LINE_UP_ITEM items, after a label or
    not), or None when the sentence is no such list (an item no LINE_UP_ITEM, or fewer than LINE_UP_MIN_NAMES
    names without a label)."""
    start, body = segment.start(), segment.group().rstrip(".").rstrip()
    lead = len(body) - len(body.lstrip())
    label = LINE_UP_LABEL.match(body, lead)
    at = label.end() if label else lead
    items = []
    for part in re.finditer(r"[^,;]+", body[at:]):
        item = part.group().strip()
        match = LINE_UP_ITEM.fullmatch(item)
        if match is None or not any(ch.islower() for ch in item):
            return None
        offset = start + at + part.start() + (len(part.group()) - len(part.group().lstrip()))
        items.extend((offset + match.start(g), offset + match.end(g))
                     for g in ("name", "other", "replacement") if match[g])
    return items if len(items) >= (1 if label else LINE_UP_MIN_NAMES) else None


def is_demonym(mention: Mention) -> bool:
    """"Russian" in "Russian troops": a mention of a country by its demonym, a relation to the country
    rather than a name the article gives (see `LocalActor.named`)."""
    return mention.type == "place" and demonyms().get(POSSESSIVE.sub("", mention.text)) == mention.name


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Other names of countries → the name each is known by (digest/annotate/data/country_names.yml)."""
    return data_file(DATA / "country_names.yml")


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """The agencies' abbreviations of US states and Canadian provinces → the name each stands for
    (digest/annotate/data/region_abbreviations.yml)."""
    return data_file(DATA / "region_abbreviations.yml")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names, from ISO 3166 (pycountry: name, common and official names) and the demonym table:
    a name that is one of them is a place, never a person."""
    import pycountry

    names = set(demonyms().values())
    for country in pycountry.countries:
        names.update(getattr(country, field) for field in ("name", "common_name", "official_name")
                     if hasattr(country, field))
    return frozenset(names)


def local_key(type_: str, name: str) -> str:
    return f"{type_}:{name}"


# Time zones after a clock time ("at 1500 GMT"), which the NER takes for organisations: never actors.
TIME_ZONES = frozenset("GMT BST UTC CET EST EDT CST CDT MST MDT PST PDT".split())


def with_couples_of_surnames(mentions: list[Mention]) -> list[Mention]:
    """The mentions, a name the NER ran over two or more surnames joined by "and" or commas ("Hale and Brink",
    "Hale, Brink"), none a person's, cut into those people's mentions when each part is one word that ends a full
    name some person's mention of the article gives ("Ann Hale", "Tom Brink")."""
    surnames = {m.name.split()[-1] for m in mentions if m.type == "person" and " " in m.name}
    result = []
    for mention in mentions:
        parts = [(found.start(), found.group()) for found in re.finditer(r"[^\s,]+", mention.text)
                 if found.group() != "and"]
        if mention.type == "person" or len(parts) < 2 or not all(word in surnames for _, word in parts) or \
                not re.fullmatch(r"\S+(?:,? \S+)*,? and \S+|\S+(?:, \S+)+", mention.text):
            result.append(mention)
            continue
        result += [replace(mention, start=mention.start + at, end=mention.start + at + len(word), text=word,
                           name=word, label="PERSON", type="person") for at, word in parts]
    return result


def with_names_ending_in_s(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """The mentions, an organisation's name that ends in "'s" keeping it where the article writes it so every time
    and some mention as part of the name (`its_own_s`): "analysts at Zorvan & Pike's", "Zorvan & Pike's said" and
    "Zorvan & Pike's ratings" are all "Zorvan & Pike's", which mentions leave out as a possessive ("Zorvan &
    Pike"). Not a name the article also writes without it ("the State Department said", then "the State
    Department's"), nor a person's ("Ivo Hale … Hale's"), which the parse also reads so at times."""
    people = {word for m in mentions if m.type == "person" for word in (m.name, m.name.split()[-1])}
    endings = {m.name: s.text for m in mentions if (s := its_own_s(parsed.paragraphs[m.paragraph], m)) is not None}
    for m in mentions:
        if m.name in endings and (m.name in people or not written_with_s(parsed.paragraphs[m.paragraph], m)):
            del endings[m.name]
    return [replace(m, name=m.name + endings[m.name]) if m.type == "organisation" and m.name in endings else m
            for m in mentions]


def written_with_s(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether "'s" follows a mention right after its last character."""
    return paragraph.text[mention.end:mention.end + 2] in ("'s", "’s")


def its_own_s(paragraph: ParsedParagraph, mention: Mention) -> Token | None:
    """The "'s" right after an organisation's mention when it is the name's own: the NER took it into the name and
    the parse makes the word before it own nothing ("analysts at Zorvan & Pike's.", "Zorvan & Pike's cut the
    rating"); None for a possessive ("Zorvan & Pike's ratings"), after a place's name and after a body's word
    ("Party", "University", "Rovers"), which firms named for their founders do not end with."""
    tokens = mention_tokens(paragraph, mention)
    if mention.type != "organisation" or not tokens or tokens[-1].i + 1 >= len(paragraph.tokens) or \
            is_geographic(mention.name) or tokens[-1].text in ORGANISATION_HEADS | VENUE_HEADS | CLUB_HEADS:
        return None  # "the Reform Party's presumed nominee": a body's word owns, no founder's name
    after = paragraph.tokens[tokens[-1].i + 1]
    if after.text not in ("'s", "’s") or after.ent_type != "ORG" or after.idx != mention.end:
        return None
    owner, then = paragraph.tokens[after.head], word_after_brackets(paragraph, after.i + 1)
    if then is not None and (then.pos not in NOT_OWNED_POS or then.dep == "amod" or then.text[:1].isupper() or
                             then.text in QUOTE_MARKS):
        return None  # "Radio 9's Morning Show", "Hale & Cole's (H&C) top honour", "the Party's presumed nominee"
    return after if owner in tokens and owner.dep != "poss" else None


def word_after_brackets(paragraph: ParsedParagraph, index: int) -> Token | None:
    """The token at `index`, or the one after the brackets that open there ("Zorvan & Pike's (ZP) raised": "raised");
    None at the paragraph's end."""
    tokens = paragraph.tokens
    if index < len(tokens) and tokens[index].text == "(":
        index = next((t.i + 1 for t in tokens[index:] if t.text == ")"), len(tokens))
    return tokens[index] if index < len(tokens) else None


# What may follow a name's own "'s" but no possessive's: a verb, a conjunction, a preposition, punctuation
# ("Zorvan & Pike's said", "Zorvan & Pike's and Fitch", "at Zorvan & Pike's.").
NOT_OWNED_POS = frozenset({"VERB", "AUX", "CCONJ", "ADP", "PUNCT"})


def paragraph_mentions(paragraph: ParsedParagraph) -> list[Mention]:
    result = []
    for entity in (without_stray_tail(paragraph, without_stray_head(paragraph, piece)) for found in
                   map(partial(without_marks, paragraph), joined_at_hyphens(paragraph))
                   for side in split_at_versus(paragraph, found)
                   for part in split_at_a_score(paragraph, side)
                   for listed in split_a_list(paragraph, part)
                   for person in split_at_a_conjunction(paragraph, listed)
                   for piece in split_at_a_dash(paragraph, person_after_an_honorific(paragraph, person_after_a_post(
                       paragraph, person_within(paragraph, owner_of(paragraph, person)))))):
        entity = without_office_words(paragraph, running_into_a_place(paragraph, entity))
        if entity is None:
            continue  # "National" of "National Chief Perry Bellegarde": a word of the title
        if joins_two_places(entity.text):
            continue  # "the U.S.-Mexico border", "Israeli-Palestinian talks": an adjective of two places, no actor
        if names_a_language(paragraph, entity):
            continue  # "math and English standards", "a Spanish-language ad", "said it in French": no country
        country = demonyms().get(POSSESSIVE.sub("", entity.text)) \
            if entity.label in ("NORP", "GPE", "PERSON", "ORG") and not names_someone(paragraph, entity) else None
        if entity.label == "NORP" and POSSESSIVE.sub("", entity.text) in countries():
            country = POSSESSIVE.sub("", entity.text)  # the NER's nationality that is a country's name: "Tajikistan"
        party = party_of(paragraph, entity) if entity.label == "NORP" else None
        if party is not None:  # "the Tories", "the Liberal Democrats": a party, which the NER takes for a people
            start = paragraph.tokens[party[0]].idx
            result.append(Mention(paragraph=paragraph.index, start=start, end=entity.end_char,
                                  text=paragraph.text[start:entity.end_char], name=party[1], label="ORG",
                                  type="organisation"))
            continue
        member = party_members_word(paragraph, entity)
        if member is not None:  # "Liberal Democrat leader", which the NER cuts into "Liberal" and "Democrat"
            end = member.idx + len(member.text)
            result.append(Mention(paragraph=paragraph.index, start=entity.start_char, end=end,
                                  text=paragraph.text[entity.start_char:end], name=f"{entity.text} {member.text}s",
                                  label="ORG", type="organisation"))
            continue
        if country is not None:  # "Ukrainian troops" names Ukraine, never an actor called "Ukrainian"
            result.append(Mention(paragraph=paragraph.index, start=entity.start_char, end=entity.end_char,
                                  text=entity.text, name=country, label=entity.label, type="place"))
            continue
        type_ = ACTOR_LABELS.get(entity.label)
        if type_ is None and entity.label in MISREAD_NAME_LABELS and set_off_after_a_person_noun(paragraph, entity):
            type_ = "person"  # "said the mechanic, Teresa Alves", the name tagged a work
        if type_ is None or is_title_part(paragraph, entity):
            continue
        type_ = type_in_context(paragraph, entity, type_)
        if type_ is None:
            continue
        if type_ in ("organisation", "person") and written_with_its_state(paragraph, entity):
            type_ = "place"  # "MERRICK, N.H. -", "a rally in Merrick, N.H.": a town, which the NER took for a body
            # or, a surname's word, for someone ("in Hale, Ore.")
        name = clean_name(entity.text, type_)
        if not name or sum(ch.isalpha() for ch in name) < 2 or is_headline_run(name) or name in TIME_ZONES or \
                type_ == "person" and is_a_notice_in_capitals(name):
            continue  # "0", "'s", "CRICKET - LARA ENDURES ANOTHER", "1500 GMT": debris, not a name
        if is_a_nations_man(name) and with_its_the(paragraph, entity) is entity and not entity.text.startswith("The"):
            continue  # "the Welshman hammered the ball", "a proud Frenchman": one of the nation's people, whom the
            # article names elsewhere, no name of its own (but "told The Scotsman": a newspaper's title)
        if type_ != "person" and is_titled_like_a_work(name):
            continue  # "Gangs Of New York", "We Are The World": a title's capitals, no body's ("Bank of England")
        if PLURAL_ABBREVIATION.fullmatch(name.split()[-1]):
            continue  # "MPs said", "sales of DVDs", "Labour MPs took the step": the plural of an abbreviated common
            # noun, with its party's or nation's word before it or not, no one's name
        if type_ == "organisation" and ends_its_sentence(paragraph, entity):
            name = COMPANY_ABBREVIATION_STOP.sub(r"\1", name)  # "… shares of Lear Corp.": the sentence's full stop
        if name in country_names():
            name, type_ = country_names()[name], "place"  # "UK", "Britain": the United Kingdom
        elif name in region_abbreviations():
            name, type_ = region_abbreviations()[name], "place"  # "(D-Mo.)", "Halifax, N.S.": Missouri, Nova Scotia
        elif type_ == "organisation" and name in countries():
            type_ = "place"  # "Slovakia beat the Faroe Islands", tagged ORG: a national side is its country
        if type_ != "person" and is_initialled_before_a_bracket(entity.text, name):
            type_ = "person"  # "H Ellis (Leicester" of a line-up: the club in the bracket made the NER say ORG
        start, end = trimmed_span(entity)
        if "]" in entity.text and "[" not in entity.text and entity.start and \
                paragraph.tokens[entity.start - 1].text == "[":
            start -= 1  # "[Donald] Trump": the editor's brackets belong to the mention
        text = paragraph.text[start:end]
        label = TOWN_LABEL if type_ == "place" and written_with_its_state(paragraph, entity) else entity.label
        result.append(Mention(paragraph=paragraph.index, start=start, end=end, text=text, name=name,
                              label=label, type=type_))
    return result


NATIONS_PEOPLE_ENDINGS = ("man", "woman", "men", "women")


def is_a_nations_man(name: str) -> bool:
    """Whether a name is a demonym run into "man" or "woman" ("Welshman", "Frenchwoman", "Dutchmen",
    "Scotsman"): one or some of a nation's people."""
    return any(name.endswith(end) and name[:-len(end)] in demonyms() for end in NATIONS_PEOPLE_ENDINGS)


# An abbreviation in capitals with a plural "s" ("MPs", "MEPs", "GDRs"): many of a kind, not a name.
PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,}s")


# A company's abbreviated suffix with a full stop ("Lear Corp.", "Warner Bros."): at a sentence's end the stop is
# the sentence's as much as the abbreviation's, and the name is the same without it (agencies such as Reuters
# write "Lear Corp" and "Inc" with no stop).
COMPANY_ABBREVIATION_STOP = re.compile(r"(\b(?:Inc|Corp|Co|Cos|Ltd|Bros|Plc))\.$")


def ends_its_sentence(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether the entity is the last thing in its sentence but closing marks and brackets."""
    _, end = sentence_of(paragraph, entity.end - 1)
    return all(t.pos == "PUNCT" and t.text not in (",", ";", ":") for t in paragraph.tokens[entity.end:end])


# What the members of a political party are called, as a party's name in the plural ("the Tories said"); the
# NER labels them a nationality or group. Written after a capitalised word they may be part of a longer name
# ("Liberal Democrats", "Social Democrats").
PARTY_MEMBERS = frozenset("""
Tories Conservatives Democrats Republicans Socialists Liberals Greens Nationalists Unionists Communists
""".split())


def party_of(paragraph: ParsedParagraph, entity: Entity) -> tuple[int, str] | None:
    """(first token, name) of the party a NORP entity names by its members ("Tories", "Liberal Democrats", with
    the capitalised word before it the NER left out), or None."""
    name = POSSESSIVE.sub("", entity.text)
    if name not in PARTY_MEMBERS:
        return party_named_in_full(paragraph, name, entity)
    first = entity.start
    before = paragraph.tokens[first - 1] if first else None
    if before is not None and before.text[:1].isupper() and before.ent_type == "" and \
            before.pos in ("PROPN", "ADJ") and not sentence_of(paragraph, before.i)[0] == before.i:
        first -= 1  # "Liberal Democrats", not "For the Tories" nor "Both Democrats" opening a sentence
    return first, " ".join([*(t.text for t in paragraph.tokens[first:entity.start]), name])


# The words of a political creed that open a party's name before its members' word ("Liberal Democrats", "Social
# Democrats", "Christian Democrats"); before other words the members' word names a part of a party's members
# ("Southern Democrats", "Gay Republicans", "the older New Democrats"), no party.
CREED_WORDS = frozenset("Liberal Social Christian Free Progressive Radical Democratic Socialist".split())


def party_named_in_full(paragraph: ParsedParagraph, name: str, entity: Entity) -> tuple[int, str] | None:
    """(first token, name) of a party the NER labelled a people whole, its members' word after a creed's word
    ("the Liberal Democrats", "Social Democrats": CREED_WORDS), or None: not members named by where they live or
    who they are ("Southern Democrats", "Catholic Republicans"), nor the first words of a longer name ("Radical
    Democrats of Zorvia")."""
    article = name.split()[0].lower() == "the"
    words = name.split()[1:] if article else name.split()
    if len(words) < 2 or words[-1] not in PARTY_MEMBERS or not all(word in CREED_WORDS for word in words[:-1]):
        return None
    if entity.end < len(paragraph.tokens) and paragraph.tokens[entity.end].text == "of":
        return None
    return entity.start + article, " ".join(words)


def party_members_word(paragraph: ParsedParagraph, entity: Entity) -> Token | None:
    """The word for one of a party's members the NER labelled a people right after a one-word name it labelled
    otherwise ("Liberal" and "Democrat" of "the Liberal Democrat leader"): with it, the party's name
    ("Liberal Democrats"); None when no such word follows, and where the name is a place's or a number ("an Iowa
    Democrat", "one Democrat close to the plan": one member, no party's name)."""
    tokens = paragraph.tokens
    if entity.label not in ("ORG", "PERSON") or " " in entity.text or entity.end >= len(tokens) or \
            not tokens[entity.end - 1].ws:
        return None
    after = tokens[entity.end]
    return after if after.ent_type == "NORP" and after.text + "s" in PARTY_MEMBERS and \
        (entity.end + 1 == len(tokens) or tokens[entity.end + 1].ent_type != "NORP") else None


# A surname of one word opened by an elided "O" or "de" ("O'Gara", "D’Arcy"): a person's, whatever the NER says (not
# a plural: "the O'Jays").
PREFIXED_SURNAME = re.compile(r"[OD]['’][A-Z][a-z]+(?<!s)")


def type_in_context(paragraph: ParsedParagraph, entity: Entity, type_: ActorType) -> ActorType | None:
    """The type an entity's words and context give it over the NER's `type_`; None when it is no actor's
    name (a work's title, a role, a common noun)."""
    if type_ != "person" and set_off_after_a_person_noun(paragraph, entity):
        return "person"  # "The report's lead author, Mackenzie Moir, said", the name tagged a place
    if type_ != "person" and entity.end - entity.start == 1 and PREFIXED_SURNAME.fullmatch(entity.text):
        return "person"  # "D'Arcy replied", "O'Gara kicked": a surname the NER took for a body or a place
    if type_ == "organisation" and set_off_before_a_person_noun(paragraph, entity):
        return "person"  # "Lena, a mother of three, said", the first name tagged a body (not "the suburb of Santa
        # Ana, a worker named …", a place the parse set beside the worker)
    listed = listed_as(paragraph, entity)
    if listed in ("organisation", "person", "work") and is_geographic(clean_name(entity.text, type_)):
        listed = None  # a country or large city is no firm's, person's or work's name
    if listed is not None:
        return None if listed == "work" else listed  # "cities including Bangor", "Napster and other services"
    described = described_as(paragraph, entity) if type_ == "person" else None
    if described is not None:
        return None if described == "work" else described  # "firms Earthlink and Webroot"; "the album Hopes"
    if type_ == "place" and described_as_a_firm(paragraph, entity):
        return "organisation"  # "Russian gas giant Gazprom", "blog analysis firm Technorati", tagged places
    if type_ == "place" and described_as(paragraph, entity) == "person":
        return "person"  # "Tom Reed, a local property developer", tagged a place (`maker_of_a_persons_name`)
    if type_ == "place" and names_a_players_band(paragraph, entity):
        return "organisation"  # "Nirvana frontman Kurt Cobain", tagged a place: the band
    if type_ == "place" and names_a_team_of_a_plural(paragraph, entity):
        return "organisation"  # "who owns the Tampa Bay Buccaneers team", tagged a place: the club
    if type_ == "place" and listed_with_bodies_only(paragraph, entity):
        return "organisation"  # "Opel, Saab and Vauxhall", tagged a place: a maker among makers
    if entity.label == "ORG" and person_noun_after_the(paragraph, entity):
        return None  # "the Mountie said", tagged ORG: a description of someone named before
    if type_ != "person" and described_as_a_person(paragraph, entity):
        return "person"  # "rapper Fat Joe" tagged a place, "composer Chopin" an organisation
    if type_ == "person" and not is_a_name(entity.text) or is_an_abbreviated_title(entity.text):
        return None  # "jukebox", "Justice", "Det.": a common noun or a bare title, not someone's name
    if type_ == "person" and heads_a_post(paragraph, entity):
        return "place" if is_geographic(clean_name(entity.text, type_)) else "organisation"
    if type_ == "person" and leads_a_side(paragraph, entity) and not is_geographic(clean_name(entity.text, type_)):
        return "organisation"  # "Montreal Canadiens coach Martin St. Louis": the club, tagged a person
    if type_ == "organisation" and heads_a_post(paragraph, entity) and \
            paragraph.tokens[entity.end].text.lower() in TERRITORY_POSTS:
        return "place"  # "Halifax Mayor Mike Savage", "Ontario Premier Doug Ford": the city or province
    if type_ == "person" and entity.end - entity.start == 1 and entity.text.lower().endswith("shire"):
        return "place"  # "Nottinghamshire", "Derbyshire": a county (a team where the report says it plays)
    if has_honorific(paragraph, entity):
        return "person"
    if begins_with_a_surname_particle(entity.text):
        return "person"  # "van Schalkwyk" tagged ORG: a surname
    if entity.text.split()[-1] in POST_NOMINALS and entity.end - entity.start > 1:
        return "person" if is_first_name(entity.text.split()[0]) else None  # "Guy Hale QC"; "Bolton West MP"
    if type_ == "person" and (names_an_award(paragraph, entity) or heads_a_longer_name(paragraph, entity) or
                              after_an_indefinite_article(paragraph, entity) or starred_in(paragraph, entity)):
        return None  # "the Oscar-winning director", "the Finance Bill", "a Londoner": no one's name
    if type_ == "person" and not made_like_a_name(paragraph, entity):
        return None  # "Lose My Breath", "Sometimes You": a title, not a person
    modified = modified_noun(paragraph, entity) if type_ == "person" or entity.label == "FAC" else None
    if modified is not None and modifies_a_work(entity, modified, type_):
        return None  # "his Greatest Hits album": a work's title; "a John Lennon cover" still names its maker
    if type_ == "person" and modified is not None and modified.text.lower() in POST_NOUNS:
        return "organisation"  # "Franz Ferdinand frontman Alex Kapranos": the band, not a person
    if type_ == "person" and modified is not None and DESCRIBED_AS.get(modified.lemma.lower()) == "organisation" \
            and not is_geographic(clean_name(entity.text, type_)) and entity.text not in demonyms():
        return "organisation"  # "from Sal Oppenheim investment bank", "its Sandoz unit": the firm's name
    if type_ == "person" and owned_by_a_person(paragraph, entity):
        return None  # "Robbie Williams' Greatest Hits": his record, not another person
    if type_ == "person" and entity.end - entity.start == 1 and not is_first_name(entity.text) and \
            not after_a_title(paragraph, entity) and (coordinated := coordinated_type(paragraph, entity)):
        return coordinated  # "Mobil, Shell and Caltex", "Breisach, Kehl and Freiburg": like its fellows
    if type_ == "person" and entity.end - entity.start > 1 and paragraph.tokens[entity.end - 1].tag == "NNPS" and \
            not is_first_name(entity.text.split()[0]) and paragraph.tokens[entity.end - 1].text not in EVENT_HEADS:
        return "organisation"  # "the Conservatives and Lib Dems voted": a plural, a group's name
    if type_ == "person" and after_the(paragraph, entity):
        return "organisation"  # "the Lib Dems have pledged", "the Brewers rallied": no person's name
    if entity.label in ("ORG", "GPE", "LOC", "FAC") and made_like_a_persons_name(clean_name(entity.text, "person")) and \
            described_as(paragraph, entity) is None and \
            not (entity.label != "ORG" and written_as_a_place(paragraph, entity)) and \
            not names_a_group_after_the(paragraph, entity):  # "told the Orlando Sentinel": a paper, no one
        return "person"  # "Keith Connor" tagged ORG, "Australia's Samantha Stosur" GPE, "Ludovico Nitoglia" FAC
    if entity.label in ("ORG", "GPE", "LOC") and followed_by_who(paragraph, entity) and \
            described_as(paragraph, entity) is None and not is_geographic(clean_name(entity.text, "person")):
        return "person"  # "Paddy Considine, who was crowned best actor" tagged ORG
    if type_ == "organisation" and re.split(r"[\s-]+", entity.text)[-1].lower() in ROLE_HEADS:
        return None  # "The Conservative Party Co-Chairman said": a role, whoever holds it
    if type_ == "person" and is_posted_on(paragraph, entity):
        return "organisation"  # "wrote on Twitter", "Follow Pam Key on Twitter @pamkey": a platform, no one
    if type_ == "organisation" and is_a_venue_where(paragraph, entity):
        return "place"  # "at the National Tennis Centre", "in Brown Deer Park": the ground, not a body
    if type_ == "organisation" and named_as_a_place(paragraph, entity):
        return "place"  # "the coastal town of Bou Haroun", "the capital Dushanbe", "Huize county": a place
    return type_


# The nouns of the kinds of places a name is said to be ("the town of Ashby", "the capital Ashby", "Ashby county").
PLACE_KIND_NOUNS = frozenset("""
town city village capital county province region district island suburb municipality
""".split())  # not "port": "a phone with an IR port"


def named_as_a_place(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name is said to be a kind of place: after "of" and such a noun ("the coastal town of Ashby", "the
    mining towns of Ashby and Brill"), right after one ("the capital Ashby"), or qualifying one ("Ashby county", "the
    disputed Ashby region"); not a name with a word of bodies ("the town of Ashby Council")."""
    tokens = paragraph.tokens
    if any(t.text in ORGANISATION_HEADS for t in tokens[entity.start:entity.end]):
        return False
    first = first_conjunct(tokens, tokens[entity.start])
    root = tokens[root_of(tokens, entity)]
    head = tokens[root.head]
    if root.dep == "pobj" and head.text == "of" and tokens[head.head].lemma.lower() in PLACE_KIND_NOUNS and \
            tokens[head.head].text.islower():
        return True
    before = tokens[entity.start - 1] if entity.start else None
    if before is not None and before.text.islower() and before.lemma.lower() in PLACE_KIND_NOUNS and \
            before.pos == "NOUN":
        return True
    return first.dep in ("compound", "nmod") and first.head >= entity.end and tokens[first.head].text.islower() and \
        tokens[first.head].lemma.lower() in PLACE_KIND_NOUNS  # not "Devon county Labour group", the NER's one name


# Verbs of saying or posting something on a platform ("wrote on Twitter", "went on Facebook to applaud").
POSTING_VERBS = frozenset("""
post write tweet say announce share follow comment respond publish go upload reveal claim declare
""".split())


# Nouns of a band's members that a band's name qualifies before a member's ("Nirvana frontman Kurt Cobain"); not
# "singer" or "songwriter", which a town's name qualifies as often ("Leicester singer Mark Morrison").
BAND_PLAYERS = frozenset({"frontman", "frontwoman", "guitarist", "bassist", "drummer", "keyboardist", "vocalist"})


def names_a_players_band(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name the NER took for a place's is written right before a noun of a band's members (BAND_PLAYERS)
    and a person's name ("Nirvana frontman Kurt Cobain"): the band the person plays in. No country's, city's or
    town's name (a player's home: "Seattle guitarist")."""
    tokens = paragraph.tokens
    name = clean_name(entity.text, "place")
    return entity.end + 1 < len(tokens) and tokens[entity.end].text.lower() in BAND_PLAYERS and \
        tokens[entity.end + 1].ent_type == "PERSON" and not is_geographic(name) and name not in towns()


TEAM_NOUNS = frozenset({"team", "side", "club", "franchise"})


def names_a_team_of_a_plural(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name the NER took for a place's, of several words ending in a plural proper noun, is written right
    before a noun of teams ("the Tampa Bay Buccaneers team"): a club's name, as its plural says ("the Sale Sharks
    side"); not a place's plural ("the Cayman Islands team", "the Netherlands side": VENUE_HEADS, no country)."""
    tokens = paragraph.tokens
    last = tokens[entity.end - 1]
    name = clean_name(entity.text, "place")
    return entity.end - entity.start > 1 and entity.end < len(tokens) and \
        tokens[entity.end].text.lower() in TEAM_NOUNS and last.tag == "NNPS" and \
        last.text not in VENUE_HEADS and not is_geographic(name) and name not in countries()


# Nouns of places that a list of names may qualify ("the Mangala and Aishwariya fields").
PLACE_NOUNS = frozenset({"field", "area", "region", "province", "district", "town", "city", "village", "island",
                         "valley", "river", "site", "basin"})


def listed_with_bodies_only(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a one-word name the NER took for a place's, no country's, city's or town's, stands in a list whose
    other names are all organisations' ("Buick, Cadillac and Chevrolet in the US and Opel, Saab and Vauxhall":
    `coordinated_type`)."""
    name = clean_name(entity.text, "place")
    return entity.end - entity.start == 1 and not is_geographic(name) and name not in towns() and \
        coordinated_type(paragraph, entity) == "organisation" and not modifies_a_place_noun(paragraph, entity)


def modifies_a_place_noun(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name, or the list it stands in, qualifies a noun of places ("the Mangala and Aishwariya fields")."""
    tokens = paragraph.tokens
    first = first_conjunct(tokens, tokens[entity.start])
    return first.dep in ("compound", "nmod") and tokens[first.head].lemma.lower() in PLACE_NOUNS


def described_as_a_firm(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name the NER took for a place's, which is no country's or large city's, is called an organisation by
    a description before it or in apposition ("gas giant Gazprom", "Gazprom, the gas giant": `described_as`); not by
    a noun after it, which a place's name modifies too ("the South Yorkshire force", "Southern Hemisphere sides")."""
    return not is_geographic(clean_name(entity.text, "place")) and described_as(paragraph, entity) == "organisation"


def is_posted_on(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a one-word name that is no first name is where something is posted: after "on" that belongs to a
    verb of saying or posting ("wrote on Twitter"), or before a handle ("on Twitter @pamkey"). "Appeared on
    Oprah" still names her."""
    tokens = paragraph.tokens
    if entity.end - entity.start != 1 or entity.start == 0 or tokens[entity.start - 1].text.lower() != "on" or \
            is_first_name(entity.text):
        return False
    on = tokens[entity.start - 1]
    after = tokens[entity.end:entity.end + 2]
    return tokens[on.head].lemma.lower() in POSTING_VERBS or any(t.text.startswith("@") for t in after)


def is_a_venue_where(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name of two words or more ending with a venue's word (VENUE_HEADS: Centre, Stadium, Park, ...)
    is written where something happens: the object of "at" or "in" (the article before it aside), not an owner
    nor a modifier of the noun after it ("at the Crown Prosecution Service's", "in the Royal Albert Hall
    orchestra"), nor after a person's noun ("an analyst at the European Policy Centre" works for a body)."""
    tokens = paragraph.tokens
    words = entity.text.split()
    if len(words) < 2 or words[-1] not in VENUE_HEADS or owns_what_follows(paragraph, entity) or \
            modified_noun(paragraph, entity) is not None:
        return False
    before = entity.start - 1
    if before >= 0 and tokens[before].text.lower() == "the":
        before -= 1
    return before >= 0 and tokens[before].text.lower() in ("at", "in") and \
        not (before > 0 and tokens[before - 1].lemma.lower() in PERSON_NOUNS)  # "an analyst at the … Centre": a body


# Nouns for a member of a body that English writes with a capital ("the Mountie", a member of the RCMP); not
# the person nouns that are also outlets' or services' names ("the Observer", "Blogger").
CAPITALISED_MEMBER_NOUNS = frozenset({"mountie"})


def person_noun_after_the(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether an entity is one capitalised word after "the" that is a noun for a member of a body ("the
    Mountie"): a description of someone, which the attribution takes up, not a body's name."""
    tokens = paragraph.tokens
    return entity.end - entity.start == 1 and entity.start > 0 and tokens[entity.start - 1].text.lower() == "the" \
        and tokens[entity.start].text.lower() in CAPITALISED_MEMBER_NOUNS


def followed_by_who(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"Paddy Considine, who was crowned best actor": a name of two or three capitalised words, no organisation's
    or club's last word, not coordinated nor after a description ("company, Red Bull"), that "who" follows with a singular verb is a person's; a group takes a plural one ("Snow Patrol,
    who are touring", "Migration Watch, who come into this debate")."""
    tokens = paragraph.tokens
    words = clean_name(entity.text, "person").split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or \
            words[-1] in ORGANISATION_HEADS | CLUB_HEADS or any(w.lower() in DESCRIBED_AS for w in words):
        return False  # "Hinckley United, who held Brentford"
    before = [t.text.lower() if t.text != "," else t.text for t in tokens[max(entity.start - 2, 0):entity.start]]
    if before[-1:] and before[-1] in ("and", "or", "&") or before[-2:-1] and before[-1:] == [","] and \
            before[-2] in DESCRIBED_AS:
        return False  # "Sony Music and Universal Music, who saw": the list's "who"; "company, Red Bull, who will"
    if before[-1:] and before[-1] in ("for", "of", "at", "from", "with") and before[-2:-1] and \
            tokens[entity.start - 2].lemma.lower() in PERSON_NOUNS:
        return False  # "a spokesperson for Air Canada, who declined to give her name": the spokesperson's "who"
    after = tokens[entity.end:entity.end + 3]
    if after and after[0].text == ",":
        after = after[1:]
    return len(after) >= 2 and after[0].text.lower() == "who" and after[1].text.lower() not in PLURAL_VERBS and \
        after[1].tag != "VBP"  # "Migration Watch, who come into this debate": a group


COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Central"})
# Prepositions before whom rather than where ("scored through Nitoglia", "for bringing down Andreas Heraf",
# "beaten by Stosur"); others say where something is ("tests in Tel Aviv") or are no sign of a person ("the
# screenplay award for Les Choristes").
AGENT_PREPOSITIONS = frozenset("by with against through down".split())


def joins_two_places(text: str) -> bool:
    """Whether a name is two places (or peoples) joined by a hyphen ("U.S.-Mexico", "Israeli-Palestinian"), and no
    place's name itself ("Guinea-Bissau")."""
    parts = re.split(r"[-–]", text.strip())
    return len(parts) == 2 and not is_geographic(text.strip()) and text.strip() not in country_names() and all(
        part in country_names() or part in demonyms() or is_geographic(part) for part in parts)


def written_as_a_place(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a place entity made like a person's name is written as places are: after a preposition not of an
    agent ("tests in Tel Aviv"; AGENT_PREPOSITIONS) or heading a phrase after "the" ("the Crystal Harmony", a
    ship; not "the Robert Palmer track"), before "in" and a place ("Belle Vue in Manchester"; not "Stosur in
    the second round"), in a compound adjective ("Santa Monica-based"), modifying a noun ("his Brent South
    seat") or with a compass point among its words ("Brent South", a seat)."""
    tokens = paragraph.tokens
    before = tokens[entity.start - 1] if entity.start else None
    within = tokens[entity.end:entity.end + 2]
    return before is not None and before.pos == "ADP" and before.text.lower() not in AGENT_PREPOSITIONS or \
        after_the(paragraph, entity) or bool(within) and within[0].text in DASHES and not tokens[entity.end - 1].ws or \
        len(within) == 2 and within[0].text == "in" and within[1].ent_type in ("GPE", "LOC") or \
        modified_noun(paragraph, entity) is not None or bool(COMPASS_WORDS.intersection(entity.text.split()))


# Last words that make a name an organisation's, whatever the NER said ("GeCAD Software", "Kloof Mining Co");
# in a sports report also a club's ("Norwich City", "Notts County"), elsewhere a place's ("Atlantic City").
COMPANY_SUFFIXES = frozenset("Ltd Ltd. Limited Inc Inc. Corp Corp. Co Co. Plc PLC plc LLC AG GmbH SA S.A. NV".split())
ORGANISATION_HEADS = COMPANY_SUFFIXES | frozenset("""
Incorporated Corporation Company LLP SpA S.p.A. N.V. BV AB ASA Oyj Bhd Berhad Tbk Newsroom
Group Holdings Bancorp Minerals Mining Resources Petroleum Software Systems Technologies Airlines Airways
Motors Pharmaceuticals Laboratories Industries Enterprises Partners Securities Investments Insurance
Committee Commission Association Federation Institute University Ministry Agency
Bank Bros Bros. Brothers League Medical Communications Capital Management Office Department Council
Society Trust Foundation Party Alliance Fund Board Authority
""".split())
# Last words of trading names no person's name ends with (a film studio's, a food maker's, a retailer's: "Vantor
# Pictures", "Kelby Foods", "Orlen Labs"), which only the typing of names reads (`is_organisation_name`,
# `made_like_a_persons_name`, `join_person_full_names`, `resolve.actors.retype_full_names_taken_for_bodies`): not
# ORGANISATION_HEADS, whose names less their last word are the body's short form, as "Vantor" beside "Vantor
# Pictures", the parent group, is not.
TRADING_HEADS = frozenset("Pictures Studios Films Entertainment Foods Stores Labs".split())
CLUB_HEADS = frozenset("""
FC United Rovers Athletic Wanderers Albion County City Hotspur Rangers Celtic Academicals Club
AFC CF SC AC AK SK SV FK BK IF
""".split())
# First words of clubs' names across Europe ("Deportivo Coruna", "Maccabi Tel Aviv", "Borussia Dortmund").
CLUB_FIRST_WORDS = frozenset("""
FC AFC AC AS SC SV SK FK CD CF OFK NK HNK Real Deportivo Sporting Atletico Athletic Dynamo Dinamo Maccabi
Hapoel Beitar Olympique Olympiakos Borussia Eintracht Fortuna Hertha Union Werder Rapid Slavia
Sparta Partizan Red Racing Standard Inter Internazionale Lokomotiv Spartak Torpedo Steaua Legia Ajax
""".split())


def is_organisation_name(mention: Mention, sports: bool) -> bool:
    """Whether a person's or place's name of two words or more ends with a word only organisations' names
    end with (in a sports report, a club's, or begins with one: "Deportivo Coruna"; a person's also with a trading
    name's word, TRADING_HEADS: "Vantor Pictures"); a name after an honorific stays a person's, and a country or
    large city a place."""
    words = mention.name.split()
    if mention.type == "organisation" or len(words) < 2 or mention.type == "person" and mention.label != "PERSON":
        return False
    head = words[-1]
    if head not in ORGANISATION_HEADS and not (sports and (head in CLUB_HEADS or words[0] in CLUB_FIRST_WORDS)) and \
            not (mention.type == "person" and head in TRADING_HEADS):
        return False
    if mention.type == "place" and len(words) == 2 and words[0] in COMPASS_WORDS and head == "Bank":
        return False  # "the West Bank", "the South Bank": a river's bank, not a bank
    return not (mention.type == "place" and is_geographic(mention.name))


# Last words of an organisation entity that make it the description of someone's post, not a name.
ROLE_HEADS = frozenset("""
chairman chairwoman chairperson spokesman spokeswoman spokesperson minister secretary president leader
director chief executive editor governor mayor treasurer commissioner ambassador envoy manager coach captain
chancellor
""".split())
# The lower-case words of a surname before its capitalised word, in Dutch, Flemish, Afrikaans, German, French,
# Spanish, Portuguese, Italian and Arabic names ("Marco van Basten", "Ursula von der Leyen", "Maria de la Cruz",
# "Os du Randt", "Erik ten Hag", "Osama bin Laden"), and Dutch "in 't" ("Sophie in 't Veld", see particle_length).
PARTICLE_WORDS = frozenset("van von de der den del della di da du la le dos das bin ibn al el ter ten te zu".split())
# The same words capitalised at a sentence's start, before the surname ("Von der Leyen said"): not "Ten", a number,
# nor "Al", "El", "La", "Le", "Bin", which begin first names, bodies and places ("Al Gore", "El Salvador").
OPENING_PARTICLES = frozenset("Van Von De Der Den Del Della Di Da Du Dos Das Ter Zu".split())
APOSTROPHES = ("'", "’")
NAME_PARTICLES = PARTICLE_WORDS | {"in", "'t", "’t"}  # the words of a surname's particles, "in 't" too
# Lower-case particles of European surnames ("Ruud van Nistelrooy", "Andre de Kock", "Ursula von der Leyen"):
# a name that begins with them is a surname, never an organisation's name ("van Schalkwyk").
SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "du", "di", "del", "dos", "ter", "te"})
NOT_IN_NAMES = frozenset({"PRON", "ADV", "VERB", "AUX", "DET", "ADJ", "SCONJ", "CCONJ"})


def made_like_a_name(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether the words of a PERSON entity could be a person's name: none of them a pronoun, adverb,
    verb, adjective or other word no name is made of ("Lose My Breath", "European Businessman"); a capitalised
    word with an accent the model mistagged ("Gagné" an adverb) counts as a name's, and so does a first name
    the model took for a word (`mistagged_first_name`: "said Will Hale", "Rhian Hale of the union")."""
    words = [t for t in paragraph.tokens[entity.start:entity.end] if t.pos != "PUNCT"]
    return len(words) < 2 or not any(t.pos in NOT_IN_NAMES and t.text.lower() not in NAME_PARTICLES and
                                     not (t.text[:1].isupper() and surname_like(t)) for t in words
                                     if not mistagged_first_name(paragraph, words, t))


def mistagged_first_name(paragraph: ParsedParagraph, words: Sequence[Token], token: Token) -> bool:
    """Whether `token`, the first of a name's `words`, is a first name given mostly to men or mostly to women that
    the model tagged a word of another kind ("Will" a modal, "Rhian" an adjective) before a proper noun, the
    surname; not a modal or a verb opening its sentence, which asks or bids ("Will Hale stay?")."""
    if token is not words[0] or len(words) < 2 or not NAME_WORD.fullmatch(token.text) or \
            first_name_gender(token.text) is None or words[1].pos != "PROPN":
        return False
    return token.pos not in ("AUX", "VERB") or not is_sentence_start(paragraph, token)


# What a description noun right before a name, or in apposition to it, says the name is: "pharmaceutical
# company GlaxoSmithKline", "Opera band Il Divo", "the album Hopes and Fears", "the border town of Goma",
# "Wippit, a UK-based music download service". The NER often takes such names for people.
DESCRIBED_AS: dict[str, ActorType | str] = {
    **dict.fromkeys("""
company firm group band club team side newspaper daily weekly paper magazine tabloid broadcaster channel
station network agency bank airline carrier maker manufacturer drugmaker chain retailer brand label publisher
party union consortium giant operator producer studio developer provider service website site outfit
organisation charity university college institute council federation association distributor insurer
affiliate subsidiary unit division
""".split(), "organisation"),
    **dict.fromkeys("""
town city village region province district capital state county suburb island stadium ground venue airport
prison hospital hotel street mountain river lake valley port
""".split(), "place"),
    **dict.fromkeys("""
album single song track record film movie book novel series show programme drug anti-depressant console
game opera musical play drama docu-drama documentary sitcom comedy thriller adaptation remake sequel biopic
cartoon soap serial episode blockbuster hit cover ballad anthem soundtrack compilation
""".split(), "work"),
}
# Description nouns of a firm that are a person's job too ("film producer", "film-maker"): before a name made
# like a person's (a gendered first name, a surname), they say nothing against a person.
MAKER_NOUNS = frozenset({"maker", "producer", "developer", "publisher", "distributor"})
COORDINATORS = frozenset({"and", "or", ",", "&"})
# Plural nouns of kinds that a list of names is given as examples of (Hearst's patterns: "towns and cities
# including Cardiff, Bangor and Wrexham", "Apple's iTunes, Napster and other download services"): the
# names are of that kind, whatever the NER said.
KINDS: dict[str, ActorType | str] = {
    **dict.fromkeys("""
town city village country nation region area county state capital island place destination market
""".split(), "place"),
    **dict.fromkeys("""
company firm bank group band club team side newspaper paper magazine broadcaster channel network agency
airline carrier maker manufacturer drugmaker chain retailer publisher party union giant operator producer
studio developer provider service website site organisation charity university institution insurer
supermarket rival competitor outlet
""".split(), "organisation"),
    **dict.fromkeys("""
people player star artist actor actress singer musician politician minister leader writer author director
""".split(), "person"),
    **dict.fromkeys("""
album song single film movie book novel show programme product brand game drug title hit
classic blockbuster comedy drama sitcom soap documentary musical thriller cartoon track
""".split(), "work"),
}
EXAMPLE_MARKS = frozenset({"including", "like", "notably"})  # and "such as"


def listed_as(paragraph: ParsedParagraph, entity: Entity) -> str | None:
    """The kind (see KINDS) of which a list holding the name gives examples: "Ns including|like|such as X,
    Y and Z" (`kind_of_examples`: "Ns, such as X", "Ns include X" too) or "X, Y and other Ns"; None when the name
    is in no such list."""
    tokens = paragraph.tokens
    if owns_what_follows(paragraph, entity):
        return None  # "firms such as Ireland's Ryanair": the owner is no example
    listed = lambda t: t.text in COORDINATORS or t.ent_type != "" or t.pos == "PROPN" or t.tag == "POS"
    before = entity.start - 1
    while before >= 0 and listed(tokens[before]) and tokens[before].text.lower() not in EXAMPLE_MARKS:
        before -= 1
    kind = kind_of_examples(tokens, before) if before >= 0 else None
    if kind is not None:
        return kind
    after = entity.end
    while after < len(tokens) and listed(tokens[after]) and tokens[after].text not in ("and", "or"):
        after += 1
    if after + 1 < len(tokens) and tokens[after].text in ("and", "or") and tokens[after + 1].text == "other":
        for token in tokens[after + 2:after + 7]:  # "and other net music download services"
            if token.pos not in ("NOUN", "ADJ", "PROPN") and token.tag not in ("VBN", "VBG"):
                break  # "other paid music services"
            if token.tag in ("NNS", "NNPS") and token.lemma.lower() in KINDS and \
                    conjuncts(tokens, token.i) & conjuncts(tokens, entity.start, entity.end):
                return KINDS[token.lemma.lower()]  # not "listed in New York, and other manufacturers"
    return None


def kind_of_examples(tokens: Sequence[Token], mark: int) -> str | None:
    """The kind (see KINDS) of the examples listed after the token at `mark`: after "including", "like",
    "notably" or "such as", the plural noun before it, a comma between or not ("reality shows, such as …"); in
    "such Ns as …", the noun between; after a verb "include", that of what it lists (`kind_of_inclusions`). None
    for any other token."""
    word = tokens[mark].text.lower()
    such_as = word == "as" and mark > 0 and tokens[mark - 1].text.lower() == "such"
    if word == "as" and mark > 1 and tokens[mark - 2].text.lower() == "such":
        noun = tokens[mark - 1]  # "such blockbusters as …"
    elif such_as or word in EXAMPLE_MARKS:
        first = mark - 1 if such_as else mark
        noun = tokens[first - 2] if first > 1 and tokens[first - 1].text == "," else \
            tokens[first - 1] if first > 0 else None
    else:
        return kind_of_inclusions(tokens, mark)
    return KINDS[noun.lemma.lower()] if noun is not None and noun.tag in ("NNS", "NNPS") and \
        noun.lemma.lower() in KINDS else None


def kind_of_inclusions(tokens: Sequence[Token], verb: int) -> str | None:
    """The kind (see KINDS) of what the verb "include" at `verb` lists: that of its plural subject ("comedies
    include …") or of the noun compounded with it ("its film releases include …"); None when the token is no such
    verb or its subject is of no kind."""
    if tokens[verb].lemma != "include" or tokens[verb].pos not in ("VERB", "AUX"):
        return None
    subject = next((t for t in tokens if t.head == verb and t.dep == "nsubj" and t.i != verb), None)
    if subject is None or subject.tag not in ("NNS", "NNPS"):
        return None
    nouns = [subject, *(t for t in tokens if t.head == subject.i and t.dep == "compound" and t.i != subject.i)]
    return next((KINDS[t.lemma.lower()] for t in nouns if t.lemma.lower() in KINDS), None)


def conjuncts(tokens: Sequence[Token], start: int, end: int | None = None) -> set[int]:
    """The tokens of the coordination the phrase from `start` to `end` (a token by default) heads or
    belongs to: its root and the conj heads above it."""
    end = start + 1 if end is None else end
    token = next((t for t in tokens[start:end] if not start <= t.head < end), tokens[start])
    found = {token.i}
    while token.dep == "conj" and token.head != token.i:
        token = tokens[token.head]
        found.add(token.i)
    return found
# Nouns of what a person does that, right before a name, say it is a person's, though the NER took a stage
# name for a place or an organisation ("rapper Fat Joe", "composer Chopin"): fewer than the speakers'
# PERSON_NOUNS, which also holds the descriptions an unnamed source is given ("an analyst said").
NAME_NOUNS = frozenset("""
rapper singer songwriter actor actress comedian presenter guitarist drummer bassist pianist violinist cellist
composer conductor novelist author poet playwright painter sculptor striker midfielder defender goalkeeper
winger batsman bowler jockey boxer sprinter hurdler golfer cyclist swimmer star
quarterback kicker punter linebacker receiver goaltender goalie netminder defenceman defenseman pitcher catcher
shortstop outfielder slugger skater skier curler rower
boss chairman chairwoman spokesman spokeswoman founder
""".split())


# A band's members by what they do: before a name, a person ("U2 frontman Bono"); after it, the band's post
# (POST_NOUNS: "Franz Ferdinand frontman").
BAND_MEMBER_NOUNS = frozenset({"frontman", "frontwoman", "vocalist", "lead"})


def set_off_after_a_person_noun(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"said the mechanic, Teresa Alves", "The report's lead author, Mackenzie Moir, said": a name made of a first
    name and one or two more capitalised words, set off by a comma right after a definite noun of a person ("the",
    a possessive) whose apposition the parse made it, is a person's, whatever the NER's label (the small model
    tags such names places, bodies or works). Not a place's name ("the mayor, Nova Scotia" is no one), nor a noun
    that is a firm's too ("its maker, Eli Lilly": `DESCRIBED_AS`)."""
    tokens = paragraph.tokens
    inside = range(entity.start, entity.end)
    root = next((t for t in tokens[entity.start:entity.end] if t.head not in inside), None)
    if root is None or root.dep != "appos" or entity.start < 2 or tokens[entity.start - 1].text != ",":
        return False
    noun = tokens[root.head]
    words = entity.text.split()
    if noun.i != entity.start - 2 or noun.pos != "NOUN" or noun.tag == "NNS" or not is_person_noun(noun) or \
            noun.lemma.lower() in DESCRIBED_AS or \
            not any(t.head == noun.i and (t.dep == "poss" or t.text.lower() == "the") for t in tokens[:noun.i]):
        return False
    return 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) for w in words) and is_first_name(words[0]) and \
        not is_geographic(entity.text)


def set_off_before_a_person_noun(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"Lena, a mother of three, said", "Tomas Berg, a retired teacher, wrote": a name made of a first name and at
    most two more capitalised words, set off by a comma right before an indefinite noun of a person ("a", "an")
    that the parse made its apposition, is a person's, though the NER made it a body (as the small model does with a
    first name alone). Not a noun that is a firm's too ("Nova, a developer of games": `DESCRIBED_AS`), nor a place's
    name."""
    tokens = paragraph.tokens
    if entity.end + 2 >= len(tokens) or tokens[entity.end].text != "," or \
            tokens[entity.end + 1].text.lower() not in ("a", "an"):
        return False
    inside = range(entity.start, entity.end)
    noun = next((t for t in tokens[entity.end + 2:entity.end + 6] if t.dep == "appos" and t.head in inside), None)
    if noun is None or noun.pos != "NOUN" or noun.tag == "NNS" or not is_person_noun(noun) or \
            noun.lemma.lower() in DESCRIBED_AS or any(t.text == "," for t in tokens[entity.end + 1:noun.i]):
        return False
    words = entity.text.split()
    return len(words) <= 3 and all(NAME_WORD.fullmatch(w) for w in words) and is_first_name(words[0]) and \
        not is_geographic(entity.text)


def described_as_a_person(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"rapper Fat Joe", "composer Chopin": a noun of NAME_NOUNS right before a name that modifies no noun
    itself ("Palace striker Andy Johnson" names the club first), is no category ("the best actor Bafta") and
    comes before no person's name ("spokesman Navy Capt. Jeff Davis": the post is the name's after it)."""
    tokens = paragraph.tokens
    if entity.start == 0 or modified_noun(paragraph, entity) is not None or followed_by_a_person(tokens, entity):
        return False
    noun = tokens[entity.start - 1]
    category = entity.start > 1 and tokens[entity.start - 2].tag in ("JJS", "RBS")
    return noun.pos == "NOUN" and noun.lemma.lower() in NAME_NOUNS and not category


TERRITORY_POSTS = frozenset({"mayor", "premier", "governor", "reeve"})  # posts whose holder governs a place


def heads_a_post(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"Bloc Québécois Leader Yves-François Blanchet", "Chelsea chief Peter Kenyon": a name right before a post and
    a person's name is the body or the place of the post, not a person (an honorific is no post: "Smith Mr")."""
    tokens = paragraph.tokens
    after = tokens[entity.end] if entity.end < len(tokens) else None
    return after is not None and is_post(after.text) and followed_by_a_person(tokens, entity)


def followed_by_a_person(tokens: Sequence[Token], entity: Entity) -> bool:
    """A person's name right after the entity, past the full stop of an abbreviation ("Navy Capt. Jeff Davis")
    or titles of their own ("Navy" before "Capt. Jeff Davis", when the tokenizer keeps "Capt." whole)."""
    after = entity.end + (entity.end < len(tokens) and tokens[entity.end].text == ".")
    while after < len(tokens) and tokens[after].ent_type != "PERSON" and \
            is_title_word(tokens[after].text) and after < entity.end + 3:
        after += 1
    return after < len(tokens) and tokens[after].ent_type == "PERSON"


def described_as(paragraph: ParsedParagraph, entity: Entity) -> str | None:
    """What a description noun just before the name ("firms Earthlink and Webroot": the first of a
    coordination, unless the name is an owner's: "biopic Ray and Mike Leigh's drama"), after "of" ("the town
    of Goma") or in apposition with it ("Wippit, a … service", "its maker, Eli Lilly") says the name is:
    "organisation", "place" or "work" (see DESCRIBED_AS), or "person" for a maker's trade beside a name made like a
    person's (`maker_of_a_persons_name`); None when nothing does."""
    tokens = paragraph.tokens
    starts: dict[int, int] | None = None  # a name ending just before a token → where it starts (made when needed)
    first = entity.start
    owner = owns_what_follows(paragraph, entity)
    while not owner and first >= 2 and tokens[first - 1].text in COORDINATORS:
        starts = {e.end: e.start for e in paragraph.ents} if starts is None else starts
        if first - 1 not in starts:
            break
        first = starts[first - 1]  # "technology firms Earthlink and Webroot": back to the coordination's first name
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.text == "of" and first > 1 and tokens[first - 2].lemma in DESCRIBED_AS \
            and DESCRIBED_AS[tokens[first - 2].lemma] == "place":
        return "place"  # "the town of Goma" (but not "the company of actors")
    if before is not None and before.pos in ("NOUN", "ADJ") and before.lemma.lower() in DESCRIBED_AS and \
            not closes_a_posts_title(tokens, first - 1) and not ends_a_modifiers_compound(tokens, first - 1):
        if before.lemma.lower() in MAKER_NOUNS and made_like_a_persons_name(clean_name(entity.text, "person")):
            return None  # "executive producer Amanda Ross", "film-makers Roger Michell": people make things too
        return DESCRIBED_AS[before.lemma.lower()]  # "musical Jailhouse Rock", the noun tagged an adjective
    inside = range(entity.start, entity.end)
    for token in tokens[entity.end:entity.end + 8]:
        if token.text in ("(", "["):
            break  # "Antonella Bellutti (Italy) 3:31.526 (world record)": an aside, no description
        if token.dep == "appos" and token.head in inside and token.pos == "NOUN":
            if token.lemma.lower() not in DESCRIBED_AS:
                # "Ann Lee, head of policy at the charity Zorvex Aid": the name's own apposition is its first; a
                # later noun the parse hangs on the name ("charity") describes a body inside it
                break
            return "person" if maker_of_a_persons_name(entity, token) else DESCRIBED_AS[token.lemma.lower()]
    root = next((t for t in tokens[entity.start:entity.end] if t.head not in inside), tokens[entity.start])
    described = tokens[root.head]  # "its maker, Eli Lilly": the name in apposition to the noun
    if root.dep == "appos" and described.pos == "NOUN" and described.lemma.lower() in DESCRIBED_AS:
        return "person" if maker_of_a_persons_name(entity, described) else DESCRIBED_AS[described.lemma.lower()]
    described = phrase_set_off_before(paragraph, entity)
    if described is not None and described.lemma.lower() in DESCRIBED_AS:
        return DESCRIBED_AS[described.lemma.lower()]  # "The union representing the workers, Unifor, said"
    return None


def ends_a_modifiers_compound(tokens: Sequence[Token], i: int) -> bool:
    """Whether the noun at `i` ends a hyphenated compound opened by an adjective, adverb or preposition, which names
    no such thing but a post or a place ("open-side Ivo Prask", a rugby flanker, not a "side"; "on-site")."""
    return i >= 2 and tokens[i - 1].text == "-" and not tokens[i - 1].ws and not tokens[i - 2].ws and \
        tokens[i - 2].pos in ("ADJ", "ADV", "ADP")


def closes_a_posts_title(tokens: Sequence[Token], i: int) -> bool:
    """Whether the noun at `i` ends a post's title of the form "secretary of state", "head of state", "minister of
    state", written in lower case before the holder's name: a word of the title, not a description of the name
    ("former secretary of state Ada Lorne" is a person, not a state)."""
    return i >= 2 and tokens[i - 1].text == "of" and \
        (tokens[i - 2].text.lower() in TITLE_WORDS or tokens[i - 2].lemma.lower() == "head")


def maker_of_a_persons_name(entity: Entity, noun: Token) -> bool:
    """Whether a description noun set beside a name (its apposition) is a maker's trade ("developer",
    "producer", MAKER_NOUNS) and the name is made like a person's ("Nora Vance, a property developer and
    spokeswoman for the builders", "its producer, Tom Reed"): people make things too, and a person's name set beside
    a trade is a person's ("person" from `described_as`, where before the name the noun only says nothing)."""
    return noun.lemma.lower() in MAKER_NOUNS and made_like_a_persons_name(clean_name(entity.text, "person"))


# The dependencies inside a noun phrase's modifiers, which lead up to its head noun.
MODIFIER_DEPS = frozenset({"dobj", "pobj", "prep", "acl", "relcl", "amod", "compound", "det", "poss", "nummod", "advmod"})


def phrase_set_off_before(paragraph: ParsedParagraph, entity: Entity) -> Token | None:
    """The head noun of the phrase a name set off by commas follows ("The union representing the workers, Unifor,
    said": "union"), which the parse made a second subject rather than an apposition; None when the name is
    not set off so, or the phrase has no head noun."""
    tokens = paragraph.tokens
    if entity.start < 2 or entity.end >= len(tokens) or tokens[entity.start - 1].text != "," or \
            tokens[entity.end].text != ",":
        return None
    token, seen = tokens[entity.start - 2], 0
    if token.pos == "PROPN":
        return None  # "which stars Ben Stiller, Robert De Niro, Dustin Hoffman": a list of names
    while token.dep in MODIFIER_DEPS and token.head != token.i and token.head < entity.start and seen < 8:
        token, seen = tokens[token.head], seen + 1
    return token if token.pos == "NOUN" and token.dep in SUBJECT_DEPS else None


# Nouns of a post or a part in a group: a name modifying one is the group's ("Franz Ferdinand frontman",
# "Linux founder", "the GB team"), while a person's post is written with the possessive ("Blair's spokesman").
POST_NOUNS = frozenset("""
frontman frontwoman founder co-founder singer guitarist drummer bassist member members team squad chairman
chairwoman boss spokesman spokeswoman spokesperson committee candidate candidates mp mps mep meps colleague
colleagues player players striker midfielder defender goalkeeper leader leaders secretary director officer
organiser treasurer
""".split())


def modified_noun(paragraph: ParsedParagraph, entity: Entity) -> Token | None:
    """The noun after a name that the name modifies, through other modifiers ("Lib Dem home affairs
    spokesman", "his Greatest Hits album"); None when the name modifies no noun."""
    tokens = paragraph.tokens
    root = next((t for t in tokens[entity.start:entity.end] if not entity.start <= t.head < entity.end),
                tokens[entity.start])
    token = root
    while token.dep in ("compound", "nmod", "amod") and token.head != token.i:
        token = tokens[token.head]
        if token.i >= entity.end and token.pos == "NOUN":
            return token
    return None


def owned_by_a_person(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"Robbie Williams' Greatest Hits": a name right after a person's possessive that does not begin with
    a first name is something of theirs (a work), not another person."""
    tokens = paragraph.tokens
    if entity.start < 2:
        return False
    mark, owner = tokens[entity.start - 1], tokens[entity.start - 2]
    possessive = mark.tag == "POS" or mark.text in ("'", "’") and owner.text.endswith("s")  # "Elvis' …"
    return possessive and owner.ent_type == "PERSON" and \
        not is_first_name(POSSESSIVE.sub("", tokens[entity.start].text))


# The Arabic article capitalised, which opens the names of bodies ("Al Qaeda", "Al Jazeera", "El Watan"), written like
# the first name Al: a body's name so made is none of a person's (the NER tags "Al Gore" a person's itself).
ARABIC_ARTICLES = frozenset({"Al", "El"})


def made_like_a_persons_name(name: str) -> bool:
    """Whether an organisation's name is made like a person's: two or three capitalised words (and lower-case
    surname particles between them, SURNAME_PARTICLES), the first a first name that is a man's or a woman's (not
    one given to both, as "San" or "Le" are, nor the Arabic article, ARABIC_ARTICLES), no word a country's or large
    city's, a sport's or a description's ("team", "bank"), no last word of an organisation, a trading name, a club,
    an outlet, a venue or an event ("Keith Connor", "Irina Privalova"; not "Houston Astros", "Crystal Palace",
    "Warner Bros", "Ella Foods", "Major League Baseball")."""
    if is_geographic(name):
        return False  # "Nova Scotia": a province's name, whatever its first word
    words = name.split()
    inner = [w for w in words[1:-1] if w not in SURNAME_PARTICLES]  # "Ruud van Nistelrooy": particles aside
    words = [words[0], *inner, words[-1]] if len(words) > 2 else words
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha()
                                           for w in words):
        return False
    last = words[-1]
    if last in ORGANISATION_HEADS or last in TRADING_HEADS or last in CLUB_HEADS or last in VENUE_HEADS or \
            last in EVENT_HEADS or last.lower() in MEDIA_WORDS or \
            any(is_geographic(w) or w.lower() in SPORTS_WORDS or w.lower() in DESCRIBED_AS for w in words):
        return False  # "Major League Baseball", "Royal Bank"
    return first_name_gender(words[0]) is not None and words[0] not in ARABIC_ARTICLES



# Words after a name that make it an award's ("Oscar-winning", "an Oscar nomination"); not "voters" ("Bush
# voters" are his).
AWARD_WORDS = frozenset("""
winning winner winners nominated nominee nominees nomination nominations ceremony statuette hopeful hopefuls
contender contenders nod nods glory
""".split())


def names_an_award(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """A one-word name that modifies a word of awards ("the Oscar winner", "an Oscar-winning film", "Oscar
    best-picture nominee Sideways") is the award's, not a person's: a person who wins one is named with the
    award, not by it."""
    tokens = paragraph.tokens
    if entity.end - entity.start != 1 or entity.end >= len(tokens):
        return False
    after = tokens[entity.end]
    if after.text in ("-", "–") and entity.end + 1 < len(tokens) and not tokens[entity.start].ws:
        after = tokens[entity.end + 1]
    modified = modified_noun(paragraph, entity)  # "the Oscar best-picture nominee"
    return after.text.lower() in AWARD_WORDS and not after.text[:1].isupper() or \
        modified is not None and modified.text.lower() in AWARD_WORDS


def modifies_a_work(entity: Entity, modified: Token, type_: ActorType) -> bool:
    """Whether a name modifying the noun `modified` is a work's title: the noun is a work's ("his Greatest Hits
    album"), unless the name is a person's full name, its maker's ("a John Lennon cover")."""
    maker = type_ == "person" and " " in entity.text.strip() and is_first_name(entity.text.split()[0])
    return DESCRIBED_AS.get(modified.lemma.lower()) == "work" and not maker


def names_a_work(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether what is said around a PERSON entity (or a proper noun the NER missed) makes it a work's title:
    a description ("the album Hopes and Fears", "Archangel, an adaptation of"), a part played in it ("to star
    in Fingersmith") or a work's noun it modifies (`modifies_a_work`)."""
    modified = modified_noun(paragraph, entity)
    return described_as(paragraph, entity) == "work" or starred_in(paragraph, entity) or \
        modified is not None and (modifies_a_work(entity, modified, "person") or
                                  modified.i == entity.end and credits_a_person(paragraph, modified))


# Nouns of a credit in a work, written between the work and the person credited ("Vera Drake star Imelda Staunton").
CREDIT_NOUNS = frozenset({"star", "co-star", "director", "author", "writer", "screenwriter", "creator", "actress",
                          "actor"})


def credits_a_person(paragraph: ParsedParagraph, modified: Token) -> bool:
    """Whether the noun a name modifies (right after it) is a credit in a work and a person's name follows it:
    "Vera Drake star Imelda Staunton", "Harry Potter author JK Rowling" name the person by the work, so the name
    is the work's ("Chelsea striker Didier Drogba" and "U2 frontman Bono" are no credits)."""
    tokens = paragraph.tokens
    following = tokens[modified.i + 1] if modified.i + 1 < len(tokens) else None
    return modified.lemma.lower() in CREDIT_NOUNS and following is not None and following.ent_type == "PERSON"


def without_works(parsed: ParsedArticle, mentions: list[Mention], sports: bool = False) -> list[Mention]:
    """The mentions less the NER's people whose name the article once says is a work's ("Supervolcano, a
    docu-drama …", then "Supervolcano follows …"): a title stays a title wherever it is written again. Outside
    sports reports (where a "star of" is a club's), also the titles a credit names (`credited_works`)."""
    works = {clean_name(entity.text, "person") for paragraph in parsed.paragraphs
             for entity in (*paragraph.ents, *unlabelled_proper_nouns(paragraph))
             if entity.label in ("PERSON", "") and names_a_work(paragraph, entity)}
    credited = [] if sports else [entity for paragraph in parsed.paragraphs for entity in credited_works(paragraph)]
    works |= {clean_name(entity.text, "person") for entity in credited if entity.label == "PERSON"}
    # A title the NER took for a firm or a place, which a description says is a work ("the film Sideways", "the
    # Oscar-nominated movie The Aviator"): by that alone ("Chelsea star Frank Lampard" makes no club a work, nor
    # "a role in Labour's campaign" or "a record Millennium Stadium crowd" a title), and not where the name owns
    # or describes what follows ("the game Cameroon's Sable Batie", "blockbuster West End musicals").
    titles = {clean_name(entity.text, "organisation") for entity in credited if entity.label != "PERSON"} | {
        clean_name(entity.text, "organisation") for paragraph in parsed.paragraphs for entity in paragraph.ents
              if entity.label in ("ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART") and
              after_a_description(paragraph, entity) and described_as_a_work(paragraph, entity)}
    return [m for m in mentions if not (m.type == "person" and m.label == "PERSON" and m.name in works)
            and not (m.type != "person" and m.name in titles)]


def described_as_a_work(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a description says a name is a work's title ("the film Sideways", "Archangel, an adaptation of"),
    where the name neither owns nor describes what follows ("the game Cameroon's Sable Batie", "blockbuster West
    End musicals") and no "record" measures it ("a record Millennium Stadium crowd")."""
    return described_as(paragraph, entity) == "work" and not after_a_record(paragraph, entity) and \
        not owns_what_follows(paragraph, entity) and modified_noun(paragraph, entity) is None


# The labels of entities that may be a work's, a product's or an award's name (the NER gives them any of these).
THING_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", ""})


def names_called_things(parsed: ParsedArticle, sports: bool = False) -> tuple[str, ...]:
    """The names an article itself calls a work's title, a product or an award by strong evidence (`called_a_thing`;
    outside sports reports also the titles a credit names, `credited_works`), as `clean_name` gives an
    organisation's name. The digest-wide stage reads them: a title stays a title in the articles that do not say
    so. No country or large city ("the film Chicago" is rarer than the city)."""
    found = set()
    for paragraph in parsed.paragraphs:
        entities = [e for e in (*paragraph.ents, *unlabelled_proper_nouns(paragraph)) if e.label in THING_LABELS]
        called = [e for e in entities if called_a_thing(paragraph, with_its_the(paragraph, e))]
        found |= {clean_name(e.text, "organisation") for e in (*called, *coordinated_with(paragraph, entities, called))}
    if not sports:
        found |= {clean_name(entity.text, "organisation") for paragraph in parsed.paragraphs
                  for entity in credited_works(paragraph)}
    return tuple(sorted(name for name in found if name and not is_geographic(name)))


# Initials spelt out in lower-case words beside them, in brackets: a common noun abbreviated ("an annual general
# meeting (AGM)", "flat-panel displays (FPDs)", "VPN (virtual private network)"). A body's name is spelt out in
# capitals ("the Harbour Safety Office (HSO)").
SPELT_BEFORE = re.compile(r"(?P<words>(?:[a-z][a-z'’]*[\s-]+){1,12})\((?P<short>[A-Z]{2,6})s?\)")
SPELT_AFTER = re.compile(r"\b(?P<short>[A-Z]{2,6})s? \((?P<words>[a-z][a-z'’\s-]*)\)")
# SPELT_BEFORE's bracketed initials, looked for first: a search that opens with a bracket is quick, and most
# brackets hold no initials.
INITIALS_IN_BRACKETS = re.compile(r"\([A-Z]{2,6}s?\)")


def initials_of_common_nouns(parsed: ParsedArticle) -> tuple[str, ...]:
    """The initials an article writes for a common noun, which are no name: spelt out in lower case beside them
    (`spelt_in_lower_case`), or written in the plural too (`written_in_the_plural`). The digest-wide stage reads
    them with the things an article names (`AnnotatedArticle.things`)."""
    found = {short for paragraph in parsed.paragraphs for short in spelt_in_lower_case(paragraph.text)}
    return tuple(sorted(found | written_in_the_plural(parsed)))


def spelt_in_lower_case(text: str) -> set[str]:
    """The initials a text spells out in lower-case words, the words before the initials' brackets or inside the
    brackets after them ("a general meeting (GM)", "GM (general meeting)"); "of", "and" and the like give no letter."""
    found: set[str] = set()
    if "(" not in text:
        return found  # both patterns need a bracket: most paragraphs have none, and the search is costly
    before = SPELT_BEFORE.finditer(text) if INITIALS_IN_BRACKETS.search(text) else ()
    after = SPELT_AFTER.finditer(text) if " (" in text else ()  # the space and bracket SPELT_AFTER holds
    for match in (*before, *after):
        short, words = match["short"], name_words(match["words"])
        if match.re is SPELT_BEFORE:
            words = words[-len(short):]
        if len(words) == len(short) and initials(" ".join(words)) == short:
            found.add(short)
    return found


def written_in_the_plural(parsed: ParsedArticle) -> set[str]:
    """The initials an article also writes with a plural "s" as a noun of its own ("two DJs", "MSPs' code", "sign
    NDAs"): a kind of person or thing, not one body. Not a plural that qualifies a noun after it or follows "the",
    as a body's name in the plural does ("the KAAs title", "claim the KAAs long jump title": the association's),
    nor initials that are ever the subject of a verb of saying ("ZAG said", where "ZAGs" may be its cars)."""
    plurals = {t.text[:-1] for p in parsed.paragraphs for t in p.tokens if PLURAL_ABBREVIATION.fullmatch(t.text) and
               t.dep not in ("compound", "nmod") and not followed_by_what_it_qualifies(p, t) and
               (t.i == 0 or p.tokens[t.i - 1].text.lower() != "the")}
    speaking = {t.text for p in parsed.paragraphs for t in p.tokens
                if t.dep in SUBJECT_DEPS and p.tokens[t.head].lemma in SAYING_VERBS}
    return plurals - speaking


# Nouns of software, devices, formats, systems and viruses, which a product's name modifies ("the Windows operating
# system", "the Xbox console", "the MyDoom virus", "BitTorrent systems", "ADSL technology"); not "software", "chips"
# or "handsets", which a maker's name modifies as often ("Microsoft software", "Intel chips", "Nokia handsets").
PRODUCT_NOUNS = frozenset({"console", "virus", "worm", "browser", "format", "technology", "system"})


# The text before a name that ends a longer one at "of" or "on" ("Lord of the Rings", "Prisoner of Azkaban",
# "Directive on the Patentability of …"), and after one that opens it ("Eternal Sunshine of the Spotless Mind").
BEFORE_OF = re.compile(r"\b(?P<word>[A-Z][\w'’-]*) (?:of|on) (?:the )?$")
OF_ENDINGS = (" of ", " on ", " of the ", " on the ")  # how a text BEFORE_OF matches ends ("$": or before a "\n")
AFTER_OF = re.compile(r"^ of (?:the )?[A-Z]")


# A page's markup the NER may run into a name: 'datetime="2016' of a tweet's tag.
MARKUP = re.compile(r"[=<>]")
# A web address ("napster.com", "grumbletext.co.uk"): a site's name, written in lower case.
WEB_ADDRESS = re.compile(r"\S+\.[a-z]{2,}")
# An amount or an ordinal written as one word: "8.6bn", "100bn", "0.04secs", "104th".
AMOUNT = re.compile(r"[\d.,]+(?:bn|m|k|th|st|nd|rd|secs?|mins?|mph|km|kg)")


def is_no_name(name: str) -> bool:
    """Whether a name is written as no name is: with letters and none in capitals ("n’t", which the NER took for a
    place, "km/h", "8.6bn", "104th"), or with a page's markup in it ('datetime="2016'). A web address is a site's
    name ("napster.com"), and so is a word of figures and letters that is no amount ("3ami"); "3" and "eBay" are
    names."""
    letters = [c for c in name if c.isalpha()]
    lower = bool(letters) and not any(c.isupper() for c in letters) and not WEB_ADDRESS.fullmatch(name) and \
        not (any(c.isdigit() for c in name) and " " not in name and not AMOUNT.fullmatch(name))
    return lower or bool(MARKUP.search(name))


def is_a_holiday(name: str) -> bool:
    """Whether a name is a holiday's, which news dates things by ("over Easter", "on Bastille Day"): no actor.
    The calendar's holidays (`calendar.HOLIDAY_NAMES`), however capitalised."""
    return name.lower() in HOLIDAY_NAMES


# Religions by name ("converted to Islam", "the teachings of Buddhism"): beliefs, no actor (their bodies have names
# of their own: "the Muslim Council of Britain", "the Church of England").
RELIGIONS = frozenset("""Islam Christianity Judaism Hinduism Buddhism Sikhism Jainism Taoism Shinto Zoroastrianism
Catholicism Protestantism Anglicanism Methodism Mormonism""".split())


def is_a_religion(name: str) -> bool:
    """Whether a name is a religion's (RELIGIONS): no actor."""
    return name in RELIGIONS


# The last words of names of periods and what happened in them: "the Great Recession", "the Cold War".
PERIOD_HEADS = frozenset({"Recession", "Depression", "Revolution", "War", "Crisis"})


def names_a_period(name: str) -> bool:
    """Whether a name of two words or more, each capitalised, ends in a period's or an event's noun ("the Great
    Recession", "the Velvet Revolution", "the Cold War"): what happened, no place or body (a person's is left
    alone: "Kim War"); not a campaign named for its aim ("Stop the War")."""
    words = name.split()
    return len(words) > 1 and words[-1] in PERIOD_HEADS and all(word[:1].isupper() for word in words)


# The last words of names of documents, laws and agreements: "the Vellmark Treaty", "the Harbour Data Act", "the
# Budget"; and the government's papers named for their colour.
DOCUMENT_HEADS = frozenset("""Treaty Treaties Agreement Accord Accords Act Bill Directive Amendment Constitution
Protocol Budget""".split())
PAPERS = frozenset({"White Paper", "Green Paper"})


def names_a_document(name: str) -> bool:
    """Whether a name is a document's, law's or agreement's: it ends in DOCUMENT_HEADS or is a white or green paper
    (`PAPERS`), and has no word of a body's name ("the Office of Management and Budget", `ORGANISATION_HEADS`); a
    first name alone is someone's ("Chelsea and Bill")."""
    words = name.split()
    return (words[-1] in DOCUMENT_HEADS or " ".join(words[-2:]) in PAPERS) and \
        not any(word in ORGANISATION_HEADS for word in words) and (len(words) > 1 or not is_first_name(name))


def names_before_a_day(parsed: ParsedArticle, actors: Sequence[LocalActor]) -> tuple[str, ...]:
    """The keys of the article's actors, no person's, every mention of which is one word run on into a day of the
    week ("Super" of "on Super Tuesday", "Black" of "Black Friday"): perhaps a day's name the NER cut, which the
    digest-wide stage weighs (`resolve.actors.day_name_openings`); "Miami Tuesday" is a place and a day where the
    digest also names Miami alone."""
    return tuple(local.key for local in actors
                 if local.type != "person" and " " not in local.name and
                 all(before_a_day_name(parsed.paragraphs[m.paragraph], m) for m in local.mentions))


def before_a_day_name(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether the word right after a mention is a day of the week ("Super Tuesday")."""
    covered = mention_tokens(paragraph, mention)
    after = covered[-1].i + 1 if covered else len(paragraph.tokens)
    return after < len(paragraph.tokens) and paragraph.tokens[after].text in DAY_NAMES


def names_cut_at_of(article: Article, actors: Sequence[LocalActor]) -> tuple[str, ...]:
    """The keys of the article's actors every mention of which is written right after a capitalised word and "of"
    (or "of the"), or, no person's, right before "of" and a capitalised word: perhaps the end or the opening of a
    title the NER cut there ("Rings" of "Lord of the Rings", "Eternal Sunshine" and "Spotless Mind" of "Eternal
    Sunshine of the Spotless Mind"), which the digest-wide stage weighs (`resolve.actors.title_ends`); not a body's
    opening ("Muslim Council" of "Muslim Council of Britain": `names_a_body`). Not after a post ("President of
    AMBO", "Director of the Media Center") or a person's name ("Paul Miller of Thames Valley Police"): a body, named
    where someone works."""
    people = {(m.paragraph, m.end) for local in actors if local.type == "person" for m in local.mentions}
    return tuple(local.key for local in actors
                 if all(after_a_title_word(article, mention, people) for mention in local.mentions) or
                 local.type != "person" and not names_a_body(local.name) and
                 all(before_of_and_a_name(article, mention) for mention in local.mentions))


def before_of_and_a_name(article: Article, mention: Mention) -> bool:
    """Whether "of" (or "of the") and a capitalised word follow a mention ("Eternal Sunshine of the Spotless Mind")."""
    return bool(AFTER_OF.match(article.paragraphs[mention.paragraph].text[mention.end:]))


def after_a_title_word(article: Article, mention: Mention, people: Set[tuple[int, int]]) -> bool:
    """Whether a mention follows a capitalised word and "of" or "on" ("Lord of the Rings", "the Directive on the
    Patentability of …") that is no post and ends no person's name (`people`: the paragraphs and ends of the
    article's people's mentions)."""
    before = article.paragraphs[mention.paragraph].text[:mention.start]
    if not before.removesuffix("\n").endswith(OF_ENDINGS):
        return False  # BEFORE_OF cannot match: looked at first, for the search goes over the whole paragraph
    match = BEFORE_OF.search(before)
    if match is None:
        return False
    word = match.group("word")
    return not (is_post(word) or word.lower() in ROLE_HEADS or (mention.paragraph, match.end("word")) in people)


def names_of_products(parsed: ParsedArticle) -> tuple[str, ...]:
    """The names an article writes before a noun of software, devices, formats or viruses (`names_a_product`),
    after an organisation's possessive (`owned_by_an_organisation`) or as a common noun (`used_as_a_common_noun`:
    "an iPod", but also "a Trump White House", "in a Silicon Valley now dominated by …"), as `clean_name` gives an
    organisation's name, no body's (`names_a_body`): weaker evidence than `names_called_things` (a maker's name stands
    there too: "the Microsoft console"), which only the digest-wide stage weighs, with the other articles."""
    found = {clean_name(entity.text, "organisation") for paragraph in parsed.paragraphs for entity in paragraph.ents
             if entity.label in THING_LABELS and (names_a_product(paragraph, entity) or
                                                  owned_by_an_organisation(paragraph, entity) or
                                                  used_as_a_common_noun(paragraph, entity) or
                                                  used_as_a_tool(paragraph, entity) or
                                                  named_as_a_product(paragraph, entity))}
    return tuple(sorted(name for name in found if name and not is_geographic(name) and not names_a_body(name)))


def owned_by_an_organisation(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name no person's follows an organisation's possessive: what a firm or a broadcaster makes ("Sony's
    PSP", "Microsoft's Xbox", "BBC Radio 4's Today") as often as a firm it owns ("Deutsche Telekom's T-Mobile"); not
    where the name modifies a post ("the SNP's Holyrood leader": the parliament)."""
    tokens = paragraph.tokens
    words = entity.text.split()
    if entity.start < 2 or entity.label == "PERSON" or first_name_gender(words[0]) is not None or \
            any(word in ORGANISATION_HEADS or word in VENUE_HEADS for word in words):
        return False  # "the University of Virginia's Center for Politics": a part of the body, no product
    mark, owner = tokens[entity.start - 1], tokens[entity.start - 2]
    modified = modified_noun(paragraph, entity)
    return mark.tag == "POS" and owner.ent_type == "ORG" and \
        (modified is None or modified.lemma.lower() not in POST_NOUNS | ROLE_HEADS)  # "the SNP's Holyrood leader"


def used_as_a_tool(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name no man's or woman's first name opens is what someone uses: the object of "use" ("customers
    using Linux", "six million Americans now using RSS") or what "the use of" governs ("the use of RSS"). A firm's
    name stands there too ("using Google"), so this is weak evidence, weighed digest-wide only."""
    tokens = paragraph.tokens
    root = tokens[root_of(tokens, entity)]
    if entity.label == "PERSON" or first_name_gender(entity.text.split()[0]) is not None or root.head == root.i:
        return False
    head = tokens[root.head]
    if root.dep == "dobj" and head.lemma.lower() == "use":
        return True
    return root.dep == "pobj" and head.text.lower() == "of" and head.head != head.i and \
        tokens[head.head].text.lower() == "use" and tokens[head.head].pos == "NOUN"


# Nouns of what is made and named, which "called" or "known as" may follow with its name: PRODUCT_NOUNS and the
# kinds of software and standards ("the format called RSS", "a technology known as Really Simple Syndication").
NAMED_PRODUCT_NOUNS = PRODUCT_NOUNS | frozenset({"standard", "software", "program", "programme", "protocol"})


def named_as_a_product(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name is written right after "called", "named" or "known as" that follow a noun of NAMED_PRODUCT_NOUNS
    ("He designed the format called RSS"), no more than three words before it."""
    tokens = paragraph.tokens
    i = entity.start
    if i >= 2 and tokens[i - 1].text.lower() == "as" and tokens[i - 2].text.lower() == "known":
        i -= 2
    elif i >= 1 and tokens[i - 1].text.lower() in ("called", "named", "dubbed"):
        i -= 1
    else:
        return False
    return any(t.lemma.lower() in NAMED_PRODUCT_NOUNS and t.pos == "NOUN" for t in tokens[max(i - 3, 0):i])


def names_a_product(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name modifies a noun of PRODUCT_NOUNS, or "operating system", right after it or after two lower-case
    words of the noun at most ("the GameBoy handheld console"), and no man's or woman's first name opens it ("the
    Windows operating system"; not "the Beckham …")."""
    tokens = paragraph.tokens
    modified = modified_noun(paragraph, entity)
    if modified is None or first_name_gender(entity.text.split()[0]) is not None:
        return False
    operating = modified.lemma == "system" and modified.i == entity.end + 1 and tokens[entity.end].text == "operating"
    between = tokens[entity.end:modified.i]  # "the GameBoy handheld game console": lower-case words of the noun
    return operating or modified.lemma.lower() in PRODUCT_NOUNS and len(between) <= 2 and \
        all(t.text.islower() and t.head == modified.i for t in between)


def coordinated_with(paragraph: ParsedParagraph, entities: Sequence[Entity], called: Sequence[Entity]
                     ) -> list[Entity]:
    """The entities coordinated with one the article calls a thing (`called`), none the NER took for a person's
    and no man's or woman's first name opening them: a list of titles ("up against Eternal Sunshine of the
    Spotless Mind, Finding Neverland, The Motorcycle Diaries and the film Vera Drake")."""
    tokens = paragraph.tokens
    roots = {root_of(tokens, e) for e in called}
    return [e for e in entities if e not in called and e.label != "PERSON" and
            first_name_gender(e.text.split()[0]) is None and coordination_of(tokens, root_of(tokens, e)) & roots]


def root_of(tokens: Sequence[Token], entity: Entity) -> int:
    """The index of the token of an entity whose head is outside it."""
    return next((t.i for t in tokens[entity.start:entity.end] if not entity.start <= t.head < entity.end),
                entity.start)


def first_conjunct(tokens: Sequence[Token], token: Token) -> Token:
    """The first member of the coordination a token belongs to ("Brill" of "Ashby and Brill": "Ashby"), else the
    token itself."""
    while token.dep == "conj" and token.head != token.i:
        token = tokens[token.head]
    return token


def coordination_of(tokens: Sequence[Token], i: int) -> set[int]:
    """The members of the coordination token `i` belongs to: its first member and every conjunct under it."""
    first = first_conjunct(tokens, tokens[i])
    members = {first.i}
    for token in tokens[first.i + 1:]:
        if token.dep == "conj" and token.head in members:
            members.add(token.i)
    return members if len(members) > 1 else set()


def with_its_the(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """The entity with a capitalised "The" before it inside its sentence, which the NER left out of a title
    ("the animated comedy The Incredibles"): what is written before the title is before "The"."""
    tokens = paragraph.tokens
    if entity.start == 0 or tokens[entity.start - 1].text != "The" or \
            sentence_of(paragraph, entity.start - 1)[0] == entity.start - 1:
        return entity
    the = tokens[entity.start - 1]
    return replace(entity, start=entity.start - 1, text=f"The {entity.text}", start_char=the.idx)


def called_a_thing(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether what is written around a name says it is a work, a product or an award: a description
    (`described_as_a_work`; right before a name the NER took for a firm's or a place's, `after_a_description`), a
    part played in it (`starred_in`) or a credit naming someone by it ("Vera Drake star Imelda Staunton", "Friends
    actor Matt LeBlanc"), both as CREDITED_LABELS allow, a word of awards after it (`awarded_by`), a win of it
    (`won`), a part of it (`of_a_work`), a list of versions it stands in (`listed_with_versions`), a year in
    brackets right after it (`dated_in_brackets`), or a common noun's
    "a" or "an" (`used_as_a_common_noun`; not before a
    place's name, "in a Silicon Valley now dominated by", or a body's, "a Trump White House": those count only
    digest-wide, as `names_of_products`). Not an owner ("his role in Bernardo Bertolucci's Last Tango": the work's
    maker) or the end of a longer name (`ends_a_longer_name`, `opens_a_longer_name`), nor a work's noun the name
    modifies ("the Ray Charles biopic", "Beenie Man's album" describe a subject or a maker as often as a title)."""
    if owns_what_follows(paragraph, entity) or ends_a_longer_name(paragraph, entity) or \
            opens_a_longer_name(paragraph, entity):
        return False
    modified = modified_noun(paragraph, entity)
    credited = modified is not None and modified.i == entity.end and credits_a_person(paragraph, modified)
    described = described_as_a_work(paragraph, entity) and \
        (entity.label in CREDITED_LABELS or after_a_description(paragraph, entity))
    return described or awarded_by(paragraph, entity) or won(paragraph, entity) or \
        listed_with_versions(paragraph, entity) or dated_in_brackets(paragraph, entity) or \
        entity.label not in PLACE_LABELS and used_as_a_common_noun(paragraph, entity) and \
        not names_a_body(clean_name(entity.text, "organisation") or "-") or of_a_work(paragraph, entity) or \
        entity.label in CREDITED_LABELS and (starred_in(paragraph, entity) or credited) or \
        entity.label == "ORG" and credited and modified.lemma.lower() in CAST_NOUNS


def listed_with_versions(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name of one word ends a list of one-word items, two numbers at least among them, as a product's
    versions do ("computers running Windows 95, 98, NT, 2000 and XP"): a version, no actor."""
    if entity.end - entity.start != 1:
        return False
    listed = LIST_BEFORE.search(paragraph.text[max(0, entity.start_char - 80):entity.start_char])
    return listed is not None and sum(item.isdigit() for item in re.split(r",? (?:and |or )?|, ", listed[0])) >= 2


# A year in brackets right after a name: a work's, as lists of films, books and albums date them ("The Boxer (1998)").
YEAR_IN_BRACKETS = re.compile(r"\((?:18|19|20)\d\d\)")
DATED_NAME = re.compile(r"[A-Z][\w'’]* \((?:18|19|20)\d\d\)")


def dated_in_brackets(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a year in brackets follows a name right after it, in a paragraph that dates two names so at least
    ("films such as Harbour Lights (1987) and Low Tide (1991)"): a list of titles dated as works are, no actors. A
    life's years are a span ("Ann Vale (1920-2001)"); one name dated alone may be a degree's, in a list with the
    college and its place ("a BS from Linden College, NY, and an MBA (1941)")."""
    return paragraph.text.startswith(" ", entity.end_char) and \
        YEAR_IN_BRACKETS.match(paragraph.text, entity.end_char + 1) is not None and \
        len(DATED_NAME.findall(paragraph.text)) >= 2


# A list of one-word items right before a name: "95, 98, 2000, NT and ", "2000, 95, 98, Me, NT, ".
LIST_BEFORE = re.compile(r"(?<![\w-])(?:[A-Za-z0-9.]+, )+(?:[A-Za-z0-9.]+,? (?:and |or ))?$")


# Nouns of a part or a showing of a work, before "of" and its title: "the latest series of Little Britain", "the
# premiere of Hotel Rwanda", "an episode of Friends", "the cast of EastEnders".
WORK_PARTS = frozenset({"episode", "series", "season", "premiere", "screening", "cast", "soundtrack", "sequel",
                        "remake", "adaptation"})


def of_a_work(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name follows "of" after a noun of WORK_PARTS that no "a" or "an" opens ("a series of Labour
    defeats" counts, "the latest series of Little Britain" names a work), the name modifying no noun after it."""
    tokens = paragraph.tokens
    if entity.start < 2 or tokens[entity.start - 1].text != "of" or modified_noun(paragraph, entity) is not None:
        return False
    part = tokens[entity.start - 2]
    article = next((t for t in tokens[max(0, part.i - 3):part.i] if t.head == part.i and t.dep == "det"), None)
    return part.lemma.lower() in WORK_PARTS and part.pos == "NOUN" and \
        not (article is not None and article.text.lower() in ("a", "an"))


# Verbs of winning a prize: what one wins is an award or a competition, not an actor.
WINNING_VERBS = frozenset({"win", "scoop"})


def won(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name after "the" is the object of a verb of winning, or coordinated with one ("won the Golden
    Globe", "scooped both the Golden Globe and the Bafta"): an award, or a competition. Not a name the NER took for
    a person's or a nationality's, nor a place's ("the Tories won Putney" has no "the"), nor one before a noun."""
    tokens = paragraph.tokens
    if entity.start == 0 or entity.label in ("PERSON", "NORP") or tokens[entity.start - 1].text.lower() != "the" or \
            entity.end < len(tokens) and tokens[entity.end].pos in NOUN_PHRASE_POS:
        return False  # "won the Democrats Abroad primary": the noun after the name is what is won
    root = tokens[min(coordination_of(tokens, root_of(tokens, entity)), default=root_of(tokens, entity))]
    verb = tokens[root.head]
    return root.dep == "dobj" and verb.lemma.lower() in WINNING_VERBS


# Parts of speech of a word that may go on the noun phrase a name opens: the parse tags "handbook" of "a Labour
# Party handbook" or "shot" of "a McGeady shot" a verb as often as a noun.
NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Relative pronouns: "a UKIP whose leadership had gone AWOL" is the party as it is, not one of a kind.
RELATIVE_TAGS = frozenset({"WP", "WP$", "WDT"})


def used_as_a_common_noun(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name is written as a common noun is: "a" or "an" right before it determines the name itself, which
    ends its noun phrase ("won an Oscar", "bought an iPod"; not "a Labour MP", "a Labour Party handbook", "a Church
    of Scotland Minister", whose "a" is the noun's after the name), and it is no one's full name ("if Chelsea had a
    Ruud van Nistelrooy"), no nationality's or party member's ("a Briton", "a Tory": a person's kind). An award or a
    product, not an actor: no organisation, place or person is one of a kind. Not a number before it ("nine
    Wallabies" are players, "world number six Dementieva" a rank), nor a name the NER took for a person's."""
    tokens = paragraph.tokens
    if entity.start == 0 or entity.label == "PERSON" or modified_noun(paragraph, entity) is not None:
        return False  # "an O'Sullivan had been earmarked": one of a family, a person
    before = tokens[entity.start - 1]
    after = tokens[entity.end] if entity.end < len(tokens) else None
    words = entity.text.split()
    in_a_title = entity.start > 1 and tokens[entity.start - 2].text[:1].isupper() and \
        sentence_of(paragraph, entity.start)[0] != entity.start - 2  # "Once Upon a Time in Mexico"
    return before.text in ("a", "an") and entity.start <= before.head < entity.end and not in_a_title and \
        (after is None or after.pos not in NOUN_PHRASE_POS and after.tag not in RELATIVE_TAGS and
         "(" not in entity.text + after.text) and \
        not (len(words) > 1 and is_first_name(words[0])) and \
        not any(form in demonyms() or form + "s" in PARTY_MEMBERS or form in PARTY_MEMBERS
                for form in (entity.text, entity.text.rstrip("s")))


def after_a_description(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a description noun stands right before a name ("the film Sideways"): how a title the NER took for a
    firm's or a place's is called a work; what follows a firm's name set off by commas describes what it runs as
    often ("Flickr, a web photo album which lets people …")."""
    return entity.start > 0 and paragraph.tokens[entity.start - 1].lemma.lower() in DESCRIBED_AS


# The NER's labels of a title any part or credit may follow ("to star in Fingersmith", "Vera Drake star Imelda
# Staunton"). After a name it took for a firm's, only a part in a cast or a script ("Friends actor Matt LeBlanc"): a
# band's or a club's stars and a firm's directors are theirs ("Westlife star Brian McFadden", "Regent Street
# Association director Annie Walker"); after a place's, none ("Hollywood actor Kevin Bacon", "a role in the European
# Union", "an appearance in Davos").
CREDITED_LABELS = frozenset({"PERSON", "WORK_OF_ART", ""})
CAST_NOUNS = frozenset({"actor", "actress", "co-star", "screenwriter", "creator"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words after a name that only awards take: parties and courts have nominees, nominations, contenders and nods
# too ("the GOP nominee", "won the Republican nod", "a Supreme Court nomination"), and a club's winner is a goal.
AWARDS_ONLY = frozenset({"winning", "nominated", "nominations", "statuette", "ceremony"})


def awarded_by(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name is an award's by a word after it that only awards take (AWARDS_ONLY: "Bafta-winning", "Oscar
    nominations", "the Grammy ceremony"; not "the GOP nominee", "the Republican nomination", "a Supreme Court
    nominee", which parties and courts have too), hyphened to it or modified by it; no nationality's or party's
    ("the Republican and Democratic nominations"); of several words, no man's or woman's first name opening them,
    only with a hyphen ("Golden Globe-winning"; "Supreme Court nominations" are a court's); of one word
    (`names_an_award`), the name, or the coordination it ends, not the subject of that word ("the Conservatives
    winning a general election", "Nadal and Moya winning both singles"); after a name the NER took for a place's,
    only a nomination or a hyphen ("Bafta nominations", not "the Venice winner", "the LA ceremony")."""
    tokens = paragraph.tokens
    if entity.end >= len(tokens):
        return False
    hyphened = tokens[entity.end].text in ("-", "–") and entity.end + 1 < len(tokens)
    after = tokens[entity.end + 1] if hyphened else tokens[entity.end]
    word = after.text.lower()
    if word not in AWARDS_ONLY or after.text[:1].isupper():
        return False
    words = entity.text.split()
    if entity.label == "NORP":
        return False  # "the Republican and Democratic nominations": a party's
    if len(words) > 1:
        return first_name_gender(words[0]) is None and hyphened  # "Golden Globe-winning"
    first = tokens[min(coordination_of(tokens, entity.end - 1), default=entity.end - 1)]  # "Nadal and Moya winning"
    if tokens[entity.end - 1].dep in SUBJECT_DEPS or first.dep in SUBJECT_DEPS or \
            entity.start <= tokens[entity.end].head < entity.end:
        return False  # "the Conservatives winning a general election": a clause on the name, no award
    return entity.label not in PLACE_LABELS or hyphened or word == "nominations"


def opens_a_longer_name(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a capitalised word follows a name the NER left unlabelled: the name opens a longer title ("the hit
    singles Time Is Running Out")."""
    tokens = paragraph.tokens
    return entity.label == "" and entity.end < len(tokens) and tokens[entity.end].text[:1].isupper() and \
        tokens[entity.end].text.isalpha()


def ends_a_longer_name(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a capitalised word other than an article stands right before a name inside its sentence: the name
    is the end of a longer one ("Bless This House", "the Triple Crown", "Escape From LA"), not a name of its own."""
    tokens = paragraph.tokens
    if entity.start == 0 or sentence_of(paragraph, entity.start)[0] == entity.start:
        return False
    before = tokens[entity.start - 1]
    return before.text[:1].isupper() and before.text.lower() not in ARTICLES


# Nouns of a part in a work or of making one, before "of" and the work's title ("star of Amelie", "the creator of
# Family Guy"); not "director" or "author", which head firms and reports as often.
CREDITED_OF = frozenset({"star", "co-star", "creator", "screenwriter", "scriptwriter"})


def credited_works(paragraph: ParsedParagraph) -> list[Entity]:
    """The entities of the titles after a credit noun and "of" ("Ziyi Zhang, star of Crouching Tiger, Hidden
    Dragon, Hero and House of Flying Daggers, is …"): every entity in the run of capitalised words, commas, "and",
    "of" and "the" that follows, which is a list of works, not of people or places."""
    tokens = paragraph.tokens
    found = []
    for token in tokens[:-2]:
        if token.lemma.lower() not in CREDITED_OF or tokens[token.i + 1].text != "of":
            continue
        end = token.i + 2
        while end < len(tokens) and (tokens[end].text[:1].isupper() or tokens[end].text in (",", "and", "of", "the")
                                     and end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper()):
            end += 1
        found.extend(e for e in paragraph.ents if token.i + 2 <= e.start and e.end <= end and
                     not (e.end < len(tokens) and tokens[e.end].text[:1].islower() and
                          tokens[e.end].text not in ("and", "of")))  # "Elvis Presley musical": its maker
    return found


def owns_what_follows(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name is written as an owner: "Cameroon's", "Cameroon 's" as the parse splits it."""
    tokens = paragraph.tokens
    return bool(POSSESSIVE.search(entity.text)) or entity.end < len(tokens) and tokens[entity.end].tag == "POS"


def after_a_record(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether the word before a name is "record", which describes a work ("the record Hopes and Fears") as often
    as it measures ("a record Millennium Stadium crowd")."""
    return entity.start > 0 and paragraph.tokens[entity.start - 1].lemma.lower() == "record"


def unlabelled_proper_nouns(paragraph: ParsedParagraph) -> list[Entity]:
    """Capitalised proper nouns outside the NER's entities, each as an entity without a label (the NER misses
    titles: "Supervolcano, a docu-drama about …")."""
    return [Entity(t.i, t.i + 1, "", t.text, t.idx, t.idx + len(t.text)) for t in paragraph.tokens
            if t.pos == "PROPN" and t.ent_type == "" and t.text[:1].isupper() and t.text.isalpha()]


# Words of a part played: what someone stars, plays a role or makes a cameo in is a work, not a person.
PART_WORDS = frozenset({"star", "role", "cameo", "appearance"})


def starred_in(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"to star in Fingersmith", "his role in Speed", "starred in Sideways": a name after "in" that belongs
    to a word of a part played (PART_WORDS) is the title of a work; "starring Sean Connery" still names him."""
    tokens = paragraph.tokens
    if entity.start == 0 or tokens[entity.start - 1].text.lower() != "in":
        return False
    in_ = tokens[entity.start - 1]
    return in_.head != in_.i and tokens[in_.head].lemma.lower() in PART_WORDS


def after_an_indefinite_article(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"as a Londoner", "an Atomic Bomb", "won an Oscar": a name after "a" or "an" that heads its phrase and is
    one word or begins with no first name is a kind of person or a thing, not someone's name. "an Elvis Presley
    song" still names Elvis (the name modifies a noun), "if Chelsea had a Ruud van Nistelrooy" still names him (a
    first name and more), and "A Hazell" in a team list is an initial, not an article."""
    words = entity.text.split()
    return entity.start > 0 and paragraph.tokens[entity.start - 1].text in ("a", "an") and \
        not (len(words) > 1 and is_first_name(words[0])) and modified_noun(paragraph, entity) is None


def heads_a_longer_name(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"Bill" in "the Finance Bill", "the Organised Crime Bill": a first name the NER tagged alone right after a
    proper noun outside entities that is no first name, title, post or initials (nor a sentence's first
    word) is the last word of a longer name (a law's, a work's), not a person."""
    tokens = paragraph.tokens
    if entity.end - entity.start != 1 or entity.start == 0 or not is_first_name(entity.text):
        return False
    before = tokens[entity.start - 1]
    return before.pos == "PROPN" and before.text[:1].isupper() and before.text.isalpha() and \
        not before.text.isupper() and before.ent_type == "" and before.ws == " " and \
        before.i not in {start for start, _ in paragraph.sents} and \
        before.text.lower() not in TITLE_WORDS | ROLE_HEADS and not is_first_name(before.text)


def after_a_title(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"President Suharto", "Mr Ebbers": a title or honorific right before the entity."""
    return entity.start > 0 and is_title_word(paragraph.tokens[entity.start - 1].text)


def coordinated_type(paragraph: ParsedParagraph, entity: Entity) -> ActorType | None:
    """The one type of the other names coordinated with an entity ("Mobil, Shell and Caltex": the
    organisations), when they have one and no person is among them; None otherwise."""
    tokens = paragraph.tokens
    first = tokens[entity.start]
    while first.dep == "conj" and first.head != first.i:
        first = tokens[first.head]  # the coordination's first member
    members = {first.i}
    for token in tokens[first.i + 1:]:  # a conjunct's head is the first member or an earlier conjunct
        if token.dep == "conj" and token.head in members:
            members.add(token.i)
    members.discard(entity.start)
    others = {tokens[i].ent_type for i in members} - {""}  # words outside entities tell nothing
    if not others or "PERSON" in others:
        return None
    types = {ACTOR_LABELS.get(label) for label in others}
    return types.pop() if len(types) == 1 and None not in types else None


def after_the(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name stands right after "the" as the head of its noun phrase ("the Lib Dems have pledged",
    "The Scissor Sisters"): how groups are named, never people ("the Blair government" is a modifier)."""
    tokens = paragraph.tokens
    first = tokens[entity.start]
    if first.text.lower() == "the" and entity.end - entity.start > 1:
        the, start = first, entity.start + 1
    elif entity.start > 0 and tokens[entity.start - 1].text.lower() == "the":
        the, start = tokens[entity.start - 1], entity.start
    else:
        return False
    inside = range(start, entity.end)
    root = next((t for t in tokens[start:entity.end] if t.head not in inside), tokens[start])
    return root.pos == "PROPN" and root.dep not in ("compound", "nmod", "amod", "poss") and the.head == root.i


def names_a_group_after_the(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name stands right after "the" as the head of its noun phrase (`after_the`: "told the Dalton
    Courier") and is all one name, no person's name after a party's or a post's words ("the Lib Dems' Ann Hale",
    which the NER runs into one name, is hers)."""
    return after_the(paragraph, entity) and \
        clean_name(entity.text, "organisation") == clean_name(entity.text, "person")


# Verbs that agree with a plural subject only: a name that is their subject alone is a group's (British English
# writes bands and teams as plurals), never one person's.
SUBJUNCTIVE_MARKS = frozenset({"if", "though"})  # "if the young Blair were applying": a singular "were"


def takes_a_plural_verb(parsed: ParsedArticle, members: Sequence[Mention]) -> bool:
    """Whether a name is, alone, the subject of a plural verb ("Roxy Music were formed", "REM have already been
    confirmed") in more of its mentions than of a singular one ("Skinner uses", "was"): the first word after
    the name, adverbs aside, is one of PLURAL_VERBS; not when the name is coordinated with another
    ("Supergrass and Idlewild have") or the verb is a subjunctive's ("if the young Smith were")."""
    plural = singular = 0
    for mention in members:
        paragraph = parsed.paragraphs[mention.paragraph]
        tokens = paragraph.tokens
        inside = mention_tokens(paragraph, mention)
        if not inside or inside[-1].tag == "POS":
            continue
        root = next((t for t in inside if not inside[0].i <= t.head <= inside[-1].i), inside[0])
        if root.dep not in SUBJECT_DEPS or any(t.dep == "conj" for t in paragraph.dependents(root)):
            continue
        after = next((t for t in tokens[inside[-1].i + 1:inside[-1].i + 4] if t.pos != "ADV"), None)
        if after is None:
            continue
        verb = tokens[after.head] if after.dep in ("aux", "auxpass") else after
        if any(t.dep == "mark" and t.text.lower() in SUBJUNCTIVE_MARKS for t in paragraph.dependents(verb)):
            continue
        plural += after.text.lower() in PLURAL_VERBS
        singular += after.tag == "VBZ" or after.text.lower() == "was"
    return plural > singular


def begins_with_a_surname_particle(text: str) -> bool:
    """"van Schalkwyk", "de Villiers", "von der Leyen": lower-case surname particles (SURNAME_PARTICLES), then
    one capitalised word: a surname written without its first name."""
    words = POSSESSIVE.sub("", text).split()
    return len(words) > 1 and all(w in SURNAME_PARTICLES for w in words[:-1]) and words[-1][:1].isupper() and \
        words[-1].isalpha()


def is_title_word(word: str) -> bool:
    """Whether a word is a title, rank or post (TITLE_WORDS), however capitalised, with or without a full stop."""
    return word.lower().rstrip(".") in TITLE_WORDS


def is_post(word: str) -> bool:
    """Whether a word is a post someone holds ("Mayor", "Leader", "Const."), not an honorific ("Mr", "Dr", "Prof")."""
    return word.lower().rstrip(".") in POST_TITLES


@lru_cache(maxsize=65536)
def is_a_name(text: str) -> bool:
    """Whether a PERSON entity's words can be a name: some capital letter, not a bare title ("Justice")."""
    words = POSSESSIVE.sub("", text).split()
    return any(ch.isupper() for ch in text) and not all(is_title_word(w) for w in words)


def is_an_abbreviated_title(text: str) -> bool:
    """Whether an entity is only titles written with a full stop ("Det.", "Det. Sgt."), which the NER sometimes
    labels an organisation or a place on their own before the name they belong to."""
    words = text.split()
    return all(w.endswith(".") and is_title_word(w) for w in words)


def written_with_its_state(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a name is followed by a comma and a state's or a province's abbreviation ("Merrick, N.H.",
    "Port Alder, N.S."): the way news writes a town with its state, never a body's name."""
    after = re.match(r", ([A-Z][A-Za-z.]*)", paragraph.text[entity.end_char:])
    return after is not None and after.group(1) in region_abbreviations()


# Demonyms that are also languages' names, and the words that make them the language ("Spanish-language").
LANGUAGES = frozenset("""English Spanish French German Italian Portuguese Russian Chinese Mandarin Cantonese Japanese
Korean Arabic Hebrew Farsi Persian Dutch Greek Turkish Polish Swedish Welsh Hindi Urdu""".split())
LANGUAGE_HEADS = frozenset("""language languages speaking speaker speakers skills lessons classes standards translation
translations proficiency fluency teacher teachers instruction subtitles""".split())
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "translate", "study"})
SCHOOL_SUBJECTS = frozenset({"math", "maths", "mathematics", "science", "history", "reading", "writing", "geography"})


def names_a_language(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a demonym that is also a language's name is the language: before a word of language or of speaking
    ("a Welsh-language paper", "Dutch speakers", "Greek lessons"), the noun after "in" or "into" ("said it
    in French"), the object of a verb of speaking or learning ("she speaks Spanish"), or a school subject's fellow
    ("math and English"). The country its other uses name ("Spanish voters") is not named by it."""
    if entity.end - entity.start != 1 or POSSESSIVE.sub("", entity.text) not in LANGUAGES:
        return False
    tokens = paragraph.tokens
    token = tokens[entity.start]
    head = tokens[token.head]
    after = tokens[token.i + 1:token.i + 3]
    return head.i != token.i and head.text.lower() in LANGUAGE_HEADS or \
        len(after) == 2 and after[0].text == "-" and after[1].text.lower() in LANGUAGE_HEADS or \
        token.dep == "pobj" and head.text.lower() in ("in", "into") and token.tag in ("NNP", "NN") or \
        token.dep == "dobj" and head.lemma.lower() in LANGUAGE_VERBS or \
        token.dep == "conj" and head.text.lower() in SCHOOL_SUBJECTS or \
        any(t.dep == "conj" and t.text.lower() in SCHOOL_SUBJECTS for t in paragraph.dependents(token))


def names_someone(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"said Cuban", "Cuban, who is also a host", "American said it would cut flights": a demonym standing alone
    as a singular proper noun that is a clause's subject or object is a person's or a firm's name (Mark Cuban,
    American Airlines), not a country; not with a determiner or a modifier of its own, which a common noun has
    ("the Briton outsprinted her", "the 25-year-old Briton": one of the nation's people)."""
    if entity.end - entity.start != 1:
        return False
    token = paragraph.tokens[entity.start]
    return token.tag == "NNP" and token.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and \
        not any(t.i < token.i and t.dep in ("det", "amod", "nummod") for t in paragraph.dependents(token))


# Short words a title capitalises inside it ("Gangs Of New York", "We Are The World") and a body's or a place's name
# writes in lower case ("Bank of England", "Isle of Man"); not "A", a letter ("Serie A", "France A", "Charles A
# Blixt"), nor "For", which bodies' names capitalise too ("Transport For London", "USA For Africa").
TITLE_CASE_WORDS = frozenset("Of The In On At An Are Is To With From By Me It My Your".split())


def is_titled_like_a_work(name: str) -> bool:
    """Whether a name of several words capitalises a short word inside it as titles do (TITLE_CASE_WORDS), its
    capitals no headline's: a work's title ("Super Size Me", "Gangs Of New York"), no actor."""
    words = name.split()
    return not name.isupper() and any(word in TITLE_CASE_WORDS for word in words[1:])


def is_headline_run(name: str) -> bool:
    """A run of a capitalised headline taken for a name: "CRICKET - SRI LANKA", "LARA ENDURES ANOTHER DAY"."""
    words = name.split()
    return name.isupper() and (len(words) >= 3 or any(w in {"-", "–", "—"} for w in words))


def is_a_notice_in_capitals(name: str) -> bool:
    """Two words in capitals that the NER took for a person's name, the first no first name: a notice or a
    heading of the page ("CORRECTION APPENDED", "UPDATE FOLLOWS"), not someone ("TONY HALE" is)."""
    words = name.split()
    return name.isupper() and len(words) == 2 and all(word.isalpha() and len(word) > 2 for word in words) and \
        not is_first_name(words[0].capitalize())


def without_stray_tail(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """The entity without the words after the name that the NER took in (see STRAY_POS)."""
    tokens = paragraph.tokens
    end = entity.end
    while end - entity.start > 1:
        last = tokens[end - 1]
        if (last.pos in STRAY_POS and not last.text[:1].isupper()) or last.tag in FINITE_VERB_TAGS or \
                posted_before_a_name(paragraph, last.i):
            end -= 1
            continue
        numbers = end
        while numbers - entity.start > 1 and (
                tokens[numbers - 1].pos == "NUM" or tokens[numbers - 1].text in ("-", "–")
                or entity.label == "PERSON" and has_digit(tokens[numbers - 1].text)):
            numbers -= 1
        if numbers == end:
            break
        tail = paragraph.text[tokens[numbers].idx:tokens[end - 1].idx + len(tokens[end - 1].text)]
        if not (SCORE.fullmatch(tail) or (entity.label == "PERSON" and has_digit(tail)) or
                len(tail.split()) >= 2 or FIGURES.fullmatch(tail)):  # "Charlton 2 0", "Vaughan 9-1-55-1"
            break
        end = numbers
    if end == entity.end:
        return entity
    end_char = tokens[end - 1].idx + len(tokens[end - 1].text)
    return Entity(entity.start, end, entity.label, paragraph.text[entity.start_char:end_char], entity.start_char,
                  end_char)


PLACE_WORDS = 4  # the most words of a place's name (`places`: "Newfoundland and Labrador", "Prince Edward Island")


def running_into_a_place(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """The entity as the name of the place its words begin, when the NER cut that name short ("Nova", tagged a
    person, of "Nova Scotia Premier Tim Houston"): the longest run of its first words and the capitalised words
    after it that is the name of a place of several words (`is_geographic`)."""
    tokens = paragraph.tokens
    for end in range(min(entity.start + PLACE_WORDS, len(tokens)), entity.end, -1):
        if not all(t.text[:1].isupper() or t.text == "and" for t in tokens[entity.end:end]):
            continue
        place = span_entity(paragraph, entity.start, end, "GPE")
        if " " in place.text and is_geographic(place.text):
            return place
    return entity


def unlabelled_places(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """A place whose name has several words that the NER left out of every entity ("New Brunswick Premier Susan
    Holt", where it saw only the person): a run of capitalised words outside the mentions that is such a place."""
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    found = []
    for paragraph in parsed.paragraphs:
        i = 0
        while i < len(paragraph.tokens):
            place = unlabelled_place_at(paragraph, i, covered)
            if place is None:
                i += 1
                continue
            found.append(Mention(paragraph=paragraph.index, start=place.start_char, end=place.end_char,
                                 text=place.text, name=place.text, label="GPE", type="place"))
            i = place.end
    return found


def unlabelled_outlets(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """A news outlet's name the NER left out of every entity ("with the editors of The Advocate, who …"): a run of
    capitalised proper nouns outside the mentions that its sentence introduces as an outlet's
    (`introduced_as_an_outlet`), there and wherever else the article writes it outside the mentions ("The Advocate
    had chided …")."""
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    names = set()
    for paragraph in parsed.paragraphs:
        for token in paragraph.tokens:
            run = unlabelled_name_ending_at(paragraph, token, covered)
            if run is not None and introduced_as_an_outlet(paragraph, run):
                names.add(run.text)
    return written_outside(parsed, {name: clean_name(name, "organisation") for name in sorted(names)}, covered,
                           "organisation")


def unlabelled_name_ending_at(paragraph: ParsedParagraph, token: Token,
                              covered: Set[tuple[int, int]]) -> Mention | None:
    """The name a capitalised proper noun that no entity and no mention holds ends, with the capitalised proper nouns
    compounded before it ("Lornsby Ledger"); None for anything else, a run of more than three words or the end of a
    name another entity cut or the parse split ("PC Pro magazine", "PC" a common noun of "magazine")."""
    def bare(t: Token) -> bool:
        return t.pos == "PROPN" and t.text[:1].isupper() and not t.ent_type and \
            (paragraph.index, t.idx) not in covered
    if not bare(token) or any(t.dep == "compound" and t.i > token.i for t in paragraph.dependents(token)):
        return None
    start = token.i
    while start > 0 and paragraph.tokens[start - 1].head == token.i and \
            paragraph.tokens[start - 1].dep == "compound" and bare(paragraph.tokens[start - 1]):
        start -= 1
    before = paragraph.tokens[start - 1] if start else None
    if token.i - start >= 3 or before is not None and before.text[:1].isupper() and \
            before.dep in ("compound", "amod", "nmod"):
        return None
    first = paragraph.tokens[start]
    end = token.idx + len(token.text)
    return Mention(paragraph=paragraph.index, start=first.idx, end=end, text=paragraph.text[first.idx:end],
                   name=paragraph.text[first.idx:end], label="ORG", type="organisation")


def unlabelled_place_at(paragraph: ParsedParagraph, start: int, covered: Set[tuple[int, int]]) -> Entity | None:
    """The longest place of several words (`is_geographic`, or a street: `is_a_street`) that opens at token `start`,
    made of capitalised words (and "and") outside every entity and every mention (`covered`: (paragraph,
    character) pairs)."""
    tokens = paragraph.tokens
    if tokens[start].ent_type or not (tokens[start].text[:1].isupper() or tokens[start].text == "and"):
        return None  # no run of words opens here (most tokens: said before the pairs are made)
    run, last = start, min(start + PLACE_WORDS, len(tokens))  # the free capitalised words from `start`
    while run < last and (paragraph.index, tokens[run].idx) not in covered and \
            not tokens[run].ent_type and (tokens[run].text[:1].isupper() or tokens[run].text == "and"):
        run += 1
    for end in range(run, start + 1, -1):
        place = span_entity(paragraph, start, end, "GPE")
        if is_geographic(place.text) or is_a_street(place.text) and names_a_street(paragraph, place):
            return place
    return None


def names_a_street(paragraph: ParsedParagraph, place: Entity) -> bool:
    """Whether the words of a street's name (`is_a_street`) are proper nouns and no capitalised word follows them
    ("Former Downing Street" opens a sentence; "Manic Street Preachers" is a band)."""
    tokens = paragraph.tokens
    after = tokens[place.end] if place.end < len(tokens) else None
    return all(t.pos == "PROPN" for t in tokens[place.start:place.end]) and \
        not (after is not None and after.text[:1].isupper())


STREET_WORDS = frozenset({"Street", "Road", "Avenue", "Square", "Lane", "Boulevard"})


def is_a_street(name: str) -> bool:
    """"Wall Street", "Downing Street": capitalised words ending with a street's word, the first no first name
    ("Nathan Lane"), no article ("The Street") and not "High" (the High Street is every town's shops)."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[-1] in STREET_WORDS and words[0] not in ("The", "High") and \
        not is_first_name(words[0])  # "the High Street": the shops of every town


OFFICE_WORDS = frozenset({"National", "Regional", "Grand", "Deputy", "Assistant", "Acting", "Interim", "Vice"})


def without_office_words(paragraph: ParsedParagraph, entity: Entity) -> Entity | None:
    """The entity without the words of a title the NER took in before the title's noun ("Ontario Regional" of
    "Ontario Regional Chief Abram Benedict": Ontario; "Liberal House" of "Liberal House leader": Liberal); None
    when nothing else is left ("National" of "National Chief Perry Bellegarde")."""
    tokens = paragraph.tokens
    if entity.end >= len(tokens) or not is_title_word(tokens[entity.end].text):
        return entity
    end = entity.end
    while end > entity.start and (tokens[end - 1].text in OFFICE_WORDS or tokens[end - 1].text == "House" and
                                  tokens[entity.end].text.lower() in ("leader", "speaker")):
        end -= 1  # "Liberal House" of "Liberal House leader Steven MacKinnon": the House leader's party
    if end == entity.end or end > entity.start and not tokens[end - 1].text[:1].isupper():
        return entity  # "Office of the Deputy" (Prime Minister): a body named for the post
    return None if end == entity.start else span_entity(paragraph, entity.start, end, entity.label)


def posted_before_a_name(paragraph: ParsedParagraph, i: int) -> bool:
    """Whether token `i` is a post right before a person's name ("Victoria Mayor | Marianne Alto", taken in by the
    NER as "Victoria Mayor"): the post is the next name's, not part of this one."""
    word = paragraph.tokens[i].text
    return is_post(word) and word not in POST_NOMINALS and \
        paragraph.tokens[i].ent_type == "PERSON" and \
        any(e.start == i + 1 and e.label == "PERSON" for e in paragraph.ents)  # "Labour MP": see type_in_context


# Prepositions that open sentences; a closed list, as the small model tags some first names ADP ("Barack").
PREPOSITIONS = frozenset("""
across after against along among around at before behind beneath beside between beyond by despite during
for from in inside into near of off on outside over since through throughout to towards under unlike until
upon with within without
""".split())


def without_marks(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """The entity without the punctuation the NER took in at either end ('" Mr de Vabres' after a quotation: the
    quotation mark hid the honorific that makes him a person)."""
    tokens = paragraph.tokens
    start, end = entity.start, entity.end
    while end - start > 1 and tokens[start].pos == "PUNCT":
        start += 1
    while end - start > 1 and tokens[end - 1].pos == "PUNCT" and tokens[end - 1].text != ".":
        end -= 1
    if (start, end) == (entity.start, entity.end):
        return entity
    start_char, end_char = tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1].text)
    return Entity(start, end, entity.label, paragraph.text[start_char:end_char], start_char, end_char)


OPENING_SPEECH_VERBS = frozenset({"said", "says", "added", "adds"})  # "Said Wales coach Scott Johnson: “…”"


def without_stray_head(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """The entity without a preposition or a speech verb opening its sentence that the NER took in, capitalised
    there ("Across Wales, pickets were held": Wales; "Said Wales assistant coach Scott Johnson: …"); a name never
    begins with one."""
    tokens = paragraph.tokens
    first = tokens[entity.start]
    if entity.end - entity.start < 2 or first.text.lower() not in PREPOSITIONS | OPENING_SPEECH_VERBS or \
            first.i not in {s for s, _ in paragraph.sents} or particle_length(tokens, entity.start):
        return entity  # "In 't Veld said": a surname's particle
    start_char = tokens[entity.start + 1].idx
    return Entity(entity.start + 1, entity.end, entity.label, paragraph.text[start_char:entity.end_char],
                  start_char, entity.end_char)


def has_digit(text: str) -> bool:
    """A count or an ordinal after a person's name ("Raymond Russell 234,330", "Gordon Durie 75th"); not a
    version that belongs to it ("Guccifer 2.0")."""
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:st|nd|rd|th)|\d+", text))


def split_at_a_score(paragraph: ParsedParagraph, entity: Entity) -> list[Entity]:
    """"Zemun 1 Rad", "Karlsruhe 2 Hansa" tagged one PERSON: no person's name holds a number; the names on
    either side of a whole number inside it are two teams of a result line. So too for a name of another label
    when a number follows it ("Pohang 3 Ulsan 2", "Sloboda 4 Mladost (BJ) 0"): a result line's second score
    ("Channel 4 News" is one name)."""
    tokens = paragraph.tokens
    inner = [i for i in range(entity.start + 1, entity.end - 1) if tokens[i].text.isdigit() and (
        entity.label == "PERSON" or tokens[i - 1].text[:1].isupper() and tokens[i + 1].text[:1].isupper())]
    last = entity.end - (tokens[entity.end - 1].text.isdigit() and bool(inner))  # "Pohang 3 Ulsan 2": its score
    if not inner or entity.label not in TEAM_LABELS or \
            entity.label != "PERSON" and last == entity.end and not score_follows(paragraph, entity):
        return [entity]
    sides = ((entity.start, inner[0]), (inner[-1] + 1, last))
    return [span_entity(paragraph, start, end, "ORG") for start, end in sides
            if start < end and tokens[start].text[:1].isupper()]


# The labels the NER gives a team's name in a result line or a fixture.
TEAM_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def score_follows(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """Whether a whole number follows the entity within four tokens ("Mladost (BJ) 0"): the second side's score."""
    tokens = paragraph.tokens
    for token in tokens[entity.end:entity.end + 4]:
        if "\n" in token.text or token.text.isspace():
            return False
        if token.text.isdigit():
            return True
    return False


# The word between two sides of a fixture ("Birmingham v Barnsley", "Leeds vs. Everton").
VERSUS = frozenset({"v", "v.", "vs", "vs."})


def split_at_versus(paragraph: ParsedParagraph, entity: Entity) -> list[Entity]:
    """"Birmingham v Barnsley", "East Fife v Clydebank" taken as one name: the two sides of a fixture, each a team
    (no actor's name holds "v"; a court case's, "Roe v Wade", is no actor's either)."""
    tokens = paragraph.tokens
    cuts = [i for i in range(entity.start + 1, entity.end - 1) if tokens[i].text in VERSUS]
    if not cuts or entity.label not in TEAM_LABELS:
        return [entity]
    parts = list(zip([entity.start, *(i + 1 for i in cuts)], [*cuts, entity.end]))
    if any(not tokens[start].text[:1].isupper() for start, _ in parts):
        return [entity]
    return [span_entity(paragraph, start, end, "ORG") for start, end in parts]


DASHES = frozenset({"-", "–", "—"})
ARTICLES = frozenset({"the", "a", "an"})


DAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def with_papers_named_for_a_day(paragraph: ParsedParagraph) -> list[Entity]:
    """The paragraph's entities, a day's name after "the" that the NER took for a date joined to the name right
    after it, an ORG entity or capitalised words no entity holds: a paper or a programme named for the day it
    comes out ("told the Sunday Courier", "in the Sunday Gazette"), not "on Sunday Labour said" nor "the Sunday
    Mr Hale left"."""
    tokens, result = paragraph.tokens, []
    entities = list(paragraph.ents)
    for index, entity in enumerate(entities):
        if result and entity.start < result[-1].end:
            continue  # the name joined to the day before it
        end = entity.end
        if entity.label == "DATE" and end - entity.start == 1 and tokens[entity.start].text in DAY_NAMES and \
                entity.start > 0 and tokens[entity.start - 1].text == "the":
            after = entities[index + 1] if index + 1 < len(entities) else None
            if after is not None and after.start == end and after.label == "ORG":
                end = after.end
            while end < len(tokens) and tokens[end].ent_type == "" and tokens[end].pos == "PROPN" and \
                    tokens[end].text[:1].isupper() and tokens[end].text.lower().rstrip(".") not in HONORIFIC_WORDS:
                end += 1
        result.append(entity if end == entity.end else span_entity(paragraph, entity.start, end, "ORG"))
    return result


HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"})


def joined_at_hyphens(paragraph: ParsedParagraph) -> list[Entity]:
    """The paragraph's entities, a PERSON entity that ends with a hyphen glued to the next word joined to the PERSON
    entity that starts right after it ("Yves-" and "François Blanchet": one name, Yves-François Blanchet)."""
    tokens = paragraph.tokens
    result: list[Entity] = []
    entities = joined_across_a_nickname(paragraph, with_papers_named_for_a_day(paragraph))
    for entity in with_particle_surnames(paragraph, entities):
        before = result[-1] if result else None
        if before is not None and entity.start < before.end:
            continue  # the surname a hyphenated first name was joined to, which the NER took for a date
        if before is not None and before.label == entity.label == "PERSON" and before.end == entity.start and \
                tokens[before.end - 1].text == "-" and not tokens[before.end - 1].ws and not tokens[before.end - 2].ws:
            result[-1] = span_entity(paragraph, before.start, entity.end, "PERSON")
            continue
        result.append(with_surname(paragraph, entity))
    return result


NICKNAME_MAX_WORDS = 3  # "John “Tig” Tiegen", "Jimmy “the Whirlwind” White"


def joined_across_a_nickname(paragraph: ParsedParagraph, entities: Sequence[Entity]) -> list[Entity]:
    """The entities with a person's name written with a nickname in quotation marks between the first name and the
    surname ("John “Tig” Tiegen", which the NER cuts at a mark into "John “Tig" and "Tiegen", a body; "Ann 'Ginger'
    Hale", in single marks) made one PERSON entity from the first name (with the initials after it) to the end of the
    entity holding the surname, where the NER took the surname, or else the nickname, for no person's (the words
    before the first name, a title or a role, "Marine" of "Marine John “Tig", are left to the text around the name).
    Where it took both for a person's, the name stays cut, for the article may call the person by the nickname:
    "Robert C. “Bobby" and "Scott" join the "Bobby Scott" it writes elsewhere, which the whole name would not."""
    tokens = paragraph.tokens
    result = list(entities)
    for before in tokens[:-3]:
        if tokens[before.i + 1].text not in NICKNAME_MARKS:
            continue  # no nickname after it (`surname_after_nickname`'s first test, most words)
        surname = surname_after_nickname(tokens, before.i)
        if surname is None or not is_first_name(before.text) or not before.text[:1].isupper() or \
                any(e.start <= surname < e.end and e.label == "PERSON" for e in result) and \
                any(t.ent_type == "PERSON" for t in tokens[before.i + 2:surname - 1]):
            continue
        first = before.i
        while first > 0 and INITIALS.fullmatch(tokens[first].text) and is_first_name(tokens[first - 1].text):
            first -= 1  # "Robert C. “Bobby” Scott": the first name before the initial
        end = next((e.end for e in result if e.start <= surname < e.end), surname + 1)
        result = [e for e in result if e.end <= first or e.start >= end]
        result.append(span_entity(paragraph, first, end, "PERSON"))
    return sorted(result, key=lambda e: e.start)


# The marks that set off a nickname inside a name, each with the marks that close it: double quotation marks, and
# single ones, which British news uses for a nickname ("Brian 'Head' Welch").
NICKNAME_MARKS = {**{mark: CLOSING for mark in OPENING}, "'": {"'", "’"}, "‘": {"’"}}


def surname_after_nickname(tokens: Sequence[Token], first: int) -> int | None:
    """The index of the capitalised word right after a nickname set in quotation marks (`NICKNAME_MARKS`) after the
    word at `first` (a few capitalised words between an opening and a closing mark), else None."""
    if first + 1 >= len(tokens) or tokens[first + 1].text not in NICKNAME_MARKS or not tokens[first].ws:
        return None
    closers = NICKNAME_MARKS[tokens[first + 1].text]
    closing = next((t.i for t in tokens[first + 2:first + 3 + NICKNAME_MAX_WORDS] if t.text in closers), None)
    if closing is None or closing == first + 2 or closing + 1 >= len(tokens):
        return None
    nickname, surname = tokens[first + 2:closing], tokens[closing + 1]
    capitalised = all(t.text[:1].isupper() or t.text.lower() == "the" for t in nickname)
    return surname.i if capitalised and nickname[-1].text[-1:].isalpha() and surname.text[:1].isupper() and \
        surname_like(surname) and tokens[closing].ws else None


def particle_length(tokens: Sequence[Token], i: int) -> int:
    """How many tokens the surname particle at token `i` spans: 1 for a word of PARTICLE_WORDS, 2 or 3 for Dutch
    "in 't" (which the tokenizer gives as "in", "'t" or as "in", "'", "t"), 0 where none starts; a word of its own,
    not the end of a hyphenated first name ("Dan-el")."""
    if i and not tokens[i - 1].ws:
        return 0
    if tokens[i].text in PARTICLE_WORDS:
        return 1
    after = tokens[i + 1:i + 3]
    if tokens[i].text.lower() != "in" or not after:
        return 0
    if after[0].text in (a + "t" for a in APOSTROPHES):
        return 2
    return 3 if len(after) == 2 and after[0].text in APOSTROPHES and not after[0].ws and after[1].text == "t" else 0


def particles_from(tokens: Sequence[Token], i: int) -> int:
    """The end of the run of surname particles from token `i` (particle_length): `i` itself when none starts
    there."""
    while i < len(tokens) and particle_length(tokens, i):
        i += particle_length(tokens, i)
    return i


def particles_before(tokens: Sequence[Token], end: int) -> int:
    """The start of the run of surname particles that ends right before token `end`: `end` itself when none does."""
    start = end
    while step := next((n for n in (1, 2, 3) if start >= n and particle_length(tokens, start - n) == n), 0):
        start -= step
    return start


def opening_particles_before(paragraph: ParsedParagraph, end: int) -> int:
    """The start of a sentence's opening run of surname particles, capitalised ("Von der", "In 't"), that ends right
    before token `end`; `end` itself when none does."""
    tokens = paragraph.tokens
    start = particles_before(tokens, end)
    if start < end and tokens[start].text == "In" and is_sentence_start(paragraph, tokens[start]):
        return start
    if start > 0 and tokens[start - 1].text in OPENING_PARTICLES and is_sentence_start(paragraph, tokens[start - 1]):
        return start - 1
    return end


def with_particle_surnames(paragraph: ParsedParagraph, entities: Sequence[Entity]) -> list[Entity]:
    """The entities, a person's name run on over a surname's particles to its capitalised word: two
    entities, one of them a person's, with only particles between them joined ("Ursula von" and "Leyen", tagged a
    place: Ursula von der Leyen), and a person's entity stretched over particles to a first name or a surname no
    entity holds ("Hartog" of "said Jurgen den Hartog") or back to the particles opening its sentence ("In 't
    Veld added")."""
    result: list[Entity] = []
    for entity in entities:
        before = result[-1] if result else None
        if before is not None and entity.start < before.end:
            continue  # the surname stretched over
        start = name_over_particles(paragraph, before, entity) if before is not None else None
        if start is not None:
            result[-1] = span_entity(paragraph, start, entity.end, "PERSON")
            continue
        result.append(stretched_over_particles(paragraph, entity) if entity.label == "PERSON" else entity)
    return result


def name_over_particles(paragraph: ParsedParagraph, before: Entity, after: Entity) -> int | None:
    """Where a person's name starts that runs from the entity `before` over a surname's particles (the last words of
    `before` or the words between) to the entity `after`, one of them a person's: `before` whole when it is a
    person's, else its last word when a first name ("Dutch MEP Sophie", tagged a body, and "Veld": Sophie in 't
    Veld); `after` a person's or a single capitalised word ("Leyen", tagged a place), so not a place's name ("Rio"
    and "Janeiro" are one). None when no name runs so."""
    tokens = paragraph.tokens
    gap = particles_before(tokens, before.end)
    if not before.start < gap < after.start or particles_from(tokens, gap) != after.start or \
            not tokens[after.start].text[:1].isupper():
        return None
    if after.label != "PERSON" and after.end - after.start > 1:
        return None
    if before.label == "PERSON":
        return before.start
    return gap - 1 if is_first_name(tokens[gap - 1].text) else None


def stretched_over_particles(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """A person's entity run on over the surname's particles after it (or at its end) to a capitalised word no
    entity holds, and back over the particles before it to a capitalised proper noun no entity holds (the first
    name) or to the particles capitalised at its sentence's start (PARTICLE_WORDS, OPENING_PARTICLES)."""
    tokens = paragraph.tokens
    after = particles_from(tokens, entity.end)
    end = after + 1 if particles_before(tokens, entity.end) < after < len(tokens) and \
        is_unheld_name_word(tokens[after]) else entity.end
    before = particles_before(tokens, entity.start)
    if 0 < before < entity.start and is_unheld_name_word(tokens[before - 1]):
        start = before - 1
    else:
        start = opening_particles_before(paragraph, entity.start)
    if (start, end) == (entity.start, entity.end):
        return entity
    return span_entity(paragraph, start, end, "PERSON")


def is_unheld_name_word(token: Token) -> bool:
    """Whether a token is a capitalised word of a name that no entity holds ("Hartog", "Jurgen")."""
    return token.text[:1].isupper() and token.text.isalpha() and surname_like(token) and not token.ent_type


def with_surname(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """A PERSON entity that is only a hyphenated first name ("Marc-André"), joined to the capitalised words right
    after it that no entity of a person, a body or a place holds ("Fleury", tagged a date): a compound first name
    is written before a surname."""
    tokens = paragraph.tokens
    words = without_opening_role(paragraph.text[entity.start_char:entity.end_char]).split("-")
    if entity.label != "PERSON" or len(words) < 2 or not all(is_first_name(w) for w in words):
        return entity
    end = entity.end
    while end < len(tokens) and end - entity.end < 2 and tokens[end - 1].ws and surname_like(tokens[end]) and \
            tokens[end].text[:1].isupper() and tokens[end].ent_type not in ("PERSON", "ORG", "GPE", "NORP"):
        end += 1
    return entity if end == entity.end else span_entity(paragraph, entity.start, end, "PERSON")


# Tags the model gives a surname it does not know, beside PROPN: an accented one ("Gagné") it tags an adverb.
SURNAME_TAGS = frozenset({"PROPN", "ADV", "NOUN", "ADJ", "X"})


def surname_like(token: Token) -> bool:
    """Whether a capitalised word may be a surname whatever the model tagged it: a proper noun, or a word
    with a letter outside ASCII (the model takes "Gagné", "Bélanger" for adverbs or nouns)."""
    return token.pos == "PROPN" or token.pos in SURNAME_TAGS and not token.text.isascii() and token.text.isalpha()


def without_opening_role(text: str) -> str:
    """A name as written without the capitalised noun of a sport's position or a trade opening its sentence
    ("Kicker Louis-Philippe" is the first name Louis-Philippe, whose surname the NER left out)."""
    words = text.split(" ")
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in NAME_NOUNS else text


def split_at_a_dash(paragraph: ParsedParagraph, entity: Entity) -> list[Entity]:
    """"Scarlett Johansson - Racing Stripes" tagged one PERSON: a dash with spaces on both sides separates two
    names (a list's items, an aside), never joins the words of one person's; the parts that begin with a capital
    (not an article's) and hold no plural ("MPs - Keith Vaz") are PERSON entities of their own."""
    tokens = paragraph.tokens
    dashes = [i for i in range(entity.start + 1, entity.end - 1)
              if tokens[i].text in DASHES and tokens[i - 1].ws and tokens[i].ws]
    if entity.label != "PERSON" or not dashes:
        return [entity]
    parts = []
    for start, end in zip([entity.start, *(i + 1 for i in dashes)], [*dashes, entity.end]):
        if start < end and tokens[start].text[:1].isupper() and tokens[start].text.lower() not in ARTICLES and \
                not any(t.tag in ("NNS", "NNPS") for t in tokens[start:end]):  # "The", "MPs": no one's name
            end_char = tokens[end - 1].idx + len(tokens[end - 1].text)
            parts.append(Entity(start, end, entity.label, paragraph.text[tokens[start].idx:end_char],
                                tokens[start].idx, end_char))
    return parts


def owner_of(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """"Lord Dubs' Succession to the Crown Bill", "Brown's International Finance Facility": a person's name (a
    PERSON entity, or one after an honorific) with a possessive inside is its owner's, and what follows is
    something of theirs; the entity is cut before the possessive. Other names keep theirs ("Lloyd's of London",
    "the Professional Rugby Players' Association"), and so do venues and events ("St James' Park")."""
    tokens = paragraph.tokens
    mark = next((i for i in range(entity.start + 1, entity.end - 1)
                 if tokens[i].tag == "POS" and tokens[i + 1].text[:1].isupper()), None)
    if mark is None or entity.label != "PERSON" and not has_honorific(paragraph, entity) or \
            tokens[entity.end - 1].text in VENUE_HEADS | EVENT_HEADS:
        return entity  # "St James' Park", "the Ulster Schools' Cup": a venue's or an event's whole name
    end_char = tokens[mark - 1].idx + len(tokens[mark - 1].text)
    return Entity(entity.start, mark, entity.label, paragraph.text[entity.start_char:end_char],
                  entity.start_char, end_char)


# Nouns of nationality that are not the adjective (which demonyms.yml holds): "Frenchman Arnaud Clement".
NATIONALITY_NOUNS = frozenset("""
Frenchman Frenchwoman Dutchman Dutchwoman Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman
Welshman Welshwoman Swede Spaniard Dane Finn Pole Turk Briton Scot Kiwi
""".split())


def person_within(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """The person's name inside an ORG, GPE, LOC or NORP entity that runs on from what says who the person is: a
    noun of a person ("Frenchman Arnaud Clement", "Midfielder Edu", "Star Christina Applegate"), a demonym
    before a first name and a surname ("American Taylor Dent"; not "American Express") or an owner's
    possessive before a name made like a person's ("Munster's Shaun Payne", an outlet's "Fox News’ Ann Hale"; not
    "Real's Harmony"): that name, a PERSON entity of its own. Other entities are returned as they are."""
    tokens = paragraph.tokens
    if entity.label not in ("ORG", "GPE", "LOC", "NORP") or entity.end - entity.start < 2:
        return entity
    first = tokens[entity.start]
    mark = next((i for i in range(entity.start + 1, entity.end - 1)
                 if tokens[i].tag == "POS" or outlets_apostrophe(tokens, i)), None)
    start = None
    if mark is not None:
        tail = paragraph.text[tokens[mark + 1].idx:entity.end_char]
        owner = tokens[mark - 1]
        start = mark + 1 if made_like_a_persons_name(tail) and (
            owner.tag == "NNP" and tokens[mark].text in ("'s", "’s") or outlets_apostrophe(tokens, mark)) \
            else None  # not a plural's "Lawyers' Christian Fellowship"
    elif first.text.lower() in NAME_NOUNS or first.text in NATIONALITY_NOUNS:
        start = entity.start + 1
    elif first.text in demonyms() and entity.end - entity.start >= 3 and is_first_name(tokens[entity.start + 1].text):
        start = entity.start + 1
    words = tokens[start:entity.end] if start is not None else []
    if not words or len(words) > 3 or not all(NAME_WORD.fullmatch(t.text) for t in words) or \
            words[-1].text in ORGANISATION_HEADS | CLUB_HEADS or \
            is_geographic(paragraph.text[words[0].idx:entity.end_char]):
        return entity
    return Entity(start, entity.end, "PERSON", paragraph.text[words[0].idx:entity.end_char], words[0].idx,
                  entity.end_char)


def outlets_apostrophe(tokens: Sequence[Token], i: int) -> bool:
    """Whether token `i` is the bare apostrophe of a news outlet's possessive ("Fox News’ Ann Hale", "the Times'
    editor"): after a word of an outlet's kind ending in "s" (MEDIA_WORDS), which the tagger may read as a closing
    quotation mark."""
    return i > 0 and tokens[i].text in ("'", "’") and tokens[i - 1].text.endswith("s") and \
        tokens[i - 1].text.lower() in MEDIA_WORDS


def person_after_an_honorific(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """"during his speech at GDC Mr Allard, who heads …", "In Tanzania Mr Brown said": an entity the NER ran on
    from a word before a plain honorific (PLAIN_HONORIFICS) into the surname after it (and its possessive:
    "Analysing Mr Brown's budget"), with no comma between them, is the person from the honorific on, a PERSON
    entity of their own; not a couple's "Mr & Mrs Smith". Other entities are returned as they are."""
    tokens = paragraph.tokens
    inner = next((i for i in range(entity.start + 1, entity.end - 1)
                  if tokens[i].text.rstrip(".") in PLAIN_HONORIFICS), None)
    if inner is None or tokens[inner - 1].text.lower() in ("&", "and") or \
            tokens[inner - 1].text.rstrip(".") in PLAIN_HONORIFICS:
        return entity
    end = entity.end - 1 if tokens[entity.end - 1].tag == "POS" else entity.end  # "Analysing Mr Brown's budget"
    words = tokens[inner + 1:end]
    if not 1 <= len(words) <= 2 or not all(NAME_WORD.fullmatch(t.text) for t in words):
        return entity
    return span_entity(paragraph, inner, end, "PERSON")


def person_after_a_post(paragraph: ParsedParagraph, entity: Entity) -> Entity:
    """The person named at the end of an entity of another label after a post ("Ontario Premier Doug Ford", which
    the NER takes for a work's title right after a quotation): a title word, then a first name and one or two more
    words made like a name, a PERSON entity of their own. Other entities are returned as they are."""
    tokens = paragraph.tokens
    if entity.label == "PERSON":
        return entity
    post = next((i for i in range(entity.start, entity.end - 2) if is_title_word(tokens[i].text)), None)
    words = tokens[post + 1:entity.end] if post is not None else []
    if not 2 <= len(words) <= 3 or not is_first_name(words[0].text) or \
            not all(NAME_WORD.fullmatch(t.text) for t in words) or \
            words[-1].text in ORGANISATION_HEADS | CLUB_HEADS | VENUE_HEADS | COMPETITION_HEADS | AWARD_HEADS or \
            is_geographic(paragraph.text[words[0].idx:entity.end_char]):
        return entity  # "Prince Charles Hospital", "King George Island": a place or a body named after someone
    return span_entity(paragraph, post + 1, entity.end, "PERSON")


def split_at_a_conjunction(paragraph: ParsedParagraph, entity: Entity) -> list[Entity]:
    """"Laurent Cabannes and Laurent Benezech" tagged one ORG: an entity that "and" or commas divide into parts
    each made like a person's name (`made_like_a_persons_name`) is those people, a PERSON entity each."""
    tokens = paragraph.tokens
    cuts = [i for i in range(entity.start + 1, entity.end - 1) if tokens[i].text in ("and", ",")]
    if not cuts:
        return [entity]
    parts = [(start, end) for start, end in zip([entity.start, *(i + 1 for i in cuts)], [*cuts, entity.end])]
    texts = [paragraph.text[tokens[start].idx:tokens[end - 1].idx + len(tokens[end - 1].text)]
             for start, end in parts if start < end]
    if len(texts) < len(parts) or not all(made_like_a_persons_name(text) for text in texts):
        return [entity]
    return [Entity(start, end, "PERSON", text, tokens[start].idx, tokens[start].idx + len(text))
            for (start, end), text in zip(parts, texts)]


NOT_A_LISTED_NAME = COMPANY_SUFFIXES | frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def split_a_list(paragraph: ParsedParagraph, entity: Entity) -> list[Entity]:
    """"Blur, Oasis and Pulp", "Czech Republic, South Africa", "Dyer, Faye, Bowyer": names a list's commas (and
    its last "and") divide, which the NER took as one, are one entity each (with its label). Not a name whose own
    words hold a comma: one with "of" before it ("Ministry of Economy, Trade and Industry"), a company's suffix or "Jr." after it."""
    tokens = paragraph.tokens
    cuts = [i for i in range(entity.start + 1, entity.end - 1) if tokens[i].text == ","]
    if not cuts or any(t.text == "of" for t in tokens[entity.start:cuts[0]]):
        return [entity]
    first = entity.start + (tokens[entity.start].text.lower() == "the")  # "the Czech Republic, South Africa"
    cuts += [i for i in range(cuts[-1] + 2, entity.end - 1) if tokens[i].text == "and"][:1]  # "…, Oasis and Pulp"
    parts = list(zip([first, *(i + 1 for i in cuts)], [*cuts, entity.end]))
    if any(start >= end or not tokens[start].text[:1].isupper() for start, end in parts):
        return [entity]
    listed = [span_entity(paragraph, start, end, entity.label) for start, end in parts]
    if any(part.text in NOT_A_LISTED_NAME for part in listed):
        return [entity]
    if entity.label in ("PERSON", "ORG") and all(part.end - part.start == 1 for part in listed):
        return [entity]  # "James, Mills, Distin": a line-up's surnames, whose type the line-up rules read, not the NER
    return listed


def has_honorific(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"Mr Ebbers", "Dr. Fauci": an honorific just before the entity or as its first word."""
    tokens = paragraph.tokens
    return (is_honorific(tokens[entity.start]) and entity.end - entity.start > 1) or \
        (entity.start > 0 and is_honorific(tokens[entity.start - 1]))


def is_honorific(token: Token) -> bool:
    """"Mr", "Dr.", "MISS": an honorific is capitalised ("I miss the Champions League" has none)."""
    return token.text[:1].isupper() and token.text.lower().rstrip(".") in HONORIFICS


def is_title_part(paragraph: ParsedParagraph, entity: Entity) -> bool:
    """"State" in "Secretary of State Marco Rubio", "Home" in "Home Secretary David Blunkett": a word of a
    title, not an actor."""
    tokens = paragraph.tokens
    if entity.end - entity.start == 1 and entity.end < len(tokens) and tokens[entity.end].text == "Secretary" \
            and not entity.text.isupper():
        return True  # "the Home Secretary", "Foreign Secretary": a post (but "UN Secretary-General")
    if entity.end - entity.start == 1 and entity.end < len(tokens) and tokens[entity.end].text == "Minister" and \
            not entity.text.isupper() and not is_geographic(entity.text) and entity.text not in demonyms():
        return True  # "Defence Minister Bill Blair": his department (but "Ontario Minister", "EU Minister")
    if entity.start < 2 or entity.end >= len(tokens) or tokens[entity.start - 1].text != "of":
        return False
    title = tokens[entity.start - 2].text.lower()
    return title in TITLE_WORDS and tokens[entity.end].ent_type == "PERSON"


def names_a_body(name: str) -> bool:
    """Whether a name is a body's that no news outlet's name is like: it ends with a word of bodies' names
    (ORGANISATION_HEADS: Department, Office, Committee, Agency …) or is, or ends with, one of the bodies known by
    one word (INSTITUTIONS: "Congress", "the Scottish Parliament", "the House")."""
    last = name.split()[-1]
    return (last in ORGANISATION_HEADS or last in INSTITUTIONS) and not named_as_an_outlet(name)


def named_as_an_outlet(name: str) -> bool:
    """Whether a name ends with a word of news outlets' names (MEDIA_WORDS: "NBC News", "Xinhua News Agency"; "the
    Child Support Agency" is no outlet), or with one and a station's number ("BBC Radio 1", "Channel 4")."""
    words = [w.lower() for w in re.split(r"[\s-]", name)]
    if len(words) > 1 and words[-1].isdigit():
        words.pop()
    return words[-1] in MEDIA_WORDS and (words[-1] != "agency" or words[-2:-1] in (["news"], ["press"]))


def is_media(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """A news outlet, by its name ("NBC News") or by what the sentence says it does ("told TASS")."""
    if mention.type != "organisation":
        return False
    return named_as_an_outlet(mention.name) or does_what_outlets_do(paragraph, mention) or \
        introduced_as_an_outlet(paragraph, mention)


def introduced_as_an_outlet(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether the sentence introduces a name as a news outlet's: a noun of an outlet's kind in lower case (not
    "Channel 4" after a show) right before it (OUTLET_NOUNS: "Spanish daily ABC", "the tabloid Bild"; not "the weekly
    GOP Power Rankings") or set off after it (OUTLET_NOUNS_SET_OFF: "the Courier, a weekly newspaper"), "magazine",
    "newspaper" or "tabloid" right after it ("Broadcast magazine said"), or words of its opinion it owns or is
    named in, in lower case ("the Ledger's editorial board", "the editors of the Ledger", "a Ledger editorial"; not
    "Jo Hale is Senior Editor"); not "a Treasury paper", "the Apple website"."""
    tokens = mention_tokens(paragraph, mention)
    if not tokens:
        return False
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head not in inside), tokens[-1])
    if any(t.text.islower() and t.tag != "NNS" and
           (t.dep in ("amod", "compound", "nmod") and t.i == tokens[0].i - 1 and t.lemma in OUTLET_NOUNS or
            t.dep == "appos" and t.i > head.i and t.lemma in OUTLET_NOUNS_SET_OFF) for t in paragraph.dependents(head)):
        return True
    owner = paragraph.tokens[head.head]
    if head.dep == "pobj" and owner.text.lower() in ("of", "in"):
        owner = paragraph.tokens[owner.head]
    elif head.dep == "compound" and owner.lemma.lower() in OUTLET_NOUNS_AFTER:
        return True
    elif head.dep not in ("poss", "compound"):
        return False
    return owner.text.islower() and (owner.lemma in EDITORIAL_WORDS or any(
        t.dep in ("amod", "compound") and t.lemma == "editorial" for t in paragraph.dependents(owner)))


def writes_the_article(parsed: ParsedArticle, name: str) -> bool:
    """Whether a name is an author's of the article, or the surname of one ("Hale reported from Leeds" of an
    article by Ann Hale): a reporter, no outlet."""
    return any(author == name or author.split()[-1:] == [name] for author in parsed.article.authors)


def does_what_outlets_do(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether the sentence says a mention does what a news outlet does: "told TASS", "Reuters reported (that …)",
    "Xinhua news agency"; not "GM reported a loss"."""
    tokens = mention_tokens(paragraph, mention)
    if not tokens:
        return False
    head = max(tokens, key=lambda t: t.head not in {x.i for x in tokens})
    verb = paragraph.tokens[head.head]
    after = paragraph.tokens[tokens[-1].i + 1:tokens[-1].i + 3]
    # "Reuters reported (that …)" is an outlet; "GM reported a loss", "Labour published its plans" are not
    has_object = any(t.dep == "dobj" for t in paragraph.dependents(verb))
    return (head.dep == "dobj" and verb.lemma in MEDIA_OBJECT_VERBS) or \
        (head.dep == "nsubj" and verb.lemma in MEDIA_SUBJECT_VERBS and not has_object) or \
        [t.text.lower() for t in after] == ["news", "agency"]


def missed_mentions(parsed: ParsedArticle, mentions: Sequence[Mention], lower_words: Set[str]) -> list[Mention]:
    """A person's surname the NER recognised once is recognised wherever else the article writes it,
    and so is a name after an honorific ("Mr Ebbers").

    The small model misses names in some sentences ("Trump himself struck a note", tagged a verb);
    only capitalised tokens outside other entities count, and a sentence's first word only when the
    article never writes that word in lower case (`lower_words`: "May" the month or modal verb is not Theresa
    May).
    """
    surnames = {surname(m.name): m for m in mentions
                if m.type == "person" and sum(ch.isalpha() for ch in surname(m.name)) >= 2}
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    found = []
    for paragraph in parsed.paragraphs:
        starts = {start for start, _ in paragraph.sents}
        for token in paragraph.tokens:
            known = surnames.get(token.text)
            if known is None and after_honorific(paragraph, token):
                known = token  # "Mr Ebbers" names a person even where the NER saw nothing
            if known is None or (paragraph.index, token.idx) in covered or token.ent_type not in ("", "NORP") and \
                    first_name_before(paragraph, token, covered, lower_words) is None:
                continue
            if token.i in starts and token.pos != "PROPN" and token.text.lower() in lower_words:
                continue
            end = honorific_name_end(paragraph, token) if known is token else token.i + 1
            text = paragraph.text[token.idx:paragraph.tokens[end - 1].idx + len(paragraph.tokens[end - 1].text)]
            found.append(Mention(paragraph=paragraph.index, start=token.idx, end=token.idx + len(text),
                                 text=text, name=text, label="PERSON", type="person"))
    return found


# Labels the small model gives a first name it does not know as a person's ("Ivanka Pelham" a product).
MISREAD_NAME_LABELS = frozenset({"", "NORP", "PRODUCT", "WORK_OF_ART"})
# Ranks of the peerage, some of them first names too ("Baron Kinnock" is Neil Kinnock).
PEERAGE_TITLES = frozenset("baron baroness viscount viscountess earl countess count duke duchess marquess marquis".split())
NOT_FIRST_NAMES = TITLE_WORDS | ROLE_HEADS | PEERAGE_TITLES  # "Justice", "Queen", "Baron" before a surname


def with_first_names_the_ner_cut(parsed: ParsedArticle, mentions: Sequence[Mention], lower_words: Set[str]
                                 ) -> list[Mention]:
    """A person's one-word name right after a first name that no other name covers takes it: "Ivanka
    Pelham" where the NER tagged "Pelham" alone (or nothing, or a product), in an article that names
    "Oscar Pelham", names her, not him. A first name the article also writes in lower case ("Will Pelham
    win?", `lower_words`: the words it writes in lower case) is no name."""
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    extended = []
    for mention in mentions:
        first = None
        if mention.type == "person" and " " not in mention.name:
            paragraph = parsed.paragraphs[mention.paragraph]
            at = bisect_left(paragraph.token_starts, mention.start)  # the token the mention starts at, if one does
            if at < len(paragraph.tokens) and paragraph.tokens[at].idx == mention.start:
                first = first_name_before(paragraph, paragraph.tokens[at], covered, lower_words)
        if first is not None:
            mention = replace(mention, start=first.idx, text=paragraph.text[first.idx:mention.end],
                              name=f"{first.text} {mention.name}")
        extended.append(mention)
    return extended


def first_name_before(paragraph: ParsedParagraph, token: Token, covered: set[tuple[int, int]],
                      lower_words: Set[str]) -> Token | None:
    """The first name written right before `token`, when no mention covers it and the NER saw in it, and in
    `token`, at most a product or a work (`MISREAD_NAME_LABELS`). A title is no first name ("Justice Pelham",
    "Queen Ivanka", "Baron Pelham"); a name that goes on after `token` ("Ivanka Pelham School"), or whose last
    word the article also writes in lower case ("Andrew High" of "high school"), is another name."""
    before = paragraph.tokens[token.i - 1] if token.i else None
    after = paragraph.tokens[token.i + 1] if token.i + 1 < len(paragraph.tokens) else None
    if before is None or (paragraph.index, before.idx) in covered or before.ent_type not in MISREAD_NAME_LABELS \
            or token.ent_type not in MISREAD_NAME_LABELS | {"PERSON"} or before.tag != "NNP" \
            or not NAME_WORD.fullmatch(before.text) or not is_first_name(before.text) \
            or before.text.lower() in lower_words or before.text.lower() in NOT_FIRST_NAMES \
            or token.text.lower() in lower_words \
            or after is not None and NAME_WORD.fullmatch(after.text):
        return None
    return before


# Nouns of a post that, in apposition to a name or after "is"/"was", say the name is a person's
# ("Iggy Fanlo, chief revenue officer at …", "Piers Freelove is senior benefit officer").
POSTS = ROLE_HEADS | frozenset("""
officer analyst economist head founder professor lecturer researcher campaigner agent organiser coordinator
correspondent reporter consultant adviser advisor lawyer solicitor barrister partner owner trader strategist
vice-president deputy mp candidate
""".split())
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")


def unlabelled_people(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """A first name and a capitalised word outside entities that a post describes, before it ("Boss Graeme
    Souness"), in apposition or after "is"/"was" ("Theresa May, shadow secretary for the family, told …",
    where the NER saw the month), or that stand in a list beside a person's name ("Annette Bening and Ana
    Geislerova"): a person the NER missed."""
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    found = []
    for paragraph in parsed.paragraphs:
        tokens = paragraph.tokens
        for first, last in zip(tokens, tokens[1:]):
            if not (NAME_WORD.fullmatch(first.text) and NAME_WORD.fullmatch(last.text) and is_first_name(first.text)
                    and first.ent_type in ("", "DATE") and last.ent_type in ("", "DATE")
                    and last.tag == "NNP" and not is_geographic(last.text)  # not "Star Wars"
                    and (paragraph.index, first.idx) not in covered and (paragraph.index, last.idx) not in covered):
                continue
            before = tokens[first.i - 1] if first.i else None
            post_before = before is not None and (before.lemma.lower() in POSTS | NAME_NOUNS or
                                                  role_opening_sentence(paragraph, before))
            if before is not None and before.text[:1].isupper() and not post_before or \
                    last.i + 1 < len(tokens) and tokens[last.i + 1].text[:1].isupper():
                continue  # a longer name's words, not a person's two
            if post_before or described_by_a_post(tokens, last.i + 1) or \
                    coordinated_with_a_person(tokens, first.i, last.i + 1):
                end = last.idx + len(last.text)
                found.append(Mention(paragraph=paragraph.index, start=first.idx, end=end,
                                     text=paragraph.text[first.idx:end], name=paragraph.text[first.idx:end],
                                     label="PERSON", type="person"))
    return found


def role_opening_sentence(paragraph: ParsedParagraph, token: Token) -> bool:
    """"Commuter Isabelle Girard said": a sentence's first word, capitalised there, that is a noun of what a person
    is or does ("commuter", "resident", "shopper"), so that the first name and surname after it are a person's."""
    return token.i in {start for start, _ in paragraph.sents} and token.pos in ("NOUN", "PROPN") and \
        token.text[1:].islower() and is_person_noun(token)


def with_partners_surnames(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """A first name alone before "and" and another person's full name is the first name of someone of that surname
    ("Tomas and Greta Lindqvist": Tomas Lindqvist), not a person of that name, nor the surname of a namesake the
    digest names elsewhere ("Tomas" of a "Peter Tomas"). Not a word the article gives a full name as its surname
    ("Lindqvist and Greta Olsen" where it names Tomas Lindqvist): that word is a surname used alone; nor initials
    ("JFK and Greta Olsen"), nor a word the article writes elsewhere but before that surname ("Hale and Greta
    Olsen" of an article writing "Mr. Hale" or "Ben Hale"): that is a surname or a first name standing for someone
    on its own; nor the last of a list of names ("Kai Moss, Lulu and Greta Olsen"): the list names one person each.
    """
    surnames = {m.name.split()[-1] for m in mentions if m.type == "person" and " " in m.name}
    text = "\n".join(p.text for p in parsed.paragraphs)
    following = {(m.paragraph, m.start): m for m in mentions if m.type == "person"}
    ends = defaultdict(list)  # paragraph -> where its mentions end, for a name listed after another's comma
    for m in mentions:
        ends[m.paragraph].append(m.end)
    result = []
    for m in mentions:
        if m.type == "person" and " " not in m.name and m.name not in surnames and is_first_name(m.name) and \
                not INITIALS.fullmatch(m.name):
            paragraph = parsed.paragraphs[m.paragraph].text
            gap = re.match(r" (?:and|&) ", paragraph[m.end:])
            listed = any(paragraph[end:m.start] == ", " for end in ends.get(m.paragraph, ()))
            partner = following.get((m.paragraph, m.end + gap.end())) if gap and not listed else None
            surname = partner.name.split()[-1] if partner is not None and " " in partner.name else None
            if surname and surname != m.name and is_first_name(partner.name.split()[0]) and \
                    not re.search(rf"\b{re.escape(m.name)}\b(?! (?:and|&) | {re.escape(surname)}\b)", text):
                m = replace(m, name=f"{m.name} {surname}")
        result.append(m)
    return result


# What comes between a person's full name and another name the person goes by: "Ana Pop, also known as Cobra",
# "Ana Pop, the hacker known as “Cobra,”", "Ana Pop (nicknamed Cobra)"; and before the full name: "Cobra, whose real
# name is Ana Pop".
ALIAS_AFTER_NAME = re.compile(r"(?:,|\s\()\s*(?:(?:also|better|popularly|widely|commonly)\s+)?"
                              r"(?:(?:the|a)\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?"
                              r"(?:known\s+as|nicknamed|dubbed)\s+[“\"‘']?")
ALIAS_BEFORE_NAME = re.compile(r"[”\"’']?,\s+whose\s+real\s+name\s+is\s+")
ALIAS = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=[”\"’',;:)!?]|\.?$|\.\s)")  # the whole phrase


def people_by_another_name(parsed: ParsedArticle, mentions: Sequence[Mention],
                           lower_words: frozenset[str]) -> list[Mention]:
    """Every mention of a name the article gives as another name of a person it names in full ("Ana Pop, the
    hacker known as “Cobra,”", "Cobra, whose real name is Ana Pop": `other_names`) is that person's, and so is every
    writing of that name outside the NER's mentions ("Cobra said")."""
    aliases = other_names(parsed, mentions, lower_words)
    if not aliases:
        return list(mentions)
    result = [replace(m, name=aliases[m.name], type="person", label="PERSON") if m.name in aliases else m
              for m in mentions]
    named = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}  # characters the NER named
    result += written_outside(parsed, aliases, named, "person")
    return sorted(result, key=lambda m: (m.paragraph, m.start))


def written_outside(parsed: ParsedArticle, forms: Mapping[str, str], covered: Set[tuple[int, int]],
                    type_: ActorType) -> list[Mention]:
    """Every writing of each form (form -> the name it is of) as a word of its own outside the characters `covered`
    ((paragraph, offset) pairs: the mentions found so far), as a mention of that name, by paragraph and form."""
    label = "PERSON" if type_ == "person" else "ORG"
    found = []
    for paragraph in parsed.paragraphs:
        for form, name in forms.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", paragraph.text):
                if not any((paragraph.index, i) in covered for i in range(match.start(), match.end())):
                    found.append(Mention(paragraph=paragraph.index, start=match.start(), end=match.end(), text=form,
                                         name=name, label=label, type=type_))
    return found


def other_names(parsed: ParsedArticle, mentions: Sequence[Mention], lower_words: frozenset[str]) -> dict[str, str]:
    """Each other name the article gives one person it names in full (`other_name_written_with`) -> that full name;
    not a name of one word the article also writes in lower case, nor a place, nor one of the person's own names,
    nor a name given to two people."""
    given: dict[str, set[str]] = {}
    for person in (m for m in mentions if m.type == "person" and len(m.name.split()) >= 2):
        alias = other_name_written_with(parsed.paragraphs[person.paragraph], person, mentions)
        if alias and alias not in person.name.split() and alias != person.name and \
                not (" " not in alias and alias.lower() in lower_words) and not is_geographic(alias):
            given.setdefault(alias, set()).add(person.name)
    return {alias: names.pop() for alias, names in given.items() if len(names) == 1}


def other_name_written_with(paragraph: ParsedParagraph, person: Mention, mentions: Sequence[Mention]) -> str | None:
    """The other name written right after a person's full name (`ALIAS_AFTER_NAME`, the whole phrase: `ALIAS`), or
    the mention right before it with ", whose real name is" (`ALIAS_BEFORE_NAME`); None after a pair ("Ann Mo and
    Ben Li, known as Ann and Ben": whose is whose is not said)."""
    if re.search(r"\s(?:and|&)\s+$", paragraph.text[:person.start]):
        return None
    cue = ALIAS_AFTER_NAME.match(paragraph.text, person.end)
    alias = ALIAS.match(paragraph.text, cue.end()) if cue else None
    if alias is not None:
        return alias.group().rstrip(".")
    before = [m for m in mentions if m.paragraph == paragraph.index and m.end <= person.start and
              ALIAS_BEFORE_NAME.fullmatch(paragraph.text, m.end, person.start)]
    return before[-1].text if before else None


def stage_names(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """One capitalised proper noun outside entities right after a noun of what a person does (NAME_NOUNS: "R&B
    star Usher", "rapper Eminem"), not a sentence's first word nor followed by another capitalised word: a
    person the NER missed, named by one name as performers are."""
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    found = []
    for paragraph in parsed.paragraphs:
        tokens, starts = paragraph.tokens, {start for start, _ in paragraph.sents}
        for noun, name in zip(tokens, tokens[1:]):
            after = tokens[name.i + 1] if name.i + 1 < len(tokens) else None
            if noun.pos == "NOUN" and noun.text.islower() and noun.lemma in NAME_NOUNS and name.pos == "PROPN" \
                    and NAME_WORD.fullmatch(name.text) and name.ent_type == "" and name.i not in starts \
                    and (paragraph.index, name.idx) not in covered and name.text.lower() not in TITLE_WORDS \
                    and not (after and (after.text[:1].isupper() or after.text in DASHES and not name.ws)) \
                    and not is_geographic(name.text):  # not "spokesman Lieutenant-Colonel Max Marriner"
                found.append(Mention(paragraph=paragraph.index, start=name.idx, end=name.idx + len(name.text),
                                     text=name.text, name=name.text, label="PERSON", type="person"))
    return found


HEADLINE_CAPITALS_SHARE = 0.7  # of a line's words of four letters or more, capitalised: a headline in title case


def with_headline_runs_cut(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A person's name the NER ran into the next words of a headline written in title case ("Vera Hale Slams Ivo
    Olsen", "Hale Wins Vote") is cut to the full name, or the surname, the article names her by elsewhere ("Vera
    Hale", "Hale"); a name ending with a generation ("Ivo Olsen Jr."), or outside such a headline, stays as it is."""
    named = {m.name for m in mentions if m.type == "person" and len(m.name.split()) >= 2}
    longest_first = sorted(named | {name.split()[-1] for name in named}, key=lambda name: (-len(name), name))
    result = []
    for mention in mentions:
        words = mention.name.split()
        prefix = next((name for name in longest_first  # the longest: "Vera Hale", not "Vera"
                       if mention.name.startswith(name + " ") and name in mention.text), None) \
            if mention.type == "person" and len(words) > 2 else None
        rest = mention.name[len(prefix):].split() if prefix else []
        if prefix and not any(word in GENERATIONAL_SUFFIXES for word in rest) and \
                in_a_headline(parsed.paragraphs[mention.paragraph].text):
            end = mention.text.index(prefix) + len(prefix)
            mention = replace(mention, end=mention.start + end, text=mention.text[:end], name=prefix)
        result.append(mention)
    return with_headline_words_cut_before_names(parsed, result)


def with_headline_words_cut_before_names(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A word of the headline the body opens with, run by the NER into the person's name after it ("Senator
    Endorsed Hale, …": "Endorsed Hale"), is cut off, leaving the name the article gives the person outside
    title-case lines ("Hale", or the surname of "Tom Hale"), when the word is no first name and the whole run
    is written nowhere else. Only the opening line: a sentence or a fixture written in capitals further on
    ("The party of Prescott Bush, George Bush and …") holds names as written."""
    headlines = {index for index in {m.paragraph for m in mentions} if in_a_headline(parsed.paragraphs[index].text)}
    if 0 not in headlines:
        return mentions
    elsewhere = {m.name for m in mentions if m.type == "person" and m.paragraph not in headlines}
    given = elsewhere | {name.split()[-1] for name in elsewhere}
    result = []
    for mention in mentions:
        words = mention.name.split()
        rest = " ".join(words[1:])
        run_in = len(words) >= 2 and rest in given and mention.name not in elsewhere and mention.text.endswith(rest)
        if mention.paragraph == 0 and mention.type == "person" and run_in and not is_first_name(words[0]) and \
                words[0].lower() not in NOT_FIRST_NAMES:
            mention = replace(mention, start=mention.end - len(rest), text=rest, name=rest)
        result.append(mention)
    return result


@lru_cache(maxsize=1024)
def in_a_headline(text: str) -> bool:
    """Whether a paragraph is a headline in title case: HEADLINE_CAPITALS_SHARE of its words of four letters or
    more capitalised, three of them at least."""
    words = [word for word in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if len(word) >= 4]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= HEADLINE_CAPITALS_SHARE * len(words)


def with_numbered_names(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A number and one capitalised word, no longer name around them and no date ("50 Cent", tagged an amount of
    money or a CARDINAL and an ORG "Cent"), written as someone is, the subject of a verb ("50 Cent said"), the
    owner of something ("50 Cent's rivals") or before "who"/"whose": a stage name, a person, in place of what
    the NER found on its words. Amounts are written with a unit in lower case ("50 cents") and say nothing."""
    found = []
    for paragraph in parsed.paragraphs:
        tokens = paragraph.tokens
        for number, word in zip(tokens, tokens[1:]):
            before = tokens[number.i - 1] if number.i else None
            after = tokens[word.i + 1] if word.i + 1 < len(tokens) else None
            if not (number.text.isdigit() and number.ws == " " and NAME_WORD.fullmatch(word.text)) or \
                    number.dep != "nummod" or number.head != word.i or word.tag == "NNPS" or \
                    word.text in ORGANISATION_HEADS or before is not None and before.tag == "$" or \
                    word.ent_type in ("DATE", "TIME") or number.ent_type in ("DATE", "TIME") or \
                    before is not None and (before.text[:1].isupper() or before.text.isdigit()) or \
                    after is not None and (after.text[:1].isupper() or after.text in DASHES) or \
                    is_geographic(word.text):
                continue  # "5 May", "10 Downing Street", "Charlton 2 0 Birmingham", "19 Management", "$499 Mac"
            owner = after is not None and after.text in ("'s", "’s", "'", "’")
            who = after is not None and after.text == "," and word.i + 2 < len(tokens) and \
                tokens[word.i + 2].text.lower() in ("who", "whose")
            subject = any(t.dep in SUBJECT_DEPS and tokens[t.head].pos in ("VERB", "AUX") for t in (number, word))
            if owner or who or subject:
                end = word.idx + len(word.text)
                found.append(Mention(paragraph=paragraph.index, start=number.idx, end=end,
                                     text=paragraph.text[number.idx:end], name=paragraph.text[number.idx:end],
                                     label="", type="person"))
    return in_place_of(mentions, found)


# What befalls only people: a name that is its subject is someone's ("Tupac Shakur was shot dead in 1996").
LIFE_VERBS = frozenset("die kill shoot murder stab marry divorce bear arrest jail imprison sentence".split())


def subjects_of_lives(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """Two or three capitalised proper nouns outside entities (the NER missed them) that are the subject of a
    verb of what befalls only people (LIFE_VERBS: "Tupac Shakur was shot dead"): a person."""
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    found = []
    for paragraph in parsed.paragraphs:
        tokens = paragraph.tokens
        for token in tokens:
            if token.dep not in SUBJECT_DEPS or tokens[token.head].lemma not in LIFE_VERBS:
                continue
            words = [t for t in paragraph.dependents(token) if t.dep == "compound" and t.i < token.i] + [token]
            if not 2 <= len(words) <= 3 or words[-1].i - words[0].i != len(words) - 1 or not all(
                    t.pos == "PROPN" and t.ent_type == "" and NAME_WORD.fullmatch(t.text) and
                    (paragraph.index, t.idx) not in covered for t in words):
                continue
            end = token.idx + len(token.text)
            found.append(Mention(paragraph=paragraph.index, start=words[0].idx, end=end,
                                 text=paragraph.text[words[0].idx:end], name=paragraph.text[words[0].idx:end],
                                 label="PERSON", type="person"))
    return found


def coordinated_with_a_person(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words from `start` to `end` stand in a list beside a name the NER tagged PERSON
    ("Annette Bening and Ana Geislerova", "Ana Geislerova and Annette Bening")."""
    after = tokens[end:end + 2]
    before = tokens[max(start - 2, 0):start]
    return len(after) == 2 and after[0].text in COORDINATORS and after[1].ent_type == "PERSON" or \
        len(before) == 2 and before[1].text in COORDINATORS and before[0].ent_type == "PERSON"


def described_by_a_post(tokens: Sequence[Token], after: int) -> bool:
    """Whether the words from `after` are ", [a] post …" or "is|was [a] post" (see POSTS), up to the
    next punctuation."""
    if after >= len(tokens) or tokens[after].text not in (",", "is", "was"):
        return False
    for token in tokens[after + 1:after + 7]:
        if token.pos == "PUNCT" or token.pos in ("VERB", "AUX"):
            return False
        if token.pos == "NOUN" and token.lemma.lower() in POSTS:
            return True
    return False


def honorific_name_end(paragraph: ParsedParagraph, token: Token) -> int:
    """Where a name after an honorific ends: "Dame Judi Dench" is Judi Dench, not "Judi". It runs on over
    capitalised proper nouns outside other entities (three words at most), never over a verb ("Mr Blair
    Said", a headline's) or a sentence's end."""
    tokens, starts = paragraph.tokens, {start for start, _ in paragraph.sents}
    end = token.i + 1
    while end < len(tokens) and end - token.i < 3 and end not in starts and tokens[end].pos == "PROPN" \
            and tokens[end].text[:1].isupper() and tokens[end].text.isalpha() and tokens[end].ent_type in ("", "PERSON") \
            and not tokens[end - 1].ws == "":
        end += 1
    return end


def after_honorific(paragraph: ParsedParagraph, token: Token) -> bool:
    """"Mr Ebbers": a capitalised word after an honorific, unless it is a title ("Mr Justice Eady")."""
    return token.i > 0 and is_honorific(paragraph.tokens[token.i - 1]) and token.text[:1].isupper() \
        and token.text.isalpha() and token.text.lower() not in TITLE_WORDS


INITIAL_AND_SURNAME = re.compile(r"[A-Z]\.? [A-Z][a-z]*[A-Z'’]?[a-z]+(?:-[A-Z][a-z]+)?")  # "H Ellis", "B O'Driscoll"


def is_initialled_before_a_bracket(text: str, name: str) -> bool:
    """Whether an entity is an initial and a surname run into a bracket it never closes ("H Ellis (Leicester",
    "K Holmes (Ealing, Southall": a line-up's player and club), which names the player, not the club."""
    return "(" in text and ")" not in text and bool(INITIAL_AND_SURNAME.fullmatch(name))


def trimmed_span(entity: Entity) -> tuple[int, int]:
    """The entity's characters without a leading "the", a trailing possessive, or a bracket the NER opened and
    never closed with what follows it ("Institute for Fiscal Studies (IFS", "H Ellis (Leicester": the name
    before it, which the reader sees as the actor's other name)."""
    text = entity.text
    start, end = entity.start_char, entity.end_char
    lead = re.match(r"(?i)the\s+", text)
    if lead:
        start += lead.end()
    tail = POSSESSIVE.search(text)
    if tail and tail.start() > 0:
        end -= len(tail.group())
    opened = text.find("(")
    if opened > 0 and ")" not in text and text[:opened].strip():
        end = min(end, entity.start_char + len(text[:opened].rstrip()))
    return start, end


# Months that open no organisation's name ("May Department Stores", "March of Dimes": those two are left out).
MONTH_WORDS = frozenset("""
january february april june july august september october november december
jan feb apr jun jul aug sep sept oct nov dec
""".split())


@lru_cache(maxsize=65536)
def clean_name(text: str, type_: ActorType) -> str:
    """The name as an identity: no brackets, possessive, leading article ("the", any case; "a" or "an", lower-case,
    of an organisation), (for people) title or (for others) lower-case words after it; empty for what is no name
    ("congress", "GERMANY - Bunds")."""
    name = html.unescape(text).replace("[", "").replace("]", "")  # "Blair&#191;s": an entity left in the text
    name = POSSESSIVE.sub("", name.strip())
    name = re.sub(r"(?i)^the\s+", "", name)
    if type_ == "organisation":  # "a Republican Party": the article, lower-case ("An Post" is a name)
        name = re.sub(r"^an?\s+", "", name)  # not a place's nor a person's ("won a Golden Globe", tagged a place)
    if "(" in name and ")" not in name:
        name = name[:name.index("(")]  # "National League for Democracy (NLD": the name before the bracket
    if " - " in name:
        return ""  # "GERMANY - Bunds": a headline's section and subject, not a name
    words = name.split()
    if type_ == "person":
        while len(words) > 1 and (is_title_word(words[0]) or words[0] in demonyms() or
                                  opens_with_a_role(words) or affiliation_before_a_name(words)):
            words = words[affiliation_before_a_name(words) or 1:]  # "Prime Minister Tony Blair", "Kenyan Susan
            # Chepkemei", "Novelist Andrea Levy", "Lib Dem MP Lembit Opik": who the person is
        while len(words) > 1 and words[-1] in POST_NOMINALS:
            words = words[:-1]  # "Guy Hale QC": his post
        if words and all(w.rstrip(",") in GENERATIONAL_SUFFIXES for w in words):
            return ""  # "Jr" cut off "Bruce L Castor Jr" by the NER: no one's name
    else:
        while words and words[-1].isalpha() and words[-1].islower():
            words = words[:-1]  # "Interfax news agency": what it is follows the name; "congress": no name
        if words and words[0][:3].lower() == "ex-" and words[0][3:4].isupper():
            words = [words[0][3:], *words[1:]]  # "Ex-Labour leader Neil Kinnock": the party he led
        if len(words) > 1 and words[0].lower().rstrip(".") in MONTH_WORDS:
            words = words[1:]  # "August Chicago NAPM": the month of a figure the NER ran into the name
        cut = next((i for i, w in enumerate(words[:-1]) if w in COMPANY_SUFFIXES and words[i + 1] == "of"), None)
        if cut is not None:
            words = words[:cut + 1]  # "Daniels Pharmaceuticals Inc of St. Petersburg": the firm, then its town
    name = " ".join(words).strip(" ,;:-–—―\"“”'‘’")
    # A final full stop ends the sentence, unless the name is an abbreviation ("U.S.", "Ltd.").
    if name.endswith(".") and "." not in name[:-1] and not re.search(r"\b[A-Z][a-z]{0,3}\.$", name):
        name = name[:-1]
    return name


# A party's name or its members' word written before a member's name ("Tory Liam Fox", "Lib Dem Norman Baker"),
# of one word or two: the parties of British and American news, and their members (PARTY_MEMBERS).
PARTY_WORDS = PARTY_MEMBERS | frozenset("""
Tory Labour Conservative Liberal Democrat Republican Socialist Nationalist Unionist Communist SNP UKIP Ukip Plaid
GOP
""".split())
PARTY_PAIRS = frozenset({("Lib", "Dem"), ("Lib", "Dems"), ("Liberal", "Democrat"), ("Liberal", "Democrats")})
DEMONYM_NOUN_ENDS = ("man", "men", "woman", "women")  # "Welshman", "Irishmen", "Frenchwoman"


def affiliation_before_a_name(words: Sequence[str]) -> int:
    """How many words opening a person's name as written say what the person belongs to, not who: a party ("Tory
    Liam Fox", "Lib Dem Norman Baker", "Tories Ken Clarke") or a nation's or a region's people ("Welshman Jimmy
    Watkins", "Irishmen JP McManus", "New Zealander Graham Henry", "Californian Thomas Slattery"); only before a
    first name and a surname, so a name of its own stays ("Labour Party", "Khoo Kay Peng"). 0 when none."""
    for length in (2, 1):
        if len(words) < length + 2 or not is_first_name(words[length]):
            continue
        opening = words[:length]
        if tuple(opening) in PARTY_PAIRS or length == 1 and opening[0] in PARTY_WORDS or \
                is_a_peoples_noun(" ".join(opening)):
            return length
    return 0


def is_a_peoples_noun(text: str) -> bool:
    """Whether a word names one of a nation's or a region's people, beyond the demonyms' table: a demonym and "man"
    ("Welshman", "Irishmen", "Dutchwoman"), a country's name and "er" ("New Zealander", "Icelander"), a region's
    ending in "a" and "n" ("Californian")."""
    stem = next((text[:-len(end)] for end in DEMONYM_NOUN_ENDS if text.endswith(end)), None)
    if stem and stem in demonyms():
        return True
    return text.endswith("er") and text[:-2] in countries() or \
        text.endswith("an") and text[:-1] in region_abbreviations().values()


def opens_with_a_role(words: Sequence[str]) -> bool:
    """Whether a person's name as written opens with a capitalised noun of what a person does, no first name:
    before a full name any that the speakers know ("Novelist Andrea Levy", "Treasurer Peter Costello"), before
    one word only a trade or a sport's position ("Rapper Eminem", "Striker Novo"; not "Boy George")."""
    role = words[0].lower()
    return not is_first_name(words[0]) and (len(words) > 2 and role in PERSON_NOUNS or role in NAME_NOUNS)


def mention_roles(parsed: ParsedArticle, mentions: Sequence[Mention]) -> Iterable[tuple[Mention, str]]:
    """The words before a person's name that describe it: "Russian President", "Kremlin spokesman"."""
    for mention in mentions:
        if mention.type != "person":
            continue
        paragraph = parsed.paragraphs[mention.paragraph]
        role = role_before(paragraph, mention)
        if role:
            yield mention, role


def role_before(paragraph: ParsedParagraph, mention: Mention) -> str | None:
    """The words before a person's mention that describe it ("Russian President", "Wales fly-half"), as a post
    one person holds: a plural noun of a list's people is made singular ("Best actor nominees Leonardo DiCaprio
    and Jamie Foxx": "Best actor nominee"), and "fellow", which says how the person stands to another, is left
    out. None when no noun or title is there, or when the words are only such a relation ("England team-mate")."""
    tokens = paragraph.tokens
    first = next((t.i for t in tokens if t.idx >= mention.start), None)
    if first is None:
        return None
    last = max(t.i for t in tokens if t.idx < mention.end)
    inside = set(range(first, last + 1))
    i = first - 1
    while i >= 0:
        token = tokens[i]
        if ends_a_sentence(token):
            break  # the end of the sentence before, which the parse ran on ("… for £50m. Chief executive John Smith")
        if i + 1 in inside and i + 1 < first and part_of_the_next_word(token):
            inside.add(i)  # "team-mate", "60m champion", "ex-Home Secretary": a word is never cut
            i -= 1
            continue
        if token.dep not in ROLE_DEPS or token.pos in ("PROPN",) and token.ent_type == "PERSON":
            break
        if token.head not in inside:
            break
        inside.add(i)
        i -= 1
    if i >= 0 and i + 1 < first and tokens[i].text.lower() in SUBJECT_PRONOUNS:
        i += 1  # "as they eye captain Steven Gerrard": after a pronoun subject the parse's noun is its verb
    words = [tokens[j] for j in range(i + 1, first)]
    if words and words[-1].text.rstrip(".") in PLAIN_HONORIFICS and \
            not any(t.text.lower().rstrip(".") in TITLE_WORDS | POSTS | PERSON_NOUNS for t in words[:-1]):
        return None  # before "Mr" or "Ms" only a post is one ("Shadow Europe minister Mr Brady"), not "She's
        # not a human shield Mr Blair", a vocative the parse made one phrase
    while words and is_honorific(words[-1]):
        words = words[:-1]  # "Sir", "Dr": how the article addresses the person, not what they are
    if words and words[0].text.lower() == "fellow":
        words = words[1:]  # "fellow sprinter Kostas Kenteris": a sprinter, beside another
    if words and "".join(t.text + t.ws for t in words).split()[-1].lower() in RELATIONS:
        return None  # "England team-mate", "compatriot", "arch-rival": how the person stands to another, no post
    # Of a word the tokenizer split, its last piece says what it is: "18-year-old" is no noun, "team-mate" one.
    if not any(is_title_word(t.text) or t.pos == "NOUN" for n, t in enumerate(words)
               if t.ws or n == len(words) - 1):
        return None
    return "".join(t.text + t.ws for t in words[:-1]) + singular(words[-1])


def ends_a_sentence(token: Token) -> bool:
    """Whether a word with a full stop ends a sentence rather than abbreviates a name or title: a lower-case word
    or an amount ("said.", "£50m.", "200m."), not "U.S." or "Gen."."""
    return len(token.text) > 1 and token.text.endswith(".") and (token.text[0].islower() or not token.text[0].isalpha())


def part_of_the_next_word(token: Token) -> bool:
    """Whether a token is written with no space before the next one and is letters, digits (with their commas and
    points) or a hyphen: a piece of one word the tokenizer split ("team" "-" "mate", "60" "m", "10,000" "m")."""
    return token.ws == "" and all(c.isalnum() or c in ",.-–" for c in token.text)  # "10,000" of "10,000m"


def singular(token: Token) -> str:
    """A role's last word as one person's: a plural noun's lemma, keeping its capital ("Nominees" -> "Nominee")."""
    if token.tag != "NNS" or not token.lemma.isalpha() or token.lemma.lower() == token.text.lower():
        return token.text
    return token.lemma[:1].upper() + token.lemma[1:] if token.text[:1].isupper() else token.lemma


SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# Nouns of how one person stands to another, not of a post ("a managing partner" and "a running mate" are posts).
RELATIONS = frozenset({"team-mate", "teammate", "compatriot", "colleague", "rival", "arch-rival", "counterpart"})


PLAIN_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx"})
DESCRIBING_POS = frozenset({"PROPN", "NOUN", "ADJ"})


@dataclass(frozen=True)
class Cues:
    """What the text says around a person's mention that tells namesakes apart."""

    before: tuple[str, ...] = ()  # `words_before`
    pronoun: str | None = None  # `pronoun_gender`
    kin: int | None = None  # `kin_after`


def people_by_their_pronouns(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with a name the NER took for a place's or a body's made of a first name and a surname that
    says what "he" or "she" does ("Rio Ferdinand has said he is unsure", tagged a place) a person's, and so its
    surname alone where the article writes it so ("the absence of Campbell and Ferdinand")."""
    people = {m.name for m in mentions if m.type != "person" and named_with_a_first_name(m.name) and
              says_he_or_she(parsed.paragraphs[m.paragraph], m)}
    surnames = {name.split()[-1] for name in people}
    return [replace(m, type="person") if m.type != "person" and (m.name in people or m.name in surnames) else m
            for m in mentions]


def surnames_typed_otherwise(parsed: ParsedArticle, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with a one-word name the NER took for a place's or a body's that is a person's surname
    (`surnames_after_first_names`: "Lena Varga said …. Varga, a chemist, said …") a person's, named in full where
    the article writes the first name before it; not a word that ends a longer name of the article ("Eli Lilly"
    typed a body, "the Golden Globe") or that names a person already (someone else's surname)."""
    taken = {m.name.split()[-1] for m in mentions if " " in m.name} | {m.name for m in mentions if m.type == "person"}
    full = surnames_after_first_names(parsed, {m.name for m in mentions if m.type in ("place", "organisation")} - taken)
    if not full:
        return list(mentions)
    people = [replace(m, type="person") if m.type != "person" and m.name in full else m for m in mentions]
    named = {(m.paragraph, m.end): m for m in people if m.name in full}
    for paragraph, start, end in full.values():
        text = parsed.paragraphs[paragraph].text[start:end]
        surname_mention = named.pop((paragraph, end), None)
        if surname_mention is not None:
            people.remove(surname_mention)
        label = surname_mention.label if surname_mention is not None else ""
        people.append(Mention(paragraph, start, end, text, text, label, "person"))
    return sorted(people, key=lambda m: (m.paragraph, m.start))


def surnames_after_first_names(parsed: ParsedArticle, names: Set[str]) -> dict[str, tuple[int, int, int]]:
    """Of one-word names the NER took for a place's or a body's, those that are no known place (no country, region,
    large city or town, no initials) and that the article writes, outside quotations, right after a first name in no
    entity as one name ("Lena Varga said …", where the NER missed the full name and took the surname for a place's;
    not "Reagan Democrats", "a June Trump rally", nor after a title the first-name table holds, "Prince"): each a
    person's surname, with where its full name is first written (paragraph, start and end characters)."""
    wanted = {name for name in names if " " not in name and name.isalpha() and not name.isupper() and
              not is_geographic(name) and name not in towns() and name not in places()}
    found: dict[str, tuple[int, int, int]] = {}
    for paragraph in parsed.paragraphs if wanted else ():
        for token in outside_quotation_marks(paragraph.tokens):
            before = paragraph.tokens[token.i - 1] if token.i else None
            if before is not None and token.text in wanted and token.pos == before.pos == "PROPN" and \
                    not before.ent_type and before.text[:1].isupper() and not before.text.isupper() and \
                    is_first_name(before.text) and before.text.lower() not in PERSON_NOUNS:
                found.setdefault(token.text, (paragraph.index, before.idx, token.idx + len(token.text)))
    return found


def says_he_or_she(paragraph: ParsedParagraph, mention: Mention) -> bool:
    """Whether a mention is the subject of a verb of saying whose clause has "he" or "she" for its subject ("X said
    he would stay"): a firm says "it"."""
    covered = mention_tokens(paragraph, mention)
    heads = [t for t in covered if t.dep in SUBJECT_DEPS]
    if not heads or paragraph.tokens[heads[0].head].lemma not in SAYING_VERBS:
        return False
    verb = heads[0].head
    return any(t.text.lower() in ("he", "she") and t.dep in SUBJECT_DEPS and paragraph.tokens[t.head].dep == "ccomp"
               and paragraph.tokens[t.head].head == verb for t in paragraph.tokens)


def named_with_a_first_name(name: str) -> bool:
    """Whether a name is two capitalised words, the first a first name (no initials), the second no place's."""
    words = name.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) and \
        name_key(words[0]) in first_names() and not is_geographic(name) and not is_geographic(words[1])


def kin_after(paragraph: ParsedParagraph, mention: Mention) -> int | None:
    """"Eric Hale's comments came after his father unveiled a plan": the offset of a relative (KIN) that "his" or
    "her" owns after a mention in its sentence, outside quotation marks, where the sentence names no other person
    before it (so the pronoun is the mention's); None otherwise."""
    tokens = mention_tokens(paragraph, mention)
    if not tokens:
        return None
    start, end = sentence_of(paragraph, tokens[0].i)
    for token in outside_quotation_marks(paragraph.tokens[tokens[-1].i + 1:end]):
        if token.lemma.lower() in KIN and any(
                t.dep == "poss" and t.text.lower() in ("his", "her") for t in paragraph.dependents(token)):
            others = [t for t in paragraph.tokens[start:token.i] if t.ent_type == "PERSON" and t.pos == "PROPN" and
                      t not in tokens]
            return token.idx if not others else None
    return None


def words_before(paragraph: ParsedParagraph, mention: Mention) -> tuple[str, ...]:
    """The words that introduce a person's mention, lower-case and without full stops, in order: an
    honorific, a title or role, a first name ("Mrs. Obama", "first lady Michelle", "Sen. Cruz", "Ivanka"
    before a surname the NER took alone, "Robert C. "Bobby""); at most three, inside its sentence."""
    words = [w.lower().rstrip(".") for w in mention.text.split()[:-len(mention.name.split()) or None]]
    starts = {start for start, _ in paragraph.sents}
    found: list[str] = []
    i = next((t.i for t in paragraph.tokens if t.idx >= mention.start), len(paragraph.tokens))
    while i > 0 and len(found) < 3 and i not in starts:
        i -= 1
        token = paragraph.tokens[i]
        if token.text in QUOTE_MARKS:
            continue
        word = token.text.lower().rstrip(".")
        if not (is_honorific(token) or word in TITLE_WORDS or token.pos in DESCRIBING_POS) or not word.isalpha():
            break
        found.insert(0, word)
    return tuple(found + [w for w in words if w.isalpha()])


def cluster_mentions(mentions: Sequence[Mention], cues: Mapping[tuple[int, int], Cues] | None = None,
                     where: Set[str] = frozenset(), texts: Sequence[str] = ()
                     ) -> list[tuple[str, ActorType, list[Mention]]]:
    """Group mentions that name the same actor; each group is named by its fullest name. `cues` holds, per
    person mention, what the text says around it that tells namesakes apart ("Mrs Obama", "President
    Obama", "Clinton said she"); `where`, the one-word names the article writes as where something is
    (`written_where`); `texts`, the article's paragraphs, where a full name the NER missed is written."""
    people = [m for m in mentions if m.type == "person"]
    same_person = full_name_forms([m.name for m in people if len(m.name.split()) > 1])
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in dict.fromkeys(same_person.values()):
        by_surname[surname(name, same_person.values())].append(name)
    for first_part, name in first_parts_of_double_surnames(by_surname):
        by_surname[first_part].append(name)
    namesakes = Namesakes(by_surname, people, cues or {}, same_person, texts)

    clusters: dict[tuple[str, ActorType], list[Mention]] = {}
    for mention in mentions:
        identity = identify(replace(mention, name=same_person.get(mention.name, mention.name)), by_surname, namesakes)
        if identity is not None:
            clusters.setdefault(identity, []).append(mention)

    # Non-person mentions of a person's name ("the Trump administration" tagged ORG) are that person.
    person_names = {name for name, type_ in clusters if type_ == "person"}
    for name, type_ in list(clusters):
        if (name, type_) not in clusters:
            continue
        if type_ != "person" and (name, "person") in clusters:
            if any(m.label == "PERSON" for m in clusters[(name, type_)]) or \
                    outvotes_a_person(clusters[(name, type_)], clusters[(name, "person")], cues or {}) or \
                    a_town_by_its_state(clusters[(name, type_)], clusters[(name, "person")], cues or {}):
                clusters[(name, type_)].extend(clusters.pop((name, "person")))  # ("Balco founder Victor Conte")
                person_names.discard(name)
            else:
                clusters[(name, "person")].extend(clusters.pop((name, type_)))
        elif type_ != "person" and (" " not in name or particle_surname(name, by_surname)):
            full = particle_surname(name, by_surname) or by_surname.get(name) or \
                misspelt_surname(name, by_surname)  # "Hassel" for Brian Hassell; "Van Nistelrooy" tagged ORG
            holder = surname_holder([n for n in full if n in person_names], clusters)
            if holder is not None:
                clusters[(holder, "person")].extend(clusters.pop((name, type_)))
    surnames_written_as_countries(clusters, by_surname, person_names)
    join_person_full_names(clusters)
    first_names_taken_for_bodies(clusters, where)
    first_names_of_several(clusters)
    join_acronyms(clusters)
    places_are_not_people(clusters)
    surnames_taken_for_places(clusters, where)
    names_no_person_has(clusters)
    join_short_forms(clusters)
    join_clippings(clusters)
    join_heads_of_names(clusters)
    join_names_less_their_head(clusters)
    join_names_less_an_abbreviation(clusters)
    join_spellings(clusters)
    ordered = sorted(clusters.items(), key=lambda item: min((m.paragraph, m.start) for m in item[1]))
    return [(name, type_, sorted(members, key=lambda m: (m.paragraph, m.start)))
            for (name, type_), members in ordered]


def first_parts_of_double_surnames(by_surname: Mapping[str, list[str]]) -> list[tuple[str, str]]:
    """The first part of each hyphenated surname of the article's people ("Quill" of "Maria Quill-Barton") that
    is no one's surname in the article, with the full name: a headline or a nickname calls the person by it
    alone ("Quill quits …"). Not where two people's surnames open with it."""
    parts = [(surname.split("-")[0], name) for surname, names in by_surname.items() if surname.count("-") == 1
             for name in names]
    count = Counter(part for part, _ in parts)
    return [(part, name) for part, name in parts if count[part] == 1 and part not in by_surname and len(part) > 1]


SURNAME_HOLDER_MIN_MENTIONS = 3  # a relative named so often is who the article is about


def surname_holder(people: Sequence[str], clusters: Mapping[tuple[str, ActorType], list[Mention]]) -> str | None:
    """Which of the people sharing a surname a mention of it alone, that the NER did not take for a person's,
    names: the only one; or, of several, the one the article is about, named at least
    `SURNAME_HOLDER_MIN_MENTIONS` times and more often than all the others together ("Ann Pelham", named four
    times, beside her late husband "Tom Pelham", named once in passing), when the article also calls that one by
    the surname alone elsewhere (as a person: "Eric Hale", named in full each time, is not the "Hale" of "Hale's
    son" beside his father Tom Hale); not where two of the family are each named once or twice, when the surname
    alone may be the family's firm. None when it does not say."""
    counts = sorted((len(clusters[(name, "person")]), name) for name in people)
    if not counts:
        return None
    most, holder = counts[-1]
    others = sum(n for n, _ in counts[:-1])
    if len(counts) == 1:
        return holder
    called_so = any(len(m.name.split()) == 1 for m in clusters[(holder, "person")])
    return holder if most >= SURNAME_HOLDER_MIN_MENTIONS and most > others and called_so else None


def outvotes_a_person(body: Sequence[Mention], person: Sequence[Mention], cues: Mapping[tuple[int, int], Cues]
                      ) -> bool:
    """Whether the mentions of a one-word name that is also a first name, which the NER labelled an organisation's,
    outnumber those it labelled a person's, which nothing around them marks as someone's (no honorific, title or
    post before them, no pronoun after: `Cues`): "Sky has signed a deal … Sky said it was honoured", where two more
    "Sky" are the NER's PERSON, is the broadcaster."""
    if " " in body[0].name or not is_first_name(body[0].name) or len(body) <= len(person) or \
            any(m.label != "ORG" for m in body):
        return False
    return not any(cue.before or cue.pronoun for cue in (cues.get((m.paragraph, m.start)) for m in person) if cue)


def a_town_by_its_state(place: Sequence[Mention], person: Sequence[Mention], cues: Mapping[tuple[int, int], Cues]
                        ) -> bool:
    """Whether a one-word name the article writes as a town with its state ("in Hale, Ore.": `TOWN_LABEL`) is that
    town where the NER labelled it a person's elsewhere ("while in Hale at any sign of trouble"), nothing around those
    mentions marking someone (no honorific, title or post before them, no pronoun after: `Cues`)."""
    if " " in place[0].name or place[0].type != "place" or not any(m.label == TOWN_LABEL for m in place):
        return False
    return not any(cue.before or cue.pronoun for cue in (cues.get((m.paragraph, m.start)) for m in person) if cue)


def join_person_full_names(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"Bernie Ebbers" tagged ORG in an article that calls him "Mr Ebbers": the person's full name.

    A non-person name of two or three capitalised words, not made like an organisation's (a last word of
    organisations, trading names or clubs, a first word of clubs or places: "Champions League", "Manchester
    United", "Kelby Foods"), whose last word is a person known only by that word becomes the person's full name;
    leading words that are another organisation of the article are dropped ("EADS Philippe Camus" → "Philippe
    Camus").
    """
    single = {name for name, type_ in clusters if type_ == "person" and " " not in name}
    organisations = {name for name, type_ in clusters if type_ == "organisation"}
    for name, type_ in sorted(clusters):
        words = name.split()
        if type_ == "person" or len(words) < 2 or words[-1] not in single or (words[-1], "person") not in clusters:
            continue
        while len(words) > 2 and words[0] in organisations:
            words = words[1:]
        if len(words) > 3 or not all(w[:1].isupper() for w in words) or words[-1] in ORGANISATION_HEADS or \
                words[-1] in TRADING_HEADS or words[-1] in CLUB_HEADS or words[0] in CLUB_FIRST_WORDS or \
                is_geographic(words[0]):
            continue  # "Manchester United" beside "United" tagged PERSON: a club, no one's full name
        full = " ".join(words)
        members = clusters.pop((name, type_)) + clusters.pop((words[-1], "person"))
        clusters.setdefault((full, "person"), []).extend(members)
        single.discard(words[-1])


def written_where(parsed: ParsedArticle, mentions: Sequence[Mention]) -> frozenset[str]:
    """The one-word names of no person that some mention writes right after "in", "near", "outside", "around" or
    "from" hung from a verb ("arrived in Lorne", not "the Lorne community" nor "faith in Lorne", a noun's "in"): a
    place's, whatever the NER's label."""
    def where(mention: Mention) -> bool:
        paragraph = parsed.paragraphs[mention.paragraph]
        before = word_before_a_place(paragraph, mention, after_the=False)
        return before is not None and before.text.lower() in WHERE_PREPOSITIONS | {"from"} and \
            paragraph.tokens[before.head].pos in ("VERB", "AUX")

    return frozenset(m.name for m in mentions if m.type != "person" and " " not in m.name and where(m))


def first_names_taken_for_bodies(clusters: dict[tuple[str, ActorType], list[Mention]],
                                 where: Set[str] = frozenset()) -> None:
    """"Maisie's win in the 800m", the NER's ORG, in a report on Maisie Carrow: a one-word name the NER took for a
    body's or a place's that is the first name of the one person the article names in full with it, a name the NER
    took for a person's somewhere, is that person (not "Orla" beside "Orla Air Lines", typed a person with no
    PERSON label of the NER's); not a word that is also the surname of someone the article names in full, nor a
    country's, a large city's or a town's name ("Paris" beside Paris Hilton), nor one the article writes as where
    something is (`where`: "arrived in Lorne", beside the newspaper "Lorne Sentinel" the NER took for a person's),
    nor initials ("BT")."""
    full_names = [name for name, type_ in clusters if type_ == "person" and " " in name]
    surnames_ = {full.split()[-1] for full in full_names}
    for name, type_ in list(clusters):
        if type_ == "person" or " " in name or not name.istitle() or name_key(name) not in first_names() or \
                name in surnames_ or is_geographic(name) or name in towns() or name in where:
            continue
        holders = [full for full in full_names if full.split()[0] == name]
        if len(holders) == 1 and any(m.label == "PERSON" for m in clusters[(holders[0], "person")]):
            clusters[(holders[0], "person")].extend(clusters.pop((name, type_)))


def first_names_of_several(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"David" in a report on David Collins and David Moorcroft: a first name written alone, with no honorific,
    where several people of the article have it, is one of them, not another person; the article does not
    say which, so it is no actor's."""
    full_names = [name for name, type_ in clusters if type_ == "person" and " " in name]
    for name, type_ in list(clusters):
        if type_ == "person" and " " not in name and is_first_name(name) and \
                sum(full.split()[0] == name for full in full_names) > 1 and \
                all(m.label == "PERSON" for m in clusters[(name, type_)]):
            del clusters[(name, type_)]


def surnames_written_as_countries(clusters: dict[tuple[str, ActorType], list[Mention]],
                                  by_surname: Mapping[str, list[str]], person_names: set[str]) -> None:
    """"Holland said" after Health Minister Mark Holland: a country's other name (digest/annotate/data/country_names.yml,
    "Holland" for the Netherlands) written alone where it is the surname of exactly one person of the article is
    that person, not the country; the country's other mentions stay the country's."""
    for key in [key for key in clusters if key[1] == "place"]:
        for mention in list(clusters[key]):
            written = POSSESSIVE.sub("", mention.text)
            full = by_surname.get(written, [])
            if country_names().get(written) == key[0] and len(full) == 1 and full[0] in person_names:
                clusters[(full[0], "person")].append(mention)
                clusters[key].remove(mention)
        if not clusters[key]:
            del clusters[key]


def surnames_taken_for_places(clusters: dict[tuple[str, ActorType], list[Mention]], where: Set[str]) -> None:
    """"Ivo Marek … Marek denied reports of a row", where the NER took the surname for a place and the full name for
    a body: a one-word place that is no known place (no country, region, large city or town), that the article never
    writes as where something is ("in Marek": `where`), and that ends the article's one two-word name opening with a
    first name, is the surname of that person, and the name is a person's; a body named so more than once is a firm
    named for its founders ("Morgan Hale", "Hale" a town), and stays a body."""
    for name, type_ in list(clusters):
        if type_ != "place" or " " in name or name in where or is_geographic(name) or name in towns() or \
                name in places():
            continue
        fuller = [key for key in clusters if len(key[0].split()) == 2 and key[0].split()[1] == name and
                  opens_with_a_first_name(key[0]) and (key[1] == "person" or
                                                       key[1] == "organisation" and len(clusters[key]) == 1)]
        if len(fuller) == 1:
            members = clusters.pop((name, type_)) + clusters.pop(fuller[0])
            clusters.setdefault((fuller[0][0], "person"), []).extend(members)


def opens_with_a_first_name(name: str) -> bool:
    """Whether a name's first word is a first name written as one ("Ivo Marek"; not the initials of "U.S. Gulf")."""
    first = name.split()[0]
    return first.isalpha() and not first.isupper() and is_first_name(first)


def places_are_not_people(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"Sri Lanka", "Austria" or "Glasgow" tagged PERSON (sports results, headlines): a person whose name is
    a country or a large city (digest/annotate/data/places.yml) is that place, unless an honorific made it a person
    ("Mr Washington") or it is a full name's surname ("Michael Jordan … Jordan" stays one person)."""
    for name, type_ in list(clusters):
        if type_ != "person" or not (name in countries() or name in places()):
            continue
        members = clusters[(name, type_)]
        if any(m.type == "person" and m.label != "PERSON" for m in members):  # typed a person by an honorific
            continue
        clusters.setdefault((name, "place"), []).extend(clusters.pop((name, type_)))


def join_heads_of_names(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"The Bank said" in a report that names the Bank of England, "the Office" beside "the Office of the Deputy
    Prime Minister": a one-word organisation's or place's name that is the first word, before "of", of exactly
    one organisation's longer name of the article ending with a capitalised word (not "Lions of 1971") is that
    organisation, written short."""
    longer: dict[str, list[str]] = defaultdict(list)
    for name, type_ in clusters:
        words = name.split()
        if type_ == "organisation" and len(words) > 2 and words[1] == "of" and words[-1][:1].isupper():
            longer[words[0]].append(name)
    join_to_the_one_longer(clusters, longer, {"organisation", "place", "other"})


def join_to_the_one_longer(clusters: dict[tuple[str, ActorType], list[Mention]], longer: Mapping[str, list[str]],
                           types: Set[str]) -> None:
    """Each one-word name of one of `types` that `longer` gives exactly one organisation's longer name of the
    article joins that organisation (`join_heads_of_names`, `join_names_less_their_head`)."""
    for name, type_ in list(clusters):
        if type_ in types and len(longer.get(name, ())) == 1:
            clusters[(longer[name][0], "organisation")].extend(clusters.pop((name, type_)))


# Last words of bodies' names that name a part or an arm of another body ("the IAAF Council", "Barclays Capital",
# "the Army Board"): the body's name alone is not theirs.
PART_HEADS = frozenset("""
Committee Commission Association Federation Institute Agency League Medical Capital Management Office Council
Society Trust Foundation Alliance Fund Board Authority Partners Securities Investments Insurance Newsroom
""".split())
WHOLE_BODY_HEADS = ORGANISATION_HEADS - PART_HEADS  # "Department", "Group", "Airlines": the body itself


def join_names_less_their_head(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"State said" in a report that names the State Department, "Zorvia" beside the Zorvia Group: a one-word
    organisation's name that is, less its last word, exactly one organisation's name of the article whose last
    word is a body's (ORGANISATION_HEADS: "Department", "Group", "Ministry") is that organisation, written short;
    as the digest joins such short forms across articles (`resolve.actors.is_a_short_form_of`). Not a place's
    ("Zorvia" the country beside Zorvia Airlines), nor a body's beside one of its parts or arms (PART_HEADS: the
    "Zorvia Council", "Zorvia Capital")."""
    longer: dict[str, list[str]] = defaultdict(list)
    for name, type_ in clusters:
        head, _, last = name.rpartition(" ")
        if type_ == "organisation" and head and " " not in head and last in WHOLE_BODY_HEADS:
            longer[head].append(name)
    join_to_the_one_longer(clusters, longer, {"organisation"})


def join_names_less_an_abbreviation(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"the Federal Reserve" in an article that names the "US Federal Reserve", "Independence Party" where the NER
    left "UK" out of "UK Independence Party leader …", "Radio 1" beside "BBC Radio 1", "Rover" beside "MG Rover":
    an organisation's name that is another organisation's name of the article less the abbreviation it opens with
    (`is_less_an_abbreviation`: a country's, a broadcaster's, a firm's) is that organisation. Only an
    abbreviation: a country's or a nation's full word before a body's name often names another body ("New Zealand
    Rugby Football Union", "Scottish Football Association" beside the Football Association)."""
    for name, type_ in sorted(clusters, key=lambda key: len(key[0])):
        if type_ != "organisation" or (name, type_) not in clusters:
            continue
        longer = [full for full, kind in clusters if kind == "organisation" and is_less_an_abbreviation(name, full)]
        if len(longer) == 1:
            clusters[(longer[0], "organisation")].extend(clusters.pop((name, type_)))


def is_less_an_abbreviation(short: str, name: str) -> bool:
    """Whether a name is another less the abbreviation in capitals that opens it ("Federal Reserve" of "US Federal
    Reserve", "Radio 1" of "BBC Radio 1", "Reynolds Tobacco" of "RJ Reynolds Tobacco")."""
    first, _, rest = name.partition(" ")
    letters = first.replace(".", "")
    return rest == short and len(letters) > 1 and letters.isalpha() and letters.isupper()


def join_short_forms(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"Graz" in a report that names "Graz AK", "Bayern" beside "Bayern Munich", "United" beside "Manchester
    United", "Ella" beside "Ella Foods": a one-word person's name that is no first name and the first word (or, a
    word clubs' names end with, the last word) of exactly one organisation's longer name is that organisation, and
    so is a first name that opens a trading name (TRADING_HEADS), its only such name. A one-word name that only
    clubs' and firms' names end with is that organisation whatever the NER took it for, and so is "the
    Post", no person's, in an article that names one "Zorvia Post" (a word news outlets' names end with,
    MEDIA_WORDS); of two ("the Zorvia Times", "the Lorne Times"), or none, it stays as written."""
    organisations = [name for name, type_ in clusters if type_ == "organisation" and " " in name]
    surnames = {name.split()[-1] for name, type_ in clusters if type_ == "person" and " " in name}
    for name, type_ in list(clusters):
        if " " not in name and (name in CLUB_HEADS or name in ORGANISATION_HEADS or
                                type_ != "person" and name[:1].isupper() and name.lower() in MEDIA_WORDS):
            longer = [full for full in organisations if full.split()[-1] == name]
            if len(longer) == 1:
                clusters[(longer[0], "organisation")].extend(clusters.pop((name, type_)))
            continue
        if type_ != "person" or " " in name or name in surnames:
            continue  # "Mr. Obama" beside Michelle Obama is a person, not a headline's "Obama Sees …"
        first_name = is_first_name(name)
        longer = [full for full in organisations if
                  name == full.split()[0] and (not first_name or full.split()[-1] in TRADING_HEADS) or
                  not first_name and name in CLUB_HEADS and name == full.split()[-1]]
        if len(longer) == 1 and not any(m.type == "person" and m.label != "PERSON" for m in clusters[(name, type_)]):
            clusters[(longer[0], "organisation")].extend(clusters.pop((name, type_)))


# Last words of names that are events or venues, not people, when the first word is no first name: the NER
# takes "Grammy Award", "Edinburgh Lectures", "Loch Lomond" or "Bethnal Green" for people.
EVENT_HEADS = frozenset("""
Award Awards Prize Prizes Lecture Lectures Festival Cup Trophy Championship Championships Games Olympics
Open Show Idol Tour Series Marathon Rally Classic Grand Prix Week Day Conference Summit Expo
""".split())
# Last words of awards and festivals, which are occasions, never actors, whatever type the NER gave them.
AWARD_HEADS = frozenset("Award Awards Prize Prizes Festival Oscars Baftas Globes".split())
AWARD_CEREMONIES = frozenset("Oscars Baftas Grammys Emmys".split())  # named by their awards in the plural
# Last words of occasions' names, which are events, never actors, whatever type the NER gave them; not after a
# man's or a woman's first name ("The Benny Hill Show", "Colin McRae Rally": named after someone).
OCCASION_HEADS = frozenset("Show Expo Marathon Marathons Rally Summit Conference".split())
# One-word names of competitions the NER takes for people.
COMPETITIONS = frozenset("Premiership Championship Championships Olympics Olympic Paralympics Worlds Euros".split())
# Those a sponsor's name may open ("Zurich Premiership"); not the adjective "Olympic", which opens a body's name the
# NER cut ("British Olympic" of "the British Olympic Association").
SPONSORED_COMPETITIONS = COMPETITIONS - {"Olympic"}
# Last words of sports competitions' names ("the Grand Slam", "the Davis Cup", "the Commonwealth Games", "the World
# Indoors", an athletics championship named by its adjective, "the Qatar Tournament"): an event, whatever type the NER
# gave it, not a person, an organisation or a place.
COMPETITION_HEADS = frozenset("""
Cup Trophy Championship Championships Olympics Paralympics Games Slam Prix Open Masters Series Classic Invitational
Indoors Tournament
""".split())
VENUE_HEADS = frozenset("""
Hall Green Park Street Road Lane Square Stadium Arena Centre Center Bridge Castle Prison Airport Hospital
Gardens Palace Theatre Theater Abbey Cathedral Loch Lake River Valley Island Islands Bay Beach Tower Towers
""".split())
VENUE_FIRST_WORDS = frozenset("Loch Lake Mount Port Fort Glen Cape River Lough Ben St".split())


def names_no_person_has(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """A person's name of two words or more whose first word is no first name (`is_first_name`) and that
    the article never shortens to its last word ("Mr Gopinath", "Gopinath said") is no person's when other
    words say what it is: an event's last word ("Grammy Award": no actor), a venue's first or last word
    ("Loch Lomond", "Bethnal Green": a place), a country or large city among its words ("Maccabi Tel Aviv":
    an organisation); never a peer's ("Baroness Kennedy", whose title says who she is). A competition
    (`is_competition`) is no actor, whatever its type, unless an honorific made it a person; nor an award or an
    occasion (AWARD_HEADS, OCCASION_HEADS)."""
    for name, type_ in list(clusters):
        words = name.split()
        members = clusters[(name, type_)]
        if is_competition(words) and not any(m.type == "person" and m.label != "PERSON" for m in members):
            del clusters[(name, type_)]  # "the Premiership", "a Grand Slam", "the Davis Cup": a competition
            continue
        if len(words) > 1 and words[-1] in AWARD_HEADS or name in AWARD_CEREMONIES:
            del clusters[(name, type_)]  # "the Brit Awards", "the Mercury Music Prize", "the Oscars"
            continue
        if len(words) > 1 and words[-1] in OCCASION_HEADS and first_name_gender(words[0]) is None and \
                "of" not in words:
            del clusters[(name, type_)]  # "the Consumer Electronics Show", "the London Marathon": an event; not
            # "the Organisation of Islamic Conference", a body
            continue
        if type_ != "person" or len(words) < 2 or is_first_name(words[0]) or words[0] in PEERAGES or \
                any(m.type == "person" and m.label != "PERSON" or m.name == words[-1] for m in members):
            continue
        if words[-1] in EVENT_HEADS:
            del clusters[(name, type_)]
        elif words[-1] in VENUE_HEADS or words[0] in VENUE_FIRST_WORDS:
            clusters.setdefault((name, "place"), []).extend(clusters.pop((name, type_)))
        elif any(is_geographic(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)):
            clusters.setdefault((name, "organisation"), []).extend(clusters.pop((name, type_)))


# Last words of the names of leagues and their divisions, which in a sports report are competitions.
LEAGUE_HEADS = frozenset({"league", "division", "conference"})


def is_a_league(name: str) -> bool:
    """Whether a name of two words or more ends with a word of leagues ("Premier League", "EASTERN DIVISION") and
    opens with no first name. Not a sport's league ("the National Football League", "the Rugby Football League"),
    which is the body that runs it. Read in sports reports only: elsewhere a league may be a body ("the Arab
    League", "the Awami League", parties). Also the competitions `is_a_numbered_or_foreign_league` names."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in LEAGUE_HEADS and not is_first_name(words[0].capitalize()) and \
        words[-2].lower() not in SPORTS or is_a_numbered_or_foreign_league(name)


def cut_from_a_counted_competition(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a one-word name is the last word of a competition named by a count (`COUNTED_COMPETITIONS`), which
    the NER cut from the number word before it in every mention ("their Six Nations squad" giving "Nations")."""
    if name.lower() not in COUNTED_COMPETITIONS:
        return False
    for mention in members:
        paragraph = parsed.paragraphs[mention.paragraph]
        covered = mention_tokens(paragraph, mention)
        if not covered or not covered[0].i or paragraph.tokens[covered[0].i - 1].text.lower() not in NUMBER_WORDS:
            return False
    return True


# Words of leagues in the languages of Europe's football ("La Liga", "Serie A", "Ligue 1", "the Bundesliga").
LEAGUES_ABROAD = frozenset({"liga", "serie", "ligue", "bundesliga", "eredivisie", "primera"})
# The last word of a competition named by the count of its sides or players ("Six Nations", "Tri-Nations", "IRB
# Sevens"), after a number word or "tri"; "Sevens" is a format, after any word but a country's ("England Sevens" is
# a side).
COUNTED_COMPETITIONS = frozenset({"nations", "sevens"})


def is_a_numbered_or_foreign_league(name: str) -> bool:
    """Whether a name of two words or more is a competition of a sports report: it has a word of leagues abroad
    ("La Liga", "Serie A"), or a word of leagues followed by a number ("League One", "Division Two"), or it is named
    by a count (`COUNTED_COMPETITIONS`: "Six Nations", "Tri-Nations", "IRB Sevens")."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return False
    lower = [word.lower() for word in words]
    if LEAGUES_ABROAD & set(lower) or lower[0] in LEAGUE_HEADS and (lower[1] in NUMBER_WORDS or lower[1].isdigit()):
        return True
    if lower[-1] == "sevens":
        return " ".join(words[:-1]) not in countries()
    return lower[-1] in COUNTED_COMPETITIONS and (lower[-2] in NUMBER_WORDS or lower[-2] == "tri")


def is_competition(words: Sequence[str]) -> bool:
    """A sports competition's name: one of COMPETITIONS ("the Premiership", "Olympic"), or a name of two
    words or more whose last word, or its singular ("Grand Slams"), ends competitions' names or is one of
    COMPETITIONS after its sponsor's name ("Zurich Premiership") and whose first word is no first name, or whose
    other words are a place's name ("Hong Kong Open")."""
    last = words[-1].removesuffix("s") if words[-1].removesuffix("s") in COMPETITION_HEADS else words[-1]
    return " ".join(words) in COMPETITIONS or \
        len(words) > 1 and (last in COMPETITION_HEADS or last in SPONSORED_COMPETITIONS) and (  # "Grand Slams"
            not is_first_name(words[0]) or is_geographic(" ".join(words[:-1])))  # "Hong Kong Open": "Hong" a name


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Each first name the rules know (lower case) and its gender: "m", "f", or "-" when it is given to both
    ("Kim", "Jean"). From digest/annotate/data/first_names.tsv, written from nomquamgender's name data less
    surnames and common words by `python -m digest.bench.make_first_names`."""
    words = COMMENT_LINE.sub("", FIRST_NAMES.read_text(encoding="utf-8")).split()  # name, gender, name, …
    return dict(zip(words[::2], words[1::2]))


FIRST_NAMES = Path(__file__).parent / "data" / "first_names.tsv"
COMMENT_LINE = re.compile(r"^#.*\n", re.MULTILINE)
INITIALS = re.compile(r"[A-Z]\.?|[A-Z]{2,3}|(?:[A-Z]\.){2,3}")  # "N. Knight", "JP McManus", "J.P. Morgan"


@lru_cache(maxsize=1 << 14)
def is_first_name(word: str) -> bool:
    """Whether a word is a first name in some country, or initials ("N. Knight", "JP McManus")."""
    return bool(INITIALS.fullmatch(word)) or name_key(word) in first_names()


@lru_cache(maxsize=65536)
def first_name_gender(word: str) -> str | None:
    """"male" or "female" when a word is a first name given mostly to men or mostly to women ("Keith",
    "Irina"), else None ("Kim", or no first name). A hyphenated first name ("Sven-Goran", "Jean-Pierre",
    "Anne-Marie") has the one gender its parts give, when every part is a first name."""
    genders = {first_names().get(name_key(part)) for part in word.split("-")}
    known = genders - {"-"}  # "Jean-Pierre": "Jean" is given to both, "Pierre" to men
    return {"m": "male", "f": "female"}.get(known.pop()) if None not in genders and len(known) == 1 else None


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """A name as the first-name table spells it: lower case, without accents ("José" → "jose")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def begins_with_a_place(name: str) -> bool:
    """Whether a name of two words or more begins with a town or a large place that is no first name ("Nottingham
    Forest", "Leicester Tigers"; not "Chelsea Clinton", "Washington Irving")."""
    first = name.split()[0]
    return " " in name and not is_first_name(first) and (first in towns() or is_geographic(first))


# Prepositions of where something is or happens, before a town's name with no article.
WHERE_PREPOSITIONS = frozenset({"in", "near", "outside", "around"})


def is_written_where(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether an organisation's name of one to three words is written only as where something is or happens:
    each mention right after "in", "near", "outside" or "around" with no article ("in Sergiyev Posad", "near
    Dushanbe"; "in the Commons" is a body), never an owner nor before a noun, nor after a word whose "in" holds a
    body or a work ("a stake in", "a job in", a part: NOT_WHERE_HEADS), and the name has no organisation's,
    club's or outlet's word, opens with no acronym ("in NATO", "in AOL Europe") and names no body a reader knows by
    one word ("in Congress", "in Parliament": INSTITUTIONS)."""
    words = name.split()
    if len(words) > 3 or words[0].isupper() and len(words[0]) <= 5 or name in INSTITUTIONS or \
            any(w in ORGANISATION_HEADS or w in CLUB_HEADS or w.lower() in MEDIA_WORDS for w in words):
        return False  # "in NATO", "a stake in AOL Europe": an acronym opens a body's name
    for mention in members:
        paragraph = parsed.paragraphs[mention.paragraph]
        before = word_before_a_place(paragraph, mention, after_the=False)
        if before is None or before.text.lower() not in WHERE_PREPOSITIONS:
            return False
        head = paragraph.tokens[before.head]
        if head.lemma.lower() in NOT_WHERE_HEADS or head.pos == "PROPN":
            return False  # "invested in Apple Computer", "a job in Timely Publications", "Packard in Twin Peaks"
    return True


def names_the_town(parsed: ParsedArticle, members: Sequence[Mention]) -> bool:
    """Whether each mention of a town's name the NER took for an organisation's names the town by its words: it
    stands in a list whose other names are all places' ("riots in Kent, Tyneside and Marlow": `coordinated_type`),
    or after "of", "in" or "from" right after a person's name, or after its comma, as a letters page writes where a
    reader lives ("Ann, of Marlow", "Tom in Marlow writes"), or says where someone or something is from
    (`from_the_town`)."""
    def named_so(mention: Mention) -> bool:
        paragraph = parsed.paragraphs[mention.paragraph]
        tokens = mention_tokens(paragraph, mention)
        if not tokens:
            return False
        entity = Entity(tokens[0].i, tokens[-1].i + 1, mention.label, mention.text, mention.start, mention.end)
        if coordinated_type(paragraph, entity) == "place" or from_the_town(paragraph, tokens):
            return True
        prep = tokens[0].i - 1
        person = prep - 2 if prep >= 2 and paragraph.tokens[prep - 1].text == "," else prep - 1  # "Ann, of Marlow"
        return person >= 0 and paragraph.tokens[prep].text.lower() in ("of", "in", "from") and \
            paragraph.tokens[person].ent_type == "PERSON"

    return all(named_so(mention) for mention in members)


# Nouns a town's name qualifies as where someone or something is from ("the Marlow singer", "the Marlow factory"),
# and the words it is run into with a hyphen ("Marlow-born").
FROM_A_TOWN_NOUNS = frozenset("""
band group singer rapper musician duo trio actor actress comedian writer author poet artist school schoolboy
schoolgirl college hometown factory plant councillor council resident residents native MP MSP MEP AM
""".split())
FROM_A_TOWN_WORDS = frozenset({"born", "based", "bred"})


def from_the_town(paragraph: ParsedParagraph, tokens: Sequence[Token]) -> bool:
    """Whether a town's name, the NER's body, says where someone or something is from or is by the words around
    it: before a noun of people, bands, schools or works that it qualifies ("the Marlow singer", "his Marlow
    hometown", "the Marlow MP": `FROM_A_TOWN_NOUNS`; not "the Marlow chairman" nor "Marlow fans", a club's), run
    into "born" or "based" ("Marlow-based"), right after "in", "near", "outside", "around" or "from" that no
    person's name nor a word of holdings hangs from ("a night in Marlow"; not "a stake in Marlow"), or after "of"
    and a noun of places ("the outskirts of Marlow")."""
    last, first = tokens[-1], tokens[0]
    after = paragraph.tokens[last.i + 1] if last.i + 1 < len(paragraph.tokens) else None
    head = paragraph.tokens[last.head]
    if last.dep in ("compound", "nmod", "npadvmod", "amod") and head.i > last.i and \
            (head.text in FROM_A_TOWN_NOUNS or head.text.lower() in FROM_A_TOWN_NOUNS and head.text.islower() or
             after is not None and after.text == "-" and head.text.lower() in FROM_A_TOWN_WORDS):
        return True
    if first.i == 0:
        return False
    before = paragraph.tokens[first.i - 1]
    hung = paragraph.tokens[before.head]
    return before.text.lower() in WHERE_PREPOSITIONS | {"from"} and hung.pos != "PROPN" and \
        hung.lemma.lower() not in NOT_WHERE_HEADS or \
        before.text.lower() == "of" and hung.lemma.lower() in PLACE_KIND_NOUNS | {"outskirts", "centre", "streets"}


def word_before_a_place(paragraph: ParsedParagraph, mention: Mention, after_the: bool) -> Token | None:
    """The word right before a mention written as a place is (with `after_the`, before its "the": "at the Oval"),
    or None when there is none or the mention is no place's by its form: an owner or a word before a noun
    ("Chelsea's", "the Wembley crowd")."""
    tokens = mention_tokens(paragraph, mention)
    if not tokens or tokens[-1].i + 1 < len(paragraph.tokens) and \
            paragraph.tokens[tokens[-1].i + 1].tag in ("POS", "NN", "NNS", "NNP", "NNPS"):
        return None
    before = tokens[0].i - 1
    if after_the and before >= 0 and paragraph.tokens[before].text.lower() == "the":
        before -= 1
    return paragraph.tokens[before] if before >= 0 else None


# Bodies a reader knows by one word, written "in Congress" as often as places are.
INSTITUTIONS = frozenset("""
Congress Parliament Senate Cabinet Commons Lords Government Whitehall Westminster Brussels Labour Nato Opec
Hamas Fatah Hezbollah Likud Knesset Duma Bundestag Politburo Treasury Pentagon Kremlin House
""".split())


def is_a_ground(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a sports report writes a name of one or two words only after "at" ("at Headingley", "at the Oval"),
    never as an owner or before a noun, nor after a noun of a time spent with a club ("a spell at Boavista", "his
    future at Chelsea"), with no club's word nor first name in it: the ground, a place."""
    words = name.split()
    if len(words) > 2 or any(w in CLUB_HEADS or w in ORGANISATION_HEADS for w in words) or is_first_name(words[0]) \
            or words[0] in CLUB_FIRST_WORDS:
        return False
    for mention in members:
        paragraph = parsed.paragraphs[mention.paragraph]
        before = word_before_a_place(paragraph, mention, after_the=True)
        if before is None or before.text.lower() != "at" or \
                before.i > 0 and paragraph.tokens[before.i - 1].lemma.lower() in TENURE_NOUNS:
            return False  # "a spell at Boavista", "his future at Chelsea": the club
    return True


# Nouns of a time spent with a club or a body ("a spell at Boavista", "his future at Chelsea").
TENURE_NOUNS = frozenset("spell stint time career future day year season contract loan move tenure job role".split())

# Words whose "in" holds a body or a work, not a place: a stake, a job, a part.
NOT_WHERE_HEADS = TENURE_NOUNS | frozenset("""
stake invest investment share interest holding part appear star work merge involve
""".split())


def names_a_town(parsed: ParsedArticle, name: str, members: Sequence[Mention]) -> bool:
    """Whether a one-word person's name is a town of Britain or Ireland (digest/annotate/data/towns.yml) that the
    article never writes as a person's: no first name (the name is none either: "Chelsea", "Preston"), no
    honorific, no initial before it ("J Hayes") and no person's name beside it in a list ("Byrne, Hayes,
    O'Kelly"). A surname used alone beside its full name has joined that name before this."""
    if " " in name or name not in towns() or is_first_name(name) or \
            any(m.type == "person" and m.label != "PERSON" for m in members):
        return False
    for mention in members:
        tokens = parsed.paragraphs[mention.paragraph].tokens
        first = next((t.i for t in tokens if t.idx >= mention.start), None)
        last = max((t.i for t in tokens if t.idx < mention.end), default=None)
        if first is None or last is None:
            continue
        before = tokens[first - 1] if first else None
        if before is not None and INITIALS.fullmatch(before.text):
            return False
        beside = [tokens[i] for i in (first - 2, last + 2) if 0 <= i < len(tokens)]
        links = [tokens[i].text for i in (first - 1, last + 1) if 0 <= i < len(tokens)]
        if any(link in COORDINATORS for link in links) and any(t.ent_type == "PERSON" for t in beside):
            return False
    return True


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """Towns of Britain and Ireland (digest/annotate/data/towns.yml, written from GeoNames)."""
    return frozenset(data_file(DATA / "towns.yml"))


@lru_cache(maxsize=65536)
def is_geographic(name: str) -> bool:
    """Whether a name is a country, a large city, a US state or a continent, however capitalised."""
    return any(form in countries() or form in places() for form in (name, name.title()))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Large cities, US states and continents (digest/annotate/data/places.yml, written from GeoNames)."""
    return frozenset(data_file(PLACES))


PLACES = DATA / "places.yml"


def join_spellings(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """One actor per name in an article: "LONDON" (a headline's capitals) and "London" are one, and so are
    "Moldova" tagged a place and "Moldova" tagged an organisation, and the ways of writing one name
    `spelling_key` leaves aside ("TimeWarner" and "Time Warner", "Kilroy-Silk" and "Kilroy Silk", "ABC" and "ABC
    Inc"); the type most of its mentions have wins (a person's name over a tie), an organisation's when a firm's
    suffix is written, and the name is written as its mentions most often write it, without the suffix. A sports
    report's venues stay a place beside the club of their name (`venues_apart_from_a_club`)."""
    suffixes: dict[str, set[str]] = defaultdict(set)
    for name, _ in clusters:
        suffixes[spelling_key(name)].add(company_suffix(name))
    groups: dict[str, list[tuple[str, ActorType]]] = defaultdict(list)
    for name, type_ in clusters:
        key = spelling_key(name)  # but "Leadplex LLC" and "Leadplex Inc" are two firms
        groups[key if len(suffixes[key] - {""}) < 2 else name.casefold()].append((name, type_))
    for keys in groups.values():
        if len(keys) < 2:
            continue
        members = [m for key in keys for m in clusters.pop(key)]
        members = venues_apart_from_a_club(clusters, members)
        votes = Counter(m.type for m in members)
        filed_from = any(m.label in (DATELINE_LABEL, VENUE_LABEL) for m in members)  # a tie with a dateline's
        # place, or a game's venue, is a place
        type_ = max(votes, key=lambda t: (votes[t], t == "person", filed_from and t == "place"))
        if any(company_suffix(name) for name, _ in keys) or type_ == "place" and not filed_from and \
                called_a_body(members):
            type_ = "organisation"  # "Cofinec S.A." beside "Cofinec" tagged PERSON: its suffix says it is a firm;
            # "Russian gas giant Gazprom" beside "Gazprom" tagged a place thrice: the description says it is one
        types_of = Counter(name for name, _ in keys)
        name = max((k[0] for k in keys), key=lambda n: (n.split()[-1] not in COMPANY_SUFFIXES, not n.isupper(),
                                                         sum(m.name == n for m in members),
                                                         types_of[n], n))
        clusters.setdefault((name, type_), []).extend(members)


def venues_apart_from_a_club(clusters: dict[tuple[str, ActorType], list[Mention]], members: list[Mention]
                             ) -> list[Mention]:
    """The mentions of one name less its venues (`VENUE_LABEL`: "In Leeds, …", "YORK AT LEEDS") when the others vote
    it an organisation ("Leeds beat York", "Leeds 2 York 1"): the venues, where the game was played, become a place
    of their own, the town beside its club."""
    venues = [m for m in members if m.label == VENUE_LABEL]
    rest = [m for m in members if m.label != VENUE_LABEL]
    votes = Counter(m.type for m in rest)
    if not venues or max(votes, key=votes.__getitem__, default=None) != "organisation":
        return members
    clusters.setdefault((venues[0].name, "place"), []).extend(venues)
    return rest


def called_a_body(members: Sequence[Mention]) -> bool:
    """Whether some mention the NER took for a place's the article's words made an organisation's (a description,
    "gas giant Gazprom"; a list, "firms such as Breville") and none is a country's or large city's name: that
    evidence outweighs the NER's other places of the same name (not a dateline's, which is where the story was
    filed from)."""
    return any(m.label in ("GPE", "LOC") and m.type == "organisation" for m in members) and \
        not any(is_geographic(m.name) for m in members)


def join_clippings(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"the Lib Dems" in an article that names the "Liberal Democrats": an organisation's name of several words
    each of which clips the same word of a longer organisation's name of the article (`is_a_clipping_of`) is that
    organisation, when exactly one name it clips is itself no clipping of another ("Lib Dem" clips "Lib Dems" and
    "Liberal Democrats": the latter)."""
    names = [name for name, type_ in clusters if type_ == "organisation" and " " in name]
    for short in sorted(names, key=len):
        longer = [name for name in names if is_a_clipping_of(short, name)]
        fullest = [name for name in longer if not any(is_a_clipping_of(name, other) for other in longer)]
        if len(fullest) == 1:
            clusters[(fullest[0], "organisation")].extend(clusters.pop((short, "organisation")))
            names.remove(short)


def is_a_clipping_of(short: str, name: str) -> bool:
    """Whether a name of several words writes another of as many words each cut short or in the singular or plural:
    "Lib Dems" and "Lib Dem" of "Liberal Democrats"; not a name itself."""
    words, full = short.split(), name.split()
    return short != name and len(words) == len(full) > 1 and all(
        len(word) > 1 and word[0].isupper() and whole.rstrip("s").startswith(word.rstrip("s"))
        for word, whole in zip(words, full))


def spelling_key(name: str) -> str:
    """A name as one identity however an article spells it: case, spaces and hyphens between its words, "and" or
    "&" between them and a firm's suffix at its end (`COMPANY_SUFFIXES`) left aside. Within one article two names
    alike but for these are one: "Time Warner" and "TimeWarner", "Economic and Social Research Council" and
    "Economic Social Research Council", "ABC Inc" and "ABC"."""
    words = name.split()
    if company_suffix(name):
        words = words[:-1]
    return written_form(" ".join(words).casefold())


@lru_cache(maxsize=65536)
def written_form(text: str) -> str:
    """A name without the spaces, hyphens, "and" or "&" between its words ("JP Morgan", "JPMorgan": "JPMorgan"),
    with its numbers in figures (`NUMBER_WORDS`: "BBC Two", "BBC2": "BBC2"; "Channel Four", "Channel 4"), without
    a web address's ending (`WEB_ENDING`: "Amazon.com", "Amazon": "Amazon") nor a street's house number
    (`HOUSE_NUMBER`: "10 Downing Street", "Downing Street")."""
    text = HOUSE_NUMBER.sub("", WEB_ENDING.sub("", text))
    return "".join(NUMBER_WORDS.get(word.casefold(), word) for word in re.split(r"[\s-]+", text)
                   if word not in ("and", "&"))


# A house number before a street's name: the address names the street's best-known building ("10 Downing Street",
# the prime minister's office, which the articles mostly write "Downing Street").
HOUSE_NUMBER = re.compile(rf"^\d+[a-z]? (?=.* (?:{'|'.join(STREET_WORDS)})$)", re.IGNORECASE)


# The end of a web address a firm named after its site is written with or without ("Amazon.com", "Napster.com").
WEB_ENDING = re.compile(r"\.(?:com|co\.uk|org|net)$", re.IGNORECASE)


# A number a name may write in words or in figures: a broadcaster's channels and stations ("BBC Two", "BBC2",
# "Radio Five Live", "Radio 5 Live") are named both ways, and neither way names another.
NUMBER_WORDS = {word: str(n) for n, word in enumerate("one two three four five six seven eight nine ten".split(), 1)}


def company_suffix(name: str) -> str:
    """The firm's suffix a name of several words ends with ("Inc", "plc", "S.A."), folded, or ""."""
    words = name.split()
    return words[-1].rstrip(".").casefold() if len(words) > 1 and words[-1] in COMPANY_SUFFIXES else ""


ACRONYM_SKIPPED = frozenset({"of", "and", "for", "the", "&", "on", "in", "de"})


def join_acronyms(clusters: dict[tuple[str, ActorType], list[Mention]]) -> None:
    """"NIESR" in an article that names the "National Institute of Economic and Social Research": an
    organisation or a place written in capitals that are the initials of exactly one other organisation's name
    ("OFHEO", "METI", which the NER takes for places), or a name of any type written so in title case ("Ampas"
    beside the Academy of Motion Pictures Arts and Sciences, "Wada"); not a place's own short name ("LA", "UAE");
    "JK" where the article names Jason King: two or three capitals that are one person's initials. Capitals the
    NER took for a person join a body only where no person of the article has those initials ("HRSA said" beside
    the Harbour Road Safety Authority)."""
    organisations = [name for name, type_ in clusters if type_ == "organisation"]
    people = [name for name, type_ in clusters if type_ == "person" and " " in name]
    for short, type_ in list(clusters):
        titled = len(short) >= 3 and short[0].isupper() and short[1:].islower()  # "Ampas", as the BBC writes them
        if not (2 <= len(short) <= 6 and short.isalpha() and (short.isupper() or titled)) or \
                type_ == "place" and (is_geographic(short) or short in region_abbreviations()):
            continue
        full = [name for name in organisations if name != short and short.upper() in acronyms(name)]
        if len(full) == 1 and (short, type_) in clusters and \
                (type_ != "person" or titled or not any(initials(name) == short for name in people)):
            clusters[(full[0], "organisation")].extend(clusters.pop((short, type_)))
    join_abbreviations(clusters, organisations, people)
    # "JK, also known as Jason King": a person known by initials
    for short, type_ in [key for key in clusters if 2 <= len(key[0]) <= 3 and key[0].isalpha() and key[0].isupper()]:
        full = [name for name in people if initials(name) == short]
        if len(full) == 1 and type_ != "place":
            clusters[(full[0], "person")].extend(clusters.pop((short, type_)))


ABBREVIATION_MARKS = re.compile(r"[.\-]")  # "U.N.", "DVB-H": full stops and hyphens give no letter


def abbreviates(short: str, name: str) -> bool:
    """Whether a short form that is no plain acronym in capitals abbreviates a name of several words: each
    capitalised word gives its first letter in capitals and maybe its next letters in lower case ("DrKW" of
    Dresdner Kleinwort Wasserstein), a word such as "of", "for", "and" gives its first letter in lower case, an
    ampersand or nothing ("BoE" of the Bank of England, "TfL" of Transport for London, "M&S" of Marks & Spencer),
    full stops and hyphens give nothing ("U.N." of the United Nations, "DVB-H"). Two capitals at least, no word of
    the name left out but those small words, and some word cut: "DuPont" abbreviates no "Democratic Party",
    "PayPal" no "Pink Panther", "Abu-Laban" no "Abu Laban"."""
    letters = ABBREVIATION_MARKS.sub("", short)
    if short.isupper() and short.isalpha() or " " in short or \
            sum(c.isupper() for c in letters) < 2 or len(letters) > 8:
        return False  # a plain acronym is `acronyms`' ("EU"); a name of words is none
    words = re.split(r"[\s-]+", name)
    cut = sum(c.isalpha() for c in letters) < sum(c.isalpha() for w in words if w.lower() not in ACRONYM_SKIPPED
                                                  for c in w)  # "Abu-Laban" is a spelling of "Abu Laban"
    return " " in name and cut and spells(letters, words)


def spells(letters: str, words: Sequence[str]) -> bool:
    """Whether `letters` are the starts of `words` in order, as `abbreviates` reads them."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    small = word.lower() in ACRONYM_SKIPPED
    if small and spells(letters, rest):
        return True  # "of" left out
    if not letters:
        return False
    if word == "&" or word == "and":
        return letters[0] == "&" and spells(letters[1:], rest)
    if not (letters[0] == word[0] and word[0].isupper() or small and letters[0] == word[0].lower()):
        return False
    run = len(letters) - len(letters[1:].lstrip("abcdefghijklmnopqrstuvwxyz"))  # the letter and lower case after
    return any(letters[1:n] == word[1:n] and spells(letters[n:], rest) for n in range(1, run + 1))


def join_abbreviations(clusters: dict[tuple[str, ActorType], list[Mention]], organisations: Sequence[str],
                       people: Sequence[str]) -> None:
    """"M&S", "DrKW", "BoE", "U.N." join the one organisation of the article whose name they abbreviate
    (`abbreviates`); not a place's own short form ("L.A.", "D.C.": two letters join only as the NER's
    organisation). A body's short form written with an ampersand or lower-case letters is no one's initials: the
    name of several words it abbreviates, which the NER took for a person's ("DrKW" beside "Dresdner Kleinwort
    Wasserstein"), is that body."""
    for short, type_ in list(clusters):
        letters = ABBREVIATION_MARKS.sub("", short)
        if (short, type_) not in clusters or len(letters) == 2 and type_ != "organisation" or \
                type_ == "place" and is_geographic(letters):
            continue
        bodily = type_ == "organisation" and bool(re.search(r"[a-z&]", short))
        full = [(name, kind) for names, kind in ((organisations, "organisation"), (people if bodily else (), "person"))
                for name in names if name != short and abbreviates(short, name)]
        if len(full) == 1 and full[0] in clusters:
            joined = clusters.pop(full[0]) + clusters.pop((short, type_))
            clusters.setdefault((full[0][0], "organisation"), []).extend(joined)


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    return "".join(w[0] for w in name_words(name)).upper()


def name_words(name: str) -> list[str]:
    """The words of a name that its initials come from: without "of", "and", "de" and the like, and without an
    elided French or Italian article before a capital ("Conseil National de l'Energie" gives C, N, E: "CNE")."""
    words = (re.sub(r"^[lLdD]['’](?=[A-Z])", "", w) for w in re.split(r"[\s-]+", name))
    return [w for w in words if w and w.lower() not in ACRONYM_SKIPPED]


@lru_cache(maxsize=65536)
def acronyms(name: str) -> frozenset[str]:
    """The ways a body's name is written in capitals: its initials ("EU" of the European Union), or with a word
    itself in capitals kept whole ("UKIP" of the UK Independence Party, "BBCWS" of the BBC World Service)."""
    words = name_words(name)
    return frozenset({initials(name),
                      "".join(w if len(w) > 1 and w.isalpha() and w.isupper() else w[0] for w in words).upper()})


def identify(mention: Mention, by_surname: dict[str, list[str]],
             namesakes: Namesakes) -> tuple[str, ActorType] | None:
    """The (name, type) a mention belongs to inside its article; None for a surname that several people
    of the article share when the text does not say which of them it is (`Namesakes`)."""
    particled = particle_surname(mention.name, by_surname)
    if mention.type == "person" and particled:
        return particled[0], "person"  # "Van Gisbergen" beside "Mark van Gisbergen"
    if mention.type == "person" and len(mention.name.split()) == 1:
        candidates = by_surname.get(mention.name, []) or misspelt_surname(mention.name, by_surname)
        if candidates and mention.name in namesakes.unnamed:
            candidates = [*candidates, mention.name]  # "Mr. Obama" where only Michelle Obama is named in full
        if len(candidates) > 1:
            chosen = namesakes.choose(mention, candidates)
            return (chosen, "person") if chosen is not None else None
        if candidates:
            namesakes.seen(candidates[0], mention)
            return candidates[0], "person"
        # "Greg" in a report on Greg Rusedski: the one full name the article gives with that first name
        known_as = {name for names in by_surname.values() for name in names if name.split()[0] == mention.name}
        if len(known_as) == 1:
            return known_as.pop(), "person"
    if mention.type == "person":
        namesakes.seen(mention.name, mention)
    return mention.name, mention.type


def full_name_forms(full_names: Sequence[str]) -> dict[str, str]:
    """Each full name → the form its person goes by in the article: "Donald J. Trump" and "Hillary Rodham
    Clinton" beside "Donald Trump" and "Hillary Clinton" are one person each (the same first name and
    surname, a middle name or initial between, `people_of_one_name`), named as the article most often writes them
    (the shorter form on a tie); a first initial and a surname ("G Henson" in a line-up) are the one full name they
    begin."""
    counts = Counter(full_names)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in counts:
        words = name.split()
        if is_first_name(words[0]) and len(words) <= 4:
            groups[(words[0], words[-1])].append(name)
    forms = {name: name for name in counts}
    for names in groups.values():
        for person in people_of_one_name(names):
            best = max(person, key=lambda n: (counts[n], -len(n), n))
            forms.update((name, best) for name in person)
    for name in counts:  # "G Henson" of a line-up beside "Gavin Henson": the one full name the initial begins
        initial, *rest = name.split()
        if re.fullmatch(r"[A-Z]\.?", initial) and rest:
            fuller = {forms[n] for n in counts if n.split()[1:] == rest and n[0] == initial[0] and
                      not re.fullmatch(r"[A-Z]\.?", n.split()[0])}
            if len(fuller) == 1:
                forms[name] = fuller.pop()
    return forms


def people_of_one_name(names: Sequence[str]) -> list[list[str]]:
    """Full names of one first name and surname grouped by person: the names whose middle names or initials begin
    with the same letters are one person ("Hillary Rodham Clinton", "Hillary R. Clinton"), other middle initials
    another ("George H.W. Bush" and "George W. Bush", father and son, in one article); a name without a middle one
    ("George Bush") is the one person of a middle name, and stands alone beside two."""
    middles: dict[str, list[str]] = defaultdict(list)
    for name in names:
        middles["".join(part[0] for word in name.split()[1:-1] for part in word.split(".") if part)].append(name)
    bare = middles.pop("", [])
    if len(middles) == 1:
        return [bare + next(iter(middles.values()))]
    return [*middles.values(), *([bare] if bare else [])]


# The gender an honorific or a title before a name gives its person ("Mrs Obama", "first lady").
GENDER_OF_WORD = {**{w: "m" for w in MALE_WORDS}, **{w: "f" for w in FEMALE_WORDS}}
NO_CUES = Cues()
NEARBY = 1  # paragraphs back in which a namesake named by full name competes with the surname's holder


class Namesakes:
    """Which of several people of one article sharing a surname a bare surname names, read in order.

    Local evidence first: the person's first name written before it ("Ivanka Trump" cut by the NER),
    an honorific or title of one gender ("Mrs Obama", "Mr Obama") where their first names differ in
    gender, a title or role word the article gives only one of them ("President Obama", "Sen. Cruz").
    Otherwise the surname keeps naming the person it named before (its holder: a relative named once in
    passing does not take it over), unless another of them was named by full name since, within the same
    or the previous paragraph: then the text does not say which, and the mention is left to nobody. The
    first bare surname goes to the one of them named nearby, or to the last one named before it (the first
    one named when none was); several named nearby leave it to nobody.
    """

    def __init__(self, by_surname: Mapping[str, Sequence[str]], people: Sequence[Mention],
                 cues: Mapping[tuple[int, int], Cues], same_person: Mapping[str, str],
                 texts: Sequence[str] = ()) -> None:
        self.cues = cues
        self.texts = texts
        self.by_surname = by_surname
        self.kin_named: dict[str, tuple[int, int]] = {}  # a namesake last named as another's relative (`seen`)
        self.first_named: dict[str, tuple[int, int]] = {}
        self.descriptions: dict[str, set[str]] = defaultdict(set)  # title and role words the article gives
        for mention in people:
            name = same_person.get(mention.name)
            if name is not None and name in by_surname.get(surname(name, same_person.values()), ()):
                self.first_named.setdefault(name, (mention.paragraph, mention.start))
                self.descriptions[name].update(self.words(mention))
        self.unnamed: dict[str, str] = {}  # surname -> gender of a namesake named by it alone (`find_unnamed`)
        self.find_unnamed(people, by_surname)
        self.last_seen: dict[str, tuple[int, int]] = {}
        self.holder: dict[str, str] = {}
        self.resolved: Counter[str] = Counter()  # how each ambiguous surname was resolved, for the benchmarks

    def words(self, mention: Mention) -> set[str]:
        return {w for w in self.cues_of(mention).before if w not in HONORIFICS}

    def cues_of(self, mention: Mention) -> Cues:
        return self.cues.get((mention.paragraph, mention.start), NO_CUES)

    def seen(self, name: str, mention: Mention) -> None:
        """Where each namesake was last named: `name` at the mention, and the one other namesake sharing its surname
        at a relative "his" or "her" takes up after it ("Eric Hale's comments came after his father …": Tom Hale,
        where the article names both)."""
        self.last_seen[name] = (mention.paragraph, mention.start)
        kin = self.cues_of(mention).kin
        others = {n for names in self.by_surname.values() if name in names for n in names if n != name}
        if kin is not None and len(others) == 1:
            self.kin_named[others.pop()] = (mention.paragraph, kin)

    def choose(self, mention: Mention, candidates: Sequence[str]) -> str | None:
        # "Beyond Trump", "Crooked Hillary Clinton": no first name and nothing the article says of them
        candidates = [c for c in candidates if is_first_name(c.split()[0]) or self.descriptions[c] or
                      c in self.unnamed] or list(candidates)
        if len(candidates) == 1:
            chosen, how = candidates[0], "one first name"
        else:
            chosen, how = self.by_evidence(mention, candidates), "evidence"
            if chosen is not None and self.written_in_full([chosen], self.cues_of(mention).before):
                how = "first name"  # a full name cut by the NER, seen as one
        if chosen is None:
            chosen, how = self.by_position(mention, candidates), "position"
        written = self.of_the_gender_written(mention, candidates)
        if chosen is not None and chosen not in written:  # "Mrs Clinton" beside Bill, Hillary and Chelsea: not him
            chosen = self.by_position(mention, written) if written else None
        if len(written) < len(candidates):
            how = "evidence"
        self.resolved[how if chosen is not None else "abstained"] += 1
        if chosen is not None and how != "evidence":  # "Mrs Obama" says nothing of whom a bare "Obama" names
            self.seen(chosen, mention)
        if chosen is not None and how == "position":
            self.holder[mention.name] = chosen
        return chosen

    def of_the_gender_written(self, mention: Mention, candidates: Sequence[str]) -> list[str]:
        """The candidates of the one gender an honorific or a title before the mention gives ("Mrs", "first
        lady"), where every candidate's gender is known; all of them otherwise."""
        genders = {GENDER_OF_WORD[w] for w in self.cues_of(mention).before if w in GENDER_OF_WORD}
        if len(genders) != 1 or not all(self.gender(c) is not None for c in candidates):
            return list(candidates)
        return [c for c in candidates if self.gender(c) in genders]

    def honorific_gender(self, mention: Mention) -> str | None:
        genders = {GENDER_OF_WORD[w] for w in self.cues_of(mention).before if w in HONORIFICS and w in GENDER_OF_WORD}
        return genders.pop() if len(genders) == 1 else None

    def find_unnamed(self, people: Sequence[Mention], by_surname: Mapping[str, Sequence[str]]) -> None:
        """Surnames the article also gives, with an honorific of the other gender ("Mr. Obama"), to someone it
        never names in full, where every full name with that surname is of a known gender ("Michelle Obama"):
        that person is one more of the namesakes, known by the surname alone."""
        for mention in people:
            full = by_surname.get(mention.name, ())
            gender = self.honorific_gender(mention) if full else None
            genders = {gender_of_name(name) for name in full}
            if gender is not None and None not in genders and gender not in genders:
                self.unnamed.setdefault(mention.name, gender)
                self.first_named.setdefault(mention.name, (mention.paragraph, mention.start))

    def gender(self, name: str) -> str | None:
        return self.unnamed.get(name) or gender_of_name(name)

    def by_evidence(self, mention: Mention, candidates: Sequence[str]) -> str | None:
        """The one candidate that what the text writes before the mention fits, if exactly one does."""
        cues = self.cues_of(mention)
        before = cues.before
        fits = self.written_in_full(candidates, before)  # "Ivanka Trump", "Filip De Wilde" cut by the NER
        genders = {GENDER_OF_WORD[w] for w in before if w in GENDER_OF_WORD}
        known = all(self.gender(c) is not None for c in candidates)  # "Jeh" may be a man's or a woman's
        if not fits and len(genders) == 1 and known:
            fits = [c for c in candidates if self.gender(c) in genders]
        if not fits:
            words = {w for w in before if w not in HONORIFICS and (w in TITLE_WORDS or len(w) > 2)}
            fits = [c for c in candidates if words & self.descriptions[c]]
        if not fits and not genders and cues.pronoun is not None and known:
            fits = [c for c in candidates if self.gender(c) == cues.pronoun]
        return fits[0] if len(fits) == 1 else None

    @staticmethod
    def written_in_full(candidates: Sequence[str], before: tuple[str, ...]) -> list[str]:
        """The candidates whose words before the surname are the words written before the mention (the
        longest such name when several are)."""
        fits = [c for c in candidates if " " in c and
                before[-len(c.split()) + 1:] == tuple(w.lower() for w in c.split()[:-1])]
        longest = max((len(c.split()) for c in fits), default=0)
        return [c for c in fits if len(c.split()) == longest]

    def by_position(self, mention: Mention, candidates: Sequence[str]) -> str | None:
        here = (mention.paragraph, mention.start)
        named = {c: self.last_seen[c] for c in candidates if c in self.last_seen}
        nearby = [c for c, at in named.items() if at[0] >= mention.paragraph - NEARBY]
        holder = self.holder.get(mention.name)
        if holder is not None and holder in candidates:
            rivals = [c for c in nearby if c != holder and named[c] > named.get(holder, (-1, -1))]
            return None if rivals else holder
        kin = [c for c in candidates
               if c not in nearby and self.kin_named.get(c, (-1, -1))[0] >= mention.paragraph - NEARBY]
        if len(named) == 1 and not kin:
            return next(iter(named))
        if len(nearby) + len(kin) > 1:
            return None  # "Eric Hale's comments came after his father …. Hale said": the text does not say which
        if nearby:
            return nearby[0]
        written = self.written_last_before(mention, candidates) if not named else None
        return written or min(candidates, key=lambda c: self.first_named.get(c, here))  # the one the article is about

    def written_last_before(self, mention: Mention, candidates: Sequence[str]) -> str | None:
        """The candidate whose full name the text writes last before the mention, where the NER missed it
        ("CLEVELAND - Donald Trump painted …" beside Ivanka Trump, named later: the first bare "Trump" is his)."""
        texts = [*self.texts[:mention.paragraph], self.texts[mention.paragraph][:mention.start]] \
            if mention.paragraph < len(self.texts) else []
        where = {c: (i, text.rfind(c)) for c in candidates for i, text in enumerate(texts) if c in text}
        return max(where, key=lambda c: where[c]) if where else None


def gender_of_name(name: str) -> str | None:
    """"m" or "f" where a full name's first word is a first name given to one gender (at least 85% of the
    people who have it: `first_name_gender`); None for names given to both ("Jean", "Kim") or unlisted."""
    return {"male": "m", "female": "f"}.get(first_name_gender(name.split()[0]) or "")


def misspelt_surname(word: str, by_surname: dict[str, list[str]]) -> list[str]:
    """"Hassel" or "Hassall" in an article that names "Brian Hassell": a surname written alone that no
    full name ends in, one letter away from exactly one surname the article gives (five letters or more)."""
    if len(word) < 5:
        return []
    close = [name for known, names in by_surname.items() for name in names
             if known[:1] == word[:1] and len(known) >= 5 and one_edit_apart(known, word)]
    return close if len(close) == 1 else []


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter inserted, deleted or replaced turns `a` into `b` (and they differ)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def particle_surname(name: str, by_surname: dict[str, list[str]]) -> list[str]:
    """"Van Gisbergen", "van der Walt", "De Villiers": a name of particles (NAME_PARTICLES) and a last word is a
    surname; the one full name of the article ending with the same words, however capitalised, is its
    holder ("Mark van Gisbergen"). [] when the name is not made so or no single full name ends so."""
    words = name.split()
    if len(words) < 2 or not all(w.lower() in NAME_PARTICLES for w in words[:-1]):
        return []
    ending = [w.casefold() for w in words]
    holders = [full for full in by_surname.get(words[-1], [])
               if [w.casefold() for w in full.split()[-len(words):]] == ending and len(full.split()) > len(words)]
    return holders if len(holders) == 1 else []


# Words after a surname that tell a father from his son ("Vladimir Guerrero Jr."), no part of the surname.
GENERATIONAL_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def surname(name: str, others: Iterable[str] = ()) -> str:
    """The last word of a person's name, before a generational suffix ("Guerrero" of "Vladimir Guerrero Jr."),
    which a later reference leaves out ("Guerrero said"); the suffix itself where another of the `others` (the
    article's full names) ends with that surname, a father beside his son ("Brent Bozell III" and "Brent Bozell"),
    whom the bare surname may name."""
    words = name.split()
    while len(words) > 1 and words[-1] in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    if words[-1] != name.split()[-1] and any(other.split()[-1] == words[-1] for other in others if other != name):
        return name.split()[-1]
    return words[-1]


# A speaker's name as the attribution prints it when no actor covers it: capitalised words, a surname's particle
# between them ("Nick Van den Brul"), a hyphen or an apostrophe inside one ("Magnenat-Thalman", "O'Connor"), a
# surname's prefix ("McAdam", "DiNapoli").
SPEAKERS_WORD = r"(?:Mc|Mac|Di|De|Le|La)?[A-Z][a-z]*(?:['’-][A-Za-z][a-z]+)*[a-z]"
SPEAKERS_NAME = re.compile(rf"{SPEAKERS_WORD}"
                           rf"(?: (?:(?:van|von|de|den|der|du|da|la|le) )*(?:[A-Z]\.?|{SPEAKERS_WORD}))*")
ACRONYM = re.compile(r"[A-Z]{3,6}")  # "RSPCA", "IAAF": a body's initials; not "LP", "VP"
NAMELESS_METHODS = frozenset({"unnamed", "term"})


def with_named_speakers(parsed: ParsedArticle, actors: Sequence[LocalActor],
                        quotes: Sequence[Quote]) -> tuple[tuple[LocalActor, ...], tuple[Quote, ...]]:
    """The article's actors with one more for each speaker the attribution found by name but no actor covers (the
    NER missed the name or typed it no person), and the quotations linked to it: a person named by a first name and
    a surname ("Isabelle Kronawitter said"), or a surname alone that the article writes after one first name only
    ("Kronawitter said" where it wrote "Isabelle Kronawitter"); a body named by its initials ("the RSPCA said").
    An actor of the same type all of whose mentions lie inside the name's ("Mike" of "Mike Friday"), or one of
    another type all of whose mentions lie inside the full name's ("Velk" of "Ivo Velk", taken for a place), is a
    piece of it the NER cut or mistyped and is replaced by it. A speaker of no such shape (a description, a title,
    a plural, a first name alone), or whose name another actor's mention overlaps otherwise, is left unlinked; one
    written with a post before a person's full name is linked to that person (`person_named_after_a_post`)."""
    unlinked = list(dict.fromkeys(q.speaker for q in quotes if q.speaker and q.speaker_key is None and
                                  q.method not in NAMELESS_METHODS))
    if not unlinked:  # most articles: every speaker is an actor or nobody
        return tuple(actors), tuple(quotes)
    lower_words = lower_case_words(parsed)
    actors = list(actors)
    linked: dict[str, str] = {}  # a speaker's name or a replaced actor's key -> the new actor's key
    for speaker in unlinked:
        found = speakers_actor(parsed, actors, speaker, lower_words)
        if found is None:
            named = person_named_after_a_post(actors, speaker)
            if named is not None:
                linked[speaker] = named.key
            continue
        actor, pieces = found
        linked[speaker] = actor.key
        linked.update((piece.key, actor.key) for piece in pieces)
        if actor.key not in {a.key for a in actors}:
            actors = [a for a in actors if a not in pieces] + [actor]
    return tuple(actors), tuple(linked_quote(q, linked) for q in quotes)


def person_named_after_a_post(actors: Sequence[LocalActor], speaker: str) -> LocalActor | None:
    """The one person of the article whose full name a speaker's name ends with, after the post or party the
    writer put before it ("Shadow spokesman for sport Ann Hale" where the article's actor is "Ann Hale"), or None."""
    name = name_without_role(speaker)
    found = [a for a in actors if a.type == "person" and a.name == name] if name != speaker else []
    return found[0] if len(found) == 1 else None


def linked_quote(quote: Quote, linked: Mapping[str, str]) -> Quote:
    """A quotation linked to the actor its speaker's name made, or moved off a piece of that name to it."""
    if quote.speaker_key is None and quote.speaker in linked and quote.method not in NAMELESS_METHODS:
        return replace(quote, speaker_key=linked[quote.speaker])
    return replace(quote, speaker_key=linked[quote.speaker_key]) if quote.speaker_key in linked else quote


def speakers_actor(parsed: ParsedArticle, actors: Sequence[LocalActor], speaker: str,
                   lower_words: Set[str]) -> tuple[LocalActor, list[LocalActor]] | None:
    """The actor a speaker's name makes (see `with_named_speakers`), with every mention of the name in the article
    (a person's surname alone too), and the actors it replaces; or None."""
    if ACRONYM.fullmatch(speaker) and speaker.lower() not in lower_words:
        type_, name, forms = "organisation", speaker, (speaker,)
    elif SPEAKERS_NAME.fullmatch(speaker) and (" " in speaker or speaker.lower() not in lower_words):
        name = full_name_of(parsed, speaker)
        if name is None:
            return None
        type_, surname = "person", name.split()[-1]
        bare = surname.lower() not in lower_words and surname not in DAY_NAMES and not is_first_name(surname) and \
            not is_geographic(surname) and surname not in towns()  # "Mike Friday", "Jack London": the name only
        forms = (name, surname) if bare else (name,)
    else:
        return None
    mentions = mentions_of(parsed, forms, type_)
    overlapping = [a for a in actors if covered(a.mentions, mentions)]
    in_full = [m for m in mentions if m.text.startswith(name)]
    if not mentions or any(not covered(a.mentions, mentions if a.type == type_ else in_full, every=True)
                           for a in overlapping):
        return None  # another actor's word in the name: only one of the type anywhere in it, or another inside
        # its full name ("Velk" of "Ivo Velk", not of "in Velk"), is the same
    roles = [role for _, role in mention_roles(parsed, mentions)]
    return LocalActor(key=local_key(type_, name), name=name, type=type_, mentions=tuple(mentions),
                      role=Counter(roles).most_common(1)[0][0] if roles else None,
                      variants=tuple(sorted({m.text for m in mentions}))), overlapping


def covered(mentions: Sequence[Mention], by: Sequence[Mention], every: bool = False) -> bool:
    """Whether some (or, with `every`, all) of the characters of some mentions lie inside other mentions."""
    spans = {(m.paragraph, i) for m in by for i in range(m.start, m.end)}
    inside = [(m.paragraph, i) in spans for m in mentions for i in range(m.start, m.end)]
    return all(inside) if every else any(inside)


def full_name_of(parsed: ParsedArticle, speaker: str) -> str | None:
    """A person's full name from a speaker's: the name itself when it opens with a first name and has a surname
    ("Mike Friday"); for a surname alone, the one full name the article writes it in after a first name
    ("Kronawitter" of "Isabelle Kronawitter"), a title or a nation's word before it elsewhere allowed; else None (a
    first name alone, a word, a place, two people of the surname, another name before it)."""
    words = speaker.split()
    if len(words) > 1:
        return speaker if is_first_name(words[0]) and not is_first_name(words[-1]) else None
    if is_first_name(speaker) or is_title_word(speaker) or speaker in DAY_NAMES or is_geographic(speaker):
        return None
    before = {m.group(1) for p in parsed.paragraphs
              for m in re.finditer(rf"\b({SPEAKERS_WORD}) {re.escape(speaker)}\b", p.text)}
    firsts = {word for word in before if is_first_name(word)}
    others = before - firsts  # "Mr Velk", "American Velk": who the person is, not another name
    if len(firsts) != 1 or not all(is_title_word(w) or w in HONORIFICS or w in demonyms() for w in others):
        return None
    return f"{firsts.pop()} {speaker}"


def mentions_of(parsed: ParsedArticle, forms: Sequence[str], type_: ActorType) -> list[Mention]:
    """Every place the article writes one of a name's forms (the longest first) as a name of its own: not inside a
    run of capitalised words (the surname alone not in another's name)."""
    label = "PERSON" if type_ == "person" else "ORG"
    found: list[Mention] = []
    for p in parsed.paragraphs:
        spans: list[tuple[int, int]] = []
        for form in forms:
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?=['’]s\b|[^\w'’-]|$)", p.text):
                if any(s <= m.start() < e for s, e in spans) or runs_into_a_name(p.text, m.start(), m.end()):
                    continue
                spans.append(m.span())
        found += [Mention(p.index, s, e, p.text[s:e], forms[0], label, type_) for s, e in sorted(spans)]
    return found


def runs_into_a_name(text: str, start: int, end: int) -> bool:
    """Whether the words at a span run on into a capitalised word after it or follow one before it (a part of
    another name), not counting a possessive, a title, a post, a party or a trade before it ("Sky's", "Councillor",
    "MEP", "Tory") nor a sentence's first word."""
    after = re.match(r" [A-Z]", text[end:])
    before = re.search(r"([A-Z][\w'’-]*) $", text[:start])
    if after or before is None:
        return bool(after)
    word = before.group(1)
    return not (word.endswith(("'", "’", "'s", "’s")) or is_title_word(word) or is_post(word) or
                word in PARTY_WORDS or word.lower() in PERSON_NOUNS or
                re.search(r"(^|[.!?\"“”] )[A-Z][\w'’-]* $", text[:start]))
