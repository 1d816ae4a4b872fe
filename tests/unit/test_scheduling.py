"""Business days, lead-time plans, reminder plans and the milestones .ics, from calendar facts.

Expected dates come from the published calendars: US federal holidays
(Thanksgiving 2026-11-26; Independence Day 2026 observed on Friday 3 July;
Christmas 2027 observed Friday 24 December; New Year 2022 and 2028 observed
on the Friday before), California's Day after Thanksgiving and Cesar Chavez
Day, and the 2026 DST changes (New York: 8 March, 1 November; Paris:
29 March, 25 October).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from intake.config import schedule_from_config
from intake.errors import ConfigError
from intake.scheduling import (
    BusinessCalendar,
    JobType,
    Milestone,
    match_job_type,
    milestones_ics,
    plan_reminders,
    plan_schedule,
    replan,
)

NY = "America/New_York"
PARIS = "Europe/Paris"
D = date.fromisoformat

US = BusinessCalendar("US", None, frozenset())
US_CA = BusinessCalendar("US", "CA", frozenset())
US_XMAS_SHUTDOWN = BusinessCalendar(
    "US", None, frozenset({D("2026-12-28"), D("2026-12-29"), D("2026-12-30"), D("2026-12-31")})
)
FR = BusinessCalendar("FR", None, frozenset())
CALENDARS = {"US": US, "US-CA": US_CA, "US+shutdown": US_XMAS_SHUTDOWN, "FR": FR}


def at(text: str, tz: str) -> datetime:
    """A local wall-clock time in ``tz`` as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- business days ----------------------------------------------------------


@pytest.mark.parametrize(
    ("cal", "day", "expected"),
    [
        ("US", "2026-11-26", False),  # Thanksgiving
        ("US", "2026-11-27", True),  # day after: worked federally
        ("US-CA", "2026-11-27", False),  # ... but a California holiday
        ("US", "2026-07-03", False),  # 4 July on a Saturday, observed Friday
        ("US", "2027-07-05", False),  # 4 July on a Sunday, observed Monday
        ("US", "2021-12-31", False),  # New Year 2022 observed in the year before
        ("US", "2026-03-31", True),
        ("US-CA", "2026-03-31", False),  # Cesar Chavez Day
        ("US", "2026-12-29", True),
        ("US+shutdown", "2026-12-29", False),  # an extra closure
        ("US", "2026-11-28", False),  # Saturday
        ("FR", "2026-07-14", False),
        ("FR", "2026-05-14", False),  # Ascension
        ("FR", "2026-11-26", True),
    ],
)
def test_is_business_day(cal: str, day: str, expected: bool) -> None:
    assert CALENDARS[cal].is_business_day(D(day)) is expected


@pytest.mark.parametrize(
    ("cal", "day", "n", "expected"),
    [
        ("US", "2026-11-25", 1, "2026-11-27"),  # over Thanksgiving
        ("US-CA", "2026-11-25", 1, "2026-11-30"),  # and the day after in California
        ("US", "2026-07-02", 1, "2026-07-06"),  # over the observed Friday
        ("US", "2026-07-06", -1, "2026-07-02"),
        ("US", "2027-12-23", 1, "2027-12-27"),  # Christmas observed Friday
        ("US", "2027-12-30", 1, "2028-01-03"),  # New Year observed Friday 31 Dec
        ("US", "2021-12-30", 1, "2022-01-03"),
        ("US", "2026-11-28", 0, "2026-11-30"),  # Saturday, n=0: rolls forward
        ("US", "2026-11-28", 1, "2026-12-01"),
        ("US", "2026-11-28", -1, "2026-11-27"),  # Saturday minus one is Friday
        ("US-CA", "2026-11-28", -1, "2026-11-25"),
        ("US", "2026-12-24", 1, "2026-12-28"),
        ("US+shutdown", "2026-12-24", 1, "2027-01-04"),  # Christmas, shutdown, New Year
        ("US", "2026-03-30", 1, "2026-03-31"),
        ("US-CA", "2026-03-30", 1, "2026-04-01"),
        ("US", "2026-11-16", 10, "2026-12-01"),
        ("FR", "2026-05-13", 1, "2026-05-15"),  # over Ascension Thursday
    ],
)
def test_add_business_days(cal: str, day: str, n: int, expected: str) -> None:
    calendar = CALENDARS[cal]
    assert calendar.add_business_days(D(day), n) == D(expected)
    if n:
        assert calendar.subtract_business_days(D(expected), n) == calendar.roll_forward(D(day))


