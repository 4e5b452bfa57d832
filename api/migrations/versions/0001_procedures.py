"""Saved procedures and their versions: the schema of the first release (made then by create_all).

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sopdoc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("scenario", sa.String(length=2000), nullable=False),
        sa.Column("district", sa.String(length=40), nullable=True),
        sa.Column("latest_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sopversion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sop_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.String(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["sop_id"], ["sopdoc.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sop_id", "version"),
    )
    op.create_index("ix_sopversion_sop_id", "sopversion", ["sop_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sopversion_sop_id", table_name="sopversion")
    op.drop_table("sopversion")
    op.drop_table("sopdoc")
