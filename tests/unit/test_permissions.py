"""The permissions table: roles, guarded actions, and what a profile's role gives."""

from __future__ import annotations

from cii_desktop.domain import permissions, reference


def test_every_action_names_known_roles_with_labels_and_a_source() -> None:
    roles = permissions.roles()
    for action in permissions.actions().values():
        assert action.roles and action.roles <= set(roles), action.code
        assert action.label.fr and action.label.de and "ß" not in action.label.de
    from cii_desktop.domain import rule_tables

    for row in rule_tables.load("permissions")["actions"] + rule_tables.load("permissions")["roles"]:
        assert row["source"], row["code"]


def test_guarded_actions_and_open_ones() -> None:
    assert permissions.allowed({"bureau"}, "bureau.triage")
    assert not permissions.allowed({"case_worker", "cii_contact"}, "bureau.triage")
    assert not permissions.allowed({"bureau"}, "audit.read_others")
    assert permissions.allowed({"dpo"}, "audit.read_others")
    assert not permissions.allowed(set(), "network.revoke")
    assert permissions.allowed(set(), "case.edit")  # not in the table: open to every user


def test_every_profile_role_maps_to_network_roles() -> None:
    for entry in reference.ROLES:
        assert permissions.roles_of_profile(entry.code), entry.code
    assert permissions.roles_of_profile("cantonal_officer") == {"bureau"}
    assert permissions.roles_of_profile(None) == frozenset()
