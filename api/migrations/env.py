"""Alembic environment: always online, on the connection :func:`api.migrations.upgrade` passes in."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by running the alembic command by hand
    raise RuntimeError("run migrations through api.migrations.upgrade (jingzhi opens and migrates the database)")
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
