"""Scoring found quotes against gold quotes: recall, precision and speaker accuracy."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

ANY_SPEAKER = "*"  # PolNeAR's mark for a pronoun source: any speaker counts as right


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[^\w' ]+", " ", text.casefold())
    return " ".join(text.split())


def same_quote(gold: str, found: str) -> bool:
    """The same quotation: equal once normalised, or one holding most of the other."""
    a, b = normalise(gold), normalise(found)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short in long and len(short) >= 0.5 * len(long)


def same_speaker(gold: str | None, found: str | None) -> bool:
    """Right when the gold speaker's last word is in the found speaker's name (PolNeAR's rule)."""
    if gold is None or found is None:
        return gold is None and found is None
    if gold == ANY_SPEAKER:
        return True
    last = normalise(gold).split()[-1:]
    return bool(last) and last[0] in normalise(found).split()


def share(part: int, whole: int) -> float:
    """`part` over `whole`, 0.0 when there is nothing to share."""
    return part / whole if whole else 0.0


@dataclass
class Tally:
    """Counts of a benchmark, summed over articles with `add`."""

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Score(Tally):
    gold: int = 0
    found: int = 0
    matched_gold: int = 0
    matched_found: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0  # a found quotation printed under a speaker the gold does not give

    @property
    def recall(self) -> float:
        return share(self.matched_gold, self.gold)

    @property
    def precision(self) -> float:
        return share(self.matched_found, self.found)

    @property
    def speaker_accuracy(self) -> float:
        return share(self.speaker_right, self.matched_gold)

    @property
    def wrong_speaker_rate(self) -> float:
        """The share of found gold quotations published under a name that is not the speaker's (a
        quotation left without a speaker is not counted here, nor as right)."""
        return share(self.speaker_wrong, self.matched_gold)


def score(gold: Sequence[tuple[str, str | None]], found: Sequence[tuple[str, str | None]],
          misses: list | None = None) -> Score:
    """Match each gold quote to the first unused found quote of the same text; count speakers."""
    result = Score(gold=len(gold), found=len(found))
    used: set[int] = set()
    for gold_text, gold_speaker in gold:
        match = next((i for i, (text, _) in enumerate(found) if i not in used and same_quote(gold_text, text)), None)
        if match is None:
            if misses is not None:
                misses.append(("missed", gold_text, gold_speaker, None))
            continue
        used.add(match)
        result.matched_gold += 1
        if same_speaker(gold_speaker, found[match][1]):
            result.speaker_right += 1
            continue
        wrong = found[match][1] is not None
        result.speaker_wrong += wrong
        if misses is not None:
            misses.append(("wrong" if wrong else "unsaid", gold_text, gold_speaker, found[match][1]))
    result.matched_found = len(used)
    return result
