"""`digest bench reach`: the share of the actor resolution an added article reaches."""

from digest.bench.reach import bare, join_keys, reach, report
from digest.resolve.actors import ARTICLE_KEY, PLACE_KEY


def test_join_keys_are_the_name_its_first_and_last_words_and_initials():
    assert join_keys("vera hale") == {"vera hale", "vera", "hale", "vh"}
    assert join_keys("reuters") == {"reuters"}


def test_a_group_key_is_bare_of_the_marks_the_resolution_adds():
    assert bare("york" + PLACE_KEY) == "york"
    assert bare("united" + ARTICLE_KEY + "art-1") == "united"


def test_each_bound_reaches_at_least_the_last_within_the_digest(seed_digest):
    measured = reach(seed_digest)
    assert set(measured.actors) == {annotated.article.id for annotated in seed_digest.articles}
    for article_id, own in measured.actors.items():
        assert 0 < own <= measured.join_keys[article_id] <= measured.words[article_id] <= 1


def test_an_article_alone_in_its_digest_reaches_all_of_it(seed_digest):
    from dataclasses import replace

    alone = replace(seed_digest, articles=seed_digest.articles[:1])
    measured = reach(alone)
    assert list(measured.words.values()) == [1.0]
    assert report(measured, 0.5)[0] == "resolve_actors over the whole digest: 0.50 s CPU"
