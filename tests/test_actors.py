from digest.actors import clean_name, cluster_mentions, resolve_actors, unique_slug
from digest.model import AnnotatedArticle, Article, LocalActor, Mention, Paragraph

from conftest import SEED_IDS


def people(annotated):
    return {a.name: a for a in annotated.actors if a.type == "person"}


def test_putin_is_one_person_in_each_seed_however_named(annotated_seeds):
    for article_id in SEED_IDS:
        putins = [a for a in annotated_seeds[article_id].actors if "Putin" in a.name]
        assert [a.name for a in putins] == ["Vladimir Putin"], article_id
        assert putins[0].type == "person"
        assert "Putin" in putins[0].variants


def test_putin_mentions_cover_full_name_surname_and_possessive(annotated_seeds):
    putin = people(annotated_seeds["003_6bdd04a2754529d5"])["Vladimir Putin"]
    texts = [m.text for m in putin.mentions]
    assert texts[0] == "Vladimir Putin"
    assert texts.count("Putin") >= 5


def test_trump_administration_is_trump_not_an_organisation(annotated_seeds):
    annotated = annotated_seeds["003_6bdd04a2754529d5"]
    assert not [a for a in annotated.actors if a.name == "Trump" and a.type != "person"]
    assert "Donald Trump" in people(annotated)


def test_editorial_brackets_are_not_part_of_the_name(annotated_seeds):
    trump = people(annotated_seeds["000_757f1b2ff7ec1d9c"])["Donald Trump"]
    assert trump.mentions[0].text == "[Donald] Trump"


def test_title_before_a_name_is_kept_as_role(annotated_seeds):
    peskov = people(annotated_seeds["003_6bdd04a2754529d5"])["Dmitry Peskov"]
    assert peskov.role == "Kremlin spokesman"


def test_clean_name_strips_titles_possessives_and_articles():
    assert clean_name("President Putin's", "person") == "Putin"
    assert clean_name("the White House", "organisation") == "White House"
    assert clean_name("U.S.", "place") == "U.S."
    assert clean_name("Ms Hewitt.", "person") == "Hewitt"


def mention(paragraph: int, start: int, name: str, type_: str = "person") -> Mention:
    return Mention(paragraph=paragraph, start=start, end=start + len(name), text=name, name=name,
                   label="PERSON", type=type_)


def test_surname_joins_the_most_recent_full_name_when_two_share_it():
    clusters = cluster_mentions([mention(0, 0, "Hillary Clinton"), mention(1, 0, "Clinton"),
                                 mention(2, 0, "Bill Clinton"), mention(2, 30, "Clinton")])
    assert [(name, [m.paragraph for m in members]) for name, _, members in clusters] == [
        ("Hillary Clinton", [0, 1]), ("Bill Clinton", [2, 2])]


def article(article_id: str, date=None) -> Article:
    return Article(id=article_id, path=f"seeds/{article_id}.txt", title=article_id, date=date,
                   paragraphs=(Paragraph(0, "x", "text", 1),))


def local(name: str, type_: str, count: int = 1) -> LocalActor:
    mentions = tuple(mention(0, i, name, type_) for i in range(count))
    return LocalActor(key=f"{type_}:{name}", name=name, type=type_, mentions=mentions, variants=(name,))


def test_one_actor_per_identity_across_articles_with_unique_slugs():
    a = AnnotatedArticle(article("a"), (local("Vladimir Putin", "person", 3), local("Kursk", "place")))
    b = AnnotatedArticle(article("b"), (local("Vladimir Putin", "person", 2),))
    actors, actor_of = resolve_actors([a, b])
    putin = next(x for x in actors if x.name == "Vladimir Putin")
    assert putin.mentions == 5 and [ap.article_id for ap in putin.appearances] == ["a", "b"]
    assert actor_of[("b", "person:Vladimir Putin")] == putin.id == "vladimir-putin"
    assert len({x.id for x in actors}) == len(actors)


def test_slugs_are_ascii_without_separators_and_never_shared():
    taken: set[str] = set()
    first = unique_slug("Volodymyr Zelenskyy", "person", taken)
    second = unique_slug("Volodymyr Zelenskyy", "organisation", taken)
    assert (first, second) == ("volodymyr-zelenskyy", "volodymyr-zelenskyy-organisation")
    assert unique_slug("../../etc/Ålesund", "place", taken) == "etc-alesund"
    assert unique_slug("...", "place", taken) == "actor"
