"""The nightly unanswered-mail report: stored mail and "now" in, client mail waiting for the AE out.

Rules (see also :mod:`intake.report_rules`):

- a client mail (``Message.kind == "client"``) is *answered* when the AE has
  sent a mail (``kind == "ae"``, whatever folder it was read from) later in
  the same thread. A thread whose latest message is the AE's (a question to
  the client, say) therefore has nothing waiting: the client owes the reply;
- auto-generated, bulk and bounce mail never is ``client`` (it is
  ``ignored``), so it never shows;
- a "thanks"-only note and a mail in which the client promises to come back
  and asks nothing ("I'll get back to you", "will confirm tomorrow") are left
  out and counted in ``left_out``;
- a client mail the AE forwarded to intake counts from the client's own date
  and sender, and is left out when the original is stored too (the original
  decides);
- each mail's age is in business hours of the agency's calendar
  (``[schedule]``; without it Monday to Friday, 09:00-17:00, no holidays) and
  time zone; "due dates at stake" are the ``due_date`` mentions of the mail
  and of every mail in its thread.

Cost: one query for the waiting mail (the ``kind``/``thread_id``/``date``
index answers "is there a later AE mail in this thread" without touching the
table), one for forwarded originals, one per 500 threads for due dates; no
query per mail. Grouped by client, the client with the oldest waiting mail
first, each client's mail oldest first.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from intake.config import Config, ReportSettings
from intake.report_rules import client_owes_reply, first_lines, is_thanks_only
from intake.scheduling import BusinessCalendar, zone
from intake.tenancy import owned_by
from models import ApprovalRound, Client, Mention, Message

log = logging.getLogger(__name__)

DUE_DATE_CHUNK = 500
DEFAULT_SETTINGS = ReportSettings()


@dataclass(frozen=True)
class _WeekdayCalendar(BusinessCalendar):
    """Monday to Friday, 09:00-17:00 and no public holidays: used when ``[schedule]`` is absent."""

    country: str = "-"

    def __post_init__(self) -> None:
        pass

    def is_holiday(self, day: date) -> bool:
        return day in self.closures


def report_calendar(config: Config) -> BusinessCalendar:
    """The agency's calendar from ``[schedule]``, or plain weekdays when it is not configured."""
    return config.schedule.calendar if config.schedule is not None else _WeekdayCalendar()


# -- the report as values ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WaitingMail:
    """One client mail waiting for the AE's answer."""

    id: int
    message_id: str | None
    client: str
    sender: str
    sender_name: str
    subject: str
    received_at: datetime
    age_business_hours: float
    thread_id: int | None
    first_lines: tuple[str, ...]
    due_dates: tuple[date, ...]
    forwarded_by: str | None = None

    def as_json(self) -> dict[str, Any]:
        """One line of ``intake report unanswered --json`` (add keys, never rename them)."""
        return {
            "id": self.id,
            "message_id": self.message_id,
            "client": self.client,
            "from": self.sender,
            "from_name": self.sender_name or None,
            "subject": self.subject,
            "received_at": self.received_at.isoformat(),
            "age_business_hours": self.age_business_hours,
            "thread_id": self.thread_id,
            "first_lines": list(self.first_lines),
            "due_dates": [d.isoformat() for d in self.due_dates],
            "forwarded_by": self.forwarded_by,
        }


@dataclass(frozen=True, slots=True)
class ClientGroup:
    """One client's waiting mail, oldest first."""

    client: str
    mails: tuple[WaitingMail, ...]


@dataclass(frozen=True, slots=True)
class UnansweredReport:
    """The whole report: groups (oldest waiting client first) and what the rules left out."""

    generated_at: datetime
    timezone: str
    groups: tuple[ClientGroup, ...]
    left_out: Mapping[str, int] = field(default_factory=dict)
    # Mail left out because the client promised to come back: what the client owes.
    owed: tuple[WaitingMail, ...] = ()
    # Proofs out for approval with no decision yet: (client, what, business hours waiting).
    pending_proofs: tuple[tuple[str, str, float], ...] = ()

    @property
    def mails(self) -> list[WaitingMail]:
        return [mail for group in self.groups for mail in group.mails]

    @property
    def total(self) -> int:
        return sum(len(group.mails) for group in self.groups)


# -- building it ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    message_id: str | None
    thread_id: int | None
    date: datetime
    original_date: datetime | None
    original_sender: str | None
    original_name: str | None
    subject: str
    from_email: str
    from_name: str
    new_text: str
    client: str | None


