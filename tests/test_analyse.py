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
