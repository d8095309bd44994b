"""`digest bench dates` scores exported dates against TempEval-style gold as the corpus README says."""

from __future__ import annotations

from digest.bench.dates import body_spans, has_date_gold, score_document
from digest.model import Article, Paragraph

BODY = "The fund grew in 2019.\n\nNow it shrinks,\nslowly, since March 3.\n"


def record(paragraph: int, start: int, end: int, text: str, value: str | None) -> dict:
    return {"paragraph": paragraph, "start": start, "end": end, "text": text, "value": value}


def test_dates_are_matched_by_overlap_and_values_scored_over_calendar_points():
    article = Article(id="a", path="a.txt", title="A", date=None, paragraphs=(
        Paragraph(0, "The fund grew in 2019.", "text", 1),
        Paragraph(1, "Now it shrinks, slowly, since March 3.", "text", 3)))
    exported = [record(0, 17, 21, "2019", "2019"), record(1, 0, 3, "Now", "PRESENT_REF"),
                record(1, 30, 37, "March 3", "2020-03-03"), record(1, 4, 6, "it", None)]
    found = list(body_spans(exported, article, BODY))
    assert [BODY[start:end] for start, end, _ in found] == ["2019", "Now", "March 3", "it"]  # across the line break
    gold = [{"start": 17, "end": 21, "text": "2019", "value": "2019"},
            {"start": 24, "end": 27, "text": "Now", "value": "PRESENT_REF"},
            {"start": 48, "end": 61, "text": "since March 3", "value": "2021-03-03"},
            {"start": 12, "end": 16, "text": "grew", "value": "2019"}]
    listing: list[str] = []
    score = score_document(gold, found, BODY, "a", listing)
    assert (score.gold, score.found, score.matched) == (4, 4, 3)
    assert (score.recall, score.precision) == (0.75, 0.75)
    assert (score.calendar_matched, score.calendar_right) == (2, 1)  # PRESENT_REF is no calendar point
    assert round(score.value_f1, 3) == round(0.75 * 2 / 3, 3)
    assert [line.split()[0] for line in listing] == ["value", "missed", "extra"]
    assert "[since March 3]" in listing[0] and "2020-03-03 != 2021-03-03" in listing[0]


def test_only_a_split_with_articles_and_date_gold_is_scored(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold.yaml").write_text("doc:\n  dates:\n  - {start: 0, end: 3, text: Now, value: PRESENT_REF}\n")
    assert has_date_gold(tmp_path)
    (tmp_path / "gold.yaml").write_text("doc:\n  quotes: []\n")
    assert not has_date_gold(tmp_path)
