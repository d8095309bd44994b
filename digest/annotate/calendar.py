"""Resolving one date expression against a publication date, keeping its granularity.

Which library does what (compared on the seeds' and PolNeAR's expressions; README, "Dates"):
dateparser reads the many written forms of an absolute date ("Sept. 2015", "Jan. 5, 2016", "5 March",
"3/10/2016") and reports their period (day, month, year), so it does those. It is wrong for news on
the relative ones: "Thursday" in a Thursday article gives the week before, "last August", "early 2022",
"mid-2024" and "earlier this week" give nothing, and "30 days" becomes a date 30 days back. dateutil
parses only absolute dates and says nothing about granularity (its `easter` gives Easter's date for the
holidays). So the relative expressions, seasons, quarters, decades, holidays and references to the present
are the small rules below (datetime arithmetic), with TimeML's values, and durations are filtered out
before anything is resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from dateutil.easter import easter


Direction = Literal["past", "future"] | None
# TimeML's values for each: "2025-03-13", "2025-W11" (its weekend "2025-W11-WE"), "2025-03", "2012-SU", "2013-Q3",
# "1990-H1", "2025", "199X" (the 1990s), "19" (the 20th century); a reference to the present, past or future
# is "PRESENT_REF", "PAST_REF", "FUTURE_REF".
Granularity = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "reference"]
Resolved = tuple[str | None, Granularity | None]

WEEKDAYS = {name: n for n, names in enumerate((
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))) for name in names}
MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# The first month of each season (meteorological, northern): the winter of 2024 begins in December 2024.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# Words that refer to the present, the past or the future without naming a date.
REFERENCES = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
              "currently": "PRESENT_REF", "current": "PRESENT_REF", "these days": "PRESENT_REF",
              "nowadays": "PRESENT_REF",
              "present": "PRESENT_REF", "the present": "PRESENT_REF", "at present": "PRESENT_REF",
              "recently": "PAST_REF", "more recently": "PAST_REF", "until recently": "PAST_REF",
              "time": "PAST_REF", "past": "PAST_REF", "once": "PAST_REF",
              "future": "FUTURE_REF", "near future": "FUTURE_REF", "foreseeable future": "FUTURE_REF",
              "a later date": "FUTURE_REF", "an earlier date": "PAST_REF",
              "near term": "FUTURE_REF", "short term": "FUTURE_REF", "long term": "FUTURE_REF"}
# Quarters counted without a number, which a quarterly report sets its results against: ahead ("in future
# quarters", "coming quarters") or behind ("recent quarters", "the past several quarters"); TimeML's references.
# ("the next three quarters" is a stretch of time, left out before this.)
QUARTERS_AROUND = re.compile(r"^(?:the )?(?:(coming|future|upcoming|next few|next several)"
                             r"|(recent|past|previous|prior|last few|last several|past few|past several)) quarters$")
PERIODS: dict[str, Granularity] = {"week": "week", "month": "month", "year": "year"}

# Words around the core of an expression that narrow it inside its period but keep the granularity
# ("late Monday" is a day, "early 2022" a year, "earlier this week" a week) or only place it in a sentence.
MODIFIERS = re.compile(
    r"^(?:(?:its|their|our|his|her|on|in|at|since|by|until|till|through|throughout|from|between|during|before|after|"
    r"around|about|of|as of|"
    r"as early as|as late as|as recently as|back in|just|only|early|earlier|late|later|mid|the|middle of|end of|beginning of|start of|"
    r"close of|turn of|the night of|the morning of|the evening of|small hours of|wee hours of|hours of)\b[\s-]*)+")
# Parts of the day after a day ("Monday night", "Tuesday morning"): the day stays a day.
DAY_PARTS = re.compile(r"\b(?:early |late )?(?:morning|afternoon|evening|night|overnight|noon|midnight)$")
# Two dates in one expression ("Monday and Tuesday", "2015-2016", "between 2010 and 2015"): a range, which
# `digest.annotate.dates` splits into its two dates before resolving them; what is left here has no single value.
RANGE = re.compile(r"\b(?:and|or|to|through|between)\b|\d\s*[–-]\s*\d|–")
DECADE = re.compile(r"^(?:(?:the )?(?:early|mid|late|middle)[ -])?(?:(\d\d\d)0|'(\d)0|(\d)0)'?s$")
CENTURY_ORDINALS = {w: n for n, w in enumerate((
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first").split(), start=1)}
CENTURY = re.compile(rf"^(?:a |an )?(?:(\d{{1,2}})(?:st|nd|rd|th)|({'|'.join(CENTURY_ORDINALS)})"
                     r"|(this|current|last|past|previous|next|coming))[ -]century$")
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
# A quarter or half of a year: "the third quarter", "third-quarter", "Q3", "the 1988 second quarter",
# "the first half of 1990", "this year's third quarter", "the fiscal first quarter".
QUARTER = re.compile(
    r"^(?:(?P<relative>last|this|next) year's |(?P<prefix_year>\d{4}) "
    r"|(?P<year_ago>(?:comparable |corresponding )?year-(?:ago|earlier)) )?"
    r"(?:fiscal[ -])?(?P<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)[ -]"
    r"(?:fiscal[ -])?(?P<kind>quarter|half)"
    r"(?: of (?:fiscal )?(?P<of_year>\d{4}|last year|this year|next year))?(?:,? (?P<suffix_year>\d{4}))?$"
    r"|^q(?P<q>[1-4])(?: (?P<q_year>\d{4}))?$"
    r"|^(?P<half_words>first|second) (?:two|three) quarters of (?P<half_year>\d{4})$")
# A quarter the article named before: "the quarter", "the latest quarter", "the year-ago quarter".
QUARTER_AGAIN = re.compile(r"^(?:(latest|this|that|same|current"
                           r"|(?:comparable |corresponding )?(?:year-ago|year-earlier)"
                           r"|last year's|(\d{4})) )?(?:fiscal )?(quarter|half|period)( a year (?:ago|earlier))?$")
# The same period a year before, in an article about a quarter's results ("a year ago" alone stays a year).
YEAR_BEFORE = re.compile(r"^(?:(?:comparable |corresponding )?(?:year-ago|year-earlier) period"
                         r"|(?:corresponding|comparable|same) period (?:a year (?:ago|earlier)|last year))$")
FISCAL_YEAR = re.compile(r"^(?:(current|this|latest|last|previous|past|next|coming) )?"
                         r"(?:full |fiscal |financial )+year$"
                         r"|^full year$")
SPOKEN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
SPOKEN_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
               "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
               "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SPOKEN_YEAR = re.compile(r"\b(?:(nineteen|eighteen|twenty) ((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                         r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
                         r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[ -](?:one|two|three|four|five|six|"
                         r"seven|eight|nine))|two thousand(?:(?: and)? (one|two|three|four|five|six|seven|eight|"
                         r"nine|ten|eleven|twelve))?)\b")
SPOKEN_DAY = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                        r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                        r"twenty[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
                        r"thirty[ -]first)\b")
DAY_ORDINALS = {w: n for n, w in enumerate(("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                                            "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                                            "nineteenth twentieth").split(), start=1)}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
AGO = re.compile(r"^(?:(?:nearly|almost|about|around|some|roughly|just|only|more than|over|less than|barely) )?"
                 r"(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several) "
                 r"(day|week|month|year|decade)s?|(?:many )?(day|week|month|year|decade)s) (ago|earlier|from now)$"
                 r"|^(year)[ -](?:ago|earlier)$")
RELATIVE_YEAR = re.compile(r"(?<=\w)(?:,| of)? (last|this|next) year$")
YEAR_STEP = {"last": -1, "this": 0, "next": 1}
NAMED = re.compile(r"(?:(last|next|this|this coming|coming) )?(\w+)\.?")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class Context:
    """What the article named before an expression, for the expressions that refer back to it."""

    quarter: str | None = None  # the last quarter or half named: "the quarter", "the year-ago quarter"
    date: str | None = None  # the last day, month or year named: "that year", "the following day"


NO_CONTEXT = Context()
# Expressions that count from the date named before them, not from the publication date.
REFERS_BACK = re.compile(r"^(?:(?:in|on|by|during|for|of|until|from|earlier|later) )*"
                         r"(?:(that|the same|the following|the next"
                         r"|the previous|the preceding|the prior)|(a|one) (?=\w+ later$))(?: |^)?(day|month|year)"
                         r"(?: (later))?$")
WEEKDAY_BACK = re.compile(r"^(?:(?:on|from|by|until|since) )?(the previous|the following|the next) (monday|tuesday"
                          r"|wednesday|thursday|friday|saturday|sunday)$")
BACK_STEP = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "later": 1, "the previous": -1,
             "the preceding": -1, "the prior": -1}
# A time of day before a day ("15:00 GMT Saturday", "10 p.m. Wednesday", "noon Thursday") only narrows it.
CLOCK_TIME = re.compile(r"^(?:at )?(?:\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?|noon|midnight)"
                        r"(?: (?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|local time))?,? (?=\S)")
# Holidays news dates things by: (month, day), or (month, weekday, n) for the nth such weekday of the month
# (-1: the last), or days after Easter Sunday.
FIXED_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                  "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
                  "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
                  "veterans day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14)}
NTH_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
                        "memorial day": (5, 0, -1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
                        "martin luther king day": (1, 0, 3)}
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}
HOLIDAY_NAMES = sorted([*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS, "election day"], key=len,
                       reverse=True)
HOLIDAY = re.compile(rf"(?:(last|next|this) )?({'|'.join(re.escape(n) for n in HOLIDAY_NAMES)})( week(?:end)?)?")
# "later in the day": the day named last, or the day of the writing.
IN_THE_DAY = re.compile(r"^(?:(?:early|earlier|late|later) )?in the day$")
# "the week of March 6": the ISO week of that day; "the day before last Tuesday": the day next to it.
AROUND_A_DAY = re.compile(r"^(?:(week) of|day (before|after)) (.+)$")


@lru_cache(maxsize=1)
def dateparser():
    """dateparser's parser, made on first use: importing it takes a tenth of a second that a build which
    analyses no article (a rebuild whose new articles were analysed in another process) need not spend."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": dt.datetime(2000, 1, 1), "RETURN_TIME_AS_PERIOD": False})


