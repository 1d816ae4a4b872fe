"""Rules from the ninth session's grids (tests/data/voices/g37-g42, written and scored blind
before any rule changed; docs/performance.md, "Ninth session"), each beside the look-alikes
it must not fire on. Pure: text in, mentions out. Sent Wed 2 Dec 2026, New York.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.parsers.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from voices import read as read_grid_row  # the grids' reader: the agency's domain known

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # Wednesday, 10:00 in New York


def read(text: str) -> dict[str, object]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {
        "due": sorted(d.date.isoformat() for d in found.due_dates),
        "budget": sorted(f"{m.currency} {m.amount:.0f}" for m in found.budgets),
        "cr": [c.action for c in found.change_requests],
        "req": len(found.requirements),
    }


@pytest.mark.parametrize(("text", "budget"), [
    # a currency code typed in lower case after the amount
    ("budget 30k eur", ["EUR 30000"]),
    ("Budget 30,000 eur", ["EUR 30000"]),
    ("We need 5 usb sticks for the booth.", []),
    # "for the whole thing": the job
    ("Around 15K USD for the whole thing.", ["USD 15000"]),
    # another vendor's quote is their price, not our budget
    ("We were quoted $4,500 by another agency for the same work.", []),
    ("Another agency quoted us 12k, we'd rather work with you at $10k.", ["USD 10000"]),
    ("Our budget is $10k, and we moved the printing to another printer.", ["USD 10000"]),
])
def test_budgets_typed_loosely_and_other_vendors_prices(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


@pytest.mark.parametrize(("text", "due"), [
    # a time of day between a go-live word and its date is that moment's hour
    ("We go live at 6am on Dec 15.", ["2026-12-15"]),
    ("The email should hit inboxes at 7am PT on Monday, Dec 14.", ["2026-12-14"]),
    ("The launch call is at 3pm on Dec 10.", []),
    ("We go live on Dec 15, the call is at 3pm on Dec 10.", ["2026-12-15"]),
    # the writer's own day: leaving early, attending, joining
    ("I have to leave early today, so call me before 3.", []),
    ("I'm required to attend the offsite on Thursday, so I'll be slow to reply.", []),
    ("Our CMO will join on the 10th for the final review.", []),
    ("The final review is due on the 10th.", ["2026-12-10"]),
    ("We'll attend the expo on Jan 13, booth graphics are needed by Jan 6.", ["2027-01-06"]),
    # "mon" in lower case after "by" is Monday; "sun" stays a word
    ("need the final by mon latest!!", ["2026-12-07"]),
    ("I sat by sun all day", []),
    ("next mon works", []),
])
def test_deadlines_with_clock_times_and_the_writers_own_day(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(("text", "cr"), [
    ("Could you chuck the new logo on the footer?", ["add"]),
    ("Can you stick the QR code on the back?", ["add"]),
    ("Please stick to the brand colours.", []),
    ("I'll chuck it in the post tomorrow.", []),
    ("We'll stick with the plan.", []),
    # a meeting booked or moved by the clock is no change of the work
    ("can we do 10am tmrw for the call", []),
    ("Can we move the review from 2pm to 4pm on Friday?", []),
    ("Can we do Jan 26 instead?", ["move_date"]),
    ("Can we move the launch to Dec 15 at 6am?", ["move_date"]),
    # a date moved without a verb, "and not" the old one
    ("Also the deadline is now the 10th of December and not the 15th.", ["move_date"]),
    ("The deadline is now the 10th, and not negotiable.", []),
])
def test_changes_in_other_words_and_meetings_moved(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "req"), [
    # the client's own contracts and errands set no rule of the work
    ("We must get the board's approval before we can sign the SOW.", 0),
    ("We'll need you to sign an NDA before the kickoff.", 0),
    ("Legal has to approve the copy before it goes live.", 1),
    ("We need to sign off every draft with legal.", 1),
    ("Make sure you invite Dana to the review.", 0),
    ("Make sure you include the disclaimer on every page.", 1),
    ("We have to pay the printer upfront this time.", 0),
    ("We have to include the FDA warning on the pack.", 1),
    # "nothing on the site can ...": what no piece may do
    ("Nothing on the site can use autoplay video, it's a hard rule from IT.", 1),
    ("Nothing on the call was decided.", 0),
    # a rule after the deadline in one sentence
    ("The holiday card needs to be in the mail by Dec 14, and it must use the new logo.", 1),
    ("The files have to be ready by Friday and they must be perfect.", 0),
])
def test_rules_of_the_work_and_the_clients_own_errands(text: str, req: int) -> None:
    assert read(text)["req"] == req


@pytest.mark.parametrize(("text", "cr"), [
    # feedback on a cut or a deck, by timecode or slide
    ("00:32 – can we hold on the product shot a second longer?", ["edit"]),
    ("Hold on, I'll check with legal.", []),
    ("Can you hold on the call for a bit longer?", []),
    ("Slide 4: the chart needs the 2026 numbers.", ["edit"]),
    ("Slide 4 needs a new title.", ["edit"]),
    ("The map needs the updated address.", ["edit"]),
    ("We need a new logo for the bakery.", []),  # a brief, not a change
    ("The banner needed a new title last time.", []),
])
def test_a_part_of_the_piece_wants_something_new(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "req"), [
    # rules said as facts of the brand, the place or the process
    ("The store is in a listed building so signage is limited to the windows.", 1),
    ("The offer is limited to the first 100 customers.", 0),  # the offer's terms
    ("Everything goes through our compliance team before it's published.", 1),
    ("All press releases go through legal.", 1),
    ("Everything went through fine.", 0),
    ("We go through a lot of paper.", 0),
    ("Copy in British English please.", 1),
    ("Our brand font is Gotham.", 1),
    ("Our brand colours are attached.", 0),
    ("Our logo is always on a white background.", 1),
    ("Our team is always happy to help.", 0),
    # a short ban closing the line
    ("The ad runs in a black-and-white newspaper, so no colour.", 1),
    ("Instagram only, no TikTok.", 1),
    ("We can do Friday, so no worries.", 0),
    # a limit opening the line; money is a cap, not a rule
    ("Minimum 300 dpi for all images.", 1),
    ("Max $5,000 for this.", 0),
    # the writer's wish to be aligned is no rule
    ("I want to make sure we're all on the same page.", 0),
    ("We want to make sure the logo is on every page.", 1),
])
def test_rules_said_as_facts(text: str, req: int) -> None:
    assert read(text)["req"] == req


@pytest.mark.parametrize(("text", "due"), [
    ("We need the files per 15.12.", ["2026-12-15"]),
    ("We need the files per 12/15.", ["2026-12-15"]),
    ("We charge 5 per 3/4 hour", []),
    ("As per your email of Dec 1, the budget is fine.", []),
    ("Please deliver till the 18.12 at the latest.", ["2026-12-18"]),
    ("I read the 18.12 version.", []),
    ("Can we get v2 on Weds?", ["2026-12-09"]),
    ("The radio spot starts airing 1/4.", ["2027-01-04"]),
    ("Our share starts 1/4 lower.", []),
    # the writer's own part: "to you", "with you"
    ("Our aim is to have the files to you by Friday.", []),
    ("The files will be with you by Friday.", []),
    ("Can you get the proofs to us by Friday?", ["2026-12-04"]),
])
def test_european_and_abbreviated_days_and_the_writers_own_part(text: str,
                                                                due: list[str]) -> None:
    assert read(text)["due"] == due


def test_goals_of_a_meeting_or_a_place_are_no_objectives() -> None:
    found = {text: len(extract(text, sent_at=SENT, timezone="America/New_York").objectives)
             for text in ("The goal of Thursday's call is to agree the scope.",
                          "This is about getting people to the meeting on time.",
                          "This is about getting donors to give monthly instead of once.",
                          "We want people to stop thinking of us as just a bakery.",
                          "We'd like to double our newsletter list by summer.")}
    assert list(found.values()) == [0, 0, 1, 1, 1]


@pytest.mark.parametrize(("text", "due"), [
    # the trade's verbs for the work reaching people
    ("The catalogue ships to stores Jan 6.", ["2027-01-06"]),
    ("We're in stores from Feb 1.", ["2027-02-01"]),
    ("We're in the office from Feb 1.", []),
    ("The new menu rolls out in all restaurants on January 4.", ["2027-01-04"]),
    ("Copy lock is Friday.", ["2026-12-04"]),
    ("The app update goes to the App Store on Dec 14 for review.", ["2026-12-14"]),
    ("Embargo lifts on January 6 at 9am ET.", []),  # an embargo's end alone
    # someone's leave; the writer's own answer
    ("Kim starts her maternity leave on Dec 18.", []),
    ("We're still working this out internally, will confirm next week.", []),
    ("I'll go back to you tomorrow.", []),
    ("Please leave the banner up until Jan 4.", ["2027-01-04"]),
])
def test_the_work_reaching_people_and_days_that_are_not_its(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(("text", "cr"), [
    ("I ask you to change the colour of the title in dark blue.", ["edit"]),
    ("We ask you to keep us in the loop.", []),
    ("Can we go back to the first version of the headline?", ["swap"]),
    ("Can we go back to the office after lunch?", []),
    ("Let's revert to the original colour scheme.", ["swap"]),
    ("Kindly revert to us with your quotation.", []),  # Indian English: answer us
    ("Let's keep the headline as it was.", ["swap"]),
    ("Same again but with the blue background please.", ["edit"]),
    ("Same here, but I'll check.", []),
    ("One small thing: the date in the footer should be 2027.", ["edit"]),
    ("The total should be $5,000.", []),  # money, not a part of the piece
    ("All fine except the logo, which looks stretched.", ["edit"]),
    ("All fine, thanks!", []),
    ("We loved the logo, which was distorted in the old version.", []),
])
def test_reverts_variants_and_faults_in_replies(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "budget"), [
    ("Background: last spring we ran a $20k campaign that launched March 3.", []),
    ("Last year we had $30k, this year we have $40k.", ["USD 40000"]),
    ("We spent $10k last quarter and want to spend $15k next quarter.", ["USD 15000"]),
    ("The new store cost us $2M to build.", []),
    ("The campaign will cost us $20k to produce.", ["USD 20000"]),
    ("CPI under $2", []),  # a cost per install: a target, not money to spend
])
def test_money_spent_before_and_costs_of_other_things(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


@pytest.mark.parametrize(("text", "req"), [
    # a deadline in other words sets no rule
    ("Printer needs files Monday.", 0),
    ("The printer needs 3 mm bleed.", 1),
    ("The delivery must be done at latest on 15 of December.", 0),
    ("The embargo lifts on January 12, so everything has to be ready for that.", 0),
    # a line's label gives its value's kind
    ("Mandatories: park map on every piece; booking URL in the first frame of every video.", 1),
    ("Mandatories: TBC", 0),
])
def test_deadlines_in_other_words_and_labelled_lines(text: str, req: int) -> None:
    assert read(text)["req"] == req


def test_a_baseline_last_year_is_no_report_of_the_past() -> None:
    def objectives(text: str) -> int:
        return len(extract(text, sent_at=SENT, timezone="America/New_York").objectives)

    assert objectives("Objective: 25% more online bookings than last spring.") == 1
    assert objectives("Sales were up 10% on last year.") == 0
    assert objectives("Our director would like to arrive to more young people.") == 1
    assert objectives("When do the parents arrive?") == 0


@pytest.mark.parametrize(("text", "found"), [
    # a guess, a party: no rule; "must have a QR code" is one
    ("The printer must have lost our order.", {"req": 0}),
    ("The ad must have a QR code on the back.", {"req": 1}),
    ("We must celebrate when this launches!", {"req": 0}),
    # an offer's or a contract's end is no deadline
    ("Prices valid until Dec 31.", {"due": []}),
    ("The contract runs until June 30.", {"due": []}),
    ("We need the files by Dec 10, the offer is valid until Dec 31.", {"due": ["2026-12-10"]}),
    # an increment before the new total is a step, not the budget
    ("Good news, finance approved an extra $5,000, so the total is now $25,000.",
     {"budget": ["USD 25000"]}),
    ("Approved an extra $5,000.", {"budget": ["USD 5000"]}),
    # asks after "Also" and "Plus"
    ("Also the CTA should be orange.", {"cr": ["edit"]}),
    ("Also, the map is out of date.", {"cr": ["edit"]}),
    ("Plus we need a Spanish version of the flyer.", {"cr": ["add"], "req": 0}),
    ("Plus, thanks for everything!", {"cr": []}),
])
def test_guesses_offers_increments_and_asks_after_also(text: str,
                                                      found: dict[str, object]) -> None:
    got = read(text)
    assert {k: got[k] for k in found} == found


@pytest.mark.parametrize(("text", "found"), [
    # stock to clear is what a sale is for
    ("We want to clear 40% of the winter stock.", {"obj": 1}),
    ("Can you clear the background?", {"obj": 0}),
    # a check-in moved is a meeting; a launch moved to a day is a change
    ("Sam, can we push our check-in from Thursday to Friday at 11?", {"cr": []}),
    ("Can we push the launch to Friday?", {"cr": ["move_date"]}),
])
def test_stock_to_clear_and_check_ins_moved(text: str, found: dict[str, object]) -> None:
    x = extract(text, sent_at=SENT, timezone="America/New_York")
    got = {"obj": len(x.objectives), "cr": [c.action for c in x.change_requests]}
    assert {k: got[k] for k in found} == found


@pytest.mark.parametrize(("text", "found"), [
    # a rule after "remember that", in a P.S.; a question whether a rule holds sets none
    ("P.S. Remember that all our social posts need the #LiveBrighter hashtag.", {"req": 1}),
    ("Quick question: do the banners need alt text, or is that only for the website?",
     {"req": 0}),
    ("Could you make sure every ad carries the logo?", {"req": 1}),
    # what the work may never do; not the writer
    ("The logo can never be placed on a photo, only on white.", {"req": 1}),
    ("I can never find the files.", {"req": 0}),
    # a ban on its own line is no heading; a terse place asked
    ("No caps in the headline", {"req": 1}),
    ("Logo left pls", {"cr": ["edit"]}),
    # the reason a change is asked is no rule of its own
    ("Please remove the price from the banner, we're not allowed to show prices online.",
     {"cr": ["remove"], "req": 0}),
    ("Please add the disclaimer, and every ad must carry the logo.", {"cr": ["add"], "req": 1}),
])
def test_rules_in_a_ps_bans_on_their_line_and_reasons(text: str,
                                                     found: dict[str, object]) -> None:
    got = read(text)
    assert {k: got[k] for k in found} == found


def test_a_lead_in_without_a_colon_opens_its_list() -> None:
    body = ("Hi Sam, a few things to keep in mind for the packaging\n\n1. Nutrition panel on the "
            "back\n2. Recycling logo on the base\n3. Minimum font size 6pt\n\nThanks, Kim\n")
    assert read(body)["req"] == 3
    assert read("Hi Sam, a few things to keep in mind for the packaging.\n\nThanks, Kim\n")[
        "req"] == 0


@pytest.mark.parametrize(("text", "objectives"), [
    ("Ultimately this is about getting more people to try the new flavours.", 1),
    ("This year we're aiming for 2,000.", 1),
    ("We're aiming for 5pm.", 0),
    ("We're aiming for Friday.", 0),
])
def test_goals_said_as_aims_and_reasons(text: str, objectives: int) -> None:
    assert len(extract(text, sent_at=SENT, timezone="America/New_York").objectives) == objectives


@pytest.mark.parametrize(("text", "found"), [
    # retail and software trade words
    ("The circular breaks Dec 13.", {"due": ["2026-12-13"]}),
    ("The flyer hits homes Thursday.", {"due": ["2026-12-03"]}),
    ("GA date is Feb 3.", {"due": ["2027-02-03"]}),
    # a lead time with the event's day is a deadline; without it, a rule for the work
    ("The webinar landing page needs to be live two weeks before the event on Jan 20.",
     {"due": ["2027-01-06"], "req": 0}),
    ("The landing page for the January webinar must be live two weeks before the webinar.",
     {"req": 1}),
    # a sale called clearance; a noun before "was"
    ("The clearance sale runs through Jan 31.", {"req": 0}),
    ("All ads need legal clearance.", {"req": 1}),
    ("Shrink was up 3% last quarter.", {"cr": []}),
    ("Shrink the logo a little.", {"cr": ["edit"]}),
    # a limit asked of a piece; a bank's legal lines
    ("Can the demo video be under 90 seconds?", {"cr": ["edit"]}),
    ("Can the video be under budget?", {"cr": []}),
    ("Member FDIC and Equal Housing Lender on all print.", {"req": 1}),
    # spend per place is a budget
    ("Budget is $4k per property, across 3 properties.", {"budget": ["USD 4000"]}),
    ("The mugs are $4 per piece.", {"budget": []}),
])
def test_trade_words_lead_times_and_legal_lines(text: str, found: dict[str, object]) -> None:
    got = read(text)
    assert {k: got[k] for k in found} == found


@pytest.mark.parametrize(("text", "objectives"), [
    ("We're targeting a 25% lift in MQLs from paid social.", 1),
    ("We need 500 SQLs from the campaign by end of Q1.", 1),
    ("We're hoping to sign up 1,000 new members in Q1.", 1),
    ("Please sign the contract for our members.", 0),
    ("We'd love to fill the hotel midweek in January and February.", 1),
])
def test_goals_of_b2b_clubs_and_hotels(text: str, objectives: int) -> None:
    assert len(extract(text, sent_at=SENT, timezone="America/New_York").objectives) == objectives


def _mail(body: str, *, html: bool = False) -> dict[str, object]:
    return read_grid_row(({"body": body, "html": html}, {}))


def test_the_agencys_own_mail_sent_back_is_read_for_the_note_only() -> None:
    fwd = ("---------- Forwarded message ---------\nFrom: {sender}\nDate: Mon, Nov 30, 2026 at "
           "10:00 AM\nSubject: Launch plan\nTo: Kim Lee <kim@client.example>\n\nHi Kim, we plan "
           "to launch on Jan 12 with a budget of $30,000.\n")
    note = "Pat wants the launch on Jan 19 instead, see your note below.\n\n"
    ours = _mail(note + fwd.format(sender="Sam Ortiz <sam@brightlane.agency>"))
    assert (ours["due"], ours["budget"], ours["cr"]) == (["2027-01-19"], [], 1)
    # a colleague's mail forwarded is read in full
    theirs = _mail(note + fwd.format(sender="Dana Ruiz <dana@client.example>"))
    assert theirs["budget"] == ["USD 30000"] and "2027-01-12" in theirs["due"]


@pytest.mark.parametrize(("text", "found"), [
    ("Can the agency make the prices on the menu boards larger?", {"cr": ["edit"]}),
    ("Pat wants the launch on Jan 19 instead.", {"cr": ["move_date"]}),
    ("We want the call on Jan 19 instead.", {"cr": []}),
    ("Format: A4, CMYK", {"req": 1}),
    ("Format | A4, CMYK", {"req": 1}),
    ("Budget | $5,000", {"req": 0, "budget": ["USD 5000"]}),
])
def test_agency_asked_days_wanted_instead_and_spec_rows(text: str,
                                                        found: dict[str, object]) -> None:
    got = read(text)
    assert {k: got[k] for k in found} == found


def test_a_french_ask_with_aussi() -> None:
    found = extract("Pourriez-vous aussi agrandir le logo sur la couverture ?", sent_at=SENT,
                    timezone="Europe/Paris", language="fr")
    assert len(found.change_requests) == 1


@pytest.mark.parametrize(("text", "found"), [
    ("I've changed my mind, let's keep the original photo.", {"cr": ["swap"]}),
    ("We keep the original receipts.", {"cr": []}),
    ("Happy to approve $3,200 for the extra photography.", {"req": 0,
                                                             "budget": ["USD 3200"]}),
    ("Legal has to approve every post.", {"req": 1}),
])
def test_a_revert_after_a_change_of_mind_and_money_approved(text: str,
                                                           found: dict[str, object]) -> None:
    got = read(text)
    assert {k: got[k] for k in found} == found


@pytest.mark.parametrize(("text", "found"), [
    ("We are looking forward to receive the draft on next Monday.", {"due": ["2026-12-07"]}),
    ("We look forward to receiving your comments.", {"due": []}),
    ("The video length should within 60 seconds.", {"req": 1}),
    ("The copy must be under 90 characters.", {"req": 1}),
    ("The call should be within 30 minutes of the launch.", {"req": 0}),
])
def test_learners_deadlines_and_limits(text: str, found: dict[str, object]) -> None:
    got = read(text)
    assert {k: got[k] for k in found} == found


@pytest.mark.parametrize(("text", "objectives"), [
    ("We want to let more young people know our brand.", 1),
    ("I want to let you know the files are ready.", 0),
])
def test_people_let_know_is_a_goal_the_writer_telling_is_not(text: str,
                                                             objectives: int) -> None:
    assert len(extract(text, sent_at=SENT, timezone="America/New_York").objectives) == objectives


@pytest.mark.parametrize(("text", "found"), [
    # a fault said as a plain statement about the piece
    ("The phone number on the back is the old one.", {"cr": ["edit"]}),
    ("The phone number is on the back.", {"cr": []}),
    ("The headline on the banner still says 2025.", {"cr": ["edit"]}),
    ("The QR code doesn't scan.", {"cr": ["edit"]}),
    ("The website link works fine now.", {"cr": []}),
    ("The link in the email goes to the old page.", {"cr": ["edit"]}),
    # another look preferred; how the client works is no change
    ("The client would prefer a warmer palette.", {"cr": ["edit"]}),
    ("We prefer a longer lead time in general.", {"cr": []}),
    ("I'd prefer a different day for the call.", {"cr": []}),
    ("We'd also like the family photo on page 2 swapped for the one with the dog.",
     {"cr": ["swap"]}),
    # rules after a colon and "no longer"
    ("Legal came back with their comments: every claim needs a footnote.", {"req": 1}),
    ('We can no longer say "best in class" anywhere.', {"req": 1}),
    ("I can no longer find the file.", {"req": 0}),
])
def test_faults_stated_looks_preferred_and_rules_after_a_colon(text: str,
                                                               found: dict[str, object]) -> None:
    got = read(text)
    assert {k: got[k] for k in found} == found


@pytest.mark.parametrize(("text", "req"), [
    # house style and third parties' limits
    ("We don't use exclamation marks in headlines.", 1),
    ("We never show the product without its packaging.", 1),
    ("We don't use that printer anymore.", 0),
    ("We never got the invoice.", 0),
    ("The council won't let us put signs on the pavement.", 1),
    ("The council won't approve the permit until January.", 0),
    ("We're not allowed to use the word 'free' in any of our ads.", 1),
    ("We're not allowed to park at the venue.", 0),
    ("Only approved photos from our library, please.", 1),
    ("Only two of the photos arrived.", 0),
    ("Please stick to our tone of voice guide.", 1),
    ("Stock photos are a no-go for us.", 1),
    ("Our logo always needs at least 10 mm of clear space.", 1),
    ("Objectives for the spring campaign: we want to grow awareness in Quebec from 12% to 20%.",
     0),
])
def test_house_style_and_third_parties_limits(text: str, req: int) -> None:
    assert read(text)["req"] == req


@pytest.mark.parametrize(("text", "cr"), [
    ("Is there any chance of a version with the logo on the left?", ["edit"]),
    ("Is there any chance of a call tomorrow?", []),
    ("The intro drags a bit.", ["edit"]),
    ("Ideally the photo would be of a real customer.", ["edit"]),
    ("Ideally we'd launch before Christmas.", []),
    ("Happy with everything except the font.", ["edit"]),
    ("Happy with everything except the timing.", []),
    ("Let's go with a shorter headline.", ["swap"]),
    ("Let's go with the flow on timing.", []),
])
def test_changes_asked_indirectly(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


def test_legal_lines_quoted_as_a_footnotes_words_are_no_rules() -> None:
    quoted = ('Please change the banner footnote to:\n"Rates as of 02/01/2027. Member FDIC. '
              'Equal Housing Lender."')
    found = extract(quoted, sent_at=SENT, timezone="America/New_York")
    assert not [r for r in found.requirements if "FDIC" in r.evidence.sentence
                or "Equal Housing" in r.evidence.sentence]
    assert read("Member FDIC and Equal Housing Lender on all print.")["req"] == 1


@pytest.mark.parametrize(("text", "req"), [
    # a disclaimer's own words and a report of what legal did set no rule
    ("Rates subject to change.", 0),
    ("Legal updated the disclaimer.", 0),
    ("All ads are subject to legal approval.", 1),
    ("Legal needs the disclaimer on every frame.", 1),
    ("Legal approved the disclaimer, and every ad must carry it.", 1),
])
def test_disclaimer_words_and_reports_of_legal(text: str, req: int) -> None:
    assert read(text)["req"] == req
