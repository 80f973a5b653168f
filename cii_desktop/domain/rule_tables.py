"""Loads the canton's rule tables (JSON beside this module) into typed, bilingual rows."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from .reference import Label


@cache
def load(name: str) -> dict[str, Any]:
    """One rule table (``evaluation_grid``, ``target_publics``, ``referral``), read once."""
    text = resources.files("cii_desktop.domain.tables").joinpath(f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def label(row: dict[str, Any], key: str = "") -> Label:
    """The FR/DE pair of ``row`` stored as ``<key>_fr``/``<key>_de`` (or ``fr``/``de``)."""
    prefix = f"{key}_" if key else ""
    return Label(str(row[f"{prefix}fr"]), str(row[f"{prefix}de"]))


def coded(list_name: str, table: str = "referral") -> dict[str, Label]:
    """A list of ``{code, fr, de}`` of a table, as code -> label (in table order).

    ``table`` may name a section of a table: ``"handlings.contract"``.
    """
    name, _, section = table.partition(".")
    data = load(name)[section] if section else load(name)
    return {str(row["code"]): label(row) for row in data[list_name]}
