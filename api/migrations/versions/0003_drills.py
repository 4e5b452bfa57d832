"""Drills and officers' attempts (issue 16).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drilldoc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario", sa.String(length=2000), nullable=False),
        sa.Column("case_type", sa.String(length=40), nullable=False),
        sa.Column("district", sa.String(length=40), nullable=True),
        sa.Column("sop_id", sa.Integer(), nullable=True),
        sa.Column("sop_version", sa.Integer(), nullable=True),
        sa.Column("content", sa.String(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["sop_id"], ["sopdoc.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "drillattempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("drill_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("district", sa.String(length=40), nullable=True),
        sa.Column("case_type", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("grader", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("grade", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["drill_id"], ["drilldoc.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_drillattempt_drill_id", "drillattempt", ["drill_id"], unique=False)
    op.create_index("ix_drillattempt_username", "drillattempt", ["username"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_drillattempt_username", table_name="drillattempt")
    op.drop_index("ix_drillattempt_drill_id", table_name="drillattempt")
    op.drop_table("drillattempt")
    op.drop_table("drilldoc")
