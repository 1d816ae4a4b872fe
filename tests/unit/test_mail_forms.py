"""The same words in the forms mail clients send them (``benchmarks/mail_forms.py``):
``format=flowed`` plain text, text wrapped twice, spaced lists under a heading. Each rule
comes with the look-alike it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.contractions import with_apostrophes
from intake.parsers.extract import extract, extract_message
from intake.parsers.flowed import unflow
from intake.parsers.mime import parse_message
from intake.parsers.statements import extract_statements
from intake.parsers.wrapping import unwrap


def test_unflow_joins_soft_breaks_and_keeps_hard_ones() -> None:
    text = "Please stop the display campaign at the end of \nDecember.\nThanks\n"
    assert unflow(text) == "Please stop the display campaign at the end of December.\nThanks\n"


def test_unflow_with_delsp_drops_the_space_the_client_added() -> None:
    assert unflow("super\ncali\nfragilistic", delsp=True) == "super\ncali\nfragilistic"
    assert unflow("one two \nthree", delsp=True) == "one twothree"


def test_unflow_joins_only_lines_of_the_same_quote_depth() -> None:
    text = "> We go live on \n> January 28.\n>> older \n> newer\nmine"
    assert unflow(text) == "> We go live on January 28.\n>> older \n> newer\nmine"


def test_unflow_removes_stuffing_and_keeps_the_signature_separator() -> None:
    text = " From the top, please.\n-- \nKim"
    assert unflow(text) == "From the top, please.\n-- \nKim"


def test_unflow_keeps_a_paragraph_break_typed_after_a_trailing_space() -> None:
    assert unflow("First paragraph. \n\nSecond one.") == "First paragraph. \n\nSecond one."


FLOWED_MAIL = (
    "From: Kim Lee <kim@verde.example>\nTo: sam@brightlane.agency\nSubject: Posters\n"
    "Date: Tue, 01 Dec 2026 10:00:00 -0500\nMessage-ID: <f1@verde.example>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8; format={flowed}\n\n"
    "Hi Sam,\n\nThe posters need to be at the printer no later than \nDecember 14, and "
    "please swap the hero photo \nfor the sourdough shot.\n\n> The budget is \n> $9,000.\n"
)


def test_a_flowed_mail_is_read_as_typed() -> None:
    mail = parse_message(FLOWED_MAIL.format(flowed="flowed").encode())
    assert "no later than December 14, and please swap the hero photo for the" in mail.text
    assert "> The budget is $9,000." in mail.text
    found = extract_message(mail, timezone="America/New_York")
    assert [d.date.isoformat() for d in found.due_dates] == ["2026-12-14"]
    assert [c.evidence.sentence for c in found.change_requests] == [
        "The posters need to be at the printer no later than December 14, and please swap "
        "the hero photo for the sourdough shot."]


def test_a_fixed_mail_keeps_its_trailing_spaces_and_breaks() -> None:
    mail = parse_message(FLOWED_MAIL.format(flowed="fixed").encode())
    assert "no later than \nDecember 14" in mail.text


def test_a_line_left_short_by_a_second_wrap_goes_on() -> None:
    text = ("Here is the summer brief we talked about. I've tried to include\n"
            "everything the\nteam asked for, so it's long.")
    assert "\n" not in unwrap(text)


@pytest.mark.parametrize("text", [
    "Thanks for the quick turnaround on all of this, we really appreciate it.\nBest,\nKim",
    "Please send the files in the sizes we agreed on with your team last week:\nposter\n"
    "flyer\nbanner",
    "Short line\nanother\nlower case line",
])
def test_a_short_line_after_a_short_one_or_a_lead_in_stays_a_line(text: str) -> None:
    assert unwrap(text).count("\n") == text.count("\n")


def test_a_long_clause_wrapped_after_its_semicolon_goes_on() -> None:
    text = ("- Please stop the display retargeting campaign at the end of December;\n"
            "the leads are poor.")
    assert unwrap(text) == text.replace(";\n", "; ")
    found = extract(text, sent_at=datetime(2026, 11, 20, tzinfo=UTC), timezone="UTC")
    assert [s.evidence.sentence for s in found.change_requests] == [
        "Please stop the display retargeting campaign at the end of December; the leads "
        "are poor."]


@pytest.mark.parametrize("text", [
    ("seat, and add our speaker's headshot next to the agenda? One more:\n"
     "please cut the pricing section entirely, sales doesn't want pricing on a\n"
     "webinar page."),
    # wrapped twice: the prose goes on in a short line first
    ("seat, and add our speaker's headshot next to the agenda? One more:\nplease cut\n"
     "the pricing section entirely, sales doesn't want pricing on a webinar page."),
])
def test_a_colon_a_wrap_left_at_a_long_line_s_end_goes_on(text: str) -> None:
    assert "One more: please cut" in unwrap(text)
    found = extract(text, sent_at=datetime(2026, 11, 20, tzinfo=UTC), timezone="UTC")
    assert [s.evidence.sentence[:29] for s in found.change_requests][-1:] == [
        "One more: please cut the pric"]


@pytest.mark.parametrize("text", [
    # a lead-in before its short, lower-case items
    "Please send the files in the sizes we agreed on with your team last week:\n"
    "poster 50x70\nflyer A5\nbanner 300x250",
    # a short lead-in line
    "Two more things:\nplease cut the pricing section entirely, sales doesn't want pricing.",
    # the next line opens with a capital: a new sentence or an item
    "Here are the changes we'd like for the landing page before it goes live:\n"
    "The hero image should be the blue one from the shoot, and the CTA should say Join.",
])
def test_a_lead_in_s_colon_stays_a_line_end(text: str) -> None:
    assert unwrap(text) == text


def test_short_clauses_each_ending_in_a_semicolon_stay_lines() -> None:
    text = "bigger logo;\nshorter headline;\nno stock photos."
    assert unwrap(text) == text


def test_a_european_date_wrapped_after_the_day_dot_is_one_date() -> None:
    text = ("für die Messe BAU 2027 benötigen wir die Roll-ups bis Freitag, den 8.\n"
            "Januar.\nKostenrahmen: 3.000 bis 3.500 Euro netto.")
    found = extract(text, sent_at=datetime(2026, 11, 20, tzinfo=UTC), timezone="Europe/Berlin",
                    day_first=True, default_currency="EUR")
    assert [d.date.isoformat() for d in found.due_dates] == ["2027-01-08"]


@pytest.mark.parametrize("text", [
    "We need 2.\nJanuary is busy for us, so plan around it.",  # a short line: no wrap
    "The print run for the catalogue and the flyers will be finished by the 8.\n"
    "Thanks for all the help.",  # no month follows
])
def test_a_number_with_a_dot_before_other_lines_stays_a_line_end(text: str) -> None:
    assert unwrap(text) == text


def _sentences(text: str, kind: int) -> list[str]:
    return [s.evidence.sentence for s in extract_statements(text)[kind]]


def test_a_heading_after_a_long_section_opens_its_own_section() -> None:
    text = ("Requirements\n\nAll imagery has to come from our own property. Our owners want "
            "to approve the idea.\n\nWhat to avoid\n\nPlease don't use snow in any summer "
            "creative. And no mention of the gondola price, it's changing in May.")
    assert "And no mention of the gondola price, it's changing in May." in _sentences(text, 1)


def test_a_list_spaced_by_blank_lines_stays_under_its_heading() -> None:
    text = ("Objectives for AW\n\n1. Grow online revenue by 18% year on year.\n\n"
            "2. Get the repeat purchase rate among first-time spring customers up to 30%.\n\n"
            "3. Grow the email list to 250,000 subscribers before Black Friday.")
    assert len(_sentences(text, 2)) == 3


def test_prose_after_a_spaced_list_is_not_under_its_heading() -> None:
    text = ("Objectives for AW\n\n1. Grow online revenue by 18% year on year.\n\n"
            "Our owners met the printer last week about the catalogue.")
    assert _sentences(text, 2) == ["Grow online revenue by 18% year on year."]
    assert _sentences(text, 1) == []


# ------------------------------------------------------------ the AE forwards a client's mail

CLIENT = ("From: Kim Lee <kim@verde.example>\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n"
          "Subject: {subject}\nDate: Tue, 01 Dec 2026 10:00:00 -0500\n"
          "Message-ID: <k1@verde.example>\nMIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=utf-8\n\n{body}")
AGENCY = ("brightlane.agency",)


def _inline_forward(subject: str, body: str) -> bytes:
    """The AE forwards the client's mail to intake from Gmail."""
    return (
        "From: Sam Ortiz <sam.ortiz@brightlane.agency>\nTo: intake@brightlane.agency\n"
        f"Subject: Fwd: {subject}\nDate: Tue, 01 Dec 2026 12:00:00 -0500\n"
        "Message-ID: <f1@brightlane.agency>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\nFYI, see below.\n\n"
        "---------- Forwarded message ---------\nFrom: Kim Lee <kim@verde.example>\n"
        "Date: Tue, Dec 1, 2026 at 10:00 AM\n"
        f"Subject: {subject}\nTo: Sam Ortiz <sam.ortiz@brightlane.agency>\n\n{body}"
    ).encode()


def _attached_forward(subject: str, body: str, *, base64: bool) -> bytes:
    """The AE forwards the client's mail as an attachment (base64: as RFC 2046 forbids and
    some mailers do)."""
    inner = CLIENT.format(subject=subject, body=body)
    if base64:
        import base64 as b64

        payload = b64.encodebytes(inner.encode()).decode()
        part = ("Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n"
                f"Content-Disposition: attachment; filename=original.eml\n\n{payload}")
    else:
        part = f"Content-Type: message/rfc822\n\n{inner}"
    return (
        "From: Sam Ortiz <sam.ortiz@brightlane.agency>\nTo: intake@brightlane.agency\n"
        f"Subject: Fwd: {subject}\nDate: Tue, 01 Dec 2026 12:00:00 -0500\n"
        "Message-ID: <f2@brightlane.agency>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\n'
        "Content-Type: text/plain\n\nFYI, see attached.\n--b\n"
        f"{part}\n--b--\n"
    ).encode()


def _facts(raw: bytes) -> dict[str, list[str]]:
    found = extract_message(parse_message(raw), timezone="America/New_York",
                            agency_domains=AGENCY)
    return {"due": sorted(d.date.isoformat() for d in found.due_dates),
            "budget": [f"{m.amount:.0f}" for m in found.budgets],
            "cr": [c.evidence.sentence for c in found.change_requests]}


