"""Fixtures for integration tests against real servers on loopback.

``dovecot_server``: one private Dovecot per test session (per xdist worker),
stopped at session end and at exit. ``dovecot``: the same server with the users
``ae@agency.example`` and ``intake@agency.example`` (password ``secret``) given
empty mailboxes, and any freeze undone afterwards, so tests never see each
other's mail.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.dovecot import DovecotMissing, DovecotServer


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    try:
        server = DovecotServer()
    except DovecotMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> Iterator[DovecotServer]:
    dovecot_server.thaw()
    dovecot_server.reset_users()
    try:
        yield dovecot_server
    finally:
        dovecot_server.thaw()
