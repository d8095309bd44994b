"""The digest's timeline: every resolved date of every article, newest first, grouped by year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from digest.calendar import period_label, period_start
from digest.model import Article, DateRef, Digest

# Within one start day, the narrower period first: a day before its week, month and year.
GRANULARITY_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Event:
    """One resolved date expression, where it was written and what it names."""

    start: dt.date
    label: str
    ref: DateRef
    article: Article


def timeline_events(digest: Digest) -> list[Event]:
    """Resolved dates of all articles, newest period first; ties by granularity, article, position."""
    events = [Event(period_start(ref.value, ref.granularity), period_label(ref.value, ref.granularity), ref,
                    annotated.article)
              for annotated in digest.articles for ref in annotated.dates if ref.value and ref.granularity]
    return sorted(events, key=lambda e: (-e.start.toordinal(), GRANULARITY_ORDER[e.ref.granularity],
                                         e.article.id, e.ref.paragraph, e.ref.start))


def by_year(events: list[Event]) -> dict[int, list[Event]]:
    years: dict[int, list[Event]] = {}
    for event in events:
        years.setdefault(event.start.year, []).append(event)
    return years