def _every_form(subject: str, body: str) -> list[dict[str, list[str]]]:
    return [_facts(raw) for raw in (
        CLIENT.format(subject=subject, body=body).encode(), _inline_forward(subject, body),
        _attached_forward(subject, body, base64=False),
        _attached_forward(subject, body, base64=True))]


def test_a_base64_attached_mail_is_read_as_the_mail_it_holds() -> None:
    mail = parse_message(_attached_forward("Banners", "Hi Sam, banners by Dec 10.\n",
                                           base64=True))
    assert mail.forwards[-1].sender is not None
    assert mail.forwards[-1].sender.email == "kim@verde.example"
    assert mail.forwards[-1].text.startswith("Hi Sam, banners by Dec 10.")


def test_a_subjects_facts_stay_the_clients_when_the_ae_forwards_the_mail() -> None:
    forms = _every_form("URGENT: window banners needed by Thursday Dec 10 - budget $5k",
                        "Hi Sam, details in the subject. Three sizes as usual.\n\nKim\n")
    assert forms[0] == {"due": ["2026-12-10"], "budget": ["5000"], "cr": []}
    assert all(form == forms[0] for form in forms)


def test_a_replys_subject_is_not_read_forwarded_either() -> None:
    forms = _every_form("Re: Launch Jan 12", "Sounds good, thanks.\n\nKim\n")
    assert all(form == {"due": [], "budget": [], "cr": []} for form in forms)


def test_answers_to_quoted_questions_stay_answers_when_forwarded() -> None:
    body = "> What's the budget?\n10k\n> And the deadline?\nDec 18\n\nKim\n"
    forms = _every_form("Re: Banners", body)
    assert forms[0]["due"] == ["2026-12-18"]
    assert all(form == forms[0] for form in forms)


def test_the_agencys_quoted_mail_is_not_read_forwarded_either() -> None:
    body = ("Sounds good, thanks.\n\nKim\n\nOn Mon, Nov 30, 2026 at 9:00 AM Sam Ortiz "
            "<sam.ortiz@brightlane.agency> wrote:\n> Hi Kim, the printer needs final files by "
            "December 18 and the budget is $12,000. Please make the logo bigger.\n")
    assert all(form == {"due": [], "budget": [], "cr": []}
               for form in _every_form("Re: Banners", body))


def test_a_mailing_the_client_passed_on_is_not_read_when_the_ae_forwards_it() -> None:
    body = ("FYI, interesting read.\n\nKim\n\n---------- Forwarded message ---------\n"
            "From: Print Trade Weekly <newsletter@printtrade.example>\n"
            "Date: Mon, Nov 30, 2026 at 8:00 AM\nSubject: Print Trade Weekly\n"
            "To: kim@verde.example\n\nEarly-bird rates end December 11: book your booth for "
            "$2,400. The expo must be booked by December 11.\n\nUnsubscribe from this list\n")
    assert all(form == {"due": [], "budget": [], "cr": []}
               for form in _every_form("Fwd: Print Trade Weekly", body))


def test_the_agencys_mail_sent_back_is_not_read_when_the_ae_forwards_it() -> None:
    body = ("Pat wants the launch moved to Jan 19, see your note below.\n\nKim\n\n"
            "---------- Forwarded message ---------\n"
            "From: Sam Ortiz <sam.ortiz@brightlane.agency>\nDate: Mon, Nov 30, 2026 at 8:00 AM\n"
            "Subject: Status\nTo: kim@verde.example\n\n"
            "Hi Kim, the launch is January 12 and the budget is $40,000 as agreed.\n")
    forms = _every_form("Fwd: Status", body)
    assert forms[0]["due"] == ["2027-01-19"] and forms[0]["budget"] == []
    assert all(form == forms[0] for form in forms)


