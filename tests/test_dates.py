"""Date expressions found in articles: gold for the seeds, small hand-made articles for the edge cases."""

from pathlib import Path

import pytest
import yaml

from digest.annotate.parse import annotate
from digest.annotate.dates import find_dates, is_duration
from digest.read.articles import parse_article

GOLD = yaml.safe_load((Path(__file__).parent / "data" / "dates_gold.yaml").read_text())


def dates_of(nlp, body: str, date: str | None = None) -> dict[str, tuple]:
    """{expression: (value, granularity)} of a hand-made article published on `date`."""
    header = f"---\ndate: {date}\n---\n" if date else ""
    article, _ = parse_article((header + body).encode(), "x.txt", "x")
    [parsed] = annotate([article], nlp)
    return {ref.text: (ref.value, ref.granularity) for ref in find_dates(parsed)}


@pytest.mark.parametrize("article_id", sorted(GOLD))
def test_seed_dates_match_the_gold(parsed_seeds, article_id):
    expected = [(g["text"], g["value"], g["granularity"]) for g in GOLD[article_id] if not g.get("duration")]
    found = [(ref.text, ref.value, ref.granularity) for ref in find_dates(parsed_seeds[article_id])]
    assert found == expected


def test_no_seed_duration_is_taken_for_a_date(parsed_seeds):
    durations = {g["text"] for entries in GOLD.values() for g in entries if g.get("duration")}
    found = {ref.text for parsed in parsed_seeds.values() for ref in find_dates(parsed)}
    assert not durations & found
    assert all(is_duration(text) for text in durations)


def test_dates_carry_their_sentence(annotated_seeds):
    ref = annotated_seeds["000_757f1b2ff7ec1d9c"].dates[0]
    assert ref.sentence.endswith("Putin told reporters Thursday in Moscow.")
    assert ref.sentence.startswith("“We agree with the proposals")


@pytest.mark.parametrize("text", [
    "30 days", "30-day", "more than three years", "100 days", "decades", "weeks and months on end",
    "the past two weeks", "recent years", "a 69-year-old", "69 years old", "annual", "every year", "under 30",
    "a two day", "2 1/2 years", "barely a month", "an additional year", "a quarter", "the next three quarters",
    "flew weekly",
])
def test_durations_ages_and_frequencies(text):
    assert is_duration(text)


@pytest.mark.parametrize("text", ["last week", "three years ago", "Thursday", "the weekend", "early 2022",
                                  "mid-2024", "this year", "February 2022", "fourth-quarter", "the third quarter",
                                  "the last week", "the 1988 quarter"])
def test_dates_are_not_durations(text):
    assert not is_duration(text)


def test_past_tense_weekday_in_a_monday_article(nlp):
    found = dates_of(nlp, "The minister resigned on Friday after a week of protests.\n", "2025-03-10")
    assert found["Friday"] == ("2025-03-07", "day")


def test_future_tense_reads_will_and_next(nlp):
    found = dates_of(nlp, "The envoy will visit Moscow on Friday. Talks resume next Tuesday.\n"
                          "The two leaders spoke on Wednesday.\n", "2025-03-13")
    assert found["Friday"] == ("2025-03-14", "day")
    assert found["next Tuesday"] == ("2025-03-18", "day")
    assert found["Wednesday"] == ("2025-03-12", "day")


def test_present_tense_schedule_is_ahead_and_a_report_behind(nlp):
    found = dates_of(nlp, "The candidates meet for their first debate Monday in New York.\n", "2016-09-23")
    assert found["Monday"] == ("2016-09-26", "day")


def test_last_december_in_a_january_article_is_the_year_before(nlp):
    found = dates_of(nlp, "The ministry said the deal collapsed last December.\n", "2025-01-08")
    assert found["last December"] == ("2024-12", "month")


def test_weekend_before_a_monday_article(nlp):
    found = dates_of(nlp, "Strikes continued over the weekend across the region.\n", "2025-03-10")
    assert found["the weekend"] == ("2025-W10-WE", "week")


def test_quoted_speech_is_not_dated_by_the_reporting_verb(nlp):
    found = dates_of(nlp, "“We will see what happens on Friday,” the minister said.\n", "2025-03-10")
    assert found["Friday"] == ("2025-03-14", "day")


def test_undated_article_resolves_only_absolute_dates(nlp):
    found = dates_of(nlp, "The war began in February 2022, and talks stalled last week.\n")
    assert found == {"February 2022": ("2022-02", "month"), "last week": (None, "week")}


