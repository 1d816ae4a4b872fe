"""Reply commands: real replies from the major mail clients, the tolerated spellings,
the refusals, and the typed values of an edit."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.drafts.commands import (
    CommandError,
    edit_values,
    parse_budget_value,
    parse_due_value,
    parse_lines,
    parse_reply,
)
from intake.parsers.mime import parse_message

REPLIES = Path(__file__).parent.parent / "data" / "replies"
EXPECTED = json.loads((REPLIES / "expected.json").read_text())
TODAY = date(2026, 11, 26)  # a Thursday


def _mail(body: str, *, subtype: str = "plain"):
    message = EmailMessage()
    message["From"] = "Jane Doe <jane.doe@northwind.example>"
    message["To"] = "intake+token@northwind.example"
    message["Subject"] = "Re: [Draft] Change order #12"
    message.set_content(body, subtype=subtype)
    return parse_message(message.as_bytes())


def _command(text: str):
    return parse_lines(text.split("\n"))


def test_every_sample_has_an_expectation():
    assert sorted(p.name for p in REPLIES.glob("*.eml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reply_samples(name):
    mail = parse_message((REPLIES / name).read_bytes())
    # The premise of every sample: the quoted draft offers the commands.
    assert "confirm" in mail.text.lower()
    expected = EXPECTED[name]
    command = parse_reply(mail)
    assert command.action == expected["action"], command
    assert command.reason == expected.get("reason", "")
    assert command.fields == expected.get("fields", {})
    assert command.project == expected.get("project", "")
    if command.action == "unknown":
        assert command.message


def test_samples_cover_the_shapes_the_issue_names():
    names = " ".join(EXPECTED)
    for client in ("outlook", "gmail", "iphone", "apple_mail"):
        assert client in names
    html_only = [n for n in EXPECTED if parse_message((REPLIES / n).read_bytes()).html_only]
    assert len(html_only) >= 2
    assert any("bottom_posted" in n for n in EXPECTED)


@pytest.mark.parametrize(
    "text",
    [
        "confirm",
        "Confirm",
        "confirmed",
        "CONFIRM.",
        "yes, confirm",
        "Yes confirm please",
        "✅ confirm",
        "- confirm",
        "Confirmed, thanks!",
        "ok, approved 👍",
        "confirm\n\nThanks,\nJane",
        "Hi intake,\n\nconfirm",
        "Hi, confirm",
        "Confirm\n\nJane Doe\nMobile: +1 555 010 4477\nT: +1 555 010 0000",
    ],
)
def test_confirm_spellings(text):
    assert _command(text).action == "confirm"


@pytest.mark.parametrize(
    "text",
    [
        "confirm but lower the budget",
        "don't confirm",
        "I can't confirm this yet",
        "not confirmed",
        "confirm?\nbudget: 12000",
        "confirm\nbudget: 12000",
        "please confirm with the client first",
        "yes",
        "sounds good",
    ],
)
def test_anything_doubtful_is_unknown(text):
    command = _command(text)
    assert command.action == "unknown"
    assert "confirm" in command.message  # the help names the commands


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Reject - budget too high", "budget too high"),
        ("reject: wrong client", "wrong client"),
        ("REJECTED because the client cancelled", "the client cancelled"),
        ("No, reject. Duplicate of #11", "Duplicate of #11"),
        ("reject", ""),
        (
            "Reject\nThe client cancelled the job.\nCall me.\n\nJane",
            "The client cancelled the job. Call me.",
        ),
    ],
)
def test_reject_and_its_reason(text, reason):
    command = _command(text)
    assert (command.action, command.reason) == ("reject", reason)


def test_edit_block():
    command = _command("edit\nbudget: $12,000\ndue: March 14")
    assert command.action == "edit"
    assert command.fields == {"budget": "$12,000", "due": "March 14"}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Edit\n- Amount: 9000\n- Deadline: Friday", {"budget": "9000", "due": "Friday"}),
        ("edit\n\nDue date = 2027-03-14", {"due": "2027-03-14"}),
        ("edit budget: 12k", {"budget": "12k"}),
        ("edit the budget to 12k", {"budget": "12k"}),
        ("New budget: $15,000", {"budget": "$15,000"}),
        (
            "Project: Summer Promo\nDescription: Two banners\nand one video\n\nThanks",
            {"project": "Summer Promo", "description": "Two banners\nand one video"},
        ),
        (
            "edit\nbudget: 100\n\ndue: March 3\n\nDana says hi: really",
            {"budget": "100", "due": "March 3"},
        ),
        ("edit\nbudget: 1\nSee https://example.com/x", {"budget": "1"}),
        ("edit\nbudget: 100\nintake-token: abcdefgh", {"budget": "100"}),
    ],
)
def test_edit_forms(text, fields):
    command = _command(text)
    assert command.action == "edit", command
    assert command.fields == fields


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("edit", "without field lines"),
        ("edit\ncolour: red", "unknown field 'colour'"),
        ("edit\nbudget: 1\nbudget: 2", "budget given twice"),
        ("edit\nbudget:", "budget has no value"),
        ("edit please make it cheaper", "not a field line"),
        ("edit\nDue to the client's request we need more", "not a field line"),
        ("Hi intake,\n\nedit\nbudget 12000", "not a field line"),
    ],
)
def test_bad_edits_say_why(text, why):
    command = _command(text)
    assert command.action == "unknown"
    assert why in command.message


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("move to Spring Launch", "Spring Launch"),
        ('Move it to the project: "Spring Launch".', "Spring Launch"),
        ("move to Summer Promo — Dana mixed them up", "Summer Promo"),
        ("please move this to Q3 Retail - Phase 2 project", "Q3 Retail - Phase 2"),
        ("Move to “Holiday Catalog”, thanks", "Holiday Catalog"),
    ],
)
def test_move(text, project):
    command = _command(text)
    assert (command.action, command.project) == ("move", project)


def test_quoted_lines_never_command_even_given_directly():
    assert _command("> confirm\n>> confirm").action == "unknown"


def test_move_without_a_name_is_unknown():
    assert _command("move to").action == "unknown"


@pytest.mark.parametrize(
    "text", ["send to client", "Send it to the client", "please send to the client, thanks"]
)
def test_send_to_client(text):
    assert _command(text).action == "send_to_client"


def test_send_to_client_with_more_words_is_unknown():
    assert _command("send to client after Jim signs off").action == "unknown"


def test_empty_reply_is_unknown():
    assert parse_reply(_mail("\n\n")).action == "unknown"


def test_quoted_confirm_never_counts():
    body = (
        "On Thu, Nov 26, 2026 at 1:40 PM intake <intake@northwind.example> wrote:\n"
        "> confirm\n> Budget: $12,000\n"
    )
    assert parse_reply(_mail(body)).action == "unknown"


def test_interleaved_reply_reads_the_lines_between_quotes():
    body = (
        "On Thu, Nov 26, 2026 at 1:40 PM intake <intake@northwind.example> wrote:\n"
        "> Budget: $12,000\n\nedit\nbudget: 14000\n\n> confirm - relay this\n"
    )
    command = parse_reply(_mail(body))
    assert (command.action, command.fields) == ("edit", {"budget": "14000"})


def test_outlook_history_below_an_empty_reply_is_not_read():
    body = (
        "________________________________\nFrom: intake <intake@northwind.example>\n"
        "Sent: Thursday, November 26, 2026 9:40 PM\nTo: Jane Doe\nSubject: Draft\n\nconfirm\n"
    )
    assert parse_reply(_mail(body)).action == "unknown"


def test_html_only_reply():
    html = "<div>Reject: not ours</div><blockquote><p>confirm</p></blockquote>"
    command = parse_reply(_mail(html, subtype="html"))
    assert (command.action, command.reason) == ("reject", "not ours")


def test_signature_and_phone_footer_are_not_read():
    command = parse_reply(_mail("Reject\n\nSent from my iPhone"))
    assert (command.action, command.reason) == ("reject", "")


# --- typed values -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("$12,000", (Decimal("12000"), "USD")),
        ("12000", (Decimal("12000"), "USD")),
        ("12k", (Decimal("12000"), "USD")),
        ("12,500.50", (Decimal("12500.50"), "USD")),
        ("EUR 8.500", (Decimal("8500"), "EUR")),
        ("£5,000 (incl. VAT)", (Decimal("5000"), "GBP")),
        ("CA$3,000", (Decimal("3000"), "CAD")),
        ("USD 1.5M", (Decimal("1500000"), "USD")),
    ],
)
def test_budget_values(value, expected):
    assert parse_budget_value(value) == expected


def test_bare_budget_uses_the_clients_currency():
    assert parse_budget_value("9,000", default_currency="EUR") == (Decimal("9000"), "EUR")


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("", "no amount"),
        ("twelve apples", "not an amount"),
        ("$10k-$12k", "range"),
        ("$12,000 or $13,000", "more than one"),
        ("-5000", "negative"),
        ("$0", "not more than zero"),
        ("$12,000 by the 15th", "numbers besides"),
    ],
)
def test_budget_garbage(value, why):
    with pytest.raises(CommandError) as caught:
        parse_budget_value(value)
    assert caught.value.field == "budget"
    assert why in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("March 14", date(2027, 3, 14)),
        ("14 March 2027", date(2027, 3, 14)),
        ("Mar 14, 2027", date(2027, 3, 14)),
        ("2027-03-14", date(2027, 3, 14)),
        ("3/14", date(2027, 3, 14)),
        ("14.03.2027", date(2027, 3, 14)),
        ("next Friday", date(2026, 12, 4)),
        ("tomorrow", date(2026, 11, 27)),
        ("December 1", date(2026, 12, 1)),
        ("today", TODAY),
    ],
)
def test_due_values(value, expected):
    assert parse_due_value(value, today=TODAY) == expected


def test_due_day_first_for_the_client_locale():
    assert parse_due_value("3/4/2027", today=TODAY, day_first=True) == date(2027, 4, 3)
    assert parse_due_value("3/4/2027", today=TODAY) == date(2027, 3, 4)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("", "no date"),
        ("asap", "not a date"),
        ("March 14 or 15", "numbers besides"),
        ("2025-01-01", "in the past"),
        ("2/30", "not a day of the calendar"),
        ("13/13/2027", "not a day of the calendar"),
    ],
)
def test_due_garbage(value, why):
    with pytest.raises(CommandError) as caught:
        parse_due_value(value, today=TODAY)
    assert caught.value.field == "due"
    assert why in str(caught.value)


def test_edit_values_types_every_field():
    values = edit_values(
        {"budget": "€9.000", "due": "March 14", "description": " Two banners ", "project": "“Q3”"},
        today=TODAY,
    )
    assert values.budget == (Decimal("9000"), "EUR")
    assert values.due == date(2027, 3, 14)
    assert (values.description, values.project) == ("Two banners", "Q3")


def test_edit_values_reports_the_bad_field():
    with pytest.raises(CommandError) as caught:
        edit_values({"budget": "100", "due": "someday"}, today=TODAY)
    assert caught.value.field == "due"


def test_reply_to_edit_values_end_to_end():
    mail = parse_message((REPLIES / "thunderbird_bottom_posted_edit.eml").read_bytes())
    values = edit_values(parse_reply(mail).fields, today=TODAY)
    assert values.budget == (Decimal("11500"), "USD")
    assert values.due == date(2027, 3, 14)
