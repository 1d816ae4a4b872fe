"""Client mail in shapes taken from public collections of client feedback, brief checklists
and print-shop deadline pages, each paraphrased, never copied (issue 12, thirty-second
session): a second probe of voices nobody here invented, after ``test_client_phrasings.py``.
Each shape read as nothing (or wrongly) before; each beside words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.dates import extract_due_dates
from tests.unit.shapes import ZONE, due, kinds, money

SENT = datetime(2029, 7, 30, 9, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    # more or less of a look, wished (not a goal's numbers)
    ("I'd like to see more earthy tones, but not browns. Maybe a caramel?", "C--"),
    ("I'd like to see less text on the back.", "C--"),
    ("We'd like to see more visitors on the site.", "--O"),
    ("We'd love to see more sign-ups this year.", "--O"),
    # a look wondered about, or wanted of "it"
    ("We were wondering if the snowflakes could look a little more masculine.", "C--"),
    ("I wonder if it could look a bit warmer.", "C--"),
    ("I want it to feel more premium.", "C--"),
    ("I want them to look happier.", "C--"),
    ("We want it to be bigger than last year.", "---"),
    # what the agency should have done, said as a reproach; the client's own regret is none
    ("You should have used green rather than purple.", "C--"),
    ("We should have used a different printer.", "---"),
    ("We should have asked sooner.", "---"),
    ("You should have received the files by now.", "---"),
    ("All ads should have the logo.", "-R-"),
    # an instruction to the agency (not a tip, not the agency's own things)
    ("You need to redo the tree so it looks like it does in spring.", "C--"),
    ("You'll have to swap the photo.", "C--"),
    ("You need to send us the invoice.", "---"),
    ("You need to update your address book.", "---"),
    ("Sam, you have to try the new taco place on 5th, seriously.", "---"),
    # why not, asked of more verbs
    ("Why can't you just shrink the picture down to the size of the card?", "C--"),
    ("Why can't you keep the old logo?", "C--"),
    ("Why can't you fix your printer?", "---"),
    ("Why can't you come on Friday?", "---"),
    # a part looked for (not something to be sent)
    ("Where's the name of our company?", "C--"),
    ("Where is the phone number?", "C--"),
    ("Where's the logo file?", "---"),
    ("Where's the link?", "---"),
    ("Where are the proofs?", "---"),
    ("Where is the venue?", "---"),
    # another take chosen
    ("pic 3 no. use the one w/ the dog", "C--"),
    ("Use the one you sent Monday.", "C--"),
    # a part not where or as it should be
    ("Title is not center.", "C--"),
    ("The logo is not visible on dark backgrounds.", "C--"),
    ("The road is not straight.", "---"),
    ("The reason is not clear.", "---"),
    ("It's not clear to me when the launch is.", "---"),
    # a learner's wish
    ("Is better if the photo is more big.", "C--"),
    ("It is better if we meet on Monday.", "---"),
    ("It's better if the team is small.", "---"),
    # bans qualified by "without", limits said as facts
    ("No photos of children without a signed release.", "-R-"),
    ("No people in the shots without a release.", "-R-"),
    ("Word count is max 500.", "-R-"),
    ("The headline is max 40 characters.", "-R-"),
    ("The room is max 40 people.", "---"),
    ("Word count is 1,200 so far.", "---"),
    ("The video was max 30 seconds last time.", "---"),
    # precision: an errand, a hire, haste, an invitation, a question about changes, a fix done
    ("Could you make sure Tom gets a copy?", "---"),
    ("Make sure everyone gets the memo.", "---"),
    ("Please make sure Legal sees it before it goes out.", "-R-"),
    ("Make sure the logo gets a lot of space.", "-R-"),
    ("We've decided to go with your agency for the fall campaign.", "---"),
    ("We'll go with your quote.", "---"),
    ("Let's go with your first idea.", "C--"),
    ("We need to move fast on this one.", "---"),
    ("Move the logo to the left.", "C--"),
    ("Please hold the date for our gala on Oct 5.", "---"),
    ("Hold the radio spots.", "C--"),
    ("Is it too late to make changes?", "---"),
    ("Is it too late to make changes to the cover?", "C--"),
    ("I fixed the typo myself in the Word doc.", "---"),
    ("We fixed the wrong date in the doc, but the headline is still too long.", "C--"),
    # goals in everyday words (not a change of the people in a photo)
    ("Honestly we just need more people through the door.", "--O"),
    ("We need more people at the event.", "--O"),
    ("We need more people in the photo.", "C--"),
    ("Mainly we want to get our name out there.", "--O"),
    ("We lost our name out there.", "---"),
    ("We're trying to shake the \"expensive\" image.", "--O"),
    ("We shook the image last year.", "---"),
    ("We need to fix the image on page 2.", "C--"),
    ("We need to get younger people interested in opera.", "--O"),
    # what a sum must cover is the money's business, what a piece must include a rule
    ("Total pot is $60K, that has to cover media too.", "---"),
    ("The brochure is 12 pages, it has to include the map.", "-R-"),
    # the client's own errand to approve, no rule
    ("We'll be at the printer on Friday to sign off.", "---"),
    ("We will need the CEO to sign off.", "-R-"),
    # an outside party's rule passed on (not its verdict, not a boss's wish for this piece)
    ("Compliance flagged that every rate needs an APR disclosure.", "-R-"),
    ("Legal says that every ad must carry the disclaimer.", "-R-"),
    ("The event organisers asked for vector files only.", "-R-"),
    ("Legal would like the small print to be 8pt minimum.", "-R-"),
    ("Amazon wants white backgrounds on the main image.", "-R-"),
    ("I bought it on Amazon.", "---"),
    ("Legal said that the disclaimer is fine.", "---"),
    ("Our CEO says that all the photos are great.", "---"),
    ("The CEO would like the logo bigger.", "C--"),
    ("The owner asked for a bigger logo.", "---"),
    ("The disclaimer has to be on every page, the rest is fine.", "-R-"),
    # a word put right on a page with an arrow (not a bullet's itinerary)
    ('p3: "recieve" -> "receive"', "C--"),
    ("p.3: recieve -> receive", "C--"),
    ("- Monday -> Friday", "---"),
    # an old detail, a mark a word lacks, a formal "adapt"
    ("FYI the address on the back is our old one.", "C--"),
    ("Attached is our previous brochure.", "---"),
    ("Spelling of Caffè needs the accent.", "C--"),
    ("We kindly ask you to adapt the colour of the header to our CI.", "C--"),
    ("We need to adapt to the market.", "---"),
    # what a site must be; a piece that does not blend in
    ("Also the site should be responsive.", "-R-"),
    ("The support team was very responsive.", "---"),
    ("Is the site responsive?", "---"),
    ("The button doesn't blend in with the rest of the site.", "C--"),
    ("The new guy doesn't fit in with the team.", "---"),
    # the call to action (not a phone call), a darker blue asked, a look with another part
    ("The call to action is buried at the bottom.", "C--"),
    ("Let's have a call to discuss the action plan.", "---"),
    ("Call off the radio spot.", "C--"),
    ("Any chance of a darker blue?", "C--"),
    ("Any chance of a meeting on Friday?", "---"),
    ("Can we have a call?", "---"),
    ("How would it look with a white background?", "C--"),
    ("How would it look if we met on Friday?", "---"),
    ("I'd love a bit more breathing room around the text.", "C--"),
    ("I'd love a bit more time.", "---"),
    ("Hmm, the photo crop cuts off her head.", "C--"),
    ("The new road cuts off our parking lot.", "---"),
    ("Can the intro be snappier?", "C--"),
    ("The spacing between paragraphs is inconsistent.", "C--"),
    ("Our sales have been uneven this year.", "---"),
    # the voice kept, a rule of the brief
    ("Keep the tone light and fun.", "-R-"),
    ("Keep the tone as it is.", "---"),
    ("We kept the tone light last time.", "---"),
    # goals said in passing (not an attempt read as "try another take")
    ("We'd like this campaign to put us on the map in Denver.", "--O"),
    ("We put the map on the back.", "---"),
    ("Ideally 500 people at the open day.", "--O"),
    ("Ideally 500 flyers.", "---"),
    ("Our hope is to get 50 new volunteers signed up.", "--O"),
    ("Our hope is that you are well.", "---"),
    ("We'd love for the video to get 10k views.", "--O"),
    ("The video got 10k views last year.", "---"),
    ("Let's try to get 20% of our customers onto the app.", "--O"),
    ("We got 20% of our customers onto the app last year.", "---"),
    ("Let's try to make the logo bigger.", "C--"),
    ("Try a serif.", "C--"),
    # praise by comparison, a fix the client's side makes
    ("The new headline is much better than the old one.", "---"),
    ("The phone number on the back is the old one.", "C--"),
    ("Our intern will fix the typos on the website.", "---"),
    ("We can fix the typo, but the logo is too small.", "C--"),
    # a day that must move, a piece started over, another look someone wants
    ("Sorry to do this after sign-off, but the date has to change to the 14th.", "C--"),
    ("The meeting date has to change to the 14th.", "---"),
    ("The launch date had to move to the 14th last year.", "---"),
    ("We need to go back to square one on the sales page.", "C--"),
    ("Back to square one for me, I lost my keys.", "---"),
    ("The marketing director wants a more conservative tone.", "C--"),
    ("We want a more central location for the office.", "---"),
    # terse phone asks
    ("pricing too small to read", "C--"),
    ("Pricing is going up next year.", "---"),
    ("less red", "C--"),
    ("We want less red tape.", "---"),
    ("URL goes to 404", "C--"),
    ('spelling - "accommodate"', "C--"),
    ("spelling - fine", "---"),
    ("same as before but in green", "C--"),
    ("The hashtag should be #LoveLocal.", "C--"),
    ("The team should be @ the venue by 8.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Je préférerais une police plus moderne.", "C--"),
    ("Nous préférerions un fond plus clair.", "C--"),
    ("Nous préférons une réunion plus courte.", "---"),
    ("Je préfère le café plus chaud.", "---"),
])
def test_french_preferences(text: str, expected: str) -> None:
    assert kinds(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We have about 12,000 to spend on the whole thing.", [("12000", "budget")]),
    ("There's 8,000 in the budget for print.", [("8000", "budget")]),
    ("We can spend up to 4000 on the video.", [("4000", "cap")]),
    ("We have 300 to spend on swag and 2,000 to spend on print.",
     [("300", "budget"), ("2000", "budget")]),
    ("We spend 2,000 hours a year on reports.", []),
    ("We spent 4000 on the last one.", []),
    ("We have 12,000 members to reach.", []),
    ("The room holds 12,000 people.", []),
    ("Plan to spend 3 days on it.", []),
    # a sentence about the budget, its sum in the last clause
    ("The budget was 10k but it's now 8k.", [("10000", "other"), ("8000", "budget")]),
    ("Budget TBD, probably 10-12K.", [("12000", "range")]),
    ("Budget is fine, we printed 5,000 last time.", []),
    ("Budget meeting is Tuesday, we have 12 items.", []),
])
def test_plain_numbers_to_spend(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Submission window closes Aug 31.", ["2029-08-31"]),
    ("The submission window closed Aug 1.", []),
    ("Registration closes Aug 31.", []),
])
def test_entry_deadlines(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Monday is fine for the proofs.", ["2029-08-06"]),
    ("The 14th works for the files.", ["2029-08-14"]),
    ("Next Tuesday is ok for the call.", []),
    ("Tuesday at 2 works for the review.", []),
])
def test_a_day_accepted_for_the_work(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # work to have wrapped up by a day (not a shoot that wrapped)
    ("We're aiming to have this wrapped up within the next 10 days.", ["2029-08-09"]),
    ("The shoot wrapped on July 20.", []),
    # a day a later "by then" points back to (not the past, not the bills)
    ("Our fiscal year starts Oct 1 and the new brand has to be in place by then.",
     ["2029-10-01"]),
    ("Our fiscal year started Oct 1 and we had to be ready by then.", []),
    ("Our fiscal year ends September 30, so any invoices should come in before then.", []),
    # "the following Tues" counts on from the day before it
    ("Copy due Thurs, design due the following Tues.", ["2029-08-02", "2029-08-07"]),
    # the work needed for an occasion on its day
    ("I need this for a presentation to the council on the 28th.", ["2029-08-28"]),
    ("We need them for our open house on Aug 25.", ["2029-08-25"]),
    # "two weeks out from launch": counted back
    ("Everything should be finalized two weeks out from launch (Sept 17).",
     ["2029-09-03", "2029-09-17"]),
    ("We're two weeks out from launch.", []),
])
def test_due_dates_in_more_words(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a move told with the old day in brackets, to a bare day soon after the mail's
    ("We've moved the open house to the 22nd (it was the 15th).", (["2029-08-22"],
                                                                   ["2029-08-15"])),
    ("The open house moved to the 22nd (was the 15th).", (["2029-08-22"], ["2029-08-15"])),
    ("The open house is the 22nd (it was great last year).", ([], [])),
    ("We moved the event to the 22nd and it went great.", ([], [])),
])
def test_days_moved(text: str, expected: tuple[list[str], list[str]]) -> None:
    found, replaced = extract_due_dates(text, sent_at=SENT, timezone=ZONE)
    assert ([d.date.isoformat() for d in found], [d.date.isoformat() for d in replaced]) \
        == expected
