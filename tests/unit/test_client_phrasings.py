"""Feedback in the shapes clients use in public collections of client feedback (designers'
blogs, "clients from hell" anthologies, feedback posters), each paraphrased, never copied: a
probe of voices nobody here invented (issue 12, thirty-first session). Before: each of the
13 asks below was read as none. Each beside words that must not read so."""

from __future__ import annotations

import pytest

from tests.unit.shapes import kinds


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
