"""`digest bench quotes`: the hand-made quotation golds (BBC and US political) made by dev2's rules, and the
clean held-out sets, whose mistakes are never printed."""

import hashlib
from pathlib import Path

import pytest
import yaml

from digest.bench import quotes

GOLD = Path(quotes.__file__).parent / "gold"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # beside the checkout, not in it
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_held_out_gold_has_three_articles_per_section_found_in_no_other_gold():
    heldout = load(quotes.BBC_GOLD_HELDOUT)
    assert sorted(aid.split("-")[1] for aid in heldout) == sorted(SECTIONS * 3)
    for entry in heldout.values():
        assert len(entry["sha1"]) == 12 and entry["quotes"]
        assert all(0 < q["at"][0] < q["at"][1] and "speaker" in q for q in entry["quotes"])
    others = set().union(*(load(path) for path in GOLD.glob("*.yaml") if path != quotes.BBC_GOLD_HELDOUT))
    assert not others & set(heldout)


def test_the_us_political_golds_are_twelve_articles_each_drawn_without_repeating_one():
    us_golds = [load(path) for _, path, folder, _ in quotes.HAND_MADE_SETS if folder == "polnear/train/articles"]
    assert us_golds and all(len(gold) == 12 for gold in us_golds)
    assert len(set().union(*us_golds)) == sum(len(gold) for gold in us_golds)


def test_the_clean_us_held_out_sets_are_scored_without_listing_their_quotations():
    listed = {path: shown for _, path, _, shown in quotes.HAND_MADE_SETS}
    assert listed[quotes.US_GOLD_DEV10] is False and listed[quotes.US_GOLD_DEV12] is False


def test_the_blind_us_golds_measured_at_their_making_are_then_listed_as_development_sets():
    listed = {path: shown for _, path, _, shown in quotes.HAND_MADE_SETS}
    assert listed[quotes.US_GOLD_DEV11] is True and listed[quotes.US_GOLD_DEV13] is True
    assert listed[quotes.US_GOLD_DEV14] is True and listed[quotes.US_GOLD_DEV15] is True
    assert listed[quotes.US_GOLD_DEV16] is True and listed[quotes.US_GOLD_DEV17] is True
    assert listed[quotes.US_GOLD_DEV18] is True and listed[quotes.US_GOLD_DEV19] is True
    assert listed[quotes.US_GOLD_DEV20] is True


def test_the_bbc_development_golds_are_listed_three_articles_per_section_without_repeating_one():
    bbc_golds = {path: shown for _, path, folder, shown in quotes.HAND_MADE_SETS
                 if folder == "bbc" and path not in (quotes.BBC_GOLD, quotes.BBC_GOLD_HELDOUT)}
    assert {quotes.BBC_GOLD_DEV7, quotes.BBC_GOLD_DEV8, quotes.BBC_GOLD_DEV9} <= set(bbc_golds)
    assert all(bbc_golds.values())
    golds = [load(path) for path in bbc_golds]
    assert all(sorted(aid.split("-")[1] for aid in gold) == sorted(SECTIONS * 3) for gold in golds)
    assert len(set().union(*golds)) == sum(len(gold) for gold in golds)


@pytest.mark.parametrize("path, folder", [pytest.param(path, folder, id=path.stem)
                                          for _, path, folder, _ in quotes.HAND_MADE_SETS if path != quotes.BBC_GOLD])
def test_each_offset_cuts_a_quotation_from_just_inside_its_double_marks(path, folder):
    corpus = SHARED / "corpus" / folder
    if not corpus.is_dir():
        pytest.skip(f"{folder} is not beside the checkout")
    for article_id, entry in load(path).items():
        raw = (corpus / f"{article_id}.txt").read_text(encoding="utf-8")
        assert hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12] == entry["sha1"], article_id
        starts = {q["at"][0] for q in entry["quotes"]}
        for start, end in (q["at"] for q in entry["quotes"]):
            # a closing mark may be typed as an opening one (a typist's "Is it late?\u201c she asked"), and an
            # opening one as a closing one (a typist's \u201d\u2026 the train has left,\u201d wrote the paper)
            # and a quotation the article leaves open at its end runs to the end of the text
            closed = end == len(raw.rstrip()) or raw[end] in '"\u201d\u201c' or left_open(raw, end, starts)
            assert raw[start - 1] in '"\u201c\u201d' and closed, (article_id, raw[start:end][:40])


