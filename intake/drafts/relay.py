"""Relay: a confirmed draft to Traffic and the Account Coordinator; a recap to the client.

Input: a confirmed :class:`models.Draft` and the :class:`DraftContext`.
Output: queued outbox rows in the caller's unit of work, and audit events.

The relay carries the facts, the project's ledger of confirmed changes
against its original budget and due date, and the client's own words
quoted. The client recap goes from the AE to the client contact, in the
client's thread, asking for acknowledgement.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.drafts.context import DraftContext, audit
from intake.drafts.mails import (
    KIND_LABELS,
    bracket,
    draft_view,
    impact_lines,
    local_time,
    money,
    subject_line,
    thread_references,
)
from intake.outbound.compose import compose_mail
from intake.outbound.render import render_mail
from intake.parsers.types import Address
from models import Message, Project
from models.drafts import ChangeLedgerEntry, Draft


def ledger_lines(session: Session, project: Project | None) -> list[dict[str, str]]:
    """The project's confirmed changes, oldest first, as the relay template shows them."""
    if project is None:
        return []
    rows = session.scalars(
        select(ChangeLedgerEntry).where(ChangeLedgerEntry.project_id == project.id)
        .order_by(ChangeLedgerEntry.confirmed_at, ChangeLedgerEntry.id)
    )
    lines = []
    for row in rows:
        budget = ""
        if row.budget_after is not None:
            budget = (f"{money(row.budget_before, row.currency) or 'not set'} -> "
                      f"{money(row.budget_after, row.currency)}")
        due = ""
        if row.due_after is not None:
            before = row.due_before.isoformat() if row.due_before else "not set"
            due = f"{before} -> {row.due_after.isoformat()}"
        lines.append({"when": row.confirmed_at.date().isoformat(), "what": row.what,
                      "budget": budget, "due": due})
    return lines


def relay(session: Session, ctx: DraftContext, draft: Draft, *, actor: str,
          cause_pk: int | None) -> list[str]:
    """Queue the relay mail; returns who it goes to (empty when none is configured)."""
    recipients = [a for a in (ctx.agency.traffic, ctx.agency.coordinator) if a]
    now = ctx.clock.now()
    if not recipients:
        audit(session, action="relay-skipped", actor="intake", at=now, draft=draft,
              message_pk=cause_pk, reason="no agency.traffic or agency.coordinator configured")
        return []
    view = draft_view(session, ctx, draft)
    project = session.get(Project, draft.project_id) if draft.project_id else None
    kind_label = KIND_LABELS[draft.kind]
    text, html = render_mail(
        "relay_draft",
        ae=ctx.agency.ae, client=view["client"], contact=view["contact"], date=view["date"],
        current_budget=money(project.budget, project.currency) if project else "",
        current_due=project.due_date.isoformat() if project and project.due_date else "",
        description=draft.description, facts=view["facts"], impact=impact_lines(draft),
        kind=draft.kind, kind_label=kind_label, ledger=ledger_lines(session, project),
        original_budget=money(project.original_budget, project.currency) if project else "",
        original_due=(project.original_due_date.isoformat()
                      if project and project.original_due_date else ""),
        project=view["project"],
        quotes=list(dict.fromkeys(f["sentence"] for f in view["facts"] if f["sentence"])),
        summary=draft.summary,
    )
    mail = compose_mail(
        sender=Address(f"{ctx.agency.name} intake", ctx.agency.intake), to=recipients,
        reply_to=ctx.agency.ae,
        subject=f"[Confirmed {kind_label}] {subject_line(view, [draft])}",
        text=text, html=html, clock=ctx.clock, kind="relay",
    )
    ctx.outbox.queue(mail, kind="relay", dedupe_key=f"relay:{draft.id}", cause_message_pk=cause_pk,
                     session=session)
    draft.relayed_at = now
    audit(session, action="relayed", actor=actor, at=now, draft=draft, message_pk=cause_pk,
          detail={"to": recipients, "mail": mail.message_id})
    return recipients


def send_to_client(session: Session, ctx: DraftContext, draft: Draft, *, actor: str,
                   cause_pk: int | None) -> str:
    """Queue a recap to the client contact for acknowledgement; returns the address."""
    now = ctx.clock.now()
    source = session.get_one(Message, draft.source_message_pk)
    to = source.original_sender or source.from_email
    name = (source.original_name or source.from_name or "").split(" ")[0] or "there"
    view = draft_view(session, ctx, draft)
    client = ctx.client_config(session, draft.client_id)
    zone = (client.timezone if client and client.timezone else ctx.agency.timezone)
    facts = [f for f in view["facts"] if f["label"] != "Change request"]
    if draft.kind == "change_order":
        facts = [{"label": "Change", "value": draft.description, "sentence": ""}]
    text, html = render_mail(
        "client_recap", ae_name=ctx.agency.ae, agency=ctx.agency.name, contact_name=name,
        date=local_time(source.original_date or source.date, zone).split(" ")[0],
        facts=facts, impact=impact_lines(draft) if draft.kind == "change_order" else [],
        project=view["project"],
    )
    subject = view["subject"]
    mail = compose_mail(
        sender=Address(ctx.agency.name, ctx.agency.ae), to=[to],
        subject=subject if subject.lower().startswith("re:") else f"Re: {subject}",
        text=text, html=html, clock=ctx.clock, kind="client-recap",
        in_reply_to=bracket(source.message_id),
        references=thread_references(source),
    )
    ctx.outbox.queue(mail, kind="client-recap", dedupe_key=f"recap:{draft.id}",
                     cause_message_pk=cause_pk, session=session)
    draft.sent_to_client_at = now
    audit(session, action="sent-to-client", actor=actor, at=now, draft=draft,
          message_pk=cause_pk, detail={"to": to, "mail": mail.message_id})
    return to
