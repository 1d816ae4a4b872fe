"""Benchmark: the cost of reading one AE reply (token, sender check, command).

Input: the reply samples of tests/data/replies (Outlook, Gmail, Apple Mail,
Thunderbird; HTML-only, top- and bottom-posted). Output: printed figures,
best of N rounds: tokens issued and verified per second, replies parsed into
commands per second (``parse_reply`` on an already parsed mail, and with
``parse_message`` included), sender checks per second from a trusted
Authentication-Results header, and from a DKIM check done here (dkimpy, a
1024-bit test key, no DNS). Run: ``.venv/bin/python benchmarks/replies.py [rounds]``.
"""

from __future__ import annotations

import base64
import functools
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from intake.drafts.authcheck import dkim_pass_domains, sender_authenticated
from intake.drafts.commands import parse_reply
from intake.drafts.tokens import issue_token, verify_token
from intake.parsers.mime import parse_message

ROOT = Path(__file__).resolve().parent.parent
AE = "jane.doe@northwind.example"
KEY = b"benchmark-key-0123456789"
NOW = datetime(2026, 11, 26, 22, 0, tzinfo=UTC)


def _best(label: str, call: Callable[[], int], rounds: int) -> None:
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        count = call()
        best = max(best, count / (time.perf_counter() - start))
    print(f"{label:<52} {best:>10,.0f} /s")


def _dkim_signed() -> tuple[bytes, Callable]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
    raw = (ROOT / "tests/data/replies/gmail_confirm.eml").read_bytes()
    signed = dkim.sign(raw, b"s1", b"northwind.example", private, include_headers=[b"from"])
    return signed + raw, functools.partial(dkim_pass_domains, dnsfunc=lambda n, timeout=5: record)


def main(rounds: int) -> None:
    raws = [p.read_bytes() for p in sorted((ROOT / "tests/data/replies").glob("*.eml"))]
    mails = [parse_message(raw) for raw in raws]
    token = issue_token(key=KEY, draft_id=1, version=1, ae=AE, issued_at=NOW)
    print(f"{len(raws)} reply samples, best of {rounds} rounds")

    def issue() -> int:
        for i in range(5000):
            issue_token(key=KEY, draft_id=i, version=1, ae=AE, issued_at=NOW)
        return 5000

    def verify() -> int:
        for _ in range(5000):
            verify_token(token, key=KEY, ae=AE, now=NOW)
        return 5000

    def commands() -> int:
        for _ in range(50):
            for mail in mails:
                parse_reply(mail)
        return 50 * len(mails)

    def parse_and_command() -> int:
        for raw in raws:
            parse_reply(parse_message(raw))
        return len(raws)

    trusted = b"Authentication-Results: mx.northwind.example; dmarc=pass\r\n" + raws[0]
    trusted_mail = parse_message(trusted)

    def check_header() -> int:
        for _ in range(2000):
            sender_authenticated(trusted_mail, ae=AE, trusted_authserv_id="mx.northwind.example")
        return 2000

    signed, verify_dkim = _dkim_signed()
    signed_mail = parse_message(signed)

    def check_dkim() -> int:
        for _ in range(200):
            verdict = sender_authenticated(
                signed_mail,
                ae=AE,
                trusted_authserv_id="mx.northwind.example",
                raw=signed,
                dkim_verify=verify_dkim,
            )
            assert verdict.ok, verdict
        return 200

    _best("issue_token", issue, rounds)
    _best("verify_token", verify, rounds)
    _best("parse_reply (parsed mail)", commands, rounds)
    _best("parse_message + parse_reply", parse_and_command, rounds)
    _best("sender_authenticated (trusted A-R header)", check_header, rounds)
    _best("sender_authenticated (DKIM here, 1024-bit, no DNS)", check_dkim, rounds)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