@lru_cache(maxsize=65536)
def parsed_date(text: str) -> tuple[dt.date | None, str | None]:
    """dateparser's reading of a date's words ("5 March", "Jan. 5, 2016"): the day and its granularity, kept
    per text, since the reading does not depend on the article (its relative base is fixed)."""
    data = dateparser().get_date_data(text)
    return (None, None) if data.date_obj is None else (data.date_obj.date(), data.period)


def resolve(text: str, base: dt.date | None, direction: Direction = None, context: Context = NO_CONTEXT) -> Resolved:
    """The TimeML value and granularity of `text` written on `base`; the value is None when it cannot be
    known. `context`: what the article named before, which "the quarter", "the year-ago quarter", "that
    year" and "the following day" refer back to."""
    lower = " ".join(straight(text).lower().split())
    back = refers_back(lower, context)
    if back is not None:
        return back
    if IN_THE_DAY.match(lower):
        named = context.date if context.date and len(context.date) == 10 else None
        return named or (base.isoformat() if base else None), "day"
    if TRAILING_WEEK.match(lower):  # the seven days before the writing: the week holding most of them
        return (iso_week(base - dt.timedelta(days=3)) if base else None), "week"
    normal = core(text)
    if base is not None:  # "June 16th of last year": the relative year made absolute
        normal = RELATIVE_YEAR.sub(lambda m: f" {base.year + YEAR_STEP[m.group(1)]}", normal)
    value, granularity = resolve_core(normal, base, direction, context.quarter)
    if value and direction == "past" and granularity in ("year", "month") and base is not None \
            and value == shifted(base, granularity, 0) and END_OF_PERIOD.search(lower):
        # "had peaked by the end of the year" in March: the end of last year, not one still to come (late in
        # the year, a past-tense "by the end of the year" is more often a goal: "has met half its goal")
        if granularity == "month" or base.month <= 6:
            value = shifted(base, granularity, -1)
    return value, granularity


