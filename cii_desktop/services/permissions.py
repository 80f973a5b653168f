"""The roles of this workstation's user and the check every guarded service runs first.

On a network member, roles come from the administrator's signed roster only (the role its entry
states, the administrator key adding the administrator's role); the profile typed on the
workstation never gives a member a role. A stand-alone workstation's roles come from its
profile (mapped by the permissions table). A forbidden action raises :class:`PermissionDenied`,
whose code the window and the CLI show in the user's language.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

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


class CaseReadOnly(PermissionError):
    """The case is held read-only here (this workstation's institution is out of its sharing scope,
    ``tables/sharing.json``: ``held_outside_scope``); nothing was written."""

    code = "case.read_only"

    def __init__(self, case_id: str) -> None:
        super().__init__(self.code)
        self.case_id = case_id


def _holds_admin_key(store: Store) -> bool:
    return store.read_connection().execute(
        "SELECT 1 FROM local_setting WHERE key = 'sync.admin_key' AND value != ''").fetchone() is not None


def current_roles(store: Store) -> frozenset[str]:
    """A member's roles from the roster; a stand-alone workstation's from its profile. A workstation
    holding a roster it cannot read, or that does not list it, has none (never the profile's)."""
    from .profile import ROSTER_SETTING, roster_member

    member = roster_member(store)
    if member is not None:
        return permissions.roles_of_member(member.role, _holds_admin_key(store))
    if store.read_connection().execute("SELECT 1 FROM local_setting WHERE key = ?", (ROSTER_SETTING,)).fetchone():
        return frozenset()  # a roster that cannot be read, or that no longer lists us: no role at all
    row = store.read_connection().execute(
        "SELECT u.role FROM local_setting s JOIN user_profile u ON u.id = s.value "
        "WHERE s.key = 'user_profile_id' AND u.deleted = 0").fetchone()
    return permissions.roles_of_profile(str(row[0]) if row else None)


def may(store: Store, action: str) -> bool:
    return permissions.allowed(current_roles(store), action)


def require(store: Store, action: str) -> None:
    if not may(store, action):
        raise PermissionDenied(action)


S = TypeVar("S")


def statistics_scope(store: Store, scope: S, institution: str | None) -> S:
    """The statistics ``scope`` this user may see: every institution with
    ``statistics.all_institutions``, otherwise the user's own institution only (``institution``,
    from the identity): a scope naming another one, or none known, is refused."""
    if may(store, "statistics.all_institutions"):
        return scope
    asked = getattr(scope, "institution", None)
    if not institution or asked not in (None, institution):
        raise PermissionDenied("statistics.all_institutions")
    return replace(scope, institution=institution)  # type: ignore[type-var]
