import dataclasses
import gc
import datetime as dt
import re

import yaml

from digest.resolve.assemble import assemble
from digest.model import AnnotatedArticle, Article, Digest, LocalActor, Mention, Paragraph, Quote
from digest.render.pages import plan_pages, render_pages
from digest.render.site import Markdown, Site, escape, front_matter, link


def split_page(text: str) -> tuple[dict, str]:
    _, meta, body = text.split("---\n", 2)
    return yaml.safe_load(meta), body


def test_escape_makes_markup_literal():
    assert escape("<script>alert(1)</script>") == "&#60;script&#62;alert(1)&#60;/script&#62;"
    assert escape("{{ config }} *bold* [x](javascript:alert(1))") == (
        "&#123;&#123; config &#125;&#125; &#42;bold&#42; &#91;x&#93;(javascript&#58;alert(1))")
    assert escape("# not a heading") == "&#35; not a heading"
    assert escape("1. not a list") == "&#49;. not a list"
    assert escape(Markdown("[kept](x.md)")) == "[kept](x.md)"
    assert escape("a\u00a0b\tc  d\ne\u2028f g") == "a b c d e f g"  # any run of whitespace is one space


def test_links_are_relative_between_pages():
    assert link("articles/a.md", "actors/b.md") == "../actors/b.md"
    assert link("index.md", "actors/b.md") == "actors/b.md"


def test_article_page_front_matter_groups_actors_with_counts(annotated_seeds):
    pages = render_pages(assemble(list(annotated_seeds.values())))
    meta, body = split_page(pages["articles/003_6bdd04a2754529d5.md"])
    assert meta["date"] is None
    people = {p["name"]: p for p in meta["actors"]["people"]}
    assert people["Dmitry Peskov"] == {"name": "Dmitry Peskov", "id": "dmitry-peskov", "mentions": 1}
    assert people["Vladimir Putin"]["mentions"] >= 6
    assert "spokesman [Dmitry Peskov](../actors/dmitry-peskov.md)" in body


def test_pages_for_mkdocs_link_by_html_anchors_to_the_built_pages(annotated_seeds):
    """The pages the plugin hands MkDocs (`anchors`) write each link between pages as the anchor MkDocs makes of
    the Markdown link, which `digest build`'s pages keep."""
    digest = assemble(list(annotated_seeds.values()))
    source = render_pages(digest, "directory")
    built = {uri: planned.render() for uri, planned in
             plan_pages(digest, "directory", keyed=False, anchors=True).items()}
    assert source.keys() == built.keys()
    page = "articles/003_6bdd04a2754529d5.md"
    assert "spokesman [Dmitry Peskov](../actors/dmitry-peskov.md)" in split_page(source[page])[1]
    assert 'spokesman <a href="../../actors/dmitry-peskov/">Dmitry Peskov</a>' in split_page(built[page])[1]
    assert not [uri for uri, text in built.items() if re.search(r"\]\((?!https?:)", text)]  # no Markdown link left
    assert [uri for uri, text in source.items() if re.search(r"\]\((?!https?:)", text)]


def test_actor_page_lists_its_articles_newest_first(annotated_seeds):
    pages = render_pages(assemble(list(annotated_seeds.values())))
    meta, body = split_page(pages["actors/vladimir-putin.md"])
    assert meta["type"] == "person" and meta["articles"] == 3
    dated = body.index("articles/000_757f1b2ff7ec1d9c.md")
    assert dated < body.index("articles/001_c776b1ad787587dd.md") < body.index("articles/003_6bdd04a2754529d5.md")


def test_rendering_is_deterministic(annotated_seeds):
    first = render_pages(assemble(list(annotated_seeds.values())))
    second = render_pages(assemble(list(reversed(list(annotated_seeds.values())))))
    assert first == second


def test_article_pages_never_take_a_name_mkdocs_reserves():
    def annotated(article_id):
        paragraph = Paragraph(index=0, text="Text.", kind="text", line=1)
        return AnnotatedArticle(article=Article(id=article_id, path=f"{article_id}.md", title="T", date=None,
                                                paragraphs=(paragraph,)), actors=())
    ids = ["README", "index", "Index", "..", ".hidden", "a/b", "readme-2"]
    site = Site.of(Digest(articles=tuple(annotated(i) for i in ids), actors=()))
    assert site.article_uri == {
        "..": "articles/article.md", ".hidden": "articles/hidden.md", "Index": "articles/Index-2.md",
        "README": "articles/README-2.md", "a/b": "articles/a-b.md", "index": "articles/index-3.md",
        "readme-2": "articles/readme-2-2.md"}


def test_front_matter_lines_never_start_with_a_document_marker():
    # A long value folded over lines could start a line with "..." or "---": a document marker to
    # stricter YAML readers (Zensical's) even when indented.
    text = "We can. ... The rest --- and more. " * 40
    lines = str(front_matter({"quotes": [{"text": text}], "title": "A " + text})).splitlines()[1:-1]
    assert not [line for line in lines if line.lstrip().startswith(("...", "---"))]
    assert yaml.safe_load("\n".join(lines))["quotes"][0]["text"] == text


