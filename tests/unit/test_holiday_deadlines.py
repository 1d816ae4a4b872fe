""""By Mother's Day", "before Easter", "ready for Black Friday": a holiday a client names as
the day is read as that day (the day before for "before"), from the ``holidays`` package's
calendars and the retail days; a holiday named beside no work is no due date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from benchmarks.deadlines import HOLIDAY_LOOK_ALIKES
from intake.parsers.dates.holidays import holiday_key, named_holiday
from intake.parsers.extract import extract
from intake.parsers.mentions import same_sentence

SENT = datetime(2027, 3, 3, 15, tzinfo=UTC)  # a Wednesday


def _due(text: str) -> list[str]:
    return [d.date.isoformat() for d in extract(text, sent_at=SENT,
                                                timezone="America/New_York").due_dates]


@pytest.mark.parametrize(("text", "day"), [
    ("Need everything wrapped up before Easter.", "2027-03-27"),
    ("We want the mailer in homes by Mother's Day.", "2027-05-09"),
    ("The menu should be ready by St. Patrick's Day.", "2027-03-17"),
    ("We need the flyers before the Fourth of July.", "2027-07-03"),
    ("The window signs need to be up for Black Friday.", "2027-11-26"),
    ("Please have the banners done by Father's Day.", "2027-06-20"),
    ("The holiday cards have to go out before Thanksgiving.", "2027-11-24"),  # as before
])
def test_a_holiday_named_as_the_day_is_due(text: str, day: str) -> None:
    assert _due(text) == [day]


@pytest.mark.parametrize("text", [
    *HOLIDAY_LOOK_ALIKES,
    "Grow the email list to 250,000 subscribers before Black Friday.",  # a goal's horizon
    "3. Grow the email list to 250,000 subscribers before Black Friday.",  # in a numbered list
    "We had a good Friday, thanks for asking.",  # no holiday: lower case, a plain Friday
])
def test_a_holiday_beside_no_work_is_no_due_date(text: str) -> None:
    assert not [d for d in _due(text) if d.startswith("2027-03-26")], text
    if "Friday, thanks" not in text:
        assert _due(text) == [], text


def test_spellings_meet_the_calendars_names() -> None:
    assert holiday_key("St. Patrick’s Day") == holiday_key("Saint Patrick's Day")
    assert holiday_key("Easter") == holiday_key("Easter Sunday")
    assert holiday_key("the Fourth of July") == holiday_key("Independence Day")
    assert named_holiday("Presidents' Day", date(2027, 1, 4)) == date(2027, 2, 15)


def test_a_holiday_just_past_is_this_years_and_a_long_past_one_next_years() -> None:
    assert named_holiday("Easter", date(2027, 3, 31)) == date(2027, 3, 28)  # three days on
    assert named_holiday("Easter", date(2027, 5, 1)) == date(2028, 4, 16)
    assert named_holiday("Cyber Monday", date(2027, 3, 3)) == date(2027, 11, 29)
    assert named_holiday("Flag Burning Day", date(2027, 3, 3)) is None


def test_a_numbered_item_is_the_same_sentence_as_its_words() -> None:
    assert same_sentence("3. Grow the list") == same_sentence("Grow the list")
    assert same_sentence("a) Grow the list") == "Grow the list"
    assert same_sentence("3.5% growth is the goal") == "3.5% growth is the goal"
