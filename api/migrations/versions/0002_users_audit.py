"""Users with roles, and the append-only audit log (database triggers refuse changes).

Revision ID: 0002
Revises: 0001
Create Date: 2026-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Audit rows younger than this many days cannot be deleted (api/audit.py: MIN_RETENTION_DAYS).
FLOOR_DAYS = 30

SQLITE_TRIGGERS = [
    """CREATE TRIGGER auditrecord_no_update BEFORE UPDATE ON auditrecord
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only: rows cannot be changed'); END""",
    f"""CREATE TRIGGER auditrecord_no_early_delete BEFORE DELETE ON auditrecord
       WHEN OLD.at > datetime('now', '-{FLOOR_DAYS} days')
       BEGIN
         SELECT RAISE(ABORT, 'audit log is append-only: rows younger than {FLOOR_DAYS} days cannot be deleted');
       END""",
]

POSTGRES_TRIGGERS = [
    f"""CREATE FUNCTION auditrecord_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' THEN
            RAISE EXCEPTION 'audit log is append-only: rows cannot be changed';
          ELSIF TG_OP = 'TRUNCATE' THEN
            RAISE EXCEPTION 'audit log is append-only: it cannot be truncated';
          ELSIF OLD.at > now() - interval '{FLOOR_DAYS} days' THEN
            RAISE EXCEPTION 'audit log is append-only: rows younger than {FLOOR_DAYS} days cannot be deleted';
          END IF;
          RETURN OLD;
        END $$""",
    """CREATE TRIGGER auditrecord_append_only BEFORE UPDATE OR DELETE ON auditrecord
       FOR EACH ROW EXECUTE FUNCTION auditrecord_append_only()""",
    """CREATE TRIGGER auditrecord_no_truncate BEFORE TRUNCATE ON auditrecord
       FOR EACH STATEMENT EXECUTE FUNCTION auditrecord_append_only()""",
]


def upgrade() -> None:
    op.create_table(
        "useraccount",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=512), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_useraccount_username", "useraccount", ["username"], unique=True)
    op.create_table(
        "auditrecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("route", sa.String(length=200), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=4000), nullable=True),
        sa.Column("detail", sa.String(length=2000), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_auditrecord_at", "auditrecord", ["at"], unique=False)
    op.create_index("ix_auditrecord_username", "auditrecord", ["username"], unique=False)
    statements = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE auditrecord")
        op.execute("DROP FUNCTION auditrecord_append_only()")
    else:
        op.drop_table("auditrecord")
    op.drop_index("ix_useraccount_username", table_name="useraccount")
    op.drop_table("useraccount")
