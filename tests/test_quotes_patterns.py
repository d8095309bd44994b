"""Attribution patterns in small hand-made articles (curly, straight, pronoun, according to, scare quote, paragraph break)."""

from __future__ import annotations

from digest.annotate.parse import annotate
from digest.model import Article, Paragraph
from digest.annotate.analyse import analyse


def article_quotes(nlp, *paragraphs: str):
    article = Article(id="t", path="t.txt", title="T", date=None,
                      paragraphs=tuple(Paragraph(i, text, "text", i + 1) for i, text in enumerate(paragraphs)))
    (parsed,) = annotate([article], nlp)
    return analyse(parsed).quotes


def test_named_speaker_before_cue_with_curly_marks(nlp):
    (quote,) = article_quotes(nlp, "Angela Merkel said: “We will not give up on this agreement.”")
    assert quote.text == "We will not give up on this agreement."
    assert quote.speaker == "Angela Merkel"
    assert quote.cue == "said"


def test_cue_before_speaker_with_straight_marks(nlp):
    (quote,) = article_quotes(nlp, '"The talks were useful and honest," said John Smith, the mediator.')
    assert quote.text.rstrip(",") == "The talks were useful and honest"
    assert quote.speaker == "John Smith"


def test_pronoun_takes_the_previous_person_speaker(nlp):
    quotes = article_quotes(nlp, "Maria Lopez told reporters: “The deal is done.”",
                       "“We waited a long time for this day,” she added.")
    assert [q.speaker for q in quotes] == ["Maria Lopez", "Maria Lopez"]


def test_according_to_names_the_speaker(nlp):
    (quote,) = article_quotes(nlp, "The plan is “dead in the water and everyone knows it”, according to Peter Brown.")
    assert quote.speaker == "Peter Brown"


def test_scare_quote_has_no_speaker(nlp):
    (quote,) = article_quotes(nlp, "The two sides signed a “terms sheet” in the capital last week.")
    assert quote.text == "terms sheet"
    assert quote.speaker is None


def test_quote_over_a_paragraph_break_is_one_quote(nlp):
    quotes = article_quotes(nlp, "Maria Lopez said: “The first part of the answer is simple.",
                       "“The second part is harder and will take years,” she said.")
    assert len(quotes) == 1
    assert quotes[0].end_paragraph == 1
    assert quotes[0].speaker == "Maria Lopez"


def test_seed_quotes_attribute_putin(annotated_seeds):
    speakers = {q.speaker for a in annotated_seeds.values() for q in a.quotes}
    assert "Vladimir Putin" in speakers


def test_unnamed_source_after_the_cue_is_kept_as_written(nlp):
    quotes = article_quotes(nlp, 'The court sat until late. "No," replied the witness.')
    assert [(q.text.rstrip(","), q.speaker) for q in quotes] == [("No", "the witness")]


def test_a_bare_description_just_after_named_people_is_unsure(nlp):
    # "the minister" may be any of the people just named: better "speaker not identified" than a guess
    (quote,) = article_quotes(nlp, 'Ann Reid and Tom Hale met on Monday. "No," replied the minister.')
    assert (quote.speaker, quote.method) == (None, "unnamed")


def test_pressed_is_a_speech_verb(nlp):
    quotes = article_quotes(nlp, '"Not that I know of," Tom Hale replied. "Are you sure?" Ann Reid pressed.')
    assert [q.speaker for q in quotes] == ["Tom Hale", "Ann Reid"]
