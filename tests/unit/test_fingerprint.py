"""The content fingerprint: same mail, same print, whatever the transport added."""

from __future__ import annotations

from intake.fingerprint import fingerprint

MAIL = (
    b"From: Maria <maria@harborfoods.example>\r\n"
    b"To: dana@agency.example\r\n"
    b"Subject: Spring campaign\r\n"
    b"Message-ID: <a1@harborfoods.example>\r\n"
    b"\r\n"
    b"Can we launch on March 3?\r\n"
)


def test_trace_headers_and_line_endings_do_not_change_the_print() -> None:
    delivered = (
        b"Return-Path: <maria@harborfoods.example>\n"
        b"Received: from mx.example (mx.example [192.0.2.1])\n"
        b"\tby mail.agency.example; Mon, 2 Mar 2026 10:00:00 +0000\n"
        b"Delivered-To: dana@agency.example\n"
    ) + MAIL.replace(b"\r\n", b"\n")
    assert fingerprint(delivered) == fingerprint(MAIL)


def test_a_different_body_with_the_same_message_id_prints_differently() -> None:
    other = MAIL.replace(b"March 3", b"March 4")
    assert fingerprint(other) != fingerprint(MAIL)


def test_a_changed_author_header_prints_differently() -> None:
    assert fingerprint(MAIL.replace(b"Subject: Spring", b"Subject: Summer")) != fingerprint(MAIL)


def test_headers_only_and_empty_input_are_fine() -> None:
    assert len(fingerprint(b"")) == 64
    assert fingerprint(b"Subject: x\r\n") == fingerprint(b"Subject: x\n")
