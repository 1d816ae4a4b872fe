"""Shapes found by the tune34 batch (``tests/data/extraction/specs_47.py``, mail about rules
scored blind before any rule was written: requirements 0.875): "we also never use ...", a
German limit ("darf nicht kleiner als 120 mm sein") read as no resize, a French "nous ne
mettons jamais", "nobody in the ads can look under 25", "please remember the charity number",
a ban typed under the AE's quoted "Anything we should avoid?", and "before midsummer, 18
June". Each rule has look-alikes it must leave alone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from intake.parsers.extract import extract, extract_message
from intake.parsers.mime import parse_message
from intake.parsers.statements import extract_statements

SENT = datetime(2027, 5, 17, 15, tzinfo=UTC)  # a Monday


def _read(text: str) -> dict[str, list[str]]:
    found = extract(text, sent_at=SENT, timezone="America/New_York")
    return {"due": [d.date.isoformat() for d in found.due_dates],
            "cr": [s.evidence.sentence for s in found.change_requests],
            "req": [s.evidence.sentence for s in found.requirements]}


@pytest.mark.parametrize(("text", "rules"), [
    ("We also never use photos with people in swimwear.", 1),
    ("We also never used the old logo.", 0),  # the past
    ("We also never got the files.", 0),
    ("Just so you know, the drinks code means nobody in the ads can look under 25.", 1),
    ("Nobody can make it on Friday.", 0),
    ("No one on our team can look at it before Monday.", 0),
    ("And please remember the registered charity number in the footer.", 1),
    ("Please remember to bring the samples.", 0),  # an errand
    ("Please remember the meeting on Friday.", 0),
])
def test_house_rules_said_in_passing(text: str, rules: int) -> None:
    assert len(_read(text)["req"]) == rules


def test_foreign_rules_and_limits() -> None:
    changes, rules, _ = extract_statements(
        "Für das Bauschild gelten folgende Vorgaben: Das Logo der Stadt muss oben links stehen, "
        "und die Schrift darf nicht kleiner als 120 mm sein.", language="de")
    assert changes == () and len(rules) == 1
    changes, _, _ = extract_statements("Bitte machen Sie das Logo kleiner.", language="de")
    assert len(changes) == 1  # a size asked for stays a change
    _, rules, _ = extract_statements("Nous ne mettons jamais de prix barrés.", language="fr")
    assert len(rules) == 1


_AVOID = """> On Wed, May 19, 2027 at 4:00 PM Sam Ortiz <sam@brightlane.agency> wrote:
> Anything we should avoid?
"""


def _answer(text: str, quote: str = _AVOID) -> list[str]:
    mail = EmailMessage()
    mail["From"], mail["To"] = "Opal <opal@client.example>", "Sam Ortiz <sam@brightlane.agency>"
    mail["Subject"], mail["Date"] = "Re: Kids catalogue", format_datetime(SENT)
    mail.set_content(f"{quote}{text}\n")
    found = extract_message(parse_message(mail.as_bytes()), timezone="America/New_York",
                            agency_domains=("brightlane.agency",))
    return [r.evidence.sentence for r in found.requirements]


def test_a_ban_typed_under_a_quoted_rules_question_is_a_rule() -> None:
    # (too long a ban for the terse-ban rule alone: "No photos of kids without a parent in
    # frame, ..." is read as one without the question since "without" qualifies a ban)
    answer = ("No pictures showing kids playing on their own near water or roads, and no small "
              "parts for the under-3 range.")
    assert _answer(answer) == [answer]
    assert _answer("No worries, nothing special.") == []
    other = _AVOID.replace("Anything we should avoid?", "Did you get the samples?")
    assert _answer(answer, other) == []  # no rules question above
    kids = ("No photos of kids without a parent in frame, and no small parts visible for the "
            "under-3 range.")
    assert _answer(kids, other) == [kids]


@pytest.mark.parametrize(("text", "due"), [
    ("We need the brochure printed before midsummer, 18 June.", ["2027-06-17"]),
    ("We need it before Friday, May 21.", ["2027-05-20"]),
    ("We need it by Friday, May 21.", ["2027-05-21"]),
])
def test_before_a_named_day_with_its_date(text: str, due: list[str]) -> None:
    assert _read(text)["due"] == due
