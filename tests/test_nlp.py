"""`annotate.nlp`: loading the model."""

import gc

import pytest

from digest.annotate.nlp import DEFAULT_MODEL, installed_model, load_paused


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