def straight(text: str) -> str:
    """Typographic apostrophes made straight: "’90s", and "‘90s" as word processors turn an apostrophe before
    a figure into an opening quote."""
    return text.replace("’", "'").replace("‘", "'")


def refers_back(text: str, context: Context) -> Resolved | None:
    """'that year', 'the following day', 'a month later', 'the previous Friday': counted from the last date
    the article named, when it named one precise enough; None to resolve `text` as usual."""
    if context.date is None:
        return None
    weekday_back = WEEKDAY_BACK.match(text)
    if weekday_back and len(context.date) == 10:
        day, which = dt.date.fromisoformat(context.date), weekday_back.group(1)
        wanted = WEEKDAYS[weekday_back.group(2)]
        if which == "the previous":
            return (day - dt.timedelta(days=(day.weekday() - wanted) % 7 or 7)).isoformat(), "day"
        return (day + dt.timedelta(days=(wanted - day.weekday()) % 7 or 7)).isoformat(), "day"
    match = REFERS_BACK.match(text)
    if not match:
        return None
    unit: Granularity = match.group(3)  # type: ignore[assignment]
    precision = {"day": 3, "month": 2, "year": 1}
    if len(context.date.split("-")) < precision[unit] or "W" in context.date or not context.date[:4].isdigit():
        return None
    step = BACK_STEP[match.group(4) or match.group(1)]
    parts = [int(p) for p in context.date.split("-")] + [1, 1]
    return shifted(dt.date(parts[0], parts[1], parts[2]), unit, step), unit


# "the last week", "the past week" (not "last week"): the seven days up to the writing.
TRAILING_WEEK = re.compile(r"^(?:(?:in|over|during|for|of|through|throughout) )*the (?:last|past) week$")
# The end of a period named without "this": in the past tense, the end already reached.
END_OF_PERIOD = re.compile(r"^(?:(?:by|at|in|until|before|since|around) )*(?:the )?"
                           r"(?:end of (?:the )?(?:year|month)|(?:year|month)(?:'s)?[ -]end)$")


