"""Resolving one date expression against a publication date, keeping its granularity.

Which library does what (compared on the seeds' and PolNeAR's expressions; README, "Dates"):
dateparser reads the many written forms of an absolute date ("Sept. 2015", "Jan. 5, 2016", "5 March",
"3/10/2016") and reports their period (day, month, year), so it does those. It is wrong for news on
the relative ones: "Thursday" in a Thursday article gives the week before, "last August", "early 2022",
"mid-2024" and "earlier this week" give nothing, and "30 days" becomes a date 30 days back. dateutil
parses only absolute dates and says nothing about granularity. So the relative expressions are the
small rules below (datetime arithmetic), and durations are filtered out before anything is resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal


Direction = Literal["past", "future"] | None
Granularity = Literal["day", "week", "month", "year"]
Resolved = tuple[str | None, Granularity | None]

WEEKDAYS = {name: n for n, names in enumerate((
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))) for name in names}
MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
# A season without "last"/"next" is placed like its middle month ("in the summer" of a past-tense story).
MIDDLE_MONTH = {"spring": "april", "summer": "july", "fall": "october", "autumn": "october", "winter": "january"}
PERIODS: dict[str, Granularity] = {"week": "week", "month": "month", "year": "year"}

# Words around the core of an expression that narrow it inside its period but keep the granularity
# ("late Monday" is a day, "early 2022" a year, "earlier this week" a week) or only place it in a sentence.
MODIFIERS = re.compile(
    r"^(?:(?:on|in|at|since|by|until|till|through|throughout|from|during|before|after|around|about|of|as of|"
    r"as early as|as late as|as recently as|back in|just|only|early|earlier|late|later|mid|the|middle of|end of|beginning of|start of|"
    r"close of|turn of|the night of|the morning of|the evening of)\b[\s-]*)+")
# Parts of the day after a day ("Monday night", "Tuesday morning"): the day stays a day.
DAY_PARTS = re.compile(r"\b(?:early |late )?(?:morning|afternoon|evening|night|overnight|noon|midnight)$")
# Two dates in one expression ("Monday and Tuesday", "2015-2016", "between 2010 and 2015"): a range.
RANGE = re.compile(r"\b(?:and|or|to|through|between)\b|\d\s*[–-]\s*\d|–")
DECADE = re.compile(r"\b(?:\d{3}0|'\d0|\d0)s\b")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
AGO = re.compile(r"^(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several) "
                 r"(day|week|month|year|decade)s? ago$")
RELATIVE_YEAR = re.compile(r"(?<=\w)(?:,| of)? (last|this|next) year$")
YEAR_STEP = {"last": -1, "this": 0, "next": 1}
NAMED = re.compile(r"(?:(last|next|this|this coming|coming) )?(\w+)\.?")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


@lru_cache(maxsize=1)
def dateparser():
    """dateparser's parser, made on first use: importing it takes a tenth of a second that a build which
    analyses no article (a rebuild whose new articles were analysed in another process) need not spend."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": dt.datetime(2000, 1, 1), "RETURN_TIME_AS_PERIOD": False})


def resolve(text: str, base: dt.date | None, direction: Direction = None) -> Resolved:
    """The ISO value and granularity of `text` written on `base`; the value is None when it cannot be known."""
    normal = core(text)
    if base is not None:  # "June 16th of last year": the relative year made absolute
        normal = RELATIVE_YEAR.sub(lambda m: f" {base.year + YEAR_STEP[m.group(1)]}", normal)
    return resolve_core(normal, base, direction)


def core(text: str) -> str:
    """The expression without the words that only narrow or place it, lower-case."""
    normal = " ".join(text.replace("’", "'").lower().split())
    normal = re.sub(r"'s?$", "", normal).strip(" ,.;:")
    normal = MODIFIERS.sub("", normal)
    normal = DAY_PARTS.sub("", normal).strip(" ,")
    return re.sub(r"^this (?:past|last)\b", "last", normal)


