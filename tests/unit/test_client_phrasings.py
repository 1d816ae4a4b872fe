"""Feedback in the shapes clients use in public collections of client feedback (designers'
blogs, "clients from hell" anthologies, feedback posters), each paraphrased, never copied: a
probe of voices nobody here invented (issue 12, thirty-first session). Before: each of the
13 asks below was read as none. Each beside words that must not read so."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.shapes import ZONE, due, kinds


@pytest.mark.parametrize(("text", "expected"), [
    ("Why can't we just use photos instead of these drawings?", "C--"),
    ("Why can't we meet on Friday?", "---"),
    ("Why is the phone number so small?", "C--"),
    ("Why is the printer so slow?", "---"),
    ("I know the logo is light green, but just this once could it be red?", "C--"),
    ("Could it be ready by Friday?", "---"),
    ("I don't know... it's too blue.", "C--"),
    ("It's too late to change it.", "---"),
    ("It's too long for a Friday.", "---"),
    ("The owner saw option B printed and thinks it's too busy.", "---"),
    ("The boss hates the yellow.", "C--"),
    ("My boss hates Mondays.", "---"),
    ("Not feeling the photo.", "C--"),
    ("Not feeling well today, sorry for the delay.", "---"),
    ("We're not fans of the illustration style.", "C--"),
    ("Headline is meh.", "C--"),
    ("The photo is a no for me.", "C--"),
    ("The answer is no.", "---"),
    ("The whole thing feels a bit flat.", "C--"),
    ("The whole thing feels great.", "---"),
    ("I liked version 1 better.", "C--"),
    ("I liked version 1 better than the competitor's.", "---"),
    ("We liked the original better.", "C--"),
    ("My only note is the date format.", "C--"),
    ("My only note is that we loved it.", "---"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The tone should be friendly but professional.", "-R-"),
    ("The tone should be warmer.", "C--"),
    ("Text on images should be less than 20%.", "-R-"),
    ("Deliverables should be in Figma.", "-R-"),
    ("We need the files as layered PSDs.", "-R-"),
    ("The files should be in your inbox now.", "---"),
])
def test_rules_of_the_trade(text: str, expected: str) -> None:
    assert kinds(text) == expected


SENT = datetime(2029, 8, 6, 10, 0, tzinfo=ZoneInfo(ZONE))  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    ("We go to press on the 22nd.", ["2029-08-22"]),
    ("We went to press on the 2nd.", []),
    ("The event is August 25, so materials need to be ready the week before.", []),
    ("The event is August 25, so materials need to be ready a week before.", ["2029-08-18"]),
    ("The event is August 25, so materials need to be ready the day before.", ["2029-08-24"]),
])
def test_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # South Asian and other learners' English for a fault on the piece
    ("The logo is not coming properly in the mobile view.", "C--"),
    ("Our team is not coming to the event.", "---"),
    ("Photo is not matching with our brand.", "C--"),
    ("The invoice is not matching our PO.", "---"),
    ("Kindly rectify the mistakes at the earliest.", "C--"),
    ("The address is wrongly mentioned.", "C--"),
    ("Text is overlapping on image.", "C--"),
    ("Logo is looking very small.", "C--"),
    ("We are looking very busy this week.", "---"),
    # where a change was asked is no meeting to move
    ("Please change the tagline as discussed on call.", "C--"),
    ("Please change the date of our call.", "---"),
])
def test_learners_faults(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what looks like a change and is none
    ("Feel free to change anything you think needs it.", "---"),
    ("Feel free to swap the photo for the one with the dog.", "C--"),
    ("We need to change our password on the portal.", "---"),
    ("We want to reposition the brand as premium.", "--O"),
    ("Can we shift the brand colour to a darker blue?", "C--"),
])
def test_no_change_asked(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The new manager starts on the 13th.", []),
    ("She starts Monday.", []),
    ("The promo starts August 13.", ["2029-08-13"]),
])
def test_a_persons_first_day_is_no_deadline(text: str, expected: list[str]) -> None:
    assert due(text, SENT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # feedback in the marks people type
    ("Price -> $49", "C--"),
    ('"Summer Sale" → "Summer Savings"', "C--"),
    ("Meeting -> Friday", "---"),
    ("Approved with one change: the date should be Aug 20.", "C--"),
    ("Approved, thanks!", "---"),
    ("Love it! Only thing - phone number in bold please.", "C--"),
    ("Only thing - can you send the invoice to Jen?", "---"),
    ("Everything good except the footer.", "C--"),
    ("Everyone is fine except Tom, he is sick.", "---"),
    ("p.2 - wrong price", "C--"),
    ("p.2 - looks good", "---"),
    ("Headline: make it two lines", "C--"),
    ("Meeting: make it two hours", "---"),
])
def test_marks_and_exceptions(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Flyer geht am 20. August in Druck.", ["2029-08-20"]),
    ("Der Druck war am 2. August.", []),
    ("La campaña se lanza el 1 de septiembre.", ["2029-09-01"]),
])
def test_foreign_print_and_launch_days(text: str, expected: list[str]) -> None:
    assert due(text, SENT, day_first=True) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Merci de respecter notre charte graphique.", "fr", "-R-"),
    ("Pas de photos de stock, s'il vous plaît.", "fr", "-R-"),
    ("Pas de problème, merci !", "fr", "---"),
    ("Bitte halten Sie sich an unser Corporate Design.", "de", "-R-"),
    ("Keine Stockfotos bitte.", "de", "-R-"),
    ("Kein Problem, bitte.", "de", "---"),
    ("Die Schriftgröße darf nicht kleiner als 8 pt sein.", "de", "-R-"),
    ("Por favor, respetad el manual de marca.", "es", "-R-"),
    ("Nada de fotos de banco de imágenes.", "es", "-R-"),
    ("Nada de prisa.", "es", "---"),
])
def test_foreign_rules(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Je ne suis pas fan de la typo.", "fr", "C--"),
    ("Je suis fan de la typo.", "fr", "---"),
    ("Der letzte Absatz kann raus.", "de", "C--"),
    ("Der Müll muss raus.", "de", "---"),
])
def test_foreign_changes(text: str, language: str, expected: str) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No more than 3 colours per piece.", "-R-"),
    ("The sign can be no bigger than 4 x 8 ft.", "-R-"),
    ("Can the logo be bigger than the headline?", "C--"),
    ("We're a halal restaurant, so no images of alcohol or pork please.", "-R-"),
    ("We are closed Monday, so no worries about the call.", "---"),
])
def test_limits_and_bans(text: str, expected: str) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # asks put as a thought
    ("Would it be too much to ask for a darker blue?", "C--"),
    ("Would it be too much to ask for a call tomorrow?", "---"),
    ("Thoughts on making the CTA orange?", "C--"),
    ("Thoughts on moving the call to Friday?", "---"),
    ("Can we play with the layout a bit?", "C--"),
    ("The kids can play with the toys.", "---"),
    ("Just a thought - a photo of the team might be nice on the about page.", "C--"),
    ("A dinner might be nice on the weekend.", "---"),
    ("Would a warmer photo work better?", "C--"),
    ("Would Tuesday work better?", "---"),
])
def test_asks_put_as_a_thought(text: str, expected: str) -> None:
    assert kinds(text) == expected


def _moves(text: str) -> tuple[list[str], list[str], bool]:
    from intake.parsers.extract import extract

    found = extract(text, sent_at=SENT, timezone=ZONE)
    return ([d.date.isoformat() for d in found.due_dates],
            [d.date.isoformat() for d in found.replaced_dates], bool(found.change_requests))


@pytest.mark.parametrize(("text", "expected"), [
    # a day moved, told as news: a change, the new day due, the old one replaced
    ("The drop date moved up a week, to August 13.", (["2029-08-13"], [], True)),
    ("The print date slipped from Aug 14 to Aug 16.", (["2029-08-16"], ["2029-08-14"], True)),
    ("Launch is now 8/27 (was 8/20).", (["2029-08-27"], ["2029-08-20"], True)),
    ("New deadline: August 24 (previously August 17).", (["2029-08-24"], ["2029-08-17"], True)),
    ("Could the deadline be extended to Monday the 13th?", (["2029-08-13"], [], True)),
    ("The offer was extended to Friday.", ([], [], False)),
    ("The deadline moved last year too.", ([], [], False)),
])
def test_days_moved(text: str, expected: tuple[list[str], list[str], bool]) -> None:
    assert _moves(text) == expected