COLLEAGUE = ("FYI, budget confirmed, see below.\n\nKim\n\n"
             "From: Lee Finance <lee@verde.example>\nSent: Monday, November 30, 2026 8:00 AM\n"
             "To: {to}\nSubject: Budget\n\nKim, the spring campaign budget is approved at "
             "$45,000, and the files must be final by January 15.\n")


def test_a_colleagues_mail_the_client_quotes_is_read_when_the_ae_forwards_it() -> None:
    forms = _every_form("RE: Budget", COLLEAGUE.format(to="Kim Lee <kim@verde.example>"))
    assert forms[0] == {"due": ["2027-01-15"], "budget": ["45000"], "cr": []}
    assert all(form == forms[0] for form in forms)


def test_a_quoted_mail_the_agency_was_sent_stays_history_when_forwarded() -> None:
    body = COLLEAGUE.format(to="Kim Lee <kim@verde.example>; Sam Ortiz "
                               "<sam.ortiz@brightlane.agency>")
    assert all(form == {"due": [], "budget": [], "cr": []}
               for form in _every_form("RE: Budget", body))


# ------------------------------------------------ the same day and sum spelled another way
# (benchmarks/fact_formats.py)

def _read_facts(text: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    found = extract(text, sent_at=datetime(2026, 12, 1, 15, tzinfo=UTC), timezone="UTC")
    return ([d.date.isoformat() for d in found.due_dates],
            [d.date.isoformat() for d in found.replaced_dates],
            [(f"{m.amount:.0f}", m.kind) for m in found.money])


@pytest.mark.parametrize("text", ["Final files due 18-Dec please.", "Final files due 18-DEC.",
                                  "Final files due 18-Dec-2026."])
def test_a_day_and_month_joined_by_a_dash_is_a_date(text: str) -> None:
    assert _read_facts(text)[0] == ["2026-12-18"]


def test_a_move_between_dashed_days_is_a_move() -> None:
    assert _read_facts("Can you move the shoot from 10-Dec to 14-Dec?")[:2] == (
        ["2026-12-14"], ["2026-12-10"])


@pytest.mark.parametrize("text", ["We need 2-may be 3 versions of it.",
                                  "Please print pages 3-4 of the brochure again."])
def test_a_number_dashed_to_a_word_is_no_date(text: str) -> None:
    assert _read_facts(text)[0] == []


@pytest.mark.parametrize("later", ["$45,000", "USD 45,000", "45,000 USD", "45 000 $", "$45k",
                                   "45k"])
def test_the_later_figure_in_any_spelling_makes_the_first_one_old(later: str) -> None:
    text = f"On budget: we had $40,000 for the outdoor buy, but we can stretch to {later} now."
    assert _read_facts(text)[2] == [("40000", "other"), ("45000", "budget")]


def test_a_figure_we_had_with_no_later_figure_is_not_made_old_by_a_code() -> None:
    text = "We had the USD figures from finance, and the budget is $40,000 for the buy."
    assert _read_facts(text)[2] == [("40000", "budget")]


@pytest.mark.parametrize(("text", "money"), [
    ("We can stretch to 45k now.", [("45000", "budget")]),
    ("Budget is 60k overall for both markets.", [("60000", "budget")]),
    ("The budget post got 45k views now.", []),  # a count, not a sum
])
def test_a_bare_thousands_figure_followed_by_a_word_of_time_is_still_a_sum(
        text: str, money: list[tuple[str, str]]) -> None:
    assert _read_facts(text)[2] == money


# ---------------------------------------------- typed on a phone: no apostrophes, lower case

def _said(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=datetime(2026, 3, 2, 15, tzinfo=UTC), timezone="UTC")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "promised": [d.date.isoformat() for d in found.promised_dates],
            "money": [f"{m.amount:.0f} {m.currency} {m.kind}" for m in found.money],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("typed", "with_apostrophes"), [
    ("We dont ship that until next year and we cant mention it publicly.",
     "We don't ship that until next year and we can't mention it publicly."),
    ("Wed like to add a gift-guide microsite for November, which wasnt in the plan.",
     "We'd like to add a gift-guide microsite for November, which wasn't in the plan."),
    ("Were cancelling the podcast series; leadership decided to stop all audio.",
     "We're cancelling the podcast series; leadership decided to stop all audio."),
    ("Ill send the logo files on Friday.", "I'll send the logo files on Friday."),
    # an adverb between (seventeenth session: "Wed still like" read as a Wednesday)
    ("I agree with both. Wed still like the final by December 28.",
     "I agree with both. We'd still like the final by December 28."),
    ("The extra section shouldnt cost more than $2k.",
     "The extra section shouldn't cost more than $2k."),
])
def test_a_writer_who_types_no_apostrophes_is_read_as_one_who_does(
        typed: str, with_apostrophes: str) -> None:
    plain, careful = _said(typed), _said(with_apostrophes)
    assert careful != _said("Thanks.")  # the sentence states something
    assert plain == {k: [s.replace("'", "") for s in v] for k, v in careful.items()}