@lru_cache(maxsize=65536)
def core(text: str) -> str:
    """The expression without the words that only narrow or place it, lower-case, years and days said in
    words written in figures ("nineteen ninety-six" → "1996", "March eighth" → "march 8")."""
    normal = " ".join(straight(text).replace("–", "-").lower().split())
    normal = re.sub(r"'s?$", "", normal).strip(" ,.;:")
    normal = spoken_numbers(normal)
    normal = CLOCK_TIME.sub("", normal)
    normal = MODIFIERS.sub("", normal)
    normal = re.sub(r"^(?:that|this) (\w+) day (?:in|of) ", r"\1 ", normal)  # "that January day in 2011"
    normal = DAY_PARTS.sub("", normal).strip(" ,")
    normal = re.sub(r"^(year|month)(?:'s)?[ -]end$", r"\1", normal)
    normal = re.sub(r" or so$", "", normal)  # "the next year or so"
    month_names = "|".join(MONTHS)
    normal = re.sub(rf"^an? (?=(?:{month_names}|first|second|third|fourth)\b)", "", normal)  # "an Aug. 10, 1988,
    # agreement", "a fourth-quarter charge"
    normal = re.sub(r"^last (?=(?:quarter|half) of )", "final ", normal)  # "the last half of 1989"
    normal = re.sub(rf"^(?:day|night) (?=(?:{'|'.join(WEEKDAYS)})$)", "", normal)  # "during the day Friday"
    normal = re.sub(rf"^({month_names}) month$", r"\1", normal)  # "in April month"
    normal = re.sub(rf"^(?:{'|'.join(WEEKDAYS)}),? (?=(?:{'|'.join(MONTHS)})\.? \d)", "", normal)  # "Friday Oct. 13"
    normal = re.sub(rf"^(previous|following) (?=(?:{'|'.join(WEEKDAYS)})$)",
                    lambda m: "last " if m.group(1) == "previous" else "next ", normal)  # with no day named before
    return re.sub(r"^this (?:past|last)\b", "last", normal)


def spoken_numbers(text: str) -> str:
    """Years and days of the month said in words, as broadcast transcripts write them, in figures."""
    text = SPOKEN_YEAR.sub(spoken_year, text)
    months = "|".join(name for name in MONTHS if len(name) > 3)
    return re.sub(rf"\b({months}) ({SPOKEN_DAY.pattern})",
                  lambda m: f"{m.group(1)} {spoken_day(m.group(2))}", text)


def spoken_year(match: re.Match) -> str:
    century, rest, thousand_and = match.group(1), match.group(2), match.group(3)
    if century is None:  # "two thousand", "two thousand and one"
        return str(2000 + (spoken_number(thousand_and) if thousand_and else 0))
    hundreds = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[century]
    if rest.startswith("o"):
        return str(hundreds + SPOKEN_UNITS[rest[2:]])
    return str(hundreds + spoken_number(rest))


def spoken_number(words: str) -> int:
    """1 to 99 said in words ("ninety-six", "twelve")."""
    parts = re.split(r"[ -]", words)
    return sum(SPOKEN_TENS.get(part, SPOKEN_UNITS.get(part, 0)) for part in parts)


def spoken_day(words: str) -> int:
    parts = re.split(r"[ -]", words)
    if len(parts) == 2:
        return SPOKEN_TENS[parts[0]] + DAY_ORDINALS[parts[1]]
    return DAY_ORDINALS.get(parts[0]) or {"twentieth": 20, "thirtieth": 30}[parts[0]]


@lru_cache(maxsize=65536)
def resolve_core(text: str, base: dt.date | None, direction: Direction,
                 previous_quarter: str | None = None) -> Resolved:
    if not text:
        return None, None
    if text in REFERENCES:
        return REFERENCES[text], "reference"
    if around := QUARTERS_AROUND.match(text):
        return ("FUTURE_REF" if around[1] else "PAST_REF"), "reference"
    found = decade(text, base) or century_named(text, base)
    if found is not None:
        return found
    if RANGE.search(text) and not NUMERIC_DATE.search(text) and not QUARTER.match(text):
        return None, granularity_of(RANGE.split(text)[0].strip())
    found = quarter(text, base, direction) or quarter_again(text, base, previous_quarter) \
        or period_a_year_before(text, previous_quarter)
    if found is not None:
        return found
    for rule in (around_a_day, relative_day, weekend, relative_period, fiscal_year, ago, weekday, named_month, season,
                 holiday):
        found = rule(text, base, direction)
        if found is not None:
            return found
    return absolute(text, base, direction)


def granularity_of(text: str) -> Granularity | None:
    return resolve_core(text, dt.date(2000, 1, 1), None)[1] if text else None


def period_a_year_before(text: str, previous_quarter: str | None) -> Resolved | None:
    """'the year-earlier period' in an article about a quarter's results: that quarter a year before."""
    if not previous_quarter or not YEAR_BEFORE.match(text):
        return None
    return f"{int(previous_quarter[:4]) - 1:04d}{previous_quarter[4:]}", \
        "quarter" if previous_quarter[5] == "Q" else "half"


