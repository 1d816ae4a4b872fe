"""Shapes the tune74 mails (2080-2099) showed, sentences that only look like rules: "No
exceptions." after a rule, a rule that "is no longer required", a rule for an ad not decided on
("If we end up advertising ..., the fine print would have to ..."), the writer's own errand
("I have to renew our business license"), and "every ad has to say '...'" is a rule, not a
change of one ad's words (issue 12). Each beside the rule the same words do state."""

from __future__ import annotations

import pytest

from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Sam, all printed pieces must carry the union bug. No exceptions.", "-R-"),
    ("No exceptions.", "---"),
    ("No stock photos.", "-R-"),
    ("Last year we had to put the insurance disclaimer on everything, but that's no longer "
     "required, so you can leave it off.", "---"),
    ("A signed release is required for every photo.", "-R-"),
    ("If we end up advertising the 0% financing, the fine print would have to list the APR "
     "terms.", "---"),
    ("The fine print has to list the APR terms.", "-R-"),
    ("Sam, I have to renew our business license before the campaign starts.", "---"),
    ("I need to approve everything before it goes out.", "-R-"),
    ('State rules: no one in the photos can look under 25, and every ad has to say "Please '
     'enjoy responsibly."', "-R-"),
    ('The headline has to say "Spring Sale".', "C--"),
])
def test_shapes(text: str, expected: str) -> None:
    assert kinds(text) == expected
