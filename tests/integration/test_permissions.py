"""Roles of a real workstation: from its profile, and the administrator key; a refused action raises."""

from __future__ import annotations

import pytest

from cii_desktop.services import permissions
from cii_desktop.services.profile import Profile, save_profile
from cii_desktop.storage.store import Store


def test_roles_follow_the_profile(store: Store) -> None:
    assert permissions.current_roles(store) == frozenset()
    with pytest.raises(permissions.PermissionDenied) as refused:
        permissions.require(store, "bureau.triage")
    assert refused.value.code == "permission.denied"
    assert "IIZ-Büro" in refused.value.label("de")
    save_profile(store, Profile("Anne Test", "counsellor", "ORP", "SION"))
    assert permissions.current_roles(store) == {"case_worker"}
    assert not permissions.may(store, "bureau.triage")
    save_profile(store, Profile("Anne Test", "cantonal_officer", "BUREAU", "SION"))
    permissions.require(store, "bureau.triage")
    assert not permissions.may(store, "audit.read_others")
    save_profile(store, Profile("Anne Test", "data_protection_officer", "BUREAU", "SION"))
    assert permissions.may(store, "audit.read_others")


def test_the_cli_words_a_refusal_in_the_users_language() -> None:
    from cii_desktop.cli import _describe

    message = _describe(permissions.PermissionDenied("network.revoke"), "de")
    assert "Rolle" in message
    assert "rôle" in _describe(permissions.PermissionDenied("network.revoke"), "fr")