def test_what_is_quoted_is_the_writers_own_text() -> None:
    text = "Thanks, its great. Please dont use the old logo on any of the posters."
    found = extract(text, sent_at=datetime(2026, 3, 2, tzinfo=UTC), timezone="UTC")
    (ban,) = found.requirements
    assert ban.evidence.sentence == "Please dont use the old logo on any of the posters."
    assert ban.evidence.words == "dont use"
    assert text[ban.evidence.start:ban.evidence.end] == ban.evidence.words


@pytest.mark.parametrize("text", [
    "Its colour is fine as it is.",  # "its" is a word of its own
    "Were the files sent to the printer?",  # a question, not "we're"
    "It lets us test the layout.",  # "lets" the verb
    "I was ill last week, sorry.",
    "The wed event is on the lawn.",
    "Wed still works for us, the shoot is on Thursday.",  # Wednesday still works
])
def test_words_that_are_words_of_their_own_keep_no_apostrophe(text: str) -> None:
    restored = with_apostrophes(text)
    assert restored is None or "'" not in restored[0]


def test_a_writer_who_types_one_apostrophe_is_taken_at_their_word() -> None:
    assert with_apostrophes("We don't need it, dont worry") is None


@pytest.mark.parametrize(("text", "money"), [
    ("budget is cad 12,000 for the shoot.", ["12000 CAD budget"]),
    ("we have 85.000 nok for the campaign.", ["85000 NOK budget"]),
    ("finance approved ca$12,000 for the fall.", ["12000 CAD budget"]),
    ("please send the cad 2 files again.", []),  # CAD drawings, not dollars
    ("please try 3 versions of the banner.", []),
])
def test_currency_codes_typed_in_lower_case(text: str, money: list[str]) -> None:
    assert _said(text)["money"] == money


@pytest.mark.parametrize(("text", "due"), [
    ("we need it by may 15.", ["2026-05-15"]),
    ("the files are due on may 3.", ["2026-05-03"]),
    ("we may 15x the spend next year.", []),
    ("you may 2 times check it.", []),
])
def test_may_in_lower_case_is_the_month_only_after_a_date_word(
        text: str, due: list[str]) -> None:
    assert _said(text)["due"] == due


def test_a_heading_typed_in_lower_case_is_a_heading() -> None:
    text = ("objectives\n\n1. grow online revenue by 18% year on year.\n\n"
            "2. get the repeat purchase rate up to 30%.")
    assert [s.evidence.sentence for s in extract_statements(text)[2]] == [
        "grow online revenue by 18% year on year.", "get the repeat purchase rate up to 30%."]


@pytest.mark.parametrize("line", ["goal = 500 signups", "swap the hero image",
                                  "budget 5k"])
def test_a_lower_case_line_with_more_than_a_headings_words_is_no_heading(line: str) -> None:
    from intake.parsers.statements.layout import _named_heading

    assert not _named_heading(line)


# ------------------------------------------------ the same request asked in another frame
# (benchmarks/frames.py)

@pytest.mark.parametrize("text", [
    "Can you guys swap the hero photo for the sourdough shot?",
    "Could y'all make the logo bigger on the poster?",
    "Can you all remove the QR code from the small version?",
    "Also, add two pages for the new wooden train sets.",
    "Lastly, shift $15,000 from the first two weeks of Meta into August.",
    "Is there any way you can swap the hero photo for the sourdough shot?",
    "Is there any chance we could move the shoot to the 12th?",
    "I was wondering if you could put the January CD campaign on hold until March.",
    "Is it possible to put the January mailer on hold until the committee meets?",
])
def test_a_request_in_any_frame_is_a_request(text: str) -> None:
    assert extract_statements(text)[0], text


@pytest.mark.parametrize("text", [
    "Can you all make it to the call on Friday?",
    "Thank you all for the great work on the launch.",
    "Also, thanks for the quick turnaround.",
    "Also, Jan 12 works for us.",
    "Is there any way to get in touch with your CFO?",
    "Is there any way you could join the call?",
    "The campaign is on hold until January.",
    "The mailer is still on hold.",
    "The campaign was put on hold last week.",
    "We put the mailer on hold yesterday.",
    "We added 4,100 subscribers, a bit under the 20% growth we were hoping for.",
    "I was wondering if the files arrived.",
])
def test_what_only_looks_like_a_framed_request_is_none(text: str) -> None:
    assert extract_statements(text) == ((), (), ()), text


# ---------------------------------------- sentences ended as phones end them (typography.py)

