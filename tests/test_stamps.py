"""Page stamps (`digest.render.stamps`), the pages' keys: a page whose stamp is unchanged has an unchanged
text, whatever changed elsewhere in the digest, so a rebuild may skip making it."""

import dataclasses
import datetime as dt
import hashlib
import pickle
from pathlib import PurePosixPath

import pytest

from digest.resolve.assemble import assemble
from digest.model import AnnotatedArticle
from digest.render.pages import plan_pages
from digest.render.site import Listed
from digest.render.stamps import Analysed, stamp
from tests.test_render import named, neighbours_in_may


def planned(articles: list[AnnotatedArticle], taxonomy=None) -> dict[str, tuple[str, str]]:
    """(text, stamp) of each keyed page of the digest of `articles`, fingerprinted as the cache does."""
    fingerprints = {a.article.id: hashlib.sha256(pickle.dumps(a)).hexdigest() for a in articles}
    digest = assemble(articles, taxonomy=taxonomy, fingerprints=fingerprints)
    return {uri: (page.render(), page.key) for uri, page in plan_pages(digest).items() if page.key}


def assert_stamps_cover_pages(before: dict, after: dict) -> int:
    """Every page whose stamp is the same on both sides has the same text; how many pages were."""
    same = [uri for uri in before.keys() & after.keys() if before[uri][1] == after[uri][1]]
    assert [uri for uri in same if before[uri][0] != after[uri][0]] == []
    return len(same)


def moved(article: AnnotatedArticle, **changes) -> AnnotatedArticle:
    return dataclasses.replace(article, article=dataclasses.replace(article.article, **changes))


def variants(seeds: list[AnnotatedArticle]) -> dict[str, list[AnnotatedArticle]]:
    """The seeds with one thing changed: an article taken out, redated, retitled, repeated, or joined by
    an article naming two of their actors together."""
    first, *rest = seeds
    found = {f"without {a.article.id}": [b for b in seeds if b is not a] for a in seeds}
    found["redated"] = [moved(first, date=dt.date(2031, 1, 1)), *rest]
    found["retitled"] = [moved(first, title="Another title"), *rest]
    found["repeated"] = [*seeds, moved(first, id="copy", path="copy.txt", date=dt.date(2031, 1, 2))]
    people = sorted({local.name for a in seeds for local in a.actors if local.type == "person"})
    found["joined"] = [*seeds, named("joined", people[:2], first.article.date)]
    return found


@pytest.fixture(scope="module")
def seeds(annotated_seeds):
    return list(annotated_seeds.values())


def test_an_unchanged_stamp_means_an_unchanged_page_over_edits_of_the_seeds(seeds, taxonomy):
    base = planned(seeds, taxonomy)
    assert base and all(stamp for _, stamp in base.values())
    kept = {}
    for name, articles in variants(seeds).items():
        other = planned(articles, taxonomy)
        kept[name] = assert_stamps_cover_pages(base, other)
        assert_stamps_cover_pages(other, base)
        assert kept[name] < len(base.keys() & other.keys()), name  # each change shows on some page
    # A new article or title elsewhere leaves most pages as they were: their stamps say so.
    assert kept["joined"] > len(base) / 2 and kept["retitled"] > 0


def test_stamps_follow_what_an_actors_charts_read_from_elsewhere():
    may = neighbours_in_may()
    base = planned(may)
    alice = "actors/alice-xavier.md"
    for extra, alice_changes in [
            (named("a3", ["Boris Brown", "Carla Chen"], dt.date(2025, 5, 10)), True),  # her neighbours meet
            (named("a4", ["Dora Dunn"], dt.date(2025, 9, 1)), True),  # the digest's dates stretch
            (named("a5", ["Dora Dunn"], dt.date(2025, 5, 10)), False)]:  # nothing she shows
        other = planned([*may, extra])
        assert_stamps_cover_pages(base, other)
        assert (other[alice] != base[alice]) == alice_changes, extra.article.id


def test_pages_have_no_key_without_fingerprints():
    digest = assemble([named(f"a{n}", ["Alice Xavier"], dt.date(2025, 5, n)) for n in (1, 2, 3)])
    pages = plan_pages(digest)
    assert pages["actors/alice-xavier.md"].key is None  # made and compared with the file on every build


def test_a_stamp_depends_on_values_only():
    import sys

    joined = "".join(["Alice ", "Xavier"])
    assert stamp(joined, [("a", 1, None, 0.5)]) == stamp(sys.intern("Alice Xavier"), [("a", 1, None, 0.5)])
    assert stamp("a", 1) != stamp("a", 2)
    assert stamp(dt.date(2025, 5, 1)) == stamp(dt.date(2025, 5, 1)) != stamp(dt.date(2025, 5, 2))
    with pytest.raises(TypeError, match="a page.s inputs hold a PurePosixPath"):
        stamp(PurePosixPath("a.txt"))  # a value with no plain form is refused, not hashed by its identity


def test_a_pages_inputs_are_hashed_by_their_values_and_an_analysis_by_its_fingerprint(seeds):
    listed = Listed("a", "Title", dt.date(2025, 5, 1), None, "articles/a.md")
    key = stamp(Analysed("f1", seeds[0]), listed)
    assert stamp(Analysed("f1", seeds[1]), listed) == key  # the fingerprint stands for the whole analysis
    assert stamp(Analysed("f2", seeds[0]), listed) != key
    assert stamp(Analysed("f1", seeds[0]), dataclasses.replace(listed, title="Another")) != key


