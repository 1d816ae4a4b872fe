"""Shapes the tune49 mails (1400-1419) showed, each beside sentences the same rule must not
fire on (issue 12): a rule named beside a German, French or Spanish modal, a size asked in
French or Spanish, a week's span of weekdays, a table pasted from a spreadsheet, "our new
store", a cap named after its sum, copy pasted for reference."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.pasted import pasted_blocks, without_pasted_copy
from intake.parsers.tables import DUE, table_cells
from intake.parsers.wrapping import unwrap
from tests.unit.shapes import due, kinds, money

SENT = datetime(2027, 12, 6, 15, tzinfo=UTC)  # a Monday





@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Der Text muss in der Du-Form sein, das ist unsere Markenrichtlinie.", "-R-"),
    ("fr", "Le texte doit être au tutoiement, c'est notre charte.", "-R-"),
    ("es", "El texto debe ir de usted, así lo dice nuestro manual de marca.", "-R-"),
    # a deadline beside the publisher's rule is a deadline; a size without a rule is feedback
    ("de", "Die Anzeige muss bis Freitag fertig sein, das ist die Vorgabe vom Verlag.", "---"),
    ("de", "Das Logo muss größer sein.", "C--"),
])
def test_a_modal_beside_the_rule_it_follows_is_a_requirement(language: str, text: str,
                                                              expected: str) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le logo doit être plus grand.", "C--"),
    ("fr", "Pourriez-vous mettre le prix plus gros ?", "C--"),
    ("es", "El logo debe ser más grande.", "C--"),
    ("es", "¿Podéis hacer el texto un poco más grande?", "C--"),
    # the client's business, not a part of the work
    ("fr", "Nous voulons un stand plus grand cette année.", "---"),
    ("es", "Queremos crecer más este año.", "---"),
    ("es", "La tienda nueva es más grande que la anterior.", "---"),
    # a size a rule sets, with the rule's reason: the rule's words, not a change
    ("fr", "Sur l'emballage, l'anglais doit être plus petit que le français, c'est la loi.",
     "-R-"),
    ("es", "El logo debe ser más grande, es la normativa de la marca.", "-R-"),
])
def test_a_size_asked_in_french_or_spanish_is_a_change(language: str, text: str,
                                                       expected: str) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Change the clinic hours to 8am-6pm Monday to Friday.", []),
    ("We're open Monday through Saturday, 9 to 5.", []),
    ("Posts go out Mon-Fri at 8am.", []),
    # a move between two weekdays is still a move
    ("Can we move the post from Monday to Friday?", ["2027-12-10"]),
    ("Can we move the post from Monday to Friday at 9am?", ["2027-12-10"]),
])
def test_a_span_of_weekdays_is_no_day(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


SHEET = ("Hi Sam, here's what we need and when (pasted from our sheet):\n\n"
         "Item\tQty\tNeeded by\nWindow posters\t50\t12/14\nAisle banners\t4\t12/16\n"
         "Shelf talkers\t200\t12/16\n\nThanks!")


def test_a_table_pasted_from_a_sheet_reads_each_row_under_its_header() -> None:
    assert due(SHEET, SENT) == ["2027-12-14", "2027-12-16"]
    assert unwrap(SHEET) == SHEET  # each row stays a line of its own
    assert [SHEET[c.start : c.end] for c in table_cells(SHEET) if c.kind == DUE] == [
        "12/14", "12/16", "12/16"]


def test_tabs_without_a_header_of_dates_or_money_say_nothing() -> None:
    text = "Name\tPhone\nDana\t555-0142\nLuis\t555-0177"
    assert table_cells(text) == []
    assert due(text, SENT) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("We are planning a campaign for our new store opening at Pune on 15th January.",
     ["2028-01-15"]),
    ("Our new store opens March 15.", ["2028-03-15"]),
    # a person who starts is no deadline
    ("Our new hire starts March 15.", []),
    ("Our new CMO joins on the 10th.", []),
])
def test_our_new_store_opens_on_a_day_the_work_is_for(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Budget approved at $15,000 for Q1 social, and that cap is firm.", [("15000", "cap")]),
    ("We have $8k for the video, which is a hard ceiling.", [("8000", "cap")]),
    ("Budget is $12k, that's the max.", [("12000", "cap")]),
    # a cap to wear
    ("We have $10,000 for print, the cap is blue.", [("10000", "budget")]),
])
def test_a_cap_named_after_its_sum(text: str, expected: list[tuple[str, str]]) -> None:
    assert money(text, SENT) == expected


NEWSLETTER = """Sam,

Below is the piece from this month's client newsletter. Can you turn it into a three-post
series for LinkedIn? First post on Monday, please.

---
Our office is closed December 24 through January 2. Make any charitable gifts before
December 31 to deduct them on this year's return.
---

Greg"""


def test_copy_pasted_for_reference_is_not_the_writers_asks() -> None:
    assert due(NEWSLETTER, SENT) == ["2027-12-13"]
    blanked = without_pasted_copy(NEWSLETTER)
    assert len(blanked) == len(NEWSLETTER) and "charitable" not in blanked
    assert blanked.count("\n") == NEWSLETTER.count("\n")


@pytest.mark.parametrize("text", [
    # no words announce the block: a rule line is only a rule line
    "Please have the flyer by December 17.\n---\nThe poster by December 20 please.\n---\nJo",
    # one rule line (a signature's) opens nothing
    "Please have the flyer by December 17.\n\n---\nJo Smith | Owner",
])
def test_rule_lines_without_an_announcement_hide_nothing(text: str) -> None:
    assert pasted_blocks(text) == []
    assert without_pasted_copy(text) == text


# Probes of the same session in clients' voices (one sentence each), with look-alikes.
@pytest.mark.parametrize(("text", "expected"), [
    ("We're in-market April 12 with the new flavors.", ["2028-04-12"]),
    ("Thurs is the cut off for the paper.", ["2027-12-09"]),
    ("The cut off for ad changes is December 9.", ["2027-12-09"]),
    # the verb, and the writer's presence
    ("The logo is cut off on the right in Tuesday's post.", []),
    ("We're in the office December 8.", []),
])
def test_in_market_and_the_cut_off_are_deadlines(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Stick to the two brand fonts, Gotham and Mercury.", "-R-"),
    ("Please stick to our approved photo library.", "-R-"),
    ("Let's stick to the plan.", "---"),
    ("Stick with the blue version.", "---"),
    ("Please stick to the schedule we agreed.", "---"),
])
def test_sticking_to_the_house_set_is_a_rule(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Parking must be validated at the front desk.", "---"),
    ("Visitors need to sign in at reception.", "---"),
    ("All visitors must wear a badge.", "---"),
    # a rule for the work that names guests
    ("Guest photos must have a signed release.", "-R-"),
    ("Photos of guests must have a signed release.", "-R-"),
])
def test_a_rule_for_visitors_is_not_a_rule_for_the_work(text: str, expected: str) -> None:
    assert kinds(text) == expected