@pytest.mark.parametrize(("text", "changes"), [
    ("Make the headline shorter 🙂 Also the CTA should be orange 🙂", 2),
    ("Looks great 👍🏼 can you swap the photo though", 1),
    ("The second paragraph can go 🙏", 1),
    ("The second paragraph can go...", 1),
    ("The colours on the printed flyers are completely off…", 1),
    ("Love it 😍😍 great work!", 0),
])
def test_an_emoji_or_an_ellipsis_ends_a_sentence(text: str, changes: int) -> None:
    assert len(extract_statements(text)[0]) == changes


def test_an_emoji_in_the_middle_of_a_sentence_is_only_a_space() -> None:
    (ask,) = extract_statements("Please swap the 📸 for the new one from the shoot")[0]
    assert ask.evidence.sentence == "Please swap the for the new one from the shoot"


@pytest.mark.parametrize("text", ["Everything has to be signed off by the 16th...",
                                  "Everything has to be signed off by the 16th… thanks",
                                  "Everything has to be signed off by the 16th 🙂",
                                  "Please send the final files till 16.12..."])
def test_a_day_before_an_ellipsis_or_an_emoji_is_a_day(text: str) -> None:
    found = extract(text, sent_at=datetime(2026, 12, 1, 15, tzinfo=UTC), timezone="UTC",
                    day_first=True)
    assert [d.date.isoformat() for d in found.due_dates] == ["2026-12-16"]


def test_an_ordinal_before_a_word_is_still_no_day() -> None:
    found = extract("The meeting room is on the 16th floor.",
                    sent_at=datetime(2026, 12, 1, 15, tzinfo=UTC), timezone="UTC")
    assert found.due_dates == ()


@pytest.mark.parametrize(("text", "kind"), [
    ("Every image needs alt text", 1), ("Resolution 300 dpi minimum", 1),
    ("The intro drags a bit", 0),
])
def test_a_last_line_without_its_full_stop_is_a_sentence_not_a_heading(
        text: str, kind: int) -> None:
    assert extract_statements(text)[kind]


@pytest.mark.parametrize("text", ["Change log", "Update on timing"])
def test_a_short_title_on_its_own_stays_a_title(text: str) -> None:
    assert extract_statements(text) == ((), (), ())


# ------------------------------------- an English mail with a paragraph in another language

MIXED = ("Hi Luca,\n\nHope you had a great weekend! I am writing the notes from our meeting "
         "with the team in French below, as it is easier for me, and I will send the English "
         "version to you and the rest of the team later this week.\n\n{paragraph}\n\nClaire")


def test_a_paragraph_in_the_clients_language_is_read_with_its_rules() -> None:
    from intake.parsers.language import detect_language, foreign_paragraphs

    text = MIXED.format(paragraph="Pourriez-vous remplacer la photo de couverture par celle "
                                  "du vignoble ? Merci.")
    assert detect_language(text) == "en"
    assert [lang for lang, _, _ in foreign_paragraphs(text)] == ["fr"]
    assert [s.evidence.sentence for s in extract_statements(text)[0]] == [
        "Pourriez-vous remplacer la photo de couverture par celle du vignoble ?"]


@pytest.mark.parametrize("paragraph", [
    "Our Crème Brûlée collection sold out at the Salon du Chocolat last year.",
    "Claire Dubois\nDirectrice marketing, Maison Dubois\n12 rue de la Paix, Paris",
])
def test_a_few_french_words_in_an_english_mail_are_no_french_paragraph(paragraph: str) -> None:
    from intake.parsers.language import foreign_paragraphs

    assert foreign_paragraphs(MIXED.format(paragraph=paragraph).replace("French", "short")) \
        == []


# ------------------------------------------- reply headers of mail clients in other languages

AGENCY_STATUS = ("Hi Kim, the printer needs final files by November 19 and the spend to date "
                 "is $3,400. Please make the logo bigger on the cover.")


@pytest.mark.parametrize("header", [
    "Od: Sam Ortiz <sam.ortiz@brightlane.agency>\nWysłano: poniedziałek, 2 listopada 2026 09:12"
    "\nDo: Kim Lee\nTemat: Status",
    "Fra: Sam Ortiz <sam.ortiz@brightlane.agency>\nSendt: 2. november 2026 09:12\n"
    "Til: Kim Lee\nEmne: Status",
    "Lähettäjä: Sam Ortiz <sam.ortiz@brightlane.agency>\nLähetetty: maanantai 2. marraskuuta "
    "2026 9.12\nVastaanottaja: Kim Lee\nAihe: Status",
    "Od: Sam Ortiz <sam.ortiz@brightlane.agency>\nOdesláno: pondělí 2. listopadu 2026 9:12\n"
    "Komu: Kim Lee\nPředmět: Status",
    "Kimden: Sam Ortiz <sam.ortiz@brightlane.agency>\nGönderildi: 2 Kasım 2026 Pazartesi 09:12"
    "\nKime: Kim Lee\nKonu: Status",
])
def test_the_agencys_mail_under_an_outlook_block_in_any_language_is_history(header: str) -> None:
    body = (f"Thanks, all clear on our side.\n\nKim\n\n________________________________\n"
            f"{header}\n\n{AGENCY_STATUS}\n")
    mail = parse_message(CLIENT.format(subject="RE: Status", body=body).encode())
    assert mail.new_text.startswith("Thanks, all clear on our side.")
    assert "November 19" not in mail.new_text
    assert _facts(CLIENT.format(subject="RE: Status", body=body).encode()) == {
        "due": [], "budget": [], "cr": []}


