"""Who the words of an attribution name: an actor of the article, a pronoun's antecedent, a description
("the home secretary", "the newspaper") resolved to the actor the article identifies with it, or an
unnamed source kept as written ("a spokesman for the company").

`References` walks the article once, in reading order, and keeps the subjects of its clauses (outside
quotations) as *events*; a pronoun or a definite description refers back along them. Every answer comes
with a confidence, so that the quote rules can leave a quotation without a speaker rather than print a
wrong name. Datelines, numbers and dates are never speakers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import takewhile

from digest.read.marks import CLOSING, OPENING
from digest.annotate.tokens import is_sentence_start, link_below, mention_tokens, object_of, sentence_of
from digest.model import LocalActor, Mention, ParsedArticle, ParsedParagraph, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
ORGANISATION_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# The words of a subject noun phrase kept in an unnamed source's description ("a senior U.S. official",
# "a spokesman for the company", "a source close to the campaign").
SOURCE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "quantmod", "prep",
                         "pobj", "case", "npadvmod", "acomp", "pcomp", "acl", "dobj"})
# Entity labels that never speak: "25 percent say", "Saturday said", "one dealer" is a person though.
NOT_SPEAKERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
# How far back (in paragraphs) a pronoun or a description looks for what it refers to.
REACH = 2
SURE = 0.6  # below this confidence a quotation is published as "speaker not identified"
LOOKBACK = 6  # sentences a description looks back for the person it takes up (quoted ones have no subject)

# Nouns that head a speaking source: people by what they are or do, bodies and groups, and documents or
# media that "say" things. A subject headed by any other noun ("the move", "the notion") is not a speaker.
PERSON_NOUNS = frozenset("""
official spokesman spokeswoman spokesperson representative aide adviser advisor analyst expert economist
lawyer attorney prosecutor judge minister secretary president chairman chairwoman chair director executive
chief head leader manager coach player striker midfielder defender goalkeeper keeper captain boss agent
owner founder investor dealer trader broker banker worker employee member candidate senator congressman
congresswoman governor mayor officer detective witness victim doctor scientist researcher professor teacher
student resident voter supporter critic campaigner activist protester fan viewer user customer parent mother
father wife husband son daughter brother sister friend colleague partner neighbour neighbor star actor actress
singer producer writer author novelist journalist reporter editor columnist host presenter commentator
pundit pollster strategist consultant lobbyist diplomat envoy ambassador general commander soldier insider
observer organiser organizer referee umpire rider driver athlete champion winner veteran chancellor premier
king queen prince princess pope bishop priest rabbi imam cleric source sources people person man woman
nominee delegate inspector economist administrator superintendent commissioner regulator negotiator mp
songwriter broadcaster sprinter cinematographer backbencher olympian academic
peer lord lady dame sir musician rapper comedian designer developer engineer architect planner forecaster
pilot officer official officials staffer staffers manager candidate frontrunner incumbent challenger
businessman businesswoman entrepreneur boss chairman ceo treasurer deputy vice-president narrator
announcer moderator interviewer panellist panelist speaker spokesperson rep sen gov republican democrat
conservative liberal socialist nationalist chief guard police policeman policewoman sheriff marshal
tenant landlord homeowner farmer shopper consumer buyer seller patient nurse surgeon physician psychologist
historian philosopher theologian biographer reviewer blogger boy girl child kid teen teenager mogul tycoon
magnate billionaire millionaire guy neurosurgeon widow widower mom dad grandmother grandfather uncle aunt
cousin nephew niece bride groom citizen graduate grandson granddaughter mountie
mechanic paramedic medic clerk cashier chef
""".split())
# Documents and messages that "say" what their author wrote ("the mayor's letter said" is the mayor's).
DOCUMENT_NOUNS = frozenset("""
report statement letter document memo filing complaint lawsuit ruling judgment verdict release tweet post
email message note book article editorial column transcript bulletin announcement missive suit
""".split())
COMPANY_NOUNS = frozenset({"company", "firm", "bank", "carrier", "retailer", "airline", "insurer", "broadcaster",
                           "giant", "carmaker", "manufacturer", "supermarket", "chain", "conglomerate"})
GROUP_NOUNS = DOCUMENT_NOUNS | frozenset("""
panel jury board committee commission council court government ministry department administration agency
company firm group bank club team party union association federation institute organisation organization
campaign office authority regulator watchdog body charity foundation university school hospital army military
newspaper paper daily magazine website network channel broadcaster station publication outlet tabloid
study survey poll ad advert advertisement commercial video headline website guidance audit review analysis
investigation inquiry industry market markets exchange embassy parliament congress senate house cabinet
opposition family utility coalition society corporation
""".split()) | COMPANY_NOUNS
# Objects of a verb by which one names oneself ("identified herself as …", "gave his name as …").
SELF_NAMING_OBJECTS = frozenset({"herself", "himself", "name"})
# Nouns for a body of any kind, which a writer uses to vary the name of the one just named ("the group").
GENERIC_BODY_NOUNS = frozenset({"group", "agency", "utility", "association", "organisation", "organization",
                                "body", "charity", "coalition", "federation", "society", "corporation"})
CLUB_NOUNS = frozenset({"club"})  # a sports club, which "the club" takes up as "the company" takes up a firm
MEDIA_NOUNS = frozenset({"newspaper", "paper", "daily", "magazine", "website", "network", "channel",
                         "broadcaster", "station", "publication", "outlet", "tabloid"})
# Descriptions of a newspaper or its opinion that take up the one outlet an article names before them anywhere in it
# ("the website" may be anybody's: a man's, a firm's).
ARTICLE_WIDE_OUTLET_NOUNS = frozenset({"newspaper", "paper", "editorial"})
# Nouns of the people who write a newspaper's opinion, with "editorial" before them ("the editorial board").
EDITORIAL_BODY_NOUNS = frozenset({"board", "page", "team", "staff", "writer"})
# Nouns that say no more of a person than their sex: "the woman" right after "a cashier" is the cashier.
PLAIN_PERSON_NOUNS = frozenset({"man", "woman"})
# Determiners that introduce someone unnamed ("a cashier", "another worshipper", "one voter").
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "one"})
FEMALE_WORDS = frozenset("""
mrs ms miss lady dame madam spokeswoman chairwoman businesswoman congresswoman actress woman wife mother
daughter sister queen princess duchess policewoman sportswoman baroness countess viscountess marchioness
""".split())
MALE_WORDS = frozenset("""
mr sir lord spokesman chairman businessman congressman man husband father son brother king prince duke
policeman sportsman baron viscount marquess earl
""".split())


@dataclass(frozen=True)
class Referent:
    """What a subject names: an actor of the article, or a description kept as written."""

    name: str
    actor: LocalActor | None
    confidence: float
    method: str


@dataclass(frozen=True)
class Event:
    """A clause's subject outside quotations, in reading order: who the text was just about."""

    paragraph: int
    offset: int
    referent: Referent | None  # None: a pronoun the rules could not resolve
    person: bool
    topic: bool = False  # a name opening the sentence without being its subject (weaker than a subject)
    main: bool = False  # the subject of the sentence's main verb (stronger than a subordinate clause's)
    conjoined: bool = False  # the subject of a main clause coordinated with the first ("…, but X said")
    lost: bool = False  # a sentence whose subject the text lost ("… in Sheffield. ¶ delivered a powerful run")
    pronoun_gender: str | None = None  # "m" for a subject written "he", "f" for "she"


# Verbs that agree with a plural subject ("Roxy Music were formed", "Bath have been knocked out").
PLURAL_VERBS = frozenset({"are", "were", "have", "'re", "'ve", "’re", "’ve"})
# Players named by their position and performers by their trade, as sports and entertainment reports vary a name
# ("the defender told The Guardian", "the presenter said"): nouns of what the person written about is known for.
KNOWN_FOR_NOUNS = frozenset({"striker", "defender", "midfielder", "goalkeeper", "keeper", "winger", "batsman", "bowler",
                             "star", "singer", "actor", "actress", "presenter", "host", "comedian", "rapper", "musician"})
# The dependencies that hang a clause from its sentence: an adverbial clause of time or circumstance ("after
# reports claimed …"), a relative clause ("the panel, which includes …").
ADVERBIAL = frozenset({"advcl"})
RELATIVE = frozenset({"relcl"})
# The actor types a name the NER missed may name: as the subject of a clause, and as a speaker (a place that
# "said" is a person the NER took for one).
PEOPLE = frozenset({"person"})
BODIES = frozenset({"organisation"})
SPEAKERS = PEOPLE | BODIES


