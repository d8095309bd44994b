"""The digest's timeline: every resolved date of every article, newest first, grouped by year.

A date goes on the timeline when it names a span short enough to place an event: a day, week, month,
season, quarter, half or year, at its first day ("summer 2012" on 1 June, "third quarter of 2013" on
1 July). A decade ("the 1990s") is too broad to date what it speaks of, and a reference to the present,
past or future ("now", "recently": PRESENT_REF, PAST_REF) names no date at all; both stay in the article's
front matter and the export only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from digest.annotate.calendar import period_label, period_start
from digest.model import Article, DateRef, Digest

# Within one start day, the narrower period first: a day before its week, month, season, quarter and year.
GRANULARITY_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 4, "half": 5, "year": 6}


@dataclass(frozen=True)
class Event:
    """One resolved date expression, where it was written and what it names."""

    start: dt.date
    label: str
    ref: DateRef
    article: Article


def timeline_events(digest: Digest) -> list[Event]:
    """Resolved dates of all articles that go on the timeline (no decade, no reference to the present or
    past), newest period first; ties by granularity, article, position."""
    events = [Event(period_start(ref.value, ref.granularity), period_label(ref.value, ref.granularity), ref,
                    annotated.article)
              for annotated in digest.articles for ref in annotated.dates
              if ref.value and ref.granularity in GRANULARITY_ORDER]
    return sorted(events, key=lambda e: (-e.start.toordinal(), GRANULARITY_ORDER[e.ref.granularity],
                                         e.article.id, e.ref.paragraph, e.ref.start))


def by_year(events: list[Event]) -> dict[int, list[Event]]:
    years: dict[int, list[Event]] = {}
    for event in events:
        years.setdefault(event.start.year, []).append(event)
    return years