@pytest.mark.parametrize("attribution", [
    "pon., 2 lis 2026 o 09:12 Sam Ortiz <sam.ortiz@brightlane.agency> napisał(a):",
    "po 2. 11. 2026 v 9:12 odesílatel Sam Ortiz <sam.ortiz@brightlane.agency> napsal:",
    "ma 2. marrask. 2026 klo 9.12 Sam Ortiz (sam.ortiz@brightlane.agency) kirjoitti:",
])
def test_a_gmail_attribution_that_opens_with_the_date_is_a_reply_header(attribution: str) -> None:
    quoted = "".join(f"> {line}\n" for line in AGENCY_STATUS.split(". "))
    body = f"Thanks, all clear on our side.\n\nKim\n\n{attribution}\n{quoted}"
    mail = parse_message(CLIENT.format(subject="Re: Status", body=body).encode())
    assert "napisał" not in mail.new_text and "napsal" not in mail.new_text
    assert "kirjoitti" not in mail.new_text
    assert mail.new_text.startswith("Thanks, all clear on our side.")


def test_a_colleagues_mail_forwarded_in_polish_outlook_names_its_sender_and_date() -> None:
    from intake.parsers.forwards import split_forwards

    text = ("Sam, see below from our CFO.\n\n________________________________\n"
            "Od: Ewa Nowak <ewa@verde.example>\nWysłano: poniedziałek, 30 listopada 2026 08:00\n"
            "Do: Kim Lee <kim@verde.example>\nTemat: Budżet\n\nThe budget is $45,000.\n")
    (hop,) = split_forwards(text, subject="FW: Budżet").hops
    assert hop.sender is not None and hop.sender.email == "ewa@verde.example"
    assert [a.email for a in hop.to] == ["kim@verde.example"] and hop.subject == "Budżet"


@pytest.mark.parametrize(("marker", "keys"), [
    ("Begin doorgestuurd bericht:", ("Van", "Onderwerp", "Datum", "Aan")),
    ("Vidarebefordrat brev:", ("Från", "Ämne", "Datum", "Till")),
    ("Inizio messaggio inoltrato:", ("Da", "Oggetto", "Data", "A")),
    ("Início da mensagem reencaminhada:", ("De", "Assunto", "Data", "Para")),
])
def test_an_apple_mail_forward_in_another_language_is_a_forward(
        marker: str, keys: tuple[str, str, str, str]) -> None:
    from intake.parsers.forwards import split_forwards

    sender, subject, when, to = keys
    text = (f"FYI, see below.\n\n{marker}\n\n{sender}: Kim Lee <kim@verde.example>\n"
            f"{subject}: Banners\n{when}: 1 december 2026 10:00:00 CET\n"
            f"{to}: Sam Ortiz <sam.ortiz@brightlane.agency>\n\n"
            "Hi Sam, please make the logo bigger on the banners.\n")
    (hop,) = split_forwards(text, subject="Fwd: Banners").hops
    assert hop.sender is not None and hop.sender.email == "kim@verde.example"
    assert hop.text.startswith("Hi Sam, please make the logo bigger")


@pytest.mark.parametrize("rule", ["-----Wiadomość oryginalna-----",
                                  "-----Ursprungligt meddelande-----",
                                  "-----Oprindelig meddelelse-----"])
def test_an_original_message_rule_in_another_language_starts_the_history(rule: str) -> None:
    body = (f"Thanks, all clear on our side.\n\nKim\n\n{rule}\nSam Ortiz wrote on Monday:\n\n"
            f"{AGENCY_STATUS}\n")
    mail = parse_message(CLIENT.format(subject="RE: Status", body=body).encode())
    assert "November 19" not in mail.new_text and "November 19" in mail.quoted_text


# ------------------------------------------------------------ charsets that lie (mail_forms)

