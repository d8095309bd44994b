"""`annotate.nlp`: loading the model."""

import gc

import pytest

from digest.annotate.nlp import DEFAULT_MODEL, installed_model, load_model, load_paused


@pytest.mark.parametrize("collecting", [False, True])
def test_loading_the_model_leaves_the_garbage_collector_as_the_build_set_it(collecting):
    # A build pauses the collector; the library that reads the model's files turns it on as it returns.
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        nlp = load_paused(installed_model(DEFAULT_MODEL))
        assert gc.isenabled() is collecting
        assert gc.get_freeze_count() == 0
        assert [t.text for t in nlp("The council met.")] == ["The", "council", "met", "."]
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("title", ["Coun.", "Const.", "Cpl.", "Det.", "Lt.-Gov.", "Maj.-Gen.", "Sask. Premier",
                                   "Calif. Gov."])
def test_a_title_written_with_a_full_stop_is_one_token_and_ends_no_sentence(title):
    nlp = load_model(DEFAULT_MODEL)
    doc = nlp(f'"It was chaos," said {title} Josh Matlow, who represents the area.')
    assert title.split()[0] in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text, sentences", [
    ("Helen Marsh, producer of radio show Tonight... With Kit Brannagh, booked the band after hearing them.", 1),
    ("Tom Reeve left the show Big Night In… Live From Leeds on Monday.", 1),
    ("It says I work here... They are not letting me call a lawyer.", 2),  # the writer's own ellipsis
])
def test_an_ellipsis_inside_a_title_ends_no_sentence(text, sentences):
    assert len(list(load_model(DEFAULT_MODEL)(text).sents)) == sentences
