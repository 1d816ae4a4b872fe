"""Shapes the tune54 mails (1520-1539) showed: regulated trades, learners' English, answers
typed under quoted questions, FR/DE/ES clients (issue 12), each beside sentences the same
rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.evaluation import AGENCY_DOMAINS
from intake.parsers.extract import extract_message
from intake.parsers.mentions import Extraction
from intake.parsers.mime import parse_message
from tests.unit.shapes import due, kinds, money

SENT = datetime(2028, 2, 7, 10, 0, tzinfo=ZoneInfo("America/New_York"))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    # something wished where in the piece it goes
    ("Our GM would like a short welcome note at the top.", "C--"),
    ("We also need a QR code bottom right.", "C--"),
    ("We'd like a call at the top of the hour.", "---"),
    ("We would like a spot at the top of the search results.", "---"),
    ("We would like a new brochure for the spring.", "---"),  # a brief
    # new words for a piece, said with "make it"
    ('Please make it "our favourite coffee in Amsterdam".', "C--"),
    ("Can you make this 'Book now'?", "C--"),
    ('I\'ll make it "work" somehow.', "---"),
    ('We don\'t make it "official" until Monday.', "---"),
    # a detail put right after its value
    ('Doctor name spelling is "Dr. Hyun-woo Park" (not Hyunwoo).', "C--"),
    ("The opening hours are on Sunday from 10 till 17, not 9 till 17.", "C--"),
    ("The meeting is on Tuesday at 3, not 2.", "---"),
    ("Our budget is on track at 5k, not 6k.", "---"),
    ('The name of the domaine must be written "Château Lavergne" with the accent, on the '
     "proof it is without.", "C--"),
    ('Our name must always be written "Café Noir" with the accent.', "-R-"),
    # going back to what the work was made with
    ("Can we go back to the cream paper we used in 2026?", "C--"),
    ("Can we go back to the matte finish?", "C--"),
    ("I need to go back to the team first.", "---"),
    ("I'll go back to you with the first draft.", "---"),
    ("We'll go back to the office we used last year.", "---"),
    # where on the page a piece sits, asked
    ("Can the prices sit right-aligned, like on our restaurant menu?", "C--"),
    ("Can the logo go top left?", "C--"),
    ("Can the prices go up in March?", "---"),
    ("Can the prices be checked by Friday?", "---"),
    # a piece got changed, asked
    ("Can we get the license number added to all the listing flyers?", "C--"),
    ("Could you get the logo removed from the back?", "C--"),
    ("We need to get the invoice paid by Friday.", "---"),
    ("Can we get the contract signed this week?", "---"),
    ("Did you get the photos fixed?", "---"),
    # a wish with "prefer that" and a learner's "more big"
    ("Also we would prefer that the vintage is more big, it is difficult to read.", "C--"),
    ("We prefer that the meeting is earlier.", "---"),
    ("We would prefer that the invoice is sent monthly.", "---"),
    # a piece put up where the client shows the work is no change to it
    ("We want to put poster in the lobby from 14 Feb, so final file until 10 Feb is possible?",
     "---"),
    ("We'll put them in our shop windows.", "---"),
    ("Please put the store hours in the footer.", "C--"),
    ("Please put a photo of the shop window on page 2.", "C--"),
    # every piece narrowed by a relative clause
    ("Every piece that shows a rate needs the footnote.", "-R-"),
    ("Every email that goes out needs the unsubscribe link.", "-R-"),
    ("Every ad that ran last year had a typo.", "---"),
    # a ban of "it" right after a change is that change's reason
    ("On the radio spot, I'd cut the line about \"no credit checks\". That isn't true and we "
     "can't say it.", "C--"),
    ("Please cut the price. We can't say 'cheapest' anywhere.", "CR-"),
    ("We can't say that.", "-R-"),
    # an answer that adds or moves
    ("Yes, plus a 320x50 for mobile.", "C--"),
    ("Yes, plus a few colleagues from sales.", "---"),
    ("No, moved to March 10.", "C--"),
    ("pushed to the 14th", "C--"),
    ("We moved to Chicago in 2019.", "---"),
    ("No, moved to 2 pages.", "---"),
    # a goal after "What we want:"
    ("What we want: get 1,500 email sign-ups and sell out the new pearl collection.", "--O"),
    ("What we want: 1,500 email sign-ups.", "--O"),
    ("What we need: 3 banners and a poster.", "---"),
])
def test_asks_rules_and_goals(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Vielen Dank. Auf Seite 3 ist die Telefonnummer falsch, richtig ist 0731 555 120.", "de",
     "C--"),
    ("Vielen Dank. Leider ist die Adresse auf dem Plakat falsch.", "de", "C--"),
    ("Vielen Dank. Auf Seite 3 ist die Telefonnummer richtig, danke.", "de", "---"),
    ("También necesitamos que el aviso legal aparezca en todas las piezas.", "es", "-R-"),
    ("El logo está en todas las piezas, perfecto.", "es", "---"),
    ("Necesitamos que el logo esté más grande en la portada.", "es", "C--"),
    ("Queremos que la campaña sea más rentable que el año pasado.", "es", "---"),
])
def test_foreign_shapes(text: str, language: str, expected: str) -> None:
    assert kinds(text, language=language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("need this live by wed EOD since promo emails go thursday am",
     ["2028-02-09", "2028-02-10"]),
    ("the newsletter goes Tuesday", ["2028-02-08"]),
    ("Our emails go to spam on Mondays.", []),
    ("Sales are up 12% since the launch on November 2.", []),
    ("The campaign starts March 1, so we need the files by February 22.",
     ["2028-03-01", "2028-02-22"]),
    ("Our campaign started March 1.", []),
    ("The campaign starts to show results in March.", []),
    ("We must send the files to the printer before 15/02 because the bottling is on 1st "
     "March.", ["2028-02-14"]),
    ("We need the posters by Friday because they go up on Monday.",
     ["2028-02-11", "2028-02-14"]),
    ("The booth graphics need to be delivered no later than February 28 - the show opens "
     "March 2.", ["2028-02-28"]),
    ("Need it by Friday - the mailer drops March 2.", ["2028-02-11", "2028-03-02"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first="15/02" in text) == expected


def _reply(sender: str, date: str, body: str, zone: str) -> Extraction:
    """What intake reads in a plain reply from ``sender`` to the AE."""
    raw = (f"From: {sender}\r\nTo: Sam <sam.ortiz@brightlane.agency>\r\nSubject: Re: proofs\r\n"
           f"Date: {date}\r\n\r\n{body}".replace("\n", "\r\n").replace("\r\r", "\r"))
    return extract_message(parse_message(raw.encode()), timezone=zone,
                           agency_domains=AGENCY_DOMAINS)


def test_caps_answer_under_a_quoted_budget_question_is_the_budget() -> None:
    assert money("SAME AS LAST YEAR, $3,500", SENT) == [("3500", "other")]  # no question
    assert money("> What did the invoice come to?\n\nSame as last year, $3,500", SENT) == [
        ("3500", "other")]  # the bill
    found = _reply("Jade Wilson <jade@wilsonyoga.com>", "Tue, 08 Feb 2028 11:20:00 -0800",
                   "Answers below in caps.\n\n> 3. Any change to the budget?\n\n"
                   "SAME AS LAST YEAR, $3,500\n\n> 4. Any other notes?\n\nNO, MOVED TO MARCH 10"
                   "\n\nJade\n", "America/Los_Angeles")
    assert [(str(m.amount), m.kind) for m in found.money] == [("3500", "budget")]
    assert [s.action for s in found.change_requests] == ["move_date"]  # not a heading


def test_a_day_agreed_over_the_quoted_offer_of_the_agencys_own() -> None:
    found = _reply("Roy Adams <roy@adamsinsurance.com>", "Tue, 08 Feb 2028 16:30:00 -0600",
                   "Friday works.\n\nRoy\n\nOn Tue, Feb 8, 2028 at 2:00 PM Sam Ortiz "
                   "<sam.ortiz@brightlane.agency> wrote:\n> Roy, we can have the final proofs "
                   "to you by Friday the 11th - does that work?\n", "America/Chicago")
    assert [d.date.isoformat() for d in found.due_dates] == ["2028-02-11"]
