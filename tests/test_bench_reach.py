"""`digest bench reach`: the share of the actor resolution an added article reaches."""

from digest.bench.reach import Change, bare, changes, join_keys, reach, report, report_changes
from digest.resolve.actors import ARTICLE_KEY, PLACE_KEY
from tests.test_actors import organisation_in


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


def test_taking_out_the_article_naming_a_body_in_full_moves_its_short_forms_and_nothing_else_does():
    articles = [organisation_in("a", "House of Commons"), organisation_in("b", "Commons"),
                organisation_in("c", "Commons"), organisation_in("d", "Reuters")]
    found = changes(articles, range(4))
    # Without "a", the two "Commons" are an actor of their own: both move, and that actor is new.
    assert found == [Change("a", 2, 1), Change("b", 0, 0), Change("c", 0, 0), Change("d", 0, 0)]
    assert report_changes(found, 4)[1:] == [
        "  other articles' local actors resolved to another actor: median 0, none in 3, largest 2 (a)",
        "  actors it does not name shown otherwise, new or gone: median 0, none in 3, largest 1 (a)"]
