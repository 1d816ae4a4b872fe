"""Sender authentication of replies: each refusal, the Authentication-Results reader,
alignment, and DKIM checked here with a key made for the test (no DNS)."""

from __future__ import annotations

import base64
import functools
from email.message import EmailMessage

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.drafts.authcheck import (
    dkim_pass_domains,
    domains_aligned,
    parse_authentication_results,
    sender_authenticated,
)
from intake.parsers.mime import parse_message

AE = "jane.doe@northwind.example"
MX = "mx.northwind.example"
GOOD_AR = (
    f"{MX}; dkim=pass header.d=northwind.example header.s=s1; "
    "dmarc=pass header.from=northwind.example"
)


def _raw(*, headers: list[tuple[str, str]] = (), body: str = "confirm\n") -> bytes:
    message = EmailMessage()
    names = {name.lower() for name, _ in headers}
    if "from" not in names:
        message["From"] = f"Jane Doe <{AE}>"
    message["To"] = "intake+token@northwind.example"
    message["Subject"] = "Re: [Draft] Change order #12"
    message["Date"] = "Thu, 26 Nov 2026 21:52:04 +0000"
    message["Message-ID"] = "<reply-1@northwind.example>"
    for name, value in headers:
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


def _with_ar(*values: str, extra: list[tuple[str, str]] = ()) -> bytes:
    """A message as the receiving server leaves it: its A-R lines on top, in order."""
    raw = _raw(headers=list(extra))
    top = "".join(f"Authentication-Results: {v}\r\n" for v in values).encode()
    return top + raw


def _verdict(message: bytes, *, trusted: str | None = MX, **kwargs):
    mail = parse_message(message)
    return sender_authenticated(mail, ae=AE, trusted_authserv_id=trusted, **kwargs)


# --- the checks every reply must pass ----------------------------------------------


def test_the_ae_with_a_trusted_dmarc_pass_is_accepted():
    verdict = _verdict(_with_ar(GOOD_AR))
    assert (verdict.ok, verdict.reason) == (True, "ok")


def test_without_a_trusted_server_only_the_basic_checks_run():
    assert _verdict(_raw(), trusted=None).ok


def test_display_name_and_case_do_not_matter():
    raw = _raw(headers=[("From", '"Doe, Jane" <Jane.Doe@Northwind.Example>')])
    assert _verdict(raw, trusted=None).ok


def test_forged_from_is_refused():
    raw = _raw(headers=[("From", f'"{AE}" <jane.doe@northwind-example.com>')])
    assert _verdict(raw, trusted=None).reason == "not-ae"


def test_two_from_addresses_are_refused():
    raw = _raw(headers=[("From", f"{AE}, mallory@evil.example")])
    assert _verdict(raw, trusted=None).reason == "multiple-from"


def test_two_from_headers_are_refused():
    raw = f"From: {AE}\r\n".encode() + _raw()
    assert _verdict(raw, trusted=None).reason == "multiple-from"


def test_no_from_is_refused():
    raw = _raw(headers=[("From", "undisclosed-recipients:;")])
    assert _verdict(raw, trusted=None).reason == "no-from"


def test_sender_other_than_the_ae_is_refused():
    raw = _raw(headers=[("Sender", "assistant@northwind.example")])
    verdict = _verdict(raw, trusted=None)
    assert (verdict.ok, verdict.reason) == (False, "sender-mismatch")


def test_sender_equal_to_the_ae_is_fine():
    assert _verdict(_raw(headers=[("Sender", f"Jane <{AE.upper()}>")]), trusted=None).ok


@pytest.mark.parametrize(
    "header",
    [
        ("Auto-Submitted", "auto-replied"),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("X-Autoreply", "yes"),
    ],
)
def test_auto_generated_reply_is_refused(header):
    verdict = _verdict(_with_ar(GOOD_AR, extra=[header]))
    assert (verdict.ok, verdict.reason) == (False, "auto-generated")


# --- the trusted Authentication-Results ----------------------------------------------


def test_a_r_from_another_authserv_id_only_is_refused():
    raw = _with_ar(GOOD_AR.replace(MX, "mx.evil.example"))
    assert _verdict(raw).reason == "no-auth-results"


def test_a_r_fail_is_refused():
    raw = _with_ar(f"{MX}; spf=pass smtp.mailfrom=northwind.example; dkim=fail; dmarc=fail")
    verdict = _verdict(raw)
    assert (verdict.ok, verdict.reason) == (False, "auth-fail")
    assert MX in verdict.detail


def test_spf_pass_alone_is_not_enough():
    raw = _with_ar(f"{MX}; spf=pass smtp.mailfrom=northwind.example")
    assert _verdict(raw).reason == "auth-fail"