def test_durations_in_an_article_are_left_out(nlp):
    found = dates_of(nlp, "The 30-day truce follows more than three years of war and decades of tension. "
                          "A 69-year-old farmer said it would last for 100 days.\n", "2025-03-13")
    assert found == {}


def test_days_inside_names_and_numbers_that_count_are_not_dates(nlp):
    found = dates_of(nlp, "The ads target key states in his Super Tuesday strategy. Trump told ABC's This Week "
                          "that a poll of 2047 registered voters was released Wednesday. They were returning home "
                          "to Cairo after a month-long stay in Paris.\n", "2016-02-11")
    assert found == {"Wednesday": ("2016-02-10", "day")}


def test_a_plan_made_in_the_past_does_not_date_its_object(nlp):
    found = dates_of(nlp, "Welch said on Friday that he planned to vote for Sanders in the state's March 1 primary.\n",
                     "2016-02-19")
    assert found["March 1"] == ("2016-03-01", "day")
    assert found["Friday"] == ("2016-02-19", "day")


def test_a_time_of_day_in_twenty_four_hours_is_not_a_year(nlp):
    found = dates_of(nlp, "Ruddock will name his side for the England game at 1830 GMT on Tuesday evening.\n"
                          "The polls close at 2000 ET tonight. The law was passed in 1830 by Parliament.\n",
                     "2005-01-10")
    assert "1830 GMT" not in found and found["Tuesday"] == ("2005-01-11", "day")
    assert found["tonight"] == ("2005-01-10", "day")
    assert found["1830"] == ("1830", "year")  # the year of the law, not the time of the game
    assert "2000" not in found and "2000 ET tonight" not in found


def test_a_range_is_its_two_dates(nlp):
    found = dates_of(nlp, "Exports doubled over 2003-2004, slumped in 1971-74 and recovered between 1981 and 1983. "
                          "The fair runs from May 4 to 9, 2026. It was held in 1994, 1996 and 1999.\n", "2026-04-20")
    assert found == {"2003": ("2003", "year"), "2004": ("2004", "year"), "1971": ("1971", "year"),
                     "74": ("1974", "year"), "1981": ("1981", "year"), "1983": ("1983", "year"),
                     "May 4": ("2026-05-04", "day"), "9, 2026": ("2026-05-09", "day"), "1994": ("1994", "year"),
                     "1996": ("1996", "year"), "1999": ("1999", "year")}


def test_seasons_quarters_halves_and_fiscal_years_keep_their_granularity(nlp):
    found = dates_of(nlp, "The brewer lost money last summer and in the third quarter. Its margin in the quarter "
                          "was thin, against a profit in the year-ago quarter. Costs fell from the year-earlier "
                          "period. It expects growth in the current fiscal year and in the first half of 2026.\n",
                     "2025-11-05")
    assert found["last summer"] == ("2025-SU", "season")
    assert found["the third quarter"] == ("2025-Q3", "quarter")
    assert found["the quarter"] == ("2025-Q3", "quarter")  # the quarter named before
    assert found["the year-ago quarter"] == ("2024-Q3", "quarter")
    assert found["the year-earlier period"] == ("2024-Q3", "quarter")
    assert found["the current fiscal year"] == ("2025", "year")
    assert found["the first half of 2026"] == ("2026-H1", "half")


def test_decades_and_years_said_in_words(nlp):
    found = dates_of(nlp, "Rents were lower in the 1980s than in the late nineties. The bridge opened in "
                          "nineteen eighty-two.\n", "2025-11-05")
    assert found["the 1980s"] == ("198X", "decade")
    assert found["the late nineties"] == ("199X", "decade")
    assert found["nineteen eighty-two"] == ("1982", "year")


def test_the_clause_that_governs_the_date_gives_the_tense(nlp):
    found = dates_of(nlp, "Fuel prices had peaked by the end of the year, the agency said. The council has chosen a "
                          "scheme to run through August.\n", "2025-03-12")
    assert found["the end of the year"] == ("2024", "year")  # past tense in March: last year's end
    assert found["August"] == ("2025-08", "month")  # the infinitive's own time, not "has chosen"


def test_would_plans_and_schedules_look_ahead_and_could_not_be_reached_looks_back(nlp):
    found = dates_of(nlp, "The mayor said she would fly to Lyon on Thursday. The union postponed the ballot until "
                          "Monday. The driver could not be reached Tuesday.\n", "2025-03-12")
    assert found["Thursday"] == ("2025-03-13", "day")
    assert found["Monday"] == ("2025-03-17", "day")
    assert found["Tuesday"] == ("2025-03-11", "day")


