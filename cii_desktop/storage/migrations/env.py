"""Alembic environment: always run on the already-opened encrypted connection given by migrate.py."""

from __future__ import annotations

from alembic import context

from cii_desktop.storage.schema import METADATA

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic without a connection
    raise RuntimeError("run migrations through cii_desktop.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=METADATA,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
