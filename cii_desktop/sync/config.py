"""This workstation's place in a sync network: keys and pinned roster, kept in the encrypted database.

Nothing here is written to a plain file: the signing key, the batch key and the administrator key
live in ``local_setting`` inside the SQLCipher database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..storage.store import Store
from .roster import Roster, RosterError, unpinned

NETWORK = "sync.network"
SIGNING_KEY = "sync.signing_key"
BATCH_KEY = "sync.batch_key"  # the first epoch's key (networks made before key rotation)
BATCH_KEYS = "sync.batch_keys"  # JSON {epoch: key hex}: every epoch this workstation holds
KEX_KEY = "sync.kex_key"  # this workstation's X25519 key: new batch keys are sealed to it
ADMIN_KEY = "sync.admin_key"
ROSTER = "sync.roster"
SHARE = "sync.share"
NAME = "sync.name"
KEYS = (NETWORK, SIGNING_KEY, BATCH_KEY, BATCH_KEYS, KEX_KEY, ADMIN_KEY, ROSTER, SHARE, NAME)


class NotInNetworkError(RosterError):
    """This workstation has not joined a network yet."""

    def __init__(self) -> None:
        super().__init__("sync.no_network")


@dataclass(frozen=True)
class NetworkConfig:
    workstation: str
    network: str
    signing_key: Ed25519PrivateKey
    batch_keys: dict[int, bytes]
    roster: Roster
    roster_file: bytes
    admin_key: Ed25519PrivateKey | None
    share: Path | None
    name: str
    kex_key: X25519PrivateKey | None = None  # opens the case content sealed to this workstation (scoped)

    @property
    def epoch(self) -> int:
        return max(self.batch_keys)

    @property
    def batch_key(self) -> bytes:
        """The newest epoch's key: what this workstation seals its batches with."""
        return self.batch_keys[self.epoch]

    def keys_newest_first(self) -> list[bytes]:
        return [self.batch_keys[e] for e in sorted(self.batch_keys, reverse=True)]

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


def pending_kex_key(store: Store) -> X25519PrivateKey:
    """This workstation's X25519 key (made on first use): rotated batch keys are sealed to it."""
    from .key_epochs import kex_private_hex

    settings = read_settings(store)
    if KEX_KEY in settings:
        return X25519PrivateKey.from_private_bytes(bytes.fromhex(settings[KEX_KEY]))
    key = X25519PrivateKey.generate()
    write_settings(store, {KEX_KEY: kex_private_hex(key)})
    return key


def encode_batch_keys(keys: dict[int, bytes]) -> str:
    return json.dumps({str(epoch): key.hex() for epoch, key in sorted(keys.items())})


def add_batch_key(store: Store, config: NetworkConfig, epoch: int, key: bytes) -> NetworkConfig:
    keys = {**config.batch_keys, epoch: key}
    write_settings(store, {BATCH_KEYS: encode_batch_keys(keys)})
    return require(store)


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
    if NETWORK not in settings or ROSTER not in settings or not ({BATCH_KEY, BATCH_KEYS} & set(settings)):
        return None
    if BATCH_KEYS in settings:
        batch_keys = {int(e): bytes.fromhex(k) for e, k in json.loads(settings[BATCH_KEYS]).items()}
    else:
        batch_keys = {0: bytes.fromhex(settings[BATCH_KEY])}
    roster_file = settings[ROSTER].encode("utf-8")
    admin = settings.get(ADMIN_KEY)
    return NetworkConfig(
        workstation=store.workstation_id, network=settings[NETWORK],
        signing_key=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(settings[SIGNING_KEY])),
        batch_keys=batch_keys, roster=unpinned(roster_file),
        roster_file=roster_file,
        admin_key=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(admin)) if admin else None,
        share=Path(settings[SHARE]) if settings.get(SHARE) else None, name=settings.get(NAME, ""),
        kex_key=X25519PrivateKey.from_private_bytes(bytes.fromhex(settings[KEX_KEY])) if settings.get(KEX_KEY)
        else None)


def require(store: Store) -> NetworkConfig:
    config = load(store)
    if config is None:
        raise NotInNetworkError()
    return config
