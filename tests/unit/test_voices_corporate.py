"""Brand managers, procurement and verticals the labelled set has little of (issue 12).

Written as a grid before any rule changed (docs/performance.md): each new rule beside the
look-alikes it must not fire on. Pure: text in, mentions out. Sent Wed 2 Dec 2026, New York.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from intake.parsers.dates.holidays import HOLIDAYS, weekday_around
from intake.parsers.extract import extract

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # Wednesday, 10:00 in New York


def read(text: str) -> dict[str, object]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {
        "due": sorted(d.date.isoformat() for d in found.due_dates),
        "budget": sorted(f"{m.currency} {m.amount:.0f}" for m in found.budgets),
        "cr": [c.action for c in found.change_requests],
        "req": len(found.requirements),
        "obj": len(found.objectives),
    }


@pytest.mark.parametrize(("text", "due"), [
    # a bare "the 11th" after a date with its month, in one sentence, is in that month
    ("The event is on January 14, so the banners need to arrive by the 11th.", ["2027-01-11"]),
    ("Launch is Feb 10, so final files by the 2nd please.", ["2027-02-02", "2027-02-10"]),
    # ... not after a month long past or a year away, nor before the month is named
    ("We met on Nov 20 and need the files by the 11th.", ["2026-12-11"]),
    ("Files by the 11th, the event is on January 14.", ["2026-12-11"]),
    # a weekday beside a holiday is that one, not the coming weekday
    ("We'd like the teaser email to go out the Monday after New Year's.", ["2027-01-04"]),
    ("Let's launch the Monday after New Year.", ["2027-01-04"]),
    ("The posts should go live the Friday before Christmas.", ["2026-12-18"]),
    # ... a holiday just past names no coming day; a holiday in a later clause is not its
    ("Send the proofs the Tuesday after Thanksgiving.", []),
    ("Files by Monday, after Christmas we are closed.", ["2026-12-07"]),
    # a goal's horizon is not a day the work is due...
    ("Success for us looks like 2,000 qualified leads by the end of Q1.", []),
    ("We want to grow sales by 10% by the end of Q1.", []),
    ("Target: 2,000 qualified leads by end of March.", []),
    # ... but a delivery in a goal's sentence, or a deadline that is no goal, still is
    ("Our goal is to launch the new site by March 3.", ["2027-03-03"]),
    ("We need the landing page live by the end of Q1.", ["2027-03-31"]),
])
def test_dates_of_this_voice(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(("text", "budget"), [
    ("We have roughly 12k left in the budget for the holiday push.", ["USD 12000"]),
    ("There is 12k remaining in the budget.", ["USD 12000"]),
    ("We have 5k left of our media budget.", ["USD 5000"]),
    # a bare "12k left" with no budget after it is stock, an invoice, anything
    ("We have 12k left over from the invoice.", []),
    ("We have 20k left in stock.", []),
    ("Only 5k left on the invoice.", []),
])
def test_what_is_left_in_a_budget(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


@pytest.mark.parametrize(("text", "cr"), [
    # more takes of the work, asked for, by the writer or the boss
    ("The CEO wants to see three more logo options before we decide.", ["add"]),
    ("Can we see three more logo options?", ["add"]),
    ("Our CEO would like to see a couple more headline options.", ["add"]),
    ("We saw two more logo options on Monday.", []),
    ("We don't need to see more options.", []),
    ("No need to see more options, thanks.", []),
    ("Can we see the options?", []),
    ("Did you get more options from the printer?", []),
    # "get the X in a bigger font / in bold": how a piece is shown, asked for
    ("Can we get the headline in a bigger font size on the mobile version?", ["edit"]),
    ("Can we get the headline in bold?", ["edit"]),
    ("Could we get the price in a larger font?", ["edit"]),
    ("Can we get the deck before the bigger meeting?", []),
    ("Can we get the files by Friday?", []),
    # a participle before its noun names the thing wanted, not a change to it
    ("Need the resized banners asap, ideally by tmrw EOD.", []),
    ("I need the updated logo files by Friday.", []),
    ("We need the photo resized.", ["edit"]),
    ("We'd like the logo updated.", ["edit"]),
])
def test_change_requests_of_this_voice(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


def test_holidays_fall_where_the_calendar_puts_them() -> None:
    assert HOLIDAYS["thanksgiving"](2026) == date(2026, 11, 26)
    assert HOLIDAYS["memorial day"](2027) == date(2027, 5, 31)
    assert HOLIDAYS["labor day"](2027) == date(2027, 9, 6)
    assert HOLIDAYS["black friday"](2026) == date(2026, 11, 27)
    # Christmas 2026 is a Friday: the Thursday after is New Year's Eve, the one before the 24th
    today = date(2026, 12, 2)
    assert weekday_around(3, "after", "Christmas", today) == date(2026, 12, 31)
    assert weekday_around(3, "before", "christmas", today) == date(2026, 12, 24)
    assert weekday_around(0, "after", "New Year\u2019s", today) == date(2027, 1, 4)
    assert weekday_around(0, "after", "Diwali", today) is None


# Verticals the labelled set has little of (restaurant, nonprofit, clinic, real estate,
# SaaS, university): their own nouns for the work, and fundraising goals.


@pytest.mark.parametrize(("text", "cr"), [
    # what a piece of the work should do, asked: "can the email mention ..."
    ("Can the onboarding email mention the free trial in the first line?", ["edit"]),
    ("Could the brochure list all five locations?", ["edit"]),
    ("Could the newsletter include a coupon?", ["edit"]),
    ("Could the donation page lead with the matching gift instead of the story?", ["swap"]),
    ("Can the email go out Monday?", []),
    ("Could the page show up in Google?", []),
    ("Can the printer use recycled paper?", []),
    ("Can the team have a look today?", []),
    ("Can the meeting start at 3?", []),
    # money to bring in is a goal, not a piece raised
    ("We want to raise $250,000 during the spring appeal.", []),
    ("Please raise the price to $49.", ["edit"]),
    ("Can you raise the logo a bit?", ["edit"]),
])
def test_pieces_asked_to_do_something(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "objectives"), [
    ("We hope to raise $250,000 during the spring appeal.", 1),
    ("We want to raise $250,000 during the spring appeal.", 1),
    ("The gala should generate 40k in donations.", 1),
    ("We need to raise 50k for the shelter.", 1),
    ("We raised $250,000 last spring.", 0),
    ("Please raise the price to $49.", 0),
])
def test_money_to_raise_is_a_goal(text: str, objectives: int) -> None:
    result = read(text)
    assert result["obj"] == objectives
    assert result["budget"] == []  # money to bring in is never money to spend


@pytest.mark.parametrize(("text", "due"), [
    # an hour without am/pm right after a day makes a meeting, as "at 10am" does
    ("Admissions will review the draft on Tuesday at 10.", []),
    ("We will review the draft on Tuesday at 10.", []),
    # ... but a deadline keeps its day, and "at 10 stores" is no hour
    ("Files due Tuesday at 10.", ["2026-12-08"]),
    ("Ship by Friday at 5.", ["2026-12-04"]),
    ("Please send by Dec 8 at 2.", ["2026-12-08"]),
    ("We need the banners on Tuesday at 10 stores.", ["2026-12-08"]),
])
def test_a_bare_hour_after_a_day(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


# Whole mails' sentences (a list of asks, a boss's words passed on, a cover while away, an
# answer under a question about the budget).


@pytest.mark.parametrize(("text", "cr"), [
    ("Make the logo on the cover bigger.", ["edit"]),
    ("1. Make the logo on the cover bigger.", ["edit"]),
    ("Make the video for the spring launch a bit shorter.", ["edit"]),
    ("We make the boxes for the spring launch in our plant and more.", []),
    # a request passed on through someone, itself asked for
    ('Please ask the agency to change "Learn more" to "Book a test ride".', ["edit"]),
    ("Can you tell the designer to swap the photos?", ["swap"]),
    ("She asked the agency to change the logo last year.", []),
    ("Don't ask the team to change anything yet.", []),
    ("I asked them to change the date.", []),
])
def test_asks_in_a_list_and_passed_on(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "requirements"), [
    ("My colleague Jordan (jordan@client.example) will approve anything urgent while "
     "I'm away.", 0),
    ("In my absence, Jordan must approve all copy.", 0),
    ("All copy must be approved by Jordan.", 1),
])
def test_cover_while_away_is_no_rule(text: str, requirements: int) -> None:
    assert read(text)["req"] == requirements


@pytest.mark.parametrize(("text", "budget"), [
    ("What's the budget for the spring push?\nAround $20,000, maybe a bit more if the "
     "results are good.", ["USD 20000"]),
    ("Any budget in mind?\nWe have about 15k.", ["USD 15000"]),
    # an amount alone is no budget; nor a sale, nor an invoice under a "budget" question
    ("Around $20,000, maybe a bit more if the results are good.", []),
    ("What was last year budget?\nWe sold $400,000 of bikes.", []),
    ("Budget question: did the invoice arrive?\n$2,300 is still open.", []),
])
def test_an_answer_under_a_budget_question(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


@pytest.mark.parametrize(("text", "due"), [
    # the writer promising their own part: what the client owes, not the agency's deadline
    ("I'll send the logo files on Monday.", []),
    ("We will send you the copy by Friday.", []),
    ("You'll have our feedback by Friday.", []),
    ("I will get back to you with the copy by Friday.", []),
    # ... not a need, a launch, a request, or the agency's part said to it
    ("We'll need the files by Friday.", ["2026-12-04"]),
    ("We will launch on Jan 4.", ["2027-01-04"]),
    ("Please send the files by Friday.", ["2026-12-04"]),
    ("Will you send the files by Friday?", ["2026-12-04"]),
    ("You'll get the files to the printer by Friday, right?", ["2026-12-04"]),
    # a weekday in brackets names the date before it
    ("Files due 12/17 (Thu).", ["2026-12-17"]),
    ("Files due Dec 17 (Thursday) and posters due Dec 18 (Fri).", ["2026-12-17", "2026-12-18"]),
    ("Proofs by 12/17 (or Friday at the latest).", ["2026-12-04", "2026-12-17"]),
])
def test_promises_and_weekday_glosses(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


# Writers whose first language is Italian, Dutch, Polish, Chinese, Arabic, Portuguese or
# Japanese (grid g8).


@pytest.mark.parametrize(("text", "due"), [
    ("We need it on 14.12 latest.", ["2026-12-14"]),
    ("We need it by 14.12 latest.", ["2026-12-14"]),
    ("We need it on 14.12.", ["2026-12-14"]),
    ("Sales grew by 14.12 percent.", []),
    ("Prices go up by 12.50 on Monday.", ["2026-12-07"]),  # Monday only: 12.50 is money
    ("Version 14.12 ships soon.", []),
])
def test_a_day_and_month_without_the_closing_dot(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(("text", "cr"), [
    ("Please help to change the title to red color.", ["edit"]),
    ("Please help us to remove the old logo.", ["remove"]),
    ("Please help, the site is down.", []),
    ("Thanks for your help to change the title.", []),
    # a second verb of the same request, after "and"
    ("Please help check the attached and revise the price on page 2.", ["edit"]),
    ("Please review the deck and swap the photo on slide 3.", ["swap"]),
    ("Please confirm and we will change the logo.", []),
    ("Could you send the files and change nothing else?", []),
    ("We loved the draft and changed our minds about the date.", []),
])
def test_requests_of_learners(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "budget"), [
    ("Kindly note the budget is AED 50,000 inclusive of production.", ["AED 50000"]),
    ("Budget: 200,000 THB.", ["THB 200000"]),
    ("We have 40k AED for media.", ["AED 40000"]),
    ("The budget for this project is around RMB 80,000.", ["CNY 80000"]),
])
def test_more_currency_codes(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


@pytest.mark.parametrize(("text", "requirements"), [
    ("Please to not use the red colour, in our culture it means danger.", 1),
    ("Kindly not mention the price.", 1),
    ("Please not forget the invoice.", 0),
])
def test_a_learners_please_not(text: str, requirements: int) -> None:
    assert read(text)["req"] == requirements


@pytest.mark.parametrize(("text", "cr"), [
    # hedged sizes: "a touch shorter", "a tad bigger"
    ("I wonder if the intro could be a touch shorter.", ["edit"]),
    ("I wonder if the logo should be a tad bigger.", ["edit"]),
    ("I wonder if you could send it today.", []),
    # a noun of two words before its new size; more of something is no size
    ("Is there any way to get the product shot higher up on the page?", ["edit"]),
    ("Can we get the team more time?", []),
    ("Can we get the files sooner?", []),
    # approvals are never changes (grid g9)
    ("All good on our side, you can move forward with printing.", []),
    ("Looks perfect, don't change a thing.", []),
    ("We changed our office address last month, FYI.", []),
    ("No further changes from us.", []),
])
def test_hedged_sizes_and_approvals(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "cr", "requirements"), [
    # more of the work, said with "too" at the end: an added piece, not a rule
    ("The landing page needs a Spanish version too.", ["add"], 0),
    ("We need a Spanish version too.", ["add"], 0),
    ("The brochure needs a Spanish version.", [], 1),
    ("The landing page needs to load fast too.", [], 1),
    ("The file is too big.", [], 0),
])
def test_too_adds_a_piece(text: str, cr: list[str], requirements: int) -> None:
    result = read(text)
    assert result["cr"] == cr
    assert result["req"] == requirements
