"""Splitting the author's words from quoted history and signature."""

from __future__ import annotations

import time

import pytest

from intake.parsers import quotes
from intake.parsers.quotes import find_reply_header, split_reply


@pytest.mark.parametrize(
    "header",
    [
        "On Mon, Mar 2, 2026 at 10:00 AM Sam Lee <sam@agency.example> wrote:",
        "On Mon, Mar 2, 2026 at 10:00 AM Sam Lee <sam@agency.example>\nwrote:",
        "On 2 Mar 2026, at 10:00, Sam Lee <sam@agency.example> wrote:",
        "Le lun. 2 mars 2026 à 10:00, Sam Lee <sam@agency.example> a écrit :",
        "Am 02.03.2026 um 10:00 schrieb Sam Lee <sam@agency.example>:",
        "El lun, 2 mar 2026 a las 10:00, Sam Lee (<sam@agency.example>) escribió:",
        "-----Original Message-----\nFrom: Sam\nSent: Monday",
        "----- Original Message -----\nFrom: Sam",
        "From: Sam Lee <sam@agency.example>\nSent: Monday, March 2, 2026 10:00 AM\nTo: Maria",
        "________________________________\nFrom: Sam Lee\nSent: Monday\nTo: Maria\nSubject: x",
        "De : Sam Lee\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : Claire",
        "Von: Sam Lee\nGesendet: Montag, 2. März 2026 10:00\nAn: Jonas",
        "De: Sam Lee\nEnviado el: lunes, 2 de marzo de 2026 10:00\nPara: Carmen",
        "De: Sam Lee\nEnviada em: segunda-feira, 2 de março de 2026 10:00\nPara: Maria",
        "De : Sam Lee\nEnvoyé le : lundi 2 mars 2026 10:00\nÀ : Claire",
        "*From:* Sam Lee\n*Sent:* Monday\n*To:* Maria",
        # a bare attribution with no date, as some mail programs write it
        "Sam Lee wrote:",
        "Sam Lee <sam@agency.example> wrote:",
        "sam@agency.example wrote:",
        "Op di 1 dec. 2026 om 16:10 schreef Sam Lee <sam@agency.example>:",
        "Em ter., 1 de dez. de 2026 às 16:10, Sam Lee <sam@agency.example> escreveu:",
        "-----Ursprüngliche Nachricht-----\nVon: Sam Lee\nGesendet: Dienstag",
    ],
)
def test_reply_headers(header: str) -> None:
    split = split_reply(f"Sounds good.\n\n{header}\n\n> old text\nold text\n")
    assert split.new_text == "Sounds good."
    assert split.quoted_text.startswith(header.split("\n")[0])
    assert split.quoted_text.endswith("old text")


@pytest.mark.parametrize("body", [
    "See below.\n\nOur CEO wrote:\nWe need it by Friday.",  # the client quotes a colleague
    "I think Sam wrote: the budget is fine.",  # inside a sentence
    "Sam Lee wrote:",  # nothing under it
])
def test_a_wrote_line_that_is_no_reply_header(body: str) -> None:
    assert split_reply(body).quoted_text == ""


def test_angle_quotes_interleaved_with_answers() -> None:
    split = split_reply("Answers inline.\n\n> Budget?\n$5,000.\n> Date?\nMarch 3.")
    assert split.new_text == "Answers inline.\n\n$5,000.\nMarch 3."
    assert split.quoted_text == "> Budget?\n> Date?"


def test_no_quote_no_signature() -> None:
    split = split_reply("Please move the launch.\nOn second thought, keep it.")
    assert (split.new_text, split.quoted_text, split.signature) == (
        "Please move the launch.\nOn second thought, keep it.",
        "",
        "",
    )


