"""Schema migrations with Alembic: an encrypted backup copy (VACUUM INTO) before upgrading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
FTS_TABLES = ("person_fts", "case_fts")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup(engine: Engine, backup_dir: Path, label: str) -> Path:
    """Copy the database with VACUUM INTO: the copy is encrypted with the same key."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"cii-before-{label}-{stamp}.db"
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    return target


def upgrade(engine: Engine, backup_dir: Path, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; an existing database is backed up first."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    copy = backup(engine, backup_dir, current) if current is not None else None
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    return copy