def test_a_deadline_just_ahead_is_this_years_even_in_the_past_tense(nlp):
    found = dates_of(nlp, "The bidder extended its offer to Nov. 21. The firm was founded on Dec. 30.\n", "2025-11-05")
    assert found["Nov. 21"] == ("2025-11-21", "day")
    assert found["Dec. 30"] == ("2025-12-30", "day")  # within two months ahead: a schedule, not a year back


def test_weeks_and_days_with_a_time_or_a_year(nlp):
    found = dates_of(nlp, "Tolls rose in the last week. Ferries resume at 09:30 GMT Saturday. Nobody forgets "
                          "that March day in 2011.\n", "2025-03-12")
    assert found["the last week"] == ("2025-W10", "week")  # the seven days to Wednesday 12 March: four in W10
    assert found["09:30 GMT Saturday"] == ("2025-03-15", "day")
    assert found["that March day in 2011"] == ("2011-03", "month")


def test_a_quotation_is_dated_by_the_day_its_report_names(nlp):
    found = dates_of(nlp, "“I signed the papers yesterday,” the mayor said on Monday.\n", "2025-03-13")
    assert found["yesterday"] == ("2025-03-09", "day")  # the Sunday before the Monday she spoke
    assert found["Monday"] == ("2025-03-10", "day")


def test_that_year_and_the_following_day_count_from_the_date_named_before(nlp):
    found = dates_of(nlp, "The mill opened in June 1962 and closed the following year. It was sold on March 3, "
                          "2001, and demolished the next day.\n", "2025-03-12")
    assert found["the following year"] == ("1963", "year")
    assert found["the next day"] == ("2001-03-04", "day")


def test_words_for_the_present_and_past_are_references(nlp):
    found = dates_of(nlp, "Ferries now leave hourly and the port is currently busy. It was recently dredged; in the "
                          "past it silted up, and in the future it may close. The current owners will sell.\n",
                     "2025-03-12")
    assert found["now"] == ("PRESENT_REF", "reference")
    assert found["currently"] == ("PRESENT_REF", "reference")
    assert found["recently"] == ("PAST_REF", "reference")
    assert found["the past"] == ("PAST_REF", "reference")
    assert found["the future"] == ("FUTURE_REF", "reference")
    assert found["current"] == ("PRESENT_REF", "reference")


def test_ranges_and_references_leave_durations_ages_frequencies_and_numbers_out(nlp):
    found = dates_of(nlp, "The 58-year-old pilot flew weekly for the past two years and 10-year bonds fell. The "
                          "firm sells its 68030 board for as little as 99 cents.\n", "2025-03-12")
    assert found == {}


def test_holidays_are_days(nlp):
    found = dates_of(nlp, "The ferry sank the day after Thanksgiving, and the inquiry will report before Easter.\n",
                     "2025-01-15")
    assert found["the day after Thanksgiving"] == ("2024-11-29", "day")
    assert found["Easter"] == ("2025-04-20", "day")


def test_states_and_records_are_not_schedules(nlp):
    found = dates_of(nlp, "The flats, worth twice as much in October, are worth half that now. The index is near "
                          "the record that was set on Aug. 4. The figures for January extended a run of gains.\n",
                     "2025-02-07")
    assert found["October"] == ("2024-10", "month")
    assert found["Aug. 4"] == ("2024-08-04", "day")
    assert found["January"] == ("2025-01", "month")


def test_effective_dates_look_ahead_and_a_weekday_before_its_date_is_one_day(nlp):
    found = dates_of(nlp, "The new tariff applies to all routes, effective Feb. 2. Shares slid on Friday Oct. 10 "
                          "and rallied after. Some $4 million left the fund Tuesday Oct. 14 alone.\n", "2025-11-05")
    assert found["Feb. 2"] == ("2026-02-02", "day")
    assert found["Friday Oct. 10"] == ("2025-10-10", "day")
    assert found["Tuesday Oct. 14"] == ("2025-10-14", "day")  # the weekday is no name before the date


def test_the_datelines_own_date_and_ages_in_decades_are_left_out(nlp):
    found = dates_of(nlp, "LISBON, May 6 (Reuters) -- The port reopened, a pilot in her 40s said. Trade peaked in "
                          "the 1970s.\n", "2025-05-06")
    assert found == {"the 1970s": ("197X", "decade")}