def around_a_day(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'the week of March 6': the ISO week of that day; 'the day before last Tuesday', 'the day after
    Christmas': the day next to the one named."""
    match = AROUND_A_DAY.match(text)
    if not match:
        return None
    day, granularity = resolve_core(match.group(3), base, direction)
    if granularity != "day":
        return None
    if day is None:
        return None, "week" if match.group(1) else "day"
    if match.group(1):
        return iso_week(dt.date.fromisoformat(day)), "week"
    return shifted(dt.date.fromisoformat(day), "day", -1 if match.group(2) == "before" else 1), "day"


def relative_day(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    shift = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}.get(text)
    if shift is None:
        return None
    return (base + dt.timedelta(days=shift)).isoformat() if base else None, "day"


def weekend(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """A weekend is the end of its ISO week: the last one begun in past tense (or unsure), else the coming one."""
    match = re.fullmatch(r"(?:(last|this|next|coming) )?weekend", text)
    if not match:
        return None
    if base is None:
        return None, "week"
    which = match.group(1)
    saturday = base + dt.timedelta(days=5 - base.weekday())
    on_weekend = base.weekday() >= 5
    if which == "last" or (which != "next" and which != "coming" and direction == "past") \
            or (which is None and direction is None):
        saturday -= dt.timedelta(days=0 if on_weekend and which != "last" else 7)
    elif on_weekend and which in ("next", "coming"):
        saturday += dt.timedelta(days=7)
    return iso_week(saturday) + WEEKEND, "week"


def relative_period(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'this week', 'last month', 'next year', and a bare 'week' from "earlier in the week"."""
    match = re.fullmatch(r"(?:(this|last|next|coming|current|past|previous) )?(week|month|year)", text)
    if not match:
        return None
    granularity = PERIODS[match.group(2)]
    if base is None:
        return None, granularity
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(match.group(1) or "", 0)
    return shifted(base, granularity, step), granularity


def ago(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'three years ago', 'two weeks ago': counted back from the publication date; 'two months from now'
    forward; 'years ago', 'several years ago' some time back (TimeML's PAST_REF), 'years from now' ahead."""
    match = AGO.match(text)
    if not match:
        return None
    if match.group(5):  # "year-ago", "year-earlier"
        return (f"{base.year - 1:04d}" if base else None), "year"
    number, unit, ahead = match.group(1), match.group(2) or match.group(3), match.group(4) == "from now"
    granularity: Granularity = "year" if unit == "decade" else unit  # type: ignore[assignment]
    count = int(number) if number and number.isdigit() else NUMBERS.get(number or "")
    if count is None:  # "several years ago", "a few days ago", "decades ago": some time back, no date
        return ("FUTURE_REF" if ahead else "PAST_REF"), "reference"
    if base is None:
        return None, granularity
    return shifted(base, granularity, (1 if ahead else -1) * count * (10 if unit == "decade" else 1)), granularity


def named(text: str, names: dict[str, int]) -> tuple[str | None, int] | None:
    """(modifier, number) of "last August", "next Tuesday", "Monday" when the word is one of `names`."""
    match = NAMED.fullmatch(text)
    if not match or match.group(2) not in names:
        return None
    return match.group(1), names[match.group(2)]


def weekday(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """A weekday is the most recent such day in past-tense news (today included), the next one in future tense."""
    found = named(text, WEEKDAYS)
    if found is None:
        return None
    if base is None:
        return None, "day"
    which, day = found
    if which in ("next", "coming", "this coming") or (which != "last" and direction == "future"):
        days = (day - base.weekday()) % 7 or (7 if which else 0)
    else:
        days = -((base.weekday() - day) % 7 or (7 if which == "last" else 0))
    return (base + dt.timedelta(days=days)).isoformat(), "day"


def named_month(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'last August' is the latest August before this month; 'next May' the first after; 'August' by tense."""
    found = named(text, MONTHS)
    if found is None:
        return None
    if base is None:
        return None, "month"
    which, month = found
    if which == "this":
        year = base.year
    elif which == "last":
        year = base.year if month < base.month else base.year - 1
    elif which is None and direction == "past":  # as for days: the next month or two is a schedule
        year = base.year if month <= base.month + SCHEDULE_AHEAD_DAYS // 31 else base.year - 1
    elif which is not None or direction == "future":
        year = base.year if month > base.month or (which is None and month == base.month) else base.year + 1
    else:
        year = nearest_year(base, month, 15)
    return f"{year:04d}-{month:02d}", "month"


def season(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'summer 2016' → 2016-SU; 'last summer' the latest one over, 'next summer' the first to come, 'this
    summer' the one under way or next; a bare 'summer' by tense (the nearest when unsure)."""
    match = re.fullmatch(rf"(?:(last|next|this|coming) )?({'|'.join(SEASONS)})(?: of)?(?: (\d{{4}}))?", text)
    if not match:
        return None
    which, code, year = match.group(1), SEASONS[match.group(2)], match.group(3)
    if year:
        return f"{year}-{code}", "season"
    if base is None:
        return None, "season"
    now = base.year * 12 + base.month - 1

    def first_month(y: int) -> int:
        return y * 12 + SEASON_START[code] - 1

    years = range(base.year - 2, base.year + 2)
    if which == "last" or (which is None and direction == "past"):
        ended = [y for y in years if (first_month(y) + 2 < now if which else first_month(y) <= now)]
        chosen = max(ended)
    elif which in ("next", "coming") or (which is None and direction == "future"):
        chosen = min(y for y in years if (first_month(y) > now if which else first_month(y) + 2 >= now))
    elif which == "this" and direction == "past":  # "began trading this summer", written in November
        chosen = max(y for y in years if first_month(y) <= now)
    elif which == "this":
        chosen = min(y for y in years if first_month(y) + 2 >= now)
    else:
        chosen = min(years, key=lambda y: abs(first_month(y) + 1 - now))
    return f"{chosen}-{code}", "season"


def holiday(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'Thanksgiving', 'last Christmas', 'Election Day' (the US one), 'Easter': the day in the year that the
    words or the tense point to, the nearest when unsure; 'Easter week', 'the Thanksgiving weekend' its week."""
    match = HOLIDAY.fullmatch(text)
    if not match:
        return None
    if base is None:
        return None, "week" if match.group(3) else "day"
    which = match.group(1) or {"past": "last", "future": "next"}.get(direction or "")
    days = [holiday_in(match.group(2), year) for year in range(base.year - 1, base.year + 2)]
    if match.group(3):  # its week, begun on the Monday: "as Easter week began"
        days = [day - dt.timedelta(days=day.weekday()) for day in days]
    if which == "last":
        found = max(d for d in days if d <= base)
    elif which == "next":
        found = min(d for d in days if d >= base)
    elif which == "this":
        found = days[1]
    else:
        found = min(days, key=lambda d: abs((d - base).days))
    if match.group(3):
        return iso_week(found) + (WEEKEND if match.group(3) == " weekend" else ""), "week"
    return found.isoformat(), "day"


def holiday_in(name: str, year: int) -> dt.date:
    """The day of the holiday `name` in `year`."""
    if name in FIXED_HOLIDAYS:
        return dt.date(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_HOLIDAYS:
        return easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    if name == "election day":  # the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    return nth_weekday(year, *NTH_WEEKDAY_HOLIDAYS[name])


def nth_weekday(year: int, month: int, weekday_number: int, n: int) -> dt.date:
    """The nth `weekday_number` (0: Monday) of the month; n = -1 for the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday_number - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday_number) % 7)


def quarter(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'the third quarter' (of its year by tense), 'Q3 2013', 'the 1988 second quarter', 'this year's
    third quarter', 'the first half of 1990': TimeML's 2013-Q3 and 1990-H1."""
    match = QUARTER.match(text)
    if not match:
        return None
    if match["q"]:
        kind, number, year_text = "quarter", int(match["q"]), match["q_year"]
    elif match["half_words"]:
        kind, number, year_text = "half", 1 if match["half_words"] == "first" else 2, match["half_year"]
    else:
        kind = match["kind"]
        number = (4 if kind == "quarter" else 2) if match["ordinal"] == "final" else ORDINALS[match["ordinal"]]
        year_text = match["prefix_year"] or match["suffix_year"] or match["of_year"]
        if match["relative"]:
            year_text = f"{match['relative']} year"
    granularity: Granularity = "quarter" if kind == "quarter" else "half"
    if kind == "half" and number > 2:
        return None, None
    letter, months = ("Q", 3) if kind == "quarter" else ("H", 6)
    if year_text and year_text.isdigit():
        return f"{year_text}-{letter}{number}", granularity
    if base is None:
        return None, granularity
    year = quarter_year(number, months, base, direction, year_text)
    return f"{year - (1 if match['year_ago'] else 0):04d}-{letter}{number}", granularity


def quarter_year(number: int, months: int, base: dt.date, direction: Direction, year_text: str | None) -> int:
    """The year of the `number`th quarter or half (`months` long) that `direction` or `year_text` points to."""
    if year_text:
        return base.year + YEAR_STEP[year_text.split()[0]]
    first, last = (number - 1) * months + 1, number * months
    if direction == "past":
        return base.year if first <= base.month else base.year - 1
    if direction == "future":  # results still to come: a quarter ended up to a quarter ago, or one ahead
        return base.year if last >= base.month - REPORTING_LAG_MONTHS else base.year + 1
    return nearest_year(base, (first + last) // 2, 15)


def quarter_again(text: str, base: dt.date | None, previous: str | None) -> Resolved | None:
    """'the quarter', 'the latest quarter': the quarter the article named last (else the last one over);
    'the current quarter' the one under way; 'the year-ago quarter', 'the 1988 quarter' that quarter in
    another year; 'the latest period', 'the 1988 period' the same in an article about a quarter or half."""
    match = QUARTER_AGAIN.match(text)
    if not match:
        return None
    which, year_text, kind = match.group(1) or "", match.group(2), match.group(3)
    if kind == "period":  # "the latest period", "the 1988 period": the quarter or half reported on, if any
        if not previous or not (which in ("", "latest", "same", "current") or which.endswith("year-ago")):
            return None
        kind = "quarter" if previous[5] == "Q" else "half"
    granularity: Granularity = "quarter" if kind == "quarter" else "half"
    letter, months = ("Q", 3) if kind == "quarter" else ("H", 6)
    if base is None and not (previous and previous[5:6] == letter):
        return None, granularity
    current = f"{base.year:04d}-{letter}{(base.month - 1) // months + 1}" if base else None
    if which == "current":
        return current, granularity
    if previous and previous[5:6] == letter:
        named = previous
    else:
        months_back = base.year * 12 + base.month - 1 - months
        named = f"{months_back // 12:04d}-{letter}{months_back % 12 // months + 1}"
    year = int(named[:4])
    if year_text:
        year = int(year_text)
    elif which.endswith(("year-ago", "year-earlier", "last year's")) or match.group(4):
        year -= 1
    return f"{year:04d}{named[4:]}", granularity


def fiscal_year(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """'the fiscal year', 'the current fiscal year', 'last fiscal year', 'the full year': the year of the
    publication (or the one before or after); the months a company's fiscal year covers are not known."""
    match = FISCAL_YEAR.match(text)
    if not match:
        return None
    if base is None:
        return None, "year"
    step = {"last": -1, "previous": -1, "past": -1, "latest": -1, "next": 1, "coming": 1}.get(match.group(1) or "", 0)
    return f"{base.year + step:04d}", "year"


def decade(text: str, base: dt.date | None) -> Resolved | None:
    """'the 1990s', 'the late 1970s', "the '90s", 'the nineties', 'this decade': 199X, as the issue asks
    and AQUAINT's annotators write it (TimeBank's write TimeML's 199)."""
    step = {"decade": 0, "this decade": 0, "current decade": 0, "last decade": -1, "past decade": -1,
            "previous decade": -1, "next decade": 1, "coming decade": 1}.get(text)
    if step is not None:
        return (f"{base.year // 10 + step:03d}X" if base else None), "decade"
    if text in DECADE_WORDS or text.startswith("'") and text[1:] in DECADE_WORDS:
        digit = DECADE_WORDS[text.lstrip("'")]
        return f"{century(base, digit)}{digit}X", "decade"
    match = DECADE.match(text)
    if not match:
        return None
    if match.group(1):
        return f"{match.group(1)}X", "decade"
    digit = int(match.group(2) or match.group(3))
    return f"{century(base, digit)}{digit}X", "decade"


def century_named(text: str, base: dt.date | None) -> Resolved | None:
    """'the 20th century', 'the eleventh century', 'this century', 'the last century': TimeML's 19, 10."""
    match = CENTURY.match(text)
    if not match:
        return None
    if match.group(1) or match.group(2):
        number = int(match.group(1)) if match.group(1) else CENTURY_ORDINALS[match.group(2)]
        return f"{number - 1:02d}", "century"
    # "the past century" is the hundred years to now, mostly in this one
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(match.group(3), 0)
    return (f"{base.year // 100 + step:02d}" if base else None), "century"


def century(base: dt.date | None, decade_digit: int) -> int:
    """The century of a decade named by two figures: the latest such decade begun by the publication."""
    if base is None or base.year < 2000:
        return 19
    return base.year // 100 if decade_digit * 10 <= base.year % 100 else base.year // 100 - 1


def absolute(text: str, base: dt.date | None, direction: Direction) -> Resolved:
    """Month names and numeric dates by dateparser; otherwise a lone year ("fiscal 2017", "early 2022")."""
    which = re.match(r"(last|next|this coming|coming) (?=\S)", text)
    if which:  # "last Oct. 23", "next March 3": the tense is in the words
        text, direction = text[which.end():], "past" if which.group(1) == "last" else "future"
    has_month = any(word.strip(".,") in MONTHS for word in text.split())
    years = set(YEAR.findall(text))
    if not has_month and not NUMERIC_DATE.search(text):
        return (years.pop(), "year") if len(years) == 1 else (None, None)
    found, granularity = parsed_date(text)
    if found is None or granularity not in ("day", "month", "year"):
        return (years.pop(), "year") if len(years) == 1 else (None, None)
    if not years and not NUMERIC_DATE.search(text):
        if base is None:
            return None, granularity
        try:
            found = found.replace(year=pick_year(base, found, direction))
        except ValueError:  # "Feb. 29" placed in a year that has none
            return None, granularity
    return iso(found, granularity), granularity


def pick_year(base: dt.date, found: dt.date, direction: Direction) -> int:
    """The year of a yearless date: before the publication in past tense, after it in future, else nearest."""
    if direction == "past":
        ahead = (dt.date(base.year, found.month, min(found.day, 28)) - base).days
        # a day soon after the writing is a deadline or a schedule the past tense reports ("extended the
        # offer to Nov. 20", "set Jan. 14 as the return date"), not a day almost a year back
        return base.year if ahead <= SCHEDULE_AHEAD_DAYS else base.year - 1
    if direction == "future":
        return base.year if (found.month, found.day) >= (base.month, base.day) else base.year + 1
    return nearest_year(base, found.month, found.day)


def no_later_than(value: str | None, base: dt.date) -> str | None:
    """A day or month ("1989-12-07", "1989-12") a year earlier when it falls after `base`: the date of an
    event already over, which the past tense alone would have read as a deadline just ahead."""
    if value is None or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value) or value <= base.isoformat()[:len(value)]:
        return value
    earlier = f"{int(value[:4]) - 1:04d}{value[4:]}"
    return None if earlier.endswith("-02-29") else earlier


SCHEDULE_AHEAD_DAYS = 62
# A quarter's or half's results are reported in the months after it ends: "expects to report third-quarter
# earnings" in November is this year's third quarter.
REPORTING_LAG_MONTHS = 3


def nearest_year(base: dt.date, month: int, day: int) -> int:
    def distance(year: int) -> int:
        return abs((dt.date(year, month, min(day, 28)) - base).days)
    return min((base.year - 1, base.year, base.year + 1), key=distance)


def shifted(base: dt.date, granularity: Granularity, step: int) -> str:
    """The ISO value of the period `step` periods away from the one holding `base`."""
    if granularity == "week":
        return iso_week(base + dt.timedelta(weeks=step))
    if granularity == "month":
        months = base.year * 12 + base.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if granularity == "year":
        return f"{base.year + step:04d}"
    return (base + dt.timedelta(days=step)).isoformat()


# TimeML's weekend of an ISO week: "2025-W10-WE", Saturday and Sunday.
WEEKEND = "-WE"


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def iso(day: dt.date, granularity: Granularity) -> str:
    return {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": f"{day.year:04d}"}[granularity]


def period_start(value: str, granularity: Granularity) -> dt.date:
    """The first day of the period a value names ("2025-W11" → Monday 2025-03-10, "2025-W11-WE" → Saturday
    2025-03-15, "2012-SU" → 1 June 2012, "2013-Q3" → 1 July 2013, "199X" → 1 January 1990, "19" → 1 January
    1900)."""
    if granularity == "week":
        year, week = value.removesuffix(WEEKEND).split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 6 if value.endswith(WEEKEND) else 1)
    if granularity == "decade":
        return dt.date(int(value[:3]) * 10, 1, 1)
    if granularity == "century":
        return dt.date(max(int(value) * 100, 1), 1, 1)
    if granularity in ("season", "quarter", "half"):
        year, part = int(value[:4]), value[5:]
        month = {"season": lambda: SEASON_START[part], "quarter": lambda: 3 * int(part[1]) - 2,
                 "half": lambda: 6 * int(part[1]) - 5}[granularity]()
        return dt.date(year, month, 1)
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


REFERENCE_LABELS = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
ORDINAL_WORDS = ("first", "second", "third", "fourth")


def period_label(value: str, granularity: Granularity) -> str:
    """A reader's name for the period: "13 March 2025", "week of 10 March 2025", "weekend of 15 March 2025",
    "March 2025", "summer 2012", "winter 2012-13", "third quarter of 2013", "first half of 1990", "2025",
    "the 1990s", "the 20th century", "the present"."""
    if granularity == "reference":
        return REFERENCE_LABELS.get(value, value)
    start = period_start(value, granularity)
    if granularity == "day":
        return f"{start.day} {start:%B %Y}"
    if granularity == "week":
        return f"{'weekend' if value.endswith(WEEKEND) else 'week'} of {start.day} {start:%B %Y}"
    if granularity == "month":
        return f"{start:%B %Y}"
    if granularity == "season":
        code = value[5:]
        return f"winter {start.year}-{(start.year + 1) % 100:02d}" if code == "WI" else \
            f"{SEASON_NAMES[code]} {start.year}"
    if granularity in ("quarter", "half"):
        return f"{ORDINAL_WORDS[int(value[6]) - 1]} {granularity} of {start.year}"
    if granularity == "century":
        return f"the {ordinal(int(value) + 1)} century"
    return f"the {start.year}s" if granularity == "decade" else value


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