def _waiting_rows(session: Session, since: datetime | None, ae_key: str | None) -> list[_Row]:
    """Client mail with no later AE mail in its thread: one query.

    The inner select reads only ``ix_messages_kind_thread_date``; the outer one
    fetches the few rows it found. A forward is compared by its own date here
    (a superset) and by the client's date in :func:`_answered_forwards`.
    """
    waiting = aliased(Message)
    ae = aliased(Message)
    answered = exists().where(
        ae.kind == "ae",
        ae.thread_id == waiting.thread_id,
        ae.date > waiting.date,
    )
    ids = select(waiting.id).where(waiting.kind == "client", ~answered,
                                   owned_by(waiting.ae, ae_key))
    if since is not None:
        ids = ids.where(waiting.date >= since)
    query = (
        select(
            Message.id, Message.message_id, Message.thread_id, Message.date,
            Message.original_date, Message.original_sender, Message.original_name,
            Message.subject, Message.from_email, Message.from_name, Message.new_text,
            Client.name,
        )
        .outerjoin(Client, Client.id == Message.client_id)
        .where(Message.id.in_(ids))
        .order_by(Message.date, Message.id)
    )
    return [_Row(*tuple(row)) for row in session.execute(query)]


def _answered_forwards(session: Session, rows: Sequence[_Row]) -> set[int]:
    """Ids of forwarded client mail the AE answered after the client wrote it: one query."""
    forwards = [r for r in rows if r.original_date and r.thread_id is not None]
    if not forwards:
        return set()
    threads = sorted({r.thread_id for r in forwards if r.thread_id is not None})
    last_ae = dict(session.execute(
        select(Message.thread_id, func.max(Message.date))
        .where(Message.kind == "ae", Message.thread_id.in_(threads))
        .group_by(Message.thread_id)
    ).all())
    return {
        r.id for r in forwards
        if r.original_date and (last := last_ae.get(r.thread_id)) is not None
        and last > r.original_date
    }


def _stored_originals(session: Session, rows: Sequence[_Row]) -> set[tuple[str, datetime]]:
    """(sender, date) of forwarded client mail whose original is stored too: one query."""
    forwarded = [r for r in rows if r.original_sender and r.original_date]
    if not forwarded:
        return set()
    senders = sorted({r.original_sender.lower() for r in forwarded if r.original_sender})
    dates = sorted({r.original_date for r in forwarded if r.original_date})
    found = session.execute(
        select(Message.from_email, Message.date).where(
            Message.kind == "client",
            Message.original_sender.is_(None),
            func.lower(Message.from_email).in_(senders),
            Message.date.in_(dates),
        )
    )
    return {(sender.lower(), when) for sender, when in found if when is not None}


# A waiting mail's dates: the work's due dates and the days the client promised their part.
_DATED = ("due_date", "promised_date")


def _due_dates(session: Session, rows: Sequence[_Row]) -> dict[int, set[date]]:
    """Due dates mentioned anywhere in each waiting mail's thread, by thread id."""
    threads = sorted({r.thread_id for r in rows if r.thread_id is not None})
    by_thread: dict[int, set[date]] = defaultdict(set)
    for start in range(0, len(threads), DUE_DATE_CHUNK):
        chunk = threads[start : start + DUE_DATE_CHUNK]
        found = session.execute(
            select(Message.thread_id, Mention.due)
            .join(Message, Message.id == Mention.message_pk)
            .where(Mention.kind.in_(_DATED), Mention.due.is_not(None),
                   Message.thread_id.in_(chunk))
        )
        for thread_id, due in found:
            if thread_id is not None and due is not None:
                by_thread[thread_id].add(due)
    return by_thread


def _own_due_dates(session: Session, rows: Sequence[_Row]) -> dict[int, set[date]]:
    """Due dates of waiting mail outside any thread (should not happen, but never lose one)."""
    loose = [r.id for r in rows if r.thread_id is None]
    by_message: dict[int, set[date]] = defaultdict(set)
    for start in range(0, len(loose), DUE_DATE_CHUNK):
        found = session.execute(
            select(Mention.message_pk, Mention.due).where(
                Mention.kind.in_(_DATED), Mention.due.is_not(None),
                Mention.message_pk.in_(loose[start : start + DUE_DATE_CHUNK]),
            )
        )
        for message_pk, due in found:
            if due is not None:
                by_message[message_pk].add(due)
    return by_message


class _AgeMeter:
    """Business hours from many instants to one "now", walking each calendar day once.

    ``f(start, now) = f(start, start of the next local day) + tail(day)``, and
    ``tail`` (from the next local day to now) depends only on the day, so it
    is computed for all days at once, newest first, each from the next one.
    """

    def __init__(self, calendar: BusinessCalendar, tz: str, now: datetime,
                 starts: Sequence[datetime]) -> None:
        self.calendar, self.tz, self.now = calendar, tz, now
        self.zone = zone(tz)
        self._tail: dict[date, timedelta] = {}
        newer_start, newer_tail = now, timedelta(0)
        for day in sorted({s.astimezone(self.zone).date() for s in starts}, reverse=True):
            day_end = self._next_day(day)
            if day_end >= now:
                continue
            tail = newer_tail + calendar.business_time_between(day_end, newer_start, tz)
            self._tail[day] = tail
            newer_start, newer_tail = day_end, tail

    def _next_day(self, day: date) -> datetime:
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.zone).astimezone(UTC)

    def hours(self, start: datetime) -> float:
        """Business hours from ``start`` to now, rounded to 0.01; 0 for a future start."""
        if start >= self.now:
            return 0.0
        day = start.astimezone(self.zone).date()
        tail = self._tail.get(day)
        if tail is None:
            total = self.calendar.business_time_between(start, self.now, self.tz)
        else:
            total = self.calendar.business_time_between(start, self._next_day(day), self.tz) + tail
        return round(total / timedelta(hours=1), 2)


def build_report(
    session: Session,
    *,
    now: datetime,
    calendar: BusinessCalendar,
    timezone: str,
    settings: ReportSettings = DEFAULT_SETTINGS,
    ae_key: str | None = None,
) -> UnansweredReport:
    """The report as of ``now`` (see the module docstring for the rules); ``ae_key``: only
    that AE's mail ([[aes]])."""
    since = now - timedelta(days=settings.lookback_days) if settings.lookback_days else None
    rows = _waiting_rows(session, since, ae_key)
    left_out = {"thanks_only": 0, "client_owes_reply": 0, "forward_of_stored_mail": 0}
    kept: list[_Row] = []
    owed: list[_Row] = []
    originals = _stored_originals(session, rows)
    answered_forwards = _answered_forwards(session, rows)
    for row in rows:
        if row.id in answered_forwards:
            continue
        if row.original_sender and row.original_date and (
            row.original_sender.lower(), row.original_date) in originals:
            left_out["forward_of_stored_mail"] += 1
        elif is_thanks_only(row.new_text, sender_name=row.original_name or row.from_name):
            left_out["thanks_only"] += 1
        elif client_owes_reply(row.new_text):
            left_out["client_owes_reply"] += 1
            owed.append(row)
        else:
            kept.append(row)
    by_thread = _due_dates(session, kept + owed)
    loose = _own_due_dates(session, kept + owed)
    meter = _AgeMeter(calendar, timezone, now, [r.original_date or r.date for r in kept + owed])

    def waiting(row: _Row) -> WaitingMail:
        received = row.original_date or row.date
        due = by_thread.get(row.thread_id, set()) if row.thread_id is not None else loose[row.id]
        return WaitingMail(
            id=row.id,
            message_id=row.message_id,
            client=row.client or "(unknown client)",
            sender=row.original_sender or row.from_email,
            sender_name=(row.original_name if row.original_sender else row.from_name) or "",
            subject=row.subject,
            received_at=received,
            age_business_hours=meter.hours(received),
            thread_id=row.thread_id,
            first_lines=first_lines(row.new_text, count=settings.first_lines),
            due_dates=tuple(sorted(due)),
            forwarded_by=row.from_email if row.original_sender else None,
        )

    grouped: dict[str, list[WaitingMail]] = {}
    kept.sort(key=lambda r: (r.original_date or r.date, r.id))
    for row in kept:
        mail = waiting(row)
        grouped.setdefault(mail.client, []).append(mail)
    groups = []
    for client, mails in grouped.items():
        mails.sort(key=lambda m: (m.received_at, m.id))
        groups.append(ClientGroup(client, tuple(mails)))
    groups.sort(key=lambda g: (g.mails[0].received_at, g.client))
    owed.sort(key=lambda r: (r.original_date or r.date, r.id))
    return UnansweredReport(now, timezone, tuple(groups), left_out,
                            tuple(waiting(row) for row in owed),
                            _pending_proofs(session, calendar, timezone, now, ae_key))


def _pending_proofs(session: Session, calendar: BusinessCalendar, timezone: str,
                    now: datetime, ae_key: str | None,
                    ) -> tuple[tuple[str, str, float], ...]:
    rows = session.execute(
        select(ApprovalRound, Client.name).outerjoin(Client, Client.id == ApprovalRound.client_id)
        .where(ApprovalRound.status == "pending", owned_by(ApprovalRound.ae, ae_key))
        .order_by(ApprovalRound.sent_at)).all()
    meter = _AgeMeter(calendar, timezone, now, [r.sent_at for r, _ in rows])
    return tuple(
        (client or "(unknown client)",
         f"round {r.round}: {', '.join(f['name'] for f in r.files[:3]) or 'the proof'}",
         meter.hours(r.sent_at))
        for r, client in rows)


def unanswered_report(session: Session, config: Config, now: datetime) -> UnansweredReport:
    """The report with this configuration's calendar, time zone and ``[report]`` settings."""
    return build_report(
        session,
        now=now,
        calendar=report_calendar(config),
        timezone=config.agency.timezone,
        settings=config.report,
        ae_key=config.ae_key,
    )


__all__ = [
    "ClientGroup",
    "ReportSettings",
    "UnansweredReport",
    "WaitingMail",
    "build_report",
    "report_calendar",
    "unanswered_report",
]
