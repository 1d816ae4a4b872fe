"""Approval rounds opened by proofs the agency sends, decided by the client's replies.

Input: each stored message with its classification (a pipeline ``after_store`` hook).
Output: ``approval_rounds`` and ``approval_decisions`` rows.

- Agency mail to a client contact (To or Cc) that carries a proof (an attachment of
  a proof kind, :data:`PROOF_TYPES`, or a link to a proofing service,
  :data:`PROOF_HOSTS`) opens a round in its thread: round N+1 when the thread already
  has rounds (the earlier ones keep their outcome). Its files are kept by name and
  SHA-256 (an attachment that cannot be decoded is hashed as sent).
- A client mail in a thread with a round is read with
  :func:`intake.approvals.decisions.read_decision` (the client's new words only). A
  decision is kept even when the round was decided before (a second decision, both
  visible); one from someone the proof did not go to is kept and flagged. Changes
  in an "approved with changes" reply are drafted into the project's change order by
  the drafting service, which reads the same mail.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import Message as EmailMessage

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.approvals.decisions import read_decision
from intake.classify import AE, CLIENT, IGNORED
from intake.clock import Clock
from intake.stages import Work
from models import (
    ApprovalDecision,
    ApprovalRound,
    Message,
    MessageReference,
    ProjectThread,
)

log = logging.getLogger(__name__)

PROOF_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg", "image/gif",
                         "image/tiff", "image/webp", "image/svg+xml", "application/postscript",
                         "image/vnd.adobe.photoshop", "application/illustrator"})
PROOF_EXTENSIONS = frozenset({"pdf", "png", "jpg", "jpeg", "gif", "tif", "tiff", "webp",
                              "svg", "eps", "ai", "psd", "indd"})
PROOF_HOSTS = ("ziflow.com", "ziflow.io", "filestage.io", "frame.io", "pageproof.com",
               "markup.io", "gomarkup.com", "proofhub.com", "approval.studio")
_LINK = re.compile(r"https?://[^\s<>\"')]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ApprovalHook:
    """``Pipeline.after_store`` hook (see the module docstring). ``notify(session, subject,
    message, key)`` tells the AE at once (a proof sent to a supplier before approval)."""

    clock: Clock
    proof_hosts: Sequence[str] = PROOF_HOSTS
    suppliers: frozenset[str] = frozenset()
    notify: Callable[[Session, str, str, str], None] | None = None

    def __call__(self, session: Session, work: Work) -> None:
        mail, verdict, message = work.parsed, work.verdict, work.message
        if mail is None or verdict is None or message is None:
            return
        to_supplier = sorted({a.email for a in (*mail.to, *mail.cc)} & self.suppliers)
        if to_supplier and verdict.kind in (AE, IGNORED):
            self._check_supplier(session, work, to_supplier)
        if verdict.kind == AE:
            files = proof_files(work.raw.raw, mail.new_text, self.proof_hosts)
            approvers = sorted({a.email for a in (*mail.to, *mail.cc)
                                if verdict.client is not None
                                and _of_client(a.email, verdict.client)})
            if files and approvers:
                self._open(session, work, files, approvers)
        elif verdict.kind == CLIENT:
            self._decide(session, work)

    def _open(self, session: Session, work: Work, files: list[dict[str, str]],
              approvers: list[str]) -> None:
        message = work.message
        assert message is not None
        previous = session.scalar(select(func.max(ApprovalRound.round)).where(
            ApprovalRound.thread_id == message.thread_id)) if message.thread_id else None
        project_id = session.scalar(select(ProjectThread.project_id).where(
            ProjectThread.thread_id == message.thread_id)) if message.thread_id else None
        if project_id is None:
            project_id = _named_project(session, message, files)
        now = self.clock.now()
        row = ApprovalRound(
            client_id=message.client_id, project_id=project_id, thread_id=message.thread_id,
            round=(previous or 0) + 1, status="pending", files=files, approvers=approvers,
            source_message_pk=message.id, source_message_id=message.message_id,
            sent_at=message.date or now, created_at=now, updated_at=now, ae=message.ae)
        session.add(row)
        session.flush()
        log.info("approval round %d opened by %s (%d file(s))", row.round, message.message_id,
                 len(files))
        # Replies read before the proof itself (INBOX synced before Sent): decide them now.
        if message.message_id:
            early = session.scalars(
                select(Message).join(MessageReference, MessageReference.message_pk == Message.id)
                .where(MessageReference.ref == message.message_id, Message.kind == CLIENT)
                .order_by(Message.date, Message.id)).all()
            for reply in early:
                self._record(session, row, reply, reply.new_text,
                             (reply.original_sender or reply.from_email), None)

    def _check_supplier(self, session: Session, work: Work, suppliers: list[str]) -> None:
        """A proof sent to a supplier while its round is not approved: tell the AE now."""
        message = work.message
        assert message is not None and work.parsed is not None
        files = proof_files(work.raw.raw, work.parsed.new_text, self.proof_hosts)
        hashes = {f["sha256"] for f in files if f["sha256"]}
        if not hashes:
            return
        unapproved = [r for r in session.scalars(select(ApprovalRound).where(
            ApprovalRound.status.not_in(("approved", "approved_with_changes"))))
            if hashes & {f.get("sha256") for f in r.files}]
        if not unapproved or self.notify is None:
            return
        rnd = unapproved[-1]
        names = ", ".join(f["name"] for f in files if f["sha256"] in hashes)
        self.notify(
            session, f"intake: a proof went to {', '.join(suppliers)} before the client "
                     "approved it",
            f"{names} (round {rnd.round}, {rnd.status}) was sent to {', '.join(suppliers)} "
            f"in \"{message.subject}\" while the client has not approved it.",
            f"supplier-proof:{message.id}")

    def _decide(self, session: Session, work: Work) -> None:
        message, mail, verdict = work.message, work.parsed, work.verdict
        assert message is not None and mail is not None and verdict is not None
        refs = [*mail.in_reply_to, *mail.references]
        answered = session.scalars(select(ApprovalRound).where(
            ApprovalRound.source_message_id.in_(refs))
            .order_by(ApprovalRound.round.desc()).limit(1)).first() if refs else None
        if answered is None and work.thread_opened:
            return  # a conversation this mail started has no round yet
        open_round = answered or session.scalars(select(ApprovalRound).where(
            ApprovalRound.thread_id == message.thread_id)
            .order_by(ApprovalRound.round.desc()).limit(1)).first()
        if open_round is None or (message.date and message.date < open_round.sent_at):
            return
        sender = verdict.sender.email if verdict.sender else message.from_email
        if sender.lower() in {a.lower() for a in open_round.approvers}:
            open_round.replied_at = open_round.replied_at or self.clock.now()  # no reminders
        language = verdict.client.language if verdict.client else None
        self._record(session, open_round, message, mail.new_text, sender, language)

    def _record(self, session: Session, open_round: ApprovalRound, message: Message,
                new_text: str, sender: str, language: str | None) -> None:
        decision = read_decision(new_text, language=language)
        if decision.status == "none":
            return
        sender = sender.lower()
        now = self.clock.now()
        flagged = sender not in {a.lower() for a in open_round.approvers}
        open_round.decisions.append(ApprovalDecision(
            status=decision.status, evidence=decision.sentence,
            confidence=decision.confidence, decided_by=sender, flagged=flagged,
            message_pk=message.id, message_id=message.message_id, decided_at=now))
        if open_round.status != "pending":
            log.warning("approval round %d decided again (%s, was %s) by %s",
                        open_round.round, decision.status, open_round.status, sender)
        open_round.status = decision.status
        open_round.decided_at = message.date or now
        open_round.decided_by = sender
        open_round.evidence = decision.sentence
        open_round.confidence = decision.confidence
        open_round.decision_message_pk = message.id
        open_round.decision_message_id = message.message_id
        open_round.updated_at = now


def _named_project(session: Session, message: Message,
                   files: list[dict[str, str]]) -> int | None:
    """The one open project of the client that the subject or a file name names
    ("spring-catch-poster-v2.pdf" names "Spring Catch")."""
    from intake.drafts.projects import named_projects, open_project_names

    if message.client_id is None:
        return None
    names = " ".join(re.sub(r"[-_.]+", " ", f["name"].rpartition(".")[0] or f["name"])
                     for f in files)
    named = named_projects(f"{message.subject}\n{names}",
                           open_project_names(session, message.client_id))
    return named[0].id if len(named) == 1 else None


def _of_client(address: str, client: object) -> bool:
    domain = address.rpartition("@")[2].lower()
    domains = getattr(client, "domains", ())
    contacts = getattr(client, "contacts", ())
    return address.lower() in contacts or any(
        domain == d or domain.endswith("." + d) for d in domains)


def proof_files(raw: bytes, text: str, hosts: Sequence[str] = PROOF_HOSTS
                ) -> list[dict[str, str]]:
    """The proofs a mail carries: attachments of a proof kind (name, type, SHA-256 of the
    decoded bytes, or of the part as sent when it cannot be decoded) and links to a
    proofing service in its own words."""
    files: list[dict[str, str]] = []
    try:
        parsed: EmailMessage = email.message_from_bytes(raw, policy=email.policy.compat32)
        parts = list(parsed.walk())
    except Exception:  # an unreadable structure has no attachments we can name
        parts = []
    for part in parts:
        if part.is_multipart():
            continue
        name = part.get_filename() or ""
        ctype = part.get_content_type()
        extension = name.rpartition(".")[2].lower() if "." in name else ""
        if not name or (ctype not in PROOF_TYPES and extension not in PROOF_EXTENSIONS):
            continue
        try:
            data = part.get_payload(decode=True)
        except Exception:
            data = None
        if not isinstance(data, bytes) or not data:
            payload = part.get_payload()
            data = payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) \
                else b""
        files.append({"name": name, "content_type": ctype,
                      "sha256": hashlib.sha256(data).hexdigest()})
    for link in _LINK.findall(text or ""):
        host = link.split("/")[2].lower().split(":")[0]
        if any(host == h or host.endswith("." + h) for h in hosts):
            files.append({"name": link, "content_type": "link", "sha256": ""})
    return files
