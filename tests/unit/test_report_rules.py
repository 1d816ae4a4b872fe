"""Report rules as pure functions: thanks-only, client-owes, first lines, ages, settings."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.config import ReportSettings, parse
from intake.errors import ConfigError
from intake.report import _AgeMeter, report_calendar
from intake.report_rules import client_owes_reply, first_lines, is_thanks_only
from intake.scheduling import BusinessCalendar

SIGNATURE = ("\n\nMaria Chen\nMarketing Director | Harbor Foods\n+1 555 0100\n"
             "www.harborfoods.example")


@pytest.mark.parametrize("text", [
    "Thanks!",
    "Thank you so much",
    "Great, thanks",
    "Merci",
    "Merci beaucoup !",
    "Danke",
    "Vielen Dank!",
    "Got it, thank you.",
    "Thanks Dana!",
    "Perfect, thanks a lot :)",
    "Hi Dana,\n\nThanks for the update!\n\nBest,\nMaria",
    "Thanks so much!" + SIGNATURE,
    "Thank you!\n\nSent from my iPhone",
])
def test_thanks_only(text: str) -> None:
    assert is_thanks_only(text, sender_name="Maria Chen")


@pytest.mark.parametrize("text", [
    "",
    "Sent from my iPhone",
    "Thanks - can you send the files?",
    "Thanks!\nAlso, can you move the deadline to Friday",
    "Thanks!\nThe logo needs to be bigger",
    "Thanks, but the logo is too small.",
    "Thanks for the files, they look off",
    "Can we launch the spring campaign on March 3?",
    "Thanks! Please resend the invoice." + SIGNATURE,
    "Thanks! " + "very " * 30,
])
def test_not_thanks_only(text: str) -> None:
    assert not is_thanks_only(text, sender_name="Maria Chen")


@pytest.mark.parametrize("text", [
    "I'll get back to you tomorrow.",
    "I’ll get back to you on Monday",
    "Will confirm tomorrow.",
    "Let me check with the team and get back to you.",
    "We will check internally and revert.",
    "Je reviens vers vous demain.",
    "Ich melde mich morgen.",
    "Thanks! I will confirm the date tomorrow." + SIGNATURE,
])
def test_client_owes_reply(text: str) -> None:
    assert client_owes_reply(text)


@pytest.mark.parametrize("text", [
    "Can you send the budget? I'll confirm the date tomorrow.",
    "I'll confirm tomorrow, but please hold the booking.",
    "Please revert the logo to the old one.",
    "Send me the files",
    "Let me know when the proofs are ready.",
    "",
])
def test_client_does_not_owe_reply(text: str) -> None:
    assert not client_owes_reply(text)


def test_first_lines_skip_the_greeting_and_cut_long_lines() -> None:
    text = "Hi Dana,\n\nCan we move the launch?\n" + "x" * 300 + "\nThird\nFourth"
    lines = first_lines(text, count=3, width=50)
    assert lines[0] == "Can we move the launch?"
    assert len(lines[1]) == 50 and lines[1].endswith("…")
    assert lines[2] == "Third"


# -- ages ------------------------------------------------------------------------------

US = BusinessCalendar("US", "NY")
NOW = datetime(2027, 1, 19, 15, 0, tzinfo=UTC)  # Tuesday 10:00 in New York


def test_age_meter_over_a_weekend_and_a_holiday() -> None:
    friday_4pm = datetime(2027, 1, 15, 21, 0, tzinfo=UTC)
    meter = _AgeMeter(US, "America/New_York", NOW, [friday_4pm])
    assert meter.hours(friday_4pm) == 2.0  # Friday 16-17, MLK Day closed, Tuesday 9-10
    assert meter.hours(NOW + timedelta(hours=1)) == 0.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400 * 24 * 60), min_size=1, max_size=12))
def test_age_meter_agrees_with_the_calendar(minutes_back: list[int]) -> None:
    starts = [NOW - timedelta(minutes=m) for m in minutes_back]
    meter = _AgeMeter(US, "America/New_York", NOW, starts)
    for start in starts:
        expected = US.business_hours_between(start, NOW, "America/New_York")
        assert meter.hours(start) == pytest.approx(expected, abs=0.006)


# -- settings --------------------------------------------------------------------------


def _config(**extra: object):  # type: ignore[no-untyped-def]
    return parse({"agency": {"ae": "ae@agency.example", "intake": "intake@agency.example"},
                  **extra}, path=Path("/etc/intake.toml"))


def test_report_settings_defaults_and_values() -> None:
    assert _config().report == ReportSettings()
    parsed = _config(report={"time": "19:30", "enabled": False, "lookback_days": 30}).report
    assert parsed.time == time(19, 30) and not parsed.enabled and parsed.lookback_days == 30


@pytest.mark.parametrize(("table", "key"), [
    ({"time": "7pm"}, "report.time"),
    ({"enabled": "yes"}, "report.enabled"),
    ({"lookback_days": -1}, "report.lookback_days"),
    ({"colour": "red"}, "report.colour"),
])
def test_report_settings_errors_name_file_and_key(table: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _config(report=table)
    assert str(caught.value).startswith(f"/etc/intake.toml: {key}: ")


def test_calendar_without_schedule_has_weekdays_only() -> None:
    calendar = report_calendar(_config())
    assert calendar.is_business_day(datetime(2027, 1, 18).date())  # MLK Day is not known
    assert not calendar.is_business_day(datetime(2027, 1, 16).date())
    assert not report_calendar(_config(schedule={"holidays": {"country": "US"}})).is_business_day(
        datetime(2027, 1, 18).date())
