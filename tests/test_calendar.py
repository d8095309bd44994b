"""Resolving one expression against a publication date: the calendar rules, without a model."""

import datetime as dt

import pytest

from digest.annotate.calendar import Context, period_label, period_start, resolve

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
    ("the weekend", "past", ("2025-W10-WE", "week")),  # the weekend before a Thursday
    ("this weekend", "future", ("2025-W11-WE", "week")),
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
    ("the 20th century", None, ("19", "century")),
    ("an 11th-century", None, ("10", "century")),
    ("a fourth-quarter", "future", ("2025-Q4", "quarter")),
    ("this century", None, ("20", "century")),
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
    (dt.date(2025, 3, 10), "the weekend", "past", ("2025-W10-WE", "week")),
    (dt.date(2025, 3, 16), "this weekend", None, ("2025-W11-WE", "week")),  # written on the Sunday itself
    (dt.date(2025, 11, 5), "third-quarter", "future", ("2025-Q3", "quarter")),  # results still to be reported
    (dt.date(2025, 11, 5), "the first quarter", "future", ("2026-Q1", "quarter")),
    (dt.date(2025, 3, 12), "the end of the year", "past", ("2024", "year")),
    (dt.date(2025, 11, 5), "the end of the year", "past", ("2025", "year")),  # late in the year: a goal
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
    assert period_start("2025-W11-WE", "week") == dt.date(2025, 3, 15)
    assert period_label("2025-W11-WE", "week") == "weekend of 15 March 2025"
    assert period_label("2025-03-13", "day") == "13 March 2025"
    assert period_label("2024-08", "month") == "August 2024"


@pytest.mark.parametrize("text, direction, expected", [
    ("this summer", None, ("2025-SU", "season")),
    ("last winter", None, ("2024-WI", "season")),  # December 2024 to February 2025, just over
    ("the autumn of 2019", None, ("2019-FA", "season")),
    ("the fourth quarter", "past", ("2024-Q4", "quarter")),
    ("the fourth quarter", "future", ("2025-Q4", "quarter")),
    ("Q2 2023", None, ("2023-Q2", "quarter")),
    ("the year-ago third quarter", "past", ("2023-Q3", "quarter")),
    ("the final quarter of 2019", None, ("2019-Q4", "quarter")),
    ("next year's first quarter", None, ("2026-Q1", "quarter")),
    ("the second half", "future", ("2025-H2", "half")),
    ("last fiscal year", None, ("2024", "year")),
    ("the '60s", None, ("196X", "decade")),
    ("the ‘60s", None, ("196X", "decade")),  # an apostrophe a word processor turned into an opening quote
    ("the mid-2010s", None, ("201X", "decade")),
    ("the week of March 3", None, ("2025-W10", "week")),
    ("the year two thousand and eight", None, ("2008", "year")),
    ("nearly three years ago", None, ("2022", "year")),
    ("two months from now", None, ("2025-05", "month")),
    ("decades ago", None, ("PAST_REF", "reference")),
    ("years from now", None, ("FUTURE_REF", "reference")),
    ("a year earlier", None, ("2024", "year")),
    ("last Nov. 8", None, ("2024-11-08", "day")),
    ("noon Tuesday", "past", ("2025-03-11", "day")),
    ("currently", None, ("PRESENT_REF", "reference")),
    ("Thanksgiving", "past", ("2024-11-28", "day")),
    ("next Christmas", None, ("2025-12-25", "day")),
    ("Easter", "future", ("2025-04-20", "day")),
    ("Easter week", "future", ("2025-W16", "week")),
    ("the Thanksgiving weekend", "past", ("2024-W48-WE", "week")),
    ("the past week", None, ("2025-W11", "week")),  # the seven days to Thursday
    ("last week", None, ("2025-W10", "week")),
    ("Election Day", None, ("2024-11-05", "day")),  # the nearest: November 2024 rather than 2025
])
def test_new_granularities_and_forms_against_a_thursday(text, direction, expected):
    assert resolve(text, THURSDAY, direction) == expected


def test_new_periods_have_a_first_day_and_a_readable_name():
    assert (period_start("2012-SU", "season"), period_label("2012-SU", "season")) == \
        (dt.date(2012, 6, 1), "summer 2012")
    assert period_label("2012-WI", "season") == "winter 2012-13"
    assert (period_start("2013-Q3", "quarter"), period_label("2013-Q3", "quarter")) == \
        (dt.date(2013, 7, 1), "third quarter of 2013")
    assert (period_start("1990-H2", "half"), period_label("1990-H2", "half")) == \
        (dt.date(1990, 7, 1), "second half of 1990")
    assert (period_start("199X", "decade"), period_label("199X", "decade")) == (dt.date(1990, 1, 1), "the 1990s")
    assert (period_start("19", "century"), period_label("19", "century")) == (dt.date(1900, 1, 1), "the 20th century")
    assert period_label("20", "century") == "the 21st century"
    assert period_label("PRESENT_REF", "reference") == "the present"


def test_the_previous_friday_counts_from_the_day_named_before():
    friday = Context(date="2025-03-07")
    assert resolve("the previous Friday", THURSDAY, "past", friday) == ("2025-02-28", "day")
    assert resolve("the following Monday", THURSDAY, None, friday) == ("2025-03-10", "day")
    assert resolve("the previous Friday", THURSDAY, "past") == ("2025-03-07", "day")  # none named: the last one
