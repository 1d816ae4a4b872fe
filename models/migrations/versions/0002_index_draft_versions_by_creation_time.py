"""Index draft versions by creation time: the daily draft cap counts today's mails.

Revision ID: 0002
Revises: 0001_initial
"""

from alembic import op

revision = "0002"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_draft_versions_created_at", "draft_versions", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_draft_versions_created_at", table_name="draft_versions")
