"""Where dates show: the Timeline page, the article's front matter and `digest export`."""

import datetime as dt
import json

import pytest
import yaml

from digest.annotate.parse import annotate
from digest.resolve.assemble import assemble
from digest.publish.export import export_lines
from digest.annotate.analyse import analyse
from digest.read.articles import parse_article
from digest.model import Article, DateRef
from digest.render.pages import render_pages
from digest.render.timeline import Event, year_sections

HOSTILE = ("---\ndate: 2025-03-14\n---\n"
           "Officials said on Thursday that <script>alert(1)</script> was *not* a [link](javascript:x).\n")


@pytest.fixture(scope="module")
def digest(nlp, annotated_seeds):
    article, _ = parse_article(HOSTILE.encode(), "seeds/hostile.txt", "hostile")
    [parsed] = annotate([article], nlp)
    return assemble([*annotated_seeds.values(), analyse(parsed)])


@pytest.fixture(scope="module")
def pages(digest):
    return render_pages(digest)


def test_timeline_lists_events_newest_first_with_sentence_and_article(pages):
    timeline = pages["timeline.md"]
    order = [timeline.index(label) for label in
             ("**13 March 2025**", "**12 March 2025**", "**week of 10 March 2025**", "**August 2024**",
              "**2024**", "**February 2022**", "**2022**")]
    assert order == sorted(order)
    assert ("the Kursk region bordering Ukraine **last August** and had been struggling to hold it ever since. "
            "([Russian President Vladimir Putin expressed support") in timeline
    assert "(articles/000_757f1b2ff7ec1d9c.md)" in timeline


def test_timeline_escapes_article_text(pages):
    timeline = pages["timeline.md"]
    assert "**13 March 2025** · Officials said on **Thursday** that &#60;script&#62;" in timeline
    assert "<script>" not in timeline and "&#42;not&#42;" in timeline and "javascript&#58;" in timeline


def test_timeline_lists_undated_articles(pages):
    undated = pages["timeline.md"].split("## Undated articles", 1)[1]
    assert "(articles/001_c776b1ad787587dd.md)" in undated and "(articles/003_6bdd04a2754529d5.md)" in undated
    assert "000_757f1b2ff7ec1d9c" not in undated


def test_article_front_matter_has_its_dates(pages):
    meta = yaml.safe_load(pages["articles/000_757f1b2ff7ec1d9c.md"].split("---\n", 2)[1])
    assert meta["dates"][-1] == {"text": "last August", "value": "2024-08", "granularity": "month",
                                 "label": "August 2024",
                                 "sentence": "Ukrainian forces had taken the town during a surprise attack on the "
                                             "Kursk region bordering Ukraine last August and had been struggling to "
                                             "hold it ever since."}


def test_export_has_dates_with_null_for_unresolved(digest):
    records = {r["id"]: r for r in map(json.loads, export_lines(digest))}
    first = records["001_c776b1ad787587dd"]["dates"][0]
    assert first["text"] == "Thursday" and first["value"] is None and first["granularity"] == "day"
    assert first["sentence"].startswith("President Vladimir Putin said on Thursday")
    [mid] = [d for d in records["001_c776b1ad787587dd"]["dates"] if d["text"] == "mid-2024"]
    assert {"value": "2024", "granularity": "year", "label": "2024"}.items() <= mid.items()
    [article] = [a.article for a in digest.articles if a.article.id == "001_c776b1ad787587dd"]
    assert article.paragraphs[mid["paragraph"]].text[mid["start"]:mid["end"]] == "mid-2024"


def test_a_busy_year_is_grouped_by_month_and_dates_naming_only_the_year_come_last():
    story = Article(id="a", path="seeds/a.txt", title="A story", date=dt.date(2016, 12, 1), paragraphs=())

    def event(day: dt.date, granularity: str) -> Event:
        ref = DateRef(0, 0, 1, "x", day.isoformat(), granularity, "It happened then.")
        return Event(start=day, label=day.isoformat(), ref=ref, article=story)

    days = [event(dt.date(2016, 11, d), "day") for d in range(20, 10, -1)] + [event(dt.date(2016, 10, 5), "day")]
    sections = year_sections(2016, days + [event(dt.date(2016, 1, 1), "year")])
    assert list(sections) == ["November 2016", "October 2016", "2016 as a whole"]
    assert year_sections(2016, days[:3]) == {"": days[:3]}  # a quiet year: one list


PERIODS = ("---\ndate: 2014-02-03\n---\n"
           "Orchards flowered early in the summer of 2012. Cider sales fell in the third quarter of 2013, as in "
           "the 1990s. Growers are now wary.\n")


def test_seasons_and_quarters_go_on_the_timeline_decades_and_the_present_stay_off(nlp):
    article, _ = parse_article(PERIODS.encode(), "seeds/periods.txt", "periods")
    [parsed] = annotate([article], nlp)
    pages = render_pages(assemble([analyse(parsed)]))
    timeline = pages["timeline.md"]
    events = [line for line in timeline.splitlines() if line.startswith("- **")]
    assert events == ["- **third quarter of 2013** · Cider sales fell in **the third quarter of 2013**, as in the "
                      "1990s. ([Orchards flowered early in the summer of 2012](articles/periods.md))",
                      "- **summer 2012** · Orchards flowered **early in the summer of 2012**. ([Orchards flowered "
                      "early in the summer of 2012](articles/periods.md))"]
    meta = yaml.safe_load(pages["articles/periods.md"].split("---\n", 2)[1])
    shown = {d["text"]: (d["value"], d["granularity"], d["label"]) for d in meta["dates"]}
    assert shown == {"early in the summer of 2012": ("2012-SU", "season", "summer 2012"),
                     "the third quarter of 2013": ("2013-Q3", "quarter", "third quarter of 2013"),
                     "the 1990s": ("199X", "decade", "the 1990s"), "now": ("PRESENT_REF", "reference", "the present")}
