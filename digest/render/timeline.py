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
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from digest.annotate.calendar import period_label, period_start
from digest.model import Article, DateRef, Digest
from digest.render.article import lead_index
from digest.render.charts import coverage_timeline
from digest.publish.output import Planned
from digest.render import sections
from digest.render.sections import GROUP_AFTER, split_long, words
from digest.render.site import NOT_SEARCHED, Markdown, Site, escape, front_matter, keyed_groups

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


def timeline_pages(env: jinja2.Environment, digest: Digest, site: Site, undated: str = "articles/index.md",
                   code: str = "") -> dict[str, Planned]:
    """The Timeline. "timeline.md" draws the coverage chart and lists the undated articles (or links `undated`,
    the archive's page that lists them); with INDEX_ROWS events or fewer it lists them all, by year. Beyond, it
    lists the years, and each year's events have a page of their own ("timeline/1998.md"); a busy year's (more
    than INDEX_ROWS events) go by month ("timeline/2005-03.md", the dates naming the whole year on
    "timeline/2005.md"; a long month goes on in parts: "timeline/2005-03/2.md"), so that an added article changes
    the pages of its dates' years or months only. A month's page is keyed by the rows it shows
    (`code`: the code and how links are written), and made again only when they change."""
    events = timeline_events(digest)
    home = "timeline.md"
    if len(events) <= sections.INDEX_ROWS:
        return {home: Planned(None, lambda: render_timeline(env, digest, site, events, undated,
                                                            years=event_years(events, site)))}
    planned, month_links = keyed_groups(
        env, code, site, "timeline.md.j2", "timeline", "Timeline", timeline_groups(events),
        lambda label, found: {"first": False, "years": event_years(found, site), "coverage": "", "undated_uri": undated,
                              "undated": [], "month_links": [], "list_at_most": GROUP_AFTER})
    planned[home] = Planned(None, lambda: render_timeline(env, digest, site, events, undated, month_links=month_links))
    return planned


Row = tuple[str, Markdown, str, str]  # an event as a page lists it: its label, its sentence, the article's title and page


def event_years(events: Sequence[Event], site: Site) -> dict[int, dict[str, list[Row]]]:
    """Events as a page lists them: by year, then in the year's sections (`year_sections`), each as a `Row`."""
    return {year: {heading: [(e.label, event_context(e), e.article.title, site.article_uri[e.article.id])
                             for e in found]
                   for heading, found in year_sections(year, found_).items()}
            for year, found_ in by_year(list(events)).items()}


def timeline_groups(events: Sequence[Event]) -> dict[str, tuple[str, list[Event]]]:
    """The events of the Timeline's pages, in order, by page name: a year's ("2005", labelled "2005") while
    it has INDEX_ROWS events or fewer, else its months' ("2005-03", "March 2005") and the dates naming the
    whole year ("2005", "2005 as a whole")."""
    groups: dict[str, tuple[str, list[Event]]] = {}
    for year, found in by_year(list(events)).items():
        small = len(found) <= sections.INDEX_ROWS
        for event in found:
            name = str(year) if small else month_of(event)
            label = str(year) if small else month_label(event)
            groups.setdefault(name, (label, []))[1].append(event)
    return groups


def month_of(event: Event) -> str:
    """The name of the page an event of a busy year goes on: its month ("2005-03"), or its year for a date
    naming the whole year."""
    return f"{event.start:%Y}" if event.ref.granularity == "year" else f"{event.start:%Y-%m}"


def month_label(event: Event) -> str:
    return f"{event.start:%Y} as a whole" if event.ref.granularity == "year" else f"{event.start:%B %Y}"


def render_timeline(env: jinja2.Environment, digest: Digest, site: Site, events: Sequence[Event], undated_uri: str,
                    years: dict[int, dict[str, list[Row]]] | None = None,
                    month_links: Sequence[tuple[str, str, int]] = ()) -> str:
    """The Timeline's first page ("timeline.md"): the coverage chart of `events` (every event of the digest), the
    undated articles (or a link to `undated_uri`, the archive's page that lists them), and the events by year
    (`years`) or the links to their pages (`month_links`)."""
    uri, title = "timeline.md", "Timeline"
    undated = [a.article for a in digest.articles if a.article.date is None]
    coverage = coverage_timeline([a.article for a in digest.articles], list(events))
    return env.get_template("timeline.md.j2").render(
        front_matter=front_matter({"title": title, **NOT_SEARCHED}), title=title, first=True, years=years or {},
        coverage=Markdown(coverage), pager=[], here=uri, undated_uri=undated_uri, undated=undated,
        month_links=month_links, list_at_most=GROUP_AFTER, a=site.links(uri), site=site)
