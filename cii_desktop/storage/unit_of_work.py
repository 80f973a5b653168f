"""The one way to write: a unit of work that journals every change and never removes synced rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import sqlalchemy.exc
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from . import journal
from .errors import classify
from .models import LocalSetting, Synced, utcnow
from .store import Store

T = TypeVar("T", bound=Synced)


class UnitOfWork:
    """A transaction: commit on success, rollback on any error (never a half-written record)."""

    def __init__(self, session: Session, store: Store | None = None) -> None:
        self.session = session
        self.store = store  # whose workstation writes: guarded services check its user's roles

    def add(self, obj: T) -> T:
        self.session.add(obj)
        return obj

    def get(self, model: type[T], row_id: str) -> T | None:
        obj = self.session.get(model, row_id)
        return None if obj is None or obj.deleted else obj

    def delete(self, obj: Synced) -> None:
        """Tombstone: the row stays, flagged deleted, and the deletion is journaled."""
        obj.deleted = True
        obj.updated_at = utcnow()

    def flush(self) -> None:
        self.session.flush()


def _sessions(store: Store) -> sessionmaker[Session]:
    if store._sessions is None:
        store._sessions = sessionmaker(store.engine, expire_on_commit=False)
    factory: sessionmaker[Session] = store._sessions
    return factory


@contextmanager
def run_unit_of_work(store: Store) -> Iterator[UnitOfWork]:
    """A transaction that journals every flush in the name of the store's workstation."""
    from . import audit

    actor = audit.actor_row(store.read_connection(), store.workstation_id)
    session = _sessions(store)()
    journal.install(session, store.workstation_id, store.clock, actor)
    try:
        yield UnitOfWork(session, store)
        session.commit()
    except sqlalchemy.exc.OperationalError as exc:
        session.rollback()
        raise classify(exc) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def run_reading(store: Store) -> Iterator[Session]:
    """A session for queries only; loaded objects stay readable (detached) after it ends."""
    session = _sessions(store)()
    session.info["read_only"] = True
    try:
        yield session
        if session.new or session.dirty or session.deleted:
            raise RuntimeError("write attempted in a read-only session")
    finally:
        session.close()  # releases the connection (its transaction is rolled back)


def get_setting(session: Session, key: str) -> str | None:
    row = session.execute(select(LocalSetting).where(LocalSetting.key == key)).scalar_one_or_none()
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value
