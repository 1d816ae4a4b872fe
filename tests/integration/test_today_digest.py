"""``intake today`` and the morning digest: the AE's day in sections, one mail per business
morning at most (two schedulers or not), nothing when nothing is pending, the Account
Coordinator's copy without drafts, and the digest never read back as client mail."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy import event as sqlalchemy_event

from intake.config import DigestSettings
from intake.digest import digest_due, queue_digest
from intake.storage import unit_of_work
from intake.today import TITLES, build_today
from models import Draft, Mention, Message, OutboundMail, Project
from tests.integration.drafts_support import (
    AE,
    CLIENT_BRIEF,
    COORDINATOR,
    DraftsRig,
    body_text,
    client_message,
    make_rig,
    to_of,
)

FRIDAY = datetime(2027, 1, 15, 20, 0, tzinfo=UTC)  # 15:00 in New York


def rig_with_a_day(engine: Engine, *, coordinator: bool = False) -> DraftsRig:
    rig = make_rig(engine)
    rig.app.config = dataclasses.replace(  # type: ignore[misc]
        rig.app.config, digest=DigestSettings(send_to_coordinator=coordinator))
    rig.app.clock.current = FRIDAY  # type: ignore[attr-defined]
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF,
                               when=FRIDAY - timedelta(hours=3)))
    rig.deliver(client_message("Posters", "Hi Dana, can you send the poster proofs?",
                               when=FRIDAY - timedelta(hours=2)))
    rig.deliver(client_message("Copy", "Hi Dana, I'll get back to you with the final copy.",
                               when=FRIDAY - timedelta(hours=1)))
    rig.send()  # the draft mails
    with unit_of_work(rig.app.factory) as session:
        for project in session.scalars(select(Project)):
            if project.name == "Spring Catch launch":
                project.due_date = date(2027, 1, 19)  # due in two business days
        session.add(Project(name="Old brochure", status="active", due_date=date(2027, 1, 8),
                            created_at=FRIDAY, updated_at=FRIDAY))
    return rig


def test_today_has_every_section_with_its_evidence(engine: Engine) -> None:
    rig = rig_with_a_day(engine)
    with rig.app.factory() as session:
        today = build_today(session, rig.app.config, FRIDAY, since=FRIDAY - timedelta(days=1))
    names = [name for name, _ in today.sections]
    assert names == ["drafts", "unanswered", "client_owes", "due_soon", "overdue", "new_facts"]
    [draft] = today.section("drafts")
    assert draft.client == "Harbor Foods" and draft.project == "Spring Catch launch"
    assert draft.label.startswith("CCR #") and draft.evidence
    unanswered = today.section("unanswered")
    assert [i.project for i in unanswered] == ["Spring Catch launch", None]  # oldest first
    waiting = unanswered[1]
    assert "Posters" in waiting.label and waiting.age_business_hours == 2.0
    assert "can you send the poster proofs?" in (waiting.evidence or "")
    [owed] = today.section("client_owes")
    assert "promised to come back" in owed.label and "final copy" in (owed.evidence or "")
    assert [i.due for i in today.section("due_soon")] == [date(2027, 1, 19)]
    assert [i.project for i in today.section("overdue")] == ["Old brochure"]
    facts = today.section("new_facts")
    assert {"Budget: $25,000", "Requirement: All ads must use the new logo."} <= {
        f.label for f in facts}
    assert all(f.evidence for f in facts)


def test_the_day_reads_drafts_as_columns_with_their_first_sentence(engine: Engine) -> None:
    """An AE back from leave has thousands of drafts, each with tens of kilobytes of facts
    and versions: the day (every web page view, every digest) loads none of them whole."""
    rig = rig_with_a_day(engine)
    loaded: list[object] = []

    def seen(target: object, context: object) -> None:
        loaded.append(target)

    sqlalchemy_event.listen(Draft, "load", seen)
    try:
        with rig.app.factory() as session:
            today = build_today(session, rig.app.config, FRIDAY)
            assert loaded == []
            [item] = today.section("drafts")
            first = session.get(Draft, item.draft_id)
            assert first is not None
            assert item.evidence == first.facts[0]["sentence"] and item.evidence
    finally:
        sqlalchemy_event.remove(Draft, "load", seen)
    assert loaded == [first]  # only the one the test itself read, after the day was built


def test_intake_today_json_has_the_keys_the_issue_names(
        sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from intake.cli import main

    rig_with_a_day(sqlite_engine)
    config = tmp_path / "intake.toml"
    config.write_text(f'[database]\nurl = "{sqlite_engine.url}"\n[agency]\nname = "Brightline"\n'
                      f'timezone = "America/New_York"\nae = "{AE}"\n'
                      'intake = "intake@agency.example"\n[[clients]]\nname = "Harbor Foods"\n'
                      'domains = ["harborfoods.example"]\n')
    monkeypatch.setenv("INTAKE_NOW", FRIDAY.isoformat())
    assert main(["--config", str(config), "today", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all({"section", "client", "project", "label", "age_business_hours", "due",
                         "evidence"} <= set(row) for row in rows)
    assert {row["section"] for row in rows} >= {"drafts", "unanswered", "overdue"}
    assert main(["--config", str(config), "today"]) == 0
    text = capsys.readouterr().out
    assert "Drafts waiting for your decision (1)" in text and "Overdue (1)" in text


def test_one_digest_a_morning_even_from_two_schedulers(engine: Engine) -> None:
    rig = rig_with_a_day(engine, coordinator=True)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(queue_digest(rig.app).status))
               for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) in (["already_queued", "queued"], ["queued", "queued"])
    assert queue_digest(rig.app).status == "already_queued"
    mails = {frozenset(to_of(m)): m for m in rig.send()}
    assert set(mails) == {frozenset({AE}), frozenset({COORDINATOR})}  # one each, once
    ae_text, coordinator_text = (body_text(mails[frozenset({who})]) for who in (AE, COORDINATOR))
    assert "Drafts waiting for your decision (1)" in ae_text and "Overdue (1)" in ae_text
    assert "Drafts waiting" not in coordinator_text and "Overdue (1)" in coordinator_text
    # The digest read back from the AE's mailbox is intake's own mail, not client mail.
    raw = mails[frozenset({AE})].as_bytes()
    outcome = rig.deliver(raw)
    with rig.app.factory() as session:
        assert session.get_one(Message, outcome.message_pk).kind == "ignored"


def test_no_digest_on_a_weekend_before_its_time_or_when_nothing_is_pending(
        engine: Engine) -> None:
    rig = make_rig(engine)
    clock = rig.app.clock
    clock.current = datetime(2027, 1, 16, 14, 0, tzinfo=UTC)  # type: ignore[attr-defined]
    assert queue_digest(rig.app).status == "not_business_day" and not digest_due(rig.app)
    clock.current = datetime(2027, 1, 18, 12, 30, tzinfo=UTC)  # type: ignore[attr-defined]
    assert not digest_due(rig.app)  # 07:30 in New York: before [digest] time
    clock.current = datetime(2027, 1, 18, 13, 30, tzinfo=UTC)  # type: ignore[attr-defined]
    assert digest_due(rig.app)
    assert queue_digest(rig.app).status == "nothing_pending"
    with rig.app.factory() as session:
        assert session.scalars(select(OutboundMail)).all() == []


def test_the_pass_of_intake_run_queues_and_sends_the_digest_once(engine: Engine) -> None:
    from intake.jobs import run_pass
    from intake.outbound.transport import RecordingTransport

    rig = rig_with_a_day(engine)
    transport = RecordingTransport()
    steps = ("drafts", "reminders", "report", "digest", "outbox")  # the rig has no IMAP server
    first = run_pass(rig.app, transport=transport, reminder_jobs=[], steps=steps)
    assert first.ok and first.digest is not None and first.digest.status == "queued"
    assert "digest: queued" in first.summary()
    again = run_pass(rig.app, transport=transport, reminder_jobs=[], steps=steps)
    assert again.digest is None and "digest: not due" in again.summary()
    digests = [m for m in transport.sent if b"Your day:" in m.message]
    assert len(digests) == 1 and digests[0].recipients == (AE,)


def test_a_long_day_lists_the_first_items_of_each_section_and_counts_the_rest(
        engine: Engine) -> None:
    rig = rig_with_a_day(engine)
    rig.app.config = dataclasses.replace(  # type: ignore[misc]
        rig.app.config, digest=DigestSettings(items_per_section=1))
    with unit_of_work(rig.app.factory) as session:
        sections = build_today(session, rig.app.config, FRIDAY).sections
    assert any(len(items) > 1 for _, items in sections)  # something to cut
    assert queue_digest(rig.app).status == "queued"
    (mail,) = [m for m in rig.send() if str(m["Subject"]).startswith("Your day:")]
    text = body_text(mail)
    for name, items in sections:
        title = TITLES[name]
        assert f"{title} ({len(items)})" in text  # the title counts them all
        shown = text.split(f"== {title} ({len(items)}) ==")[1].split("\n== ")[0]
        assert items[0].label in shown
        if len(items) > 1:
            assert f"and {len(items) - 1} more: `intake today` lists them all" in shown
            assert items[1].label not in shown
        else:
            assert "more:" not in shown


def test_items_per_section_must_be_a_whole_number_of_one_or_more(tmp_path: Path) -> None:
    from intake.config import parse
    from intake.errors import ConfigError

    expected = r"intake\.toml: digest\.items_per_section: expected a whole number >= 1"
    with pytest.raises(ConfigError, match=expected):
        parse({"agency": {"name": "A", "ae": "ae@a.example", "intake": "in@a.example"},
               "digest": {"items_per_section": 0}}, path=tmp_path / "intake.toml")


def test_a_day_the_client_promises_is_what_they_owe_not_the_projects_due_date(
        engine: Engine) -> None:
    rig = make_rig(engine)
    rig.app.clock.current = FRIDAY  # type: ignore[attr-defined]
    rig.deliver(client_message("Spring Catch launch", CLIENT_BRIEF,
                               when=FRIDAY - timedelta(hours=3)))
    rig.deliver(client_message("Re: Spring Catch launch",
                               "Hi Dana, I'll send you the logo files on Monday.",
                               when=FRIDAY - timedelta(hours=1)))
    with rig.app.factory() as session:
        kinds = {m.kind: m.due for m in session.scalars(select(Mention))}
        project = session.scalars(select(Project)).one()
        today = build_today(session, rig.app.config, FRIDAY)
    assert kinds["promised_date"] == date(2027, 1, 18)  # the Monday after Friday the 15th
    assert project.due_date != date(2027, 1, 18)
    [owed] = today.section("client_owes")
    assert "promised to come back" in owed.label and owed.due == date(2027, 1, 18)
