"""The logic of `digest bench cluster` on the seeds (its figures come from the command, not from tests)."""

from conftest import registry
from digest.bench.cluster import copies, digest_wide


def test_copies_are_the_same_analyses_under_new_ids(annotated_seeds):
    originals = list(annotated_seeds.values())
    doubled = copies(originals, 2)
    ids = [a.article.id for a in doubled]
    assert len(doubled) == 2 * len(originals) and len(set(ids)) == len(ids)
    assert set(ids) >= {a.article.id for a in originals}
    for original, copy in zip(originals, doubled[len(originals):]):
        assert copy.article.id == f"{original.article.id}-copy1"
        assert copy.article.path.endswith(f"-copy1{original.article.path[-4:]}")
        assert copy.actors == original.actors and copy.quotes == original.quotes and copy.terms == original.terms
        assert copy.actors is not original.actors  # decoded afresh, as from the cache: no shared memory


def test_the_digest_wide_stage_grows_with_the_copies(annotated_seeds, taxonomy):
    originals = list(annotated_seeds.values())
    once = digest_wide(copies(originals, 1), taxonomy, registry())
    twice = digest_wide(copies(originals, 2), taxonomy, registry())
    assert (once["articles"], twice["articles"]) == (len(originals), 2 * len(originals))
    assert twice["pages"] >= once["pages"] + len(originals)  # a page per new article, and indexes may grow
    assert twice["actors"] == once["actors"]
    for result in (once, twice):
        assert result["seconds"] == result["assemble"] + result["render"] > 0
