"""SQLAlchemy 2 declarative models of intake. Importing this package registers every table."""

from models.approvals import ApprovalDecision, ApprovalRound
from models.base import Base, UTCDateTime
from models.clients import Client
from models.drafts import AuditEvent, ChangeLedgerEntry, Draft, DraftToken, DraftVersion
from models.mail import (
    FolderState,
    Message,
    MessageLocation,
    MessageReference,
    QuarantinedMail,
    Thread,
)
from models.mentions import Mention
from models.outbox import OutboundMail, OutboundRecipient, SuppressedAddress
from models.projects import Project, ProjectThread
from models.reminders import GuidanceMail, ProjectReminder
from models.workers import JobRun, Lease, Worker

#: The newest alembic revision (models/migrations/versions): ``intake run`` compares the
#: database with it without loading alembic (8 MB it would keep for the whole run).
#: tests/unit/test_schema_head.py keeps it equal to alembic's head.
SCHEMA_HEAD = "0006"

__all__ = [
    "SCHEMA_HEAD",
    "ApprovalDecision",
    "ApprovalRound",
    "AuditEvent",
    "Base",
    "ChangeLedgerEntry",
    "Client",
    "Draft",
    "DraftToken",
    "DraftVersion",
    "FolderState",
    "GuidanceMail",
    "JobRun",
    "Lease",
    "Mention",
    "Message",
    "MessageLocation",
    "MessageReference",
    "OutboundMail",
    "OutboundRecipient",
    "Project",
    "ProjectReminder",
    "ProjectThread",
    "QuarantinedMail",
    "SuppressedAddress",
    "Thread",
    "UTCDateTime",
    "Worker",
]
