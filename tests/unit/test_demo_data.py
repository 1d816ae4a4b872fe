"""The bundled demo mailbox and the classification cases are consistent with demo.toml.

Input: ``intake/demo/`` and ``tests/data/classify/``. Output: assertions only.
These check the data itself (parseable, threaded, labelled consistently with
the configured clients), so a classifier test can trust it.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import tomllib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import mailparser
import pytest

import intake.demo

DEMO = Path(intake.demo.__file__).parent
CUR = DEMO / "maildir" / "cur"
CLASSIFY = Path(__file__).parents[1] / "data" / "classify"
KINDS = {"client", "ae", "draft_reply", "ignored"}
REASONS = {"auto-generated", "bulk", "bounce", "out-of-office", "own-mail", "unknown-sender"}


@pytest.fixture(scope="module")
def config() -> dict:
    with (DEMO / "demo.toml").open("rb") as fh:
        return tomllib.load(fh)


def _parse(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _client_of(address: str, config: dict) -> str | None:
    address = address.lower()
    domain = address.rpartition("@")[2]
    for client in config["clients"]:
        if domain in client["domains"] or address in client["contacts"]:
            return client["name"]
    return None


def _addresses(msg: EmailMessage, *names: str) -> list[str]:
    values = [str(v) for name in names for v in msg.get_all(name, [])]
    return [addr.lower() for _, addr in getaddresses(values)]


def _demo() -> list[tuple[Path, EmailMessage]]:
    return [(path, _parse(path)) for path in sorted(CUR.iterdir())]


def test_demo_config_names_agency_and_four_clients(config: dict) -> None:
    agency = config["agency"]
    assert agency["ae"] == "dana@brightline.example"
    assert agency["intake"] == "intake@brightline.example"
    assert agency["timezone"] == "America/New_York"
    domains = {c["name"]: c["domains"] for c in config["clients"]}
    assert domains == {
        "Harbor Foods": ["harborfoods.example"],
        "Northwind Bank": ["northwindbank.example"],
        "Alpine Tours": ["alpinetours.example"],
        "Kestrel Software": ["kestrel.example"],
    }
    assert all(c["timezone"] for c in config["clients"])
    assert (DEMO / config["mailboxes"][0]["path"] / "cur") == CUR


def test_demo_files_are_named_by_date_and_dated_2027_q1() -> None:
    mails = _demo()
    assert len(mails) >= 20
    for path, msg in mails:
        match = re.fullmatch(r"(\d+)\.M(\d+)P1\.demo:2,S", path.name)
        assert match, path.name
        when = msg["Date"].datetime
        assert int(match.group(1)) == int(when.timestamp()), path.name
        assert datetime(2027, 1, 1, tzinfo=UTC) <= when < datetime(2027, 4, 1, tzinfo=UTC)


def test_demo_mail_parses_cleanly_with_stdlib_and_mail_parser() -> None:
    for path, msg in _demo():
        assert msg["From"].addresses, path.name
        for part in msg.walk():
            assert not part.defects, (path.name, part.defects)
            if not part.is_multipart():
                part.get_content()
        parsed = mailparser.parse_from_bytes(path.read_bytes())
        assert parsed.from_ and parsed.date is not None, path.name


def test_demo_threads_resolve_and_message_ids_are_unique() -> None:
    mails = _demo()
    ids = [str(msg["Message-ID"]) for _, msg in mails]
    assert len(set(ids)) == len(ids)
    replies = 0
    for path, msg in mails:
        for ref in [*str(msg.get("References", "")).split(), str(msg.get("In-Reply-To", ""))]:
            if ref:
                assert ref in ids, (path.name, ref)
                replies += 1
    assert replies >= 6
    # One reply lost its headers: same subject with "RE:", no In-Reply-To.
    orphans = [
        msg
        for _, msg in mails
        if str(msg["Subject"]).upper().startswith("RE:") and not msg["In-Reply-To"]
    ]
    assert orphans
    subjects = {str(msg["Subject"]) for _, msg in mails if not msg["In-Reply-To"]}
    assert any(str(o["Subject"])[4:] in subjects for o in orphans)


def test_demo_covers_every_shape(config: dict) -> None:
    mails = [msg for _, msg in _demo()]
    ae = config["agency"]["ae"]
    intake_address = config["agency"]["intake"]

    def text(msg: EmailMessage) -> str:
        body = msg.get_body(("plain", "html"))
        return body.get_content() if body is not None else ""

    def has(predicate) -> bool:
        return any(predicate(m) for m in mails)

    to_intake = [m for m in mails if intake_address in _addresses(m, "To")]
    assert has(lambda m: m["Auto-Submitted"] == "auto-replied" and "out of the office" in text(m))
    assert has(lambda m: m.get_content_type() == "multipart/report")
    assert has(lambda m: "mailer-daemon" in str(m["From"]).lower())
    assert has(lambda m: m["List-Id"] and m["Precedence"] == "bulk")
    assert has(lambda m: m.get_content_type() == "text/html")
    assert has(
        lambda m: m["Content-Transfer-Encoding"] == "quoted-printable" and not text(m).isascii()
    )
    assert has(
        lambda m: _addresses(m, "From") == [ae] and _client_of(_addresses(m, "To")[0], config)
    )
    assert any("---------- Forwarded message ---------" in text(m) for m in to_intake)
    assert any("________________________________\nFrom:" in text(m) for m in to_intake)
    assert any("Begin forwarded message:" in text(m) for m in to_intake)
    assert any("message/rfc822" in {p.get_content_type() for p in m.walk()} for m in to_intake)
    assert any(text(m).count("From:") >= 2 for m in to_intake)  # a forward of a forward
    known = {c["name"] for c in config["clients"]}
    senders = [_addresses(m, "From")[0] for m in mails]
    assert {_client_of(s, config) for s in senders} >= known
    assert any(
        _client_of(s, config) is None and not s.endswith("brightline.example") for s in senders
    )


def test_classify_cases_match_files_and_schema(config: dict) -> None:
    expected = json.loads((CLASSIFY / "expected.json").read_text())
    assert set(expected) == {p.name for p in CLASSIFY.glob("*.eml")}
    assert len(expected) >= 30
    names = {c["name"] for c in config["clients"]}
    for name, case in expected.items():
        assert set(case) == {"kind", "reason", "original_sender", "client"}, name
        assert case["kind"] in KINDS, name
        if case["kind"] == "ignored":
            assert case["reason"] in REASONS and case["client"] is None, name
        elif case["kind"] == "draft_reply":
            assert case["reason"] is None and case["original_sender"] is None, name
        else:
            assert case["reason"] is None and case["client"] in names, name
    reasons = {case["reason"] for case in expected.values()} - {None}
    assert reasons == REASONS


def test_classify_labels_agree_with_the_configuration(config: dict) -> None:
    expected = json.loads((CLASSIFY / "expected.json").read_text())
    ae = config["agency"]["ae"]
    intake_address = config["agency"]["intake"]
    for name, case in expected.items():
        msg = _parse(CLASSIFY / name)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
        sender = _addresses(msg, "From")[0]
        if case["original_sender"]:
            assert sender == ae and intake_address in _addresses(msg, "To"), name
            assert _client_of(case["original_sender"], config) == case["client"], name
            assert case["original_sender"] in msg.as_string().lower(), name
        elif case["kind"] == "client":
            assert _client_of(sender, config) == case["client"], name
        elif case["kind"] == "ae":
            assert sender == ae, name
            recipients = {_client_of(a, config) for a in _addresses(msg, "To", "Cc")}
            assert case["client"] in recipients, name
        elif case["reason"] == "unknown-sender":
            assert _client_of(sender, config) is None, name
            assert not sender.endswith("@brightline.example"), name
