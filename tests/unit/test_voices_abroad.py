"""British, South Asian, Gulf and chat voices, and rules and goals in other words (issue 12).

Written as grids before any rule changed (tests/data/voices/g11-g16, docs/performance.md,
"Eighth session"): each new rule beside the look-alikes it must not fire on. Pure: text in,
mentions out. Sent Wed 2 Dec 2026, New York.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

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
    # a weekday before a bare ordinal names that day, not the coming weekday
    ("Deadline Monday 14th.", ["2026-12-14"]),
    ("deadline mon 14th", ["2026-12-14"]),  # "mon" in lower case is a day before a date
    ("Due Thu 17th.", ["2026-12-17"]),
    ("We need it Fri 11th please.", ["2026-12-11"]),
    ("The shoot is Saturday 12th.", ["2026-12-12"]),
    ("I'm off Monday 14th.", []),  # an absence
    ("Deadline is Monday the 14th.", ["2026-12-14"]),
    # a week named by its first day is a vague time ...
    ("We'll need the final artwork the week of December 14.", []),
    ("We'll need the final artwork w/c 14th December.", []),
    ("Artwork w/c 14/12.", []),
    # ... a day in the same sentence still is one
    ("The shoot is the week of Jan 11, files due Jan 4.", ["2027-01-04"]),
    # a visit is no deadline
    ("I'll pop by the office on Friday.", []),
    ("I'll come by the office on Friday.", []),
    ("Can you swing by on Thursday?", []),
    ("The mailer drops on Friday.", ["2026-12-04"]),
    ("Please drop the files in the folder by Friday.", ["2026-12-04"]),
])
def test_dates_of_these_voices(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(("text", "cr"), [
    ("Can you pop the new logo in the footer?", ["add"]),
    ("Could you knock the headline down to one line?", ["edit"]),
    ("Could you knock 10% off the price?", ["edit"]),
    ("Can we prepone the launch to 14th December?", ["move_date"]),
    ("Shall we move the photoshoot to the 15th instead?", ["move_date"]),
    ("We'd quite like the blue a bit darker, if that's OK.", ["edit"]),
    ("Request you to please make the font bold in the headline.", ["edit"]),
    ("Can you make the button green?", ["edit"]),
    ('One thing: can the CTA say "Book now" instead?', ["edit"]),
    ("price shd be 49 not 59", ["edit"]),
    ("hate the font tbh, something cleaner?", ["edit"]),
    ("I dislike the new logo.", ["edit"]),
    ("Please drop the second paragraph.", ["remove"]),
    # look-alikes: a visit, an idiom, a meeting, a decision, a hand-over, a feeling
    ("I'll pop by the office on Friday.", []),
    ("Could you pop over for a coffee?", []),
    ("Can you pop in on Thursday?", []),
    ("Please knock on the door when you arrive.", []),
    ("That would knock it out of the park.", []),
    ("We preponed the meeting to Monday.", []),
    ("Shall we meet on Friday to go through it?", []),
    ("Shall we move the call to Friday?", []),
    ("Shall I send over the invoice?", []),
    ("Please make a decision on the black version by Friday.", []),
    ("Please make sure the red logo is visible.", []),
    ("We'd just like to say thanks.", []),
    ("Please drop the files in the folder by Friday.", []),
    ("Drop it into the Dropbox when ready.", []),
    ("I hate to ask, but can you resend the files?", []),
    ("We hate the rain.", []),
])
def test_changes_of_these_voices(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "req"), [
    ("Please note that all artworks should carry the halal logo.", 1),
    ("Each post should link to the shop.", 1),
    ("pls keep under 30 sec", 1),
    ("Keep the copy under 200 words.", 1),
    ("Keep it to 2 pages max.", 1),
    ("Keep the file under 5MB.", 1),
    ("Stay away from stock photography.", 1),
    ("Please steer clear of puns.", 1),
    ("We should stay away from puns.", 1),
    ("no red!!", 1),
    ("No stock photos.", 1),
    ("No logo on the back, please.", 1),
    ("Please follow the brand guidelines attached.", 1),
    ("I've attached the brand guidelines; please stick to them.", 1),
    # look-alikes: people, not the work; a budget's cap; the writer's own plans; a document
    # handed over; "no" that bans nothing
    ("All of us should meet next week.", 0),
    ("All visitors should feel welcome.", 0),
    ("Everyone should get a copy.", 0),
    ("Keep me posted.", 0),
    ("Please keep production under $7,500.", 0),
    ("Keep the budget below 10k.", 0),
    ("We keep under 10 people in the shop.", 0),
    ("I'll stay away from the office on Friday.", 0),
    ("The brand guidelines are attached.", 0),
    ("Please find attached our brand guidelines.", 0),
    ("No worries!", 0),
    ("No rush.", 0),
    ("No changes from us.", 0),
    ("No further changes from us.", 0),
    ("No news yet.", 0),
    ("No thanks.", 0),
    ("No one can make it.", 0),
    ("No big deal.", 0),
    ("No idea what happened.", 0),
    ("No sound on the video?", 0),
    ("No response from legal yet.", 0),
    ("No meeting on Friday.", 0),
])
def test_requirements_of_these_voices(text: str, req: int) -> None:
    assert read(text)["req"] == req


@pytest.mark.parametrize(("text", "obj"), [
    ("We want people to walk away knowing we do same-day repairs.", 1),
    ("We want people to feel at home in the new store.", 1),
    ("This is really about repositioning us as the premium option.", 1),
    ("We want people to leave their coats at the door.", 0),
    ("I want the team to feel appreciated.", 0),
    ("This is all about moving the launch.", 0),
])
def test_objectives_of_these_voices(text: str, obj: int) -> None:
    assert read(text)["obj"] == obj


@pytest.mark.parametrize(("text", "budget"), [
    ("The total budget is 2 lakhs only.", ["INR 200000"]),
    ("The amount approved by management is 1.2 crore.", ["INR 12000000"]),
    ("Our budget is 3 lakh euros.", ["EUR 300000"]),  # a named currency wins
    ("Budget is 20k only for this.", ["USD 20000"]),
    ("We reached 5 lakh people last year.", []),
])
def test_budgets_of_these_voices(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


# -- the trade's deadlines, marked-up feedback, conditional approvals (grids g17-g20) --------

@pytest.mark.parametrize(("text", "due"), [
    ("Ad close is December 15.", ["2026-12-15"]),
    ("Space closes Jan 8 and materials are due Jan 12.", ["2027-01-08", "2027-01-12"]),
    ("The cutoff for changes is Thursday at noon.", ["2026-12-03"]),
    ("The magazine hits newsstands on January 4.", ["2027-01-04"]),
    ("Drop date 1/15.", ["2027-01-15"]),
    # a reopening or a reset the work serves is no deadline beside one of its own ...
    ("The store reopens on January 10, so the banners must ship by Dec 28.", ["2026-12-28"]),
    ("The retailer's planogram resets on January 10, so shelf strips must ship by Dec 28.",
     ["2026-12-28"]),
    # ... and words printed on the piece are no date of the work
    ("Approved with one change: the date should read March 3.", []),
    ("The banner should say Friday Dec 4 only.", []),
    # look-alikes
    ("We're closed on Friday.", []),
    ("Call me Thursday at noon.", []),
    ("Can you read it by Friday?", ["2026-12-04"]),
])
def test_dates_in_the_trades_words(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(("text", "cr"), [
    ('[p.5] delete "new" in the headline', ["remove"]),
    ("(slide 3) swap the photo", ["swap"]),
    ("[p.7] photo credit missing", ["edit"]),
    ("The logo is missing from page 2.", ["edit"]),
    ("Slide 6 - chart colours don't match our palette", ["edit"]),
    ("One tweak: can the tagline sit on one line?", ["edit"]),
    ("Can the headline fit on one line?", ["edit"]),
    ("Good to go once the typo in the footer is fixed.", ["edit"]),
    ("Approved once the logo is swapped for the new one.", ["edit"]),
    ("All approved apart from page 4: please use the older photo there.", ["swap"]),
    ("Approved with one change: the date should read March 3.", ["edit"]),
    ("The price should say $49.", ["edit"]),
    ("It should say Orbit Bikes.", ["edit"]),
    # look-alikes: someone's inbox, a meeting, a report, a reader, a wait for approval
    ("I'm missing the logo files you mentioned.", []),
    ("Sorry, we are missing the photos.", []),
    ("Can the team sit in on the call?", []),
    ("Once the files are uploaded we'll print.", []),
    ("Once the proofs are approved, send them to print.", []),
    ("When the logo was changed last year, sales dropped.", []),
    ("Everyone should read The Times.", []),
    ("You should read the brief.", []),
    ("The team (as usual) delete everything.", []),
    ("Drop date 1/15.", []),
    ("Stop date is Jan 31.", []),
    ("We used the previous version last year.", []),
])
def test_changes_in_marked_up_feedback(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


def test_a_feedback_list_of_verdicts_asks_no_change() -> None:
    verdicts = "Round 2 feedback:\n- Logo: approved\n- Colours: great\n- Copy: OK\n\nGood to print!"
    assert read(verdicts)["cr"] == []
    mixed = "Round 2 feedback:\n- Logo: approved\n- Copy: cut the second line"
    assert read(mixed)["cr"] == ["remove"]


@pytest.mark.parametrize(("text", "budget"), [
    ("El presupuesto ahora es de 60.000 dólares.", ["USD 60000"]),
    ("Tenemos 5.000 dolares para esto.", ["USD 5000"]),
])
def test_dollars_in_spanish(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


# -- replies' dates and the client's own doings (grids g22, g23) ------------------------------

@pytest.mark.parametrize(("text", "due"), [
    ("Any chance of getting it before the weekend?", ["2026-12-04"]),
    ("Can we have it by the weekend?", ["2026-12-04"]),
    ("The ad runs from Jan 4 to Jan 31.", ["2027-01-04"]),  # a run's last day is no deadline
    ("The spots will air from Jan 4 to Jan 31.", ["2027-01-04"]),
    # look-alikes: the weekend itself, the writer's own doing, a move, time since, the past
    ("We worked over the weekend.", []),
    ("Have a great weekend!", []),
    ("I wanted to get a summary out before the weekend so nobody starts the holidays with "
     "open questions.", []),
    ("Please move the launch from Jan 4 to Jan 31.", ["2027-01-31"]),
    ("Great work, team. Sales are up 12% since the launch on November 2.", []),
    ("Since the launch on November 2 we sold 300 bikes.", []),
    ("Since the launch is on January 14, we need the files by Jan 4.",
     ["2027-01-04", "2027-01-14"]),  # "since" as "because"
    ("The shoot wrapped on Monday.", []),
    ("I'll update the spreadsheet tonight.", []),
])
def test_dates_in_replies(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


@pytest.mark.parametrize(("text", "cr"), [
    ("Can you remove John from the email thread?", []),
    ("Please change my email address in your system to kim@new.example.", []),
    ("Please take me off the mailing list.", []),
    ("Please remove the logo from the footer.", ["remove"]),
    ("Please add the disclaimer to the system page.", ["add"]),
    ("Add the new address to the footer.", ["add"]),
])
def test_admin_asks_are_no_change(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


# -- rules and changes that look alike (grids g24, g25) --------------------------------------

@pytest.mark.parametrize(("text", "req"), [
    ("Don't forget to include the disclaimer.", 1),
    ("Remember to credit the photographer.", 1),
    ("Make sure the logo is on every page.", 1),
    ("The ad needs to run for at least four weeks.", 1),
    ("Images should be at least 1080 px wide.", 1),
    # a reminder to a person, a wish, the writer's own needs
    ("Don't forget to bring the samples on Friday.", 0),
    ("Make sure to enjoy the holidays!", 0),
    ("Make sure you send the files to the printer, not to us.", 0),
    ("We need at least two more days.", 0),
    ("I need to run, talk later.", 0),
])
def test_reminders_and_minimums(text: str, req: int) -> None:
    assert read(text)["req"] == req


@pytest.mark.parametrize(("text", "cr"), [
    ("The second paragraph can go.", ["remove"]),
    ("The last slide could go entirely.", ["remove"]),
    ("I'd rather the button said 'Shop now'.", ["edit"]),
    ('We\'d prefer it if the headline read "Ride on".', ["edit"]),
    ("The files can go to the printer.", []),
    ("The ad can go live on Monday.", []),
    ("The banner can go out Monday.", []),
    ("The logo can go anywhere on the page.", []),
    ("I'd rather you said nothing to the press.", []),
])
def test_pieces_let_go_and_words_wished_for(text: str, cr: list[str]) -> None:
    assert read(text)["cr"] == cr


@pytest.mark.parametrize(("text", "req"), [
    ("The disclaimer must appear on every frame.", 1),
    ("The disclaimer is on every frame.", 1),
    ("Everything has to go through compliance before it's published.", 1),
    ("All files 300 dpi CMYK PDF.", 1),
    # a place named, files handed over (grid g26)
    ("The disclaimer is in the footer.", 0),
    ("Attached is the logo in EPS and PNG.", 0),
    ("Attached: logo files (EPS, PNG).", 0),
    ("The logo in the footer is the old one.", 0),
])
def test_a_rules_topic_named_is_no_rule(text: str, req: int) -> None:
    assert read(text)["req"] == req


@pytest.mark.parametrize(("text", "due"), [
    ("Invitation: Concept review @ Thu Dec 10, 2026 2pm - 3pm (EST)", []),
    ("The invitation needs to go out by Dec 10.", ["2026-12-10"]),
])
def test_a_calendar_invitation_is_a_meeting(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


# -- money in replies, goals in more voices (grids g28, g29) ---------------------------------

@pytest.mark.parametrize(("text", "budget"), [
    ("Yes, $12k works for us.", ["USD 12000"]),
    ("Can we do it for 10k instead?", ["USD 10000"]),
    ("We'll go with the $15,000 option.", ["USD 15000"]),
    ("We've already spent $3,000 of the $10,000.", ["USD 10000"]),
    # a plan's price, money of our own, a competitor's spend, tickets
    ("The $29 plan works for us.", []),
    ("We spent $3,000 of our own money on the launch party.", []),
    ("Last year the big guys spent north of $500k on their holiday push.", []),
    ("Tickets at $25 sound good.", []),
])
def test_money_agreed_in_replies(text: str, budget: list[str]) -> None:
    assert read(text)["budget"] == budget


def test_a_fee_bargained_is_no_change() -> None:
    assert read("Can we do it for 10k instead?")["cr"] == []
    assert read("Could we use the blue one instead?")["cr"] == ["swap"]


@pytest.mark.parametrize(("text", "obj"), [
    ("Ideally this drives foot traffic to the new store.", 1),
    ("We want to be top of mind when people think about HVAC.", 1),
    ("Main thing: more bookings in January.", 1),
    ("Our mission is to feed 10,000 families this winter.", 1),
    ("Our mission statement is on the website.", 0),
    ("Main thing: please send the files by Friday.", 0),
    ("This drives me crazy.", 0),
])
def test_goals_in_more_voices(text: str, obj: int) -> None:
    assert read(text)["obj"] == obj


@pytest.mark.parametrize(("text", "req", "due"), [
    ("It's really important that we hit the January 8 date, the whole team is counting on it.",
     0, ["2027-01-08"]),
    ("We need to meet the Friday deadline.", 0, ["2026-12-04"]),
    ("It's important that the logo is always on the right.", 1, []),
    ("We need three banner sizes: 300x250, 728x90 and 160x600.", 1, []),
    ("Did you get the 300x250 and 728x90 files?", 0, []),
    ("The last campaign ran in 300x250 and 728x90.", 0, []),
])
def test_a_stressed_deadline_and_sizes_listed(text: str, req: int, due: list[str]) -> None:
    found = read(text)
    assert (found["req"], found["due"]) == (req, due)


@pytest.mark.parametrize(("text", "due"), [
    ("Please deliver the files by 2026.12.18.", ["2026-12-18"]),
    ("Final artwork due 18-Dec-2026.", ["2026-12-18"]),
    ("Deadline: Dec-18.", ["2026-12-18"]),
    ("Can we have the proofs Thursday week?", ["2026-12-10"]),
    ("First thing Tues works for the files.", ["2026-12-08"]),
    ("The spot has to be on air by mid-March.", ["2027-03-15"]),
    ("No later than mid-January please.", ["2027-01-15"]),
    # a part of a month without "by" is vague; a version number, "may", a meeting
    ("Sometime mid-Jan would be great for the launch.", []),
    ("We need it in early January.", []),
    ("Launch late Feb.", []),
    ("The may-2 thing", []),
    ("Thursday week 2 of the plan.", []),
    ("Let's meet first thing Monday.", []),
])
def test_date_formats_of_other_conventions(text: str, due: list[str]) -> None:
    assert read(text)["due"] == due


def test_a_deadline_by_part_of_a_month_is_no_rule() -> None:
    assert read("The spot has to be on air by mid-March.")["req"] == 0


def _statements(text: str) -> tuple[int, int, int]:
    from intake.parsers.statements import extract_statements

    changes, requirements, objectives = extract_statements(text)
    return len(changes), len(requirements), len(objectives)


@pytest.mark.parametrize(("text", "counts"), [
    # a requirement heading's lines without full stops are its items, not more headings
    ("Must-haves\n\nAll copy in plain English\nPhone number on every piece\n\nThanks, Kim",
     (0, 2, 0)),
    ("Requirements\n\nThanks so much\nTalk soon", (0, 0, 0)),
    # under "Notes:" a meeting and a person's action item ask nothing; a rule for all the
    # work is a rule
    ("Notes from today:\n- Use the spring palette throughout\n- Kim to send the shot list\n"
     "- Call with legal next Tuesday", (0, 1, 0)),
    ("Notes:\n- Swap the hero photo\n- Sam to check the budget", (1, 0, 0)),
    # things to avoid are rules; questions in a list state nothing
    ('Things to avoid:\n- Stock photos of handshakes\n- The word "synergy"', (0, 2, 0)),
    ("A couple of questions:\n- Can we use the new logo yet?\n- Do we need legal review?",
     (0, 0, 0)),
    ("Couple of must-dos from legal:\n- disclaimer on every frame\n- no pricing in the headline",
     (0, 2, 0)),
])
def test_lists_in_briefs(text: str, counts: tuple[int, int, int]) -> None:
    assert _statements(text) == counts


@pytest.mark.parametrize(("text", "budget", "req"), [
    ("Budget hasn't been confirmed yet, but assume around 20k.", ["USD 20000"], 0),
    ("For paid social we've earmarked 7.5k per month.", ["USD 7500"], 0),
    ("Last quarter's ad spend was $60k.", [], 0),
    ("Last year the budget was $40k, this year we have $45k.", ["USD 45000"], 0),
    ("Each influencer gets $500.", [], 0),  # a fee per head, no rule for each piece
    ("Every ad gets 3 variants.", [], 1),
])
def test_budget_lines_of_briefs(text: str, budget: list[str], req: int) -> None:
    found = read(text)
    assert (found["budget"], found["req"]) == (budget, req)


@pytest.mark.parametrize(("text", "cr"), [
    ("Would love to see the logo a touch bigger.", 1),
    ("Any way to squeeze the QR code onto the back?", 1),
    ("Team feedback: less text, bigger product shot.", 1),
    ("Should we drop the testimonial?", 1),
    ("What if the headline said 'Ride further'?", 1),
    ("Should we move the call to Friday?", 0),
    ("Should we meet on Thursday?", 0),
    ("What if the client says no?", 0),
    ("Would love to see you at the party.", 0),
])
def test_changes_asked_softly(text: str, cr: int) -> None:
    assert len(read(text)["cr"]) == cr


def test_any_way_to_is_a_question_not_a_rule_for_every_piece() -> None:
    assert read("Any way to get the files today?")["req"] == 0
    assert read("All banners get grommets.")["req"] == 1
