"""Dates: every date expression of an article, resolved against its publication date.

`find_dates` takes spaCy's DATE entities (and TIME entities that name a day, plus rules for weekdays,
month-dates, holidays and words for the present the model misses), drops durations, ages and frequencies
("30 days", "30-day", "decades", "weekly"), splits a range into its two dates, reads the tense from the
clause that governs each date (its verb's tag and auxiliaries, an infinitive's own time, a schedule, or
"next"/"last" in the expression) and resolves it with `digest.annotate.calendar`, keeping its granularity (day,
week, month, season, quarter, half, year, decade, century, or a reference to the present, past or future).
What the article named before is carried along: "the quarter" is the last quarter reported on, "that year"
counts from the last date, "the day" said of a day is that day ("today is the eighth day of the strike"),
and a quotation's relative days count from the day its report names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from typing import Literal

from digest.annotate.tokens import sentence_of, token_end
from digest.annotate.calendar import (MONTHS, NO_CONTEXT, QUARTERS_AROUND, REFERENCES, WEEKDAYS, Context,
                                     Direction, no_later_than, period_label, resolve, straight)
from digest.model import DateRef, Entity, ParsedArticle, ParsedParagraph, Token

# TIME entities are kept only when they name a day ("Monday night", "this morning", "last night").
DAY_WORDS = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|tomorrow)\b"
                       r"|\bthis (?:morning|afternoon|evening)\b|\blast night\b")
# What the model sometimes leaves out of its entities: weekdays, month-dates ("on Tuesday", "Jan. 5, 2016"),
# and holidays ("last Thanksgiving"; not in a name, "Easter Island", nor naming a thing, "an Easter truce").
MISSED_DATES = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(?:, \d{4})?"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (?:\d{1,2}(?:, \d{4})?|\d{4}))\b"
    r"|\b(?:[Tt]he (?:latest|\d{4}) period)\b"  # the period a quarterly report is about
    r"|(?i:\b(?:fiscal[ -])?(?:first|second|third|fourth)[ -]quarter\b)")
# The days next to the writing ("Today, I'm here to tell you"), when the model leaves them out; not as a noun
# ("imagine a tomorrow where") nor in a name mid-sentence (NBC's "Today").
NEXT_DAYS = re.compile(r"(?i)\b(?:today|yesterday|tomorrow|tonight)\b")
HOLIDAYS = re.compile(r"\b(?:(?:last|next|this) )?"
                      r"(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)"
                      r"|Election Day|Labor Day|Memorial Day|Independence Day|Easter(?: Sunday| Monday)?|Good Friday)\b"
                      r"(?! [A-Z])")

# Words that refer to the present, past or future without naming a date ("now", "currently", "recently",
# "in the future", "at the time"): exported with TimeML's PRESENT_REF, PAST_REF or FUTURE_REF, kept off the
# timeline. "the future" and "the time" only after the preposition that makes them a time ("in", "into",
# "about the future"; "for the foreseeable future" is a stretch of time, "the future of our peoples" a fate);
# "the near term", "the short term" after one ("in the short term"; "short-term debt" is a kind of debt).
REFERENCE_WORDS = re.compile(r"(?i)\b(?:right now|now|currently|current(?= [a-z])|these days|nowadays|recently"
                             r"|(?<=\bat )present"
                             r"|(?:(?<=\bin )|(?<=\binto )|(?<=\babout ))the (?:near |foreseeable )?future"
                             r"|(?<=\bin )the past"
                             r"|(?:(?<=\bin )|(?<=\bover )|(?<=\bfor )|(?<=\bof ))the (?:near|short|long) term"
                             r"|(?<=\bat )a later date|the (?:past|last|next) (?:few|several) quarters"
                             r"|(?<=\bat )the time)\b(?!-)")
# A day named by its place in something ("the day", "the eighth day", "the first day"): a date only as
# another name of a day the sentence gives.
THE_DAY = re.compile(r"the (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
                     r"|last|final|same) )?day")
# Words of time: an expression holding none of them, no figure and no weekday or month is no date.
TIME_WORD = re.compile(r"\d|\b(?:day|week|month|year|quarter|half|period|time|date|centur|decade|weekend|fortnight"
                       r"|future|past|present|ago|later|earlier|before|after|now|current|recent|then|once|soon"
                       r"|today|tonight|tomorrow|yesterday|spring|summer|fall|autumn|winter|season|morning"
                       r"|afternoon|evening|night|noon|midnight|term|christmas|easter|thanksgiving|eve|holiday"
                       r"|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|hundred|thousand"
                       r"|nineteen|eighteen|twenty)")
BARE_YEAR = re.compile(r"(?:the |its |their |a )?(?:full |fiscal |financial )?year")
DAY_PLACES = frozenset({"early", "earlier", "late", "later"})
IN_THE_DAY = re.compile(r"(?i)\b(?:early|earlier|late|later) in the day\b")
# Words inside a date expression that join two dates: "2009-2010", "March 3 to 5", "between 1985 and 1987",
# "the six months ended Oct. 1" (the day; the months are a duration, and so is "the year ended Sept. 30").
RANGE_JOINS = frozenset({"-", "–", "—", ",", "to", "through", "thru", "until", "till", "and", "or", "ended",
                         "ending"})
RANGE_OPENERS = frozenset({"between", "from"})
NAMES = MONTHS.keys() | WEEKDAYS.keys()
# A period named to compare with the one reported on ("the year-ago quarter", "last year's quarter").
COMPARISON = re.compile(r"(?i)year[ -]ago|year[ -]earlier|a year (?:ago|earlier)|last year|comparable|corresponding")
YEAR_TOKEN = re.compile(r"1\d\d\d|20\d\d")
POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our"})
# "today" and "tomorrow" said of an age ("today's youth", "the leaders of tomorrow"): nouns for people and the
# state of the world they own; "today's meeting", "today's editions" are the day.
GENERIC_DAYS = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF"}
AGE_NOUNS = frozenset("""world society youth generation child kid young people family parent student worker leader
    economy politics culture technology standard term dollar price money medium woman man girl boy""".split())
OWNED_TIMES = frozenset(f"{owner} {unit}" for owner in POSSESSIVES for unit in ("year", "day"))
PLURAL_DAY_PARTS = frozenset({"mornings", "afternoons", "evenings", "nights", "days"})
AGE_DECADE = re.compile(r"(?:[1-9]0|'[1-9]0)s")
# A dateline: the place in capitals, then the date, then the agency or a dash.
DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z .'-]+)?, ")
DATELINE_AFTER = re.compile(r"\s*(?:\(|--|—|_)")
MONEY = re.compile(r"(?i)\b(?:cents?|dollars?|percent)\b|[$%£€]")

# A period written as a title mid-sentence is the name of a show or a column (ABC's "This Week").
TITLED_PERIOD = re.compile(r"(?:This|Next|Last) (?:Week|Month|Year)")
# Time zones and the like after a four-digit number make it a time of day ("at 1830 GMT"), not a year.
CLOCK_WORDS = frozenset("gmt bst utc cet cest et est edt cst cdt mst mdt pst pdt hrs".split())

# ---- durations and ages are not dates --------------------------------------------------------
UNIT_WORD = (r"(?:second|minute|hour|day|night|week|weekday|weekend|fortnight|month|quarter|year|decade|centurie"
             r"|century)")
UNIT = UNIT_WORD + "s?"
DURATION_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    # A number or quantifier with a unit, not anchored by "ago": "30 days", "more than three years", "a year".
    r"^(?:(?:the )?(?:past|last|next|first|final|coming|previous|following) )?"
    r"(?:(?:more|less|fewer) than |nearly |almost |about |around |over |some |roughly |at least |just |only |barely "
    r"|as (?:long|little|much|short) as |up to )*"
    r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|hundred|a few|few|several|many|some|a couple of|couple of|a number of|dozens of|hundreds of|"
    r"half a|a half|each|every|per)"
    rf"(?:[ -]+(?:and a half|hundred|thousand|\d+(?:/\d+)?))*[ -]+"
    rf"(?:more |full |straight |long |additional |extra |further |whole |fiscal )?{UNIT}\b(?! ago\b)"
    r"(?! (?:before|after|earlier|later|from now)\b)",
    # A phrase headed by a plural unit: "decades", "weeks and months on end", "recent years", "the six weeks".
    # (not quarters: "coming quarters", "the past several quarters" refer to the future and past of a report)
    rf"^(?:[\w',.-]+ )*?(?<!quarter){UNIT_WORD}(?<!quarter)s(?: (?:and|or|to) [\w ]*?{UNIT})*(?: on end| to come)?$",
    # Ages: "70", "under 30", "between the ages of 18 and 29".
    r"^(?:under |over |about |nearly |almost |around )?\d{1,3}$|\bages? of\b",
    # Hyphenated measures and ages: "30-day", "two-year-old", "six-month".
    rf"^(?!(?:first|second|third|fourth|1st|2nd|3rd|4th)-)\S+-{UNIT_WORD}(?:-olds?)?$|\b{UNIT} old\b|\bold\b"
    r"|^(?:age|aged) \d",
    # A measure written without its hyphen: "a two day rally", "the three year plan".
    rf"^(?:the|a|an) (?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten|twelve) {UNIT_WORD}$",
    # Frequencies: "daily", "annual", "every year".
    r"(?:^|\s)(?:daily|weekly|biweekly|fortnightly|monthly|yearly|annual|annually|quarterly|nightly)$"
    r"|^(?:every|each|per) ",
    # A stretch of time measured from a point: "the past week", "the last two years", "the coming days".
    # ("the last week" without a count names the week before: a date)
    rf"^the (?:past|last|next|coming|previous|following) \w+ {UNIT}$",
    r"\bfor (?:the )?(?:time|long)\b|^(?:a while|long)$",
))

# ---- tense, read from the parse --------------------------------------------------------------
FUTURE_WORDS = frozenset({"next", "coming", "upcoming", "tomorrow"})
PAST_WORDS = frozenset({"last", "past", "ago", "yesterday", "earlier", "previous"})
# A preposition before the expression that fixes its direction ("since February" is behind us).
PAST_PREPOSITIONS = frozenset({"since"})
AS_SOON_AS = re.compile(r"(?i)\b(?:as (?:early|soon) as|effective) $")
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "would"})
# Modal verbs that put the event after the writing ("may vote Tuesday"); "could" is left unsure ("could
# not be reached Wednesday" is past), while "would" (above) reports a plan still ahead ("said he would fly
# Thursday").
FUTURE_MODALS = frozenset({"may", "might", "can", "should", "must"})
# Verbs whose infinitive or passive is still to come ("plans to visit Tuesday", "is expected Friday").
FUTURE_GOVERNORS = frozenset({"plan", "expect", "schedule", "set", "go", "intend", "due", "aim", "prepare", "hope"})
# Reporting verbs: in the present tense ("Trump says Monday") they report the past, not a schedule,
# while other present-tense verbs with a day are the news schedule ("the candidates meet Monday").
REPORTING_VERBS = frozenset("""say tell report announce claim write argue insist note add warn suggest acknowledge
admit confirm deny explain state declare tweet post reply respond predict ask call accuse estimate""".split())
# Verbs whose date is the day they set, still to come whatever their tense ("postponed until Tuesday").
SCHEDULING_VERBS = frozenset({"schedule", "reschedule", "postpone", "delay", "defer", "adjourn", "extend", "plan"})
# Participles that describe a noun as scheduled ("the summit scheduled for April").
SCHEDULED = frozenset({"schedule", "plan", "expect", "due", "slate"})
# Present-tense verbs of a state, which date nothing ahead ("worth $1 million in October, are worth half now").
STATE_VERBS = frozenset({"be", "have", "remain", "stay", "seem", "appear", "own", "hold", "know", "believe", "think",
                         "want", "need", "mean", "include", "contain", "cost"})
# Prepositions by which a verb dates its own event ("changed in December", "met on Tuesday"); a deadline or a
# stretch comes with others ("extended to Nov. 20", "until Friday", "by March").
EVENT_PREPOSITIONS = frozenset({"in", "on", "during"})
# Verbs of planning, scheduling or expecting: a past one still dates what lies ahead of it.
PLANNING_VERBS = SCHEDULING_VERBS | FUTURE_GOVERNORS | SCHEDULED
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
THIRD_PERSON = frozenset({"he", "she", "it"})
VERB_POS = frozenset({"VERB", "AUX"})
MAX_VERBS = 3  # how many verbs up the tree are asked for a tense before giving up


def find_dates(parsed: ParsedArticle) -> tuple[DateRef, ...]:
    """The article's date expressions, durations left out, each resolved when the article has a date; a
    range ("2009-2010", "from March 3 to 5") is its two dates; in a dated article, an expression nothing
    places is left out ("three days later" after no date). "The quarter" is the last quarter named,
    "that year" counts from the last date named, and a quotation's "yesterday" or "Friday" from the day
    the article says it was spoken ("... on Friday," she said on Monday)."""
    refs = []
    context = NO_CONTEXT
    base = parsed.article.date
    days: dict[tuple[int, int], str] = {}  # (paragraph, token) → the day a resolved expression there names
    for paragraph, start, end, spans in paragraph_expressions(parsed):
        for part_start, part_end, reading in range_parts(paragraph, start, end):
            if is_year_to_a_day(paragraph, part_start, part_end):
                continue
            if is_duration(reading):  # the reading: "58" in "1957-58" is 1958, not an age
                inside = date_of_duration(paragraph, part_start, part_end)
                if inside is None:
                    continue
                part_start, part_end, reading = inside
            text = span_text(paragraph, part_start, part_end)
            tense = direction(paragraph, part_start, part_end)
            same = same_day(paragraph, part_start, part_end, base, days)
            generic = generic_day(paragraph.tokens, part_start, part_end)
            value, granularity = (generic, "reference") if generic else (same, "day") if same else \
                resolve(reading, speech_day(paragraph, spans, part_start, base, context) or base, tense, context)
            if tense == "past" and base and granularity in ("day", "month") and not YEAR_TOKEN.search(reading) \
                    and is_dated_event(paragraph.tokens, part_start, part_end):
                value = no_later_than(value, base)
            if value and granularity == "day":
                days.update(((paragraph.index, i), value) for i in range(part_start, part_end))
            if base and value is None:
                continue  # nothing in a dated article places it ("three days later", "the day belonged to")
            if base and value == base.isoformat() and is_dateline(paragraph, part_start, part_end):
                continue  # the publication date itself, as the dateline gives it
            if value and granularity in ("quarter", "half") and not COMPARISON.search(reading) \
                    and tense != "future" and (tense == "past" or has_ended(value, base)):
                # the quarter reported on: not the one it is set against, nor one still to come ("will
                # result in a fourth-quarter charge", "no estimate of the impact on fourth-quarter results"
                # in October; but "reported a decline in fourth-quarter earnings" is a fiscal quarter over)
                context = replace(context, quarter=value)
            elif value and granularity in ("day", "month", "year"):
                context = replace(context, date=value)
            first = paragraph.tokens[part_start].idx
            refs.append(DateRef(paragraph=paragraph.index, start=first, end=first + len(text), text=text,
                                value=value, granularity=granularity, sentence=sentence_text(paragraph, part_start)))
    return tuple(refs)


def is_dated_event(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """True when a past-tense verb that names no plan or schedule dates its own event by the expression ("the
    firm changed its fiscal year in December", "the quarter ended Oct. 31", "a dividend declared on Nov. 2"):
    the event is over, so its day or month is behind the writing, not a deadline just ahead ("extended the
    offer to Nov. 20", "a summit set for April")."""
    root = next((t for t in tokens[start:end] if not start <= t.head < end or t.head == t.i), tokens[start])
    if root.dep == "compound":
        root = tokens[root.head]
    verb = tokens[root.head]
    if verb.pos == "ADP":
        if verb.text.lower() not in EVENT_PREPOSITIONS:
            return False
        verb = tokens[verb.head]
    elif root.dep != "npadvmod":
        return False
    if verb.lemma.lower() in PLANNING_VERBS:
        return False
    if auxiliaries(tokens, verb):
        return False
    if verb.dep == "conj" and auxiliaries(tokens, tokens[verb.head]):
        return False  # an auxiliary may serve both verbs: "may backfire and cost them the vote on Nov. 13"
    return verb.tag == "VBD" or (verb.tag == "VBN" and verb.dep == "acl")


def auxiliaries(tokens: tuple[Token, ...], verb: Token) -> list[Token]:
    """The auxiliaries before a verb ("has been", "will", "to")."""
    return [t for t in tokens if t.head == verb.i and t.dep in ("aux", "auxpass") and t.i < verb.i]


def generic_day(tokens: tuple[Token, ...], start: int, end: int) -> str | None:
    """TimeML's PRESENT_REF or FUTURE_REF for "today" or "tomorrow" said of an age, not a day: owning people
    or the state of the world ("today's youth", "in today's dollars", "tomorrow's leaders"), or after "of"
    ending a noun phrase ("the leaders of tomorrow"; "as of today" is the day)."""
    if end - start != 1 or (word := tokens[start].text.lower()) not in GENERIC_DAYS:
        return None
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.tag == "POS":
        owned = tokens[tokens[start].head]
        return GENERIC_DAYS[word] if owned.lemma.lower() in AGE_NOUNS or owned.text.lower() in AGE_NOUNS else None
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.text.lower() == "of" and tokens[before.head].pos == "NOUN" \
            and (start < 2 or tokens[start - 2].text.lower() != "as") and (after is None or after.pos != "NOUN"):
        return GENERIC_DAYS[word]
    return None


def is_year_to_a_day(paragraph: ParsedParagraph, start: int, end: int) -> bool:
    """True for the twelve months a company reports on, up to a day it names ("the year ended March 31",
    "the fiscal year ending June 30"): a stretch of time, not the calendar year (the day is kept)."""
    tokens = paragraph.tokens
    return end < len(tokens) and tokens[end].text.lower() in ("ended", "ending") and \
        BARE_YEAR.fullmatch(span_text(paragraph, start, end).lower()) is not None


def has_ended(quarter: str, base: dt.date | None) -> bool:
    """True when the quarter or half ("1989-Q3", "1990-H1") ended before the publication date (or the
    article has none)."""
    if base is None:
        return True
    months = 3 if quarter[5] == "Q" else 6
    return (int(quarter[:4]), int(quarter[6]) * months) < (base.year, base.month)


def date_of_duration(paragraph: ParsedParagraph, start: int, end: int) -> tuple[int, int, str] | None:
    """The date a duration is measured in ("1997" of "the first nine months of 1997", "the year" of "the
    first nine months of the year"), or None."""
    tokens = paragraph.tokens
    of = next((i for i in range(end - 2, start, -1) if tokens[i].text.lower() == "of"), None)
    if of is None:
        return None
    reading = span_text(paragraph, of + 1, end)
    if is_duration(reading) or granularity_of(reading) is None:
        return None
    return of + 1, end, reading


def same_day(paragraph: ParsedParagraph, start: int, end: int, base: dt.date | None,
             days: dict[tuple[int, int], str]) -> str | None:
    """The day a "the day" or "the eighth day" expression names as another name of a day: said of a day
    ("today is the eighth day of the operation", "Wednesday was the first day"; "it is the second day of
    the offensive" is today), or set beside one ("Oct. 12, the day before the plunge"); else None."""
    tokens = paragraph.tokens
    if not THE_DAY.fullmatch(span_text(paragraph, start, end).lower()) or base is None:
        return None
    if start >= 2 and tokens[start - 1].text == "," and (paragraph.index, start - 2) in days:
        return days[paragraph.index, start - 2]
    root = next((t for t in tokens[start:end] if not start <= t.head < end or t.head == t.i), tokens[start])
    verb = tokens[root.head]
    if root.dep != "attr" or verb.lemma.lower() != "be":
        return None
    for subject in (t for t in tokens if t.head == verb.i and t.dep == "nsubj"):
        if (paragraph.index, subject.i) in days:
            return days[paragraph.index, subject.i]
        if subject.text.lower() in ("it", "this") and verb.tag in PRESENT_TAGS:
            return base.isoformat()
    return None


def speech_day(paragraph: ParsedParagraph, spans: list[tuple[int, int]], token: int, base: dt.date | None,
               context: Context) -> dt.date | None:
    """The day a quotation holding `token` was spoken, when the clause reporting it names one ("she said on
    Monday", "told reporters Thursday"); None outside quotations or when the report is not dated. `spans`:
    the paragraph's date expressions."""
    tokens = paragraph.tokens
    quoted = quote_region(paragraph.text, tokens[token].idx)
    if quoted is None or base is None:
        return None
    for start, end in spans:
        if quoted[0] <= tokens[start].idx < quoted[1] or is_duration(span_text(paragraph, start, end)):
            continue
        root = next((t for t in tokens[start:end] if not start <= t.head < end or t.head == t.i), tokens[start])
        verb = next(governing_verbs(tokens, root), None)
        if verb is None or verb.lemma.lower() not in REPORTING_VERBS or quoted[0] <= verb.idx < quoted[1]:
            continue
        value, granularity = resolve(span_text(paragraph, start, end), base, "past", context)
        if granularity == "day" and value:
            return dt.date.fromisoformat(value)
    return None


def span_text(paragraph: ParsedParagraph, start: int, end: int) -> str:
    return paragraph.text[paragraph.tokens[start].idx:token_end(paragraph.tokens[end - 1])]


def range_parts(paragraph: ParsedParagraph, start: int, end: int) -> list[tuple[int, int, str]]:
    """(first token, end token, text to resolve) of each date an expression names: two for a range whose
    halves are dates ("2009-2010"; "1957-58" read as 1957 and 1958; "March 3-5" as March 3 and March 5),
    with "between" or "from" left out; the whole expression otherwise."""
    tokens = paragraph.tokens
    for join in range(start + 1, end - 1):
        if tokens[join].text.lower() in RANGE_JOINS and joins_two_dates(tokens, join):
            halves = range_halves(paragraph, start, join, end)
            if halves:
                return halves
    return [(start, end, span_text(paragraph, start, end))]


def joins_two_dates(tokens: tuple[Token, ...], join: int) -> bool:
    """A dash joins two dates only between figures or names ("2009-2010", "March-April"), not inside a
    word ("third-quarter", "mid-1990s", "10-year"); a comma only between years ("Monday, March 3" is one)."""
    if tokens[join].text == ",":  # a list of years: "in 1994, 1995 and 1997"
        return bool(YEAR_TOKEN.fullmatch(tokens[join - 1].text) and YEAR_TOKEN.fullmatch(tokens[join + 1].text))
    if tokens[join].text not in ("-", "–", "—"):
        return True
    before, after = tokens[join - 1].text.lower().rstrip("."), tokens[join + 1].text.lower().rstrip(".")
    return (before.isdigit() and after.isdigit()) or (before in NAMES and after in NAMES)


def range_halves(paragraph: ParsedParagraph, start: int, join: int, end: int) -> list[tuple[int, int, str]]:
    """The two halves of a range at `join`, or [] when they are not two dates (a duration may stand
    before "ended": "the six months ended Oct. 1" is left out and Oct. 1 kept)."""
    tokens = paragraph.tokens
    left_start = start + 1 if tokens[start].text.lower() in RANGE_OPENERS else start
    if left_start >= join:
        return []
    left, right = span_text(paragraph, left_start, join), span_text(paragraph, join + 1, end)
    right_reading = completed(left, right)
    left_reading = left + right_year(left, right_reading)
    may_measure = tokens[join].text.lower() in ("ended", "ending")
    if granularity_of(right_reading) is None or \
            (granularity_of(left_reading) is None and not (may_measure and is_duration(left_reading))):
        return []
    return [(left_start, join, left_reading), (join + 1, end, right_reading)]


def completed(left: str, right: str) -> str:
    """The second half of a range as a date of its own: "58" after "1957" is 1958, "5" after "March 3" is
    March 5."""
    number = re.match(r"(\d{1,2})\b", right)
    if not number:
        return right
    century = re.fullmatch(r"(\d\d)\d\d", left.strip())
    if century and len(number.group(1)) == 2:
        return century.group(1) + right
    month = re.match(r"([A-Za-z]+\.?) \d{1,2}$", left.strip())
    return f"{month.group(1)} {right}" if month else right


def right_year(left: str, right: str) -> str:
    """The year the second half of a range gives, for a first half without one ("March 3-5, 1999")."""
    year = re.search(r",? (\d{4})$", right)
    return year.group(0) if year and not re.search(r"\d{4}", left) else ""


def granularity_of(text: str) -> str | None:
    """The granularity `text` names when it is a date, else None (against any day: only whether it resolves
    matters)."""
    return resolve(text, dt.date(2000, 6, 15))[1]


def expressions(parsed: ParsedArticle) -> Iterator[tuple[ParsedParagraph, int, int, str]]:
    """(paragraph, first token, end token, text) of every time expression, durations included."""
    for paragraph, start, end, _ in paragraph_expressions(parsed):
        yield paragraph, start, end, paragraph.text[paragraph.tokens[start].idx:token_end(paragraph.tokens[end - 1])]


def paragraph_expressions(parsed: ParsedArticle) -> Iterator[tuple[ParsedParagraph, int, int, list[tuple[int, int]]]]:
    """(paragraph, first token, end token, every expression of the paragraph) of every time expression."""
    for paragraph in parsed.paragraphs:
        spans = date_spans(paragraph)
        for start, end in spans:
            yield paragraph, start, end, spans


def date_record(ref: DateRef) -> dict:
    """A date as the front matter shows it: the words, TimeML's value, its granularity, a reader's name for
    it ("summer 2012", "the 1990s", "the present"; null when unresolved) and the sentence."""
    label = period_label(ref.value, ref.granularity) if ref.value and ref.granularity else None
    return {"text": ref.text, "value": ref.value, "granularity": ref.granularity, "label": label,
            "sentence": ref.sentence}


def date_export_record(ref: DateRef) -> dict:
    """A date as `digest export` gives it: the front matter's record and where it is (paragraph index,
    character offsets into the paragraph's text)."""
    return {**date_record(ref), "paragraph": ref.paragraph, "start": ref.start, "end": ref.end}


def date_spans(paragraph: ParsedParagraph) -> list[tuple[int, int]]:
    """Token spans of the paragraph's date expressions: the model's entities, then what the rule adds."""
    spans = [(e.start, e.end) for e in paragraph.ents if is_date_entity(e)]
    taken = {i for start, end in spans for i in range(start, end)}
    for start, end in missed_spans(paragraph):
        if not taken.intersection(range(start, end)):
            spans.append((start, end))
            taken.update(range(start, end))
    spans = [without_clock_time(paragraph.tokens, s, e) for s, e in spans]
    spans = sorted(in_the_day(paragraph.tokens, *trim(paragraph.tokens, s, e)) for s, e in spans
                   if s < e and not is_name_or_count(paragraph, s, e))
    return with_their_years(paragraph.tokens, spans)


def with_their_years(tokens: tuple[Token, ...], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A day or month and the year that places it, as one expression ("that January day in 2011"), the
    demonstrative included; a weekday and the date that follows it ("Friday Oct. 13")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and merged[-1][1] - merged[-1][0] == 1 and tokens[merged[-1][0]].text.lower() in WEEKDAYS \
                and start - merged[-1][1] <= 1 and all(t.text == "," for t in tokens[merged[-1][1]:start]) \
                and tokens[start].text.lower().rstrip(".") in MONTHS:
            merged[-1] = (merged[-1][0], end)  # "Friday Oct. 13", "Saturday, April 25": one day
            continue
        if merged and start == merged[-1][1] + 1 and tokens[start - 1].text.lower() in ("before", "after") \
                and [t.text.lower() for t in tokens[merged[-1][0]:merged[-1][1]]] == ["the", "day"]:
            merged[-1] = (merged[-1][0], end)  # "the day before last Tuesday": one day
            continue
        if merged and start == merged[-1][1] + 1 and tokens[start - 1].text.lower() in ("in", "of") \
                and end - start == 1 and YEAR_TOKEN.fullmatch(tokens[start].text) \
                and any(t.text.lower().rstrip(".") in MONTHS for t in tokens[merged[-1][0]:merged[-1][1]]):
            first = merged[-1][0]
            if first > 0 and tokens[first - 1].text.lower() in ("that", "this"):
                first -= 1
            merged[-1] = (first, end)
            continue
        merged.append((start, end))
    return merged


def without_clock_time(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int]:
    """The span without a time of day it starts with ("2000 ET tonight" → "tonight"; "1830" before
    "GMT" → nothing)."""
    first, after = tokens[start], tokens[start + 1] if start + 1 < len(tokens) else None
    if first.text.isdigit() and len(first.text) == 4 and after is not None and \
            after.text.lower().rstrip(".") in CLOCK_WORDS:
        return min(start + 2, end), end
    return start, end


def is_name_or_count(paragraph: ParsedParagraph, start: int, end: int) -> bool:
    """Days inside names ("Super Tuesday strategy", ABC's "This Week"), counts ("2047 registered voters"),
    halves of hyphenated measures ("month-long"), days or months that recur ("march each July") and words
    the model took for a date that say nothing of time ("the Olympic park", "seasonally slow")."""
    tokens = paragraph.tokens
    words = {t.text.lower().rstrip(".") for t in tokens[start:end]}
    if not words & NAMES and not TIME_WORD.search(span_text(paragraph, start, end).lower()):
        return True
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.text.lower() in ("each", "every"):
        return True
    if (before is not None and before.pos == "PROPN" and before.dep == "compound" and before.text[:1].isupper()
            and before.ent_type != "PERSON" and before.text.lower() not in NAMES
            and before.head in (start, tokens[start].head)):
        return True
    words = [t.text for t in tokens[start:end]]
    if TITLED_PERIOD.fullmatch(" ".join(words)) and sentence_of(paragraph, start)[0] != start:
        return True
    if end < len(tokens) and tokens[end].text == "-" and not tokens[end - 1].ws:
        return True  # the first half of a hyphenated measure ("a month-long stay")
    if start > 0 and tokens[start - 1].text.lower() in POSSESSIVES and AGE_DECADE.fullmatch(tokens[start].text):
        return True  # an age: "in his 30s"
    only = tokens[start]
    if end - start == 1 and only.text.isdigit() and not YEAR_TOKEN.fullmatch(only.text):
        return True  # a number that is no year: a model number ("the 80486 chip"), a count
    if MONEY.search(span_text(paragraph, start, end)):
        return True
    if end - start == 1 and only.pos == "ADV" and only.text.lower().endswith("ly") \
            and only.text.lower() not in REFERENCES:
        return True  # an adverb of manner the model took for a date ("seasonally slow")
    if span_text(paragraph, start, end).lower() in OWNED_TIMES:
        return True  # a stretch of someone's life ("from her year in kindergarten", "his day in court")
    return is_event_name(tokens, start, end) or recurs(tokens, start, end) or is_count(tokens, start, end)


def is_count(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A count of things ("2047 registered voters"), but not a year after an article or an owner ("the
    company's 1989 operating results", "the 1992 protests"), where a count would need a comma."""
    only = tokens[start]
    return end - start == 1 and only.pos == "NUM" and only.dep == "nummod" and tokens[only.head].tag == "NNS" \
        and not (YEAR_TOKEN.fullmatch(only.text) and start > 0 and tokens[start - 1].tag in ("DT", "POS", "PRP$"))


def is_event_name(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """A month that names an event ("the annual March for Life", "a March on Washington"): after an article
    or adjective and before "for", "on" or "against" with a capitalised name ("in March on Capitol Hill" stays
    a month)."""
    if end - start != 1 or start == 0 or end + 1 >= len(tokens) or tokens[start].text.lower() not in MONTHS:
        return False
    after, name = tokens[end], tokens[end + 1]
    return tokens[start - 1].tag in ("DT", "JJ") and after.text.lower() in ("for", "on", "against") \
        and name.text[:1].isupper() and name.text.lower() not in NAMES


def recurs(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Days that recur: a weekday heading plural parts of days ("on Monday and Tuesday nights")."""
    for token in tokens[start:end]:
        if token.text.lower() in WEEKDAYS:
            # "Tuesday nights", and "Monday" joined to "Tuesday nights" (or to "nights", as the parse may join it)
            joined = [t for t in tokens if t.head == token.i and t.dep == "conj"] + [tokens[token.head]]
            heads = joined + [tokens[t.head] for t in joined if t.text.lower() in WEEKDAYS]
            if any(t.text.lower() in PLURAL_DAY_PARTS for t in heads):
                return True
    return False


def is_dateline(paragraph: ParsedParagraph, start: int, end: int) -> bool:
    """True for the date of a wire story's dateline ("NAIROBI, August 7 (Xinhua) --")."""
    tokens = paragraph.tokens
    before, after = paragraph.text[:tokens[start].idx], paragraph.text[token_end(tokens[end - 1]):]
    return bool(DATELINE_PLACE.fullmatch(before) and DATELINE_AFTER.match(after))


def is_date_entity(entity: Entity) -> bool:
    return entity.label == "DATE" or (entity.label == "TIME" and bool(DAY_WORDS.search(entity.text)))


def missed_spans(paragraph: ParsedParagraph) -> Iterator[tuple[int, int]]:
    """Token spans of `MISSED_DATES` matches that start and end on token boundaries."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for match in chain(MISSED_DATES.finditer(paragraph.text), REFERENCE_WORDS.finditer(paragraph.text),
                       HOLIDAYS.finditer(paragraph.text), IN_THE_DAY.finditer(paragraph.text),
                       NEXT_DAYS.finditer(paragraph.text)):
        if not starts:  # made at the first match: most paragraphs have none
            starts.update((t.idx, t.i) for t in paragraph.tokens)
            ends.update((token_end(t), t.i + 1) for t in paragraph.tokens)
        if match.start() in starts and match.end() in ends:
            start, end = starts[match.start()], ends[match.end()]
            if match.re is NEXT_DAYS and not is_day_word(paragraph, start):
                continue
            last = paragraph.tokens[end - 1]
            if not (match.re is HOLIDAYS and last.dep == "compound" and last.head >= end
                    and paragraph.tokens[last.head].pos in ("NOUN", "PROPN")):
                yield start, end


def is_day_word(paragraph: ParsedParagraph, token: int) -> bool:
    """True when "today" (or "yesterday", "tomorrow", "tonight") names a day: not after an article or owner
    ("a tomorrow where"), and capitalised only at the head of its sentence (not NBC's "Today")."""
    tokens = paragraph.tokens
    if token > 0 and tokens[token - 1].tag in ("DT", "PRP$"):
        return False
    first = sentence_of(paragraph, token)[0]
    return tokens[token].text.islower() or all(t.pos == "PUNCT" for t in tokens[first:token])


def in_the_day(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int]:
    """"the day" with the words that make it the day named ("later in the day", "early in the day")."""
    if start >= 2 and [t.text.lower() for t in tokens[start:end]] == ["the", "day"] \
            and tokens[start - 1].text.lower() == "in" and tokens[start - 2].text.lower() in DAY_PLACES:
        return start - 2, end
    return start, end


def trim(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int]:
    """Drop a trailing possessive, conjunction, preposition or punctuation the entity took with it
    ("Tuesday's" → "Tuesday", "the third quarter and" → "the third quarter", "March day in" → "March day")."""
    while end - start > 1 and (tokens[end - 1].tag in ("POS", ".", ",", ":")
                               or tokens[end - 1].pos in ("PUNCT", "CCONJ", "ADP")):
        end -= 1
    return start, end


@lru_cache(maxsize=65536)
def is_duration(text: str) -> bool:
    """True for durations, ages and frequencies, which name a length of time, not a date."""
    normal = " ".join(straight(text).split()).lower()
    if QUARTERS_AROUND.match(normal):
        return False  # "the past several quarters": behind the quarter reported on, a reference
    return any(p.search(normal) for p in DURATION_PATTERNS)


def sentence_text(paragraph: ParsedParagraph, token: int) -> str:
    start, end = sentence_of(paragraph, token)
    first, last = paragraph.tokens[start], paragraph.tokens[end - 1]
    return paragraph.text[first.idx:token_end(last)]


def direction(paragraph: ParsedParagraph, start: int, end: int) -> Direction:
    """'past' or 'future' from the expression's own words, else from the verbs governing it; None when unsure."""
    tokens = paragraph.tokens
    words = {t.text.lower() for t in tokens[start:end]}
    if words & FUTURE_WORDS:
        return "future"
    if words & PAST_WORDS:
        return "past"
    root = next((t for t in tokens[start:end] if not start <= t.head < end or t.head == t.i), tokens[start])
    if tokens[root.head].text.lower() in PAST_PREPOSITIONS:
        return "past"
    if AS_SOON_AS.search(paragraph.text[:tokens[start].idx]):
        return "future"  # "could arrive as early as Tuesday", "effective Feb. 1"
    if root.dep == "poss":
        return None  # "Wednesday's ruling": the clause's verb dates something else
    quoted = quote_region(paragraph.text, root.idx)
    nearest = next(governing_verbs(tokens, root), None)
    if nearest is not None and nearest.lemma.lower() in SCHEDULING_VERBS and nearest.tag != "VBG" \
            and root.i > nearest.i and attached_to(tokens, root, nearest) and not words & PAST_WORDS \
            and not (nearest.dep in ("acl", "amod") and not is_standing_schedule(tokens, nearest)):
        # the day something is put on or off to: "has scheduled a news conference Thursday" (a day put
        # before the verb is when it was done: "On Friday, the government planned to pay")
        return "future"
    for verb in governing_verbs(tokens, root):
        if quoted and not quoted[0] <= verb.idx < quoted[1]:
            break  # the verb that reports a quotation dates the report, not what the quotation speaks of
        tense = verb_tense(tokens, verb)
        if tense is not None:
            return tense or None
    return None


def quote_region(text: str, offset: int) -> tuple[int, int] | None:
    """The character span of the quotation holding `offset`, or None outside quotation marks."""
    before = text[:offset]
    opening = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
    if opening < 0 or before.rfind("”") > opening:
        return None
    closing = min((i for i in (text.find("”", offset), text.find('"', offset)) if i >= 0), default=len(text))
    return opening, closing


def governing_verbs(tokens: tuple[Token, ...], token: Token) -> Iterator[Token]:
    """The verbs up the dependency tree from `token`, nearest first."""
    seen = 0
    while seen < MAX_VERBS and token.head != token.i:
        token = tokens[token.head]
        if token.pos in VERB_POS:
            seen += 1
            yield token


def attached_to(tokens: tuple[Token, ...], root: Token, verb: Token) -> bool:
    """True when the expression is the verb's own complement: "scheduled a hearing Thursday", "postponed
    until Tuesday" (not "the figures for January extended a surge")."""
    if root.dep == "compound":  # "Tuesday" of "until Tuesday morning"
        root = tokens[root.head]
    head = tokens[root.head]
    return head.i == verb.i or (head.pos == "ADP" and head.head == verb.i)


def is_standing_schedule(tokens: tuple[Token, ...], participle: Token) -> bool:
    """A past participle of a schedule still in force: "is scheduled", "are expected", or one describing a
    noun ("the summit scheduled for April"; not "a record set on Aug. 6"), unless what the noun's own clause
    says of it is past ("a concert planned for Saturday was canceled": Saturday is behind)."""
    auxes = auxiliaries(tokens, participle)
    if any(t.tag in PRESENT_TAGS for t in auxes):
        return True
    if auxes or participle.dep not in ("acl", "amod") or participle.lemma.lower() not in SCHEDULED:
        return False
    noun = tokens[participle.head]
    clause = tokens[noun.head]
    return not (noun.dep in ("nsubj", "nsubjpass") and clause.pos in VERB_POS
                and verb_tense(tokens, clause) == "past")


def verb_tense(tokens: tuple[Token, ...], verb: Token) -> Direction | Literal[""]:
    """The direction of one verb's tense, from its tag and its auxiliaries; None when it says nothing,
    "" when it settles that the direction cannot be known ("decided to leave in June")."""
    auxes = auxiliaries(tokens, verb)
    aux_words = {t.text.lower() for t in auxes}
    if aux_words & (FUTURE_MODALS | {"would"}) and any(t.lemma.lower() == "have" for t in auxes):
        return "past"  # a modal perfect looks back: "may have been responsible for a drop on Wednesday"
    if aux_words & FUTURE_AUX or aux_words & FUTURE_MODALS:
        return "future"
    if verb.dep == "xcomp" and tokens[verb.head].lemma.lower() in FUTURE_GOVERNORS:
        return "future"  # what is planned, expected or scheduled, even in the past tense, is mostly still ahead
    if verb.tag == "VB" and any(t.tag == "TO" for t in auxes):
        # an infinitive's event is not dated by the verbs above it: "the program to run through June" is
        # ahead whatever "has identified" says, and so is what something "is to" do ("is to resume trading
        # Tuesday"); "decided to leave in June" could be either
        is_to = verb.dep == "xcomp" and tokens[verb.head].lemma.lower() == "be"
        return "future" if verb.dep in ("acl", "relcl") or is_to else ""
    if verb.tag == "VBD" or any(t.tag == "VBD" for t in auxes) or any(t.lemma.lower() == "have" for t in auxes):
        return "past"
    present_aux = any(t.tag in PRESENT_TAGS for t in auxes)
    if verb.tag == "VBN":
        if verb.lemma.lower() in FUTURE_GOVERNORS and is_standing_schedule(tokens, verb):
            return "future"
        return "past" if not auxes else None
    if verb.tag == "VBG" and present_aux:
        return "future"  # the present progressive of a schedule: "is meeting Tuesday"
    if verb.tag == "VBP" and has_singular_subject(tokens, verb):
        return "past"  # a past tense written like the base form: "weakness hurt the index on Friday"
    if verb.tag in PRESENT_TAGS:  # a schedule ("meet Monday"), unless it reports or states what is
        return None if verb.lemma.lower() in REPORTING_VERBS | STATE_VERBS else "future"
    return None


def has_singular_subject(tokens: tuple[Token, ...], verb: Token) -> bool:
    """True when the verb's subject is a singular noun or "he", "she", "it": a verb the tagger read as a
    plural present ("hurt", "set", "cut") is then a past tense of the same spelling."""
    subjects = [t for t in tokens if t.head == verb.i and t.dep == "nsubj"]
    return any((t.tag in ("NN", "NNP") or t.text.lower() in THIRD_PERSON)
               and not any(c.head == t.i and c.dep == "conj" for c in tokens) for t in subjects)  # "he and Arafat"