def named(article_id: str, names: list[str], date: dt.date) -> AnnotatedArticle:
    """A hand-made analysis of an article that names these people."""
    text = ", ".join(names)
    actors, start = [], 0
    for name in names:
        mention = Mention(0, start, start + len(name), name, name, "PERSON", "person")
        actors.append(LocalActor(f"person:{name}", name, "person", (mention,)))
        start += len(name) + 2
    return AnnotatedArticle(Article(article_id, f"{article_id}.txt", article_id, date,
                                    (Paragraph(0, text, "text", 1),)), tuple(actors))


def actor_page_of(articles: list[AnnotatedArticle], uri: str = "actors/alice-xavier.md") -> tuple[str, str]:
    """(key, text) of an actor's page in the digest of `articles`, each analysis known by a fingerprint."""
    planned = plan_pages(assemble(articles, fingerprints={a.article.id: repr(a) for a in articles}))[uri]
    return planned.key, planned.render()


def neighbours_in_may() -> list[AnnotatedArticle]:
    """Alice Xavier named with Boris Brown, then with Carla Chen, in May 2025; each of the three in three
    articles (so each has a page), Boris and Carla never together."""
    return [named("a0", ["Alice Xavier"], dt.date(2025, 5, 1)),
            named("a1", ["Alice Xavier", "Boris Brown"], dt.date(2025, 5, 1)),
            named("a2", ["Alice Xavier", "Carla Chen"], dt.date(2025, 5, 20)),
            named("b1", ["Boris Brown"], dt.date(2025, 5, 2)), named("b2", ["Boris Brown"], dt.date(2025, 5, 3)),
            named("c1", ["Carla Chen"], dt.date(2025, 5, 2)), named("c2", ["Carla Chen"], dt.date(2025, 5, 3))]


def test_an_actor_page_key_covers_what_its_charts_read_from_elsewhere():
    may = neighbours_in_may()
    key, text = actor_page_of(may)
    # Alice's neighbours come to share an article without her: the chart's pale line between them is new.
    together = actor_page_of([*may, named("a3", ["Boris Brown", "Carla Chen"], dt.date(2025, 5, 10))])
    assert together[0] != key and together[1] != text
    # A later article elsewhere stretches the digest's dates, which every sparkline spans.
    later = actor_page_of([*may, named("a4", ["Dora Dunn"], dt.date(2025, 9, 1))])
    assert later[0] != key and later[1] != text
    # An article elsewhere within the same dates leaves the page (and its key) as it was.
    assert actor_page_of([*may, named("a5", ["Dora Dunn"], dt.date(2025, 5, 10))]) == (key, text)


def test_an_article_known_by_its_fingerprint_is_keyed_by_it():
    articles = [named(f"a{n}", ["Alice Xavier", "Boris Brown"], dt.date(2025, 5, n))
                for n in (1, 2, 3)]  # in three articles: actor pages

    def keys(fingerprints):
        return {uri: planned.key for uri, planned in plan_pages(assemble(articles, fingerprints=fingerprints)).items()
                if planned.key}

    first, again = keys({"a1": "analysis 1", "a2": "b", "a3": "c"}), keys({"a1": "analysis 1", "a2": "b", "a3": "c"})
    other = keys({"a1": "analysis 2", "a2": "b", "a3": "c"})
    assert first == again
    # Another analysis of the same article (new rules, another model) makes its page again; its actors' pages are
    # keyed by what they show of it (its title, date and source, their mentions, its quotes), the same here.
    assert {uri for uri in first if first[uri] != other[uri]} == {"articles/a1.md"}


def test_a_quotation_with_an_unsure_speaker_says_so_and_names_nobody(nlp):
    from digest.annotate.parse import annotate
    from digest.annotate.analyse import analyse
    from digest.read.articles import parse_article

    text = 'The vote was held on Monday.\n\n"We will win this," he said.\n\nThe vote is in "early May".\n'
    article, _ = parse_article(text.encode(), "seeds/t.md", "t")
    annotated = analyse(annotate([article], nlp)[0])
    pages = render_pages(assemble([annotated]))
    _, body = split_page(pages["articles/t.md"])
    assert '<span class="digest-quote" id="' in body and "speaker not identified</span>" in body
    assert body.count("speaker not identified") == 1  # the term "early May" is no quotation
    assert "digest-term" in body
    assert all(page.count("We will win this") == 0 for uri, page in pages.items() if uri.startswith("actors/"))


