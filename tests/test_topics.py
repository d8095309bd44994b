"""Topics: the taxonomy file, matching the seeds, key phrases, topic pages and their export."""

import pytest

from digest.model import AnnotatedArticle, Article, Paragraph, ParsedArticle, ParsedParagraph, Token
from digest.render.pages import render_pages
from digest.annotate.terms import article_terms
from digest.resolve.topics import Taxonomy, TaxonomyError, load_taxonomy, parse_taxonomy, phrase_topics
from digest.publish.export import export_lines
import json

from conftest import SEED_IDS


def test_seeds_are_about_armed_conflict_and_diplomacy(seed_digest):
    for article_id in SEED_IDS:
        slugs = seed_digest.topics_of[article_id]
        assert 1 <= len(slugs) <= 5
        assert {"armed-conflict", "diplomacy"} <= set(slugs[:3]), article_id
        assert not {"sport", "entertainment", "technology"} & set(slugs)


def test_key_phrases_name_subjects_not_vague_words(seed_digest):
    phrases = [t for t in seed_digest.topics if t.source == "key phrase"]
    assert phrases, "the seeds share at least one key phrase"
    for topic in phrases:
        assert len(topic.articles) >= 2
        assert len(topic.label.split()) >= 2
        assert topic.label.lower().split()[-1] not in {"people", "year", "thing", "time", "official"}


def test_project_taxonomy_loads_with_a_starter_set(taxonomy):
    labels = {t.label for t in taxonomy.topics}
    assert {"Diplomacy", "Armed conflict", "Elections", "Economy", "Energy", "Sport"} <= labels
    assert all(t.description for t in taxonomy.topics)


@pytest.mark.parametrize("text, message", [
    ("topics:\n  - label: War\n    lemmas: [war]\n    colour: red\n",
     "topics.yml:4: unknown key 'colour' in a topic; known keys are label, slug, description, lemmas, "
     "phrases, actors, min_score"),
    ("topics:\n  - label: War\n", "topics.yml:2: topic 'War' has no rules; give it `lemmas`, `phrases` or `actors`"),
    ("topics:\n  - lemmas: [war]\n", "topics.yml:2: a topic needs a `label`"),
    ("topics:\n  - label: War\n    lemmas: war\n", "topics.yml:3: `lemmas` must be a list of words, e.g. [war, troop]"),
    ("topics:\n  - label: War\n    lemmas: [war]\n    min_score: many\n",
     "topics.yml:4: `min_score` must be a whole number, not 'many'"),
    ("topics:\n  - label: War\n    lemmas: [war]\n  - label: war\n    lemmas: [fight]\n",
     "topics.yml:4: topic 'war' repeats the label or slug of topic 'War'; give it another `label` or `slug`"),
    ("topics: [\n", "topics.yml:2: not valid YAML"),
    ("- war\n", "topics.yml:1: expected a mapping of keys to values"),
])
def test_taxonomy_errors_name_file_line_and_fix(text, message):
    with pytest.raises(TaxonomyError) as error:
        parse_taxonomy(text, "topics.yml")
    assert str(error.value).startswith(message)


def test_missing_configured_taxonomy_says_what_to_do(tmp_path):
    with pytest.raises(TaxonomyError, match="does not exist; create it or set the plugin's `topics` option"):
        load_taxonomy(tmp_path / "nope.yml", "nope.yml")


def token(i, text, lemma, pos, idx, ent=""):
    return Token(i, text, " ", idx, lemma, pos, pos, "dep", i, ent)


def test_noun_phrases_drop_vague_words_and_names():
    words = [("Last", "last", "ADJ", ""), ("year", "year", "NOUN", ""), ("the", "the", "DET", ""),
             ("nuclear", "nuclear", "ADJ", ""), ("weapons", "weapon", "NOUN", ""), ("talks", "talk", "NOUN", ""),
             ("with", "with", "ADP", ""), ("Iran", "Iran", "PROPN", "GPE"), ("officials", "official", "NOUN", ""),
             ("many", "many", "ADJ", ""), ("people", "people", "NOUN", "")]
    tokens, idx = [], 0
    for i, (text, lemma, pos, ent) in enumerate(words):
        tokens.append(token(i, text, lemma, pos, idx, ent))
        idx += len(text) + 1
    text = " ".join(w[0] for w in words)
    paragraph = ParsedParagraph(0, text, tuple(tokens), ((0, len(tokens)),), ())
    article = Article("a", "a.txt", "Nuclear weapons talks", None, (Paragraph(0, text, "text", 1),))
    terms = article_terms(ParsedArticle(article, (paragraph,)))
    assert [(p.key, p.text, p.in_lead) for p in terms.phrases] == [("nuclear weapon talk", "nuclear weapons talks", True)]
    assert {"weapon", "talk", "nuclear", "year", "people"} <= set(terms.lemmas)
    assert not {"the", "with", "last"} & set(terms.lemmas)


def parsed_article(article_id, words) -> ParsedArticle:
    """An invented article of one paragraph, parsed: (text, lemma, pos, tag) a word."""
    tokens, idx = [], 0
    for i, (text, lemma, pos, tag) in enumerate(words):
        tokens.append(Token(i, text, " ", idx, lemma, pos, tag, "dep", i, ""))
        idx += len(text) + 1
    text = " ".join(w[0] for w in words)
    paragraph = ParsedParagraph(0, text, tuple(tokens), ((0, len(tokens)),), ())
    return ParsedArticle(Article(article_id, f"{article_id}.txt", "A title", None, (Paragraph(0, text, "text", 1),)),
                         (paragraph,))


