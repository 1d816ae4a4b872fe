"""Asks of a round of review that no rule read, written for the thirty-third session's probe
of 113 sentences in reviewers' voices (terse, hedged, passed on, non-native): a printed fact
found wrong without its article ("Hours are wrong on the back"), a piece that lacks a part
("The video has no captions"), "out of sync", "can we mention it?", "use our full name, not
just ...", "not a fan of the clip art", "wants a bigger map", "have the designer redo page
3", 'it's "Dr. Patel", not "Mr. Patel"', a part as it was in an earlier round ("Prefer the
font from v1", "Back to the original headline please"), "too much going on at the bottom"
(issue 12). Each beside the words that must not read so."""

from __future__ import annotations

import pytest

from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Hours are wrong on the back.", "C--"),
    ("I think the hours are wrong.", "C--"),
    ("The hours you billed are wrong.", "---"),
    ("The hours are too long.", "---"),
    ("The video has no captions.", "C--"),
    ("There are no captions on the video.", "C--"),
    ("The flyer has no logo.", "C--"),
    ("Our website has no booking.", "---"),  # the client's own site: a brief's background
    ("The current site has no search.", "---"),
    ("The project has no budget yet.", "---"),
    ("The subtitles are out of sync.", "C--"),
    ("We are out of sync with the team.", "---"),
    ("Customers keep asking about parking, can we mention it?", "C--"),
    ("Please mention our new location.", "C--"),
    ("Can you mention the free parking in the caption?", "C--"),
    ("Our open house is Saturday January 13, it would be nice to mention it.", "---"),
    ("I forgot to mention the meeting moved.", "---"),
    ("Can you mention it to Tom?", "---"),
    ("I should mention that we are closed Friday.", "---"),
    ("As I mentioned, the budget is set.", "---"),
    ('Use our full name, "Riverside Family Dental", not just "Riverside".', "C--"),
    ('We use "Riverside", not "RFD", internally.', "---"),
    ("Not a fan of the clip art.", "C--"),
    ("The photography feels dated.", "C--"),
    ("The gradient is too strong.", "C--"),
    ("The art director is out this week.", "---"),
    ("I'm not a fan of modern art.", "---"),
    ("Our regional manager wants a bigger map.", "C--"),
    ("Think we need a stronger headline.", "C--"),
    ("We need a bigger budget.", "---"),
    ("We want a bigger logo than our competitor.", "---"),
    ("We need a stronger online presence.", "---"),
    ("Please have the designer redo page 3.", "C--"),
    ("Can you get your team to lighten the sky?", "C--"),
    ("Please have the team call me.", "---"),
    ("Could you have the designer send the files?", "---"),
    ('Oh and it\'s "Dr. Patel", not "Mr. Patel".', "C--"),
    ("It's “Main St”, not “Main Street”.", "C--"),
    ('He said "yes", not "no".', "---"),
    ("Back to the original headline please.", "C--"),
    ("Prefer the font from v1.", "C--"),
    ("Same as v2 but with the new photo.", "C--"),
    ("We prefer the blue.", "---"),
    ("Back to the original plan, the launch is in May.", "---"),
    ("We'll be back to the office on Monday.", "---"),
    ("Too much going on at the bottom.", "C--"),
    ("Too much going on at work this week, sorry.", "---"),
    ("There was too much going on at the front last time.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected
