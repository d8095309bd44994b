"""Long lists as sections: by month when long, cut into parts no search engine refuses."""

from __future__ import annotations

import datetime as dt

from digest.render.sections import by_month, sectioned, split_long


def test_by_month_keeps_the_order_and_puts_undated_last():
    dates = [dt.date(2025, 3, 2), None, dt.date(2025, 3, 1), dt.date(2025, 1, 9)]
    assert by_month(dates, lambda d: d) == {"March 2025": dates[0:1] + dates[2:3], "January 2025": [dates[3]],
                                            "Undated": [None]}


def test_a_group_over_budget_is_cut_into_numbered_parts_in_order():
    groups = {"March 2025": ["a", "b", "c", "d", "e"], "February 2025": ["f"]}
    assert split_long(groups, lambda item: 4, budget=8) == {
        "March 2025": ["a", "b"], "March 2025 (part 2)": ["c", "d"], "March 2025 (part 3)": ["e"],
        "February 2025": ["f"]}


def test_an_item_longer_than_the_budget_is_a_part_of_its_own():
    sizes = {"short": 1, "huge": 50, "tail": 1}
    assert split_long({"": list(sizes)}, sizes.get, budget=10) == {"": ["short"], "Part 2": ["huge"],
                                                                   "Part 3": ["tail"]}


def test_a_short_list_is_one_section_without_heading_and_an_empty_one_none():
    day = dt.date(2025, 3, 2)
    assert sectioned([day, day], lambda d: d, lambda d: 1) == {"": [day, day]}
    assert sectioned([], lambda d: d, lambda d: 1) == {}
    assert list(sectioned([day] * 11, lambda d: d, lambda d: 1)) == ["March 2025"]
