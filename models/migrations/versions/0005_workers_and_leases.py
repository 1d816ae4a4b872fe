"""Workers and leases: mailboxes shared by several `intake run --worker` (issue 14).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("leases",
    sa.Column("name", sa.String(length=255), nullable=False),
    sa.Column("worker_id", sa.String(length=128), nullable=True),
    sa.Column("expires_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("acquired_at", models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("renewed_at", models.base.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("name", name=op.f("pk_leases"))
    )
    op.create_table("workers",
    sa.Column("id", sa.String(length=128), nullable=False),
    sa.Column("host", sa.String(length=255), nullable=False),
    sa.Column("pid", sa.Integer(), nullable=False),
    sa.Column("started_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("heartbeat_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("stopped_at", models.base.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_workers"))
    )


def downgrade() -> None:
    op.drop_table("workers")
    op.drop_table("leases")
