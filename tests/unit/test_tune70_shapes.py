"""Shapes the tune70 mails (1960-1979) showed, changes a reader must look for: answers typed
into an Outlook quote in capitals, behind initials and a colon, or in red in an HTML mail;
a learner's "must to show X and not Y"; someone's question passed on ("he asked whether the
TV spot could end on the branch instead"); "upside down" as a fault joined to "Fix that";
"Can you change please?" as the fix of the fault before it; a forwarder's "Can you make these
changes?" over the changes forwarded; "can't make the shoot" is a diary, no rule (issue 12).
Each beside what the same rule must not read."""

from __future__ import annotations

import pytest

from intake.parsers.evaluation import AGENCY_DOMAINS
from intake.parsers.extract import extract_message
from intake.parsers.html import html_to_text
from intake.parsers.mime import parse_message
from intake.parsers.quotes import split_reply
from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds

_OUTLOOK_QUOTE = """________________________________
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Friday, January 19, 2029 3:00 PM
To: Karen Moss <karen@mossdental.com>
Subject: Spring brochure - questions

Hi Karen,

1. Should we keep the same cover photo as last year? NO, USE THE NEW OFFICE PHOTO.
2. Is the price list still current? PRICES GO UP 5% IN MARCH, PLEASE UPDATE.
3. Any change to the opening hours? NO CHANGE.

SAM ORTIZ
Sam"""


def test_answers_in_capitals_inside_an_outlook_quote() -> None:
    split = split_reply("Hi Sam, see my comments below in caps.\n\nKaren\n\n" + _OUTLOOK_QUOTE)
    assert split.new_text.endswith("NO, USE THE NEW OFFICE PHOTO.\n"
                                   "PRICES GO UP 5% IN MARCH, PLEASE UPDATE.\nNO CHANGE.")
    assert "SAM ORTIZ" not in split.new_text  # one word of capitals is no answer
    # without the pointer above the quote, capitals in it are the quote's own
    assert "NEW OFFICE PHOTO" not in split_reply("Hi Sam, thanks.\n\n" + _OUTLOOK_QUOTE).new_text


def test_answers_behind_initials_and_a_colon() -> None:
    quote = _OUTLOOK_QUOTE.split("Hi Karen,")[0] + (
        "Can the email still go out on February 2?\n"
        "JT: No, please move it to February 9.\n\n"
        "Any other changes?\nJT: Yes, same code.\n\nRE: your note\nSam")
    split = split_reply("Sam - answers below with my initials.\n\nJay\n\n" + quote)
    assert split.new_text.endswith("No, please move it to February 9.\nYes, same code.")
    mixed = quote.replace("JT: Yes", "KM: Yes")  # two writers' initials: whose answers?
    assert "February 9" not in split_reply("Sam - see below.\n\n" + mixed).new_text


_RED_REPLY = """<html><body><p class="MsoNormal">Hi Sam, my comments are in red below.</p>
<p class="MsoNormal"><span style="color:#1F497D">Ana Souza | Bright Smile</span></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Sam Ortiz &lt;sam.ortiz@brightlane.agency&gt;<br>
<b>Sent:</b> Friday, January 19, 2029 4:10 PM<br><b>To:</b> Ana Souza<br>
<b>Subject:</b> New patient mailer copy</p></div>
<p class="MsoNormal">Headline: Fresh start <span style="color:red">Love it, keep.</span></p>
<p class="MsoNormal">Hero photo: the beach <span style="color:#C00000">Please use the clinic
exterior instead.</span></p>
<p class="MsoNormal"><span style="color:#595959">Sam Ortiz, Brightlane</span></p>
</body></html>"""


def test_comments_in_red_inside_an_html_quote() -> None:
    text = html_to_text(_RED_REPLY)
    assert "[red] Love it, keep." in text
    assert "Ana Souza | Bright Smile" in text and "[blue]" not in text  # above the quote
    assert "[red] Sam Ortiz" not in text  # grey is no comment's colour
    new = split_reply(text).new_text
    assert new.endswith("Love it, keep.\nPlease use the clinic exterior instead.")
    assert "Please use" not in split_reply(text.replace("in red below", "below")).new_text


@pytest.mark.parametrize(("text", "expected"), [
    ("Also the final frame must to show our web site and not the phone number.", "C--"),
    ("He also asked whether the TV spot could end on the branch instead of the logo.", "C--"),
    ("They asked if the brochure could be bigger.", "C--"),
    ("He asked whether the invoice could be paid in two parts instead.", "---"),
    ("Sam, our CEO can't make the shoot on the 30th anymore.", "---"),
    ("We cannot make it on Friday.", "---"),
    ("We can't make claims about cures.", "-R-"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def _changes(text: str) -> list[str]:
    changes, _rules, _goals = extract_statements(text, answering=True)
    return [c.evidence.sentence for c in changes]


def test_a_fault_and_a_bare_fix_are_one_change() -> None:
    assert _changes("All approved except the postcard - the map is upside down, lol. Fix that "
                    "and we're good to print.") == [
        "All approved except the postcard - the map is upside down, lol. Fix that and we're "
        "good to print."]
    assert _changes("The date of the event is wrong, it is the 16 not the 15. Can you change "
                    "please?") == [
        "The date of the event is wrong, it is the 16 not the 15. Can you change please?"]
    assert len(_changes("He feels the radio script is too jokey, so we'd like it more "
                        "straightforward. He also asked whether the TV spot could end on the "
                        "branch instead of the logo.")) == 2  # "also": another piece


_FORWARD = """From: Alice Wong <alice@voltgear.com>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Fwd: spec sheet
Date: Thu, 25 Jan 2029 13:30:00 -0800
Message-ID: <fw-1@voltgear.com>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Sam, feedback from our product team below. {ask}

Alice

---------- Forwarded message ---------
From: Tom Briggs <tom@voltgear.com>
Date: Thu, Jan 25, 2029 at 12:40 PM
Subject: spec sheet
To: Alice Wong <alice@voltgear.com>

Alice, {original}

Tom
"""


def _forwarded_changes(ask: str, original: str) -> list[str]:
    raw = _FORWARD.format(ask=ask, original=original).encode()
    found = extract_message(parse_message(raw), timezone="America/Los_Angeles",
                            agency_domains=AGENCY_DOMAINS)
    return [c.evidence.sentence for c in found.change_requests]


def test_a_forwarders_ask_to_make_the_changes_below_is_none_of_its_own() -> None:
    assert _forwarded_changes("Can you make these changes?",
                              "the battery life should say 12 hours, not 10.") == [
        "Alice, the battery life should say 12 hours, not 10."]
    # with nothing to change below, the ask is all there is
    assert _forwarded_changes("Can you make these changes?", "thanks for the lunch.") == [
        "Can you make these changes?"]


def test_colours_are_marked_only_when_the_writer_points_at_them() -> None:
    """A newsletter's or a signature's colours after a rule are no comments."""
    plain = _RED_REPLY.replace("my comments are in red below", "thanks")
    assert "[red]" not in html_to_text(plain) and "Love it, keep." in html_to_text(plain)
