"""Same statement, different words: one speaker's quotes grouped across articles."""

from digest.model import Quote
from digest.resolve.statements import SAME_STATEMENT, group_statements, similarity

HALT = ("We agree with the proposals to halt the fighting, but we proceed from the assumption that the ceasefire "
        "should lead to lasting peace and remove the root causes of the crisis")
CEASE = "We agree with the proposals to cease hostilities"
OTHER = "Maybe I should call President Trump and have a discussion with him"


def quote(text, paragraph=0):
    return Quote(paragraph=paragraph, start=0, end=len(text), text=text, speaker="Vladimir Putin",
                 speaker_key="person:Vladimir Putin", cue="told", sentence=text)


def test_the_two_seed_translations_are_one_statement():
    assert similarity(HALT, CEASE) >= SAME_STATEMENT
    assert similarity(HALT, OTHER) < SAME_STATEMENT
    statements = group_statements([("000", "putin", quote(HALT)), ("000", "putin", quote(OTHER, 2)),
                                   ("001", "putin", quote(CEASE))], order={"000": 0, "001": 1})
    assert len(statements) == 1
    assert [(v.article_id, v.quote.text) for v in statements[0].versions] == [("000", HALT), ("001", CEASE)]


def test_statements_need_two_articles_and_one_speaker():
    same_article = group_statements([("000", "putin", quote(HALT)), ("000", "putin", quote(CEASE, 3))])
    assert same_article == ()
    two_speakers = group_statements([("000", "putin", quote(HALT)), ("001", "trump", quote(CEASE))])
    assert two_speakers == ()


def test_statement_shows_on_the_speakers_page(annotated_seeds, taxonomy):
    """Seeds 000 and 001 quote Putin's agreement in different words: one statement, two versions."""
    from digest.resolve.assemble import assemble
    from digest.render.pages import render_pages

    digest = assemble(list(annotated_seeds.values()), taxonomy=taxonomy)
    putin = [s for s in digest.statements if s.speaker == "vladimir-putin"]
    assert any({v.article_id for v in s.versions} >= {"000_757f1b2ff7ec1d9c", "001_c776b1ad787587dd"}
               for s in putin)
    page = render_pages(digest)["actors/vladimir-putin.md"]
    section = page.split("## Same statement, different words")[1]
    assert "“We agree with the proposals to cease hostilities”" in section
    assert "We agree with the proposals to halt the fighting" in section
    assert section.index("000_757f1b2ff7ec1d9c") < section.index("001_c776b1ad787587dd")


def test_quotes_that_only_share_words_with_a_third_are_not_chained_into_one_statement():
    wall = "We will build a great wall on the southern border and Mexico will pay for the wall"
    bridge = "Mexico will pay for the wall and we will renegotiate NAFTA"
    nafta = "And we will renegotiate NAFTA, the worst trade deal ever signed"
    deal = "NAFTA is the worst trade deal ever signed in the history of this country"
    statements = group_statements([("1", "trump", quote(wall)), ("2", "trump", quote(bridge)),
                                   ("3", "trump", quote(nafta)), ("4", "trump", quote(deal))])
    groups = sorted(sorted(v.article_id for v in s.versions) for s in statements)
    # Each is alike to the next, so single links would make all four one statement.
    assert all(similarity(a, b) >= SAME_STATEMENT for a, b in [(wall, bridge), (bridge, nafta), (nafta, deal)])
    assert similarity(wall, deal) < SAME_STATEMENT
    assert groups == [["1", "2"], ["3", "4"]]


def test_a_borrowed_word_is_not_a_statement():
    statements = group_statements([("1", "trump", quote("disgusting")), ("2", "trump", quote("disgusting")),
                                   ("3", "trump", quote("thousands of shootings"))])
    assert statements == ()


def test_a_short_quote_sharing_only_a_name_with_a_long_one_is_another_statement():
    pardon = ("Mr. President, will you pledge not to issue a pardon to Hillary Clinton and her co-conspirators "
              "for their many crimes against our country")
    assert similarity("Hillary Clinton is a joke", pardon) < SAME_STATEMENT


def test_possessive_forms_are_the_same_word():
    assert similarity("ISIS’ best recruiter.", "He is becoming ISIS’s best recruiter") >= SAME_STATEMENT
