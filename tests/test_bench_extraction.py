"""`digest bench extraction`: field and word scores of imported saved pages against hand-written articles."""

import shutil
from pathlib import Path

from digest.bench.extraction import main

WEB = Path(__file__).parent / "fixtures" / "web"


def test_pages_read_as_written_by_hand_score_fully(capsys):
    assert main([str(WEB)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "3 pages: title 3/3, date 3/3, authors 3/3, source 3/3, url 3/3",
        "text words: precision 1.000, recall 1.000, F1 1.000"]


def test_a_wrong_field_and_lost_or_extra_words_are_named(tmp_path, capsys):
    shutil.copy(WEB / "bridge-story.html", tmp_path / "bridge.html")
    expected = (WEB / "bridge-story.md").read_text()
    expected = expected.replace("date: 2024-11-02", "date: 2024-11-01").replace(
        "weather permitting.", "weather permitting, the council said.")
    expected = expected.replace("\nDiversions will add", "\nNot in the page.\n\nDiversions will add")
    (tmp_path / "bridge.md").write_text(expected.replace(
        "The £3.4m project is paid for by a national fund for ageing road structures. ", ""))
    assert main([str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("bridge.html: date: datetime.date(2024, 11, 2), expected datetime.date(2024, 11, 1); "
                        "14 words too many, 6 missing")  # words counted as multisets
    assert lines[1] == "1 pages: title 1/1, date 0/1, authors 1/1, source 1/1, url 1/1"


def test_a_folder_without_pairs_says_what_to_put_there(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert "no NAME.html with its NAME.md" in capsys.readouterr().out
