"""Who may do what, read from domain/tables/permissions.json (the table is the rule; this only reads it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from . import rule_tables
from .reference import Label


@dataclass(frozen=True)
class Action:
    code: str
    roles: frozenset[str]
    label: Label


@cache
def actions() -> dict[str, Action]:
    table = rule_tables.load("permissions")
    return {str(row["code"]): Action(str(row["code"]), frozenset(str(r) for r in row["roles"]),
                                     rule_tables.label(row)) for row in table["actions"]}


@cache
def roles() -> dict[str, Label]:
    return rule_tables.coded("roles", "permissions")


def roles_of_profile(profile_role: str | None) -> frozenset[str]:
    """The network roles a stand-alone workstation's profile role gives (never a member's)."""
    mapping = rule_tables.load("permissions")["profile_roles"]["map"]
    return frozenset(str(r) for r in mapping.get(profile_role or "", ()))


def roles_of_member(stated: str, administrator: bool) -> frozenset[str]:
    """A network member's roles: the role its roster entry states, else the table's default; the
    administrator key adds the administrator's role."""
    if stated:
        held = {stated, "network_admin"} if administrator else {stated}
        return frozenset(held)
    defaults = rule_tables.load("permissions")["roster_without_role"]
    return frozenset(str(r) for r in defaults["administrator" if administrator else "member"])


def allowed(held: Iterable[str], action: str) -> bool:
    """Whether someone holding ``held`` roles may take ``action``; an action not in the table is open."""
    rule = actions().get(action)
    return rule is None or bool(rule.roles & set(held))
