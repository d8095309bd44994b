"""The digest's timeline: every resolved date of every article, newest first, grouped by year, and the
Timeline pages that show them.

A date goes on the timeline when it names a span short enough to place an event: a day, week, month,
season, quarter, half or year, at its first day ("summer 2012" on 1 June, "third quarter of 2013" on
1 July). A decade ("the 1990s") is too broad to date what it speaks of, and a reference to the present,
past or future ("now", "recently": PRESENT_REF, PAST_REF) names no date at all; both stay in the article's
front matter and the export only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import jinja2

from digest.annotate.calendar import period_label, period_start
from digest.model import Article, DateRef, Digest
from digest.render.article import lead_index
from digest.render.charts import coverage_timeline
from digest.render.sections import GROUP_AFTER, paginate, split_long, words
from digest.render.site import NOT_SEARCHED, Markdown, Pager, Site, escape, front_matter, link, pager_of, span_label, titled

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


def highlight(sentence: str, text: str) -> Markdown:
    """The sentence escaped, with its first occurrence of `text` in bold."""
    at = sentence.find(text)
    if at < 0 or not text.strip():
        return Markdown(escape(sentence))
    return Markdown(f"{escape(sentence[:at])}**{escape(text)}**{escape(sentence[at + len(text):])}")


def event_context(event: Event) -> Markdown:
    """The sentence naming an event's date, the date in bold; for an excerpt article only the date as
    written, unless the sentence is in the lead (the only text of it the site publishes)."""
    if event.article.excerpt and event.ref.paragraph != lead_index(event.article):
        return Markdown(f"**{escape(event.ref.text)}**")
    return highlight(event.ref.sentence, event.ref.text)


def year_sections(year: int, events: list[Event]) -> dict[str, list[Event]]:
    """A year's events; by month when many (a season, quarter or half under the month it begins; dates naming
    only the year: "2016 as a whole"), none over budget."""
    if len(events) <= GROUP_AFTER:
        return split_long({"": events}, event_words)
    groups: dict[str, list[Event]] = {}
    for event in events:
        month = f"{year} as a whole" if event.ref.granularity == "year" else f"{event.start:%B %Y}"
        groups.setdefault(month, []).append(event)
    return split_long(groups, event_words)


def event_words(event: Event) -> int:
    return words(event.label, event.ref.sentence, event.article.title)


def timeline_pages(env: jinja2.Environment, digest: Digest, site: Site,
                   undated: str = "articles/index.md") -> dict[str, Callable[[], str]]:
    """The Timeline: the coverage chart and the newest events on "timeline.md", older events on further
    pages ("timeline/2.md", ...), each labelled by the months it spans; `undated`: the archive's page
    that lists the undated articles."""
    events = timeline_events(digest)
    pages = paginate("timeline.md", events)
    pager = pager_of(pages, lambda n, chunk: span_label([event.start for event in chunk]))
    return {uri: lambda uri=uri, chunk=chunk: render_timeline(env, digest, site, uri, chunk, pager, events, undated)
            for uri, chunk in pages}


def render_timeline(env: jinja2.Environment, digest: Digest, site: Site, uri: str, events: Sequence[Event],
                    pager: Pager, every_event: Sequence[Event], undated_uri: str = "articles/index.md") -> str:
    """One page of the Timeline; the first also draws the coverage chart and lists the undated articles."""
    first = uri == pager[0][0]
    undated = [a.article for a in digest.articles if a.article.date is None] if first else []
    coverage = coverage_timeline([a.article for a in digest.articles], list(every_event)) if first else ""
    title = titled("Timeline", pager, uri)
    return env.get_template("timeline.md.j2").render(
        front_matter=front_matter({"title": title, **NOT_SEARCHED}), title=title, first=first,
        years={year: year_sections(year, found) for year, found in by_year(list(events)).items()},
        coverage=Markdown(coverage), pager=pager, here=uri, undated_uri=undated_uri, undated=undated,
        list_at_most=GROUP_AFTER, event_context=event_context, url=lambda target: link(uri, target),
        site=site)
