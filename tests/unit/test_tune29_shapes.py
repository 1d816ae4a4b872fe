"""Shapes found by the tune29 batch (``tests/data/extraction/specs_41.py``, scored blind
before any rule was written): an agenda's entry whose words after the colon say "due", a
newspaper's insertion day, a match that runs "until" a day, a date printed on the piece
corrected ("should say May 9, not May 8"), a reply moving the quoted day "a week later",
a Swiss "Kostendach", "ok w/ 7.5k", a donor's match, "could we see the shop name in a serif
font?", a house rule's "may not", and a French rule about languages. Each rule has
look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from intake.parsers.money import extract_money
from intake.parsers.statements import extract_statements

SENT = datetime(2027, 4, 5, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "replaced": [d.date.isoformat() for d in found.replaced_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


AGENDA = """Here's where we are with the gala:

- Monday April 12: walkthrough at the venue, 10am
- Wednesday April 14: call with the caterer
- Friday April 16: printed programs and table cards due at our office
- Saturday April 24: the gala itself"""


def test_an_agenda_entry_saying_due_after_its_colon_is_the_deadline() -> None:
    assert _read(AGENDA)["due"] == ["2027-04-16"]
    # without a deadline's word the event is the only day: kept as the day the work is for
    assert _read(AGENDA.replace("due at our office", "at our office"))["due"] == [
        "2027-04-24"]


@pytest.mark.parametrize(("text", "due"), [
    ("It goes into the paper on April 22.", ["2027-04-22"]),
    ("Great news: a donor will match every gift up to $25,000 until April 30. We'd like an "
     "email announcing the match out by April 12.", ["2027-04-12"]),
    ("The sale runs until April 30, so the banners need to be up by April 10.",
     ["2027-04-10"]),
    ("We need the files until Friday.", ["2027-04-09"]),  # a learner's "until": a deadline
])
def test_insertions_and_what_runs_until_a_day(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due


def test_a_date_printed_on_the_piece_and_corrected_is_no_move() -> None:
    found = _read("Only one thing: the date on the second banner should say May 9, not May 8.")
    assert found["due"] == [] and found["replaced"] == [] and len(found["cr"]) == 1
    moved = _read("The launch is now May 9, not May 8.")  # a move said of the work stays one
    assert moved["due"] == ["2027-05-09"] and moved["replaced"] == ["2027-05-08"]


_BOOKED = """> On Wed, Apr 7, 2027 at 3:00 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Oscar, the studio shoot is booked for Tuesday, April 13.
"""


def _reply(text: str) -> list[str]:
    mail = EmailMessage()
    mail["From"], mail["To"] = "Oscar <oscar@client.example>", "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Re: Studio shoot", format_datetime(SENT)
    mail.set_content(f"{text}\n\n{_BOOKED}")
    found = extract_message(parse_message(mail.as_bytes()), timezone="America/New_York",
                            agency_domains=("brightlane.agency",))
    return [d.date.isoformat() for d in found.due_dates]


def test_a_reply_moving_the_quoted_day_by_an_offset() -> None:
    assert _reply("Can we do it a week later instead?") == ["2027-04-20"]
    assert _reply("Could we push it back two days?") == ["2027-04-15"]
    # a day of its own says the new day: the offset is not counted from the quote
    assert "2027-04-20" not in _reply("Can we do it a week later, on April 21?")
    assert _reply("Last time we did it a week later and it was fine.") == []  # the past


@pytest.mark.parametrize(("text", "currency", "want"), [
    ("Das Kostendach liegt bei CHF 4'500.", "CHF", [("4500", "cap")]),
    ("ok w/ 7.5k. when can you start?", "USD", [("7500", "budget")]),
    ("I'm fine with 3 people on the call.", "USD", []),
    ("Happy with 20k views.", "USD", []),
    ("Great news: a donor will match every gift up to $25,000.", "USD", [("25000", "other")]),
    ("We can go up to $5,000 for the matching gift campaign.", "USD", [("5000", "cap")]),
])
def test_ceilings_yeses_and_matches(text: str, currency: str,
                                    want: list[tuple[str, str]]) -> None:
    found = extract_money(text, default_currency=currency)
    assert [(f"{m.amount:.0f}", m.kind) for m in found] == want


@pytest.mark.parametrize(("text", "changes"), [
    ("Any chance we could see the shop name in a serif font?", 1),
    ("Could we see the headline in red?", 1),
    ("Could we see the new logo in a darker shade?", 1),
    ("Any chance we could see the proofs on Friday?", 0),  # a delivery, no new look
    ("We saw the headline in red last time.", 0),
])
def test_could_we_see_a_part_in_another_look(text: str, changes: int) -> None:
    assert len(_read(text)["cr"]) == changes


@pytest.mark.parametrize(("text", "rules"), [
    ("Prices may not appear on window posters.", 1),
    ("You may not like it.", 0),
    ("The files may not be ready by Friday.", 0),  # a hedge
    ("We may not use the photo after all.", 0),
])
def test_a_house_rules_may_not(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules


def test_a_french_rule_about_languages() -> None:
    _, rules, _ = extract_statements("Tous nos documents doivent être en français et en "
                                     "anglais.", language="fr")
    assert len(rules) == 1
    _, none, _ = extract_statements("Le document doit être prêt pour le 9 avril.",
                                    language="fr")
    assert none == ()


def test_only_the_newest_quoted_message_offers_the_day() -> None:
    older = ("\n> On Mon, Apr 5, 2027 at 9:00 AM Oscar <oscar@client.example> wrote:\n"
             ">> The catalog is due May 3 and the flyers May 10.\n")
    outlook = ("\n________________________________\nFrom: Account Team <team@brightlane.agency>\n"
               "Sent: Monday, April 5, 2027 9:12 AM\nTo: Oscar\nSubject: Status\n\n"
               "The printer needs final files by April 19 and April 26.\n")
    for history in (older, outlook):
        mail = EmailMessage()
        mail["From"] = "Oscar <oscar@client.example>"
        mail["To"] = "Sam Ortiz <sam@brightlane.agency>"
        mail["Subject"], mail["Date"] = "Re: Studio shoot", format_datetime(SENT)
        mail.set_content(f"Can we do it a week later instead?\n\n{_BOOKED}{history}")
        found = extract_message(parse_message(mail.as_bytes()), timezone="America/New_York",
                                agency_domains=("brightlane.agency",))
        assert [d.date.isoformat() for d in found.due_dates] == ["2027-04-20"]
