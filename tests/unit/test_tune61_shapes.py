"""Shapes the tune61 mails (1740-1759) showed: days that are no deadline beside one that is
(the client's staff's training, the writer's own day, a run of the client's own event, a
street named by its number, a day a clause of its own names), a run of days written day
first, the day the client starts using the work, a reach counted in stores as a goal, a
deadline said as "must have it printed", an approval in a reply (issue 12), each beside
sentences the same rule must not fire on."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from intake.parsers.extract import extract
from tests.unit.shapes import ZONE, due, kinds

SENT = datetime(2028, 8, 7, 9, 15, tzinfo=ZoneInfo(ZONE))


@pytest.mark.parametrize(("text", "expected"), [
    # the client's people's own task, the writer's own day
    ("Also, all our staff have to complete the new brand training by August 31.", []),
    ("Everyone must register for the gala by August 25.", []),
    ("My goal for today is to finish the board deck, so this is quick.", []),
    ("We need the staff training video by August 31.", ["2028-08-31"]),
    ("Our staff need the new name badges by August 31.", ["2028-08-31"]),
    # a run written day first starts on its first day
    ("We must have the catalogue for the fair, the fair is from 19 to 22 September.",
     ["2028-09-19"]),
    ("The fair is 19-22 September.", ["2028-09-19"]),
    ("The fair is between 19 and 22 September.", ["2028-09-19"]),
    ("I have 2 and 22 September free.", []),
    # the client's own event's run is an event; the ads' run is due
    ("This year the Oktoberfest in our shop runs from 23 September to 8 October. We would need "
     "the posters until 15 September.", ["2028-09-15"]),
    ("The radio ad runs from September 23 to October 8.", ["2028-09-23"]),
    ("The ad runs in the Law Journal on January 11, so the journal needs the final file by "
     "January 4.", ["2029-01-11", "2029-01-04"]),
    # a clause that names its own day keeps its cue
    ("We're doing a fall one on October 14, and we'll need the invitations mailed by "
     "September 22.", ["2028-09-22"]),
    # the day the client starts using the work
    ("We want to put poster in the lobby from 14 Feb, so final file until 10 Feb is possible?",
     ["2029-02-14", "2029-02-10"]),
    ("We'd like to hand them out at the front desk from Monday the 21st.", ["2028-08-21"]),
    ("Volunteers will hand out flyers at the market on Saturday.", []),
    ("I'm away from Monday the 21st.", []),
    # a street named by its number
    ("Sam, you have to try the new taco place on 5th, seriously.", []),
    ("Our store on 3rd and Main is closed.", []),
    ("We need the files on 5th.", ["2028-09-05"]),
    # the work named after "for the holiday" is no day off
    ("So we need the final files for the holiday packaging by Aug 16.", ["2028-08-16"]),
    ("The office is closed for the holiday on Aug 21.", []),
])
def test_deadlines(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reach counted in stores is a goal, by its horizon
    ("The goal is to get our bar into 500 stores by the end of the year.", "--O"),
    ("Our goal is to have the proofs by Monday.", "---"),
    ("My goal for today is to finish the board deck, so this is quick.", "---"),
    ("Our goal for this year is to grow sales 10%.", "--O"),
    # a deadline said as having it printed is no rule
    ("We must absolutely have it printed for the fair in Milan, the fair is from 19 to 22 "
     "September.", "---"),
    ("We must have the logo printed in gold on every box.", "-R-"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_goals_horizon_is_no_deadline() -> None:
    found = extract("The goal is to get our bar into 500 stores by the end of the year.",
                    sent_at=SENT, timezone=ZONE)
    assert found.due_dates == () and len(found.objectives) == 1


@pytest.mark.parametrize(("text", "changes"), [
    ("Never mind my last email, the CEO has approved the original headline.", 0),
    ("Ignore my previous note, the team has signed off on version 1.", 0),
])
def test_an_approval_in_a_reply_is_no_change(text: str, changes: int) -> None:
    found = extract(text, sent_at=SENT, timezone=ZONE, answering=True)
    assert len(found.change_requests) == changes
