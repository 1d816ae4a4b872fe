"""Whole mails in the shapes other mail programs send (issue 12, seventh session's grid):
a reply written under the quote, an HTML ``<br>`` inside a sentence, reply headers of
Yahoo, Thunderbird and French Gmail; what the quote says is never the client's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake.parsers.extract import extract_message
from intake.parsers.mime import parse_message
from intake.parsers.quotes import split_reply
from intake.parsers.wrapping import unwrap

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from voices import as_mail

QUOTE = ("Hi Kim, the budget is $80,000, the launch is Jan 12 and we must use the old logo. "
         "Could you move the shoot to Dec 15?")


def read(body: str, *, html: bool = False) -> dict[str, object]:
    x = extract_message(parse_message(as_mail(body, html=html)), timezone="America/New_York")
    return {"due": sorted(d.date.isoformat() for d in x.due_dates),
            "budget": [f"{m.amount:.0f}" for m in x.budgets],
            "cr": [c.evidence.sentence for c in x.change_requests],
            "req": len(x.requirements)}


def test_a_reply_written_under_the_quote_is_read_and_the_quote_is_not() -> None:
    found = read(f"On Tue, Dec 1, 2026 at 4:10 PM Sam Ortiz <sam@brightlane.agency> wrote:\n"
                 f"> {QUOTE}\n\nBut please make the logo bigger on the poster.\n\nKim\n")
    assert found["cr"] == ["But please make the logo bigger on the poster."]
    assert found["budget"] == [] and found["req"] == 0  # the AE's $80,000 and "must use"


def test_split_reply_keeps_words_under_a_quote_only_when_none_are_above() -> None:
    below = split_reply("On Tue, Dec 1, 2026, Sam wrote:\n> the old text\n\nMy answer.\n")
    assert below.new_text == "My answer."
    above = split_reply("Top answer.\n\nOn Tue, Dec 1, 2026, Sam wrote:\n> old\n\nSam's sig\n")
    assert above.new_text == "Top answer."
    outlook = split_reply("Thanks!\n\nFrom: Sam\nSent: Tuesday\nTo: Kim\nSubject: x\n\nold\n")
    assert outlook.new_text == "Thanks!"


@pytest.mark.parametrize(("body", "expected"), [
    (f"Let's move the launch to Jan 19 please.\n\nKim\n\nOn Tuesday, December 1, 2026, "
     f"04:10:22 PM EST, Sam Ortiz <sam@brightlane.agency> wrote:\n\n{QUOTE}\n",
     {"due": ["2027-01-19"], "budget": []}),
    (f"Budget is now 95k, the board approved it this morning.\n\nOn 12/1/26 4:10 PM, "
     f"Sam Ortiz wrote:\n> {QUOTE}\n", {"due": [], "budget": ["95000"]}),
    (f"Merci Sam, nous avons besoin des fichiers finaux pour le 10 décembre.\n\nLe mar. 1 "
     f"déc. 2026 à 16:10, Sam Ortiz <sam@brightlane.agency> a écrit :\n> {QUOTE}\n",
     {"due": ["2026-12-10"], "budget": []}),
])
def test_reply_headers_of_other_mail_programs(body: str, expected: dict[str, list[str]]) -> None:
    found = read(body)
    assert {k: found[k] for k in expected} == expected


def test_an_html_line_break_inside_a_sentence_keeps_its_date() -> None:
    found = read("<div>Feedback on round 2:</div><ul><li>Swap the hero photo</li></ul>"
                 "<div>We need the next round by<br>Tuesday Dec 8.</div>", html=True)
    assert found["due"] == ["2026-12-08"]


@pytest.mark.parametrize(("text", "joined"), [
    ("We need the next round by\nTuesday Dec 8.", True),
    ("Please send the files to\nour printer in Ohio.", True),
    ("Thanks to\nall of you", False),  # two words: no sentence to carry on
    ("Feedback for\n- one\n- two", False),  # a list follows
    ("Hi Sam,\nthe files", False),
])
def test_a_short_line_ending_mid_phrase_is_a_wrap(text: str, joined: bool) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    assert (out[text.index("\n")] == " ") is joined  # the first line break became a space


def test_a_spec_before_a_deadline_is_still_a_rule() -> None:
    found = read("All banners must be under 150 KB and delivered by Friday.")
    assert found["req"] == 1 and found["due"] == ["2026-12-04"]
    assert read("The files have to be ready by March 3.")["req"] == 0


NOTICE = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and must not "
          "be copied, disclosed or forwarded. If you received it in error, please delete it and "
          "notify the sender immediately.")


@pytest.mark.parametrize(("body", "cr", "req"), [
    (f"Thanks Sam, looks good.\n\nKim\n\n{NOTICE}\n", 0, 0),
    (f"Please move the launch to Jan 19.\n\nBest,\nKim Lee\nMarketing Director\n\n{NOTICE}\n",
     1, 0),
    ("Approved.\n\nKim\n\nThe information contained in this message is confidential and may be "
     "legally privileged. If you are not the intended recipient, you must not use, copy or "
     "distribute it. Please consider the environment before printing this email.\n", 0, 0),
    ("Please swap the photo.\n\nKim\n\nDISCLAIMER: This email and any files transmitted with it "
     "are confidential. If you have received this email in error please notify the system "
     "manager.\n", 1, 0),
])
def test_a_legal_footer_is_never_the_clients_words(body: str, cr: int, req: int) -> None:
    found = read(body)
    assert len(found["cr"]) == cr and found["req"] == req  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nThis message is for the team: please move the launch.",
    "Hi Sam,\n\nConfidential: the new price is $49 until launch.",
    "Hi,\n\nIf you received this, please call me.",
    "Hi,\n\nThe information in this email is for the launch team.",
    "Hi,\n\nDisclaimer text should be on every ad.",
])
def test_a_clients_own_words_about_confidentiality_stay(text: str) -> None:
    from intake.parsers.quotes import split_signature

    body, signature = split_signature(text)
    assert body == text and signature == ""


@pytest.mark.parametrize(("question", "answer", "budget"), [
    ("What's the budget for the spring push?", "Around $20,000, maybe a bit more.", ["20000"]),
    ("How much can you spend on print?", "$8,000.", ["8000"]),
    ("Did the invoice arrive?", "$2,300 is still open, yes.", []),
    ("What's the budget for the spring push?", "Last year we sold $400,000 of bikes.", []),
    ("Which sizes do you need?", "$20,000 worth of posters, all A2.", []),
])
def test_an_inline_answer_under_the_aes_budget_question(question: str, answer: str,
                                                        budget: list[str]) -> None:
    found = read(f"See my answers below.\n\n> {question}\n{answer}\n\n> When do you need the "
                 f"first concepts?\nBy Friday Dec 11 please.\n\nKim\n")
    assert found["budget"] == budget
    assert found["due"] == ["2026-12-11"]


@pytest.mark.parametrize(("question", "answer", "due"), [
    ("When do you need the first concepts?", "December 18.", ["2026-12-18"]),
    ("What's the deadline for the print files?", "Jan 15.", ["2027-01-15"]),
    ("When is the launch?", "Jan 15.", ["2027-01-15"]),
    # a meeting's or a person's day is no deadline; a question of no date gives none
    ("When can we meet?", "Dec 8 works.", []),
    ("When are you back from holiday?", "Jan 4.", []),
    ("Where is the event?", "December 18 is the party, in Boston.", []),
])
def test_a_bare_date_answering_the_aes_quoted_when(question: str, answer: str,
                                                   due: list[str]) -> None:
    found = read(f"Answers below.\n\n> {question}\n{answer}\n\n> Anything else?\nNo.\n\nKim\n")
    assert found["due"] == due


@pytest.mark.parametrize(("under", "new_text"), [
    # nothing but a footer or a signature under the quote: no words of the client
    ("Sent from my iPhone", ""),
    ("Kim Lee\nMarketing Director | Acme Corp\n+1 555 0100", ""),
    ("--\nKim Lee\nMust-see deals every Friday at acme.example!", ""),
    # a one-word answer is an answer ("Approved" decides a proof); a yes under the quote's
    # last line, "Could you move the shoot to Dec 15?", agrees to that day
    ("Yes", "Yes"),
    ("Approved", "Approved"),
])
def test_under_the_quote_a_signature_alone_is_no_answer(under: str, new_text: str) -> None:
    reply = split_reply(f"On Tue, Dec 1, 2026 at 4:10 PM Sam <sam@brightlane.agency> wrote:\n"
                        f"> {QUOTE}\n\n{under}\n")
    assert reply.new_text == new_text
    found = read(f"On Tue, Dec 1, 2026 at 4:10 PM Sam <sam@brightlane.agency> wrote:\n"
                 f"> {QUOTE}\n\n{under}\n")
    agreed = ["2026-12-15"] if under == "Yes" else []
    assert found["due"] == agreed and found["req"] == 0  # "every Friday" is a footer's


@pytest.mark.parametrize(("question", "answer", "due"), [
    # a bare yes under the AE's quoted question that names a day agrees to that day
    ("Is Dec 18 still the go-live date?", "Yes.", ["2026-12-18"]),
    ("Are we still good for the Jan 8 launch?", "Yep, still.", ["2027-01-08"]),
    # ... not a no, not a yes with words of its own, not a meeting or the past
    ("Is Dec 18 still the go-live date?", "No.", []),
    ("Can we meet on Dec 10?", "Yes.", []),
    ("Did you get the files on Dec 1?", "Yes, thanks.", []),
])
def test_a_yes_under_the_aes_quoted_question_agrees_to_its_day(question: str, answer: str,
                                                               due: list[str]) -> None:
    assert read(f"> {question}\n{answer}\n\nKim\n")["due"] == due


@pytest.mark.parametrize(("answer", "budget"), [
    ("No, still $15k.", ["15000"]),  # "no change": the budget it still is
    ("Same, $15k.", ["15000"]),
    ("No idea, our last agency charged $15k.", []),
])
def test_a_budget_unchanged_in_answer_to_the_aes_question(answer: str,
                                                          budget: list[str]) -> None:
    assert read(f"> Any budget change?\n{answer}\n\nKim\n")["budget"] == budget


def _outlook_reply(to: str, sender: str = "Dana Ruiz <dana@client.example>") -> str:
    return (f"FYI, budget confirmed.\n\nFrom: {sender}\nSent: Tuesday, December 1, 2026 11:04 AM\n"
            f"To: {to}\nSubject: Spring budget\n\nHi Kim, finance signed off $45,000 for the "
            f"spring campaign, media included. It must carry the new logo.\n")


@pytest.mark.parametrize(("body", "budget", "req"), [
    # a colleague's mail the agency never had, quoted under a one-line note: passed on
    (_outlook_reply("Kim Lee <kim@client.example>"), ["45000"], 1),
    # the agency had it (on To:), or it is the agency's own mail: history, not read again
    (_outlook_reply("Kim Lee <kim@client.example>; Sam Ortiz <sam@brightlane.agency>"), [], 0),
    (_outlook_reply("Kim Lee <kim@client.example>", "Sam Ortiz <sam@brightlane.agency>"), [], 0),
])
def test_a_quoted_mail_the_agency_never_had_is_read_like_a_forward(body: str, budget: list[str],
                                                                    req: int) -> None:
    found = extract_message(parse_message(as_mail(body)), timezone="America/New_York",
                            agency_domains=("brightlane.agency",))
    assert [f"{m.amount:.0f}" for m in found.budgets] == budget
    assert len(found.requirements) == req


def _with_subject(subject: str, body: str) -> tuple[list[str], list[str]]:
    from email.message import EmailMessage
    from email.utils import format_datetime

    from voices import SENT

    mail = EmailMessage()
    mail["From"], mail["To"] = "Kim Lee <kim@client.example>", "sam@brightlane.agency"
    mail["Subject"], mail["Date"] = subject, format_datetime(SENT)
    mail["Message-ID"] = "<subject@client.example>"
    mail.set_content(body)
    found = extract_message(parse_message(mail.as_bytes()), timezone="America/New_York",
                            agency_domains=("brightlane.agency",))
    return ([d.date.isoformat() for d in found.due_dates],
            [f"{m.amount:.0f}" for m in found.budgets])


@pytest.mark.parametrize(("subject", "body", "due", "budget"), [
    # a new thread's subject is the writer's words: a deadline or a budget put only there
    ("URGENT: banners needed by Thursday", "Hi Sam, brief attached.\n\nKim", ["2026-12-03"], []),
    ("Budget $5k for the flyer", "Details attached.\n\nKim", [], ["5000"]),
    # a reply's subject repeats older words; a meeting's day is no deadline
    ("Re: Launch Jan 12", "Let's move it to Jan 19.\n\nKim", ["2027-01-19"], []),
    ("Meeting Thursday", "See you then.\n\nKim", [], []),
    ("Invoice 4471 due Dec 31", "Attached.\n\nKim", [], []),
])
def test_a_new_threads_subject_is_read_for_dates_and_budgets(subject: str, body: str,
                                                             due: list[str],
                                                             budget: list[str]) -> None:
    assert _with_subject(subject, body) == (due, budget)
