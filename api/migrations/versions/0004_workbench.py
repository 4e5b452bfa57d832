"""The annotators' workbench: label changes and current human labels, curated Q&A entries,
officers' feedback.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "labelchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("article_id", sa.String(length=500), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("kinds", sa.String(length=200), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_labelchange_item", "labelchange", ["item"])
    op.create_table(
        "humanlabelstate",
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("article_id", sa.String(length=500), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("kinds", sa.String(length=200), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False),
        sa.Column("machine", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("item"),
    )
    op.create_index("ix_humanlabelstate_article_id", "humanlabelstate", ["article_id"])
    op.create_table(
        "qaentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=2000), nullable=False),
        sa.Column("answer", sa.String(length=8000), nullable=False),
        sa.Column("articles", sa.Text(), nullable=False),
        sa.Column("district", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("flag_reason", sa.String(length=1000), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("reviewed_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "feedbackitem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("question", sa.String(length=4000), nullable=False),
        sa.Column("answer", sa.String(length=16000), nullable=False),
        sa.Column("citations", sa.Text(), nullable=False),
        sa.Column("vote", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("golden_set", sa.String(length=64), nullable=True),
        sa.Column("gold_articles", sa.Text(), nullable=True),
        sa.Column("promoted_by", sa.String(length=64), nullable=True),
        sa.Column("promoted_at", _TS, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_feedbackitem_status", "feedbackitem", ["status"])


def downgrade() -> None:
    op.drop_index("ix_feedbackitem_status", table_name="feedbackitem")
    op.drop_table("feedbackitem")
    op.drop_table("qaentry")
    op.drop_index("ix_humanlabelstate_article_id", table_name="humanlabelstate")
    op.drop_table("humanlabelstate")
    op.drop_index("ix_labelchange_item", table_name="labelchange")
    op.drop_table("labelchange")
