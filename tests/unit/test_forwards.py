"""Forward chains found in body text, and the dates clients print in them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from intake.parsers.dates.headers import parse_loose_date
from intake.parsers.forwards import is_forward_subject, split_forwards
from intake.parsers.types import Address

EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mon, Mar 3, 2026 at 10:00 AM", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("Monday, March 3, 2026 10:00 AM", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("March 3, 2026 at 10:00:00 AM EST", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("March 3, 2026 at 10:00:00 AM PDT", datetime(2026, 3, 3, 17, 0, tzinfo=UTC)),
        ("Tue, 3 Mar 2026 10:00:00 +0100", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("Mon, Mar 3, 2026 at 12:30 PM", datetime(2026, 3, 3, 17, 30, tzinfo=UTC)),
        ("lundi 3 mars 2026 10:00", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("Dienstag, 3. März 2026 10:00", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("martes, 3 de marzo de 2026 10:00", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("sometime soon", None),
        ("", None),
    ],
)
def test_loose_dates(value: str, expected: datetime | None) -> None:
    assert parse_loose_date(value, default_tz=EST) == expected


def test_loose_date_without_zone_or_default_is_utc() -> None:
    assert parse_loose_date("March 3, 2026 10:00") == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [("FW: Budget", True), ("Fwd: x", True), ("TR: x", True), ("WG: x", True),
     ("RE: FW: x", True), ("[EXT] Fwd: x", True), ("RE: Budget", False), ("Fwx", False)],
)  # fmt: skip
def test_forward_subjects(subject: str, expected: bool) -> None:
    assert is_forward_subject(subject) is expected


OUTLOOK_BLOCK = (
    "-----Original Message-----\nFrom: Maria Lopez [mailto:maria@harborfoods.example]\n"
    "Sent: Monday, March 2, 2026 10:00 AM\nTo: Sam Lee\nSubject: Budget\n\n$7,500 now."
)


def test_outlook_block_is_a_forward_only_under_a_forward_subject() -> None:
    forward = split_forwards(f"FYI\n\n{OUTLOOK_BLOCK}", subject="FW: Budget")
    assert forward.lead.new_text == "FYI"
    (hop,) = forward.hops
    assert (hop.style, hop.sender, hop.text) == (
        "outlook",
        Address("Maria Lopez", "maria@harborfoods.example"),
        "$7,500 now.",
    )
    reply = split_forwards(f"FYI\n\n{OUTLOOK_BLOCK}", subject="RE: Budget")
    assert reply.hops == ()
    assert reply.lead.quoted_text.startswith("-----Original Message-----")


def test_a_quoted_reply_is_not_a_forward_even_when_it_quotes_one() -> None:
    text = (
        "Agreed.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Sam wrote:\n"
        "> ---------- Forwarded message ---------\n> From: Maria <m@x.example>\n"
    )
    split = split_forwards(text, subject="Re: Fwd: x")
    assert split.hops == ()
    assert split.lead.new_text == "Agreed."


def test_forward_marker_after_a_reply_header_belongs_to_the_quote() -> None:
    text = (
        "Agreed.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Sam wrote:\n\n"
        "---------- Forwarded message ---------\nFrom: Maria <m@x.example>\n\nhello"
    )
    assert split_forwards(text, subject="Re: x").hops == ()


def test_wrapped_recipient_lines_and_missing_fields() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Maria <m@x.example>\n"
        "To: Sam <s@agency.example>, Bob <b@x.example>,\n Ana <a@x.example>\n\nBody."
    )
    (hop,) = split_forwards(text, subject="Fwd").hops
    assert [a.email for a in hop.to] == ["s@agency.example", "b@x.example", "a@x.example"]
    assert hop.date is None and hop.subject == ""
    assert hop.text == "Body."
    assert hop.note == ""


def test_chain_depth_is_bounded() -> None:
    block = "---------- Forwarded message ---------\nFrom: A <a@x.example>\nSubject: s\n\nnote\n"
    split = split_forwards(block * 50, subject="Fwd: s")
    assert 1 <= len(split.hops) <= 10


def test_ios_mail_forward_quotes_the_forwarded_message() -> None:
    text = (
        "See below.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
        "> From: Ana Ruiz <ana@harborfoods.example>\n> Date: March 3, 2026 at 10:00:00 AM EST\n"
        "> To: Maria Lopez <maria@harborfoods.example>\n> Subject: Sizes\n> \n"
        "> We need 300x250 too.\n"
    )
    split = split_forwards(text, subject="Fwd: Sizes")
    assert split.lead.new_text == "See below."
    assert split.lead.signature == "Sent from my iPhone"
    (hop,) = split.hops
    assert hop.sender == Address("Ana Ruiz", "ana@harborfoods.example")
    assert hop.subject == "Sizes"
    assert hop.text == "We need 300x250 too."


def test_apple_mail_forward_quoted_from_its_marker_line() -> None:
    text = (
        "From Sam, please track.\n\n> Begin forwarded message:\n>\n"
        "> From: Sam Whitfield <sam@kestrel.example>\n> Subject: Revised copy\n"
        "> Date: January 22, 2027 at 11:03:27 AM PST\n> To: Dana <dana@agency.example>\n>\n"
        "> We need the revised page by Wednesday.\n"
    )
    split = split_forwards(text, subject="Fwd: Revised copy")
    assert split.lead.new_text == "From Sam, please track."
    (hop,) = split.hops
    assert hop.sender == Address("Sam Whitfield", "sam@kestrel.example")
    assert hop.text == "We need the revised page by Wednesday."


def test_a_quoted_forward_marker_under_a_reply_subject_stays_history() -> None:
    text = "Thanks!\n\n> Begin forwarded message:\n>\n> From: A <a@x.example>\n>\n> old\n"
    assert split_forwards(text, subject="Re: Revised copy").hops == ()