def test_dkim_pass_of_an_unaligned_domain_is_refused():
    raw = _with_ar(f"{MX}; dkim=pass header.d=evil.example; dmarc=none")
    assert _verdict(raw).reason == "dkim-unaligned"


def test_dkim_pass_of_a_sibling_under_a_public_suffix_is_refused():
    verdict = sender_authenticated(
        parse_message(
            _with_ar(
                "mx.agency.co.uk; dkim=pass header.d=evil.co.uk",
                extra=[("From", "ae@agency.co.uk")],
            )
        ),
        ae="ae@agency.co.uk",
        trusted_authserv_id="mx.agency.co.uk",
    )
    assert verdict.reason == "dkim-unaligned"


def test_aligned_dkim_pass_without_dmarc_is_accepted():
    raw = _with_ar(f"{MX}; dkim=pass header.d=mail.northwind.example; dmarc=none")
    assert _verdict(raw).ok


def test_dkim_aligned_by_header_i():
    raw = _with_ar(f"{MX}; dkim=pass header.i=@northwind.example header.s=s1")
    assert _verdict(raw).ok


def test_dmarc_pass_for_another_from_domain_is_refused():
    raw = _with_ar(f"{MX}; dmarc=pass header.from=evil.example")
    assert _verdict(raw).reason == "auth-fail"


def test_a_r_written_by_the_sender_below_the_trusted_one_is_ignored():
    genuine = f"{MX}; spf=softfail; dkim=none; dmarc=fail header.from=northwind.example"
    raw = _with_ar(genuine, extra=[("Authentication-Results", GOOD_AR)])
    assert _verdict(raw).reason == "auth-fail"


def test_the_topmost_trusted_header_wins_over_other_ids_above_it():
    raw = _with_ar(
        "mx.relay.example; dmarc=fail",  # a relay's opinion does not count either way
        GOOD_AR,
        f"{MX}; dmarc=fail",  # older, lower: ignored
    )
    assert _verdict(raw).ok


def test_authserv_id_compares_case_insensitively():
    raw = _with_ar(GOOD_AR.replace(MX, MX.upper()))
    assert _verdict(raw).ok


def test_folded_commented_header_from_a_real_server():
    value = (
        f"{MX} 1;\r\n\tdkim=pass (2048-bit key; unprotected)\r\n"
        '\theader.d=northwind.example header.i=@northwind.example header.b="Xy12 Ab";\r\n'
        "\tdmarc=pass (p=quarantine dis=none) header.from=northwind.example"
    )
    assert _verdict(_with_ar(value)).ok


# --- the parser itself -------------------------------------------------------------


def test_parse_rfc8601_example_with_comments_and_versions():
    parsed = parse_authentication_results(
        "example.com 1; auth=pass (cram-md5) smtp.auth=sender@example.net; spf/1 = pass "
        '(good (nested) comment) smtp.mailfrom="sender@example.net"; sender-id=fail '
        'header.from=example.com; dkim=pass reason="good signature" '
        "header.i=@mail-router.example.net"
    )
    assert parsed.authserv_id == "example.com"
    assert [(r.method, r.result) for r in parsed.results] == [
        ("auth", "pass"),
        ("spf", "pass"),
        ("sender-id", "fail"),
        ("dkim", "pass"),
    ]
    assert parsed.results[1].props == {"smtp.mailfrom": "sender@example.net"}
    assert parsed.results[3].props["reason"] == "good signature"
    assert parsed.results[3].props["header.i"] == "@mail-router.example.net"


def test_parse_no_result():
    parsed = parse_authentication_results("example.org 1; none")
    assert (parsed.authserv_id, parsed.results) == ("example.org", ())


def test_parse_microsoft_idless_header_has_no_authserv_id():
    parsed = parse_authentication_results(
        "spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=northwind.example; dkim=pass "
        "(signature was verified) header.d=northwind.example;dmarc=pass action=none "
        "header.from=northwind.example;compauth=pass reason=100"
    )
    assert parsed.authserv_id == ""
    assert [r.method for r in parsed.results] == ["spf", "dkim", "dmarc", "compauth"]
    assert parsed.results[2].props == {"action": "none", "header.from": "northwind.example"}


def test_microsoft_idless_header_is_never_trusted():
    raw = _with_ar("dkim=pass header.d=northwind.example; dmarc=pass header.from=northwind.example")
    assert _verdict(raw).reason == "no-auth-results"