def test_an_added_article_changes_the_archive_and_timeline_pages_of_its_months_only(seeds, taxonomy, monkeypatch):
    import digest.render.sections
    from digest.render.timeline import timeline_events

    monkeypatch.setattr(digest.render.sections, "INDEX_ROWS", 2)  # the archive and the timeline go by month
    added = moved(seeds[0], id="added", path="added.txt", date=dt.date(2031, 1, 2))
    added = dataclasses.replace(added, dates=tuple(ref for ref in added.dates if ref.value)[-1:])  # one date named
    base, other = planned(seeds, taxonomy), planned([*seeds, added], taxonomy)
    assert_stamps_cover_pages(base, other)
    assert_stamps_cover_pages(other, base)
    archive = [uri for uri in base if uri.startswith("articles/index/")]
    timeline = [uri for uri in base if uri.startswith("timeline/")]
    assert archive and timeline and "articles/index/2031-01.md" in other.keys() - base.keys()
    assert all(other[uri][1] == base[uri][1] for uri in archive)  # the seeds' months
    years = {str(event.start.year) for event in timeline_events(assemble([added]))}
    kept = [uri for uri in timeline if uri.split("/")[1][:4] not in years]
    assert kept and all(other[uri][1] == base[uri][1] for uri in kept)  # the years the added article names no date of
    assert any(other.get(uri, ("", ""))[1] != base[uri][1] for uri in timeline if uri not in kept)


def test_an_article_added_in_a_month_changes_that_months_archive_pages(seeds, taxonomy, monkeypatch):
    import digest.render.indexes
    import digest.render.sections

    monkeypatch.setattr(digest.render.sections, "INDEX_ROWS", 2)  # every index by month or by initial
    monkeypatch.setattr(digest.render.indexes, "SPEAKERS_PER_PAGE", 1)
    first = seeds[0].article.date
    base = planned(seeds, taxonomy)
    other = planned([*seeds, moved(seeds[0], id="same-month", path="same-month.txt")], taxonomy)
    assert_stamps_cover_pages(base, other)
    assert_stamps_cover_pages(other, base)
    month = f"articles/index/{first:%Y-%m}.md"
    assert base[month][1] != other[month][1] and "same-month.md" in other[month][0]
    keyed = {uri.split("/")[0] + "/" + uri.split("/")[1] for uri in base if "/" in uri}
    assert {"quotes/by-name", "quotes/unnamed", "actors/by-name", "articles/index", "timeline/2025-03.md"} <= keyed


def test_an_article_quoting_unnamed_sources_only_changes_no_quotes_page_by_name(seeds, taxonomy, monkeypatch):
    import digest.render.indexes

    monkeypatch.setattr(digest.render.indexes, "SPEAKERS_PER_PAGE", 1)  # every speaker on the pages by name
    first = seeds[0]
    unnamed = tuple(dataclasses.replace(quote, speaker="a source", speaker_key=None, method="unnamed")
                    for quote in first.quotes)
    added = dataclasses.replace(moved(first, id="unnamed", path="unnamed.txt"), quotes=unnamed)
    base, other = planned(seeds, taxonomy), planned([*seeds, added], taxonomy)
    by_name = [uri for uri in base if uri.startswith("quotes/by-name/")]
    assert by_name and all(other[uri] == base[uri] for uri in by_name)
    assert "quotes of [unnamed sources](../unnamed.md) are on pages of their own" in base[by_name[0]][0]
    unnamed_pages = [uri for uri in base if uri.startswith("quotes/unnamed")]
    assert any(other[uri] != base[uri] for uri in unnamed_pages)


def test_an_actors_further_pages_are_keyed_by_what_they_list(monkeypatch):
    import digest.render.actor

    monkeypatch.setitem(digest.render.actor.ACTOR_ROWS, "articles", 1)  # one article a page: three pages
    may = [named(f"a{n}", ["Alice Xavier", "Boris Brown"], dt.date(2025, 5, n)) for n in (1, 2, 3)]
    base = planned(may)
    pages = ["actors/alice-xavier.md", "actors/alice-xavier/2.md", "actors/alice-xavier/3.md"]
    assert all(base[uri][1] for uri in pages)  # each has a key, not only the first
    # An article elsewhere in the same days leaves her pages as they were, keys and all; her newest article
    # retitled changes the page that lists it (her first: newest first). (Each page's inputs hold all her lists,
    # so the other pages get new keys too and are made again, the same text.)
    assert all(planned([*may, named("a4", ["Dora Dunn"], dt.date(2025, 5, 2))])[uri] == base[uri] for uri in pages)
    other = planned([moved(may[2], title="Alice, retitled"), *may[:2]])
    assert_stamps_cover_pages(base, other)
    assert other[pages[0]][1] != base[pages[0]][1] and "Alice, retitled" in other[pages[0]][0]
    assert [other[uri][0] for uri in pages[1:]] == [base[uri][0] for uri in pages[1:]]