@pytest.mark.parametrize(
    ("cal", "start", "end", "expected"),
    [
        ("US", "2026-11-23", "2026-11-30", 4),  # Mon..Fri less Thanksgiving
        ("US-CA", "2026-11-23", "2026-11-30", 3),
        ("US", "2026-11-30", "2026-11-23", -4),
        ("US", "2026-11-28", "2026-11-30", 0),  # a weekend
        ("US", "2026-12-21", "2027-01-04", 8),
        ("US+shutdown", "2026-12-21", "2027-01-04", 4),
        ("US", "2026-11-25", "2026-11-25", 0),
    ],
)
def test_business_days_between(cal: str, start: str, end: str, expected: int) -> None:
    assert CALENDARS[cal].business_days_between(D(start), D(end)) == expected


# -- business hours -----------------------------------------------------------


@pytest.mark.parametrize(
    ("cal", "tz", "start", "end", "hours"),
    [
        # Over the New York spring-forward weekend: 5 h Friday + 3 h Monday.
        ("US", NY, at("2026-03-06T12:00", NY), at("2026-03-09T12:00", NY), 8.0),
        # Over the fall-back weekend: 1 h + 1 h.
        ("US", NY, at("2026-10-30T16:00", NY), at("2026-11-02T10:00", NY), 2.0),
        # The same UTC hours are 09-17 EDT but 08-16 EST.
        ("US", NY, utc("2026-03-09T13:00"), utc("2026-03-09T21:00"), 8.0),
        ("US", NY, utc("2026-03-02T13:00"), utc("2026-03-02T21:00"), 7.0),
        # Thanksgiving counts nothing: 2 h Wednesday + 2 h Friday.
        ("US", NY, at("2026-11-25T15:00", NY), at("2026-11-27T11:00", NY), 4.0),
        ("US-CA", NY, at("2026-11-25T15:00", NY), at("2026-11-27T11:00", NY), 2.0),
        # Paris spring-forward weekend: 30 min + 30 min.
        ("FR", PARIS, at("2026-03-27T16:30", PARIS), at("2026-03-30T09:30", PARIS), 1.0),
        # Paris fall-back: Friday 16:00 CEST to Monday 10:00 CET.
        ("FR", PARIS, at("2026-10-23T16:00", PARIS), at("2026-10-26T10:00", PARIS), 2.0),
        # The end before the start: negative.
        ("US", NY, at("2026-03-09T12:00", NY), at("2026-03-06T12:00", NY), -8.0),
        # Outside hours only.
        ("US", NY, at("2026-03-09T17:00", NY), at("2026-03-10T09:00", NY), 0.0),
    ],
)
def test_business_hours_between(
    cal: str, tz: str, start: datetime, end: datetime, hours: float
) -> None:
    assert CALENDARS[cal].business_hours_between(start, end, tz) == hours


@pytest.mark.parametrize(
    ("tz", "day", "hours"),
    [
        # Hours 01:00-05:00 cross the change itself: the wall clock skips or repeats an hour.
        (NY, "2026-03-08", 3.0),
        (NY, "2026-11-01", 5.0),
        (PARIS, "2026-03-29", 3.0),
        (PARIS, "2026-10-25", 5.0),
        (PARIS, "2026-03-22", 4.0),
    ],
)
def test_business_hours_across_a_dst_change_inside_the_window(
    tz: str, day: str, hours: float
) -> None:
    night_shift = BusinessCalendar(
        "US", None, frozenset(), workdays=frozenset(range(7)), hours=(time(1), time(5))
    )
    start = at(f"{day}T00:00", tz)
    end = start + timedelta(days=1)
    assert night_shift.business_hours_between(start, end, tz) == hours