@pytest.mark.parametrize(
    ("body", "new", "signature"),
    [
        ("Go ahead.\n\n-- \nMaria\nHarbor Foods", "Go ahead.", "-- \nMaria\nHarbor Foods"),
        ("Go ahead.\n\nSent from my iPhone", "Go ahead.", "Sent from my iPhone"),
        ("Go ahead.\nSent from my Android", "Go ahead.", "Sent from my Android"),
        ("Go ahead.\n\nGet Outlook for iOS", "Go ahead.", "Get Outlook for iOS"),
        ("Go ahead.\n\nSent from Outlook for iOS", "Go ahead.", "Sent from Outlook for iOS"),
        (
            "Go ahead.\n\nBest,\nMaria\nHarbor Foods | +1 555 0100",
            "Go ahead.",
            "Best,\nMaria\nHarbor Foods | +1 555 0100",
        ),
        ("Go ahead.\n\nThanks, Maria", "Go ahead.", "Thanks, Maria"),
        ("Go ahead.\n\nKind regards\nJonas Weber", "Go ahead.", "Kind regards\nJonas Weber"),
        ("Thanks, let me know by Friday.", "Thanks, let me know by Friday.", ""),
        ("Thanks!", "Thanks!", ""),
        (
            "Plan:\n- banners\n- landing page\nThanks,\nMaria",
            "Plan:\n- banners\n- landing page",
            "Thanks,\nMaria",
        ),
    ],
)
def test_signatures(body: str, new: str, signature: str) -> None:
    split = split_reply(body)
    assert split.new_text == new
    assert split.signature == signature


def test_signoff_in_the_middle_is_not_a_signature() -> None:
    paragraph = "This paragraph is a long one that clearly belongs to the message body. "
    body = "Thanks,\n" + paragraph * 2
    assert split_reply(body).signature == ""


def test_quote_inside_angle_brackets_is_not_a_header() -> None:
    assert find_reply_header("Hi\n> On Mon Sam wrote:\n> x") == -1


@pytest.mark.parametrize(
    "body",
    [
        "Hello team, please move the launch to March 3 and the budget.\n" * 1700,
        "On and on we go\n" * 7000,
        "From: x\n" * 12000,
        "> quoted\n" * 12000,
        "Best,\n" * 20000,
        "On " + "x" * 100_000,
    ],
    ids=["plain", "on-lines", "from-lines", "quoted", "signoffs", "one-line"],
)
def test_100kb_bodies_split_fast(body: str) -> None:
    started = time.perf_counter()
    split_reply(body)
    assert time.perf_counter() - started < 0.25


INLINE = """Hi Sam, answers inline below.

On Mon, Jan 11, 2027 at 9:00 AM Sam Lee <sam@agency.com> wrote:
> 1. Are you happy with the headline?
Yes, but make it shorter please.

> 2. When do you need the final files?
By January 29.

> Thanks, Sam
"""


def test_answers_written_between_the_quoted_lines_are_the_authors() -> None:
    split = split_reply(INLINE)
    assert "make it shorter" in split.new_text and "By January 29." in split.new_text
    assert "Are you happy" not in split.new_text


@pytest.mark.parametrize("text", [
    # all of the history quoted: nothing of it is new
    "Thanks!\n\nOn Mon, Jan 11, 2027 at 9:00 AM Sam <s@a.com> wrote:\n> Can you send it?\n"
    "> Thanks, Sam\n",
    # a long quoted line hard-wrapped without its ">" is the quote's own
    "Thanks!\n\nOn Mon, Jan 11, 2027 at 9:00 AM Sam <s@a.com> wrote:\n"
    "> Please find attached the revised layout for the brochure with the new\n"
    "photos on page three\n> and the map.\n",
    # a footer after the whole quote is not an answer between its lines
    "Thanks!\n\nOn Mon, Jan 11, 2027 at 9:00 AM Sam <s@a.com> wrote:\n> Can you send it?\n"
    "\nSent from my iPhone\n",
])
def test_a_quote_without_answers_between_its_lines_adds_nothing(text: str) -> None:
    assert split_reply(text).new_text == "Thanks!"


@pytest.mark.parametrize(("body", "new"), [
    # a name opening a block of contact details, with no sign-off above it
    ("Hi Sam, the photos are in the folder. Thanks!\n\nKim Lee\nMarketing Manager | Client "
     "Co.\nOffice hours: Mon-Fri 9am-5pm\nClosed Dec 24 - Jan 2\n(555) 201-3344",
     "Hi Sam, the photos are in the folder. Thanks!"),
    ("Please call me.\nKim Lee\n(555) 201-3344", "Please call me."),
    # ... but not a closing list, a list under a lead-in, a P.S., a name with nothing after
    ("Hi Sam, here is what we need:\n\nPoster\nBanner 3x1 m\nDeadline 12/18",
     "Hi Sam, here is what we need:\n\nPoster\nBanner 3x1 m\nDeadline 12/18"),
    ("We need these:\nFlyers\nPosters 500\nCall 555-201-3344 for the printer",
     "We need these:\nFlyers\nPosters 500\nCall 555-201-3344 for the printer"),
    ("Thanks for the update.\n\nKim\n\nP.S. Can you also make the logo bigger?",
     "Thanks for the update.\n\nKim\n\nP.S. Can you also make the logo bigger?"),
])
def test_a_contact_block_without_a_signoff(body: str, new: str) -> None:
    assert split_reply(body).new_text == new


def test_answers_typed_into_an_outlook_quote_behind_initials() -> None:
    body = ("Answers below in blue.\n\nFrom: Sam Ortiz <sam@agency.example>\nSent: Tuesday\n"
            "To: Kim Lee\nSubject: Spring\n\n1. Keep the launch on Jan 12? [KL] No, please "
            "move it to Jan 19.\n2. Budget still $80,000? [KL] Yes.\n")
    split = split_reply(body)
    assert split.new_text == "Answers below in blue.\n\nNo, please move it to Jan 19.\nYes."
    # two writers' initials: whose answers they are is unclear, nothing is taken
    two = body.replace("[KL] Yes.", "[SO] Yes.")
    assert split_reply(two).new_text == "Answers below in blue."



@pytest.mark.parametrize("line", [
    "ACME LTD. REGISTERED OFFICE: 1 Dock Road, Leeds",
    "Acme GmbH, Vat No: DE123456789",
    "Company Registration: 0987654, Registered in Scotland",
])
def test_a_registration_line_in_any_case_starts_the_footer(line: str) -> None:
    """The registration line is looked for only when the end holds one of its words, in
    whatever case the company's template writes it."""
    body, footer = quotes.split_signature(f"Please fix the logo.\n\nKim\n{line}")
    assert body == "Please fix the logo.\n\nKim"
    assert footer == line


def test_a_mail_ending_without_registration_words_keeps_its_last_line() -> None:
    body, footer = quotes.split_signature(
        "Please fix the logo.\n\nThe office is registered with us.")
    assert footer == ""
    assert body.endswith("registered with us.")


@pytest.mark.parametrize("attribution", [
    # Gmail's attribution line in Turkish, Norwegian, Greek and Hungarian: the date between
    # the address and the verb, the verb before the author, the time after the verb
    "Sam Ortiz <sam.ortiz@brightlane.agency>, 6 Ağu 2029 Pzt, 09:00 tarihinde şunu yazdı:",
    "man. 6. aug. 2029 kl. 09:00 skrev Sam Ortiz <sam.ortiz@brightlane.agency>:",
    "Δευ 6 Αυγ 2029 στις 9:00 π.μ., ο/η Sam Ortiz <sam.ortiz@brightlane.agency> έγραψε:",
    "Sam Ortiz <sam.ortiz@brightlane.agency> ezt írta (időpont: 2029. aug. 6., H, 9:00):",
    "Il giorno lun 6 ago 2029 alle ore 09:00 Sam Ortiz <sam.ortiz@brightlane.agency> ha "
    "scritto:",
])
def test_attribution_lines_of_other_languages_open_the_quote(attribution: str) -> None:
    body = (f"Please swap the photo.\n\nAnna\n\n{attribution}\n> The flyer is attached. It prints "
            "August 20 for $900.\n> Sam\n")
    split = split_reply(body)
    assert split.new_text == "Please swap the photo.\n\nAnna"
    assert "August 20" in split.quoted_text
