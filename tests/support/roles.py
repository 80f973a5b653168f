"""Giving a stand-alone test workstation a role the permissions table asks for, the way a user does:
through the profile (a network member's roles come from the roster instead)."""

from __future__ import annotations

from cii_desktop.services.profile import Profile, save_profile
from cii_desktop.storage.store import Store


def as_bureau(store: Store) -> None:
    """The Bureau CII's cantonal officer (``cantonal_officer`` gives the ``bureau`` role)."""
    save_profile(store, Profile("Marc Fellay", "cantonal_officer", "BUREAU", "SION"))


def as_case_worker(store: Store) -> None:
    save_profile(store, Profile("Anne Rochat", "counsellor", "ORP", "SION"))


def ensure_bureau(store: Store) -> None:
    """Make the workstation's user the Bureau CII unless it already may triage (for tests whose
    subject is what follows the Bureau's decision, not who may take it)."""
    from cii_desktop.services import permissions

    if not permissions.may(store, "bureau.triage"):
        as_bureau(store)