@pytest.mark.parametrize(
    ("cal", "tz", "moment", "expected"),
    [
        ("US", NY, at("2026-03-07T12:00", NY), utc("2026-03-09T13:00")),  # Sat -> Mon 09 EDT
        ("US", NY, at("2026-03-02T08:00", NY), utc("2026-03-02T14:00")),  # before 09 EST
        ("US", NY, at("2026-03-03T10:15", NY), utc("2026-03-03T15:15")),  # inside: itself
        ("US", NY, at("2026-03-03T17:00", NY), utc("2026-03-04T14:00")),  # end is outside
        ("US", NY, at("2026-11-25T18:00", NY), utc("2026-11-27T14:00")),  # over Thanksgiving
        ("FR", PARIS, at("2026-03-27T17:00", PARIS), utc("2026-03-30T07:00")),  # CET -> CEST
    ],
)
def test_next_business_moment(cal: str, tz: str, moment: datetime, expected: datetime) -> None:
    found = CALENDARS[cal].next_business_moment(moment, tz)
    assert found == expected
    assert found.utcoffset() == timedelta(0)


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        US.business_hours_between(datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), NY)


# -- configuration errors -------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "subdivision"),
    [("XX", None), ("US", "ZZ"), ("", None)],
)
def test_unknown_country_or_subdivision_is_a_config_error(
    country: str, subdivision: str | None
) -> None:
    with pytest.raises(ConfigError) as caught:
        BusinessCalendar(country, subdivision, frozenset())
    assert caught.value.key == "schedule.holidays.country"
    assert caught.value.exit_code == 2


def test_country_and_subdivision_case_is_repaired() -> None:
    calendar = BusinessCalendar("us", "ca", frozenset({D("2026-12-29")}))
    assert (calendar.country, calendar.subdivision) == ("US", "CA")
    assert calendar == BusinessCalendar("US", "CA", frozenset({D("2026-12-29")}))
    assert not calendar.is_business_day(D("2026-11-27"))


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"workdays": frozenset()}, "schedule.workdays"),
        ({"workdays": frozenset({7})}, "schedule.workdays"),
        ({"hours": (time(17), time(9))}, "schedule.hours"),
    ],
)
def test_bad_days_or_hours_are_config_errors(kwargs: dict, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        BusinessCalendar("US", None, frozenset(), **kwargs)
    assert caught.value.key == key


def test_unknown_time_zone_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        US.next_business_moment(utc("2026-03-02T12:00"), "Mars/Olympus_Mons")
    assert caught.value.key == "schedule.time_zone"


# -- job types --------------------------------------------------------------------

PRINT_AD = JobType(
    "print ad",
    ("print ad", "magazine ad"),
    (
        Milestone("brief", 2, "client"),
        Milestone("first round", 5, "agency"),
        Milestone("client approval", 2, "client"),
        Milestone("files to publication", 3, "agency"),
    ),
)
DISPLAY = JobType(
    "display",
    ("ad", "banner", "display campaign"),
    (Milestone("assets", 3, "client"), Milestone("build", 4, "agency")),
)
VIDEO = JobType(
    "video", ("video", "spot"), (Milestone("script approval", 5, "client"), Milestone("edit", 10))
)
SPOT_COLOR = JobType("spot colour print", ("spot",), (Milestone("proof", 1),))
JOBS = (DISPLAY, PRINT_AD, VIDEO, SPOT_COLOR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can we get a quote for a print ad in Vogue?", "print ad"),
        ("New PRINT-AD for the spring issue", "print ad"),  # case and hyphen
        ("print\n ad sizes attached", "print ad"),  # words split over a line
        ("We need an ad on their homepage", "display"),
        ("Three banners and a display campaign", "display"),  # plural
        ("Our magazine ad and a banner", "print ad"),  # two words beat one
        ("What an adventure this launch was", None),  # not a whole word
        ("Three banners, please", "display"),  # a plural s
        ("A 30s spot for TV", "video"),  # equal keywords, equal count: the first listed
        ("nothing to see here", None),
        ("", None),
    ],
)
def test_match_job_type(text: str, expected: str | None) -> None:
    found = match_job_type(text, JOBS)
    assert (found.name if found else None) == expected


def test_match_job_type_prefers_the_job_matching_more_keywords_on_a_tie() -> None:
    found = match_job_type("a video spot", (SPOT_COLOR, VIDEO))
    assert found is VIDEO  # both match "spot"; video also matches "video"


@pytest.mark.parametrize(
    ("make", "key"),
    [
        (lambda: Milestone("brief", -1, "client"), "job_types.milestones"),
        (lambda: Milestone("brief", 1, "printer"), "job_types.milestones"),  # type: ignore[arg-type]
        (lambda: Milestone(" ", 1), "job_types.milestones"),
        (lambda: JobType("x", ("x",), ()), "job_types"),
        (lambda: JobType("x", (), (Milestone("a", 1), Milestone("a", 2))), "job_types"),
    ],
)
def test_bad_job_types_are_config_errors(make, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        make()
    assert caught.value.key == key


# -- plans -------------------------------------------------------------------------


def test_plan_works_back_over_thanksgiving() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US)
    assert [(m.name, m.date) for m in plan.milestones] == [
        ("brief", D("2026-11-19")),
        ("first round", D("2026-11-27")),
        ("client approval", D("2026-12-01")),
        ("files to publication", D("2026-12-04")),
    ]
    assert plan.start == D("2026-11-17")
    assert plan.feasible
    assert plan.slack_business_days == 1
    assert plan.total_business_days == 12
    assert plan.earliest_due == D("2026-12-03")
    assert [m.name for m in plan.client_milestones] == ["brief", "client approval"]


def test_a_due_date_on_a_saturday_is_met_on_the_friday_before() -> None:
    saturday = plan_schedule(PRINT_AD, D("2026-12-05"), today=D("2026-11-16"), calendar=US)
    friday = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US)
    assert saturday.milestones == friday.milestones
    assert saturday.due == D("2026-12-05")


def test_an_infeasible_plan_offers_the_earliest_date() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-18"), calendar=US)
    assert not plan.feasible
    assert plan.slack_business_days == -1
    assert plan.milestones[0].date == D("2026-11-19")  # still worked back from the due date
    assert [(m.name, m.date) for m in plan.earliest_milestones] == [
        ("brief", D("2026-11-20")),
        ("first round", D("2026-11-30")),
        ("client approval", D("2026-12-02")),
        ("files to publication", D("2026-12-07")),
    ]
    assert plan.earliest_due == D("2026-12-07")
    met = plan_schedule(PRINT_AD, plan.earliest_due, today=D("2026-11-18"), calendar=US)
    assert met.feasible and met.slack_business_days == 0


def test_the_california_calendar_moves_the_same_job() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US_CA)
    assert plan.milestones[1].date == D("2026-11-25")  # the Friday is a holiday there
    assert plan.start == D("2026-11-16")
    assert plan.feasible and plan.slack_business_days == 0


# -- reminders ---------------------------------------------------------------------


def test_reminders_two_business_days_before_each_client_milestone() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US)
    reminders = plan_reminders(plan, now=utc("2026-11-16T15:00"), client_tz=NY)
    assert [(r.milestone, r.milestone_date, r.send_at) for r in reminders] == [
        ("brief", D("2026-11-19"), utc("2026-11-17T15:00")),  # Tue 10:00 EST
        ("client approval", D("2026-12-01"), utc("2026-11-27T15:00")),  # Fri, not Thanksgiving
    ]
    assert reminders[0].key == "brief:2026-11-19@2026-11-17T15:00Z"
    paris = plan_reminders(plan, now=utc("2026-11-16T15:00"), client_tz=PARIS)
    assert paris[0].send_at == utc("2026-11-17T09:00")


def test_a_reminder_whose_moment_has_passed_is_left_out() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US)
    just_before = plan_reminders(plan, now=utc("2026-11-17T14:59"), client_tz=NY)
    at_the_moment = plan_reminders(plan, now=utc("2026-11-17T15:00"), client_tz=NY)
    assert [r.milestone for r in just_before] == ["brief", "client approval"]
    assert [r.milestone for r in at_the_moment] == ["client approval"]


@pytest.mark.parametrize(
    ("due", "send_at"),
    [
        ("2026-03-04", utc("2026-03-02T15:00")),  # 10:00 EST
        ("2026-03-11", utc("2026-03-09T14:00")),  # 10:00 EDT, after spring forward
        ("2026-11-04", utc("2026-11-02T15:00")),  # 10:00 EST, after fall back
    ],
)
def test_reminder_send_time_follows_the_clients_dst(due: str, send_at: datetime) -> None:
    job = JobType("approval", (), (Milestone("approval", 1, "client"),))
    plan = plan_schedule(job, D(due), today=D("2026-02-02"), calendar=US)
    (reminder,) = plan_reminders(plan, now=utc("2026-02-02T12:00"), client_tz=NY)
    assert reminder.send_at == send_at


