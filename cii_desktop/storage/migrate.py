"""Schema migrations with Alembic: an encrypted backup copy (VACUUM INTO) before upgrading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only when a migration runs
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

from .errors import StoreError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision; a test checks it is Alembic's head. Knowing it lets start-up skip
# loading Alembic and its scripts when the database is already current.
HEAD = "0017"
FTS_TABLES = ("person_fts", "case_fts")


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of the app: refused before anything is written."""

    code = "store.app_too_old"


def schema_number(revision: str) -> int:
    """The order of a schema revision ("0008" -> 8); revisions are numbered, never named."""
    digits = revision.strip()
    if not digits.isdigit():
        raise ValueError(f"not a schema revision: {revision!r}")
    return int(digits)


def is_newer(revision: str, than: str | None = None) -> bool:
    """True when ``revision`` comes after ``than`` (default: this app's HEAD); an unreadable
    revision counts as newer (it is nothing this version wrote)."""
    try:
        return schema_number(revision) > schema_number(than or HEAD)
    except ValueError:
        return True


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Alembic's head, read from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None for a new, empty database)."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None


def backup(engine: Engine, backup_dir: Path, label: str) -> Path:
    """Copy the database with VACUUM INTO: the copy is encrypted with the same key."""
    import os

    from ..paths import create_private_file, private_dir

    private_dir(backup_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"cii-before-{label}-{stamp}.db"
    os.close(create_private_file(target))  # 0600 before a byte is written; VACUUM INTO fills it
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    return target


def upgrade(engine: Engine, backup_dir: Path, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; an existing database is backed up first."""
    current = current_revision(engine)
    target = HEAD if revision == "head" else revision
    if current == target:
        return None
    if current is not None and is_newer(current):
        raise NewerDatabaseError()  # before the backup and Alembic: nothing is opened half-way
    from alembic import command

    copy = backup(engine, backup_dir, current) if current is not None else None
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    return copy

