"""Shapes the tune57 mails (1600-1619) showed: rules said by landlords, franchisors,
regulators, retailers and unions, feedback that names what is wrong without asking, a
colleague's initialled notes (issue 12), each beside sentences the same rule must not fire
on."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements
from tests.unit.shapes import kinds


@pytest.mark.parametrize(("text", "expected"), [
    # a part that has to go, or come out
    ("The bear mascot on the poster has to go because of that.", "C--"),
    ("The second paragraph needs to go.", "C--"),
    ("The files have to go to the printer by Friday.", "---"),
    ("The team has to go to Chicago.", "---"),
    ('The state bar doesn\'t allow "specialist" or "expert" unless certified, so those words '
     "need to come out of both ads.", "CR-"),
    # a name or a place put right, what a piece is in and must be in
    ('Kindly note that the hospital\'s name is "Obi Specialist Hospital" and not "Obi '
     'Hospital".', "C--"),
    ("The sunrise service is at the lake, not in the sanctuary.", "C--"),
    ("The meeting is at the office, not at the hotel.", "---"),
    ("The ad is good but the price is in euro, it must be in NOK for the Norwegian version.",
     "C--"),
    # a detail's new value
    ("Pool hours are 6am-10pm now.", "C--"),
    ("The phone number is now 555-0180.", "C--"),
    ("The rates are 5% now.", "---"),
    ("Our hours are great now.", "---"),
    ("Is the price $49 now?", "---"),
    # what the piece lacks, in a learner's words or after the ask
    ("We miss the designer's name under each product.", "C--"),
    ("We miss you guys!", "---"),
    ("We miss the old office.", "---"),
    ("Please list the Good Friday service at 7 pm, it's missing.", "C--"),
    ("Please send it, it's missing from my inbox.", "---"),
    ("Also the slope in the photo is not ours, we need a photo from Hemsedal.", "C--"),
    ("The choice is not ours to make.", "---"),
    ("On the packaging, the choking hazard warning is too small - by law it has to be at least "
     "10pt.", "C--"),
    ("We got a warning from the city.", "---"),
    # "please action" the notes forwarded is no change of its own (the voice grid g127)
    ("The email has to go for approval first.", "-R-"),  # a rule, not a part to remove
    # rules: a spec list, a retailer's refusal, a hard rule, someone strict about a thing
    ("Kroger's specs for the shelf talkers came in: 3.5 x 5 inches, no glossy finish, and the "
     "UPC has to be on the back.", "-R-"),
    ("The price should be in bold.", "C--"),
    ("They also won't accept any price on the talker itself.", "-R-"),
    ("They won't accept any changes on the contract.", "---"),
    ("We want real members in the photos, not models - that's a hard rule for us.", "-R-"),
    ("Our owner is strict about retouching.", "-R-"),
    ("Kroger is strict about it.", "---"),
    # a standards lead-in announces rules; a sentence about them is none of them
    ("A reminder of the standards for locally produced marketing:\n\nCoupons must state "
     '"Valid at participating locations only."', "-R-"),
])
def test_asks_and_rules(text: str, expected: str) -> None:
    assert kinds(text) == expected


def test_a_sentence_about_the_rules_just_given_is_none_of_them() -> None:
    _, rules, _ = extract_statements(
        "Ford's co-op rules: the Blue Oval has to be at least 1/2 inch on print, and no "
        "competitor names anywhere. If we break them we lose the co-op money, so please "
        "double-check.")
    assert [r.evidence.sentence[:14] for r in rules] == ["Ford's co-op r"]