def test_send_at_outside_business_hours_is_a_config_error() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US)
    with pytest.raises(ConfigError) as caught:
        plan_reminders(plan, now=utc("2026-11-16T15:00"), client_tz=NY, send_at=time(20))
    assert caught.value.key == "schedule.reminders.send_at"


def test_replan_after_a_changed_due_date_cancels_and_adds() -> None:
    now = utc("2026-11-16T15:00")
    old = plan_reminders(
        plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US),
        now=now,
        client_tz=NY,
    )
    new = plan_reminders(
        plan_schedule(PRINT_AD, D("2026-12-11"), today=D("2026-11-16"), calendar=US),
        now=now,
        client_tz=NY,
    )
    keep, cancel, add = replan([r.key for r in old], new)
    assert keep == ()
    assert cancel == tuple(r.key for r in old)
    assert add == new


def test_replan_of_the_same_plan_keeps_what_is_pending() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US)
    first = plan_reminders(plan, now=utc("2026-11-16T15:00"), client_tz=NY)
    # The brief reminder went out; a re-plan the next evening sees only the approval pending.
    later = plan_reminders(plan, now=utc("2026-11-17T22:00"), client_tz=NY)
    keep, cancel, add = replan([first[1].key], later)
    assert keep == (first[1].key,)
    assert cancel == ()
    assert add == ()


def test_replan_on_hold_cancels_every_pending_reminder() -> None:
    keys = ["brief:2026-11-19@2026-11-17T15:00Z", "x:2026-12-01@2026-11-27T15:00Z"]
    assert replan(keys + keys[:1], ()) == ((), tuple(keys), ())


def test_a_longer_lead_changes_the_keys() -> None:
    plan = plan_schedule(PRINT_AD, D("2026-12-04"), today=D("2026-11-16"), calendar=US)
    two = plan_reminders(plan, now=utc("2026-11-16T12:00"), client_tz=NY)
    one = plan_reminders(plan, now=utc("2026-11-16T12:00"), client_tz=NY, lead_business_days=1)
    keep, cancel, add = replan([r.key for r in two], one)
    assert keep == () and len(cancel) == 2 and len(add) == 2
    assert one[0].send_at == utc("2026-11-18T15:00")


# -- .ics ----------------------------------------------------------------------------


def _plan(due: str):
    return plan_schedule(PRINT_AD, D(due), today=D("2026-11-16"), calendar=US)


def test_ics_has_one_all_day_event_per_client_milestone() -> None:
    text = milestones_ics(
        _plan("2026-12-04"), summary_prefix="Acme", uid_domain="agency.example", client_tz=NY
    )
    parsed = icalendar.Calendar.from_ical(text)
    events = list(parsed.walk("VEVENT"))
    assert [(str(e["summary"]), e.decoded("dtstart"), e.decoded("dtend")) for e in events] == [
        ("Acme: brief", D("2026-11-19"), D("2026-11-20")),
        ("Acme: client approval", D("2026-12-01"), D("2026-12-02")),
    ]
    assert "DTSTART;VALUE=DATE:20261119\r\n" in text
    assert all(str(e["uid"]).endswith("@agency.example") for e in events)
    assert str(parsed["version"]) == "2.0" and parsed["prodid"]


def test_ics_lines_end_in_crlf_and_are_folded_and_escaped() -> None:
    prefix = "Café Müller; Spring, 2027 \\ " + "très long " * 12
    text = milestones_ics(
        _plan("2026-12-04"), summary_prefix=prefix, uid_domain="agency.example", client_tz=NY
    )
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines)  # at least one folded line
    assert "Café Müller\\; Spring\\, 2027 \\\\ " in text.replace("\r\n ", "")
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["summary"]) == f"{prefix}: brief"


def test_ics_uids_survive_a_changed_date() -> None:
    def events(due: str):
        text = milestones_ics(
            _plan(due), summary_prefix="Acme", uid_domain="agency.example", client_tz=NY
        )
        return {
            str(e["uid"]): e.decoded("dtstart")
            for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
        }

    before, after = events("2026-12-04"), events("2026-12-11")
    assert before.keys() == after.keys()
    assert before != after