@pytest.mark.parametrize(("text", "codec"), [
    ("Luca,\n\nWe need the Christmas gift card artwork by 14/10, and the in-store posters by"
     "\n21/10. We’ve got £6k for the gift cards and up to £4,000 for the posters.\n\n"
     "Everything must use the new festive logo.\n\nOliver", "cp1252"),
    ("Grüße aus München, bitte ändern Sie das Foto für 5.000 €.", "cp1252"),
    ("Dzień dobry, proszę zmienić zdjęcie na okładce. Budżet: 12 000 zł. Dziękuję, Łukasz",
     "cp1250"),
    ("Привет, нужно поменять фото на обложке.", "cp1251"),
])
def test_windows_bytes_labelled_utf8_are_read_in_their_code_page(text: str, codec: str) -> None:
    from intake.parsers.charsets import decode_bytes

    decoded = decode_bytes(text.encode(codec), "utf-8")
    assert decoded.text == text
    assert decoded.defects  # the repair is named


# -------------------------------------------------- a deadline or a move with its clock time

def _dates_of(text: str) -> tuple[list[str], list[str]]:
    found = extract(text, sent_at=datetime(2026, 5, 1, 15, tzinfo=UTC), timezone="UTC")
    return ([d.date.isoformat() for d in found.due_dates],
            [d.date.isoformat() for d in found.replaced_dates])


@pytest.mark.parametrize(("text", "due", "replaced"), [
    ("Please move the lake shoot from June 9 to June 16 at 5pm, the docks aren't ready.",
     ["2026-06-16"], ["2026-06-09"]),
    ("The emails can slip to May 26 at 5pm, legal is slow this week.", ["2026-05-26"], []),
    ("Sam - postpone the winter sale email to May 6 at noon, inventory is late.",
     ["2026-05-06"], []),
    ("We need the files by May 15 at 5pm.", ["2026-05-15"], []),
])
def test_a_clock_time_after_a_deadline_or_a_move_keeps_its_day(
        text: str, due: list[str], replaced: list[str]) -> None:
    assert _dates_of(text) == (due, replaced)


@pytest.mark.parametrize("text", [
    "Can we move our call from Tuesday to Thursday at 3pm?",
    "Let's meet on May 15 at 5pm.",
    "Can we do the creative review on Thursday at 2pm instead of Wednesday?",
    "Admissions will review the draft on Tuesday at 10.",
])
def test_a_clock_time_of_a_meeting_is_still_no_deadline(text: str) -> None:
    assert _dates_of(text) == ([], [])


@pytest.mark.parametrize(("text", "money"), [
    ("The extra section shouldn't cost more than ~$2k.", ["2000 USD cap"]),
    ("We can spend up to about $5,000 on it.", ["5000 USD cap"]),
    ("Budget is around $12,000.", ["12000 USD budget"]),
    ("We talked about $5,000 last week.", ["5000 USD other"]),
])
def test_a_hedge_between_a_cap_and_its_sum_keeps_the_cap(text: str, money: list[str]) -> None:
    assert _said(text)["money"] == money


# ------------------------------------------------------------- a mail typed in capitals

@pytest.mark.parametrize(("text", "due", "money", "changes"), [
    ("PLEASE MOVE THE LAUNCH FROM MARCH 3 TO MARCH 10. BUDGET IS $5K MAX.",
     ["2026-03-10"], ["5000 USD cap"], 1),
    ("NEED THE FILES BY FRIDAY DEC 18 PLS", ["2026-12-18"], [], 0),
    ("WE HAVE KES 600,000 FOR THE RADIO SPOTS.", [], ["600000 KES budget"], 0),
    ("WE'VE GOT ABOUT $40K AUD FOR THE SUMMER CAMPAIGN.", [], ["40000 AUD budget"], 0),
])
def test_a_mail_typed_in_capitals_is_read_as_in_sentence_case(
        text: str, due: list[str], money: list[str], changes: int) -> None:
    found = extract(text, sent_at=datetime(2026, 3, 1, 15, tzinfo=UTC), timezone="UTC")
    assert [d.date.isoformat() for d in found.due_dates] == due
    assert [f"{m.amount:.0f} {m.currency} {m.kind}" for m in found.money] == money
    assert len(found.change_requests) == changes
    for d in found.due_dates:  # quoted as typed
        assert d.evidence.words == text[d.evidence.start:d.evidence.end]
        assert d.evidence.words.isupper()


def test_sentence_case_keeps_offsets_and_currency_codes() -> None:
    from intake.parsers.capitals import sentence_cased

    text = "PLEASE SEND IT BY FRIDAY. I THINK THE BUDGET IS USD 5,000.\nTHANKS"
    cased = sentence_cased(text)
    assert cased == "Please send it by friday. I think the budget is USD 5,000.\nThanks"
    assert len(cased) == len(text)


@pytest.mark.parametrize("text", [
    "Please move the launch to March 10. THANKS!",  # a shout inside a normal mail
    "URGENT",  # too short to tell
    "The CTA and the FAQ need the new URL.",
])
def test_a_mail_with_ordinary_capitals_is_left_as_it_is(text: str) -> None:
    from intake.parsers.capitals import sentence_cased

    assert sentence_cased(text) is None
