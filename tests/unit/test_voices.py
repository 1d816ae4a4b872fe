"""Voices the labelled mail had few of: learners of English and phones (issue 12).

Written as grids before any rule was changed (docs/performance.md, "voices" sweep): each
shape beside look-alikes the same rule must not fire on. Pure: text in, mentions out.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake.parsers.extract import extract

SENT = datetime(2026, 12, 2, 15, tzinfo=UTC)  # a Wednesday


def read(text: str, *, day_first: bool = False) -> dict[str, object]:
    found = extract(text, sent_at=SENT, timezone="Europe/Berlin", day_first=day_first)
    return {
        "due": sorted(d.date.isoformat() for d in found.due_dates),
        "cr": [c.action for c in found.change_requests],
        "req": len(found.requirements),
        "obj": len(found.objectives),
    }


@pytest.mark.parametrize(("text", "due"), [
    # a learner's "until" is "by" (German "bis"), and "we are needing"
    ("We need the final files until Friday.", ["2026-12-04"]),
    ("We are needing the artwork for the 14.12.", ["2026-12-14"]),
    ("Send the final files for the 04/12.", ["2026-12-04"]),
    # a deadline with its hour is still a deadline, not a meeting at noon
    ("Materials deadline for the magazine is Dec 14th at noon.", ["2026-12-14"]),
    ("The deadline for the ad is Dec 14 at 5pm.", ["2026-12-14"]),
    # ... but a meeting at an hour stays a meeting
    ("Can we meet on Dec 14 at 3pm to talk about the deadline?", []),
    ("We're available Dec 14 at 3pm, the deadline is tight.", []),
    # absences and waiting are not deadlines
    ("I am in holiday until Monday, my colleague Petra will answer.", []),
    ("We waited until 5 December for the proofs, that was too long.", []),
    ("Our office is closed until 4 January.", []),
    # a version number after "the" is not a day
    ("Please use the 2.5. version.", []),
    ("We got the 3/4 of the budget approved.", []),
])
def test_learners_deadlines(text: str, due: list[str]) -> None:
    assert read(text, day_first=True)["due"] == due


@pytest.mark.parametrize(("text", "action"), [
    # changes named as such, their detail in a list or the PDF
    ("Please do the corrections as marked in the PDF.", "edit"),
    ("Please make the corrections marked in the attached file.", "edit"),
    ("Could you implement our feedback from the call?", "edit"),
    ("Can you make the changes by Friday?", "edit"),
    ("Kindly carry out the changes below.", "edit"),
    # a learner's frames
    ("Please to remove the photo of the man in the page 3.", "remove"),
    ("We would like that the logo is more big.", "edit"),
    ("We would like that the logo is bigger.", "edit"),
    ("We prefer to have the date in bold.", "edit"),
    ("For us it would be better if the map is on the right side.", "edit"),
    # critique said with a negation, or of a price printed on the piece
    ("Some small corrections: the phone number is not correct, it is 030 1234567.", "edit"),
    ("The price on the poster is wrong.", "edit"),
    ("price wrong. 49 not 59", "edit"),
    # a phone's announcement without its subject
    ("pushing launch 1 wk", "move_date"),
    ("Moving the shoot to Tuesday.", "move_date"),
    ("Dropping the radio spot from the plan.", "remove"),
    ("Killing the podcast ads.", "cancel"),
    ("Pausing the Meta ads till January.", "hold"),
])
def test_changes_in_other_voices(text: str, action: str) -> None:
    assert read(text)["cr"] == [action]


@pytest.mark.parametrize("text", [
    "I'll make the changes to the contract myself.",
    "Thanks for making the changes so quickly.",
    "Did you make the changes?",
    "Once you make the changes, send a new proof.",
    "We made some changes to the brief.",
    "Please let me know when you have made the changes.",
    "Please make some comments on the draft.",
    "We will do the corrections ourselves.",
    "It would be better if you called me first.",
    "We would like that you call us tomorrow.",
    "We prefer to have a call next week.",
    "The figures are not correct in your invoice.",
    "That's not right, the meeting was on Tuesday.",
    "The price on your invoice is wrong.",
    "Your price is wrong, we agreed 4,000.",
    "The price is too high.",
    "Moving forward, we will use email.",
    "Adding Sarah to the thread.",
    "Pushing for a decision this week.",
    "Moving the call to 3pm.",
    "Moving the office to Berlin next year.",
    "Looking forward to the new designs.",
    "Cutting the budget is not an option.",
    "Removing the old logo from the site took ages.",
    "Thank you for the nice layouts, we like them very much.",
    "Kindly confirm the receipt of this email.",
    "Please to call me tomorrow morning about the offer.",
])
def test_no_change_in_look_alikes(text: str) -> None:
    assert read(text)["cr"] == []


@pytest.mark.parametrize(("text", "count"), [
    ("It is important for us that the colours are exactly like our CI.", 1),
    ("Please pay attention that the logo has always white space around.", 1),
    ("Please pay attention that every ad carries the legal line.", 1),
    ("It is important for us that you understand our situation.", 0),
    ("Please pay attention that the office is closed on Friday.", 0),
])
def test_learners_requirements(text: str, count: int) -> None:
    assert read(text)["req"] == count


@pytest.mark.parametrize("text", [
    "We must reach 500 sign-ups in January.",  # an objective
    "Our budget has to cover print as well.",  # the budget's business
    "The team has to be in Chicago that week.",  # people, not the work
    "Everyone has to be at the kick-off on Monday.",  # a meeting
    "You don't have to send a proof this time.",  # nothing required
    "If you need high-res files, let me know.",  # an offer
    "Do we need bleed on the files?",  # a question
    "I must say the designs look great.",
    "We have to check with our boss first.",
    "It has to be ready by the 15th.",  # a due date
    "Let me know if you need the logo files.",
])
def test_modals_that_set_no_rule(text: str) -> None:
    assert read(text)["req"] == 0


@pytest.mark.parametrize("text", [
    "The logo needs clear space of at least 10mm on every side.",
    "Files need 3mm bleed and crop marks.",
    "The video needs captions for accessibility.",
    "Everything needs to be bilingual, English and French.",
    "Our CEO needs to see it before it goes out.",
    "We can't show alcohol in any of the visuals.",
])
def test_rules_said_with_need(text: str) -> None:
    assert read(text)["req"] == 1


@pytest.mark.parametrize(("text", "count"), [
    ("The point of this is to get families into the store on weekdays.", 1),
    ("Success = 300 RSVPs.", 1),
    ("The whole idea is to reposition us as the premium option.", 1),
    ("We'd like to fill the 40 seats for the March workshop.", 1),
    ("We want to be seen as the local expert for heat pumps.", 1),
    ("What we really want is people signing up for the newsletter.", 1),
    ("The mailer has to bring back lapsed donors.", 1),
    ("We hope to sell out the gala.", 1),
    ("Ultimately it's about getting more test drives booked.", 1),
    ("Need to get the word out about the new location.", 1),
    # look-alikes
    ("The goal posts have moved a bit since our call.", 0),
    ("I want to be seen as soon as possible.", 0),
    ("Success: the shoot went well.", 0),
    ("The email is about more sales training.", 0),
    ("Thanks for getting the word out.", 0),
    ("Please fill the empty space on the right.", 0),
    ("We're trying to find a date for the shoot.", 0),
    ("I hope to get back to you by Friday.", 0),
    ("Traffic to the site doubled after the last campaign.", 0),
])
def test_goals_in_other_words(text: str, count: int) -> None:
    assert read(text)["obj"] == count


@pytest.mark.parametrize("text", [
    "I wonder if we could try a warmer palette.",
    "Not sure about the green, maybe something darker?",
    "What do you think about using the beach photo instead?",
    "I'm not loving the font on the cover.",
    "My boss isn't keen on the stock photo.",
    "The intro feels a bit long.",
    "The blue doesn't quite work for us.",
    "We're not sure the tagline lands.",
    "The layout could do with a bit more white space.",
    "A serif font might work better for the headline.",
    "I feel like the CTA should stand out more.",
    "Is there any chance to move the shoot to the 14th?",
    "Could we see it with the logo at the bottom?",
    "Perhaps a different shot for the cover?",
])
def test_hedged_changes(text: str) -> None:
    assert len(read(text)["cr"]) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "I wonder if you had a nice weekend.",
    "I'm loving the new direction!",
    "The intro feels just right.",
    "The photo looks a bit better now.",
    "Not sure if you saw my last email.",
    "What do you think about a call on Friday?",
    "Tuesday might work better for the call.",
    "Perhaps a different time for the call?",
    "Maybe next year we do a bigger campaign.",
    "I don't like the idea of a call.",
    "We don't love the new office.",
    "I hate the traffic today.",
    "We weren't keen on the first logo, but this one is great.",
    "Is there any chance you are free on Tuesday?",
    "Any chance you could send the invoice again?",
])
def test_no_change_in_hedged_look_alikes(text: str) -> None:
    assert read(text)["cr"] == []
