"""Long lists on a page as sections under headings: by month when long, and none too long to index.

Search engines index a page section by section (heading to heading), and Zensical refuses a section of
more than 8,192 token positions; a reader scans months faster than one list of hundreds of lines. So a
list of more than `GROUP_AFTER` items is grouped by month, and any group of more than `SECTION_WORDS`
words is cut into parts: "October 2016", "October 2016 (part 2)", ...
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable, Sequence, TypeVar

T = TypeVar("T")

GROUP_AFTER = 10  # a list of more items than this is grouped by month
# The most rows (actors, quotes, events) of one page of an index: about 100 KB of HTML each, so an index
# page stays quick to open however large the archive grows; the rest go on further pages.
INDEX_ROWS = 300
SECTION_WORDS = 2_000  # the most words of one section (a quarter of Zensical's limit, with room for markup)


def by_month(items: Iterable[T], date_of: Callable[[T], dt.date | None]) -> dict[str, list[T]]:
    """Items grouped under "March 2025" headings in their order (newest first), undated ones last."""
    months: dict[str, list[T]] = {}
    undated: list[T] = []
    for item in items:
        date = date_of(item)
        if date is None:
            undated.append(item)
        else:
            months.setdefault(date.strftime("%B %Y"), []).append(item)
    if undated:
        months["Undated"] = undated
    return months


def split_long(groups: dict[str, list[T]], words_of: Callable[[T], int],
               budget: int = SECTION_WORDS) -> dict[str, list[T]]:
    """Each group cut into consecutive parts of at most `budget` words (an item longer than that is a
    part of its own); the first part keeps the group's heading, the next are "(part 2)" and on."""
    sections: dict[str, list[T]] = {}
    for heading, items in groups.items():
        for number, part in enumerate(parts(items, words_of, budget), start=1):
            sections[heading if number == 1 else part_heading(heading, number)] = part
    return sections


def parts(items: Sequence[T], words_of: Callable[[T], int], budget: int) -> list[list[T]]:
    found: list[list[T]] = [[]]
    words = 0
    for item in items:
        size = words_of(item)
        if found[-1] and words + size > budget:
            found.append([])
            words = 0
        found[-1].append(item)
        words += size
    return found


def part_heading(heading: str, number: int) -> str:
    return f"{heading} (part {number})" if heading else f"Part {number}"


def sectioned(items: Sequence[T], date_of: Callable[[T], dt.date | None], words_of: Callable[[T], int],
              group_after: int = GROUP_AFTER) -> dict[str, list[T]]:
    """A list as sections: one without a heading ("") when short, by month when long; none over budget;
    no section at all when the list is empty."""
    if not items:
        return {}
    groups = by_month(items, date_of) if len(items) > group_after else {"": list(items)}
    return split_long(groups, words_of)


def words(*texts: str | None) -> int:
    """The words of the texts an item's line shows, and a few for its date and markup."""
    return sum(len(text.split()) for text in texts if text) + 4


def paginate(uri: str, items: Sequence[T], size: int | None = None) -> list[tuple[str, list[T]]]:
    """The items cut into pages of at most `size` (default INDEX_ROWS), each with its path: the first at
    `uri` ("quotes.md"), the next in a folder named after it ("quotes/2.md", ...). No items: one empty page."""
    size = size or INDEX_ROWS
    stem = uri.removesuffix(".md")
    chunks = [list(items[start:start + size]) for start in range(0, len(items), size)] or [[]]
    return [(uri if n == 1 else f"{stem}/{n}.md", chunk) for n, chunk in enumerate(chunks, start=1)]
