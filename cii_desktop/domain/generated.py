"""Text the app writes by itself, stored as a code and parameters, worded in the reader's language.

Only what a person typed is stored as typed. A reminder the app raises keeps ``title_code`` and
``title_params`` (JSON); this module words them when the reminder is shown or printed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from .rule_tables import coded, load


def _when(row: Any, language: str) -> str:
    when = row.when.text(language)
    return f" ({when})" if when else ""


def _target_params(params: dict[str, Any], language: str) -> dict[str, str]:
    from . import target_publics as targets

    row = targets.row(int(params["row"]))
    return {"row": str(row.number), "status": targets.status_label(row.status).text(language),
            "procedure": row.procedure.text(language), "when": _when(row, language)}


def text(code: str, params: dict[str, Any] | str | None, language: str) -> str:
    """The wording of ``code`` with ``params`` in ``fr`` or ``de`` (``bilingual``: "fr / de")."""
    if language == "bilingual":
        fr, de = text(code, params, "fr"), text(code, params, "de")
        return fr if fr == de else f"{fr} / {de}"
    values: dict[str, Any] = json.loads(params) if isinstance(params, str) else dict(params or {})
    label = coded("texts", "generated_texts").get(code)
    if label is None:
        return code
    if code == "target":
        values = _target_params(values, language)
    try:
        return label.text(language).format(**{k: "" if v is None else v for k, v in values.items()})
    except (KeyError, IndexError, ValueError):
        return label.text(language)


@lru_cache(maxsize=4096)
def _stored(code: str, params: str | None, language: str) -> str:
    return text(code, params, language)


def title(typed: str, code: str | None, params: str | None, language: str) -> str:
    """A reminder's title: its code worded in ``language``, or what a person typed (the due panel asks for
    each visible row at every paint: worded once per code, parameters and language)."""
    return _stored(code, params, language) if code else typed


def codes() -> tuple[str, ...]:
    return tuple(str(t["code"]) for t in load("generated_texts")["texts"])
