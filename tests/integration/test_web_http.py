"""The web view over HTTP (Starlette's test client): sign-in, CSRF, rate limit, headers,
escaping of hostile mail, and deciding a draft by the same path as a reply."""

from __future__ import annotations

import io
import sys

import pytest
from sqlalchemy import Engine, select
from starlette.testclient import TestClient

from intake.web.security import LoginThrottle, password_matches
from models import AuditEvent, Draft, OutboundMail
from tests.integration.web_support import PASSWORD, csrf_of, make_site, signed_in


def test_every_page_needs_a_signed_in_session(sqlite_engine: Engine) -> None:
    client = TestClient(make_site(sqlite_engine).web)
    for path in ("/", "/drafts", "/drafts/1", "/clients", "/clients/1", "/unanswered",
                 "/quarantine", "/outbox"):
        reply = client.get(path, follow_redirects=False)
        assert (reply.status_code, reply.headers["location"]) == (303, "/login"), path


def test_sign_in_sets_a_strict_http_only_cookie_and_shows_the_day(
        sqlite_engine: Engine) -> None:
    client = TestClient(make_site(sqlite_engine).web)
    token = csrf_of(client.get("/login").text)
    reply = client.post("/login", data={"password": PASSWORD, "csrf_token": token},
                        follow_redirects=False)
    cookie = reply.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "max-age=28800" in cookie
    page = client.get("/").text
    assert "Drafts waiting for your decision" in page and "Harbor Foods" in page


def test_a_post_without_the_csrf_token_is_refused(sqlite_engine: Engine) -> None:
    site = make_site(sqlite_engine)
    client = TestClient(site.web)
    signed_in(client)
    assert client.post("/drafts/1/confirm", data={}).status_code == 403
    assert client.post("/drafts/1/confirm", data={"csrf_token": "forged"}).status_code == 403
    assert client.post("/login", data={"password": PASSWORD}).status_code == 403
    with site.rig.app.factory() as session:
        assert session.get_one(Draft, 1).status == "draft"


def test_a_wrong_password_is_refused_and_then_rate_limited(sqlite_engine: Engine) -> None:
    site = make_site(sqlite_engine, throttle=LoginThrottle(attempts=3, window=300))
    client = TestClient(site.web)
    token = csrf_of(client.get("/login").text)
    codes = [client.post("/login", data={"password": "guess", "csrf_token": token}).status_code
             for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    # Even the right password waits out the window once the limit is reached.
    assert client.post("/login", data={"password": PASSWORD,
                                       "csrf_token": token}).status_code == 429


def test_confirming_in_the_browser_is_the_reply_path_audited_and_relayed(
        sqlite_engine: Engine) -> None:
    site = make_site(sqlite_engine)
    client = TestClient(site.web)
    token = signed_in(client)
    reply = client.post("/drafts/1/confirm", data={"csrf_token": token}, follow_redirects=True)
    assert "Draft 1 confirmed and relayed." in reply.text
    with site.rig.app.factory() as session:
        assert session.get_one(Draft, 1).status == "confirmed"
        actors = session.scalars(select(AuditEvent.actor).where(
            AuditEvent.action == "confirmed")).all()
    assert actors == ["web:ae@agency.example"]
    with site.rig.app.factory() as session:
        relayed = {r.address for m in session.scalars(select(OutboundMail).where(
            OutboundMail.kind == "relay")) for r in m.recipients}
    assert "traffic@agency.example" in relayed


def test_hostile_mail_is_shown_as_text_and_no_remote_content_may_load(
        sqlite_engine: Engine) -> None:
    client = TestClient(make_site(sqlite_engine).web)
    signed_in(client)
    drafts = client.get("/drafts").text
    assert "<b>now</b>" not in drafts and "&lt;b&gt;now&lt;/b&gt;" in drafts
    page = client.get("/drafts/2")
    assert "<script>alert" not in page.text and "&lt;script&gt;alert(&#39;owned&#39;)" in page.text
    assert '<img src="http://evil.example' not in page.text
    assert 'href="javascript:' not in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "img-src 'self'" in csp and "script" not in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["referrer-policy"] == "no-referrer"


def test_the_other_pages_render(sqlite_engine: Engine) -> None:
    client = TestClient(make_site(sqlite_engine).web)
    signed_in(client)
    assert "Harbor Foods" in client.get("/clients").text
    client_page = client.get("/clients/1").text
    assert "Spring Catch launch" in client_page and "Threads" in client_page
    assert "Flyers" in client.get("/unanswered").text
    assert "Nothing in quarantine." in client.get("/quarantine").text
    assert "draft" in client.get("/outbox").text
    assert client.get("/drafts/999").status_code == 404


def test_hash_password_reads_stdin_and_prints_an_argon2_hash(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from intake.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hash-password"]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed.startswith("$argon2id$") and password_matches(PASSWORD, printed)
    assert PASSWORD not in printed
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert main(["hash-password"]) == 2