def phrases_of(words) -> list[tuple[str, str]]:
    """(key, text) of the noun phrases of one invented paragraph."""
    return [(p.key, p.text) for p in article_terms(parsed_article("a", words)).phrases]


def test_noun_phrases_drop_judgements_and_grades_from_their_front():
    # "a sharp rise , the fastest rate , strong ferry sales"
    words = [("a", "a", "DET", "DT"), ("sharp", "sharp", "ADJ", "JJ"), ("rise", "rise", "NOUN", "NN"),
             (",", ",", "PUNCT", ","), ("the", "the", "DET", "DT"), ("fastest", "fast", "ADJ", "JJS"),
             ("rate", "rate", "NOUN", "NN"), (",", ",", "PUNCT", ","), ("strong", "strong", "ADJ", "JJ"),
             ("ferry", "ferry", "NOUN", "NN"), ("sales", "sale", "NOUN", "NNS")]
    assert phrases_of(words) == [("ferry sale", "ferry sales"), ("rate", "rate"), ("rise", "rise")]


def test_noun_phrases_headed_by_a_role_name_no_subject():
    # "the club manager , the chief financial officer , the pop star , the ferry timetable"
    words = [("the", "the", "DET", "DT"), ("club", "club", "NOUN", "NN"), ("manager", "manager", "NOUN", "NN"),
             (",", ",", "PUNCT", ","), ("the", "the", "DET", "DT"), ("chief", "chief", "ADJ", "JJ"),
             ("financial", "financial", "ADJ", "JJ"), ("officer", "officer", "NOUN", "NN"), (",", ",", "PUNCT", ","),
             ("the", "the", "DET", "DT"), ("pop", "pop", "NOUN", "NN"), ("star", "star", "NOUN", "NN"),
             (",", ",", "PUNCT", ","), ("the", "the", "DET", "DT"), ("ferry", "ferry", "NOUN", "NN"),
             ("timetable", "timetable", "NOUN", "NN")]
    assert phrases_of(words) == [("ferry timetable", "ferry timetable")]


def test_a_key_phrase_holding_a_name_names_no_topic():
    # Two articles write "the Zorvia Cup win" (a name the NER missed), "ferry timetables" and "Zorvia ferries": the
    # first is about the cup, whose page is its actor's; the others are subjects.
    def annotated(article_id):
        words = [("the", "the", "DET", "DT"), ("Zorvia", "Zorvia", "PROPN", "NNP"), ("Cup", "Cup", "PROPN", "NNP"),
                 ("win", "win", "NOUN", "NN"), ("and", "and", "CCONJ", "CC"), ("ferry", "ferry", "NOUN", "NN"),
                 ("timetables", "timetable", "NOUN", "NNS"), ("and", "and", "CCONJ", "CC"),
                 ("Zorvia", "Zorvia", "PROPN", "NNP"), ("ferries", "ferry", "NOUN", "NNS")]
        parsed = parsed_article(article_id, words)
        return AnnotatedArticle(parsed.article, (), terms=article_terms(parsed))
    articles = [annotated("a"), annotated("b")]
    assert {p.key for p in articles[0].terms.phrases} == {"zorvia cup win", "ferry timetable", "zorvia ferry"}
    assert phrase_topics(articles, Taxonomy()) == {"ferry timetable": 2, "zorvia ferry": 2}  # one name may qualify


def test_a_noun_phrase_cut_from_a_longer_name_is_none():
    # "the Seven Lakes loss": the run "Lakes loss" goes on from the number that opens the name
    words = [("the", "the", "DET", "DT"), ("Seven", "seven", "NUM", "CD"), ("Lakes", "Lakes", "PROPN", "NNPS"),
             ("loss", "loss", "NOUN", "NN")]
    assert phrases_of(words) == []


def test_topic_page_lists_its_articles_newest_first_with_actors(seed_digest):
    pages = render_pages(seed_digest)
    page = pages["topics/armed-conflict.md"]
    positions = [page.index(f"articles/{i}.md") for i in SEED_IDS]
    assert positions == sorted(positions)  # 000 is dated, the undated follow by id
    assert "[Vladimir Putin](../actors/vladimir-putin.md) (3)" in page
    index = pages["topics/index.md"]
    assert "[Armed conflict](armed-conflict.md) | 3 |" in index
    article = pages["articles/000_757f1b2ff7ec1d9c.md"]
    assert "- Armed conflict\n- Diplomacy\n" in article.split("---\n")[1]


def test_export_has_topics_and_related(seed_digest):
    records = {r["id"]: r for r in map(json.loads, export_lines(seed_digest))}
    record = records["000_757f1b2ff7ec1d9c"]
    assert {"label": "Armed conflict", "slug": "armed-conflict", "source": "taxonomy"} in record["topics"]
    assert any(t["source"] == "key phrase" for t in record["topics"])
    assert record["related"][0]["id"] == "001_c776b1ad787587dd"
    assert 0 < record["related"][0]["score"] <= 1


def test_broken_taxonomy_stops_the_build_with_file_and_line(project):
    import subprocess
    import sys

    (project / "topics.yml").write_text("topics:\n  - label: War\n    lemmas: war\n")
    result = subprocess.run([sys.executable, "-m", "digest.cli", "build"], cwd=project, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: topics.yml:3: `lemmas` must be a list of words, e.g. [war, troop]"
    assert not (project / "docs/articles").exists()
