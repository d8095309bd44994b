"""`annotate.parse`: spaCy's reading of each paragraph, kept as plain data in the article's own characters."""

from digest.annotate.parse import annotate, as_the_model_reads
from digest.model import Article, Paragraph


def parsed(nlp, text: str):
    article = Article(id="t", path="t.txt", title="T", date=None, paragraphs=(Paragraph(0, text, "text", 1),))
    return annotate([article], nlp)[0].paragraphs[0]


def test_an_apostrophe_inside_a_word_is_read_straight_but_kept_as_written(nlp):
    # invented: the model takes "Manafort’s" with a typographic apostrophe for a body, "Manafort's" for a person
    text = "Voters liked Rubio’s speech, but Manafort’s memo leaked. Kevin O’Halloran called 311 four times."
    paragraph = parsed(nlp, text)
    names = {paragraph.text[e.start_char:e.end_char]: e.label for e in paragraph.ents}
    assert names.get("Manafort") == "PERSON" and names.get("Kevin O’Halloran") == "PERSON", names
    assert paragraph.text == text and "’s" in [t.text for t in paragraph.tokens]
    assert all(paragraph.text[t.idx:t.idx + len(t.text)] == t.text for t in paragraph.tokens)


def test_a_mark_after_a_words_last_letter_is_left_as_it_is():
    # it may close a quotation inside another: “the labels of ‘criminal’” and the Smiths’ house
    assert as_the_model_reads("“the labels of ‘criminal’” and the Smiths’ house, isn’t it") == \
        "“the labels of ‘criminal’” and the Smiths’ house, isn't it"
