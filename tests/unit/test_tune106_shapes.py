"""Shapes the tune106 mails (2760-2779: feedback on drafts beside asks that change nothing)
showed: a day the client's books need papers by ("Our accountant needs it by Friday") is no
day of the work (issue 12). Beside the words that must still read as due dates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due

SENT = datetime(2030, 10, 29, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    ("Could you send me the invoice for the storm campaign? Our accountant needs it by "
     "Friday.", []),
    ("Our accountant needs the invoice by Friday.", []),
    ("The auditors want the receipts by Friday.", []),
    # the work, wanted by someone in finance; the work itself
    ("Our accountant needs the annual report designed by Friday.", ["2030-11-01"]),
    ("The finance team needs the brochure by Friday.", ["2030-11-01"]),
    ("We need it by Friday.", ["2030-11-01"]),
])
def test_papers_for_the_books(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected
