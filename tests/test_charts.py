"""Pictures drawn at build time: the numbers they draw, escaped names, same bytes every time, and the built pages."""

import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from conftest import copy_project
from digest.render.charts import (SparkSpan, actor_neighbourhood, actor_network, coverage_timeline, mention_sparkline,
                                  num, shared_articles)
from digest.model import Actor, ActorArticle, Article, DateRef, Digest
from digest.render.site import Site
from digest.publish.search import indexed_pages
from digest.render.timeline import Event

SVG = "{http://www.w3.org/2000/svg}"


def actor(actor_id: str, name: str, articles: dict[str, int], type_: str = "person") -> Actor:
    """An actor named in the given articles, with that many mentions in each."""
    return Actor(id=actor_id, name=name, type=type_, aliases=(),
                 appearances=tuple(ActorArticle(article_id=a, local_key="k", mentions=n) for a, n in articles.items()))


def article(article_id: str, date: dt.date | None) -> Article:
    return Article(id=article_id, path=f"{article_id}.md", title=article_id, date=date, paragraphs=())


def event(date: dt.date, granularity: str = "day") -> Event:
    ref = DateRef(paragraph=0, start=0, end=1, text="x", value=date.isoformat(), granularity=granularity, sentence="x")
    return Event(start=date, label=date.isoformat(), ref=ref, article=article("a", date))


XLINK = "{http://www.w3.org/1999/xlink}href"


def href(actor_id: str) -> str:
    return f"../{actor_id}/"


def parse(fragment: str) -> ET.Element:
    """The chart as XML: it must be well formed, whatever the names in it."""
    return ET.fromstring(fragment)


def image(figure: ET.Element) -> ET.Element:
    return next(svg for svg in figure.iter(f"{SVG}svg") if svg.get("role") == "img")


def edge_titles(figure: ET.Element) -> dict[str, float]:
    """Each drawn line's tooltip, with its stroke width."""
    return {path.find(f"{SVG}title").text: float(path.get("stroke-width"))
            for path in figure.iter(f"{SVG}path") if path.find(f"{SVG}title") is not None}


PEOPLE = [actor("ann", "Ann Lee", {"a1": 3, "a2": 1, "a3": 1}), actor("bob", "Bob Ray", {"a1": 1, "a2": 2}),
          actor("cal", "Cal Oak", {"a3": 1}, "place"), actor("dee", "Dee Fox", {"a4": 1}, "organisation")]


def test_network_edges_are_weighted_by_shared_articles():
    assert shared_articles(PEOPLE) == {("ann", "bob"): 2, ("ann", "cal"): 1}
    figure = parse(actor_network(PEOPLE, href))
    edges = edge_titles(figure)
    assert set(edges) == {"Ann Lee and Bob Ray: 2 shared articles", "Ann Lee and Cal Oak: 1 shared article"}
    assert edges["Ann Lee and Bob Ray: 2 shared articles"] > edges["Ann Lee and Cal Oak: 1 shared article"]
    assert "Strongest links: Ann Lee and Bob Ray (2 articles)" in image(figure).find(f"{SVG}desc").text


def test_network_nodes_link_to_actor_pages_outside_the_image():
    figure = parse(actor_network(PEOPLE, href))
    links = {a.get(XLINK): a.find(f"{SVG}text").text for a in figure.iter(f"{SVG}a")}
    assert links == {"../ann/": "Ann Lee", "../bob/": "Bob Ray", "../cal/": "Cal Oak", "../dee/": "Dee Fox"}
    drawing = image(figure)
    assert drawing.find(f"{SVG}title").text == "Network of the 4 actors named in most articles"
    assert not list(drawing.iter(f"{SVG}a"))  # an image's children are presentational: no links inside it


def test_network_keeps_the_actors_in_most_articles():
    figure = parse(actor_network(PEOPLE, href, limit=2))
    assert [a.get(XLINK) for a in figure.iter(f"{SVG}a")] == ["../ann/", "../bob/"]