def test_a_past_tense_spelt_like_the_present_and_what_something_is_to_do(nlp):
    found = dates_of(nlp, "Weakness in bank shares hurt the index on Friday. The stock is to resume trading in "
                          "Paris Tuesday.\n", "2025-03-10")
    assert found["Friday"] == ("2025-03-07", "day")
    assert found["Tuesday"] == ("2025-03-11", "day")


def test_a_day_put_before_a_plan_is_when_it_was_made_and_recurring_days_are_left_out(nlp):
    found = dates_of(nlp, "On Friday, the ministry planned to pay the first claims. Pilgrims walk to the shrine "
                          "each July.\n", "2025-03-12")
    assert found == {"Friday": ("2025-03-07", "day")}


def test_the_day_as_another_name_of_a_day(nlp):
    found = dates_of(nlp, "Today is the eighth day of the strike. He was last seen March 3, the day before the "
                          "warrant was issued. The day before last Tuesday's hearing, the lawyers met.\n",
                     "2025-03-13")
    assert found["the eighth day"] == ("2025-03-13", "day")
    assert found["the day"] == ("2025-03-03", "day")
    assert found["The day before last Tuesday"] == ("2025-03-10", "day")
    assert dates_of(nlp, "The mayor arrived later in the day.\n", "2025-03-13") == \
        {"later in the day": ("2025-03-13", "day")}
    assert dates_of(nlp, "The talks opened on Monday. The mayor arrived later in the day.\n", "2025-03-13") == \
        {"Monday": ("2025-03-10", "day"), "later in the day": ("2025-03-10", "day")}


def test_dates_inside_a_phrase_that_only_frames_them(nlp):
    found = dates_of(nlp, "The shares came from an Aug. 10, 1988, purchase agreement. During the day Friday, the "
                          "boy played in the yard.\n", "2025-03-12")
    assert found["an Aug. 10, 1988"] == ("1988-08-10", "day")
    assert found["the day Friday"] == ("2025-03-07", "day")


def test_days_years_and_holidays_the_model_leaves_out(nlp):
    found = dates_of(nlp, "“Today, I'm here to tell you we have our suspect,” the agent said. The boy was found "
                          "Thanksgiving Day clinging to a raft. The charge will be reported in the company's 1989 "
                          "operating results.\n", "1989-11-30")
    assert found["Today"] == ("1989-11-30", "day")
    assert found["Thanksgiving Day"] == ("1989-11-23", "day")
    assert found["1989"] == ("1989", "year")


def test_the_date_a_duration_is_measured_in(nlp):
    found = dates_of(nlp, "Hiring averaged 242,000 for the first nine months of 1997. Revenue rose through the "
                          "first nine months of the year.\n", "1998-02-06")
    assert found == {"1997": ("1997", "year"), "the year": ("1998", "year")}


def test_a_quarter_still_under_way_is_not_the_one_reported_on(nlp):
    found = dates_of(nlp, "The insurer posted third-quarter profit of $5 million. The earthquake will result in a "
                          "fourth-quarter charge. Auto lines lost money in the latest quarter. Sales will slow in "
                          "the last half of 1990.\n", "1989-11-02")
    assert found["fourth-quarter"] == ("1989-Q4", "quarter")
    assert found["the latest quarter"] == ("1989-Q3", "quarter")
    assert found["the last half of 1990"] == ("1990-H2", "half")


def test_centuries_and_some_years_ago(nlp):
    found = dates_of(nlp, "The temple dates from the 11th century. Support rose from 35 percent several years ago.\n",
                     "1998-02-13")
    assert found["the 11th century"] == ("10", "century")
    assert found["several years ago"] == ("PAST_REF", "reference")


def test_a_reports_latest_period_and_a_year_up_to_a_day(nlp):
    found = dates_of(nlp, "The chain posted a third-quarter loss. Sales in the latest period fell 8%. The "
                          "businesses had revenue of $76 million for the year ended March 31.\n", "1989-11-02")
    assert found == {"third-quarter": ("1989-Q3", "quarter"), "the latest period": ("1989-Q3", "quarter"),
                     "March 31": ("1989-03-31", "day")}


def test_words_the_model_takes_for_dates_that_say_nothing_of_time(nlp):
    found = dates_of(nlp, "Steel plates recovered at the Olympic park bombing appear to match those found at the "
                          "clinic. FBI officials said they were not certain whether Stauber or Gingrich had been "
                          "involved.\n", "1998-02-27")
    assert found == {}


