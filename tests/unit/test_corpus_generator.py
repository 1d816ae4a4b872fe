"""The benchmark corpus generator: deterministic, parseable, varied, within its size bounds.

Input: ``benchmarks.corpus.generate``. Output: assertions only. Shapes are
recognised from the parsed messages, not from the generator's own labels.
"""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

import pytest

from benchmarks.corpus import MAX_SIZE, MIN_SIZE, generate

N = 40


@pytest.fixture(scope="module")
def corpus() -> list[bytes]:
    return list(generate(N))


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _shapes(msg: EmailMessage) -> set[str]:
    """The shapes one message shows, judged from its structure and headers."""
    shapes: set[str] = set()
    subject = str(msg["Subject"])
    types = [part.get_content_type() for part in msg.walk()]
    encodings = {str(part.get("Content-Transfer-Encoding", "")).lower() for part in msg.walk()}
    if msg.get_content_type() == "text/plain" and not msg["In-Reply-To"]:
        shapes.add("plain")
    if msg.get_content_type() == "text/html":
        shapes.add("html_only")
    if "multipart/alternative" in types:
        shapes.add("alternative")
    if "quoted-printable" in encodings:
        shapes.add("quoted_printable")
    if any(
        part.get_content_maintype() == "text" and part.get("Content-Transfer-Encoding") == "base64"
        for part in msg.walk()
    ):
        shapes.add("base64")
    if any(
        part.get_content_disposition() == "attachment"
        and part.get_content_maintype() not in ("message", "text")
        for part in msg.walk()
    ):
        shapes.add("attachment")
    if "message/rfc822" in types:
        shapes.add("forward_rfc822")
    body = msg.get_body(("plain", "html"))
    text = body.get_content() if body is not None else ""
    if "---------- Forwarded message ---------" in text:
        shapes.add("forward_gmail")
    if "________________________________\nFrom:" in text:
        shapes.add("forward_outlook")
    if "Begin forwarded message:" in text:
        shapes.add("forward_apple")
    if msg["In-Reply-To"] and ("wrote:\n>" in text or "-----Original Message-----" in text):
        shapes.add("reply")
    if msg["Auto-Submitted"] == "auto-replied":
        shapes.add("auto_reply")
    if not (text + subject + str(msg["From"])).isascii():
        shapes.add("non_ascii")
    return shapes


def test_count_is_exact() -> None:
    assert len(list(generate(0))) == 0
    assert len(list(generate(1))) == 1
    assert len(list(generate(37))) == 37


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        list(generate(-1))


def test_same_seed_same_bytes_and_prefix_stable(corpus: list[bytes]) -> None:
    assert list(generate(N)) == corpus
    assert list(generate(10)) == corpus[:10]


def test_other_seed_other_messages(corpus: list[bytes]) -> None:
    other = list(generate(N, seed=8))
    assert len(other) == N
    assert not set(other) & set(corpus)


def test_every_message_parses_without_defects(corpus: list[bytes]) -> None:
    for raw in corpus:
        msg = _parse(raw)
        assert msg["From"].addresses, raw[:200]
        assert msg["Date"].datetime.tzinfo is not None
        for part in msg.walk():
            assert not part.defects, (msg["Message-ID"], part.defects)
            if not part.is_multipart():
                part.get_content()  # raises on a bad encoding or charset


def test_sizes_within_bounds_and_spread(corpus: list[bytes]) -> None:
    sizes = sorted(len(raw) for raw in corpus)
    assert sizes[0] >= MIN_SIZE
    assert sizes[-1] <= MAX_SIZE
    assert sizes[-1] - sizes[0] > 10 * 1024


def test_message_ids_unique() -> None:
    ids = [str(_parse(raw)["Message-ID"]) for raw in generate(100)]
    assert all(mid.startswith("<") and mid.endswith(">") for mid in ids)
    assert len(set(ids)) == len(ids)


def test_dates_spread_over_months(corpus: list[bytes]) -> None:
    dates = [parsedate_to_datetime(str(_parse(raw)["Date"])) for raw in corpus]
    months = {(d.year, d.month) for d in dates}
    assert len(months) >= 4
    assert max(dates) - min(dates) > timedelta(days=90)


def test_replies_answer_an_earlier_message_after_it_was_sent(corpus: list[bytes]) -> None:
    seen: dict[str, EmailMessage] = {}
    replies = 0
    for raw in corpus:
        msg = _parse(raw)
        parent_id = msg["In-Reply-To"]
        if parent_id:
            replies += 1
            parent = seen[str(parent_id)]
            assert str(msg["Subject"]).lower().startswith("re:")
            assert msg["Date"].datetime > parent["Date"].datetime
            assert msg["To"].addresses[0].addr_spec == parent["From"].addresses[0].addr_spec
        seen[str(msg["Message-ID"])] = msg
    assert replies >= 3


def test_variety_of_shapes(corpus: list[bytes]) -> None:
    found: set[str] = set()
    for raw in corpus:
        found |= _shapes(_parse(raw))
    expected = {
        "plain",
        "html_only",
        "alternative",
        "quoted_printable",
        "base64",
        "attachment",
        "forward_gmail",
        "forward_outlook",
        "forward_apple",
        "forward_rfc822",
        "reply",
        "auto_reply",
        "non_ascii",
    }
    assert expected <= found, expected - found