def test_a_hostile_name_is_text():
    name = '<script>alert("x")</script> & Co'
    hostile = [actor("evil", name, {"a1": 1}), actor("ann", "Ann Lee", {"a1": 2, "a2": 1})]
    network = actor_network(hostile, href)
    assert "<script>" not in network and "&lt;script&gt;" in network
    link = next(a for a in parse(network).iter(f"{SVG}a") if a.get(XLINK) == "../evil/")
    assert link.find(f"{SVG}title").text == f"{name}: 1 article"  # the tooltip has the name in full
    assert link.find(f"{SVG}text").text == name[:27] + "…"  # the label is cut short
    around = actor_neighbourhood(hostile[1], [(hostile[0], 1)], href)
    assert "<script>" not in around and name in "".join(parse(around).itertext())
    spark = mention_sparkline(hostile[0], {"a1": dt.date(2025, 3, 3)},
                              SparkSpan.of((dt.date(2025, 3, 1), dt.date(2025, 3, 9))))
    assert "<script>" not in spark
    assert parse(spark).find(f".//{SVG}title").text == f"Mentions of {name} per week"


def test_a_name_over_several_lines_keeps_the_chart_one_html_block():
    spread = [actor("ann", "Ann\n\nLee", {"a1": 1}), actor("bob", "Bob Ray", {"a1": 1, "a2": 1})]
    for chart in (actor_network(spread, href), actor_neighbourhood(spread[1], [(spread[0], 1)], href)):
        assert "\n\n" not in chart and "Ann Lee" in chart


def test_charts_are_the_same_bytes_whatever_the_input_order():
    assert actor_network(PEOPLE, href) == actor_network(list(reversed(PEOPLE)), href)
    companions = [(PEOPLE[1], 2), (PEOPLE[2], 1)]
    assert actor_neighbourhood(PEOPLE[0], companions, href) == actor_neighbourhood(PEOPLE[0], companions, href)
    articles = [article("a1", dt.date(2025, 3, 1)), article("a2", dt.date(2025, 3, 3)), article("a3", None)]
    events = [event(dt.date(2025, 3, 2)), event(dt.date(2025, 3, 3))]
    assert coverage_timeline(articles, events) == coverage_timeline(articles[::-1], events[::-1])
    coordinates = re.findall(r'(?<![\w-])(?:x|y|width|height|cx|cy|r)="(-?[\d.]+)"', actor_network(PEOPLE, href))
    assert coordinates and all(len(c.partition(".")[2]) <= 1 for c in coordinates)  # one decimal at most


def test_empty_data_gives_a_sentence():
    assert actor_network(PEOPLE[:1], href) == (
        '<p class="digest-chart-empty" data-search-exclude="">'
        "No two actors appear in the same article, so there is no network to draw.</p>")
    assert actor_network([PEOPLE[0], PEOPLE[3]], href).startswith('<p class="digest-chart-empty"')
    assert "appears in no article with another actor" in actor_neighbourhood(PEOPLE[3], [], href)
    assert "named in one article, so the actors below all share just that one" in actor_neighbourhood(
        PEOPLE[2], [(PEOPLE[0], 1)], href)
    assert coverage_timeline([article("a1", None)], []) == (
        '<p class="digest-chart-empty" data-search-exclude="">'
        "No article has a publication date, so there is no coverage to draw. 1 undated article left out.</p>")
    assert "undated articles only" in mention_sparkline(PEOPLE[0], {"a1": None}, None)


def test_neighbourhood_puts_the_actor_in_the_middle_and_its_companions_around():
    ann, bob, cal, dee = PEOPLE
    figure = parse(actor_neighbourhood(ann, [(bob, 2), (cal, 1)], href))
    assert [a.get(XLINK) for a in figure.iter(f"{SVG}a")] == ["../bob/", "../cal/"]  # people, then places
    own = figure.find(f".//{SVG}g[@class='digest-edges']")
    assert [float(path.get("stroke-width")) for path in own] == [2.3, 4.0]  # Cal (1 article), then Bob (2)
    assert image(figure).find(f"{SVG}title").text == "Actors appearing most with Ann Lee"
    assert "Bob Ray (2 articles); Cal Oak (1 article)" in image(figure).find(f"{SVG}desc").text


def bars(figure: ET.Element) -> list[str]:
    return [rect.find(f"{SVG}title").text for rect in figure.iter(f"{SVG}rect")]


def test_timeline_counts_articles_per_day_and_leaves_out_undated():
    articles = [article("a1", dt.date(2025, 3, 1)), article("a2", dt.date(2025, 3, 3)),
                article("a3", dt.date(2025, 3, 3)), article("a4", None)]
    events = [event(dt.date(2025, 3, 2)), event(dt.date(2025, 3, 2)), event(dt.date(2025, 3, 1), "month"),
              event(dt.date(2020, 1, 1))]
    figure = parse(coverage_timeline(articles, events))
    assert bars(figure) == ["2025-03-01: 1 article", "2025-03-03: 2 articles"]
    assert [c.find(f"{SVG}title").text for c in figure.iter(f"{SVG}circle")] == ["2025-03-02: 2 named dates"]
    caption = figure.find("figcaption").text
    assert "1 undated article left out." in caption
    assert "2 named dates outside this span or less precise than a day not drawn" in caption
    labels = [t.text for t in image(figure).iter(f"{SVG}text")]
    assert "2 articles" in labels and "2025-02-18" in labels  # the y scale; a fortnight is drawn at least


def test_timeline_counts_weeks_over_a_long_span():
    articles = [article(f"a{i}", dt.date(2025, 1, 1) + dt.timedelta(days=10 * i)) for i in range(20)]
    figure = parse(coverage_timeline(articles, []))
    assert image(figure).find(f"{SVG}title").text == "Coverage by week"
    assert bars(figure)[:2] == ["2024-12-30: 1 article", "2025-01-06: 1 article"]  # weeks start on Monday
    assert len(bars(figure)) == 20


def test_sparkline_sums_mentions_per_week_in_dated_articles():
    dates = {"a1": dt.date(2025, 3, 3), "a2": dt.date(2025, 3, 5), "a3": dt.date(2025, 3, 20), "a4": None}
    ann = actor("ann", "Ann Lee", {"a1": 2, "a2": 3, "a3": 1, "a4": 9})
    figure = parse(mention_sparkline(ann, dates, SparkSpan.of((dt.date(2025, 3, 1), dt.date(2025, 3, 31)))))
    assert bars(figure) == ["2025-03-03: 5 mentions", "2025-03-17: 1 mention"]
    assert figure.find("figcaption").text == ("Mentions per week from 2025-02-24 to 2025-03-31 "
                                              "(undated articles not counted)")


def test_numbers_are_rounded_to_one_decimal():
    assert [num(x) for x in (1.0, 1.25, -0.04, 12.345)] == ["1", "1.2", "0", "12.3"]


def test_links_in_raw_html_are_written_for_the_engine():
    digest = Digest(articles=(), actors=(PEOPLE[0],))
    built = Site.of(digest, "directory")  # MkDocs leaves raw HTML alone: the URLs of the built pages
    assert built.html_link("actors/index.md", "actors/ann.md") == "ann/"
    assert built.html_link("actors/bob.md", "actors/ann.md") == "../ann/"
    assert built.html_link("timeline.md", "actors/ann.md") == "../actors/ann/"
    flat = Site.of(digest, "file")
    assert flat.html_link("actors/bob.md", "actors/ann.md") == "ann.html"
    assert flat.html_link("timeline.md", "actors/ann.md") == "actors/ann.html"
    source = Site.of(digest)  # Zensical rewrites .md links in raw HTML as in Markdown
    assert source.html_link("timeline.md", "actors/ann.md") == "actors/ann.md"


# ---- the built site --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = copy_project(tmp_path_factory.mktemp("charts-project"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return folder / "site"


