"""A client forwarding a colleague's mail writes an ask of their own above it: read both.

The AE forwarding a client's mail to the intake address writes a note too: the AE's words
are never the client's (issue 12, whole-mail grid of the seventh session).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # Wednesday
ORIGINAL = """---------- Forwarded message ---------
From: Pat Reyes <pat@{domain}>
Date: Tue, Dec 1, 2026 at 6:45 PM
Subject: Spring ad
To: Kim Lee <kim@client.example>

Kim, the spring ad needs a stronger call to action. Please ask the agency to change "Learn
more" to "Book a test ride". The budget stays at $30,000.
"""


def forward(sender: str, note: str, original_domain: str = "client.example") -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"] = sender, "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Fwd: Spring ad", format_datetime(SENT)
    mail.set_content(f"{note}\n\n{ORIGINAL.format(domain=original_domain)}")
    return mail.as_bytes()


def read(raw: bytes, agency: tuple[str, ...] | None = ("brightlane.agency",)) -> dict:
    x = extract_message(parse_message(raw), timezone="America/New_York", agency_domains=agency)
    return {"due": [d.date.isoformat() for d in x.due_dates],
            "cr": [c.evidence.sentence for c in x.change_requests],
            "budget": [f"{m.amount:.0f}" for m in x.budgets],
            "starts": [c.evidence.start for c in x.change_requests]}


def test_a_clients_own_ask_above_a_colleagues_mail_is_read_on_the_forwards_date() -> None:
    found = read(forward("Kim Lee <kim@client.example>",
                         "Sam, see below from our CEO. Can we turn this around by Wednesday?"))
    assert found["due"] == ["2026-12-09"]  # Wednesday after the forward's Wed 2 Dec
    assert len(found["cr"]) == 1 and "Book a test ride" in found["cr"][0]  # the CEO's ask
    assert found["budget"] == ["30000"]


def test_the_same_when_no_agency_domains_are_known_and_both_share_a_domain() -> None:
    found = read(forward("Kim Lee <kim@client.example>", "Can we turn this around by "
                         "Wednesday?"), agency=None)
    assert found["due"] == ["2026-12-09"]


def test_the_ae_forwarding_a_clients_mail_adds_no_words_of_the_client() -> None:
    note = "FYI, I told them we could do it by Wednesday. Please swap the photo too."
    for agency in (("brightlane.agency",), None):
        found = read(forward("Sam Ortiz <sam@brightlane.agency>", note), agency=agency)
        assert found["due"] == []
        assert all("swap the photo" not in s for s in found["cr"])


def test_a_note_and_an_original_saying_the_same_keep_it_once_in_text_order() -> None:
    note = 'Please change "Learn more" to "Book a test ride" as Pat says, and keep $30,000.'
    found = read(forward("Kim Lee <kim@client.example>", note))
    assert found["budget"] == ["30000"]
    assert found["starts"] == sorted(found["starts"])


def _forward_of_forward(middle_author: str) -> bytes:
    """Kim forwards Dana's forward (Outlook's header inside Gmail's) of the office's note."""
    mail = EmailMessage()
    mail["From"], mail["To"] = "Kim Lee <kim@client.example>", "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Fwd: FW: address change", format_datetime(SENT)
    mail.set_content(f"""Can we do this? See below.

---------- Forwarded message ---------
From: {middle_author}
Date: Tue, Dec 1, 2026 at 5:12 PM
Subject: FW: address change
To: Kim Lee <kim@client.example>

Kim, please get the agency to add our new address to all the ads. It must be live by Dec 10.

________________________________
From: Office Manager <office@client.example>
Sent: Tuesday, December 1, 2026 3:00 PM
To: Dana Price <dana@client.example>
Subject: address change

