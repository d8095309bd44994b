"""Resolving one expression against a publication date: the calendar rules, without a model."""

import datetime as dt

import pytest

from digest.calendar import period_label, period_start, resolve

THURSDAY = dt.date(2025, 3, 13)


@pytest.mark.parametrize("text, direction, expected", [
    ("Thursday", "past", ("2025-03-13", "day")),  # the day of publication itself
    ("Wednesday", "past", ("2025-03-12", "day")),
    ("late Monday", "past", ("2025-03-10", "day")),
    ("Monday night", None, ("2025-03-10", "day")),
    ("Tuesday's", None, ("2025-03-11", "day")),
    ("Friday", "future", ("2025-03-14", "day")),
    ("next Tuesday", None, ("2025-03-18", "day")),
    ("last Thursday", None, ("2025-03-06", "day")),
    ("yesterday", None, ("2025-03-12", "day")),
    ("last August", None, ("2024-08", "month")),
    ("next May", None, ("2025-05", "month")),
    ("February 2022", None, ("2022-02", "month")),
    ("early 2022", None, ("2022", "year")),
    ("mid-2024", None, ("2024", "year")),
    ("earlier this week", None, ("2025-W11", "week")),
    ("earlier in the week", None, ("2025-W11", "week")),
    ("this week", None, ("2025-W11", "week")),
    ("next week", None, ("2025-W12", "week")),
    ("last week", None, ("2025-W10", "week")),
    ("the weekend", "past", ("2025-W10", "week")),  # the weekend before a Thursday
    ("this weekend", "future", ("2025-W11", "week")),
    ("last month", None, ("2025-02", "month")),
    ("later this year", None, ("2025", "year")),
    ("three years ago", None, ("2022", "year")),
    ("Jan. 5, 2016", None, ("2016-01-05", "day")),
    ("Sept. 2015", None, ("2015-09", "month")),
    ("June 16th of last year", None, ("2024-06-16", "day")),
    ("Nov. 8", "past", ("2024-11-08", "day")),
    ("Nov. 8", "future", ("2025-11-08", "day")),
    ("March 10", None, ("2025-03-10", "day")),  # no tense: the nearest March 10
    ("Feb. 29", "past", (None, "day")),  # not in 2025: no guessing
    ("the 1990s", None, ("199X", "decade")),
    ("Monday and Tuesday", None, (None, "day")),  # a range has no single value
])
def test_expressions_resolve_against_a_thursday(text, direction, expected):
    assert resolve(text, THURSDAY, direction) == expected


@pytest.mark.parametrize("base, text, direction, expected", [
    (dt.date(2025, 1, 8), "last December", None, ("2024-12", "month")),  # across the year boundary
    (dt.date(2025, 1, 8), "December", "past", ("2024-12", "month")),
    (dt.date(2024, 12, 27), "next week", None, ("2025-W01", "week")),  # ISO week of the next year
    (dt.date(2025, 3, 10), "Friday", "past", ("2025-03-07", "day")),  # "Friday" in a Monday article
    (dt.date(2025, 3, 10), "Friday", "future", ("2025-03-14", "day")),
    (dt.date(2025, 3, 10), "the weekend", "past", ("2025-W10", "week")),
    (dt.date(2025, 3, 16), "this weekend", None, ("2025-W11", "week")),  # written on the Sunday itself
])
def test_year_and_week_boundaries(base, text, direction, expected):
    assert resolve(text, base, direction) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thursday", (None, "day")), ("last August", (None, "month")), ("this week", (None, "week")),
    ("March 10", (None, "day")), ("February 2022", ("2022-02", "month")), ("early 2022", ("2022", "year")),
])
def test_undated_articles_resolve_only_absolute_expressions(text, expected):
    assert resolve(text, None) == expected


def test_periods_have_a_first_day_and_a_readable_name():
    assert period_start("2025-W11", "week") == dt.date(2025, 3, 10)
    assert period_label("2025-W11", "week") == "week of 10 March 2025"
    assert period_label("2025-03-13", "day") == "13 March 2025"
    assert period_label("2024-08", "month") == "August 2024"