@lru_cache(maxsize=65536)
def resolve_core(text: str, base: dt.date | None, direction: Direction) -> Resolved:
    if not text or DECADE.search(text):
        return None, None
    if RANGE.search(text) and not NUMERIC_DATE.search(text):
        return None, granularity_of(RANGE.split(text)[0].strip())
    for rule in (relative_day, weekend, relative_period, ago, weekday, named_month, season):
        found = rule(text, base, direction)
        if found is not None:
            return found
    return absolute(text, base, direction)


def granularity_of(text: str) -> Granularity | None:
    return resolve_core(text, dt.date(2000, 1, 1), None)[1] if text else None


def relative_day(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    shift = {"today": 0, "tonight": 0, "this": 0, "now": 0, "yesterday": -1, "last": -1, "tomorrow": 1}.get(text)
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
    return iso_week(saturday), "week"


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
    """'three years ago', 'two weeks ago': counted back from the publication date."""
    match = AGO.match(text)
    if not match:
        return None
    unit = match.group(2)
    granularity: Granularity = "year" if unit == "decade" else unit  # type: ignore[assignment]
    count = int(match.group(1)) if match.group(1).isdigit() else NUMBERS.get(match.group(1))
    if base is None or count is None:
        return None, granularity
    return shifted(base, granularity, -count * (10 if unit == "decade" else 1)), granularity


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
    elif which == "last" or (which is None and direction == "past"):
        year = base.year if month < base.month or (which is None and month == base.month) else base.year - 1
    elif which is not None or direction == "future":
        year = base.year if month > base.month or (which is None and month == base.month) else base.year + 1
    else:
        year = nearest_year(base, month, 15)
    return f"{year:04d}-{month:02d}", "month"


def season(text: str, base: dt.date | None, direction: Direction) -> Resolved | None:
    """Seasons are placed in their year: 'summer 2016' → 2016, 'last summer' → the latest one begun."""
    match = re.fullmatch(rf"(?:(last|next|this) )?({'|'.join(SEASONS)})(?: of)?(?: (\d{{4}}))?", text)
    if not match:
        return None
    if match.group(3):
        return match.group(3), "year"
    if match.group(1) is None:
        found = named_month(MIDDLE_MONTH[match.group(2)], base, direction)
        return (found[0][:4] if found and found[0] else None), "year"
    if base is None:
        return None, "year"
    start = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[match.group(2)]
    year = base.year - (1 if match.group(1) == "last" and start >= base.month else 0)
    return str(year + (1 if match.group(1) == "next" and start <= base.month else 0)), "year"


def absolute(text: str, base: dt.date | None, direction: Direction) -> Resolved:
    """Month names and numeric dates by dateparser; otherwise a lone year ("fiscal 2017", "early 2022")."""
    has_month = any(word.strip(".,") in MONTHS for word in text.split())
    years = set(YEAR.findall(text))
    if not has_month and not NUMERIC_DATE.search(text):
        return (years.pop(), "year") if len(years) == 1 else (None, None)
    data = dateparser().get_date_data(text)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return (years.pop(), "year") if len(years) == 1 else (None, None)
    found, granularity = data.date_obj.date(), data.period
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
        return base.year if (found.month, found.day) <= (base.month, base.day) else base.year - 1
    if direction == "future":
        return base.year if (found.month, found.day) >= (base.month, base.day) else base.year + 1
    return nearest_year(base, found.month, found.day)


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


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def iso(day: dt.date, granularity: Granularity) -> str:
    return {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": f"{day.year:04d}"}[granularity]


def period_start(value: str, granularity: Granularity) -> dt.date:
    """The first day of the period an ISO value names ("2025-W11" → Monday 2025-03-10)."""
    if granularity == "week":
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def period_label(value: str, granularity: Granularity) -> str:
    """A reader's name for the period: "13 March 2025", "week of 10 March 2025", "March 2025", "2025"."""
    start = period_start(value, granularity)
    if granularity == "day":
        return f"{start.day} {start:%B %Y}"
    if granularity == "week":
        return f"week of {start.day} {start:%B %Y}"
    return f"{start:%B %Y}" if granularity == "month" else value