@pytest.mark.parametrize(
    "value", ["", ";;;", "(unclosed", '"unclosed', "x; =pass", "x; dkim=", "x; dkim"]
)
def test_parse_garbage_never_raises(value):
    parsed = parse_authentication_results(value)
    assert all(r.result != "pass" for r in parsed.results)


@pytest.mark.parametrize(
    ("signing", "author", "aligned"),
    [
        ("northwind.example", "northwind.example", True),
        ("NorthWind.Example.", "northwind.example", True),
        ("mail.northwind.example", "northwind.example", True),
        ("northwind.example", "eu.northwind.example", True),
        ("@northwind.example", "northwind.example", True),
        ("bounce@northwind.example", "northwind.example", True),
        ("mail.northwind.example", "eu.northwind.example", False),
        ("evil.co.uk", "agency.co.uk", False),
        ("northwind.example.evil.com", "northwind.example", False),
        ("xnorthwind.example", "northwind.example", False),
        ("example", "northwind.example", False),
        ("", "northwind.example", False),
    ],
)
def test_alignment(signing, author, aligned):
    assert domains_aligned(signing, author) is aligned


# --- DKIM verified here, when the trusted server left no header -----------------------


@pytest.fixture(scope="module")
def dkim_key():
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
    return private, record


def _signed(private: bytes, *, domain: bytes = b"northwind.example", length=False) -> bytes:
    raw = _raw()
    include = [b"from", b"to", b"subject", b"date", b"message-id"]
    signature = dkim.sign(raw, b"s1", domain, private, include_headers=include, length=length)
    return signature + raw


def _dns(record: bytes, *, domain: bytes = b"northwind.example"):
    def lookup(name: bytes, timeout: float = 5) -> bytes | None:
        return record if name == b"s1._domainkey." + domain + b"." else None

    return lookup


def test_dkim_checked_here_accepts_an_aligned_signature(dkim_key):
    private, record = dkim_key
    raw = _signed(private)
    verify = functools.partial(dkim_pass_domains, dnsfunc=_dns(record))
    assert verify(raw) == ("northwind.example",)
    assert _verdict(raw, raw=raw, dkim_verify=verify).ok


def test_dkim_checked_here_refuses_a_tampered_message(dkim_key):
    private, record = dkim_key
    raw = _signed(private).replace(b"confirm", b"reject!")
    verify = functools.partial(dkim_pass_domains, dnsfunc=_dns(record))
    assert verify(raw) == ()
    assert _verdict(raw, raw=raw, dkim_verify=verify).reason == "no-auth-results"


def test_dkim_checked_here_refuses_an_unaligned_signer(dkim_key):
    private, record = dkim_key
    raw = _signed(private, domain=b"evil.example")
    verify = functools.partial(dkim_pass_domains, dnsfunc=_dns(record, domain=b"evil.example"))
    assert verify(raw) == ("evil.example",)
    assert _verdict(raw, raw=raw, dkim_verify=verify).reason == "dkim-unaligned"


def test_dkim_signature_over_part_of_the_body_vouches_for_nothing(dkim_key):
    private, record = dkim_key
    raw = _signed(private, length=True)
    assert b"l=" in raw.split(b"\r\n\r\n")[0]
    assert dkim.verify(raw, dnsfunc=_dns(record))  # valid for dkimpy...
    assert dkim_pass_domains(raw, dnsfunc=_dns(record)) == ()  # ...but not enough here


def test_dkim_key_missing_from_dns_is_no_pass(dkim_key):
    private, _record = dkim_key
    raw = _signed(private)
    assert dkim_pass_domains(raw, dnsfunc=lambda name, timeout=5: None) == ()


def test_a_trusted_header_is_believed_over_a_dkim_check_here(dkim_key):
    private, record = dkim_key
    signed = _signed(private)
    verify = functools.partial(dkim_pass_domains, dnsfunc=_dns(record))
    raw = f"Authentication-Results: {MX}; dkim=fail; dmarc=fail\r\n".encode() + signed
    assert _verdict(raw, raw=raw, dkim_verify=verify).reason == "auth-fail"


def test_without_raw_and_without_a_trusted_header_nothing_is_verified():
    assert _verdict(_raw()).reason == "no-auth-results"


@pytest.mark.parametrize("raw", [b"", b"garbage", b"DKIM-Signature: v=1; d=x\r\n\r\nbody"])
def test_dkim_check_of_garbage_is_no_pass(raw):
    assert dkim_pass_domains(raw, dnsfunc=lambda name, timeout=5: None) == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab.=;()"\\ @/1\t')), max_size=60))
def test_parser_never_raises_on_any_text(value):
    parsed = parse_authentication_results(value)
    assert isinstance(parsed.authserv_id, str)
