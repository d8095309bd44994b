"""Direct quotations and who said them, found in spaCy's plain analysis of an article.

Finding: every span between double quotation marks (curly or straight); a quote left open at the end
of a paragraph runs on when the next paragraph opens with a mark, as news style writes it, and an
unclosed quote of a long paragraph ends with its first sentence.
Attributing, in order of trust: the speech verb that governs the quote in the parse ("Trump said it
would be “very disappointing”"); for a quote standing alone, a speech verb introducing it with a colon,
else an attribution right after it ("“…,” he added", "“…,” Trump shot back"; not a sentence of its own,
nor words ending with a colon, which introduce the next quote), else one before it; then the speaker of
the quote just before it, when nobody else became the subject in between. What the attribution names is
`digest.annotate.speakers`' to say: an actor, a pronoun's or a description's referent, an unnamed source as
written. Short noun phrases in quotes that no speech verb reports ("a “terms sheet”") are scare quotes
or titles: kept, with no speaker. Each quote says how it was attributed and how sure that is; below SURE
it names nobody.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import partial
from itertools import takewhile

from digest.read.marks import CLOSING, MARKS, OPENING, leading_opening_mark, quote_marks
from digest.annotate.actors import NICKNAME_MAX_WORDS, TITLE_WORDS, is_first_name
from digest.annotate.calendar import MONTHS, WEEKDAYS
from digest.annotate.tokens import is_sentence_start, link_below, object_of, sentence_of, token_end, tokens_between
from digest.model import LocalActor, ParsedArticle, ParsedParagraph, Quote, Token
from digest.annotate.speakers import (BELIEVING_VERBS, BODIES, DASHES, DOCUMENT_NOUNS, HONORIFICS, NOT_SPEAKERS,
                                      ORGANISATION_PRONOUNS, PERSON_NOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, SPEAKERS,
                                      SPEECH_VERBS, SUBJECT_DEPS, SURE, References, Referent, actor_named, article_of,
                                      descendants, describes_an_outlet, end_of_an_address, is_dateline, is_definite,
                                      is_demonym_description, is_group_noun, is_indefinite_demonym, is_person_noun,
                                      names_many_people, proper_name, reported_by, titled_role, unnamed_source)


# Naming verbs quote the name they give ("what Trump called the “bloodbath”").
NAMING_VERBS = frozenset({"call", "dub", "label", "term", "brand", "describe", "hail", "rate", "coin"})
# Verbs of praise and blame that quote their object directly ("Trump attacked “the hateful ideology…”");
# they attribute a quote only when it is their direct complement.
JUDGING_VERBS = frozenset("""
attack blast slam criticize criticise praise denounce condemn dismiss mock accuse decry deride ridicule
tout laud hail rate tease chide scold rip bash hammer skewer lambaste lambast
""".split())
# Verbs of making up a word ("coined the phrase “…”"): only its own object (or the object's apposition) is the
# subject's, not words mentioned further down ("… as an amalgam of “…” and “…”").
COINING_VERBS = frozenset({"coin"})
# Verbs that cast someone or something as what the quoted words say ("likened X to a “snake”", "dismissed
# Y as a “…”"): the words are the subject's.
CHARACTERISING_VERBS = frozenset("""
liken compare dismiss brand portray paint depict cast characterize characterise describe hail rate cite
denounce deride attack slam blast criticize criticise mock ridicule tout praise label decry condemn
castigate lambaste pound go refer reject identify view regard bill tag peg style rat
""".split())  # "rat": the lemmatiser's reading of "rated"
# Verbs that put forward or stand up for someone or something as what the quoted words say ("heralded the deal as
# a “breakthrough”", "defended his manager as a “very decent man”", "introduced the speaker as “…”"): with "as",
# characterising like the above.
PRESENTING_VERBS = frozenset({"herald", "defend", "welcome", "celebrate", "frame", "present", "pitch", "sum",
                              "introduce", "admire"})
# Verbs that hold someone or something responsible or thank them ("blamed the law on “reckless politicians”", "accused
# her of “playing games”", "attributed the rise to the “vitality of our menu”"), and verbs of believing whose reported
# clause holds the quoted words ("felt that there “might well be” a way": `BELIEVING_VERBS`, beside `SPEECH_VERBS` in
# speakers.py): the words are the subject's, as PolNeAR's annotators and our BBC gold read them.
RESPONSIBILITY_VERBS = frozenset({"accuse", "blame", "thank", "credit", "fault", "attribute"})
# Verbs of a finding reached by study or judgement ("the auditors found that the plans were “unworkable”", "the
# tribunal ruled that the sacking was “unfair”"): like a believing verb, the quoted words inside the clause they report
# are the finder's (a study's, a committee's, a researcher's, a court's or a fact-checker's).
FINDING_VERBS = frozenset({"find", "rule"})
FINDING_MAX_HOPS = 4  # links from the quoted words up to the finding verb, at most
STANCE_MAX_HOPS = 5
# Nouns of speech whose possessor is the speaker ("Trump's claim that there were “thousands of shootings”").
SPEECH_NOUNS = frozenset("""
claim statement remark comment word promise pledge assertion warning description argument answer
response reply message tweet post vow prediction accusation insistence admission dictum
""".split())
# Nouns of asking for something, whose "for" phrase or clause holds what the possessor asked for ("Reed's call for
# “renewal”", "Hale's demand that the council “resign now”").
APPEAL_NOUNS = frozenset({"call", "plea", "appeal", "demand"})
# Nouns of a judgement someone reached, whose possessor holds the clause they introduce ("the auditor's conclusion
# that the plans were “unworkable”").
FINDING_NOUNS = frozenset({"conclusion", "assessment", "verdict", "finding", "judgment", "judgement"})
# Nouns of words someone keeps saying, whose possessor says the words they are ("Hale's slogan is “…”").
SLOGAN_NOUNS = frozenset({"slogan", "phrase", "catchphrase", "mantra", "motto", "refrain", "line"})
# Speech verbs whose object is the one spoken to ("told reporters", "urged voters"), never the speaker.
ADDRESSING_VERBS = frozenset({"tell", "ask", "inform", "urge", "exhort", "implore", "warn", "assure", "remind", "advise", "promise",
                              "answer", "press", "thank", "call"})
# Recordings that show someone speaking: "footage of Trump saying, “…”" quotes Trump.
RECORDING_NOUNS = frozenset({"footage", "video", "clip", "recording", "tape", "audio", "film"})
# "X rallied supporters by warning …", "X erred in saying …", "X replied before adding …": a speech verb after
# one of these is said by the subject of the verb the phrase belongs to; not after "for" or "of" ("Y mocked X
# for calling himself …", where X is the one who spoke).
CIRCUMSTANCE_PREPOSITIONS = frozenset({"by", "in", "after", "before", "while", "upon", "without", "when"})
# "X, despite admitting that …, …": likewise, but only for the speech verb right after it ("despite recovering …,
# with Hughes claiming …": a verb hung lower has a speaker of its own).
CONCESSIVE_PREPOSITIONS = frozenset({"despite"})
MAX_HOPS = 6  # how far up the parse a governing speech verb is looked for
TERM_MAX_WORDS = 3  # a quoted noun phrase this short, not governed by speech, is a term
TERM_MAX_HOPS = 2


@dataclass(frozen=True)
class Span:
    """A quotation's text between its marks, possibly running over paragraphs."""

    paragraph: int
    start: int
    end_paragraph: int
    end: int


def find_quotes(parsed: ParsedArticle, actors: Sequence[LocalActor]) -> tuple[Quote, ...]:
    """Every quotation of the article, with its speaker when the text says who spoke."""
    spans = quote_spans([p.text for p in parsed.paragraphs])
    context = Context(parsed, actors, tuple(spans))
    quotes: list[Quote] = []
    for span in spans:
        quotes.append(attribute(context, span, quotes))
    return tuple(with_anchors(between_the_same_speaker(context, quotes)))


BETWEEN_CONFIDENCE = 0.7


def between_the_same_speaker(context: Context, quotes: list[Quote]) -> list[Quote]:
    """"“Walter is the ideal candidate,” Souness told BBC Sport. The SFA has appointed a caretaker. “He fits the
    bill …” Souness added: “…”": a quotation that no attribution reached (no speech verb, no continuation), between
    the quotation before it and the one after it that name the same actor, in the same or the next paragraphs,
    is that actor's too, unless a clause between the quotation before and it is about another person ("Sanders
    said: “…” Clinton touted her credentials. “We need …” … Sanders said:", the words are Clinton's); every other
    quotation stands."""
    result = list(quotes)
    for index in range(1, len(quotes) - 1):
        before, quote, after = quotes[index - 1], quotes[index], quotes[index + 1]
        if quote.method != "unidentified" or quote.cue is not None or before.speaker_key is None or \
                before.speaker_key != after.speaker_key:
            continue
        if quote.paragraph - (before.end_paragraph or before.paragraph) > 1 or \
                after.paragraph - (quote.end_paragraph or quote.paragraph) > 1 or \
                someone_else_between(context, before, quote) or quoted_in_attribution(context, quotes[:index], quote) or \
                in_sentence_introducing(context, quote, after):
            continue
        result[index] = replace(quote, speaker=before.speaker, speaker_key=before.speaker_key, method="between",
                                confidence=min(before.confidence, after.confidence, BETWEEN_CONFIDENCE))
    return result


def in_sentence_introducing(context: Context, quote: Quote, after: Quote) -> bool:
    """Whether `quote` stands in the sentence right before `after` that gave `after` its speaker as the writer's
    report of them ("But he waved away Green claims that backing him would hand the council to the Tories “through
    the side gate”. “Look at …”"): the words are what the verb is about (the claims'), not the subject's."""
    if after.method not in ("narrative", "reported"):
        return False
    here = context.references.sentence_at(quote.paragraph, quote.start)
    following = context.references.sentence_at(after.paragraph, after.start)
    return here is not None and following is not None and following - here == 1


def someone_else_between(context: Context, before: Quote, quote: Quote) -> bool:
    """Whether a clause between the end of quotation `before` and the start of `quote` has for its subject a named
    person other than the speaker of `before`, or a pronoun the rules could not resolve (an unnamed description,
    "Strong Oscar contenders … did not figure", names no rival speaker)."""
    end = (before.end_paragraph, before.end_offset) if before.end_paragraph is not None else \
        (before.paragraph, before.end)
    return any(e.person and (e.referent is None or e.referent.actor is not None and
                             e.referent.actor.key != before.speaker_key)
               for e in context.references.events if end <= (e.paragraph, e.offset) < (quote.paragraph, quote.start))


def quote_spans(paragraphs: Sequence[str]) -> list[Span]:
    """Character spans of quoted text (marks excluded) in a list of paragraph texts."""
    spans: list[Span] = []
    open_at: tuple[int, int] | None = None  # (paragraph, offset) of an unclosed quote
    closer: str | None = None
    for p, text in enumerate(paragraphs):
        start = 0
        if open_at is not None:
            # A quote left open runs on only if this paragraph opens with a mark again.
            if (opening := leading_opening_mark(text)) is not None:
                start = opening + 1
            else:
                spans.append(unclosed(paragraphs, open_at, p - 1))
                open_at, closer = None, None
        for i, closer in quote_marks(text, start, closer):
            if closer is not None:
                open_at = (p, i + 1)
            elif (p, i) != open_at:
                spans.append(Span(open_at[0], open_at[1], p, i))
                open_at = None
            else:
                open_at = None
        if open_at is not None and open_at[0] == p and not text[open_at[1]:].strip():
            open_at, closer = None, None
    if open_at is not None:
        spans.append(unclosed(paragraphs, open_at, len(paragraphs) - 1))
    return [s for s in spans if s.end_paragraph > s.paragraph or s.end > s.start]


UNCLOSED_MAX = 600  # characters an unclosed quotation may run to the end of its paragraph
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


def unclosed(paragraphs: Sequence[str], open_at: tuple[int, int], last: int) -> Span:
    """A quotation whose closing mark never comes: it ends with the paragraph it reached (news style
    leaves the mark off a paragraph that the next one's opening mark continues), or, when that would
    swallow more than UNCLOSED_MAX characters of one paragraph, with its first sentence."""
    paragraph, start = open_at
    end = len(paragraphs[last].rstrip())
    if last == paragraph and end - start > UNCLOSED_MAX:
        stop = SENTENCE_END.search(paragraphs[paragraph], start)
        if stop is not None:
            return Span(paragraph, start, paragraph, stop.end())
    return Span(paragraph, start, last, end)


class Context:
    """The article seen by the attribution rules: its parse, its quotations and what their attributions name."""

    def __init__(self, parsed: ParsedArticle, actors: Sequence[LocalActor], spans: tuple[Span, ...]):
        self.parsed = parsed
        self.quoted: dict[int, list[tuple[int, int]]] = defaultdict(list)  # paragraph → quoted character ranges
        for span in spans:
            for p in range(span.paragraph, span.end_paragraph + 1):
                self.quoted[p].append((span.start if p == span.paragraph else 0,
                                       span.end if p == span.end_paragraph else len(parsed.paragraphs[p].text)))
        # The rules ask References whether a place is quoted: given the ranges, not this object, so that
        # neither holds the other (a cycle would keep the article's parse alive until the next collection).
        self.references = References(parsed, actors, partial(is_quoted, self.quoted))
        self.named_inside: frozenset[str] = frozenset()  # the capitalised words of the quotation attributed now
        self.attributing: Span | None = None  # the quotation attributed now

    def paragraph(self, index: int) -> ParsedParagraph:
        return self.parsed.paragraphs[index]

    def actor_at(self, paragraph: int, token: Token) -> LocalActor | None:
        return self.references.actor_at(paragraph, token)

    def inside_quote(self, paragraph: int, offset: int) -> bool:
        return is_quoted(self.quoted, paragraph, offset)


def is_quoted(quoted: Mapping[int, list[tuple[int, int]]], paragraph: int, offset: int) -> bool:
    """Whether the character at `offset` of a paragraph is inside one of its `quoted` ranges."""
    return any(start <= offset < end for start, end in quoted.get(paragraph, ()))


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    key: str | None
    cue: str | None
    method: str | None = None
    confidence: float = 0.0


NOBODY = Attribution(None, None, None)


def unidentified(cue: str | None) -> Attribution:
    """An attribution of words the digest cannot give to anyone: no speaker, the cue alone."""
    return Attribution(None, None, cue, "unidentified", 0.0)


def attributed(referent: Referent | None, cue: str | None, method: str | None = None) -> Attribution:
    """An attribution to what a subject names; an unsure or missing referent leaves the cue alone."""
    if referent is None:
        return Attribution(None, None, cue, method or "unidentified", 0.0)
    key = referent.actor.key if referent.actor is not None else None
    return Attribution(referent.name, key, cue, method or referent.method, referent.confidence)


def attribute(context: Context, span: Span, earlier: Sequence[Quote]) -> Quote:
    """The quotation of `span` with its attribution, in order of trust: the speech verb that governs it
    in its own sentence, a speech verb right after or before it, then (standing alone) a continuation of
    the quote just before it. An attribution less sure than SURE keeps its method but names nobody."""
    first = context.paragraph(span.paragraph)
    last = context.paragraph(span.end_paragraph)
    inside_first, inside_last = quoted_tokens(span, first), quoted_tokens(span, last)
    attribution = NOBODY
    text = quoted_text(context, span)
    context.named_inside = named_in(text)
    context.attributing = span
    one_paragraph = span.paragraph == span.end_paragraph
    governed = governing_cue(first, inside_first) if one_paragraph else None
    if governed is not None:
        governed = speech_reported_unsaid(context, span.paragraph, first, governed)
        governed = speech_around_a_circumstance(context, span.paragraph, first, inside_first, governed)
    term = governed is not None and is_term(inside_first, governed[1], governed[0]) and \
        not common_words_reported(first, inside_first, governed[0])
    if one_paragraph and nickname_inside_name(first.text, span):
        governed, term = None, True
    agent = passive_agent(context, span.paragraph, first, inside_first) \
        if one_paragraph and (governed is None or governed[0].lemma not in SPEECH_VERBS) else None
    chanted = chanted_by_many(context, span, first, inside_first) if one_paragraph else None
    if one_paragraph and (title_of_a_work(first, inside_first) or title_of_a_programme(first, inside_first) or
                          name_of_a_kind_of_thing(first, inside_first) or is_link_heading(first.text, span) or
                          word_of_a_name(first, inside_first) or
                          title_listed_after_a_title(first, span, inside_first, earlier)):
        attribution = Attribution(None, None, None, "term", 0.0)
    elif inside_first and one_paragraph and (shown := message_on_display(first, inside_first)) is not None:
        attribution = Attribution(None, None, shown.text.lower(), "term", 0.0)
    elif governed is not None and words_not_said(context, span.paragraph, first, inside_first):
        attribution = Attribution(None, None, governed[0].text.lower(), "term", 0.0)
    elif chanted is not None:
        attribution = chanted
    elif agent is not None:
        attribution = agent
    elif governed is not None and not term:
        attribution = named_in_an_aside(context, span.paragraph, first, inside_first) or \
            named_by_another(context, span.paragraph, first, inside_first) or \
            heard_from_another(context, span.paragraph, first, inside_first, governed[0]) or \
            answered_after_question(context, span.paragraph, first, inside_first, governed[0]) or \
            asked_by(context, span.paragraph, first, inside_first, governed[0]) or \
            words_of_a_question(first, inside_first, governed[0]) or \
            characterised_in_what_is_said(context, span.paragraph, first, inside_first, governed[0]) or \
            inner_attribution(context, span.paragraph, first, inside_first, governed[0]) or \
            spoken_of_in_adverbial_clause(context, span.paragraph, first, inside_first, governed[0]) or \
            attribution_after_mark(context, span, last, inside_last, governed[0]) or \
            label_after_dash(context, span.paragraph, clause_before(first, inside_first[0].i)) or \
            shown_speaking(context, span.paragraph, first, governed[0]) or \
            speaker_inside_a_report(context, span.paragraph, first, inside_first, governed[0]) or \
            speaker_of(context, span.paragraph, governed[0])
    elif governed is None and inside_first and one_paragraph and \
            (owned := in_someones_words(context, span.paragraph, first, inside_first)) is not NOBODY:
        attribution = owned
    elif governed is None and stands_alone(first, inside_first, last, inside_last):
        attribution = nearby_cue(context, span, first, inside_first, last, inside_last)
        if attribution is NOBODY:
            attribution = signed_on_next_line(context, span)
        if attribution is NOBODY:
            attribution = signed_below_with_dash(context, span)
        if attribution is NOBODY and one_paragraph:
            attribution = possessors_saying(context, span.paragraph, first, inside_first)
        if attribution is NOBODY and not (one_paragraph and subject_term(inside_first)):
            attribution = run_on_speaker(context, span, first, inside_first, earlier)
    if attribution is NOBODY and inside_first and not term and not names_a_thing(inside_first):
        attribution = according_to_in_sentence(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and inside_first and not term:
        attribution = as_someone_put_it(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and inside_first and governed is None:
        attribution = told_before(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and inside_first and governed is None and not names_a_thing(inside_first):
        attribution = parenthetical_attribution(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and inside_first and governed is None and names_a_thing(inside_first):
        attribution = term_under_named_parenthetical(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and inside_first and one_paragraph:
        attribution = next((found for rule in (characterisation, stance, possessors_saying,
                                               set_before_own_speech_noun, speech_noun_from_someone, judged_for,
                                               named_after_its_object, welcomed_in_its_words, words_spoken_of,
                                               words_of_uttered_noun, coined_by, own_deed_in_their_words,
                                               said_below_quoted_root)
                            if (found := rule(context, span.paragraph, first, inside_first)) is not NOBODY), NOBODY)
    if attribution is NOBODY and inside_first and governed is None and not term and one_paragraph:
        attribution = deep_in_what_is_said(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and inside_first and governed is None and not term and not is_short(inside_first) and \
            one_paragraph:
        attribution = closing_attribution(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and inside_last and governed is None and not term and not is_short(inside_first):
        attribution = cut_words_then_attribution(context, span, last, inside_last)
    if attribution is NOBODY and inside_first and governed is None and not term and one_paragraph:
        attribution = predicate_after_speaker(context, span, first, inside_first, earlier)
    if attribution is NOBODY and inside_first and one_paragraph:
        attribution = set_off_named_speaker(context, span.paragraph, first, inside_first)
    if attribution is NOBODY and (term or is_short(inside_first)):
        attribution = Attribution(None, None, None, "term", 0.0)
    if attribution.method == "pronoun" and inside_first and inside_last:
        attribution = asked_one_answers(context, span, first, inside_first, last, inside_last, attribution)
    if attribution.method == "pronoun" and governed is not None:
        attribution = going_on_right_after_a_quotation(context, first, governed[0], earlier) or attribution
    if attribution.key is None and context.references.shared_surname(attribution.speaker):
        # "Clinton said" where two Clintons are named: the one of them the text was just about, else nobody (and
        # nobody for a pronoun that took up the bare surname: its gender is not the name's)
        gender = reflexive_gender(first.text, attribution.speaker)
        bearer = context.references.last_subject_named(span.paragraph, span.start, attribution.speaker, gender) \
            or context.references.only_bearer_of_gender(attribution.speaker, gender) \
            if attribution.method != "pronoun" else None
        attribution = replace(attribution, speaker=bearer.name, key=bearer.key, confidence=0.7) \
            if bearer is not None else replace(attribution, confidence=0.0)
    if (attribution.speaker is None or attribution.confidence < SURE) and attribution.method != "term" and inside_first:
        attribution = named_after_the_lead(context, span.paragraph, first, inside_first) or attribution
    elif attribution.method == "unnamed" and attribution.key is None and inside_first:
        attribution = named_after_description(context, span.paragraph, first, inside_first) or \
            spokesperson_named_elsewhere(context, first, attribution) or attribution
    if attribution.key is None and attribution.method != "continuation" and attribution.confidence >= SURE:
        attribution = possessor_named(context, (first, last), attribution) or attribution
    if attribution.speaker is not None and attribution.confidence < SURE:
        attribution = Attribution(None, None, attribution.cue, attribution.method, attribution.confidence)
    return Quote(paragraph=span.paragraph, start=span.start, end=span.end, text=text,
                 speaker=attribution.speaker, speaker_key=attribution.key, cue=attribution.cue,
                 sentence=sentence_around(first, inside_first[0] if inside_first else None, first.text),
                 end_paragraph=span.end_paragraph if span.end_paragraph != span.paragraph else None,
                 end_offset=span.end if span.end_paragraph != span.paragraph else None,
                 method=attribution.method or "unidentified", confidence=round(attribution.confidence, 2))


def speaker_inside_a_report(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                            inside: list[Token], cue: Token) -> Attribution | None:
    """"When asked, Lund said: “…,” the Courier reported", "Lund slammed the library for promoting “…”, the Courier
    first reported": a "report" after the quotation reports a sentence with a speaker of its own, a speech verb
    that introduces the quotation with a colon or a verb of praise or blame whose "for" phrase holds it
    (`judged_for`), and the words are that speaker's, not the reporter's. "The Courier reported about an email from
    the mayor's aide …, “…”": words set after a document the report is about are the document's, not the
    reporter's, and are left to nobody. None otherwise."""
    if cue.lemma != "report" or not inside:
        return None
    if cue.i < inside[0].i and any(t.head == cue.i and t.dep == "prep" and t.text.lower() in ("about", "on") and
                                   t.i < inside[0].i and document_object(paragraph, t) for t in paragraph.tokens):
        return unidentified(cue.text.lower())
    if cue.i < inside[-1].i:
        return None
    before = clause_before(paragraph, inside[0].i)
    if [t.text for t in before if t.text not in OPENING][-1:] == [":"]:
        found = cue_in(context, paragraph_index, paragraph, reversed(before))
        if found is not None and found.speaker is not None:
            return found
    judged = judged_for(context, paragraph_index, paragraph, inside)
    return judged if judged is not NOBODY else None


def document_object(paragraph: ParsedParagraph, preposition: Token) -> bool:
    """Whether the object of `preposition` is a document ("about an email", "on the memo")."""
    return any(t.head == preposition.i and t.dep == "pobj" and t.lemma.lower() in DOCUMENT_NOUNS
               for t in paragraph.tokens)


def possessor_named(context: Context, paragraphs: tuple[ParsedParagraph, ParsedParagraph],
                    attribution: Attribution) -> Attribution | None:
    """"“…,” his campaign said", "according to her lawyers": a speaker printed as written from a description that
    opens with "his" or "her" names nobody a reader can place; where the pronoun takes up a person with confidence
    (as a "he" or "she" there would) who is also the last person of its gender named before it, the description is
    printed with that person's name in the pronoun's place ("Ann Lee’s campaign"), still no actor's words, as "Ann
    Lee's spokesman" is not; a document or a noun of speech so owned ("his report said") is the person's own, as a
    named issuer's is. None when the speaker opens with no such pronoun, the pronoun is not found where the words
    are, or it takes up nobody sure."""
    speaker = attribution.speaker or ""
    opening = speaker.split(" ", 1)[0].lower()
    if opening not in POSSESSIVE_PERSON_PRONOUNS or " " not in speaker:
        return None
    gender = POSSESSIVE_PERSON_PRONOUNS[opening]
    found = [(paragraph, token) for paragraph in dict.fromkeys(paragraphs) for token in paragraph.tokens
             if token.dep == "poss" and paragraph.text[token.idx:token.idx + len(speaker)] == speaker]
    owners = [context.references.antecedent(paragraph.index, token.idx, gender, context.named_inside, owner_of=True)
              for paragraph, token in found]
    if not owners or owners[0] is None or owners[0].actor is None or owners[0].confidence < SURE or \
            any(owner != owners[0] for owner in owners):
        return None
    owner, (paragraph, pronoun) = owners[0], found[0]
    last = context.references.last_named(paragraph.index, pronoun.idx, "person", gender=gender)
    if owner.actor.type != "person" or last is None or last.key != owner.actor.key:
        return None  # "Cruz backers watched footage from Rubio’s party, where his supporters …": not Cruz's
    if paragraph.tokens[pronoun.head].lemma.lower() in DOCUMENT_NOUNS | SPEECH_NOUNS:
        return Attribution(owner.name, owner.actor.key, attribution.cue, "pronoun",
                           min(owner.confidence, attribution.confidence, 0.75))
    return replace(attribution, speaker=f"{owner.name}’s{speaker[len(opening):]}")


LINK_HEADING_MAX_WORDS = 3  # "Related:", "Read more:", "See also:"


def is_link_heading(text: str, span: Span) -> bool:
    """Whether a quotation is a paragraph of its own holding a few words closed by a colon ("“Related:”", "“Read
    more:”"): the heading of the links a page lists below it, printed in quotation marks, which no one says (a
    speaker's words do not stop at a colon with nothing after it)."""
    words = text[span.start:span.end].strip()
    outside = (text[:span.start] + text[span.end:]).strip()
    return words.endswith(":") and len(words.split()) <= LINK_HEADING_MAX_WORDS and \
        all(mark in OPENING or mark in CLOSING for mark in outside)


def chanted_by_many(context: Context, span: Span, paragraph: ParsedParagraph, inside: list[Token]) -> Attribution | None:
    """"The crowd chanted “Build the wall!”", "“Hale must go!” some protesters chanted", "protesters gathered outside,
    chanting “Dump Hale”": quoted words that hang from "chant" (no speech verb nearer), or that a clause of "chant"
    and its subject follows right after, are the words of the many who chant them, as written, when the verb's
    subject is such a crowd or group (an unnamed source: "the crowd", "the protesters", "about 200 protesters", "his
    supporters"). None for a chant the parse gives one named person or a pronoun ("Hale spoke near where protesters
    had gathered, chanting “…”" is no words of Hale's) and for words across another quotation from the verb (the
    rest of a speech the chant broke into: "He said, “…” - at which point the crowd chanted “…” - “and …”")."""
    if not inside:
        return None
    chant = chant_above(paragraph, inside) or \
        (chant_right_after(paragraph, inside) if is_sentence_start(paragraph, inside[0]) else None)
    if chant is None:
        return None
    low, high = sorted((chant.idx, span.start if chant.idx < span.start else span.end))
    if len(MARKS.findall(paragraph.text[low:high])) > 1:
        return None
    subject = next((t for t in paragraph.dependents(chant) if t.dep == "nsubj" and t.tag == "NNS" and
                    (is_person_noun(t) or is_crowd(t))), None)
    if subject is not None:
        return Attribution(crowd_as_written(paragraph, subject), None, chant.text.lower(), "unnamed", 0.7)
    found = speaker_of(context, span.paragraph, chant)
    return found if found.method == "unnamed" and found.speaker is not None else None


def chant_above(paragraph: ParsedParagraph, inside: list[Token]) -> Token | None:
    """The verb "chant" the quoted words hang from, no speech verb between."""
    tokens = paragraph.tokens
    for root in hung_outside(inside, punctuation=False):
        node = tokens[root.head]
        for _ in range(3):
            if node.lemma == "chant" and node.pos == "VERB":
                return node
            if node.lemma in SPEECH_VERBS or node.head == node.i:
                break
            node = tokens[node.head]
    return None


def chant_right_after(paragraph: ParsedParagraph, inside: list[Token]) -> Token | None:
    """"“Hale must go!” some protesters chanted": the verb "chant" right after the closing mark, with only its
    subject's words between (for quoted words opening their sentence: "Holding signs calling Hale “a loser,” the
    protesters chanted …" quotes the signs)."""
    after = [t for t in paragraph.tokens[inside[-1].i + 1:inside[-1].i + 8] if t.pos != "PUNCT" or t.i > inside[-1].i + 2]
    for token in after:
        if token.lemma == "chant" and token.pos == "VERB":
            return token
        if token.pos not in ("DET", "NOUN", "ADJ", "NUM", "PROPN", "ADV"):
            return None
    return None


def is_chant(quote: Quote) -> bool:
    """A quotation `chanted_by_many` gave to a crowd: words no one's run of quotations goes on in."""
    return quote.method == "unnamed" and quote.cue is not None and quote.cue.startswith("chant")


def named_after_the_lead(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                         inside: list[Token]) -> Attribution | None:
    """"The German music business is “in the state of a zombie” …, a leading industry figure has said. ¶ Tim Renner,
    the head of Universal Music Germany until last year, told BBC World Service …": a report's opening sentence that
    gives its words, with a speech verb in the present perfect, to someone it describes without a name, names them
    in the next sentence, as the main subject of a speech verb named there for the first time. None otherwise."""
    if context.references.sentence_at(paragraph_index, inside[0].idx) != 0:
        return None
    found = present_perfect_speaker(context, paragraph_index, paragraph, inside)
    return named_in_next_sentence(context, 0, found[0]) if found is not None else None


# Nouns of a source a report keeps unnamed: the person named after one ("A Home Office spokesman has said …
# Home Secretary Charles Clarke said") is usually someone else.
UNNAMED_SOURCE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "source", "official", "aide",
                                  "insider", "representative", "friend", "colleague"})


def named_after_description(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                            inside: list[Token]) -> Attribution | None:
    """"A PR expert has told the trial that the film was an “absolute disaster”. ¶ Ann Kite told the court …",
    "Meanwhile, France's finance minister has said the world faced “economic catastrophe” …. Herve Gaymard said
    …": a description of one person by what they are ("a", "an" or a place's or body's possessive before it), the
    subject of a speech verb in the present perfect that gives the quotation its words, printed as written, is
    the person the very next sentence names for the first time as the main subject of a speech verb (the writer
    naming whom they just described), in any sentence of the report. Not a spokesman, a source, an official or an
    aide (UNNAMED_SOURCE_NOUNS), whom a report keeps unnamed and whose principal it names next; not several
    people ("analysts have said"); not someone described by another person ("his lawyer"). None otherwise."""
    found = present_perfect_speaker(context, paragraph_index, paragraph, inside)
    if found is None:
        return None
    verb, subject = found
    owner = next((t for t in paragraph.dependents(subject) if t.dep == "poss"), None)
    article = next((t for t in paragraph.dependents(subject) if t.dep == "det"), None)
    if subject.tag != "NN" or subject.lemma.lower() in UNNAMED_SOURCE_NOUNS or not is_person_noun(subject) or \
            (article is None or article.text.lower() not in ("a", "an")) and (owner is None or owner.pos != "PROPN"):
        return None
    here = context.references.sentence_at(paragraph_index, inside[0].idx)
    return named_in_next_sentence(context, here, verb) if here is not None else None


def present_perfect_speaker(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                            inside: list[Token]) -> tuple[Token, Token] | None:
    """The speech verb in the present perfect outside quotations in the sentence of a quotation ("… has said"),
    and its subject, where that is a noun ("a leading industry figure"), not a name or a pronoun."""
    start, end = sentence_of(paragraph, inside[0].i)
    tokens = paragraph.tokens
    verb = next((t for t in tokens[start:end] if t.lemma.lower() in SPEECH_VERBS and t.pos == "VERB" and
                 not context.inside_quote(paragraph_index, t.idx) and
                 any(a.head == t.i and a.dep == "aux" and a.lemma.lower() == "have" for a in tokens)), None)
    subject = next((t for t in tokens if verb is not None and t.head == verb.i and t.dep == "nsubj"), None)
    if subject is None or subject.pos != "NOUN":
        return None  # a name or a pronoun is no description the next sentence names
    return verb, subject


def named_in_next_sentence(context: Context, here: int, verb: Token) -> Attribution | None:
    """The person named for the first time in the sentence after sentence number `here`, as the main subject of a
    speech verb there, as the speaker of a description whose speech verb is `verb`."""
    references = context.references
    if here + 1 >= len(references.sentences):
        return None
    following = references.sentences[here + 1]
    main = next((e for e in references.events_in(following) if e.main and not e.topic), None)
    actor = main.referent.actor if main is not None and main.referent is not None else None
    if actor is None or not references.is_person(actor) or main.referent.method != "verb" or \
            min((m.paragraph, m.start) for m in actor.mentions) < (following[0], following[1]):
        return None
    named = context.paragraph(following[0])
    head = next((t for t in named.tokens if t.idx == main.offset), None)
    if head is None or named.tokens[head.head].lemma.lower() not in SPEECH_VERBS:
        return None
    return Attribution(actor.name, actor.key, verb.text, "description", 0.7)


FIRST_WORD_BEFORE = re.compile(r"(\S+)\s$")
CAPITALISED_WORD_AFTER = re.compile(r"\s([A-Z][\w'’-]+)")


def nickname_inside_name(text: str, span: Span) -> bool:
    """"Jimmy “the Whirlwind” White", "Antonio “LA” Reid": a few quoted words between a first name and a capitalised
    word are a nickname in a person's name, which nobody is reported saying, whatever verb the sentence has."""
    words = text[span.start:span.end].split()
    if not words or len(words) > NICKNAME_MAX_WORDS or words[-1][-1] in ".!?":
        return False  # words ending a sentence are no part of a name ("Hale said Ann Reed “caused death.” Mr …")
    before = FIRST_WORD_BEFORE.search(text[:max(span.start - 1, 0)])
    after = CAPITALISED_WORD_AFTER.match(text, span.end + 1)
    return before is not None and after is not None and before.group(1)[:1].isupper() and \
        is_first_name(before.group(1)) and after.group(1) not in ("I", "A")


NAME_PART_DEPS = frozenset({"amod", "compound", "nmod"})


def word_of_a_name(paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """"will be “New” Labour through and through", "like “Dixiecrat” Strom Thurmond": a few capitalised quoted words
    that describe a capitalised name right after the closing mark are a word of that name (a party's, an epithet
    set before a person's), which nobody is reported saying, whatever the sentence's verb of saying."""
    tokens = paragraph.tokens
    words = [t for t in inside if t.pos != "PUNCT"]
    closing = inside[-1].i + 1 if inside else len(tokens)
    if not words or len(words) > NICKNAME_MAX_WORDS or not all(t.text[:1].isupper() for t in words) or \
            closing >= len(tokens) or tokens[closing].text not in CLOSING:
        return False
    name = list(takewhile(lambda t: t.text[:1].isupper() and t.pos in ("PROPN", "NOUN"), tokens[closing + 1:]))
    members = {t.i for t in name}
    hung = hung_outside(inside, punctuation=False)
    return bool(name) and name[0].text not in ("I", "A") and bool(hung) and \
        all(t.head in members and t.dep in NAME_PART_DEPS for t in hung)


# Nouns of a work with a title: quoted words set beside one are its title ("his radio show, “Generations with Kevin
# Swanson”", "the TV show “Shark Tank”"), nobody's words, whoever the sentence's speaker.
WORK_NOUNS = frozenset("""
show programme program podcast series sitcom documentary film movie book memoir novel biography play musical song
album single column pseudonym
""".split())


def title_of_a_work(paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """Quoted words in apposition to a noun of a work (WORK_NOUNS) that stands right before the opening mark, a
    comma between them or not: the work's title; and quoted words written as a title right after such a noun and a
    comma, however the parse hung them ("on his talk radio program, “Reed at Noon,” broadcast on …")."""
    members = {t.i for t in inside}
    head = next((t for t in inside if t.head not in members and t.pos != "PUNCT"), None)
    if head is None:
        return False
    if head.dep != "appos":
        return title_set_off_after_work_noun(paragraph, inside)
    noun = paragraph.tokens[head.head]
    before = [t for t in paragraph.tokens[noun.i + 1:inside[0].i] if t.text not in OPENING and t.text != ","]
    return noun.pos == "NOUN" and noun.lemma.lower() in WORK_NOUNS and not before


def title_set_off_after_work_noun(paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """Whether a few quoted words written as a title (`title_cased`) open right after a noun of a work, a comma
    between them or not, however the parse hung them ("acted in the cable movie “Hailstorm 2: Run!”", "said on the
    podcast “Here's the Point.”")."""
    words = [t for t in inside if t.pos != "PUNCT"]
    start = inside[0].i
    if not words or len(words) > TITLE_MAX_WORDS or not title_cased(words) or start < 2:
        return False
    tokens = paragraph.tokens
    before = start - 3 if start >= 3 and tokens[start - 2].text == "," else start - 2
    noun = tokens[before]
    return tokens[start - 1].text in OPENING and noun.pos == "NOUN" and noun.lemma.lower() in WORK_NOUNS


# What stands between two quoted titles of a list: marks and a comma, "and" or "or" (a comma then "and" too); not
# marks alone ("on “Meet the Press.” “…”": a programme's name, then someone's words).
BETWEEN_LISTED_TITLES = re.compile(r"[\s“”\"]*(?:,[\s“”\"]*(?:(?:and|or)[\s“\"]*)?|(?:and|or)[\s“\"]*)")


def title_listed_after_a_title(paragraph: ParsedParagraph, span: Span, inside: list[Token],
                               earlier: Sequence[Quote]) -> bool:
    """"roles in “Harbour Lights,” “Stormfront” and “The Long Road: A Tale of the Sea and the Men Who Sailed It”":
    quoted words written as a title (`title_cased`, however many) that follow a quotation of the same paragraph
    taken for a title or a term, with nothing but marks and a comma, "and" or "or" between them
    (BETWEEN_LISTED_TITLES), are the next title of the same list, nobody's words."""
    words = [t for t in inside if t.pos != "PUNCT"]
    before = next((q for q in reversed(earlier) if q.paragraph == span.paragraph), None)
    if not words or not title_cased(words) or before is None or before.method != "term" or \
            before.end_paragraph is not None and before.end_paragraph != span.paragraph:
        return False
    _, end_offset = quote_end(before)
    return BETWEEN_LISTED_TITLES.fullmatch(paragraph.text[end_offset:span.start]) is not None


# Nouns of a thing that shows written words to passers-by: the words a sign or a banner "reads" are no one's the
# article names (not the outlet reporting them, nor the writer of the sentence before).
DISPLAY_NOUNS = frozenset("""
sign banner placard poster billboard shirt t-shirt sticker plaque inscription graffiti marquee
""".split())
# Words that take up one of the things just listed ("“…,” read one", "“…,” read another").
TAKING_UP_ONE = frozenset({"one", "another"})
# Dependents that tie a noun to someone whose words it may carry ("his sign", "a message from Hale", "a sign held
# by …", "one of the protesters").
OWNING_DEPS = frozenset({"poss", "prep", "acl", "relcl"})


def message_on_display(paragraph: ParsedParagraph, inside: list[Token]) -> Token | None:
    """The verb "read" of words shown on a thing, right before the opening mark ("one highway sign read, “…”", "a
    placard read “…”") or right after the closing one ("“…,” read one", "“…,” a banner read"), whose subject is a
    noun of such a thing (DISPLAY_NOUNS), an indefinite "message" ("One message read “…”": words in the sky), or a
    "one" or "another" taking up one of them; else None. The subject is owned by nobody the sentence names (no
    possessor, no phrase or clause after it): "Hale's sign read" and "a message from Hale read" are left to the
    other rules."""
    tokens = paragraph.tokens
    opening, closing = inside[0].i - 1, inside[-1].i + 1
    if opening >= 2 and tokens[opening].text in OPENING:
        before = [t for t in tokens[opening - 3:opening] if t.text not in (",", ":")][-2:]
        if len(before) == 2 and is_read(before[1]) and shown_by(paragraph, before[0]):
            return before[1]
    if closing >= len(tokens) or tokens[closing].text not in CLOSING:
        return None
    start = closing + 2 if closing + 1 < len(tokens) and tokens[closing + 1].text == "," else closing + 1
    clause = list(takewhile(lambda t: t.pos != "PUNCT", tokens[start:start + 5]))
    reads = [k for k, t in enumerate(clause) if is_read(t)]
    if not reads:
        return None
    k = reads[0]
    subject = clause[-1] if k == 0 and len(clause) > 1 else clause[k - 1] if k == len(clause) - 1 and k > 0 else None
    return clause[k] if subject is not None and shown_by(paragraph, subject) else None


def is_read(token: Token) -> bool:
    """Whether a word is the verb "read" in the present or past ("reads", "read"), however the parse tagged it."""
    return token.text.lower() in ("read", "reads")


def shown_by(paragraph: ParsedParagraph, noun: Token) -> bool:
    """Whether a word is the subject of a verb "read" that shows words to passers-by (`message_on_display`)."""
    word = noun.text.lower() if noun.text.lower() in TAKING_UP_ONE else noun.lemma.lower()
    children = paragraph.dependents(noun)
    if any(t.dep in OWNING_DEPS for t in children):
        return False
    if word == "message":
        return any(t.text.lower() in ("a", "an", "one", "another") for t in children)
    return word in DISPLAY_NOUNS or word in TAKING_UP_ONE and noun.pos in ("NUM", "PRON", "NOUN")


# Short words a title leaves in lower case ("Meet the Press", "Fox and Friends", "Midday with Charlie Sykes").
TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"})
# Words right before a quoted title of a programme or a work: "said on “…”", "starred in “…”", "told “…”".
TITLE_PREPOSITIONS = frozenset({"on", "in"})


def title_cased(words: list[Token]) -> bool:
    """Whether quoted words are written as a title: the first capitalised, and every other word too but for short
    function words (TITLE_SMALL_WORDS)."""
    alphabetic = [t for t in words if t.text[:1].isalpha()]
    return bool(alphabetic) and alphabetic[0].text[:1].isupper() and \
        all(t.text[:1].isupper() or t.text.lower() in TITLE_SMALL_WORDS for t in alphabetic)


def title_of_a_programme(paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """"Ms Hale said on NBC's “Meet the Press.”", "Reed told “Morning Report” on Monday", "she starred in “The Long
    Road”": a few quoted words written as a title (`title_cased`), right after "on" or "in", after an organisation's
    possessive ("NBC's") or after "told", are the title of a programme or a work, nobody's words, whoever the
    sentence's speaker (the stop inside the closing mark no help)."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not words or len(words) > TITLE_MAX_WORDS or not title_cased(words):
        return False
    tokens = paragraph.tokens
    opening = inside[0].i - 1
    if opening < 1 or tokens[opening].text not in OPENING:
        return False
    before = tokens[opening - 1]
    if before.text.lower() in TITLE_PREPOSITIONS and before.pos == "ADP" or before.lemma == "tell":
        return True
    owner = tokens[before.i - 1] if before.i >= 1 else None
    return before.text in ("'s", "’s") and owner is not None and owner.pos == "PROPN" and \
        (owner.ent_type == "ORG" or owner.text.isupper())


def name_of_a_kind_of_thing(paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """"The “pay as you go” scheme is about “…”, Hale said", "backed the “Save Our Pier” campaign": a few quoted words
    set before the noun they modify, right after the closing mark, and either holding a verb in its plain form or
    written as a title, name a kind of thing (a movement, a campaign, a scheme), nobody's words; not an evaluation
    ("a “truly dreadful” decision", "an “evolving” process": an adjective or a participle), nor people's names ("cited
    “Hale-Reed” policies", the speaker's way of putting it), which stay the speaker's."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not words or len(words) > TITLE_MAX_WORDS or any(t.pos in ("ADJ", "ADV") for t in words):
        return False
    members = {t.i for t in inside}
    head = next((t for t in words if t.head not in members), None)
    tokens = paragraph.tokens
    closing = inside[-1].i + 1
    if head is None or head.dep not in ("amod", "compound", "nmod") or closing + 1 >= len(tokens) or \
            tokens[closing].text not in CLOSING:
        return False
    noun = tokens[closing + 1]
    return head.head == noun.i and noun.pos == "NOUN" and \
        (any(t.pos == "VERB" and t.tag in ("VB", "VBP") for t in words) or
         title_cased(words) and not all(t.ent_type == "PERSON" for t in words if t.text[:1].isalpha()))


QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "who", "which", "about"})


def asked_one_answers(context: Context, span: Span, first: ParsedParagraph, inside: list[Token],
                      last: ParsedParagraph, inside_last: list[Token], attribution: Attribution) -> Attribution:
    """"Hannity asked Trump how high the wall would be. “I think the height could be 35 to 45 feet,” he said.": a "he"
    or "she" speaking right after a sentence whose main verb asks a person something (a question word after them) is
    the one asked, who answers, unless the article gives them the other gender (not the asker the rules take up first,
    nor nobody); not a question ("“Could it be higher?” he said" may ask again). The attribution as it was
    otherwise."""
    if any(t.text == "?" for t in inside_last[-2:]):
        return attribution
    before = sentence_before_quotation(context, span.paragraph, first, inside)
    pronoun = speaking_pronoun(context, span.end_paragraph, last.tokens, clause_after(last, inside_last[-1].i + 1)) or \
        speaking_pronoun(context, span.paragraph, first.tokens, clause_before(first, inside[0].i))
    if before is None or pronoun is None:
        return attribution
    paragraph_index, paragraph, sentence = before
    root = next((t for t in sentence if t.head == t.i), None)
    asked = next((t for t in sentence if root is not None and t.head == root.i and t.dep == "dobj"), None)
    if root is None or root.lemma != "ask" or root.pos != "VERB" or is_passive(paragraph, root) or asked is None or \
            not any(w.text.lower() in QUESTION_WORDS and w.i > asked.i for w in sentence):
        return attribution
    actor = context.actor_at(paragraph_index, asked)
    gender = context.references.gender_known(actor) if actor is not None and actor.type == "person" else None
    if actor is None or actor.type != "person" or gender not in (None, PERSON_PRONOUNS[pronoun.text.lower()]) or \
            attribution.key == actor.key:
        return attribution
    return Attribution(actor.name, actor.key, attribution.cue, "pronoun", 0.8)


def speaking_pronoun(context: Context, paragraph_index: int, tokens: Sequence[Token],
                     clause: list[Token]) -> Token | None:
    """The "he" or "she" subject of a speech verb in the clause right after or before a quotation ("“…,” he told
    Hannity", "He replied: “…”"), else None."""
    return next((t for t in clause if t.text.lower() in ("he", "she") and t.dep in SUBJECT_DEPS and
                 tokens[t.head].lemma in SPEECH_VERBS and not context.inside_quote(paragraph_index, t.idx)), None)


def inner_attribution(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token],
                       governed: Token) -> Attribution | None:
    """The attribution of the `inner_cue` of a quotation when it names someone, else None (the verb the parse
    reached first stands)."""
    inner = inner_cue(paragraph, inside, governed)
    if inner is None:
        return None
    found = speaker_of(context, paragraph_index, inner)
    return found if found.speaker is not None else None


def attribution_after_mark(context: Context, span: Span, last: ParsedParagraph, inside: list[Token],
                           governed: Token) -> Attribution | None:
    """"“I never said that,” Trump said, after Becky Quick said he had …", "… — “why wouldn't you?” asked Dunn": a
    quoted clause cut at a comma, question or exclamation mark, followed right after its closing mark by a speech
    verb and its subject (either order) that report nothing else, is attributed by that verb, whatever other verb
    the parse hung it from; None otherwise."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not inside or inside[-1].text not in {",", "?", "!"} or len(words) < 4 or \
            not any(t.pos in ("VERB", "AUX") for t in words):
        return None
    after = clause_after(last, inside[-1].i + 1)[:4]
    verb = next((t for t in after if t.pos == "VERB" and t.lemma in SPEECH_VERBS), None)
    if verb is None:
        return None
    if verb.i == governed.i or reports_something_of_its_own(verb, [t for t in last.tokens if t.head == verb.i]):
        return None  # "….” Her critics cited it as evidence …": a sentence of its own
    between = [t for t in after if t.i < verb.i and t.pos != "PUNCT"]
    if any(not dominates(last, verb, t) for t in between):
        return None  # words of another clause come first
    found = speaker_of(context, span.end_paragraph, verb)
    # "Nothing the mayor said “will calm the town,” the senator said": words the parse hung from a clause describing a
    # noun are the attribution's after the mark even when its speaker is unsure, not the describing clause's
    return found if found.speaker is not None or governed.dep == "relcl" else None


INNER_CLOSING = frozenset({"’", "'"})  # the closing mark of a quotation inside a quotation


def cut_words_then_attribution(context: Context, span: Span, last: ParsedParagraph, inside: list[Token]) -> Attribution:
    """"The event “was the first time I walked away thinking, ‘He’s the ringleader,’” Hale said in an interview.",
    "Nancy's “defining role was 'helping my husband,'” Reed says, a job …": quoted words that open in the middle of a
    sentence and end cut at a comma, a question or an exclamation mark (inside a quotation's own closing mark or
    not), followed right after the closing mark by a speech verb and its subject (either order) that report nothing
    else, are that verb's, though the parse hung them from no speech verb (or ended the sentence at the mark). A noun
    set off by a comma after the verb describes the speaker; it is nothing the verb reports."""
    cut = [t for t in inside if t.text not in INNER_CLOSING]
    words = [t for t in cut if t.pos != "PUNCT"]
    if not cut or cut[-1].text not in CUT_MARKS or len(words) < 4 or not any(t.pos in ("VERB", "AUX") for t in words):
        return NOBODY
    after = clause_after(last, inside[-1].i + 1)[:4]
    verb = next((t for t in after if t.pos == "VERB" and t.lemma in SPEECH_VERBS), None)
    if verb is None or any(not dominates(last, verb, t) for t in after if t.i < verb.i and t.pos != "PUNCT"):
        return NOBODY
    tokens = last.tokens
    if any(t.head == verb.i and (t.dep in ("ccomp", "xcomp") or t.dep == "dobj" and
                                 all(w.text != "," for w in tokens[verb.i + 1:t.i]))
           and not context.inside_quote(span.end_paragraph, t.idx) for t in tokens if t.i > verb.i):
        return NOBODY  # it reports something of its own
    found = speaker_of(context, span.end_paragraph, verb)
    return found if found.speaker is not None else NOBODY


def named_in(text: str) -> frozenset[str]:
    """The capitalised words of a quotation, without the punctuation and brackets around them ("He (Bridge) has no
    chance" names Bridge), for the rules that pass over a person the quotation speaks of."""
    words = (w.strip("()[]").strip(".,;:!?'’s").strip("()[]") for w in text.split())
    return frozenset(w for w in words if w[:1].isupper())


def reflexive_gender(text: str, surname: str) -> str | None:
    """"m" where the text says "Osbourne himself", "f" for "Smith herself", else None."""
    found = re.findall(rf"\b{re.escape(surname)} (himself|herself)\b", text)
    return None if not found else "m" if found[-1] == "himself" else "f"


def passive_agent(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                  inside: list[Token]) -> Attribution | None:
    """"X was fined and “severely reprimanded” by the Football Association": quoted words headed by a past
    participle are the words of the one its "by" names, not of a verb of judging it is coordinated with
    (a speech verb reporting the clause comes first: "X has been “arbitrarily detained” by Y, the group says")."""
    members = {t.i for t in inside}
    heads = [t for t in inside if t.head not in members and t.pos != "PUNCT"]
    if len(heads) != 1 or heads[0].tag != "VBN" or heads[0].pos != "VERB":
        return None
    agent = named_by_agent(paragraph, heads[0], members)
    if agent is None:
        return None
    found = source(context, paragraph_index, paragraph, agent, heads[0].text.lower())
    return found if found.speaker is not None else None


# Words a "by" phrase may take between the closing mark of a name given in an aside and the aside's closing comma.
ASIDE_BY_MAX_WORDS = 6


def named_in_an_aside(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                      inside: list[Token]) -> Attribution | None:
    """"Ann Lee and Tom Ward, dubbed the “Leeds Two”, were cleared", "Tom Ward, dubbed the “Leeds Wizard” by fans, has
    signed": a naming verb (`NAMING_VERBS`) set off by a comma right after a noun, the quoted name its only
    complement, closed by a comma and the sentence's own verb, names that noun, however parsed: the name is the words
    of the one after "by", else a name nobody is reported saying. None otherwise."""
    tokens = paragraph.tokens
    opening = inside[0].i - 1
    start, end = sentence_of(paragraph, inside[0].i)
    naming = tokens[opening - 2] if opening - 2 > start and tokens[opening - 1].pos == "DET" else tokens[opening - 1]
    if tokens[opening].text not in OPENING or naming.lemma not in NAMING_VERBS or naming.tag not in ("VBN", "VBD") or \
            naming.i < start + 2 or tokens[naming.i - 1].text != "," or \
            tokens[naming.i - 2].pos not in ("NOUN", "PROPN"):
        return None
    after = inside[-1].i + 2  # right after the closing mark
    by = tokens[after] if after < end and tokens[after].text.lower() == "by" else None
    comma = next((t for t in tokens[after:min(end, after + ASIDE_BY_MAX_WORDS + 1)] if t.text == ","), None) \
        if by is not None or inside[-1].text != "," else tokens[inside[-1].i + 1]  # "“Iron Lady,” was": the mark
    verb = tokens[comma.i + 1] if comma is not None and comma.i + 1 < end else None
    if verb is None or verb.pos not in ("AUX", "VERB") or verb.tag in ("VBG", "VBN", "TO"):
        return None
    agent = object_of(paragraph, by)
    if agent is None:
        return Attribution(None, None, naming.text.lower(), "term", 0.0)
    found = source(context, paragraph_index, paragraph, agent, naming.text.lower())
    return found if found.speaker is not None else unidentified(naming.text.lower())


# Words a bare naming participle may stand from the opening mark it names the quoted words with ("described by one
# union as a “…”", "branded a “…”"): its "by" phrase, "as" and the quoted phrase's own determiner.
NAMED_BY_MAX_WORDS = 8


def named_by_another(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                     inside: list[Token]) -> Attribution | None:
    """"Reed announced plans to shut 40 libraries, in a move branded a “betrayal” by the Greens", "Reed announced plans
    to merge councils - described by one union as a “carve-up”": quoted words that a bare naming participle
    (`NAMING_VERBS`, with no subject or auxiliary of its own, hung from a noun or a dash, however parsed) puts on a
    thing, with "by" between it and the opening mark or right after the closing mark, are the words of the one after
    "by", never of the subject of a verb above it; named by nobody when "by" names no one who speaks. None without
    such a participle (a passive with its auxiliary is `speaker_of`'s)."""
    tokens = paragraph.tokens
    opening = inside[0].i - 1
    start, end = sentence_of(paragraph, inside[0].i)
    if opening < 2 or tokens[opening].text not in OPENING:
        return None
    naming = next((t for t in reversed(tokens[max(start, opening - NAMED_BY_MAX_WORDS):opening])
                   if t.pos in ("VERB", "PUNCT") and t.text not in DASHES), None)
    if naming is None or naming.lemma not in NAMING_VERBS or naming.tag not in ("VBN", "VBD") or \
            any(t.dep in SUBJECT_DEPS or t.dep in ("aux", "auxpass") for t in paragraph.dependents(naming)) or \
            not (tokens[naming.i - 1].pos == "NOUN" or tokens[naming.i - 1].text in DASHES):
        return None
    closing = inside[-1].i + 1
    after = tokens[closing + 1] if closing + 1 < end and tokens[closing].text in CLOSING else None
    by = next((t for t in tokens[naming.i + 1:opening] if t.text.lower() == "by"), None) or \
        (after if after is not None and after.text.lower() == "by" else None)
    agent = object_of(paragraph, by)
    if agent is None or agent.ent_type in ("DATE", "TIME", "CARDINAL"):
        return None
    found = source(context, paragraph_index, paragraph, agent, naming.text.lower())
    return found if found.speaker is not None else unidentified(naming.text.lower())


def cast_as(tokens: Sequence[Token], inside: list[Token], head: Token) -> Token | None:
    """"denounced the remarks as “hurtful and humiliating”": an "as" right before the opening mark that the quoted
    adjectives hang from or that hangs from the same verb (the parse does not make an adjective its object)."""
    opening = inside[0].i - 1
    before = tokens[opening - 1] if opening >= 1 and tokens[opening].text in OPENING else None
    if before is None or before.text.lower() != "as" or head.pos != "ADJ" or before.head == before.i:
        return None
    return before if head.head in (before.i, before.head) else None


def listed_after_as(tokens: Sequence[Token], first: Token) -> Token | None:
    """"rated the claims as “false” or “mostly false”": the "as" a quoted adjective heading a list hangs from (what
    `cast_as` finds for the first item), for a later item of the list; None otherwise."""
    above = tokens[first.head]
    return above if first.pos == "ADJ" and above.text.lower() == "as" and above.i == first.i - 2 and \
        tokens[first.i - 1].text in OPENING else None


def cast_as_being(tokens: Sequence[Token], head: Token) -> Token | None:
    """"defended his comments as being “sarcastic”", "dismissed the town as being in the “back of beyond”": the "as"
    of an "as being" whose complement is the quoted words, or a phrase of place holding them."""
    if head.dep == "pobj" and tokens[head.head].dep == "prep" and tokens[head.head].head != head.head:
        head = tokens[head.head]  # "as being in the “…”": the phrase stands for the quoted words
    being = tokens[head.head]
    if head.dep not in ("acomp", "attr", "prep") or being.text.lower() != "being" or being.dep != "pcomp":
        return None
    preposition = tokens[being.head]
    return preposition if preposition.text.lower() == "as" else None


DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})


def characterising_verb(paragraph: ParsedParagraph, inside: list[Token]) -> Token | None:
    """The active verb of characterising that likens or casts someone as what the quoted words say ("likened the
    new tax to a “slow poison”", "dismissed the plan as “ludicrous”"), else None."""
    members = {t.i for t in inside}
    tokens = paragraph.tokens
    head = next((t for t in inside if t.head not in members and t.pos != "PUNCT"), None)
    listed = head
    while head is not None and head.dep == "conj" and head.head != head.i:
        head = tokens[head.head]  # "as a “wet blanket” and a “born loser”": the list hangs from its first item
    if head is None:
        return None
    head = noun_quoted_words_modify(tokens, head)
    head = noun_described_by_relative_clause(tokens, head)
    preposition = cast_as(tokens, inside, head) or cast_as_being(tokens, head) or \
        (listed_after_as(tokens, head) if listed is not head else None)
    if preposition is None and head.dep not in ("pobj", "pcomp"):  # "likened the rules to “burning the house down”"
        return None
    preposition = preposition or tokens[head.head]
    word = preposition.text.lower()
    if word not in ("as", "to", "like") or preposition.head == preposition.i:
        return None
    verb = tokens[preposition.head]
    verb = object_clause_cast_as(tokens, preposition) or verb
    if verb.dep == "dobj" and word == "as" and verb.head != verb.i:
        verb = tokens[verb.head]  # "rejected the plan as “ludicrous”", the "as" hung from the object
    verb = verb_of_object_cast_as(tokens, verb) if word == "as" else verb
    if word == "as" and not (verb.pos == "VERB" and characterises(verb, word)):
        verb = verb_taken_for_a_modifier(tokens, preposition) or verb
    if verb.pos != "VERB" or not characterises(verb, word) or is_passive(paragraph, verb) or \
            word == "to" and verb.lemma not in ("liken", "compare"):
        return None
    return verb


def verb_taken_for_a_modifier(tokens: Sequence[Token], preposition: Token) -> Token | None:
    """"Hale described director Ann Reed as “…”", "Reed, who has in the past described Hale as “…”", parsed with
    "described" as an adjective of the name after it: a past form of a verb of characterising hung as a modifier
    (`amod`) from the phrase of the noun that ends right before "as" (every word between them in that phrase) is the
    verb that casts its object as the words after "as"; None otherwise."""
    if preposition.i < 2:
        return None
    noun = tokens[preposition.i - 1]
    for verb in (t for t in tokens[:noun.i] if t.dep == "amod" and t.tag in ("VBD", "VBN") and
                 t.lemma in CHARACTERISING_VERBS):
        phrase = range(verb.i + 1, noun.i + 1)
        if verb.head in phrase and all(t.head in phrase for t in tokens[verb.i + 1:noun.i]):
            return verb
    return None


def object_clause_cast_as(tokens: Sequence[Token], preposition: Token) -> Token | None:
    """"Reed praised Hale, who left the race on Monday, as “a man who kept his word”": an "as" right after the comma
    closing a relative clause set off after a verb's object, which the parse hung from the clause's verb, casts the
    object: that object (whose verb `characterising_verb` then takes); None otherwise."""
    clause = tokens[preposition.head]
    if preposition.text.lower() != "as" or clause.dep != "relcl" or clause.head == clause.i or \
            preposition.i < 1 or tokens[preposition.i - 1].text != ",":
        return None
    noun = tokens[clause.head]
    if noun.dep != "dobj" or noun.i + 1 >= len(tokens) or tokens[noun.i + 1].text != ",":
        return None
    return noun


def noun_quoted_words_modify(tokens: Sequence[Token], head: Token) -> Token:
    """"dismissed the plan as a “failing” scheme", "likened it to a “slow-motion” crash": the noun after a preposition
    that quoted words modifying it stand for (what the verb casts someone as), else the quoted words' own head."""
    noun = tokens[head.head]
    return noun if head.dep in ("amod", "compound", "nmod") and head.head != head.i and noun.dep == "pobj" and \
        noun.pos == "NOUN" else head


def noun_described_by_relative_clause(tokens: Sequence[Token], head: Token) -> Token:
    """"compared the mayor to a coach who is “working the referees”": for quoted words heading a relative clause
    opened by "who", "that" or "which" on the noun after a preposition, that noun (what the verb likens or casts
    someone as), else the quoted words' own head."""
    if head.dep != "relcl" or head.head == head.i or tokens[head.head].dep != "pobj":
        return head
    opener = next((t for t in tokens[tokens[head.head].i + 1:head.i] if t.head == head.i and t.dep in SUBJECT_DEPS),
                  None)
    return tokens[head.head] if opener is not None and opener.text.lower() in ("who", "that", "which") else head


def characterisation(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                     inside: list[Token]) -> Attribution:
    """"Hale likened the new tax to a “slow poison”", "Reed has gone after Hale as a “wet blanket”":
    words quoted as what a verb of characterising likens or casts someone as are that verb's subject's."""
    verb = characterising_verb(paragraph, inside)
    if verb is None:
        return NOBODY
    subject = subject_of(context, paragraph_index, paragraph, verb) or \
        subject_of_clause_set_off_before(context, paragraph_index, paragraph, verb) or \
        judged_for_saying(paragraph, verb)
    if subject is None:
        return NOBODY
    subject = relative_subject_stands_for(context, paragraph_index, paragraph, subject, verb)
    found = source(context, paragraph_index, paragraph, subject, verb.text.lower())
    return replace(found, method="characterisation", confidence=min(found.confidence, 0.75)) \
        if found.speaker is not None else NOBODY


def subject_of_clause_set_off_before(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                     verb: Token) -> Token | None:
    """"Hale visited the school, referring to the teachers as “heroes.”", "Hale has mocked a reporter, referred to
    the protesters as “vandals” and …": a verb of characterising with no subject of its own, set off by a comma after
    the clause it hangs from (a participle, or a verb of a list the parse did not join with "and"), with no word
    marking it ("after", "while"), shares the subject of that clause's verb; None otherwise."""
    tokens = paragraph.tokens
    if verb.dep != "advcl" or verb.head == verb.i or verb.i < 1 or tokens[verb.i - 1].text != "," or \
            any(t.dep == "mark" for t in paragraph.dependents(verb)):
        return None
    clause = tokens[verb.head]
    if clause.i > verb.i or clause.pos not in ("VERB", "AUX") or is_passive(paragraph, clause):
        return None
    return subject_of(context, paragraph_index, paragraph, clause)


def characterised_in_what_is_said(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                  inside: list[Token], governed: Token) -> Attribution | None:
    """"Hale said she would not work with Reed because the council had cast her as “reckless and vain”": quoted words
    that a verb of characterising with a subject of its own casts someone as, in a clause of cause or a phrase inside
    what a speech verb reports, are that subject's, not the reporter's. Not the clause the speech verb reports itself
    ("Hale claimed that Reed had characterised as “fair” all her statements": nested speech, as the reporter puts it),
    nor a subject that is no actor nor a description with its article (a name cut at a hyphen), except the one a
    verb of praise or blame judges for the characterising ("Hale praised Reed for referring to them as “…”": Reed's,
    whatever the NER made of the name, never the praiser's, and nobody's where that one is a pronoun the search
    cannot resolve); else None."""
    verb = characterising_verb(paragraph, inside)
    if verb is None or verb.i == governed.i or verb.lemma in SPEECH_VERBS or verb.dep not in ("advcl", "pcomp") or \
            not dominates(paragraph, governed, verb):
        return None
    found = characterisation(context, paragraph_index, paragraph, inside)
    judged = judged_for_saying(paragraph, verb) is not None
    if found.speaker is None and judged:
        return Attribution(None, None, verb.text.lower(), "characterisation", 0.0)
    if found.speaker is None or found.key is None and found.speaker.split()[0].lower() not in DESCRIPTION_OPENERS \
            and not judged:
        return None
    return found


def verb_of_object_cast_as(tokens: Sequence[Token], noun: Token) -> Token:
    """"Hale praised Reed for referring to the nurses as “heroes.”": where the parse hung "as" from the object of a
    preposition of a verb of characterising ("referring to the nurses"), that verb casts its object as the quoted
    words; `noun` itself otherwise."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return noun
    preposition = tokens[noun.head]
    verb = tokens[preposition.head]
    return verb if preposition.dep == "prep" and verb.pos == "VERB" and verb.lemma in CHARACTERISING_VERBS else noun


def characterises(verb: Token, preposition: str) -> bool:
    """Whether a verb casts its object as (or likens it to) what the words after `preposition` say: a verb of
    characterising, or one of presenting or defending with "as" ("heralded the deal as a “breakthrough”")."""
    return verb.lemma in CHARACTERISING_VERBS or preposition == "as" and verb.lemma in PRESENTING_VERBS


def stance(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token]) -> Attribution:
    """"Cruz blamed the law on “reckless politicians”", "Hale accused the mayor of “playing games”", "Mr Lee
    felt that there “might well be” a way": quoted words in what a verb of holding someone responsible or
    of believing puts forward are that verb's subject's (a believing verb's only inside the clause it
    reports); not a title ("“The Apprentice”"), and never the subject of a passive verb. A finding verb's
    likewise: "the inquiry found that the plans were “unworkable”" (`finding_reported`; not "found no sign of “…”")."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not words or all(t.text[:1].isupper() for t in words if t.text[:1].isalpha()) and any(t.pos == "PROPN" for t in words):
        return NOBODY
    members = {t.i for t in inside}
    tokens = paragraph.tokens
    node = next((t for t in words if t.head not in members and t.head != t.i), None)
    reported = claimed = False
    for hop in range(1, STANCE_MAX_HOPS + 1):
        if node is None or node.head == node.i:
            return NOBODY
        edge, node = node.dep, tokens[node.head]
        reported = reported or edge == "ccomp"
        claimed = claimed or node.pos == "NOUN" and node.lemma in CLAIM_NOUNS
        if node.pos != "VERB" or context.inside_quote(paragraph_index, node.idx):
            continue
        # a finding's words are not those of a claim it judges ("ruled that Hale's claim of “…” was false")
        if node.lemma in RESPONSIBILITY_VERBS or node.lemma in BELIEVING_VERBS and reported or \
                node.lemma in FINDING_VERBS and not claimed and finding_reported(paragraph, node, edge, hop):
            believer = person_set_off_believing(context, paragraph_index, paragraph, node)
            if believer is not None:
                return believer
            if is_passive(paragraph, node) or node.dep in ("relcl", "acl"):
                return NOBODY  # "candidates who think we can “outsource” …": how the writer casts them
            found = speaker_of(context, paragraph_index, node)
            if found.key is not None and found.key.startswith("place:"):
                return NOBODY  # a place believes nothing: a name the actors mistook ("Amnesty International UK")
            return replace(found, method="stance", confidence=min(found.confidence, 0.75)) \
                if found.speaker is not None else NOBODY
        if edge in SUBJECT_DEPS and not reported or node.dep in ("relcl", "acl", "advcl"):
            return NOBODY  # the words belong to a clause about something else
    return NOBODY


def finding_reported(paragraph: ParsedParagraph, verb: Token, edge: str, hop: int) -> bool:
    """Whether quoted words reached from a finding verb's clause by `edge`, `hop` links up, are what the finder
    found: the clause is the verb's own ("the inquiry found that the plans were “unworkable”", "…, the report
    found"), with no object beside it ("she found a reference after being told he was a “…”" is a misparse), and
    the words sit near its verb (FINDING_MAX_HOPS): "found more than 7,000 had come under the scheme for Ruritanian
    “investors”" sets off the name of a thing the finding is about, not the finder's word."""
    return edge == "ccomp" and hop <= FINDING_MAX_HOPS and \
        not any(t.dep == "dobj" for t in paragraph.dependents(verb))


# Verbs of taking a stand on something, whose object the quoted words put as the subject puts it ("welcomed the
# targets “to make further progress”", "questioned “the long-term viability of …”", "sees “the opportunity to …”").
WELCOMING_VERBS = frozenset({"welcome", "question", "applaud", "dispute", "see", "foresee", "envisage"})


# Verbs whose phrase after a preposition is what is spoken of: "spoke of a “new start”", "talked about “fair
# play”", "waxed lyrical on the “brilliant” staff"; "paid tribute to the “quiet courage” of …" with its object
# "tribute".
SPEAKING_OF = {"speak": ("of", "about"), "talk": ("of", "about"), "pay": ("to",), "wax": ("about", "on")}


def words_spoken_of(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                    inside: list[Token]) -> Attribution:
    """"Mr Reed spoke of the council's “common cause” and “steady hand”", "Ms Hale paid tribute to the “quiet
    courage” of the crews", "Hale talked about keeping the “fair deal” for fishermen": quoted words in the phrase after
    "of" or "about" of a verb of speaking or talking (or "to" of paying tribute), through nouns, their conjuncts and
    a gerund's object, are the words of who speaks; not a speaking that did not happen ("might speak", "to speak"),
    one hung as a clause of another verb ("have him speak about the “…”"), a passive, a title in capitals, words in
    a clause describing a noun or in a subject ("the “…” the party meant to hold in the “…”" keeps its second), nor
    a speaker who is no actor of the article ("This lookalike spoke about “…”", a description printed as written)."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not words or all(t.text[:1].isupper() for t in words if t.text[:1].isalpha()):
        return NOBODY
    members = {t.i for t in inside}
    tokens = paragraph.tokens
    node = next((t for t in words if t.head not in members), None)
    for _ in range(STANCE_MAX_HOPS):
        if node is None or node.head == node.i or node.dep not in ("pobj", "pcomp", "conj", "dobj", "amod", "compound"):
            return NOBODY
        node = tokens[node.head]
        if node.dep == "prep":
            break
    else:
        return NOBODY
    verb = tokens[node.head]
    if node.dep != "prep" or not speaks_of(paragraph, verb, node) or verb.pos != "VERB" or \
            verb.dep in ("ccomp", "xcomp") or is_unrealised(paragraph, verb) or is_passive(paragraph, verb) or \
            verb.lemma == "pay" and not any(t.dep == "dobj" and t.lemma == "tribute"
                                            for t in paragraph.dependents(verb)) or \
            context.inside_quote(paragraph_index, verb.idx):
        return NOBODY
    found = speaker_of(context, paragraph_index, verb)
    return replace(found, method="stance", confidence=min(found.confidence, 0.75)) if found.key is not None else NOBODY


# Nouns of something said that a verb of uttering takes as its object ("voiced a wish for …", "launched into a lament
# for …"), those verbs (with the preposition that takes the noun, if any), and the prepositions after the noun that
# hold what was said: the words in that phrase are the subject's.
UTTERED_NOUNS = SPEECH_NOUNS | APPEAL_NOUNS | frozenset({"lament", "wish", "tirade", "rant", "diatribe"})
UTTERING_VERBS = {"voice": (), "express": (), "issue": (), "deliver": (), "utter": (), "repeat": (), "renew": (),
                  "launch": ("into",), "break": ("into",), "go": ("into",)}
UTTERED_PREPOSITIONS = frozenset({"for", "of", "about", "against"})
UTTERED_PATH_DEPS = frozenset({"pobj", "pcomp", "conj", "amod", "compound", "attr", "appos"})


def words_of_uttered_noun(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                          inside: list[Token]) -> Attribution:
    """"Reed voiced a wish for a “strong and fair” port", "Hale launched into a lament for the “forgotten towns” who are
    “left behind”": quoted words in the "for", "of", "about" or "against" phrase of a noun of something said
    (`UTTERED_NOUNS`) that is the object of a verb of uttering (or of its "into": `UTTERING_VERBS`) are the subject's,
    whether the parse hung the phrase from the noun or from the verb; the way up passes nouns, their modifiers and
    conjuncts and a relative clause of "be", never another verb nor a possessed noun ("voiced Hale's wish": Hale's
    words), and the verb must have happened, be active and have a subject the article names; NOBODY otherwise."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not words or all(t.text[:1].isupper() for t in words if t.text[:1].isalpha()):
        return NOBODY
    members = {t.i for t in inside}
    node = next((t for t in words if t.head not in members), None)
    for _ in range(STANCE_MAX_HOPS):
        if node is None or node.head == node.i or not (node.dep in UTTERED_PATH_DEPS or
                                                        node.dep == "relcl" and node.lemma == "be"):
            return NOBODY
        node = paragraph.tokens[node.head]
        if node.dep == "prep":
            break
    else:
        return NOBODY
    noun = uttered_noun_before(paragraph, node)
    verb = uttering_verb(paragraph, noun) if noun is not None else None
    if verb is None or any(t.dep == "poss" for t in paragraph.dependents(noun)) or \
            is_unrealised(paragraph, verb) or is_passive(paragraph, verb) or verb.dep in ("acl", "relcl") or \
            context.inside_quote(paragraph_index, verb.idx):
        return NOBODY
    found = speaker_of(context, paragraph_index, verb)
    return replace(found, method="stance", confidence=min(found.confidence, 0.75)) if found.key is not None else NOBODY


def uttered_noun_before(paragraph: ParsedParagraph, preposition: Token) -> Token | None:
    """The noun of something said (`UTTERED_NOUNS`) whose phrase `preposition` opens (`UTTERED_PREPOSITIONS`): its
    head, or the word right before it when the parse hung it from the verb ("voiced a wish | for …"); None otherwise."""
    if preposition.text.lower() not in UTTERED_PREPOSITIONS or preposition.i == 0:
        return None
    head, before = paragraph.tokens[preposition.head], paragraph.tokens[preposition.i - 1]
    noun = head if head.pos == "NOUN" else before if head.pos == "VERB" and before.pos == "NOUN" else None
    return noun if noun is not None and noun.lemma.lower() in UTTERED_NOUNS else None


def uttering_verb(paragraph: ParsedParagraph, noun: Token) -> Token | None:
    """The verb of uttering (`UTTERING_VERBS`) whose direct object `noun` is, or whose preposition ("launched into")
    takes it; None otherwise."""
    tokens = paragraph.tokens
    if noun.dep == "dobj":
        verb = tokens[noun.head]
        return verb if verb.pos == "VERB" and verb.lemma in UTTERING_VERBS and not UTTERING_VERBS[verb.lemma] else None
    if noun.dep != "pobj":
        return None
    preposition = tokens[noun.head]
    verb = tokens[preposition.head]
    return verb if preposition.dep == "prep" and verb.pos == "VERB" and \
        preposition.text.lower() in UTTERING_VERBS.get(verb.lemma, ()) else None


def coined_by(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token]) -> Attribution:
    """"Maddox has coined a new phrase, “paper patriots,”", "Maddox coined the word “glamping”": quoted words that are
    the object of a verb of coining (`COINING_VERBS`; or its clause, as the parse may read them), or in apposition to
    its object, are the coiner's; not words further down ("coined the phrase “…”, as an amalgam of “…” and “…”"), a
    coining in the passive or not done, nor a coiner the article names no actor for ("The industry has coined the term
    “…”" stays nobody's); NOBODY otherwise."""
    members = {t.i for t in inside}
    node = next((t for t in inside if t.pos != "PUNCT" and t.head not in members), None)
    if node is not None and node.dep == "appos":
        node = paragraph.tokens[node.head]
    verb = paragraph.tokens[node.head] if node is not None and node.dep in ("dobj", "ccomp") else None
    if verb is None or verb.pos != "VERB" or verb.lemma not in COINING_VERBS or is_passive(paragraph, verb) or \
            is_unrealised(paragraph, verb) or context.inside_quote(paragraph_index, verb.idx):
        return NOBODY
    found = speaker_of(context, paragraph_index, verb)
    return found if found.key is not None else NOBODY


def speaks_of(paragraph: ParsedParagraph, verb: Token, preposition: Token) -> bool:
    """Whether `preposition` after `verb` introduces what the verb speaks of: "spoke of", "talked about", "paid
    (tribute) to" (`SPEAKING_OF`), and "went on about" (with its particle: "went about" is setting about)."""
    word = preposition.text.lower()
    if verb.lemma == "go":
        return word == "about" and any(t.head == verb.i and t.dep == "prt" and t.text.lower() == "on"
                                       for t in paragraph.dependents(verb))
    return word in SPEAKING_OF.get(verb.lemma, ())


def spoken_of_in_adverbial_clause(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                  inside: list[Token], governed: Token) -> Attribution | None:
    """"As Hale went on about “how the roads are broken,” and “forgotten towns,” Reed said yes": quoted words inside
    an adverbial clause ("as …", "while …") under the sentence's speech verb, after the preposition of the clause's
    own verb of speaking of something (`speaks_of`), are the words of that clause's subject, not of the main verb's
    (an unresolved subject names nobody); None for words not in such a clause, or in one whose speaking did not
    happen ("as Hale would speak of …")."""
    tokens = paragraph.tokens
    for root in hung_outside(inside):
        node, clause = tokens[root.head], None
        while node.i != governed.i and node.head != node.i:
            if clause is None and node.dep == "advcl" and node.pos == "VERB" and \
                    any(t.dep == "prep" and t.i < inside[0].i and speaks_of(paragraph, node, t)
                        for t in paragraph.dependents(node)):
                clause = node
            node = tokens[node.head]
        if clause is not None and node.i == governed.i and not is_unrealised(paragraph, clause) and \
                not context.inside_quote(paragraph_index, clause.idx):
            found = speaker_of(context, paragraph_index, clause)
            return replace(found, method="stance", confidence=min(found.confidence, 0.75)) if found.key is not None \
                else Attribution(None, None, clause.text.lower(), "stance", 0.0)
    return None


def own_deed_in_their_words(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                            inside: list[Token]) -> Attribution:
    """"Mayor Ann Hale “firmly rejected” the plan", "The Harbour Trust “welcomed” the vote": quoted words holding the
    main verb of the sentence, in the past or present, whose subject before them is a person or a body the article
    names, are that subject's word for what it did; not a verb negated or under a modal, a passive, a subject that is
    no actor ("The code “recognises” …"), nor a verb of a clause something else reports ("claimed the paper “sexed
    up” the story")."""
    words = [t for t in inside if t.pos != "PUNCT"]
    members = {t.i for t in words}
    verb = next((t for t in words if t.head == t.i), None)
    if verb is None or verb.pos != "VERB" or verb.tag not in ("VBD", "VBZ", "VBP") or \
            any(t.head not in members and t.head != t.i for t in words) or \
            is_unrealised(paragraph, verb) or is_passive(paragraph, verb):
        return NOBODY
    subject = next((t for t in paragraph.dependents(verb) if t.i < inside[0].i and t.dep == "nsubj"), None)
    actor = context.actor_at(paragraph_index, subject) if subject is not None and subject.pos == "PROPN" else None
    if actor is None or actor.type not in ("person", "organisation"):
        return NOBODY
    return Attribution(actor.name, actor.key, verb.text.lower(), "stance", 0.75)


def welcomed_in_its_words(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                          inside: list[Token]) -> Attribution:
    """"Dr Ann Reed, secretary of the union, welcomed the targets “to make the service fairer”", "The institute
    questioned “the long-term viability of evening news”", "Northern Bank sees “the opportunity to build value”":
    quoted words that are the direct object of an active verb of welcoming, questioning or foreseeing, or the
    complement of that object, are its subject's words; not a few words (a term), a title, a passive, a verb inside
    a clause describing a noun, nor a subject of several."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if is_short(inside) or all(t.text[:1].isupper() for t in words if t.text[:1].isalpha()):
        return NOBODY
    members = {t.i for t in words}
    tokens = paragraph.tokens
    head = next((t for t in words if t.head not in members and t.head != t.i), None)
    if head is None:
        return NOBODY
    verb = tokens[head.head]
    infinitive = words[0].text.lower() == "to" and head.dep in ("xcomp", "advcl", "acl")
    if (infinitive or head.dep == "prep") and verb.dep == "dobj" and verb.head != verb.i and verb.pos == "NOUN":
        verb = tokens[verb.head]  # "welcomed the targets “to make …”", the words completing the object
    elif head.dep != "dobj" and not infinitive:
        return NOBODY
    if verb.pos != "VERB" or verb.lemma not in WELCOMING_VERBS or is_passive(paragraph, verb) or \
            is_unrealised(paragraph, verb) or verb.dep in ("relcl", "acl") or \
            context.inside_quote(paragraph_index, verb.idx) or coordinated_subject(paragraph, verb):
        return NOBODY
    found = speaker_of(context, paragraph_index, verb)
    return replace(found, method="stance", confidence=min(found.confidence, 0.75)) \
        if found.speaker is not None else NOBODY


def person_set_off_believing(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                             verb: Token) -> Attribution | None:
    """"It is a view shared by Rooney, who believes “if we can get past Milan, we have a great chance”": a verb of
    believing in a relative clause set off by a comma after a person's name, with "who" for its subject, holds that
    person's view in their words (unlike "candidates who think we can “outsource” …", the writer's way of casting a
    kind of people); None otherwise."""
    tokens = paragraph.tokens
    if verb.dep != "relcl" or verb.head == verb.i or verb.lemma not in BELIEVING_VERBS or is_passive(paragraph, verb):
        return None
    pronoun = next((t for t in paragraph.dependents(verb) if t.dep == "nsubj" and t.text.lower() == "who"),
                   None)
    name = tokens[verb.head]
    if pronoun is None or pronoun.i < 2 or tokens[pronoun.i - 1].text != "," or name.pos != "PROPN" or \
            name.i != pronoun.i - 2 or not is_person_at(context, paragraph_index, name):
        return None
    found = source(context, paragraph_index, paragraph, name, verb.text.lower())
    return replace(found, method="stance", confidence=min(found.confidence, 0.75)) \
        if found.speaker is not None else None


def judged_for(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token]) -> Attribution:
    """"Jason faulted British radio for being “too safe”", "The fair lauds him for his “fine debut”":
    quoted words in the "for" phrase of an active verb of praise or blame are how its subject judges, in its own
    words; not when a verb of speech in that phrase reports them as someone else's ("mocked him for calling
    himself a “genius”", the words of the one mocked). NOBODY otherwise."""
    tokens = paragraph.tokens
    node = next(iter(hung_outside(inside, punctuation=False)), None)
    for _ in range(STANCE_MAX_HOPS):
        if node is None or node.head == node.i or node.lemma in SPEECH_VERBS | NAMING_VERBS:
            return NOBODY
        head = tokens[node.head]
        if node.text.lower() == "for" and node.dep == "prep":
            if head.pos != "VERB" or head.lemma not in JUDGING_VERBS or is_passive(paragraph, head) or \
                    context.inside_quote(paragraph_index, head.idx) or coordinated_subject(paragraph, head):
                return NOBODY
            found = speaker_of(context, paragraph_index, head)
            return replace(found, method="stance", confidence=min(found.confidence, 0.75)) \
                if found.speaker is not None else NOBODY
        node = head
    return NOBODY


# Verbs that give their object a name or a grade, the quoted words right after it ("Beruff called Florida's standards
# “strong.”", "the bar association deemed him “well qualified”").
# Not "hail" or "describe", which take no such complement ("hailed the longest growth in “industrial history”").
# ("rat" is the small model's lemma of "rated").
NAMING_OBJECT_VERBS = frozenset({"call", "dub", "label", "term", "brand", "rate", "rat", "deem", "pronounce", "nickname"})
OBJECT_MAX_WORDS = 10  # how many words the named object may take between the verb and the quotation
OBJECT_WORD_TAGS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM", "PART", "CCONJ", "ADP", "PUNCT", "ADV"})


def subject_taken_for_noun(paragraph: ParsedParagraph, verb: Token, inside: list[Token]) -> bool:
    """"Beruff, a Scott ally, called Florida's standards “strong.”", "Sanders' campaign called AP's report a “rush to
    judgment”": a verb the parse took for a participle describing a noun that has no verb of its own but the quoted
    words (the root of the sentence, or the subject of a word quoted) is that noun's verb."""
    noun = paragraph.tokens[verb.head]
    members = {t.i for t in inside}
    return noun.pos in ("NOUN", "PROPN") and (noun.head == noun.i or noun.dep in SUBJECT_DEPS and noun.head in members)


def naming_verb_before(paragraph: ParsedParagraph, opening: int) -> Token | None:
    """The active naming verb (NAMING_OBJECT_VERBS) whose object, a phrase of nouns with no other verb, runs up to the
    opening mark at `opening`; None when the words before the mark end in no noun ("as “…”", "so-called “…”") or the
    verb has no object right after it ("called on leaders “…”")."""
    tokens = paragraph.tokens
    start, _ = sentence_of(paragraph, opening)
    before = [t for t in tokens[start:opening] if t.text != ","][-2:]
    if before and before[-1].pos == "DET":
        before = before[:-1]  # "called AP's report a “rush to judgment”"
    if not before or before[-1].pos not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    for j in range(opening - 1, max(start, opening - OBJECT_MAX_WORDS - 1) - 1, -1):
        verb = tokens[j]
        if verb.pos == "VERB" and verb.lemma in NAMING_OBJECT_VERBS:
            after = tokens[verb.i + 1]
            return verb if after.pos in ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM") and \
                not is_passive(paragraph, verb) else None
        if verb.pos not in OBJECT_WORD_TAGS or verb.text in OPENING or verb.text in CLOSING or verb.text in (";", ":"):
            return None
    return None


def named_after_its_object(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                           inside: list[Token]) -> Attribution:
    """"Beruff, a Scott ally, called Florida's standards “strong.”", "Politifact … rated both aspects of it
    “True.”", "calling him, among other things, “a failed candidate.”": quoted words right after an active naming verb
    and its object are what the verb's subject calls the object, however the parse hung them; not "a class called
    “Perception”" (no object), "as “…”" (`characterisation`), a passive or a naming not done ("would call him a
    “chicken”"), nor a naming in a clause telling a thing's content ("the news that the department deemed them
    “secret”", as the one who tells the news puts it)."""
    tokens = paragraph.tokens
    opening = inside[0].i - 1
    verb = naming_verb_before(paragraph, opening) if opening >= 1 and tokens[opening].text in OPENING else None
    if verb is None or is_unrealised(paragraph, verb) or context.inside_quote(paragraph_index, verb.idx):
        return NOBODY
    if verb.dep == "acl":
        found = source(context, paragraph_index, paragraph, tokens[verb.head], verb.text.lower()) \
            if subject_taken_for_noun(paragraph, verb, inside) else \
            name_before_aside(context, paragraph_index, paragraph, verb, verb) or NOBODY
    else:
        found = speaker_of(context, paragraph_index, verb)
    return replace(found, method="naming", confidence=min(found.confidence, 0.75)) \
        if found.speaker is not None else NOBODY


def coordinated_subject(paragraph: ParsedParagraph, verb: Token) -> bool:
    """Whether a verb's subject has conjuncts ("Only Fools and Horses star David Jason criticised", parsed as three
    subjects): several people, or a title the parse split, whose one speaker the subject alone does not give."""
    subjects = {t.i for t in paragraph.dependents(verb) if t.dep in SUBJECT_DEPS}
    return any(t.dep == "conj" and t.head in subjects for t in paragraph.tokens)


def names_a_thing(inside: list[Token]) -> bool:
    """A few quoted words headed by a common noun ("the charger, nicknamed “power leeches”, according to the
    trust"): a name for a thing, which "according to" does not make anyone's words (unlike "his health is
    “remarkably good”, according to his doctor")."""
    words = [t for t in inside if t.pos != "PUNCT"]
    members = {t.i for t in words}
    head = next((t for t in words if t.head not in members), None)
    return is_short(inside) and head is not None and head.pos == "NOUN"


def is_short(inside: list[Token]) -> bool:
    """A few quoted words that no speech verb governs: a scare quote, a title or a term."""
    return sum(1 for t in inside if t.pos != "PUNCT") <= TERM_MAX_WORDS


def quoted_tokens(span: Span, paragraph: ParsedParagraph) -> list[Token]:
    """`covered_tokens` but the quotation marks."""
    return [t for t in covered_tokens(span, paragraph) if t.text not in OPENING and t.text not in CLOSING]


def covered_tokens(span: Span, paragraph: ParsedParagraph) -> tuple[Token, ...]:
    """The tokens of `paragraph`, one of the span's, whose first character `span` covers, in order."""
    return tokens_between(paragraph, span.start if paragraph.index == span.paragraph else 0,
                          span.end if paragraph.index == span.end_paragraph else len(paragraph.text))


def governing_cue(paragraph: ParsedParagraph, inside: list[Token]) -> tuple[Token, int] | None:
    """The speech verb outside the quote that the quote hangs from in the parse, and how far up it is."""
    if not inside:
        return None
    return nearest_cue(paragraph, hung_outside(inside))


def inner_cue(paragraph: ParsedParagraph, inside: list[Token], governed: Token) -> Token | None:
    """"After Scalia said they might do better at “less advanced schools,” Trump said: …": a speech verb the
    quotation's words hang from, inside the clause of the one the parse reached through its punctuation (a comma
    the parse hung from the next verb), is the nearer attribution; None when there is no such verb or the words
    reach it only through a phrase of time or cause (`through_a_circumstance`)."""
    words = hung_outside(inside, punctuation=False)
    found = nearest_cue(paragraph, words)
    if found is None or found[0].i == governed.i or \
            not (dominates(paragraph, governed, found[0]) or
                 reached_through_closing_mark(paragraph, inside, governed, found[0])) \
            or is_unrealised(paragraph, found[0]) or through_a_circumstance(paragraph, inside, found[0]) or \
            bound_in_a_text(paragraph, found[0]):
        return None  # "… said he expected that Americans will say “no” to …": a saying to come is no one's words
    return found[0]


def reached_through_closing_mark(paragraph: ParsedParagraph, inside: list[Token], governed: Token, inner: Token) -> bool:
    """"Hale has called for the files to be published, even those the council says are “strictly confidential.”": the
    quotation reaches the sentence's main verb only through the stop the parse hung from it, so a speech verb its
    words hang from is theirs, even in a clause describing a noun (which `dominates` refuses); not a clause whose
    relative pronoun is no subject ("backed Reed, whom she describes as having “a builder's patience.”": the words
    describe the one the clause is about)."""
    members = {t.i for t in inside}
    if inner.dep == "acl" or any(t.head == inner.i and t.dep != "nsubj" and t.text.lower() in ("whom", "which", "that")
                                 for t in paragraph.tokens):
        return False  # nor a participle ("criticised the scheme for savers saying they wanted “…”": the critic's)
    hung = [t for t in inside if t.head == governed.i]
    return governed.head == governed.i and all(t.pos == "PUNCT" for t in hung) and \
        any(t.text in (".", "!", "?") for t in hung) and \
        not any(t.head == governed.i and t.i not in members and t.i > inside[-1].i and t.pos != "PUNCT"
                for t in paragraph.tokens)


def dominates(paragraph: ParsedParagraph, upper: Token, lower: Token) -> bool:
    """Whether `upper` is on the path from `lower` up to the root of the parse, through no clause describing a noun
    (a relative clause, "Christie, whom he describes as …", or a participle, "attacked the plans for pensioners
    saying …", where the parse may have hung the speaker's participle from the noun)."""
    node = lower
    for _ in range(len(paragraph.tokens)):
        if node.head == node.i or node.dep in ("relcl", "acl"):
            return False
        node = paragraph.tokens[node.head]
        if node.i == upper.i:
            return True
    return False


def hung_outside(inside: Sequence[Token], punctuation: bool = True) -> list[Token]:
    """The quoted words whose head lies outside the quotation: where the parse links it to its sentence (without
    the quotation's punctuation when `punctuation` is False)."""
    members = {t.i for t in inside}
    return [t for t in inside if t.head not in members and t.head != t.i and (punctuation or t.pos != "PUNCT")]


def nearest_cue(paragraph: ParsedParagraph, roots: list[Token]) -> tuple[Token, int] | None:
    """The nearest speech verb up the parse from any of `roots` (a quotation's tokens whose heads are outside it),
    and how many hops up it is."""
    tokens = paragraph.tokens
    best: tuple[Token, int] | None = None
    for root in roots:
        node, hops, edge, child = tokens[root.head], 0 if root.dep == "conj" else 1, root.dep, root
        while hops <= MAX_HOPS:
            if is_cue(node, edge, hops, tokens, child) and not judged_claim(tokens, node, child):
                if best is None or hops < best[1]:
                    best = (node, hops)
                break
            if node.head == node.i:
                break
            # A list of quoted items ("a “liar” and a “bully”") hangs from its first item: no extra hop.
            node, hops, edge, child = tokens[node.head], hops + (0 if node.dep == "conj" else 1), node.dep, node
    return best


# Nouns of what someone says or holds true that a verb of judging can take as its object with the claim's clause
# ("dismissed claims that …", "rejected suggestions that …", "ridiculed the idea that …").
CLAIM_NOUNS = SPEECH_NOUNS | frozenset({"suggestion", "allegation", "report", "speculation", "charge", "idea", "notion",
                                        "rumour", "rumor", "talk", "criticism", "fear", "view", "belief", "impression"})


def judged_claim(tokens: Sequence[Token], verb: Token, child: Token) -> bool:
    """"Tory leader Michael Howard has dismissed claims that his policy was “moving onto the turf” of the BNP": quoted
    words in the clause of a claim that a verb of judging takes as its object are the claim's, whoever made it, not
    the words of the one who judges it; such a verb is no cue for them (True). A claim with an owner ("Labour's claim
    that …") is the owner's words, found at the noun before the verb is reached (`is_cue`)."""
    return verb.pos == "VERB" and verb.lemma in JUDGING_VERBS and child.dep == "dobj" and \
        child.lemma.lower() in CLAIM_NOUNS and any(t.head == child.i and t.i != child.i and t.dep in ("acl", "ccomp")
                                                  and t.i > child.i for t in tokens)


MODALS = frozenset({"can", "could", "would", "should", "will", "shall", "may", "might", "must"})


def is_unrealised(paragraph: ParsedParagraph, verb: Token) -> bool:
    """A speech verb that reports no words said: negated, under a modal or an infinitive ("cannot say", "will
    say", "expects Obama to announce")."""
    helpers = [t for t in paragraph.dependents(verb) if t.dep in ("neg", "aux")]
    if any(t.lemma.lower() == "have" for t in helpers):
        return False  # "is reported to have called them “free riders”": said
    return any(t.dep == "neg" or t.lemma.lower() in MODALS or t.text.lower() == "to" for t in helpers)


# Nouns that count people ("one quarter said they …"): the people counted speak, not a thing.
QUANTITY_NOUNS = frozenset({"quarter", "half", "third", "fifth", "majority", "minority", "percent", "%", "share",
                            "proportion", "number", "plurality", "rest"})


def said_by_a_thing(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token) -> bool:
    """"the interviews suggested that companies had “adjusted”": a speech verb whose subject is a common noun that
    names nobody who speaks (no person, body or document), so the words are those of whoever reports it."""
    subject = next((t for t in paragraph.dependents(verb) if t.dep == "nsubj"), None)
    return subject is not None and subject.pos == "NOUN" and not subject.ent_type and not is_person_noun(subject) and \
        subject.lemma.lower() not in QUANTITY_NOUNS and \
        not is_group_noun(subject) and context.actor_at(paragraph_index, subject) is None and \
        not context.inside_quote(paragraph_index, subject.idx)


# Verbs of binding oneself to a deed ("agrees to", "pledges to"), and nouns of a text that binds its parties (with the
# documents of DOCUMENT_NOUNS): a text that "says" someone so binds themselves gives its own wording.
BINDING_VERBS = frozenset({"agree", "pledge", "promise", "vow", "undertake", "commit"})
BINDING_TEXT_NOUNS = DOCUMENT_NOUNS | frozenset({"constitution", "treaty", "charter", "law", "act", "accord",
                                                 "agreement", "pact", "clause", "article", "amendment", "deal"})


def bound_in_a_text(paragraph: ParsedParagraph, verb: Token) -> bool:
    """"the charter says that Freedonia agrees to “renounce war”": a verb of binding oneself (BINDING_VERBS) in a clause
    that a speech verb reports whose subject is a binding text or document (BINDING_TEXT_NOUNS) or an "it": the words
    are the text's wording, not those of the party it binds."""
    if verb.lemma not in BINDING_VERBS or verb.dep != "ccomp" or verb.head == verb.i:
        return False
    above = paragraph.tokens[verb.head]
    subject = next((t for t in paragraph.dependents(above) if t.dep == "nsubj"), None)
    return above.lemma in SPEECH_VERBS and above.pos in ("VERB", "AUX") and subject is not None and \
        (subject.text.lower() == "it" or subject.pos == "NOUN" and subject.lemma.lower() in BINDING_TEXT_NOUNS)


def speech_reported_unsaid(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                           governed: tuple[Token, int]) -> tuple[Token, int]:
    """"Lewandowski added that Comey cannot say that “…”", "Clinton says she expects Obama to announce an “…”":
    quoted words under a speech verb that reports nothing said (negated, modal, infinitive) are the words of the
    one whose speech verb, outside quotations, reports that clause; the cue passes up to that verb."""
    cue, hops = governed
    if not is_unrealised(paragraph, cue) and not said_by_a_thing(context, paragraph_index, paragraph, cue) and \
            not bound_in_a_text(paragraph, cue):
        return governed
    node = cue
    for step in range(1, MAX_HOPS):
        if node.head == node.i or node.dep not in ("ccomp", "xcomp", "conj", "advcl", "parataxis") and \
                not object_of_unsaid_chain(node):
            return governed
        node = paragraph.tokens[node.head]
        if node.pos in ("VERB", "AUX") and node.lemma in SPEECH_VERBS and node.dep != "relcl" and \
                not context.inside_quote(paragraph_index, node.idx) and not is_unrealised(paragraph, node):
            return node, hops + step
    return governed


# Verbs of holding back from saying something ("refused to say", "declined to call it", "avoided saying").
REFUSING_VERBS = frozenset({"refuse", "decline", "avoid", "fail", "hesitate"})


def words_not_said(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """"Hale refused to say the words “tax rise”", "Reed has never called it “a crisis”": a quoted phrase (no verb in
    it) that the speech verb right above it, with no verb between and no speech verb above to report the clause
    (`speech_reported_unsaid`), says was not said is nobody's words, neither the verb's subject's nor those of a
    clause the phrase belongs to ("in declining to say “…”, the council admits …"). Not a clause ("had not called
    for it since she felt “the town needs …”"), nor a negation inside the quotation that the parse hung from the
    verb ("“Absolutely not,” she said"). The verb is the one the words themselves hang from, not one the parse reached
    through the quotation's punctuation ("in declining to use the phrase “…,” they admit …")."""
    own = nearest_cue(paragraph, hung_outside(inside, punctuation=False))
    if own is None or speech_reported_unsaid(context, paragraph_index, paragraph, own)[0].i != own[0].i:
        return False
    cue = own[0]
    if cue.pos not in ("VERB", "AUX") or cue.lemma not in SPEECH_VERBS or \
            any(t.pos in ("VERB", "AUX") for t in inside) or not hangs_without_verb(paragraph, inside, cue):
        return False
    if any(t.head == cue.i and t.dep == "neg" and t.i != cue.i and not context.inside_quote(paragraph_index, t.idx)
           for t in paragraph.tokens):
        return True
    return cue.dep == "xcomp" and cue.head != cue.i and paragraph.tokens[cue.head].lemma in REFUSING_VERBS


def hangs_without_verb(paragraph: ParsedParagraph, inside: list[Token], cue: Token) -> bool:
    """Whether the quoted words reach `cue` up the parse through no other verb ("say the words “…”")."""
    for root in hung_outside(inside):
        node = paragraph.tokens[root.head]
        while node.i != cue.i and node.head != node.i and node.pos not in ("VERB", "AUX"):
            node = paragraph.tokens[node.head]
        if node.i == cue.i:
            return True
    return False


# Prepositions of a phrase telling when or why something happened ("released after “intensive discussions”"): what
# they quote is no complement of the verb above them.
CIRCUMSTANCE_OF_EVENT = frozenset({"after", "before", "following", "despite", "amid", "during", "until"})


def shown_speaking(context: Context, paragraph_index: int, paragraph: ParsedParagraph, cue: Token) -> Attribution | None:
    """"The ad uses footage of Ann Hale asking, “Why am I not ahead?”", "an account of Hale telling an aide to “go
    home”", "it reminds me of Reed saying that “…”": a speech verb's participle right after a person's name that is
    the object of "of" has that person for its subject, wherever the parse hung the participle (here from "uses",
    whose subject is the ad); None otherwise."""
    if cue.tag != "VBG" or cue.i == 0:
        return None
    name = paragraph.tokens[cue.i - 1]
    if name.pos != "PROPN" or name.dep != "pobj" or paragraph.tokens[name.head].text.lower() != "of":
        return None
    actor = context.actor_at(paragraph_index, name)
    if actor is None or actor.type != "person":
        return None
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.9)


def speech_around_a_circumstance(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                 inside: list[Token], governed: tuple[Token, int]) -> tuple[Token, int]:
    """"Jack Straw told the Commons that the US had agreed to release the four after “intensive and complex
    discussions”": quoted words in a phrase of time or cause ("after …", "despite …") under a speech verb that is
    itself part of what another speech verb reports are the words of that outer speaker, not of the inner
    verb's subject; the cue passes up to the outer verb. Otherwise `governed` stands."""
    cue, hops = governed
    if cue.dep != "ccomp" or cue.head == cue.i or not through_a_circumstance(paragraph, inside, cue):
        return governed
    outer = paragraph.tokens[cue.head]
    if outer.pos not in ("VERB", "AUX") or outer.lemma not in SPEECH_VERBS or \
            context.inside_quote(paragraph_index, outer.idx) or is_unrealised(paragraph, outer):
        return governed
    return outer, hops + 1


def through_a_circumstance(paragraph: ParsedParagraph, inside: list[Token], cue: Token) -> bool:
    """Whether the quoted words reach `cue` up the parse through a phrase of time or cause ("after …")."""
    for root in hung_outside(inside):
        node, circumstance = paragraph.tokens[root.head], False
        while node.i != cue.i and node.head != node.i:
            circumstance = circumstance or node.dep == "prep" and node.text.lower() in CIRCUMSTANCE_OF_EVENT
            node = paragraph.tokens[node.head]
        if circumstance and node.i == cue.i:
            return True
    return False


def object_of_unsaid_chain(node: Token) -> bool:
    """"… planned to use the proceeds to fight violence and to counter “…”": a noun that an infinitive is coordinated
    with, as the object of the verb before it, is a step up to the verb that reports the whole."""
    return node.pos == "NOUN" and node.dep == "dobj"


def is_cue(node: Token, edge: str, hops: int, tokens: Sequence[Token], child: Token | None = None) -> bool:
    """Whether the quote, reached over `edge` (from `child`) at `hops` from it, is something `node` reports."""
    if edge in SUBJECT_DEPS:
        return False  # the quote is part of the subject ("“Lord of the Rings” said to be…")
    if reads_out(node, tokens) or speech_verb_taken_for_noun(node, tokens) is not None:
        return True
    if answers_back(node, tokens):
        return True
    if node.pos in ("VERB", "AUX") and node.lemma in SPEECH_VERBS:
        # "would continue to make “every lawful move”": continuing to do something is not speaking
        return not (node.lemma == "continue" and any(t.head == node.i and t.dep == "xcomp" for t in tokens)) and \
            not calling_at_a_time(node, child)
    if node.pos == "VERB" and node.lemma in JUDGING_VERBS and hops <= TERM_MAX_HOPS:
        return True
    if speaks_with_particle(node, tokens) or believing_set_off(node, edge, tokens):
        return True
    # A noun reports the clause it introduces ("claim that …"), not a phrase after it ("response to …").
    return node.pos == "NOUN" and any(t.head == node.i and t.dep == "poss" and t.i != node.i for t in tokens) and (
        node.lemma in SPEECH_NOUNS | FINDING_NOUNS | APPEAL_NOUNS and edge in ("acl", "ccomp", "appos") or
        words_of_speech_noun(node, edge, hops, child))


def calling_at_a_time(verb: Token, child: Token | None) -> bool:
    """"Hale said the council's officers were calling “every ten minutes.”": a time the parse made the object of
    "call" says how often someone telephoned, not what they called anything; the words are whoever reports it."""
    return verb.lemma == "call" and child is not None and child.head == verb.i and child.dep == "dobj" and \
        (child.ent_type in ("TIME", "DATE") or child.lemma.lower() in TIME_UNITS)


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})


def words_of_speech_noun(node: Token, edge: str, hops: int, child: Token | None) -> bool:
    """"Reed called the mayor's assertion of a “duty of care” absurd", "voters prefer Reed's call for “renewal”": the
    quoted words that are the object of an "of" phrase of a possessed noun of speech, or of the "for" phrase of a
    possessed noun of asking (`APPEAL_NOUNS`), are what the possessor said (the caller only judges them); not words
    hung lower down ("… of a “duty of care” over the park “plainly absurd”", the parse's), nor another preposition's
    ("her reply to the “open letter”", whose words are the letter's)."""
    if edge != "prep" or hops != 2 or child is None:
        return False
    word = child.text.lower()
    return node.lemma in SPEECH_NOUNS and word == "of" or node.lemma in APPEAL_NOUNS and word == "for"


def joined_after_dashes(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """"Ms Park has tried twice to relaunch Orbit - which ran for ten years before folding - but conceded both efforts
    had been “dismal failures”": a verb joined by "and" or "but" right after the closing dash of a relative clause
    set off by dashes, which the parse joined to that clause's verb, goes with the clause the dashes interrupt: the
    nearest verb with a subject above the noun the relative clause describes ("tried", over "relaunch"); None
    otherwise."""
    tokens = paragraph.tokens
    clause = tokens[cue.head]
    if clause.dep != "relcl" or clause.head == clause.i or clause.i >= cue.i:
        return None
    noun = tokens[clause.head]
    between = tokens[clause.i + 1:cue.i]
    closing = next((t for t in reversed(between) if t.text in DASHES), None)
    if closing is None or any(t.pos in ("VERB", "AUX") and t.head == cue.i for t in between) or \
            not any(t.text in DASHES for t in tokens[noun.i + 1:clause.i]) or \
            any(t.pos not in ("CCONJ", "PUNCT") for t in tokens[closing.i + 1:cue.i]):
        return None
    node = noun
    for _ in range(STANCE_MAX_HOPS):
        if node.head == node.i:
            return None
        node = tokens[node.head]
        if node.pos in ("VERB", "AUX") and any(t.dep in SUBJECT_DEPS for t in paragraph.dependents(node)):
            return node
    return None


def participle_joined_inside_report(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """"Reed had praised the port, stating there was a benefit to trade and chiding the press for “…”": a participle
    joined by "and" to a verb inside the clause a participle set off after a comma reports ("trade", in what "stating"
    reports) shares that participle's subject, whichever the parse meant (said alongside it, or inside what it
    reports, the words are the same speaker's): that set-off speech participle; None for a participle joined to
    another set-off participle (the usual reading) or when no set-off speech participle reports the clause."""
    tokens = paragraph.tokens
    if cue.tag != "VBG" or cue.dep != "conj" or cue.head == cue.i or tokens[cue.head].dep in ("advcl", "conj"):
        return None
    above = speech_verb_far_above(paragraph, cue)
    if above is None or above.tag != "VBG" or above.dep != "advcl" or above.i < 1 or \
            tokens[above.i - 1].text != ",":
        return None
    return above


def speech_around_set_off_participle(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                     cue: Token) -> Token | None:
    """"Mara said it was much too early to speculate on any of it, hoping only that “the truth will come out”": the
    speech verb whose reported clause holds a participle of believing set off by a comma (`believing_set_off`), through
    verbs and words that have no subject of their own ("speculate", "early"), up to the first clause with one ("it
    was"); None when there is none, or a clause on the way has a subject of its own that is a person or a name."""
    tokens = paragraph.tokens
    if not (cue.tag == "VBG" and cue.i > 0 and tokens[cue.i - 1].text == "," and cue.dep == "advcl"):
        return None
    node = cue
    for _ in range(STANCE_MAX_HOPS):
        if node.head == node.i or node.dep not in ("advcl", "xcomp", "acomp", "ccomp"):
            return None
        upper = tokens[node.head]
        if node.dep == "ccomp" and upper.pos == "VERB" and upper.lemma in SPEECH_VERBS and \
                not context.inside_quote(paragraph_index, upper.idx):
            return upper
        subject = next((t for t in paragraph.dependents(upper) if t.dep in SUBJECT_DEPS), None)
        if subject is not None and (subject.pos == "PROPN" or subject.text.lower() in PERSON_PRONOUNS or
                                    is_person_noun(subject)):
            return None  # "Hale said Reed was wrong, hoping …": who hopes is not clear
        node = upper
    return None


def believing_set_off(verb: Token, edge: str, tokens: Sequence[Token]) -> bool:
    """"Mara said it was much too early to speculate on any of it, hoping only that “the truth will come out”": a
    participle of believing set off by a comma reports the clause it holds, in the words of whoever the participle
    is said of (not a speech verb further up, "speculate", whose subject the sentence leaves out)."""
    lemma = "hope" if verb.text.lower() == "hoping" else verb.lemma  # the small model's lemma of "hoping" is "hop"
    return verb.pos == "VERB" and verb.tag == "VBG" and lemma in BELIEVING_VERBS and edge == "ccomp" and \
        verb.i > 0 and tokens[verb.i - 1].text == ","


def answers_back(verb: Token, tokens: Sequence[Token]) -> bool:
    """"Clinton fired back that the “people of New York voted for me twice”", "“…,” Hale shot back": firing, shooting
    or hitting back is answering in words."""
    return verb.pos == "VERB" and verb.lemma in ("fire", "shoot", "hit") and \
        any(t.head == verb.i and t.dep in ("prt", "advmod") and t.text.lower() == "back" for t in tokens)


# Verbs that are speech only with their particle ("pointed out that …", "spelt out how …"; not "pointed at").
PHRASAL_SPEECH_VERBS = {"point": "out", "spell": "out"}


def speaks_with_particle(verb: Token, tokens: Sequence[Token]) -> bool:
    """Whether a verb is a phrasal verb of speech with its particle ("He pointed out that the bands were signed to
    indies"), which reports the clause after it like "said"."""
    particle = PHRASAL_SPEECH_VERBS.get(verb.lemma)
    return verb.pos == "VERB" and particle is not None and any(
        t.head == verb.i and t.dep == "prt" and t.text.lower() == particle for t in tokens)


def goes_on(verb: Token, tokens: Sequence[Token]) -> bool:
    """"“…,” Trump went on, as if he didn't hear her": going on after a quotation is saying more."""
    return verb.lemma == "go" and verb.i > 1 and tokens[verb.i - 1].pos in ("PROPN", "PRON", "NOUN") and \
        any(t.head == verb.i and t.dep == "prt" and t.text.lower() == "on" for t in tokens) and \
        any(t.text in CLOSING for t in tokens[max(0, verb.i - 4):verb.i])


def reads_out(verb: Token, tokens: Sequence[Token]) -> bool:
    """"“…,” the editorial reads", "“…,” read the statement": a document reads what it says; not a person
    reading one ("Hale read the report"), whose words they are not. A past "read" the tagger took for a noun is
    `speech_verb_taken_for_noun`'s."""
    def document(token: Token) -> bool:
        inverted = token.dep == "dobj" and token.i > verb.i and tokens[verb.i - 1].text in CLOSING | {","}
        return token.head == verb.i and token.i != verb.i and (token.dep == "nsubj" or inverted) and \
            token.lemma.lower() in DOCUMENT_NOUNS
    return verb.lemma == "read" and verb.pos == "VERB" and any(document(t) for t in tokens)


def speech_verb_taken_for_noun(verb: Token, tokens: Sequence[Token]) -> Token | None:
    """A speech verb closing a sentence right after its subject, which the tagger took for a noun (the subject then
    its adjective, compound or number): a past "read" after a document noun (DOCUMENT_NOUNS: "“…,” the editorial
    read."), or, right after a quotation and a comma, a present speech verb agreeing with the word before it
    (`agrees_as_subject`: "“…,” the two write.", "“…,” Hale tweets."); the subject's word, None otherwise."""
    if verb.pos != "NOUN" or verb.i < 1 or verb.i + 1 >= len(tokens) or tokens[verb.i + 1].text not in (".", "!", "?"):
        return None
    subject = tokens[verb.i - 1]
    if subject.head != verb.i or subject.dep not in ("nsubj", "amod", "compound", "nummod"):
        return None
    if verb.text.lower() == "read":
        return subject if subject.lemma.lower() in DOCUMENT_NOUNS and subject.dep != "nummod" else None
    start = verb.i - 1
    while start > 0 and tokens[start - 1].dep in SUBJECT_WORD_DEPS and start <= tokens[start - 1].head <= verb.i:
        start -= 1  # a word of the subject hangs from a later word of it or from the verb
    after_quotation = start >= 2 and tokens[start - 1].text in CLOSING and tokens[start - 2].text in (",", "?", "!")
    return subject if after_quotation and verb.lemma in SPEECH_VERBS and agrees_as_subject(verb, subject) else None


# The words of a subject before its last ("the", "the newspaper's", "two"), which the tagger hung from a speech verb
# it took for a noun or from one another.
SUBJECT_WORD_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "case"})


def agrees_as_subject(verb: Token, subject: Token) -> bool:
    """Whether a present speech verb's form agrees with the word before it as its subject, so the two are not a noun
    phrase: the plain form after a plural ("the two write", "the senators note"), the form in -s after one person
    or thing ("Hale writes", "the governor counters"); not "the two notes", "the senator note"."""
    plural = subject.tag in ("NNS", "NNPS") or subject.text.lower() in COUNT_WORDS
    if verb.text.lower() == verb.lemma:
        return plural
    return verb.text.lower() in (verb.lemma + "s", verb.lemma + "es") and not plural and \
        subject.tag in ("NN", "NNP")


def subject_reading(paragraph: ParsedParagraph, verb: Token, subject: Token) -> ParsedParagraph:
    """The paragraph as it reads with a speech verb the tagger took for a noun (`speech_verb_taken_for_noun`)
    mended: the word before it its subject, and the words before that the parse hung from the verb ("the", "the
    newspaper's") the subject's own."""
    past = verb.text.lower() == "read"
    def mended(token: Token) -> Token:
        if token.i == subject.i:
            return replace(token, dep="nsubj") if token.pos in ("PROPN", "NUM") else \
                replace(token, pos="NOUN", tag=token.tag if token.tag in ("NN", "NNS") else "NN", dep="nsubj")
        if token.i == verb.i:
            tag = "VBD" if past else "VBP" if verb.text.lower() == verb.lemma else "VBZ"
            return replace(token, pos="VERB", tag=tag)
        if token.head == verb.i and token.i < subject.i and token.dep in SUBJECT_WORD_DEPS:
            return replace(token, head=subject.i)
        return token
    return replace(paragraph, tokens=tuple(mended(t) for t in paragraph.tokens))


def is_term(inside: list[Token], hops: int, cue: Token) -> bool:
    """A short quoted noun phrase not directly governed by speech: a scare quote or a title."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not words or len(words) > TERM_MAX_WORDS or any(t.pos in ("VERB", "AUX") for t in words):
        return False
    if not any(t.pos in ("NOUN", "PROPN") for t in words):
        return False
    if (cue.lemma in NAMING_VERBS or cue.lemma in JUDGING_VERBS or cue.pos == "NOUN") and hops <= TERM_MAX_HOPS:
        return False
    # words inside what a speech verb reports ("Rubio said Biden passed “hundreds of bills”", "Mr Howard has
    # said Britain should take its share of “genuine refugees”") are its speaker's; not those of a question
    # put to someone ("Asked if this was the party's “decapitation strategy”, Lord Rennard said …")
    head = next((t for t in words if t.head not in {w.i for w in words}), words[-1])
    named = head.dep in ("pobj", "compound")
    if cue.lemma == "ask" and cue.tag == "VBN":
        return True
    if cue.pos in ("VERB", "AUX") and cue.lemma in SPEECH_VERBS and cue.lemma != "ask":
        # but a bare noun compound after a preposition names a thing ("their response to a “terms sheet”")
        return named and all(t.pos in ("NOUN", "PROPN") for t in words)
    return named or hops > TERM_MAX_HOPS


TITLE_MAX_WORDS = 6  # a few capitalised quoted words are a title ("“Commander-In-Chief”"), not words said
DEEP_MAX_HOPS = 14  # how far up the parse `deep_in_what_is_said` looks for the speech verb


def speech_verb_far_above(paragraph: ParsedParagraph, node: Token) -> Token | None:
    """The first speech verb up the parse from `node` within DEEP_MAX_HOPS; None when the way there leaves a clause's
    subject ("a claim by Hain that the Tory leader is an “attack mongrel” shows Labour is rattled, Howard said": the
    claim's words), a clause describing a noun that has a subject of its own ("the news that the department deemed
    them “top secret”", as the news has it) or names it (`names_the_noun`), or the writer's aside after a dash
    ("… an interview with the “…” — a play on the phrase “…”"); an infinitive or a participle describing a noun
    passes ("Reed said the rally was a chance to talk about the plans in contrast to “…”": Reed's words)."""
    for _ in range(DEEP_MAX_HOPS):
        if node.head == node.i or node.dep in SUBJECT_DEPS or \
                node.dep == "acl" and (clause_of_its_own(paragraph, node) or names_the_noun(node)) or \
                node.dep == "appos" and any(t.text in DASHES for t in paragraph.tokens[node.head + 1:node.i]):
            return None
        node = paragraph.tokens[node.head]
        if node.pos == "VERB" and node.lemma in SPEECH_VERBS:
            return node
    return None


# Participles that give a noun its name ("a scheme known as “…”", "a group named “…”"): the name is nobody's words.
NAMING_PARTICIPLES = frozenset({"know", "name", "title", "entitle", "bill", "style", "nickname", "dub", "call", "label",
                                "term", "brand"})


def clause_of_its_own(paragraph: ParsedParagraph, verb: Token) -> bool:
    """Whether a clause describing a noun has a subject or a conjunction of its own ("the news that the department
    deemed …", "the day when …"), rather than being an infinitive or a participle of no subject ("a chance to talk
    about …", "those worried by …")."""
    return any(t.dep in SUBJECT_DEPS or t.dep in ("mark", "advmod") and t.tag in ("IN", "WRB", "WDT")
               for t in paragraph.dependents(verb))


def names_the_noun(verb: Token) -> bool:
    """Whether a participle describing a noun gives it a name ("a scheme known as “…”")."""
    return verb.lemma.lower() in NAMING_PARTICIPLES


def deep_in_what_is_said(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                         inside: list[Token]) -> Attribution:
    """"Reed said he was ashamed to be a member of a party whose leadership had “gone AWOL” after the elections",
    "Trump said he holds Clinton responsible for the crisis that led to “hundreds of thousands or maybe millions” of
    refugees": quoted words deep inside what an active speech verb reports, further up the parse than MAX_HOPS
    (`speech_verb_far_above`), are its speaker's; not a title ("“Commander-In-Chief”"), nor words naming a kind of
    thing ("a “smart acquisition” policy", "campaign for a “no” vote")."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if not words or len(words) <= TITLE_MAX_WORDS and all(t.text[:1].isupper() for t in words if t.text[:1].isalpha()):
        return NOBODY
    members = {t.i for t in inside}
    head = next((t for t in words if t.head not in members), words[0])
    if quoted_modifier(paragraph, words, head):
        head = paragraph.tokens[head.head]  # "it said the waves would have a “significant” impact": the noun's way up
    verb = None if head.dep in ("amod", "compound", "nmod", "det", "poss", "nummod") else \
        speech_verb_far_above(paragraph, head)
    if verb is None or verb.lemma in ADDRESSING_VERBS - {"tell"} and not called_for(paragraph, verb, head) or \
            verb.lemma == "continue" or \
            is_passive(paragraph, verb) or is_unrealised(paragraph, verb) or verb.dep in ("acl", "relcl") or \
            context.inside_quote(paragraph_index, verb.idx):
        return NOBODY
    found = speaker_of(context, paragraph_index, verb)
    return found if found.speaker is not None else NOBODY


def said_below_quoted_root(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                           inside: list[Token]) -> Attribution:
    """"Norvale Rail said the service, open only in Ohio, “saves hours”": where the parse made the quoted verb the
    sentence's root and hung the speech verb before the quotation from it as the clause it reports, the words are
    what that verb's subject said; not a speech verb passive, not done, inside a quotation or without a subject of
    its own before it (a "there" counts). NOBODY otherwise."""
    root = next((t for t in inside if t.head == t.i), None)
    if root is None or root.pos not in ("VERB", "AUX"):
        return NOBODY
    verb = next((t for t in paragraph.dependents(root) if t.dep in ("ccomp", "parataxis") and
                 t.i < inside[0].i and t.pos == "VERB" and t.lemma in SPEECH_VERBS), None)
    if verb is None or is_passive(paragraph, verb) or is_unrealised(paragraph, verb) or \
            context.inside_quote(paragraph_index, verb.idx) or \
            not any(t.dep in ("nsubj", "expl") and t.i < verb.i for t in paragraph.dependents(verb)):
        return NOBODY
    found = speaker_of(context, paragraph_index, verb)
    return found if found.speaker is not None else NOBODY


def called_for(paragraph: ParsedParagraph, verb: Token, node: Token) -> bool:
    """Whether `node` reaches `verb`, "call", through its "for" ("called for a redoubling of efforts to move to a
    “…”"): an appeal put in the caller's words, not someone addressed."""
    if verb.lemma != "call":
        return False
    link = link_below(paragraph, node, verb.i)
    return link is not None and link.dep == "prep" and link.text.lower() == "for"


def quoted_modifier(paragraph: ParsedParagraph, words: list[Token], head: Token) -> bool:
    """"the firm said the waves would have a “significant” impact", "she stated that Reed's “divisive” remarks …":
    quoted words that are only an adjective (with its adverbs or a second adjective joined to it) describing a noun
    outside the quotation, in lower case; not one after "so-called" (the writer's distance from the word)."""
    if head.dep != "amod" or head.pos != "ADJ" or head.head == head.i or \
            any(t.pos not in ("ADJ", "ADV", "CCONJ") or t.text[:1].isupper() for t in words):
        return False
    before = paragraph.tokens[words[0].i - 2] if words[0].i >= 2 else None
    return before is None or before.text.lower() not in ("so-called", "called")


def common_words_reported(paragraph: ParsedParagraph, inside: list[Token], cue: Token) -> bool:
    """"Millis said Carson had been led astray by “insiders”", "Devine said Republicans are engaged in misguided
    “mischief”": a few quoted words in lower case after a preposition, inside what an active speech verb reports, are
    its speaker's words, not a name for a thing as a capitalised title is ("said on MSNBC's “Morning Joe”"); not words
    in the subject of the clause reported ("This aspect of “community” is crucial …, said the panel"), nor a thing the
    writer goes on to describe ("their response to a “terms sheet” that was presented to them"), nor under a speech
    verb the parse hung from a noun or one that reports no words ("would not comment on “market speculation”")."""
    words = [t for t in inside if t.pos != "PUNCT"]
    if cue.pos != "VERB" or cue.lemma not in SPEECH_VERBS or cue.lemma == "ask" or cue.dep == "acl" or \
            is_passive(paragraph, cue) or is_unrealised(paragraph, cue) or any(t.text[:1].isupper() for t in words):
        return False
    members = {t.i for t in words}
    node = next((t for t in words if t.head not in members), words[-1])
    if any(t.dep == "relcl" for t in paragraph.dependents(node)):
        return False
    while node.i != cue.i and node.head != node.i:
        if node.dep in SUBJECT_DEPS:
            return False
        node = paragraph.tokens[node.head]
    return node.i == cue.i


def stands_alone(first: ParsedParagraph, inside_first: list[Token], last: ParsedParagraph,
                 inside_last: list[Token]) -> bool:
    """True when the quote is a clause of its own rather than words inside someone's sentence."""
    if not inside_first:
        return False
    start, _ = sentence_of(first, inside_first[0].i)
    before = [t for t in first.tokens[start:inside_first[0].i] if t.pos != "PUNCT" and t.text not in OPENING]
    if before and first.tokens[inside_first[0].i - 1].text not in OPENING:
        return False
    opening = inside_first[0].i - 1
    if opening >= 2 and first.tokens[opening - 1].text in {",", ":"} and \
            first.tokens[opening - 2].lemma in SPEECH_VERBS:
        return True  # "Douglas Brinkley, a historian, recalled, “…”"
    if before:
        # "X said late Monday: “…”" and "“…,” X said. “…”": words before the quote introduce it.
        colon = any(t.text == ":" for t in first.tokens[start:inside_first[0].i])
        words_inside = sum(1 for t in inside_first if t.pos != "PUNCT")
        return colon or words_inside >= 4 and ends_with_punctuation(inside_first)
    return True


HEARING_VERBS = frozenset({"hear", "overhear"})


def heard_from_another(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token],
                       cue: Token) -> Attribution | None:
    """"Hale said he heard Reed talk of “betrayal” at the meeting": quoted words that reach the speech verb through
    a verb of hearing, from a speaking with its own speaker (the verb below hearing, or a noun the parse took it for,
    with a subject or a name before it), are the words of whom the speaker heard, not the hearer's; None when no
    hearing comes between (and for words heard as the hearer names them: "tired of hearing “guff”")."""
    hung = hung_outside(inside, punctuation=False)
    if not hung:
        return None
    tokens = paragraph.tokens
    child, node = hung[0], tokens[hung[0].head]
    while node.i != cue.i:
        if node.lemma in HEARING_VERBS and node.pos == "VERB":
            speaker = heard_speaking(paragraph, child)
            return None if speaker is None else source(context, paragraph_index, paragraph, speaker, node.text.lower())
        if node.head == node.i:
            return None
        child, node = node, tokens[node.head]
    return None


def heard_speaking(paragraph: ParsedParagraph, heard: Token) -> Token | None:
    """Who speaks in what a verb of hearing takes (`heard`): the subject of a verb of speaking or talking ("heard
    Reed speak of …"), or the name the parse set before it when it took the verb for a noun ("Reed talk" as a
    compound); None when what is heard is no speaking."""
    if heard.lemma not in SPEECH_VERBS and heard.lemma not in SPEAKING_OF:
        return None
    deps = SUBJECT_DEPS if heard.pos == "VERB" else SUBJECT_DEPS | {"compound", "poss"}
    return next((t for t in paragraph.dependents(heard) if t.dep in deps and t.i < heard.i and
                 (t.dep in SUBJECT_DEPS or t.pos == "PROPN")), None)


def run_on_speaker(context: Context, span: Span, first: ParsedParagraph, inside_first: list[Token],
                   earlier: Sequence[Quote]) -> Attribution:
    """The speaker a quotation standing alone without an attribution of its own goes on with: the speaker of the
    quotation just before, or of the speech reported or the person written about in the sentence before."""
    attribution = continued(context, span, earlier)
    if attribution is NOBODY:
        attribution = continued_over_paragraph(context, span, earlier)
    if attribution is NOBODY:
        attribution = after_reported_speech(context, span.paragraph, first, inside_first)
    if attribution is NOBODY:
        attribution = continued_over_set_off_speech(context, span, first, inside_first, earlier)
    if attribution is NOBODY:
        attribution = after_sentence_about_one_person(context, span.paragraph, first, inside_first)
    return attribution


def subject_term(inside: list[Token]) -> bool:
    """"Bush: “The mission is to destroy them, not to contain them.” / “Containment” has been policy since …": a few
    quoted words with no verb (a term, `is_short`) that are the subject of a verb outside them, in the writer's
    sentence about the term: the writer's echo of it, no one's words going on (whatever tag the parse gave the verb:
    it may take "roots" in "“…” happily roots around in …" for a noun)."""
    words = [t for t in inside if t.pos != "PUNCT"]
    hung = hung_outside(inside, punctuation=False)
    if not words or not is_short(inside) or any(t.pos in ("VERB", "AUX") for t in words) or len(hung) != 1:
        return False
    return hung[0].dep in SUBJECT_DEPS and hung[0].head > inside[-1].i


def ends_with_punctuation(inside: list[Token]) -> bool:
    return bool(inside) and inside[-1].text in {".", ",", "?", "!", "…"}


def nearby_cue(context: Context, span: Span, first: ParsedParagraph, inside_first: list[Token],
               last: ParsedParagraph, inside_last: list[Token]) -> Attribution:
    """A speech verb introducing the quote ("He added: “…”"), else one in the words right after it
    ("“…,” he said"), else one before it in its sentence. Words after the quote attribute it only when
    they are an attribution and not a sentence of their own ("Gerrard admitted he thought …") or the
    introduction of the next quotation ("Juninho had earlier told the Daily Record:")."""
    before = clause_before(first, inside_first[0].i)
    introduced = before and before[-1].text in {":", ","} or (len(before) >= 2 and before[-1].text in OPENING
                                                               and before[-2].text in {":", ","})
    if introduced:
        found = cue_in(context, span.paragraph, first, reversed(before))
        if found is not None:
            return found
    after_from = (inside_last[-1].i + 1) if inside_last else 0
    after = clause_after(last, after_from)
    signed = signature(context, span.end_paragraph, after)
    if signed is not None:
        return signed
    if not introduces_next(after):
        found = cue_in(context, span.end_paragraph, last, after, span) or \
            inverted_attribution(context, span.end_paragraph, last, after, inside_last) or \
            bare_attribution(context, span.end_paragraph, last, after, inside_last) or \
            view_of_someone_after(context, span.end_paragraph, after) or \
            inverted_verb_before_name(context, span.end_paragraph, last, after, inside_last) or \
            name_alone_after(context, span.end_paragraph, last, after, inside_last)
        if found is not None:
            return found
    found = introduction(context, span, first, before)
    if found is not None:
        return found
    found = cue_in(context, span.paragraph, first, reversed(before))
    return found if found is not None else NOBODY


# Nouns of what someone thinks or says, which "is the … of X" right after a quotation gives to X ("“…,” is the dry
# assessment of Graham Lane", "“…,” was the verdict of the judge").
VIEW_NOUNS = frozenset({"assessment", "view", "verdict", "opinion", "judgement", "judgment", "conclusion", "message",
                        "advice", "warning", "prediction", "analysis", "reaction", "response", "comment", "summary",
                        "forecast", "diagnosis"})


def view_of_someone_after(context: Context, paragraph_index: int, after: list[Token]) -> Attribution | None:
    """"“The electorate are keener on the government than some party members,” is the dry assessment of Graham Lane,
    leader of the Labour group": a quotation followed by "is" or "was", "the", a noun of a view (`VIEW_NOUNS`, with
    adjectives before it) and "of" or "from" a person or a body the article names, is that one's; None otherwise
    (a view of something, "is the view of the report", names nobody)."""
    words = [t for t in after if t.text != ","]
    if len(words) < 5 or words[0].lemma != "be" or words[1].text.lower() != "the":
        return None
    rest = list(takewhile(lambda t: t.pos == "ADJ" or t.tag in ("JJ", "JJR", "JJS"), words[2:]))
    at = 2 + len(rest)
    if at + 2 >= len(words) or words[at].lemma.lower() not in VIEW_NOUNS or \
            words[at + 1].text.lower() not in ("of", "from"):
        return None
    actor = context.actor_at(paragraph_index, words[at + 2])
    if actor is None or actor.type not in SPEAKERS:
        return None
    return Attribution(actor.name, actor.key, words[at].text.lower(), "verb", 0.85)


def introduction(context: Context, span: Span, first: ParsedParagraph, before: list[Token]) -> Attribution | None:
    """Words ending with a colon right before a quotation that has no attribution of its own: in its
    sentence ("Okafor made his case for a new stadium: “…”") or ending the paragraph before the one the
    quotation opens ("Dr. Whitby wrote:"). A speech verb there attributes it, else the main clause's subject;
    after a comma, only a named actor's, for a quotation that is a sentence."""
    paragraph_index, paragraph = span.paragraph, first
    if not [t for t in before if t.pos != "PUNCT"] and span.paragraph > 0:
        paragraph_index = span.paragraph - 1
        paragraph = context.paragraph(paragraph_index)
        before = paragraph_introduction(context, paragraph_index)
    marks = [t.text for t in before if t.text not in OPENING][-1:]
    if marks == [","] and paragraph_index == span.paragraph:
        # "Senator Wright shared her doubts with donors, “I do not know …”": a sentence, after words
        # whose subject is a named actor the quotation does not speak of; not a title set off by commas
        found = introducer(context, paragraph_index, paragraph, before)
        said = list(covered_tokens(span, first))
        _, end = sentence_of(first, said[-1].i) if said else (0, 0)
        if found is None or found.key is None or found.confidence < 0.75 or \
                not any(t.pos in ("VERB", "AUX") for t in said) or \
                any(t.pos != "PUNCT" for t in first.tokens[said[-1].i + 1:end]):
            return None  # a title set off by commas ("his show, “Morning Talk,” on Friday")
        return found
    if marks != [":"]:
        return None
    return cue_in(context, paragraph_index, paragraph, reversed(before)) or \
        introducer(context, paragraph_index, paragraph, before) or labelled(context, paragraph_index, before) or \
        quoted_from(context, paragraph_index, paragraph, before)


def cue_in(context: Context, paragraph_index: int, paragraph: ParsedParagraph, tokens,
           span: Span | None = None) -> Attribution | None:
    """The attribution of the first speech verb (or "according to") among `tokens`; with `span`, a verb
    that has a clause of its own outside the quotation reports that clause, not the quotation."""
    for token in tokens:
        if token.i >= 2 and paragraph.tokens[token.i - 1].text == "-" and paragraph.tokens[token.i - 2].text.lower() == "so":
            continue  # "the so-called establishment" reports nothing
        if token.lemma in SPEECH_VERBS and token.pos in ("VERB", "AUX") or reads_out(token, paragraph.tokens) or \
                speech_verb_taken_for_noun(token, paragraph.tokens) is not None or \
                goes_on(token, paragraph.tokens) or answers_back(token, paragraph.tokens):
            if span is not None and paragraph.text[span.end - 1:span.end] == "." and \
                    subordinate_outside(context, paragraph_index, paragraph, token):
                continue  # "….” Reminded that Ferguson called him a name, Wenger added: …": not the attribution
            if span is not None and passive_sentence_after(paragraph, token, span):
                continue  # "….” Those signing up will be told about …": a new sentence, no one's attribution
            if span is not None and sentence_with_object_after(context, paragraph_index, paragraph, token, span) and \
                    not bare_saying_after(paragraph, token, span):
                continue  # "….” The company will announce the location later.": it says something else
            if span is not None and reports_own_clause(context, paragraph_index, paragraph, token):
                return None
            return speaker_of(context, paragraph_index, token)
        if token.lemma == "accord" and token.i + 1 < len(paragraph.tokens) and \
                paragraph.tokens[token.i + 1].text == "to":
            if span is not None and according_to_a_sentence_after(paragraph, token, span):
                continue  # "….” The market was worth $20m, according to Jupiter Research.": its own claim's source
            return according_to(context, paragraph_index, paragraph, token.i + 1)
    return None


def according_to_a_sentence_after(paragraph: ParsedParagraph, accord: Token, span: Span) -> bool:
    """Whether an "according to" after a quotation that ends its sentence closes a new sentence with a verb of its
    own ("“… no place in a campaign.” Kasich said he would have fired him, according to press reports."; "“…?”
    Dalton Brody is a gift shop, according to its website."): its source is that sentence's, not the quotation's."""
    if paragraph.text[span.end - 1:span.end] not in {".", "?", "!"}:
        return False
    return any(t.pos in ("VERB", "AUX") for t in paragraph.tokens[:accord.i] if t.idx > span.end)


def passive_sentence_after(paragraph: ParsedParagraph, verb: Token, span: Span) -> bool:
    """Whether a speech verb after a quotation that ends with a full stop is a passive with no "by" in a sentence
    of its own ("“… effectively.” Those signing up will only be told about the worst threats"): it tells of someone
    spoken to, so it neither attributes the quotation nor interrupts the speaker's run."""
    return is_passive(paragraph, verb) and opens_sentence_after(paragraph, verb, span) and \
        not any(t.dep == "agent" for t in paragraph.dependents(verb))


def opens_sentence_after(paragraph: ParsedParagraph, verb: Token, span: Span) -> bool:
    """Whether `verb` is in a sentence that begins after a quotation ending with a full stop."""
    start, _ = sentence_of(paragraph, verb.i)
    return paragraph.text[span.end - 1:span.end] == "." and paragraph.tokens[start].idx >= span.end


def sentence_with_object_after(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token,
                               span: Span) -> bool:
    """Whether a speech verb after a quotation that ends with a full stop opens a sentence of its own whose subject
    is not a pronoun ("“… last year.” The company will announce the location of its head office later.", "“….”
    Howard Archer, economist at Global Insight, said the MPC “may well …”"), or whose verb has a direct object of
    its own ("He also cited the director's film"): a new sentence that reports what it says itself, not the
    quotation before it. A pronoun alone takes the speaker up again ("“….” A lot of Arab money, he says, has gone
    to Malaysia."), and a verb of telling keeps its hearer ("“….” he told the BBC.")."""
    if not opens_sentence_after(paragraph, verb, span):
        return False
    subject = subject_of(context, paragraph_index, paragraph, verb)
    if subject is None or subject.text.lower() not in {*PERSON_PRONOUNS, *ORGANISATION_PRONOUNS}:
        return True
    # "“….” He also cited the director's film as proof …": even after a pronoun, a verb with an object of its own
    return verb.lemma not in ADDRESSING_VERBS and any(
        t.head == verb.i and t.dep == "dobj" and not context.inside_quote(paragraph_index, t.idx)
        for t in paragraph.tokens)


# Verbs that, standing alone in a short sentence after a quotation, can only be its attribution ("“….” Trump
# said."); not "agreed" or "replied", which may be another person's answer to it.
PLAIN_SPEECH_VERBS = frozenset({"say", "add", "write", "tweet", "tell"})


def bare_saying_after(paragraph: ParsedParagraph, verb: Token, span: Span) -> bool:
    """Whether a sentence after a quotation that ends with a full stop is nothing but a subject and a plain verb of
    saying ("“Russia, if you're listening, ….” Trump said.", "“….” Hale told reporters on Monday."), reporting nothing
    of its own: the quotation's attribution, its full stop misplaced."""
    start, end = sentence_of(paragraph, verb.i)
    words = [t for t in paragraph.tokens[start:end] if t.pos != "PUNCT"]
    reported = ("ccomp", "xcomp") if verb.lemma == "tell" else ("ccomp", "xcomp", "dobj")
    return opens_sentence_after(paragraph, verb, span) and verb.lemma in PLAIN_SPEECH_VERBS and \
        len(words) <= ATTRIBUTION_MAX_WORDS and \
        not any(t.dep in reported for t in paragraph.dependents(verb)) and \
        not any(t.pos in ("VERB", "AUX") and t.i != verb.i for t in words)


ATTRIBUTION_MAX_WORDS = 8  # "“…,” Trump shot back with a laugh." is an attribution; a longer sentence is not


def inverted_attribution(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                         after: list[Token], inside: list[Token]) -> Attribution | None:
    """“Jeb wants to be a tough guy,” Trump shot back. / “…,” an angry Hollande retaliated: a short clause
    right after a quotation, whose verb the quotation hangs from, with its subject there and nothing
    else to report."""
    words = [t for t in after if t.pos != "PUNCT"]
    if not words or len(words) > ATTRIBUTION_MAX_WORDS:
        return None
    members = {t.i for t in inside}
    heads = {t.head for t in inside if t.head not in members}
    verb = next((t for t in words if t.i in heads and t.pos in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if any(t.head == verb.i and t.dep in ("dobj", "ccomp", "xcomp", "attr") and t.i not in members
           for t in paragraph.tokens):
        return None
    found = speaker_of(context, paragraph_index, verb)
    if found.speaker is None:
        return None
    return replace(found, confidence=min(found.confidence, 0.8))


# The marks that end quoted words cut short for their attribution ("“…,” Hale pressed."); a full stop ends a
# sentence, after which a short clause may be the writer's own ("“….” Hale smiled.")
CUT_MARKS = frozenset({",", "?", "!"})


def bare_attribution(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                     after: list[Token], inside: list[Token]) -> Attribution | None:
    """“Would it be negotiable?” Hale pressed. / “…,” reacted Wright.: quoted words cut at a comma, a question or
    an exclamation mark, then a short sentence of their own that is nothing but a named person and a verb with
    no object or clause (whatever the verb: "pressed", "questioned", "screamed back"): that person speaks. The
    parse makes the quotation a sentence apart, so the verb does not govern it; a name the article gives a
    person, never a pronoun or description, since the verb need not be one of speech."""
    words = [t for t in after if t.pos != "PUNCT"]
    if not inside or inside[-1].text not in CUT_MARKS or not words or len(words) > ATTRIBUTION_MAX_WORDS:
        return None
    start, end = sentence_of(paragraph, words[0].i)
    root = next((t for t in paragraph.tokens[start:end] if t.head == t.i), None)
    if root is None or root.pos != "VERB" or root.lemma in SPEECH_VERBS or root not in words or \
            any(t.dep in ("dobj", "ccomp", "xcomp", "attr", "acomp") for t in paragraph.dependents(root)):
        return None
    subject = subject_of(context, paragraph_index, paragraph, root)
    actor = context.actor_at(paragraph_index, subject) if subject is not None else None
    if actor is None or actor.type != "person" or subject not in words:
        return None
    return Attribution(actor.name, actor.key, root.text.lower(), "verb", 0.8)


def inverted_verb_before_name(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                              after: list[Token], inside: list[Token]) -> Attribution | None:
    """"“We never looked back,” recalled Ann Hale, the firm's founder, who ran it for twenty years.": quoted words
    cut at a comma, a question or an exclamation mark, then a verb in the past tense right before the name of a
    person of the article (titles and names only between them): the order of an attribution, whatever the verb
    ("beamed", "remembered") and however long the description after the name. None otherwise (a verb after a name,
    "“…,” Hale said", is `inverted_attribution`'s or `bare_attribution`'s)."""
    words = [t for t in after if t.pos != "PUNCT"]
    if not inside or inside[-1].text not in CUT_MARKS or len(words) < 2 or words[0].tag != "VBD" or \
            words[0].pos != "VERB":
        return None
    for word in words[1:4]:
        actor = context.actor_at(paragraph_index, word)
        if actor is not None:
            return Attribution(actor.name, actor.key, words[0].text.lower(), "verb", 0.8) \
                if actor.type == "person" else None
        if word.pos != "PROPN":
            return None
    return None


NAME_ALONE_MAX_WORDS = 4  # "Mr Tom Hale", "Dr Ann Hale"


def name_alone_after(context: Context, paragraph_index: int, paragraph: ParsedParagraph, after: list[Token],
                     inside: list[Token]) -> Attribution | None:
    """"“Next year will be harder for the town,” Mr Hale.": quoted words cut at a comma, then nothing but the name of
    a person of the article (an honorific before it) and the full stop ending the sentence: the writer left out the
    verb, and that person speaks (a surname the NER missed there is the person it names elsewhere). None for anything
    more ("“…,” Mr Hale's report.") or a name that is no person of the article."""
    words = [t for t in after if t.pos != "PUNCT"]
    if not inside or inside[-1].text != "," or not words or len(words) > NAME_ALONE_MAX_WORDS or \
            after[-1].text != "." or any(t.pos == "PUNCT" and t.text != "." for t in after):
        return None
    if any(t.pos != "PROPN" for t in words):
        return None
    found = source(context, paragraph_index, paragraph, words[-1], None)
    if found.method != "verb" or found.confidence < SURE or not (found.key or "").startswith("person:"):
        return None
    return replace(found, confidence=min(found.confidence, 0.8))


SUBORDINATE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "pcomp", "xcomp", "csubj"})


def subordinate_outside(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token) -> bool:
    """A verb in a clause that depends on another verb outside quotations ("Reminded that X called him …"):
    after a quotation that ends its sentence with a full stop, the words holding it are a sentence of their
    own, not the quotation's attribution (which the parse may hang from a verb inside the quotation)."""
    if verb.dep not in SUBORDINATE_DEPS or verb.head == verb.i:
        return False
    return not context.inside_quote(paragraph_index, paragraph.tokens[verb.head].idx)


def reports_own_clause(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token) -> bool:
    return any(t.head == verb.i and t.i != verb.i and t.dep in ("ccomp", "xcomp") and
               not context.inside_quote(paragraph_index, t.idx) for t in paragraph.tokens)


def introduces_next(after: list[Token]) -> bool:
    """Words after a quotation that end with a colon introduce the next one."""
    words = [t for t in after if t.text not in CLOSING]
    return bool(words) and words[-1].text == ":"


def signature(context: Context, paragraph_index: int, after: list[Token]) -> Attribution | None:
    """A quote signed with a dash and a name: “…” ― Krystal Correa."""
    words = [t for t in after if t.text not in {",", "."}]
    # the tokenizer keeps a closing mark glued to the dash ("….”― Ana Ruiz") as one token
    if not words or words[0].text.lstrip("".join(CLOSING)) not in DASHES:
        return None
    for token in words[1:4]:
        actor = context.actor_at(paragraph_index, token)
        if actor is not None:
            return Attribution(actor.name, actor.key, None, "signature", 0.9)
    name = []
    for token in words[1:]:
        if token.pos != "PROPN":
            break
        name.append(token.text)
    return Attribution(" ".join(name), None, None, "signature", 0.8) if len(name) >= 2 else None


SIGNATURE_MAX_WORDS = 12


def signed_on_next_line(context: Context, span: Span) -> Attribution:
    """A pull quote signed on the line after it, where the closing mark comes after the signature ("“I worry
    that ….¶Ann Hale, Centre for Policy Research.”"): a quotation left open at the end of its paragraph, followed
    by a short paragraph that is a person's name, a comma, their post or body and the closing mark, is that
    person's; NOBODY otherwise."""
    following = span.end_paragraph + 1
    if following >= len(context.parsed.paragraphs) or span.end < len(context.paragraph(span.end_paragraph).text.rstrip()):
        return NOBODY
    tokens = [t for t in context.paragraph(following).tokens if not t.text.isspace()]
    if not 4 <= len(tokens) <= SIGNATURE_MAX_WORDS or tokens[-1].text not in CLOSING or tokens[-2].text != "." or \
            any(t.text in OPENING or t.text in CLOSING for t in tokens[:-1]):
        return NOBODY
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None:
        return signed_with_post_before_name(context, following, tokens[:-2])
    if comma < 2:
        return NOBODY
    actors = {id(a): a for a in (context.actor_at(following, t) for t in tokens[:comma])}
    actor = next(iter(actors.values())) if len(actors) == 1 else None
    if actor is None or actor.type != "person":
        return NOBODY
    return Attribution(actor.name, actor.key, None, "signature", 0.9)


def signed_with_post_before_name(context: Context, paragraph_index: int, line: list[Token]) -> Attribution:
    """The signature line of a pull quote that gives the post before the name ("Harbour Rep. Ann Hale" or "Former
    council leader Tom Reed", then the stop and the closing mark): the person whose name ends the line, when the line
    names no other person (a place or a body of the post may qualify it: "Former Harbour Party leader Ann Hale") and has
    no verb (no sentence of the writer's); NOBODY otherwise."""
    if not line or any(t.pos in ("VERB", "AUX") for t in line):
        return NOBODY
    people = {id(a) for a in (context.actor_at(paragraph_index, t) for t in line)
              if a is not None and a.type == "person"}
    actor = context.actor_at(paragraph_index, line[-1])
    if actor is None or len(people) != 1 or actor.type != "person":
        return NOBODY
    return Attribution(actor.name, actor.key, None, "signature", 0.9)


def signed_below_with_dash(context: Context, span: Span) -> Attribution:
    """A fact-check's or a notebook's layout, the quotation its whole paragraph and the speaker on the line after it,
    after a dash ("“We will cut the deficit in half.”¶- Ann Hale." or "¶-Mayor Hale, speaking on Monday."): the
    signature's (`signature`), when it names a person of the article who is none of its authors; NOBODY otherwise (a
    byline after the writer's own paragraph, a quotation inside the writer's sentence)."""
    following = span.end_paragraph + 1
    first, last = context.paragraph(span.paragraph), context.paragraph(span.end_paragraph)
    if following >= len(context.parsed.paragraphs) or \
            any(t.pos != "PUNCT" for t in first.tokens if t.idx < span.start) or \
            any(t.pos != "PUNCT" for t in last.tokens if t.idx >= span.end):
        return NOBODY
    tokens = [t for t in context.paragraph(following).tokens if not t.text.isspace()]
    if not 2 <= len(tokens) <= SIGNATURE_MAX_WORDS or tokens[0].text[:1] not in "".join(DASHES):
        return NOBODY
    if len(tokens[0].text) > 1 and tokens[0].text not in DASHES:  # "-President Obama": the dash glued to the name
        tokens = [replace(tokens[0], text="-")] + tokens
    signed = signature(context, following, tokens)
    authors = {word for author in context.parsed.article.authors for word in author.split()}
    if signed is None or signed.key is None or not signed.key.startswith("person:") or \
            set(signed.speaker.split()) & authors:
        return NOBODY
    return signed


def clause_after(paragraph: ParsedParagraph, start: int) -> list[Token]:
    """The tokens after a closing mark up to the end of that sentence or the next quote."""
    result = []
    for token in paragraph.tokens[start:]:
        if token.text in OPENING and result:
            break
        result.append(token)
        if token.text in {".", "!", "?"}:
            break
    return [t for t in result if t.text not in CLOSING]


def paragraph_introduction(context: Context, index: int) -> list[Token]:
    """The last sentence of a paragraph when it ends with a colon outside quotations ("Dr. Whitby wrote:"):
    it introduces the quotation that opens the next paragraph."""
    paragraph = context.paragraph(index)
    if not paragraph.sents or not paragraph.tokens:
        return []
    start, end = paragraph.sents[-1]
    tokens = [t for t in paragraph.tokens[start:end] if t.text.strip()]
    if not tokens or tokens[-1].text != ":" or context.inside_quote(index, tokens[-1].idx):
        return []
    return tokens


def introducer(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
               before: list[Token]) -> Attribution | None:
    """"Okafor made his case for a new stadium: “…”", "The senator delivered a blunt message:": an
    introduction ending with a colon and holding no speech verb is its main clause's subject's, when that
    subject names someone (a name, a person's pronoun or description; not "it")."""
    members = {t.i for t in before}
    root = next((t for t in before if t.head == t.i or t.head not in members), None)
    if root is None or root.pos not in ("VERB", "AUX"):
        return None
    subject = subject_of(context, paragraph_index, paragraph, root)
    if subject is None or subject.text.lower() in ORGANISATION_PRONOUNS | RELATIVE_PRONOUNS or \
            subject.text.isupper() and len(subject.text) > 1:  # "FARM VOTES …:", a headline's capitals
        return None
    if bound_to_answer(paragraph, subject, root):
        return None
    pronoun = speech_owner_pronoun(paragraph, subject, root)
    if pronoun is not None:
        return speech_owner_by_pronoun(context, paragraph_index, pronoun, root.text.lower())
    subject = speech_owner(paragraph, subject, root) or subject
    found = source(context, paragraph_index, paragraph, subject, root.text.lower())
    if found.speaker is None:
        return None
    return replace(found, method="introduction", confidence=min(found.confidence, 0.75))


# Words of a duty to do something ("Applicants are obliged to disclose:"): what follows is what is asked of them.
OBLIGATION_WORDS = frozenset({"obliged", "obligated", "required", "bound"})


def bound_to_answer(paragraph: ParsedParagraph, subject: Token, root: Token) -> bool:
    """Whether an introduction without a speech verb says only that people in the plural must do something
    ("Applicants are obliged to disclose: “Have you ever lived abroad?”"): the words are the form's or the rule's, not
    said by those bound to answer them."""
    return subject.tag == "NNS" and root.text.lower() in OBLIGATION_WORDS and \
        any(t.dep == "xcomp" for t in paragraph.dependents(root))


# The possessive pronouns of one person, with the gender of the pronoun a writer would use for them.
POSSESSIVE_PERSON_PRONOUNS = {"his": "m", "her": "f"}


def speech_owner_pronoun(paragraph: ParsedParagraph, subject: Token, verb: Token) -> Token | None:
    """"His message to the chancellor was: “…”": the possessive "his" or "her" of a noun of speech that is the
    subject of "be" (or "read") introducing the words, whose words they are; None otherwise."""
    if subject.lemma.lower() not in SPEECH_NOUNS or verb.lemma not in ("be", "read"):
        return None
    return next((t for t in paragraph.dependents(subject) if t.dep == "poss" and
                 t.text.lower() in POSSESSIVE_PERSON_PRONOUNS), None)


def speech_owner_by_pronoun(context: Context, paragraph_index: int, pronoun: Token, cue: str) -> Attribution:
    """The person a possessive pronoun owning a noun of speech takes up, as a "he" or "she" would ("Sir Digby Jones
    said … . His message to the chancellor was: “…”" is Sir Digby's); the words are never the message's own, so
    an unresolved pronoun leaves them unnamed rather than to anyone before."""
    referent = context.references.antecedent(paragraph_index, pronoun.idx,
                                             POSSESSIVE_PERSON_PRONOUNS[pronoun.text.lower()], context.named_inside,
                                             owner_of=True)
    found = attributed(referent, cue, "pronoun")
    return replace(found, method="introduction", confidence=min(found.confidence, 0.75))


def speech_owner(paragraph: ParsedParagraph, subject: Token, verb: Token) -> Token | None:
    """"Clinton's response was: “…”", "Hale's message read:": the possessor of a noun of speech that is the subject of
    "be" (or "read") introducing the words is the one who says them; None otherwise."""
    if subject.lemma.lower() not in SPEECH_NOUNS or verb.lemma not in ("be", "read"):
        return None
    return next((t for t in paragraph.dependents(subject) if t.dep == "poss" and t.pos in ("PROPN", "NOUN")),
                None)


def possessors_saying(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                      inside: list[Token]) -> Attribution:
    """"Hale's campaign slogan is “Homes first.”", "Hale's catchphrase was that Reyes “would say anything”", "Hale's
    claim is that the inquiry is a “witch hunt”": words that are what a noun of saying is, the subject of "be"
    with a name for its possessor, are the possessor's (any punctuation; `speech_owner` reads the same with a
    colon). A claim or a statement holds the words only in the clause it is ("is that …"): "Hale's statement is
    “true”" judges it. NOBODY otherwise."""
    tokens = paragraph.tokens
    node = next(iter(hung_outside(inside, punctuation=False)), None)
    edges = []
    for _ in range(2):  # the words themselves, or a clause they are in
        if node is None or node.dep not in ("attr", "ccomp", "acomp") or node.head == node.i:
            return NOBODY
        edges.append(node.dep)
        node = tokens[node.head]
        if node.lemma == "be":
            break
    if node is None or node.lemma != "be":
        return NOBODY
    subject = next((t for t in paragraph.dependents(node) if t.dep == "nsubj" and t.i < node.i), None)
    if subject is None or subject.pos != "NOUN":
        return NOBODY
    noun = subject.lemma.lower()
    if noun not in SLOGAN_NOUNS and not (noun in SPEECH_NOUNS and "ccomp" in edges):
        return NOBODY
    owner = next((t for t in paragraph.dependents(subject) if t.dep == "poss" and t.pos in ("PROPN", "NOUN")),
                 None)
    if owner is None:
        return NOBODY
    found = source(context, paragraph_index, paragraph, owner, node.text.lower())
    return replace(found, method="possessor", confidence=min(found.confidence, 0.75)) \
        if found.speaker is not None else NOBODY


def set_before_own_speech_noun(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                               inside: list[Token]) -> Attribution:
    """"Ann Hale’s “homes first” pledge", "Reed's "if you want the plan, you can have it" promise", "Reed stood by
    his “Nazi” comment": quoted words set between a name's possessive (or a "his" or "her" whose person is clear:
    `owner_by_clear_pronoun`) and the noun of saying they are the content of (`SPEECH_NOUNS`, `SLOGAN_NOUNS`, the noun
    closing its phrase) are the possessor's; NOBODY otherwise (no noun of saying: "NBC's “Today” show")."""
    tokens = paragraph.tokens
    opening, closing = inside[0].i - 1, inside[-1].i + 1
    if opening < 1 or closing + 1 >= len(tokens) or tokens[opening].text not in OPENING or \
            tokens[closing].text not in CLOSING:
        return NOBODY
    noun = tokens[closing + 1]
    if noun.pos != "NOUN" or noun.lemma.lower() not in SPEECH_NOUNS | SLOGAN_NOUNS or \
            closing + 2 < len(tokens) and tokens[closing + 2].pos in ("NOUN", "PROPN"):
        return NOBODY
    if tokens[opening - 1].text.lower() in POSSESSIVE_PERSON_PRONOUNS:
        found = owner_by_clear_pronoun(context, paragraph_index, paragraph, tokens[opening - 1], noun.text.lower())
    elif opening >= 2 and tokens[opening - 1].text in ("'s", "’s", "'", "’") and tokens[opening - 2].pos == "PROPN":
        found = source(context, paragraph_index, paragraph, tokens[opening - 2], noun.text.lower())
    else:
        return NOBODY
    return replace(found, method="possessor", confidence=min(found.confidence, 0.75)) \
        if found.speaker is not None else NOBODY


# "in Hale's words", "by her own admission", "by Reed's own account": a phrase naming whose words the sentence
# gives, by its preposition and noun.
OWN_WORDS_PHRASES = frozenset({("in", "word"), ("by", "admission"), ("by", "account")})


def in_someones_words(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                      inside: list[Token]) -> Attribution:
    """"The school moved because, in Forbes' words, “…”", "The deal by her own admission was a “mistake.”": quoted
    words in a sentence that says, before them and outside any quotation, whose words they are (`OWN_WORDS_PHRASES`
    with a possessor: a name, or a "his" or "her" whose person is clear, `owner_by_clear_pronoun`) are that
    possessor's; NOBODY otherwise (a phrase after the words, or inside another quotation, speaks of other words)."""
    start, _ = sentence_of(paragraph, inside[0].i)
    for noun in paragraph.tokens[start:inside[0].i]:
        preposition = paragraph.tokens[noun.head]
        if noun.dep != "pobj" or (preposition.text.lower(), noun.lemma.lower()) not in OWN_WORDS_PHRASES or \
                context.inside_quote(paragraph_index, noun.idx):
            continue
        owner = possessor_before(paragraph, noun)
        if owner is not None and owner.text.lower() in POSSESSIVE_PERSON_PRONOUNS:
            found = owner_by_clear_pronoun(context, paragraph_index, paragraph, owner, noun.text.lower())
        elif owner is not None and owner.pos == "PROPN":
            found = source(context, paragraph_index, paragraph, owner, noun.text.lower())
        else:
            continue
        if found.speaker is not None:
            return replace(found, method="possessor", confidence=min(found.confidence, 0.75))
    return NOBODY


def possessor_before(paragraph: ParsedParagraph, noun: Token) -> Token | None:
    """The possessor of `noun` ("Hale's words", "her own words"), or, where the parse took a plural's bare
    apostrophe for punctuation ("in Forbes’ words"), the name right before that apostrophe; None otherwise."""
    owner = next((t for t in paragraph.dependents(noun) if t.dep == "poss"), None)
    if owner is not None:
        return owner
    before = noun.i - 2 if noun.i >= 2 and paragraph.tokens[noun.i - 1].text.lower() == "own" else noun.i - 1
    if before < 1 or paragraph.tokens[before].text not in ("'", "’"):
        return None
    name = paragraph.tokens[before - 1]
    return name if name.pos == "PROPN" and name.text.endswith("s") else None


def owner_by_clear_pronoun(context: Context, paragraph_index: int, paragraph: ParsedParagraph, pronoun: Token,
                           cue: str) -> Attribution:
    """The person a possessive "his" or "her" takes up (as `speech_owner_by_pronoun` reads it) when no one else
    could be meant: nobody else of the article's people is named in its sentence before it ("Hale urged Reed to
    withdraw his “…” remark" could be either's, and is nobody's); NOBODY otherwise."""
    gender = POSSESSIVE_PERSON_PRONOUNS[pronoun.text.lower()]
    referent = context.references.antecedent(paragraph_index, pronoun.idx, gender, context.named_inside, owner_of=True)
    if referent is None or referent.actor is None:
        return NOBODY
    start, _ = sentence_of(paragraph, pronoun.i)
    named = {actor.key for t in paragraph.tokens[start:pronoun.i] if t.pos == "PROPN"
             and (actor := context.actor_at(paragraph_index, t)) is not None and actor.type == "person"}
    return attributed(referent, cue, "pronoun") if named <= {referent.actor.key} else NOBODY


def speech_noun_from_someone(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                             inside: list[Token]) -> Attribution:
    """"contradicts 2013 comments from former Secretary Ann Hale that “…”", "a claim by Governor Reed that “…”": quoted
    words opening a "that" clause right after a noun of saying (`SPEECH_NOUNS`) and the "from" or "by" phrase naming
    whose it is are that person's, however the parse hung the clause (from the noun, or from the verb above it); NOBODY
    when the phrase names no person of the article (an organisation there may be a person's name cut wrong, "Defense
    Ann Hale" from "Secretary of Defense Ann Hale"), or anything stands between it and "that"."""
    tokens = paragraph.tokens
    opening = inside[0].i - 1
    if opening < 4 or tokens[opening].text not in OPENING or tokens[opening - 1].text.lower() != "that":
        return NOBODY
    named = tokens[opening - 2]
    while named.dep in ("compound", "flat") and named.head > named.i:
        named = tokens[named.head]
    preposition = tokens[named.head]
    noun = tokens[preposition.head]
    if named.dep != "pobj" or preposition.text.lower() not in ("from", "by") or preposition.dep != "prep" or \
            noun.pos != "NOUN" or noun.lemma.lower() not in SPEECH_NOUNS or noun.i != preposition.i - 1:
        return NOBODY
    actor = context.actor_at(paragraph_index, named)
    if actor is None or actor.type != "person":
        return NOBODY
    found = source(context, paragraph_index, paragraph, named, noun.text.lower())
    return replace(found, method="possessor") if found.speaker is not None and found.key == actor.key else NOBODY


def labelled_pair(context: Context, paragraph_index: int, label: list[Token]) -> Attribution | None:
    """"- Ann Hale and Tom Reyes: “…”": a label that is two people's names joined by "and" (a round-up quoting
    co-authors) is both of theirs, printed as both names and put on neither's actor page."""
    joins = [i for i, t in enumerate(label) if t.text.lower() == "and"]
    if len(joins) != 1 or not 0 < joins[0] < len(label) - 1:
        return None
    sides = (label[:joins[0]], label[joins[0] + 1:])
    people = []
    for side in sides:
        named = {id(a): a for a in (context.actor_at(paragraph_index, t) for t in side)}
        if len(named) != 1:
            return None
        actor = next(iter(named.values()))
        if actor is None or actor.type != "person" or any(t.pos not in ("PROPN", "PUNCT") for t in side):
            return None
        people.append(actor)
    if people[0] is people[1]:
        return None
    return Attribution(names_together(people), None, None, "label", 0.75)


def label_after_dash(context: Context, paragraph_index: int, before: list[Token]) -> Attribution | None:
    """"Pollsters agree - Carl Bialik: “…”", "But polls did predict the result - HuffPollster: “…”": a label after a
    dash with no verb of its own, ending an introduction with a colon, names the quotation's source before any
    speech verb of the claim ahead of the dash (which is the writer's summary of what follows)."""
    words = [t for t in before if t.text not in OPENING and t.text not in CLOSING]
    if not words or words[-1].text != ":":
        return None
    words = words[:-1]
    dash = max((i for i, t in enumerate(words) if t.text in DASHES), default=-1)
    label = words[dash + 1:]
    if dash < 1 or not label or any(t.pos in ("VERB", "AUX") for t in label):
        return None
    found = labelled(context, paragraph_index, before)
    if found is None and len(label) <= 3 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in label):
        # a source the NER missed ("- HuffPollster:", "- Pew Research:"), as written
        return Attribution(" ".join(t.text for t in label), None, None, "label", 0.7)
    return found


def labelled(context: Context, paragraph_index: int, before: list[Token]) -> Attribution | None:
    """"Bush: “The mission is …”", "… early contests - Philip Bump: “…”": a quotation introduced by nothing
    but a person's or organisation's name and a colon, at the start of its sentence or after a dash, is theirs
    (a transcript's or a round-up's label); so is one after words without a verb that end with the one person
    they name ("- Blackburn boss Mark Hughes: “…”", as match previews set out who speaks)."""
    words = [t for t in before if t.text not in OPENING and t.text not in CLOSING][:-1]
    dash = max((i for i, t in enumerate(words) if t.text in DASHES), default=-1)
    label = words[dash + 1:]
    if not label:
        return None
    named = [context.actor_at(paragraph_index, t) for t in label]
    actors = {id(a): a for a in named if a is not None}
    if not actors and 2 <= len(label) <= 4 and all(t.pos == "PROPN" for t in label) and is_first_name(label[0].text):
        # a person's name the NER missed ("Philip Bump"), as written
        return Attribution(" ".join(t.text for t in label), None, None, "label", 0.7)
    if len(actors) == 1 and label[0].pos == "PROPN" and None not in named:
        actor = next(iter(actors.values()))
        return Attribution(actor.name, actor.key, None, "label", 0.8) \
            if actor.type in ("person", "organisation") else None
    pair = labelled_pair(context, paragraph_index, label)
    if pair is not None:
        return pair
    people = [a for a in actors.values() if a.type == "person"]
    last = named[-1]
    if len(people) != 1 or last is not people[0] or any(t.pos in ("VERB", "AUX") for t in label) or \
            not context.references.evidenced(last):
        return None  # a label naming nobody, or more than one person
    return Attribution(last.name, last.key, None, "label", 0.75)


def quoted_from(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                before: list[Token]) -> Attribution | None:
    """"From Bush's Facebook post: “…”", "From the report: “…”": an introduction that is nothing but "From" and a
    document: its owner's words, else the document's as written."""
    words = [t for t in before if t.text not in OPENING and t.text not in CLOSING and t.text != ":"]
    if len(words) < 2 or words[0].text.lower() != "from" or any(t.pos in ("VERB", "AUX") for t in words):
        return None
    document = next((t for t in words if t.head == words[0].i and t.dep == "pobj"), None)
    if document is None or document.lemma.lower() not in DOCUMENT_NOUNS:
        return None
    owner = owning_organisation(context, paragraph_index, paragraph, document)
    if owner is not None:
        return Attribution(owner.name, owner.key, None, "introduction", 0.75)
    return Attribution(unnamed_source(paragraph, document), None, None, "introduction", 0.7)


def clause_before(paragraph: ParsedParagraph, opening: int) -> list[Token]:
    """The tokens of the sentence before an opening mark, or of the previous sentence ending in a colon."""
    start, _ = sentence_of(paragraph, opening)
    tokens = list(paragraph.tokens[start:opening])
    if not [t for t in tokens if t.pos != "PUNCT"] and start > 0:
        previous_start, _ = sentence_of(paragraph, start - 1)
        previous = paragraph.tokens[previous_start:start]
        if previous and previous[-1].text == ":":
            tokens = list(previous)
    return tokens


def according_to_in_sentence(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                             inside: list[Token]) -> Attribution:
    """Chancellor Brown will meet his rule “with a margin to spare”, according to his former adviser."""
    start, end = sentence_of(paragraph, inside[0].i)
    members = {t.i for t in inside}
    for token in paragraph.tokens[start:end - 1]:
        if token.i not in members and token.lemma == "accord" and paragraph.tokens[token.i + 1].text == "to":
            return according_to(context, paragraph_index, paragraph, token.i + 1)
    return NOBODY


# Verbs that put a thing in words as "put" does: "as Hale described it", "as described by Hale".
WORDING_VERBS = frozenset({"put", "describe", "characterise", "characterize"})


def as_someone_put_it(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                      inside: list[Token]) -> Attribution:
    """"As Vulture put it, “Hello, it's the Biebs.”", "As The Post's Ruth Marcus puts it, Obama is trying to make
    them “an offer …”", "as Churchill points out it is “better than …”", "as Hale described it": the one whose
    putting it so (or saying it, `says_as`) a clause of the sentence says, in "as" and nothing it reports of its own,
    says the quoted words; and the one after the "by" of a passive verb of wording ("was “sloppy” – as described by
    Inspector Ann Hale"), not of any other ("As reported by X, … John “Tig” Tiegen": the outlet only reports)."""
    start, end = sentence_of(paragraph, inside[0].i)
    for verb in paragraph.tokens[start:end]:
        if verb.dep != "advcl" or verb.pos != "VERB" or context.inside_quote(paragraph_index, verb.idx):
            continue
        children = [t for t in paragraph.tokens[start:end] if t.head == verb.i and t.i != verb.i]
        if not any(t.dep == "mark" and t.text.lower() == "as" for t in children):
            continue
        if is_passive(paragraph, verb) or verb.tag == "VBN":
            found = worded_by(context, paragraph_index, paragraph, verb, children)
        else:
            objects = [t for t in children if t.dep in ("dobj", "ccomp", "xcomp")]
            puts_it = verb.lemma in WORDING_VERBS and [t.text.lower() for t in objects] == ["it"]
            found = speaker_of(context, paragraph_index, verb) \
                if puts_it or says_as(verb, paragraph.tokens) and not objects else NOBODY
        if found.speaker is not None:
            return found
    return NOBODY


def worded_by(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token,
              children: list[Token]) -> Attribution:
    """The one named after the "by" of a passive verb of wording (WORDING_VERBS) in "as described by …" with nothing
    else described ("as it was described by" has a subject of its own), else NOBODY."""
    if verb.lemma not in WORDING_VERBS or any(t.dep in SUBJECT_DEPS for t in children):
        return NOBODY
    agent = next((o for a in children if a.dep == "agent" for o in paragraph.dependents(a) if o.dep == "pobj"),
                 None)
    return NOBODY if agent is None else source(context, paragraph_index, paragraph, agent, verb.text.lower())


def parenthetical_attribution(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                              inside: list[Token]) -> Attribution:
    """"Biden, Rubio said, had been in the Senate for “a thousand years”": a speech verb with its subject set off by
    commas inside the sentence, reporting nothing of its own, attributes the whole sentence, and so the quoted
    words in it, when the parse hung it from the sentence's main verb, or from a verb the quoted words hang from
    ("In turn, Reed said, there are more voters “who think …”", where the parse made a verb of the quotation the
    root)."""
    start, end = sentence_of(paragraph, inside[0].i)
    tokens = paragraph.tokens
    root = next((t for t in tokens[start:end] if t.head == t.i), None)
    if root is None:
        return NOBODY
    outside = [tokens[t.head] for t in hung_outside(inside, punctuation=False)]
    for verb in tokens[start:end]:
        if (verb.head == root.i or any(dominates(paragraph, tokens[verb.head], t) for t in outside)) and \
                set_off_speech_verb(paragraph, verb, (start, end), partial(context.inside_quote, paragraph_index)):
            found = speaker_of(context, paragraph_index, verb)
            if found.speaker is not None:
                return replace(found, method="parenthetical", confidence=min(found.confidence, 0.8))
    return NOBODY


def set_off_speech_verb(paragraph: ParsedParagraph, verb: Token, sentence: tuple[int, int],
                        inside_quote: Callable[[int], bool]) -> bool:
    """Whether a verb hung from another in the sentence (tokens `sentence`) is a speech verb outside quotations with
    its subject set off by commas, reporting nothing of its own ("Biden, Rubio said, had been …"): the speaker of
    the clause it interrupts."""
    start, end = sentence
    tokens = paragraph.tokens
    if verb.head == verb.i or verb.dep not in ("parataxis", "ccomp") or verb.lemma not in SPEECH_VERBS or \
            verb.pos != "VERB" or inside_quote(verb.idx):
        return False
    children = [t for t in tokens[start:end] if t.head == verb.i and t.i != verb.i]
    subject = next((t for t in children if t.dep in SUBJECT_DEPS), None)
    first = phrase_start(paragraph, subject, start) if subject is not None else start
    if subject is None or first <= start or tokens[first - 1].text != "," or \
            reports_something_of_its_own(verb, children):
        return False  # set off by commas, and reporting nothing of its own
    after = max([verb.i, *[t.i for t in children if t.dep != "punct"]]) + 1
    return after < end and tokens[after].text == ","


def reports_something_of_its_own(verb: Token, children: list[Token]) -> bool:
    """Whether a speech verb has a clause or an object of its own to report; the object of a verb of telling is the
    one told ("In both cases, Trump told CNN, his policy would be “…”"), nothing it reports."""
    objects = ("ccomp", "xcomp") if verb.lemma in ADDRESSING_VERBS else ("dobj", "ccomp", "xcomp")
    return any(t.dep in objects for t in children)


def term_under_named_parenthetical(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                   inside: list[Token]) -> Attribution:
    """"Biden, Rubio said, had been in the Senate for “a thousand years” and passed “hundreds of bills”": a few
    quoted words in a sentence that a parenthetical speech verb with a named subject reports are that person's, as
    under any speech verb (`is_term`); not under a pronoun's ("…, he said, …"), nor a title in capitals."""
    found = parenthetical_attribution(context, paragraph_index, paragraph, inside)
    words = [t for t in inside if t.pos != "PUNCT"]
    if found.speaker is None or found.method != "parenthetical" or found.key is None or \
            all(t.text[:1].isupper() for t in words):
        return NOBODY
    start, end = sentence_of(paragraph, inside[0].i)
    named = any(t.dep in SUBJECT_DEPS and t.head != t.i and paragraph.tokens[t.head].lemma in SPEECH_VERBS and
                t.pos == "PROPN" and context.actor_at(paragraph_index, t) is not None for t in paragraph.tokens[start:end])
    return found if named else NOBODY


def closing_attribution(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                        inside: list[Token]) -> Attribution:
    """"The rejection of the treaty signals “the beginning of the end” for the EU, said Geert Wilders, founder of the
    party.": a sentence closed by a speech verb set off by a comma after the quoted words, with its subject next to
    it ("…, said X", "…, X said") and nothing of its own to report, is attributed by it, and so are the quoted words in
    it, however the parse hung them."""
    start, end = sentence_of(paragraph, inside[0].i)
    tokens = paragraph.tokens
    if spells_out_a_saying_noun(paragraph, inside):
        return NOBODY
    for verb in tokens[inside[-1].i + 1:end]:
        if verb.pos != "VERB" or verb.lemma not in SPEECH_VERBS or context.inside_quote(paragraph_index, verb.idx):
            continue
        if reports_something_of_its_own(verb, [t for t in paragraph.dependents(verb) if t.i > verb.i]):
            return NOBODY  # it reports something of its own
        if tokens[verb.i - 1].text == ",":
            found = named_after(context, paragraph_index, paragraph, verb)  # "…, said Geert Wilders, founder of …"
        else:
            subject = next((t for t in tokens[start:end] if t.head == verb.i and t.dep in SUBJECT_DEPS), None)
            phrase = [t for t in tokens[inside[-1].i + 1:verb.i] if t.pos != "PUNCT" or t.text == ","]
            found = speaker_of(context, paragraph_index, verb) \
                if subject is not None and phrase[:1] and phrase[0].text == "," and \
                all(t.i >= subject.i - 3 for t in phrase[1:]) else None  # "…, Trump said before adding"
        return replace(found, method="closing") if found is not None and found.speaker is not None else NOBODY
    return NOBODY


def spells_out_a_saying_noun(paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """"The pledge to “bring the jobs home” appeals to voters, said Tom Vasco, a historian": quoted words that spell
    out a noun of saying (`UTTERED_NOUNS`, `SLOGAN_NOUNS`) as its "to" clause, apposition or "of" or "for" phrase
    (or a clause joined to one by "and") are what that noun's sayer said; the one a closing "…, said X" names
    only judges them."""
    tokens = paragraph.tokens
    for root in hung_outside(inside, punctuation=False):
        edge, node = root.dep, tokens[root.head]
        while edge == "conj" and node.head != node.i:
            edge, node = node.dep, tokens[node.head]
        if edge == "pobj" and node.dep == "prep" and node.text.lower() in ("of", "for"):
            edge, node = "prep", tokens[node.head]
        noun = node.lemma.lower()
        if node.pos == "NOUN" and (noun in UTTERED_NOUNS or noun in SLOGAN_NOUNS) and \
                edge in ("acl", "appos", "ccomp", "prep"):
            return True
    return False


def phrase_start(paragraph: ParsedParagraph, head: Token, start: int) -> int:
    """The first token of the phrase `head` heads, words before it that hang from it ("Eric Trump" for "Trump"),
    not before `start`."""
    first = head.i
    while first - 1 >= start and dominates(paragraph, head, paragraph.tokens[first - 1]):
        first -= 1
    return first


def told_before(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                inside: list[Token]) -> Attribution:
    """"… after Trump told The Washington Post he was “not quite there yet”", where the parse hung the clause
    from the main verb: a clause whose subject comes right after the one a verb of telling addresses is what
    that verb reports."""
    tokens = paragraph.tokens
    members = {t.i for t in inside}
    clause = next(iter(hung_outside(inside)), None)
    if clause is None:
        return NOBODY
    clause = tokens[clause.head] if tokens[clause.head].pos in ("VERB", "AUX") else clause
    subject = next((t for t in paragraph.dependents(clause) if t.dep in SUBJECT_DEPS and t.i < clause.i), None)
    if subject is None or subject.i == 0 or subject.i in members:
        return NOBODY
    addressed = tokens[subject.i - 1]
    verb = tokens[addressed.head]
    if addressed.dep != "dobj" or verb.lemma not in ADDRESSING_VERBS or verb.lemma not in SPEECH_VERBS or \
            verb.i >= addressed.i or any(t.dep in ("ccomp", "xcomp") for t in paragraph.dependents(verb)):
        return NOBODY
    return speaker_of(context, paragraph_index, verb)


def according_to(context: Context, paragraph_index: int, paragraph: ParsedParagraph, to: int) -> Attribution:
    objects = [t for t in paragraph.children.get(to, ()) if t.dep == "pobj"]
    if not objects:
        return NOBODY
    named = person_closing_description(context, paragraph_index, paragraph, to)
    if named is not None:
        return Attribution(named.name, named.key, "according to", "according-to", 0.9)
    found = source(context, paragraph_index, paragraph, objects[0], "according to")
    return replace(found, method="according-to") if found.method == "verb" else found


def person_closing_description(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                               to: int) -> LocalActor | None:
    """"according to media and PR strategist Glen Yearwood, who …", parsed as "media" and "Yearwood": a person's
    name that ends the words after "according to" (up to a comma or the sentence's end), every word before it a
    noun, adjective or "and" describing them, is who is cited; None otherwise."""
    words = []
    for token in paragraph.tokens[to + 1:]:
        if token.pos == "PUNCT" or context.inside_quote(paragraph_index, token.idx):
            break
        words.append(token)
    if len(words) < 3:
        return None  # "according to Tom Hale" is the object's own
    actor = context.actor_at(paragraph_index, words[-1])
    if actor is None or actor.type != "person" or any(
            t.pos not in ("NOUN", "PROPN", "ADJ", "CCONJ", "DET") or
            t.pos == "PROPN" and context.actor_at(paragraph_index, t) not in (None, actor) for t in words):
        return None
    return actor


def speaker_of(context: Context, paragraph_index: int, cue: Token) -> Attribution:
    """The subject of a speech verb; for "…, saying" or "and said" without one, the subject it shares
    (the nearest before it of the verbs it is coordinated with)."""
    paragraph = context.paragraph(paragraph_index)
    subject = speech_verb_taken_for_noun(cue, paragraph.tokens)
    if subject is not None:  # "“…,” the editorial read.", "“…,” the two write.", the verb tagged a noun
        reread = subject_reading(paragraph, cue, subject)
        return source(context, paragraph_index, reread, reread.tokens[subject.i], cue.text.lower())
    if cue.pos == "NOUN":
        owner = next(t for t in paragraph.dependents(cue) if t.dep == "poss")
        if owner.text.lower() in POSSESSIVE_PERSON_PRONOUNS:  # "repeated his claim that “…”": whom "his" takes up
            return speech_owner_by_pronoun(context, paragraph_index, owner, cue.text.lower())
        return source(context, paragraph_index, paragraph, owner, cue.text.lower())
    inverted = inverted_parenthetical(context, paragraph_index, paragraph, cue)
    if inverted is not None:
        return inverted
    closing = name_closing_inverted_clause(context, paragraph_index, paragraph, cue) or \
        surname_taken_for_date(context, paragraph_index, paragraph, cue) or \
        name_after_inverted_verb_hung_below(context, paragraph_index, paragraph, cue)
    if closing is not None:  # "“…,” said Swedish trades union official Ulf Carlsson.", however parsed
        return closing
    plural_noun = speech_noun_taken_for_verb(context, paragraph_index, paragraph, cue)
    if plural_noun is not None:  # "defended the posters amid Tory claims the ads were “…”": the claimants'
        return plural_noun
    described = description_taken_for_object(paragraph, cue)
    if described is not None:  # "“…,” added the two-time Academy Award winner.", the winner parsed as an object
        return source(context, paragraph_index, paragraph, described, cue.text.lower())
    around = speech_around_set_off_participle(context, paragraph_index, paragraph, cue)
    if around is not None:  # "Mara said it was much too early to speculate on it, hoping only that “…”": Mara hopes
        return speaker_of(context, paragraph_index, around)
    quoted = quoted_as_saying(paragraph, cue) or reported_as_saying(paragraph, cue) or \
        on_record_as_saying(paragraph, cue) or judged_for_saying(paragraph, cue) or quotes_a_person(paragraph, cue)
    if quoted is not None:  # "the paper quoted Mr Chernin as saying": Mr Chernin speaks
        return source(context, paragraph_index, paragraph, quoted, cue.text.lower())
    if is_passive(paragraph, cue) and cue.lemma != "quote":
        # "The plan has been called “a recipe for delay” by Professor Hale", "Hale was described as “…”": the
        # one named by "by" speaks, never the subject (but "Hale is quoted as saying" is Hale's)
        agent = named_by_passive_agent(context, paragraph_index, paragraph, cue)
        if agent is None:
            return unidentified(cue.text.lower())
        return source(context, paragraph_index, paragraph, agent, cue.text.lower())
    participle = naming_participle(context, paragraph_index, paragraph, cue)
    if participle is not None:  # "The senator labeled “…” continues to lead": what others call the senator
        return participle
    verb = cue
    if cue.dep == "conj" and cue.head != cue.i:
        top = paragraph.tokens[cue.head]
        said = speech_verb_reporting(paragraph, top) if top.lemma not in SPEECH_VERBS else None
        if said is not None and said.i < cue.i:
            # "Wright said it is hard to win friends but added, “…”", where the parse joined "added" to what
            # was said: the one who said it adds
            verb = said
        verb = joined_after_dashes(paragraph, cue) or participle_joined_inside_report(paragraph, cue) or verb
    for _ in range(6):
        if verb is not cue and cue.tag == "VBG" and verb.dep == "ccomp" and verb.head != verb.i and \
                paragraph.tokens[verb.head].lemma in SPEECH_VERBS and \
                not context.inside_quote(paragraph_index, paragraph.tokens[verb.head].idx) and \
                not speaks_itself(context, paragraph_index, paragraph, verb):
            # "Sanders said the process could be “messy,” adding, “…”": the one who said it adds, not the
            # subject of what was said (nor a "said" of the quotation the parse hung the sentence from)
            verb = paragraph.tokens[verb.head]
        if verb is not cue and cue.tag == "VBG" and verb.dep == "relcl" and paragraph.tokens[cue.i - 1].text == "," \
                and paragraph.tokens[verb.head].head != verb.head:
            # "Trump was defensive when forced to defend not paying an architect who said he was stiffed …, saying,
            # “…”": a participle set off after a relative clause belongs to the clause the noun is part of
            verb = paragraph.tokens[paragraph.tokens[verb.head].head]
            continue
        if name_taken_for_root(context, paragraph_index, verb):
            return source(context, paragraph_index, paragraph, verb, cue.text.lower())
        outer = speech_before_adverbial_clause(context, paragraph_index, paragraph, cue, verb) or \
            said_before_participle_hung_in_quotation(context, paragraph_index, paragraph, verb)
        if outer is not None:
            verb = outer
            continue
        subject = subject_of(context, paragraph_index, paragraph, verb)
        if subject is not None and thing_before_participle(context, paragraph_index, paragraph, cue, verb, subject):
            verb = paragraph.tokens[verb.head]
            if verb.pos == "NOUN" and verb.dep == "dobj" and verb.head != verb.i:
                verb = paragraph.tokens[verb.head]  # "X shrugged off claims that the ward was at risk, saying"
            continue
        if subject is not None:
            subject = relative_subject_stands_for(context, paragraph_index, paragraph, subject, verb)
            return source(context, paragraph_index, paragraph, subject, cue.text.lower())
        hidden = subject_taken_for_modifier(context, paragraph_index, paragraph, verb)
        if hidden is not None:
            return source(context, paragraph_index, paragraph, hidden, cue.text.lower())
        if verb.dep == "acl" and verb.tag == "VBN" and not set_off_with_object(paragraph, verb):
            # "groups dubbed “pioneers”"; but "“…!” the party's nominee, Donald Trump, tweeted Sunday": a name set
            # off right before the verb is its subject
            return named_in_apposition(context, paragraph_index, paragraph, verb) or \
                name_before_aside(context, paragraph_index, paragraph, verb, cue) or \
                agent_of_participle(context, paragraph_index, paragraph, verb, cue) or \
                unidentified(cue.text.lower())
        if verb.dep == "acl" and paragraph.tokens[verb.head].pos in ("NOUN", "PROPN"):
            noun = paragraph.tokens[verb.head]
            if noun.dep == "dobj" and noun.head != noun.i:
                verb = paragraph.tokens[noun.head]  # "X emailed supporters saying …": X says it
                continue
            sender = sender_to_addressee(paragraph, noun)
            if sender is not None:
                verb = sender  # "X sent an email to donors saying …": X says it, not the donors
                continue
            above = verb_above_phrase(context, paragraph_index, paragraph, noun, cue) if verb is cue else None
            if above is not None:
                verb = above  # "X will argue against positive discrimination, saying …": X says it
                continue
            # "footage of Trump saying …": the participle describes its speaker
            return named_after_relative_object(context, paragraph_index, paragraph, noun, verb, cue) or \
                source(context, paragraph_index, paragraph, noun, cue.text.lower())
        if verb.dep in ("advcl", "conj", "xcomp", "ccomp", "pcomp", "parataxis") and verb.head != verb.i:
            clause, verb = verb, paragraph.tokens[verb.head]
            word = verb.text.lower()
            if verb.dep == "prep" and verb.head != verb.i and paragraph.tokens[verb.head].pos in ("VERB", "AUX") and \
                    (word in CIRCUMSTANCE_PREPOSITIONS or word in CONCESSIVE_PREPOSITIONS and clause.i == cue.i):
                verb = paragraph.tokens[verb.head]  # "Wright rallied supporters by warning that “…”"
            continue
        break
    named = named_before(context, paragraph_index, paragraph, cue) or \
        named_in_apposition(context, paragraph_index, paragraph, cue) or \
        named_after(context, paragraph_index, paragraph, cue) or opening_name(context, paragraph_index, paragraph, cue) or \
        named_before_relative_clause(context, paragraph_index, paragraph, cue) or \
        name_opening_attribution(context, paragraph_index, paragraph, cue) or \
        elided_subject(context, paragraph_index, paragraph, cue)
    return named if named is not None else unidentified(cue.text.lower())


# Things that show words to whoever sees them ("carrying signs saying “…”"): the words are theirs, not the carrier's.
DISPLAY_NOUNS = frozenset({"sign", "placard", "banner", "poster", "billboard", "sticker", "badge", "shirt", "t-shirt"})


def verb_above_phrase(context: Context, paragraph_index: int, paragraph: ParsedParagraph, noun: Token,
                      cue: Token) -> Token | None:
    """"The Tory leader will argue against positive discrimination saying it is “outdated and unjust”": a participle
    of speech the parse hung from a thing named in a prepositional phrase of a verb is said by that verb's subject,
    as one hung from its object is; the verb, or None where the noun can speak or show speech (a person, a body, a
    document, a recording, a sign: "a letter from the firm saying", "footage of Trump saying", "calling for his firing
    and carrying signs saying", "signs" parsed as the object of "for") or the phrase belongs to
    another noun. Only for the participle the quotation hangs from, not one reached higher up the parse."""
    tokens = paragraph.tokens
    if cue.tag != "VBG" or noun.dep != "pobj" or noun.pos != "NOUN" or noun.head == noun.i:
        return None
    preposition = tokens[noun.head]
    verb = tokens[preposition.head]
    if preposition.dep != "prep" or preposition.head == preposition.i or verb.pos != "VERB" or \
            is_person_noun(noun) or is_group_noun(noun) or \
            noun.lemma.lower() in RECORDING_NOUNS | SPEECH_NOUNS | DISPLAY_NOUNS | SLOGAN_NOUNS or \
            context.actor_at(paragraph_index, noun) is not None:
        return None
    return verb


def name_taken_for_root(context: Context, paragraph_index: int, node: Token) -> bool:
    """"Trump defended eminent domain, calling the expropriation … an “absolute necessity”", parsed with "Trump" a noun
    at the root and "defended" describing "domain": a person's name the parse made the root of the sentence, which a
    speech verb of it hangs from, is that verb's subject."""
    return node.head == node.i and node.pos in ("NOUN", "PROPN") and is_person_at(context, paragraph_index, node)


# Conjunctions of an adverbial clause that happened apart from the speaking ("after", "because"); not "as" or
# "while", whose clause's subject may be the one speaking ("Clinton asks as a plumber walks in, saying …").
SEQUENCE_MARKS = frozenset({"after", "before", "since", "because", "although", "though", "once", "until"})


def speech_verb_reporting(paragraph: ParsedParagraph, clause: Token) -> Token | None:
    """The speech verb whose words a clause is: its head, when the clause is that verb's complement ("Wright said it
    is hard …"), or the verb a document is said in, when the parse hung the clause from the document as a "that"
    clause of its own ("The Harbour Alliance said in a statement that its members were “…”"); None otherwise."""
    tokens = paragraph.tokens
    if clause.head == clause.i:
        return None
    head = tokens[clause.head]
    if clause.dep == "acl" and head.lemma.lower() in DOCUMENT_NOUNS and head.dep == "pobj" and \
            any(t.dep == "mark" and t.text.lower() == "that" for t in paragraph.dependents(clause)):
        preposition = tokens[head.head]
        if preposition.text.lower() != "in" or preposition.head == preposition.i:
            return None
        head = tokens[preposition.head]
    elif clause.dep != "ccomp":
        return None
    return head if head.lemma in SPEECH_VERBS else None


def speech_before_adverbial_clause(context: Context, paragraph_index: int, paragraph: ParsedParagraph, cue: Token,
                                   verb: Token) -> Token | None:
    """"Hannity said on his show after the senator easily won his primary, remarking that …": a participle of speech
    set off by a comma after an adverbial clause of one of the SEQUENCE_MARKS belongs to the speech verb that clause
    depends on, not to the clause's subject; that verb, else None."""
    tokens = paragraph.tokens
    if cue.tag != "VBG" or cue.i == 0 or tokens[cue.i - 1].text != "," or verb.i == cue.i or \
            verb.dep != "advcl" or verb.head == verb.i:
        return None
    outer = tokens[verb.head]
    marked = any(t.head == verb.i and t.dep == "mark" and t.i < verb.i and t.text.lower() in SEQUENCE_MARKS
                 for t in tokens)
    if marked and outer.dep == "ccomp" and outer.head != outer.i and outer.lemma not in SPEECH_VERBS:
        outer = reporting_verb(context, paragraph_index, paragraph, outer) or outer
    if not marked or outer.pos != "VERB" or outer.lemma not in SPEECH_VERBS or \
            context.inside_quote(paragraph_index, outer.idx):
        return None
    return outer


def said_before_participle_hung_in_quotation(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                             participle: Token) -> Token | None:
    """"“… is insane,” Reed said, going on to say that …": a participle set off by a comma right after a speech verb
    outside quotations, which the parse hung from a word inside the quotation before it (a sentence of the quotation
    taken for the main clause), belongs to that speech verb, which is returned; None otherwise."""
    tokens = paragraph.tokens
    if participle.tag != "VBG" or participle.dep != "advcl" or participle.i < 2 or tokens[participle.i - 1].text != ",":
        return None
    said = tokens[participle.i - 2]
    if said.pos != "VERB" or said.lemma not in SPEECH_VERBS or context.inside_quote(paragraph_index, said.idx) or \
            not context.inside_quote(paragraph_index, tokens[participle.head].idx):
        return None
    return said


def reporting_verb(context: Context, paragraph_index: int, paragraph: ParsedParagraph, clause: Token) -> Token | None:
    """"It warned that it could be five years before the agency was “fit for purpose”, describing it as “a failing
    organisation”": the speech verb outside quotations that reports `clause` (its head, when the clause is what it
    says), so that a participle set off after an adverbial clause inside what is said belongs to the one saying it,
    not to the subject of the "before" clause (the agency) nor to an "it" with no referent; None otherwise."""
    verb = paragraph.tokens[clause.head]
    if clause.dep != "ccomp" or verb.pos != "VERB" or verb.lemma not in SPEECH_VERBS or \
            context.inside_quote(paragraph_index, verb.idx) or is_unrealised(paragraph, verb):
        return None
    return verb


def thing_before_participle(context: Context, paragraph_index: int, paragraph: ParsedParagraph, cue: Token,
                            verb: Token, subject: Token) -> bool:
    """"Rubio pushed back, saying that the bill had the right parts but was waylaid by mistrust - and arguing that
    …": a participle of speech set off after a clause whose subject is a thing (no person, body or document) that
    depends on another verb belongs further up, to whoever speaks there, not to the thing."""
    if cue.tag != "VBG" or cue.dep not in ("conj", "advcl") or verb.head == verb.i or \
            verb.dep not in ("conj", "ccomp", "advcl") and not clause_of_an_object(paragraph, verb) or \
            context.inside_quote(paragraph_index, paragraph.tokens[verb.head].idx):
        return False
    return subject.pos == "NOUN" and not subject.ent_type and not is_person_noun(subject) and \
        not is_group_noun(subject) and subject.lemma.lower() not in QUANTITY_NOUNS and \
        subject.lemma.lower() not in DOCUMENT_NOUNS and context.actor_at(paragraph_index, subject) is None


def clause_of_an_object(paragraph: ParsedParagraph, verb: Token) -> bool:
    """Whether a verb is the clause of a common noun that is the direct object of a verb ("Hale shrugged off claims
    that his ward had been at risk"): what the noun holds, set inside the sentence of whoever acts."""
    noun = paragraph.tokens[verb.head]
    return verb.dep == "acl" and noun.pos == "NOUN" and noun.dep == "dobj" and noun.head != noun.i and \
        paragraph.tokens[noun.head].pos == "VERB"


def speaks_itself(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token) -> bool:
    """"Comey cannot say that “…,” Lewandowski added, saying …": a speech verb with a subject of its own that the
    parse hung inside what another verb says is where a participle after it belongs, not the outer verb."""
    return verb.pos == "VERB" and verb.lemma in SPEECH_VERBS and \
        subject_of(context, paragraph_index, paragraph, verb) is not None


def answered_after_question(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token],
                            cue: Token) -> Attribution | None:
    """"But when Lomu was asked whether he was taking a risk he replied: “As much as …”", where the parse hung the
    quotation from the passive "asked" (the question put to him, whose words are not his): an active speech verb with
    a subject right before the colon that introduces the quotation says it; None otherwise."""
    tokens = paragraph.tokens
    opening = inside[0].i - 1 if inside else 0
    if cue.lemma != "ask" or not is_passive(paragraph, cue) or opening < 2 or tokens[opening].text not in OPENING or \
            tokens[opening - 1].text != ":":
        return None
    verb = tokens[opening - 2]
    if verb is cue or verb.pos != "VERB" or verb.lemma not in SPEECH_VERBS or is_passive(paragraph, verb):
        return None
    subject = next((t for t in paragraph.dependents(verb) if t.dep == "nsubj" and t.i < verb.i), None)
    return source(context, paragraph_index, paragraph, subject, verb.text.lower()) if subject is not None else None


def asked_by(context: Context, paragraph_index: int, paragraph: ParsedParagraph, inside: list[Token],
             cue: Token) -> Attribution | None:
    """"Asked by Thrush if Clinton “gets” race, Sharpton avoided an answer": quoted words in a question put to
    someone, before the clause the participle hangs from, are the asker's, named by "by", never the one asked (that
    clause's subject); unidentified without a "by"; None for any other verb or an answer quoted after the clause
    ("Asked if she enjoys it, she confesses: “…”")."""
    if cue.lemma != "ask" or cue.tag != "VBN" or cue.dep not in ("advcl", "acl") or cue.head == cue.i or \
            not inside or inside[-1].i > cue.head:
        return None
    agent = named_by_agent(paragraph, cue)
    if agent is None:
        return unidentified(cue.text.lower())
    return source(context, paragraph_index, paragraph, agent, cue.text.lower())


QUESTION_NOUNS = frozenset({"question", "query", "questionnaire"})


def words_of_a_question(paragraph: ParsedParagraph, inside: list[Token], cue: Token) -> Attribution | None:
    """"To a question on the “future of the harbour works,” Hale said …": quoted words in a phrase of a noun of
    asking (QUESTION_NOUNS) before the speech verb they hang from are the question's, not the answer's: nobody's
    (unidentified); None when no such noun stands between the words and the verb."""
    members = {t.i for t in inside}
    tokens = paragraph.tokens
    node = next((t for t in inside if t.head not in members and t.pos != "PUNCT"), None)
    if node is None or inside[-1].i > cue.i:
        return None
    while node.head != node.i and node.head != cue.i:
        node = tokens[node.head]
        if node.pos == "NOUN" and node.lemma.lower() in QUESTION_NOUNS:
            return unidentified(cue.text.lower())
    return None


def elided_subject(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                   cue: Token) -> Attribution | None:
    """'Ms Jowell insisted: “…” And continued: “…”', "But told BBC News: “…”": a speech verb opening its sentence
    after "and" or "but" with no subject, introducing words with a colon or a quotation mark, goes on with the
    person who was the main subject of the sentence before (the writer left the subject out, as within a
    sentence); None when that subject is no person the rules are sure of."""
    tokens = paragraph.tokens
    start = next((s for s, e in paragraph.sents if s <= cue.i < e), None)
    if start is None or cue.head != cue.i or cue.i - start not in (1, 2) or \
            tokens[start].text.lower() not in ("and", "but") or \
            cue.i - start == 2 and tokens[start + 1].pos != "ADV" or \
            not any(t.text == ":" or t.text in OPENING for t in tokens[cue.i + 1:cue.i + 6]):
        return None  # "But calls for a shift have fallen on deaf ears": no verb introducing words
    references = context.references
    here = references.sentence_at(paragraph_index, cue.idx)
    event = references.main_subject_before(here) if here is not None else None
    referent = event.referent if event is not None else None
    if referent is None or referent.actor is None or not references.is_person(referent.actor) or \
            referent.confidence < SURE:
        return None
    return Attribution(referent.actor.name, referent.actor.key, cue.text.lower(), "continuation", 0.8)


# Verb tags the parse gives nouns of a description it misread ("trades union official", "shadow secretary"); a
# participle or past form ("showing", "named") is a verb of its own.
NOUNLIKE_VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})


CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?"})
# Participles that stand in a title before a name ("ranking Democrat", "acting Director"), which the tagger may take
# for the verb of a clause.
TITLE_PARTICIPLES = frozenset({"ranking", "acting", "presiding", "managing", "outgoing", "incoming"})


def name_the_ner_missed(tokens: Sequence[Token], last: int) -> bool:
    """Whether the word at `last` ends a first name and a surname the NER tagged nothing ("Elijah Cummings")."""
    return last > 0 and all(t.pos == "PROPN" and not t.ent_type and t.text[:1].isupper()
                            for t in tokens[last - 1:last + 1]) and is_first_name(tokens[last - 1].text)


def parenthetical_ends_clause(tokens: Sequence[Token], opening: int) -> bool:
    """Whether the bracket at `opening` closes on the same line and the clause ends right after it ("(D-Md.).")."""
    closing = next((t.i for t in tokens[opening + 1:] if t.text == ")"), None)
    return closing is not None and (closing + 1 == len(tokens) or tokens[closing + 1].text in CLAUSE_ENDS)


def name_closing_inverted_clause(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                 cue: Token) -> Attribution | None:
    """“…,” said Swedish trades union official Ulf Carlsson. / “…,” said Tory shadow secretary Caroline Spelman, …:
    a speech verb right after a quotation, followed up to the end of its clause (a full stop or a comma) by words
    with no verb, preposition or pronoun that end with a person's name, is said by that person, whatever subject
    the parse made of the words before the name; None otherwise."""
    tokens = paragraph.tokens
    if cue.i == 0 or tokens[cue.i - 1].text not in CLOSING or cue.pos not in ("VERB", "AUX"):
        return None
    end, particle = cue.i + 1, False
    while end < len(tokens) and tokens[end].text not in CLAUSE_ENDS:
        if tokens[end].text == "(" and end > cue.i + 1 and parenthetical_ends_clause(tokens, end):
            break  # "said Rep. Ann Hale (D-Ohio).": the name ends before what is set off in brackets
        if tokens[end].text.lower() in TITLE_PARTICIPLES and end + 1 < len(tokens) and \
                tokens[end + 1].text[:1].isupper():
            end += 1  # "said ranking Democrat Ann Hale", "said acting Director Tom Reed": part of the title
            continue
        if inside_a_persons_name(tokens, end):
            # "said Jurgen den Hartog": a particle of the name, whatever the tagger read it as (a verb here, which
            # the parse made the name's)
            end, particle = end + 1, True
            continue
        if tokens[end].pos in ("ADP", "SCONJ") and end > cue.i + 1 and is_person_at(context, paragraph_index,
                                                                                    tokens[end - 1]):
            break  # "said Winnipeg Jets head coach Scott Arniel after Tuesday's loss": when, where, not who
        if tokens[end].pos in ("AUX", "ADP", "PRON", "SCONJ", "CCONJ") or tokens[end].tag == "POS" or \
                tokens[end].pos == "VERB" and tokens[end].tag not in NOUNLIKE_VERB_TAGS or \
                tokens[end].text in OPENING or context.inside_quote(paragraph_index, tokens[end].idx):
            return None  # "says a poster showing Tony Blair": the name is not the speaker's
        end += 1
    if end == cue.i + 1 or end == len(tokens):
        return None
    actor = context.actor_at(paragraph_index, tokens[end - 1])
    if actor is None and particle:  # the NER's person here is no actor: the article's person of that name
        actor = context.references.as_written(paragraph, tokens[end - 1]).actor
    if actor is None and name_the_ner_missed(tokens, end - 1):
        # "“…,” said Oversight ranking Democrat Elijah Cummings (D-Md.).", no name to the NER: as written
        return attributed(context.references.as_written(paragraph, tokens[end - 1], SPEAKERS, any_type=True),
                          cue.text.lower())
    if actor is None or actor.type != "person" or \
            context.actor_at(paragraph_index, tokens[cue.i + 1]) is actor and not particle:
        return None  # "said Ulf Carlsson." needs no help: the parse gets it, or named_after does
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.9)


def speech_noun_taken_for_verb(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                               cue: Token) -> Attribution | None:
    """"Alan Milburn has defended his party's posters amid Tory claims the ads were “sly anti-Semitism”", with "claims"
    tagged a verb: a speech word in the present's third person right after the object of a preposition, with no
    subject of its own, is a plural noun of speech ("amid Tory claims", "after union warnings"), and its words are
    those of whoever the word before it names, when that is a person or a body of the article; nobody else's (not
    the subject of the clause the phrase belongs to). None for any other verb."""
    tokens = paragraph.tokens
    if cue.tag != "VBZ" or cue.i == 0 or tokens[cue.i - 1].dep != "pobj" or \
            has_a_subject(tokens, cue):
        return None
    owner = context.actor_at(paragraph_index, tokens[cue.i - 1])
    if owner is None or owner.type not in SPEAKERS:
        return unidentified(cue.text.lower())
    return Attribution(owner.name, owner.key, cue.text.lower(), "verb", 0.85)


def name_after_inverted_verb_hung_below(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                        cue: Token) -> Attribution | None:
    """"“I think it's a good idea,” said Nick Ross, deputy labs editor at PC Pro. Apple's work … would also help the
    Mac mini, he said.": a speech verb right after a quotation, followed by a person's name that ends its clause (a
    comma or a full stop after it), is said by that person, even where the parse left the verb without a subject and
    hung it below a later verb (whose "he" would otherwise speak); None when the verb has a subject of its own or
    the name is a possessor ("said Nick Ross's spokesman")."""
    tokens = paragraph.tokens
    if cue.i == 0 or tokens[cue.i - 1].text not in CLOSING or cue.pos not in ("VERB", "AUX") or \
            cue.head == cue.i or cue.i + 1 >= len(tokens) or \
            has_a_subject(tokens, cue):
        return None
    actor = context.actor_at(paragraph_index, tokens[cue.i + 1])
    if actor is None or actor.type != "person":
        return None
    end = cue.i + 1
    while end < len(tokens) and context.actor_at(paragraph_index, tokens[end]) is actor:
        end += 1
    if end < len(tokens) and tokens[end].text not in (",", "."):
        return None
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.9)


# Names of days and months, which are surnames too ("Mike Friday", "Theresa May"); abbreviations are not.
CALENDAR_WORDS = frozenset(w for w in (*WEEKDAYS, *MONTHS) if len(w) > 3 or w == "may")
FIRST_NAME_BEFORE = r"\b([A-Z][a-z]+) {}\b"


def surname_taken_for_date(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                           cue: Token) -> Attribution | None:
    """"“…,” said England sevens coach Mike Friday.", "“…,” said Friday.": a speech verb right after a quotation, with
    no subject of its own, whose clause ends with the name of a day or a month that the NER took for a date, says
    the words of the person so surnamed: the first name right before it, or, where the word stands alone, the one
    first name the article sets before it elsewhere; None otherwise."""
    tokens = paragraph.tokens
    if cue.i == 0 or tokens[cue.i - 1].text not in CLOSING or cue.pos != "VERB" or \
            has_a_subject(tokens, cue):
        return None
    end = next((t.i for t in tokens[cue.i + 1:] if t.text in {".", ",", ";", ":", "!", "?"}), len(tokens))
    last = tokens[end - 1]
    if end == cue.i + 1 or last.text.lower() not in CALENDAR_WORDS or not last.text[:1].isupper():
        return None
    if end - cue.i > 2:
        first = tokens[end - 2].text
        if not (first[:1].isupper() and is_first_name(first)):
            return None
        names = {first}
    else:
        text = " ".join(p.text for p in context.parsed.paragraphs)
        names = {m for m in re.findall(FIRST_NAME_BEFORE.format(re.escape(last.text)), text) if is_first_name(m)}
    if len(names) != 1:
        return None
    name = f"{next(iter(names))} {last.text}"
    actor = actor_named([a for a in context.references.actors if a.type == "person"], name)
    return Attribution(name, actor.key if actor is not None else None, cue.text.lower(), "verb", 0.85)


def inside_a_persons_name(tokens: Sequence[Token], index: int) -> bool:
    """Whether a word in lower case stands between two capitalised words inside one name the NER took for a
    person's ("den" of "Jurgen den Hartog", "van" of "Ruud van Nistelrooy"): a particle of the name, whatever the
    tagger read it as."""
    if index == 0 or index + 1 >= len(tokens) or not tokens[index].text.islower():
        return False
    return all(t.ent_type == "PERSON" for t in tokens[index - 1:index + 2]) and \
        tokens[index - 1].text[:1].isupper() and tokens[index + 1].text[:1].isupper()


def description_taken_for_object(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """"“Christmas is a special time,” added the two-time Academy Award winner.": a speech verb right after quoted
    words cut at a comma, a question or an exclamation mark, with no subject, whose direct object right after it is
    a definite person noun ("the winner") or an age ("the 30-year-old"), says the words with that description for its
    subject (an attribution turned round, which the parse read as the verb's object); None otherwise."""
    tokens = paragraph.tokens
    if cue.i < 2 or tokens[cue.i - 1].text not in CLOSING or tokens[cue.i - 2].text not in CUT_MARKS or \
            cue.pos != "VERB" or cue.lemma not in SPEECH_VERBS or \
            has_a_subject(tokens, cue):
        return None
    objects = [t for t in tokens[cue.i + 1:] if t.head == cue.i and t.dep == "dobj"]
    if len(objects) != 1 or not is_age(paragraph, objects[0]) and (
            objects[0].pos != "NOUN" or objects[0].tag == "NNS" or not is_person_noun(objects[0])):
        return None  # "added the 30-year-old", "old" an adjective to the tagger, is a person described by age too
    noun = objects[0]
    if tokens[cue.i + 1].text.lower() != "the" or any(t.pos in ("VERB", "AUX", "ADP", "PRON") or t.text in OPENING
                                                       for t in tokens[cue.i + 1:noun.i]):
        return None
    return noun


def is_person_at(context: Context, paragraph_index: int, token: Token) -> bool:
    """Whether the token is a word of a person's name the article gives."""
    actor = context.actor_at(paragraph_index, token)
    return actor is not None and actor.type == "person"


def subject_taken_for_modifier(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                               verb: Token) -> Token | None:
    """"When someone shouted, “Cruz,” Beck joked, “Amen!”": a person named right before a speech verb, which
    the parse hung from the verb as a modifier ("Beck" a compound of "joked") rather than as its subject;
    the verb's speaker before any clause the verb depends on."""
    before = paragraph.tokens[verb.i - 1] if verb.i > 0 else None
    if before is None or before.head != verb.i or before.dep not in ("compound", "npadvmod", "nmod", "dep") or \
            context.inside_quote(paragraph_index, before.idx):
        return None
    actor = context.actor_at(paragraph_index, before)
    return before if actor is not None and actor.type == "person" else None


def set_off_with_object(paragraph: ParsedParagraph, verb: Token) -> bool:
    """"De Blasio, speaking on WOR710, called Trump a “blowhard”": a verb the parse took for a participle
    describing the noun before it (as in "groups dubbed “pioneers”", where the noun is what is named) but which
    follows a comma and has an object of its own, so says something of someone else: the noun is its subject."""
    return verb.i > 0 and paragraph.tokens[verb.i - 1].text == "," and any(
        t.dep in ("dobj", "oprd") and t.i > verb.i for t in paragraph.dependents(verb))


def quoted_as_saying(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """The object of an active "quote … as saying" ("The Times quoted Tom Hale as saying: …"), from either
    verb: the one quoted is the speaker, not the outlet quoting them."""
    tokens = paragraph.tokens
    verb = cue
    if cue.dep == "pcomp" and tokens[cue.head].text.lower() == "as" and cue.head != cue.i:
        verb = tokens[tokens[cue.head].head]
    if verb.lemma != "quote" or is_passive(paragraph, verb):
        return None
    says = any(t.head == verb.i and t.text.lower() == "as" and any(
        s.head == t.i and s.dep == "pcomp" and s.lemma in SPEECH_VERBS for s in tokens) for t in tokens)
    objects = [t for t in paragraph.dependents(verb) if t.dep == "dobj"]
    return objects[0] if says and objects else None


def quotes_a_person(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """"“…,” the newspaper quotes a source close to the firm": the person an active "quote" has as its object,
    with no "as saying" (`quoted_as_saying`), is who said the words, not the outlet quoting them; so is the object
    of a "quoting" set off after the verb ("“…,” the Post reported, quoting a Republican official"); None for an
    object that is no person noun ("quoted figures")."""
    cue = next((t for t in paragraph.dependents(cue) if t.i > cue.i and t.lemma == "quote" and
                t.tag == "VBG" and t.dep in ("advcl", "xcomp", "conj") and paragraph.tokens[t.i - 1].text == ","), cue)
    if cue.lemma != "quote" or is_passive(paragraph, cue) or cue.tag == "VBN":
        return None
    objects = [t for t in paragraph.dependents(cue) if t.dep == "dobj"]
    return objects[0] if objects and (is_person_noun(objects[0]) or objects[0].ent_type == "PERSON") else None


def inverted_parenthetical(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                           cue: Token) -> Attribution | None:
    """"The ministers' comments, said Junya Tanase of JPMorgan in Tokyo, were “too weak …”": a speech verb set off
    after a comma with a person's name right after it is that person's, whatever the parse took for its subject
    (here the sentence's own subject, before the comma)."""
    tokens = paragraph.tokens
    if cue.i < 2 or cue.i + 1 >= len(tokens) or tokens[cue.i - 1].text != "," or \
            context.inside_quote(paragraph_index, cue.idx) or any(t.text in CLOSING for t in tokens[cue.i - 3:cue.i]):
        return None  # "“…,” said Hale" is read the usual way
    actor = context.actor_at(paragraph_index, tokens[cue.i + 1])
    if actor is None or actor.type != "person":
        return None
    subject = next((t for t in paragraph.dependents(cue) if t.dep in SUBJECT_DEPS and t.i < cue.i), None)
    if subject is None or context.actor_at(paragraph_index, subject) is not None:
        return None
    end = cue.i + 1
    while end < len(tokens) and context.actor_at(paragraph_index, tokens[end]) is actor:
        end += 1
    if end >= len(tokens) or tokens[end].text not in (",", "of", "from", "at"):
        return None  # the name is set off too, before the sentence goes on
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.85)


SAYING_OR_BELIEVING_VERBS = SPEECH_VERBS | BELIEVING_VERBS


def set_off_named_speaker(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                          inside: list[Token]) -> Attribution:
    """"The plan, says Tom Reed, head of research at the bank, is a “stealth tax”", "And if firms do chase more
    “premium content”, thinks Ms Lowe, prices will rise": a verb of saying or believing set off by a comma inside
    the sentence, with a person of the article named right after it and set off in turn, attributes the sentence,
    and so the quoted words in it, however the parse hung them; not a verb of telling (its name is the one told),
    nor a sentence with another verb of saying or believing outside the quotation marks, nor a parenthetical that
    closes the sentence ("…, says Tom Reed.", read by `closing_attribution`)."""
    start, end = sentence_of(paragraph, inside[0].i)
    tokens = paragraph.tokens
    verbs = [t for t in tokens[start:end] if t.pos == "VERB" and t.lemma in SAYING_OR_BELIEVING_VERBS and
             not context.inside_quote(paragraph_index, t.idx)]
    if len(verbs) != 1:
        return NOBODY
    verb = verbs[0]
    if verb.lemma in ADDRESSING_VERBS or verb.tag not in ("VBZ", "VBD") or tokens[verb.i - 1].text != "," or \
            is_passive(paragraph, verb):
        return NOBODY
    name = verb.i + 1
    while name < end and tokens[name].text.lower().rstrip(".") in HONORIFICS:
        name += 1
    actor = context.actor_at(paragraph_index, tokens[name]) if name < end else None
    if actor is None or actor.type != "person":
        return NOBODY
    while name < end and context.actor_at(paragraph_index, tokens[name]) is actor:
        name += 1
    if name >= end or tokens[name].text != "," or not any(goes_on_finite(tokens, t) for t in tokens[name:end]):
        return NOBODY
    return Attribution(actor.name, actor.key, verb.text.lower(), "parenthetical", 0.8)


def goes_on_finite(tokens: Sequence[Token], token: Token) -> bool:
    """Whether `token` is a finite verb of the sentence going on after a parenthetical ("…, says Tom Reed, head of
    research, is a …"), not one of a relative clause describing the name ("…, says Tom Reed, who heads research.")."""
    verb = tokens[token.head] if token.dep in ("aux", "auxpass") else token
    return token.tag in ("VBZ", "VBD", "VBP", "MD") and verb.dep not in ("relcl", "acl")


# Passive verbs whose subject is the one "as saying" reports ("Mr Kapor is reported as saying").
REPORTED_AS_VERBS = frozenset({"quote", "report"})


def reported_as_saying(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """The one a passive "is reported as saying", "was quoted by The Australian as saying" or "with Mr Dixon
    quoted as saying" is about, from either verb: the verb's subject, or the noun the participle describes (not
    the outlet after "by"); None for any other verb."""
    tokens = paragraph.tokens
    verb = cue
    if cue.dep == "pcomp" and tokens[cue.head].text.lower() == "as" and cue.head != cue.i:
        verb = tokens[tokens[cue.head].head]
    if verb.lemma not in REPORTED_AS_VERBS or \
            not (is_passive(paragraph, verb) or verb.tag == "VBN" or absolute_with(paragraph, verb)):
        return None
    says = any(t.head == verb.i and t.text.lower() == "as" and any(
        s.head == t.i and s.dep == "pcomp" and s.lemma in SPEECH_VERBS for s in tokens) for t in tokens)
    if not says:
        return None
    subject = next((t for t in paragraph.dependents(verb) if t.dep == "nsubjpass"), None)
    if subject is not None:
        return subject
    if absolute_with(paragraph, verb):
        return next((t for t in paragraph.dependents(verb) if t.dep == "nsubj" and t.i < verb.i), None)
    noun = tokens[verb.head]
    return noun if verb.dep in ("acl", "advcl", "ccomp") and noun.pos in ("PROPN", "NOUN") and noun.i < verb.i else None


def absolute_with(paragraph: ParsedParagraph, verb: Token) -> bool:
    """"…, with Mr Quinn quoted as saying …", the parse reading "quoted" as an active verb with Mr Quinn its subject:
    a verb opened by "with" that has a subject but neither an object nor an auxiliary is a participle of a phrase
    of its own (what it says of its subject is passive), not an active verb of the sentence."""
    children = paragraph.dependents(verb)
    return any(t.dep == "mark" and t.text.lower() == "with" for t in children) and \
        any(t.dep == "nsubj" for t in children) and not any(t.dep in ("dobj", "aux", "auxpass") for t in children)


def judged_for_saying(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """"Bristol manager Dean Holt has been fined £5,000 and suspended for four matches for calling a linesman “a total
    joke”", "Hale was praised for describing the plan as “…”": a participle of speech after "for" in the phrase
    of a passive verb (or of a verb joined to one) says the words of that verb's subject, the one punished or
    praised for saying them; the name the parse set off after a subject noun ("manager … Dean Holt") when it did.
    After an active verb of praise or blame, the one it judges (`one_judged`: "Hale mocked Reed for calling himself
    the “king of the docks”" is Reed's). None otherwise."""
    tokens = paragraph.tokens
    if cue.tag != "VBG" or cue.dep != "pcomp" or cue.head == cue.i or tokens[cue.head].text.lower() != "for":
        return None
    preposition = tokens[cue.head]
    if preposition.head == preposition.i:
        return None
    verb = tokens[preposition.head]
    while verb.dep == "conj" and verb.head != verb.i and not is_passive(paragraph, verb):
        verb = tokens[verb.head]  # "fined … and banned … for calling": the subject the two verbs share
    if verb.pos != "VERB":
        return None
    if not is_passive(paragraph, verb):
        return one_judged(paragraph, verb)
    subject = next((t for t in paragraph.dependents(verb) if t.dep == "nsubjpass"), None)
    if subject is None:
        return None
    name = next((t for t in paragraph.dependents(subject) if t.dep == "appos" and t.pos == "PROPN"), None)
    return name if name is not None and subject.pos == "NOUN" else subject


def one_judged(paragraph: ParsedParagraph, verb: Token) -> Token | None:
    """The direct object of an active verb of praise or blame (`JUDGING_VERBS`) when it is a name or a personal
    pronoun ("mocked Trump for …", "praised her for …"): the one whose deed the "for" phrase tells; None otherwise
    ("criticised the plan for …": no one)."""
    if verb.lemma not in JUDGING_VERBS:
        return None
    judged = next((t for t in paragraph.dependents(verb) if t.dep == "dobj"), None)
    return judged if judged is not None and (judged.pos == "PROPN" or judged.tag == "PRP") else None


def on_record_as_saying(paragraph: ParsedParagraph, cue: Token) -> Token | None:
    """"Trade secretary Anna Cole is on record as saying that she “regretted” the dispute", "Hale has gone on record as
    saying …": the one whom a clause puts "on record" says what "as saying" reports, from either word: that clause's
    subject; None otherwise."""
    tokens = paragraph.tokens
    if cue.dep != "pcomp" or cue.head == cue.i or tokens[cue.head].text.lower() != "as":
        return None
    verb = tokens[tokens[cue.head].head]
    on_record = any(t.head == verb.i and t.dep == "prep" and t.text.lower() == "on" and
                    any(r.head == t.i and r.dep == "pobj" and r.lemma.lower() == "record" for r in tokens)
                    for t in tokens)
    if not on_record or is_passive(paragraph, verb):
        return None
    return next((t for t in paragraph.dependents(verb) if t.dep == "nsubj" and t.i < verb.i), None)


def recorded(context: Context, paragraph_index: int, paragraph: ParsedParagraph, noun: Token) -> LocalActor | None:
    """"footage of Trump": the actor a recording noun shows speaking."""
    if noun.lemma not in RECORDING_NOUNS:
        return None
    for of in (t for t in paragraph.tokens if t.head == noun.i and t.text == "of"):
        for person in (t for t in paragraph.dependents(of) if t.dep == "pobj"):
            actor = context.actor_at(paragraph_index, person)
            if actor is not None:
                return actor
    return None


def relative_subject_stands_for(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token,
                                verb: Token) -> Token:
    """What a verb's subject stands for when it is a relative pronoun ("Peter Brandt, who called it …": the noun the
    clause modifies, or the person named right before "who"); else the subject itself."""
    if subject.text.lower() in RELATIVE_PRONOUNS and verb.dep == "relcl" and \
            paragraph.tokens[verb.head].pos in ("NOUN", "PROPN", "PRON"):
        return speaker_before_relative(context, paragraph_index, paragraph, subject) or \
            speaker_owning_relative_noun(context, paragraph_index, paragraph, subject, verb) or \
            paragraph.tokens[verb.head]
    if subject.text.lower() in ("who", "which"):
        return relative_antecedent(paragraph, subject) or subject
    return subject


def relative_antecedent(paragraph: ParsedParagraph, pronoun: Token) -> Token | None:
    """"the Chicago Police Department which reported …", where the parse did not make the clause a relative
    one: the noun right before the relative pronoun (over a comma) is what it stands for."""
    before = pronoun.i - 1
    if before >= 0 and paragraph.tokens[before].text == ",":
        before -= 1
    if before < 0 or paragraph.tokens[before].pos not in ("NOUN", "PROPN"):
        return None
    return paragraph.tokens[before]


def speaker_before_relative(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                            pronoun: Token) -> Token | None:
    """"backed by Culture, Media and Sport Secretary Tessa Jowell who said: …", "labelled a “big misjudgement” by
    the Conservatives who said …", where the parse hung the relative clause from another noun: a person's or an
    organisation's name right before "who" (said in British English of a body of people) is what it stands for;
    None otherwise."""
    found = relative_antecedent(paragraph, pronoun) if pronoun.text.lower() == "who" else None
    actor = context.actor_at(paragraph_index, found) if found is not None else None
    return found if actor is not None and actor.type in ("person", "organisation") else None


def speaker_owning_relative_noun(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                 pronoun: Token, clause: Token) -> Token | None:
    """"said one Democrat familiar with the discussion, who added that …": a "who" whose clause the parse hung from a
    thing, the object of a preposition in a phrase about someone, stands for that someone (a person's name, the name
    a noun of a person is set beside, or that noun); None otherwise."""
    tokens = paragraph.tokens
    noun = tokens[clause.head]
    if pronoun.text.lower() != "who" or noun.pos != "NOUN" or is_person_noun(noun) or \
            context.actor_at(paragraph_index, noun) is not None:
        return None
    node = noun
    for _ in range(3):  # noun ← preposition ← (an adjective or a noun) ← …
        if node.dep != "pobj" or tokens[node.head].head == node.head:
            return None
        node = tokens[tokens[node.head].head]
        if node.pos == "ADJ" and node.dep == "amod":
            node = tokens[node.head]
        actor = context.actor_at(paragraph_index, node)
        if actor is not None:
            return node if actor.type == "person" else None
        if node.pos in ("NOUN", "PROPN") and is_person_noun(node):
            named = tokens[node.head] if node.dep == "appos" else None  # "Ann Hale, a senator familiar with …"
            person = context.actor_at(paragraph_index, named) if named is not None else None
            return named if person is not None and person.type == "person" else node
    return None


def is_passive(paragraph: ParsedParagraph, verb: Token) -> bool:
    return verb.tag == "VBN" and any(t.dep in ("auxpass", "nsubjpass") for t in paragraph.dependents(verb))


def passive_agents(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token) -> list[Token]:
    """The "by" of a passive verb; of a naming verb also where the parse hung it from the quoted name ("called
    “a recipe for delay” by Professor Hale")."""
    _, end = sentence_of(paragraph, verb.i)
    return [t for t in paragraph.tokens[verb.i + 1:end] if t.text.lower() == "by" and not
            context.inside_quote(paragraph_index, t.idx) and (t.head == verb.i or verb.lemma in NAMING_VERBS and
                                                              context.inside_quote(paragraph_index,
                                                                                   paragraph.tokens[t.head].idx))]


def named_by_passive_agent(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                           verb: Token) -> Token | None:
    """The one the first "by" of a passive or naming verb names (`passive_agents`), or None."""
    return next((named for by in passive_agents(context, paragraph_index, paragraph, verb)
                 if (named := object_of(paragraph, by)) is not None), None)


def named_by_agent(paragraph: ParsedParagraph, verb: Token, inside: Set[int] = frozenset()) -> Token | None:
    """The object (`object_of`) of the first "by" that the parse hangs from a verb as its agent and that has one
    ("described by Anna Lowe": "Lowe"), leaving out a "by" at an index in `inside` (the quotation's); None without."""
    return next((named for by in paragraph.dependents(verb) if by.dep == "agent" and by.i not in inside
                 if (named := object_of(paragraph, by)) is not None), None)


# Verbs that give a name, which have the name as their only complement only as a participle ("the county, called
# “…” by its people"): the naming verbs but those that take one object when active ("described", "hailed", "rated",
# "coined"), and "nickname".
NAME_GIVING_VERBS = NAMING_VERBS - {"describe", "hail", "rate", "coin"} | {"nickname"}


def naming_participle(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                      cue: Token) -> Attribution | None:
    """"The senator labeled “a leader who has faced tough times” continues to lead", "Ann Hale, called “the iron
    lady” by the local paper, said …", "in a move branded a “humiliating retreat” by the opposition": a verb that gives
    a name (NAME_GIVING_VERBS) with no object outside the quoted name is a participle the parse may have read as a
    past tense, naming what it describes: the words are those of whom a "by" after them names, else nobody's where
    a verb after them that the parse joined to it has no subject of its own (the one named is that verb's); None
    otherwise ("Hale called the plan “…”", "what Reed called “…”", "which Hale called “…”")."""
    if cue.lemma not in NAME_GIVING_VERBS or is_passive(paragraph, cue):
        return None
    tokens = paragraph.tokens
    ahead = list(takewhile(lambda t: not context.inside_quote(paragraph_index, t.idx), tokens[cue.i + 1:]))
    if any(t.pos != "PUNCT" and t.dep != "det" for t in ahead) or any(
            t.dep in ("dobj", "dative") and not context.inside_quote(paragraph_index, t.idx)
            for t in paragraph.dependents(cue)):
        return None  # "called her “…”", "called on police to …", "what Reed called “…”": an object of its own
    agent = named_by_passive_agent(context, paragraph_index, paragraph, cue)
    if agent is not None:
        return source(context, paragraph_index, paragraph, agent, cue.text.lower())
    joined = [t for t in paragraph.dependents(cue) if t.dep in ("conj", "ccomp") and t.pos in ("VERB", "AUX")]
    if cue.dep == "ccomp" and cue.head != cue.i:
        joined.append(tokens[cue.head])
    def outside(token: Token) -> bool:  # the parse may take a word of the name for a subject or a conjunction
        return not context.inside_quote(paragraph_index, token.idx)
    named = [t for t in joined if t.i > cue.i and outside(t) and
             not any(c.dep in SUBJECT_DEPS and outside(c) for c in paragraph.dependents(t)) and
             not any(c.dep == "cc" and outside(c) for c in tokens[cue.i + 1:t.i])]  # "… and boycotted"
    return unidentified(cue.text.lower()) if named else None


def agent_of_participle(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token,
                        cue: Token) -> Attribution | None:
    """"Burglars took a bracelet described by Anna Lowe as “the most precious thing she had ever owned”": a passive
    participle describing a noun, with a "by" of its own, says the words of the one after "by", as a passive verb
    does; None without one."""
    agent = named_by_agent(paragraph, verb)
    return source(context, paragraph_index, paragraph, agent, cue.text.lower()) if agent is not None else None


def named_after_relative_object(context: Context, paragraph_index: int, paragraph: ParsedParagraph, noun: Token,
                                verb: Token, cue: Token) -> Attribution | None:
    """"Much of Beck's ire was directed at Bannon, who Beck on Wednesday called “a horrible … human being.”": a verb
    the parse hung from a noun, after a relative pronoun and then one person's name (the parse took the name for the
    relative clause's verb), is that person's, the relative pronoun being its object; None otherwise."""
    tokens = paragraph.tokens
    between = [t for t in tokens[noun.i + 1:verb.i] if t.text != ","]
    if not between or between[0].text.lower() not in ("who", "whom") or \
            any(t.pos in ("VERB", "AUX") for t in between):
        return None
    people = {a.key: a for a in (context.actor_at(paragraph_index, t) for t in between[1:])
              if a is not None and a.type == "person"}
    if len(people) != 1 or between[1].pos != "PROPN":
        return None
    actor = next(iter(people.values()))
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.85)


def named_before(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                 cue: Token) -> Attribution | None:
    """"Speaking in Harrogate Mr Kennedy said", "the EPA's Andrew Fanara said": a person named right before a
    speech verb that the parse gave no subject (it took the name for part of another phrase)."""
    before = cue.i - 1
    while before >= 0 and paragraph.tokens[before].pos == "ADV":
        before -= 1  # "Mr Kennedy also said"
    before = before_party_tag(paragraph, before_apposition(paragraph, before))
    if before > 0 and paragraph.tokens[before].text == "," and stray_comma(paragraph, before):
        before -= 1  # "“…,” shop owner Hayriye Evren, told Associated Press"
    if before < 0 or context.inside_quote(paragraph_index, paragraph.tokens[before].idx):
        return None
    actor = context.actor_at(paragraph_index, paragraph.tokens[before])
    if actor is None or actor.type != "person":
        return None
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.9)


def named_in_apposition(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                        cue: Token) -> Attribution | None:
    """"In a statement, her senior policy adviser, Jake Sullivan, said:": a person's name set off by commas right
    before a speech verb the parse gave no subject, in apposition to a description of them that the parse
    hung elsewhere (the description and the name are the same speaker)."""
    name = apposition_before(context, paragraph_index, paragraph, cue)
    if name is None:
        return None
    actor = context.actor_at(paragraph_index, name)
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.9)


ASIDE_MAX_HOPS = 6  # how far up from a verb hung inside an aside its opening name is looked for


def aside_opener(paragraph: ParsedParagraph, verb: Token) -> Token:
    """The word a verb hangs from, or, when that word is inside an aside set off by a comma after a name ("Stuart
    Stevens, who served as Romney's strategist during the 2012 campaign, called …", "called" hung from
    "campaign"), the name the aside hangs from: the nearest word up the parse that a comma follows, other than the
    comma closing the aside right before the verb."""
    tokens = paragraph.tokens
    node = tokens[verb.head]
    for _ in range(ASIDE_MAX_HOPS):
        if node.i + 1 < verb.i - 1 and tokens[node.i + 1].text == "," or node.head == node.i:
            return node
        node = tokens[node.head]
    return tokens[verb.head]


def name_before_aside(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token,
                      cue: Token) -> Attribution | None:
    """"Murphy, the head of Right to Rise USA, Tweeted on Friday", "O'Malley, who signed gun laws as governor,
    interjected to say:": a verb the parse took for a participle describing a person's name, right after an aside
    that the commas set off after the name (an apposition or a relative clause, every word of it hanging from the
    name), is said by that person; not a passive with its agent ("…, dubbed “the Donald” by fans"). None otherwise."""
    tokens = paragraph.tokens
    name = aside_opener(paragraph, verb)
    actor = context.actor_at(paragraph_index, name)
    if actor is None or actor.type != "person" or name.pos != "PROPN" or verb.i - name.i < 4 or \
            tokens[name.i + 1].text != "," or tokens[verb.i - 1].text != "," or \
            any(t.dep == "agent" for t in paragraph.dependents(verb)) or \
            context.inside_quote(paragraph_index, name.idx):
        return None
    aside = tokens[name.i + 2:verb.i - 1]
    if not all(hangs_from(paragraph, t, name) for t in aside):
        return None
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.85)


def hangs_from(paragraph: ParsedParagraph, token: Token, upper: Token) -> bool:
    """Whether `upper` is on the path from `token` up to the root of the parse, whatever the relations."""
    node = token
    for _ in range(len(paragraph.tokens)):
        if node.head == node.i:
            return False
        node = paragraph.tokens[node.head]
        if node.i == upper.i:
            return True
    return False


def stray_comma(paragraph: ParsedParagraph, comma: int) -> bool:
    """A comma between a name and its verb, with nothing but the name's noun phrase between it and the
    closing mark of a quotation before it ("“…,” shop owner Hayriye Evren, told …")."""
    for i in range(comma - 1, -1, -1):
        token = paragraph.tokens[i]
        if token.text in CLOSING:
            return i < comma - 1
        if token.pos not in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT") or token.text in {",", "."}:
            return False
    return False


def before_apposition(paragraph: ParsedParagraph, last: int) -> int:
    """"Flynn, a top Trump surrogate, said": the token before an apposition set off by commas that ends at
    `last`, else `last` itself."""
    tokens = paragraph.tokens
    if last < 2 or tokens[last].text != ",":
        return last
    for i in range(last - 1, max(last - APPOSITION_MAX_WORDS, 0), -1):
        if tokens[i].text == ",":
            return i - 1 if i - 1 < last - 2 else last
        if tokens[i].pos in ("VERB", "AUX", "PRON") or tokens[i].text in OPENING or tokens[i].text in CLOSING:
            return last
    return last


APPOSITION_MAX_WORDS = 12


PARTY_TAG_MAX_TOKENS = 6  # "(D-Mass.)", "(R-Wis.)", "(I-Vt.)" as the parse splits them


def before_party_tag(paragraph: ParsedParagraph, last: int) -> int:
    """"Sen. Elizabeth Warren (D-MA) said": the token before a short group in brackets that ends at `last` (a US
    legislator's party and state after the name), else `last` itself."""
    tokens = paragraph.tokens
    if last < 2 or tokens[last].text != ")":
        return last
    for i in range(last - 1, max(last - PARTY_TAG_MAX_TOKENS, 0) - 1, -1):
        if tokens[i].text == "(":
            return i - 1 if i < last - 1 else last
        if tokens[i].pos in ("VERB", "AUX", "PRON") or tokens[i].text in OPENING or tokens[i].text in CLOSING:
            return last
    return last


def has_a_subject(tokens: Sequence[Token], verb: Token) -> bool:
    """Whether the parse gives a verb a subject of its own."""
    return any(t.head == verb.i and t.dep in SUBJECT_DEPS and t.i != verb.i for t in tokens)


# Verbs of sending words to someone ("sent an email to donors", "wrote to members").
SENDING_VERBS = frozenset({"send", "mail", "email", "e-mail", "write", "post", "forward", "deliver", "address",
                           "blast", "circulate", "distribute", "issue", "text"})


def sender_to_addressee(paragraph: ParsedParagraph, noun: Token) -> Token | None:
    """The verb of sending (`SENDING_VERBS`) whose words go "to" `noun` ("X sent an email to donors", "X wrote to
    donors"): what a participle after the addressee says ("… to donors stating “…”") is the sender's words, not
    the addressee's; not "X pointed to a letter saying …", where the letter says it."""
    preposition = paragraph.tokens[noun.head]
    if noun.dep != "pobj" or preposition.text.lower() != "to" or preposition.head == preposition.i:
        return None
    above = paragraph.tokens[preposition.head]
    if above.pos == "NOUN" and above.dep == "dobj" and above.head != above.i:
        above = paragraph.tokens[above.head]  # "an email to donors", the object of "sent"
    return above if above.pos == "VERB" and above.lemma.lower() in SENDING_VERBS else None


def subject_of(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token) -> Token | None:
    """A verb's subject outside quotations; for a verb coordinated with others ("X told … and added"),
    the nearest subject before it of a verb of its coordination."""
    def subjects(v: Token) -> list[Token]:
        return [t for t in paragraph.dependents(v) if t.dep in SUBJECT_DEPS
                and not context.inside_quote(paragraph_index, t.idx)]
    own = [t for t in subjects(verb) if can_be_subject(t)]
    if own:
        # "said Navy Capt. Peter Walsh", parsed with two subjects: the person's name, not the title's
        people = [t for t in own if (a := context.actor_at(paragraph_index, t)) is not None and a.type == "person"]
        chosen = (people or own)[0]
        chosen = subject_after_dash_aside(paragraph, chosen, verb, own) or \
            speaker_set_off_after_subject(paragraph, chosen, verb) or chosen
        return person_closing_subject(context, paragraph_index, paragraph, verb, chosen) or chosen
    surname = modal_taken_for_a_surname(context, paragraph, verb)
    if surname is not None:
        return surname
    set_off = name_set_off_before_verb(context, paragraph_index, paragraph, verb)
    if set_off is not None:
        return set_off
    shared = subject_of_unmarked_clause_before(paragraph, verb, subjects) or \
        subject_of_auxiliary_cut_off(paragraph, verb, subjects)
    if shared is not None:
        return shared
    if verb.dep != "conj":
        return None
    chain = [verb]
    while chain[-1].head != chain[-1].i and (chain[-1].dep == "conj" or joined_without_conjunction(paragraph, chain[-1])):
        chain.append(paragraph.tokens[chain[-1].head])
    above = verb_of_object_taken_for_coordinate(paragraph, chain[-2], chain[-1])
    if above is not None:
        chain.append(above)
    for link in chain:
        if subjects(link):
            break
        named = apposition_before(context, paragraph_index, paragraph, link)
        if named is not None:
            return named  # "X claimed …, but his lawyer, Antony Townsden, told the BBC … and added:"
    top = chain[-1]
    coordinated = {top.i} | {t.i for t in paragraph.tokens if t.dep == "conj" and t.head in {c.i for c in chain}}
    before = [s for v in coordinated for s in subjects(paragraph.tokens[v]) if s.i < verb.i]
    return max(before, key=lambda t: t.i) if before else None


def subject_after_dash_aside(paragraph: ParsedParagraph, subject: Token, verb: Token,
                             subjects: list[Token]) -> Token | None:
    """"In the letter – sent to the county's lawyer, Tom Reed – the councillor asks that …": a subject the parse took
    from the end of an aside that dashes set off, with the words between the closing dash and the verb hung from it
    as its apposition or as another of the verb's `subjects`, is the aside's last word, not the speaker; the phrase
    after the dash is. None otherwise."""
    tokens = paragraph.tokens
    start, _ = sentence_of(paragraph, subject.i)
    if subject.i + 2 >= verb.i or tokens[subject.i + 1].text not in DASHES or \
            not any(t.text in DASHES for t in tokens[start:subject.i]):
        return None
    after = tokens[subject.i + 2:verb.i]
    heads = [t for t in after if t.head == subject.i and t.dep == "appos" or t in subjects]
    if len(heads) != 1 or not all(t.i == heads[0].i or hangs_from(paragraph, t, heads[0]) for t in after):
        return None
    return heads[0]


def speaker_set_off_after_subject(paragraph: ParsedParagraph, subject: Token, verb: Token) -> Token | None:
    """"Hale, a top aide said, “is very confident”": a speech verb set off by commas inside the clause it reports
    (hung from a main verb after it that has no subject of its own), whose subject the parse took from before the
    first comma with the words up to the verb as its apposition, is said by that apposition ("a top aide"), not by
    the subject of the clause it reports; an apposition closed by its own comma ("Hale, a top aide, said") is none.
    None otherwise."""
    tokens = paragraph.tokens
    main = tokens[verb.head]
    if verb.dep != "parataxis" or main.i < verb.i or verb.i + 1 >= len(tokens) or tokens[verb.i + 1].text != "," or \
            subject.i + 2 >= verb.i or tokens[subject.i + 1].text != "," or \
            any(t.dep in SUBJECT_DEPS for t in paragraph.dependents(main)):
        return None
    between = tokens[subject.i + 2:verb.i]
    heads = [t for t in between if t.head == subject.i and t.dep == "appos"]
    if len(heads) != 1 or any(t.pos == "PUNCT" for t in between) or \
            not all(t.i == heads[0].i or hangs_from(paragraph, t, heads[0]) for t in between):
        return None
    return heads[0]


def subject_of_unmarked_clause_before(paragraph: ParsedParagraph, verb: Token,
                                      subjects: Callable[[Token], list[Token]]) -> Token | None:
    """"Trump further summed up Clinton as “terrible,” denounced her record … and said …": a verb without a subject
    that the parse hung a clause before it from, a clause with a subject but no conjunction ("when", "after") ending
    with a comma right before the verb (a closing mark between them or not), shares that clause's subject: the two are
    coordinated, the "and" left out. Not a clause the parse made the verb's complement: "Howard denied Mr Yeo, his
    spokesman, said the plans “stink”" is Yeo's."""
    tokens = paragraph.tokens
    before = next((t for t in reversed(tokens[:verb.i]) if t.text not in CLOSING), None)
    if before is None or before.text != ",":
        return None
    for clause in (t for t in paragraph.dependents(verb) if t.dep == "advcl" and t.i < verb.i):
        marked = any(t.dep == "mark" for t in paragraph.dependents(clause))
        own = [s for s in subjects(clause) if can_be_subject(s)]
        if not marked and own:
            return own[0]
    return None


def subject_of_auxiliary_cut_off(paragraph: ParsedParagraph, verb: Token,
                                 subjects: Callable[[Token], list[Token]]) -> Token | None:
    """"He pointed to how Dan Tully had in 2001 complained about “…”": a past tense the parse read apart from the
    "had" before it, a phrase of time or manner between them, is that auxiliary's participle, and the subject the
    parse gave "had" is the verb's; not a "had" with an object or a clause of its own ("had a plan", "had said
    …"). None otherwise."""
    tokens = paragraph.tokens
    if verb.tag not in ("VBD", "VBN"):
        return None
    auxiliary = next((t for t in reversed(tokens[:verb.i]) if t.pos in ("VERB", "AUX")), None)
    if auxiliary is None or auxiliary.lemma != "have" or auxiliary.head == verb.i or \
            any(t.dep in COMPLEMENT_DEPS for t in paragraph.dependents(auxiliary)):
        return None
    between = tokens[auxiliary.i + 1:verb.i]
    below = descendants(paragraph, {auxiliary.i}, lambda t: True)
    if not between or any(t.i not in below for t in between):
        return None
    own = [s for s in subjects(auxiliary) if can_be_subject(s)]
    return own[0] if own else None


# What makes a "have" a verb of its own rather than an auxiliary ("had a plan", "had said …").
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def person_closing_subject(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token,
                           subject: Token) -> Token | None:
    """"The Council on American-Islamic Relations National Executive Director Nihad Awad says", "Sirius XM Vice
    President for news and talk Dave Gorab called": a person's name the NER found right before the speech verb, inside
    the phrase whose head the parse made the subject (a body or a title), is who speaks; None otherwise."""
    tokens = paragraph.tokens
    last = tokens[verb.i - 1] if verb.i > 0 else None
    if last is None or last.i == subject.i or last.ent_type != "PERSON" or subject.ent_type == "PERSON" or \
            not dominates(paragraph, subject, last):
        return None
    spoken_for = context.actor_at(paragraph_index, subject)
    if spoken_for is not None and spoken_for.type == "person":
        return None
    first = next((e.start for e in paragraph.ents if e.start <= last.i < e.end), last.i)
    if first > 0 and tokens[first - 1].text.lower() in ("and", "or", "&"):
        return None  # "Donald Trump and Paul Ryan said", "The Conservatives and Lib Dems said": together
    path, node = [], last
    while node.i != subject.i:
        node = tokens[node.head]
        path.append(node)
    if any(t.dep == "prep" and t.text.lower() in ("for", "by", "to", "with") for t in path):
        return None  # "A spokesman for Michael Howard said", "The book by journalist Robert Peston said"
    if any(t.lemma.lower() in RELATION_NOUNS for t in path) and \
            any(t.dep == "prep" and t.text.lower() == "of" for t in path):
        return None  # "the family of Ann Hale said", "the widow of Tom Reed said": they speak, not the one named
    actor = context.actor_at(paragraph_index, last)
    return last if actor is not None and actor.type == "person" else None


def can_be_subject(token: Token) -> bool:
    """Whether a token the parse made a subject can be one: not a preposition, adverb or conjunction ("Of Carson,
    Levine, who …, said", where "Of" was taken for the subject and the name for its object)."""
    return token.pos not in ("ADP", "ADV", "SCONJ", "CCONJ", "PUNCT", "PART")


def named_before_relative_clause(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                 cue: Token) -> Attribution | None:
    """"Levine, who has given money to Rubio, said": a person named right before a relative clause set off by
    commas that ends right before a speech verb the parse gave no subject."""
    tokens = paragraph.tokens
    comma = cue.i - 1
    if comma < 3 or tokens[comma].text != ",":
        return None
    opening = next((i for i in range(comma - 1, max(comma - APPOSITION_MAX_WORDS, 0), -1) if tokens[i].text == ","), None)
    if opening is None or opening < 1 or tokens[opening + 1].text.lower() not in ("who", "whose"):
        return None
    name = tokens[opening - 1]
    if context.inside_quote(paragraph_index, name.idx):
        return None
    actor = context.actor_at(paragraph_index, name)
    if actor is None or actor.type != "person":
        return None
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.9)


ATTRIBUTION_REACH = 30  # how far a speech verb may follow the name opening an attribution


def name_opening_attribution(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                             cue: Token) -> Attribution | None:
    """"“…,” Nate Silver, the polling guru who founded a website tweeted on Wednesday.": a person's name that is
    the whole first phrase after quoted words cut at a comma (or question or exclamation mark), set off by a
    comma, opens the attribution of the speech verb that ends it, where the parse lost the verb's subject in
    what is said of them."""
    tokens = paragraph.tokens
    closing = cut_closing_before(context, paragraph_index, paragraph, cue)
    if closing is None or context.inside_quote(paragraph_index, tokens[closing + 1].idx):
        return None
    comma = next((i for i in range(closing + 1, cue.i) if tokens[i].text == ","), None)
    if comma is None or comma == closing + 1:
        return None
    # the phrase is a name, maybe after its role ("Texas delegate Bill Eastland"), and nothing else
    phrase = tokens[closing + 1:comma]
    last = context.actor_at(paragraph_index, phrase[-1])
    if last is None or last.type != "person" or any(t.pos not in ("PROPN", "NOUN", "ADJ") for t in phrase) or \
            any(t.head != phrase[-1].i and not closing < t.head < comma for t in phrase[:-1]):
        return None
    return Attribution(last.name, last.key, cue.text.lower(), "verb", 0.85)


def cut_closing_before(context: Context, paragraph_index: int, paragraph: ParsedParagraph, cue: Token) -> int | None:
    """The closing mark of the nearest quotation cut at a comma, a question or an exclamation mark within
    ATTRIBUTION_REACH before a speech verb; None when there is none. It may pass over a closing mark of words quoted
    in what is said of the speaker ("“…,” Texas delegate Bill Eastland, wearing “Ted Cruz” campaign pins, said") only
    for the quotation it closes: those words are no part of what the verb reports."""
    tokens = paragraph.tokens
    closings = [i for i in range(cue.i - 1, max(cue.i - ATTRIBUTION_REACH, 0), -1) if tokens[i].text in CLOSING]
    closing = next((i for i in closings if tokens[i - 1].text in CUT_MARKS), None)
    if closing is None or closing == closings[0]:
        return closing
    span = context.attributing
    ends_here = span is not None and span.end_paragraph == paragraph_index and span.end == tokens[closing].idx
    return closing if ends_here else None


def joined_without_conjunction(paragraph: ParsedParagraph, verb: Token) -> bool:
    """"Trump gestured …, then leaned in and boomed:": a verb the parse hung by its unlabelled relation from a
    verb before it, after a comma, is coordinated with it and shares its subject."""
    head = paragraph.tokens[verb.head]
    return verb.dep == "dep" and verb.pos == "VERB" and head.pos == "VERB" and head.i < verb.i and \
        paragraph.tokens[verb.i - 1].text in {",", "then"}


def verb_of_object_taken_for_coordinate(paragraph: ParsedParagraph, verb: Token, noun: Token) -> Token | None:
    """"She put on an accent and joked, “…”": a past-tense verb the parse coordinated with the object of a verb
    before it (as if "accent and joked" were two things) is coordinated with that verb and shares its subject; the
    verb above the object, None otherwise. Not a present tense: a plural noun the tagger took for one ("to sell
    tickets and posts") is as often a thing as a verb."""
    above = paragraph.tokens[noun.head]
    if verb.dep != "conj" or verb.pos != "VERB" or verb.tag != "VBD" or noun.pos != "NOUN" or \
            noun.dep != "dobj" or above.pos != "VERB" or not above.i < noun.i < verb.i:
        return None
    return above


def apposition_before(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                      verb: Token) -> Token | None:
    """A person's name in apposition set off by commas right before a verb the parse gave no subject ("…, but
    his lawyer, Antony Townsden, told …", where the parse joined "lawyer" to the clause before)."""
    if verb.i < 2 or paragraph.tokens[verb.i - 1].text != ",":
        return None
    name = paragraph.tokens[verb.i - 2]
    actor = context.actor_at(paragraph_index, name)
    if name.dep != "appos" or actor is None or actor.type != "person" or \
            context.inside_quote(paragraph_index, name.idx):
        return None
    return name


def opening_name(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                 cue: Token) -> Attribution | None:
    """"Sanders, meanwhile, who sits at zero endorsements, said …": a sentence that opens with a person's name
    and a comma, whose speech verb the parse gave no subject, is that person's."""
    start, _ = sentence_of(paragraph, cue.i)
    first = paragraph.tokens[start]
    if context.inside_quote(paragraph_index, first.idx):
        return None
    actor = context.actor_at(paragraph_index, first)
    if actor is None or actor.type != "person":
        return None
    after = next((t for t in paragraph.tokens[start:cue.i] if context.actor_at(paragraph_index, t) is not actor), None)
    if after is None or after.text != ",":
        return None
    return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.85)


def named_after(context: Context, paragraph_index: int, paragraph: ParsedParagraph, cue: Token) -> Attribution | None:
    """“…,” said Leslie Wimes, …: the actor named right after a speech verb that the parse gave no subject;
    right after a quotation, also the verb's object ("“…,” exhorted the mayor's aide")."""
    inverted = cue.i > 0 and paragraph.tokens[cue.i - 1].text in CLOSING
    for token in paragraph.tokens[cue.i + 1:cue.i + 6]:
        if token.text in {".", "!", "?"} or token.text in OPENING or token.pos in ("ADP", "AUX", "PRON", "SCONJ") or \
                token.pos == "VERB" and token.dep != "amod":
            break  # "said Trump was …", "urging those calling for Sanders": no name of the speaker
        actor = context.actor_at(paragraph_index, token)
        if actor is not None and (token.dep == "poss" or token.i + 1 < len(paragraph.tokens) and
                                  paragraph.tokens[token.i + 1].tag == "POS"):
            continue  # "exhorted Clinton's introducer, actress Jane Hale": a possessor is not the speaker
        if actor is not None and actor.type == "person":
            if token.dep in SUBJECT_DEPS and token.head != cue.i and not (inverted and before_relative(paragraph, token)):
                break
            return Attribution(actor.name, actor.key, cue.text.lower(), "verb", 0.9)
        if inverted and token.dep in SUBJECT_DEPS and token.pos == "NOUN" and before_relative(paragraph, token):
            # "“…,” said the woman, who did not want to be named": the parse made her the relative clause's
            return source(context, paragraph_index, paragraph, token, cue.text.lower())
        if token.head == cue.i and token.dep == "dobj" and cue.lemma in ADDRESSING_VERBS and not inverted:
            break  # "telling reporters, “…”", "to urge young voters “to register early”": who is spoken to
        if token.head == cue.i and token.dep in ("dobj", "nsubj") and \
                (token.pos == "NOUN" or is_one_of(paragraph, token) or is_indefinite_demonym(paragraph, token)):
            # "“No,” replied the witness", "said one of those advisers", "added another Ohio Democrat" (not "Ohio
            # Democrat" as a name): an unnamed source, kept as written;
            # a noun that names nobody may stand before the name ("mused Blaze co-host Stu Burguiere")
            found = source(context, paragraph_index, paragraph, token, cue.text.lower())
            if found.speaker is not None:
                return found
            continue
        if token.head == cue.i and token.dep in ("dobj", "nsubj") and token.pos == "PROPN":
            # "mused Blaze co-host Stu Burguiere": a name the NER missed, as written
            written = context.references.as_written(paragraph, token, SPEAKERS, any_type=True)
            return attributed(written, cue.text.lower())
    return None


def before_relative(paragraph: ParsedParagraph, noun: Token) -> bool:
    """A noun (phrase) right before a comma and a relative "who" ("the woman, who …")."""
    tokens = paragraph.tokens
    return noun.i + 2 < len(tokens) and tokens[noun.i + 1].text == "," and tokens[noun.i + 2].text.lower() == "who"


def source(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token,
           cue: str) -> Attribution:
    """Who a subject token names: an actor, a resolved pronoun or description, or an unnamed source as
    written; numbers, dates, datelines and nouns that cannot speak name nobody."""
    if context.inside_quote(paragraph_index, subject.idx):
        return unidentified(cue)
    references = context.references
    hidden = references.hidden_speaker(paragraph, subject)
    if hidden is not None:  # "A Department for Work and Pensions spokeswoman said": the spokeswoman
        return attributed(hidden, cue)
    if is_indefinite_demonym(paragraph, subject):  # "said one Democrat close to the plan": as written
        return Attribution(unnamed_source(paragraph, subject), None, cue, "unnamed", 0.8)
    if (is_demonym_description(paragraph, subject) or references.demonym_taken_for_name(paragraph, subject)) and \
            not names_many_people(subject.text) or playing_position(paragraph, subject):
        # "said the American", "the Scot added": a person named by nationality, as sports reports vary a name,
        # is the named person who was the main subject just before; else as written and unsure, never "American"
        return attributed(references.previous_subject(paragraph, subject) or
                          references.only_person_before(paragraph, subject) or
                          Referent(unnamed_source(paragraph, subject), None, 0.5, "unnamed"), cue)
    titled = named_after_title(context, paragraph_index, paragraph, subject) or \
        holder_named_in_title(context, paragraph_index, paragraph, subject)
    if titled is not None:
        return Attribution(titled.name, titled.key, cue, "verb", 0.9)
    actor = references.name_of(paragraph, subject)
    if actor is not None:
        partners = coordinated_speakers(context, paragraph_index, paragraph, subject, actor)
        if partners:
            return Attribution(names_together([actor, *partners]), None, cue, "verb", 0.9)
        return Attribution(actor.name, actor.key, cue, "verb", 0.95)
    joint = people_described_jointly(context, paragraph_index, paragraph, subject)
    if joint:  # "Senators Ann Hale and Tom Reed wrote … “…,” the two lawmakers wrote": both, on neither's page
        return Attribution(names_together(joint), None, cue, "description", 0.75)
    lower = subject.text.lower()
    if is_crowd(subject):
        return Attribution(crowd_as_written(paragraph, subject), None, cue, "unnamed", 0.7)
    if is_one_of(paragraph, subject):
        return Attribution(unnamed_source(paragraph, subject), None, cue, "unnamed", 0.8)
    if is_age(paragraph, subject):
        # "said the 46-year-old": a person described by their age (which the NER took for a date), the writer's
        # way of naming again the person the last sentence was about; else unsure
        return attributed(references.previous_subject(paragraph, subject) or
                          references.only_person_before(paragraph, subject), cue, "description")
    if subject.ent_type in NOT_SPEAKERS or subject.pos == "NUM" or is_dateline(paragraph, subject):
        return unidentified(cue)
    if lower == "they":
        outer = outer_plural_speaker(context, paragraph_index, paragraph, subject)
        if outer is not None:  # "The Tories said … in what they describe as “…”": the Tories
            return source(context, paragraph_index, paragraph, outer, cue)
        speakers = plural_speakers_just_before(context, paragraph_index, subject)
        if speakers is not None:  # "…, MPs said. They called for a “cast-iron guarantee” …": the MPs
            return source(context, speakers[0], context.paragraph(speakers[0]), speakers[1], cue)
    if lower in PERSON_PRONOUNS:
        return attributed(references.antecedent(paragraph_index, subject.idx, PERSON_PRONOUNS[lower],
                                                context.named_inside | told_by_name(paragraph, subject),
                                                reported_by(paragraph, subject)),
                          cue, "pronoun")
    if lower in ORGANISATION_PRONOUNS:
        return it_antecedent(context, paragraph_index, subject, cue)
    actor = recorded(context, paragraph_index, paragraph, subject)
    if actor is not None:
        return Attribution(actor.name, actor.key, cue, "verb", 0.9)
    if subject.pos == "NOUN" and subject.text[:1].isupper() and \
            (not is_sentence_start(paragraph, subject) or after_cut_quotation(paragraph, subject) or
             body_opening_sentence(context, subject)) \
            and subject.lemma.lower() not in PERSON_NOUNS and article_of(paragraph, subject) is None:
        # "O’Donnell said", tagged a noun
        return attributed(references.as_written(paragraph, subject, SPEAKERS, any_type=True), cue)
    titled = titled_role(paragraph, subject)  # "The Labour Party Co-Chairman" is a description
    if (subject.pos == "NOUN" or titled) and is_person_noun(subject):
        holder = references.holder_of_joined_titles(paragraph, subject)  # "Former prosecutor and Mayor Ann Hale"
        if holder is not None:
            return attributed(holder, cue)
        if is_definite(paragraph, subject) or titled == "the":
            return attributed(references.described(paragraph, subject), cue)
        spokesperson = spokesperson_named_after_whom(context, paragraph_index, paragraph, subject)
        if spokesperson is not None:
            return Attribution(spokesperson.name, spokesperson.key, cue, "verb", 0.85)
        named_next = references.named_with_title_next(paragraph, subject)  # "a judge said …. Judge Ann Hale …"
        if named_next is not None:
            return attributed(named_next, cue)
        return Attribution(unnamed_source(paragraph, subject), None, cue, "unnamed", 0.8)
    if subject.pos == "NOUN" and is_group_noun(subject):
        owner = owning_organisation(context, paragraph_index, paragraph, subject) or \
            outlet_printing(context, paragraph_index, paragraph, subject)  # "reads an editorial in the Herald"
        if owner is not None:
            return Attribution(owner.name, owner.key, cue, "verb", 0.85)
        authors = authors_by_several(context, paragraph_index, paragraph, subject)
        if authors:  # "according to a study by economists Ann Hale and Tom Reed": both, on neither's page
            return Attribution(names_together(authors), None, cue, "verb", 0.85)
        issuer = earlier_document_issuer(context, paragraph_index, subject, cue) or \
            sole_body_speaking_before(context, paragraph_index, subject, cue) \
            if is_definite(paragraph, subject) else None
        if issuer is not None:
            return issuer
        if is_definite(paragraph, subject):
            found = references.described_group(paragraph, subject)
            if found is not None:
                return attributed(found, cue, "role")
            body = document_body_as_written(context, paragraph_index, subject)
            if body is not None:
                return Attribution(body, None, cue, "unnamed", 0.7)
        return Attribution(unnamed_source(paragraph, subject), None, cue, "unnamed", 0.7)
    if subject.pos == "PROPN" and not end_of_an_address(paragraph, subject):
        # a name the NER missed here ("Kilfoyle said"): the actor it names elsewhere, else as written; not the end
        # of an address the parse cut at its full stops ("editor of fansite Halo.Bungie.Org, said")
        return attributed(references.as_written(paragraph, subject, SPEAKERS, any_type=True), cue)
    named = body_by_its_name(context, paragraph, subject)
    if named is not None:  # "The Rural Action Alliance said … The alliance said …": the alliance
        return attributed(named, cue, "role")
    return unidentified(cue)


# Nouns of a body that may as well be an event or a pact ("the festival", "the alliance"): the body only where the
# article names one by a name holding the noun, never a description printed as written.
NAMED_BODY_NOUNS = frozenset({"festival", "alliance"})


def body_by_its_name(context: Context, paragraph: ParsedParagraph, subject: Token) -> Referent | None:
    """"The Rural Action Alliance said the law was unworkable. The alliance said its members would show it was
    “impossibly difficult to enforce”": "the" and a noun of a body that may as well be an event or a pact
    (NAMED_BODY_NOUNS) take up the one organisation named before it outside quotations whose name holds the noun
    (`References.body_named_by`); None when none or several do, so the words stay nobody's rather than "the
    alliance"'s as written."""
    if subject.pos != "NOUN" or subject.lemma.lower() not in NAMED_BODY_NOUNS or subject.tag == "NNS" or \
            not is_definite(paragraph, subject):
        return None
    return context.references.body_named_by(paragraph, subject)


# Nouns of the people gathered at an event, who speak together ("the crowd chanted", "the audience shouted back").
CROWD_NOUNS = frozenset({"crowd", "audience", "attendee", "spectator", "onlooker", "marcher", "throng", "congregation"})


def is_crowd(subject: Token) -> bool:
    """"“Build the wall!” the crowd roared back", "the audience screamed", "marchers chanting “…”": a subject that is the
    people gathered at an event speaks as written, like an unnamed source; it is no body that owns a statement and no
    one a description takes up."""
    return subject.pos == "NOUN" and subject.lemma.lower() in CROWD_NOUNS


def crowd_as_written(paragraph: ParsedParagraph, subject: Token) -> str:
    """A crowd as the article writes it, with the people joined to it by "and" or "or" ("many marchers and
    spectators chanting “…”" is theirs, not the marchers' alone)."""
    words = [unnamed_source(paragraph, subject)]
    for joined in paragraph.tokens:
        if joined.head == subject.i and joined.dep == "conj" and joined.pos == "NOUN" and joined.i > subject.i:
            link = next((t.text for t in paragraph.tokens[subject.i:joined.i] if t.dep == "cc"), "and")
            words += [link, unnamed_source(paragraph, joined)]
    return " ".join(words)


# Positions on a team, by which sports reports name again the player just named ("said the Gloucester fly-half").
POSITION_WORDS = frozenset("""
fly-half scrum-half full-back half-back wing-back centre-back centre-half centre-forward stand-off lock forward prop
hooker flanker winger centre wing
""".split())
FORMER_MEMBER = re.compile(r"ex-[A-Z][a-z]+")  # "the ex-Wallaby": a former player of a team


def playing_position(paragraph: ParsedParagraph, subject: Token) -> bool:
    """Whether a subject is a player named by their position or former team after "the" ("“…,” said the lock
    forward", "said the Gloucester fly-half", "the ex-Wallaby added"), words the parse cut into a head it does not
    take for a person ("lock", "half", "ex") or a club's name ("said the Sale full-back", "Sale" its head): the last
    word of the phrase from "the" up to the verb, or to the end of the clause after a turned-round verb."""
    tokens = paragraph.tokens
    start = next((i for i in range(subject.i, max(-1, subject.i - 5), -1) if tokens[i].text.lower() == "the"), None)
    if start is None:
        return False
    end = start + 1
    while end < len(tokens) and end <= subject.i + 4 and tokens[end].pos not in ("VERB", "AUX") and \
            (tokens[end].pos != "PUNCT" or tokens[end].text == "-"):
        end += 1
    if end <= subject.i or end < len(tokens) and tokens[end].i != subject.head and tokens[end].pos in ("VERB", "AUX"):
        return False
    last = paragraph.text[tokens[start].idx:token_end(tokens[end - 1])].split()[-1]
    return last.lower() in POSITION_WORDS or FORMER_MEMBER.fullmatch(last) is not None


def body_opening_sentence(context: Context, subject: Token) -> bool:
    """"Labour say a Lib Dem vote could “let the Tories in”", "Labour" opening the sentence tagged a common noun:
    a capitalised word opening its sentence is a name, not a common noun written with a capital, when it is the whole
    name of an organisation the article names elsewhere."""
    return any(actor.type == "organisation" and actor.name == subject.text for actor in context.references.actors)


SPOKESPERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def spokesperson_named_elsewhere(context: Context, paragraph: ParsedParagraph,
                                 attribution: Attribution) -> Attribution | None:
    """"A spokesman for candidate Ann Hale called the report “outrageous.” … Hale spokesman Tom Reed said …": an
    unnamed speaker printed as written that is one spokesperson (SPOKESPERSON_NOUNS) of a person or organisation of
    the article (`principal_of`) is the one person the article names, outside quotations, as a spokesperson of the
    same kind for that principal (`spokesperson_holder`), before or after; None when it names none or several, when
    another mention of such a spokesperson for that principal names nobody, and for "one spokesman" or "another"."""
    speaker = attribution.speaker or ""
    at = paragraph.text.find(speaker)
    roles = [t for t in paragraph.tokens if t.lemma.lower() in SPOKESPERSON_NOUNS and at <= t.idx < at + len(speaker)]
    if at < 0 or len(roles) != 1 or roles[0].tag != "NN" or any(
            t.dep in ("det", "nummod") and t.text.lower() in ("one", "another")
            for t in paragraph.dependents(roles[0])):
        return None  # "One Clinton spokesman has called it …": one of several, whom the writer leaves unnamed
    principal = principal_of(context, paragraph.index, paragraph, roles[0])
    if principal is None:
        return None
    holders: set[str] = set()
    for index, other in enumerate(context.parsed.paragraphs):
        for role in (t for t in other.tokens if t.lemma.lower() in SPOKESPERSON_NOUNS and
                     not (index == paragraph.index and t.i == roles[0].i) and
                     same_spokesperson_noun(t, roles[0]) and not context.inside_quote(index, t.idx) and
                     principal_of(context, index, other, t) == principal):
            holder = spokesperson_holder(context, index, other, role)
            holders.add(holder.key if holder is not None else "")
    if len(holders) != 1 or "" in holders:
        return None
    actor = next(a for a in context.references.actors if a.key in holders)
    return Attribution(actor.name, actor.key, attribution.cue, "description", 0.85)  # the role, named elsewhere


def same_spokesperson_noun(token: Token, other: Token) -> bool:
    """Whether two nouns of SPOKESPERSON_NOUNS may name one person: the same noun, or "spokesperson" and another."""
    lemmas = {token.lemma.lower(), other.lemma.lower()}
    return len(lemmas) == 1 or "spokesperson" in lemmas


def principal_of(context: Context, paragraph_index: int, paragraph: ParsedParagraph, role: Token) -> str | None:
    """The key of the person or organisation of the article a role noun is of: named after its "for" ("a spokesman
    for Ann Hale"), as its possessor ("Hale's spokesman") or before it ("Hale spokesman Tom Reed"); None otherwise."""
    below = paragraph.dependents(role)
    prepositions = [t for t in below if t.dep == "prep" and t.text.lower() == "for"]
    named = [t for p in prepositions for t in paragraph.dependents(p) if t.dep == "pobj"] + \
        [t for t in below if t.dep in ("poss", "compound") and t.i < role.i]
    actors = [a for a in (context.actor_at(paragraph_index, t) for t in named) if a is not None and
              a.type in ("person", "organisation")]
    return actors[0].key if len(actors) == 1 else None


def spokesperson_holder(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                        role: Token) -> LocalActor | None:
    """The person a role noun names: the name it stands before ("Hale spokesman Tom Reed"), in apposition to it
    ("Hale's spokesman, Tom Reed", "Tom Reed, a spokesman for Hale"); None otherwise."""
    named = [t for t in paragraph.dependents(role) if t.dep == "appos"]
    if role.dep in ("compound", "appos") and role.head != role.i:
        named.append(paragraph.tokens[role.head])
    actors = [a for a in (context.actor_at(paragraph_index, t) for t in named) if a is not None and a.type == "person"]
    return actors[0] if actors else None


def spokesperson_named_after_whom(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                  subject: Token) -> LocalActor | None:
    """"A spokesperson for the minister, Ann Hale, said": a person's name set off by commas right after the
    "for" phrase of an indefinite spokesperson subject is the spokesperson's (whom they speak for is a noun, not
    a name); not a person the article gives the role of that noun ("Minister Ann Hale"), nor one set off after a
    name ("a spokesman for Tom Reed, Ann Hale" may name either)."""
    tokens = paragraph.tokens
    if subject.lemma.lower() not in SPOKESPERSON_NOUNS:
        return None
    for_ = next((t for t in paragraph.dependents(subject) if t.dep == "prep" and t.text.lower() == "for"), None)
    whom = object_of(paragraph, for_)
    if whom is None or not whom.text.islower():  # a noun as written (the parse may tag "minister" PROPN)
        return None
    end = max(descendants(paragraph, {whom.i}, lambda t: t.dep != "appos" and t.dep != "punct") | {whom.i})
    if end + 2 >= len(tokens) or tokens[end + 1].text != ",":
        return None
    name = tokens[end + 2]
    actor = context.actor_at(paragraph_index, name)
    if actor is None or actor.type != "person" or context.inside_quote(paragraph_index, name.idx):
        return None
    last = max(i for i in range(end + 2, min(end + 7, len(tokens))) if context.actor_at(paragraph_index, tokens[i]) is actor)
    if last + 1 >= len(tokens) or tokens[last + 1].text != "," or \
            whom.lemma.lower() in context.references.titles_before(actor):
        return None
    return actor


def name_set_off_before_verb(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                             verb: Token) -> Token | None:
    """"Responding to the speech, shadow chief secretary to the Treasury, George Osborne, said: “…”", parsed with
    "shadow" as a verb and no subject for "said": a person's name set off by commas right before a main verb of
    speech that has no subject is its subject (the last word of the name); None otherwise."""
    tokens = paragraph.tokens
    if verb.head != verb.i or verb.lemma not in SPEECH_VERBS or verb.i < 3 or tokens[verb.i - 1].text != ",":
        return None
    last = tokens[verb.i - 2]
    actor = context.actor_at(paragraph_index, last)
    if actor is None or actor.type != "person" or last.pos != "PROPN":
        return None
    first = last.i
    while first > 0 and tokens[first - 1].pos == "PROPN" and context.actor_at(paragraph_index, tokens[first - 1]) is actor:
        first -= 1
    return last if first > 0 and tokens[first - 1].text == "," else None


def modal_taken_for_a_surname(context: Context, paragraph: ParsedParagraph, verb: Token) -> Token | None:
    """"“…,” May wrote on his website" (Brian May): a capitalised "May" (or "Will") the parse took for a modal of a
    verb in the past or present tense, which no modal comes before, is the verb's subject when it is the surname of
    the one person the article names in full (`source` then names that person); None otherwise."""
    if verb.tag not in ("VBD", "VBZ"):
        return None
    return next((t for t in paragraph.dependents(verb) if t.dep == "aux" and t.tag == "MD" and
                 t.i < verb.i and person_surnamed(context, t) is not None), None)


def person_surnamed(context: Context, word: Token) -> LocalActor | None:
    """The one person of the article named in full whose surname is `word`, a capitalised word alone; else None."""
    if not word.text[:1].isupper() or not word.text[1:].islower():
        return None
    actor = actor_named([a for a in context.references.actors if a.type == "person"], word.text)
    return actor if actor is not None and actor.name != word.text else None


def told_by_name(paragraph: ParsedParagraph, subject: Token) -> frozenset[str]:
    """The words of the name a pronoun's verb of telling addresses ("“…,” he told Hannity": not Hannity), for the
    pronoun to pass over that person as it passes over those the quotation names."""
    tokens = paragraph.tokens
    verb = tokens[subject.head]
    if subject.dep not in SUBJECT_DEPS or verb.lemma not in ADDRESSING_VERBS:
        return frozenset()
    told = [t for t in paragraph.dependents(verb) if t.dep == "dobj" and t.pos == "PROPN"]
    return frozenset(w.text for o in told for w in tokens if w.pos == "PROPN" and (w.i == o.i or w.head == o.i))


def outer_plural_speaker(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                         pronoun: Token) -> Token | None:
    """The plural subject of the speech verb whose reported clause holds a "they" ("The Tories said a chunk of
    the Budget was leaked in what they describe as …": the Tories), when no other plural noun comes between
    them to be what "they" takes up; None otherwise."""
    tokens = paragraph.tokens
    node = pronoun
    for _ in range(MAX_HOPS):
        if node.head == node.i:
            return None
        node = tokens[node.head]
        if node.lemma not in SPEECH_VERBS or context.inside_quote(paragraph_index, node.idx):
            continue
        subject = next((t for t in paragraph.dependents(node) if t.dep == "nsubj" and t.i < pronoun.i), None)
        if subject is None or subject.tag not in ("NNS", "NNPS"):
            continue
        between = [t for t in tokens[subject.i + 1:pronoun.i] if t.tag in ("NNS", "NNPS") or
                   t.text.lower() in ("they", "them", "their")]
        return None if between else subject
    return None


PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")  # "MPs", "MSPs": the tagger takes them for singular names


def plural_speakers_just_before(context: Context, paragraph_index: int, pronoun: Token) -> tuple[int, Token] | None:
    """"They raised complex and emotive issues, MPs said. ¶ They called for a “cast-iron guarantee” …", "The
    Conservatives say they would abolish fees. They say the Lib Dem policy would …": a "they" subject of its
    sentence's main verb takes up the plural main subject of the sentence right before it (in its paragraph or
    ending the one before) when that subject spoke there (the subject of a speech verb); the paragraph and the
    subject, None otherwise."""
    references = context.references
    here = references.sentence_at(paragraph_index, pronoun.idx)
    paragraph = context.paragraph(paragraph_index)
    verb = paragraph.tokens[pronoun.head]
    if here is None or here == 0 or pronoun.dep != "nsubj" or verb.head != verb.i:
        return None  # the subject of its sentence's main verb ("Instead they called for …"), no clause's inside it
    index, start, end = references.sentences[here - 1]
    if index < paragraph_index - 1:
        return None
    before = context.paragraph(index)
    main = references.main_subject((index, start, end), coordinated=False)
    if main is None or not (main.tag in ("NNS", "NNPS") or PLURAL_INITIALS.fullmatch(main.text)) or \
            main.head == main.i or context.inside_quote(index, main.idx):
        return None
    verb = before.tokens[main.head]
    return (index, main) if verb.pos == "VERB" and verb.lemma in SPEECH_VERBS and not is_passive(before, verb) else None


def it_antecedent(context: Context, paragraph_index: int, pronoun: Token, cue: str) -> Attribution:
    """"It said", "In a statement, it added": what the main clause of the nearest sentence before, within the
    paragraph and the one before it, was about: the organisation it names, or whose document or body it is
    ("A National Audit Office report … It says"), or a body it describes ("the committee", "the club"); nobody
    when that subject is anything else ("The plan …. It says") or a person, never simply the last organisation
    named ("BT … the wholesale arm, Access Services …. It added" is BT)."""
    skips = 1 if cue in GOING_ON_CUES else 0
    earliest = paragraph_index - 1
    for index, start, end in reversed(context.references.sentences):
        if (index, start) >= (paragraph_index, pronoun.idx):
            continue
        if index < earliest:
            break
        paragraph = context.paragraph(index)
        tokens = [t for t in paragraph.tokens if start <= t.idx < end]
        root = next((t for t in tokens if t.dep == "ROOT"), None)
        main = context.references.main_subject((index, start, end), coordinated=False)
        if main is not None and it_speaking(context, index, paragraph, main):
            earliest = min(earliest, index - 1)  # "“…,” it reads. ¶ “…,” it said": the same "it", further back
        if main is None or main.text.lower() in ORGANISATION_PRONOUNS or plural_subject(paragraph, main, tokens):
            continue  # a sentence without a subject of its own, or "it" again: the same thing, further back
        if skips and thing_between_speech(context, index, paragraph, main, tokens):
            skips -= 1
            continue
        if any(t.head == main.i and t.dep == "conj" for t in tokens):
            return NOBODY  # "The Tories and Lib Dems tabled a motion. It argues …": two of them are no "it"
        actor = context.references.name_of(paragraph, main)
        if actor is not None:
            return Attribution(actor.name, actor.key, cue, "pronoun", 0.7) if actor.type == "organisation" \
                else NOBODY
        if speaking_name(main, root):
            # "In a statement the RSPCA said …. “…,” it said": a body's name the NER missed, as written
            return Attribution(proper_name(paragraph, main), None, cue, "pronoun", 0.7)
        sender = document_sender(context, index, paragraph, main)
        if sender is not None:  # "The email, released by a watchdog, was sent … by Ann Hale. “…,” it reads"
            return Attribution(sender.name, sender.key, cue, "pronoun", 0.75)
        owner = owning_organisation(context, index, paragraph, main) if main.pos == "NOUN" else None
        if owner is not None and owner.type == "organisation":
            return Attribution(owner.name, owner.key, cue, "pronoun", 0.7)
        body = main if is_group_noun(main) else next(  # "The company's shares tumbled after it said": the company
            (t for t in paragraph.dependents(main) if t.dep == "poss" and is_group_noun(t)), None)
        if main.pos == "NOUN" and body is not None and body.lemma.lower() not in DOCUMENT_NOUNS:
            # "the newspaper", "the company": the outlet or company last named; "the committee" as written
            found = context.references.described_group(paragraph, body)
            return attributed(found, cue, "pronoun") if found is not None else \
                Attribution(unnamed_source(paragraph, body), None, cue, "pronoun", 0.7)
        document = document_taken_up(context, index, paragraph, main, cue)  # "The memo … It said"
        if document is not None and document.key is None and describes_an_outlet(paragraph, main):
            # "The editorial noted …. “…,” it read": the outlet it speaks for, as "the editorial said" names it
            outlet = context.references.described_group(paragraph, main)
            return attributed(outlet, cue, "pronoun") if outlet is not None and outlet.actor is not None else document
        return document if document is not None else NOBODY
    return NOBODY


def it_speaking(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token) -> bool:
    """Whether a sentence's main subject is an "it" speaking outside quotations ("“…,” it reads", "it said"): the
    thing that says the words of one paragraph says those of the next ones ("“…,” it said") just as well."""
    verb = paragraph.tokens[subject.head]
    return subject.text.lower() in ORGANISATION_PRONOUNS and subject.dep == "nsubj" and \
        (verb.lemma in SPEECH_VERBS or is_read(verb)) and not context.inside_quote(paragraph_index, verb.idx)


def document_taken_up(context: Context, paragraph_index: int, paragraph: ParsedParagraph, main: Token,
                      cue: str) -> Attribution | None:
    """"The memo ran to four pages. “…,” it said": an "it" whose nearest sentence
    before is about a definite document ("the memo", "the email", "Ann Hale's letter") speaks for that document:
    the person or body whose document the words "Ann Hale's" make it, else the document as written, as "The memo
    said" prints it. None for anything else (an indefinite "a letter", a plural, a thing, a person). The person who
    sent or wrote it (`document_sender`) and an organisation owning it are taken up before, in `it_antecedent`; who
    issued it, as "The memo said" would name them (`earlier_document_issuer`), after."""
    if main.pos != "NOUN" or main.lemma.lower() not in DOCUMENT_NOUNS or main.tag == "NNS" or \
            not is_definite(paragraph, main):
        return None
    owner = next((context.actor_at(paragraph_index, t) for t in paragraph.dependents(main) if t.dep == "poss"),
                 None)
    if owner is not None and owner.type in SPEAKERS:
        return Attribution(owner.name, owner.key, cue, "pronoun", 0.8)
    issuer = earlier_document_issuer(context, paragraph_index, main, cue)  # "The lawsuit contends …. It goes on"
    if issuer is not None:
        return Attribution(issuer.speaker, issuer.key, cue, "pronoun", 0.8)
    return Attribution(unnamed_source(paragraph, main), None, cue, "pronoun", 0.7)


# Verbs of writing or sending a document oneself, whose agent is its writer ("The email was sent … by Ann Hale", "the
# letter, signed by Tom Reed"); not "released" or "obtained", which others do with a document they did not write.
AUTHORING_VERBS = frozenset({"send", "write", "sign", "pen", "author"})


def document_sender(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                    document: Token) -> LocalActor | None:
    """"The email, released by a watchdog, was sent at noon by Ann Hale", "The memo, sent on Friday by Ann Hale, ran
    to four pages": the person a definite document noun (DOCUMENT_NOUNS) that is the subject of a passive verb of
    writing or sending (AUTHORING_VERBS), or that such a participle describes, names after "by", whose words the
    document's are (an email's words are its sender's, as the golds have it); None for another verb ("released by",
    "obtained by"), an indefinite document, several people after "by", or no person of the article."""
    if document.lemma.lower() not in DOCUMENT_NOUNS or not is_definite(paragraph, document):
        return None
    verbs = [t for t in paragraph.dependents(document) if t.dep == "acl" and t.tag == "VBN"]
    if document.dep == "nsubjpass":
        verbs.append(paragraph.tokens[document.head])
    return next((a for a in (person_by(context, paragraph_index, paragraph, verb) for verb in verbs
                             if verb.lemma in AUTHORING_VERBS) if a is not None), None)


def person_by(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token) -> LocalActor | None:
    """The one person of the article a passive verb's "by" names (or the appositive after it: "by the chief of staff,
    Ann Hale"); None for several ("by Ann Hale and Tom Reed"), for a body, or for none."""
    for agent in (t for t in paragraph.dependents(verb) if t.dep == "agent"):
        for named in (t for t in paragraph.dependents(agent) if t.dep == "pobj"):
            if any(t.dep == "conj" for t in paragraph.dependents(named)):
                return None  # "sent by Ann Hale and Tom Reed": not Hale alone
            names = [named, *(t for t in paragraph.dependents(named) if t.dep == "appos")]
            actor = next((a for a in (context.actor_at(paragraph_index, t) for t in names) if a is not None), None)
            if actor is not None and actor.type == "person":
                return actor
    return None


GOING_ON_CUES = frozenset({"added", "adds", "continued", "continues"})


def going_on_right_after_a_quotation(context: Context, paragraph: ParsedParagraph, verb: Token,
                                     earlier: Sequence[Quote]) -> Attribution | None:
    """"Reed said, “…” ¶ He continued, “…”": a "he" or "she" that opens the very next words after a person's
    quotation, nothing but marks between, as the subject of "added" or "continued", goes on with that quotation's
    speaker, even where the first name is mostly the other gender's (the pronoun rules pass over a "Lindsey" for
    "he"); not against a gender the article gives the speaker (an honorific, a gendered role). None otherwise."""
    pronoun = next((t for t in paragraph.dependents(verb) if t.dep == "nsubj"), None)
    if verb.text.lower() not in GOING_ON_CUES or pronoun is None or pronoun.text.lower() not in ("he", "she") or \
            not earlier or earlier[-1].speaker_key is None:
        return None
    before = earlier[-1]
    actor = next((a for a in context.references.actors if a.key == before.speaker_key), None)
    if actor is None or actor.type != "person" or \
            context.references.other_gender(actor, PERSON_PRONOUNS[pronoun.text.lower()], by_name=False):
        return None
    end, end_offset = quote_end(before)
    if end == paragraph.index:
        between = paragraph.text[end_offset:pronoun.idx]
    elif end == paragraph.index - 1:
        between = context.paragraph(end).text[end_offset:] + paragraph.text[:pronoun.idx]
    else:
        return None
    if any(c.isalnum() for c in between) or not speaker_is_main_subject(context, before, actor):
        return None
    return Attribution(before.speaker, before.speaker_key, verb.text.lower(), "pronoun", 0.85)


def sentence_opening(context: Context, quote: Quote) -> tuple[int, int, int] | None:
    """The sentence (paragraph index, start and end offsets) in which a quotation opens, if the parse has one."""
    return next(((index, start, end) for index, start, end in context.references.sentences
                 if index == quote.paragraph and start <= quote.start < end), None)


def speaker_is_main_subject(context: Context, quote: Quote, actor: LocalActor) -> bool:
    """Whether the sentence a quotation opens in has its speaker as the main clause's subject, by name, or by a
    "he" or "she" when a pronoun attributes it ("Reed said, “…”"); not words reported inside what someone else
    says ("Hale said Reed had told her that the bridge would be “…”")."""
    sentence = sentence_opening(context, quote)
    subject = context.references.main_subject(sentence) if sentence is not None else None
    if subject is None:
        return False
    if subject.text.lower() in ("he", "she"):
        return quote.method == "pronoun"
    named = context.references.name_of(context.paragraph(quote.paragraph), subject)
    return named is not None and named.key == actor.key


def thing_between_speech(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token,
                         sentence: list[Token]) -> bool:
    """"The firm said fewer than one in 10,000 consoles had failed. The recall affects three quarters of all Xboxes.
    In a statement, it added: “…”": one sentence about a thing (a common noun naming no person, body or document, in
    a sentence with no speech verb) between a body's words and "it added" or "it continued", which go on with
    someone's words, is passed over: the thing says nothing to go on with."""
    return subject.pos == "NOUN" and not is_person_noun(subject) and not is_group_noun(subject) and \
        context.actor_at(paragraph_index, subject) is None and \
        not any(t.pos == "VERB" and t.lemma in SPEECH_VERBS for t in sentence)


def plural_subject(paragraph: ParsedParagraph, subject: Token, sentence: list[Token]) -> bool:
    """"Multiplex will have to win claims against subcontractors. These claims could take two years. “…,” it said": a
    sentence whose only subject is in the plural (a plural common noun, people of a nation or party, "Two Americans",
    "they", "we") names nothing a later "it" takes up, so the organisation "it" stands for is further back; not one
    with another subject ("Revenues were up, the group said"), which may be what "it" takes up, nor a body's name
    ending in a plural ("The British Chambers of Commerce welcomed it")."""
    owned = any(t.dep == "poss" for t in paragraph.dependents(subject))
    people = subject.tag == "NNPS" and subject.ent_type == "NORP"  # "Two Americans", not "the Chambers of Commerce"
    plural = (subject.tag == "NNS" or people) and not owned or subject.text.lower() in ("they", "we")
    return plural and not any(t.dep in SUBJECT_DEPS and t.i != subject.i for t in sentence)


def speaking_name(subject: Token, root: Token | None) -> bool:
    """Whether a main clause's subject that is no actor is a proper name speaking ("the RSPCA said"): what a later
    "it" takes up, as the NER missed it; not a name doing anything else ("Xbox sold well")."""
    return root is not None and subject.pos == "PROPN" and subject.dep == "nsubj" and root.lemma in SPEECH_VERBS \
        and subject.text[:1].isupper()  # not the subject of a passive ("Hopes and Fears was described as …")


def coordinated_speakers(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token,
                         actor: LocalActor) -> list[LocalActor]:
    """"Trump and Ryan issued a statement describing …", "The Conservatives and Lib Dems said": the other actors
    of the subject's type (people, bodies or places) it is coordinated with by "and", who speak with it (none when
    any of them is of another type, or the subject a noun a relative clause's "who" stands for: "Contrast that with
    Trump, who has called it “insanity,” and Sanders, who says …")."""
    if subject.dep not in SUBJECT_DEPS:
        return []
    tokens = paragraph.tokens
    nodes = list(conjuncts(tokens, subject))
    members = {subject.i, *(node.i for node in nodes)}  # "Hale, Reed and Cole": the "and" hangs from any of them
    if not any(t.head in members and t.dep == "cc" and t.text.lower() == "and" for t in tokens):
        return []
    partners: list[LocalActor] = []
    for node in nodes:
        other = context.actor_at(paragraph_index, node) or partner_named_after_role(context, paragraph_index, paragraph,
                                                                                    subject, node)
        if other is None or other.type != actor.type:
            return []
        if other is not actor:
            partners.append(other)
    return partners


def names_together(actors: Sequence[LocalActor]) -> str:
    """The names of actors speaking together as a reader writes them: "Hale and Reed", "Hale, Reed and Cole"."""
    names = [a.name for a in actors]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def conjuncts(tokens: Sequence[Token], head: Token) -> Iterator[Token]:
    """The words among `tokens` coordinated with `head`, one after another as the parse chains them ("Hale, Reed
    and Cole": Reed, then Cole)."""
    node = head
    while (node := next((t for t in tokens if t.head == node.i and t.dep == "conj" and t.i != node.i), None)) \
            is not None:
        yield node


# Nouns of several people taken together and how many they are ("the pair"), and the numbers a description gives
# ("the two lawmakers").
JOINT_NOUNS = {"pair": 2, "couple": 2, "duo": 2}
COUNT_WORDS = {"two": 2, "three": 3, "four": 4}
# Plural nouns that say nothing of the people they describe ("both men"): any people named together will do.
ANYONE_NOUNS = frozenset({"man", "woman", "people"})
# The kinds a plural description may say its people are ("the two lawmakers", "the committee chairmen"), each with
# the title words that show a person of the article is of that kind (`holds_title`).
LEGISLATOR_TITLES = frozenset({"senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
                               "lawmaker", "legislator"})
KIND_TITLES = {"lawmaker": LEGISLATOR_TITLES, "legislator": LEGISLATOR_TITLES,
               "chairman": frozenset({"chairman", "chair"}), "judge": frozenset({"judge", "justice"}),
               "senator": frozenset({"senator", "sen."})}


def joint_description(paragraph: ParsedParagraph, subject: Token) -> tuple[int, str | None] | None:
    """How many people a definite description of several takes up and the kind it says they are (None: any
    person): "the two" (2), "the pair" (2), "both men" (2), "the three senators" (3, senator), "the committee
    chairmen" (2, chairman); None for anything else (a crowd, a group noun, "the judges" of no title word known)."""
    children = [t for t in paragraph.dependents(subject) if t.i < subject.i]
    determiners = {t.text.lower() for t in children if t.dep in ("det", "predet", "preconj")}
    numbers = [COUNT_WORDS[t.text.lower()] for t in children if t.dep == "nummod" and t.text.lower() in COUNT_WORDS]
    lemma = subject.lemma.lower()
    if subject.text.lower() in COUNT_WORDS and determiners == {"the"}:
        return COUNT_WORDS[subject.text.lower()], None
    if lemma in JOINT_NOUNS and determiners == {"the"}:
        return JOINT_NOUNS[lemma], None
    if subject.tag != "NNS" or not (determiners in ({"the"}, {"both"})):
        return None
    kind = None if lemma in ANYONE_NOUNS else lemma
    if kind is not None and kind not in KIND_TITLES:
        return None
    return (numbers[0] if numbers else 2), kind


def coordinated_named_people(context: Context, paragraph_index: int, tokens: Sequence[Token]) -> list[
        tuple[LocalActor, Token]] | None:
    """The people a sentence names coordinated by "and" as one subject or object ("Ann Hale and Tom Reed
    wrote", "met Ann Hale and Tom Reed"), each with the token naming them; the first such coordination; None when
    there is none."""
    for head in tokens:
        actor = context.actor_at(paragraph_index, head)
        if actor is None or actor.type != "person" or head.dep not in SUBJECT_DEPS | {"dobj", "pobj"}:
            continue
        found = [(actor, head)]
        for node in conjuncts(tokens, head):
            other = context.actor_at(paragraph_index, node)
            if other is None or other.type != "person":
                break
            found.append((other, node))
        if len(found) > 1 and any(t.head == head.i and t.dep == "cc" and t.text.lower() == "and" for t in tokens):
            return found
    return None


PARTY_STATE_TAG = re.compile(r"\s*\((?:R|D|I)-[A-Z][A-Za-z.]*\)")  # "(R-Va.)": a US legislator's party and state


def holds_title(context: Context, actor: LocalActor, titles: frozenset[str]) -> bool:
    """Whether a person's role in the article, or the three words before one of their mentions, hold one of the
    title words ("Judiciary Committee Chairman Bob Goodlatte"); a legislator's title is also a party and state
    tag after a mention ("Goodlatte (R-Va.)")."""
    if set((actor.role or "").lower().split()) & titles:
        return True
    for mention in actor.mentions:
        text = context.paragraph(mention.paragraph).text
        if set(text[max(0, mention.start - 60):mention.start].lower().split()[-3:]) & titles or \
                titles == LEGISLATOR_TITLES and PARTY_STATE_TAG.match(text, mention.end):
            return True
    return False


def people_described_jointly(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                             subject: Token) -> list[LocalActor]:
    """"Senators Ann Hale and Tom Reed wrote to the agency. … “…,” the two lawmakers wrote": a definite
    description of several people (`joint_description`) takes up the people the nearest sentence before that
    names people coordinated names, when it names as many as the description says, each of the kind it says
    (their title); none otherwise (more or fewer named, another kind), and none beyond three paragraphs back."""
    described = joint_description(paragraph, subject)
    if described is None:
        return []
    count, kind = described
    start, _ = sentence_of(paragraph, subject.i)
    for index in range(paragraph_index, max(paragraph_index - 3, -1), -1):
        here = context.paragraph(index)
        sentences = here.sents if index < paragraph_index else [(a, min(b, start)) for a, b in here.sents if a < start]
        for first, last in reversed(sentences):
            tokens = here.tokens[first:last]
            found = coordinated_named_people(context, index, tokens)
            if found is None:
                continue
            people = list({id(a): a for a, _ in found}.values())
            if len(people) != len(found) or len(people) != count or \
                    kind is not None and not all(holds_title(context, a, KIND_TITLES[kind]) for a in people):
                return []
            return people
    return []


def partner_named_after_role(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token,
                             role: Token) -> LocalActor | None:
    """"John Bolton and Breitbart News National Security editor Dr. Sebastian Gorka both denounced …": a role noun
    coordinated with a person subject names the person whose name the parse set in apposition after it, to the
    noun or to the first subject (the role and the name are one person); None otherwise."""
    if role.pos != "NOUN":
        return None
    names = (context.actor_at(paragraph_index, t) for t in paragraph.tokens
             if t.head in (role.i, subject.i) and t.dep == "appos" and t.i > role.i)
    return next((a for a in names if a is not None and a.type == "person"), None)


# Titles and ranks that the parse may take for a speaker's whole name ("said Navy Capt. Jeff Davis", "said Air
# Force 1st Lt. Tyler Livingston", "said former Pennsylvania Gov. and DNC Chairman Ed Rendell").
RANKS = TITLE_WORDS | frozenset({"lt", "lieutenant", "maj", "adm", "admiral", "cmdr", "commander", "sgt", "cpl",
                                 "chairman", "chairwoman"})


def named_after_title(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                      subject: Token) -> LocalActor | None:
    """The person named right after a subject that is a title or rank and no person ("Navy Capt." of "said
    Navy Capt. Jeff Davis", which the parse cut at the abbreviation's full stop)."""
    actor = context.actor_at(paragraph_index, subject)
    if actor is not None and actor.type == "person":
        return None
    tokens = paragraph.tokens
    if not any(t.text.lower().rstrip(".") in RANKS for t in tokens[subject.i:subject.i + 3]):
        return None
    for token in tokens[subject.i + 1:subject.i + 9]:
        if token.pos in ("VERB", "AUX", "PRON", "ADP") or token.text in {",", ";", ":", "!", "?"} or \
                token.text in OPENING or token.text in CLOSING or context.inside_quote(paragraph_index, token.idx):
            return None  # "chief strategist for Michele Bachmann's campaign": someone else
        if token.text == "." and not (len(tokens[token.i - 1].text) <= 5 and
                                      tokens[token.i - 1].text.lower() in RANKS):
            return None  # the end of the sentence, not the full stop of "Capt."
        found = context.actor_at(paragraph_index, token)
        if found is not None and found.type == "person":
            return found
    return None


def holder_named_in_title(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                          subject: Token) -> LocalActor | None:
    """"Chair of the Roads Committee Mary Holt MP said", parsed with "Chair" the subject and the name hung from the
    committee: the one person named inside a subject that is a capitalised post of a body, in the words before the
    verb joined to it by "of", names and appositions (not "the Chair of Acme, whose founder Sam Lee …")."""
    if not (subject.text[:1].isupper() and subject.pos in ("NOUN", "PROPN") and is_person_noun(subject)) or \
            not any(t.text.lower() == "of" for t in paragraph.dependents(subject)):
        return None
    inside = descendants(paragraph, {subject.i}, lambda t: t.i < subject.head and
                         t.dep in ("prep", "pobj", "det", "compound", "amod", "appos", "flat"))
    people = {actor.key: actor for i in sorted(inside - {subject.i})
              if (actor := context.actor_at(paragraph_index, paragraph.tokens[i])) is not None and
              actor.type == "person"}
    return next(iter(people.values())) if len(people) == 1 else None


KIN_GROUPS = frozenset({"family", "relatives", "parents", "children", "household"})
# People named by whom they belong to or speak for ("the widow of …", "a lawyer of …"), who speak for themselves.
RELATION_NOUNS = KIN_GROUPS | frozenset("""
wife husband widow widower mother father son daughter brother sister friend lawyer attorney spokesman spokeswoman
spokesperson
""".split())


def owning_organisation(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                        noun: Token) -> LocalActor | None:
    """"the ADB report said", "the EPA's statement said": the organisation whose document or body speaks;
    "Dana Whitfield's letter said": the person whose document it is (not a person's campaign or company); "An IAAF
    statement said", the acronym untagged: the organisation it names (`body_the_ner_left_out`)."""
    if noun.lemma.lower() in KIN_GROUPS and not any(t.dep == "prep" for t in paragraph.dependents(noun)):
        return None  # "Scott's family has called on police …": the family speaks, not the one it is named by
    for token in paragraph.tokens:
        if token.head == noun.i and token.i != noun.i and token.dep in ("compound", "poss", "amod"):
            actor = body_the_ner_left_out(context, paragraph, token) if token.dep == "amod" else \
                context.actor_at(paragraph_index, token) or body_the_ner_left_out(context, paragraph, token)
            if actor is not None and (actor.type == "organisation" or actor.type == "person" and
                                      noun.lemma.lower() in DOCUMENT_NOUNS):
                return actor
    return document_author(context, paragraph_index, paragraph, noun)


def body_the_ner_left_out(context: Context, paragraph: ParsedParagraph, token: Token) -> LocalActor | None:
    """"An IAAF statement said", the NER tagging nothing there: the organisation of the article whose name or
    variant a capitalised word the NER did not tag is written as (`References.as_written`), whatever the tagger
    made of it (an acronym before a noun is often an adjective to it); None otherwise."""
    if not token.text[:1].isupper() or token.ent_type:
        return None
    return context.references.as_written(paragraph, token, BODIES).actor


DOCUMENT_BACK = 3  # paragraphs before it in which "the statement" finds the statement it takes up


def earlier_document_issuer(context: Context, paragraph_index: int, noun: Token, cue: str) -> Attribution | None:
    """"The city said in a statement … “…,” the statement said": who a definite document noun's document comes
    from, as the nearest earlier mention of a document of that name that names its issuer says (in the same
    paragraph or the DOCUMENT_BACK before it): an organisation or person of the article ("X said in a statement",
    "X issued a statement", "in a statement, X said", "a statement from X", "X's statement", "an email was sent from
    X"), else the subject that said it in or issued it as that subject would be printed as a speaker ("The mayor's
    office said in a statement", "In a statement, the club said": `issuer_described`); the definite mentions
    between that one and the noun take it up ("a Harbour Trust report … said the report … The report's figures
    …"), an indefinite one without an issuer brings in another document ("a leaked report"), and ends the search.
    With none, the paragraph's next mention, when it names its owner ("the ADB report said"); with none or only
    definite ones, an announcement made just before the first (`announced_just_before`); None when the nearest
    mention naming no issuer is indefinite. A person issuing it with others speaks with them (`issued_jointly`)."""
    if noun.lemma.lower() not in DOCUMENT_NOUNS:
        return None
    earlier = earlier_document_mentions(context, paragraph_index, noun)
    for index, paragraph, mention in earlier:
        author = author_of_document(context, index, paragraph, mention)
        if author is not None:
            return issued_jointly(context, index, paragraph, mention, author, cue) or \
                Attribution(author.name, author.key, cue, "verb", 0.85)
        described = issuer_described(context, index, paragraph, mention, cue)
        if described is not None:
            return described
        if not is_definite(paragraph, mention):
            return publisher_named_between(context, (index, mention.idx), (paragraph_index, noun.idx), cue)
    maker = maker_by_verb_before(context, paragraph_index, noun, cue)
    if maker is not None or earlier:
        return maker or announced_just_before(context, earlier[-1][0], earlier[-1][2], cue)
    paragraph = context.paragraph(paragraph_index)
    later = [t for t in paragraph.tokens if t.lemma == noun.lemma and t.i > noun.i
             and not context.inside_quote(paragraph_index, t.idx)]  # "…, the report said. … the ADB report said"
    owner = owning_organisation(context, paragraph_index, paragraph, later[0]) if later else None
    if owner is not None:
        return Attribution(owner.name, owner.key, cue, "verb", 0.85)
    return announced_just_before(context, paragraph_index, noun, cue)


# Nouns of a body's report, which a news story brings in as "a report" and goes on with as the words of the one
# body it has speaking ("…, a report says. ¶ The Harbour Institute said … “…,” the report said").
REPORT_NOUNS = frozenset({"report"})


def sole_body_speaking_before(context: Context, paragraph_index: int, noun: Token, cue: str) -> Attribution | None:
    """"Pellham's schools are failing, a report says. ¶ The Harbour Institute said … “…,” the report said": a
    definite "report" (REPORT_NOUNS) whose document no mention before it gives a maker is the report of the one
    organisation of the article that is, before it, the subject of a main clause's verb of saying (outside
    quotations); None when no organisation or several speak before it, when a body the article names by a common
    noun speaks before it ("The select committee called this …"), or when a mention of the report names someone by a
    possessive, a compound or a preposition ("a report by MPs", "the MPs' report"), as the maker may then be
    another."""
    if noun.lemma.lower() not in REPORT_NOUNS or noun.tag == "NNS":
        return None
    earlier = earlier_document_mentions(context, paragraph_index, noun)
    mentions = [(context.paragraph(paragraph_index), noun), *((paragraph, mention) for _, paragraph, mention in earlier)]
    if any(names_a_maker(paragraph, mention) for paragraph, mention in mentions):
        return None
    references = context.references
    at = references.sentence_at(paragraph_index, noun.idx)
    speaking: dict[str, LocalActor] = {}
    for index, start, end in references.sentences[:at] if at is not None else ():
        subject = references.main_subject((index, start, end), coordinated=False)
        paragraph = context.paragraph(index)
        if subject is None or paragraph.tokens[subject.head].lemma.lower() not in SPEECH_VERBS:
            continue
        actor = context.actor_at(index, subject)
        if actor is None and subject.pos == "NOUN" and is_group_noun(subject) and \
                subject.lemma.lower() not in DOCUMENT_NOUNS:
            return None  # "The select committee called this …": a body by a noun, which may be the report's maker
        if actor is not None and actor.type == "organisation":
            speaking[actor.key] = actor
    if len(speaking) != 1:
        return None
    actor = next(iter(speaking.values()))
    return Attribution(actor.name, actor.key, cue, "verb", 0.8)


def names_a_maker(paragraph: ParsedParagraph, document: Token) -> bool:
    """Whether a document's own phrase names someone it may come from: a possessive ("the MPs' report"), a
    compound ("the Datamonitor report") or a "by", "from", "of" or "for" after it ("a report by MPs")."""
    return any(t.dep in ("poss", "compound") or t.dep == "prep" and t.text.lower() in ("by", "from", "of", "for")
               for t in paragraph.dependents(document))


# Nouns of what a body puts out to announce something, which a sentence saying that it announced it brings in.
ANNOUNCEMENT_NOUNS = frozenset({"release", "statement", "announcement"})


def announced_just_before(context: Context, paragraph_index: int, noun: Token, cue: str) -> Attribution | None:
    """"On Thursday, the Pellham Farmers Union announced she was not coming. ¶ “…,” the release said": a definite
    noun of an announcement (ANNOUNCEMENT_NOUNS) that no earlier words bring in is the announcement of the
    organisation that the nearest sentence before with a subject outside quotations (in its paragraph or the one
    before) has as its main clause's subject, with a verb of saying, or of the body a definite noun of a body
    there names, as it would be printed as that verb's speaker ("The Reed campaign responded that …"); None when
    that subject is anything else (a person, a body the NER missed), as the document may be someone else's."""
    if noun.lemma.lower() not in ANNOUNCEMENT_NOUNS or noun.tag == "NNS":
        return None
    references = context.references
    at = references.sentence_at(paragraph_index, noun.idx)
    for index, start, end in reversed(references.sentences[:at] if at is not None else ()):
        if index < paragraph_index - 1:
            return None
        subject = references.main_subject((index, start, end))
        if subject is None:
            continue
        paragraph = context.paragraph(index)
        if paragraph.tokens[subject.head].lemma not in SPEECH_VERBS:
            return None
        actor = context.actor_at(index, subject)
        if actor is not None:
            return Attribution(actor.name, actor.key, cue, "verb", 0.8) if actor.type == "organisation" else None
        return body_described(context, index, paragraph, subject, cue)
    return None


def body_described(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token,
                   cue: str) -> Attribution | None:
    """A definite noun of a body ("the Reed campaign", "the council") as it would be printed as the speaker of
    words it said, when that names no person and is sure; None for anything else (a document, a person's noun)."""
    if subject.pos != "NOUN" or not is_group_noun(subject) or subject.lemma.lower() in DOCUMENT_NOUNS or \
            not is_definite(paragraph, subject):
        return None
    found = source(context, paragraph_index, paragraph, subject, cue)
    named = next((a for a in context.references.actors if a.key == found.key), None) if found.key else None
    if found.speaker is None or found.confidence < SURE or named is not None and named.type != "organisation":
        return None
    return found


def publisher_named_between(context: Context, start: tuple[int, int], end: tuple[int, int],
                            cue: str) -> Attribution | None:
    """"… according to a report released Tuesday. ¶ The annual survey is published by the Harbour Institute …
    “…,” the report says": the one organisation or person that a sentence between a document's indefinite
    mention (`start`, a paragraph and an offset) and its definite one (`end`) names after "by" or "from" as putting
    out a definite document or study that is that sentence's main subject; None when none or several do."""
    references = context.references
    first, last = references.sentence_at(*start), references.sentence_at(*end)
    found: dict[str, LocalActor] = {}
    for index, begin, stop in references.sentences[first + 1:last] if first is not None and last else ():
        paragraph = context.paragraph(index)
        subject = references.main_subject((index, begin, stop), coordinated=False)
        if subject is None or subject.pos != "NOUN" or subject.lemma.lower() not in DOCUMENT_NOUNS | STUDY_NOUNS or \
                not is_definite(paragraph, subject) or subject.dep != "nsubjpass":
            continue
        publisher = issuing_subject(paragraph, subject)
        actor = context.actor_at(index, publisher) if publisher is not None else None
        if actor is None or actor.type not in ("organisation", "person"):
            return None
        found[actor.key] = actor
    if len(found) != 1:
        return None
    actor = next(iter(found.values()))
    return Attribution(actor.name, actor.key, cue, "verb", 0.85)


def earlier_document_mentions(context: Context, paragraph_index: int,
                              noun: Token) -> list[tuple[int, ParsedParagraph, Token]]:
    """The mentions of a document of the same name as `noun` before it, outside quotations, in its paragraph and
    the DOCUMENT_BACK before it, nearest first, each with its paragraph and the paragraph's index; nouns only (not
    "reported donations", whose adjective has the noun's lemma)."""
    found = []
    for index in range(paragraph_index, max(paragraph_index - DOCUMENT_BACK, 0) - 1, -1):
        paragraph = context.paragraph(index)
        found += [(index, paragraph, t) for t in reversed(paragraph.tokens) if same_document_noun(t, noun) and
                  t.pos == "NOUN" and (index < paragraph_index or t.i < noun.i) and
                  not context.inside_quote(index, t.idx)]
    return found


# Nouns of one lawsuit, which an article varies ("Ann Hale has filed a lawsuit …. Her complaint says …, the suit adds").
LAWSUIT_NOUNS = frozenset({"lawsuit", "suit", "complaint"})


def same_document_noun(token: Token, noun: Token) -> bool:
    """Whether `token` may name the document a definite `noun` takes up: the same noun, or another noun of a lawsuit
    (LAWSUIT_NOUNS) for one."""
    return token.lemma == noun.lemma or {token.lemma.lower(), noun.lemma.lower()} <= LAWSUIT_NOUNS


# The verb of making a document, by the nouns of the document it makes: "sue" makes a lawsuit ("His campaign sued
# the party. The complaint alleged …"), "email" an email ("Ann Hale emailed supporters. The email goes on …"),
# "tweet" a tweet.
MAKING_VERBS = {noun: "sue" for noun in LAWSUIT_NOUNS} | {"email": "email", "tweet": "tweet"}


def maker_by_verb_before(context: Context, paragraph_index: int, noun: Token, cue: str) -> Attribution | None:
    """"His campaign sued the party on Friday. The complaint alleged that …", "Ann Hale emailed supporters on Monday.
    The email goes on to say …": a definite noun of a document a verb makes (MAKING_VERBS: a lawsuit, an email, a
    tweet) that no earlier mention of it gives an issuer is the document of the subject of the nearest such verb
    before it (in its paragraph or the DOCUMENT_BACK before, outside quotations), an organisation or person of the
    article, else that subject as it would be printed as a speaker when sure; None when that verb is passive or its
    subject is several ("The party and two campaigns will sue …") or names nobody sure."""
    making = MAKING_VERBS.get(noun.lemma.lower())
    if making is None or not is_definite(context.paragraph(paragraph_index), noun):
        return None
    for index in range(paragraph_index, max(paragraph_index - DOCUMENT_BACK, 0) - 1, -1):
        paragraph = context.paragraph(index)
        for verb in (t for t in reversed(paragraph.tokens) if t.lemma.lower() == making and t.pos == "VERB" and
                     (index < paragraph_index or t.i < noun.i) and not context.inside_quote(index, t.idx)):
            return maker_of(context, index, paragraph, verb, cue)
    return None


def maker_of(context: Context, paragraph_index: int, paragraph: ParsedParagraph, verb: Token,
             cue: str) -> Attribution | None:
    """Who makes a document by a verb ("sue", "email"): its one active subject, an organisation or person of the
    article, else as it would be printed as a speaker when sure; None otherwise (see `maker_by_verb_before`)."""
    children = paragraph.dependents(verb)
    subject = next((t for t in children if t.dep == "nsubj"), None)
    if subject is None or any(t.dep in ("nsubjpass", "auxpass") for t in children) or \
            any(t.dep == "conj" for t in paragraph.dependents(subject)):
        return None
    actor = context.actor_at(paragraph_index, subject)
    if actor is not None:
        return Attribution(actor.name, actor.key, cue, "verb", 0.85) if actor.type in ("organisation", "person") \
            else None
    if subject.pos not in ("NOUN", "PROPN"):
        return None
    found = source(context, paragraph_index, paragraph, subject, cue)
    return found if found.speaker is not None and found.confidence >= SURE else None


def document_body_as_written(context: Context, paragraph_index: int, noun: Token) -> str | None:
    """"A report by the parliamentary transport committee called for … The report urged …": the body a definite
    document noun's document comes from, as the article writes it, where the mention that brought the document in
    (the nearest indefinite one) names it after "by" or "from" with a definite noun of a body that is no actor of
    the article (the NER missed it); None otherwise, and for several ("by the committee and the council")."""
    if noun.lemma.lower() not in DOCUMENT_NOUNS:
        return None
    introduction = next(((index, paragraph, mention) for index, paragraph, mention in
                         earlier_document_mentions(context, paragraph_index, noun)
                         if not is_definite(paragraph, mention)), None)
    if introduction is None:
        return None
    index, paragraph, mention = introduction
    prepositions = [t for t in paragraph.dependents(mention)
                    if t.dep == "prep" and t.text.lower() in ("by", "from")]
    for preposition in prepositions:
        for body in (t for t in paragraph.dependents(preposition) if t.dep == "pobj"):
            if body.pos == "NOUN" and is_group_noun(body) and body.lemma.lower() not in DOCUMENT_NOUNS and \
                    is_definite(paragraph, body) and context.actor_at(index, body) is None and \
                    not any(t.dep == "conj" for t in paragraph.dependents(body)):
                return unnamed_source(paragraph, body)
    return None


def author_of_document(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                       document: Token) -> LocalActor | None:
    """Who a document mentioned in a sentence comes from: its owner ("the EPA's statement", "a statement from the
    EPA"), or the subject of the verb it is issued by ("The EPA issued a statement") or said in ("The EPA said in
    a statement", "In a statement, the EPA said"), else the outlet a piece of opinion no one is said to write
    appears in (`outlet_printing`); an organisation or person of the article, else None."""
    owner = owning_organisation(context, paragraph_index, paragraph, document) or \
        owner_by_its(context, paragraph_index, paragraph, document)
    if owner is not None:
        return owner
    subject = issuing_subject(paragraph, document)
    if subject is None:
        return outlet_printing(context, paragraph_index, paragraph, document)
    named = [subject, *(t for t in paragraph.dependents(subject) if t.dep == "appos")]
    actor = next((a for a in (context.actor_at(paragraph_index, t) for t in named) if a is not None), None)
    return actor if actor is not None and actor.type in ("organisation", "person") else None


def owner_by_its(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                 document: Token) -> LocalActor | None:
    """"The Language Office … received 8,000 complaints, according to its annual report": the organisation a
    document's "its" stands for, the main subject of the document's own sentence when that subject names an
    organisation of the article; None for any other owner or subject (a thing, a person, none)."""
    if not any(t.dep == "poss" and t.text.lower() == "its" for t in paragraph.dependents(document)):
        return None
    references = context.references
    here = references.sentence_at(paragraph_index, document.idx)
    subject = references.main_subject(references.sentences[here], coordinated=False) if here is not None else None
    actor = references.name_of(paragraph, subject) if subject is not None and subject.i < document.i else None
    return actor if actor is not None and actor.type == "organisation" else None


# Nouns of a piece of opinion that speaks for the outlet printing it unless a writer is named.
OPINION_PIECE_NOUNS = frozenset({"column", "editorial", "op-ed"})


def outlet_printing(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                    document: Token) -> LocalActor | None:
    """"A popular column in the Dunmore Herald attacked the remark": the news outlet a piece of opinion
    (OPINION_PIECE_NOUNS) is in, named by the object of its "in" (or that object's compound: "the Herald newspaper");
    None for other documents, for a piece whose writer its phrase names ("a column by Ann Hale in the Herald") and
    for a body that is no outlet ("an op-ed in the Pellham Institute's journal")."""
    children = paragraph.dependents(document)
    if document.lemma.lower() not in OPINION_PIECE_NOUNS or any(t.dep in ("agent", "poss") or t.lemma == "by"
                                                                 for t in children):
        return None
    for place in (t for t in children if t.dep == "prep" and t.lemma.lower() == "in"):
        for noun in (t for t in paragraph.dependents(place) if t.dep == "pobj"):
            named = [noun, *(t for t in paragraph.dependents(noun) if t.dep == "compound")]
            actor = next((a for a in (context.actor_at(paragraph_index, t) for t in named) if a is not None), None)
            if actor is not None and actor.type == "organisation" and actor.media:
                return actor
    return None


def issued_jointly(context: Context, paragraph_index: int, paragraph: ParsedParagraph, document: Token,
                   author: LocalActor, cue: str) -> Attribution | None:
    """"Ann Hale and Tom Reed, the owners of a bakery, have filed a lawsuit …. The lawsuit contends that “…”": a
    document issued by a subject coordinated with other actors of its type by "and" (`coordinated_speakers`) speaks for
    all of them, named together with no single actor, as their own words are; None when its issuer is one."""
    subject = issuing_subject(paragraph, document)
    actor = context.actor_at(paragraph_index, subject) if subject is not None else None
    if actor is None or actor.key != author.key:
        return None
    partners = coordinated_speakers(context, paragraph_index, paragraph, subject, author)
    names = names_together([author, *partners])
    return Attribution(names, None, cue, "verb", 0.85) if partners else None


def issuing_subject(paragraph: ParsedParagraph, document: Token) -> Token | None:
    """Who issues a document mentioned in a sentence: the subject of the verb it is issued by ("The EPA issued a
    statement", a verb of DOCUMENT_ISSUING_VERBS) or said in ("The EPA said in a statement", "In a statement, the EPA
    said"), or the one a verb of putting out in the passive names after "by" or "from" ("an email was sent from
    the club's director, Ann Hale"); None for other mentions ("Tom Reed received a letter": not his)."""
    tokens = paragraph.tokens
    verb = tokens[document.head]
    if document.dep == "nsubjpass" and verb.lemma in PUTTING_OUT_VERBS:
        links = [t for t in paragraph.dependents(verb) if t.dep == "agent" or
                 t.dep == "prep" and t.text.lower() == "from"]
        return next((t for link in links for t in paragraph.dependents(link) if t.dep == "pobj"), None)
    if document.dep == "pobj" and verb.text.lower() == "in" and verb.head != verb.i:
        verb = tokens[verb.head]
    elif document.dep != "dobj" or verb.lemma not in DOCUMENT_ISSUING_VERBS:
        return None
    return next((t for t in paragraph.dependents(verb) if t.dep == "nsubj"), None)


def issuer_described(context: Context, paragraph_index: int, paragraph: ParsedParagraph, document: Token,
                     cue: str) -> Attribution | None:
    """"The mayor's office said in a statement that … “…,” the statement said", "In a statement, the business
    mogul announced …": the subject a document is said in or issued by (`issuing_subject`) that names no actor
    itself, as that subject would be printed as the speaker of words it said (a description taken up, a body as
    written); None when it names nobody surely, or is itself a document or a pronoun (taken up in its own way)."""
    subject = issuing_subject(paragraph, document)
    if subject is None or subject.pos not in ("NOUN", "PROPN") or subject.lemma.lower() in DOCUMENT_NOUNS:
        return None
    issuer = source(context, paragraph_index, paragraph, subject, cue)
    return issuer if issuer.speaker is not None and issuer.confidence >= SURE else None


def document_author(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                    noun: Token) -> LocalActor | None:
    """"A statement from the Justice Department said", "a report by the OECD says", "a review by the HAO found":
    the organisation or person a document or a study (STUDY_NOUNS) comes from, named right after "from" or "by",
    or in apposition to a noun there ("The report, by the Dunmere firm Corran Surveys, concludes", a phrase set off
    by commas that the parse may hang elsewhere: `preposition_of_document`); None for other nouns and other phrases,
    and for a study by several ("a study by Ann Hale and Tom Reed": not Hale alone)."""
    if noun.lemma.lower() not in DOCUMENT_NOUNS | STUDY_NOUNS:
        return None
    tokens = paragraph.tokens
    for preposition in (t for t in tokens if preposition_of_document(paragraph, noun, t)):
        for named in (t for t in paragraph.dependents(preposition) if t.dep == "pobj" and not (
                noun.lemma.lower() in STUDY_NOUNS and any(c.head == t.i and c.dep == "conj" for c in tokens))):
            names = [named, *(t for t in paragraph.dependents(named) if t.dep == "appos")]
            actor = next((a for a in (context.actor_at(paragraph_index, t) for t in names) if a is not None), None)
            if actor is not None and actor.type in ("organisation", "person"):
                return actor
    return document_put_out_by(context, paragraph_index, paragraph, noun)


def authors_by_several(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                       noun: Token) -> list[LocalActor]:
    """"a 2013 study by economists Ann Hale and Tom Reed", "a letter from Ann Hale and Tom Reed": the people of the
    article a document or a study (STUDY_NOUNS) comes from, named right after its "by" or "from" and coordinated by
    "and", each a person; none when any of them is not (a body, an unnamed one) or when only one is named (that one is
    `document_author`'s)."""
    if noun.lemma.lower() not in DOCUMENT_NOUNS | STUDY_NOUNS:
        return []
    for preposition in (t for t in paragraph.dependents(noun) if preposition_of_document(paragraph, noun, t)):
        for named in (t for t in paragraph.dependents(preposition) if t.dep == "pobj"):
            nodes = [named, *conjuncts(paragraph.tokens, named)]
            found = (context.actor_at(paragraph_index, t) for t in nodes)
            people = [a for a in found if a is not None and a.type == "person"]
            joined = any(t.dep == "cc" and t.text.lower() == "and"
                         for n in nodes for t in paragraph.dependents(n))
            if len(nodes) > 1 and joined and len({a.key for a in people}) == len(nodes):
                return people
    return []


def preposition_of_document(paragraph: ParsedParagraph, noun: Token, token: Token) -> bool:
    """Whether `token` is a "by" or "from" that says who a document `noun` comes from: one hung from the noun ("a
    report by the OECD"), or, for a document that is its verb's subject, one set off by a comma right after it,
    which the parse may hang from the verb or the comma ("The report, by the OECD, concludes")."""
    if token.dep != "prep" or token.text.lower() not in ("from", "by"):
        return False
    if token.head == noun.i:
        return True
    return noun.dep == "nsubj" and token.i == noun.i + 2 and paragraph.tokens[noun.i + 1].text == "," and \
        token.head in (noun.i + 1, noun.head) and token.i < noun.head


# Nouns of a piece of study, whose author speaks through it as through a document ("a review by the HAO found").
STUDY_NOUNS = frozenset({"study", "survey", "poll", "review", "audit", "analysis", "investigation", "inquiry"})
# Verbs of putting a document out, whose agent wrote it or speaks through it ("a statement released by the campaign",
# "a court document filed by state attorney Dave Aronberg"); not "obtained by", whose agent only has it.
PUTTING_OUT_VERBS = frozenset({"release", "issue", "file", "write", "sign", "send", "publish", "post", "pen"})
# Verbs whose subject puts out the document that is their object ("The EPA issued a statement", "the parents filed a
# lawsuit", "the campaign sent out an email", "his aide provided a statement"); not "received", "obtained", "read" or
# "cited", whose subject only has the document someone else wrote.
DOCUMENT_ISSUING_VERBS = PUTTING_OUT_VERBS | frozenset("""
make give put bring draft submit lodge deliver circulate distribute present unveil produce prepare author compose
tweet email launch hand provide offer
""".split())


def document_put_out_by(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                        noun: Token) -> LocalActor | None:
    """The organisation or person named by "by" after a participle of putting out describing a document ("a court
    document filed by state attorney Dave Aronberg": Aronberg); None otherwise."""
    for verb in (t for t in paragraph.dependents(noun) if t.dep == "acl" and t.tag == "VBN" and
                 t.lemma in PUTTING_OUT_VERBS):
        for agent in (t for t in paragraph.dependents(verb) if t.dep == "agent"):
            for named in (t for t in paragraph.dependents(agent) if t.dep == "pobj"):
                actor = context.actor_at(paragraph_index, named)
                if actor is not None and actor.type in ("organisation", "person"):
                    return actor
    return None


def is_age(paragraph: ParsedParagraph, token: Token) -> bool:
    """"old" of "the 46-year-old" (split by the tokenizer into "46 - year - old"), standing for a person."""
    tokens = paragraph.tokens
    return token.text.lower() == "old" and token.i >= 3 and tokens[token.i - 1].text == "-" and \
        tokens[token.i - 2].lemma.lower() == "year" and any(t.dep == "det" and t.head == token.i for t in tokens)


def is_one_of(paragraph: ParsedParagraph, token: Token) -> bool:
    """"one of those advisers": a number that stands for one of a group of people."""
    return token.text.lower() == "one" and any(
        t.head == token.i and t.text == "of" for t in paragraph.tokens)


def after_cut_quotation(paragraph: ParsedParagraph, token: Token) -> bool:
    """A word right after quoted words cut at a comma, question or exclamation mark (“…?” Hannity pressed):
    the writer goes on with the attribution, so its capital is the word's own, not a new sentence's, even
    where the parse starts a sentence there."""
    return token.i >= 2 and paragraph.tokens[token.i - 1].text in CLOSING and \
        paragraph.tokens[token.i - 2].text in CUT_MARKS


def continued(context: Context, span: Span, earlier: Sequence[Quote]) -> Attribution:
    """A quote with no attribution of its own continues the speaker of the quote just before it, when
    it follows in the same or the next paragraph and nobody else became the subject in between. A quote signed
    with a dash and a name (“…” ― Ann Hale) is a turn closed by its signature: in a list of signed quotes each
    is signed after itself, so none goes on with the signer before it."""
    for index in range(len(earlier) - 1, -1, -1):
        quote = earlier[index]
        if is_chant(quote):  # the crowd breaking into a speech ("- at which point the crowd chanted “…” -")
            continue
        if quote.method == "signature":
            return NOBODY
        if quote.speaker is None:
            if quote.method == "term" or quoted_in_attribution(context, earlier[:index], quote):
                continue
            return NOBODY
        end, end_offset = quote_end(quote)
        if span.paragraph - end > 1 or reported_inside_anothers_words(context, quote):
            return NOBODY
        # subjects of the sentence that attributes the quote before ("…," LeVell declared, a point he
        # likes to make after callers asked …) do not interrupt the speaker's run; a new sentence's do
        resumed = context.references.sentence_end(end, end_offset)
        between = [e for e in context.references.events
                   if (end, resumed) <= (e.paragraph, e.offset) < (span.paragraph, span.start)]
        if any(e.referent is None or e.referent.name != quote.speaker for e in between) or \
                another_speaker_joins(context, quote, resumed):
            return NOBODY
        return Attribution(quote.speaker, quote.speaker_key, quote.cue, "continuation",
                           0.85 if quote.confidence >= 0.85 else quote.confidence)
    return NOBODY


# Verbs by which a person brings back what someone else once said ("Lewis reminded MPs that Reed had called it “…”").
RECALLING_VERBS = frozenset({"remember", "remind"})


def reported_inside_anothers_words(context: Context, quote: Quote) -> bool:
    """"Tory spokesman Tom Reed reminded MPs that Ann Hale had called the plan a “modern swindle”. ¶ “How could
    anyone …”": whether a quotation opens in a sentence whose main clause has another named person as the subject of
    a verb of speech or of recalling, so that its speaker's words are reported inside that person's; the next words
    standing alone may be either one's, and go on with neither. Not where that verb is the one attributing the
    quotation (its speaker's own, under whatever name), nor where that person is one of people speaking together."""
    sentence = sentence_opening(context, quote)
    subject = context.references.main_subject(sentence) if sentence is not None else None
    if subject is None:
        return False
    paragraph = context.paragraph(quote.paragraph)
    verb = paragraph.tokens[subject.head]
    if verb.lemma not in SPEECH_VERBS | RECALLING_VERBS or verb.text.lower() == quote.cue:
        return False
    named = context.references.name_of(paragraph, subject)
    return named is not None and named.type == "person" and named.key != quote.speaker_key and \
        named.name not in (quote.speaker or "")


CUTTING_IN_VERBS = frozenset({"cut", "chime", "break", "butt", "jump"})  # "… and her husband cut in"


def another_speaker_joins(context: Context, quote: Quote, resumed: int) -> bool:
    """"“Tell her I promised you a picture,” Hale said, and her husband cut in. “Don't forget …”": whether the
    sentence attributing `quote` goes on, after the quotation and before `resumed` (its end), with a clause joined
    to its speech verb (not one describing the speaker, "said X, whose district … but who suggested …") in which
    someone other than the speaker speaks or cuts in; the next words are theirs, not a continuation (the clause's
    subject is another person, an unnamed one, or a pronoun taken up as someone else)."""
    end, end_offset = quote_end(quote)
    paragraph = context.paragraph(end)
    tokens = paragraph.tokens
    for verb in (t for t in tokens if end_offset <= t.idx < resumed and t.dep == "conj" and t.pos == "VERB"):
        cutting_in = verb.lemma in CUTTING_IN_VERBS and any(
            t.dep == "prt" and t.text.lower() == "in" for t in paragraph.dependents(verb))
        subject = next((t for t in paragraph.dependents(verb) if t.dep in SUBJECT_DEPS), None)
        if subject is None or not (verb.lemma in SPEECH_VERBS or cutting_in) or \
                tokens[verb.head].text.lower() != (quote.cue or "").lower() or tokens[verb.head].idx < end_offset:
            continue  # not a clause joined to the speech verb attributing the quotation
        event = next((e for e in context.references.events if e.paragraph == end and e.offset == subject.idx), None)
        same = event is not None and event.referent is not None and event.referent.actor is not None and \
            event.referent.actor.key == quote.speaker_key
        if not same:
            return True
    return False


FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
FINDINGS_NOUNS = frozenset({"survey", "study", "poll", "research", "figures", "data", "findings"})


def predicate_after_speaker(context: Context, span: Span, paragraph: ParsedParagraph, inside: list[Token],
                            earlier: Sequence[Quote]) -> Attribution:
    """"“…,” said Anthony Crescenzi, a bond strategist. The trade deficit and the shortfall with China “are big issues
    going forward”.": quoted words that hold the main verb of a sentence whose subject stands outside them (what
    someone said the subject does or is, not a name for a thing) go on in the words of the named speaker of the
    quotation ending the sentence right before, when that sentence has no speech verb of its own to report them and
    names no other person; NOBODY otherwise."""
    start, end = sentence_of(paragraph, inside[0].i)
    tokens = paragraph.tokens
    members = {t.i for t in inside}
    root = next((t for t in tokens[start:end] if t.head == t.i), None)
    subject = next((t for t in tokens[start:end] if root is not None and t.head == root.i and t.dep in SUBJECT_DEPS and
                    t.i not in members), None)
    if root is None or root.i not in members or root.pos not in ("VERB", "AUX") or subject is None or \
            not thing_or_speaker_voice(context, span.paragraph, paragraph, subject):
        return NOBODY
    if any(t.lemma in SPEECH_VERBS and t.i not in members for t in tokens[start:end]):
        return NOBODY
    references = context.references
    here = references.sentence_at(span.paragraph, span.start)
    if not earlier or here is None:
        return NOBODY
    quote = earlier[-1]
    last, last_offset = quote_end(quote)
    if quote.speaker_key is None or quote.confidence < SURE or references.sentence_at(last, last_offset - 1) != here - 1:
        return NOBODY
    sentence = references.sentences[here]
    if any(actor.type == "person" and actor.key != quote.speaker_key and
           not context.inside_quote(mention.paragraph, mention.start) for mention, actor in references.mentions_in(sentence)):
        return NOBODY
    return Attribution(quote.speaker, quote.speaker_key, None, "continuation", 0.7)


def thing_or_speaker_voice(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token) -> bool:
    """Whether a subject is a thing or an idea ("The trade deficit", "Any exit strategy") or the first person ("We
    “would like to get into it”"), not someone whose own deed the quoted words describe ("A Tory spokesman “totally
    refuted” any wrongdoing"), nor a document or study that speaks for itself ("The survey … “showed …”"): no actor,
    name, person noun, third-person pronoun, document or finding."""
    lower = subject.text.lower()
    if lower in FIRST_PERSON_SUBJECTS:
        return True
    return subject.pos in ("NOUN", "DET") and not is_person_noun(subject) and \
        subject.lemma.lower() not in DOCUMENT_NOUNS | FINDINGS_NOUNS and \
        context.actor_at(paragraph_index, subject) is None and not any(
            t.head == subject.i and t.pos == "PROPN" for t in paragraph.tokens)


def quote_end(quote: Quote) -> tuple[int, int]:
    """Where a quotation ends: its last paragraph and the character offset there (of its closing words)."""
    if quote.end_paragraph is None:
        return quote.paragraph, quote.end
    return quote.end_paragraph, quote.end_offset

def quoted_in_attribution(context: Context, earlier: Sequence[Quote], quote: Quote) -> bool:
    """"“We regret the decision,” said Ivan Hale, chairman of Gold Co - a firm that has the motto “Gold to Market”.
    “It would be a shame …”": nobody's words quoted inside the attribution that follows the quotation before them, in
    what it says of the speaker, interrupt no one's run; True when the quotation with a speaker nearest before
    `quote` ends in the same sentence as `quote` starts, and the speech verb attributing it comes between the two
    (not "After saying her foot was “so swollen”, she was “whisked … off”", where the sentence goes on about her)."""
    before = next((q for q in reversed(earlier) if q.method != "term"), None)
    if before is None or before.speaker is None or before.cue is None:
        return False
    end, end_offset = quote_end(before)
    sentence = context.references.sentence_at(end, end_offset)
    if end != quote.paragraph or end_offset >= quote.start or sentence is None or \
            sentence != context.references.sentence_at(quote.paragraph, quote.start):
        return False
    between = context.paragraph(end).text[end_offset:quote.start]
    return re.search(rf"\b{re.escape(before.cue)}\b", between) is not None


def continued_over_paragraph(context: Context, span: Span, earlier: Sequence[Quote]) -> Attribution:
    """“…,” Wright said. / Wright is upbeat about the vote. / “Not only can we win, …”: a quotation that is a
    paragraph of its own goes on with the speaker of the quotation two paragraphs up when the one paragraph
    between holds no quotation and every clause subject there is that speaker (by name or a pronoun taken up)."""
    last = next((q for q in reversed(earlier) if q.method != "term"), None)
    if last is None or last.speaker is None or last.speaker_key is None or last.confidence < 0.85:
        return NOBODY
    end, _ = quote_end(last)
    between = span.paragraph - 1
    paragraph = context.paragraph(span.paragraph)
    # the quotation is its paragraph (from its opening mark to its closing one)
    if span.paragraph - end != 2 or span.start > 1 or span.end_paragraph != span.paragraph or \
            context.quoted.get(between) or len(paragraph.text) - span.end > 2:
        return NOBODY
    events = [e for e in context.references.events if e.paragraph == between]
    if not events or any(e.referent is None or e.referent.name != last.speaker for e in events):
        return NOBODY
    return Attribution(last.speaker, last.speaker_key, last.cue, "continuation", 0.85)


def says_as(verb: Token, tokens: Sequence[Token]) -> bool:
    """Whether a verb in "as X …" reports what the sentence quotes: a verb of speech, or a phrasal one with its
    particle ("as Churchill points out, it is “better than all the others”")."""
    return verb.lemma in SPEECH_VERBS or speaks_with_particle(verb, tokens)


def after_reported_speech(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                          inside: list[Token]) -> Attribution:
    """"Coan, Santilli's attorney, argues that his client was never encouraging violence. “His intent was …”": a
    quotation standing alone right after a sentence whose main verb (or one coordinated with it: "Doctors had
    wanted to operate but he insisted …", or a phrasal verb of speech with its particle: "…, Hale points out.") reports
    a named person's words without quoting them (in its paragraph, or ending the paragraph before the one it opens)
    goes on in their words, unless it names them.
    A verb of a stance taken in words counts ("Robert Tapsfield criticised the existing system. “There is …”")."""
    before = sentence_before_quotation(context, paragraph_index, paragraph, inside)
    if before is None:
        return NOBODY
    own_sentence = sentence_of_its_own(paragraph, inside)
    paragraph_index, paragraph, sentence = before
    if any(t.text in OPENING or t.text in CLOSING for t in sentence) and \
            not fragments_only(context, paragraph_index, sentence):
        return NOBODY
    root = next((t for t in sentence if t.head == t.i), None)
    verbs = [t for t in sentence if t.pos == "VERB" and
             (t.lemma in SPEECH_VERBS | REPORTING_VERBS or speaks_with_particle(t, paragraph.tokens)) and
             (t is root or root is not None and t.dep == "conj" and t.head == root.i)]
    if not verbs:
        verbs = speaking_by(paragraph, sentence, root)
    if not verbs:
        verbs = speech_hung_from_what_it_reports(paragraph, sentence, root)
    if not verbs and own_sentence:
        verbs = belief_reported(sentence, root)  # a sentence of its own: not "“…” resonated with him"
    if not verbs and own_sentence:
        verbs = cast_in_a_judgement(sentence, root)
    if not verbs:
        verbs = speaking_in_clause_of_reason(paragraph, sentence, root)
    if not verbs:
        verbs = statement_issued(paragraph, sentence, root)
    if not verbs:
        return NOBODY
    verb = verbs[-1]
    subject = subject_of(context, paragraph_index, paragraph, verb)
    if subject is None:
        return reported_by_name_without_subject(context, paragraph_index, verb)
    found = source(context, paragraph_index, paragraph, subject, verb.text.lower())
    actor = subject_actor(context, paragraph_index, paragraph, subject, found) if own_sentence else \
        context.actor_at(paragraph_index, subject)  # "“Vote now,” came cries …" is no sentence of its own
    pronoun = subject.text.lower() in PERSON_PRONOUNS and found.confidence >= SURE
    if found.key is None or not pronoun and (actor is None or actor.type not in REPORTED_SPEAKER_TYPES) and \
            not name_missed_here(subject, found) or \
            any(word in context.named_inside for word in (found.speaker or "").split()) and \
            not body_speaking_as_we(actor, inside):
        return NOBODY
    return replace(found, method="reported", confidence=min(found.confidence, 0.75))


def reported_by_name_without_subject(context: Context, paragraph_index: int, verb: Token) -> Attribution:
    """"Ian Corday, from the league, said video evidence would go to the police. “Our evidence suggests …”", parsed
    with no subject for "said" (a surname ending in "day" taken for a time): the person or body the speech rules name
    for such a verb of speech (a name set off before it, opening its sentence) goes on in the quotation standing alone
    after it, as a subject would; not one the quotation speaks of by name, nor an attribution the rules are unsure
    of."""
    if verb.lemma not in SPEECH_VERBS:
        return NOBODY
    found = speaker_of(context, paragraph_index, verb)
    actor = next((a for a in context.references.actors if a.key == found.key), None) if found.key else None
    if found.method != "verb" or found.confidence < SURE or actor is None or actor.type not in REPORTED_SPEAKER_TYPES \
            or any(word in context.named_inside for word in actor.name.split()):
        return NOBODY
    return replace(found, method="reported", confidence=min(found.confidence, 0.75))


def body_speaking_as_we(actor: LocalActor | None, inside: list[Token]) -> bool:
    """An organisation's own words name it as a member would, in the first person plural ("“Speaking for all of us at
    the Harbour Party, we apologise …”" after "the Harbour Party issued a statement"): naming itself is no sign that
    someone else speaks of it."""
    return actor is not None and actor.type == "organisation" and \
        any(t.text.lower() in ("we", "our", "us") for t in inside)


# Verbs of putting out a written statement, whose words a quotation standing alone after it gives.
ISSUING_VERBS = frozenset({"issue", "release", "put"})


def statement_issued(paragraph: ParsedParagraph, sentence: list[Token], root: Token | None) -> list[Token]:
    """"The Harbour Party issued a statement saying sorry to Reed. “We regret …”": a main verb of putting out a
    statement (`ISSUING_VERBS`, "put" only with "out") whose object is a statement reports its subject's words; returned
    as that verb, [] otherwise."""
    if root is None or root.pos != "VERB" or root.lemma not in ISSUING_VERBS:
        return []
    children = [t for t in sentence if t.head == root.i]
    if root.lemma == "put" and not any(t.dep == "prt" and t.text.lower() == "out" for t in children):
        return []
    return [root] if any(t.dep == "dobj" and t.lemma.lower() == "statement" for t in children) else []


def name_missed_here(subject: Token, found: Attribution) -> bool:
    """"Porto midfielder Ivo has agreed a new deal. Ivo added that he had felt cheered … “I still get …”", the NER
    having missed the second "Ivo": a proper noun that the rules took, as written, for a person the article names
    elsewhere (method "verb", sure) counts as that person's mention."""
    return subject.pos == "PROPN" and found.method == "verb" and found.confidence >= SURE and \
        (found.key or "").startswith("person:")


def subject_actor(context: Context, paragraph_index: int, paragraph: ParsedParagraph, subject: Token,
                  found: Attribution) -> LocalActor | None:
    """The actor a clause's subject names: its own mention, else, for a common noun ("The ferry firm's solicitor, Ann
    Hale, told the inquiry …"), the person whose name the commas set off right after it, when that person is
    the one `source` found for the subject. None otherwise."""
    actor = context.actor_at(paragraph_index, subject)
    if actor is not None or subject.pos != "NOUN":
        return actor
    name = next((t for t in paragraph.dependents(subject) if t.dep == "appos" and t.pos == "PROPN"), None)
    # "His former partner at Reed Bakeries, Ann Hale, called …": the parse hung the name on "Bakeries"
    named = context.actor_at(paragraph_index, name) if name is not None else \
        context.references.name_between_commas(paragraph, subject)
    return named if named is not None and found.key is not None and named.key == found.key else None


NARRATIVE_CONFIDENCE = 0.7


def after_sentence_about_one_person(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                                    inside: list[Token]) -> Attribution:
    """"After three wins in a fortnight, McIlroy is brimming with confidence. “I've been waiting six years …”": a
    quotation that is a sentence of its own in the first person, standing alone right after a sentence of its
    paragraph whose main subject is a named person, or a "he" or "she" taken up surely, and that names no other
    person, is that person's, unless it names them: the writer has introduced the one who speaks next. Not words
    without "I" or "we" ("Mayor Hale visited the plant. “It was a great day …”" may be anyone's), nor a quotation
    opening its paragraph (a debate's answers set out one by one after paragraphs about the candidates)."""
    before = sentence_before_quotation(context, paragraph_index, paragraph, inside)
    if before is None or not sentence_of_its_own(paragraph, inside) or not speaks_in_first_person(inside):
        return NOBODY
    index, sentence_paragraph, sentence = before
    if index != paragraph_index or any(t.text in OPENING or t.text in CLOSING for t in sentence) and \
            not fragments_only(context, index, sentence):
        return NOBODY  # a quotation opening its paragraph may be anyone's (a debate's answers set out one by one)
    root = next((t for t in sentence if t.head == t.i), None)
    if root is None or root.pos not in ("VERB", "AUX"):
        return NOBODY
    subject = subject_of(context, index, sentence_paragraph, root)
    if subject is None:
        return NOBODY
    found = source(context, index, sentence_paragraph, subject, None)
    actor = subject_actor(context, index, sentence_paragraph, subject, found) if found.method == "verb" else None
    if found.key is None or found.confidence < SURE or found.method not in ("verb", "pronoun") or \
            found.method == "verb" and (actor is None or actor.type != "person") or \
            found.method == "pronoun" and subject.text.lower() not in PERSON_PRONOUNS or \
            any(word in context.named_inside for word in (found.speaker or "").split()):
        return NOBODY
    others = {a.key for t in sentence if (a := context.actor_at(index, t)) is not None and a.type == "person" and
              not named_in_a_clause_aside(sentence_paragraph, t)}
    if others - {found.key}:
        return NOBODY
    return replace(found, cue=None, method="narrative", confidence=min(found.confidence, NARRATIVE_CONFIDENCE))


# Clauses set apart from the main one, which tell of someone else without making them who the sentence is about.
CLAUSE_ASIDE_DEPS = frozenset({"relcl", "advcl", "acl"})


def named_in_a_clause_aside(paragraph: ParsedParagraph, token: Token) -> bool:
    """Whether a word of a name stands in a clause set apart from the main one (relative, adverbial) and is not that
    clause's subject: "Hale has spent time at a clinic in Oslo where she has worked with coach Jane Reed." (Reed),
    "Hale held the top ranking until a knee injury pushed Jane Reed ahead of her." (Reed); not "… after Reed beat
    her" (a subject), nor an object of the main verb ("Hale beat Reed in the final")."""
    node = token
    while node.pos not in ("VERB", "AUX") and node.head != node.i:
        if node.dep in SUBJECT_DEPS:
            return False
        node = paragraph.tokens[node.head]
    while node.head != node.i:
        if node.dep in CLAUSE_ASIDE_DEPS:
            return True
        node = paragraph.tokens[node.head]
    return False


FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})


def speaks_in_first_person(inside: list[Token]) -> bool:
    """Whether quoted words say "I", "we", "my" or "our": someone's own words, not a title, a document's or a
    judgement on a third person ("Not only can she win …" after a sentence about her is someone else's)."""
    return any(t.text.lower() in FIRST_PERSON and t.pos == "PRON" for t in inside)


def sentence_of_its_own(paragraph: ParsedParagraph, inside: list[Token]) -> bool:
    """Whether a quotation's first sentence has no words outside its marks: the words are a sentence of their own,
    not part of the writer's ("… the Sawyer Award, which is “presented to …”", "“…,” the lawsuit states")."""
    start, end = sentence_of(paragraph, inside[0].i)
    members = {t.i for t in inside}
    return all(t.i in members or t.pos == "PUNCT" for t in paragraph.tokens[start:end])


def sentence_before_quotation(context: Context, paragraph_index: int, paragraph: ParsedParagraph,
                              inside: list[Token]) -> tuple[int, ParsedParagraph, list[Token]] | None:
    """The sentence right before the one a quotation opens (ending the paragraph before when it opens its own), with
    its paragraph; None at the article's start."""
    start, _ = sentence_of(paragraph, inside[0].i)
    if start == 0:
        if paragraph_index == 0 or not context.paragraph(paragraph_index - 1).tokens:
            return None
        paragraph_index -= 1
        paragraph = context.paragraph(paragraph_index)
        start = len(paragraph.tokens)
    before_start, _ = sentence_of(paragraph, start - 1)
    return paragraph_index, paragraph, paragraph.tokens[before_start:start]


def continued_over_set_off_speech(context: Context, span: Span, first: ParsedParagraph, inside: list[Token],
                                  earlier: Sequence[Quote]) -> Attribution:
    """"“… families face today.” The Tories, he said, can cut crime …. “We can have progress …”": a quotation standing
    alone after a sentence that a speech verb set off by commas gives to the speaker of the quotation before it (in
    the same or the paragraph before) goes on in that speaker's words; NOBODY when that verb's subject is anyone
    else (“The Peter Hain attack, he says, is … a by-product, he claims, …” after somebody else's quotation)."""
    last = next((q for q in reversed(earlier) if q.method != "term"), None)
    before = sentence_before_quotation(context, span.paragraph, first, inside)
    if last is None or last.speaker_key is None or before is None or \
            span.paragraph - (last.end_paragraph or last.paragraph) > 1:
        return NOBODY
    paragraph_index, paragraph, sentence = before
    root = next((t for t in sentence if t.head == t.i), None)
    for verb in set_off_speech(paragraph, sentence, root):
        subject = subject_of(context, paragraph_index, paragraph, verb)
        found = source(context, paragraph_index, paragraph, subject, verb.text.lower()) if subject is not None else NOBODY
        if found.key == last.speaker_key and found.confidence >= SURE:
            return replace(found, method="continuation", confidence=min(found.confidence, 0.75))
    return NOBODY


def set_off_speech(paragraph: ParsedParagraph, sentence: list[Token], root: Token | None) -> list[Token]:
    """"The Tories, he said, can cut crime …": a speech verb set off by commas inside a sentence, hung from its main
    verb, reports the whole sentence (the speaker's words without quotation marks); [] when there is none."""
    if root is None:
        return []
    tokens = paragraph.tokens
    return [t for t in sentence if t.head == root.i and t.dep == "parataxis" and t.pos == "VERB" and
            t.lemma in SPEECH_VERBS and 0 < t.i < len(tokens) - 1 and tokens[t.i + 1].text == "," and
            any(s.head == t.i and s.dep in SUBJECT_DEPS and tokens[s.i - 1].text == "," for s in sentence)]


def speaking_by(paragraph: ParsedParagraph, sentence: list[Token], root: Token | None) -> list[Token]:
    """"Bolton distanced himself from the movement by saying he would help. “I'm going to support him …”": the main
    verb of a sentence that did something by saying it (a speech verb after "by" hanging from it) reports its
    subject's words as a speech verb would; returned as the main verb, whose subject speaks."""
    if root is None or root.pos != "VERB":
        return []
    said = any(t.lemma in SPEECH_VERBS and t.tag == "VBG" and t.dep == "pcomp" and
               paragraph.tokens[t.head].text.lower() == "by" and paragraph.tokens[t.head].head == root.i
               for t in sentence)
    return [root] if said else []


# Conjunctions of a clause that gives the reason or the time of the main clause's comment on what was said.
REASON_MARKS = frozenset({"since", "because"})  # not "as": "Is the aim to win, as Reed once declared? “No. …”"


def speaking_in_clause_of_reason(paragraph: ParsedParagraph, sentence: list[Token], root: Token | None) -> list[Token]:
    """"What the plan means is left to the voters, since Hale spoke only in slogans during the interview. “We will be
    tougher.”": a verb of speaking (`SPEECH_VERBS`, "speak", "talk") in a clause of reason hung from the main verb (or
    a clause it reports or is joined to), when the main clause's subject is no person nor pronoun (the writer's
    comment on what was said), reports the words of its subject that the quotation after it gives; returned as that
    verb, [] otherwise."""
    if root is None or any(t.text == "?" for t in sentence[-2:]):  # a question: the quotation after it answers
        return []
    subject = next((t for t in sentence if t.head == root.i and t.dep in SUBJECT_DEPS | {"csubj", "csubjpass"}), None)
    if subject is None or subject.pos in ("PROPN", "PRON") or subject.ent_type == "PERSON":
        return []
    main = {root.i} | {t.i for t in sentence if t.head == root.i and t.dep in ("ccomp", "conj") and t.pos == "VERB"}
    return [t for t in sentence if t.head in main and t.dep == "advcl" and t.pos == "VERB" and
            t.lemma in SPEECH_VERBS | {"speak", "talk"} and
            any(m.head == t.i and m.dep == "mark" and m.text.lower() in REASON_MARKS for m in sentence)][-1:]


# Verbs of holding a view, whose clause a quotation standing alone after it gives in the holder's words.
VIEW_VERBS = frozenset({"believe", "think", "feel", "fear", "reckon", "suspect", "doubt"})


def belief_reported(sentence: list[Token], root: Token | None) -> list[Token]:
    """"He also believes it is possible the internet could have a big part in the poll. “The internet was a decisive
    factor …”", "Mr Hale thought the former solicitor deserved a chance. “He could join the rest …”": the main verb
    of a sentence reporting the view its subject holds (a verb of holding a view with a clause of its own) reports
    it as a speech verb reports words, and the quotation after it gives it in their words; returned as the main
    verb, [] otherwise, or where a clause joined to it has a subject of its own ("he expected me to read my
    statement - and the judge interrupted me. “…”", the judge's)."""
    if root is None or root.pos != "VERB" or root.lemma not in VIEW_VERBS or root.tag == "VBN" or \
            not any(t.head == root.i and t.dep == "ccomp" for t in sentence):
        return []
    joined = {t.i for t in sentence if t.head == root.i and t.dep == "conj"}
    return [] if any(t.head in joined and t.dep in SUBJECT_DEPS for t in sentence) else [root]


# Verbs of casting someone or something as what one judges them, in a sentence of its own ("Hale likened the
# plan to a lottery", "Reed identified the cost as the main reason"): a stance put in words, which a quotation
# standing alone after it goes on in; a subset of CHARACTERISING_VERBS that are no acts of seeing or acting.
JUDGEMENT_CASTING_VERBS = frozenset({"liken", "compare", "characterize", "characterise", "identify", "cite", "brand"})


def cast_in_a_judgement(sentence: list[Token], root: Token | None) -> list[Token]:
    """"Ann Hale identified the voters' fatigue with the feud as one of the reasons to back Reed. “The young are …”",
    "Hale likened the plan to a lottery. “Nobody knows …”": a main verb of casting its object as or to something
    (`JUDGEMENT_CASTING_VERBS`, with a direct object and an "as" or "to" phrase of its own) reports a judgement in
    the subject's words, and the quotation after it gives them; returned as the verb, [] otherwise (nor a passive,
    "the plan was likened to …", whose subject judges nothing)."""
    if root is None or root.pos != "VERB" or root.lemma not in JUDGEMENT_CASTING_VERBS or root.tag == "VBN":
        return []
    children = [t for t in sentence if t.head == root.i and t.i != root.i]
    casts = any(t.dep == "prep" and t.text.lower() in ("as", "to") for t in children)
    return [root] if casts and any(t.dep == "dobj" for t in children) else []


def speech_hung_from_what_it_reports(paragraph: ParsedParagraph, sentence: list[Token],
                                     root: Token | None) -> list[Token]:
    """"If anything, Ash argued in his email, the incident is an illustration of …", "Schoen elaborated in a piece
    that superdelegates may reconsider.": a speech verb with a subject of its own before the sentence's main verb,
    which the parse hung from that verb as its clause, reports the rest of the sentence (the parse turned the
    report upside down); returned as the speech verb, [] when there is none. Only under a name: a pronoun there
    ("The Hain attack, he says, is …") may take up a name the sentence before qualified. Not a verb in a clause of
    time, manner or comparison ("As Hale said, …"), which the parse marks apart."""
    if root is None or root.pos not in ("VERB", "AUX"):
        return []
    tokens = paragraph.tokens
    return [t for t in sentence if t.head == root.i and t.i < root.i and t.dep in ("ccomp", "parataxis") and
            t.pos == "VERB" and t.lemma in SPEECH_VERBS and not is_unrealised(paragraph, t) and
            not any(m.head == t.i and m.dep == "mark" for m in sentence) and
            any(s.head == t.i and s.dep in SUBJECT_DEPS and s.i < t.i and s.pos == "PROPN" for s in sentence) and
            not any(c.head == t.i and c.dep in ("ccomp", "xcomp", "dobj") for c in tokens)][:1]


def fragments_only(context: Context, paragraph_index: int, sentence: list[Token]) -> bool:
    """Whether the quotation marks of a sentence only set off words inside it ("Davis said it was vital and urged
    the government to move as fast as “competently possible” to sort it out."): it neither opens nor closes with
    a quotation and its main verb is the writer's, so it is a report of someone's words, not their quotation."""
    words = [t for t in sentence if t.pos != "PUNCT"]
    root = next((t for t in sentence if t.head == t.i), None)
    return bool(words) and root is not None and sentence[0].text not in OPENING and \
        not context.inside_quote(paragraph_index, words[0].idx) and \
        (not context.inside_quote(paragraph_index, words[-1].idx) or
         closing_phrase(context, paragraph_index, sentence)) and \
        not context.inside_quote(paragraph_index, root.idx)


CLOSING_PHRASE_MAX_WORDS = 6  # a phrase this short closing the writer's sentence leaves it the writer's report


def closing_phrase(context: Context, paragraph_index: int, sentence: list[Token]) -> bool:
    """Whether a sentence closes with a short quoted phrase run into the writer's words ("But he waved away Green
    claims that backing him would hand the council to the Tories “through the side gate”."): at most
    CLOSING_PHRASE_MAX_WORDS quoted words end it, and the word before their opening mark is the writer's, not a
    colon or a comma introducing a quotation ("Hale said: “…”")."""
    at = len(sentence)
    while at > 0 and (sentence[at - 1].pos == "PUNCT" or
                      context.inside_quote(paragraph_index, sentence[at - 1].idx)):
        at -= 1
    quoted = [t for t in sentence[at:] if t.pos != "PUNCT" and context.inside_quote(paragraph_index, t.idx)]
    opening = next((k for k in range(at, len(sentence)) if sentence[k].text in OPENING), None)
    return 0 < len(quoted) <= CLOSING_PHRASE_MAX_WORDS and opening is not None and opening > 0 and \
        sentence[opening].i < quoted[0].i and sentence[opening - 1].pos != "PUNCT"


# Who may go on in a quotation of their own after a sentence reporting their words: people and bodies ("In a
# statement, the Cabinet Office said it was reviewing the scheme. “Unions will of course be consulted …”").
REPORTED_SPEAKER_TYPES = frozenset({"person", "organisation"})


# Verbs that report a stance someone took in words, whose own words may follow as a quotation of their own
# ("Robert Tapsfield criticised the existing system. “There is just no logic …”"); not speech verbs elsewhere,
# where "praised the “bold” plan" quotes the plan.
REPORTING_VERBS = frozenset("criticise criticize condemn welcome praise defend dismiss reject hail slam".split())


def quoted_text(context: Context, span: Span) -> str:
    parts = []
    for p in range(span.paragraph, span.end_paragraph + 1):
        text = context.paragraph(p).text
        start = span.start if p == span.paragraph else 1 if text[:1] in OPENING else 0
        end = span.end if p == span.end_paragraph else len(text)
        parts.append(text[start:end].strip())
    text = "\n\n".join(parts)
    return text.rstrip(",").strip()


def sentence_around(paragraph: ParsedParagraph, token: Token | None, fallback: str) -> str:
    """The sentence holding the quote's first word, widened to the quote's attribution."""
    if token is None:
        return fallback
    start, end = sentence_of(paragraph, token.i)
    if start > 0 and paragraph.tokens[start - 1].text in OPENING:
        start -= 1
    tokens = paragraph.tokens
    first = tokens[start].idx
    last = tokens[end - 1].idx + len(tokens[end - 1].text)
    return paragraph.text[first:last].strip()


def with_anchors(quotes: list[Quote]) -> list[Quote]:
    """Give every quote an anchor made from its words, so links to it survive edits elsewhere."""
    seen: dict[str, int] = {}
    result = []
    for quote in quotes:
        base = "q-" + hashlib.sha1(quote.text.encode("utf-8")).hexdigest()[:8]
        seen[base] = seen.get(base, 0) + 1
        anchor = base if seen[base] == 1 else f"{base}-{seen[base]}"
        result.append(replace(quote, id=anchor))
    return result