def test_a_quarter_the_model_leaves_out(nlp):
    found = dates_of(nlp, "The steelmaker posted net income for the fiscal second-quarter of $8.6 million.\n",
                     "1989-10-26")
    assert found == {"fiscal second-quarter": ("1989-Q2", "quarter")}


def test_the_future_after_into_and_about_but_not_for_the_foreseeable_future(nlp):
    found = dates_of(nlp, "Villagers are worried about the future. Troops will stay for the foreseeable future.\n",
                     "2025-03-12")
    assert found == {"the future": ("FUTURE_REF", "reference")}


def test_today_as_a_name_or_a_noun_is_no_date(nlp):
    found = dates_of(nlp, "Trump told NBC's “Today” on Monday that he was sitting in a house. “Imagine a tomorrow "
                          "where hard work is honored,” he said.\n", "2016-02-29")
    assert found == {"Monday": ("2016-02-29", "day")}


def test_words_the_model_takes_for_dates_that_name_no_date(nlp):
    found = dates_of(nlp, "Sales were seasonally weak. The appeal could take as long as a month. She met her teacher "
                          "from her year in kindergarten. Thousands joined the annual March for Life on Sunday.\n",
                     "1999-01-22")
    assert found == {"Sunday": ("1999-01-17", "day")}


def test_weekdays_heading_plural_parts_of_days_recur(nlp):
    found = dates_of(nlp, "Two flights will leave on Monday and Tuesday nights from March 30. The minister "
                          "arrives on Tuesday.\n", "1998-02-13")
    assert found == {"March 30": ("1998-03-30", "day"), "Tuesday": ("1998-02-17", "day")}


def test_today_and_tomorrow_said_of_an_age_are_references(nlp):
    found = dates_of(nlp, "Schools must prepare today's youth for work. The board wants the leaders of tomorrow.\n",
                     "2000-01-07")
    assert found == {"today": ("PRESENT_REF", "reference"), "tomorrow": ("FUTURE_REF", "reference")}
    found = dates_of(nlp, "Today's meeting was short. The rules apply as of today.\n", "2000-01-07")
    assert set(found.values()) == {("2000-01-07", "day")}


def test_quarters_and_terms_counted_from_a_report_are_references(nlp):
    found = dates_of(nlp, "The loss will cut tax payments in future quarters. Results were weak over the past several "
                          "quarters. The rest will be paid at a later date. Prices may fall in the short term, but "
                          "the bank holds short-term debt.\n", "1989-10-30")
    assert found == {"future quarters": ("FUTURE_REF", "reference"),
                     "the past several quarters": ("PAST_REF", "reference"),
                     "a later date": ("FUTURE_REF", "reference"), "the short term": ("FUTURE_REF", "reference")}


def test_a_past_event_dated_by_its_own_verb_is_behind_the_writing(nlp):
    found = dates_of(nlp, "The bakery switched from weekly to daily deliveries in December. In the year-ago "
                          "quarter, the third quarter ended Nov. 30, the bakery had a loss. The union extended "
                          "its strike to Nov. 20.", "2015-10-27")
    assert found["December"] == ("2014-12", "month")
    assert found["Nov. 30"] == ("2014-11-30", "day")
    assert found["Nov. 20"] == ("2015-11-20", "day")  # a deadline just ahead stays ahead
    found = dates_of(nlp, "The scandal may backfire and cost the mayor his seat in the vote on Nov. 13.",
                     "2015-10-27")
    assert found["Nov. 13"] == ("2015-11-13", "day")  # "may" serves both verbs


def test_a_plan_whose_own_clause_is_past_is_no_longer_ahead(nlp):
    found = dates_of(nlp, "A concert planned at the park for Saturday was canceled after the storm. A parade "
                          "planned for Friday was called off. A summit scheduled for Thursday will open with a "
                          "speech.", "2015-10-25")
    assert found["Saturday"] == ("2015-10-24", "day")
    assert found["Friday"] == ("2015-10-23", "day")
    assert found["Thursday"] == ("2015-10-29", "day")


def test_an_expression_nothing_places_is_left_out_of_a_dated_article(nlp):
    text = "The talks collapsed. Three days later, the union walked out on Monday."
    assert set(dates_of(nlp, text, "2015-10-27")) == {"Monday"}
    assert set(dates_of(nlp, text)) == {"Three days later", "Monday"}  # undated: kept, as nothing is placed
