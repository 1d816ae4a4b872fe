"""Shapes the tune63 mails (1800-1819) showed: days in whole mails (a first proof's day, a
shoot beside a deadline, "Tuesday week" said on a Tuesday, an answer asked for by a day, a
holiday on sale, the work's own run, a day offered after ", say", a table row that ends early,
an event's word in the next cell), the client putting the work up, an earlier delivery asked
for (issue 12), each beside sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.tables import table_cells
from tests.unit.shapes import ZONE, due, kinds

TUESDAY = datetime(2028, 11, 7, 10, 0, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    ("Could we see a first proof on Thursday and have the final files at the printer by "
     "Wednesday the 15th?", ["2028-11-09", "2028-11-15"]),
    # a shoot's day beside the mail's own deadline is an event's (README, labelling rules)
    ("The photo shoot for the tour poster is locked for Saturday the 11th, and we need the "
     "poster done by the 20th.", ["2028-11-20"]),
    ("The photo shoot for the tour poster is locked for Saturday the 11th.", ["2028-11-11"]),
    ("Can we get the EDM locked in by Tuesday week so we can send it on the 30th?",
     ["2028-11-14", "2028-11-30"]),
    ("Could we have the banners by Friday week?", ["2028-11-17"]),
    # a holiday the work meets the public on
    ("The gift sets go on sale Black Friday.", ["2028-11-24"]),
    ("Our office is closed on Black Friday.", []),
    # the work's own run, named last, beside the client's sale
    ("The summer sale socials run from 1 December to 24 December.", ["2028-12-01"]),
    ("A few days earlier, say December 5, would help.", ["2028-12-05"]),
    # a weekday after the day said before it counts on from that day
    ("Could we have the flyer by Friday the 17th? We want to put it up in the waiting room "
     "from the Monday after.", ["2028-11-17", "2028-11-20"]),
    ("The opening is Saturday, December 16. We need the flyers by the Tuesday before.",
     ["2028-12-12"]),
])
def test_deadlines(text: str, expected: list[str]) -> None:
    assert due(text, TUESDAY, day_first=True) == expected


def test_a_table_row_that_ends_early_keeps_its_due_cell() -> None:
    text = ("Piece | Due | Notes\nSave the date card | Nov 10 | mail by the 14th\n"
            "Invitation | Nov 28")
    cells = [text[c.start : c.end] for c in table_cells(text)]
    assert cells == ["Nov 10", "Nov 28"]


@pytest.mark.parametrize(("text", "expected"), [
    ("We want to put it up in the waiting room from the Monday after.", "---"),
    ("Can you put it on the back page instead?", "C--"),
    ("The committee asked if the programs could be ready a few days earlier, say December 5.",
     "C--"),
    ("The programs were ready earlier than we thought.", "---"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected
