"""Shapes the tune105 mails (2740-2759: days said every way) showed: the day's end typed
after the day ("Tomorrow EOD for the revised deck please") and a day moved by a stretch, not
to a day ("could you push the newsletter back a week? It was planned for the 30th.")
(issue 12). Each beside the words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from tests.unit.shapes import ZONE

SENT = datetime(2030, 10, 22, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Tuesday


def _dates(text: str) -> tuple[list[str], list[str]]:
    found = extract(text, sent_at=SENT, timezone=ZONE, answering=True)
    return ([d.date.isoformat() for d in found.due_dates],
            [d.date.isoformat() for d in found.replaced_dates])


@pytest.mark.parametrize(("text", "expected"), [
    ("Tomorrow EOD for the revised deck please.", (["2030-10-23"], [])),
    ("Friday COB for the files.", (["2030-10-25"], [])),
    # a meeting's day, a closing
    ("Friday EOD works for the call.", ([], [])),
    ("We close Friday COB for the holiday.", ([], [])),
    ("The office closes Friday EOD.", ([], [])),
    ("The magazine closes Friday EOD.", (["2030-10-25"], [])),
])
def test_the_days_end_after_the_day(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Could you push the newsletter back a week? It was planned for the 30th.",
     (["2030-11-06"], ["2030-10-30"])),
    ("Could you push the newsletter back a week, from the 30th?",
     (["2030-11-06"], ["2030-10-30"])),
    ("Can we bring the launch forward two days? It's on the 20th now.",
     (["2030-11-18"], ["2030-11-20"])),
    # the new day said; a meeting; the past; no way said; two days to choose from
    ("Can we push the launch back a week to the 6th?", (["2030-11-06"], [])),
    ("Can we push the call back a week? It's on the 20th.", ([], [])),
    ("We pushed the launch back a week last year, it was on the 20th.", ([], [])),
    ("Could you move the mailer a week? It's on the 20th.", ([], [])),
    ("Can we push the launch back a week? We need the posters by the 10th and the launch is "
     "the 20th.", (["2030-11-10", "2030-11-20"], [])),
])
def test_a_day_moved_by_a_stretch(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert _dates(text) == expected
