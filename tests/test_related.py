"""Related coverage: the same story links itself, and candidates are blocked, never all pairs."""

import datetime as dt

from digest.resolve import related
from digest.resolve.related import MAX_BLOCK, Profile, candidate_pairs, find_related, pair_numbers, score, wordings
from digest.model import AnnotatedArticle, Article, ArticleTerms, LocalActor, Mention, Paragraph


def test_seeds_000_and_001_rank_each_other_first(seed_digest):
    assert seed_digest.related["000_757f1b2ff7ec1d9c"][0].article_id == "001_c776b1ad787587dd"
    assert seed_digest.related["001_c776b1ad787587dd"][0].article_id == "000_757f1b2ff7ec1d9c"
    first = seed_digest.related["001_c776b1ad787587dd"][0]
    assert "vladimir-putin" in first.shared_actors


def profile(n, keys, date=None, actors=()):
    return Profile(f"a{n:05d}", date.toordinal() if date else None, frozenset(actors), {}, frozenset(keys))


def test_blocking_compares_only_articles_sharing_a_rare_key():
    # 2,000 articles: pairs share one story actor; every article names one ubiquitous actor.
    found = [profile(n, {f"actor:story-{n // 2}", "actor:everyone", f"term:word-{n % 7}"}) for n in range(2000)]
    pairs = candidate_pairs(found)
    assert pairs == {(n, n + 1) for n in range(0, 2000, 2)}


def test_oversized_blocks_are_cut_into_time_windows():
    start = dt.date(2025, 1, 1)
    found = [profile(n, {"actor:everyone"}, start + dt.timedelta(days=n)) for n in range(400)]
    pairs = candidate_pairs(found)
    assert pairs and len(pairs) < 400 * MAX_BLOCK  # near-linear, not 400 * 399 / 2
    assert all(abs(i - j) < 2 * 14 for i, j in pairs)  # only neighbours in time are compared
    assert (0, 1) in pairs and (0, 399) not in pairs


def test_a_missing_date_is_unknown_not_far():
    a = Profile("a", dt.date(2025, 3, 13).toordinal(), frozenset({"x"}), {"ceasefire": 1.0}, frozenset())
    undated = Profile("b", None, frozenset({"x"}), {"ceasefire": 1.0}, frozenset())
    weeks_later = Profile("c", dt.date(2025, 4, 21).toordinal(), frozenset({"x"}), {"ceasefire": 1.0}, frozenset())
    weight = {"x": 1.0}
    assert score(a, undated, weight)[0] > score(a, weeks_later, weight)[0]


def article(article_id, actor_names, lemmas, date=None):
    actors = tuple(LocalActor(f"person:{name}", name, "person", (Mention(0, 0, len(name), name, name, "PERSON",
                                                                         "person"),)) for name in actor_names)
    text = " ".join(actor_names)
    terms = ArticleTerms(tuple(sorted(lemmas)), (2,) * len(lemmas), (), 2 * len(lemmas))
    return AnnotatedArticle(Article(article_id, f"{article_id}.txt", article_id, date,
                                    (Paragraph(0, text, "text", 1),)), actors, terms=terms)


def test_same_story_links_and_unrelated_do_not():
    articles = [
        article("budget-a", ["Gordon Brown"], ["budget", "tax", "spending", "pension"], dt.date(2005, 3, 16)),
        article("budget-b", ["Gordon Brown"], ["budget", "tax", "pension", "stamp"], dt.date(2005, 3, 17)),
        article("rugby", ["Gordon Brown"], ["rugby", "try", "scrum", "wing"], dt.date(2005, 3, 16)),
    ]
    actor_of = {(a.article.id, local.key): "gordon-brown" for a in articles for local in a.actors}
    related = find_related(articles, actor_of)
    assert [r.article_id for r in related["budget-a"]] == ["budget-b"]
    assert "rugby" not in related


def test_wordings_are_the_dot_products_of_the_vectors():
    vectors = [{"budget": 0.8, "tax": 0.6}, {"tax": 0.6, "pension": 0.8}, {"rugby": 1.0}, {"budget": 0.6, "tax": 0.8}]
    found = [Profile(f"a{n}", None, frozenset(), vector, frozenset()) for n, vector in enumerate(vectors)]
    pairs = [(0, 1), (0, 2), (0, 3), (1, 3), (2, 3)]
    expected = [sum(w * found[j].vector.get(t, 0.0) for t, w in found[i].vector.items()) for i, j in pairs]
    numbers = pair_numbers(set(reversed(pairs)), len(found))
    assert numbers.tolist() == [i * len(found) + j for i, j in pairs]  # in the pairs' order
    assert wordings(found, numbers).tolist() == expected
    assert wordings(found, pair_numbers(set(), len(found))).tolist() == []


def test_wordings_in_chunks_of_pairs_are_the_same(monkeypatch):
    vectors = [{"budget": 0.8, "tax": 0.6}, {"tax": 0.6, "pension": 0.8}, {}, {"budget": 0.6, "tax": 0.8},
               {"pension": 1.0}]
    found = [Profile(f"a{n}", None, frozenset(), vector, frozenset()) for n, vector in enumerate(vectors)]
    numbers = pair_numbers({(i, j) for i in range(5) for j in range(i + 1, 5)}, len(found))
    whole = wordings(found, numbers).tolist()
    monkeypatch.setattr(related, "PAIRS_AT_ONCE", 3)  # chunks that end inside the pairs of one article
    assert wordings(found, numbers).tolist() == whole
    assert whole[numbers.tolist().index(1 * 5 + 4)] == 0.8  # "pension" alone
    assert whole[numbers.tolist().index(0 * 5 + 2)] == 0.0  # an article with no terms
