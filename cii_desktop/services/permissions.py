"""The roles of this workstation's user and the check every guarded service runs first.

Roles come from the workstation's profile (mapped by the permissions table) and, on the network
administrator's workstation, from holding the administrator key. A forbidden action raises
:class:`PermissionDenied`, whose code the window and the CLI show in the user's language.
"""

from __future__ import annotations

from ..domain import permissions
from ..storage.store import Store


class PermissionDenied(PermissionError):
    """The user's role does not allow this action; nothing was done."""

    code = "permission.denied"

    def __init__(self, action: str) -> None:
        super().__init__(action)
        self.action = action

    def label(self, language: str) -> str:
        rule = permissions.actions().get(self.action)
        return rule.label.text(language) if rule else self.action


def _roster_role(store: Store) -> str:
    """The role the administrator's signed roster states for this workstation's user ("" if none)."""
    from ..sync import config as cfg

    try:
        network = cfg.load(store)
    except Exception:  # noqa: BLE001 - an unreadable network configuration states no role
        return ""
    member = network.roster.member(network.workstation) if network is not None else None
    return member.role if member is not None else ""


def current_roles(store: Store) -> frozenset[str]:
    """The roster's role for this workstation when it states one, else the profile's (until every
    network states roles); the administrator key adds the administrator's role."""
    conn = store.read_connection()
    stated = _roster_role(store)
    if stated:
        held = {stated}
        if conn.execute("SELECT 1 FROM local_setting WHERE key = 'sync.admin_key' AND value != ''").fetchone():
            held.add("network_admin")
        return frozenset(held)
    row = conn.execute("SELECT u.role FROM local_setting s JOIN user_profile u ON u.id = s.value "
                       "WHERE s.key = 'user_profile_id' AND u.deleted = 0").fetchone()
    held = set(permissions.roles_of_profile(str(row[0]) if row else None))
    if conn.execute("SELECT 1 FROM local_setting WHERE key = 'sync.admin_key' AND value != ''").fetchone():
        held.add("network_admin")
    return frozenset(held)


def may(store: Store, action: str) -> bool:
    return permissions.allowed(current_roles(store), action)


def require(store: Store, action: str) -> None:
    if not may(store, action):
        raise PermissionDenied(action)