Our new address from Jan 1 is 200 Main St, Suite 4.
""")
    return mail.as_bytes()


def test_a_colleagues_note_in_the_middle_of_a_forward_of_a_forward_is_read() -> None:
    for agency in (("brightlane.agency",), None):
        found = read(_forward_of_forward("Dana Price <dana@client.example>"), agency=agency)
        assert found["due"] == ["2026-12-10"]  # not the office's Jan 1: a fact, not a deadline
        assert len(found["cr"]) == 1 and "new address" in found["cr"][0]


def test_the_agencys_note_in_the_middle_of_a_forward_of_a_forward_is_not() -> None:
    found = read(_forward_of_forward("Sam Ortiz <sam@brightlane.agency>"))
    assert found["due"] == [] and found["cr"] == []


def _passed_on(note: str, sender: str, original: str) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"] = "Kim Lee <kim@client.example>", "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Fwd: this week", format_datetime(SENT)
    mail.set_content(f"""{note}

---------- Forwarded message ---------
From: {sender}
Date: Tue, Dec 1, 2026 at 7:00 AM
Subject: This week
To: Kim Lee <kim@client.example>

{original}
""")
    return mail.as_bytes()


NEWSLETTER = ("Join our webinar on December 10 at 2pm. Early-bird tickets are $199 until Dec 8. "
              "Brands must register by December 9.\n\nView this email in your browser | "
              "Unsubscribe")
INVOICE = "Invoice #4432. Amount due: $3,450. Payment is due by December 15."


def test_a_mailing_the_client_passes_on_is_no_ask_of_theirs() -> None:
    for sender, text in (("Retail Weekly <news@retailweekly.example>", NEWSLETTER),
                         ("Accounts <accounts@quickprint.example>", INVOICE),
                         ("Pat <pat@retailweekly.example>", NEWSLETTER)):  # the marks suffice
        found = read(_passed_on("FYI, thought you'd find this interesting.", sender, text))
        assert (found["due"], found["cr"], found["budget"]) == ([], [], [])


def test_the_clients_note_above_a_mailing_is_still_read() -> None:
    found = read(_passed_on("Can we add a holiday banner like this to our homepage by Dec 11?",
                            "Retail Weekly <news@retailweekly.example>", NEWSLETTER))
    assert found["due"] == ["2026-12-11"] and len(found["cr"]) == 1


def test_a_person_at_a_third_party_is_still_read() -> None:
    # the venue's coordinator, a person: their deadline is one the work must meet
    found = read(_passed_on("See below from the venue.", "Jo Park <jo@venue.example>",
                            "All banners must be delivered by December 9."))
    assert found["due"] == ["2026-12-09"]


def test_the_agency_forwarding_a_clients_info_address_is_read() -> None:
    mail = EmailMessage()
    mail["From"], mail["To"] = "Sam Ortiz <sam@brightlane.agency>", "intake@brightlane.agency"
    mail["Subject"], mail["Date"] = "Fwd: poster", format_datetime(SENT)
    mail.set_content("""FYI

---------- Forwarded message ---------
From: Bakery <info@bakery.example>
Date: Tue, Dec 1, 2026 at 7:00 AM
Subject: poster
To: Sam Ortiz <sam@brightlane.agency>

We need the poster by December 9, please make the logo bigger.
""")
    found = read(mail.as_bytes())
    assert found["due"] == ["2026-12-09"] and len(found["cr"]) == 1


_OFFER = """> On Tue, Dec 1, 2026 at 4:10 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Hi Kim, two options for the launch: Jan 12 or Jan 19. Which works?
"""


def _reply(text: str) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"] = "Kim Lee <kim@client.example>", "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Re: launch", format_datetime(SENT)
    mail.set_content(f"{text}\n\n{_OFFER}")
    return mail.as_bytes()


def test_a_bare_day_picks_one_of_the_days_the_quote_offered() -> None:
    assert read(_reply("19th works."))["due"] == ["2027-01-19"]
    found = read(_reply("Blue is fine, and let's go with the 12th."))
    assert found["due"] == ["2027-01-12"] and found["cr"] == []  # not the coming Dec 12
    assert read(_reply("Neither works, can we do Jan 26?"))["due"] == ["2027-01-26"]
    # a day the quote does not offer, or a day mentioned without picking it, stays as read
    assert read(_reply("We had the review on the 19th, all good."))["due"] == []
    assert read(_reply("Thanks Sam, will come back to you tomorrow."))["due"] == []
