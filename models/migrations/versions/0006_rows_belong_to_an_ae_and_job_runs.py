"""Rows belong to an AE ([[aes]]) and scheduled runs are claimed per due time (issue 14).

``ae`` (the AE's address, lower-case) on messages, clients, projects, drafts and
approval rounds; NULL on rows written before, which ``intake.tenancy.adopt`` gives
to their client's AE (else the first AE) when intake starts. ``job_runs``: one row per
scheduled job and due time, inserted by the worker that runs it.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("messages", "clients", "projects", "drafts", "approval_rounds")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("ae", sa.String(length=320), nullable=True))
            batch.create_index(op.f(f"ix_{table}_ae"), ["ae"], unique=False)
    op.create_table("job_runs",
    sa.Column("name", sa.String(length=255), nullable=False),
    sa.Column("due_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("worker_id", sa.String(length=128), nullable=False),
    sa.Column("claimed_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("finished_at", models.base.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("name", "due_at", name=op.f("pk_job_runs"))
    )


def downgrade() -> None:
    op.drop_table("job_runs")
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_ae"))
            batch.drop_column("ae")