class References:
    """The article seen by the attribution rules: actors by position, roles, and the subjects of clauses."""

    def __init__(self, parsed: ParsedArticle, actors: Sequence[LocalActor],
                 inside_quote: Callable[[int, int], bool]) -> None:
        self.parsed = parsed
        self.mentions = sorted(((m, a) for a in actors for m in a.mentions),
                               key=lambda pair: (pair[0].paragraph, pair[0].start))
        self.by_paragraph: dict[int, list[tuple[Mention, LocalActor]]] = defaultdict(list)
        for mention, actor in self.mentions:
            self.by_paragraph[mention.paragraph].append((mention, actor))
        self.inside_quote = inside_quote
        self.roles = role_words(parsed, self.mentions)
        self.actors = tuple(actors)
        self.lower_words = lower_case_words(parsed)
        self.thing_names = names_of_things(parsed)
        self.other_names = {a.name for a in actors if a.type != "person"}
        self.full_names = [a for a in actors if a.type == "person" and " " in a.name]  # people with a surname
        surnames = [a.name.split()[-1] for a in self.full_names]
        self.shared_surnames = {name for name in surnames if surnames.count(name) > 1}
        self.by_surname = {a.name.split()[-1]: a for a in actors if a.type == "person" and " " in a.name and
                           a.name.split()[-1] not in self.shared_surnames}
        self.name_genders = {a.key: first_name_gender_of(a) or gender_by_pronouns(parsed, a) for a in actors}
        self.genders = {a.key: self.article_gender(a) for a in actors}
        self.sentences = [(p.index, p.tokens[start].idx, p.tokens[end - 1].idx + len(p.tokens[end - 1].text))
                          for p in parsed.paragraphs for start, end in p.sents if end > start]
        self.people_typed_otherwise = self.speaking_in_the_first_person()
        self.photo_lines = photo_lines(parsed)
        self.events: list[Event] = []  # grows in reading order: a pronoun sees only the subjects before it
        for paragraph in parsed.paragraphs:
            self.add_events(paragraph)

    def article_gender(self, actor: LocalActor) -> str | None:
        """The gender the article gives a person (an honorific, a gendered role word), unless it is only a role
        word's against their first name (`role_against_first_name`)."""
        words = self.roles.get(actor.key, set()) | self.titles_before(actor)
        return None if role_against_first_name(actor, words, self.name_genders[actor.key]) else gender_of(actor, words)

    def titles_before(self, actor: LocalActor) -> set[str]:
        """The word right before each of an actor's mentions ("Mr" in "Mr Blair"), lower-case."""
        found = set()
        for mention in actor.mentions:
            before = self.parsed.paragraphs[mention.paragraph].text[:mention.start].rsplit(None, 1)[-1:]
            found.update(w.lower().rstrip(".") for w in before)
        return found

    def actor_at(self, paragraph: int, token: Token) -> LocalActor | None:
        for mention, actor in self.by_paragraph.get(paragraph, ()):
            if mention.start <= token.idx < mention.end:
                return actor
        return None

    def add_events(self, paragraph: ParsedParagraph) -> None:
        for start, end in paragraph.sents:
            if lost_subject(paragraph, start, end) and not self.inside_quote(paragraph.index, paragraph.tokens[start].idx):
                self.events.append(Event(paragraph.index, paragraph.tokens[start].idx, None, True, main=True, lost=True))
                continue
            topic = self.sentence_topic(paragraph, start, end)
            view = topic is not None and opens_with_view_of(paragraph, start)
            if view:  # "For Jonathan Chait, Williamson is exposing …": the sentence is Chait's view, not Williamson's
                topic = replace(topic, topic=False, main=True)
            for token in paragraph.tokens[start:end]:
                if token.dep not in SUBJECT_DEPS or self.inside_quote(paragraph.index, token.idx) or \
                        is_dateline(paragraph, token):
                    continue  # "MACAU (Reuters) – Top donor Sheldon Adelson said": the place is no subject
                verb = paragraph.tokens[token.head]
                if verb.dep not in ("ROOT", "conj", "ccomp", "advcl") and verb.pos not in ("VERB", "AUX"):
                    continue
                if self.beside_named_subject(paragraph, token, verb):
                    continue
                if topic is not None and topic.offset < token.idx:
                    self.events.append(topic)
                    topic = None
                token = subject_after_but(paragraph, token)
                referent = self.subject_referent(paragraph, token)
                if referent is not _OTHER:
                    # "people", "analysts": a plural source is nobody's "he" or "she"
                    person = referent is None or \
                        (referent.actor is None and token.tag != "NNS" and not self.names_no_one(paragraph, token)) or \
                        (referent.actor is not None and self.is_person(referent.actor))
                    conjoined = verb.dep == "conj" and paragraph.tokens[verb.head].dep == "ROOT"
                    self.events.append(Event(paragraph.index, token.idx, referent, person,
                                             main=not view and self.speaks_for_sentence(paragraph, verb, (start, end)),
                                             conjoined=conjoined,
                                             pronoun_gender=PERSON_PRONOUNS.get(token.text.lower())))
            if topic is not None:
                self.events.append(topic)

    def speaks_for_sentence(self, paragraph: ParsedParagraph, verb: Token, sentence: tuple[int, int]) -> bool:
        """Whether a subject of `verb` is who its sentence is from: the main verb's subject, but where a speech verb
        set off by commas interrupts the main clause ("Hale, Quinn said, has built a movement": the sentence is
        Quinn's, and Hale only what Quinn says of him), that verb's subject instead (`set_off_speech_verb`)."""
        from digest.annotate.quotes import set_off_speech_verb  # quotes imports this module
        inside = partial(self.inside_quote, paragraph.index)
        if verb.dep == "ROOT":
            return not any(set_off_speech_verb(paragraph, child, sentence, inside)
                           for child in paragraph.dependents(verb))
        return paragraph.tokens[verb.head].dep == "ROOT" and set_off_speech_verb(paragraph, verb, sentence, inside)

    def beside_named_subject(self, paragraph: ParsedParagraph, token: Token, verb: Token) -> bool:
        """"Mr Eavis' daughter Emily said", parsed with two subjects: the description is not a subject of its
        own beside the person's name (as `quotes.subject_of` takes the name)."""
        if self.actor_at(paragraph.index, token) is not None:
            return False
        return any(t.i != token.i and t.dep in SUBJECT_DEPS and
                   (a := self.actor_at(paragraph.index, t)) is not None and self.is_person(a)
                   for t in paragraph.dependents(verb))

    def sentence_topic(self, paragraph: ParsedParagraph, start: int, end: int) -> Event | None:
        """A person named before the first verb or comma of a sentence ("But for Allen Weiner, …",
        "Trevor Phillips, chairman of …, called") is what the sentence is about, even where the parse
        did not make the name a subject."""
        for token in paragraph.tokens[start:end]:
            if token.pos in ("VERB", "AUX") and not self.name_taken_for_verb(paragraph, token) or \
                    (token.text == "," and token.i > start + 2):
                return None
            if token.dep in SUBJECT_DEPS or token.dep == "poss" or self.inside_quote(paragraph.index, token.idx):
                continue
            if possessor(paragraph, token):
                continue  # "The trouble with Mel Gibson's film, he believed, …": the film's maker is not the topic
            actor = self.actor_at(paragraph.index, token)
            if actor is not None and self.is_person(actor) and self.evidenced(actor):
                return Event(paragraph.index, token.idx, Referent(actor.name, actor, 0.9, "verb"), True, topic=True)
        return None

    def name_taken_for_verb(self, paragraph: ParsedParagraph, token: Token) -> bool:
        """"Tait himself, at least outwardly, appeared unaffected …", with "Tait" tagged a verb: a word the NER found
        inside a person's name, shown to be a person (`evidenced`), is that name whatever the tagger made of it."""
        actor = self.actor_at(paragraph.index, token)
        return token.ent_type == "PERSON" and actor is not None and self.is_person(actor) and self.evidenced(actor)

    def shared_surname(self, name: str | None) -> bool:
        """Whether a name is only a surname that several people of the article have ("Clinton" beside
        Hillary and Bill Clinton): the actors' clustering left it to nobody, since the text did not say which."""
        return name in self.shared_surnames

    def sentence_at(self, paragraph: int, offset: int) -> int | None:
        """The number of the sentence (in `sentences`) holding the character at `offset` of a paragraph."""
        return next((k for k, (p, start, end) in enumerate(self.sentences) if p == paragraph and start <= offset < end),
                    None)

    def last_subject_named(self, paragraph: int, offset: int, surname: str,
                           gender: str | None = None) -> LocalActor | None:
        """Of the people sharing a surname, the one who was the subject of the last sentence before (`paragraph`,
        `offset`) whose main clause's subject is one of them ("Patricia Smith, mother of victim Sean Smith,
        rejected the claim. “…,” Smith said"), within LOOKBACK sentences; not one of the other `gender`
        ("Osbourne himself")."""
        here = self.sentence_at(paragraph, offset)
        here = len(self.sentences) if here is None else here
        for sentence in reversed(self.sentences[max(0, here - LOOKBACK):here + 1]):
            # main clauses' subjects only, not a subordinate clause's ("Bill Clinton said his wife was …")
            bearers = {e.referent.actor.key: e.referent.actor for e in self.events_in(sentence)
                       if (e.paragraph, e.offset) < (paragraph, offset) and (e.main or e.conjoined) and
                       e.referent is not None and e.referent.actor is not None and
                       e.referent.actor.name.split()[-1] == surname and self.is_person(e.referent.actor) and
                       (gender is None or self.genders.get(e.referent.actor.key) in (None, gender))}
            if bearers:
                # "Hillary Clinton spoke first, and Bill Clinton spoke after her": nothing tells them apart
                return next(iter(bearers.values())) if len(bearers) == 1 else None
        return None

    def only_bearer_of_gender(self, surname: str, gender: str | None) -> LocalActor | None:
        """The one person sharing `surname` whom the article does not give the other gender, when a reflexive says
        which ("Osbourne himself" where his wife is "Sharon Osbourne" and "she"); None without a gender or with
        several candidates."""
        if gender is None:
            return None
        bearers = [a for a in self.full_names if a.name.split()[-1] == surname and
                   self.genders.get(a.key) in (None, gender)]
        return bearers[0] if len(bearers) == 1 else None

    def evidenced(self, actor: LocalActor) -> bool:
        """Whether the article shows a person actor is a person: a name of two words or more, an honorific
        or a role ("Juninho's agent Brian Hassell"); a bare word such as "Yahoo" may be a company."""
        if actor.type != "person":
            return True
        return " " in actor.name or bool(self.roles.get(actor.key)) or self.genders.get(actor.key) is not None or \
            actor.key in self.people_typed_otherwise

    def names_no_one(self, paragraph: ParsedParagraph, token: Token) -> bool:
        """Whether a subject that names no actor is no one a pronoun could take up: a capitalised word the NER
        tagged nothing that the article also writes in lower case ("Convention should be nurtured"), one the
        article gives as the name of a thing (`names_of_things`: "Set in her native Dartford, Wasp tells the
        story …" after "her gritty drama Wasp"), or the subject of a plural verb ("Bath have just been knocked
        out": a team)."""
        if token.pos != "PROPN":
            return False  # descriptions ("the spokesman") are the description rules' to take up
        if token.ent_type == "" and token.text.lower() in self.lower_words or token.text in self.thing_names:
            return True
        verb = paragraph.tokens[token.head]
        helpers = [t for t in paragraph.dependents(verb) if t.dep in ("aux", "auxpass") and t.i > token.i]
        first = min([verb, *helpers], key=lambda t: t.i)
        return first.i > token.i and first.text.lower() in PLURAL_VERBS

    def is_person(self, actor: LocalActor) -> bool:
        """A person actor whose name the article also gives an organisation or a place ("Yahoo") is not
        taken for a person by the pronoun rules; an organisation that speaks of itself as "I" is one
        (`speaking_in_the_first_person`)."""
        return actor.type == "person" and actor.name not in self.other_names or actor.key in self.people_typed_otherwise

    def speaking_in_the_first_person(self) -> frozenset[str]:
        """The actors named, without an article, as the subject of a verb of saying whose quotation, opening within a
        few words after it, has "I", "me" or "my" ("Juninho had earlier told the Daily Record: “The manager has had
        chances to put me in his team …”"): a body says "we", so a name the NER took for an organisation's
        everywhere is a person's, even a single word (which `evidenced` doubts)."""
        found = set()
        surnames = {a.name.split()[-1] for a in self.full_names}
        for paragraph in self.parsed.paragraphs:
            for verb in (t for t in paragraph.tokens if t.lemma in SAYING_VERBS and t.pos == "VERB" and
                         not self.inside_quote(paragraph.index, t.idx)):
                subjects = [t for t in paragraph.dependents(verb) if t.dep == "nsubj" and t.i < verb.i]
                actor = self.actor_at(paragraph.index, subjects[0]) if subjects else None
                if actor is not None and actor.type in SPEAKERS and self.quotes_itself(paragraph, verb) and \
                        article_of(paragraph, subjects[0]) is None and \
                        not any(m.label == "PERSON" for m in actor.mentions) and actor.name not in surnames:
                    # not "the Bishop said" (a description), nor a name the NER took for a person's, nor the bare
                    # surname of someone named in full ("Scott" beside Bobby Scott), which need other evidence
                    found.add(actor.key)
        return frozenset(found)

    def quotes_itself(self, paragraph: ParsedParagraph, verb: Token) -> bool:
        """Whether the quotation opening within four words after a verb has a word of the first person singular."""
        after = paragraph.tokens[verb.i + 1:]
        start = next((k for k, t in enumerate(after[:6]) if self.inside_quote(paragraph.index, t.idx)), None)
        if start is None:
            return False
        quoted = takewhile(lambda t: self.inside_quote(paragraph.index, t.idx), after[start:])
        return any(t.text.lower() in FIRST_PERSON for t in quoted)

    def subject_referent(self, paragraph: ParsedParagraph, token: Token):
        """The referent of a clause's subject while the events are built (pronouns resolved in order)."""
        hidden = self.hidden_speaker(paragraph, token)
        if hidden is not None:
            return hidden
        quoted = self.quoted_person(paragraph, token)
        if quoted is not None:
            return quoted
        if is_indefinite_demonym(paragraph, token):  # "Another Ohio Republican said": an unnamed source
            return Referent(unnamed_source(paragraph, token), None, 0.8, "unnamed")
        if is_demonym_description(paragraph, token) or self.demonym_taken_for_name(paragraph, token):
            # nobody to take up: no subject a later pronoun could stop at ("The Russian added …. “…,” he said")
            return self.previous_subject(paragraph, token) or _OTHER
        actor = self.name_of(paragraph, token)
        if actor is not None:
            return Referent(actor.name, actor, 0.95 if self.evidenced(actor) else 0.7, "verb")
        lower = token.text.lower()
        if lower in PERSON_PRONOUNS:
            return self.antecedent(paragraph.index, token.idx, PERSON_PRONOUNS[lower],
                                   reported=reported_by(paragraph, token))
        # a capitalised role after an article, tagged a proper noun ("the Salford MP"), is a description too
        titled = titled_role(paragraph, token) if token.text[:1].isupper() else None
        if (token.pos == "NOUN" or titled) and is_person_noun(token):
            holder = self.holder_of_joined_titles(paragraph, token)
            if holder is not None:
                return holder
            if is_definite(paragraph, token) or titled == "the":
                return self.described(paragraph, token)
            return self.named_with_title_next(paragraph, token) or \
                Referent(unnamed_source(paragraph, token), None, 0.8, "unnamed")
        titled_name = self.person_closing_title(paragraph, token)
        if titled_name is not None:
            return titled_name
        if token.pos == "PROPN" and token.ent_type in ("", "PERSON") and token.text[:1].isupper() or \
                name_tagged_noun(paragraph, token):
            written = self.as_written(paragraph, token)  # a name the NER missed here
            if written.actor is None and self.speaks_quotation(paragraph, token):
                return Referent(written.name, None, written.confidence, "name")
            return written
        return _OTHER

    def holder_of_joined_titles(self, paragraph: ParsedParagraph, subject: Token) -> Referent | None:
        """"Former prosecutor and New York City Mayor Rudy Giuliani … said": a role without an article joined by "and"
        to a person's name is a title of that person, not someone else (two people would be "the prosecutor and …")."""
        below = paragraph.dependents(subject)
        if subject.tag == "NNS" or any(t.dep in ("det", "poss") for t in below):
            return None  # "Residents and Mayor Ann Hale said": several people
        joined = [t for t in below if t.dep == "conj"]
        cc = [t for t in below if t.dep == "cc"]
        by_and = len(joined) == 1 and [t.text.lower() for t in cc] == ["and"]
        actor = self.name_of(paragraph, joined[0]) if by_and else None
        if actor is None or not self.is_person(actor):
            return None
        return Referent(actor.name, actor, 0.9 if self.evidenced(actor) else 0.7, "verb")

    def speaks_quotation(self, paragraph: ParsedParagraph, subject: Token) -> bool:
        """"After Reed asked the author, D’Arcy replied, “…”. “…,” he added": a name the NER missed that is the
        subject of a verb of speech whose quotation opens right after it is a speaker, as sure a person for a later
        pronoun as the NER's names (not "County reported losses, but chairman Tom Hale insisted …. He said")."""
        verb = paragraph.tokens[subject.head]
        if subject.dep != "nsubj" or verb.lemma.lower() not in SPEECH_VERBS or verb.i < subject.i or \
                glued_to_word_before(paragraph, subject):
            return False
        after = paragraph.tokens[verb.i + 1:verb.i + 4]
        return any(self.inside_quote(paragraph.index, t.idx) for t in after)

    def demonym_taken_for_name(self, paragraph: ParsedParagraph, token: Token) -> bool:
        """"The 22-year-old Scot finished fourth": a word after "the" that the NER took for a person's name and
        the article's actors read as a place's people ("Scot" for Scotland) is one person described by
        nationality, as "the Scot" tagged a nationality is (`is_demonym_description`), not the place; and so is
        such a word no actor has, when it is a people's noun ("the Dutchman said", "said the New Zealander",
        "The 55-year-old Frenchman told"), which would otherwise be printed as a name."""
        from digest.annotate.actors import demonyms, is_a_peoples_noun  # actors imports this module

        if token.tag not in ("NNP", "NN") or article_of(paragraph, token) != "the":
            return False
        actor = self.name_of(paragraph, token)
        if actor is not None:
            return actor.type == "place" and token.ent_type == "PERSON"
        name = proper_name(paragraph, token)
        return name in demonyms() or is_a_peoples_noun(name)

    def person_closing_title(self, paragraph: ParsedParagraph, subject: Token) -> Referent | None:
        """"Director of rugby Warren Gatland revealed …", headed by the capitalised title: the person whose name ends
        the subject's words right before its verb and the verb's auxiliaries ("Lord of the Rings director Peter
        Jackson has said", headed by "Lord"), inside the title's phrase and not in a list joined to it, is who the
        clause is about (as `quotes.person_closing_subject` takes him for a speech verb's subject); None
        otherwise."""
        verb = paragraph.tokens[subject.head]
        end = before_auxiliaries(paragraph, verb)
        if not subject.text[:1].isupper() or not is_person_noun(subject) or end <= subject.i + 1:
            return None
        last = paragraph.tokens[end - 1]
        actor = self.actor_at(paragraph.index, last)
        if actor is None or not self.is_person(actor) or \
                last.i not in descendants(paragraph, {subject.i}, lambda t: subject.i < t.i < end and
                                          t.dep != "conj"):
            return None  # "Leicester and Saracens are leading …": a list, not a title closed by a name
        return Referent(actor.name, actor, 0.9, "verb")

    def as_written(self, paragraph: ParsedParagraph, token: Token, types: frozenset[str] = PEOPLE,
                   any_type: bool = False) -> Referent:
        """A name the NER left out at this place (`proper_name`, else `compounded_name`), as the actor of the
        article of one of `types` that it names there: the same name or a variant of it, less an honorific ("Mr
        King": the one person surnamed King) or a post after it ("Andrew Tyrie MP"), or a description ending with
        the actor's full name ("Tory Dominic Grieve"); with `any_type` (a speaker's name), else the one actor of
        any type it stands for (`actor_ending_the_name`), by the name as written or without the title, post or party
        before it (`name_without_role`); else as written, without those words. A clause's subject is not looked up
        in other types: a person the NER typed a body would not be taken up as a person. A surname several people
        of the article have, tagged a person's name here, stays as written: the actors' clustering saw it and left
        it to nobody, and the speaker rules pick the one the text was just about (`last_subject_named`), not the one
        whose name holds it elsewhere ("Hillary Clinton rebuffed a heckler. “…,” Clinton told her" beside Bill
        Clinton)."""
        name = proper_name(paragraph, token)
        if token.ent_type == "PERSON" and self.shared_surname(name):
            return Referent(name, None, 0.7, "verb")
        candidates = [a for a in self.actors if a.type in types]
        actor = actor_named(candidates, name)
        if actor is None and (compounded := compounded_name(paragraph, token)) != name:
            actor = actor_named(candidates, compounded)
        printed = name_without_role(name)  # "Tory Ian Wood": Ian Wood, whom the article may call "Wood"
        if actor is None and any_type:
            actor = actor_ending_the_name(self.actors, name) or \
                (actor_ending_the_name(self.actors, printed) if printed != name else None)
        return Referent(actor.name, actor, 0.9, "verb") if actor is not None else Referent(printed, None, 0.7, "verb")

    def quoted_person(self, paragraph: ParsedParagraph, subject: Token) -> Referent | None:
        """"London's Evening Standard quoted Mr Clarke telling activists …": the subject of an active "quote" with
        a named person as its object stands, for the pronouns after it, for that person (the one whose words
        the sentence reports), not for the outlet; None for any other subject."""
        verb = paragraph.tokens[subject.head]
        if verb.lemma != "quote" or subject.dep != "nsubj" or verb.tag == "VBN":
            return None
        for token in paragraph.tokens:
            if token.head == verb.i and token.dep == "dobj" and token.i != verb.i:
                actor = self.name_of(paragraph, token)
                if actor is not None and self.is_person(actor):
                    return Referent(actor.name, actor, 0.95 if self.evidenced(actor) else 0.7, "verb")
        return None

    def hidden_speaker(self, paragraph: ParsedParagraph, subject: Token) -> Referent | None:
        """"A Department for Work and Pensions spokeswoman said", headed by "Department": the spokeswoman (see
        `hidden_person`), as a description when definite, else an unnamed source as written; None otherwise."""
        hidden = hidden_person(paragraph, subject)
        if hidden is None:
            return None
        if is_definite(paragraph, subject):
            return self.described(paragraph, hidden)
        return Referent(unnamed_source(paragraph, subject), None, 0.8, "unnamed")

    def name_of(self, paragraph: ParsedParagraph, token: Token) -> LocalActor | None:
        """The actor a subject token names, itself or by a name in apposition ("his lawyer, Antony Townsden")."""
        actor = self.actor_at(paragraph.index, token)
        if actor is not None and actor.type != "place":
            return actor
        if actor is not None and not is_dateline(paragraph, token):
            return actor
        if token.ent_type not in ("PERSON", "ORG", "GPE") and token.text in self.by_surname and \
                not self.inside_quote(paragraph.index, token.idx):
            return self.by_surname[token.text]  # "Mendes could not believe it", the surname tagged a product
        wanted = "person" if token.pos == "NOUN" and is_person_noun(token) else None
        for appos in (t for t in paragraph.dependents(token) if t.dep == "appos"):
            found = self.actor_at(paragraph.index, appos)
            if found is not None and found.type != "place" and wanted in (None, found.type):
                return found
        if wanted == "person":
            return self.name_between_commas(paragraph, token) or self.name_set_before(paragraph, token)
        return None

    def name_set_before(self, paragraph: ParsedParagraph, subject: Token) -> LocalActor | None:
        """"Mirza, the first Indian woman to win a title, will now face …": a person's name set off by a comma
        right before a description that the parse made the subject, the name hanging on the same verb or on
        the description: the description is the name's apposition, the person is the subject."""
        tokens = paragraph.tokens
        first = min([subject.i] + [t.i for t in paragraph.dependents(subject) if t.i < subject.i])
        if first < 2 or tokens[first - 1].text != ",":
            return None
        name = tokens[first - 2]
        found = self.actor_at(paragraph.index, name)
        if found is None or found.type != "person" or name.head not in (subject.head, subject.i):
            return None
        return found

    def name_between_commas(self, paragraph: ParsedParagraph, subject: Token) -> LocalActor | None:
        """"A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said": a person's name set
        off by commas right before the subject's verb (or its auxiliaries and adverbs: "…, Dean Boyd, had
        argued"), where the parse did not make it an apposition."""
        verb = paragraph.tokens[subject.head]
        end = verb.i
        while end - 1 > subject.i and paragraph.tokens[end - 1].head == verb.i and \
                paragraph.tokens[end - 1].dep in VERB_LEAD_DEPS:
            end -= 1
        if verb.i <= subject.i or end - subject.i > 16 or paragraph.tokens[end - 1].text != ",":
            return None
        i = end - 2
        while i > subject.i and paragraph.tokens[i].pos == "PROPN":
            i -= 1
        if i == end - 2 or paragraph.tokens[i].text != ",":
            return None
        # the person's name may be followed by letters after it ("Brian Monteith MSP")
        found = (self.actor_at(paragraph.index, token) for token in reversed(paragraph.tokens[i + 1:end - 1]))
        return next((actor for actor in found if actor is not None and actor.type == "person"), None)

    def antecedent(self, paragraph: int, offset: int, gender: str | None,
                   named_inside: frozenset[str] = frozenset(),
                   reported: frozenset[int] = frozenset(), owner_of: bool = False) -> Referent | None:
        """A person pronoun's referent (`nearest_antecedent`), or None where that is someone the pronoun's own verb
        reports on ("They could picture Tom Ward or Sam Cole doing it. … And Sam Cole would lead the campaign, he
        said": not Sam Cole, and the nearest fit being him says the one meant is out of the search's sight)."""
        found = self.nearest_antecedent(paragraph, offset, gender, named_inside, reported, owner_of)
        if found is not None and found.actor is not None and \
                found.actor.key in self.tagged_report_names(paragraph, offset):
            return None
        return found

    def speaker_reported_again(self, paragraph: int, offset: int) -> frozenset[int]:
        """The character offsets of the subjects, outside quotations, of the clauses that the verb of saying of the
        pronoun at `offset` reports when each is itself someone speaking ("Tom Hale weighed in, telling Radio Kent,
        “…,” he said"; "Tom Hale acknowledged the vote was close, which is an outcome, he said, “…”"): the tag
        says again who speaks, so that subject is the pronoun's referent, not someone it reports on."""
        pronoun = self.word_at(paragraph, offset)
        parsed = self.parsed.paragraphs[paragraph]
        if pronoun is None or pronoun.dep not in SUBJECT_DEPS or \
                parsed.tokens[pronoun.head].lemma.lower() not in SPEECH_VERBS:
            return frozenset()

        def speaking(verb: Token) -> bool:
            return verb.lemma.lower() in SPEECH_VERBS or any(
                c.dep == "advcl" and c.tag == "VBG" and c.lemma.lower() in SPEECH_VERBS
                for c in parsed.dependents(verb))
        tops = [t for t in parsed.children.get(pronoun.head, ()) if t.dep == "ccomp" and t.i < pronoun.i and
                speaking(t) and not self.inside_quote(paragraph, t.idx)]
        return frozenset(s.idx for top in tops for s in parsed.dependents(top) if s.dep in SUBJECT_DEPS)

    def addressed_by(self, paragraph: int, offset: int) -> set[str]:
        """The keys of the people a pronoun subject at `offset` speaks to or of as its own verb's object, outside
        quotations ("he told Reed", "she asked Reed", "he said to Reed"): a name in that place is never the
        pronoun's referent, so "Reed asked Hale about the wall. “…,” he told Reed" is Hale's."""
        pronoun = self.word_at(paragraph, offset)
        parsed = self.parsed.paragraphs[paragraph]
        if pronoun is None or pronoun.dep not in SUBJECT_DEPS or pronoun.text.lower() not in PERSON_PRONOUNS:
            return set()
        below = parsed.children.get(pronoun.head, ())
        objects = [t for t in below if t.dep in ("dobj", "dative")]
        objects += [o for t in below if t.dep == "prep" and t.text.lower() == "to"
                    if (o := object_of(parsed, t)) is not None]
        found = (self.actor_at(paragraph, t) for t in objects if not self.inside_quote(paragraph, t.idx))
        return {actor.key for actor in found if actor is not None and self.is_person(actor)}

    def tagged_report_names(self, paragraph: int, offset: int) -> set[str]:
        """The keys of the actors named in what a pronoun closing its sentence as a speech tag reports ("And Sam Cole
        would lead the campaign, he said": Sam Cole's); none for any other word at `offset`."""
        pronoun = self.word_at(paragraph, offset)
        parsed = self.parsed.paragraphs[paragraph]
        if pronoun is None or pronoun.text.lower() not in PERSON_PRONOUNS or not closing_tag(parsed, pronoun):
            return set()
        reported = reported_by(parsed, pronoun)
        return {actor.key for mention, actor in self.by_paragraph.get(paragraph, ()) if mention.start in reported}

    def nearest_antecedent(self, paragraph: int, offset: int, gender: str | None,
                           named_inside: frozenset[str] = frozenset(),
                           reported: frozenset[int] = frozenset(), owner_of: bool = False) -> Referent | None:
        """A person pronoun's referent, sentence by sentence back from it (within REACH paragraphs, words
        inside quotations left out): in each sentence its subjects first, then the other people it names
        ("Her comments did not impress Tim Collins. “…,” he said"); a person of the other gender is passed
        over, and so is anyone in what the pronoun's own verb reports ("Blair would lead the campaign, he
        said": not Blair) but the one that report shows speaking (`speaker_reported_again`), and a person the
        quotation itself speaks of by name (“I had a word with Olof,” he said: not Olof Mellberg). An unnamed
        source ("A spokesman … He said") stays as written; but a possessive "his" or "her" (`owner_of`) passes
        over a description that gives no gender for a person of its gender the same sentence names ("A campaign
        aide said Ann Lee misspoke. … her claim that …": Ann Lee's claim)."""
        here = self.sentence_at(paragraph, offset)
        earliest = self.reach_back(paragraph)
        reported = reported - self.speaker_reported_again(paragraph, offset)
        addressed = self.addressed_by(paragraph, offset)
        for number, sentence in reversed(list(enumerate(self.sentences))):
            if sentence[0] > paragraph or sentence[0] < earliest or \
                    (sentence[0] == paragraph and sentence[1] >= offset):
                continue
            before = (paragraph, offset)
            if self.aside_in_brackets(sentence) and not sentence[1] <= offset < sentence[2]:
                continue  # "Hale signed the deal. (Reed Footwear makes her shoes.) She said": not Reed Footwear
            if sentence[0] == paragraph and sentence[1] <= offset < sentence[2] and self.opens_asked(sentence):
                continue  # "Asked whether Ann Marsh would win, she said": the one asked, not Ann Marsh
            if sentence[0] in self.photo_lines:
                continue  # "Jane Doe/Reuters. ¶ Officer Tom Reed holds up the gun. ¶ “…,” he added": not Reed
            nearest = here is not None and number >= here - 1  # the pronoun's sentence or the one before it
            # the main verb's subject first ("Although he …, Zelenskyy said"), then other subjects, then topics;
            # a word the NER did not take for a name comes after the people it did ("County reported losses, but
            # chairman Tom Hale insisted …. He said")
            events = self.events_in(sentence)
            owner = None if any(e.main and e.person for e in events) or self.coordinated_person(sentence) \
                else self.subject_owner(sentence)
            if owner is not None:
                # "Ann Hale's goal won it and Reed praised the crowd": the subject of the clause joined after
                owner = self.subject_joined_after(sentence) or owner
            if owner is not None and (owner[0].paragraph, owner[0].start) < before and \
                    not self.other_gender(owner[1], gender) and \
                    not spoken_of(owner[1], named_inside):
                # "Lord Holme's proposal comes after viewers watched Bush debate Kerry. He said": the owner of
                # the main subject, when that subject is no person, is who the sentence is about
                return Referent(owner[1].name, owner[1], 0.75, "pronoun")
            # the text's pronoun over the main subject's first name, unless the sentence names someone the first
            # names fit ("Mayor Brenda Locke met Premier David Eby. “…,” he said": Eby)
            trust_text = nearest and not self.names_one_of_gender(sentence, gender, before)
            if nearest and self.thing_subject(sentence) and self.unnamed_of_gender(sentence, gender, before) and \
                    not any(e.person and e.pronoun_gender is None and (e.paragraph, e.offset) < before for e in events):
                return None  # "The home of a Talberg man was searched after he posted …. He had posted:": not a judge
            topic_first = self.topic_for_lost_subject(sentence, events)
            for event in sorted(events, key=lambda e: (e.topic != topic_first, unrecognised(e), not e.main)):
                if event.lost and (event.paragraph, event.offset) < before:
                    return None  # "… ¶ delivered a powerful run. “…,” she said": the one meant is not named
                if event.main and event.referent is None and event.pronoun_gender == gender and \
                        (event.paragraph, event.offset) < before and \
                        self.tagged_report_names(event.paragraph, event.offset):
                    return None  # "Sam Cole would lead it, he said. “…,” he promised": the same "he", unresolved
                if unsure_unrecognised(event, nearest, before):
                    return None
                if (event.paragraph, event.offset) >= before or not event.person or event.referent is None or \
                        event.paragraph == paragraph and event.offset in reported:
                    continue
                actor = event.referent.actor
                if actor is not None and actor.key in addressed:
                    continue  # "Hale asked Reed about it. “…,” he told Hale": not Hale
                if owner_of and actor is None and gender and description_gender(event.referent.name) is None and \
                        self.names_one_of_gender(sentence, gender, before):
                    continue  # "A campaign aide said Ann Lee misspoke … her claim": Ann Lee, not the aide
                # a subject the text itself writes with the pronoun's gender ("Walsh leads. She said she'd back Ann
                # Cole over …. “…,” she said") is that person's gender by the text, whatever their first name says
                by_name = not (event.main and trust_text) and event.pronoun_gender != gender
                if written_of_other_gender(event, gender) or negated_description(event.referent.name, actor) or \
                        actor is not None and self.other_gender(actor, gender, by_name=by_name) or \
                        actor is not None and spoken_of(actor, named_inside) or \
                        gender and actor is None and description_gender(event.referent.name) not in (None, gender):
                    if nearest and event.main and actor is not None and named_in_full(actor, named_inside) and \
                            not self.other_gender(actor, gender):
                        return None  # "Reed is outlining his plans. He says “… but it's not Sam Reed”": himself
                    continue  # "His wife had warned him …, but Trump said he responded:": not his wife
                if self.genderless_beside_gendered(events, event, gender, before):
                    return None  # "Reed held a rally while Ann Cole hosted a dinner. “…,” she said": Reed is unsure
                if actor is not None and event.main and trust_text and self.other_gender(actor, gender) and \
                        self.fitting_subject_before(event, actor, gender):
                    return None  # "Sam Reed won Ohio. His rival, Alice Hale, won Utah. ¶ He said": Alice is unsure
                if actor is None and event.referent.confidence < SURE:
                    only = self.only_one_of_gender(gender, (paragraph, offset), named_inside)
                    if only is not None:
                        return Referent(only.name, only, 0.7, "pronoun")
                return Referent(event.referent.name, actor, min(event.referent.confidence, 0.85), "pronoun")
            if self.about_someone_unnamed(sentence, before):
                continue  # "The 21-year-old missed … after a challenge with Olivier Dacourt. And he added": not Dacourt
            if self.writers_question(sentence) and not (sentence[0] == paragraph and offset < sentence[2]):
                continue  # "Wouldn't they face judges bolder than Pratt? ¶ “…,” he said": the one asked, not Pratt
            own_sentence = sentence[0] == paragraph and sentence[1] <= offset < sentence[2]
            # "At a conference hosted by Gordon Brown, he said"
            own = own_sentence and self.main_clause_subject(paragraph, offset)
            fitting = [actor for mention, actor in reversed(self.mentions_in(sentence))
                       if (mention.paragraph, mention.start) < before and self.is_person(actor) and
                       self.evidenced(actor) and not self.modifies_a_thing(mention) and
                       not (self.possessive(mention) and not (owner_of and own_sentence and
                                                              self.owns_a_thing(mention))) and
                       not (own and self.object_of_preposition(mention)) and
                       not self.describes_a_person(mention, actor) and
                       not (mention.paragraph == paragraph and mention.start in reported) and
                       not self.other_gender(actor, gender) and not spoken_of(actor, named_inside) and
                       actor.key not in addressed]
            if fitting:
                # the last one named, but one the article gives the pronoun's gender over one of a gender it does not
                # say ("Hillary Rowe, in Leeds, accused Jo Dunn …. “…,” she said": Rowe, not Jo Dunn)
                actor = next((a for a in fitting if gender and self.gender_known(a) == gender), fitting[0])
                return Referent(actor.name, actor, 0.75, "pronoun")
            if nearest and not own_sentence and self.thing_subject(sentence):
                owner = self.sole_possessor(sentence, gender, before, named_inside)
                if owner is not None:
                    # "That might sound odd to anyone listening to Director Sam Reed's statement. ¶ He called …": Reed
                    return Referent(owner.name, owner, 0.7, "pronoun")
        return None

    def genderless_beside_gendered(self, events: Sequence[Event], event: Event, gender: str | None,
                                   before: tuple[int, int]) -> bool:
        """Whether the subject a pronoun of `gender` would take, `event`, is a person with no gender from the article
        or a first name while a later subject of the same sentence, before the pronoun, is a person the article or a
        first name gives that gender in a clause of its own ("Reed held a rally while Ann Cole hosted a dinner, during
        which she thanked …": the "she" may well be Ann Cole): the evidence conflicts, so the pronoun is left
        unresolved, not given to Reed. A clause before the subject ("After Tom Hale asked …, Reed replied") is only
        its circumstance."""
        actor = event.referent.actor if event.referent is not None else None
        if gender is None or actor is None or self.gender_known(actor) is not None:
            return False
        return any(e.person and e.referent is not None and e.referent.actor is not None and
                   e.referent.actor.key != actor.key and e.pronoun_gender is None and
                   (event.paragraph, event.offset) < (e.paragraph, e.offset) < before and
                   self.gender_known(e.referent.actor) == gender and self.beside_main_clause(e) for e in events)

    def beside_main_clause(self, event: Event) -> bool:
        """Whether a subject's verb heads a clause of circumstance or one joined to another by "and" or "but" ("while
        Ann Cole hosted a dinner"), not one a verb reports ("admits Ann Cole will decide"): its subject is someone the
        sentence goes on about in their own right."""
        subject = self.word_at(event.paragraph, event.offset)
        return subject is not None and \
            self.parsed.paragraphs[event.paragraph].tokens[subject.head].dep in ADVERBIAL | {"conj"}

    def topic_for_lost_subject(self, sentence: tuple[int, int, int], events: Sequence[Event]) -> bool:
        """Whether a sentence's topic, named before its main verb, stands for the subject of that verb, which the parse
        gave no subject ("Hale, later alleging - wrongly - that Senator Reed wanted …, said he would …", the name
        parsed a mere dependent): the sentence is about the topic, not about the subject of a clause it reports
        ("Reed"); not a sentence whose main verb has a subject of its own ("Matt Williams' side has shown little, but
        Johnson insisted …"), nor one the parse gave no verb ("Jeb Bush and Chris Christie, who say …")."""
        paragraph = self.parsed.paragraphs[sentence[0]]
        root = self.sentence_root(sentence)
        if root is None or root.pos not in ("VERB", "AUX") or \
                any(t.dep in SUBJECT_DEPS for t in paragraph.dependents(root)):
            return False
        return any(e.topic and e.offset < root.idx for e in events)

    def opens_asked(self, sentence: tuple[int, int, int]) -> bool:
        """Whether a sentence opens with a participle whose clause the main verb governs ("Asked whether …,",
        "Pressed on …,", "Speaking after …,"): the clause's subject is the main clause's, so the people it names
        are what was asked or spoken of, not whom a pronoun after it stands for."""
        index, start, _ = sentence
        paragraph = self.parsed.paragraphs[index]
        first = next((t for t in paragraph.tokens if t.idx >= start and t.pos != "PUNCT"), None)
        return first is not None and first.tag in ("VBN", "VBG") and first.dep == "advcl" and \
            not any(t.dep in SUBJECT_DEPS for t in paragraph.dependents(first))

    def reach_back(self, paragraph: int) -> int:
        """The first paragraph a pronoun in `paragraph` looks back to: REACH paragraphs of text before it, a photo's
        credit and caption between them not counted (`photo_lines`)."""
        earliest, counted = paragraph, 0
        while earliest > 0 and counted < REACH:
            earliest -= 1
            counted += earliest not in self.photo_lines
        return earliest

    def aside_in_brackets(self, sentence: tuple[int, int, int]) -> bool:
        """Whether a whole sentence is set in brackets ("(Reed Footwear makes her shoes.)"): an aside, whose subject
        is not who the text goes on about."""
        paragraph, start, end = sentence
        text = self.parsed.paragraphs[paragraph].text[start:end].strip()
        return text.startswith("(") and text.endswith(")")

    def fitting_subject_before(self, event: Event, actor: LocalActor, gender: str | None) -> bool:
        """Whether the main clause of the sentence right before `event`'s has as its subject a person other than
        `actor` whom a pronoun of `gender` fits, while `event` is no speaker ("Sam Reed won Ohio. His rival, Alice
        Hale, won Utah. ¶ He told the crowd"): the text's pronoun, trusted over the first name of the subject just
        before it ("Analyst Parul Jain said …. “…,” he said"), is then as likely that earlier person."""
        here = self.sentence_at(event.paragraph, event.offset)
        if here is None or here == 0 or self.speaks(event):
            return False
        return any(e.main and e.person and e.referent is not None and e.referent.actor is not None and
                   e.referent.actor.key != actor.key and self.is_person(e.referent.actor) and
                   not self.other_gender(e.referent.actor, gender)
                   for e in self.events_in(self.sentences[here - 1]))

    def speaks(self, event: Event) -> bool:
        """Whether an event's subject is the subject of a verb of speech ("Parul Jain said …")."""
        subject = self.word_at(event.paragraph, event.offset)
        return subject is not None and \
            self.parsed.paragraphs[event.paragraph].tokens[subject.head].lemma.lower() in SPEECH_VERBS

    def answers(self, event: Event, sentence: int) -> bool:
        """Whether the text up to sentence number `sentence` goes on with quoted words right after a sentence whose
        subject (`event`'s) asks a quoted question ("“And that would be you?” Reed asked. ¶ “Yes,” the senator
        said"): in an interview the words after a question are the answer, which a description does not give back to
        the one who asked (not "Hale was asked …. The minister told MPs: …", nor a writer varying the name of someone
        asking "“…?” he asked. The spokesman also criticised …")."""
        paragraph = self.parsed.paragraphs[event.paragraph]
        subject = self.word_at(event.paragraph, event.offset)
        if subject is None or subject.dep != "nsubj" or paragraph.tokens[subject.head].lemma.lower() != "ask":
            return False
        first = min(subject.i, subject.head)  # "“…?” Reed asked", "“…?” asked Reed"
        asked = self.sentence_at(event.paragraph, event.offset)
        if first == 0 or paragraph.tokens[first - 1].text not in CLOSING or asked is None or asked + 1 > sentence:
            return False
        index, start, _ = self.sentences[asked + 1]
        return self.parsed.paragraphs[index].text[start:start + 1] in OPENING

    def writers_question(self, sentence: tuple[int, int, int]) -> bool:
        """Whether a sentence is a question the writer asks, outside quotations ("And if Ann Reyes wins? Wouldn't they
        face judges bolder than Pratt?"): put to the one quoted next, so the people it names without being its
        subjects are what it asks about, not who answers."""
        paragraph, start, end = sentence
        text = self.parsed.paragraphs[paragraph].text[start:end].rstrip()
        return text.endswith("?") and not self.inside_quote(paragraph, start + len(text) - 1)

    def describes_a_person(self, mention: Mention, actor: LocalActor) -> bool:
        """"One dissenting opinion came from Brian Gammage, vice-president of research at analysts Gartner. He said":
        a name inside the words set off after another person's name (its apposition, or a phrase of that name saying
        where they work or whose aide they are) tells who that person is; a later pronoun takes up the person, not a
        name describing them (nor a firm the NER took for a person there)."""
        paragraph = self.parsed.paragraphs[mention.paragraph]
        tokens = mention_tokens(paragraph, mention)
        members = {t.i for t in tokens}
        node = next((t for t in tokens if t.head not in members), None)
        while node is not None and node.dep in DESCRIBING_DEPS and node.head != node.i:
            node = paragraph.tokens[node.head]
            described = self.actor_at(paragraph.index, node)
            if described is not None and described.key != actor.key and self.is_person(described) and \
                    self.evidenced(described):
                return True
        return False

    def only_one_of_gender(self, gender: str | None, before: tuple[int, int],
                           named_inside: frozenset[str]) -> LocalActor | None:
        """"Ms Hewitt said …. The minister told delegates …. “…,” she said": where a pronoun's nearest subject
        is a description the rules are unsure of, the one person named before it whom the article gives the
        pronoun's gender (by an honorific or a gendered role), if there is exactly one and the quotation does
        not speak of them."""
        if gender is None:
            return None
        people = {actor.key: actor for mention, actor in self.mentions
                  if (mention.paragraph, mention.start) < before and actor.type == "person" and
                  self.gender_known(actor) == gender}
        if len(people) != 1:
            return None
        only = next(iter(people.values()))
        return None if spoken_of(only, named_inside) else only

    def follows_lost_subject(self, paragraph: int, offset: int) -> bool:
        """Whether the sentence right before the one at (`paragraph`, `offset`) lost its subject (`lost_subject`):
        "¶ was back on record-breaking form. The Olympic champion set a new world mark" describes the one whose
        name was lost, not the Olympic champion the article named before; unsure."""
        here = self.sentence_at(paragraph, offset)
        return here is not None and here > 0 and any(e.lost for e in self.events_in(self.sentences[here - 1]))

    def about_someone_unnamed(self, sentence: tuple[int, int, int], before: tuple[int, int]) -> bool:
        """Whether a sentence's main subject, before the position `before`, describes a person the rules did not
        name ("The 21-year-old", "The seventh seed", "The Brazilian", "the wildcard entry"): the sentence is about
        that person, so a pronoun after it does not take up someone it names in another place."""
        subject = self.main_subject(sentence, coordinated=False)
        if subject is None or (sentence[0], subject.idx) >= before:
            return False
        paragraph = self.parsed.paragraphs[sentence[0]]
        named = self.actor_at(paragraph.index, subject)
        if named is not None and named.type != "place" or article_of(paragraph, subject) != "the":
            return False  # a name, or no definite description ("The Brazilian" is a country's actor's mention)
        return is_person_noun(subject) or subject.lemma.lower() in RANK_NOUNS or is_demonym_description(paragraph, subject) or \
            subject.text.lower() == "old" and paragraph.tokens[subject.i - 1].text == "-" or \
            subject.lemma.lower() == "number" and paragraph.tokens[subject.i + 1].text.lower() == "one"

    def described_otherwise(self, word: str, actor: LocalActor) -> bool:
        """Whether a description's lower-case word says one gender ("the actress", "the spokesman") and the article
        gives `actor` the other."""
        gender = "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None
        return gender is not None and self.genders.get(actor.key) not in (None, gender)

    def other_gender(self, actor: LocalActor, gender: str | None, by_name: bool = True) -> bool:
        """Whether a pronoun of `gender` cannot stand for a person: the article gives them the other gender (an
        honorific, a gendered role), or, when `by_name`, their first name is mostly given to the other one ("she"
        is not Gordon Brown). A pronoun's verb right after a sentence whose main subject is the person is not
        ruled out by the first name alone ("Parul Jain said …. “…,” he said"): pass `by_name=False` there."""
        return gender is not None and self.gender_known(actor, by_name) not in (None, gender)

    def gender_known(self, actor: LocalActor, by_name: bool = True) -> str | None:
        """The gender the article gives an actor, else (when `by_name`) the one its first name mostly has."""
        return self.genders.get(actor.key) or (self.name_genders.get(actor.key) if by_name else None)

    def coordinated_person(self, sentence: tuple[int, int, int]) -> bool:
        """Whether a sentence has a main clause coordinated with its root by a conjunction whose subject is a named
        person ("Matt Williams' side has shown little, but Johnson insisted …"): the person a later pronoun takes up
        before the owner of the root's subject; not a verb the parse joined without one ("watch Dan Cole fight")."""
        paragraph = self.parsed.paragraphs[sentence[0]]
        tokens = [t for t in paragraph.tokens if sentence[1] <= t.idx < sentence[2]]
        for verb in tokens:
            if verb.dep != "conj" or paragraph.tokens[verb.head].dep != "ROOT" or \
                    not any(t.head == verb.head and t.dep == "cc" and t.i < verb.i for t in tokens):
                continue
            for subject in (t for t in tokens if t.head == verb.i and t.dep in SUBJECT_DEPS):
                actor = self.actor_at(paragraph.index, subject)
                if actor is not None and self.is_person(actor):
                    return True
        return False

    def subject_joined_after(self, sentence: tuple[int, int, int]) -> tuple[Mention, LocalActor] | None:
        """"Ann Hale's late goal won the match and Reed praised the crowd afterwards": a person named right after
        "and" or "but" and right before a verb in the past or present tense (or read as a participle) that has no
        subject of its own is the subject of a main clause the parse lost (it joined the name to a noun before):
        the person a later pronoun takes up before the owner of the main subject (as `coordinated_person`); None
        otherwise."""
        paragraph = self.parsed.paragraphs[sentence[0]]
        tokens = paragraph.tokens
        for mention, actor in self.mentions_in(sentence):
            inside = mention_tokens(paragraph, mention)
            if not inside or not self.is_person(actor) or inside[0].i == 0 or inside[-1].i + 1 >= len(tokens):
                continue
            conjunction, verb = tokens[inside[0].i - 1], tokens[inside[-1].i + 1]
            if conjunction.text.lower() in ("and", "but") and verb.tag in ("VBD", "VBN", "VBZ") and \
                    not any(t.dep in SUBJECT_DEPS for t in paragraph.dependents(verb)):
                return mention, actor
        return None

    def subject_owner(self, sentence: tuple[int, int, int]) -> tuple[Mention, LocalActor] | None:
        """The person named as the possessor of a sentence's main subject ("Lord Holme's proposal comes …")."""
        paragraph = self.parsed.paragraphs[sentence[0]]
        tokens = [t for t in paragraph.tokens if sentence[1] <= t.idx < sentence[2]]
        subject = next((t for t in tokens if t.dep in SUBJECT_DEPS and paragraph.tokens[t.head].dep == "ROOT"), None)
        if subject is None or subject.pos != "NOUN" or is_person_noun(subject):
            return None
        for owner in (t for t in tokens if t.head == subject.i and t.dep == "poss" and t.i != subject.i):
            for mention, actor in self.mentions_in(sentence):
                if mention.start <= owner.idx < mention.end and self.is_person(actor) and self.evidenced(actor):
                    return mention, actor
        return None

    def thing_subject(self, sentence: tuple[int, int, int]) -> bool:
        """Whether the main subject of a sentence is a thing: a noun that is no person nor group and names no actor, or
        "that", "this" or "it" ("That might sound odd …", "The home of a Talberg man was searched")."""
        paragraph = self.parsed.paragraphs[sentence[0]]
        root = self.sentence_root(sentence)
        subject = None if root is None else \
            next((t for t in paragraph.dependents(root) if t.dep in SUBJECT_DEPS), None)
        if subject is None:
            return False
        if subject.pos == "PRON":
            return subject.text.lower() in ("that", "this", "it")
        return subject.pos == "NOUN" and not is_person_noun(subject) and not is_group_noun(subject) and \
            self.actor_at(paragraph.index, subject) is None

    def sole_possessor(self, sentence: tuple[int, int, int], gender: str | None, before: tuple[int, int],
                       named_inside: frozenset[str]) -> LocalActor | None:
        """The one person a sentence names before `before` whom the article or the first name gives `gender`, when
        every mention of a person of that gender there is a possessor ("… listening to Director Sam Reed's
        statement"): with a thing for the sentence's subject, that person is whom the next sentence's pronoun takes
        up, not someone named further back."""
        if gender is None:
            return None
        named = [(mention, actor) for mention, actor in self.mentions_in(sentence)
                 if (mention.paragraph, mention.start) < before and self.is_person(actor) and
                 not self.other_gender(actor, gender)]
        people = {actor.key: actor for _, actor in named}
        if len(people) != 1 or not all(self.possessive(mention) for mention, _ in named):
            return None
        actor = next(iter(people.values()))
        return actor if self.gender_known(actor) == gender and self.evidenced(actor) and \
            not spoken_of(actor, named_inside) else None

    def unnamed_of_gender(self, sentence: tuple[int, int, int], gender: str | None, before: tuple[int, int]) -> bool:
        """Whether a sentence speaks, before `before`, of an unnamed person of `gender` in an "of" phrase ("the home of
        a 26-year-old man"): a pronoun in it or right after it may well be that person, so it is not given to anyone
        the sentence names by a pronoun nor anyone named further back."""
        paragraph = self.parsed.paragraphs[sentence[0]]
        return gender is not None and any(
            sentence[1] <= t.idx < sentence[2] and (sentence[0], t.idx) < before and t.dep == "pobj" and
            paragraph.tokens[t.head].text.lower() == "of" and is_person_noun(t) and
            description_gender(t.text) == gender and self.actor_at(paragraph.index, t) is None
            for t in paragraph.tokens)

    def head_deps(self, mention: Mention) -> set[str]:
        """How a mention hangs in the parse: the links of its words whose head lies outside it."""
        paragraph = self.parsed.paragraphs[mention.paragraph]
        tokens = mention_tokens(paragraph, mention)
        members = {t.i for t in tokens}
        return {t.dep for t in tokens if t.head not in members}

    def object_of_preposition(self, mention: Mention) -> bool:
        """Whether a mention is the object of a preposition ("hosted by Gordon Brown", "next to Mr Blair")."""
        return "pobj" in self.head_deps(mention)

    def main_clause_subject(self, paragraph: int, offset: int) -> bool:
        """Whether the word at `offset` of a paragraph is the subject of its sentence's main verb: such a pronoun
        does not stand for a person its own sentence names before it as the object of a preposition ("But standing
        next to Mr Blair he added": not Blair), where one in a relative clause may ("Staunton, 49, who told BBC News
        she had not …") and a subject of a clause before it is ("While Will acknowledges …, he sees …")."""
        word = self.word_at(paragraph, offset)
        return word is not None and word.dep in SUBJECT_DEPS and \
            self.parsed.paragraphs[paragraph].tokens[word.head].dep == "ROOT"

    def word_at(self, paragraph: int, offset: int) -> Token | None:
        """The token of a paragraph that starts at a character offset (an event's subject), if one does."""
        return next((t for t in self.parsed.paragraphs[paragraph].tokens if t.idx == offset), None)

    def modifies_a_thing(self, mention: Mention) -> bool:
        """"An early own goal followed by an Alan Shearer strike": a name qualifying a noun of something that is no
        person nor a body of theirs is not someone a later pronoun takes up ("the Sanders campaign … he" still is)."""
        paragraph = self.parsed.paragraphs[mention.paragraph]
        tokens = mention_tokens(paragraph, mention)
        members = {t.i for t in tokens}
        head = next((t for t in tokens if t.head not in members), None)
        if head is None or head.dep != "compound":
            return False
        noun = paragraph.tokens[head.head]
        return noun.pos == "NOUN" and not is_person_noun(noun) and not is_group_noun(noun) and \
            self.actor_at(paragraph.index, noun) is None

    def possessive(self, mention: Mention) -> bool:
        """"Gerrard's 20-yard drive": a name as a possessor is not what a later pronoun takes up."""
        paragraph = self.parsed.paragraphs[mention.paragraph]
        return any(t.dep == "poss" or t.tag == "POS" for t in paragraph.tokens
                   if mention.start <= t.idx <= mention.end)

    def owns_a_thing(self, mention: Mention) -> bool:
        """"From Senator Dufresne's "tirade" to his call for …": a name owning a thing (no person, nor a group) earlier
        in the sentence of a possessive "his" or "her" is whom it takes up, before anyone named ahead of it."""
        paragraph = self.parsed.paragraphs[mention.paragraph]
        owned = [paragraph.tokens[t.head] for t in paragraph.tokens
                 if mention.start <= t.idx <= mention.end and t.dep == "poss" and t.head != t.i]
        return bool(owned) and not any(t.pos in ("PROPN", "PRON") or is_person_noun(t) or is_group_noun(t)
                                       for t in owned)

    def sentence_end(self, paragraph: int, offset: int) -> int:
        """The character offset where the sentence holding `offset` ends."""
        return next((end for p, start, end in self.sentences if p == paragraph and start <= offset < end), offset)

    def events_in(self, sentence: tuple[int, int, int]) -> list[Event]:
        paragraph, start, end = sentence
        return [e for e in self.events if e.paragraph == paragraph and start <= e.offset < end]

    def names_one_of_gender(self, sentence: tuple[int, int, int], gender: str | None, before: tuple[int, int]) -> bool:
        """Whether a sentence names, before `before`, a person whom the article or the first name gives `gender`."""
        return gender is not None and any(
            (mention.paragraph, mention.start) < before and actor.type == "person" and
            self.gender_known(actor) == gender
            for mention, actor in self.mentions_in(sentence))

    def mentions_in(self, sentence: tuple[int, int, int]) -> list[tuple[Mention, LocalActor]]:
        paragraph, start, end = sentence
        return [(m, a) for m, a in self.by_paragraph.get(paragraph, ()) if start <= m.start < end
                and not self.inside_quote(m.paragraph, m.start)]

    def last_named(self, paragraph: int, offset: int, type_: str, reach: int = 1,
                   gender: str | None = None) -> LocalActor | None:
        """The actor of `type_` named last before a position, outside quotations, within `reach` paragraphs; with
        `gender`, one whom a pronoun of that gender can stand for (possessors too: "Rubio’s party, where his
        supporters …")."""
        best = None
        for mention, actor in self.mentions:
            if (mention.paragraph, mention.start) >= (paragraph, offset):
                break
            if actor.type != type_ or mention.paragraph < paragraph - reach or \
                    self.inside_quote(mention.paragraph, mention.start) or self.other_gender(actor, gender):
                continue
            best = actor
        return best

    def described(self, paragraph: ParsedParagraph, head: Token) -> Referent:
        """A definite description ("the home secretary", "the agent", "his lawyer"): the person whose role
        the article gives with those words; else as written, unsure (below SURE) when it is a bare role
        right after named people ("the minister"), unless it takes up an earlier unnamed source ("a senior
        official … the official")."""
        words = description_words(paragraph, head)
        if head.tag == "NNS":  # "the lawyers": several people are none of the article's persons
            return Referent(unnamed_source(paragraph, head), None, 0.7, "unnamed")
        if self.follows_lost_subject(paragraph.index, head.idx):
            return Referent(unnamed_source(paragraph, head), None, 0.5, "description")
        given = self.name_given_in_own_clause(paragraph, head)
        if given is not None:
            return Referent(given.name, given, 0.85, "role")
        best, best_at, later = None, None, {}
        owner = self.owner_named(paragraph, head)
        for mention, actor in self.mentions:
            if self.holds_role(actor, head, words) and (owner is None or self.written_with(actor, owner)):
                if (mention.paragraph, mention.start) < (paragraph.index, head.idx):
                    best, best_at = actor, mention
                else:
                    later[actor.key] = actor
        if best is not None and (self.someone_else_since(paragraph, head, best, best_at) or
                                 self.other_subject_before_in_sentence(paragraph, head, best)):
            return Referent(unnamed_source(paragraph, head), None, 0.5, "description")
        if best is not None:
            return Referent(best.name, best, 0.85, "role")
        holder = self.sole_holder_before(paragraph, head, words)
        if holder is not None:
            return Referent(holder.name, holder, 0.8, "role")
        named_later = self.named_later(paragraph, head, words, list(later.values()))
        if named_later is not None:
            return Referent(named_later.name, named_later, 0.8, "role")
        # Nobody the article names has that role: "the witness", "the Florida senator", as written; but
        # where people were just named, "the minister" may be one of them: unsure.
        bare = not (words - GENERIC_MODIFIERS)  # "the minister", not "the Florida senator"
        if bare and head.lemma.lower() in PLAIN_PERSON_NOUNS:
            introduced = self.unnamed_subject_just_before(paragraph, head)
            if introduced is not None:
                return introduced
        taken_up = self.takes_up_unnamed(paragraph.index, head, indefinite_only=not bare)
        if not taken_up and not self.relates_to_another(paragraph, head):
            variation = self.previous_subject(paragraph, head, bare)
            if variation is None and head.lemma.lower() in KNOWN_FOR_NOUNS:
                variation = self.only_person_before(paragraph, head)
            if variation is None and not bare:
                variation = self.one_without_a_role_before(paragraph, head)
            if variation is not None:
                return variation
        elif not taken_up and self.post_of_a_thing(paragraph, head) and not self.name_set_after(paragraph, head):
            # "Mary Robinson has said. The former UN commissioner for human rights told …": a post by what it
            # is for, taking up only a person the sentence before names (not one a pronoun there stood for)
            variation = self.previous_subject(paragraph, head, bare, named=True)
            if variation is not None:
                return variation
        if not bare and not taken_up:
            # "his physician said … “…,” Dr. Hale told": named next, whoever the description relates them to
            named = self.named_next(paragraph, head)
            if named is not None:
                return named
        nearby = self.last_named(paragraph.index, head.idx, "person", reach=REACH)
        sure = 0.5 if bare and nearby is not None and self.evidenced(nearby) and \
            not someone_elses(paragraph, head) else 0.7
        if taken_up:
            sure = 0.75  # "a senior U.S. official said … The official added": the same unnamed source
        return Referent(unnamed_source(paragraph, head), None, sure, "unnamed")

    def unnamed_subject_just_before(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"At a drugstore, a young cashier was shaken by the talk. “…,” said the woman": a bare "the man" or "the
        woman" takes up the person the sentence before introduced unnamed as its main subject ("a young cashier",
        "another worshipper"), as written there, unless that description's gender word is the other one; None
        otherwise (a named subject before it, or none)."""
        event = self.main_subject_before(self.sentence_at(paragraph.index, head.idx))
        referent = event.referent if event is not None else None
        if referent is None or referent.actor is not None or referent.method != "unnamed" or \
                referent.name.split()[0].lower() not in INDEFINITE_DETERMINERS:
            return None
        gender = description_gender(referent.name)
        if gender is not None and gender != description_gender(head.text):
            return None
        return Referent(referent.name, None, 0.75, "unnamed")

    def name_given_in_own_clause(self, paragraph: ParsedParagraph, head: Token) -> LocalActor | None:
        """"The woman who started it identified herself to reporters as a resident named Ann", "the volunteer, who
        gave her name as Ann Hale": the person the description's own clause names it as, where the verb it is the
        subject of, or a relative clause on it, takes "herself", "himself" or "name" as its object and names one
        person of the article after "as" (or a noun after "as" that is "named" or "called" that person); or "The
        play's director is Ann Hale": the one person of the article a description is the subject of "be" with, not
        negated, unless the description is of a named person or body ("Reed's policy adviser is Ann Hale" is
        written about Reed, whom a later "he" is likelier to mean); None otherwise."""
        verbs = [paragraph.tokens[head.head]] if head.dep in SUBJECT_DEPS else []
        verbs += [t for t in paragraph.dependents(head) if t.dep == "relcl"]
        for verb in verbs:
            children = paragraph.dependents(verb)
            if verb.lemma == "be" and verb.i == head.head and head.dep == "nsubj" and \
                    not any(t.dep == "neg" for t in children) and self.owner_named(paragraph, head) is None:
                named = [t for t in children if t.dep == "attr"]
            elif any(t.dep == "dobj" and t.text.lower() in SELF_NAMING_OBJECTS for t in children):
                named = [t for prep in children if prep.dep == "prep" and prep.text.lower() == "as"
                         for t in paragraph.dependents(prep) if t.dep == "pobj"]
            else:
                continue
            named += [t for noun in named for acl in paragraph.dependents(noun)
                      if acl.dep == "acl" and acl.lemma in ("name", "call")
                      for t in paragraph.dependents(acl) if t.dep in ("oprd", "attr", "dobj")]
            people = {a.key: a for a in (self.actor_at(paragraph.index, t) for t in named)
                      if a is not None and a.type == "person"}
            if len(people) == 1:
                return next(iter(people.values()))
        return None

    def owner_named(self, paragraph: ParsedParagraph, head: Token) -> LocalActor | None:
        """The person or body a description names as whose it is ("Reed's spokeswoman", "the Reed spokeswoman")."""
        for token in paragraph.dependents(head):
            if token.dep in ("poss", "compound") and token.i < head.i:
                actor = self.actor_at(paragraph.index, token)
                if actor is not None and actor.type != "place":
                    return actor
        return None

    def written_with(self, holder: LocalActor, owner: LocalActor) -> bool:
        """Whether the article names `owner` with one of `holder`'s mentions: in the words right before it ("Reed's
        spokeswoman Ann Hale") or in a noun set off with it ("Ann Hale, a spokeswoman for Reed"). "Reed's
        spokeswoman said" is not Ann Hale where she is only ever "Wright's spokeswoman Ann Hale"."""
        for mention in holder.mentions:
            paragraph = self.parsed.paragraphs[mention.paragraph]
            tokens = mention_tokens(paragraph, mention)
            if not tokens:
                continue
            members = {t.i for t in tokens}
            head = next((t for t in tokens if t.head not in members), tokens[-1])
            near = set(range(max(0, tokens[0].i - 6), tokens[0].i))
            for noun in appositions(paragraph, head):
                near |= descendants(paragraph, {noun.i}, lambda t: True)
            if any((found := self.actor_at(paragraph.index, paragraph.tokens[i])) is not None and found.key == owner.key
                   for i in near):
                return True
        return False

    def other_subject_before_in_sentence(self, paragraph: ParsedParagraph, head: Token, holder: LocalActor) -> bool:
        """"When the moderator said that Trump had not answered, the candidate said …": a clause of circumstance before
        a description in its own sentence with another person as a subject, where the sentence does not name the
        holder of the description's role, may well be about the one the description takes up (news writing varies a
        name just used): the evidence conflicts, and the description is unsure. Not a person in what the
        description's verb reports ("But Trump has one thing in common with them, the columnist suggested")."""
        here = self.sentence_at(paragraph.index, head.idx)
        if here is None:
            return False
        sentence = self.sentences[here]
        named = self.mentions_in(sentence)
        if any(actor.key == holder.key for _, actor in named):
            return False
        return any(mention.start < head.idx and actor.key != holder.key and self.is_person(actor) and
                   self.evidenced(actor) and
                   (word := self.word_at(paragraph.index, mention.start)) is not None and
                   names_a_subject(paragraph, word) and in_a_circumstance_of(paragraph, word, head.head)
                   for mention, actor in named)

    def someone_else_since(self, paragraph: ParsedParagraph, head: Token, holder: LocalActor,
                           last_named: Mention) -> bool:
        """"Sen. Ann Hale spoke first. … [paragraphs later] Tom Reed toured the port. “…,” the senator said": where
        the last sentence before a description that has a subject outside quotations has another person's name as its
        main subject (whom the article may call the same without giving them the role in apposition), and the one
        holder of the description's role was last named more than REACH paragraphs before, the description is unsure;
        not when the holder was named since (a writer switching between two speakers: "Mr Reed replies: “…” The
        senator then says: “…”"), nor when the subject is a pronoun (the rules' guess)."""
        if last_named.paragraph >= paragraph.index - REACH:
            return False
        here = self.sentence_at(paragraph.index, head.idx)
        event = self.main_subject_before(here) if here is not None else None
        if event is None or event.referent is None or event.referent.method != "verb":
            return False
        other = event.referent.actor
        then = self.sentence_at(last_named.paragraph, last_named.start)
        if other is None or other.key == holder.key or then is None or \
                then >= self.sentence_at(event.paragraph, event.offset):
            return False
        return self.is_person(other) and self.evidenced(other)

    def named_later(self, paragraph: ParsedParagraph, head: Token, words: set[str],
                    holders: list[LocalActor]) -> LocalActor | None:
        """"The prime minister has defended …" opening a report that names Prime Minister Tony Blair only later:
        the one person the article names later with that role, as the subject of a clause, and with no word of
        another or a past office the description lacks ("ex-Conservative chancellor Ken Clarke" is not "the
        chancellor"); not a description of someone by another person ("its chief") nor one taking up an
        earlier unnamed source ("A spokesman for the Home Office said … The spokesman stressed")."""
        if len(holders) != 1 or self.relates_to_another(paragraph, head) or \
                self.takes_up_unnamed(paragraph.index, head, indefinite_only=False):
            return None
        holder = holders[0]
        past = {w for w in self.roles.get(holder.key, ()) if w in PAST_OFFICE or w.startswith("ex-")}
        if past - words or not self.is_subject(holder):
            return None
        return holder

    def sole_holder_before(self, paragraph: ParsedParagraph, head: Token, words: set[str]) -> LocalActor | None:
        """"Gordon Brown, the chancellor, clashed with Tory leader Michael Howard …. Lib Dem spokesman Vince Cable
        … “…,” the Lib Dem spokesman said": where a definite description's words are not all in any person's
        role, the one of the several people named before it whose own role in the article (a title before the name, an
        apposition) has the description's head noun, unless the role too says something the description does
        not, which makes them two ("the Florida senator" is not "Sanders, the senator from Vermont", "the Tory
        leader" not "Labour leader Tony Blair"); not a deputy or past holder the description does not name, nor
        someone it relates to another person ("his agent"), nor one its gender word says is someone else."""
        word = head.lemma.lower()
        before = (paragraph.index, head.idx)
        people = {actor.key: actor for mention, actor in self.mentions
                  if (mention.paragraph, mention.start) < before and actor.type == "person" and
                  not self.inside_quote(mention.paragraph, mention.start)}
        holders = [actor for actor in people.values() if word in self.roles.get(actor.key, ())]
        if len(people) < 2 or len(holders) != 1 or self.relates_to_another(paragraph, head) or \
                quoted_title(paragraph, head):
            # one person named: the writer varying their name (`previous_subject`); or two chancellors; or "the
            # “Wasp” star", the star of one work, which a star of another is not
            return None
        holder = holders[0]
        roles = self.roles[holder.key] | self.role_settings(holder)
        qualifiers = roles - HONORIFICS - GENERIC_MODIFIERS - {word}
        if qualifiers - words or (roles & (OTHER_OFFICE | PAST_OFFICE)) - words or not self.is_person(holder) or \
                past_office_of_a_sitting_holder(words, roles):
            return None
        if self.described_otherwise(word, holder):
            return None
        return holder

    def role_settings(self, actor: LocalActor) -> set[str]:
        """The lower-case words of what a person's role in apposition is of or for ("Sanders, the senator from
        Vermont": "vermont")."""
        found = set()
        for mention in actor.mentions:
            paragraph = self.parsed.paragraphs[mention.paragraph]
            tokens = mention_tokens(paragraph, mention)
            members = {t.i for t in tokens}
            head = next((t for t in tokens if t.head not in members), None)
            for noun in appositions(paragraph, head) if head is not None else ():
                preps = {t.i for t in paragraph.dependents(noun) if t.dep == "prep"}
                objects = {t.i for t in paragraph.tokens if t.head in preps and t.dep == "pobj"}
                found.update(t.lemma.lower() for t in paragraph.tokens if t.i in objects or
                             t.head in objects and t.dep in ("compound", "amod"))
        return found

    def is_subject(self, actor: LocalActor) -> bool:
        """Whether a mention of the actor outside quotations is the subject of a clause ("But Tony Blair said"),
        not one of a list ("alongside presenters Ant and Dec")."""
        return any(self.head_deps(mention) & SUBJECT_DEPS and not self.inside_quote(mention.paragraph, mention.start)
                   for mention in actor.mentions)

    def holds_role(self, actor: LocalActor, head: Token, words: set[str]) -> bool:
        """Whether the article gives a person the role a description names: its head and qualifiers, and no
        other office ("the prime minister" is not "Deputy Prime Minister Tom Reed"); a description of an office
        held before ("the former president") is not someone the article gives that office with no word of the past
        ("President Tom Reed" is the sitting one)."""
        roles = self.roles.get(actor.key, set())
        return actor.type == "person" and head.lemma.lower() in roles and words <= roles | GENERIC_MODIFIERS and \
            not (roles & OTHER_OFFICE) - words and not past_office_of_a_sitting_holder(words, roles)

    def relates_to_another(self, paragraph: ParsedParagraph, head: Token) -> bool:
        """"his physician", "the Cruz adviser", "an aide to Bush": a description of someone by another person."""
        def names_person(token: Token) -> bool:
            actor = self.actor_at(paragraph.index, token)
            return actor is not None and actor.type == "person"
        return any(t.head == head.i and t.i != head.i and (
            t.dep in ("poss", "prep") or t.dep == "compound" and names_person(t)) for t in paragraph.tokens)

    def post_of_a_thing(self, paragraph: ParsedParagraph, head: Token) -> bool:
        """Whether a description relates to no other person but is a post by what it is of or for ("the former
        UN commissioner for human rights", "the Tory MP for Sleaford"): prepositions after it, none with a
        person as its object, no owner before it."""
        tokens = paragraph.tokens
        preps = [t for t in paragraph.dependents(head) if t.dep == "prep"]
        return bool(preps) and not any(t.dep == "poss" for t in paragraph.dependents(head)) and not any(
            o.head == t.i and o.dep == "pobj" and (actor := self.actor_at(paragraph.index, o)) is not None and
            actor.type == "person" for t in preps for o in tokens)

    def name_set_after(self, paragraph: ParsedParagraph, head: Token) -> bool:
        """"The Shadow Secretary of State for the Family, Theresa May, said": capitalised words set off by the
        first commas after the description, a name in apposition whether the NER saw it or not."""
        tokens = paragraph.tokens
        comma = next((t.i for t in tokens[head.i + 1:head.i + 12] if t.text == ","), None)
        if comma is None:
            return False
        words = list(takewhile(lambda t: t.text != ",", tokens[comma + 1:comma + 5]))
        return 2 <= len(words) < 4 and comma + 1 + len(words) < len(tokens) and \
            tokens[comma + 1 + len(words)].text == "," and all(t.text[:1].isupper() for t in words)

    def previous_subject(self, paragraph: ParsedParagraph, head: Token, bare: bool = False,
                         named: bool = False) -> Referent | None:
        """"Mr Putin said … “…,” the Russian president said": a description takes up the named person who is
        the main subject of the last sentence before it that has a subject outside quotations (the writer
        varying the name), unless its gender word says otherwise; a bare one ("the chancellor", "the judge") only
        the one person that sentence names, if the article gives them that role or none ("Babyshambles singer
        Pete Doherty … the judge agreed" is someone else)."""
        here = self.sentence_at(paragraph.index, head.idx)
        event = self.main_subject_before(here)
        actor = event.referent.actor if event is not None and event.referent is not None else None
        if named and event is not None and event.referent is not None and event.referent.method != "verb":
            return None  # the sentence before names nobody: a pronoun's referent is not taken up again
        if actor is None or not self.is_person(actor) or not self.evidenced(actor) and event.pronoun_gender is None or \
                any(a is actor and not self.in_clause(m, RELATIVE) for m, a in self.mentions_in(self.sentences[here])) \
                or self.answers(event, here):
            # "The New York businessman says of Clinton": not Clinton (but "The Florida senator said the panel, which
            # includes aides of Hale, …" may still be Hale: a relative clause tells of something else); a bare name
            # ("Molik") only where the sentence before took it up as "he" or "she", the writer's word that it is a
            # person
            return None
        word = head.lemma.lower()
        if self.described_otherwise(word, actor):
            return None
        roles = self.roles.get(actor.key, set())
        if word in roles and (roles & OTHER_OFFICE) - description_words(paragraph, head):
            return None  # "the prime minister" after "Deputy Prime Minister John Prescott": someone else
        if word in OFFICES and roles & OFFICES and word not in roles and not (bare and ministerial(word, roles)):
            return None  # "the prime minister" after "Health Secretary John Reid": another office, someone else
        if bare and (roles - HONORIFICS and word not in roles | abbreviated_title_roles(roles) and
                     not ministerial(word, roles) or self.people_in_sentence_of(event) > 1):
            return None  # "Tom Hale and Ann Wright met voters …. the senator said": either of them
        return Referent(actor.name, actor, 0.7, "description")

    def only_person_before(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"Norwich have signed midfielder Graham Stuart …. “…,” the 34-year-old told": a person described by age,
        nationality or playing position whom no sentence just before names is the one person the article has
        named before the description (outside quotations), when it has named exactly one shown to be a person,
        and no person it did not name (a spokesman, a lawyer, a name the NER missed) was a subject before it; a
        gender word against theirs says someone else."""
        before = (paragraph.index, head.idx)
        # a bare word the NER took for a person ("Charlton midfielder Graham Stuart": the club) is no one else
        people = {actor.key: actor for mention, actor in self.mentions
                  if (mention.paragraph, mention.start) < before and actor.type == "person" and
                  self.evidenced(actor) and not self.inside_quote(mention.paragraph, mention.start)}
        if len(people) != 1:
            return None
        actor = next(iter(people.values()))
        if not self.is_person(actor) or any(
                e.person and e.referent is not None and e.referent.actor is None and (e.paragraph, e.offset) < before
                and not self.plural_at(e.paragraph, e.offset) for e in self.events):
            return None  # but a team ("the Gunners winning only three …") is no person
        word = head.lemma.lower()
        if self.described_otherwise(word, actor):
            return None
        return Referent(actor.name, actor, 0.7, "description")

    def one_without_a_role_before(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"Home Secretary Charles Clarke has vowed to press on despite a call from Charles Kennedy. ¶ The Lib Dem
        leader said …": a qualified description (not a bare "the judge", who may be someone unnamed) that no role
        the article gives fits is, of the two or more people the sentence right before names outside quotations,
        the one the article gives no role, where every other one there has a role without the description's head
        noun (the writer describing the one they had not yet described); None when none or several have no role,
        when the description's own sentence names that person, or when its gender word says someone else."""
        here = self.sentence_at(paragraph.index, head.idx)
        if not here:
            return None
        people = {actor.key: actor for _, actor in self.mentions_in(self.sentences[here - 1]) if actor.type == "person"}
        word = head.lemma.lower()
        unroled = [a for a in people.values() if not self.roles.get(a.key, set()) - HONORIFICS]
        if len(people) < 2 or len(unroled) != 1 or any(word in self.roles.get(key, ()) for key in people):
            return None
        actor = unroled[0]
        if not self.is_person(actor) or not self.evidenced(actor) or \
                any(a is actor for _, a in self.mentions_in(self.sentences[here])):
            return None
        if self.described_otherwise(word, actor):
            return None
        return Referent(actor.name, actor, 0.7, "description")

    def plural_at(self, paragraph: int, offset: int) -> bool:
        """Whether the word at a paragraph's offset is a plural noun or name ("the Gunners")."""
        return any(t.idx == offset and t.tag in ("NNS", "NNPS") for t in self.parsed.paragraphs[paragraph].tokens)

    def people_in_sentence_of(self, event: Event) -> int:
        """How many people the sentence of an event names outside quotations and outside a clause of time or
        circumstance hung from its main verb ("Ann Hale made an appeal for calm after reports claimed Tom Reed had
        broken a pledge": one, Hale; "Tom Hale and Ann Wright met voters": two)."""
        sentence = next(s for s in self.sentences if s[0] == event.paragraph and s[1] <= event.offset < s[2])
        return len({actor.key for mention, actor in self.mentions_in(sentence)
                    if actor.type == "person" and not self.in_clause(mention, ADVERBIAL)})

    def in_clause(self, mention: Mention, deps: frozenset[str]) -> bool:
        """Whether a mention sits inside a clause of its sentence hung by one of `deps` (`advcl`: an adverbial
        clause; `relcl`: a relative clause)."""
        paragraph = self.parsed.paragraphs[mention.paragraph]
        tokens = mention_tokens(paragraph, mention)
        node = tokens[0] if tokens else None
        for _ in range(len(paragraph.tokens)):
            if node is None or node.head == node.i:
                return False
            if node.dep in deps:
                return True
            node = paragraph.tokens[node.head]
        return False

    def named_next(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"On Saturday, the Lib Dem chief executive said it was “just a cock-up” …. “…,” Lord Rennard told
        reporters": a qualified description the article has not tied to anyone is the person named for the first
        time as the main subject of the very next sentence, which opens with a quotation they say (the writer
        naming whom they just described); or which names them with the person or body the description is of ("Ann
        Hale's right-hand man rallied supporters. ¶ Tom Reed, a deputy chairman of Hale's campaign, emailed …":
        `written_with`), unless its gender word says someone else."""
        here = self.sentence_at(paragraph.index, head.idx)
        if here + 1 >= len(self.sentences):
            return None
        following = self.sentences[here + 1]
        quoted = self.parsed.paragraphs[following[0]].text[following[1]:following[1] + 1] in OPENING
        owner = self.owner_named(paragraph, head)
        if not quoted and owner is None:
            return None  # only where the next sentence opens with the words the named person says
        main = next((e for e in self.events_in(following) if e.main and not e.topic), None)
        actor = main.referent.actor if main is not None and main.referent is not None else None
        if actor is None or not self.is_person(actor) or main.referent.method != "verb":
            return None
        first = min((m.paragraph, m.start) for m in actor.mentions)
        if first < (paragraph.index, head.idx):
            return None  # named before: the description would have taken them up if it meant them
        if not quoted and (owner.key == actor.key or not self.written_with(actor, owner)):
            return None
        word = head.lemma.lower()
        if self.described_otherwise(word, actor):
            return None
        return Referent(actor.name, actor, 0.7, "description")

    def named_with_title_next(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"This week a judge claimed drink was breeding “yobs”. Judge Ann Hale QC made her remarks as she
        sentenced …", "… the support of a retired general who suggested …. ¶ Gen. Tom Reed, a retired four-star
        general, is …": an indefinite description is the person the very next sentence opens with, named there for
        the first time, as its subject and behind nothing but their title, where the article gives them the
        description's head noun and every word qualifying it (a title before the name, an apposition): the writer
        naming whom they just introduced. None otherwise, and for someone described by another person ("an aide to
        Hale") or whose gender word says someone else."""
        here = self.sentence_at(paragraph.index, head.idx)
        if here is None or here + 1 >= len(self.sentences) or self.relates_to_another(paragraph, head):
            return None
        following = self.sentences[here + 1]
        named = self.mentions_in(following)
        if not named:
            return None
        mention, actor = named[0]
        roles = self.roles.get(actor.key, set())
        opening = self.parsed.paragraphs[following[0]].text[following[1]:mention.start].lower().split()
        if (mention.paragraph, mention.start) != min((m.paragraph, m.start) for m in actor.mentions) or \
                not opening or not set(opening) <= roles or not self.head_deps(mention) & SUBJECT_DEPS or \
                not self.is_person(actor) or not self.holds_role(actor, head, description_words(paragraph, head)) or \
                self.described_otherwise(head.lemma.lower(), actor):
            return None
        return Referent(actor.name, actor, 0.7, "description")

    def main_subject_before(self, sentence: int) -> Event | None:
        """The main clause's subject (else the first subject) of the last of the LOOKBACK sentences before
        sentence number `sentence` that has a subject outside quotations; where that is no person, the one
        named person subject of a main clause coordinated with it."""
        for earlier in reversed(self.sentences[max(0, sentence - LOOKBACK):sentence]):
            events = [e for e in self.events_in(earlier) if not e.topic]
            if events:
                main = next((e for e in events if e.main), events[0])
                people = {e.referent.actor.key: e for e in events if e.conjoined and e.referent is not None and
                          e.referent.actor is not None and self.is_person(e.referent.actor)}
                person = main.referent is not None and (main.referent.method == "unnamed" or
                                                        main.referent.actor is not None and
                                                        self.is_person(main.referent.actor))
                if not person and len(people) == 1:
                    # "The Lib Dems say they will look at it, but Tory Liam Fox said …": the one person
                    # subject of a main clause coordinated with one whose subject is a body
                    return next(iter(people.values()))
                return main
        return None

    def takes_up_unnamed(self, paragraph: int, head: Token, indefinite_only: bool) -> bool:
        """Whether a description takes up someone the article introduced unnamed with the same noun: the subject
        of an earlier sentence ("a senior official said … The official added"), or any earlier noun phrase with
        an indefinite article that is no named person's apposition or predicate ("As the minister spoke, a nurse
        at the clinic listened … “…,” said the nurse", where the parse may lose the sentence's subject)."""
        lemma = head.lemma.lower()
        return any(e.referent is not None and e.referent.actor is None and e.referent.method == "unnamed" and
                   (indefinite_only is False or e.referent.name.split()[0].lower() in INDEFINITE_DETERMINERS) and
                   lemma in re.findall(r"[\w-]+", e.referent.name.lower()) and (e.paragraph, e.offset) < (paragraph, head.idx)
                   for e in self.events) or self.introduced_unnamed(paragraph, head)

    def introduced_unnamed(self, paragraph: int, head: Token) -> bool:
        lemma = head.lemma.lower()
        for earlier in self.parsed.paragraphs[max(paragraph - REACH, 0):paragraph + 1]:
            tokens = earlier.tokens
            for noun in tokens:
                if (earlier.index, noun.idx) >= (paragraph, head.idx):
                    break
                if noun.lemma.lower() == lemma and noun.pos == "NOUN" and noun.dep != "attr" and \
                        not (noun.dep == "appos" and tokens[noun.head].pos == "PROPN") and \
                        any(t.head == noun.i and t.dep == "det" and t.text.lower() in ("a", "an", "another")
                            for t in tokens[max(noun.i - 4, 0):noun.i]) and \
                        not self.inside_quote(earlier.index, noun.idx):
                    return True
        return False

    def described_group(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"the newspaper", "the company": the last media outlet (or company) named before it; None for
        other groups and documents ("the statement", "the rights group") and for several ("the firms"),
        which stay as written."""
        media = describes_an_outlet(paragraph, head)
        if head.tag == "NNS":
            return None  # "the firms said": several, none of them the last one named
        if self.unnamed_body_just_before(paragraph, head):
            return None
        if not media and head.lemma.lower() not in COMPANY_NOUNS:
            named_by = self.body_named_by(paragraph, head)
            if named_by is None and head.lemma.lower() in GENERIC_BODY_NOUNS:
                return self.body_subject_just_before(paragraph, head)
            if named_by is None and head.lemma.lower() in CLUB_NOUNS:
                return self.organisation_of_the_lead(paragraph, head)
            return named_by
        about = self.organisation_subject_before(paragraph, head, media)
        if about is not None:
            return about if about.actor is not None else None
        if not media and not self.organisation_in_sentence(paragraph, head):
            # no company the sentences just before were about: the one the report is about, else nobody (not
            # simply the last one named: a backer, a rival)
            return self.organisation_of_the_lead(paragraph, head)
        if media:
            return self.outlet_named_before(paragraph, head)
        best = None
        for mention, actor in self.mentions:
            if (mention.paragraph, mention.start) >= (paragraph.index, head.idx):
                break
            if actor.type == "organisation" and mention.paragraph >= paragraph.index - REACH and \
                    not self.inside_quote(mention.paragraph, mention.start):
                best = actor
        return Referent(best.name, best, 0.7, "role") if best else None

    def outlet_named_before(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"Spanish daily ABC accuses English reporters of a witch-hunt. “…,” the paper says": what a description
        of a news outlet takes up is the one outlet named before it in its own sentence or the one before, else the
        one named before it in its paragraph or the REACH before; where none is named there, "the newspaper", "the
        paper" or "the editorial" takes up the one outlet named anywhere before it in the article
        (`sole_outlet_of_the_article`), unless its sentence names one after it; None when there are several (never a
        guess between two) or none. Names inside quotations do not count."""
        here = self.sentence_at(paragraph.index, head.idx)
        named = [(m, a) for m, a in self.mentions if (m.paragraph, m.start) < (paragraph.index, head.idx) and
                 a.type == "organisation" and a.media and not self.inside_quote(m.paragraph, m.start)]
        near = {a.key: a for m, a in named
                if here is not None and self.sentence_at(m.paragraph, m.start) in (here - 1, here)}
        outlets = near or {a.key: a for m, a in named if m.paragraph >= paragraph.index - REACH}
        if not outlets and head.lemma.lower() in ARTICLE_WIDE_OUTLET_NOUNS and \
                not self.outlet_named_after_in_sentence(paragraph, head):
            outlets = self.sole_outlet_of_the_article(here, named)
        if len(outlets) != 1:
            return None
        outlet = next(iter(outlets.values()))
        return Referent(outlet.name, outlet, 0.7, "role")

    def sole_outlet_of_the_article(self, here: int | None,
                                   named: list[tuple[Mention, LocalActor]]) -> dict[str, LocalActor]:
        """The outlets named before sentence number `here` (`named`, in order), by key, when there is one and no
        other organisation is the main subject of a sentence since it was last named ("Marca criticises …", "Marca's
        headline says …": the paper may be that one, which the digest does not know for an outlet); else none."""
        outlets = {a.key: a for m, a in named}
        if len(outlets) != 1 or here is None:
            return {}
        last, outlet = named[-1]
        since = self.sentence_at(last.paragraph, last.start)
        for sentence in self.sentences[since + 1:here] if since is not None else ():
            subject = self.main_subject(sentence)
            if subject is None:
                continue
            earlier = self.parsed.paragraphs[sentence[0]]
            actor = self.name_of(earlier, subject) or self.organisation_owning(earlier, subject)
            if actor is not None and actor.type == "organisation" and actor.key != outlet.key:
                return {}
        return outlets

    def outlet_named_after_in_sentence(self, paragraph: ParsedParagraph, head: Token) -> bool:
        """Whether an outlet is named after a description in its sentence ("the newspaper said, citing the
        Courier"), outside quotations."""
        here = self.sentence_at(paragraph.index, head.idx)
        return any(m.paragraph == paragraph.index and m.start > head.idx and a.type == "organisation" and a.media and
                   self.sentence_at(m.paragraph, m.start) == here and not self.inside_quote(m.paragraph, m.start)
                   for m, a in self.mentions)

    def unnamed_body_just_before(self, paragraph: ParsedParagraph, head: Token) -> bool:
        """"Harbour Health Group may quit the market. … On Monday the trade group for the coastal plans set out its
        worries. “…,” the group wrote": whether the main subject of the nearest sentence before the description
        that has one, in its paragraph or the one before, is a noun of the same word, qualified by words of its own
        and naming no actor (a body the article describes and leaves unnamed), which the description takes up rather
        than a named body of that word; not a bare "The company said" taking up a named one."""
        here = self.sentence_at(paragraph.index, head.idx)
        for index, start, end in reversed(self.sentences[:here] if here else ()):
            if index < paragraph.index - 1:
                return False
            subject = self.main_subject((index, start, end))
            if subject is not None:
                earlier = self.parsed.paragraphs[index]
                if subject.lemma.lower() != head.lemma.lower() or subject.pos != "NOUN" or \
                        self.name_of(earlier, subject) is not None:
                    return False
                modifiers = earlier.dependents(subject)
                qualifiers = {t.text.lower() for t in modifiers if t.dep in ("amod", "compound")} | \
                    {t.text.lower() for prep in modifiers if prep.dep == "prep"
                     for t in earlier.dependents(prep) if t.dep == "pobj"}
                # "the board of trade" is the Harbour Board of Trade: words of a named body's name
                return bool(qualifiers) and not any(
                    a.type == "organisation" and qualifiers | {subject.text.lower()} <= set(a.name.lower().split())
                    for a in self.actors)
        return False

    def organisation_of_the_lead(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"Bookmaker William Hill has stopped taking bets …. ¶ The firm closed the book on Friday, saying …",
        "Manchester United's board has agreed … ¶ Earlier this month, Mr Glazer presented the board … In a
        statement, the club said …": "the company", "the firm" or "the club" that no sentence just before takes up
        is the one organisation (no outlet) the report's opening sentence names, the body the report is about,
        where it stands in that sentence's subject ("Shares in German football club Borussia Dortmund slipped",
        not "… banned from playing the Half-Life 2 game"), unless another organisation is the main subject of a
        sentence between that one and the description (the text having turned to another body); None when the
        opening names none or several."""
        lead = self.sentences[0]
        mentions = [(m, a) for m, a in self.mentions_in(lead) if a.type == "organisation" and not a.media]
        here = self.sentence_at(paragraph.index, head.idx)
        subject = self.main_subject(lead)
        if len({a.key for _, a in mentions}) != 1 or not here or subject is None:
            return None
        opening = self.parsed.paragraphs[lead[0]]
        covered = descendants(opening, {subject.i}, lambda t: True)
        if not any(t.i in covered for m, _ in mentions for t in mention_tokens(opening, m)):
            return None
        body = mentions[0][1]
        for index, start, end in self.sentences[1:here]:
            subject = self.main_subject((index, start, end))
            actor = self.name_of(self.parsed.paragraphs[index], subject) if subject is not None else None
            if actor is not None and actor.type == "organisation" and actor.key != body.key:
                return None
        return Referent(body.name, body, 0.7, "role")

    def body_named_by(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"the department said" after "the Department of Justice", "the agency" after "the Canada Border Services
        Agency": the one organisation of the article, named before it outside quotations, whose name holds the
        noun as a word; None when none or several do ("the department" of two departments stays as written)."""
        noun = head.text.lower()
        if noun in DOCUMENT_NOUNS:
            return None  # "the report said": a document, not the Drudge Report
        found = {actor.key: actor for mention, actor in self.mentions
                 if (mention.paragraph, mention.start) < (paragraph.index, head.idx) and actor.type == "organisation"
                 and noun in actor.name.lower().split() and not self.inside_quote(mention.paragraph, mention.start)}
        if len(found) != 1:
            return None
        body = next(iter(found.values()))
        words = set(body.name.lower().replace("-", " ").split())
        modifiers = [t for t in paragraph.tokens
                     if t.head == head.i and t.i < head.i and t.dep in ("amod", "compound", "nmod")]
        if any(t.text.lower() not in words for t in modifiers):
            return None  # "The German exchange" after the London Stock Exchange: another exchange
        return Referent(body.name, body, 0.7, "role")

    def body_subject_just_before(self, paragraph: ParsedParagraph, head: Token) -> Referent | None:
        """"Hydro Ottawa said 85,000 customers were in the dark. … “…,” the utility said": a noun for any kind of
        body ("the group", "the agency", "the utility") takes up the organisation that is the main subject of the
        nearest sentence before it that has a subject, in its paragraph or the one before, or, as written, a
        body's name there that the NER missed (`body_the_ner_missed`: "Elections Midland said …"); None when that
        subject is anything else (a person, a place, another noun) or an organisation is named earlier in its
        own sentence."""
        here = self.sentence_at(paragraph.index, head.idx)
        if here is None or self.organisation_in_sentence(paragraph, head):
            return None
        for index, start, end in reversed(self.sentences[:here]):
            if index < paragraph.index - 1:
                return None
            subject = self.main_subject((index, start, end))
            if subject is None:
                continue
            earlier = self.parsed.paragraphs[index]
            actor = self.name_of(earlier, subject) or self.organisation_owning(earlier, subject)
            if actor is None or actor.type == "place":
                place = actor or next((a for a in self.actors if a.type == "place" and a.name == subject.text), None)
                missed = body_the_ner_missed(earlier, subject, place)
                return Referent(missed, None, 0.7, "role") if missed is not None else None
            if actor.type != "organisation" or actor.media:
                return None
            return Referent(actor.name, actor, 0.7, "role")
        return None

    def organisation_subject_before(self, paragraph: ParsedParagraph, head: Token, media: bool) -> Referent | None:
        """"Microsoft will replace the cables of its Xbox consoles. The company said …": what "the company" (or,
        when `media`, "the newspaper") takes up is the organisation of that kind that is the subject of the main
        clause (or of the last main clause coordinated with it: "GMAC has done well but GM said …") of the nearest
        sentence before it, in its paragraph or the one before, that has one, not simply the last one named (a
        product, a rival, a backer); `_UNKNOWN_BODY` (no actor) when a capitalised name that names no actor of the
        article is that subject first ("AztraZeneca has appointed …", misspelt), or when that subject is two bodies
        or more ("The Herald and the Times have …": one of them). None when there is neither, or
        when an organisation is named before it in its own sentence ("In a statement from Lycos Europe, the
        company denied …"), where the last one named is meant."""
        here = self.sentence_at(paragraph.index, head.idx)
        if here is None or self.organisation_in_sentence(paragraph, head):
            return None
        for index, start, end in reversed(self.sentences[:here]):
            if index < paragraph.index - 1:
                break
            subject = self.main_subject((index, start, end))
            if subject is None:
                continue
            earlier = self.parsed.paragraphs[index]
            if self.coordinated_bodies(earlier, subject):
                return _UNKNOWN_BODY  # "The Herald and the Times … The newspaper said": one of two, never a guess
            if subject.pos == "NOUN" and is_definite(earlier, subject) and \
                    (describes_an_outlet(earlier, subject) if media else subject.lemma.lower() in COMPANY_NOUNS):
                # "the company" again ("In a statement from Lycos Europe, the company denied …"): as it was taken up
                return self.described_group(earlier, subject) or _UNKNOWN_BODY
            actor = self.name_of(earlier, subject) or self.organisation_owning(earlier, subject)
            if actor is None and subject.pos == "PROPN" and subject.text[:1].isupper() and \
                    subject.ent_type in ("", "ORG", "PERSON"):
                actor = self.as_written(earlier, subject, SPEAKERS).actor  # "Eli Lilly"
                if actor is None:
                    return _UNKNOWN_BODY
            if actor is not None and actor.type == "organisation" and actor.media == media:
                return Referent(actor.name, actor, 0.7, "role")
            # a person, a place, an outlet reporting, another kind of body or a thing: further back
        return None

    def coordinated_bodies(self, paragraph: ParsedParagraph, subject: Token) -> bool:
        """Whether a subject names an organisation coordinated with another ("The Marlow Herald and the Dunmore
        Times have …")."""
        def body(token: Token) -> bool:
            actor = self.name_of(paragraph, token)
            return actor is not None and actor.type == "organisation"
        return body(subject) and any(t.dep == "conj" and body(t) for t in paragraph.dependents(subject))

    def organisation_in_sentence(self, paragraph: ParsedParagraph, head: Token) -> bool:
        """Whether an organisation is named before `head` in its own sentence, outside quotations ("In a statement
        from Lycos Europe, the company denied …")."""
        here = self.sentence_at(paragraph.index, head.idx)
        return here is not None and any(actor.type == "organisation" and mention.start < head.idx
                                        for mention, actor in self.mentions_in(self.sentences[here]))

    def organisation_owning(self, paragraph: ParsedParagraph, subject: Token) -> LocalActor | None:
        """The organisation a noun subject's phrase names ("Shares in Continental Airlines", "The company's shares",
        "the Sunday Telegraph report", "German football club and former European champion Borussia Dortmund"):
        the first organisation among its possessors, compounds, appositions, coordinated nouns and the objects of
        its "in" or "of"."""
        if subject.pos != "NOUN":
            return None
        phrase = descendants(paragraph, {subject.i}, lambda t: t.dep in PHRASE_DEPS or
                             t.dep == "prep" and t.text.lower() in ("in", "of"))
        found = (self.actor_at(paragraph.index, paragraph.tokens[i]) for i in sorted(phrase) if i != subject.i)
        return next((a for a in found if a is not None and a.type == "organisation"), None)

    def sentence_root(self, sentence: tuple[int, int, int]) -> Token | None:
        """The main verb (the parse's root) of a sentence (paragraph index, start and end offsets), if it has one."""
        index, start, end = sentence
        return next((t for t in self.parsed.paragraphs[index].tokens if start <= t.idx < end and t.dep == "ROOT"), None)

    def main_subject(self, sentence: tuple[int, int, int], coordinated: bool = True) -> Token | None:
        """The subject, outside quotations, of a sentence's main verb or (when `coordinated`) of the last main clause
        coordinated with it that has one."""
        index, start, end = sentence
        tokens = [t for t in self.parsed.paragraphs[index].tokens if start <= t.idx < end]
        root = self.sentence_root(sentence)
        if root is None:
            return None
        clauses = {root.i} | {t.i for t in tokens if coordinated and t.dep == "conj" and t.head == root.i and
                              t.pos in ("VERB", "AUX")}
        subjects = [t for t in tokens if t.head in clauses and t.dep in SUBJECT_DEPS and
                    not self.inside_quote(index, t.idx)]
        return subjects[-1] if subjects else None


_OTHER = Referent("", None, 0.0, "other")  # a subject that is not a speaker at all
_UNKNOWN_BODY = Referent("", None, 0.0, "unknown")  # a body the NER did not recognise: nobody to take up
# The words a verb may have between its subject and itself ("…, Dean Boyd, had also argued").
VERB_LEAD_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Links inside the words set off after a name that say who the named one is ("X, vice-president of research at Y").
DESCRIBING_DEPS = frozenset({"pobj", "prep", "appos", "compound"})
# The links inside a noun phrase that name what it is or whose it is (`References.organisation_owning`).
PHRASE_DEPS = frozenset({"poss", "compound", "appos", "conj", "pobj", "amod", "nmod"})
# Words a speaker uses of themselves alone, and verbs of saying that introduce their words
# (`References.speaking_in_the_first_person`).
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
SAYING_VERBS = frozenset({"say", "tell", "add", "insist", "admit", "explain", "claim", "reveal", "confess"})
# Nouns by which sports reports describe a competitor ("the seventh seed", "the wildcard entry").
RANK_NOUNS = frozenset({"seed", "entry", "qualifier", "entrant", "newcomer", "debutant", "favourite", "holder"})
# Honorifics that only ever stand before a person's name: "Mr Camus" is a person whatever the NER says; they
# are no role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord"})
# Words of a role that make it another office than the same role without them ("Deputy Prime Minister").
OTHER_OFFICE = frozenset({"deputy", "vice", "assistant", "shadow", "junior", "associate", "under"})
# Offices one person holds at a time: a description naming one is not a person the article gives another.
OFFICES = frozenset({"minister", "secretary", "chancellor", "president", "premier", "senator", "governor", "mayor",
                     "judge", "speaker", "ambassador", "commissioner", "attorney", "leader", "chairman", "chairwoman"})
# Words of a role that make it an office held before ("ex-Conservative chancellor Ken Clarke").
PAST_OFFICE = frozenset({"former", "ex", "then", "outgoing", "retired", "late", "one-time"})
# Words of a description that say nothing about who is meant ("the former secretary").
GENERIC_MODIFIERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "former", "new", "then", "current",
                               "outgoing", "veteran", "also", "our", "this", "that"})


# A photo's credit as web pages print it on a line of its own under the picture: "Getty.", "Jane Doe/Reuters.",
# "Jane Doe via Getty Images."
PHOTO_CREDIT = re.compile(r"(?:[^.!?“”\"]{1,40}?(?:\s*/\s*|\s+via\s+))?"
                          r"(?:Getty(?: Images)?|Reuters|AP|AP Photo|AFP|EPA|PA|Associated Press)\.?")


def opens_with_view_of(paragraph: ParsedParagraph, start: int) -> bool:
    """Whether the sentence at `start` opens with "For" and a name set off by a comma ("For Jonathan Chait,
    Williamson is exposing …"): what follows is that person's view."""
    tokens = paragraph.tokens
    if tokens[start].text.lower() != "for":
        return False
    name = object_of(paragraph, tokens[start])
    return name is not None and name.pos == "PROPN" and name.i + 1 < len(tokens) and tokens[name.i + 1].text == ","


def photo_lines(parsed: ParsedArticle) -> frozenset[int]:
    """The paragraphs of a photo set in the text: its credit line (`PHOTO_CREDIT`) and the caption right after it,
    written in the simple present of what the picture shows ("Officer Tom Reed holds up the gun used in the
    shooting"). They interrupt the text: the people a caption names are not who a pronoun after it takes up."""
    return frozenset(index for credit, caption in zip(parsed.paragraphs, parsed.paragraphs[1:])
                     if PHOTO_CREDIT.fullmatch(credit.text.strip()) and shows_a_picture(caption)
                     for index in (credit.index, caption.index))


def shows_a_picture(paragraph: ParsedParagraph) -> bool:
    """Whether a paragraph's first sentence says what is happening, as a caption does: its main verb a simple present
    of doing something ("holds up", "speaks", not "is" or "has"), and no quotation in the paragraph."""
    if not paragraph.sents or any(mark in paragraph.text for mark in OPENING):
        return False
    start, end = paragraph.sents[0]
    root = next((t for t in paragraph.tokens[start:end] if t.dep == "ROOT"), None)
    return root is not None and root.tag in ("VBZ", "VBP") and root.lemma not in ("be", "have")


def past_office_of_a_sitting_holder(words: set[str], roles: set[str]) -> bool:
    """Whether a description's words say an office held before ("the former president") and a person's role words
    in the article do not ("President Tom Reed", the sitting one): someone else ("then" says nothing of now)."""
    return bool(words & PAST_OFFICE - {"then"}) and not roles & PAST_OFFICE and \
        not any(w.startswith("ex-") for w in roles)


def description_gender(description: str) -> str | None:
    """"f" for "his wife", "m" for "a spokesman", None when the words do not say."""
    words = {w.strip(".,'’").lower() for w in description.split()}
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    return "f" if female and not male else "m" if male and not female else None


def unrecognised(event: Event) -> bool:
    """A subject taken for a name only because it is a proper noun (no actor of the article)."""
    return event.referent is not None and event.referent.actor is None and event.referent.method == "verb"


def unsure_unrecognised(event: Event, nearest: bool, before: tuple[int, int]) -> bool:
    """"Owen is confident Real can close the gap. He added:", "If Steam proves effective …, said Mr Fahey, …. “…,” he
    said": a capitalised word that is no actor of the article (the NER took it for no name) is a person a "he" or
    "she" takes up only as the main subject of the pronoun's own sentence or the one right before it ("But Edu was
    highly critical of …. “…,” he said"); anywhere else it is as likely a team, a product or a title, and the
    pronoun is unsure (True) rather than a wrong name."""
    return (event.paragraph, event.offset) < before and event.person and unrecognised(event) and \
        not (event.main and nearest)


# Dashes that set a quotation apart from the words before it.
DASHES = frozenset({"—", "―", "–", "-", "--"})


def reported_by(paragraph: ParsedParagraph, subject: Token) -> frozenset[int]:
    """The character offsets of the clause a subject's verb reports ("Blair would lead …, he said"); not the
    words introducing a quotation with a colon that the parse put inside it ("Wright scolded him: “…,” she
    said" reports the quotation, not Wright), nor those before the clause's first quotation set off by a dash
    ("Wright said the plan was weak - “…,” she said - and …"; an aside between dashes inside a quotation, “…”
    -- that Reed would lose -- “…,” he said, is still reported); nothing for a verb that reports no clause
    (`reports_a_clause`)."""
    if not reports_a_clause(paragraph.tokens[subject.head]):
        return frozenset()
    tops = {t.i for t in paragraph.children.get(subject.head, ()) if t.dep == "ccomp"}
    clause = descendants(paragraph, tops, lambda token: True)
    tokens = paragraph.tokens
    first_mark = min((i for i in clause if tokens[i].text in OPENING), default=len(tokens))
    set_off = max((i for i in clause if i + 1 < len(tokens) and tokens[i + 1].text in OPENING and i < subject.i and
                   (tokens[i].text == ":" or tokens[i].text in DASHES and i + 1 == first_mark)), default=-1)
    return frozenset(tokens[i].idx for i in clause if i > set_off)


# Verbs that introduce reported speech (lemmas).
SPEECH_VERBS = frozenset("""
say tell add state declare announce explain insist argue claim note warn write ask reply respond
answer suggest acknowledge admit confirm deny conclude recall remark report stress emphasise emphasize
urge predict promise vow pledge tweet post quip joke comment observe complain concede boast lament
caution assert maintain contend reiterate testify continue call describe dub label term brand quote
mutter shout scream yell whisper plead demand agree counter retort muse recount reveal cite
proclaim press boom fume assure snap bark gush rave rail thunder sigh scoff exclaim marvel interject chime
elaborate clarify advise allege inform reason speculate wonder hint opine echo grouse gripe rant bemoan
exhort implore riff email express intimate vent snipe snip cry jeer needle
""".split())  # "snip": the lemmatiser's reading of "sniped"
# Verbs of believing whose reported clause holds the quoted words ("felt that there “might well be” a way").
BELIEVING_VERBS = frozenset({"feel", "believe", "think", "fear", "suspect", "worry", "hope", "doubt", "expect",
                             "reckon", "indicate", "estimate", "question", "ponder", "signal", "figure", "guess",
                             "imply", "sense"})

# Verbs of knowing and finding out whose clause is what the subject knows ("Hale knew the vote was lost").
KNOWING_VERBS = frozenset({"know", "learn", "hear", "see", "find", "realise", "realize", "understand", "recognise",
                           "recognize", "discover", "decide", "agree", "assume", "show", "mean", "notice", "forget",
                           "remember", "determine", "accept"})


def closing_tag(paragraph: ParsedParagraph, subject: Token) -> bool:
    """Whether a subject and its verb close their sentence after a comma, all the rest being what the verb reports
    ("And Sam Cole would lead the campaign, he said."), not a verb with words of its own after it ("… - he told
    refugees to go home")."""
    tokens = paragraph.tokens
    verb = tokens[subject.head]
    return subject.i > 0 and tokens[subject.i - 1].text == "," and verb.i == subject.i + 1 and \
        verb.i + 1 < len(tokens) and tokens[verb.i + 1].text in {".", "!", "?"}


def reports_a_clause(verb: Token) -> bool:
    """Whether a verb can report a clause as what its subject says, believes or knows ("Blair would lead the
    campaign, he said"); a verb of doing cannot, so a clause the parse hung from one is no report ("Hale hit Reed on
    taxes, she hit him on guns", its first clause made the object of the second "hit")."""
    return verb.lemma.lower() in SPEECH_VERBS | BELIEVING_VERBS | KNOWING_VERBS


def name_tagged_noun(paragraph: ParsedParagraph, subject: Token) -> bool:
    """"After Reed asked him, D’Arcy replied, “…”", the name tagged a noun: a capitalised noun inside its sentence,
    with no article and no word for a person, as the subject of a verb of speech is a name the NER missed, as the
    quote rules take it for a speech verb's subject."""
    return subject.pos == "NOUN" and subject.text[:1].isupper() and subject.dep == "nsubj" and \
        paragraph.tokens[subject.head].lemma.lower() in SPEECH_VERBS and not is_sentence_start(paragraph, subject) and \
        subject.lemma.lower() not in PERSON_NOUNS and article_of(paragraph, subject) is None and \
        not glued_to_word_before(paragraph, subject)


def glued_to_word_before(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether a word is written on to the one before it without a space ("Org" in "fansite Halo.Bungie.Org"): the
    end of an address or a compound, no name of its own."""
    before = paragraph.tokens[token.i - 1] if token.i > 0 else None
    return before is not None and not before.ws and before.text not in OPENING and before.text not in ("(", "[")


def end_of_an_address(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether a word follows a full stop written between words without a space ("Org" in "editor of fansite
    Halo.Bungie.Org, said", which the tokenizer splits at its full stops and the parse makes a sentence of its own):
    the end of a web address, no speaker's name (unlike "Thalman" after the hyphen of "Magnenat-Thalman")."""
    stop = paragraph.tokens[token.i - 1] if token.i > 1 else None
    return stop is not None and stop.text == "." and not stop.ws and glued_to_word_before(paragraph, stop)


def names_a_subject(paragraph: ParsedParagraph, word: Token) -> bool:
    """Whether `word` is, or opens the name that is, the subject of a clause ("Tom Reed" of "Tom Reed said")."""
    while word.dep == "compound" and word.head != word.i:
        word = paragraph.tokens[word.head]
    return word.dep in SUBJECT_DEPS


def in_a_circumstance_of(paragraph: ParsedParagraph, word: Token, verb: int) -> bool:
    """Whether `word` lies in an adverbial clause ("When …", "After …") that hangs, at any depth, from the token
    at `verb`."""
    link = link_below(paragraph, word, verb)
    return link is not None and link.dep in ADVERBIAL


def possessor(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether a token is part of a name in the possessive that does not own the subject ("Mel" in "The
    trouble with Mel Gibson's film, he believed, …"; not "Hillary" in "Hillary Clinton's slogan is …")."""
    for following in paragraph.tokens[token.i:]:
        if following.dep == "poss":
            return paragraph.tokens[following.head].dep not in SUBJECT_DEPS
        if following.pos != "PROPN":
            return False
    return False


def descendants(paragraph: ParsedParagraph, roots: set[int], admit) -> set[int]:
    """`roots` and every token below them in the parse whose link `admit` lets through."""
    children = paragraph.children
    found, todo = set(roots), list(roots)
    while todo:
        for child in children.get(todo.pop(), ()):
            if child.i not in found and admit(child):
                found.add(child.i)
                todo.append(child.i)
    return found


def named_in_full(actor: LocalActor, named_inside: frozenset[str]) -> bool:
    """Whether a quotation names a person by every word of a name of two words or more ("… it's not Sam Reed"):
    a speaker may name himself so, as a politician does, where a first name alone is said to another ("Harry")."""
    words = actor.name.split()  # each stripped as `quotes.named_in` strips the quotation's ("Sanders" → "Sander")
    return actor.type == "person" and len(words) > 1 and all(w.strip(".,;:!?'’s") in named_inside for w in words)


def spoken_of(actor: LocalActor, named_inside: frozenset[str]) -> bool:
    """Whether a quotation names the actor (by any word of its name) as someone it speaks of."""
    return actor.type == "person" and any(word in named_inside for word in actor.name.split())


# Endings of nouns for people by what they do ("commenter", "neurosurgeon", "front-runner", "actress");
# nouns of acts and states ("statement", "notion", "ability") are not speakers.
PERSON_ENDINGS = ("-old", "man", "woman", "person", "er", "or", "ist", "ian", "ant", "ent", "ee", "eon", "ess",
                  "ive", "ary", "ier", "yer")
NOT_PERSON_ENDINGS = ("ment", "ness", "tion", "sion", "ity", "ance", "ence", "ure", "ism", "ship", "hood", "ery")


def negated_description(name: str, actor: LocalActor | None) -> bool:
    """A subject that says nobody did it ("no other secretary of state had a private server", "No one else …"):
    nobody a later pronoun can take up."""
    words = name.lower().split()
    return actor is None and bool(words) and (words[0] in ("no", "none", "nobody", "neither") or words[:2] == ["not", "one"])


# People named by their church office or their place in a team or a draw, without a person's ending ("the South
# African archbishop said", "said the top seed", "the lock forward added"): descriptions a reader resolves.
OFFICE_AND_POSITION_NOUNS = frozenset({"archbishop", "cardinal", "vicar", "chaplain", "monk", "nun", "forward", "seed"})


def is_person_noun(token: Token) -> bool:
    """Whether a noun names a person by what they are or do ("spokesman", "the 22-year-old", "the archbishop")."""
    lemma = token.lemma.lower()
    if lemma in PERSON_NOUNS or lemma in OFFICE_AND_POSITION_NOUNS:
        return True
    return len(lemma) > 4 and lemma.endswith(PERSON_ENDINGS) and not lemma.endswith(NOT_PERSON_ENDINGS) and \
        lemma not in GROUP_NOUNS and lemma not in NOT_PERSON_NOUNS and lemma not in THING_NOUNS


# Nouns with a person's ending that are not people ("letter", "order", "matter").
NOT_PERSON_NOUNS = frozenset("""
letter order matter number paper water power center centre border river corner chapter register meter
quarter monitor sector factor error mirror color colour labor labour motor honor honour rumor rumour
answer layer filter cluster computer printer poster banner trailer thriller charter tender offer
summer winter event moment percent content comment element segment argument document statement judgment
payment investment government department incident accident talent patent evidence experience difference
conference audience silence violence influence sentence science balance press process address access
business progress success congress fortress mattress
cheer career retrospective perspective initiative incentive alternative objective directive archive motive narrative
""".split())


# More nouns of things with a person's ending, which a "he" or "she" took up as if they were people ("A retrospective
# of his movies … he added", "a new documentary … The documentary … he denied").
THING_NOUNS = frozenset("""
documentary anniversary library dictionary salary itinerary primary glossary
retrospective initiative incentive directive objective perspective alternative narrative motive archive
cheer career dinner danger chamber shower tower flower cover
median meridian
""".split())  # "the shortest median wait … she said": a figure, not the "she"


def before_auxiliaries(paragraph: ParsedParagraph, verb: Token) -> int:
    """The index of the first of the auxiliaries and negations right before a verb ("has said", "has not
    said"), else of the verb itself: where a subject's words end ("Lord of the Rings director Peter Jackson has
    said")."""
    end = verb.i
    while end > 0 and paragraph.tokens[end - 1].head == verb.i and \
            paragraph.tokens[end - 1].dep in ("aux", "auxpass", "neg"):
        end -= 1
    return end


def hidden_person(paragraph: ParsedParagraph, subject: Token) -> Token | None:
    """The person noun that ends a subject's words right before its verb where the parse made another word
    the head ("A Department for Work and Pensions spokeswoman said", headed by "Department"): the speaker is
    the spokeswoman, not the department."""
    verb = paragraph.tokens[subject.head]
    if subject.pos != "PROPN" and not name_taken_for_noun(paragraph, subject) or subject.ent_type == "PERSON" or \
            verb.i <= subject.i + 1:
        return None  # "the chief executive of a car maker said", "Anne Thompson of the Hollywood Reporter said"
    last = paragraph.tokens[verb.i - 1]
    if last.pos != "NOUN" or last.tag == "NNS" or not last.text.islower() or not is_person_noun(last):
        return None
    below = descendants(paragraph, {subject.i}, lambda t: subject.i < t.i < verb.i and
                        t.dep not in ("conj", "appos", "relcl", "acl"))
    return last if last.i in below else None


def name_taken_for_noun(paragraph: ParsedParagraph, token: Token) -> bool:
    """"A Top of the Pops spokesperson said", "Top" tagged a common noun: a capitalised word inside a sentence that
    names no person by what they are, the first word of a name (a show's, a body's) the tagger read as a noun."""
    return token.pos == "NOUN" and token.text[:1].isupper() and not token.text.isupper() and \
        not is_person_noun(token) and token.i > 0 and paragraph.tokens[token.i - 1].pos == "DET"


PEOPLES_ADJECTIVES_IN_CH = ("French", "Dutch")  # "the French": a people; "the Czech" may be one person


def is_demonym_description(paragraph: ParsedParagraph, token: Token) -> bool:
    """"the American", "the Scot": one person named by nationality after "the" (the NER's NORP)."""
    return token.ent_type == "NORP" and token.tag in ("NNP", "NN") and token.text[:1].isupper() and \
        article_of(paragraph, token) == "the"


def names_many_people(word: str) -> bool:
    """Whether a group's or a people's word after "the" names many people, not one: a plural ("the Greens", "the
    Scots", "the Irishmen"), or a people's adjective ending in "-sh" or "-ese" ("the British", "the Welsh", "the
    Chinese") or one of the two in "-ch" ("the French", "the Dutch"), whose one person is a "-man"; "the Czech"
    and "the Swiss" may name one person ("the 24-year-old Swiss added"), as "the Scot" and "the American" do."""
    return word.endswith(("s", "men", "sh", "ese")) and not word.endswith("ss") or word in PEOPLES_ADJECTIVES_IN_CH


def is_indefinite_demonym(paragraph: ParsedParagraph, token: Token) -> bool:
    """"one Democrat close to the plan", "another Ohio Republican", "a Muslim who prays there": one person
    described by party, faith or nationality (the NER's NORP) after "a", "another" or "one", an unnamed source to
    be printed as written, never by the group's name ("Democrat") or part of it ("Ohio Republican")."""
    return token.ent_type == "NORP" and token.tag in ("NNP", "NN") and token.text[:1].isupper() and \
        any(t.i < token.i and (t.dep == "det" and t.text.lower() in ("a", "an", "another") or
                               t.dep == "nummod" and t.text.lower() == "one")
            for t in paragraph.dependents(token))


def subject_after_but(paragraph: ParsedParagraph, subject: Token) -> Token:
    """"… claimed the race would be between himself, Dutchman Arnoud Okken and Antonio Reina of Spain but McIlroy is
    unfazed", parsed with Okken the subject of "is unfazed" and McIlroy joined to him: a name joined to a subject's
    list by "but" opens a clause of its own, and is that verb's subject; else the subject itself."""
    tokens = paragraph.tokens
    joined = [t for t in paragraph.dependents(subject) if t.dep == "conj" and t.i > subject.i]
    for name in joined:
        conjunction = tokens[name.i - 1]
        if conjunction.dep == "cc" and conjunction.text.lower() == "but" and name.pos == "PROPN":
            return name
    return subject


def titled_role(paragraph: ParsedParagraph, token: Token) -> str | None:
    """The article before a capitalised role the parse took for a proper noun ("The Labour Party Co-Chairman",
    "the Salford MP"): such a role is a description, not a name ("The Spectator" is a name: no role)."""
    if token.pos != "PROPN" or token.lemma.lower().split("-")[-1] not in PERSON_NOUNS and \
            not capitalised_office(paragraph, token):
        return None
    return article_of(paragraph, token)


def capitalised_office(paragraph: ParsedParagraph, token: Token) -> bool:
    """"On Friday, the Cardinal will ask the congregation …": an office or position without a person's ending
    (`OFFICE_AND_POSITION_NOUNS`), capitalised and tagged a proper noun, is a description as "the cardinal" is, not
    a name; not where it heads words joining it to someone else ("the Cardinal and Archbishop of Canterbury Dr
    Rowan Williams", two people)."""
    return token.lemma.lower() in OFFICE_AND_POSITION_NOUNS and \
        not any(t.dep in ("conj", "cc", "appos") for t in paragraph.dependents(token))


def article_of(paragraph: ParsedParagraph, token: Token) -> str | None:
    """"the" in "The Labour Party Co-Chairman" (where the parse may hang it from a word of the compound):
    the article before a noun and the words qualifying it, if any."""
    before = descendants(paragraph, {token.i},
                         lambda t: t.i < token.i and t.dep in ("compound", "amod", "det", "punct"))
    return next((paragraph.tokens[i].lemma.lower() for i in sorted(before) if paragraph.tokens[i].dep == "det" and
                 paragraph.tokens[i].lemma.lower() in ("the", "a", "an")), None)


def describes_an_outlet(paragraph: ParsedParagraph, head: Token) -> bool:
    """Whether a noun describes a news outlet ("the newspaper", "the daily") or the voice of its opinion ("the
    editorial", "the paper's editorial board", "its editorial page"), which speaks for the outlet as "the newspaper"
    does."""
    lemma = head.lemma.lower()
    return lemma in MEDIA_NOUNS or lemma == "editorial" or lemma in EDITORIAL_BODY_NOUNS and any(
        t.dep in ("amod", "compound") and t.lemma.lower() == "editorial" for t in paragraph.dependents(head))


def is_group_noun(token: Token) -> bool:
    return token.lemma.lower() in GROUP_NOUNS


def is_definite(paragraph: ParsedParagraph, token: Token) -> bool:
    """"the minister", "his lawyer", "this official": a description of someone already identified."""
    for child in paragraph.tokens:
        if child.head == token.i and child.i < token.i and child.dep in ("det", "poss"):
            return child.text.lower() in ("the", "this", "that", "his", "her", "their", "its") or child.dep == "poss"
    return False


def someone_elses(paragraph: ParsedParagraph, head: Token) -> bool:
    """A description owned by a noun ("the singer's spokeswoman", "the club's lawyer"): someone who speaks for
    another, never the person the owner names, so not a bare role ("the minister") that may be a person just
    named; "his lawyer" (a pronoun's) is not one of these."""
    return any(t.dep == "poss" and t.pos in ("NOUN", "PROPN") for t in paragraph.dependents(head))


def description_words(paragraph: ParsedParagraph, head: Token) -> set[str]:
    """The lower-case words before a description's head that qualify it ("home" in "the home secretary"), and the
    title in quotation marks right before it (`quoted_title`)."""
    return {role_word(t) for t in paragraph.tokens
            if t.head == head.i and t.i < head.i and t.dep in ("amod", "compound")} | \
        {t.lemma.lower() for t in quoted_title(paragraph, head)}


def quoted_title(paragraph: ParsedParagraph, head: Token) -> list[Token]:
    """The words in quotation marks right before a description's head ("the “Wasp” star"): the title of the work
    the person is known for, which tells them from the stars of other works."""
    tokens = paragraph.tokens
    if head.i < 3 or tokens[head.i - 1].text not in CLOSING:
        return []
    words = list(takewhile(lambda t: t.text not in OPENING, reversed(tokens[max(0, head.i - 8):head.i - 1])))
    start = head.i - 2 - len(words)
    if not words or start < 0 or tokens[start].text not in OPENING:
        return []
    return [t for t in words if t.text[:1].isupper()]


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def dateline_dash(paragraph: ParsedParagraph) -> int | None:
    """The index of the dash that ends a dateline at the head of a paragraph ("WASHINGTON —", "LONDON (Reuters)
    -"), None where the paragraph opens with none."""
    if paragraph.index > 1 or not paragraph.tokens:
        return None
    first = paragraph.tokens[0]
    if not (first.text.isupper() and len(first.text) > 1):
        return None
    return next((t.i for t in paragraph.tokens[:10] if t.text in DATELINE_DASHES), None)


def is_dateline(paragraph: ParsedParagraph, token: Token) -> bool:
    """A word of a dateline at the head of a paragraph (`dateline_dash`): never a speaker."""
    dash = dateline_dash(paragraph)
    return dash is not None and token.i < dash


# Offices British news also calls "the minister" ("Education Secretary Ruth Kelly … The minister also confirmed").
MINISTERIAL_OFFICES = frozenset({"secretary", "chancellor", "minister"})
NOT_MINISTERIAL = frozenset({"shadow", "general", "party", "union", "club", "company"}) | OTHER_OFFICE


def ministerial(word: str, roles: set[str]) -> bool:
    """Whether a bare "the minister" fits a person's roles: a government office of state ("Home Secretary",
    "Chancellor"), not a shadow or deputy one, a union's general secretary or a company secretary."""
    return word == "minister" and bool(roles & MINISTERIAL_OFFICES) and not roles & NOT_MINISTERIAL


# Ranks of a police force as titles are written before a name ("RCMP Cpl. Ann Hale", "Det. Sgt. Tom Reed").
POLICE_RANKS = frozenset("""
const const. cst cst. constable cpl cpl. corporal sgt sgt. sergeant staff-sgt staff-sgt. s/sgt s/sgt. det det.
detective insp insp. inspector supt supt. superintendent
""".split())


def ranked_officer_roles(roles: set[str]) -> set[str]:
    """The nouns a later reference may use for a person whose title is a police rank: "the officer"; and for one
    of the RCMP, "the Mountie" (Canadian news's word for its members)."""
    if not roles & POLICE_RANKS:
        return set()
    return {"officer", "mountie"} if "rcmp" in roles else {"officer"}


# Words of a post held beside "justice" that make it no judge's title ("Justice Minister Ann Hale").
NOT_JUDICIAL = MINISTERIAL_OFFICES | frozenset({"critic", "department", "ministry", "attorney", "commissioner"})


def judicial_title_roles(roles: set[str]) -> set[str]:
    """The noun a later reference uses for a person whose title is a judge's, "Justice Ann Hale" or "Chief Justice
    Ann Hale" (as Canadian and British courts write a judge's name): "the judge"; nothing for a post of a
    justice department ("Justice Minister Ann Hale")."""
    return {"judge"} if "justice" in roles and not roles & NOT_JUDICIAL else set()


# Posts of a firm's officers as business news writes them either way: "Chief executive Ann Hale … the CEO said".
ABBREVIATED_POSTS = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial", "officer"),
                     "coo": ("chief", "operating", "officer")}


def abbreviated_post_roles(roles: set[str]) -> set[str]:
    """The other way of writing a person's post of chief executive, financial or operating officer: its
    abbreviation for the words ("Chief executive Ann Hale": "the CEO"), the words for the abbreviation ("CEO
    Ann Hale": "the chief executive")."""
    found = set()
    for abbreviation, words in ABBREVIATED_POSTS.items():
        if set(words) <= roles:
            found.add(abbreviation)
        elif abbreviation in roles:
            found.update(words)
    return found


# Titles US news abbreviates before a name, and the noun a later reference uses for them: "Sen. Ann Hale (D-Ore.)
# … “…,” the senator said", "Gov. Tom Reed … the governor".
ABBREVIATED_TITLES = {"sen": "senator", "gov": "governor"}
# Words beside such a title that make it another post ("Lt. Gov. Ann Hale" is no governor).
NOT_THE_TITLE = OTHER_OFFICE | frozenset({"lt", "lt.", "lieutenant"})


def abbreviated_title_roles(roles: set[str]) -> set[str]:
    """The nouns for the titles a person's roles hold only abbreviated ("Sen." before the name: "senator"); nothing
    where another word makes it a different post ("Lt. Gov."). Only the writer varying the name of the sentence
    before takes them up (`References.previous_subject`): a later "the senator" may be another senator the
    article never gave the title ("Sen. Ann Hale …. The senator from Ohio, Tom Reed, …. the senator said")."""
    if roles & NOT_THE_TITLE:
        return set()
    return {noun for abbreviation, noun in ABBREVIATED_TITLES.items()
            if abbreviation in roles or abbreviation + "." in roles}


def role_words(parsed: ParsedArticle, mentions: Sequence[tuple[Mention, LocalActor]]) -> dict[str, set[str]]:
    """Per person actor, the lower-case lemmas the article describes them with: the words before the name
    ("Home Secretary Charles Clarke"), also where the NER took them into the mention ("Pope Francis", named
    "Francis"), and an apposition either side ("Brian Hassell, Juninho's agent")."""
    roles: dict[str, set[str]] = {}
    for mention, actor in mentions:
        if actor.type != "person":
            continue
        paragraph = parsed.paragraphs[mention.paragraph]
        tokens = mention_tokens(paragraph, mention)
        if not tokens:
            continue
        found = roles.setdefault(actor.key, set())
        if actor.role:
            found.update(w.lower().strip(".,") for w in actor.role.split())
        if mention.text.endswith(mention.name):
            found.update(w.lower().strip(".,") for w in mention.text[:-len(mention.name)].split())
        members = {t.i for t in tokens}
        head = next((t for t in tokens if t.head not in members), tokens[-1])
        for other in appositions(paragraph, head):
            found.update(apposition_role(paragraph, other))
        described = description_set_off_before(paragraph, tokens[0], tokens[-1])
        if described is not None:
            found.update(apposition_role(paragraph, described) | {described.lemma.lower()})
        for token in reversed(paragraph.tokens[max(0, tokens[0].i - 5):tokens[0].i]):
            if token.pos not in ("NOUN", "ADJ", "PROPN") or token.ent_type == "PERSON" or \
                    not (token.text[:1].isupper() or token.lemma.lower() in PERSON_NOUNS):
                break  # "Home Secretary Charles Clarke", even where the NER took "Home" for an organisation
            found.add(token.lemma.lower())
    for found in roles.values():
        found.update(ranked_officer_roles(found) | judicial_title_roles(found) | abbreviated_post_roles(found))
    return roles


# The links inside a description of a person, from a word of its modifiers up to its head noun.
DESCRIPTION_DEPS = frozenset({"pobj", "prep", "amod", "acl", "compound", "advmod", "npadvmod", "nummod"})
CLAUSE_ENDS = frozenset({".", ",", ";", "?", "!"})


def description_set_off_before(paragraph: ParsedParagraph, first: Token, last: Token) -> Token | None:
    """"The bill was tabled by the minister responsible for ports, Paul Lemieux.": the head noun of a definite
    description of a person ending at a comma right before a name that closes its clause or is set off by
    another comma, where the parse did not make the name its apposition (it hung "Lemieux" from the verb): the
    description is the name's role, so that "the minister" takes him up later. None otherwise."""
    tokens = paragraph.tokens
    after = last.i + 1
    if first.i < 3 or tokens[first.i - 1].text != "," or after < len(tokens) and tokens[after].text not in CLAUSE_ENDS:
        return None
    token = tokens[first.i - 2]
    for _ in range(8):
        if is_person_noun(token) and token.ent_type != "PERSON" and is_definite(paragraph, token):
            return token
        if token.dep not in DESCRIPTION_DEPS or token.head == token.i or token.head >= first.i:
            return None
        token = tokens[token.head]
    return None


def apposition_role(paragraph: ParsedParagraph, noun: Token) -> set[str]:
    """The lower-case lemmas of a noun in apposition with a name and of the words before it that qualify it
    ("a senior spokeswoman", "the Tory leader"); not a possessor, which is someone else ("The actor's friend
    Budd Schulberg" is the friend, not the actor)."""
    return {t.lemma.lower() for t in paragraph.tokens if t.i == noun.i and t.pos in ("NOUN", "ADJ")} | \
        {role_word(t) for t in paragraph.dependents(noun) if t.i < noun.i and t.dep != "poss" and
         role_qualifier(t)}


def role_word(token: Token) -> str:
    """A word qualifying a role, in lower case as descriptions and roles are compared: its lemma, but a participle
    or a plural as written, as a title before a name gives it ("retired", which the parse lemmatises "retire" where
    it tags it a verb and keeps where it tags it an adjective; "courts" of "courts minister Ann Hale")."""
    return token.text.lower() if token.tag in ("VBN", "NNS") else token.lemma.lower()


def role_qualifier(token: Token) -> bool:
    """Whether a word before a role noun says which role it is: a noun or adjective, or a capitalised name
    of a party, place or body ("Michael Howard, the Tory leader": a reader's "the Tory leader" is him), but not
    a name the NER took for a person's."""
    return token.pos in ("NOUN", "ADJ") or token.pos == "PROPN" and token.text[:1].isupper() and \
        token.ent_type != "PERSON"


def appositions(paragraph: ParsedParagraph, head: Token) -> list[Token]:
    """The nouns in apposition with a name, after it ("X, a spokeswoman") or before it ("his agent, X")."""
    found = [t for t in paragraph.dependents(head) if t.dep == "appos" and
             not possessed_after_apostrophe(paragraph, head, t)]
    if head.dep == "appos" and head.head != head.i:
        found.append(paragraph.tokens[head.head])
    return [t for t in found if t.pos == "NOUN"]


APOSTROPHES = frozenset({"’", "'"})


def possessed_after_apostrophe(paragraph: ParsedParagraph, name: Token, noun: Token) -> bool:
    """Whether a noun the parse set in apposition after a name is what the name owns, its apostrophe split off as a
    mark ("Sanders’ son": the son, not Sanders, whose gender and role it does not give)."""
    after = name.i + 1
    return after < noun.i and paragraph.tokens[after].text in APOSTROPHES and \
        not any(t.text == "," for t in paragraph.tokens[after:noun.i])


def gender_of(actor: LocalActor, roles: set[str]) -> str | None:
    """"m" or "f" when the article says so (an honorific, a gendered role word), else None."""
    words = set(roles)
    for mention in actor.mentions:
        words.update(w.lower().rstrip(".") for w in mention.text.split()[:1])
    female, male = bool(words & FEMALE_WORDS), bool(words & MALE_WORDS)
    if female != male:
        return "f" if female else "m"
    return None


def written_of_other_gender(event: Event, gender: str | None) -> bool:
    """Whether a subject the text wrote as "he" is what a "she" would take up, or the other way round ("He
    collaborated with Spike Lee …. “…,” she said" is not him, whoever the rules took "he" for)."""
    return gender is not None and event.pronoun_gender not in (None, gender)


def lost_subject(paragraph: ParsedParagraph, start: int, end: int) -> bool:
    """Whether a sentence opens in lower case with a finite main verb that has no subject ("delivered a powerful
    performance to take the title", "also won"): the text lost the name of who did it, so what comes next about
    "the 22-year-old" or "she" cannot be taken up from earlier sentences. Not a word set apart ("Real Madrid ¶ did
    ¶ ask for an option")."""
    tokens = paragraph.tokens[start:end]
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or len(tokens) < 4 or not tokens[0].text[:1].islower() or root.tag not in ("VBD", "VBZ") or \
            any(t.head == root.i and t.i != root.i and t.dep in ("nsubj", "nsubjpass", "expl", "csubj") for t in tokens):
        return False
    return all(t.pos in ("ADV", "AUX", "PART") for t in tokens[:root.i - start])


def role_against_first_name(actor: LocalActor, words: set[str], name_gender: str | None) -> bool:
    """Whether the only gender the article gives a person is that of a role noun against their first name, mostly
    given to the other gender ("Trump spokesman Hope Hicks", US papers writing "spokesman" of women; "Dorothy Woods"
    given her husband's role by a misparse): the role noun then tells nothing, and the first name does. An
    honorific ("Ms", "Mr") always tells."""
    said = gender_of(actor, words)
    first_words = {m.text.split()[0].lower().rstrip(".") for m in actor.mentions if m.text.split()}
    return name_gender is not None and said is not None and said != name_gender and \
        not (words | first_words) & HONORIFICS & (FEMALE_WORDS | MALE_WORDS)


def first_name_gender_of(actor: LocalActor) -> str | None:
    """"m" or "f" for a person named with a first name given mostly to one gender ("Ossie Davis" is no "she"),
    where the article gives no honorific or gendered role; None for a single name or a first name given to both."""
    from digest.annotate.actors import gender_of_name  # actors imports this module
    return gender_of_name(actor.name) if actor.type == "person" and " " in actor.name else None


QUOTE_MARKS = frozenset('"“”\'‘’')
PRONOUN_GENDER = {**dict.fromkeys(("he", "him", "his", "himself"), "m"),
                  **dict.fromkeys(("she", "her", "hers", "herself"), "f")}


def outside_quotation_marks(tokens: Sequence[Token]) -> Iterator[Token]:
    """The tokens that are no quotation mark and stand outside quotation marks, counting the marks from the first
    token given (any mark opens or closes: an apostrophe typed as a mark counts too)."""
    quoted = False
    for token in tokens:
        if token.text in QUOTE_MARKS:
            quoted = not quoted
        elif not quoted:
            yield token


def pronoun_gender(paragraph: ParsedParagraph, mention: Mention) -> str | None:
    """"m" or "f" when the personal pronouns after a mention in its sentence, outside quotation marks, are
    all of one gender and the sentence names no other person ("Clinton told the audience that she ...");
    None for a name that modifies a noun ("a Clinton aide said he ..."), whose pronouns are the noun's."""
    tokens = mention_tokens(paragraph, mention)
    following = paragraph.tokens[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(paragraph.tokens) else None
    if not tokens or tokens[-1].dep == "compound" or following is not None and following.tag == "POS":
        return None  # "a Clinton aide said he", "Yeltsin's children visited her": the pronoun is another's
    start, end = sentence_of(paragraph, tokens[0].i)
    if any(t.ent_type == "PERSON" and t not in tokens and t.text != tokens[-1].text
           for t in paragraph.tokens[start:end]):
        return None
    genders: set[str] = set()
    for token in outside_quotation_marks(paragraph.tokens[tokens[-1].i + 1:end]):
        if token.text.lower() in PRONOUN_GENDER and (token.tag != "PRP" or token.dep in SUBJECT_DEPS):
            genders.add(PRONOUN_GENDER[token.text.lower()])  # "said she", "her plans"; never "told her"
    return genders.pop() if len(genders) == 1 else None


def gender_by_pronouns(parsed: ParsedArticle, actor: LocalActor) -> str | None:
    """"m" or "f" for a person whose first name gives no gender ("Bernie Sanders", "Aung San Suu Kyi") where the
    article writes the same pronoun after at least two of their mentions and never the other (`pronoun_gender`:
    "Sanders said he would stay in the race"; "Sanders' campaign … she" says nothing of Sanders)."""
    if actor.type != "person":
        return None
    genders = [g for m in actor.mentions if (g := pronoun_gender(parsed.paragraphs[m.paragraph], m)) is not None]
    return genders[0] if len(genders) >= 2 and len(set(genders)) == 1 else None


def reaches_a_quote(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether a quotation mark hangs from `token` ("groups dubbed “pioneers”": the naming, not the source)."""
    return any(t.text in ('"', "“", "”") and (t.head == token.i or paragraph.tokens[t.head].head == token.i)
               for t in paragraph.tokens)


# Letters after a person's name for a post or an honour ("Andrew Tyrie MP"): not part of the name.
POST_NOMINALS = frozenset("QC KC MP MEP MSP AM MLA OBE CBE MBE KBE DBE".split())


def actor_named(actors: Sequence[LocalActor], name: str) -> LocalActor | None:
    """The one actor that a name as written names (see `References.as_written`); None for none or several,
    and for people named together ("Helen Steel and David Morris")."""
    words = name.split()
    while words[:-1] and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    while words[1:] and words[-1] in POST_NOMINALS:
        words = words[:-1]
    if not words or "and" in words or "&" in words:
        return None
    core = " ".join(words)
    found = [a for a in actors if a.name == core or core in a.variants]
    if not found and len(words) == 1:  # a surname: the one person of the article it ends
        found = [a for a in actors if a.type == "person" and " " in a.name and a.name.split()[-1] == core]
    if not found and len(words) > 2:  # a description before a full name
        found = [a for a in actors if a.type == "person" and " " in a.name and core.endswith(" " + a.name)]
    return found[0] if len(found) == 1 else None


def actor_ending_the_name(actors: Sequence[LocalActor], name: str) -> LocalActor | None:
    """The one actor of the article a name as written stands for whatever type the article's NER gave it (the
    digest-wide vote types it again): "Hale said" where the one actor ending with that word is "Dusty Hale", tagged
    a body; "Rhian Bowen said", missed by the NER, where the article's one actor of that surname alone is
    "Bowen". Not a place that is no person's name ("said York" is not New York); None for none or several."""
    from digest.annotate.actors import is_first_name  # actors imports this module

    words = name.split()
    if len(words) == 1:
        found = [a for a in actors if " " in a.name and a.name.split()[-1] == name and
                 (a.type != "place" or is_first_name(a.name.split()[0]))]
    elif len(words) == 2 and len(words[0]) > 2 and is_first_name(words[0]):
        found = [a for a in actors if a.name == words[1] and a.type != "place"]
    else:
        return None
    return found[0] if len(found) == 1 else None


def names_of_things(parsed: ParsedArticle) -> frozenset[str]:
    """Capitalised words the article writes right after a common noun in lower case that names no person, as the
    name of that thing ("her gritty drama Wasp", "the search engine Google", "the album Hopes"): whatever a tagger
    makes of them elsewhere, they are no one a "he" or "she" takes up. A noun naming a person ("striker Rooney",
    "analysts Gartner") or a group ("the band Keane" is still no person, but the rules leave groups to their own
    tests) gives nothing."""
    names: set[str] = set()
    for paragraph in parsed.paragraphs:
        tokens = paragraph.tokens
        for noun, name, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
            # a one-word name: "compatriot Rafael Nadal" names a person the noun did not say was one
            if noun.pos == "NOUN" and noun.text.islower() and name.pos == "PROPN" and name.text[:1].isupper() and \
                    (after is None or after.pos != "PROPN") and introduced_noun(tokens, noun) and \
                    (name.head == noun.i or noun.head == name.i or (noun.head, noun.dep) == (name.head, name.dep)) and \
                    not is_person_noun(noun) and not is_group_noun(noun) and noun.lemma.lower() not in HONORIFICS:
                names.add(name.text)
    return frozenset(names)


def introduced_noun(tokens: Sequence[Token], noun: Token) -> bool:
    """Whether a common noun opens a noun phrase of its own, with an article or a possessor ("her drama", "the film"):
    not a verb the tagger took for a noun ("… blame Bob for …")."""
    return noun.tag == "NN" and any(t.head == noun.i and t.i < noun.i and t.dep in ("det", "poss") for t in tokens)


def lower_case_words(parsed: ParsedArticle) -> frozenset[str]:
    """The words an article writes in lower case somewhere: a capitalised one among them may be no name."""
    return frozenset(text for text in parsed.tokens_by_text if text.islower())


def proper_name(paragraph: ParsedParagraph, token: Token) -> str:
    """A name as written: the whole of the person's or body's name the NER found around the word ("Anna van der
    Berg", of which the parse made "van" the subject and "der" a verb), else `compounded_name`; without a sentence's
    full stop glued to its last token ("said B&Q.")."""
    entity = next((e for e in paragraph.ents if e.start <= token.i < e.end and e.end - e.start > 1 and
                   e.label in ("PERSON", "ORG")), None)
    if entity is None:
        return compounded_name(paragraph, token)
    start = entity.start + (paragraph.tokens[entity.start].text.lower() == "the")
    return written_from(paragraph, start, paragraph.tokens[entity.end - 1])


def name_without_role(name: str) -> str:
    """A name the NER left out as a reader should see it: without the title, post or party the writer put before
    it ("MEP Ann Hale", "Councillor Tom Reed", "Tory Ian Wood": the person), as actors' names are
    (`actors.clean_name`), where what is left is a first name and a surname; without a post written in lower-case
    words before a first name and a surname ("Shadow spokesman for sport Ann Hale"); else as written ("Cardinal
    Hale", the "Democrat convention committee", "Anna van der Berg")."""
    from digest.annotate.actors import clean_name, is_first_name  # actors imports this module

    words = name.split()
    if not words or "and" in words or "&" in words or words[0].lower() in ("the", "a", "an"):
        return name  # people named together; a description ("The BBC spokeswoman")
    kept = clean_name(name, "person").split()
    if 1 < len(kept) < len(words) and words[-len(kept):] == kept and is_first_name(kept[0]) and \
            all(w[:1].isupper() for w in kept):
        return " ".join(kept)
    if len(words) > 3 and any(w.isalpha() and w.islower() for w in words[:-2]) and len(words[-2]) > 2 and \
            "." not in words[-2] and words[-2][:1].isupper() and is_first_name(words[-2]) and words[-1][:1].isupper():
        return " ".join(words[-2:])
    return name


def body_the_ner_missed(paragraph: ParsedParagraph, subject: Token, place: LocalActor | None) -> str | None:
    """"Elections Midland said …", "The Coastal Growers and Packers association said …": a body's name, as written,
    that the NER missed, where it is the subject of a verb of saying: the name of a place of the article (`place`)
    after a capitalised word of no entity compounded with it ("Elections", "Hydro", "Transport": the body of that
    place), a capitalised name, no actor, coordinated with or compounded into a noun of a body ("association"), or
    such a noun after capitalised names alone; None otherwise (a person's name the NER missed is no body)."""
    verb = paragraph.tokens[subject.head]
    if subject.dep != "nsubj" or verb.lemma not in SAYING_VERBS:
        return None
    children = paragraph.dependents(subject)
    before = [t for t in children if t.i < subject.i and t.dep != "det"]
    if subject.pos == "NOUN" and subject.lemma.lower() in GROUP_NOUNS - DOCUMENT_NOUNS and before and \
            all(t.pos == "PROPN" and t.text[:1].isupper() and t.ent_type != "PERSON" for t in before):
        start = min(descendants(paragraph, {t.i for t in before}, lambda t: t.i < subject.i))
        return written_from(paragraph, start, subject)  # "The Welsh Growers and Packers association"
    if subject.pos != "PROPN" or not subject.text[:1].isupper():
        return None
    if place is not None:  # the NER may take the place for a person here ("Elections Midland said")
        nouns = [t for t in before if t.dep == "compound" and t.pos in ("NOUN", "PROPN") and
                 t.text[:1].isupper() and t.text not in place.name.split() and not t.ent_type]
        return written_from(paragraph, min(t.i for t in nouns), subject) if nouns else None
    body = next((t for t in children if t.dep in ("conj", "compound") and t.pos == "NOUN" and
                 t.lemma.lower() in GROUP_NOUNS - DOCUMENT_NOUNS), None)
    if body is None or subject.ent_type == "PERSON":
        return None
    return written_from(paragraph, min([*(t.i for t in before), subject.i, body.i]),
                        paragraph.tokens[max(subject.i, body.i)])


def compounded_name(paragraph: ParsedParagraph, token: Token) -> str:
    """The proper nouns compounded with a name's last word ("Jose Mourinho"), and the capitalised words of its
    entity before it that the parse took for adjectives or nouns ("Christian Aid", "Rhian Beynon"); without a
    sentence's full stop glued to its last token."""
    words = [t for t in paragraph.dependents(token) if t.i < token.i and
             (t.dep in ("compound", "flat") and t.pos == "PROPN" or
              t.dep in ("compound", "amod") and t.text[:1].isupper() and t.ent_type and t.ent_type == token.ent_type)]
    return written_from(paragraph, min([t.i for t in words] + [token.i]), token)


def written_from(paragraph: ParsedParagraph, start: int, last: Token) -> str:
    """The words of a name from token `start` to `last` as the text writes them, without a sentence's full stop
    glued to the last one."""
    name = "".join(t.text + t.ws for t in paragraph.tokens[start:last.i + 1]).strip()
    return name[:-1] if ends_sentence_with_glued_stop(paragraph, last) else name


def ends_sentence_with_glued_stop(paragraph: ParsedParagraph, token: Token) -> bool:
    """"said B&Q.": a name whose last token took the sentence's full stop (not "U.S.", whose stops are its own)."""
    _, end = sentence_of(paragraph, token.i)
    return token.text.endswith(".") and "." not in token.text[:-1] and len(token.text) > 2 and \
        all(t.pos == "PUNCT" for t in paragraph.tokens[token.i + 1:end])


def unnamed_source(paragraph: ParsedParagraph, subject: Token) -> str:
    """An unnamed source as the article writes it: the noun phrase up to a comma or a clause."""
    kept = descendants(paragraph, {subject.i}, lambda token: token.dep in SOURCE_DEPS and abs(token.i - subject.i) < 12
                       and not (token.dep == "acl" and reaches_a_quote(paragraph, token)))
    start, end = min(kept), max(kept)
    dash = dateline_dash(paragraph)
    if dash is not None and start <= dash < subject.i:
        start = dash + 1  # "NEW YORK - Republican presidential candidate …": the parse ran the dateline in
    words = paragraph.tokens[start:end + 1]
    for cut, token in enumerate(words):
        if token.i > subject.i and token.text in {",", "(", "—", "–", ";"}:
            words = words[:cut]
            break
    words = without_loose_ends(paragraph, words, subject)
    return "".join(t.text + t.ws for t in [*words, *relative_set_off(paragraph, words[-1])]).strip()


def without_loose_ends(paragraph: ParsedParagraph, words: list[Token], head: Token) -> list[Token]:
    """A source's words without what follows its head that names no one: a phrase of time ("The prime minister on
    Sunday" is the prime minister), a preposition left without its object ("The 58-year-old US singer of", where
    the parse lost the song's title), a participle left without its agent ("one analyst quoted") and the head's own
    possessive mark ("the Ohio governor’s answer" is the Ohio governor's)."""
    for cut, token in enumerate(words):
        if token.i > head.i and token.pos == "ADP" and token.head == head.i and any(
                t.dep == "pobj" and t.ent_type in ("DATE", "TIME") for t in paragraph.dependents(token)):
            return words[:cut]
    while len(words) > 1 and words[-1].i > head.i and (words[-1].pos in ("ADP", "DET", "CCONJ") or
                                                       words[-1].pos == "VERB" and words[-1].dep == "acl" or
                                                       words[-1].dep == "case" and words[-1].head == head.i):
        words = words[:-1]  # "one analyst quoted" (by an agency), "a report published" (in a journal), "Hale's
        # campaign called" (the parse's participle for the verb that names: "called AP's report a “…”")
    return words


RELATIVE_MAX_WORDS = 10


def relative_set_off(paragraph: ParsedParagraph, last: Token) -> list[Token]:
    """", who asked not to be named": a short relative clause set off by commas right after an unnamed source,
    which says what the article says of them (not a clause holding a quotation)."""
    tokens = paragraph.tokens
    if last.i + 2 >= len(tokens) or tokens[last.i + 1].text != "," or tokens[last.i + 2].text.lower() != "who":
        return []
    clause = []
    for token in tokens[last.i + 1:last.i + 3 + RELATIVE_MAX_WORDS]:
        if token.text in {",", ";", ":", "."} and clause:
            return clause if len(clause) > 3 else []  # not ", who, like many, …"
        if token.text in OPENING or token.text in CLOSING:
            return []
        clause.append(token)
    return []