def figures(html: str) -> list[ET.Element]:
    """The charts of a built page, parsed: Markdown left them whole."""
    return [ET.fromstring(block) for block in re.findall(r'<figure class="digest-chart.*?</figure>', html, re.S)]


@pytest.mark.parametrize("page, kinds", [
    ("actors/index.html", ["digest-network"]),
    ("actors/vladimir-putin/index.html", ["digest-sparkline", "digest-neighbourhood"]),
    ("timeline/index.html", ["digest-timeline"]),
])
def test_built_pages_show_their_pictures_with_working_links(site, page, kinds):
    path = site / page
    charts = figures(path.read_text(encoding="utf-8"))
    assert [f.get("class").split()[1] for f in charts] == kinds
    for chart in charts:
        drawing = image(chart)
        assert drawing.find(f"{SVG}title").text and drawing.find(f"{SVG}desc").text
        for link in chart.iter(f"{SVG}a"):
            target = (path.parent / link.get(XLINK)).resolve()
            assert target.relative_to(site.resolve()).parts[0] == "actors"
            assert (target / "index.html").is_file(), link.get(XLINK)
    if "digest-network" in kinds or "digest-neighbourhood" in kinds:
        names = [a.find(f"{SVG}text").text for chart in charts for a in chart.iter(f"{SVG}a")]
        assert "Dmitry Peskov" in names or "Donald Trump" in names


def test_actors_index_network_links_every_actor_it_draws(site):
    html = (site / "actors/index.html").read_text(encoding="utf-8")
    network = figures(html)[0]
    hrefs = [a.get(XLINK) for a in network.iter(f"{SVG}a")]
    pages = sum(1 for folder in (site / "actors").iterdir() if folder.is_dir() and folder.name != "by-name")
    assert len(hrefs) == len(set(hrefs)) == min(30, pages) > 10 and "vladimir-putin/" in hrefs


def test_dates_at_the_ends_of_the_calendar_give_a_chart_of_years():
    articles = [article("a1", dt.date(1, 1, 1)), article("a2", dt.date(9999, 12, 31))]
    figure = parse(coverage_timeline(articles, [event(dt.date(9999, 12, 31))]))
    assert image(figure).find(f"{SVG}title").text == "Coverage by year"
    assert bars(figure) == ["0001: 1 article", "9999: 1 article"]
    assert float(image(figure).get("width")) < 1000  # thousands of bins share the width of a few
    spark = parse(mention_sparkline(actor("x", "X", {"a1": 1}), {"a1": dt.date(9999, 12, 31)},
                                    SparkSpan.of((dt.date(1, 1, 1), dt.date(9999, 12, 31)))))
    assert bars(spark) == ["9999: 1 mention"]


def test_pictures_stay_out_of_the_search_index(site):
    pages = indexed_pages(site)
    assert "Vladimir Putin" in pages["/actors/vladimir-putin/"]  # the Timeline, which draws the coverage, is not searched
    charted = [url for url, text in pages.items()
               if "shared article" in text or "Mentions of" in text or "Coverage by" in text]
    assert charted == []


def test_neighbourhood_sizes_and_titles_companions_by_the_articles_they_share_with_the_actor():
    ann, bob, cal, _ = PEOPLE
    figure = parse(actor_neighbourhood(ann, [(bob, 2), (cal, 1)], href))
    tips = {a.get(XLINK): a.find(f"{SVG}title").text for a in figure.iter(f"{SVG}a")}
    assert tips == {"../bob/": "Bob Ray: 2 articles with Ann Lee", "../cal/": "Cal Oak: 1 article with Ann Lee"}
    # An article naming Bob but not Ann changes nothing on Ann's page.
    busier_bob = dataclasses.replace(bob, appearances=bob.appearances + (ActorArticle("elsewhere", "k", 3),))
    assert actor_neighbourhood(ann, [(busier_bob, 2), (cal, 1)], href) == actor_neighbourhood(
        ann, [(bob, 2), (cal, 1)], href)
