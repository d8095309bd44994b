"""`annotate.analyse`: an article's analysis from its parse."""

import gc
import weakref

from digest.annotate.analyse import analyse
from digest.annotate.parse import annotate
from digest.read.articles import parse_article

TEXT = ('---\ntitle: Council vote\ndate: 2024-03-05\n---\n'
        '"We will not wait," said Jane Porter, the council leader. She added: "The vote is on Monday."\n\n'
        'Mr Porter\'s rival, Tom Hale, said the plan was "rushed".\n')


def test_a_parse_is_freed_as_soon_as_its_analysis_is_done(nlp):
    # A build analyses thousands of parses with the garbage collector paused: a parse that the analysis
    # left in a reference cycle would stay in memory until the build ends.
    article, _ = parse_article(TEXT.encode("utf-8"), "seeds/vote.txt", "vote")
    parsed = annotate([article], nlp)[0]
    alive = weakref.ref(parsed.paragraphs[0])
    collecting = gc.isenabled()
    gc.disable()
    try:
        analysed = analyse(parsed)
        del parsed
        assert alive() is None
    finally:
        if collecting:
            gc.enable()
    assert [q.speaker for q in analysed.quotes] == ["Jane Porter", "Jane Porter", "Tom Hale"]


def test_a_story_that_names_sport_in_passing_reports_no_sport_but_a_squad_list_does(nlp):
    filler = ("The senator said the vote would settle the question, and that the party would spend the coming weeks "
              "on health care, taxes, trade, schools, roads, jobs and the cost of housing in every county of the "
              "state, where voters have told pollsters that prices matter most.\n\n")
    politics = ("The campaign manager said the team would not play the game of the old guard, and the senator met "
                "donors at a golf club.\n\n" + filler * 15)
    squad = ("RUGBY UNION - SCOTLAND SQUAD FOR THE MATCH\n\nScotland squad: Chris Paterson, Simon Danielli, Hugo "
             "Southwell, Andy Craig, Ben Hinshelwood, Dan Parks, Chris Cusiter, Tom Smith, Gordon Bulloch, Bruce "
             "Douglas, Scott Murray, Nathan Hines, Jason White, Allister Hogg, Simon Taylor.\n\nReplacements: Robbie "
             "Russell, Gavin Kerr, Stuart Grimes, Jon Petrie, Mike Blair, Gordon Ross, Hugo Southwell.\n")
    reports = {}
    for name, text in (("politics", politics), ("squad", squad)):
        article_, _ = parse_article(text.encode(), "t.txt", "t")
        reports[name] = analyse(annotate([article_], nlp)[0]).sports
    assert reports == {"politics": False, "squad": True}
