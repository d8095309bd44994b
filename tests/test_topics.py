"""Topics: the taxonomy file, matching the seeds, key phrases, topic pages and their export."""

import pytest

from digest.model import Article, Paragraph, ParsedArticle, ParsedParagraph, Token
from digest.render.pages import render_pages
from digest.annotate.terms import article_terms
from digest.resolve.topics import TaxonomyError, load_taxonomy, parse_taxonomy
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
