"""Shapes the tune90 mails (2440-2459: days said the many ways clients say them) showed: a
print window ("printing October 22-26") is no deadline, "We go to press Wednesday" is a print
date, "las catas empiezan el viernes 12" is the client's event, and a day offered refused as
too late ("October 12 for first drafts is too late, we need them by the 9th") is a change
with its old day (issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2029, 10, 1, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("Final art October 19, printing October 22-26, in homes November 1.",
     ["2029-10-19", "2029-11-01"]),
    ("The trade show is Dec 3-5 in Vegas.", ["2029-12-03"]),  # the only day: the event's
    ("Can you get the revised ad to me by tomorrow EOD? We go to press Wednesday morning.",
     ["2029-10-02", "2029-10-03"]),
])
def test_due(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


def test_a_spanish_event_beside_the_deadline() -> None:
    found = extract("Necesitamos las piezas para redes para el lunes 8 de octubre, porque las "
                    "catas empiezan el viernes 12.", sent_at=SENT, timezone=ZONE,
                    day_first=True, language="es")
    assert [d.date.isoformat() for d in found.due_dates] == ["2029-10-08"]
    campaign = extract("La campaña empieza el 15 de octubre.", sent_at=SENT, timezone=ZONE,
                       day_first=True, language="es")
    assert [d.date.isoformat() for d in campaign.due_dates] == ["2029-10-15"]


def test_a_day_refused_as_too_late() -> None:
    found = extract("October 12 for first drafts is too late for us, we need them by the 9th.",
                    sent_at=SENT, timezone=ZONE)
    assert [d.date.isoformat() for d in found.due_dates] == ["2029-10-09"]
    assert [d.date.isoformat() for d in found.replaced_dates] == ["2029-10-12"]
    assert len(found.change_requests) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("October 12 for first drafts is too late for us, we need them by the 9th.", "C--"),
    ("The 12th is too late to change the headline, we need it printed by the 9th.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected
