"""Approval rounds and the decisions read from clients" replies (issue 10).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

import models.base


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("approval_rounds",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("client_id", sa.Integer(), nullable=True),
    sa.Column("project_id", sa.Integer(), nullable=True),
    sa.Column("thread_id", sa.Integer(), nullable=True),
    sa.Column("round", sa.Integer(), nullable=False),
    sa.Column("status", sa.String(length=24), nullable=False),
    sa.Column("files", sa.JSON(), nullable=False),
    sa.Column("approvers", sa.JSON(), nullable=False),
    sa.Column("source_message_pk", sa.Integer(), nullable=False),
    sa.Column("source_message_id", sa.String(length=998), nullable=True),
    sa.Column("sent_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("decided_at", models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("decided_by", sa.String(length=320), nullable=True),
    sa.Column("evidence", sa.Text(), nullable=True),
    sa.Column("confidence", sa.Float(), nullable=True),
    sa.Column("decision_message_pk", sa.Integer(), nullable=True),
    sa.Column("decision_message_id", sa.String(length=998), nullable=True),
    sa.Column("reminders_sent", sa.Integer(), nullable=False),
    sa.Column("last_reminded_at", models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("replied_at", models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("updated_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                            name=op.f("fk_approval_rounds_client_id_clients")),
    sa.ForeignKeyConstraint(["decision_message_pk"], ["messages.id"],
                            name=op.f("fk_approval_rounds_decision_message_pk_messages")),
    sa.ForeignKeyConstraint(["project_id"], ["projects.id"],
                            name=op.f("fk_approval_rounds_project_id_projects")),
    sa.ForeignKeyConstraint(["source_message_pk"], ["messages.id"],
                            name=op.f("fk_approval_rounds_source_message_pk_messages")),
    sa.ForeignKeyConstraint(["thread_id"], ["threads.id"],
                            name=op.f("fk_approval_rounds_thread_id_threads")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_rounds"))
    )
    with op.batch_alter_table("approval_rounds", schema=None) as batch_op:
        batch_op.create_index("ix_approval_rounds_status", ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_approval_rounds_thread_id"), ["thread_id"], unique=False)

    op.create_table("approval_decisions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("round_id", sa.Integer(), nullable=False),
    sa.Column("status", sa.String(length=24), nullable=False),
    sa.Column("evidence", sa.Text(), nullable=False),
    sa.Column("confidence", sa.Float(), nullable=False),
    sa.Column("decided_by", sa.String(length=320), nullable=False),
    sa.Column("flagged", sa.Boolean(), nullable=False),
    sa.Column("message_pk", sa.Integer(), nullable=True),
    sa.Column("message_id", sa.String(length=998), nullable=True),
    sa.Column("decided_at", models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["message_pk"], ["messages.id"],
                            name=op.f("fk_approval_decisions_message_pk_messages")),
    sa.ForeignKeyConstraint(["round_id"], ["approval_rounds.id"],
                            name=op.f("fk_approval_decisions_round_id_approval_rounds"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_decisions"))
    )
    with op.batch_alter_table("approval_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_decisions_round_id"), ["round_id"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("approval_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_decisions_round_id"))

    op.drop_table("approval_decisions")
    with op.batch_alter_table("approval_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_rounds_thread_id"))
        batch_op.drop_index("ix_approval_rounds_status")

    op.drop_table("approval_rounds")
