"""Shapes the twelfth labelled set (960-979, ``tune12``) showed the rules missing.

Each rule is tried on the shape it was written for and on look-alikes it must not fire on,
none of them taken from the labelled mail.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # a Wednesday


def read(text: str, **options: object) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York", **options)  # type: ignore[arg-type]
    return {
        "due": [d.date.isoformat() for d in found.due_dates],
        "change": [s.text for s in found.change_requests],
        "requirement": [s.text for s in found.requirements],
        "objective": [s.text for s in found.objectives],
    }


@pytest.mark.parametrize(("text", "is_change"), [
    # a request asked as a question keeps its frame after a leading "And", "So", "Also"
    ("And is there any chance we could tone down the green a bit?", True),
    ("So is there any way to make the price bigger?", True),
    ("Also, would it be possible to move the logo to the left?", True),
    # ... while a question about the state of things stays one
    ("And is the banner live yet?", False),
    ("So did you change the logo?", False),
    ("Also, is there any news from the printer?", False),
])
def test_a_request_question_after_a_filler(text: str, is_change: bool) -> None:
    assert bool(read(text)["change"]) is is_change


@pytest.mark.parametrize(("text", "expected"), [
    # a guess about the past says "must have" and a participle: no rule for the work
    ("They must have spent $150k on that spot.", []),
    ("The printer must have paid extra for the foil.", []),
    # ... while "must have" and a thing is one
    ("Every pack must have the recycling logo.", ["Every pack must have the recycling logo."]),
])
def test_a_guess_is_no_requirement(text: str, expected: list[str]) -> None:
    assert read(text)["requirement"] == expected


@pytest.mark.parametrize(("text", "due", "is_rule"), [
    # where and when the work must arrive: a deadline, not a rule
    ("The brochure needs to be at the trade show in Denver on March 9.", ["2027-03-09"], False),
    ("The banners have to be at the venue by Monday.", ["2026-12-07"], False),
    ("The retailers need the posters next week.", ["2026-12-07"], False),
    # ... not a place on the piece, nor a rule said beside a day
    ("The disclaimer must be in 8pt type on all print ads.", [], True),
    ("The retailer requires a barcode on every pack.", [], True),
])
def test_arrival_is_a_deadline(text: str, due: list[str], is_rule: bool) -> None:
    found = read(text)
    assert found["due"] == due
    assert bool(found["requirement"]) is is_rule


@pytest.mark.parametrize("text", [
    "Our distributor needs a quote for 500 units.",
    "The printer requires an estimate for the foil before we go ahead.",
])
def test_a_price_asked_is_no_requirement(text: str) -> None:
    assert read(text)["requirement"] == []


def test_a_customer_quote_is_still_a_rule() -> None:
    text = "The video must include a customer quote from one of our dealers."
    assert read(text)["requirement"] == [text]


@pytest.mark.parametrize(("text", "expected"), [
    # a conversation's day is no deadline
    ("Let's talk options Thursday.", []),
    ("Can we discuss on Monday?", []),
    # ... while a deliverable's day beside it stays one
    ("Please send the revised deck by Friday so we can discuss it Monday.", ["2026-12-04"]),
    ("We need to discuss the copy, and the files are due Friday.", ["2026-12-04"]),
])
def test_talking_is_a_meeting(text: str, expected: list[str]) -> None:
    assert read(text)["due"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the client's own event, in a mail that says it asks nothing
    ("Our spring gala is on March 12 at the Riverside Hotel. No action needed on your side.",
     []),
    ("The open house is January 9. Nothing is needed from you, just letting you know.", []),
    # ... while the same event with no such words is the day the work is for
    ("Our spring gala is on March 12 at the Riverside Hotel.", ["2027-03-12"]),
    ("Just so you know, the shoot is on January 12.", ["2027-01-12"]),
    # ... and a deadline is never dropped by it
    ("No action needed yet, but the files are due January 8.", ["2027-01-08"]),
])
def test_an_event_in_a_mail_that_asks_nothing(text: str, expected: list[str]) -> None:
    assert read(text)["due"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "we have the opening": the client's own day, given as the reason for the deadline
    ("We need the leaflet ready before 04/02, because on 05/02 we have the opening of the "
     "new shop.", ["2027-02-03"]),
    ("We have a sale on 01/02, so the banners must be ready on 28/01.", ["2027-01-28"]),
    # ... while "we have to" and "can we have" ask for the work
    ("We have to send the files to the printer on 05/02.", ["2027-02-05"]),
    ("Can we have the files on 05/02?", ["2027-02-05"]),
])
def test_the_client_s_own_day_is_an_event(text: str, expected: list[str]) -> None:
    assert read(text, day_first=True)["due"] == expected


def test_a_day_by_its_date_is_no_rule() -> None:
    text = "We have a sale on 01/02, so the banners must be ready on 28/01."
    assert read(text, day_first=True)["requirement"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a phone writer's short weekday closing the sentence or the paragraph
    ("Looks good. need finals mon", ["2026-12-07"]),
    ("need proofs wed.\n\nSent from my iPhone", ["2026-12-09"]),  # sent on a Wednesday
    ("Can u send finals mon?", ["2026-12-07"]),
    # ... not French "mon" at a wrapped line's end, nor "sat"/"sun" closing a sentence
    ("J'ai parlé avec mon\néquipe hier, tout est bon.", []),
    ("We shot the bottles in the sun.", []),
])
def test_a_short_weekday_at_the_end(text: str, expected: list[str]) -> None:
    assert read(text)["due"] == expected


@pytest.mark.parametrize(("text", "is_goal"), [
    # a count wanted from the work itself
    ("What we want out of this is 400 booked tune-ups by the end of April.", True),
    ("What we want from this campaign is 2,000 new members.", True),
    # ... not an errand, a look or a sum
    ("What we need from you is 3 photos by Friday.", False),
    ("What we want out of this is a cleaner look.", False),
    ("What we need from this is the files by 5 pm Friday.", False),
])
def test_what_we_want_out_of_this(text: str, is_goal: bool) -> None:
    found = read(text)
    assert bool(found["objective"]) is is_goal
    if is_goal:
        assert found["due"] == []  # the goal's horizon is no deliverable's day


@pytest.mark.parametrize(("text", "kind"), [
    # "use A and not B", "use A but not B": a swap of what was used
    ("Please can you use the orange from our new style guide and not the red.", "change"),
    ("Use the photo of the team, but not the one from 2019.", "change"),
    # ... while a house rule stays a rule, and a fact about ourselves is neither
    ("Use the new logo and not the old one on everything.", "requirement"),
    ("We use our own printer and not the one you suggested.", None),
])
def test_use_this_and_not_that(text: str, kind: str | None) -> None:
    found = read(text)
    got = [k for k in ("change", "requirement") if found[k]]
    assert got == ([kind] if kind else [])


@pytest.mark.parametrize(("text", "rules"), [
    # a second party's rule after "and", though the first rule named no party
    ("The vendor guide says all shelf talkers have to be 3x5 inches, and their merchandising "
     "team needs the UPC on the front.", 2),
    ("Our franchisees require calorie counts on every board, and the printer needs all files "
     "with 3 mm bleed.", 2),
    # ... not a rule's reason after a colon
    ("Please don't use the old logo anywhere: the rebrand is final and legal wants the new "
     "trademark symbol.", 1),
])
def test_a_second_party_s_rule(text: str, rules: int) -> None:
    assert len(read(text)["requirement"]) == rules


@pytest.mark.parametrize(("text", "budgets"), [
    # a hedged new figure still makes the old one old
    ("Finance cut our Q1 budget from $60k to ~$45,000.", [("45000", "budget")]),
    ("Finance cut our Q1 budget from $60k to about $45k.", [("45000", "budget")]),
    ("Finance cut our Q1 budget from $60k to $45,000.", [("45000", "budget")]),
    # ... and a hedged high end still closes a range
    ("The budget is $10k to about $12k.", [("12000", "range")]),
])
def test_a_hedged_new_figure(text: str, budgets: list[tuple[str, str]]) -> None:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    assert [(str(m.amount), m.kind) for m in found.budgets] == budgets
