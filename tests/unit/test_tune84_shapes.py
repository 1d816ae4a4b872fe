"""Shapes the tune84 mails (2300-2319, answers in and around the thread) showed: a reply
written under an unmarked Outlook quote, "Same changes as last time please", "No - use the
navy version.", a day asked earlier ("we'll need the banners a week earlier", "That's too
late - we need them by the 6th"), French "sauf ... on garde le vert", "Merci de m'envoyer ...
jeudi", the news the model reads joined to the ask to put it in (issue 12). Each beside the
words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.quotes import split_reply
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 7, 30, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday

QUOTE = """-----Original Message-----
From: Sam Ortiz <sam.ortiz@brightlane.agency>
Sent: Monday, July 30, 2029 10:12 AM
To: Fran Miller <fmiller@riverarts.org>
Subject: Gala invitation proof

Fran, the gala invitation proof is attached. It goes to the printer August 6.

{signature}
{below}"""


@pytest.mark.parametrize(("signature", "below", "expected"), [
    ("Sam", "\nSam, looks good but please change the date on the invite to September 6.\n\nFran\n",
     "Sam, looks good but please change the date on the invite to September 6.\n\nFran"),
    ("Sam Ortiz\nAccount Executive, Brightlane\n+1 212 555 0100",
     "\nLooks good, please change the date on the invite to September 6.\n",
     "Looks good, please change the date on the invite to September 6."),
    # nothing under the quote: no words of the author's
    ("Sam", "", ""),
    # the quoted author's signature alone after the sign-off
    ("Sam", "\nSam Ortiz | Brightlane | +1 212 555 0100\n", ""),
])
def test_a_reply_under_an_unmarked_quote(signature: str, below: str, expected: str) -> None:
    split = split_reply(QUOTE.format(signature=signature, below=below))
    assert split.new_text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Same changes as last time please, plus the new address.", "C--"),
    ("Same as last time.", "---"),
    ("No - use the navy version.", "C--"),
    ("No - go with the plan.", "---"),
    ("We'll need the banners a week earlier, by August 13.", "C--"),
    ("We needed them a week earlier last time.", "---"),
    ("That's too late - we need them by the 6th.", "C--"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Je suis d'accord avec les propositions, sauf pour la couleur : on garde le vert.", "C--"),
    ("On garde le vert.", "---"),
    ("De acuerdo con todo, salvo el fondo: mantenemos el azul.", "C--"),
])
def test_foreign_kinds(text: str, expected: str) -> None:
    language = "es" if "acuerdo" in text else "fr"
    assert kinds(text, language) == expected


def test_a_french_send_by_a_weekday() -> None:
    assert due("Merci de m'envoyer la version finale jeudi.", SENT, day_first=True) == [
        "2029-08-02"]


def test_the_news_the_model_reads_and_the_ask_to_put_it_in_are_one_change() -> None:
    from intake.parsers.mentions import Evidence, Statement
    from intake.parsers.statements.extract import _model_faults_fixed

    text = ("Sam, the new hours are Mon-Sat 7-9, Sunday 8-6. Can you update the flyer and the "
            "Google listing? Thx")
    news, ask = text.index("Sam"), text.index("Can you")
    model = Statement("change_request", Evidence(text[news:ask - 1], text[news:ask - 1], news,
                                                 ask - 1, 0.55), "edit")
    ruled = Statement("change_request", Evidence("Can you update", text[ask:text.index(" Thx")],
                                                 ask, ask + 14, 0.8), "edit")
    joined = _model_faults_fixed([ruled], [model, ruled], text, ())
    assert [c.evidence.sentence for c in joined] == [text[:text.index(" Thx")]]
    # a new paragraph asks on its own
    apart = text.replace(" Can you", "\n\nCan you")
    ask = apart.index("Can you")
    ruled = Statement("change_request", Evidence("Can you update", apart[ask:apart.index(" Thx")],
                                                 ask, ask + 14, 0.8), "edit")
    assert len(_model_faults_fixed([ruled], [model, ruled], apart, ())) == 2
