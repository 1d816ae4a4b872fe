"""Reply tokens: round trip, every refusal reason, the address-fit rules and the key helper."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.drafts.tokens import (
    TOKEN_LENGTH,
    TokenError,
    issue_token,
    secret_from_environment,
    verify_token,
)
from intake.errors import ConfigError

KEY = b"0123456789abcdef-test-key"
AE = "ae@agency.example"
T0 = datetime(2026, 11, 26, 21, 30, 15, 123456, tzinfo=UTC)


def _issue(**overrides) -> str:
    args = {"key": KEY, "draft_id": 42, "version": 3, "ae": AE, "issued_at": T0}
    return issue_token(**(args | overrides))


def _reason(token: str, **overrides) -> str:
    args = {"key": KEY, "ae": AE, "now": T0 + timedelta(hours=1)}
    with pytest.raises(TokenError) as caught:
        verify_token(token, **(args | overrides))
    return caught.value.reason


def test_round_trip_gives_back_the_claims():
    token = _issue(ttl=timedelta(days=2))
    claims = verify_token(token, key=KEY, ae=AE, now=T0 + timedelta(days=1))
    assert (claims.draft_id, claims.version) == (42, 3)
    assert claims.issued_at == T0.replace(microsecond=0)
    assert claims.expires_at == T0.replace(microsecond=0) + timedelta(days=2)
    assert re.fullmatch(r"[0-9a-f]{12}", claims.nonce)


def test_default_lifetime_is_seven_days():
    claims = verify_token(_issue(), key=KEY, ae=AE, now=T0)
    assert claims.expires_at - claims.issued_at == timedelta(days=7)


def test_token_fits_a_local_part_after_intake_plus():
    token = _issue(draft_id=2**32 - 1, version=2**16 - 1)
    assert len(token) == TOKEN_LENGTH <= 57  # "intake+" + token <= 64 octets (RFC 5321)
    assert re.fullmatch(r"[a-z2-7]+", token)
    assert len(f"intake+{token}") <= 64


def test_every_token_has_its_own_nonce():
    tokens = {_issue() for _ in range(50)}
    nonces = {verify_token(t, key=KEY, ae=AE, now=T0).nonce for t in tokens}
    assert len(tokens) == len(nonces) == 50


def test_case_changed_by_a_mail_server_still_verifies():
    token = _issue()
    for variant in (token.upper(), token.title(), f"  {token}\n"):
        assert verify_token(variant, key=KEY, ae=AE, now=T0).draft_id == 42


def test_ae_address_case_does_not_matter():
    token = _issue(ae="AE@Agency.Example")
    assert verify_token(token, key=KEY, ae="ae@agency.example", now=T0).version == 3


@pytest.mark.parametrize(
    "token",
    ["", "short", "x" * TOKEN_LENGTH, "1" * TOKEN_LENGTH, "é" * TOKEN_LENGTH, None],
)
def test_garbage_is_malformed(token):
    assert _reason(token) == "malformed"


def test_unknown_format_byte_is_malformed():
    raw = bytearray(base64.b32decode(_issue().upper() + "=" * 3))
    raw[0] = 9
    token = base64.b32encode(bytes(raw)).decode().rstrip("=").lower()
    assert _reason(token) == "malformed"


def test_every_flipped_character_is_refused():
    token = _issue()
    for i in range(len(token)):
        replacement = "a" if token[i] != "a" else "b"
        tampered = token[:i] + replacement + token[i + 1 :]
        assert _reason(tampered) in ("bad-signature", "malformed"), i


def test_changed_draft_id_is_a_bad_signature():
    token = _issue(draft_id=42)
    other = _issue(draft_id=43)
    # Splice the other token's claims onto this token's MAC: a forger's best move.
    spliced = other[:30] + token[30:]
    assert _reason(spliced) == "bad-signature"


def test_token_from_another_key_is_a_bad_signature():
    assert _reason(_issue(key=b"another-key-of-16+bytes")) == "bad-signature"


def test_token_of_another_ae_is_wrong_ae():
    assert _reason(_issue(ae="someone@agency.example")) == "wrong-ae"


def test_expiry_is_exact_to_the_second():
    token = _issue(ttl=timedelta(days=7))
    end = T0.replace(microsecond=0) + timedelta(days=7)
    assert verify_token(token, key=KEY, ae=AE, now=end - timedelta(seconds=1)).draft_id == 42
    assert _reason(token, now=end) == "expired"
    assert _reason(token, now=end + timedelta(days=30)) == "expired"


def test_error_message_does_not_echo_the_token():
    token = _issue(key=b"another-key-of-16+bytes")
    with pytest.raises(TokenError) as caught:
        verify_token(token, key=KEY, ae=AE, now=T0)
    assert token not in str(caught.value)


@pytest.mark.parametrize(
    "overrides",
    [
        {"draft_id": -1},
        {"draft_id": 2**32},
        {"version": 2**16},
        {"ttl": timedelta(seconds=30)},
        {"issued_at": datetime(2026, 11, 26, 21, 30)},
    ],
)
def test_issue_refuses_values_it_cannot_carry(overrides):
    with pytest.raises(ValueError):
        _issue(**overrides)


def test_issue_refuses_a_short_key():
    with pytest.raises(ConfigError, match="INTAKE_SECRET"):
        _issue(key=b"short")


def test_secret_absent_is_none():
    assert secret_from_environment({}) is None


def test_secret_is_the_stripped_value_as_bytes():
    assert secret_from_environment({"INTAKE_SECRET": " s3cret-s3cret-s3cret\n"}) == (
        b"s3cret-s3cret-s3cret"
    )


@pytest.mark.parametrize("value", ["", "   ", "fifteen-bytes!!"])
def test_secret_too_short_names_the_variable(value):
    with pytest.raises(ConfigError, match="INTAKE_SECRET"):
        secret_from_environment({"INTAKE_SECRET": value})


def test_secret_error_does_not_show_the_secret():
    with pytest.raises(ConfigError) as caught:
        secret_from_environment({"INTAKE_SECRET": "hunter2-hunter2"})
    assert "hunter2" not in str(caught.value)


def test_the_unused_last_bit_is_not_a_second_spelling():
    token = _issue()
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    flipped = alphabet[alphabet.index(token[-1]) ^ 1]
    assert _reason(token[:-1] + flipped) in ("malformed", "bad-signature")


@settings(max_examples=200, deadline=None)
@given(
    draft_id=st.integers(0, 2**32 - 1),
    version=st.integers(0, 2**16 - 1),
    minutes=st.integers(1, 2**24 - 1),
)
def test_any_claims_round_trip(draft_id, version, minutes):
    token = _issue(draft_id=draft_id, version=version, ttl=timedelta(minutes=minutes))
    claims = verify_token(token, key=KEY, ae=AE, now=T0)
    assert (claims.draft_id, claims.version) == (draft_id, version)
    assert claims.expires_at - claims.issued_at == timedelta(minutes=minutes)
    assert len(token) == TOKEN_LENGTH


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_text_is_never_accepted(text):
    with pytest.raises(TokenError):
        verify_token(text, key=KEY, ae=AE, now=T0)
