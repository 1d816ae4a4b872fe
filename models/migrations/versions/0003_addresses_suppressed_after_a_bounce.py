"""Addresses suppressed after a bounce: intake sends nothing there until the AE clears it.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suppressed_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("bounce_message_pk", sa.Integer(), nullable=True),
        sa.Column("outbound_mail_id", sa.Integer(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("cleared_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cleared_by", sa.String(length=320), nullable=True),
        sa.ForeignKeyConstraint(["bounce_message_pk"], ["messages.id"],
                                name=op.f("fk_suppressed_addresses_bounce_message_pk_messages")),
        sa.ForeignKeyConstraint(
            ["outbound_mail_id"], ["outbound_mail.id"],
            name=op.f("fk_suppressed_addresses_outbound_mail_id_outbound_mail"),
            ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppressed_addresses")),
    )
    op.create_index("ix_suppressed_addresses_address", "suppressed_addresses", ["address"])


def downgrade() -> None:
    op.drop_index("ix_suppressed_addresses_address", table_name="suppressed_addresses")
    op.drop_table("suppressed_addresses")