def test_prominence_orders_the_actors_index_and_boosts_search(annotated_seeds):
    digest = assemble(list(annotated_seeds.values()))
    pages = render_pages(digest)
    putin = next(a for a in digest.actors if a.name == "Vladimir Putin")
    once = min((a for a in digest.actors if a.has_page), key=lambda a: a.prominence)
    assert putin.prominence == max(a.prominence for a in digest.actors) and once.prominence < 2 < putin.prominence
    meta, _ = split_page(pages[f"actors/{putin.id}.md"])
    assert meta["prominence"] == putin.prominence and meta["search"]["boost"] > 1
    assert split_page(pages[f"actors/{once.id}.md"])[0]["search"]["boost"] < 1
    index = pages["actors/index.md"]
    people = index[index.index("## People"):]
    assert people.index("Vladimir Putin") < people.index(next(
        a.name for a in digest.actors if a.type == "person" and a.prominence < putin.prominence))


def quoting(annotated: AnnotatedArticle, name: str) -> AnnotatedArticle:
    """The article with one quotation said by its actor `name`."""
    paragraph = Paragraph(1, '"We will build it," she said.', "text", 1)
    quote = Quote(1, 1, 18, "We will build it,", name, f"person:{name}", "said", paragraph.text, id="q-1",
                  method="verb", confidence=0.9)
    article = annotated.article
    return dataclasses.replace(annotated, article=dataclasses.replace(article, paragraphs=(*article.paragraphs, paragraph)),
                               quotes=(quote,))


def test_a_name_in_one_article_unquoted_has_no_page_and_no_link():
    articles = [named("a1", ["Alice Xavier", "Boris Brown", "Carla Chen"], dt.date(2025, 5, 1)),
                named("a2", ["Alice Xavier", "Carla Chen"], dt.date(2025, 5, 2)),
                named("a3", ["Alice Xavier"], dt.date(2025, 5, 3))]
    pages = render_pages(assemble(articles))
    assert "actors/alice-xavier.md" in pages and "actors/boris-brown.md" not in pages
    assert "actors/carla-chen.md" not in pages  # two articles, never quoted: a passing name too
    _, body = split_page(pages["articles/a1.md"])
    assert "[Alice Xavier](../actors/alice-xavier.md)" in body
    assert "Boris Brown" in body and "boris-brown" not in body  # named, as plain text
    assert "boris-brown" not in pages["actors/index.md"] and "boris-brown" not in pages["actors/alice-xavier.md"]


def test_a_name_in_one_article_that_is_quoted_has_a_page_and_links():
    articles = [quoting(named("a1", ["Alice Xavier", "Boris Brown"], dt.date(2025, 5, 1)), "Boris Brown")]
    pages = render_pages(assemble(articles))
    assert "actors/boris-brown.md" in pages and "actors/alice-xavier.md" not in pages
    _, body = split_page(pages["articles/a1.md"])
    assert "[Boris Brown](../actors/boris-brown.md)" in body
    assert "[Boris Brown](actors/boris-brown.md)" in pages["quotes.md"]


def test_a_quoted_bare_surname_several_people_share_is_quoted_unlinked():
    articles = [named("a1", ["Boris Brown"], dt.date(2025, 5, 1)), named("a2", ["Wes Brown"], dt.date(2025, 5, 2)),
                quoting(named("a3", ["Brown"], dt.date(2025, 5, 3)), "Brown")]
    pages = render_pages(assemble(articles))
    assert "actors/brown.md" not in pages  # Boris or Wes: the article does not say
    assert "## Brown\n" in pages["quotes.md"] and "We will build it" in pages["quotes.md"]
    _, body = split_page(pages["articles/a3.md"])
    assert "Brown" in body and "actors/brown" not in body


def test_a_name_in_the_registry_has_a_page_from_its_first_article(tmp_path):
    from digest.resolve.registry import load_registry

    registry_file = tmp_path / "actors.yml"
    registry_file.write_text("actors:\n  - name: Boris Brown\n    type: person\n", encoding="utf-8")
    articles = [named("a1", ["Alice Xavier", "Boris Brown"], dt.date(2025, 5, 1))]
    pages = render_pages(assemble(articles, registry=load_registry(registry_file)))
    assert "actors/boris-brown.md" in pages and "actors/alice-xavier.md" not in pages


def test_rendered_pages_leave_no_context_for_the_garbage_collector(annotated_seeds):
    # A build renders thousands of pages with the collector paused: a page whose rendering left a reference
    # cycle (a macro imported with the page's context holds that context) would keep its values in memory
    # until the build ends. (The build's one template environment holds cycles of its own.)
    digest = assemble(list(annotated_seeds.values()))
    collecting = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        gc.set_debug(gc.DEBUG_SAVEALL)
        pages = render_pages(digest)
        gc.collect()
        contexts = sum(type(value).__name__ == "Context" for value in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if collecting:
            gc.enable()
    assert contexts <= 1 < len(pages)  # the shared macros' module's own, made once
    assert any("[Dmitry Peskov](../actors/dmitry-peskov.md)" in text for text in pages.values())
