"""A web view on a real App and database, with a known password, for HTTP and browser tests."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.testclient import TestClient

from intake.web.app import create_web_app
from intake.web.security import LoginThrottle, hash_password
from tests.integration.drafts_support import (
    CLIENT_BRIEF,
    SECRET,
    DraftsRig,
    client_message,
    make_rig,
)

PASSWORD = "correct horse battery staple"
PASSWORD_HASH = hash_password(PASSWORD)
REMOTE = "http://evil.example"


def hostile(remote: str = REMOTE) -> str:
    """A client mail that tries everything: a script, a remote image, a javascript: link,
    a style that would hide the page."""
    return ("Hi Dana, our budget is $9,000 and the flyers are due March 5, 2027. "
            f"<script>alert('owned')</script> <img src=\"{remote}/pixel.png\"> "
            "<a href=\"javascript:alert(2)\">click</a> <style>body{display:none}</style>")


@dataclass
class Site:
    rig: DraftsRig
    web: Starlette


def make_site(engine: Engine, *, throttle: LoginThrottle | None = None,
              remote: str = REMOTE) -> Site:
    rig = make_rig(engine)
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF))
    rig.deliver(client_message("Flyers <b>now</b>", hostile(remote)))
    rig.send()
    web = create_web_app(rig.app, password_hash=PASSWORD_HASH, secret=SECRET.encode(),
                         throttle=throttle)
    return Site(rig, web)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def signed_in(client: TestClient) -> str:
    """Sign in; the CSRF token of the new session."""
    token = csrf_of(client.get("/login").text)
    reply = client.post("/login", data={"password": PASSWORD, "csrf_token": token},
                        follow_redirects=False)
    assert reply.status_code == 303, reply.text
    return csrf_of(client.get("/").text)
