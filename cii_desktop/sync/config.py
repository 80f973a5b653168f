"""This workstation's place in a sync network: keys and pinned roster, kept in the encrypted database.

Nothing here is written to a plain file: the signing key, the batch key and the administrator key
live in ``local_setting`` inside the SQLCipher database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..storage.store import Store
from .roster import Roster, RosterError, unpinned

NETWORK = "sync.network"
SIGNING_KEY = "sync.signing_key"
BATCH_KEY = "sync.batch_key"
ADMIN_KEY = "sync.admin_key"
ROSTER = "sync.roster"
SHARE = "sync.share"
NAME = "sync.name"
KEYS = (NETWORK, SIGNING_KEY, BATCH_KEY, ADMIN_KEY, ROSTER, SHARE, NAME)


class NotInNetworkError(RosterError):
    """This workstation has not joined a network yet."""

    def __init__(self) -> None:
        super().__init__("sync.no_network")


@dataclass(frozen=True)
class NetworkConfig:
    workstation: str
    network: str
    signing_key: Ed25519PrivateKey
    batch_key: bytes
    roster: Roster
    roster_file: bytes
    admin_key: Ed25519PrivateKey | None
    share: Path | None
    name: str

    @property
    def is_admin(self) -> bool:
        return self.admin_key is not None

    def network_dir(self, share: Path) -> Path:
        return share / self.network

    def outbox(self, share: Path, workstation: str | None = None) -> Path:
        return share / self.network / "outbox" / (workstation or self.workstation)


def read_settings(store: Store) -> dict[str, str]:
    marks = ",".join("?" * len(KEYS))
    rows = store.read_connection().execute(
        f"SELECT key, value FROM local_setting WHERE key IN ({marks})", KEYS).fetchall()
    return {str(k): str(v) for k, v in rows}


def write_settings(store: Store, values: dict[str, str]) -> None:
    with store.raw_transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)",
                         list(values.items()))


def pending_signing_key(store: Store) -> Ed25519PrivateKey:
    """This workstation's signing key, made on first use (before it has joined a network)."""
    settings = read_settings(store)
    if SIGNING_KEY in settings:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(settings[SIGNING_KEY]))
    key = Ed25519PrivateKey.generate()
    write_settings(store, {SIGNING_KEY: private_hex(key)})
    return key


def private_hex(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()


def load(store: Store) -> NetworkConfig | None:
    """The network this workstation belongs to, or None."""
    settings = read_settings(store)
    if NETWORK not in settings or ROSTER not in settings or BATCH_KEY not in settings:
        return None
    roster_file = settings[ROSTER].encode("utf-8")
    admin = settings.get(ADMIN_KEY)
    return NetworkConfig(
        workstation=store.workstation_id, network=settings[NETWORK],
        signing_key=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(settings[SIGNING_KEY])),
        batch_key=bytes.fromhex(settings[BATCH_KEY]), roster=unpinned(roster_file),
        roster_file=roster_file,
        admin_key=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(admin)) if admin else None,
        share=Path(settings[SHARE]) if settings.get(SHARE) else None, name=settings.get(NAME, ""))


def require(store: Store) -> NetworkConfig:
    config = load(store)
    if config is None:
        raise NotInNetworkError()
    return config