def left_open(raw: str, end: int, starts: set[int]) -> bool:
    """Whether a quotation whose closing mark the article left out ends here ("We won. The coach smiled. "It
    was late," he said: the first ends at "won."): it ends a sentence, and the next mark opens the next gold one."""
    following = next((i for i in range(end, len(raw)) if raw[i] in '"\u201c\u201d'), None)
    return raw[end - 1] in ".?!" and following is not None and following + 1 in starts


def test_the_held_out_sets_wrong_and_missed_quotations_are_never_listed(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    (corpus / "bbc").mkdir(parents=True)
    text = 'The mayor, Ann Ward, spoke on Monday. "The bridge opens in May," Ms Ward said. "It is late."\n'
    (corpus / "bbc" / "town-1.txt").write_text(f"---\ntitle: Bridge\n---\n\n{text}", encoding="utf-8")
    raw = (corpus / "bbc" / "town-1.txt").read_text(encoding="utf-8")
    wrong_name = {"at": [raw.index("The bridge"), raw.index('," Ms')], "speaker": "Someone Else"}
    never_found = {"at": [raw.index("spoke"), raw.index(" on Monday")], "speaker": "Ann Ward"}
    gold = {"town-1": {"sha1": hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12],
                       "quotes": [wrong_name, never_found]}}
    (tmp_path / "gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds_gold.yaml").write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(quotes, "HAND_MADE_SETS", (("BBC, clean held-out", tmp_path / "gold.yaml", "bbc", False),))
    monkeypatch.setattr(quotes, "INVENTED_SETS", ())
    assert quotes.main(["--corpus", str(corpus), "--split", "none", "--seeds", str(tmp_path / "seeds"),
                        "--gold", str(tmp_path / "seeds_gold.yaml"), "--wrong", "20", "--misses", "20"]) == 0
    out = capsys.readouterr().out
    assert "BBC, clean held-out: 1 articles, 2 gold quotes" in out
    assert "1 under the wrong name" in out
    assert "gold=" not in out  # figures only: no quotation of the set is shown


@pytest.mark.parametrize("gold_path, folder, articles, quotations", [
    (quotes.CANADIAN_GOLD, quotes.CANADIAN_ARTICLES, 25, 150),
    (quotes.CANADIAN2_GOLD, quotes.CANADIAN2_ARTICLES, 12, 200),
    (quotes.CANADIAN3_GOLD, quotes.CANADIAN3_ARTICLES, 12, 230)])
def test_the_invented_canadian_sets_load_and_each_gold_quotation_is_in_its_article(gold_path, folder, articles,
                                                                                  quotations):
    gold = quotes.hand_made_gold(gold_path, folder, ".md")
    assert len(gold) >= articles and sum(map(len, gold.values())) >= quotations
    assert gold_path in [path for _, path, _ in quotes.INVENTED_SETS]  # scored by `digest bench quotes`
    for article_id, entry in load(gold_path).items():
        raw = (folder / f"{article_id}.md").read_text(encoding="utf-8")
        assert raw.startswith("---\ntitle:") and "\ndate: 2026-" in raw
        for (start, end), (text, speaker) in zip((q["at"] for q in entry["quotes"]), gold[article_id]):
            # cut from just inside its curly marks, and named (or null for words nobody is reported saying)
            assert raw[start - 1] == "\u201c" and raw[end] == "\u201d" and text == raw[start:end], article_id
            assert speaker is None or speaker.strip() == speaker != ""


def test_run_away_from_the_checkout_it_names_what_it_cannot_find_instead_of_a_traceback(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert quotes.main(["--split", "dev"]) == 2
    err = capsys.readouterr().err
    assert "not found: tests/data/quotes_gold.yaml, seeds, ../shared/corpus/polnear/dev" in err
    assert "run it from the project's checkout" in err


@pytest.mark.parametrize("text", ["", "an-article: [one, two]\n", "an-article:\n- text: Hello\n", "a: [\n"])
def test_a_gold_file_of_another_shape_is_named_in_the_error_instead_of_a_traceback(tmp_path, text):
    gold = tmp_path / "gold.yaml"
    gold.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        quotes.seeds_gold(gold)
    assert str(stopped.value).startswith(f"error: {gold}: not ")
    assert "give --gold" in str(stopped.value)
