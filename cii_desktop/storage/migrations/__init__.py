"""Alembic migration scripts of the local database (run through storage.migrate)."""
