"""What each workstation has applied, published on the share so that senders can repair.

``<share>/<network>/state/<workstation>.json``: the last sequence applied from each workstation (and
that batch's hash), and the number it is stuck on (missing, cut off or refused), signed with the
workstation's Ed25519 key. A sender reads its readers' states and writes again, from its journal, what they lack
(:func:`outbox.publish`'s ``suspects``). A workstation restored from a backup whose own last batches are lost
from the share goes on after them, chained to the hash its readers hold (sync.own_history). A state
file says nothing about the data itself.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature

from . import share
from .config import NetworkConfig
from .roster import public_key

STATE_DIR = "state"
MAX_STATE = 256 * 1024


@dataclass(frozen=True)
class ReaderState:
    workstation: str
    applied: dict[str, int] = field(default_factory=dict)
    stuck: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)  # workstation -> hash of the last batch applied


def _folder(config: NetworkConfig, share_dir: Path) -> Path:
    return config.network_dir(share_dir) / STATE_DIR


def encode(config: NetworkConfig, applied: dict[str, int], stuck: dict[str, int],
           hashes: dict[str, str] | None = None) -> bytes:
    payload = json.dumps({"network": config.network, "workstation": config.workstation,
                          "applied": applied, "stuck": stuck, "hashes": hashes or {}}, sort_keys=True,
                         separators=(",", ":")).encode("utf-8")
    return json.dumps({"state": base64.b64encode(payload).decode("ascii"),
                       "signature": config.signing_key.sign(payload).hex()}).encode("utf-8")


def publish_state(config: NetworkConfig, share_dir: Path, applied: dict[str, int],
                  stuck: dict[str, int], hashes: dict[str, str] | None = None) -> None:
    """Write this workstation's state when it changed (an unchanged state is not rewritten)."""
    folder = _folder(config, share_dir)
    name = f"{config.workstation}.json"
    current = read_state(config, folder / name, config.workstation)
    if current is not None and current.applied == applied and current.stuck == stuck and \
            current.hashes == (hashes or {}):
        return
    share.write_over(folder, name, encode(config, applied, stuck, hashes))


def read_state(config: NetworkConfig, path: Path, workstation: str) -> ReaderState | None:
    """A verified state, or None (absent, unreadable, too large, forged: it is simply not used)."""
    member = config.roster.member(workstation)
    if member is None:
        return None
    try:
        data = share.read(path, attempts=2, pause=0.1, limit=MAX_STATE)
        if len(data) > MAX_STATE:
            return None
        outer = json.loads(data.decode("utf-8"))
        payload = base64.b64decode(outer["state"], validate=True)
        public_key(member.public_key).verify(bytes.fromhex(outer["signature"]), payload)
        inner = json.loads(payload.decode("utf-8"))
        if inner["network"] != config.network or inner["workstation"] != workstation:
            return None
        return ReaderState(workstation, {str(k): int(v) for k, v in inner["applied"].items()},
                           {str(k): int(v) for k, v in inner["stuck"].items()},
                           {str(k): str(v) for k, v in inner.get("hashes", {}).items()})  # older: none
    except (share.ShareError, ValueError, KeyError, TypeError, AttributeError, InvalidSignature):
        return None


def suspects(config: NetworkConfig, share_dir: Path) -> frozenset[int]:
    """This workstation's batch numbers that an active reader reports it cannot apply."""
    numbers: set[int] = set()
    today = dt.date.today()
    for member in config.roster.members:
        if member.id == config.workstation or not member.active(today):
            continue
        state = None
        with contextlib.suppress(OSError):
            state = read_state(config, _folder(config, share_dir) / f"{member.id}.json", member.id)
        if state is not None and config.workstation in state.stuck:
            numbers.add(state.stuck[config.workstation])
    return frozenset(numbers)
