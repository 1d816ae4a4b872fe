"""An iCalendar (RFC 5545) file of the client's milestones, to attach to the schedule mail.

Input: a ``SchedulePlan``, a summary prefix (e.g. the project's name), the
domain for event UIDs and the client's time zone.
Output: the ``.ics`` text: one all-day VEVENT per client-owned milestone,
CRLF line endings, lines folded at 75 octets, text escaped (the
``icalendar`` package does the encoding).
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, time, timedelta

import icalendar

from intake.scheduling.business_days import zone
from intake.scheduling.plan import SchedulePlan

PRODID = "-//intake//client milestones//EN"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "x"


def milestone_uid(summary_prefix: str, job_type: str, milestone: str, uid_domain: str) -> str:
    """Stable per project and milestone, so a re-sent file moves the event instead of adding one."""
    digest = hashlib.sha256(
        "\x1f".join((summary_prefix, job_type, milestone)).encode("utf-8")
    ).hexdigest()[:12]
    return f"{_slug(summary_prefix)}.{_slug(milestone)}.{digest}@{uid_domain}"


def milestones_ics(
    plan: SchedulePlan,
    *,
    summary_prefix: str,
    uid_domain: str,
    client_tz: str,
    now: datetime | None = None,
    sequence: int = 0,
) -> str:
    """The client's milestones as an iCalendar text.

    ``now`` stamps DTSTAMP (default: midnight UTC of ``plan.today``, so the
    output depends only on its inputs). Raise ``sequence`` each time a changed
    schedule is sent again so calendars replace the old events.
    """
    if not uid_domain or re.search(r"[\s@]", uid_domain):
        raise ValueError(f"uid_domain must be a bare domain, got {uid_domain!r}")
    zone(client_tz)  # reject an unknown zone before writing anything
    if now is None:
        stamp = datetime.combine(plan.today, time(0), tzinfo=UTC)
    elif now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be an aware datetime, got {now!r}")
    else:
        stamp = now.astimezone(UTC).replace(microsecond=0)

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-timezone", client_tz)  # read by common clients; dates are floating
    job = plan.job_type.name
    for milestone in plan.client_milestones:
        event = icalendar.Event()
        event.add("uid", milestone_uid(summary_prefix, job, milestone.name, uid_domain))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("dtstart", milestone.date)
        event.add("dtend", milestone.date + timedelta(days=1))
        summary = f"{summary_prefix}: {milestone.name}" if summary_prefix else milestone.name
        event.add("summary", summary)
        event.add(
            "description",
            f"Needed from you for the {job} by the end of business on "
            f"{milestone.date:%A %d %B %Y}.",
        )
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical()).decode("utf-8")
