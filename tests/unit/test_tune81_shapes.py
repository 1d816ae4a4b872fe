"""Shapes the tune81 mails (2240-2259, changes to the shape of agreed work) showed: a total cut
to a sum, a set extended, a cut the client allows, a delivery sent elsewhere "not to the
office", the creatives wanted "in Hindi also", "nothing needed from you", a price asked for
(no change for the second opinion), a least type size among notes, French, Spanish and German
work called off or decided on, a meeting's day moved in a clause of its own, "in zwei Wochen
mehr", the old figure of "passe de 30 000 € à 22 000 €", money moved "(that money ($4,000))"
and one change order line per list item (issue 12). Each beside the words that must not read
so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.evaluation import AGENCY_DOMAINS
from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 7, 9, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Finance came back and we have to bring the total down to $18,500.", "C--"),
    ("Can you get it down to 12k?", "C--"),
    ("The aim is to bring the cost per lead down to $40.", "--O"),
    ("Last year we brought the cost down to $5,000 with a smaller print run.", "---"),
    ("Would it be possible to extend the banner set to include the 300x600 size as well?",
     "C--"),
    ("Could we extend the radio flight by two weeks?", "C--"),
    ("We want to extend our reach to younger buyers.", "--O"),
    ("If it helps, we can skip the drone shots.", "C--"),
    ("We can skip the call on Friday if you're busy.", "---"),
    ("Also the delivery must now go to our warehouse in Kassel, not to the office.", "C--"),
    ("All ads must now carry the license number, not just the print ones.", "-R-"),
    ("Kindly note we will require the creatives in Hindi also, along with English.", "C--"),
    ("We will require the creatives by the 16th.", "---"),
    ("Nothing needed from you on the flyer since it doesn't list hours.", "---"),
    ("No changes needed on the flyer, but the poster is missing the new hours.", "C--"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Finalement nous ne ferons pas l'affichage dans le métro.", "fr", "C--"),
    ("Nous ne ferons pas de pause cet été.", "fr", "---"),
    ("Hemos decidido añadir una versión en inglés del folleto.", "es", "C--"),
    ("Hemos decidido abrir una tienda nueva en Valencia.", "es", "---"),
    ("Wir haben beschlossen, die Anzeige im Stadtmagazin zu streichen.", "de", "C--"),
    ("Wir haben beschlossen, im Herbst eine neue Filiale zu eröffnen.", "de", "---"),
])
def test_foreign_kinds(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


NOTES = """Sam,

A few updates from our marketing committee:

- Please change the rate on all pieces to 4.99% APR.
- {item}

Brenda
"""


@pytest.mark.parametrize(("item", "expected"), [
    ("The disclosure must appear in at least 8 pt type on the print pieces.", "-R-"),
    ("The logo should be at least twice as big.", "C--"),
])
def test_a_least_size_among_notes_is_a_rule(item: str, expected: str) -> None:
    found = extract(NOTES.format(item=item), sent_at=SENT, timezone=ZONE)
    changed = any(item in c.evidence.sentence for c in found.change_requests)
    ruled = any(item in r.evidence.sentence for r in found.requirements)
    assert ("C" if changed else "-") + ("R" if ruled else "-") + "-" == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our CEO wants to show the video at the board meeting, which just got moved up to "
     "July 19.", []),
    ("The launch, which just got moved up to July 19, needs the video.", ["2029-07-19"]),
    ("Can we have the final cut by the 18th instead of the 25th?", ["2029-07-18"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


def test_two_more_weeks_bought_is_no_day() -> None:
    text = ("wir möchten die Anzeige streichen und das Geld stattdessen in zwei Wochen mehr "
            "Online-Werbung stecken.")
    assert due(text, SENT, day_first=True) == []
    assert due("Die Flyer brauchen wir in zwei Wochen.", SENT, day_first=True) == ["2029-07-23"]


@pytest.mark.parametrize(("text", "currency", "expected"), [
    ("Finalement le budget passe de 30 000 € à 22 000 €.", "EUR", [("22000", "budget")]),
    ("Das Budget wird von 8.000 € auf 6.000 € gekürzt.", "EUR", [("6000", "budget")]),
    ("We're dropping radio. Put that money ($4,000) into Facebook instead.", "USD",
     [("4000", "budget")]),
])
def test_figures_changed_and_moved(text: str, currency: str,
                                   expected: list[tuple[str, str]]) -> None:
    found = extract(text, sent_at=SENT, timezone=ZONE, default_currency=currency)
    assert [(str(m.amount), m.kind) for m in found.budgets] == expected


REPLY = """From: Dominic Reyes <dom@saltandember.com>
To: Sam Ortiz <sam.ortiz@brightlane.agency>
Subject: Re: Opening campaign
Date: Mon, 9 Jul 2029 17:45:00 -0400
Message-ID: <dom-2@saltandember.com>
In-Reply-To: <sam-1@brightlane.agency>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Hi Sam,

{body}

Dom
"""


def _changes(body: str) -> list[str]:
    raw = REPLY.format(body=body).replace("\n", "\r\n").encode()
    found = extract_message(parse_message(raw), timezone=ZONE, agency_domains=AGENCY_DOMAINS)
    return [c.evidence.sentence for c in found.change_requests]


def test_one_list_item_is_one_change_order_line() -> None:
    assert _changes("1) We're dropping the radio spots. Put that money into Facebook instead.\n"
                    "2) Can you add the Spanish menu insert?") == [
        "We're dropping the radio spots. Put that money into Facebook instead.",
        "Can you add the Spanish menu insert?"]
    # two sentences of a paragraph stay two lines
    assert len(_changes("We're dropping the radio spots. Can you add the Spanish menu "
                        "insert?")) == 2


def test_a_price_asked_for_is_no_change() -> None:
    assert _changes("We decided to increase the print run to 3,500. Please can you ask the "
                    "printer for a new offer?") == [
        "We decided to increase the print run to 3,500."]
