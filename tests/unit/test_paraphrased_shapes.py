"""Shapes of ``tests/data/statements/paraphrased_phrasings.py`` (the shapes earlier blind mail
was missed on, said in new words; scored blind before any rule was written: change requests
recall 0.444 on the tune half). Each rule comes with look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from intake.parsers.statements import extract_statements


def _kinds(sentence: str) -> str:
    changes, requirements, objectives = extract_statements(sentence)
    return "".join(k for k, found in zip("CRO", (changes, requirements, objectives), strict=True)
                   if found)


@pytest.mark.parametrize(("sentence", "kinds"), [
    # change verbs that are also nouns: an order only before their object
    ("The voiceover is rushing the last line, slow it down a touch.", "C"),
    ("Could you speed up the intro?", "C"),
    ("Is there room to fit the allergy note under each dish?", "C"),
    ("Fit and finish are great.", ""),
    ("Speed is everything for us.", ""),
    ("The slow pan at the start is lovely.", ""),
    # items of a piece put in another order
    ("Could the vegan dishes go at the top of the menu?", "C"),
    ("Can the pumpkin pie be listed first?", "C"),
    ("Can the bride go first?", ""),
    ("Could the kids go to the front of the line?", ""),
    # a piece that would sit, sound or flow better
    ("Thinking about it more, the logo would sit better bottom right.", "C"),
    ("Tuesday would work better for the call.", ""),
    # a piece wished to come across otherwise
    ("We'd love the copy to sound a bit less corporate.", "C"),
    ("I'd like the logo to look a touch bigger.", "C"),
    ("We'd love the launch to feel special.", ""),
    ("We'd like the video to reach more people.", "O"),  # a goal, no look
    # another go, another take
    ("Could you have another go at the intro paragraph?", "C"),
    ("I'll have another go at the forms tomorrow.", ""),
    ("The kids in the hero shot look a bit staged; is there another take we could use?", "C"),
    ("Is there another meeting this week?", ""),
    # a learner's "it misses"
    ("It misses the logo of our partner on the last page.", "C"),
    ("She misses the old logo.", ""),
    ("Honestly it misses the point of the event.", ""),
    # one word for another, a quoted word found wanting and another offered
    ("We'd prefer 'customers' over 'clients' throughout.", "C"),
    ("We'd prefer Tuesday over Monday for the call.", ""),
    ("Also the button text - 'Submit' feels cold, maybe 'Send my request'?", "C"),
    ("We called the sale 'Spring Fling' last year.", ""),
    # unsure asks
    ("I'm wondering if the banner could run a week longer than planned.", "C"),
    ("I wonder if the event will be bigger this year.", ""),
    ("Mind giving the background a bit more contrast?", "C"),
    ("Would you mind giving me a call tomorrow?", ""),
    ("What would it take to add a Spanish subtitle track?", "C"),
    ("What would it take to get you to Denver?", ""),
    # a piece found wanting in an idiom
    ("Hmm, the headline is a bit of a mouthful.", "C"),
    ("Honestly the whole week has been a bit of a mouthful.", ""),
    # a correction said with "should credit ..., not ..."
    ("The caption under photo 3 should credit Maria Lopez, not Mario.", "C"),
    # a person moving is no date moved
    ("My colleague will move to the Denver office next month.", ""),
    ("The launch will move to May 3.", "C"),
])
def test_changes_said_in_other_words(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Heads up: the printer only takes PDF/X-1a files.", "R"),
    ("The printer only takes cash.", ""),
    ("The venue only takes bookings by phone.", ""),
    ("No more than two fonts on any page.", "R"),
    ("Max 3 hashtags per post.", "R"),
    ("No more than two people came to the launch.", ""),
    ("Our owner is strict that the food photos are never retouched.", "R"),
    ("She was firm that we had missed the deadline.", ""),
])
def test_rules_said_through_others_and_limits(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("If we can get 10,000 views on the launch video, we'll be happy.", "O"),
    ("We'll be happy with 300 new subscribers.", "O"),
    ("If you send 200 samples, we'll be happy to test them.", ""),
])
def test_a_goal_said_as_what_would_please(sentence: str, kinds: str) -> None:
    assert _kinds(sentence) == kinds
