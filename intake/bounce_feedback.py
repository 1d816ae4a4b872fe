"""A delivery report about mail intake sent: the recipient is marked, the address suppressed,
the AE told.

Input: a stored message the classifier called a bounce (a pipeline ``after_store``
hook). Output: for each outbound mail of ours it names (by the Message-ID of the
returned original, its headers, or In-Reply-To/References), the recipients it says
failed for good become ``bounced``; an outside address among them is suppressed
(``intake.outbound.suppression``) so no guidance or reminder goes there again until the
AE clears it; and the AE gets one notice per report saying so. A report that only says
"delayed" changes nothing: the server is still trying.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.drafts.context import DraftContext
from intake.drafts.mails import queue_notice
from intake.outbound.suppression import suppress
from intake.stages import Work
from models import Message
from models.outbox import OutboundMail, OutboundRecipient

log = logging.getLogger(__name__)

# Message-IDs a report quotes: the returned original's headers (message/rfc822 or
# text/rfc822-headers parts) and the DSN's own "Original-Message-ID" field.
_QUOTED_ID = re.compile(rb"^(?:original-)?message-id:[ \t]*(<[^<>\s]{3,998}>)",
                        re.IGNORECASE | re.MULTILINE)
# A report whose subject says "delayed" or "warning" is no failure, whatever else it says.
_ONLY_DELAYED = re.compile(r"delay|warn|retard|verz[öo]ger|retras", re.IGNORECASE)
NOTICE_KIND = "bounce-notice"


@dataclass(frozen=True, slots=True)
class BounceFeedback:
    """The ``after_store`` hook (see the module docstring)."""

    ctx: DraftContext
    # Each AE's context by AE key ([[aes]]): the AE told is the one whose client mail
    # caused the mail that bounced (else the first AE).
    tenants: Mapping[str, DraftContext] = field(default_factory=dict)

    def _ctx_of(self, session: Session, row: OutboundMail) -> DraftContext:
        if not self.tenants or row.cause_message_pk is None:
            return self.ctx
        cause = session.get(Message, row.cause_message_pk)
        return self.tenants.get(cause.ae or "", self.ctx) if cause is not None else self.ctx

    def __call__(self, session: Session, work: Work) -> None:
        mail, verdict = work.parsed, work.verdict
        if mail is None or verdict is None or verdict.reason != "bounce":
            return
        ids = set(mail.in_reply_to) | set(mail.references)
        ids |= {m.decode("ascii", "replace") for m in _QUOTED_ID.findall(work.raw.raw)}
        ids |= {hop.message_id for hop in mail.forwards if hop.message_id}
        ids = {i if i.startswith("<") else f"<{i}>" for i in ids} - {
            f"<{(mail.message_id or '').strip('<>')}>"}
        if not ids:
            return
        ours = session.scalars(select(OutboundMail).where(
            OutboundMail.message_id.in_(sorted(ids)))).all()
        for row in ours:
            failed = [r for r in self._failed(row, set(mail.bounced), bool(mail.delayed),
                                              mail.subject) if r.status != "bounced"]
            if failed:  # a second report about the same recipients tells nobody anything new
                self._record(session, work, row, failed, mail.subject)

    def _failed(self, row: OutboundMail, bounced: set[str], delayed: bool,
                subject: str) -> list[OutboundRecipient]:
        """The recipients of ``row`` the report says failed for good."""
        sent_to = [r for r in row.recipients if r.status in ("delivered", "pending", "bounced")]
        named = [r for r in sent_to if r.address in bounced]
        if named or bounced or delayed or _ONLY_DELAYED.search(subject):
            return named
        # A report no detector could read, about a mail to one person: that person.
        return sent_to if len(sent_to) == 1 else []

    def _record(self, session: Session, work: Work, row: OutboundMail,
                failed: list[OutboundRecipient], subject: str) -> None:
        ctx = self._ctx_of(session, row)
        now = ctx.clock.now()
        reason = f"bounced: {subject or 'a delivery report'}"
        team = {a.lower() for a in ctx.agency.staff_addresses}  # every AE's team
        suppressed: list[str] = []
        for recipient in failed:
            recipient.status, recipient.reply = "bounced", reason
            if recipient.address not in team and suppress(
                    session, recipient.address, reason=reason, now=now,
                    bounce_message_pk=work.message_pk, outbound_mail_id=row.id):
                suppressed.append(recipient.address)
        log.warning("outbound %s bounced for %s", row.message_id,
                    ", ".join(r.address for r in failed))
        if row.kind == NOTICE_KIND or ctx.agency.ae.lower() in {r.address for r in failed}:
            return  # a notice about a notice that bounced would bounce again
        addresses = ", ".join(r.address for r in failed)
        message = (f'The mail intake sent on {row.created_at:%Y-%m-%d} ("{row.subject}") '
                   f"came back undelivered for {addresses}.")
        if suppressed:
            message += (" intake sends nothing more there (no guidance, no reminders) until "
                        "you clear it: check the address with the client, then run "
                        + " and ".join(f"`intake outbox clear {a}`" for a in suppressed) + ".")
        queue_notice(session, ctx, kind=NOTICE_KIND,
                     dedupe_key=f"bounce:{work.message_pk}:{row.id}",
                     subject=f"intake: mail to {addresses} bounced", message=message,
                     items=[reason])
