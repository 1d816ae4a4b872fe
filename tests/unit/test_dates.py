"""Due-date extraction: the normaliser's calendar rules and realistic client sentences.

Unless a case says otherwise the mail was sent on Thursday 26 November 2026 at
10:00 in New York.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from intake.errors import ConfigError
from intake.parsers.dates import extract_due_dates, sent_date
from intake.parsers.dates.normalise import (
    Reference,
    Shape,
    add_business_days,
    add_months,
    lead_before,
    normalise,
    number_value,
    ordinal_value,
)
from intake.parsers.dates.patterns import find_dates
from intake.parsers.nlp import analyse

SENT = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # Thursday, 10:00 in New York
ZONE = "America/New_York"
THURSDAY = Reference(date(2026, 11, 26))


def due_and_replaced(text: str, **kwargs) -> tuple[set[str], set[str]]:
    options = {"sent_at": SENT, "timezone": ZONE} | kwargs
    due, replaced = extract_due_dates(text, **options)
    return {d.date.isoformat() for d in due}, {d.date.isoformat() for d in replaced}


# ---------------------------------------------------------------- normaliser


@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        (Shape("month_day", month=3, day=3), date(2027, 3, 3)),  # passed this year: next year
        (Shape("month_day", month=12, day=24), date(2026, 12, 24)),
        (Shape("month_day", month=11, day=23), date(2026, 11, 23)),  # 3 days ago: overdue
        (Shape("month_day", month=11, day=10), date(2027, 11, 10)),  # 16 days ago: next year
        (Shape("month_day", month=3, day=3, year=2028), date(2028, 3, 3)),
        (Shape("month_day", month=3, day=3, year=27), date(2027, 3, 3)),
        (Shape("month_day", month=2, day=30), None),
        (Shape("month_day", month=2, day=29), date(2028, 2, 29)),  # next year that has one
        (Shape("numeric", first=3, second=7), date(2027, 3, 7)),  # US month-first
        (Shape("numeric", first=15, second=12), date(2026, 12, 15)),  # day > 12: day-first
        (Shape("numeric", first=3, second=14), date(2027, 3, 14)),
        (Shape("numeric", first=14, second=2, year=2027, dotted=True), date(2027, 2, 14)),
        (Shape("numeric", first=3, second=7, year=2027, dotted=True), date(2027, 7, 3)),
        (Shape("numeric", first=13, second=13), None),
        (Shape("iso", year=2027, first=2, second=14), date(2027, 2, 14)),
        (Shape("iso", year=2027, first=2, second=31), None),
        (Shape("ordinal", day=20), date(2026, 12, 20)),  # the next 20th
        (Shape("ordinal", day=26), date(2026, 11, 26)),  # on or after the sent date
        (Shape("ordinal", day=31), date(2026, 12, 31)),  # November has no 31st
        (Shape("weekday", weekday=0), date(2026, 11, 30)),
        (Shape("weekday", weekday=3), date(2026, 12, 3)),  # "by Thursday" on a Thursday
        (Shape("weekday", weekday=4, modifier="this"), date(2026, 11, 27)),
        (Shape("weekday", weekday=3, modifier="this"), date(2026, 11, 26)),
        (Shape("weekday", weekday=4, modifier="next"), date(2026, 12, 4)),
        (Shape("weekday", weekday=0, modifier="next_week"), date(2026, 11, 30)),
        (Shape("weekday", weekday=1, modifier="last"), date(2026, 11, 24)),
        (Shape("offset", count=3, unit="week"), date(2026, 12, 17)),
        (Shape("offset", count=2, unit="day"), date(2026, 11, 28)),
        (Shape("offset", count=7, unit="day", business=True), date(2026, 12, 7)),
        (Shape("offset", count=10, unit="day", business=True), date(2026, 12, 10)),
        (Shape("offset", count=1, unit="week", business=True), date(2026, 12, 3)),
        (Shape("offset", count=3, unit="month"), date(2027, 2, 26)),
        (Shape("end_of", unit="day"), date(2026, 11, 26)),
        (Shape("end_of", unit="week"), date(2026, 11, 27)),
        (Shape("end_of", unit="week", count=1), date(2026, 12, 4)),
        (Shape("end_of", unit="month"), date(2026, 11, 30)),
        (Shape("end_of", unit="month", count=1), date(2026, 12, 31)),
        (Shape("end_of", unit="month", month=2), date(2027, 2, 28)),
        (Shape("end_of", unit="quarter"), date(2026, 12, 31)),
        (Shape("end_of", unit="quarter", count=1), date(2027, 3, 31)),
        (Shape("end_of", unit="quarter", month=6), date(2027, 6, 30)),
        (Shape("end_of", unit="year"), date(2026, 12, 31)),
        (Shape("start_of", unit="week", count=1), date(2026, 11, 30)),  # "next week"
        (Shape("start_of", unit="month", count=1), date(2026, 12, 1)),
        (Shape("start_of", unit="month", month=3), date(2027, 3, 1)),
        (Shape("mid", month=3), date(2027, 3, 15)),
        (Shape("today", count=1), date(2026, 11, 27)),
        (Shape("today", count=2), date(2026, 11, 28)),
    ],
)
def test_normalise(shape: Shape, expected: date | None) -> None:
    assert normalise(shape, THURSDAY) == expected


@pytest.mark.parametrize(
    ("shape", "anchor", "expected"),
    [
        (Shape("lead", count=2, unit="week"), date(2027, 4, 5), date(2027, 3, 22)),
        (Shape("lead", count=3, unit="day", business=True), date(2026, 12, 14), date(2026, 12, 9)),
        (Shape("lead", count=1, unit="day"), date(2027, 3, 1), date(2027, 2, 28)),
        (Shape("lead", count=1, unit="month"), date(2027, 3, 31), date(2027, 2, 28)),
    ],
)
def test_lead_before(shape: Shape, anchor: date, expected: date) -> None:
    assert lead_before(shape, anchor) == expected
    assert normalise(shape, THURSDAY) is None  # a lead alone names no day


def test_day_first_reference_swaps_ambiguous_numbers_only() -> None:
    day_first = Reference(date(2026, 11, 26), day_first=True)
    assert normalise(Shape("numeric", first=3, second=7), day_first) == date(2027, 7, 3)
    assert normalise(Shape("numeric", first=3, second=14), day_first) == date(2027, 3, 14)


def test_end_of_week_sent_at_a_weekend_is_the_next_friday() -> None:
    saturday = Reference(date(2026, 11, 28))
    assert normalise(Shape("end_of", unit="week"), saturday) == date(2026, 12, 4)


def test_a_date_in_december_for_february_rolls_over() -> None:
    december = Reference(date(2026, 12, 10))
    assert normalise(Shape("month_day", month=2, day=2), december) == date(2027, 2, 2)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 11, 26), 1, date(2026, 11, 27)),
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1 = Monday
        (date(2026, 11, 28), 5, date(2026, 12, 4)),  # from a Saturday
        (date(2026, 11, 26), 0, date(2026, 11, 26)),
    ],
)
def test_add_business_days(start: date, count: int, expected: date) -> None:
    assert add_business_days(start, count) == expected


def test_add_months_clamps_to_the_last_day() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("word", "value"),
    [("7", 7), ("seven", 7), ("Twenty", 20), ("a", 1), ("lots", None)],
)
def test_number_value(word: str, value: int | None) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("word", "value"), [("3rd", 3), ("20th", 20), ("31st", 31), ("32nd", None), ("x", None)]
)
def test_ordinal_value(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value


def test_sent_date_is_taken_in_the_senders_zone() -> None:
    late_evening_in_new_york = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
    assert sent_date(late_evening_in_new_york, "America/New_York") == date(2026, 11, 26)
    assert sent_date(late_evening_in_new_york, "Europe/Paris") == date(2026, 11, 27)
    assert sent_date(datetime(2026, 11, 27, 2, 0), "UTC") == date(2026, 11, 27)  # naive = UTC


def test_unknown_time_zone_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        sent_date(SENT, "Mars/Olympus_Mons")


# ---------------------------------------------------------------- due dates

DUE_CASES = [
    # Written months
    ("We need the final files by March 3.", {"2027-03-03"}),
    ("Please send the revised deck by 3 Mar.", {"2027-03-03"}),
    ("The artwork is due on the 2nd of March.", {"2027-03-02"}),
    ("Could we get the proofs by December 14th?", {"2026-12-14"}),
    ("Launch date: Friday, March 5, 2027.", {"2027-03-05"}),
    ("The brochure has to be at the printer no later than Dec. 4.", {"2026-12-04"}),
    ("Let's aim to go live on May 3.", {"2027-05-03"}),
    ("We need everything by January 15, 2027 at the latest.", {"2027-01-15"}),
    ("We still need it by November 23, sorry for the rush.", {"2026-11-23"}),
    # Numbers
    ("Could we have the banners by 03/07?", {"2027-03-07"}),
    ("Deadline: 2/14.", {"2027-02-14"}),
    ("The site needs to be live on 2027-02-14.", {"2027-02-14"}),
    ("Final files by 14.02.2027 please.", {"2027-02-14"}),
    ("We need the copy by 15/12.", {"2026-12-15"}),
    ("Please deliver by 12/18/26.", {"2026-12-18"}),
    # Ordinals, weekdays
    ("Can you get it to us by the 20th?", {"2026-12-20"}),
    ("The banners are due by 30th.", {"2026-11-30"}),
    ("Print data by 15.12., e-mail send date 18.12.", {"2026-12-15", "2026-12-18"}),
    ("COB Wednesday for the first round, please.", {"2026-12-02"}),
    ("We need it by Thursday.", {"2026-12-03"}),
    ("Can we get the proofs this Friday?", {"2026-11-27"}),
    ("Let's aim for next Friday for the launch.", {"2026-12-04"}),
    ("Please have the cut-downs ready by Monday EOD.", {"2026-11-30"}),
    ("The deck should land Friday next week.", {"2026-12-04"}),
    ("I need the copy deck by Wed.", {"2026-12-02"}),
    # Relative spans
    ("Please send it over by end of the month.", {"2026-11-30"}),
    ("We need the report by the end of the week.", {"2026-11-27"}),
    ("The media plan is due end of next month.", {"2026-12-31"}),
    ("Everything must be delivered by the end of the quarter.", {"2026-12-31"}),
    ("Please deliver the posters within 7 working days.", {"2026-12-07"}),
    ("We need the translations within ten business days.", {"2026-12-10"}),
    ("We need the final cut in three weeks.", {"2026-12-17"}),
    ("Can you turn this around in two days?", {"2026-11-28"}),
    ("We need the draft tomorrow.", {"2026-11-27"}),
    ("Send me the numbers EOD please.", {"2026-11-26"}),
    ("Can we get the proofs by next week?", {"2026-11-30"}),  # (bare "next week": no day)
    ("The first email can go out January 29.", {"2027-01-29"}),
    ("We're still good for the 28th.", {"2026-11-28"}),
    ("Please stop the retargeting campaign at the end of December.", {"2026-12-31"}),
    ("- Strategy and three territories: January 15", {"2027-01-15"}),
    (
        "Deliverables: social assets 12/4, OOH 12/11, radio 12/18.",
        {"2026-12-04", "2026-12-11", "2026-12-18"},
    ),
    ("We'd love to see first concepts early next week.", {"2026-11-30"}),
    ("I'm travelling next week, so please send anything urgent by Friday.", {"2026-11-27"}),
    ("I'll be in London from the 3rd to the 7th, so let's aim for the 8th.", {"2026-12-08"}),
    ("Let me know if the 18th still works for the launch.", {"2026-12-18"}),
    ("Don't forget the deadline is Friday.", {"2026-11-27"}),
    # Lead times counted back from another date
    ("Please send the banners a week before March 3.", {"2027-02-24"}),
    ("We need the files 3 working days ahead of the event on December 14.", {"2026-12-09"}),
    (
        "The retailer needs the POS material two weeks before the Easter launch on April 5.",
        {"2027-03-22", "2027-04-05"},  # the launch names a deadline of its own
    ),
    ("We need the files two weeks before launch.", set()),  # nothing to count back from
    ("If you can't make it by Friday, let us know.", {"2026-11-27"}),
    ("We need it within a fortnight.", {"2026-12-10"}),
    ("The spot has to be on air by mid-March.", {"2027-03-15"}),
    ("We need the toolkit by end of Q1.", {"2027-03-31"}),
    # Several dates, some not due
    ("As we said on Tuesday, the deadline is Friday.", {"2026-11-27"}),
    ("Let's meet on Tuesday to review before the Friday deadline.", {"2026-11-27"}),
    ("We need the files by Friday for the meeting on Monday.", {"2026-11-27"}),
    ("Last spring we launched on April 2, so now we need it live by March 3.", {"2027-03-03"}),
    ("The banners are due December 7 and the video by December 14.", {"2026-12-07", "2026-12-14"}),
    # Not due dates
    ("As we said on Tuesday, the numbers look good.", set()),
    ("Last spring we launched on April 2.", set()),
    ("Can we do a call on Tuesday at 3pm?", set()),
    ("Let's meet on Friday to go through the deck.", set()),
    ("I'm out of office until Monday.", set()),
    ("Thanks for your email of November 20.", set()),
    ("The campaign launched two weeks ago.", set()),
    ("We had lunch last Friday.", set()),
    ("It was due on November 2 but it came in late.", set()),
    ("The invoice dated October 12 is paid.", set()),
    ("We offer 24/7 support, a 1/2 page ad and 3/4 of the budget.", set()),
    ("Users rated it 4/5 and 2/3 said they would buy again.", set()),
    ("The price is 14.50. Then we print.", set()),
    ("Reminder that the office will be closed December 24 through January 1.", set()),
    ("Our CEO is back on December 7, so the sign-off can't happen before then.", set()),
    ("The contract was signed on November 2, and the first invoice goes out December 1.", set()),
    ("The 3rd round of edits looked great.", set()),
    ("We may 3D print the props.", set()),
    ("Version 2.14 is fine, and 3.5 million impressions is the goal.", set()),
    ("Are you free for a catch-up on Wednesday?", set()),
    ("Yesterday the client approved the storyboard.", set()),
    ("The shoot went well on November 20.", set()),  # the past
    ("Please don't send anything on December 25.", set()),
    ("The sign-off can't happen before December 7.", set()),
    ("We can start after December 7.", set()),
    ("Our board meets on the 14th.", set()),
    ("The invoices are due by the 30th.", set()),
    ("Invoices for December are due within 30 days.", set()),
    ("Please build in 5 business days for the legal review.", set()),
    ("Our Black Friday sale did better than last year's.", set()),  # a thing, not a day
    ('Change the headline to "Ship on Friday."', set()),
    ("Please note that our office is closed from 23.12.2026 until 06.01.2027.", set()),
    ("I'm on PTO from December 23 through January 2.", set()),
    ("Last year most sales happened in the ten days before Labor Day.", set()),
    ("Let's find time next week to walk through the media plan.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DUE_CASES)
def test_due_dates(text: str, expected: set[str]) -> None:
    due, replaced = due_and_replaced(text)
    assert due == expected
    assert replaced == set()


MOVE_CASES = [
    ("Let's move the launch from March 3 to March 10.", {"2027-03-10"}, {"2027-03-03"}),
    ("Please push the shoot to December 14 instead of December 7.", {"2026-12-14"}, {"2026-12-07"}),
    ("The launch date is now March 10, not March 3.", {"2027-03-10"}, {"2027-03-03"}),
    ("March 3 is now March 10.", {"2027-03-10"}, {"2027-03-03"}),
    ("We want December 18 rather than December 11 for it.", {"2026-12-18"}, {"2026-12-11"}),
    ("Could we shift the delivery to next Friday?", {"2026-12-04"}, set()),
    ("We pushed the go-live back from the 1st to the 8th.", {"2026-12-08"}, {"2026-12-01"}),
    ("Can we postpone the print run until January 12?", {"2027-01-12"}, set()),
    ("The launch moves from August 3 to August 17.", {"2027-08-17"}, {"2027-08-03"}),
    (
        "Please postpone the dealer newsletter from 07.01. to 14.01.2027, our catalogue is late.",
        {"2027-01-14"},
        {"2027-01-07"},
    ),
    ("Can we do the creative review on Thursday at 2pm instead of Wednesday?", set(), set()),
]


@pytest.mark.parametrize(("text", "expected_due", "expected_replaced"), MOVE_CASES)
def test_moves(text: str, expected_due: set[str], expected_replaced: set[str]) -> None:
    assert due_and_replaced(text) == (expected_due, expected_replaced)


def test_what_is_due_comes_from_its_own_clause() -> None:
    text = "We need the banners by December 7, the video December 14 and the posters December 21."
    due, _ = extract_due_dates(text, sent_at=SENT, timezone=ZONE)
    assert [(d.date.isoformat(), d.what) for d in due] == [
        ("2026-12-07", "the banners"),
        ("2026-12-14", None),
        ("2026-12-21", None),
    ]


def test_a_move_records_the_date_it_replaces_and_what_moves() -> None:
    due, replaced = extract_due_dates(
        "Let's move the launch from March 3 to March 10.", sent_at=SENT, timezone=ZONE
    )
    (new,) = due
    assert new.replaces == date(2027, 3, 3)
    assert new.what == "the launch"
    assert replaced[0].date == date(2027, 3, 3)
    assert replaced[0].evidence.words == "March 3"


def test_day_first_flag_reads_ambiguous_numbers_day_first() -> None:
    assert due_and_replaced("Could we have the banners by 03/07?", day_first=True)[0] == {
        "2027-07-03"
    }
    assert due_and_replaced("Deadline: 3/14.", day_first=True)[0] == {"2027-03-14"}


def test_relative_dates_follow_the_senders_zone() -> None:
    late_evening_in_new_york = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
    text = "We need the draft tomorrow."
    assert due_and_replaced(text, sent_at=late_evening_in_new_york)[0] == {"2026-11-27"}
    paris = due_and_replaced(text, sent_at=late_evening_in_new_york, timezone="Europe/Paris")
    assert paris[0] == {"2026-11-28"}


def test_february_written_in_december_is_next_year() -> None:
    december = datetime(2026, 12, 10, 15, 0, tzinfo=UTC)
    assert due_and_replaced("We launch on Feb 2.", sent_at=december)[0] == {"2027-02-02"}


def test_a_lead_time_quotes_the_whole_expression() -> None:
    text = "Please send the banners a week before March 3."
    due, _ = extract_due_dates(text, sent_at=SENT, timezone=ZONE)
    (item,) = due
    assert item.evidence.words == "a week before March 3"
    assert text[item.evidence.start : item.evidence.end] == item.evidence.words
    assert item.what == "the banners"


def test_evidence_points_into_the_text() -> None:
    text = "Hi Sam,\n\nThanks for the deck! We need the final files by March 3, please.\n- one"
    due, _ = extract_due_dates(text, sent_at=SENT, timezone=ZONE)
    (item,) = due
    evidence = item.evidence
    assert text[evidence.start : evidence.end] == evidence.words == "March 3"
    assert evidence.sentence == "We need the final files by March 3, please."
    assert 0.9 <= evidence.confidence <= 1.0
    assert item.what == "the final files"


def test_a_shared_doc_gives_the_same_answer_as_the_text() -> None:
    text = "We need the banners by Friday and the video by December 14."
    from_text = extract_due_dates(text, sent_at=SENT, timezone=ZONE)
    from_doc = extract_due_dates(analyse(text), sent_at=SENT, timezone=ZONE)
    assert from_text == from_doc
    assert len(from_doc[0]) == 2


def test_confidence_is_higher_for_closer_cues() -> None:
    near, _ = extract_due_dates("The shoot is due December 14.", sent_at=SENT, timezone=ZONE)
    far, _ = extract_due_dates(
        "We need the posters for the trade show on December 14.", sent_at=SENT, timezone=ZONE
    )
    assert near[0].evidence.confidence > far[0].evidence.confidence >= 0.6


def test_a_hard_wrapped_sentence_keeps_its_cue() -> None:
    text = (
        "For the Australia Day weekend push: creative by Jan 8 please, and we go live on\n"
        "Jan 22.\n\nThanks!"
    )
    assert due_and_replaced(text)[0] == {"2027-01-08", "2027-01-22"}


def test_the_same_date_twice_is_reported_once() -> None:
    text = "We need it by March 3. Again: March 3 is the deadline!"
    due, _ = extract_due_dates(text, sent_at=SENT, timezone=ZONE)
    assert [d.date for d in due] == [date(2027, 3, 3)]


def test_text_without_dates() -> None:
    assert extract_due_dates("", sent_at=SENT, timezone=ZONE) == ((), ())
    assert extract_due_dates("Thanks, looks great!", sent_at=SENT, timezone=ZONE) == ((), ())


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("by Friday, March 5, 2027 ok", ["Friday, March 5, 2027"]),
        ("by March 3, and then", ["March 3"]),
        ("COB Wednesday", ["Wednesday"]),
        ("Wednesday COB", ["Wednesday"]),
        ("in the next 5 business days", ["in the next 5 business days"]),
        ("the day after tomorrow", ["the day after tomorrow"]),
        ("end-of-month", ["end-of-month"]),
        ("the week of March 3", ["March 3"]),
    ],
)
def test_date_expressions_found(text: str, words: list[str]) -> None:
    doc = analyse(text)
    assert [doc[m.start : m.end].text for m in find_dates(doc)] == words


def test_long_body_finds_every_repeated_date() -> None:
    paragraph = (
        "Thanks for the update on the spring campaign and the new photography. "
        "We need the revised files by the 20th, and the banners are due December 14. "
        "Can we do a call on Tuesday at 3pm?\n- one more banner size\n\n"
    )
    repeats = 100_000 // len(paragraph)
    doc = analyse(paragraph * repeats)
    matches = find_dates(doc)
    assert len(matches) == 3 * repeats
    due, _ = extract_due_dates(doc, sent_at=SENT, timezone=ZONE)
    assert [d.date for d in due] == [date(2026, 12, 20), date(2026, 12, 14)]


def test_one_very_long_sentence_is_read_like_short_ones() -> None:
    """No cue search spans the whole sentence: each date is judged by its neighbours."""
    chunk = "then the banners are due December 7 and a call on Tuesday at 3pm "
    doc = analyse(chunk * (100_000 // len(chunk)))
    assert len(list(doc.sents)) == 1
    due, replaced = extract_due_dates(doc, sent_at=SENT, timezone=ZONE)
    assert [d.date for d in due] == [date(2026, 12, 7)]
    assert replaced == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("The holiday card has to be approved before the 14th.", ["2026-12-13"]),
    ("Send it before December 14.", ["2026-12-13"]),
    ("Files by the 14th please.", ["2026-12-14"]),
    ("Files on or before December 14.", ["2026-12-14"]),
    ("Review it before the Friday deadline.", ["2026-12-04"]),
    ("Not before December 14, please.", []),
])
def test_before_a_day_means_the_day_before_it(text: str, expected: list[str]) -> None:
    due, _ = extract_due_dates(text, sent_at=datetime(2026, 12, 3, 14, tzinfo=UTC),
                               timezone="America/New_York")
    assert [d.date.isoformat() for d in due] == expected