def test_ics_is_a_pure_function_of_its_inputs() -> None:
    kwargs = {"summary_prefix": "Acme", "uid_domain": "agency.example", "client_tz": NY}
    assert milestones_ics(_plan("2026-12-04"), **kwargs) == milestones_ics(
        _plan("2026-12-04"), **kwargs
    )
    stamped = milestones_ics(_plan("2026-12-04"), now=at("2026-11-16T10:00", NY), **kwargs)
    assert "DTSTAMP:20261116T150000Z\r\n" in stamped


# -- config tables -------------------------------------------------------------------

SCHEDULE = {
    "workdays": ["Mon", "tue", "wednesday", "thu", "fri"],
    "hours": ["08:30", "17:30"],
    "holidays": {"country": "US", "subdivision": "ca", "closures": [D("2026-12-28"), "2026-12-29"]},
    "reminders": {"lead_business_days": 3, "send_at": "09:00"},
}
JOB_TYPES = [
    {
        "name": "print ad",
        "keywords": ["print ad"],
        "milestones": [
            {"name": "brief", "business_days": 2, "owner": "client"},
            {"name": "files", "business_days": 3},
        ],
    }
]


def test_schedule_from_config_reads_every_table() -> None:
    settings = schedule_from_config(SCHEDULE, JOB_TYPES, path="intake.toml")
    calendar = settings.calendar
    assert calendar == BusinessCalendar(
        "US",
        "CA",
        frozenset({D("2026-12-28"), D("2026-12-29")}),
        hours=(time(8, 30), time(17, 30)),
    )
    assert (settings.lead_business_days, settings.send_at) == (3, time(9))
    assert settings.job_types == (
        JobType(
            "print ad", ("print ad",), (Milestone("brief", 2, "client"), Milestone("files", 3))
        ),
    )


def test_schedule_from_config_defaults() -> None:
    settings = schedule_from_config({"holidays": {"country": "FR"}}, None)
    assert settings.calendar == FR
    assert (settings.lead_business_days, settings.send_at, settings.job_types) == (2, time(10), ())


@pytest.mark.parametrize(
    ("schedule", "job_types", "key"),
    [
        ({}, [], "schedule.holidays.country"),
        ({"holidays": {"country": "XX"}}, [], "schedule.holidays.country"),
        (
            {"holidays": {"country": "US", "closures": ["2026-02-30"]}},
            [],
            "schedule.holidays.closures[0]",
        ),
        (
            {"holidays": {"country": "US"}, "workdays": ["mon", "funday"]},
            [],
            "schedule.workdays[1]",
        ),
        ({"holidays": {"country": "US"}, "hours": ["17:00", "09:00"]}, [], "schedule.hours"),
        ({"holidays": {"country": "US"}, "hours": ["9am", "17:00"]}, [], "schedule.hours[0]"),
        (
            {"holidays": {"country": "US"}, "reminders": {"send_at": "07:00"}},
            [],
            "schedule.reminders.send_at",
        ),
        (
            {"holidays": {"country": "US"}, "reminders": {"lead_business_days": -1}},
            [],
            "schedule.reminders.lead_business_days",
        ),
        ({"holidays": {"country": "US"}, "colour": "blue"}, [], "schedule.colour"),
        (
            {"holidays": {"country": "US"}},
            [{"name": "x", "milestones": []}],
            "job_types[0].milestones",
        ),
        (
            {"holidays": {"country": "US"}},
            [{"name": "x", "milestones": [{"name": "a", "business_days": "2"}]}],
            "job_types[0].milestones[0].business_days",
        ),
        (
            {"holidays": {"country": "US"}},
            [{"name": "x", "milestones": [{"name": "a", "business_days": 2, "owner": "printer"}]}],
            "job_types[0].milestones[0]",
        ),
        ({"holidays": {"country": "US"}}, [*JOB_TYPES, *JOB_TYPES], "job_types[1].name"),
    ],
)
def test_schedule_from_config_names_the_bad_key(schedule, job_types, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        schedule_from_config(schedule, job_types, path="intake.toml")
    assert caught.value.key == key
    assert str(caught.value).startswith(f"intake.toml: {key}: ")
    assert str(caught.value).count(key) == 1
